/**
 * Availability zones by name (`ap-guangzhou-3`) and by numeric id (`100003`).
 *
 * Some Tencent Cloud resources name zones (MySQL, MongoDB, CLB, subnets), others number them
 * (Redis `replicaZoneIds`, CKafka `zoneId`/`zoneIds`). The conversion between the two is the shared
 * model's (`model/zones.ts`, Tencent Cloud's published zone ids); for a region it does not know it
 * returns `undefined`, and rules that would need it stay silent rather than guess.
 */
import { zoneIdOf as modelZoneIdOf, zoneNameOf } from "@zonesafe/model";

export { zoneNameOf };

/** The numeric id of a named zone (surrounding blanks ignored), or `undefined` when the region is not known. */
export function zoneIdOf(name: string): number | undefined {
    return modelZoneIdOf(name.trim());
}

/** A zone given by name or number, as a name when possible (else `zone <id>`). */
export function zoneLabel(zone: string | number): string {
    if (typeof zone === "number") {
        return zoneNameOf(zone) ?? `zone ${zone}`;
    }
    return zone;
}
