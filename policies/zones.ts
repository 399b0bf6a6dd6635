/**
 * Availability zones by name (`ap-guangzhou-3`) and by numeric id (`100003`).
 *
 * Some Tencent Cloud resources name zones (MySQL, MongoDB, CLB, subnets), others number them
 * (Redis `replicaZoneIds`, CKafka `zoneId`/`zoneIds`). A numeric id is the region's code followed by
 * the zone's number, six digits in all: `ap-guangzhou-3` is 100003, `ap-nanjing-1` is 330001. This
 * module converts between the two for the regions it knows; for any other region the conversion
 * returns `undefined` and rules that would need it stay silent rather than guess.
 */

/** Region → numeric region code. */
const REGION_CODES: Readonly<Record<string, number>> = {
    "ap-guangzhou": 1,
    "ap-shanghai": 2,
    "ap-hongkong": 3,
    "na-toronto": 4,
    "ap-shanghai-fsi": 7,
    "ap-beijing": 8,
    "ap-singapore": 9,
    "ap-shenzhen-fsi": 11,
    "na-siliconvalley": 15,
    "ap-chengdu": 16,
    "eu-frankfurt": 17,
    "ap-seoul": 18,
    "ap-chongqing": 19,
    "ap-mumbai": 21,
    "na-ashburn": 22,
    "ap-bangkok": 23,
    "eu-moscow": 24,
    "ap-tokyo": 25,
    "ap-nanjing": 33,
};

const REGION_BY_CODE: ReadonlyMap<number, string> = new Map(Object.entries(REGION_CODES).map(([r, c]) => [c, r]));

/** The numeric id of a named zone, or `undefined` when the region is not known here. */
export function zoneIdOf(name: string): number | undefined {
    const match = /^([a-z]+-[a-z]+(?:-fsi)?)-(\d{1,2})$/.exec(name.trim());
    if (!match) {
        return undefined;
    }
    const code = REGION_CODES[match[1]];
    if (code === undefined) {
        return undefined;
    }
    const digits = String(code).length;
    return code * 10 ** (6 - digits) + Number(match[2]);
}

/** The name of a numbered zone, or `undefined` when the id is not of a region known here. */
export function zoneNameOf(id: number): string | undefined {
    if (!Number.isInteger(id) || id < 100000 || id > 999999) {
        return undefined;
    }
    const text = String(id);
    for (const digits of [2, 1]) {
        const code = Number(text.slice(0, digits));
        const region = REGION_BY_CODE.get(code);
        const zone = Number(text.slice(digits));
        if (region !== undefined && zone > 0 && zone < 100) {
            return `${region}-${zone}`;
        }
    }
    return undefined;
}

/** A zone given by name or number, as a name when possible (else `zone <id>`). */
export function zoneLabel(zone: string | number): string {
    if (typeof zone === "number") {
        return zoneNameOf(zone) ?? `zone ${zone}`;
    }
    return zone;
}
