/**
 * The topology model of a stack: resources → kinds → tiers × availability zones, and the relations
 * between resources (a node pool's subnets, a CLB's backends, a workload's PodDisruptionBudget…).
 *
 * It is derived once per stack analysis and shared by the stack rules, the health score and any
 * later analysis (AZ-failure simulation, capacity check, diagram), so it answers questions rather
 * than judging: "which zones does this node pool occupy, and is that answer complete?".
 *
 * Zones and relations often arrive by reference: a node pool's `subnetIds` are ids of subnets
 * created in the same run, unknown during a preview. A reference is resolved two ways:
 * - through the resource's `propertyDependencies` (the URNs a property was built from), which the
 *   engine sends even when the value itself is unknown;
 * - by id, against the `id` (and a few id-like outputs) of the other resources, as in an imported
 *   state where values are known.
 * Every answer says whether it is complete; rules stay silent on incomplete answers instead of
 * guessing.
 */
import { TKE_CRON_SCALER_TYPE } from "@zonesafe/model";
import type { ArchitectureTier } from "@zonesafe/model";
import { ResourceName, resourceNameOf } from "./tokens";
import type { ResourceView } from "./view";
import {
    annotationsOf,
    at,
    isPlainObject,
    list,
    num,
    nums,
    obj,
    objs,
    PlainObject,
    Read,
    str,
    strs,
    tagsOf,
    UNKNOWN,
    Unknown,
} from "./values";
import { productZoneValues } from "./dataZones";
import { zoneLabel } from "./zones";

/** What a resource is, for the model. */
export type Kind =
    | "clb"
    | "clb-listener"
    | "clb-rule"
    | "clb-attachment"
    | "tke-cluster"
    | "tke-nodepool"
    | "workload"
    | "pdb"
    | "hpa"
    | "k8s-service"
    | "as-group"
    | "as-config"
    | "as-policy"
    | "as-schedule"
    | "as-lb-attachment"
    | "cvm"
    | "mysql"
    | "mysql-readonly"
    | "mysql-backup-policy"
    | "redis"
    | "mongodb"
    | "ckafka"
    | "cos-bucket"
    | "alarm-policy"
    | "alarm-binding"
    | "subnet"
    | "vpc"
    | "security-group"
    | "security-group-rule"
    | "alarm-notice"
    | "as-attachment"
    | "clb-target-group"
    | "clb-target-group-attachment"
    | "cynosdb"
    | "eip"
    | "elasticsearch"
    | "grafana"
    | "nat-gateway"
    | "postgresql"
    | "postgresql-readonly"
    | "prometheus"
    | "prometheus-rule"
    | "tke-endpoint"
    | "tse"
    | "provider"
    | "other";

/** The architectural tier a resource serves (the shared model's `ArchitectureTier`). */
export type Tier = ArchitectureTier;

const KIND_BY_RESOURCE: Readonly<Record<ResourceName, Kind>> = {
    tencentcloud_as_attachment: "as-attachment",
    tencentcloud_as_load_balancer: "as-lb-attachment",
    tencentcloud_as_scaling_config: "as-config",
    tencentcloud_as_scaling_group: "as-group",
    tencentcloud_as_scaling_policy: "as-policy",
    tencentcloud_as_schedule: "as-schedule",
    tencentcloud_ckafka_instance: "ckafka",
    tencentcloud_clb_attachment: "clb-attachment",
    tencentcloud_clb_instance: "clb",
    tencentcloud_clb_listener: "clb-listener",
    tencentcloud_clb_listener_rule: "clb-rule",
    tencentcloud_clb_target_group: "clb-target-group",
    tencentcloud_clb_target_group_attachment: "clb-target-group-attachment",
    tencentcloud_cos_bucket: "cos-bucket",
    tencentcloud_cynosdb_cluster: "cynosdb",
    tencentcloud_eip: "eip",
    tencentcloud_elasticsearch_instance: "elasticsearch",
    tencentcloud_instance: "cvm",
    tencentcloud_kubernetes_cluster: "tke-cluster",
    tencentcloud_kubernetes_cluster_endpoint: "tke-endpoint",
    tencentcloud_kubernetes_node_pool: "tke-nodepool",
    tencentcloud_mongodb_instance: "mongodb",
    tencentcloud_mongodb_sharding_instance: "mongodb",
    tencentcloud_monitor_alarm_notice: "alarm-notice",
    tencentcloud_monitor_alarm_policy: "alarm-policy",
    tencentcloud_monitor_grafana_instance: "grafana",
    tencentcloud_monitor_policy_binding_object: "alarm-binding",
    tencentcloud_monitor_tmp_alert_group: "prometheus-rule",
    tencentcloud_monitor_tmp_alert_rule: "prometheus-rule",
    tencentcloud_monitor_tmp_instance: "prometheus",
    tencentcloud_monitor_tmp_recording_rule: "prometheus-rule",
    tencentcloud_monitor_tmp_tke_alert_policy: "prometheus-rule",
    tencentcloud_mysql_backup_policy: "mysql-backup-policy",
    tencentcloud_mysql_instance: "mysql",
    tencentcloud_mysql_readonly_instance: "mysql-readonly",
    tencentcloud_nat_gateway: "nat-gateway",
    tencentcloud_postgresql_instance: "postgresql",
    tencentcloud_postgresql_readonly_instance: "postgresql-readonly",
    tencentcloud_redis_instance: "redis",
    tencentcloud_security_group: "security-group",
    tencentcloud_security_group_rule: "security-group-rule",
    tencentcloud_security_group_rule_set: "security-group-rule",
    tencentcloud_subnet: "subnet",
    tencentcloud_tse_instance: "tse",
    tencentcloud_vpc: "vpc",
    // Beyond the SDK's 45: read by rules, outside the tiers.
    tencentcloud_cbs_storage: "other",
    tencentcloud_kubernetes_encryption_protection: "other",
    tencentcloud_security_group_lite_rule: "security-group-rule",
    tencentcloud_vpc_flow_log_config: "other",
    Deployment: "workload",
    StatefulSet: "workload",
    PodDisruptionBudget: "pdb",
    HorizontalPodAutoscaler: "hpa",
    Service: "k8s-service",
};

const TIER_BY_KIND: Readonly<Partial<Record<Kind, Tier>>> = {
    clb: "access",
    "clb-listener": "access",
    "clb-rule": "access",
    "clb-attachment": "access",
    "k8s-service": "access",
    "tke-cluster": "compute",
    "tke-nodepool": "compute",
    workload: "compute",
    pdb: "compute",
    hpa: "compute",
    "as-group": "compute",
    "as-config": "compute",
    "as-policy": "compute",
    "as-schedule": "compute",
    "as-lb-attachment": "compute",
    cvm: "compute",
    ckafka: "middleware",
    mysql: "data",
    "mysql-readonly": "data",
    "mysql-backup-policy": "data",
    redis: "data",
    mongodb: "data",
    "cos-bucket": "data",
    "alarm-policy": "observability",
    "alarm-binding": "observability",
    "as-attachment": "compute",
    "clb-target-group": "access",
    "clb-target-group-attachment": "access",
    "cynosdb": "data",
    "eip": "network",
    "elasticsearch": "data",
    "tke-endpoint": "compute",
    "alarm-notice": "observability",
    "grafana": "observability",
    "prometheus-rule": "observability",
    "prometheus": "observability",
    "nat-gateway": "network",
    "postgresql": "data",
    "postgresql-readonly": "data",
    "tse": "middleware",
    subnet: "network",
    vpc: "network",
    "security-group": "network",
    "security-group-rule": "network",
};

