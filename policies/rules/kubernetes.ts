/**
 * Kubernetes workloads (Deployments, StatefulSets): enough replicas, spread over zones and nodes,
 * a PodDisruptionBudget consistent with the autoscaler, probes and resource requests.
 */
import { SINGLETON_ANNOTATION } from "@zonesafe/model";
import { defineConfig, integer, NO_CONFIG } from "../config";
import { k8sNameOf, labelOf, plural, prop } from "../describe";
import { resourceRule, ResourceView, stackRule, StackViolation } from "../rule";
import type { Topology, TopologyNode } from "../topology";
import { annotationsOf, at, hasUnknown, known, num, obj, objs, PlainObject, Read, str, UNKNOWN, Unknown } from "../values";

/** Topology keys that name the zone of a node. */
export const ZONE_KEYS: ReadonlySet<string> = new Set(["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"]);
/** The topology key that names a node. */
export const HOST_KEY = "kubernetes.io/hostname";

const WORKLOADS = ["Deployment", "StatefulSet"] as const;

/** The pod spec of a workload (`spec.template.spec`). */
function podSpecOf(props: PlainObject): PlainObject | undefined | Unknown {
    return obj(at(props, "spec", "template", "spec"));
}

/** How the pods of a workload spread over zones and nodes. */
interface Spread {
    /** The zone constraints found. */
    readonly zone: PlainObject[];
    /** Whether a hostname constraint or a hostname anti-affinity exists. */
    readonly host: boolean;
    /** Whether some constraint could not be read (unknown during a preview). */
    readonly undecided: boolean;
}

function antiAffinityOnHost(pod: PlainObject): boolean | Unknown {
    const anti = obj(at(pod, "affinity", "podAntiAffinity"));
    if (anti === UNKNOWN) {
        return UNKNOWN;
    }
    if (anti === undefined) {
        return false;
    }
    const required = objs(at(anti, "requiredDuringSchedulingIgnoredDuringExecution"));
    const preferred = objs(at(anti, "preferredDuringSchedulingIgnoredDuringExecution"));
    if (required === UNKNOWN || preferred === UNKNOWN) {
        return UNKNOWN;
    }
    const keys = [
        ...known(required ?? []).map((term) => str(at(term, "topologyKey"))),
        ...known(preferred ?? []).map((term) => str(at(term, "podAffinityTerm", "topologyKey"))),
    ];
    if (keys.includes(HOST_KEY)) {
        return true;
    }
    return hasUnknown(required ?? []) || hasUnknown(preferred ?? []) || keys.includes(UNKNOWN) ? UNKNOWN : false;
}

/** Reads the spread of a pod spec, or `undefined` when the constraints themselves are unknown. */
function spreadOf(pod: PlainObject): Spread | undefined {
    const constraints = objs(at(pod, "topologySpreadConstraints"));
    if (constraints === UNKNOWN) {
        return undefined;
    }
    const all = constraints ?? [];
    let undecided = hasUnknown(all);
    const zone: PlainObject[] = [];
    let host = false;
    for (const c of known(all)) {
        const key = str(at(c, "topologyKey"));
        if (key === UNKNOWN) {
            undecided = true;
        } else if (typeof key === "string" && ZONE_KEYS.has(key)) {
            zone.push(c);
        } else if (key === HOST_KEY) {
            host = true;
        }
    }
    const anti = antiAffinityOnHost(pod);
    if (anti === UNKNOWN) {
        undecided = true;
    }
    return { zone, host: host || anti === true, undecided };
}

/** The labels pods must match for a constraint the pack adds: the workload's `spec.selector.matchLabels`. */
function selectorLabels(props: PlainObject): Record<string, string> | undefined {
    const labels = obj(at(props, "spec", "selector", "matchLabels"));
    if (labels === UNKNOWN || labels === undefined) {
        return undefined;
    }
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(labels)) {
        const s = str(v);
        if (typeof s !== "string") {
            return undefined;
        }
        out[k] = s;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}

