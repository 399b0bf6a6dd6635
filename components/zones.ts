/**
 * The zone planner: pure, deterministic functions that check zone lists and decide placement.
 * Components call these before creating anything; tests reach them without mocks.
 *
 * Zone names follow Tencent Cloud's `<region>-<n>` form (`ap-guangzhou-3`, `ap-shanghai-fsi-1`).
 * Some products (Redis replicas, CKafka) take numeric zone ids instead; {@link numericZoneId}
 * maps a name to its id. Zone names, region codes and ids are the shared model's (`model/zones.ts`).
 */
import { getOwn, REGION_ZONE_CODES, isZoneName, parseZone, zoneIdOf } from "@zonesafe/model";
import { DEFAULT_ZONE_COUNT, MIN_ZONES } from "./defaults";
import { Validator, describeValue } from "./errors";

export type { ParsedZone } from "@zonesafe/model";
export { REGION_ZONE_CODES, isZoneName, parseZone } from "@zonesafe/model";

/**
 * The part of a per-zone child's resource name that says which zone it lives in: the zone's own
 * name (`ap-guangzhou-3`), so `net-subnet-app-ap-guangzhou-3` keeps its name (and its URN) whatever
 * other zones are added, removed or reordered. Every component names its per-zone children this way.
 */
export function zoneKey(zone: string): string {
    return zone;
}

/**
 * The numeric id of a zone: from `overrides` when it names the zone, else Tencent Cloud's published
 * id for a region of {@link REGION_ZONE_CODES}; `undefined` when neither knows it.
 */
export function numericZoneId(zone: string, overrides: Readonly<Record<string, number>> = {}): number | undefined {
    if (Object.prototype.hasOwnProperty.call(overrides, zone)) {
        const id = overrides[zone];
        return Number.isInteger(id) && id > 0 ? id : undefined;
    }
    return zoneIdOf(zone);
}

/**
 * Maps each zone to its numeric id, recording a problem for each zone without one. Returns the ids
 * only when every zone has one.
 */
export function resolveNumericZoneIds(
    v: Validator,
    field: string,
    zones: readonly string[],
    overrides: Readonly<Record<string, number>> = {},
): number[] | undefined {
    const ids: number[] = [];
    let ok = true;
    zones.forEach((zone, i) => {
        const id = numericZoneId(zone, overrides);
        if (id === undefined) {
            ok = false;
            v.add(
                `${field}[${i}]`,
                "must map to a numeric zone id",
                zone,
                `pass \`zoneIds: { "${zone}": <id> }\` (the id Tencent Cloud lists for the zone); known regions: ${Object.keys(REGION_ZONE_CODES).join(", ")}.`,
            );
        } else {
            ids.push(id);
        }
    });
    return ok ? ids : undefined;
}

/**
 * Zones a ZonalNetwork uses when the caller names a region only: three zones that Tencent Cloud
 * lists as open in each region here. Other regions need explicit `zones`.
 */
export const DEFAULT_ZONES_BY_REGION: Readonly<Record<string, readonly string[]>> = {
    "ap-guangzhou": ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"],
    "ap-shanghai": ["ap-shanghai-2", "ap-shanghai-4", "ap-shanghai-5"],
    "ap-beijing": ["ap-beijing-5", "ap-beijing-6", "ap-beijing-7"],
    "ap-nanjing": ["ap-nanjing-1", "ap-nanjing-2", "ap-nanjing-3"],
};

/** The first `count` default zones of `region`, or `undefined` when the region has no default list. */
export function defaultZones(region: string, count: number = DEFAULT_ZONE_COUNT): string[] | undefined {
    return getOwn(DEFAULT_ZONES_BY_REGION, region)?.slice(0, count);
}

/** Options of {@link validateZoneList}. */
export interface ZoneListRule {
    /** The fewest distinct zones. Defaults to {@link MIN_ZONES}. */
    min?: number;
    /** The most zones. Defaults to no limit. */
    max?: number;
    /** What the zones are for, used in the message: "for a multi-AZ CLB". */
    purpose: string;
    /** The field path of the i-th zone. Defaults to `<field>[i]`. */
    elementField?: (i: number) => string;
}

/**
 * Checks a list of zone names: a list, each a zone name, no duplicates, all in one region, at least
 * `min` and at most `max`. Returns the zones when they pass, else `undefined` (problems recorded).
 */
export function validateZoneList(v: Validator, field: string, value: unknown, rule: ZoneListRule): string[] | undefined {
    const min = rule.min ?? MIN_ZONES;
    if (!Array.isArray(value)) {
        v.add(field, `must list at least ${min} distinct zones ${rule.purpose}`, value, `pass zone names such as ["ap-guangzhou-3", "ap-guangzhou-4"].`);
        return undefined;
    }
    let ok = true;
    const elementField = rule.elementField ?? ((i: number) => `${field}[${i}]`);
    value.forEach((z, i) => {
        if (!isZoneName(z)) {
            ok = false;
            v.add(elementField(i), "must be a zone name such as ap-guangzhou-3", z, "use the `<region>-<number>` zone name Tencent Cloud lists.");
        }
    });
    if (!ok) return undefined;
    const zones = value as string[];
    const dupes = zones.filter((z, i) => zones.indexOf(z) !== i);
    if (dupes.length > 0) {
        v.add(field, "must list each zone once", zones, `remove the repeated ${describeValue([...new Set(dupes)])}.`);
        return undefined;
    }
    const regions = [...new Set(zones.map((z) => parseZone(z)!.region))];
    if (regions.length > 1) {
        v.add(field, "must list zones of one region", zones, `keep the zones of one region (got regions ${regions.join(", ")}).`);
        return undefined;
    }
    if (zones.length < min) {
        v.add(
            field,
            `must list at least ${min} distinct zones ${rule.purpose}`,
            `${zones.length} (${zones.join(", ") || "none"})`,
            `add ${min - zones.length === 1 ? "another zone" : `${min - zones.length} more zones`} of the same region.`,
            { described: true },
        );
        return undefined;
    }
    if (rule.max !== undefined && zones.length > rule.max) {
        v.add(field, `must list at most ${rule.max} zones ${rule.purpose}`, `${zones.length} (${zones.join(", ")})`, `keep ${rule.max} zones.`, { described: true });
        return undefined;
    }
    return zones;
}

