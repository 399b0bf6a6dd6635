/**
 * CVM: a tier's standalone instances not all in one zone; no public IPs.
 */
import { boolean, defineConfig, integer } from "../config";
import { plural, prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import type { Topology, TopologyNode } from "../topology";
import { at, bool, tagsOf } from "../values";
import { publicIpReason } from "./tke";

/** The tag that names the tier of an instance. */
export const TIER_TAG = "zonesafe:tier";

/**
 * The tier an instance belongs to, by a real signal: its `zonesafe:tier` (or `tier`) tag, else the
 * backend group it serves in behind a load balancer, else its launch shape (launch template, or
 * image, instance type and security groups). Names never group instances: a bastion, a build box
 * and two app servers are three tiers whatever they are called. `undefined` while its shape is not known.
 */
export function tierOf(t: Topology, cvm: TopologyNode): { key: string; label: string; tagged: boolean } | undefined {
    const tags = tagsOf(cvm.props);
    const tagged = tags.get(TIER_TAG) ?? tags.get("tier");
    if (tagged !== undefined) {
        return { key: `tag:${tagged}`, label: tagged, tagged: true };
    }
    const group = t.instanceGroupOf(cvm);
    return group === undefined ? undefined : { key: group.key, label: group.label, tagged: false };
}

/** A name without a trailing index (`web-1`, `web-2a` → `web`). */
function stemOf(node: TopologyNode): string {
    return node.name.replace(/[-_.]?\d+[a-z]?$/, "");
}

/**
 * An untagged tier's name for messages: its members' common name apart from an index (`web-1`,
 * `web-2` → `web`) when no other instance shares it, else what groups them.
 */
function tierLabel(t: Topology, members: readonly TopologyNode[], label: string, tagged: boolean): string {
    const stems = new Set(members.map(stemOf));
    const [stem] = stems;
    const shared = t.ofKind("cvm").some((c) => !members.includes(c) && stemOf(c) === stem);
    return !tagged && stems.size === 1 && !shared ? stem : label;
}

/** A tier's standalone instances are not all in one zone. */
export const cvmInstanceTierSpread = stackRule({
    kind: "stack",
    name: "cvm-instance-tier-spread",
    description:
        "Checks whether the standalone CVM instances of a tier (same `zonesafe:tier` tag, same backend group behind a load balancer, or same launch template, or image, instance type and security groups) are not all in one availability zone.",
    severity: "high",
    pillar: "reliability",
    service: "cvm",
    fix: "Place the tier's instances in at least two availability zones, or replace them with an Auto Scaling group over subnets in several zones (`multiZoneSubnetPolicy: EQUALITY`); a spread placement group (`placementGroupId`) additionally keeps instances of one zone on different hosts. Tag instances with `zonesafe:tier` where the pack should group them otherwise.",
    config: defineConfig({
        minInstances: integer({ default: 2, minimum: 1, description: "Tiers with fewer standalone instances than this are not checked." }),
    }),
    check(t, ctx) {
        const tiers = new Map<string, { label: string; tagged: boolean; members: TopologyNode[] }>();
        for (const cvm of t.ofKind("cvm")) {
            const tier = tierOf(t, cvm);
            if (tier !== undefined) {
                const entry = tiers.get(tier.key) ?? { label: tier.label, tagged: tier.tagged, members: [] };
                entry.members.push(cvm);
                tiers.set(tier.key, entry);
            }
        }
        const violations: StackViolation[] = [];
        let assessed = 0;
        for (const { label, tagged, members } of tiers.values()) {
            if (members.length < ctx.config.minInstances) {
                continue;
            }
            assessed += members.length;
            const sets = members.map((m) => t.zonesOf(m));
            if (!sets.every((s) => s.complete)) {
                continue;
            }
            const zones = [...new Set(sets.flatMap((s) => s.zones))].sort();
            if (zones.length !== 1) {
                continue;
            }
            for (const member of members) {
                violations.push({
                    urn: member.urn,
                    message: `CVM instance must not share one availability zone with every other instance of its tier \`${tierLabel(t, members, label, tagged)}\`; all ${plural(members.length, "instance")} are in ${zones[0]}.`,
                });
            }
        }
        return { assessed, violations };
    },
});

/** No public IP on CVM instances or the instances a launch configuration creates. */
export const cvmInstanceNoPublicIp = resourceRule({
    kind: "resource",
    name: "cvm-instance-no-public-ip",
    description: "Checks whether CVM instances (standalone, or launched by an Auto Scaling launch configuration) are created without a public IP address, unless the configuration allows it.",
    severity: "high",
    pillar: "security",
    service: "cvm",
    fix: "Set `allocatePublicIp: false` on the instance (or `publicIpAssigned: false` and no `internetMaxBandwidthOut` on the launch configuration); publish services through a CLB and reach instances through a bastion. Waive the policy for a bastion host.",
    resources: ["tencentcloud_instance", "tencentcloud_as_scaling_config"],
    config: defineConfig({
        allowPublicIp: boolean({ default: false, description: "Allow public IPs on CVM instances." }),
    }),
    check(r, ctx) {
        if (ctx.config.allowPublicIp) {
            return [];
        }
        if (r.resource === "tencentcloud_as_scaling_config") {
            const reason = publicIpReason(r.props, "");
            return reason ? [`Auto Scaling launch configuration must not assign public IPs to instances; ${reason}.`] : [];
        }
        return bool(at(r.props, "allocatePublicIp")) === true
            ? [`CVM instance must not have a public IP; ${prop("allocatePublicIp")} is true.`]
            : [];
    },
});

/** The CVM rules. */
export const cvmRules = [cvmInstanceTierSpread, cvmInstanceNoPublicIp];

