/**
 * Chaos Mesh (v2.8.x, `chaos-mesh.org/v1alpha1`) objects for a zone's loss on TKE: a `NetworkChaos`
 * that drops every packet of the pods on the zone's nodes, a `PodChaos` that kills them, a `Workflow`
 * that runs both beside `StatusCheck` templates carrying the hypotheses, and a `Schedule` that runs the
 * Workflow on a cron. Pods are selected by the node label TKE sets: `topology.kubernetes.io/zone`
 * (older clusters: `failure-domain.beta.kubernetes.io/zone`) holds the NUMERIC zone id (`100003` for
 * ap-guangzhou-3), never the zone name. The objects validate against the v2.8.3 CRDs in ./crds.
 */

import type { KubernetesObject } from "./plan";

/** The API version of every Chaos Mesh object. */
export const CHAOS_MESH_API_VERSION = "chaos-mesh.org/v1alpha1";

/** The node label TKE puts the numeric zone id in (Kubernetes ≥ 1.17). */
export const ZONE_LABEL = "topology.kubernetes.io/zone";
/** The deprecated node label older TKE clusters put the numeric zone id in. */
export const LEGACY_ZONE_LABEL = "failure-domain.beta.kubernetes.io/zone";
/** The node labels a zone may be selected by. */
export const ZONE_LABELS = Object.freeze([ZONE_LABEL, LEGACY_ZONE_LABEL] as const);
/** A node label a zone may be selected by. */
export type ZoneLabel = (typeof ZONE_LABELS)[number];

/** The label every object zonesafe renders carries. */
export const MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
/** The label naming the experiment an object belongs to. */
export const EXPERIMENT_LABEL = "zonesafe.io/experiment";

/** The template types a Workflow of this module uses (Chaos Mesh's `templateType`). */
export const WORKFLOW_TEMPLATE_TYPES = Object.freeze(["Serial", "Parallel", "Suspend", "StatusCheck", "PodChaos", "NetworkChaos"] as const);

/** A status check against the user's endpoint that stands for a hypothesis. */
export interface StatusCheckInput {
    /** The template name (a DNS label), e.g. `check-rto`. */
    readonly name: string;
    /** The hypothesis it carries, in words (kept in the Workflow's annotations). */
    readonly hypothesis: string;
    /** The URL probed; it must answer 2xx while the service serves. */
    readonly url: string;
    /** How long the endpoint may fail in a row before the hypothesis fails, seconds. */
    readonly toleratedSeconds: number;
    /** Whether a failed check aborts the Workflow (which recovers every fault). */
    readonly abort: boolean;
}

/** What a zone's loss on one cluster needs. */
export interface ZoneLossInput {
    /** The object's name (a DNS label). */
    readonly name: string;
    /** The namespace the Chaos Mesh objects are created in. */
    readonly namespace: string;
    readonly experiment: string;
    /** The zone's numeric id, as the node label holds it. */
    readonly zoneId: number;
    /** The node label to select by. */
    readonly zoneLabel: ZoneLabel;
    /** The namespaces whose pods on the zone's nodes are hit. */
    readonly namespaces: readonly string[];
    /** How long the zone stays lost, seconds. */
    readonly durationSeconds: number;
    /** Seconds between the network loss and the pod kill (the pods are unreachable first, then gone). */
    readonly killAfterSeconds: number;
    readonly checks: readonly StatusCheckInput[];
    /** Seconds between two probes of a status check. */
    readonly checkIntervalSeconds: number;
}

/**
 * Seconds between a zone's network loss and the pod kill: two probe intervals, so the status checks see
 * the pods unreachable before they are gone, but never the whole loss (one second is left for the kill).
 */
export function killAfterSecondsOf(durationSeconds: number, intervalSeconds: number): number {
    return Math.min(durationSeconds - 1, 2 * intervalSeconds);
}

/** `300` → `"300s"`: a Go duration. */
export const goDuration = (seconds: number): string => `${Math.max(1, Math.round(seconds))}s`;

/** The pods scheduled on the zone's nodes, in `namespaces`. */
export function zonePodSelector(zoneId: number, zoneLabel: ZoneLabel, namespaces: readonly string[]): Record<string, unknown> {
    return { namespaces: [...namespaces], nodeSelectors: { [zoneLabel]: String(zoneId) } };
}

function labelsOf(experiment: string): Record<string, string> {
    return { [MANAGED_BY_LABEL]: "zonesafe", [EXPERIMENT_LABEL]: experiment };
}

/** The NetworkChaos spec: every packet to and from the zone's pods dropped. */
export function networkLossSpec(input: Pick<ZoneLossInput, "zoneId" | "zoneLabel" | "namespaces">): Record<string, unknown> {
    return {
        action: "loss",
        mode: "all",
        selector: zonePodSelector(input.zoneId, input.zoneLabel, input.namespaces),
        direction: "both",
        loss: { loss: "100", correlation: "100" },
    };
}