/**
 * Checks a list of zone names where repeats are allowed (e.g. two replicas in one zone): a
 * non-empty list, each a zone name. Returns the list when it passes.
 */
export function validateZoneNames(v: Validator, field: string, value: unknown): string[] | undefined {
    if (!Array.isArray(value) || value.length === 0) {
        v.add(field, "must list zone names", value, "pass zone names such as [\"ap-guangzhou-3\", \"ap-guangzhou-4\"].");
        return undefined;
    }
    let ok = true;
    value.forEach((z, i) => {
        ok = validateZone(v, `${field}[${i}]`, z) && ok;
    });
    return ok ? (value as string[]) : undefined;
}

/** Checks one zone name. */
export function validateZone(v: Validator, field: string, value: unknown): value is string {
    return v.check(isZoneName(value), field, "must be a zone name such as ap-guangzhou-3", value, "use the `<region>-<number>` zone name Tencent Cloud lists.");
}

/** Places `count` items round-robin over `zones`: item i goes to `zones[i % zones.length]`. */
export function roundRobin(count: number, zones: readonly string[]): string[] {
    if (zones.length === 0 || !Number.isInteger(count) || count <= 0) return [];
    return Array.from({ length: count }, (_, i) => zones[i % zones.length]);
}

/** How many of `total` land in each zone when spread evenly (the first zones take the remainder). */
export function evenSpread(total: number, zones: readonly string[]): Record<string, number> {
    const out: Record<string, number> = {};
    if (zones.length === 0) return out;
    const base = Math.floor(Math.max(0, total) / zones.length);
    const rest = Math.max(0, total) % zones.length;
    zones.forEach((z, i) => {
        out[z] = base + (i < rest ? 1 : 0);
    });
    return out;
}

/** The first zone of `zones` other than `notZone`, or `undefined`. */
export function otherZone(zones: readonly string[], notZone: string): string | undefined {
    return zones.find((z) => z !== notZone);
}

/**
 * The zone that holds a primary (a database's, an intranet endpoint's) when the caller names none:
 * the lowest-numbered zone of the list (`ap-guangzhou-3` before `ap-guangzhou-6`), not the first
 * listed, so that removing or reordering other zones never moves it. Ties (two regions) keep list order.
 */
export function stablePrimaryZone(zones: readonly string[]): string | undefined {
    let best: string | undefined;
    for (const z of zones) {
        if (best === undefined || (parseZone(z)?.number ?? Infinity) < (parseZone(best)?.number ?? Infinity)) best = z;
    }
    return best;
}

/** The zones of a list ordered by {@link stablePrimaryZone}'s rule: lowest zone number first. */
export function stableZoneOrder(zones: readonly string[]): string[] {
    return [...zones].sort((a, b) => (parseZone(a)?.number ?? Infinity) - (parseZone(b)?.number ?? Infinity));
}

/** The distinct zones of a list, in first-seen order. */
export function distinctZones(zones: readonly string[]): string[] {
    return [...new Set(zones)];
}

/**
 * Checks subnets given with their zones (`{zone, subnetId}`): a list, each with a zone name and an
 * id, one subnet per zone, at least `min` zones. Returns the zones in order when they pass.
 */
export function validateZonalSubnets(v: Validator, field: string, value: unknown, rule: ZoneListRule): string[] | undefined {
    const min = rule.min ?? MIN_ZONES;
    if (!Array.isArray(value)) {
        v.add(field, `must list subnets in at least ${min} distinct zones ${rule.purpose}`, value, "pass `[{ zone, subnetId }, ...]`, e.g. a ZonalNetwork's `subnets.app`.");
        return undefined;
    }
    let ok = true;
    const zones: unknown[] = [];
    value.forEach((s, i) => {
        if (typeof s !== "object" || s === null) {
            ok = false;
            v.add(`${field}[${i}]`, "must be `{ zone, subnetId }`", s, "pass the subnet's zone and id.");
            return;
        }
        const { zone, subnetId } = s as { zone?: unknown; subnetId?: unknown };
        if (subnetId === undefined || subnetId === null || subnetId === "") {
            ok = false;
            v.add(`${field}[${i}].subnetId`, "is required", subnetId, "pass the subnet's id.");
        }
        zones.push(zone);
    });
    if (!ok) return undefined;
    return validateZoneList(v, field, zones, { ...rule, elementField: (i) => `${field}[${i}].zone` });
}
