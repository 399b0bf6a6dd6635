/**
 * What the simulation needs to know about Kubernetes workloads and TKE node pools that the topology
 * model does not say: a pod's resource requests, the node pools its pods may land on (node selectors,
 * required node affinity, taints) and in which of their zones, how long its pods stay bound to an
 * unreachable node, and how much a node pool's nodes hold.
 *
 * Every reader returns known values or says the answer is incomplete; none throws.
 */
import type { Topology, TopologyNode } from "../topology";
import { at, bool, known, num, obj, objs, PlainObject, Read, str, strs, UNKNOWN } from "../values";
import { zoneIdOf, zoneNameOf } from "../zones";
import {
    DEFAULT_NODE_CPU_MILLIS,
    DEFAULT_NODE_MEMORY_MIB,
    DEFAULT_POD_CPU_MILLIS,
    DEFAULT_POD_MEMORY_MIB,
    DEFAULT_TOLERATION_SECONDS,
    NODE_ALLOCATABLE_FRACTION,
} from "./estimates";

/** CPU (millicores) and memory (MiB). */
export interface Resources {
    readonly cpuMillis: number;
    readonly memoryMiB: number;
}

/** Node label keys that carry a node's zone (values: zone names, or TKE's numeric zone ids). */
const ZONE_LABELS: ReadonlySet<string> = new Set(["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"]);
/** Node label keys that carry the node's instance type. */
const INSTANCE_TYPE_LABELS: ReadonlySet<string> = new Set(["node.kubernetes.io/instance-type", "beta.kubernetes.io/instance-type"]);
/** Prefixes of labels the platform sets on nodes, whose values a plan does not know. */
const PLATFORM_LABEL_PREFIXES = ["kubernetes.io/", "k8s.io/", "node.kubernetes.io/", "topology.kubernetes.io/", "tke.cloud.tencent.com/", "cloud.tencent.com/"];

/** The taint an AZ failure puts on its nodes: they stop answering. */
const UNREACHABLE_TAINT = "node.kubernetes.io/unreachable";