/** The kind a type token stands for. */
export function kindOf(type: string): Kind {
    if (type.startsWith("pulumi:providers:")) {
        return "provider";
    }
    const name = resourceNameOf(type);
    return name === undefined ? "other" : KIND_BY_RESOURCE[name];
}

/** The tier of a kind, if it belongs to one. */
export function tierOf(kind: Kind): Tier | undefined {
    return TIER_BY_KIND[kind];
}

/** One resource of a stack, as the model takes it in (plain props, URN references). */
export interface StackResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly props: PlainObject;
    readonly protect: boolean;
    readonly parent?: string;
    /** The URN of the resource's provider, when known. */
    readonly provider?: string;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** A resource in the model. */
export interface TopologyNode extends ResourceView {
    readonly kind: Kind;
    readonly tier: Tier | undefined;
    readonly parent: string | undefined;
    readonly provider: string | undefined;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
    /** The identifiers other resources may use to refer to it (`id` and id-like outputs). */
    readonly ids: readonly string[];
}

/** Zones a resource occupies, and whether that list is complete. */
export interface ZoneSet {
    readonly zones: readonly string[];
    readonly complete: boolean;
}

/** Resources a property refers to, and whether every reference was resolved. */
export interface Resolution {
    readonly nodes: readonly TopologyNode[];
    readonly complete: boolean;
}

/** One backend group of a CLB: the resource that provides it, how many backends, and their zones. */
export interface Backend {
    readonly via: TopologyNode;
    readonly members: readonly TopologyNode[];
    /** How many backend instances (or `undefined` when not known). */
    readonly count: number | undefined;
    readonly zones: ZoneSet;
}

/** Instances a resource groups (a target group's, those attached to a scaling group): the CVMs resolved, how many, their zones. */
export interface InstanceSet {
    readonly nodes: readonly TopologyNode[];
    /** How many instances the resource lists (`undefined` when not known). */
    readonly count: number | undefined;
    readonly zones: ZoneSet;
}

/** Standalone CVMs that serve as one backend group, and the resource that groups them. */
export interface CvmGroup {
    readonly via: TopologyNode;
    /** How a message names the grouping resource ("CLB attachment", "CLB target group", …). */
    readonly label: string;
    readonly members: readonly TopologyNode[];
}

/**
 * What groups standalone CVM instances that do one job, short of an explicit tier tag: the same
 * backend group behind a load balancer, or the same launch shape (launch template, or image,
 * instance type and security groups). Names are never a signal.
 */
export interface InstanceGroup {
    readonly key: string;
    /** How messages name the group: the grouping resource, or the launch shape. */
    readonly label: string;
    readonly signal: "backend" | "launch";
}

/** The result of matching a label selector: true, false, or not decidable yet. */
export type Match = boolean | Unknown;

const ID_OUTPUTS: Readonly<Partial<Record<Kind, readonly string[]>>> = {
    "tke-nodepool": ["autoScalingGroupId"],
};

function union(sets: readonly ZoneSet[]): ZoneSet {
    const zones = new Set<string>();
    let complete = true;
    for (const set of sets) {
        set.zones.forEach((z) => zones.add(z));
        complete &&= set.complete;
    }
    return { zones: [...zones].sort(), complete };
}

function zoneSet(values: readonly (string | number | Unknown | undefined)[], complete = true): ZoneSet {
    const zones = new Set<string>();
    let ok = complete;
    for (const value of values) {
        if (value === UNKNOWN) {
            ok = false;
        } else if (typeof value === "string" && value.trim() !== "") {
            zones.add(value.trim());
        } else if (typeof value === "number") {
            zones.add(zoneLabel(value));
        }
    }
    return { zones: [...zones].sort(), complete: ok };
}

const INCOMPLETE: ZoneSet = { zones: [], complete: false };

/** A list holding one unknown value (an unknown list contributes an unknown zone). */
const UNKNOWN_ONE: readonly Unknown[] = [UNKNOWN];

/** A label map read from a snapshot: known labels, plus whether some were unknown. */
function labelsOf(value: Read): { labels: Map<string, string>; complete: boolean } {
    const labels = new Map<string, string>();
    const o = obj(value);
    if (o === UNKNOWN) {
        return { labels, complete: false };
    }
    let complete = true;
    for (const [k, v] of Object.entries(o ?? {})) {
        const s = str(v);
        if (s === UNKNOWN) {
            complete = false;
        } else if (s !== undefined) {
            labels.set(k, s);
        }
    }
    return { labels, complete };
}

/** Whether a Kubernetes label selector (`matchLabels`, `matchExpressions`) selects the labels. */
export function selectorMatches(selector: Read, labelsValue: Read): Match {
    return matchSelector(selectorOf(selector), labelsOf(labelsValue));
}

/** One expression of a selector as read: its test, or `undecided` (a part unknown), or `ignored` (no key or operator). */
type SelectorExpression = { readonly key: string; readonly operator: string; readonly values: ReadonlySet<string> } | "undecided" | "ignored";

/** A label selector as read, once for every set of labels it is matched against; or the answer for every set. */
type Selector = Match | { readonly wanted: ReadonlyMap<string, string>; readonly expressions: readonly SelectorExpression[] };

function selectorOf(selector: Read): Selector {
    const sel = obj(selector);
    if (sel === UNKNOWN) {
        return UNKNOWN;
    }
    if (sel === undefined) {
        return false;
    }
    const wanted = labelsOf(at(sel, "matchLabels"));
    const expressions = objs(at(sel, "matchExpressions"));
    if (expressions === UNKNOWN || !wanted.complete) {
        return UNKNOWN;
    }
    if (wanted.labels.size === 0 && (expressions === undefined || expressions.length === 0)) {
        // An empty selector selects every pod of the namespace.
        return true;
    }
    return {
        wanted: wanted.labels,
        expressions: (expressions ?? []).map((expression): SelectorExpression => {
            if (expression === UNKNOWN) {
                return "undecided";
            }
            const key = str(at(expression, "key"));
            const operator = str(at(expression, "operator"));
            const values = strs(at(expression, "values"));
            if (key === UNKNOWN || operator === UNKNOWN || values === UNKNOWN) {
                return "undecided";
            }
            if (key === undefined || operator === undefined) {
                return "ignored";
            }
            return { key, operator, values: new Set((values ?? []).filter((v): v is string => typeof v === "string")) };
        }),
    };
}