/** Pods spread over zones, and over nodes. */
export const kubernetesWorkloadTopologySpread = resourceRule({
    kind: "resource",
    name: "kubernetes-workload-topology-spread",
    description: "Checks whether a Deployment or StatefulSet spreads its pods over availability zones (a topology spread constraint on `topology.kubernetes.io/zone`) and over nodes (a hostname spread constraint or pod anti-affinity).",
    severity: "high",
    pillar: "reliability",
    service: "kubernetes",
    fix: "Add to `spec.template.spec.topologySpreadConstraints` a constraint with `topologyKey: topology.kubernetes.io/zone`, `maxSkew: 1` and a `labelSelector` matching the pod labels, and one on `kubernetes.io/hostname` (or a pod anti-affinity on it). At the `remediate` level the pack adds both with `whenUnsatisfiable: ScheduleAnyway`, selecting `spec.selector.matchLabels`.",
    resources: WORKLOADS,
    config: NO_CONFIG,
    check(r) {
        const pod = podSpecOf(r.props);
        if (pod === UNKNOWN || pod === undefined) {
            return [];
        }
        const spread = spreadOf(pod);
        if (spread === undefined) {
            return [];
        }
        const kind = labelOf(r);
        const messages: string[] = [];
        if (spread.zone.length === 0 && !spread.undecided) {
            messages.push(
                `${kind} must spread its pods across availability zones with a topology spread constraint on \`topology.kubernetes.io/zone\`; ${prop("spec.template.spec.topologySpreadConstraints")} has none.`,
            );
        }
        for (const c of spread.zone) {
            const selector = at(c, "labelSelector");
            if (selector === undefined) {
                messages.push(
                    `${kind} must give its zone topology spread constraint a ${prop("labelSelector")} matching its pod labels; without one the constraint counts no pods.`,
                );
            }
            const skew = num(at(c, "maxSkew"));
            if (typeof skew === "number" && skew < 1) {
                messages.push(`${kind} must give its zone topology spread constraint a ${prop("maxSkew")} of at least 1; it is ${skew}.`);
            }
        }
        if (!spread.host && !spread.undecided) {
            messages.push(
                `${kind} must also spread its pods across nodes, with a topology spread constraint or a pod anti-affinity on \`kubernetes.io/hostname\`; it has neither.`,
            );
        }
        return messages;
    },
    remediate(props, r) {
        const pod = podSpecOf(r.props);
        const labels = selectorLabels(r.props);
        if (pod === UNKNOWN || pod === undefined || labels === undefined) {
            return false;
        }
        const spread = spreadOf(pod);
        if (spread === undefined || spread.undecided) {
            return false;
        }
        const added: Record<string, unknown>[] = [];
        const constraint = (topologyKey: string) => ({
            maxSkew: 1,
            topologyKey,
            whenUnsatisfiable: "ScheduleAnyway",
            labelSelector: { matchLabels: { ...labels } },
        });
        if (spread.zone.length === 0) {
            added.push(constraint("topology.kubernetes.io/zone"));
        }
        if (!spread.host) {
            added.push(constraint(HOST_KEY));
        }
        if (added.length === 0) {
            return false;
        }
        const livePod = props["spec"]["template"]["spec"];
        const existing = livePod["topologySpreadConstraints"];
        if (Array.isArray(existing)) {
            existing.push(...added);
        } else {
            livePod["topologySpreadConstraints"] = added;
        }
        return true;
    },
});

