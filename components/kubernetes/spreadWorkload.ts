import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { isPinnedImage, TKE_CRON_SCALER } from "@zonesafe/model";
import {
    DEFAULT_CONTAINER_RESOURCES,
    HOSTNAME_TOPOLOGY_KEY,
    HPA_CPU_TARGET_PERCENT,
    HPA_MAX_REPLICAS_FACTOR,
    HPA_SCALE_DOWN_STABILIZATION_SECONDS,
    LIVENESS_INITIAL_DELAY_SECONDS,
    LIVENESS_PERIOD_SECONDS,
    MAX_NODE_FAILURE_TOLERATION_SECONDS,
    MIN_REPLICAS,
    NODE_FAILURE_TOLERATION_SECONDS,
    NODE_MONITOR_GRACE_SECONDS,
    POD_EVICTION_DEADLINE_SECONDS,
    PROBE_FAILURE_THRESHOLD,
    READINESS_PERIOD_SECONDS,
    TKE_EXISTING_LB_ANNOTATION,
    TKE_INTERNAL_SUBNET_ANNOTATION,
    TOPOLOGY_MAX_SKEW,
    ZONE_TOPOLOGY_KEY,
} from "../defaults";
import { inheritOptions, withClusterProvider } from "../compose";
import type { ClusterLike, NodePoolLike } from "../compose";
import { DNS_LABEL, isOutputLike, Validator } from "../errors";
import { validateZoneList } from "../zones";
import { CapacityEvent, cronAt, EventCapacityPlan, planEventCapacity, validateEvents, validateQpsPerUnit } from "../scaling/eventCapacity";

/** The API version and kind of TKE's scheduled scaling object (the HPC add-on's HorizontalPodCronscaler), from the shared model. */
export { TKE_CRON_SCALER };

/** The component's type token. */
export const SPREAD_WORKLOAD_TYPE = "zonesafe:kubernetes:SpreadWorkload";

/** CPU and memory quantities, e.g. `{ cpu: "250m", memory: "256Mi" }`. */
export interface ResourceQuantities {
    /** CPU, a Kubernetes quantity such as `250m`. Defaults to the matching value of `ContainerResources`' defaults. */
    cpu?: string;
    /** Memory, a Kubernetes quantity such as `256Mi`. Defaults to the matching value of `ContainerResources`' defaults. */
    memory?: string;
}

/** Container requests and limits. */
export interface ContainerResources {
    /** Requests; a CPU request is always set (the autoscaler divides by it). Defaults to `{ cpu: "250m", memory: "256Mi" }`. */
    requests?: ResourceQuantities;
    /** Limits. Defaults to `{ cpu: "1", memory: "512Mi" }`. */
    limits?: ResourceQuantities;
}

/** Kubernetes Service types a SpreadWorkload creates. */
export const ServiceType = { CLUSTER_IP: "ClusterIP", NODE_PORT: "NodePort", LOAD_BALANCER: "LoadBalancer" } as const;
/** Kubernetes Service types a SpreadWorkload creates. */
export type ServiceType = (typeof ServiceType)[keyof typeof ServiceType];

/** The lowest and highest NodePort Kubernetes assigns by default. */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;

/** How the workload is exposed. */
export interface SpreadWorkloadService {
    /**
     * `ClusterIP` (in-cluster), `NodePort` (every node's `nodePort`, so a MultiAzClb can take the
     * workload as a backend) or `LoadBalancer` (a TKE-managed CLB). Defaults to `LoadBalancer` when
     * a CLB id or subnet is given, `NodePort` when `nodePort` is given, else `ClusterIP`.
     */
    type?: ServiceType;
    /** The Service port. Defaults to `80`. */
    port?: number;
    /** The fixed node port, 30000–32767 (`NodePort` and `LoadBalancer` Services). Defaults to none (Kubernetes picks one; a CLB backend needs it fixed). */
    nodePort?: number;
    /** Bind to an existing CLB (e.g. a MultiAzClb's `clbId`) via `service.kubernetes.io/tke-existed-lbid`. Defaults to none. */
    existingLoadBalancerId?: pulumi.Input<string>;
    /** Let TKE create an internal CLB in this subnet (`service.kubernetes.io/qcloud-loadbalancer-internal-subnetid`). Defaults to none. */
    internalSubnetId?: pulumi.Input<string>;
}