function matchSelector(selector: Selector, { labels, complete }: { labels: ReadonlyMap<string, string>; complete: boolean }): Match {
    if (typeof selector !== "object") {
        return selector;
    }
    let undecided = false;
    for (const [k, v] of selector.wanted) {
        if (labels.get(k) !== v) {
            if (!complete && !labels.has(k)) {
                undecided = true;
            } else {
                return false;
            }
        }
    }
    for (const expression of selector.expressions) {
        if (expression === "undecided") {
            undecided = true;
            continue;
        }
        if (expression === "ignored") {
            continue;
        }
        const value = labels.get(expression.key);
        const set = expression.values;
        let ok: boolean;
        switch (expression.operator) {
            case "In":
                ok = value !== undefined && set.has(value);
                break;
            case "NotIn":
                ok = value === undefined || !set.has(value);
                break;
            case "Exists":
                ok = value !== undefined;
                break;
            case "DoesNotExist":
                ok = value === undefined;
                break;
            default:
                ok = false;
        }
        if (!ok) {
            if (!complete && value === undefined) {
                undecided = true;
            } else {
                return false;
            }
        }
    }
    return undecided ? UNKNOWN : true;
}

/** The topology of one stack. */
export class Topology {
    /** Every resource, in the order given. */
    readonly nodes: readonly TopologyNode[];
    private readonly urnIndex = new Map<string, TopologyNode>();
    private readonly idIndex = new Map<string, TopologyNode[]>();
    private readonly kindIndex = new Map<Kind, TopologyNode[]>();
    private readonly zoneCache = new Map<string, ZoneSet>();
    private readonly zoneInProgress = new Set<string>();
    /** The backends of every CLB, indexed on first use. */
    private backendIndex: Map<TopologyNode, Backend[]> | undefined;
    /** The CVMs by private IP address, indexed on first use (target group instances name them so). */
    private privateIpIndex: Map<string, TopologyNode> | undefined;
    /** The EIPs by public address, indexed on first use (NAT gateways name them so). */
    private publicIpIndex: Map<string, TopologyNode> | undefined;
    /** The groups of CVM backends, derived on first use. */
    private cvmGroups: CvmGroup[] | undefined;
    /** The backend group of each CVM that serves in one (the first listing it), derived on first use. */
    private backendGroupIndex: Map<TopologyNode, CvmGroup> | undefined;
    /** Each HorizontalPodAutoscaler's namespace and target as read, on first use. */
    private hpaTargets:
        | Array<{ hpa: TopologyNode; namespace: Namespace; target: { kind: string | Unknown | undefined; name: string | Unknown | undefined } | undefined; specDependencies: readonly string[] }>
        | undefined;
    /** Each alarm policy's tags and the resources it refers to, as read on first use. */
    private alarmPolicyTargets: Array<{ policy: TopologyNode; tags: ReturnType<typeof alarmPolicyTagsOf>; referenced: ReadonlySet<string> }> | undefined;
    /** Each PodDisruptionBudget's namespace and selector as read, on first use. */
    private pdbSelectors: Array<{ pdb: TopologyNode; namespace: Namespace; selector: Selector }> | undefined;
    /** Who refers to each resource, per referring kind and property (see {@link referrersOf}). */
    private readonly referrers = new Map<string, Map<TopologyNode, TopologyNode[]>>();
    /** The answers of the relations below, per relation and resource: each is derived once. */
    private readonly memos = new Map<string, Map<TopologyNode, unknown>>();
    /** The whole-stack results derived from this topology, by key (see {@link derive}). */
    private readonly derived = new Map<string, unknown>();

    constructor(resources: readonly StackResource[]) {
        this.nodes = resources.map((r) => {
            const resource = resourceNameOf(r.type);
            const kind = kindOf(r.type);
            const ids: string[] = [];
            for (const key of ["id", ...(ID_OUTPUTS[kind] ?? [])]) {
                const value = str(at(r.props, key));
                if (typeof value === "string" && value !== "") {
                    ids.push(value);
                }
            }
            return {
                urn: r.urn,
                name: r.name,
                type: r.type,
                resource,
                props: r.props,
                protect: r.protect,
                kind,
                tier: tierOf(kind),
                parent: r.parent || undefined,
                provider: r.provider || undefined,
                dependencies: r.dependencies,
                propertyDependencies: r.propertyDependencies,
                ids,
            };
        });
        for (const node of this.nodes) {
            if (!this.urnIndex.has(node.urn)) {
                this.urnIndex.set(node.urn, node);
            }
            for (const id of node.ids) {
                const bucket = this.idIndex.get(id) ?? [];
                bucket.push(node);
                this.idIndex.set(id, bucket);
            }
            const bucket = this.kindIndex.get(node.kind) ?? [];
            bucket.push(node);
            this.kindIndex.set(node.kind, bucket);
        }
    }

    /** The answer of `relation` for `node`, computed on first use (the topology never changes). */
    private memo<T>(relation: string, node: TopologyNode, compute: () => T): T {
        let answers = this.memos.get(relation);
        if (answers === undefined) {
            answers = new Map();
            this.memos.set(relation, answers);
        }
        if (answers.has(node)) {
            return answers.get(node) as T;
        }
        const answer = compute();
        answers.set(node, answer);
        return answer;
    }

    /**
     * A whole-stack result derived from this topology (a rules assessment, the AZ-failure simulation):
     * `compute` runs on the first call with this `name` and these `inputs`, and every later call with
     * equal inputs shares its result. The inputs must be everything else the result depends on (a
     * configuration, the time), as plain data, maps or dates; the result must never be modified.
     */
    derive<T>(name: string, inputs: unknown, compute: () => T): T {
        const key = `${name} ${JSON.stringify(inputs, keyPart)}`;
        if (this.derived.has(key)) {
            return this.derived.get(key) as T;
        }
        const result = compute();
        this.derived.set(key, result);
        return result;
    }

    /**
     * The resources of kind `kind` whose property `prop` refers to `subject` (resolved to kind
     * `subjectKind`), in their order. Each resource's reference is resolved once, for every subject.
     */
    private referrersOf(subject: TopologyNode, kind: Kind, prop: string, subjectKind: Kind): readonly TopologyNode[] {
        const key = `${kind} ${prop} ${subjectKind}`;
        let index = this.referrers.get(key);
        if (index === undefined) {
            index = new Map();
            for (const node of this.ofKind(kind)) {
                for (const target of this.resolve(node, prop, [subjectKind]).nodes) {
                    const list = index.get(target);
                    if (list) {
                        list.push(node);
                    } else {
                        index.set(target, [node]);
                    }
                }
            }
            this.referrers.set(key, index);
        }
        return index.get(subject) ?? [];
    }

    /** The resource with this URN. */
    byUrn(urn: string): TopologyNode | undefined {
        return this.urnIndex.get(urn);
    }

    /** The resources of these kinds. */
    ofKind(...kinds: Kind[]): readonly TopologyNode[] {
        return kinds.length === 1 ? (this.kindIndex.get(kinds[0]) ?? []) : kinds.flatMap((k) => this.kindIndex.get(k) ?? []);
    }

    /** The resource of one of these kinds with this id. */
    byId(id: string, kinds: readonly Kind[]): TopologyNode | undefined {
        return (this.idIndex.get(id) ?? []).find((n) => kinds.includes(n.kind));
    }

