/**
 * Regions and availability zones: zone names (`ap-guangzhou-3`) and Tencent Cloud's numeric zone
 * ids (`100003`).
 *
 * Most Tencent Cloud APIs name a zone; some number it (Redis `replicaZoneIds`, CKafka `zoneId` and
 * `zoneIds`). The number is the `ZoneId` that the CVM API's `DescribeZones` returns next to the
 * `Zone` name: the region's code times 10,000 plus the zone's number within the region. Published
 * examples of the form:
 * - CVM API `DescribeZones` (https://intl.cloud.tencent.com/document/api/213/15707): `ap-guangzhou-1`
 *   → `100001`, `ap-guangzhou-2` → `100002`, `ap-guangzhou-3` → `100003`;
 * - Redis API `DescribeRedisZones` (https://cloud.tencent.com/document/product/237/4951): `100002`
 *   Guangzhou Zone 2, `200001` Shanghai Zone 1, `300001` Hong Kong Zone 1, `400001` North America
 *   (Toronto) Zone 1.
 * The region list is the one of Tencent Cloud's "Regions and Availability Zones" pages
 * (https://www.tencentcloud.com/document/product/213/6091). {@link REGION_ZONE_CODES} is the one
 * table of region codes; a region not listed has no numeric ids here, and code that needs one asks
 * for it explicitly (components) or stays silent (policies) rather than guess.
 */

/** A zone name and its parts. */
export interface ParsedZone {
    /** The zone name, e.g. `ap-guangzhou-3`. */
    readonly zone: string;
    /** The region, e.g. `ap-guangzhou`. */
    readonly region: string;
    /** The zone's number within its region, 1 to 99, e.g. `3`. */
    readonly number: number;
}

/** A zone name: `<area>-<city>[-<qualifier>]-<n>`, e.g. `ap-guangzhou-3`, `ap-shanghai-fsi-1`. */
const ZONE_PATTERN = /^([a-z]{2}-[a-z]+(?:-[a-z]+)?)-([1-9][0-9]?)$/;

/** Parses a zone name such as `ap-guangzhou-3`; `undefined` when it is not one. */
export function parseZone(zone: unknown): ParsedZone | undefined {
    if (typeof zone !== "string") return undefined;
    const m = ZONE_PATTERN.exec(zone);
    if (!m) return undefined;
    return { zone, region: m[1], number: Number(m[2]) };
}

/** Whether `zone` is a well-formed zone name. */
export function isZoneName(zone: unknown): zone is string {
    return parseZone(zone) !== undefined;
}

/**
 * Region → the code of its numeric zone ids: a zone's id is `code × 10000 + zone number`
 * (`ap-guangzhou-3` → 100003, `na-toronto-1` → 400001, `ap-nanjing-1` → 330001).
 */
export const REGION_ZONE_CODES: Readonly<Record<string, number>> = Object.freeze({
    "ap-guangzhou": 10,
    "ap-shenzhen-fsi": 11,
    "na-siliconvalley": 15,
    "ap-chengdu": 16,
    "eu-frankfurt": 17,
    "ap-seoul": 18,
    "ap-chongqing": 19,
    "ap-shanghai": 20,
    "ap-mumbai": 21,
    "na-ashburn": 22,
    "ap-bangkok": 23,
    "eu-moscow": 24,
    "ap-tokyo": 25,
    "ap-hongkong": 30,
    "ap-nanjing": 33,
    "na-toronto": 40,
    "ap-beijing-fsi": 46,
    "ap-shanghai-fsi": 70,
    "ap-beijing": 80,
    "ap-singapore": 90,
});

/** The regions whose numeric zone ids are known, in the table's order. */
export const KNOWN_ZONE_ID_REGIONS: readonly string[] = Object.freeze(Object.keys(REGION_ZONE_CODES));

const REGION_BY_CODE: ReadonlyMap<number, string> = new Map(Object.entries(REGION_ZONE_CODES).map(([region, code]) => [code, region]));

/** The numeric id of a named zone, or `undefined` when the name is malformed or its region unknown. */
export function zoneIdOf(zone: string): number | undefined {
    const parsed = parseZone(zone);
    if (!parsed) return undefined;
    const code = REGION_ZONE_CODES[parsed.region];
    return code === undefined ? undefined : code * 10000 + parsed.number;
}

/** The name of a numbered zone, or `undefined` when the id is not one of a known region. */
export function zoneNameOf(id: number): string | undefined {
    if (!Number.isInteger(id) || id <= 0) return undefined;
    const region = REGION_BY_CODE.get(Math.floor(id / 10000));
    const number = id % 10000;
    return region !== undefined && number >= 1 && number <= 99 ? `${region}-${number}` : undefined;
}