/** The arguments of a {@link SpreadWorkload}. */
export interface SpreadWorkloadArgs {
    /**
     * The container image, pinned by a tag other than `latest` or by a digest. May be an output (an
     * image built in the same program): the pin is then checked when the value is known, and a
     * deployment with an unpinned image fails with the same refusal.
     */
    image: pulumi.Input<string>;
    /** The port the container listens on, 1–65535. */
    containerPort: number;
    /**
     * The node pool the pods run on: its zones (pods are kept to them and spread evenly over them),
     * its cluster's Kubernetes provider and a dependency on the pool come with it. One of
     * `nodePool`, `cluster` or the `kubernetes` provider option is needed.
     */
    nodePool?: NodePoolLike;
    /** The cluster, when the pods may run on any of its pools: its provider comes with it; zones default to its network's app tier. Defaults to `nodePool`'s. */
    cluster?: ClusterLike;
    /**
     * The zones pods are kept to, at least 2. Defaults to the node pool's zones (or the cluster's).
     * With a node pool every zone must be one of the pool's: a zone the nodes do not span is refused.
     * Required only without a node pool or a cluster built with a network.
     */
    zones?: string[];
    /** The namespace. Defaults to `default`. */
    namespace?: string;
    /** The autoscaler's minimum, at least 2 and at least the number of zones. Defaults to `max(2, zones.length)`. */
    minReplicas?: number;
    /** The autoscaler's maximum, at least `minReplicas`. Defaults to `5 × minReplicas`. */
    maxReplicas?: number;
    /** The autoscaler's average CPU target, % of the request, 1–100. Defaults to `60`. */
    targetCpuUtilization?: number;
    /** Container requests and limits, merged over the defaults field by field. Defaults to requests `250m`/`256Mi`, limits `1`/`512Mi`. */
    resources?: ContainerResources;
    /** The HTTP path of the readiness and liveness probes; without it they open a TCP connection to `containerPort`. Defaults to none. */
    healthCheckPath?: string;
    /**
     * Seconds pods stay on a node that is not-ready or unreachable, 1–60, so they leave within
     * 2 minutes (node-monitor grace ≈ 50 s + this). Defaults to `30`.
     */
    nodeFailureTolerationSeconds?: number;
    /** The disruption budget's `minAvailable`, 1 to `minReplicas − 1`. Defaults to none (`maxUnavailable: 1`). */
    pdbMinAvailable?: number;
    /** Environment variables of the container. Defaults to none. */
    env?: Record<string, string>;
    /** How the workload is exposed. Defaults to a `ClusterIP` Service on port 80. */
    service?: SpreadWorkloadService;
    /**
     * Peak events (the stack's `zonesafe:events`): for each, a TKE HorizontalPodCronscaler raises the
     * autoscaler's `minReplicas` to the replicas the peak needs at start − warm-up and restores it after
     * the end (TKE's HPC add-on runs it, in its nodes' time zone: the event's offset). Named by event.
     * Defaults to none.
     */
    events?: CapacityEvent[];
    /** Requests per second one replica serves, for sizing each event; without it an event raises the minimum to `maxReplicas`. Defaults to none. */
    qpsPerReplica?: number;
}

/** The resolved layout of a SpreadWorkload (plain data). */
export interface SpreadWorkloadPlan {
    zones: string[];
    /** Where the zones came from: `nodePool`, `cluster` or `zones`. */
    zonesFrom: string;
    /** Whether the image's pin was checked at construction (`checked`) or waits for its value (`when-known`). */
    imagePinCheck: string;
    namespace: string;
    minReplicas: number;
    maxReplicas: number;
    targetCpuUtilization: number;
    /** Replicas left at the minimum after losing the zone with the most pods. */
    minReplicasAfterZoneLoss: number;
    /** The disruption budget: exactly one of `maxUnavailable` (1, the default) or `minAvailable`. */
    pdb: PdbPlan;
    tolerationSeconds: number;
    /** Upper bound of seconds until pods leave a failed node (grace + toleration). */
    evictionSeconds: number;
    serviceType: ServiceType;
    servicePort: number;
    /** The fixed node port, if any. */
    nodePort?: number;
    probe: ProbeKind;
    resources: ResourcesPlan;
    /** Each peak event's scheduled replicas (present when events are given). */
    events?: EventCapacityPlan[];
}