    /**
     * The resources of the given kinds that a property refers to, by property dependency and by id.
     * `pick` selects the reference inside each element of a list property (e.g. `instanceId` of a
     * CLB attachment target).
     */
    resolve(node: TopologyNode, prop: string, kinds: readonly Kind[], pick?: (element: Read) => Read): Resolution {
        return this.resolveBy(node, prop, kinds, pick, (ref) => this.byId(ref, kinds));
    }

    /** `resolve`, with the lookup of a known reference given (by id, by private IP, …). */
    private resolveBy(
        node: TopologyNode,
        prop: string,
        kinds: readonly Kind[],
        pick: ((element: Read) => Read) | undefined,
        lookup: (ref: string) => TopologyNode | undefined,
    ): Resolution {
        const fromDeps = (node.propertyDependencies[prop] ?? [])
            .map((urn) => this.byUrn(urn))
            .filter((n): n is TopologyNode => n !== undefined && kinds.includes(n.kind));
        const raw = at(node.props, prop);
        if (raw === UNKNOWN) {
            return { nodes: unique(fromDeps), complete: fromDeps.length > 0 };
        }
        const elements: Read[] = raw === undefined ? [] : Array.isArray(raw) ? [...raw] : [raw];
        const matched: TopologyNode[] = [];
        let unmatched = 0;
        for (const element of elements) {
            const ref = str(pick ? pick(element) : element);
            const hit = typeof ref === "string" ? lookup(ref) : undefined;
            if (hit) {
                matched.push(hit);
            } else if (ref !== undefined) {
                unmatched++;
            }
        }
        const spare = fromDeps.filter((n) => !matched.includes(n));
        return { nodes: unique([...matched, ...fromDeps]), complete: unmatched <= spare.length };
    }

    /**
     * The zones a resource occupies: a subnet's or CVM's zone; a node pool's or scaling group's
     * subnets' zones; a CLB's master and slave zones (an INTERNAL one's subnet zone); the primary and
     * replica zones of MySQL, Redis, MongoDB and CKafka (numeric zone ids named); a workload's
     * cluster's node pool zones.
     */
    zonesOf(node: TopologyNode): ZoneSet {
        const cached = this.zoneCache.get(node.urn);
        if (cached) {
            return cached;
        }
        if (this.zoneInProgress.has(node.urn)) {
            return INCOMPLETE;
        }
        this.zoneInProgress.add(node.urn);
        const zones = this.computeZones(node);
        this.zoneInProgress.delete(node.urn);
        this.zoneCache.set(node.urn, zones);
        return zones;
    }

    private subnetZones(node: TopologyNode, prop: string): ZoneSet {
        const subnets = this.resolve(node, prop, ["subnet"]);
        return union([...subnets.nodes.map((s) => this.zonesOf(s)), { zones: [], complete: subnets.complete }]);
    }

    private computeZones(node: TopologyNode): ZoneSet {
        const p = node.props;
        switch (node.kind) {
            case "subnet":
                return zoneSet([str(at(p, "availabilityZone"))]);
            case "cvm": {
                const zone = str(at(p, "availabilityZone"));
                return zone !== undefined ? zoneSet([zone]) : this.subnetZones(node, "subnetId");
            }
            case "tke-nodepool":
            case "as-group": {
                if (at(p, "subnetIds") !== undefined) {
                    return this.subnetZones(node, "subnetIds");
                }
                const zones = strs(at(p, "zones"));
                return zones === UNKNOWN ? INCOMPLETE : zoneSet(zones ?? [], zones !== undefined);
            }
            case "tke-cluster": {
                const workers = objs(at(p, "workerConfigs"));
                const sets: ZoneSet[] = [];
                if (workers === UNKNOWN) {
                    sets.push(INCOMPLETE);
                }
                for (const worker of workers === UNKNOWN ? [] : (workers ?? [])) {
                    sets.push(worker === UNKNOWN ? INCOMPLETE : zoneSet([str(at(worker, "availabilityZone"))]));
                }
                sets.push(...this.nodePoolsOf(node).map((pool) => this.zonesOf(pool)));
                return sets.length === 0 ? INCOMPLETE : union(sets);
            }
            case "clb": {
                const network = str(at(p, "networkType"));
                if (network === UNKNOWN) {
                    return INCOMPLETE;
                }
                if (network === "INTERNAL") {
                    return at(p, "subnetId") === undefined ? INCOMPLETE : this.subnetZones(node, "subnetId");
                }
                const set = zoneSet([str(at(p, "masterZoneId")), str(at(p, "slaveZoneId")), str(at(p, "zoneId"))]);
                return set.zones.length === 0 ? { zones: [], complete: false } : set;
            }
            case "mysql":
            case "postgresql":
            case "cynosdb":
            case "elasticsearch": {
                const values = productZoneValues(node.kind, p) ?? [];
                return node.kind === "elasticsearch" && values.length === 0 ? this.subnetZones(node, "subnetId") : zoneSet(values);
            }
            case "postgresql-readonly":
                return zoneSet([str(at(p, "zone"))]);
            case "nat-gateway":
            case "tse": {
                const zone = node.kind === "nat-gateway" ? str(at(p, "zone")) : undefined;
                return zone !== undefined ? zoneSet([zone]) : this.subnetZones(node, "subnetId");
            }
            case "mysql-readonly":
                return zoneSet([str(at(p, "zone"))]);
            case "redis": {
                const replicas = nums(at(p, "replicaZoneIds"));
                return zoneSet([str(at(p, "availabilityZone")), ...(replicas === UNKNOWN ? UNKNOWN_ONE : (replicas ?? []))]);
            }
            case "mongodb": {
                const listed = strs(at(p, "availabilityZoneLists"));
                return zoneSet([
                    str(at(p, "availableZone")),
                    str(at(p, "hiddenZone")),
                    ...(listed === UNKNOWN ? UNKNOWN_ONE : (listed ?? [])),
                ]);
            }
            case "ckafka": {
                const multi = at(p, "multiZoneFlag");
                const ids = nums(at(p, "zoneIds"));
                const values: (number | Unknown | undefined)[] = [num(at(p, "zoneId"))];
                if (multi === UNKNOWN) {
                    values.push(UNKNOWN);
                } else if (multi === true) {
                    values.push(...(ids === UNKNOWN ? UNKNOWN_ONE : (ids ?? [])));
                }
                return zoneSet(values);
            }
            case "workload": {
                const cluster = this.clusterOf(node);
                const pools = cluster ? this.nodePoolsOf(cluster) : this.ofKind("tke-nodepool");
                return pools.length === 0 ? INCOMPLETE : union(pools.map((pool) => this.zonesOf(pool)));
            }
            default:
                return { zones: [], complete: true };
        }
    }

    /** Resources of each tier, by zone (a resource in several zones appears under each). */
    tiers(): Map<Tier, Map<string, TopologyNode[]>> {
        const result = new Map<Tier, Map<string, TopologyNode[]>>();
        for (const node of this.nodes) {
            if (node.tier === undefined) {
                continue;
            }
            const byZone = result.get(node.tier) ?? new Map<string, TopologyNode[]>();
            for (const zone of this.zonesOf(node).zones) {
                const bucket = byZone.get(zone) ?? [];
                bucket.push(node);
                byZone.set(zone, bucket);
            }
            result.set(node.tier, byZone);
        }
        return result;
    }