/** Every container has a readiness and a liveness probe. */
export const kubernetesWorkloadProbes = resourceRule({
    kind: "resource",
    name: "kubernetes-workload-probes",
    description: "Checks whether every container of a Deployment or StatefulSet has a readiness probe and a liveness probe.",
    severity: "medium",
    pillar: "reliability",
    service: "kubernetes",
    fix: "Give every container a `readinessProbe` (traffic only reaches ready pods, and a rollout waits for them) and a distinct `livenessProbe` (a hung container is restarted).",
    resources: WORKLOADS,
    config: NO_CONFIG,
    check(r) {
        const pod = podSpecOf(r.props);
        const containers = pod === UNKNOWN || pod === undefined ? undefined : objs(at(pod, "containers"));
        if (containers === UNKNOWN || containers === undefined) {
            return [];
        }
        const kind = labelOf(r);
        const messages: string[] = [];
        known(containers).forEach((c, i) => {
            const name = str(at(c, "name"));
            const label = typeof name === "string" ? `\`${name}\`` : `#${i + 1}`;
            if (at(c, "readinessProbe") === undefined) {
                messages.push(`${kind} must define a readiness probe on every container; container ${label} has no ${prop("readinessProbe")}.`);
            }
            if (at(c, "livenessProbe") === undefined) {
                messages.push(`${kind} must define a liveness probe on every container; container ${label} has no ${prop("livenessProbe")}.`);
            }
        });
        return messages;
    },
});

/** Every container requests CPU and memory. */
export const kubernetesWorkloadResourceRequests = resourceRule({
    kind: "resource",
    name: "kubernetes-workload-resource-requests",
    description: "Checks whether every container of a Deployment or StatefulSet requests CPU and memory.",
    severity: "medium",
    pillar: "performance/cost",
    service: "kubernetes",
    fix: "Set `resources.requests.cpu` and `resources.requests.memory` on every container, sized from observed usage; the scheduler places pods by requests and the HPA scales on utilisation of them.",
    resources: WORKLOADS,
    config: NO_CONFIG,
    check(r) {
        const pod = podSpecOf(r.props);
        const containers = pod === UNKNOWN || pod === undefined ? undefined : objs(at(pod, "containers"));
        if (containers === UNKNOWN || containers === undefined) {
            return [];
        }
        const kind = labelOf(r);
        const messages: string[] = [];
        known(containers).forEach((c, i) => {
            const name = str(at(c, "name"));
            const label = typeof name === "string" ? `\`${name}\`` : `#${i + 1}`;
            const requests = at(c, "resources", "requests");
            if (requests === UNKNOWN) {
                return;
            }
            const missing = ["cpu", "memory"].filter((k) => at(requests, k) === undefined);
            if (missing.length > 0) {
                messages.push(
                    `${kind} must request CPU and memory for every container; container ${label} has no ${missing.map((k) => prop(`resources.requests.${k}`)).join(" or ")}.`,
                );
            }
        });
        return messages;
    },
});

/** An HPA can scale out. */
export const kubernetesHpaReplicaBounds = resourceRule({
    kind: "resource",
    name: "kubernetes-hpa-replica-bounds",
    description: "Checks whether a HorizontalPodAutoscaler can scale out: `maxReplicas` above `minReplicas`.",
    severity: "medium",
    pillar: "performance/cost",
    service: "kubernetes",
    fix: "Set `spec.maxReplicas` above `spec.minReplicas`, to the peak the workload must absorb (within the load balancer's backend limit).",
    resources: ["HorizontalPodAutoscaler"],
    config: NO_CONFIG,
    check(r) {
        const min = num(at(r.props, "spec", "minReplicas"));
        const max = num(at(r.props, "spec", "maxReplicas"));
        if (min === UNKNOWN || max === UNKNOWN || max === undefined) {
            return [];
        }
        const lower = min ?? 1;
        if (max > lower) {
            return [];
        }
        const minText = min === undefined ? "is not set (Kubernetes default 1)" : `is ${min}`;
        return [`HorizontalPodAutoscaler must be able to scale out; ${prop("spec.maxReplicas")} is ${max} and ${prop("spec.minReplicas")} ${minText}.`];
    },
});

/** The minimum number of replicas a workload runs: its autoscalers' minimum, else `spec.replicas`. */
export interface MinimumReplicas {
    readonly value: number;
    /** The autoscaler that sets it, if any. */
    readonly hpa?: TopologyNode;
    /** Whether `spec.replicas` (or `minReplicas`) was left to Kubernetes' default of 1. */
    readonly defaulted: boolean;
}