/** The pod disruption budget: exactly one of the two is set. */
export interface PdbPlan {
    /** At most this many pods down at once (the default, 1). */
    maxUnavailable?: number;
    /** At least this many pods up (from `pdbMinAvailable`). */
    minAvailable?: number;
}

/** How the readiness and liveness probes check a pod: an HTTP GET of `healthCheckPath`, or a TCP connect. */
export const ProbeKind = { HTTP: "http", TCP: "tcp" } as const;
/** How the readiness and liveness probes check a pod: an HTTP GET of `healthCheckPath`, or a TCP connect. */
export type ProbeKind = (typeof ProbeKind)[keyof typeof ProbeKind];

/** A container's resource requests and limits. */
export interface ResourcesPlan {
    /** What the scheduler reserves. */
    requests: ResourceQuantities;
    /** The ceiling. */
    limits: ResourceQuantities;
}

const QUANTITY = /^[+]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;

/** Whether an image reference is pinned: a digest, or a tag other than `latest` (the shared model's check). */
export { isPinnedImage };

function checkImagePin(v: Validator, image: unknown): boolean {
    return v.check(isPinnedImage(image), "image", "must be pinned by a tag other than `latest` or by a digest", image, "use e.g. \"registry/app:1.4.2\".");
}

/** The zones a workload's node pool (or cluster) spans, when it was given one. */
function derivedZones(v: Validator, a: SpreadWorkloadArgs): { zones: string[]; from: string } | undefined {
    if (a.nodePool !== undefined) {
        const p = a.nodePool as Partial<NodePoolLike>;
        if (v.check(typeof p === "object" && p !== null && Array.isArray(p.zonePlan?.zones), "nodePool", "must be a ZonalNodePool", p, "pass the ZonalNodePool the pods run on.")) {
            if (a.cluster !== undefined && a.nodePool.cluster !== undefined) {
                v.check(a.cluster === a.nodePool.cluster, "cluster", "must be the node pool's cluster", "another TkeCluster", "remove `cluster` (it comes with `nodePool`).");
            }
            return { zones: p.zonePlan!.zones, from: "nodePool" };
        }
        return undefined;
    }
    if (a.cluster !== undefined) {
        const c = a.cluster as Partial<ClusterLike>;
        if (v.check(typeof c === "object" && c !== null && c.clusterId !== undefined, "cluster", "must be a TkeCluster", c, "pass the TkeCluster the pods run on.")) {
            const zones = c.zonePlan?.zones ?? [];
            if (zones.length > 0) return { zones, from: "cluster" };
        }
    }
    return undefined;
}