/** The PodChaos spec: every pod on the zone's nodes killed. */
export function podKillSpec(input: Pick<ZoneLossInput, "zoneId" | "zoneLabel" | "namespaces">): Record<string, unknown> {
    return { action: "pod-kill", mode: "all", selector: zonePodSelector(input.zoneId, input.zoneLabel, input.namespaces), gracePeriod: 0 };
}

/** The StatusCheck spec of a hypothesis: the endpoint may fail at most `toleratedSeconds` in a row. */
export function statusCheckSpec(check: StatusCheckInput, intervalSeconds: number, durationSeconds: number): Record<string, unknown> {
    return {
        mode: "Continuous",
        type: "HTTP",
        intervalSeconds,
        timeoutSeconds: Math.max(1, Math.min(5, intervalSeconds - 1)),
        failureThreshold: Math.max(1, Math.ceil(check.toleratedSeconds / intervalSeconds)),
        successThreshold: 1,
        recordsHistoryLimit: 100,
        duration: goDuration(durationSeconds),
        http: { url: check.url, method: "GET", criteria: { statusCode: "200-399" } },
    };
}

/** A standalone NetworkChaos for the zone, held `durationSeconds`. */
export function networkLossChaos(input: ZoneLossInput): KubernetesObject {
    return {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: "NetworkChaos",
        metadata: { name: `${input.name}-network`, namespace: input.namespace, labels: labelsOf(input.experiment) },
        spec: { ...networkLossSpec(input), duration: goDuration(input.durationSeconds) },
    };
}

/** A standalone PodChaos killing the zone's pods. */
export function podKillChaos(input: ZoneLossInput): KubernetesObject {
    return {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: "PodChaos",
        metadata: { name: `${input.name}-pods`, namespace: input.namespace, labels: labelsOf(input.experiment) },
        spec: podKillSpec(input),
    };
}

/**
 * The Workflow's `entry` and `templates`: in parallel, the faults (network loss for the whole
 * duration; after `killAfterSeconds`, the pod kill) and one StatusCheck per hypothesis.
 */
export function zoneLossWorkflowSpec(input: ZoneLossInput): { entry: string; templates: Array<Record<string, unknown>> } {
    const deadline = goDuration(input.durationSeconds);
    const checks = input.checks.map((c) => ({
        name: c.name,
        templateType: "StatusCheck",
        deadline,
        abortWithStatusCheck: c.abort,
        statusCheck: statusCheckSpec(c, input.checkIntervalSeconds, input.durationSeconds),
    }));
    return {
        entry: "zone-loss",
        templates: [
            { name: "zone-loss", templateType: "Parallel", children: ["network-loss", "pods", ...checks.map((c) => c.name)] },
            { name: "network-loss", templateType: "NetworkChaos", deadline, networkChaos: networkLossSpec(input) },
            { name: "pods", templateType: "Serial", children: ["unreachable", "pod-kill"] },
            { name: "unreachable", templateType: "Suspend", deadline: goDuration(input.killAfterSeconds) },
            { name: "pod-kill", templateType: "PodChaos", deadline: goDuration(Math.max(1, input.durationSeconds - input.killAfterSeconds)), podChaos: podKillSpec(input) },
            ...checks,
        ],
    };
}

/** The Workflow of a zone's loss, the hypotheses it checks in its annotations. */
export function zoneLossWorkflow(input: ZoneLossInput): KubernetesObject {
    return {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: "Workflow",
        metadata: {
            name: input.name,
            namespace: input.namespace,
            labels: labelsOf(input.experiment),
            annotations: { "zonesafe.io/hypotheses": input.checks.map((c) => `${c.name}: ${c.hypothesis}`).join("; ") },
        },
        spec: zoneLossWorkflowSpec(input),
    };
}

/** A Schedule running a zone's loss Workflow on `cron` (standard five-field cron), one run at a time. */
export function zoneLossSchedule(input: ZoneLossInput & { readonly cron: string; readonly historyLimit?: number }): KubernetesObject {
    return {
        apiVersion: CHAOS_MESH_API_VERSION,
        kind: "Schedule",
        metadata: {
            name: input.name,
            namespace: input.namespace,
            labels: labelsOf(input.experiment),
            annotations: { "zonesafe.io/hypotheses": input.checks.map((c) => `${c.name}: ${c.hypothesis}`).join("; ") },
        },
        spec: {
            schedule: input.cron,
            type: "Workflow",
            historyLimit: input.historyLimit ?? 3,
            concurrencyPolicy: "Forbid",
            startingDeadlineSeconds: 600,
            workflow: zoneLossWorkflowSpec(input),
        },
    };
}
