/**
 * Monitoring (stack rule): every TKE node pool and Auto Scaling group has alarm policies for CPU,
 * memory, disk and network bound to it — the system-level fault items of a single machine.
 */
import { defineConfig, stringList } from "../config";
import { labelOf } from "../describe";
import { stackRule, StackViolation } from "../rule";
import type { Topology, TopologyNode } from "../topology";
import { at, num, obj, objs, Read, str, UNKNOWN } from "../values";

/** "a, b and c". */
function andList(items: readonly string[]): string {
    return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** How a metric family is recognised in an alarm rule's `metricName`. */
const METRIC_FAMILIES: Readonly<Record<string, RegExp>> = {
    cpu: /cpu/i,
    memory: /mem/i,
    disk: /disk/i,
    // Host reachability (the `ping_unreachable` event) is the network fault item too.
    network: /traffic|bandwidth|lan|wan|pkg|packet|tcp|net|ping|unreachable/i,
};

const FAMILY_LABELS: Readonly<Record<string, string>> = { cpu: "CPU", memory: "memory", disk: "disk", network: "network" };

/** The metric families an alarm policy watches, or unknown. */
export function metricFamiliesOf(policy: TopologyNode): Set<string> | typeof UNKNOWN {
    const families = new Set<string>();
    const conditions = at(policy.props, "conditions");
    const blocks: Read[] = Array.isArray(conditions) ? conditions : [conditions];
    // Metric rules live in `conditions.rules`; event rules (host unreachable, read-only disk) in `eventConditions`.
    const events = objs(at(policy.props, "eventConditions"));
    if (events === UNKNOWN) {
        return UNKNOWN;
    }
    for (const block of [...blocks, { rules: events ?? [] } as Read]) {
        const rules = objs(at(block, "rules"));
        if (obj(block) === UNKNOWN || rules === UNKNOWN) {
            return UNKNOWN;
        }
        for (const rule of rules ?? []) {
            if (rule === UNKNOWN) {
                return UNKNOWN;
            }
            const metric = str(at(rule, "metricName"));
            if (metric === UNKNOWN) {
                return UNKNOWN;
            }
            for (const [family, pattern] of Object.entries(METRIC_FAMILIES)) {
                if (typeof metric === "string" && pattern.test(metric)) {
                    families.add(family);
                }
            }
        }
    }
    return families;
}

/** Whether some alarm binding cannot be resolved yet, so "none bound" cannot be concluded. */
function bindingsUndecided(t: Topology): boolean {
    return t.ofKind("alarm-binding").some((binding) => {
        if (!t.resolve(binding, "policyId", ["alarm-policy"]).complete) {
            return true;
        }
        if ((binding.propertyDependencies["dimensions"] ?? []).length > 0) {
            return false;
        }
        const dimensions = objs(at(binding.props, "dimensions"));
        return dimensions === UNKNOWN || (dimensions ?? []).some((d) => d === UNKNOWN || str(at(d, "dimensionsJson")) === UNKNOWN);
    });
}

/** Node pools and scaling groups have CPU, memory, disk and network alarms bound. */
export const monitoringAlarmPolicyCoverage = stackRule({
    kind: "stack",
    name: "monitoring-alarm-policy-coverage",
    description: "Checks whether every TKE node pool and Auto Scaling group has alarm policies for CPU, memory, disk and network bound to it (by a binding object, by policy tags the instances carry, or by reference).",
    severity: "medium",
    pillar: "reliability",
    service: "monitoring",
    fix: "Create Cloud Monitor alarm policies (namespace `cvm_device`) with rules on CPU, memory, disk and network metrics (e.g. CpuUsage, MemUsage, CvmDiskUsage, LanOuttraffic) and bind them to the node pool's or scaling group's instances: with `policyTags` matching tags the instances carry, or with a policy binding object.",
    config: defineConfig({
        metrics: stringList({ default: ["cpu", "memory", "disk", "network"], description: "Metric families that must be alarmed: any of cpu, memory, disk, network." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        const subjects = t.ofKind("tke-nodepool", "as-group");
        const undecided = bindingsUndecided(t);
        // Own keys only: a configured name such as `constructor` is not a family.
        const wanted = ctx.config.metrics.filter((m) => Object.hasOwn(METRIC_FAMILIES, m));
        for (const subject of subjects) {
            const policies = t.alarmPoliciesOf(subject).filter((p) => num(at(p.props, "enable")) !== 0);
            const label = labelOf(subject);
            const need = andList(wanted.map((m) => FAMILY_LABELS[m]));
            if (policies.length === 0) {
                if (!undecided) {
                    violations.push({ urn: subject.urn, message: `${label} must have alarm policies for ${need} bound to it; no alarm policy is bound to it.` });
                }
                continue;
            }
            const covered = new Set<string>();
            let unknownMetrics = false;
            for (const policy of policies) {
                const families = metricFamiliesOf(policy);
                if (families === UNKNOWN) {
                    unknownMetrics = true;
                } else {
                    families.forEach((f) => covered.add(f));
                }
            }
            const missing = wanted.filter((m) => !covered.has(m));
            if (missing.length > 0 && !unknownMetrics) {
                violations.push({
                    urn: subject.urn,
                    message: `${label} must have alarm policies for ${need} bound to it; missing: ${andList(missing.map((m) => FAMILY_LABELS[m]))} (bound: ${policies.map((p) => p.name).join(", ")}).`,
                });
            }
        }
        return { assessed: subjects.length, violations };
    },
});