function validateQuantities(v: Validator, field: string, q: unknown): q is ResourceQuantities {
    if (q === undefined) return true;
    if (!v.check(typeof q === "object" && q !== null && !Array.isArray(q), field, "must be `{ cpu?, memory? }`", q, "pass quantities such as { cpu: \"250m\", memory: \"256Mi\" }.")) return false;
    let ok = true;
    for (const key of Object.keys(q as object)) {
        if (key !== "cpu" && key !== "memory") {
            ok = v.check(false, `${field}.${key}`, "is not a resource the component sets (cpu and memory are)", (q as Record<string, unknown>)[key], "remove it, and set only `cpu` and `memory`.") && ok;
        }
    }
    for (const key of ["cpu", "memory"] as const) {
        const x = (q as ResourceQuantities)[key];
        if (x !== undefined) ok = v.check(typeof x === "string" && QUANTITY.test(x), `${field}.${key}`, "must be a Kubernetes quantity", x, "write e.g. \"500m\" or \"1Gi\".") && ok;
    }
    return ok;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the workload's spread. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planSpreadWorkload(name: string, args: SpreadWorkloadArgs): SpreadWorkloadPlan {
    const v = new Validator(SPREAD_WORKLOAD_TYPE, name);
    const a = (args ?? {}) as SpreadWorkloadArgs;
    v.check(DNS_LABEL.test(name), "name", "must be a DNS label (lowercase letters, digits and '-', at most 63)", name, "rename the component, e.g. \"orders-api\".");
    // An output or a promise is checked when its value is known; anything else is checked now.
    const imageKnown = !isOutputLike(a.image);
    if (imageKnown) checkImagePin(v, a.image);
    v.integer("containerPort", a.containerPort, 1, 65535);
    const derived = derivedZones(v, a);
    let zones: string[] | undefined;
    if (derived === undefined || a.zones !== undefined) {
        // Against the pool first: a zone the nodes do not span is the mistake to name, whatever else is wrong.
        const inDerived =
            derived === undefined ||
            !Array.isArray(a.zones) ||
            a.zones
                .map((z, i) =>
                    v.check(
                        derived.zones.includes(z),
                        `zones[${i}]`,
                        `must be a zone of ${derived.from} (${derived.zones.join(", ")}); a zone the nodes do not span would leave pods pending`,
                        z,
                        `remove \`zones\` (they are derived from ${derived.from}), or keep only zones of ${derived.from}.`,
                    ),
                )
                .every(Boolean);
        if (inDerived) zones = validateZoneList(v, "zones", a.zones, { purpose: "for a workload spread across zones" });
    } else {
        zones = validateZoneList(v, `${derived.from}.zones`, derived.zones, { purpose: "for a workload spread across zones" });
    }
    const namespace = a.namespace ?? "default";
    v.check(typeof namespace === "string" && DNS_LABEL.test(namespace), "namespace", "must be a DNS label", namespace, "use an existing namespace name.");

    const floor = Math.max(MIN_REPLICAS, zones?.length ?? MIN_REPLICAS);
    const minReplicas = a.minReplicas ?? floor;
    let replicasOk = v.integer("minReplicas", minReplicas, 1, 10000);
    if (replicasOk) {
        replicasOk = v.check(
            minReplicas >= floor,
            "minReplicas",
            `must be at least ${floor} (2, and never fewer than the ${zones?.length ?? "given"} zones)`,
            minReplicas,
            `raise \`minReplicas\` to ${floor}.`,
        );
    }
    const maxReplicas = a.maxReplicas ?? (replicasOk ? minReplicas * HPA_MAX_REPLICAS_FACTOR : undefined);
    if (a.maxReplicas !== undefined || replicasOk) {
        if (v.integer("maxReplicas", maxReplicas, 1, 10000) && replicasOk) {
            v.check(maxReplicas! >= minReplicas, "maxReplicas", `must be at least \`minReplicas\` (${minReplicas})`, maxReplicas, "raise `maxReplicas`.");
        }
    }
    const targetCpuUtilization = a.targetCpuUtilization ?? HPA_CPU_TARGET_PERCENT;
    v.integer("targetCpuUtilization", targetCpuUtilization, 1, 100);

    const tolerationSeconds = a.nodeFailureTolerationSeconds ?? NODE_FAILURE_TOLERATION_SECONDS;
    v.integer(
        "nodeFailureTolerationSeconds",
        tolerationSeconds,
        1,
        MAX_NODE_FAILURE_TOLERATION_SECONDS,
        `keep it at most ${MAX_NODE_FAILURE_TOLERATION_SECONDS}: with the ${NODE_MONITOR_GRACE_SECONDS} s node-monitor grace, pods must leave a failed node within ${POD_EVICTION_DEADLINE_SECONDS} s.`,
    );

    let pdb: SpreadWorkloadPlan["pdb"] = { maxUnavailable: 1 };
    if (a.pdbMinAvailable !== undefined && replicasOk) {
        if (
            v.integer(
                "pdbMinAvailable",
                a.pdbMinAvailable,
                1,
                minReplicas - 1,
                `keep it between 1 and ${minReplicas - 1} (minReplicas − 1), or node drains block forever.`,
            )
        ) {
            pdb = { minAvailable: a.pdbMinAvailable };
        }
    }

    const requests = { ...DEFAULT_CONTAINER_RESOURCES.requests, ...(a.resources?.requests ?? {}) };
    const limits = { ...DEFAULT_CONTAINER_RESOURCES.limits, ...(a.resources?.limits ?? {}) };
    if (a.resources !== undefined && v.optionalObject("resources", a.resources, "pass `{ requests, limits }`.")) {
        validateQuantities(v, "resources.requests", a.resources.requests);
        validateQuantities(v, "resources.limits", a.resources.limits);
    }
    if (a.healthCheckPath !== undefined) {
        v.check(typeof a.healthCheckPath === "string" && a.healthCheckPath.startsWith("/"), "healthCheckPath", "must be a path starting with /", a.healthCheckPath, "use e.g. \"/healthz\".");
    }
    if (a.env !== undefined) {
        if (v.check(typeof a.env === "object" && a.env !== null && !Array.isArray(a.env), "env", "must map names to string values", a.env, "pass `{ NAME: \"value\" }`.")) {
            for (const [k, x] of Object.entries(a.env)) {
                v.check(/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(k) && typeof x === "string", `env.${k}`, "must be a valid name with a string value", x, "rename the variable or quote its value.");
            }
        }
    }

    const s = (v.optionalObject("service", a.service) ? a.service ?? {} : {}) as SpreadWorkloadService;
    const wantsClb = s.existingLoadBalancerId !== undefined || s.internalSubnetId !== undefined;
    const serviceType = s.type ?? (wantsClb ? ServiceType.LOAD_BALANCER : s.nodePort !== undefined ? ServiceType.NODE_PORT : ServiceType.CLUSTER_IP);
    const servicePort = s.port ?? 80;
    if (v.oneOf("service.type", serviceType, Object.values(ServiceType)) && wantsClb) {
        v.check(serviceType === "LoadBalancer", "service.type", "must be LoadBalancer when a CLB id or subnet is given", serviceType, "remove `service.type` or the CLB settings.");
    }
    if (s.nodePort !== undefined && v.integer("service.nodePort", s.nodePort, NODE_PORT_RANGE.min, NODE_PORT_RANGE.max)) {
        v.check(serviceType !== "ClusterIP", "service.nodePort", "applies only to NodePort and LoadBalancer Services", s.nodePort, "remove `service.nodePort`, or set `service.type: \"NodePort\"`.");
    }
    v.check(
        !(s.existingLoadBalancerId !== undefined && s.internalSubnetId !== undefined),
        "service.internalSubnetId",
        "must not be set together with `service.existingLoadBalancerId`",
        s.internalSubnetId,
        "bind to the existing CLB, or let TKE create an internal one, not both.",
    );
    v.integer("service.port", servicePort, 1, 65535);
    const events = validateEvents(v, "events", a.events);
    validateQpsPerUnit(v, "qpsPerReplica", a.qpsPerReplica);
    v.throwIfAny();

    const validZones = zones!;
    const eventPlans = planEventCapacity(events!, { minSize: minReplicas, maxSize: maxReplicas!, qpsPerUnit: a.qpsPerReplica });
    return {
        zones: validZones,
        zonesFrom: a.zones !== undefined || derived === undefined ? "zones" : derived.from,
        imagePinCheck: imageKnown ? "checked" : "when-known",
        namespace,
        minReplicas,
        maxReplicas: maxReplicas!,
        targetCpuUtilization,
        minReplicasAfterZoneLoss: minReplicas - Math.ceil(minReplicas / validZones.length),
        pdb,
        tolerationSeconds,
        evictionSeconds: NODE_MONITOR_GRACE_SECONDS + tolerationSeconds,
        serviceType,
        servicePort,
        ...(s.nodePort !== undefined ? { nodePort: s.nodePort } : {}),
        probe: a.healthCheckPath !== undefined ? "http" : "tcp",
        resources: { requests, limits },
        ...(eventPlans.length > 0 ? { events: eventPlans } : {}),
    };
}