/** The minimum replicas of a workload, or `undefined` when not known yet. */
export function minimumReplicas(t: Topology, workload: TopologyNode): MinimumReplicas | undefined {
    const hpas = t.autoscalersOf(workload);
    if (hpas.length > 0) {
        let best: MinimumReplicas | undefined;
        for (const hpa of hpas) {
            const min = num(at(hpa.props, "spec", "minReplicas"));
            if (min === UNKNOWN) {
                return undefined;
            }
            const value = min ?? 1;
            if (best === undefined || value > best.value) {
                best = { value, hpa, defaulted: min === undefined };
            }
        }
        return best;
    }
    const replicas = num(at(workload.props, "spec", "replicas"));
    if (replicas === UNKNOWN) {
        return undefined;
    }
    return { value: replicas ?? 1, defaulted: replicas === undefined };
}

/**
 * Whether a workload is a singleton by design: it declares the singleton annotation with a reason,
 * runs exactly one replica, has no autoscaler, and is a Deployment replaced with `Recreate` (never two
 * pods at once, not even during a rollout).
 */
export function isDeclaredSingleton(t: Topology, workload: TopologyNode): boolean {
    const reason = annotationsOf(workload.props).get(SINGLETON_ANNOTATION);
    return (
        reason !== undefined &&
        reason.trim() !== "" &&
        num(at(workload.props, "spec", "replicas")) === 1 &&
        str(at(workload.props, "spec", "strategy", "type")) === "Recreate" &&
        t.autoscalersOf(workload).length === 0
    );
}

