/**
 * What node pools and scaling groups share: their instances spread over the zones of their subnets.
 */
import { describeZones, Kind, Topology } from "../topology";
import { plural, prop } from "../describe";
import type { StackViolation } from "../rule";
import { at, list, PlainObject, str, UNKNOWN } from "../values";

/** Node pools or scaling groups (of `kind`) whose subnets resolve to fewer than `minZones` zones. */
export function zoneSpanViolations(t: Topology, kind: Kind, must: string, minZones: number): { assessed: number; violations: StackViolation[] } {
    const violations: StackViolation[] = [];
    const subjects = t.ofKind(kind);
    for (const subject of subjects) {
        const zones = t.zonesOf(subject);
        if (zones.zones.length >= minZones || !zones.complete) {
            continue;
        }
        const source = at(subject.props, "subnetIds") !== undefined ? prop("subnetIds") : prop("zones");
        violations.push({
            urn: subject.urn,
            message: `${must} in at least ${plural(minZones, "availability zone")}; ${source} resolve to ${plural(zones.zones.length, "zone")} (${describeZones(zones.zones)}).`,
        });
    }
    return { assessed: subjects.length, violations };
}

/** The message for a multi-subnet node pool or group that does not spread evenly, if any. */
export function evenSpreadMessages(props: PlainObject, must: string): string[] {
    const subnets = list(at(props, "subnetIds"));
    if (subnets !== UNKNOWN && (subnets === undefined || subnets.length < 2)) {
        return [];
    }
    const policy = str(at(props, "multiZoneSubnetPolicy"));
    if (policy === UNKNOWN || (typeof policy === "string" && policy.toUpperCase() === "EQUALITY")) {
        return [];
    }
    const state = policy === undefined ? "is not set (provider default PRIORITY)" : `is ${policy}`;
    return [`${must} evenly over its subnets with ${prop("multiZoneSubnetPolicy")} EQUALITY; it ${state}.`];
}