/** The four manifests of a SpreadWorkload, in `@pulumi/kubernetes` input form. */
export interface SpreadWorkloadManifests {
    deployment: k8s.types.input.apps.v1.Deployment;
    service: k8s.types.input.core.v1.Service;
    podDisruptionBudget: k8s.types.input.policy.v1.PodDisruptionBudget;
    horizontalPodAutoscaler: k8s.types.input.autoscaling.v2.HorizontalPodAutoscaler;
}

/**
 * Builds the manifests of a SpreadWorkload from its arguments (validating them first). Pure:
 * tests validate the result against the Kubernetes schema.
 *
 * The Deployment sets no `replicas`: the HorizontalPodAutoscaler owns the count (between
 * `minReplicas` and `maxReplicas`), so a `pulumi up` during a peak never scales the workload back.
 */
export function buildSpreadWorkloadManifests(name: string, args: SpreadWorkloadArgs): SpreadWorkloadManifests {
    return renderManifests(name, args, planSpreadWorkload(name, args));
}

/** Returns `image` when it is pinned; throws the component's refusal (a `ComponentArgsError` on `image`) when not. */
export function assertPinnedImage(name: string, image: unknown): string {
    const v = new Validator(SPREAD_WORKLOAD_TYPE, name);
    checkImagePin(v, image);
    v.throwIfAny();
    return image as string;
}