/** A workload runs at least two replicas (or its HPA keeps at least two). */
export const kubernetesWorkloadReplicas = stackRule({
    kind: "stack",
    name: "kubernetes-workload-replicas",
    description: "Checks whether each Deployment or StatefulSet runs at least 2 replicas, or is scaled by a HorizontalPodAutoscaler whose `minReplicas` is at least 2. A Deployment that declares itself a singleton (annotation `zonesafe.io/singleton` with the reason, one replica, strategy `Recreate`) is not asked for two.",
    severity: "high",
    pillar: "reliability",
    service: "kubernetes",
    fix: "Set `spec.replicas` to at least 2, or, when a HorizontalPodAutoscaler scales the workload, its `spec.minReplicas` to at least 2 (and leave `spec.replicas` unset).",
    config: defineConfig({
        minReplicas: integer({ default: 2, minimum: 1, description: "Minimum number of replicas of a workload." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        const workloads = t.ofKind("workload");
        for (const w of workloads) {
            const min = minimumReplicas(t, w);
            if (min === undefined || min.value >= ctx.config.minReplicas || isDeclaredSingleton(t, w)) {
                continue;
            }
            const kind = labelOf(w);
            const need = plural(ctx.config.minReplicas, "replica");
            const message = min.hpa
                ? `${kind} must run at least ${need}; its HorizontalPodAutoscaler \`${k8sNameOf(min.hpa)}\` has ${prop("spec.minReplicas")} ${min.defaulted ? "not set (Kubernetes default 1)" : min.value}.`
                : `${kind} must run at least ${need}; ${prop("spec.replicas")} is ${min.defaulted ? "not set (Kubernetes default 1)" : min.value} and no HorizontalPodAutoscaler scales it.`;
            violations.push({ urn: w.urn, message });
        }
        return { assessed: workloads.length, violations };
    },
});

/** The number of pods a PodDisruptionBudget lets go at once out of `replicas`, or unknown. */
export function allowedDisruptions(pdb: ResourceView, replicas: number): number | Unknown | undefined {
    const spec = at(pdb.props, "spec");
    const amount = (value: Read): number | Unknown | undefined => {
        if (value === UNKNOWN) {
            return UNKNOWN;
        }
        if (typeof value === "string" && value.trim().endsWith("%")) {
            const percent = Number(value.trim().slice(0, -1));
            return Number.isFinite(percent) ? Math.ceil((percent / 100) * replicas) : undefined;
        }
        const n = num(value);
        return n === UNKNOWN ? UNKNOWN : n;
    };
    const maxUnavailable = at(spec, "maxUnavailable");
    if (maxUnavailable !== undefined) {
        const n = amount(maxUnavailable);
        return typeof n === "number" ? Math.max(0, Math.min(n, replicas)) : n;
    }
    const minAvailable = at(spec, "minAvailable");
    if (minAvailable !== undefined) {
        const n = amount(minAvailable);
        return typeof n === "number" ? Math.max(0, replicas - n) : n;
    }
    return undefined;
}

/** A PodDisruptionBudget selects the workload and lets at least one pod go, at the HPA minimum too. */
export const kubernetesWorkloadPdb = stackRule({
    kind: "stack",
    name: "kubernetes-workload-pdb",
    description: "Checks whether each Deployment or StatefulSet is selected by a PodDisruptionBudget that allows at least one voluntary disruption, also when a HorizontalPodAutoscaler has scaled it down to its minimum.",
    severity: "medium",
    pillar: "reliability",
    service: "kubernetes",
    fix: "Add a PodDisruptionBudget in the workload's namespace whose `spec.selector.matchLabels` select the pod labels, with `maxUnavailable: 1` (or a `minAvailable` below the HorizontalPodAutoscaler's `minReplicas`), so node drains and upgrades proceed one pod at a time.",
    config: NO_CONFIG,
    check(t) {
        const violations: StackViolation[] = [];
        const workloads = t.ofKind("workload");
        for (const w of workloads) {
            const kind = labelOf(w);
            const { budgets, undecided } = t.disruptionBudgetsOf(w);
            if (budgets.length === 0) {
                if (!undecided) {
                    violations.push({
                        urn: w.urn,
                        message: `${kind} must be selected by a PodDisruptionBudget that allows at least one disruption; no PodDisruptionBudget selects its pod labels.`,
                    });
                }
                continue;
            }
            const min = minimumReplicas(t, w);
            if (min === undefined) {
                continue;
            }
            for (const pdb of budgets) {
                const name = k8sNameOf(pdb);
                const allowed = allowedDisruptions(pdb, min.value);
                if (allowed === UNKNOWN) {
                    continue;
                }
                if (allowed === undefined) {
                    violations.push({
                        urn: pdb.urn,
                        message: `PodDisruptionBudget \`${name}\` must set ${prop("spec.maxUnavailable")} or ${prop("spec.minAvailable")}; neither is set.`,
                    });
                    continue;
                }
                if (allowed >= 1) {
                    continue;
                }
                const setting = at(pdb.props, "spec", "maxUnavailable") !== undefined
                    ? `${prop("spec.maxUnavailable")} is ${String(at(pdb.props, "spec", "maxUnavailable"))}`
                    : `${prop("spec.minAvailable")} is ${String(at(pdb.props, "spec", "minAvailable"))}`;
                const message = min.hpa
                    ? `PodDisruptionBudget \`${name}\` must allow at least one disruption when HorizontalPodAutoscaler \`${k8sNameOf(min.hpa)}\` keeps ${kind} \`${k8sNameOf(w)}\` at its minimum of ${plural(min.value, "replica")}; ${setting}.`
                    : `PodDisruptionBudget \`${name}\` must allow at least one disruption of ${kind} \`${k8sNameOf(w)}\` (${plural(min.value, "replica")}); ${setting}.`;
                violations.push({ urn: pdb.urn, message });
            }
        }
        return { assessed: workloads.length, violations };
    },
});

/** The Kubernetes rules. */
export const kubernetesRules = [
    kubernetesWorkloadReplicas,
    kubernetesWorkloadTopologySpread,
    kubernetesWorkloadPdb,
    kubernetesWorkloadProbes,
    kubernetesWorkloadResourceRequests,
    kubernetesHpaReplicaBounds,
];
