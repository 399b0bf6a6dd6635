/**
 * NAT gateways: zonal resources. A VPC whose subnets span several zones needs a gateway in each of
 * those zones, or losing the one gateway's zone cuts the egress of every other zone; and each gateway
 * needs its EIPs, each bound to it alone.
 *
 * The signal, and its limit: subnets depend on a NAT gateway through route tables
 * (`tencentcloud_route_table_entry` with `nextType: NAT` and `nextHub` the gateway), which are not
 * among the resources the pack reads. The rules therefore take every subnet of a VPC that has a NAT
 * gateway as depending on the VPC's gateways, and compare the zones of those subnets with the zones of
 * the gateways. A subnet that never routes through a gateway (a public subnet whose instances carry
 * their own EIPs, a database subnet without egress) can make the comparison stricter than the routes
 * are: waive the gateway for that VPC, with the reason.
 */
import { NO_CONFIG } from "../config";
import { plural, prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import type { Topology, TopologyNode } from "../topology";
import { describeZones } from "../topology";
import { at, hasUnknown, str, strs, UNKNOWN } from "../values";

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
export function zonesWithoutGateway(
    t: Topology,
    group: NatGroup,
): { readonly subnetZones: readonly string[]; readonly gatewayZones: readonly string[]; readonly missing: readonly string[]; readonly complete: boolean; readonly subnetsComplete: boolean } {
    const gatewayZones = new Set<string>();
    const subnetZones = new Set<string>();
    let complete = group.complete;
    let subnetsComplete = group.complete;
    for (const gateway of group.gateways) {
        const zones = t.zonesOf(gateway);
        complete &&= zones.complete && zones.zones.length > 0;
        zones.zones.forEach((z) => gatewayZones.add(z));
    }
    for (const subnet of group.subnets) {
        const zones = t.zonesOf(subnet);
        complete &&= zones.complete;
        subnetsComplete &&= zones.complete;
        zones.zones.forEach((z) => subnetZones.add(z));
    }
    const missing = [...subnetZones].filter((z) => !gatewayZones.has(z)).sort();
    return { subnetZones: [...subnetZones].sort(), gatewayZones: [...gatewayZones].sort(), missing, complete, subnetsComplete };
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
            const where = group.vpc ? `VPC ${group.vpc.name}` : "the stack";
            if (!found.complete && found.subnetsComplete && found.subnetZones.length > group.gateways.length) {
                // Where the gateways' zones are not known (left to the provider, or unknown in a
                // preview), too few gateways for the subnets' zones still cannot cover them: each
                // gateway sits in one zone.
                for (const gateway of group.gateways) {
                    violations.push({
                        urn: gateway.urn,
                        message: `NAT gateway must have a sibling in each zone whose subnets depend on it; the subnets of ${where} span ${plural(found.subnetZones.length, "zone")} (${describeZones(found.subnetZones)}) and ${plural(group.gateways.length, "NAT gateway")} cannot sit in all of them, each gateway being in one zone.`,
                    });
                }
                continue;
            }
            if (!found.complete || found.subnetZones.length < 2 || found.missing.length === 0) {
                continue;
            }
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

/** Each EIP a gateway lists is one of the stack's and bound to it alone. */
export const natGatewayEipBinding = stackRule({
    kind: "stack",
    name: "nat-gateway-eip-binding",
    description:
        "Checks whether every EIP a NAT gateway lists in `assignedEipSets` resolves to an EIP the stack declares (where it declares EIPs and their addresses are known) and is bound to no other NAT gateway.",
    severity: "medium",
    pillar: "reliability",
    service: "nat",
    fix: "Refer to the EIP resource's address (`assignedEipSets: [eip.publicIp]`) instead of typing it, so the gateway is created after its EIP and follows it when it changes, and give every NAT gateway its own EIPs: an EIP binds to one resource at a time.",
    config: NO_CONFIG,
    check(t) {
        const violations: StackViolation[] = [];
        const gateways = t.ofKind("nat-gateway");
        const eips = t.ofKind("eip");
        // A typed address can be judged only when every EIP's address is known (a state): in a
        // preview a new EIP's address is unknown, and an address may be one of them.
        const addressesKnown = eips.length > 0 && eips.every((e) => typeof str(at(e.props, "publicIp")) === "string");
        const owners = new Map<string, TopologyNode>();
        for (const gateway of gateways) {
            const found = t.assignedEipsOf(gateway);
            if (addressesKnown && found.unmatched.length > 0) {
                violations.push({
                    urn: gateway.urn,
                    message: `NAT gateway must use EIPs the stack declares; ${prop("assignedEipSets")} lists ${found.unmatched.join(", ")}, the address of none of its EIPs (${eips.map((e) => e.name).join(", ")}).`,
                });
            }
            const keys = [...found.nodes.map((e) => `eip:${e.urn}`), ...found.unmatched.map((a) => `address:${a}`)];
            for (const key of new Set(keys)) {
                const owner = owners.get(key);
                if (owner === undefined) {
                    owners.set(key, gateway);
                    continue;
                }
                const name = key.startsWith("eip:") ? `EIP ${t.byUrn(key.slice(4))?.name ?? key.slice(4)}` : `address ${key.slice(8)}`;
                violations.push({
                    urn: gateway.urn,
                    message: `NAT gateway must have EIPs of its own; ${name} in its ${prop("assignedEipSets")} is also bound to NAT gateway ${owner.name}, and an EIP binds to one resource at a time.`,
                });
            }
        }
        return { assessed: gateways.length, violations };
    },
});

/** The NAT gateway rules. */
export const natRules = [natGatewayEip, natGatewayPerZone, natGatewayEipBinding];