/**
 * The image, failing the deployment with the component's refusal (as a `ResourceError` on the
 * component, which the engine reports against it) if its value turns out unpinned: the Deployment
 * that would run it is never registered, and the program stops with the refusal.
 */
function pinnedWhenKnown(name: string, image: pulumi.Input<string>, component: pulumi.Resource | undefined): pulumi.Output<string> {
    return pulumi.output(image).apply((i) => {
        try {
            return assertPinnedImage(name, i);
        } catch (e) {
            throw component ? new pulumi.ResourceError((e as Error).message, component) : e;
        }
    });
}

function renderManifests(name: string, args: SpreadWorkloadArgs, plan: SpreadWorkloadPlan, component?: pulumi.Resource): SpreadWorkloadManifests {
    const labels = { "app.kubernetes.io/name": name, "app.kubernetes.io/managed-by": "zonesafe" };
    const selector = { "app.kubernetes.io/name": name };
    const metadata = { name, namespace: plan.namespace, labels };
    const probeAction =
        plan.probe === "http" ? { httpGet: { path: args.healthCheckPath!, port: args.containerPort } } : { tcpSocket: { port: args.containerPort } };
    const s = args.service ?? {};
    const annotations: Record<string, pulumi.Input<string>> = {};
    if (s.existingLoadBalancerId !== undefined) annotations[TKE_EXISTING_LB_ANNOTATION] = s.existingLoadBalancerId;
    if (s.internalSubnetId !== undefined) annotations[TKE_INTERNAL_SUBNET_ANNOTATION] = s.internalSubnetId;

    const deployment: k8s.types.input.apps.v1.Deployment = {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata,
        spec: {
            selector: { matchLabels: selector },
            strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: "25%" } },
            template: {
                metadata: { labels },
                spec: {
                    affinity: {
                        nodeAffinity: {
                            requiredDuringSchedulingIgnoredDuringExecution: {
                                nodeSelectorTerms: [{ matchExpressions: [{ key: ZONE_TOPOLOGY_KEY, operator: "In", values: plan.zones }] }],
                            },
                        },
                    },
                    topologySpreadConstraints: [
                        { maxSkew: TOPOLOGY_MAX_SKEW, topologyKey: ZONE_TOPOLOGY_KEY, whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: selector } },
                        { maxSkew: TOPOLOGY_MAX_SKEW, topologyKey: HOSTNAME_TOPOLOGY_KEY, whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: selector } },
                    ],
                    tolerations: ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"].map((key) => ({
                        key,
                        operator: "Exists",
                        effect: "NoExecute",
                        tolerationSeconds: plan.tolerationSeconds,
                    })),
                    containers: [
                        {
                            name,
                            image: plan.imagePinCheck === "checked" ? args.image : pinnedWhenKnown(name, args.image, component),
                            ports: [{ name: "http", containerPort: args.containerPort, protocol: "TCP" }],
                            env: Object.entries(args.env ?? {}).map(([k, x]) => ({ name: k, value: x })),
                            resources: { requests: { ...plan.resources.requests }, limits: { ...plan.resources.limits } },
                            readinessProbe: { ...probeAction, periodSeconds: READINESS_PERIOD_SECONDS, failureThreshold: PROBE_FAILURE_THRESHOLD },
                            livenessProbe: {
                                ...probeAction,
                                initialDelaySeconds: LIVENESS_INITIAL_DELAY_SECONDS,
                                periodSeconds: LIVENESS_PERIOD_SECONDS,
                                failureThreshold: PROBE_FAILURE_THRESHOLD,
                            },
                        },
                    ],
                },
            },
        },
    };
    const service: k8s.types.input.core.v1.Service = {
        apiVersion: "v1",
        kind: "Service",
        metadata: Object.keys(annotations).length > 0 ? { ...metadata, annotations } : metadata,
        spec: {
            type: plan.serviceType,
            selector,
            ports: [{ name: "http", port: plan.servicePort, targetPort: args.containerPort, protocol: "TCP", ...(plan.nodePort !== undefined ? { nodePort: plan.nodePort } : {}) }],
        },
    };
    const podDisruptionBudget: k8s.types.input.policy.v1.PodDisruptionBudget = {
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata,
        spec: { ...plan.pdb, selector: { matchLabels: selector } },
    };
    const horizontalPodAutoscaler: k8s.types.input.autoscaling.v2.HorizontalPodAutoscaler = {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata,
        spec: {
            scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name },
            minReplicas: plan.minReplicas,
            maxReplicas: plan.maxReplicas,
            metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: plan.targetCpuUtilization } } }],
            behavior: { scaleDown: { stabilizationWindowSeconds: HPA_SCALE_DOWN_STABILIZATION_SECONDS } },
        },
    };
    return { deployment, service, podDisruptionBudget, horizontalPodAutoscaler };
}