const CPU_QUANTITY = /^(\d+(?:\.\d+)?|\.\d+)(m?)$/;
const MEMORY_QUANTITY = /^(\d+(?:\.\d+)?(?:[eE]\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|K|M|G|T|P|E|m)?$/;
const MEMORY_FACTORS: Readonly<Record<string, number>> = {
    "": 1,
    m: 0.001,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};

/** A CPU quantity (`250m`, `1`, `0.5`, `2`) in millicores, or `undefined` when it is not one. */
export function parseCpu(value: Read): number | undefined {
    if (typeof value === "number") {
        return Number.isFinite(value) && value >= 0 ? value * 1000 : undefined;
    }
    if (typeof value !== "string") {
        return undefined;
    }
    const m = CPU_QUANTITY.exec(value.trim());
    if (!m) {
        return undefined;
    }
    const amount = Number(m[1]);
    return m[2] === "m" ? amount : amount * 1000;
}

/** A memory quantity (`256Mi`, `1Gi`, `512M`, bytes) in MiB, or `undefined` when it is not one. */
export function parseMemory(value: Read): number | undefined {
    if (typeof value === "number") {
        return Number.isFinite(value) && value >= 0 ? value / 2 ** 20 : undefined;
    }
    if (typeof value !== "string") {
        return undefined;
    }
    const m = MEMORY_QUANTITY.exec(value.trim());
    if (!m) {
        return undefined;
    }
    const bytes = Number(m[1]) * MEMORY_FACTORS[m[2] ?? ""];
    return Number.isFinite(bytes) ? bytes / 2 ** 20 : undefined;
}

/**
 * The vCPUs and memory of a Tencent Cloud instance type, from its name: `<family>.<size><GiB>`, where
 * SMALL is 1 vCPU, MEDIUM 2, LARGE 4 and `<n>XLARGE` 4n (`S5.LARGE8`: 4 vCPU, 8 GiB; `SA5.2XLARGE32`:
 * 8 vCPU, 32 GiB). `undefined` for a name that does not follow the convention.
 */
export function instanceTypeResources(type: string): Resources | undefined {
    const m = /^[A-Z][A-Z0-9]*\.(SMALL|MEDIUM|LARGE|(\d+)XLARGE)(\d+)$/i.exec(type.trim());
    if (!m) {
        return undefined;
    }
    const size = m[1].toUpperCase();
    const cores = size === "SMALL" ? 1 : size === "MEDIUM" ? 2 : size === "LARGE" ? 4 : 4 * Number(m[2]);
    const memoryGiB = Number(m[3]);
    if (!Number.isFinite(cores) || cores <= 0 || memoryGiB <= 0) {
        return undefined;
    }
    return { cpuMillis: cores * 1000, memoryMiB: memoryGiB * 1024 };
}

/** What one node of a pool offers pods, and whether it was read from the instance type or estimated. */
export interface NodeCapacity extends Resources {
    readonly instanceType: string | undefined;
    readonly estimated: boolean;
}

/** The allocatable resources of one node of a node pool (instance type, else the default node). */
export function nodeCapacityOf(pool: TopologyNode): NodeCapacity {
    const type = str(at(pool.props, "autoScalingConfig", "instanceType")) ?? str(at(pool.props, "instanceType"));
    const parsed = typeof type === "string" ? instanceTypeResources(type) : undefined;
    const raw = parsed ?? { cpuMillis: DEFAULT_NODE_CPU_MILLIS, memoryMiB: DEFAULT_NODE_MEMORY_MIB };
    return {
        cpuMillis: raw.cpuMillis * NODE_ALLOCATABLE_FRACTION,
        memoryMiB: raw.memoryMiB * NODE_ALLOCATABLE_FRACTION,
        instanceType: typeof type === "string" ? type : undefined,
        estimated: parsed === undefined,
    };
}

/** How many nodes a pool (or scaling group) has now and may grow to. */
export interface PoolSize {
    /** Nodes now: `desiredCapacity`, else `minSize`. */
    readonly current: number;
    /** Nodes it may grow to: `maxSize` when it scales automatically, else `current`. */
    readonly max: number;
    readonly autoscales: boolean;
    /** Whether the sizes were known. */
    readonly complete: boolean;
}

/** The sizes of a node pool or scaling group (`enableAutoScale` defaults to true, as the provider's does). */
export function poolSizeOf(pool: TopologyNode): PoolSize {
    const min = num(at(pool.props, "minSize"));
    const max = num(at(pool.props, "maxSize"));
    const desired = num(at(pool.props, "desiredCapacity"));
    const auto = pool.kind === "tke-nodepool" ? bool(at(pool.props, "enableAutoScale")) : true;
    const complete = min !== UNKNOWN && max !== UNKNOWN && desired !== UNKNOWN && auto !== UNKNOWN;
    const current = typeof desired === "number" ? desired : typeof min === "number" ? min : 0;
    const autoscales = auto !== false;
    const ceiling = autoscales && typeof max === "number" ? Math.max(max, current) : current;
    return { current, max: ceiling, autoscales, complete };
}

/** The pod template's spec of a workload. */
export function podSpecOf(workload: TopologyNode): PlainObject | undefined | typeof UNKNOWN {
    return obj(at(workload.props, "spec", "template", "spec"));
}

/** A pod's requests (summed over its containers) and whether any was estimated or unknown. */
export interface PodRequests extends Resources {
    /** Whether a container had no request (the default request was counted instead). */
    readonly estimated: boolean;
    readonly complete: boolean;
}

/** The resource requests of one pod of a workload; a container without requests takes its limits, else the default. */
export function podRequestsOf(workload: TopologyNode): PodRequests {
    const pod = podSpecOf(workload);
    if (pod === UNKNOWN) {
        return { cpuMillis: DEFAULT_POD_CPU_MILLIS, memoryMiB: DEFAULT_POD_MEMORY_MIB, estimated: true, complete: false };
    }
    const containers = objs(at(pod, "containers"));
    if (containers === UNKNOWN) {
        return { cpuMillis: DEFAULT_POD_CPU_MILLIS, memoryMiB: DEFAULT_POD_MEMORY_MIB, estimated: true, complete: false };
    }
    let cpu = 0;
    let memory = 0;
    let estimated = false;
    let complete = true;
    const all = containers ?? [];
    if (all.length === 0) {
        return { cpuMillis: DEFAULT_POD_CPU_MILLIS, memoryMiB: DEFAULT_POD_MEMORY_MIB, estimated: true, complete: true };
    }
    for (const container of all) {
        if (container === UNKNOWN) {
            complete = false;
            cpu += DEFAULT_POD_CPU_MILLIS;
            memory += DEFAULT_POD_MEMORY_MIB;
            continue;
        }
        const read = (kind: "cpu" | "memory"): number | undefined => {
            for (const source of ["requests", "limits"]) {
                const raw = at(container, "resources", source, kind);
                if (raw === UNKNOWN) {
                    complete = false;
                    return undefined;
                }
                const value = kind === "cpu" ? parseCpu(raw) : parseMemory(raw);
                if (value !== undefined) {
                    return value;
                }
            }
            return undefined;
        };
        const c = read("cpu");
        const m = read("memory");
        if (c === undefined || m === undefined) {
            estimated = true;
        }
        cpu += c ?? DEFAULT_POD_CPU_MILLIS;
        memory += m ?? DEFAULT_POD_MEMORY_MIB;
    }
    return { cpuMillis: cpu, memoryMiB: memory, estimated, complete };
}

/** The replica counts of a workload: what it runs, the least it needs (the autoscaler's minimum), and the most. */
export interface Replicas {
    readonly desired: number;
    readonly min: number;
    /** The autoscaler's maximum, or `desired` without one. */
    readonly max: number;
    readonly complete: boolean;
}

/** Replicas of a workload, with its HorizontalPodAutoscaler when it has one (`spec.replicas` defaults to 1). */
export function replicasOf(topology: Topology, workload: TopologyNode): Replicas {
    const replicas = num(at(workload.props, "spec", "replicas"));
    const hpa = topology.autoscalersOf(workload)[0];
    const hpaMin = hpa ? num(at(hpa.props, "spec", "minReplicas")) : undefined;
    const hpaMax = hpa ? num(at(hpa.props, "spec", "maxReplicas")) : undefined;
    const complete = replicas !== UNKNOWN && hpaMin !== UNKNOWN && hpaMax !== UNKNOWN;
    const min = typeof hpaMin === "number" ? hpaMin : hpa ? 1 : typeof replicas === "number" ? replicas : 1;
    const desired = typeof replicas === "number" ? Math.max(replicas, min) : min;
    const max = typeof hpaMax === "number" ? Math.max(hpaMax, min) : desired;
    return { desired, min, max, complete };
}

/**
 * Seconds a workload's pods stay bound to an unreachable node before they are evicted: their own
 * toleration of `node.kubernetes.io/unreachable` (NoExecute), else the admission default of 300 s.
 * `null` when they tolerate it forever (never evicted).
 */
export function unreachableTolerationOf(workload: TopologyNode): { seconds: number | null; complete: boolean } {
    const pod = podSpecOf(workload);
    if (pod === UNKNOWN) {
        return { seconds: DEFAULT_TOLERATION_SECONDS, complete: false };
    }
    const tolerations = objs(at(pod, "tolerations"));
    if (tolerations === UNKNOWN) {
        return { seconds: DEFAULT_TOLERATION_SECONDS, complete: false };
    }
    let complete = true;
    let found: number | null | undefined;
    for (const t of tolerations ?? []) {
        if (t === UNKNOWN) {
            complete = false;
            continue;
        }
        const key = str(at(t, "key"));
        const operator = str(at(t, "operator")) ?? "Equal";
        const effect = str(at(t, "effect"));
        if (key === UNKNOWN || operator === UNKNOWN || effect === UNKNOWN) {
            complete = false;
            continue;
        }
        const matchesKey = key === UNREACHABLE_TAINT || ((key === undefined || key === "") && operator === "Exists");
        if (!matchesKey || (effect !== undefined && effect !== "" && effect !== "NoExecute")) {
            continue;
        }
        const seconds = num(at(t, "tolerationSeconds"));
        if (seconds === UNKNOWN) {
            complete = false;
            continue;
        }
        const value = seconds === undefined ? null : Math.max(0, seconds);
        found = found === undefined ? value : found === null || value === null ? null : Math.max(found, value);
    }
    return { seconds: found === undefined ? DEFAULT_TOLERATION_SECONDS : found, complete };
}

/** Whether two zone spellings name the same zone (`ap-guangzhou-3` and `100003`). */
function sameZone(zone: string, value: string): boolean {
    if (zone === value) {
        return true;
    }
    const id = zoneIdOf(zone);
    if (id !== undefined && String(id) === value) {
        return true;
    }
    const asNumber = Number(value);
    return Number.isInteger(asNumber) && zoneNameOf(asNumber) === zone;
}

/** Node labels of a pool (its `labels`). */
function poolLabels(pool: TopologyNode): { labels: Map<string, string>; complete: boolean } {
    const labels = new Map<string, string>();
    const value = obj(at(pool.props, "labels"));
    if (value === UNKNOWN) {
        return { labels, complete: false };
    }
    let complete = true;
    for (const [k, v] of Object.entries(value ?? {})) {
        const s = str(v);
        if (s === UNKNOWN) {
            complete = false;
        } else if (typeof s === "string") {
            labels.set(k, s);
        }
    }
    return { labels, complete };
}

/** The answer to "does this selector term admit the pool's nodes, and in which of its zones". */
interface Admission {
    readonly zones: readonly string[];
    readonly complete: boolean;
}

/** Evaluates one label requirement (`key operator values`) against a pool; zone keys narrow its zones. */
function requirement(
    pool: TopologyNode,
    poolZones: readonly string[],
    key: string,
    operator: string,
    values: readonly string[],
    labels: { labels: Map<string, string>; complete: boolean },
): Admission {
    if (ZONE_LABELS.has(key)) {
        const matches = (z: string) => values.some((v) => sameZone(z, v));
        switch (operator) {
            case "In":
                return { zones: poolZones.filter(matches), complete: true };
            case "NotIn":
                return { zones: poolZones.filter((z) => !matches(z)), complete: true };
            case "Exists":
                return { zones: poolZones, complete: true };
            case "DoesNotExist":
                return { zones: [], complete: true };
            default:
                return { zones: [], complete: true };
        }
    }
    let value = labels.labels.get(key);
    if (value === undefined && INSTANCE_TYPE_LABELS.has(key)) {
        const type = str(at(pool.props, "autoScalingConfig", "instanceType"));
        if (type === UNKNOWN) {
            return { zones: poolZones, complete: false };
        }
        value = type;
    }
    if (value === undefined && (!labels.complete || PLATFORM_LABEL_PREFIXES.some((p) => key.startsWith(p)))) {
        // A label the platform sets (or one not known yet): the plan cannot tell.
        return { zones: poolZones, complete: false };
    }
    let ok: boolean;
    switch (operator) {
        case "In":
            ok = value !== undefined && values.includes(value);
            break;
        case "NotIn":
            ok = value === undefined || !values.includes(value);
            break;
        case "Exists":
            ok = value !== undefined;
            break;
        case "DoesNotExist":
            ok = value === undefined;
            break;
        case "Gt":
        case "Lt": {
            const n = Number(value);
            const bound = Number(values[0]);
            ok = value !== undefined && Number.isFinite(n) && Number.isFinite(bound) && (operator === "Gt" ? n > bound : n < bound);
            break;
        }
        default:
            ok = false;
    }
    return { zones: ok ? poolZones : [], complete: true };
}

function intersect(a: Admission, b: Admission): Admission {
    return { zones: a.zones.filter((z) => b.zones.includes(z)), complete: a.complete && b.complete };
}

/** Whether the pod tolerates every NoSchedule/NoExecute taint of the pool. */
function toleratesTaints(pod: PlainObject, pool: TopologyNode): boolean | typeof UNKNOWN {
    const taints = objs(at(pool.props, "taints"));
    if (taints === UNKNOWN) {
        return UNKNOWN;
    }
    const tolerations = objs(at(pod, "tolerations"));
    if (tolerations === UNKNOWN) {
        return UNKNOWN;
    }
    for (const taint of taints ?? []) {
        if (taint === UNKNOWN) {
            return UNKNOWN;
        }
        const key = str(at(taint, "key"));
        const value = str(at(taint, "value"));
        const effect = str(at(taint, "effect"));
        if (key === UNKNOWN || value === UNKNOWN || effect === UNKNOWN) {
            return UNKNOWN;
        }
        if (effect !== "NoSchedule" && effect !== "NoExecute") {
            continue;
        }
        const tolerated = known(tolerations ?? []).some((t) => {
            const tKey = str(at(t, "key"));
            const tOperator = str(at(t, "operator")) ?? "Equal";
            const tValue = str(at(t, "value"));
            const tEffect = str(at(t, "effect"));
            if (tEffect !== undefined && tEffect !== "" && tEffect !== effect) {
                return false;
            }
            if (tOperator === "Exists") {
                return tKey === undefined || tKey === "" || tKey === key;
            }
            return tKey === key && (tValue ?? "") === (value ?? "");
        });
        if (!tolerated) {
            return false;
        }
    }
    return true;
}

/** Where a workload's pods may run: per node pool, the zones of that pool they may land in. */
export interface Placement {
    /** Eligible pools and, for each, the zones the pods may use. */
    readonly pools: ReadonlyArray<{ readonly pool: TopologyNode; readonly zones: readonly string[] }>;
    /** Every zone the pods may use, sorted. */
    readonly zones: readonly string[];
    /** Whether the answer is complete (selectors, labels, taints and zones all known). */
    readonly complete: boolean;
    /** Why the pods are confined, when a selector or affinity narrows them (for messages). */
    readonly pinnedBy: string | undefined;
}

/** The node pools (and their zones) a workload's pods may be scheduled on. */
export function placementOf(topology: Topology, workload: TopologyNode): Placement {
    const cluster = topology.clusterOf(workload);
    const candidates = cluster ? topology.nodePoolsOf(cluster) : topology.ofKind("tke-nodepool");
    const pod = podSpecOf(workload);
    if (pod === UNKNOWN) {
        return { pools: [], zones: [], complete: false, pinnedBy: undefined };
    }
    const podSpec: PlainObject = pod ?? {};
    let complete = true;
    let pinnedBy: string | undefined;
    const selector = obj(at(podSpec, "nodeSelector"));
    const terms = objs(at(podSpec, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"));
    if (selector === UNKNOWN || terms === UNKNOWN) {
        return { pools: [], zones: [], complete: false, pinnedBy: undefined };
    }
    if (selector !== undefined && Object.keys(selector).length > 0) {
        pinnedBy = `nodeSelector ${Object.entries(selector)
            .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
            .join(", ")}`;
    } else if (terms !== undefined && terms.length > 0) {
        pinnedBy = "required node affinity";
    }
    const pools: { pool: TopologyNode; zones: string[] }[] = [];
    for (const pool of candidates) {
        const zoneSet = topology.zonesOf(pool);
        complete &&= zoneSet.complete;
        const labels = poolLabels(pool);
        let admission: Admission = { zones: [...zoneSet.zones], complete: true };
        for (const [key, raw] of Object.entries(selector ?? {})) {
            const value = str(raw);
            if (value === UNKNOWN) {
                admission = { zones: admission.zones, complete: false };
                continue;
            }
            admission = intersect(admission, requirement(pool, zoneSet.zones, key, "In", typeof value === "string" ? [value] : [], labels));
        }
        if (terms !== undefined && terms.length > 0) {
            // Terms are ORed; the expressions of one term are ANDed.
            const allowed = new Set<string>();
            let termsComplete = true;
            for (const term of terms) {
                if (term === UNKNOWN) {
                    termsComplete = false;
                    continue;
                }
                const expressions = objs(at(term, "matchExpressions"));
                if (expressions === UNKNOWN) {
                    termsComplete = false;
                    continue;
                }
                let termAdmission: Admission = { zones: [...zoneSet.zones], complete: true };
                for (const e of expressions ?? []) {
                    const key = e === UNKNOWN ? UNKNOWN : str(at(e, "key"));
                    const operator = e === UNKNOWN ? UNKNOWN : str(at(e, "operator"));
                    const values = e === UNKNOWN ? UNKNOWN : strs(at(e, "values"));
                    if (key === UNKNOWN || operator === UNKNOWN || values === UNKNOWN || (values !== undefined && values.includes(UNKNOWN))) {
                        termAdmission = { zones: termAdmission.zones, complete: false };
                        continue;
                    }
                    if (typeof key !== "string" || typeof operator !== "string") {
                        continue;
                    }
                    termAdmission = intersect(termAdmission, requirement(pool, zoneSet.zones, key, operator, known(values ?? []), labels));
                }
                termAdmission.zones.forEach((z) => allowed.add(z));
                termsComplete &&= termAdmission.complete;
            }
            admission = intersect(admission, { zones: [...allowed], complete: termsComplete });
        }
        const tolerates = toleratesTaints(podSpec, pool);
        if (tolerates === UNKNOWN) {
            complete = false;
        } else if (!tolerates) {
            continue;
        }
        complete &&= admission.complete;
        if (admission.zones.length > 0) {
            pools.push({ pool, zones: [...admission.zones].sort() });
        }
    }
    const zones = [...new Set(pools.flatMap((p) => p.zones))].sort();
    return { pools, zones, complete: complete && candidates.length > 0, pinnedBy };
}
