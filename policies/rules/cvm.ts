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

/** The type part of a URN (`…::type$child::name` → `child`). */
function typeOfUrn(urn: string): string {
    const parts = urn.split("::");
    const types = parts.length >= 2 ? parts[parts.length - 2] : "";
    return types.split("$").pop() ?? "";
}

/**
 * The tier an instance belongs to: its `zonesafe:tier` (or `tier`) tag, else the component that
 * creates it, else its name without a trailing index (`web-1`, `web-2` → `web`).
 */
export function tierKeyOf(t: Topology, cvm: TopologyNode): string {
    const tags = tagsOf(cvm.props);
    const tagged = tags.get(TIER_TAG) ?? tags.get("tier");
    if (tagged !== undefined) {
        return `tag:${tagged}`;
    }
    if (cvm.parent !== undefined) {
        const parentType = t.byUrn(cvm.parent)?.type ?? typeOfUrn(cvm.parent);
        if (parentType !== "pulumi:pulumi:Stack") {
            return `parent:${cvm.parent}`;
        }
    }
    return `name:${cvm.name.replace(/[-_.]?\d+$/, "")}`;
}

function tierLabel(key: string): string {
    const value = key.slice(key.indexOf(":") + 1);
    return key.startsWith("parent:") ? (value.split("::").pop() ?? value) : value;
}

/** A tier's standalone instances are not all in one zone. */
export const cvmInstanceTierSpread = stackRule({
    kind: "stack",
    name: "cvm-instance-tier-spread",
    description: "Checks whether the standalone CVM instances of a tier (same `zonesafe:tier` tag, same component, or same name with a different index) are not all in one availability zone.",
    severity: "high",
    pillar: "reliability",
    service: "cvm",
    fix: "Place the tier's instances in at least two availability zones, or replace them with an Auto Scaling group over subnets in several zones (`multiZoneSubnetPolicy: EQUALITY`); a spread placement group (`placementGroupId`) additionally keeps instances of one zone on different hosts.",
    config: defineConfig({
        minInstances: integer({ default: 2, minimum: 1, description: "Tiers with fewer standalone instances than this are not checked." }),
    }),
    check(t, ctx) {
        const tiers = new Map<string, TopologyNode[]>();
        for (const cvm of t.ofKind("cvm")) {
            const key = tierKeyOf(t, cvm);
            tiers.set(key, [...(tiers.get(key) ?? []), cvm]);
        }
        const violations: StackViolation[] = [];
        let assessed = 0;
        for (const [key, members] of tiers) {
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
                    message: `CVM instance must not share one availability zone with every other instance of its tier \`${tierLabel(key)}\`; all ${plural(members.length, "instance")} are in ${zones[0]}.`,
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