    // ---- Kubernetes ---------------------------------------------------------------------------

    /** The TKE cluster a Kubernetes object is deployed to (through its provider), if it can be told. */
    clusterOf(node: TopologyNode): TopologyNode | undefined {
        return this.memo("clusterOf", node, () => this.computeClusterOf(node));
    }

    private computeClusterOf(node: TopologyNode): TopologyNode | undefined {
        const clusters = this.ofKind("tke-cluster");
        const provider = node.provider ? this.byUrn(node.provider) : undefined;
        if (provider) {
            const referenced = [...provider.dependencies, ...Object.values(provider.propertyDependencies).flat()]
                .map((urn) => this.byUrn(urn))
                .find((n) => n?.kind === "tke-cluster");
            if (referenced) {
                return referenced;
            }
        }
        return clusters.length === 1 ? clusters[0] : undefined;
    }

    /** The node pools of a TKE cluster. */
    nodePoolsOf(cluster: TopologyNode): readonly TopologyNode[] {
        return this.memo("nodePoolsOf", cluster, () => this.computeNodePoolsOf(cluster));
    }

    private computeNodePoolsOf(cluster: TopologyNode): TopologyNode[] {
        const clusters = this.ofKind("tke-cluster");
        return this.ofKind("tke-nodepool").filter((pool) => {
            const ref = this.resolve(pool, "clusterId", ["tke-cluster"]);
            return ref.nodes.includes(cluster) || (ref.nodes.length === 0 && clusters.length === 1);
        });
    }

    /** The HorizontalPodAutoscalers that scale a workload. */
    autoscalersOf(workload: TopologyNode): readonly TopologyNode[] {
        return this.memo("autoscalersOf", workload, () => this.computeAutoscalersOf(workload));
    }

    private computeAutoscalersOf(workload: TopologyNode): TopologyNode[] {
        const kind = str(at(workload.props, "kind")) ?? workload.resource;
        const name = str(at(workload.props, "metadata", "name"));
        const namespace = namespaceOf(workload);
        this.hpaTargets ??= this.ofKind("hpa").map((hpa) => {
            const target = obj(at(hpa.props, "spec", "scaleTargetRef"));
            const known = target !== UNKNOWN && target !== undefined;
            return {
                hpa,
                namespace: namespaceOf(hpa),
                target: known ? { kind: str(at(target, "kind")), name: str(at(target, "name")) } : undefined,
                specDependencies: hpa.propertyDependencies["spec"] ?? [],
            };
        });
        return this.hpaTargets
            .filter(({ namespace: hpaNamespace, target, specDependencies }) => {
                if (!sharesNamespace(hpaNamespace, namespace)) {
                    return false;
                }
                if (target === undefined) {
                    return specDependencies.includes(workload.urn);
                }
                if (typeof target.kind === "string" && typeof kind === "string" && target.kind !== kind) {
                    return false;
                }
                if (typeof target.name === "string" && typeof name === "string") {
                    return target.name === name;
                }
                return specDependencies.includes(workload.urn);
            })
            .map(({ hpa }) => hpa);
    }

    /**
     * The TKE HorizontalPodCronscalers (scheduled scaling, a custom resource) whose `spec.scaleTarget`
     * names this HorizontalPodAutoscaler, in their order (`undecided` when a target is not known yet).
     */
    cronScalersOf(hpa: TopologyNode): { readonly scalers: readonly TopologyNode[]; readonly undecided: boolean } {
        return this.memo("cronScalersOf", hpa, () => {
            const name = str(at(hpa.props, "metadata", "name"));
            const namespace = namespaceOf(hpa);
            const scalers: TopologyNode[] = [];
            let undecided = false;
            for (const scaler of this.ofKind("other").filter((n) => n.type === TKE_CRON_SCALER_TYPE)) {
                const target = obj(at(scaler.props, "spec", "scaleTarget"));
                if (target === UNKNOWN || target === undefined) {
                    if ((scaler.propertyDependencies["spec"] ?? []).includes(hpa.urn)) scalers.push(scaler);
                    else undecided ||= target === UNKNOWN;
                    continue;
                }
                const kind = str(at(target, "kind"));
                const targetName = str(at(target, "name"));
                const targetNamespace = str(at(target, "namespace"));
                if (typeof kind === "string" && kind !== "HorizontalPodAutoscaler") continue;
                if (!sharesNamespace(targetNamespace === undefined ? namespaceOf(scaler) : targetNamespace, namespace)) continue;
                if (typeof targetName === "string" && typeof name === "string") {
                    if (targetName === name) scalers.push(scaler);
                } else if ((scaler.propertyDependencies["spec"] ?? []).includes(hpa.urn)) {
                    scalers.push(scaler);
                } else {
                    undecided = true;
                }
            }
            return { scalers, undecided };
        });
    }

    /** The PodDisruptionBudgets that select a workload's pods (`undecided` when a selector is not known yet). */
    disruptionBudgetsOf(workload: TopologyNode): { readonly budgets: readonly TopologyNode[]; readonly undecided: boolean } {
        return this.memo("disruptionBudgetsOf", workload, () => this.computeDisruptionBudgetsOf(workload));
    }

    private computeDisruptionBudgetsOf(workload: TopologyNode): { budgets: TopologyNode[]; undecided: boolean } {
        const labels = labelsOf(at(workload.props, "spec", "template", "metadata", "labels"));
        const namespace = namespaceOf(workload);
        this.pdbSelectors ??= this.ofKind("pdb").map((pdb) => ({ pdb, namespace: namespaceOf(pdb), selector: selectorOf(at(pdb.props, "spec", "selector")) }));
        const budgets: TopologyNode[] = [];
        let undecided = false;
        for (const { pdb, namespace: pdbNamespace, selector } of this.pdbSelectors) {
            if (!sharesNamespace(pdbNamespace, namespace)) {
                continue;
            }
            const match = matchSelector(selector, labels);
            if (match === UNKNOWN) {
                undecided = true;
            } else if (match) {
                budgets.push(pdb);
            }
        }
        return { budgets, undecided };
    }

    // ---- Load balancing -----------------------------------------------------------------------

    /** The listeners of a CLB. */
    listenersOf(clb: TopologyNode): readonly TopologyNode[] {
        return this.referrersOf(clb, "clb-listener", "clbId", "clb");
    }

    /** The backend groups of a CLB: attached CVMs, attached scaling groups, and TKE node pools behind a Service. */
    backendsOf(clb: TopologyNode): readonly Backend[] {
        this.backendIndex ??= this.indexBackends();
        return this.backendIndex.get(clb) ?? [];
    }

