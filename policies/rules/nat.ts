/**
 * NAT gateways: zonal resources. A VPC whose subnets span several zones needs a gateway in each of
 * those zones, or losing the one gateway's zone cuts the egress of every other zone; and each gateway
 * needs its EIPs.
 */
import { NO_CONFIG } from "../config";
import { prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import type { Topology, TopologyNode } from "../topology";
import { describeZones } from "../topology";
import { at, hasUnknown, strs, UNKNOWN } from "../values";

/**
 * The NAT gateways and the subnets of one VPC (every subnet and gateway of the stack when a gateway's
 * VPC cannot be resolved), and whether the grouping is complete.
 */
export interface NatGroup {
    readonly vpc: TopologyNode | undefined;
    readonly gateways: readonly TopologyNode[];
    readonly subnets: readonly TopologyNode[];
    readonly complete: boolean;
}

/** The NAT gateways of a stack grouped by VPC, with the subnets of that VPC. */
export function natGroupsOf(t: Topology): NatGroup[] {
    const gateways = t.ofKind("nat-gateway");
    if (gateways.length === 0) {
        return [];
    }
    const byVpc = new Map<TopologyNode | undefined, TopologyNode[]>();
    let complete = true;
    for (const gateway of gateways) {
        const vpcs = t.resolve(gateway, "vpcId", ["vpc"]);
        complete &&= vpcs.complete;
        const vpc = vpcs.nodes[0];
        byVpc.set(vpc, [...(byVpc.get(vpc) ?? []), gateway]);
    }
    const subnets = t.ofKind("subnet");
    return [...byVpc.entries()].map(([vpc, members]) => {
        let ok = complete;
        const mine = subnets.filter((subnet) => {
            if (vpc === undefined) {
                return true;
            }
            const ref = t.resolve(subnet, "vpcId", ["vpc"]);
            ok &&= ref.complete;
            return ref.nodes.includes(vpc);
        });
        return { vpc, gateways: members, subnets: mine, complete: ok };
    });
}

/** The zones of a NAT group's subnets that have no gateway of the group, and whether that answer is complete. */
export function zonesWithoutGateway(t: Topology, group: NatGroup): { readonly subnetZones: readonly string[]; readonly gatewayZones: readonly string[]; readonly missing: readonly string[]; readonly complete: boolean } {
    const gatewayZones = new Set<string>();
    const subnetZones = new Set<string>();
    let complete = group.complete;
    for (const gateway of group.gateways) {
        const zones = t.zonesOf(gateway);
        complete &&= zones.complete && zones.zones.length > 0;
        zones.zones.forEach((z) => gatewayZones.add(z));
    }
    for (const subnet of group.subnets) {
        const zones = t.zonesOf(subnet);
        complete &&= zones.complete;
        zones.zones.forEach((z) => subnetZones.add(z));
    }
    const missing = [...subnetZones].filter((z) => !gatewayZones.has(z)).sort();
    return { subnetZones: [...subnetZones].sort(), gatewayZones: [...gatewayZones].sort(), missing, complete };
}

/** A gateway in each zone whose subnets depend on it. */
export const natGatewayPerZone = stackRule({
    kind: "stack",
    name: "nat-gateway-per-zone",
    description: "Checks whether a VPC whose subnets span several availability zones has a NAT gateway in each of those zones, so that losing one gateway's zone does not cut the egress of the others.",
    severity: "medium",
    pillar: "reliability",
    service: "nat",
    fix: "Create one NAT gateway per zone (`subnetId` or `zone` in that zone, each with its own EIPs) and route each zone's private subnets to their own zone's gateway: a NAT gateway is zonal, and the loss of its zone takes it down.",
    config: NO_CONFIG,
    check(t) {
        const violations: StackViolation[] = [];
        const groups = natGroupsOf(t);
        for (const group of groups) {
            const found = zonesWithoutGateway(t, group);
            if (!found.complete || found.subnetZones.length < 2 || found.missing.length === 0) {
                continue;
            }
            const where = group.vpc ? `VPC ${group.vpc.name}` : "the stack";
            for (const gateway of group.gateways) {
                violations.push({
                    urn: gateway.urn,
                    message: `NAT gateway must have a sibling in each zone whose subnets depend on it; the subnets of ${where} span ${describeZones(found.subnetZones)}, its NAT gateways sit in ${describeZones(found.gatewayZones)} only, so subnets in ${describeZones(found.missing)} route through a gateway of another zone and lose their egress with that zone.`,
                });
            }
        }
        return { assessed: groups.reduce((n, g) => n + g.gateways.length, 0), violations };
    },
});

/** The EIPs a gateway needs. */
export const natGatewayEip = resourceRule({
    kind: "resource",
    name: "nat-gateway-eip",
    description: "Checks whether a NAT gateway has at least one EIP bound (`assignedEipSets`), without which it gives no egress.",
    severity: "medium",
    pillar: "reliability",
    service: "nat",
    fix: "Bind at least one EIP in `assignedEipSets` (up to 10 without a whitelist); two or more spread the connections to one destination over more source ports.",
    resources: ["tencentcloud_nat_gateway"],
    config: NO_CONFIG,
    check(r) {
        const eips = strs(at(r.props, "assignedEipSets"));
        if (eips === UNKNOWN || (eips !== undefined && hasUnknown(eips))) {
            return [];
        }
        const bound = (eips ?? []).filter((e) => typeof e === "string" && e.trim() !== "");
        return bound.length === 0 ? [`NAT gateway must have at least one EIP; ${prop("assignedEipSets")} is ${eips === undefined ? "not set" : "empty"}.`] : [];
    },
});

/** The NAT gateway rules. */
export const natRules = [natGatewayEip, natGatewayPerZone];