/** A TKE HorizontalPodCronscaler manifest (custom resource of the HPC add-on). */
export interface CronScalerManifest {
    apiVersion: string;
    kind: string;
    metadata: { name: string; namespace: string; labels: Record<string, string>; annotations: Record<string, string> };
    spec: {
        scaleTarget: { apiVersion: string; kind: string; name: string; namespace: string };
        crons: Array<{ name: string; schedule: string; minSize: number; maxSize: number }>;
    };
}

/**
 * The HorizontalPodCronscaler of each peak event of a planned workload, by event name: it targets
 * the workload's HorizontalPodAutoscaler (so the autoscaler keeps scaling above the raised floor)
 * with a scale-out cron at start − warm-up (`minSize` = the replicas the peak needs) and a scale-back
 * cron after the end (the resting `minReplicas`). Pure.
 */
export function buildCronScalers(name: string, plan: SpreadWorkloadPlan): Record<string, CronScalerManifest> {
    const out: Record<string, CronScalerManifest> = {};
    for (const e of plan.events ?? []) {
        out[e.event] = {
            ...TKE_CRON_SCALER,
            metadata: {
                name: `${name}-${e.event}`,
                namespace: plan.namespace,
                labels: { "app.kubernetes.io/name": name, "app.kubernetes.io/managed-by": "zonesafe" },
                annotations: { "zonesafe.io/event": e.event, "zonesafe.io/scale-out-at": e.scaleOutAt, "zonesafe.io/scale-back-at": e.scaleBackAt },
            },
            spec: {
                scaleTarget: { apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", name, namespace: plan.namespace },
                crons: [
                    { name: `${e.event}-out`, schedule: cronAt(e.scaleOutAt), minSize: e.peakSize, maxSize: e.maxSize },
                    { name: `${e.event}-back`, schedule: cronAt(e.scaleBackAt), minSize: e.restingMin, maxSize: e.maxSize },
                ],
            },
        };
    }
    return out;
}

/**
 * A Kubernetes Deployment and Service whose pods spread evenly across zones (`topology.kubernetes.io/zone`,
 * maxSkew 1, DoNotSchedule) and across nodes within a zone (`kubernetes.io/hostname`, maxSkew 1,
 * ScheduleAnyway), with readiness and liveness probes, resource requests and limits, a
 * PodDisruptionBudget that always leaves `minReplicas − 1` pods, and a CPU HorizontalPodAutoscaler
 * (autoscaling/v2) that owns the replica count (at least 2 and never fewer than the zones).
 *
 * Pods leave a failed node in under 2 minutes: the node controller marks a silent node
 * not-ready/unreachable after its ~50 s grace period, and the pods' `NoExecute` tolerations for
 * those taints last 30 s (default) instead of Kubernetes' 300 s.
 *
 * Pass the `nodePool` the pods run on (or the `cluster`): the cluster's Kubernetes provider and the
 * pool's zones come with it. A Kubernetes provider in `opts.provider` still wins.
 */
export class SpreadWorkload extends pulumi.ComponentResource {
    /** The Deployment. */
    public readonly deployment: k8s.apps.v1.Deployment;
    /** The Service. */
    public readonly service: k8s.core.v1.Service;
    /** The PodDisruptionBudget. */
    public readonly podDisruptionBudget: k8s.policy.v1.PodDisruptionBudget;
    /** The HorizontalPodAutoscaler. */
    public readonly horizontalPodAutoscaler: k8s.autoscaling.v2.HorizontalPodAutoscaler;
    /** The Deployment's name. */
    public readonly deploymentName: pulumi.Output<string>;
    /** The Service's name. */
    public readonly serviceName: pulumi.Output<string>;
    /** The resolved layout. */
    public readonly zonePlan: SpreadWorkloadPlan;

    constructor(name: string, args: SpreadWorkloadArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planSpreadWorkload(name, args);
        const cluster = args.cluster ?? args.nodePool?.cluster;
        const own = withClusterProvider(inheritOptions(opts, undefined, "kubernetes", pulumi.Resource.isInstance(args.nodePool) ? [args.nodePool] : []), cluster);
        super(SPREAD_WORKLOAD_TYPE, name, {}, own);
        this.zonePlan = plan;
        const manifests = renderManifests(name, args, plan, this);
        if (args.nodePool !== undefined) workloadPools.set(this, args.nodePool);
        if (plan.imagePinCheck === "when-known") {
            pulumi.log.info(`${name}: the image is not known yet; its pin (a tag other than latest, or a digest) is checked when it is, and an unpinned image fails the deployment`, this);
        }

        this.deployment = new k8s.apps.v1.Deployment(`${name}-deployment`, manifests.deployment, { parent: this });
        this.service = new k8s.core.v1.Service(`${name}-service`, manifests.service, { parent: this });
        this.podDisruptionBudget = new k8s.policy.v1.PodDisruptionBudget(`${name}-pdb`, manifests.podDisruptionBudget, { parent: this });
        this.horizontalPodAutoscaler = new k8s.autoscaling.v2.HorizontalPodAutoscaler(`${name}-hpa`, manifests.horizontalPodAutoscaler, {
            parent: this,
            dependsOn: [this.deployment],
        });
        workloadCronScalers.set(
            this,
            Object.entries(buildCronScalers(name, plan)).map(
                ([event, manifest]) => new k8s.apiextensions.CustomResource(`${name}-${event}-cron`, manifest, { parent: this, dependsOn: [this.horizontalPodAutoscaler] }),
            ),
        );
        this.deploymentName = this.deployment.metadata.name;
        this.serviceName = this.service.metadata.name;

        this.registerOutputs({ deploymentName: this.deploymentName, serviceName: this.serviceName, zonePlan: plan });
    }

    /**
     * Each peak event's HorizontalPodCronscaler (TKE scheduled scaling of the autoscaler), in event
     * order (TypeScript only: a custom resource of no package is no output type of a component package;
     * other languages read the events' plans in `zonePlan.events`).
     */
    public get cronScalers(): k8s.apiextensions.CustomResource[] {
        return workloadCronScalers.get(this) ?? [];
    }

    /** The ZonalNodePool the pods run on (`args.nodePool`), if any: a MultiAzClb reaches the workload through it. */
    public get nodePool(): NodePoolLike | undefined {
        return workloadPools.get(this);
    }
}

/** The node pool of each workload, kept off the instance so that it is no output of the component. */
const workloadPools = new WeakMap<SpreadWorkload, NodePoolLike>();
/** The HorizontalPodCronscalers of each workload, kept off the instance so that they are no output of the component. */
const workloadCronScalers = new WeakMap<SpreadWorkload, k8s.apiextensions.CustomResource[]>();