    /**
     * The backends of every CLB, in one pass over what can point at a CLB (attachments, scaling
     * groups, scaling-group load-balancer links, Services); per CLB in that order, as each is listed.
     */
    private indexBackends(): Map<TopologyNode, Backend[]> {
        const index = new Map<TopologyNode, Backend[]>();
        const add = (clbs: readonly TopologyNode[], backend: Backend) => {
            for (const clb of unique(clbs)) {
                const list = index.get(clb);
                if (list) {
                    list.push(backend);
                } else {
                    index.set(clb, [backend]);
                }
            }
        };
        for (const attachment of this.ofKind("clb-attachment")) {
            const clbs = this.resolve(attachment, "clbId", ["clb"]).nodes;
            if (clbs.length === 0) {
                continue;
            }
            const targets = list(at(attachment.props, "targets"));
            const cvms = this.resolve(attachment, "targets", ["cvm"], (t) => at(t, "instanceId"));
            add(clbs, {
                via: attachment,
                members: cvms.nodes,
                count: targets === UNKNOWN || targets === undefined ? undefined : targets.length,
                zones: union([...cvms.nodes.map((c) => this.zonesOf(c)), { zones: [], complete: cvms.complete }]),
            });
        }
        for (const attachment of this.ofKind("clb-target-group-attachment")) {
            const clbs = this.resolve(attachment, "clbId", ["clb"]).nodes;
            for (const group of this.resolve(attachment, "targetGroupId", ["clb-target-group"]).nodes) {
                // A target group bound to several listeners or rules of one CLB is one set of backends.
                const fresh = clbs.filter((clb) => !(index.get(clb) ?? []).some((b) => b.via === group));
                if (fresh.length > 0) {
                    const members = this.targetGroupMembersOf(group);
                    add(fresh, { via: group, members: members.nodes, count: members.count, zones: members.zones });
                }
            }
        }
        const viaGroup = (via: TopologyNode, group: TopologyNode): Backend => {
            // Instances attached to the group (AsAttachment) serve beside the ones it launches.
            const min = num(at(group.props, "minSize"));
            const attached = this.attachedInstancesOf(group);
            const count = typeof min === "number" && attached.count !== undefined ? min + attached.count : undefined;
            return { via, members: [group, ...attached.nodes], count, zones: this.instanceZonesOf(group) };
        };
        for (const group of this.ofKind("as-group")) {
            const forward = this.resolve(group, "forwardBalancerIds", ["clb"], (f) => at(f, "loadBalancerId"));
            const classic = this.resolve(group, "loadBalancerIds", ["clb"]);
            const clbs = [...forward.nodes, ...classic.nodes];
            if (clbs.length > 0) {
                add(clbs, viaGroup(group, group));
            }
        }
        for (const link of this.ofKind("as-lb-attachment")) {
            const clbs = this.resolve(link, "forwardLoadBalancers", ["clb"], (f) => at(f, "loadBalancerId")).nodes;
            if (clbs.length === 0) {
                continue;
            }
            for (const group of this.resolve(link, "autoScalingGroupId", ["as-group"]).nodes) {
                add(clbs, viaGroup(link, group));
            }
        }
        for (const service of this.ofKind("k8s-service")) {
            const clbs = this.clbsOfService(service);
            if (clbs.length === 0) {
                continue;
            }
            const cluster = this.clusterOf(service);
            const pools = cluster ? this.nodePoolsOf(cluster) : this.ofKind("tke-nodepool");
            let count: number | undefined = 0;
            for (const pool of pools) {
                const min = num(at(pool.props, "minSize"));
                count = typeof min === "number" && count !== undefined ? count + min : undefined;
            }
            add(clbs, {
                via: service,
                members: pools,
                count: pools.length === 0 ? undefined : count,
                zones: pools.length === 0 ? INCOMPLETE : union(pools.map((pool) => this.zonesOf(pool))),
            });
        }
        return index;
    }

    /**
     * The CLBs a Service is attached to: the one its `service.kubernetes.io/tke-existed-lbid`
     * annotation names by id, or, while that id is unknown, the one its metadata was built from.
     */
    private clbsOfService(service: TopologyNode): TopologyNode[] {
        const clbs: TopologyNode[] = [];
        const existing = annotationsOf(service.props).get("service.kubernetes.io/tke-existed-lbid");
        if (existing !== undefined) {
            clbs.push(...(this.idIndex.get(existing) ?? []).filter((n) => n.kind === "clb"));
        }
        const annotationValue = at(service.props, "metadata", "annotations", "service.kubernetes.io/tke-existed-lbid");
        if (annotationValue !== undefined) {
            for (const urn of service.propertyDependencies["metadata"] ?? []) {
                const node = this.byUrn(urn);
                if (node?.kind === "clb") {
                    clbs.push(node);
                }
            }
        }
        return unique(clbs);
    }

    // ---- Traffic: target groups, attached instances, cluster endpoints ------------------------

    /**
     * The instances of a CLB target group, from its `targetGroupInstances` (each `bindIp` matched
     * against the CVMs' `privateIp`, or through the property's dependencies while it is unknown).
     * A target group without that property gets its instances from resources the pack does not read
     * (`tencentcloud_clb_target_group_instance_attachment`, outside the SDK's resources), so its
     * count and zones are not known.
     */
    targetGroupMembersOf(group: TopologyNode): InstanceSet {
        return this.memo("targetGroupMembersOf", group, () => this.computeTargetGroupMembersOf(group));
    }

    private computeTargetGroupMembersOf(group: TopologyNode): InstanceSet {
        const instances = list(at(group.props, "targetGroupInstances"));
        if (instances === undefined) {
            return { nodes: [], count: undefined, zones: INCOMPLETE };
        }
        const cvms = this.resolveBy(group, "targetGroupInstances", ["cvm"], (i) => at(i, "bindIp"), (ip) => this.byPrivateIp(ip));
        return {
            nodes: cvms.nodes,
            count: instances === UNKNOWN ? undefined : instances.length,
            zones: union([...cvms.nodes.map((c) => this.zonesOf(c)), { zones: [], complete: cvms.complete }]),
        };
    }

    private byPrivateIp(ip: string): TopologyNode | undefined {
        if (this.privateIpIndex === undefined) {
            this.privateIpIndex = new Map();
            for (const cvm of this.ofKind("cvm")) {
                const address = str(at(cvm.props, "privateIp"));
                if (typeof address === "string" && !this.privateIpIndex.has(address)) {
                    this.privateIpIndex.set(address, cvm);
                }
            }
        }
        return this.privateIpIndex.get(ip);
    }

    /** The Auto Scaling attachments (`AsAttachment`) that add existing instances to a scaling group. */
    asAttachmentsOf(group: TopologyNode): readonly TopologyNode[] {
        return this.memo("asAttachmentsOf", group, () =>
            this.ofKind("as-attachment").filter((a) => this.resolve(a, "scalingGroupId", ["as-group"]).nodes.includes(group)),
        );
    }

    /** The CVM instances an Auto Scaling attachment adds to its group (`instanceIds`), with their zones. */
    attachmentInstancesOf(attachment: TopologyNode): InstanceSet {
        return this.memo("attachmentInstancesOf", attachment, () => {
            const ids = list(at(attachment.props, "instanceIds"));
            const cvms = this.resolve(attachment, "instanceIds", ["cvm"]);
            return {
                nodes: cvms.nodes,
                count: Array.isArray(ids) ? ids.length : undefined,
                zones: union([...cvms.nodes.map((c) => this.zonesOf(c)), { zones: [], complete: cvms.complete }]),
            };
        });
    }

