/**
 * Auto Scaling: groups over several zones with an even spread, a floor of two instances, scale-out
 * and scale-in policies far enough apart, a maximum within the gateway's backend limit, and
 * replacement of unhealthy instances.
 *
 * The thresholds follow the source practice for a log-ingestion gateway: scale in below 20 % CPU,
 * scale out above 60 %, at least 300 and at most 1000 instances (the gateway's limit of backends per
 * region), and a split by business above 500.
 */
import { defineConfig, integer, NO_CONFIG } from "../config";
import { plural, prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import { describeZones, TopologyNode } from "../topology";
import { at, bool, num, str, UNKNOWN } from "../values";
import { evenSpreadMessages, zoneSpanViolations } from "./spread";

/** A group's subnets span at least two zones. */
export const asGroupMultiAz = stackRule({
    kind: "stack",
    name: "as-group-multi-az",
    description: "Checks whether each Auto Scaling group launches instances in at least 2 availability zones (its `subnetIds` resolve to subnets in different zones).",
    severity: "high",
    pillar: "reliability",
    service: "as",
    fix: "List subnets from at least two availability zones in the group's `subnetIds` and set `multiZoneSubnetPolicy: EQUALITY`.",
    config: defineConfig({
        minZones: integer({ default: 2, minimum: 1, description: "Minimum number of availability zones of a scaling group." }),
    }),
    check(t, ctx) {
        return zoneSpanViolations(t, "as-group", "Auto Scaling group must launch instances", ctx.config.minZones);
    },
});

/** A group with several subnets spreads instances evenly. */
export const asGroupEvenSpread = resourceRule({
    kind: "resource",
    name: "as-group-even-spread",
    description: "Checks whether an Auto Scaling group with several subnets spreads its instances evenly over them (`multiZoneSubnetPolicy: EQUALITY`).",
    severity: "high",
    pillar: "reliability",
    service: "as",
    fix: "Set `multiZoneSubnetPolicy: EQUALITY` on the scaling group; with the default PRIORITY, instances fill the first subnet's zone first.",
    resources: ["tencentcloud_as_scaling_group"],
    config: NO_CONFIG,
    check(r) {
        return evenSpreadMessages(r.props, "Auto Scaling group must spread instances");
    },
});

/** A group keeps at least two instances. */
export const asGroupMinSize = resourceRule({
    kind: "resource",
    name: "as-group-min-size",
    description: "Checks whether an Auto Scaling group keeps at least 2 instances (`minSize`).",
    severity: "medium",
    pillar: "reliability",
    service: "as",
    fix: "Raise `minSize` to at least 2 (at least one instance per zone), so a scale-in never leaves a single instance.",
    resources: ["tencentcloud_as_scaling_group"],
    config: defineConfig({
        minSize: integer({ default: 2, minimum: 1, description: "Minimum `minSize` of a scaling group." }),
    }),
    check(r, ctx) {
        const min = num(at(r.props, "minSize"));
        if (min === UNKNOWN || (min ?? 0) >= ctx.config.minSize) {
            return [];
        }
        const state = min === undefined ? "is not set (0)" : `is ${min}`;
        return [`Auto Scaling group must keep at least ${plural(ctx.config.minSize, "instance")}; ${prop("minSize")} ${state}.`];
    },
});

/** The direction of a scaling policy: out (adds instances), in (removes them), both (target tracking). */
type Direction = "out" | "in" | "both" | undefined | typeof UNKNOWN;

function directionOf(policy: TopologyNode): Direction {
    const type = str(at(policy.props, "policyType"));
    if (type === UNKNOWN) {
        return UNKNOWN;
    }
    if (typeof type === "string" && type.toUpperCase() === "TARGET_TRACKING") {
        return bool(at(policy.props, "disableScaleIn")) === true ? "out" : "both";
    }
    // A change in capacity says the direction by its sign; an exact capacity does not, so the
    // alarm's comparison operator decides.
    const adjustmentType = str(at(policy.props, "adjustmentType"));
    const adjustment = num(at(policy.props, "adjustmentValue"));
    if (adjustmentType !== "EXACT_CAPACITY" && typeof adjustment === "number" && adjustment !== 0) {
        return adjustment > 0 ? "out" : "in";
    }
    const operator = str(at(policy.props, "comparisonOperator"));
    if (typeof operator === "string") {
        if (operator.startsWith("GREATER")) {
            return "out";
        }
        if (operator.startsWith("LESS")) {
            return "in";
        }
    }
    return operator === UNKNOWN || adjustment === UNKNOWN || adjustmentType === UNKNOWN ? UNKNOWN : undefined;
}

/** Both a scale-out and a scale-in policy, thresholds far enough apart, cooldowns set. */
export const asGroupScalingPolicies = stackRule({
    kind: "stack",
    name: "as-group-scaling-policies",
    description: "Checks whether each Auto Scaling group has a scale-out and a scale-in policy, with the scale-in threshold below the scale-out threshold by a gap (20 points by default) on the same metric, and cooldowns set.",
    severity: "medium",
    pillar: "reliability",
    service: "as",
    fix: "Add two alarm policies to the group on the same metric: scale out above a threshold (e.g. CPU above 60 %) and scale in below a lower one (e.g. CPU below 20 %), at least the configured gap apart so the group does not flap, each with a `cooldown` of a few minutes.",
    config: defineConfig({
        minGap: integer({ default: 20, minimum: 0, maximum: 100, description: "Minimum gap, in points, between the scale-out and the scale-in threshold of one metric." }),
        minCooldown: integer({ default: 60, minimum: 0, description: "Minimum cooldown of a scaling policy, in seconds." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        const groups = t.ofKind("as-group");
        const unresolved = t.ofKind("as-policy").some((p) => !t.resolve(p, "scalingGroupId", ["as-group"]).complete);
        for (const group of groups) {
            const policies = t.scalingPoliciesOf(group);
            const directions = policies.map((p) => ({ policy: p, direction: directionOf(p) }));
            if (directions.some((d) => d.direction === UNKNOWN)) {
                continue;
            }
            const out = directions.filter((d) => d.direction === "out" || d.direction === "both");
            const inward = directions.filter((d) => d.direction === "in" || d.direction === "both");
            if (out.length === 0 && !unresolved) {
                violations.push({ urn: group.urn, message: "Auto Scaling group must have a scale-out policy (an alarm policy that adds instances); it has none." });
            }
            if (inward.length === 0 && !unresolved) {
                violations.push({ urn: group.urn, message: "Auto Scaling group must have a scale-in policy (an alarm policy that removes instances); it has none." });
            }
            for (const o of out.filter((d) => d.direction === "out")) {
                const metric = str(at(o.policy.props, "metricName"));
                const high = num(at(o.policy.props, "threshold"));
                for (const i of inward.filter((d) => d.direction === "in")) {
                    const low = num(at(i.policy.props, "threshold"));
                    if (typeof metric !== "string" || str(at(i.policy.props, "metricName")) !== metric) {
                        continue;
                    }
                    if (typeof high === "number" && typeof low === "number" && high - low < ctx.config.minGap) {
                        violations.push({
                            urn: i.policy.urn,
                            message: `Auto Scaling group must scale in at least ${ctx.config.minGap} points below where it scales out; on ${metric} the scale-in ${prop("threshold")} is ${low} and the scale-out ${prop("threshold")} is ${high} (gap ${high - low}).`,
                        });
                    }
                }
            }
            for (const { policy } of directions) {
                const cooldown = num(at(policy.props, "cooldown"));
                if (typeof cooldown === "number" && cooldown < ctx.config.minCooldown) {
                    violations.push({
                        urn: policy.urn,
                        message: `Auto Scaling policy must set a ${prop("cooldown")} of at least ${ctx.config.minCooldown} seconds; it is ${cooldown}.`,
                    });
                }
            }
        }
        return { assessed: groups.length, violations };
    },
});

/** The maximum stays within the gateway's backend limit. */
export const asGroupBackendLimit = resourceRule({
    kind: "resource",
    name: "as-group-backend-limit",
    description: "Checks whether an Auto Scaling group's `maxSize` stays within the load-balancing gateway's limit of backends per region (1000 by default).",
    severity: "medium",
    pillar: "reliability",
    service: "as",
    fix: "Lower `maxSize` to the gateway's backend limit and absorb the rest of the peak with another group behind another gateway (split by business, then by region, then add a cluster).",
    resources: ["tencentcloud_as_scaling_group"],
    config: defineConfig({
        backendLimit: integer({ default: 1000, minimum: 1, description: "The load-balancing gateway's limit of backends per region." }),
    }),
    check(r, ctx) {
        const max = num(at(r.props, "maxSize"));
        if (typeof max !== "number" || max <= ctx.config.backendLimit) {
            return [];
        }
        return [`Auto Scaling group must not scale beyond the gateway's limit of ${ctx.config.backendLimit} backends; ${prop("maxSize")} is ${max}.`];
    },
});

/** Above half the backend limit, split. */
export const asGroupSplitAdvice = resourceRule({
    kind: "resource",
    name: "as-group-split-advice",
    description: "Checks whether an Auto Scaling group's `maxSize` stays at or below half the gateway's backend limit (500 of 1000 by default), above which the practice is to split the cluster.",
    severity: "low",
    pillar: "performance/cost",
    service: "as",
    fix: "Above half the backend limit, split the workload: by business first, then by region, then add a cluster, so one gateway's limit never caps a peak.",
    resources: ["tencentcloud_as_scaling_group"],
    config: defineConfig({
        backendLimit: integer({ default: 1000, minimum: 2, description: "The load-balancing gateway's limit of backends per region." }),
    }),
    check(r, ctx) {
        const max = num(at(r.props, "maxSize"));
        const half = Math.floor(ctx.config.backendLimit / 2);
        if (typeof max !== "number" || max <= half || max > ctx.config.backendLimit) {
            return [];
        }
        return [`Auto Scaling group must stay at or below ${half} instances (half the gateway's limit of ${ctx.config.backendLimit}) or be split by business or region; ${prop("maxSize")} is ${max}.`];
    },
});

/** Unhealthy instances are replaced. */
export const asGroupUnhealthyReplacement = resourceRule({
    kind: "resource",
    name: "as-group-unhealthy-replacement",
    description: "Checks whether an Auto Scaling group replaces unhealthy instances (`replaceMonitorUnhealthy` or `replaceLoadBalancerUnhealthy`).",
    severity: "medium",
    pillar: "reliability",
    service: "as",
    fix: "Set `replaceLoadBalancerUnhealthy: true` (instances failing the CLB health check) and/or `replaceMonitorUnhealthy: true` (instances Cloud Monitor marks unhealthy).",
    resources: ["tencentcloud_as_scaling_group"],
    config: NO_CONFIG,
    check(r) {
        const monitor = bool(at(r.props, "replaceMonitorUnhealthy"));
        const lb = bool(at(r.props, "replaceLoadBalancerUnhealthy"));
        if (monitor === UNKNOWN || lb === UNKNOWN || monitor === true || lb === true) {
            return [];
        }
        const describe = (v: boolean | undefined) => (v === undefined ? "not set (provider default false)" : "false");
        return [
            `Auto Scaling group must replace unhealthy instances; ${prop("replaceMonitorUnhealthy")} is ${describe(monitor)} and ${prop("replaceLoadBalancerUnhealthy")} is ${describe(lb)}.`,
        ];
    },
});

/** The instances attached to a group span several zones. */
export const asAttachmentMultiAz = stackRule({
    kind: "stack",
    name: "as-attachment-multi-az",
    description:
        "Checks whether the existing CVM instances attached to an Auto Scaling group (`AsAttachment` `instanceIds`), taken over all of the group's attachments, span at least 2 availability zones when there are at least 2 of them.",
    severity: "high",
    pillar: "reliability",
    service: "as",
    fix: "Attach instances from at least two availability zones (as many per zone as the group keeps), or let the group launch its capacity over subnets in several zones instead of attaching instances of one zone.",
    config: defineConfig({
        minZones: integer({ default: 2, minimum: 1, description: "Minimum number of availability zones of the instances attached to a scaling group." }),
        minInstances: integer({ default: 2, minimum: 1, description: "Groups with fewer attached instances than this are not checked." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        const attachments = t.ofKind("as-attachment");
        const judged = new Set<TopologyNode>();
        // The attachments of each group together, then each attachment whose group is not in the stack on its own.
        const sets = t.ofKind("as-group").map((group) => ({ group: group as TopologyNode | undefined, attachments: t.asAttachmentsOf(group) }));
        for (const attachment of attachments) {
            if (!sets.some((s) => s.attachments.includes(attachment))) {
                sets.push({ group: undefined, attachments: [attachment] });
            }
        }
        for (const { group, attachments: members } of sets) {
            if (members.length === 0) {
                continue;
            }
            members.forEach((a) => judged.add(a));
            const attached = group ? t.attachedInstancesOf(group) : t.attachmentInstancesOf(members[0]);
            if (attached.count === undefined || attached.count < ctx.config.minInstances || !attached.zones.complete) {
                continue;
            }
            const zones = attached.zones.zones;
            if (zones.length === 0 || zones.length >= ctx.config.minZones) {
                continue;
            }
            const whose = group ? ` to group ${group.name}` : "";
            const names = attached.nodes.map((n) => n.name).join(", ");
            for (const attachment of members) {
                violations.push({
                    urn: attachment.urn,
                    message: `Auto Scaling attachment must attach instances from at least ${plural(ctx.config.minZones, "availability zone")}${whose}; its ${plural(attached.count, "attached instance")} (${names}) are all in ${describeZones(zones)}.`,
                });
            }
        }
        return { assessed: judged.size, violations };
    },
});

/** The Auto Scaling rules. */
export const autoscalingRules = [
    asGroupMultiAz,
    asGroupEvenSpread,
    asGroupMinSize,
    asGroupScalingPolicies,
    asGroupBackendLimit,
    asGroupSplitAdvice,
    asGroupUnhealthyReplacement,
    asAttachmentMultiAz,
];