    /** Every instance attached to a scaling group through its Auto Scaling attachments. */
    attachedInstancesOf(group: TopologyNode): InstanceSet {
        return this.memo("attachedInstancesOf", group, () => {
            const sets = this.asAttachmentsOf(group).map((a) => this.attachmentInstancesOf(a));
            let count: number | undefined = 0;
            for (const set of sets) {
                count = count !== undefined && set.count !== undefined ? count + set.count : undefined;
            }
            return { nodes: unique(sets.flatMap((s) => s.nodes)), count, zones: union(sets.map((s) => s.zones)) };
        });
    }

    /**
     * The zones a scaling group's instances occupy: those it launches (its subnets' zones) and those
     * of the instances attached to it. `zonesOf` stays the launch zones, where scale-outs go.
     */
    instanceZonesOf(group: TopologyNode): ZoneSet {
        const attached = this.asAttachmentsOf(group);
        return attached.length === 0 ? this.zonesOf(group) : union([this.zonesOf(group), this.attachedInstancesOf(group).zones]);
    }

    /**
     * The EIPs a NAT gateway's `assignedEipSets` names (addresses matched against the EIPs'
     * `publicIp`, or through the property's dependencies while unknown), the known addresses that
     * match no EIP of the stack, and whether every address was resolved.
     */
    assignedEipsOf(gateway: TopologyNode): Resolution & { readonly unmatched: readonly string[] } {
        return this.memo("assignedEipsOf", gateway, () => {
            const found = this.resolveBy(gateway, "assignedEipSets", ["eip"], undefined, (ip) => this.byPublicIp(ip));
            const addresses = strs(at(gateway.props, "assignedEipSets"));
            const unmatched = addresses === UNKNOWN ? [] : (addresses ?? []).filter((a): a is string => typeof a === "string" && this.byPublicIp(a) === undefined);
            return { ...found, unmatched };
        });
    }

    private byPublicIp(ip: string): TopologyNode | undefined {
        if (this.publicIpIndex === undefined) {
            this.publicIpIndex = new Map();
            for (const eip of this.ofKind("eip")) {
                const address = str(at(eip.props, "publicIp"));
                if (typeof address === "string" && !this.publicIpIndex.has(address)) {
                    this.publicIpIndex.set(address, eip);
                }
            }
        }
        return this.publicIpIndex.get(ip);
    }

    /** The endpoint resources (`KubernetesClusterEndpoint`) that open a TKE cluster's API server. */
    endpointsOf(cluster: TopologyNode): readonly TopologyNode[] {
        return this.memo("endpointsOf", cluster, () =>
            this.ofKind("tke-endpoint").filter((e) => this.resolve(e, "clusterId", ["tke-cluster"]).nodes.includes(cluster)),
        );
    }

    /** The TKE cluster an endpoint resource belongs to, when it can be resolved. */
    clusterOfEndpoint(endpoint: TopologyNode): TopologyNode | undefined {
        return this.resolve(endpoint, "clusterId", ["tke-cluster"]).nodes[0];
    }

    /**
     * The groups of standalone CVMs that serve behind a load balancer, each judged as one backend
     * group: a CLB attachment's targets, an attached target group's instances, and the instances
     * attached to a scaling group that is itself a CLB backend. A CVM counts in the first group
     * listing it.
     */
    cvmBackendGroups(): readonly CvmGroup[] {
        if (this.cvmGroups !== undefined) {
            return this.cvmGroups;
        }
        const groups: CvmGroup[] = [];
        for (const attachment of this.ofKind("clb-attachment")) {
            const cvms = this.resolve(attachment, "targets", ["cvm"], (target) => at(target, "instanceId"));
            groups.push({ via: attachment, label: "CLB attachment", members: cvms.nodes });
        }
        const bound = new Set(this.ofKind("clb-target-group-attachment").flatMap((a) => this.resolve(a, "targetGroupId", ["clb-target-group"]).nodes));
        for (const group of this.ofKind("clb-target-group").filter((g) => bound.has(g))) {
            groups.push({ via: group, label: "CLB target group", members: this.targetGroupMembersOf(group).nodes });
        }
        this.backendIndex ??= this.indexBackends();
        const behindClb = new Set([...this.backendIndex.values()].flat().flatMap((b) => b.members.filter((m) => m.kind === "as-group")));
        for (const attachment of this.ofKind("as-attachment")) {
            if (this.resolve(attachment, "scalingGroupId", ["as-group"]).nodes.some((g) => behindClb.has(g))) {
                groups.push({ via: attachment, label: "Auto Scaling attachment", members: this.attachmentInstancesOf(attachment).nodes });
            }
        }
        this.cvmGroups = groups;
        return groups;
    }

    /**
     * What groups a CVM instance with the others of its job (see `InstanceGroup`): the first
     * backend group listing it, else its launch shape; `undefined` while its shape is not known (an
     * unknown image or security group with nothing to resolve it by).
     */
    instanceGroupOf(cvm: TopologyNode): InstanceGroup | undefined {
        return this.memo("instanceGroupOf", cvm, () => {
            if (this.backendGroupIndex === undefined) {
                this.backendGroupIndex = new Map();
                for (const group of this.cvmBackendGroups()) {
                    for (const member of group.members) {
                        if (!this.backendGroupIndex.has(member)) {
                            this.backendGroupIndex.set(member, group);
                        }
                    }
                }
            }
            const backend = this.backendGroupIndex.get(cvm);
            if (backend !== undefined) {
                return { key: `backend:${backend.via.urn}`, label: backend.via.name, signal: "backend" as const };
            }
            const shape = this.launchShapeOf(cvm);
            return shape === undefined ? undefined : { key: `launch:${shape.key}`, label: shape.label, signal: "launch" as const };
        });
    }

    /** What an instance is launched from: its launch template, else image, instance type and security groups; `undefined` while not known. */
    private launchShapeOf(cvm: TopologyNode): { key: string; label: string } | undefined {
        const template = this.referenceKeys(cvm, "launchTemplateId");
        if (template === UNKNOWN) {
            return undefined;
        }
        if (template !== undefined && template.length > 0) {
            const version = str(at(cvm.props, "launchTemplateVersion"));
            return version === UNKNOWN ? undefined : { key: `template:${template.join(",")}@${version ?? ""}`, label: `launch template ${template.join(", ")}` };
        }
        const image = this.referenceKeys(cvm, "imageId");
        const type = str(at(cvm.props, "instanceType"));
        const ordered = this.referenceKeys(cvm, "orderlySecurityGroups");
        const plain = this.referenceKeys(cvm, "securityGroups");
        if (image === UNKNOWN || image === undefined || typeof type !== "string" || ordered === UNKNOWN || plain === UNKNOWN) {
            return undefined;
        }
        const groups = [...new Set([...(ordered ?? []), ...(plain ?? [])])].sort();
        return { key: `image:${image.join(",")}|type:${type}|sg:${groups.join(",")}`, label: `${image.join(", ")} ${type}` };
    }

    /**
     * The references a property holds, as comparable keys: the known values, and for the unknown
     * ones the URNs they were built from; unknown when an unknown value has nothing to resolve it.
     */
    private referenceKeys(node: TopologyNode, prop: string): string[] | Unknown | undefined {
        const raw = at(node.props, prop);
        if (raw === undefined) {
            return undefined;
        }
        const deps = [...(node.propertyDependencies[prop] ?? [])].sort();
        const elements: Read[] = raw === UNKNOWN ? [UNKNOWN] : Array.isArray(raw) ? [...raw] : [raw];
        const known = elements.map((e) => str(e)).filter((e): e is string => typeof e === "string");
        const unknown = elements.some((e) => e === UNKNOWN || str(e) === UNKNOWN);
        if (unknown && deps.length === 0) {
            return UNKNOWN;
        }
        return [...new Set([...known, ...(unknown ? deps : [])])].sort();
    }

    // ---- Auto Scaling -------------------------------------------------------------------------

    /** The scaling policies of a scaling group. */
    scalingPoliciesOf(group: TopologyNode): readonly TopologyNode[] {
        return this.referrersOf(group, "as-policy", "scalingGroupId", "as-group");
    }

    /** The launch configuration of a scaling group, when it can be resolved. */
    launchConfigOf(group: TopologyNode): TopologyNode | undefined {
        return this.memo("launchConfigOf", group, () => this.computeLaunchConfigOf(group));
    }

    private computeLaunchConfigOf(group: TopologyNode): TopologyNode | undefined {
        return this.resolve(group, "configurationId", ["as-config"]).nodes[0];
    }

    // ---- Data ---------------------------------------------------------------------------------

    /** The backup policies of a MySQL instance. */
    backupPoliciesOf(mysql: TopologyNode): readonly TopologyNode[] {
        return this.referrersOf(mysql, "mysql-backup-policy", "mysqlId", "mysql");
    }

    // ---- Monitoring ---------------------------------------------------------------------------

    /** The alarm policies bound to a resource: by binding object, by policy tags, or by reference. */
    alarmPoliciesOf(subject: TopologyNode): readonly TopologyNode[] {
        return this.memo("alarmPoliciesOf", subject, () => this.computeAlarmPoliciesOf(subject));
    }

    private computeAlarmPoliciesOf(subject: TopologyNode): TopologyNode[] {
        const found = new Set<TopologyNode>();
        const policies = this.ofKind("alarm-policy");
        for (const binding of this.ofKind("alarm-binding")) {
            if (!this.bindingTargets(binding, subject)) {
                continue;
            }
            this.resolve(binding, "policyId", ["alarm-policy"]).nodes.forEach((p) => found.add(p));
        }
        const subjectTags = this.instanceTagsOf(subject);
        this.alarmPolicyTargets ??= policies.map((policy) => ({
            policy,
            tags: alarmPolicyTagsOf(policy),
            referenced: new Set(Object.values(policy.propertyDependencies).flat()),
        }));
        for (const { policy, tags, referenced } of this.alarmPolicyTargets) {
            // A policy's tags bind it to every resource whose instances carry them all.
            if (tags !== undefined && tags !== false && tags.every(([key, value]) => subjectTags.get(key) === value)) {
                found.add(policy);
            }
            if (referenced.has(subject.urn)) {
                found.add(policy);
            }
        }
        return [...found];
    }

    private bindingTargets(binding: TopologyNode, subject: TopologyNode): boolean {
        if ((binding.propertyDependencies["dimensions"] ?? []).includes(subject.urn)) {
            return true;
        }
        const dimensions = objs(at(binding.props, "dimensions"));
        if (dimensions === UNKNOWN || dimensions === undefined) {
            return false;
        }
        return dimensions.some((d) => {
            if (d === UNKNOWN) {
                return false;
            }
            const text = [str(at(d, "dimensionsJson")), str(at(d, "uniqueId"))].filter((s): s is string => typeof s === "string").join(" ");
            return subject.ids.some((id) => text.includes(id));
        });
    }

    /** Tags the instances of a node pool or scaling group carry (their own tags and launch configuration's instance tags). */
    instanceTagsOf(subject: TopologyNode): Map<string, string> {
        const tags = tagsOf(subject.props);
        if (subject.kind === "tke-nodepool") {
            const labels = obj(at(subject.props, "labels"));
            if (isPlainObject(labels)) {
                for (const [k, v] of Object.entries(labels)) {
                    if (typeof v === "string" && !tags.has(k)) {
                        tags.set(k, v);
                    }
                }
            }
        }
        if (subject.kind === "as-group") {
            const config = this.launchConfigOf(subject);
            const instanceTags = config ? obj(at(config.props, "instanceTags")) : undefined;
            if (isPlainObject(instanceTags)) {
                for (const [k, v] of Object.entries(instanceTags)) {
                    if (typeof v === "string" && !tags.has(k)) {
                        tags.set(k, v);
                    }
                }
            }
        }
        return tags;
    }
}

/**
 * The tags an alarm policy binds by (`policyTags`): the key and value pairs; `undefined` when it gives
 * none (or they are unknown); `false` when one of them can match nothing (unknown, or not a pair of strings).
 */
function alarmPolicyTagsOf(policy: TopologyNode): Array<[string, string]> | undefined | false {
    const policyTags = objs(at(policy.props, "policyTags"));
    if (policyTags === UNKNOWN || policyTags === undefined || policyTags.length === 0) {
        return undefined;
    }
    const pairs: Array<[string, string]> = [];
    for (const t of policyTags) {
        if (t === UNKNOWN) {
            return false;
        }
        const key = str(at(t, "key"));
        const value = str(at(t, "value"));
        if (typeof key !== "string" || typeof value !== "string") {
            return false;
        }
        pairs.push([key, value]);
    }
    return pairs;
}

/** How {@link Topology.derive} writes a value of its inputs that JSON would lose or confuse. */
function keyPart(_key: string, value: unknown): unknown {
    if (value === undefined) {
        return { $undefined: true };
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
        return { $number: String(value) };
    }
    if (value instanceof Map) {
        return { $map: [...value.entries()] };
    }
    return value;
}

function unique<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}

/** A Kubernetes object's namespace as read (`undefined`: the provider's default), or unknown. */
type Namespace = string | undefined | Unknown;

/** The namespace of a Kubernetes object. */
function namespaceOf(node: TopologyNode): Namespace {
    return str(at(node.props, "metadata", "namespace"));
}

/** Whether two Kubernetes objects of these namespaces may share one (unknown or default namespaces count as shared). */
function sharesNamespace(na: Namespace, nb: Namespace): boolean {
    if (na === UNKNOWN || nb === UNKNOWN) {
        return true;
    }
    return (na ?? "default") === (nb ?? "default");
}

/** Builds the topology of a stack. */
export function buildTopology(resources: readonly StackResource[]): Topology {
    return new Topology(resources);
}

/** A zone set's zones, described for a message (`ap-guangzhou-3, ap-guangzhou-4`). */
export function describeZones(zones: readonly string[]): string {
    return zones.length === 0 ? "no zone" : zones.join(", ");
}

