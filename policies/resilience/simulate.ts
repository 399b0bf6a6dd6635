/**
 * The AZ-failure simulation: for each availability zone of a stack, take it away and decide, for
 * every serving resource of the access, compute, middleware and data tiers, whether it keeps serving,
 * with how much capacity, after how long (RTO) and with how much data lost (RPO), from the documented
 * behaviour of each product (estimates.ts). The stack's RTO for a zone is its worst tier's; each
 * disruption is met or breached against the targets, as a resilience assessment reports it.
 *
 * Pure: it reads the topology model and never throws; a verdict that depends on a value unknown
 * during a preview is marked incomplete, and an incomplete breach makes the disruption
 * `undetermined` rather than `breached`.
 */
import { labelOf, plural } from "../describe";
import { DATA_TIER_KEY } from "../levels";
import type { Topology, TopologyNode, ZoneSet } from "../topology";
import { describeZones } from "../topology";
import { at, bool, list, num, nums, objs, str, strs, tagsOf, UNKNOWN } from "../values";
import { zoneLabel } from "../zones";
import { cynosdbZones, elasticsearchLayout, mysqlLayout, postgresqlLayout } from "../dataZones";
import { targetGroupHealthCheckOff } from "../rules/clb";
import { natGroupsOf, zonesWithoutGateway } from "../rules/nat";
import { TSE_MIN_NODES, tseNodesOf } from "../rules/tse";
import {
    CKAFKA_ZONE_FAILOVER_SECONDS,
    CYNOSDB_ASYNC_RPO_SECONDS,
    CYNOSDB_DEFAULT_SYNC_WAY,
    CYNOSDB_SEMI_SYNC_TIMEOUT_DEFAULT_MS,
    CYNOSDB_ZONE_FAILOVER_SECONDS,
    ELASTICSEARCH_NODE_REMOVAL_SECONDS,
    MYSQL_CLUSTER_FAILOVER_SECONDS,
    POSTGRESQL_ASYNC_RPO_SECONDS,
    POSTGRESQL_FAILOVER_SECONDS,
    POSTGRESQL_READONLY_REROUTE_SECONDS,
    TSE_FAILOVER_SECONDS,
    CLB_BACKEND_REMOVAL_SECONDS,
    CLB_ZONE_SWITCH_SECONDS,
    MONGODB_ELECTION_SECONDS,
    MONGODB_W1_RPO_SECONDS,
    MYSQL_ASYNC_RPO_SECONDS,
    MYSQL_FAILOVER_SECONDS,
    MYSQL_READONLY_REROUTE_SECONDS,
    MYSQL_SEMI_SYNC_RPO_SECONDS,
    NODE_MONITOR_GRACE_SECONDS,
    NODE_PROVISION_SECONDS,
    POD_RESTART_SECONDS,
    REDIS_FAILOVER_SECONDS,
    REDIS_RPO_SECONDS,
    DATA_TIER_RPO_TARGET_SECONDS,
    ZONE_RTO_TARGET_SECONDS,
} from "./estimates";
import { nodeCapacityOf, placementOf, Placement, podRequestsOf, PoolSize, poolSizeOf, replicasOf, Resources, unreachableTolerationOf } from "./kubernetes";
import {
    ComplianceStatus,
    DisruptionOutcome,
    formatSeconds,
    ResilienceTargets,
    ResourceOutcome,
    SIM_TIERS,
    SimTier,
    Simulation,
    TierOutcome,
    worse,
} from "./model";

/** How the simulation is run. */
export interface SimulationOptions {
    readonly targets: ResilienceTargets;
    /**
     * Data-tier kinds whose RPO is reported but not held to the data-tier target (caches). Defaults to
     * `["redis"]`. A resource tagged `zonesafe:data-tier: standard` is not held to it either.
     */
    readonly rpoExemptKinds?: readonly string[];
}

/** The default targets: RTO of 15 minutes for the loss of a zone, RPO 0 for the data tier (source practice). */
export const DEFAULT_TARGETS: ResilienceTargets = { rtoSeconds: ZONE_RTO_TARGET_SECONDS, rpoSecondsData: DATA_TIER_RPO_TARGET_SECONDS };

/** Data-tier kinds exempt from the RPO target by default: caches. */
export const DEFAULT_RPO_EXEMPT_KINDS: readonly string[] = ["redis"];

/** A verdict for one subject under one disruption. */
interface Verdict {
    readonly survives: boolean;
    readonly capacityLeft: number;
    readonly rtoSeconds: number | null;
    readonly rpoSeconds: number | null;
    readonly reason: string;
    readonly complete?: boolean;
}

/** One thing judged: a resource, or a group of interchangeable ones. */
interface Subject {
    readonly urn: string;
    readonly name: string;
    /** How messages name it ("MySQL instance orders-db"). */
    readonly title: string;
    readonly kind: string;
    readonly tier: SimTier;
    readonly zones: ZoneSet;
    /** Each member and the zones it occupies (for the down / degraded lists). */
    readonly members: ReadonlyArray<{ readonly urn: string; readonly zones: readonly string[] }>;
    readonly heldToRpo: boolean;
    /** The verdict when `zone` is lost and is one of the subject's zones. */
    judge(zone: string): Verdict;
}

const LOST = (reason: string, complete = true, capacityLeft = 0): Verdict => ({ survives: false, capacityLeft, rtoSeconds: null, rpoSeconds: null, reason, complete });

function title(node: TopologyNode): string {
    return `${labelOf(node)} ${node.name}`;
}

function ratio(left: number, total: number): number {
    return total <= 0 ? 1 : Math.max(0, Math.min(1, left / total));
}

/** Nodes of a pool (or instances of a group) in the lost zone, spread evenly over its zones (worst case rounded up). */
function lostShare(count: number, zones: number): number {
    return zones <= 0 ? count : Math.min(count, Math.ceil(count / zones));
}

// ---- Access -------------------------------------------------------------------------------------

function clbSubject(t: Topology, clb: TopologyNode): Subject {
    const zones = t.zonesOf(clb);
    const master = str(at(clb.props, "masterZoneId")) ?? str(at(clb.props, "zoneId"));
    const slave = str(at(clb.props, "slaveZoneId"));
    return {
        ...base(clb, "access", zones),
        judge(zone) {
            const complete = master !== UNKNOWN && slave !== UNKNOWN && zones.complete;
            if (typeof master === "string" && zone !== master && typeof slave === "string" && zone === slave) {
                return { survives: true, capacityLeft: 1, rtoSeconds: 0, rpoSeconds: 0, reason: `${title(clb)} keeps serving from its master zone ${master}; only its slave zone is lost.`, complete };
            }
            if (typeof slave === "string" && slave !== zone) {
                return {
                    survives: true,
                    capacityLeft: 1,
                    rtoSeconds: CLB_ZONE_SWITCH_SECONDS,
                    rpoSeconds: 0,
                    reason: `${title(clb)} switches from its master zone ${zone} to its slave zone ${slave} in about ${formatSeconds(CLB_ZONE_SWITCH_SECONDS)}.`,
                    complete,
                };
            }
            return LOST(`${title(clb)} has no slave zone (\`slaveZoneId\` is not set): losing ${zone} takes the load balancer down.`, complete);
        },
    };
}

// ---- Compute ------------------------------------------------------------------------------------

function base(node: TopologyNode, tier: SimTier, zones: ZoneSet) {
    return { urn: node.urn, name: node.name, title: title(node), kind: node.kind, tier, zones, members: [{ urn: node.urn, zones: zones.zones }], heldToRpo: false };
}

function isClbBackend(t: Topology, group: TopologyNode): boolean {
    const direct = list(at(group.props, "forwardBalancerIds"));
    const classic = list(at(group.props, "loadBalancerIds"));
    if ((Array.isArray(direct) && direct.length > 0) || (Array.isArray(classic) && classic.length > 0) || direct === UNKNOWN || classic === UNKNOWN) {
        return true;
    }
    return t.ofKind("as-lb-attachment").some((link) => t.resolve(link, "autoScalingGroupId", ["as-group"]).nodes.includes(group));
}

function groupSubject(t: Topology, group: TopologyNode): Subject {
    const zones = t.zonesOf(group);
    const size = poolSizeOf(group);
    const behindClb = group.kind === "as-group" && isClbBackend(t, group);
    return {
        ...base(group, "compute", zones),
        judge(zone) {
            const complete = zones.complete && size.complete;
            const surviving = zones.zones.filter((z) => z !== zone);
            const unit = group.kind === "tke-nodepool" ? "node" : "instance";
            if (surviving.length === 0) {
                return LOST(`${title(group)} places every ${unit} in ${zone} (its subnets are all in that zone): nothing is left to serve.`, complete);
            }
            const lost = lostShare(size.current, zones.zones.length);
            const left = ratio(size.current - lost, size.current);
            const rto = group.kind === "tke-nodepool" ? NODE_MONITOR_GRACE_SECONDS : behindClb ? CLB_BACKEND_REMOVAL_SECONDS : 0;
            const how =
                group.kind === "tke-nodepool"
                    ? `its lost nodes are marked NotReady after ${formatSeconds(NODE_MONITOR_GRACE_SECONDS)}`
                    : behindClb
                      ? `the CLB health check drops the lost instances in about ${formatSeconds(CLB_BACKEND_REMOVAL_SECONDS)}`
                      : "nothing routes to the lost instances";
            return {
                survives: true,
                capacityLeft: left,
                rtoSeconds: rto,
                rpoSeconds: 0,
                reason: `${title(group)} keeps ${plural(size.current - lost, unit)} of ${size.current} in ${describeZones(surviving)}; ${how}.`,
                complete,
            };
        },
    };
}

function cvmSubjects(t: Topology): Subject[] {
    const subjects: Subject[] = [];
    const grouped = new Set<TopologyNode>();
    for (const { via: attachment, label, members: listed } of t.cvmBackendGroups()) {
        const cvms = listed.filter((c) => !grouped.has(c));
        if (cvms.length === 0) {
            continue;
        }
        cvms.forEach((c) => grouped.add(c));
        const members = cvms.map((c) => ({ urn: c.urn, zones: t.zonesOf(c).zones }));
        const zones: ZoneSet = {
            zones: [...new Set(members.flatMap((m) => m.zones))].sort(),
            complete: cvms.every((c) => t.zonesOf(c).complete),
        };
        const names = cvms.map((c) => c.name).join(", ");
        subjects.push({
            urn: cvms[0].urn,
            name: `${attachment.name} (${names})`,
            title: `CLB backend group ${attachment.name} (${names})`,
            kind: "cvm-group",
            tier: "compute",
            zones,
            members,
            heldToRpo: false,
            judge(zone) {
                const surviving = members.filter((m) => m.zones.some((z) => z !== zone));
                if (surviving.length === 0) {
                    return LOST(`CVM instances ${names} behind ${label} ${attachment.name} are all in ${zone}: the backend group has nothing left.`, zones.complete);
                }
                const unchecked = attachment.kind === "clb-target-group" ? targetGroupHealthCheckOff(attachment.props) : false;
                if (unchecked === true) {
                    // No health check drops the lost instances: their share of requests fails until they are removed by hand.
                    return LOST(
                        `${label} ${attachment.name} keeps ${plural(surviving.length, "CVM instance")} of ${members.length} outside ${zone}, but its health check is switched off (\`healthCheck.healthSwitch\` false): the load balancer keeps sending the lost instances their share of requests until they are removed by hand.`,
                        zones.complete,
                        ratio(surviving.length, members.length),
                    );
                }
                return {
                    survives: true,
                    capacityLeft: ratio(surviving.length, members.length),
                    rtoSeconds: CLB_BACKEND_REMOVAL_SECONDS,
                    rpoSeconds: 0,
                    reason: `${label} ${attachment.name} keeps ${plural(surviving.length, "CVM instance")} of ${members.length} outside ${zone}; the health check drops the lost ones in about ${formatSeconds(CLB_BACKEND_REMOVAL_SECONDS)}.`,
                    complete: zones.complete && unchecked !== UNKNOWN,
                };
            },
        });
    }
    for (const cvm of t.ofKind("cvm")) {
        if (grouped.has(cvm)) {
            continue;
        }
        const zones = t.zonesOf(cvm);
        subjects.push({
            ...base(cvm, "compute", zones),
            judge: (zone) => LOST(`${title(cvm)} is a single instance in ${zone} and no load balancer spreads its work to another zone.`, zones.complete),
        });
    }
    return subjects;
}

/** What the capacity of a node pool is made of: its zones, its size and what one node offers. */
interface PoolFacts {
    readonly zones: readonly string[];
    readonly size: PoolSize;
    readonly node: Resources;
}

/** The facts of each node pool, read once per pool however many workloads it may host. */
function poolFactsOf(t: Topology): (pool: TopologyNode) => PoolFacts {
    const read = new Map<TopologyNode, PoolFacts>();
    return (pool) => {
        let facts = read.get(pool);
        if (facts === undefined) {
            facts = { zones: t.zonesOf(pool).zones, size: poolSizeOf(pool), node: nodeCapacityOf(pool) };
            read.set(pool, facts);
        }
        return facts;
    };
}

/** Capacity of a set of (pool, zones) placements when `lost` is gone: now, and after the autoscaler grows the pools. */
function survivingCapacity(factsOf: (pool: TopologyNode) => PoolFacts, placements: Placement["pools"], lost: string): SurvivingCapacity {
    let now = { cpuMillis: 0, memoryMiB: 0 };
    let max = { cpuMillis: 0, memoryMiB: 0 };
    let complete = true;
    for (const { pool, zones } of placements) {
        const { zones: poolZones, size, node } = factsOf(pool);
        complete &&= size.complete;
        const perZone = poolZones.length === 0 ? 0 : size.current / poolZones.length;
        const usable = zones.filter((z) => z !== lost).length;
        const nodesNow = Math.floor(perZone * usable);
        // The autoscaler adds nodes in the surviving zones, up to the pool's maximum less the nodes still counted in the lost zone.
        const lostNodes = poolZones.includes(lost) ? lostShare(size.current, poolZones.length) : 0;
        const nodesMax = usable === 0 ? 0 : Math.max(nodesNow, Math.floor(((size.max - lostNodes) * usable) / Math.max(1, poolZones.filter((z) => z !== lost).length)));
        now = { cpuMillis: now.cpuMillis + nodesNow * node.cpuMillis, memoryMiB: now.memoryMiB + nodesNow * node.memoryMiB };
        max = { cpuMillis: max.cpuMillis + nodesMax * node.cpuMillis, memoryMiB: max.memoryMiB + nodesMax * node.memoryMiB };
    }
    return { now, max, complete };
}

/** What a set of placements offers once a zone is lost. */
interface SurvivingCapacity {
    readonly now: Resources;
    readonly max: Resources;
    readonly complete: boolean;
}

function fits(supply: Resources, demand: Resources): boolean {
    return supply.cpuMillis >= demand.cpuMillis && supply.memoryMiB >= demand.memoryMiB;
}

function podsFitting(supply: Resources, pod: Resources): number {
    const byCpu = pod.cpuMillis > 0 ? Math.floor(supply.cpuMillis / pod.cpuMillis) : Number.MAX_SAFE_INTEGER;
    const byMemory = pod.memoryMiB > 0 ? Math.floor(supply.memoryMiB / pod.memoryMiB) : Number.MAX_SAFE_INTEGER;
    return Math.min(byCpu, byMemory);
}

function cpu(r: Resources): string {
    return `${Math.round(r.cpuMillis / 100) / 10} vCPU`;
}

function workloadSubjects(t: Topology): Subject[] {
    const workloads = t.ofKind("workload");
    const info = workloads.map((w) => ({
        node: w,
        placement: placementOf(t, w),
        requests: podRequestsOf(w),
        replicas: replicasOf(t, w),
        toleration: unreachableTolerationOf(w),
        cluster: t.clusterOf(w)?.urn ?? "",
    }));
    const factsOf = poolFactsOf(t);
    /**
     * Every pool of a cluster with all its zones (the joint supply), the summed minimum demand of its
     * workloads, and the joint supply left by the loss of each zone (computed once per zone).
     */
    const clusters = new Map<string, { pools: Placement["pools"]; demand: Resources; surviving: Map<string, SurvivingCapacity> }>();
    for (const w of info) {
        const entry = clusters.get(w.cluster) ?? { pools: [], demand: { cpuMillis: 0, memoryMiB: 0 }, surviving: new Map() };
        if (entry.pools.length === 0) {
            const cluster = w.cluster ? t.byUrn(w.cluster) : undefined;
            const pools = cluster ? t.nodePoolsOf(cluster) : t.ofKind("tke-nodepool");
            entry.pools = pools.map((pool) => ({ pool, zones: t.zonesOf(pool).zones }));
        }
        entry.demand = {
            cpuMillis: entry.demand.cpuMillis + w.replicas.min * w.requests.cpuMillis,
            memoryMiB: entry.demand.memoryMiB + w.replicas.min * w.requests.memoryMiB,
        };
        clusters.set(w.cluster, entry);
    }
    return info.map((w): Subject => {
        const zones: ZoneSet = { zones: w.placement.zones, complete: w.placement.complete };
        const statefulSet = w.node.resource === "StatefulSet";
        const label = title(w.node);
        return {
            urn: w.node.urn,
            name: w.node.name,
            title: label,
            kind: "workload",
            tier: "compute",
            zones,
            members: [{ urn: w.node.urn, zones: zones.zones }],
            heldToRpo: false,
            judge(zone) {
                const complete = w.placement.complete && w.requests.complete && w.replicas.complete && w.toleration.complete;
                const surviving = w.placement.zones.filter((z) => z !== zone);
                if (w.placement.pools.length === 0) {
                    return LOST(`${label} has no node pool its pods can be scheduled on.`, complete);
                }
                if (surviving.length === 0) {
                    const pools = w.placement.pools.map((p) => p.pool.name).join(", ");
                    const why = w.placement.pinnedBy ? ` (${w.placement.pinnedBy})` : "";
                    return LOST(`${label}'s pods can only land on nodes in ${zone}${why}: node pool${w.placement.pools.length === 1 ? "" : "s"} ${pools} ha${w.placement.pools.length === 1 ? "s" : "ve"} no node in another zone.`, complete);
                }
                const lostPods = lostShare(w.replicas.desired, w.placement.zones.length);
                if (statefulSet) {
                    const left = w.replicas.desired - lostPods;
                    if (left < 1) {
                        return LOST(`${label} runs ${plural(w.replicas.desired, "replica")}, all of which can sit in ${zone}; StatefulSet pods on an unreachable node are not recreated until the node is removed.`, complete);
                    }
                    return {
                        survives: true,
                        capacityLeft: ratio(left, w.replicas.desired),
                        rtoSeconds: NODE_MONITOR_GRACE_SECONDS,
                        rpoSeconds: 0,
                        reason: `${label} keeps ${plural(left, "replica")} of ${w.replicas.desired} outside ${zone}; the lost ones leave its endpoints after ${formatSeconds(NODE_MONITOR_GRACE_SECONDS)} and are recreated only when their nodes are removed (StatefulSet pods are never evicted from an unreachable node).`,
                        complete,
                    };
                }
                if (w.toleration.seconds === null) {
                    return LOST(`${label}'s pods tolerate \`node.kubernetes.io/unreachable\` without \`tolerationSeconds\`: pods in ${zone} are never evicted or rescheduled.`, complete);
                }
                const demand = { cpuMillis: w.replicas.min * w.requests.cpuMillis, memoryMiB: w.replicas.min * w.requests.memoryMiB };
                const own = survivingCapacity(factsOf, w.placement.pools, zone);
                const cluster = clusters.get(w.cluster)!;
                let joint = cluster.surviving.get(zone);
                if (joint === undefined) {
                    joint = survivingCapacity(factsOf, cluster.pools, zone);
                    cluster.surviving.set(zone, joint);
                }
                const allComplete = complete && own.complete && joint.complete;
                const evict = NODE_MONITOR_GRACE_SECONDS + w.toleration.seconds + POD_RESTART_SECONDS;
                const timing = `grace ${formatSeconds(NODE_MONITOR_GRACE_SECONDS)} + toleration ${formatSeconds(w.toleration.seconds)} + restart ${formatSeconds(POD_RESTART_SECONDS)}`;
                const need = `${w.replicas.min} × ${w.requests.cpuMillis}m CPU / ${Math.round(w.requests.memoryMiB)}Mi${w.requests.estimated ? " (default requests, estimated)" : ""}`;
                if (fits(own.now, demand) && fits(joint.now, cluster.demand)) {
                    return {
                        survives: true,
                        capacityLeft: ratio(podsFitting(own.now, w.requests), w.replicas.desired),
                        rtoSeconds: evict,
                        rpoSeconds: 0,
                        reason: `${label} reschedules ${plural(lostPods, "pod")} from ${zone} onto nodes in ${describeZones(surviving)}, which hold its minimum (${need}): ${formatSeconds(evict)} (${timing}).`,
                        complete: allComplete,
                    };
                }
                if (fits(own.max, demand) && fits(joint.max, cluster.demand)) {
                    return {
                        survives: true,
                        capacityLeft: ratio(podsFitting(own.max, w.requests), w.replicas.desired),
                        rtoSeconds: evict + NODE_PROVISION_SECONDS,
                        rpoSeconds: 0,
                        reason: `${label} needs the cluster autoscaler to add nodes in ${describeZones(surviving)} before its minimum (${need}) fits: ${formatSeconds(evict + NODE_PROVISION_SECONDS)} (${timing} + nodes ${formatSeconds(NODE_PROVISION_SECONDS)}).`,
                        complete: allComplete,
                    };
                }
                const short = fits(own.max, demand) ? joint.max : own.max;
                const wanted = fits(own.max, demand) ? cluster.demand : demand;
                return LOST(
                    `${label} cannot get its minimum back: nodes in ${describeZones(surviving)}, even at their pools' maximum, offer ${cpu(short)} and ${Math.round(short.memoryMiB)}Mi for ${cpu(wanted)} and ${Math.round(wanted.memoryMiB)}Mi requested${fits(own.max, demand) ? " by the cluster's workloads" : ` (${need})`}.`,
                    allComplete,
                    ratio(podsFitting(own.max, w.requests), w.replicas.desired),
                );
            },
        };
    });
}

// ---- Middleware ---------------------------------------------------------------------------------

function ckafkaSubject(t: Topology, kafka: TopologyNode): Subject {
    const zones = t.zonesOf(kafka);
    const multi = bool(at(kafka.props, "multiZoneFlag"));
    return {
        ...base(kafka, "middleware", zones),
        judge(zone) {
            const complete = zones.complete && multi !== UNKNOWN;
            const surviving = zones.zones.filter((z) => z !== zone);
            if (multi !== true || surviving.length === 0) {
                return LOST(`${title(kafka)} runs its brokers in ${zone} only (\`multiZoneFlag\` ${multi === true ? "true with one zone" : "is not set"}): its partitions have no replica elsewhere.`, complete);
            }
            return {
                survives: true,
                capacityLeft: ratio(surviving.length, zones.zones.length),
                rtoSeconds: CKAFKA_ZONE_FAILOVER_SECONDS,
                rpoSeconds: 0,
                reason: `${title(kafka)} moves partition leaders to brokers in ${describeZones(surviving)} and its VIP drifts to a healthy zone: about ${formatSeconds(CKAFKA_ZONE_FAILOVER_SECONDS)}; replicas in other zones keep acknowledged messages (producers with acks=all).`,
                complete,
            };
        },
    };
}

// ---- Data ---------------------------------------------------------------------------------------

/** The data-tier tag value that declares data not critical (the stacks' `dataTier: standard`): no RPO target. */
const STANDARD_DATA_TIER = "standard";

/**
 * Whether the data-tier RPO target applies to a data store: every database of record, unless its kind
 * is exempt (caches) or the resource declares a standard, non-critical data tier
 * (`zonesafe:data-tier: standard`, the tag the stacks put on their data resources).
 */
function heldToRpo(node: TopologyNode, exempt: readonly string[]): boolean {
    if (exempt.includes(node.kind)) {
        return false;
    }
    const tag = tagsOf(node.props).get(DATA_TIER_KEY);
    return tag === undefined || tag.trim().toLowerCase() !== STANDARD_DATA_TIER;
}

const SYNC_NAMES: Readonly<Record<number, string>> = { 0: "async", 1: "semi-sync", 2: "strong sync" };

function mysqlSubject(mysql: TopologyNode, exempt: readonly string[]): Subject {
    const p = mysql.props;
    const layout = mysqlLayout(p);
    const primary = layout.primary;
    const sync = num(at(p, "slaveSyncMode"));
    const replicaZones = layout.standbys;
    const nodeZones = typeof primary === "string" ? [...new Set([primary, ...replicaZones])].sort() : [];
    const zones: ZoneSet = { zones: nodeZones, complete: layout.complete && sync !== UNKNOWN && typeof primary === "string" };
    const syncMode = typeof sync === "number" ? sync : 0;
    const syncName = `${SYNC_NAMES[syncMode] ?? `mode ${syncMode}`}${sync === undefined ? ", the provider default" : ""}`;
    const rpo = syncMode === 2 ? 0 : syncMode === 1 ? MYSQL_SEMI_SYNC_RPO_SECONDS : MYSQL_ASYNC_RPO_SECONDS;
    const cluster = layout.edition === "cluster";
    return {
        ...base(mysql, "data", zones),
        heldToRpo: heldToRpo(mysql, exempt),
        judge(zone) {
            if (primary !== zone) {
                return {
                    survives: true,
                    capacityLeft: 1,
                    rtoSeconds: 0,
                    rpoSeconds: 0,
                    reason: `${title(mysql)} keeps its ${cluster ? "read-write node" : "primary"} in ${typeof primary === "string" ? primary : "another zone"}; only a ${cluster ? "read-only node" : "replica"} in ${zone} is lost.`,
                    complete: zones.complete,
                };
            }
            const elsewhere = replicaZones.filter((z) => z !== zone);
            if (elsewhere.length === 0) {
                const how =
                    layout.edition === "basic"
                        ? "single-node basic edition"
                        : cluster
                          ? layout.randomZoneNodes > 0
                              ? "cluster edition whose other read-only nodes sit in zones the service picks (`isRandomZone`)"
                              : "cluster edition, every `clusterTopology` node in that zone"
                          : num(at(p, "slaveDeployMode")) === 1
                            ? "replicas in the same zone"
                            : "`slaveDeployMode` 0, single AZ";
                return LOST(`${title(mysql)} keeps its ${cluster ? "read-write node and every read-only node" : "primary and every replica"} in ${zone} (${how}): nothing to fail over to.`, zones.complete);
            }
            const loss = rpo === 0 ? "no committed transaction is lost" : `up to ${formatSeconds(rpo)} of commits may be missing (estimate)`;
            if (cluster) {
                return {
                    survives: true,
                    capacityLeft: 1,
                    rtoSeconds: MYSQL_CLUSTER_FAILOVER_SECONDS,
                    rpoSeconds: rpo,
                    reason: `${title(mysql)} (cluster edition) promotes its read-only node in ${elsewhere[0]} to read-write within ${formatSeconds(MYSQL_CLUSTER_FAILOVER_SECONDS)} (conservative estimate); with ${syncName} replication (\`slaveSyncMode\` ${syncMode}) ${loss}.`,
                    complete: zones.complete,
                };
            }
            const edition = replicaZones.length >= 2 ? "three-node" : "two-node";
            return {
                survives: true,
                capacityLeft: 1,
                rtoSeconds: MYSQL_FAILOVER_SECONDS,
                rpoSeconds: rpo,
                reason: `${title(mysql)} (${edition}) fails over to its replica in ${elsewhere[0]} within ${formatSeconds(MYSQL_FAILOVER_SECONDS)}; with ${syncName} replication (\`slaveSyncMode\` ${syncMode}) ${loss}.`,
                complete: zones.complete,
            };
        },
    };
}

/** What tells a product's read-only instances apart: their kind, how they name their primary, how fast reads move. */
interface ReadonlyProduct {
    readonly label: "MySQL" | "PostgreSQL";
    readonly kind: "mysql-readonly" | "postgresql-readonly";
    readonly primaryKind: "mysql" | "postgresql";
    readonly primaryProperty: string;
    readonly rerouteSeconds: number;
    /** Appended to the reroute time where it is an estimate rather than a documented figure. */
    readonly rerouteNote: string;
}

const MYSQL_READONLY: ReadonlyProduct = {
    label: "MySQL",
    kind: "mysql-readonly",
    primaryKind: "mysql",
    primaryProperty: "masterInstanceId",
    rerouteSeconds: MYSQL_READONLY_REROUTE_SECONDS,
    rerouteNote: "",
};

const POSTGRESQL_READONLY: ReadonlyProduct = {
    label: "PostgreSQL",
    kind: "postgresql-readonly",
    primaryKind: "postgresql",
    primaryProperty: "masterDbInstanceId",
    rerouteSeconds: POSTGRESQL_READONLY_REROUTE_SECONDS,
    rerouteNote: " (estimate)",
};

/** A product's read-only instances grouped by their primary: a group survives while one member is outside the lost zone. */
function readonlySubjects(t: Topology, product: ReadonlyProduct): Subject[] {
    const groups = new Map<string, TopologyNode[]>();
    for (const ro of t.ofKind(product.kind)) {
        const master = t.resolve(ro, product.primaryProperty, [product.primaryKind]).nodes[0];
        const key = master?.urn ?? ro.urn;
        groups.set(key, [...(groups.get(key) ?? []), ro]);
    }
    return [...groups.entries()].map(([key, members]): Subject => {
        const master = t.byUrn(key);
        const memberZones = members.map((m) => ({ urn: m.urn, zones: t.zonesOf(m).zones }));
        const zones: ZoneSet = {
            zones: [...new Set(memberZones.flatMap((m) => m.zones))].sort(),
            complete: members.every((m) => t.zonesOf(m).complete),
        };
        const names = members.map((m) => m.name).join(", ");
        const what = `${product.label} read-only instance${members.length === 1 ? "" : "s"} ${names}${master && master.kind === product.primaryKind ? ` of ${master.name}` : ""}`;
        return {
            urn: members[0].urn,
            name: members.length === 1 ? members[0].name : `${master?.name ?? members[0].name} read-only group`,
            title: members.length === 1 ? title(members[0]) : `${product.label} read-only group ${master?.name ?? members[0].name}`,
            kind: product.kind,
            tier: "data",
            zones,
            members: memberZones,
            heldToRpo: false,
            judge(zone) {
                const surviving = memberZones.filter((m) => m.zones.some((z) => z !== zone));
                if (surviving.length === 0) {
                    return LOST(`${what} ${members.length === 1 ? "is" : "are all"} in ${zone}: no read replica is left.`, zones.complete);
                }
                return {
                    survives: true,
                    capacityLeft: ratio(surviving.length, memberZones.length),
                    rtoSeconds: product.rerouteSeconds,
                    rpoSeconds: 0,
                    reason: `${what} keep ${plural(surviving.length, "instance")} of ${memberZones.length} outside ${zone}; reads move to them in about ${formatSeconds(product.rerouteSeconds)}${product.rerouteNote}.`,
                    complete: zones.complete,
                };
            },
        };
    });
}

function redisSubject(t: Topology, redis: TopologyNode, exempt: readonly string[]): Subject {
    const zones = t.zonesOf(redis);
    const master = str(at(redis.props, "availabilityZone"));
    const replicaIds = nums(at(redis.props, "replicaZoneIds"));
    const count = num(at(redis.props, "redisReplicasNum"));
    const complete = zones.complete && master !== UNKNOWN && replicaIds !== UNKNOWN && count !== UNKNOWN;
    const replicaZones =
        replicaIds !== UNKNOWN && replicaIds !== undefined && replicaIds.length > 0
            ? replicaIds.filter((id): id is number => id !== UNKNOWN).map((id) => zoneLabel(id))
            : typeof master === "string"
              ? Array.from({ length: typeof count === "number" ? count : 1 }, () => master)
              : [];
    return {
        ...base(redis, "data", zones),
        heldToRpo: heldToRpo(redis, exempt),
        judge(zone) {
            if (master !== zone) {
                return {
                    survives: true,
                    capacityLeft: 1,
                    rtoSeconds: 0,
                    rpoSeconds: 0,
                    reason: `${title(redis)} keeps its master in ${typeof master === "string" ? master : "another zone"}; only a replica in ${zone} is lost.`,
                    complete,
                };
            }
            const elsewhere = replicaZones.filter((z) => z !== zone);
            if (elsewhere.length === 0) {
                const how = replicaZones.length === 0 ? "it has no replica" : `\`replicaZoneIds\` ${replicaIds === undefined ? "is not set, so its replicas stay" : "keeps every replica"} in the master's zone`;
                return LOST(`${title(redis)} has its master in ${zone} and ${how}: nothing to promote.`, complete);
            }
            return {
                survives: true,
                capacityLeft: 1,
                rtoSeconds: REDIS_FAILOVER_SECONDS,
                rpoSeconds: REDIS_RPO_SECONDS,
                reason: `${title(redis)} promotes its replica in ${elsewhere[0]} in about ${formatSeconds(REDIS_FAILOVER_SECONDS)}; replication is asynchronous, so about ${formatSeconds(REDIS_RPO_SECONDS)} of writes may be lost (estimate).`,
                complete,
            };
        },
    };
}

/** The MongoDB version of `MONGO_44_WT` (4.4), or `undefined`. */
function mongoVersion(engine: string | undefined): number | undefined {
    const m = engine === undefined ? null : /MONGO_(\d)(\d)/i.exec(engine);
    return m ? Number(m[1]) + Number(m[2]) / 10 : undefined;
}

function mongodbSubject(t: Topology, mongo: TopologyNode, exempt: readonly string[]): Subject {
    const p = mongo.props;
    const zones = t.zonesOf(mongo);
    const primary = str(at(p, "availableZone"));
    const listed = strs(at(p, "availabilityZoneLists"));
    const nodeCount = num(at(p, "nodeNum")) ?? num(at(p, "nodesPerShard"));
    const engine = str(at(p, "engineVersion"));
    const complete = zones.complete && primary !== UNKNOWN && listed !== UNKNOWN && nodeCount !== UNKNOWN && engine !== UNKNOWN && !(listed ?? []).includes(UNKNOWN);
    const count = typeof nodeCount === "number" && nodeCount > 0 ? nodeCount : 3;
    const zoneList = (listed === UNKNOWN ? [] : (listed ?? [])).filter((z): z is string => typeof z === "string");
    const nodeZones: string[] =
        zoneList.length > 0 ? Array.from({ length: count }, (_, i) => zoneList[i % zoneList.length]) : typeof primary === "string" ? Array.from({ length: count }, () => primary) : [];
    const version = mongoVersion(typeof engine === "string" ? engine : undefined);
    const majorityDefault = version !== undefined && version >= 5;
    const rpo = majorityDefault ? 0 : MONGODB_W1_RPO_SECONDS;
    return {
        ...base(mongo, "data", zones),
        heldToRpo: heldToRpo(mongo, exempt),
        judge(zone) {
            const left = nodeZones.filter((z) => z !== zone).length;
            const majority = Math.floor(count / 2) + 1;
            if (left < majority) {
                return LOST(
                    `${title(mongo)} keeps ${left} of its ${count} nodes outside ${zone}, short of the majority of ${majority} needed to elect a primary (${zoneList.length > 0 ? `\`availabilityZoneLists\` ${zoneList.join(", ")}` : `every node in ${typeof primary === "string" ? primary : "one zone"}`}).`,
                    complete,
                );
            }
            if (primary !== zone) {
                return {
                    survives: true,
                    capacityLeft: 1,
                    rtoSeconds: 0,
                    rpoSeconds: 0,
                    reason: `${title(mongo)} keeps its primary in ${typeof primary === "string" ? primary : "another zone"} and a majority (${left} of ${count} nodes).`,
                    complete,
                };
            }
            const loss = rpo === 0 ? "writes acknowledged by a majority (the default from 5.0) are kept" : `before 5.0 the default write concern is w: 1, so about ${formatSeconds(rpo)} of writes may be rolled back (estimate)`;
            return {
                survives: true,
                capacityLeft: 1,
                rtoSeconds: MONGODB_ELECTION_SECONDS,
                rpoSeconds: rpo,
                reason: `${title(mongo)} elects a new primary among its ${left} nodes outside ${zone} in about ${formatSeconds(MONGODB_ELECTION_SECONDS)}; ${loss}.`,
                complete,
            };
        },
    };
}

// ---- Data and traffic products beyond the first six ---------------------------------------------

function postgresqlSubject(pg: TopologyNode, exempt: readonly string[]): Subject {
    const layout = postgresqlLayout(pg.props);
    const primary = layout.primary;
    const zones: ZoneSet = {
        zones: typeof primary === "string" ? [...new Set([primary, ...layout.standbys])].sort() : [],
        complete: layout.complete && typeof primary === "string",
    };
    return {
        ...base(pg, "data", zones),
        heldToRpo: heldToRpo(pg, exempt),
        judge(zone) {
            if (primary !== zone) {
                return {
                    survives: true,
                    capacityLeft: 1,
                    rtoSeconds: 0,
                    rpoSeconds: 0,
                    reason: `${title(pg)} keeps its primary node in ${typeof primary === "string" ? primary : "another zone"}; only a standby in ${zone} is lost.`,
                    complete: zones.complete,
                };
            }
            const elsewhere = layout.standbys.filter((z) => z !== zone);
            if (elsewhere.length === 0) {
                const how = layout.nodeSets ? "every `dbNodeSets` node in that zone" : "`dbNodeSets` not set: the standby shares the primary's zone";
                return LOST(`${title(pg)} keeps its primary and standby nodes in ${zone} (${how}): nothing to fail over to.`, zones.complete);
            }
            return {
                survives: true,
                capacityLeft: 1,
                rtoSeconds: POSTGRESQL_FAILOVER_SECONDS,
                rpoSeconds: POSTGRESQL_ASYNC_RPO_SECONDS,
                reason: `${title(pg)} switches to its standby node in ${elsewhere[0]} within ${formatSeconds(POSTGRESQL_FAILOVER_SECONDS)} (conservative estimate); replication is asynchronous by default, so up to ${formatSeconds(POSTGRESQL_ASYNC_RPO_SECONDS)} of commits may be missing (estimate).`,
                complete: zones.complete,
            };
        },
    };
}

/**
 * The data a TDSQL-C MySQL cluster may lose when it moves to its standby zone, from how it replicates
 * there (`syncWay`, `semiSyncTimeout`; fields of provider versions newer than 1.82.42):
 * - `sync`: a commit returns once the standby zone has it: nothing acknowledged is lost (RPO 0).
 * - `semisync`: the same, until the standby zone fails to acknowledge within `semiSyncTimeout`; then
 *   the primary falls back to asynchronous replication ("当主可用区集群在等待备可用区集群确认事务时若超过
 *   该超时时间，复制方式将降为异步复制", TDSQL-C API `SemiSyncTimeout`). A zone failure that first cuts
 *   the link to the standby zone makes the primary wait out the timeout and commit unacknowledged
 *   after it. The simulation assumes, as for MySQL's semi-sync estimate, that the commits at risk are
 *   those of one timeout window (the primary's zone is taken to be gone within that window of its
 *   link), so the RPO is the timeout (default 10 s), never more than the async estimate.
 * - `async`, unset (the API's documented default) or a value the provider does not list: the async
 *   lag estimate.
 * While either field is unknown in a preview, the worse reading is taken and the verdict is incomplete.
 */
export function cynosdbRpo(props: TopologyNode["props"]): { readonly rpoSeconds: number; readonly how: string; readonly complete: boolean } {
    const way = str(at(props, "syncWay"));
    const timeout = num(at(props, "semiSyncTimeout"));
    if (way === UNKNOWN) {
        return { rpoSeconds: CYNOSDB_ASYNC_RPO_SECONDS, how: "`syncWay` not known yet, read as async", complete: false };
    }
    const name = typeof way === "string" ? way.trim().toLowerCase() : CYNOSDB_DEFAULT_SYNC_WAY;
    const given = way === undefined ? ` (not set: the API's default ${CYNOSDB_DEFAULT_SYNC_WAY})` : "";
    if (name === "sync") {
        return { rpoSeconds: 0, how: "`syncWay` sync: the standby zone acknowledges every commit", complete: true };
    }
    if (name === "semisync") {
        const ms = typeof timeout === "number" && timeout > 0 ? timeout : CYNOSDB_SEMI_SYNC_TIMEOUT_DEFAULT_MS;
        const seconds = Math.min(ms / 1000, CYNOSDB_ASYNC_RPO_SECONDS);
        const set = typeof timeout === "number" ? "" : ", the default";
        return {
            rpoSeconds: seconds,
            how: `\`syncWay\` semisync: replication falls back to async once the standby zone has not acknowledged within \`semiSyncTimeout\` (${formatSeconds(ms / 1000)}${set})`,
            complete: timeout !== UNKNOWN,
        };
    }
    return { rpoSeconds: CYNOSDB_ASYNC_RPO_SECONDS, how: `\`syncWay\` ${name === "async" ? "async" : `${name}, not a documented value, read as async`}${given}`, complete: true };
}

function cynosdbSubject(cluster: TopologyNode, exempt: readonly string[]): Subject {
    const { primary, standby } = cynosdbZones(cluster.props);
    const replication = cynosdbRpo(cluster.props);
    const zones: ZoneSet = {
        zones: [...new Set([primary, standby].filter((z): z is string => typeof z === "string"))].sort(),
        complete: primary !== UNKNOWN && standby !== UNKNOWN && typeof primary === "string",
    };
    return {
        ...base(cluster, "data", zones),
        heldToRpo: heldToRpo(cluster, exempt),
        judge(zone) {
            if (primary !== zone) {
                return {
                    survives: true,
                    capacityLeft: 1,
                    rtoSeconds: 0,
                    rpoSeconds: 0,
                    reason: `${title(cluster)} keeps serving from its primary zone ${typeof primary === "string" ? primary : "elsewhere"}; only its standby zone is lost.`,
                    complete: zones.complete,
                };
            }
            if (typeof standby !== "string" || standby === zone) {
                return LOST(`${title(cluster)} runs in ${zone} only (\`slaveZone\` ${standby === undefined ? "is not set" : "is the same zone"}): nothing to move to.`, zones.complete);
            }
            const loss = replication.rpoSeconds === 0 ? "no committed transaction is lost" : `up to ${formatSeconds(replication.rpoSeconds)} of commits may be missing (estimate)`;
            return {
                survives: true,
                capacityLeft: 1,
                rtoSeconds: CYNOSDB_ZONE_FAILOVER_SECONDS,
                rpoSeconds: replication.rpoSeconds,
                reason: `${title(cluster)} moves to its standby zone ${standby} within ${formatSeconds(CYNOSDB_ZONE_FAILOVER_SECONDS)} (conservative estimate: no figure is published); with ${replication.how}, ${loss}.`,
                complete: zones.complete && replication.complete,
            };
        },
    };
}

/** The dedicated master nodes of an Elasticsearch instance, and its data nodes (master-eligible without dedicated masters). */
function elasticsearchNodes(es: TopologyNode): { masters: number; data: number; complete: boolean } {
    const nodes = objs(at(es.props, "nodeInfoLists"));
    let masters = 0;
    let data = 0;
    let complete = nodes !== UNKNOWN;
    for (const node of nodes === UNKNOWN ? [] : (nodes ?? [])) {
        if (node === UNKNOWN) {
            complete = false;
            continue;
        }
        const type = str(at(node, "type"));
        const count = num(at(node, "nodeNum"));
        if (type === UNKNOWN || count === UNKNOWN) {
            complete = false;
            continue;
        }
        if (type === "dedicatedMaster") {
            masters += count ?? 0;
        } else {
            data += count ?? 0;
        }
    }
    return { masters, data, complete };
}

function elasticsearchSubject(t: Topology, es: TopologyNode): Subject {
    const layout = elasticsearchLayout(es.props);
    const zones = t.zonesOf(es);
    const nodes = elasticsearchNodes(es);
    return {
        ...base(es, "data", zones),
        judge(zone) {
            const complete = zones.complete && layout.complete && nodes.complete;
            const surviving = zones.zones.filter((z) => z !== zone);
            if (layout.mode !== 1 || surviving.length === 0) {
                return LOST(`${title(es)} keeps every node in ${zone} (\`deployMode\` ${layout.mode === 1 ? "1 with one zone" : "0, single AZ"}): no replica of its shards is left.`, complete);
            }
            const dataLeft = nodes.data - lostShare(nodes.data, zones.zones.length);
            if (nodes.masters < 3) {
                // Without dedicated masters (the service spreads three or five over three zones), the data nodes elect the master.
                const voters = nodes.masters > 0 ? nodes.masters : nodes.data;
                const left = voters - lostShare(voters, zones.zones.length);
                if (left < Math.floor(voters / 2) + 1) {
                    return LOST(
                        `${title(es)} keeps ${left} of its ${voters} master-eligible nodes outside ${zone}, short of the majority needed to elect a master (${nodes.masters > 0 ? `${nodes.masters} dedicated masters` : "no dedicated masters"}).`,
                        complete,
                        ratio(dataLeft, nodes.data),
                    );
                }
            }
            return {
                survives: true,
                capacityLeft: ratio(dataLeft, nodes.data),
                rtoSeconds: ELASTICSEARCH_NODE_REMOVAL_SECONDS,
                rpoSeconds: 0,
                reason: `${title(es)} keeps ${plural(dataLeft, "data node")} of ${nodes.data} in ${describeZones(surviving)} and a master quorum; the lost nodes are dropped after ${formatSeconds(ELASTICSEARCH_NODE_REMOVAL_SECONDS)} (fault detection 3 × 10 s) and replicas in the other zones are promoted; writes acknowledged by every in-sync replica are kept.`,
                complete,
            };
        },
    };
}

function tseSubject(t: Topology, tse: TopologyNode): Subject {
    const zones = t.zonesOf(tse);
    const read = tseNodesOf(tse.props);
    return {
        ...base(tse, "middleware", zones),
        judge(zone) {
            const complete = zones.complete && read !== UNKNOWN;
            if (read === UNKNOWN || read === undefined) {
                return LOST(`${title(tse)} runs an engine or edition the simulation cannot read: it is assumed to go down with ${zone}.`, complete);
            }
            const min = TSE_MIN_NODES[read.engine];
            if (read.nodes < min) {
                return LOST(`${title(tse)} (${read.engine} ${read.edition}) runs ${plural(read.nodes, "node")}, fewer than the ${min} that survive the loss of a zone.`, complete);
            }
            // The service places the nodes (the provider sets no zone per node): assumed spread evenly over up to three zones.
            const lost = lostShare(read.nodes, Math.min(read.nodes, 3));
            const left = read.nodes - lost;
            const needed = read.engine === "polarismesh" ? 1 : Math.floor(read.nodes / 2) + 1;
            if (left < needed) {
                return LOST(`${title(tse)} (${read.engine} ${read.edition}) keeps ${left} of its ${read.nodes} nodes outside ${zone} (nodes assumed spread evenly over up to three zones), short of the ${needed} it needs.`, complete, ratio(left, read.nodes));
            }
            return {
                survives: true,
                capacityLeft: ratio(left, read.nodes),
                rtoSeconds: TSE_FAILOVER_SECONDS,
                rpoSeconds: 0,
                reason: `${title(tse)} (${read.engine} ${read.edition}, ${read.nodes} nodes, assumed spread evenly over up to three zones by the service) keeps ${left} nodes outside ${zone} and serves from them within ${formatSeconds(TSE_FAILOVER_SECONDS)} (conservative estimate).`,
                complete,
            };
        },
    };
}

/** The NAT gateways of each VPC, judged together: a zone's loss must not cut the egress of the other zones' subnets. */
function natSubjects(t: Topology): Subject[] {
    return natGroupsOf(t).map((group): Subject => {
        const found = zonesWithoutGateway(t, group);
        const members = group.gateways.map((g) => ({ urn: g.urn, zones: t.zonesOf(g).zones }));
        const zones: ZoneSet = { zones: found.gatewayZones, complete: found.complete };
        const names = group.gateways.map((g) => g.name).join(", ");
        const where = group.vpc ? ` of VPC ${group.vpc.name}` : "";
        return {
            urn: group.gateways[0].urn,
            name: group.gateways.length === 1 ? group.gateways[0].name : `NAT gateways${where}`,
            title: group.gateways.length === 1 ? title(group.gateways[0]) : `NAT gateways${where} (${names})`,
            kind: "nat-gateway",
            tier: "access",
            zones,
            members,
            heldToRpo: false,
            judge(zone) {
                const left = members.filter((m) => m.zones.some((z) => z !== zone));
                const cut = found.subnetZones.filter((z) => z !== zone && !found.gatewayZones.filter((g) => g !== zone).includes(z));
                if (left.length === 0 || cut.length > 0) {
                    const whose = cut.length > 0 ? `subnets in ${describeZones(cut)}` : "every subnet";
                    return LOST(`NAT gateway${group.gateways.length === 1 ? "" : "s"} ${names}${where} in ${zone} carried the egress of ${whose}, which no gateway in its own zone replaces: their egress is cut until their routes point to a surviving gateway.`, zones.complete, ratio(left.length, members.length));
                }
                return {
                    survives: true,
                    capacityLeft: ratio(left.length, members.length),
                    rtoSeconds: 0,
                    rpoSeconds: 0,
                    reason: `NAT gateways${where} keep ${plural(left.length, "gateway")} of ${members.length} outside ${zone}; every surviving zone egresses through its own gateway.`,
                    complete: zones.complete,
                };
            },
        };
    });
}

/** Every subject the simulation judges, in tier order. */
function subjectsOf(t: Topology, exempt: readonly string[]): Subject[] {
    return [
        ...t.ofKind("clb").map((n) => clbSubject(t, n)),
        ...t.ofKind("tke-nodepool").map((n) => groupSubject(t, n)),
        ...workloadSubjects(t),
        ...t.ofKind("as-group").map((n) => groupSubject(t, n)),
        ...cvmSubjects(t),
        ...t.ofKind("ckafka").map((n) => ckafkaSubject(t, n)),
        ...t.ofKind("mysql").map((n) => mysqlSubject(n, exempt)),
        ...readonlySubjects(t, MYSQL_READONLY),
        ...t.ofKind("redis").map((n) => redisSubject(t, n, exempt)),
        ...t.ofKind("mongodb").map((n) => mongodbSubject(t, n, exempt)),
        ...t.ofKind("postgresql").map((n) => postgresqlSubject(n, exempt)),
        ...readonlySubjects(t, POSTGRESQL_READONLY),
        ...t.ofKind("cynosdb").map((n) => cynosdbSubject(n, exempt)),
        ...t.ofKind("elasticsearch").map((n) => elasticsearchSubject(t, n)),
        ...t.ofKind("tse").map((n) => tseSubject(t, n)),
        ...natSubjects(t),
    ];
}

function outcomeOf(subject: Subject, zone: string): ResourceOutcome {
    const affected = subject.zones.zones.includes(zone);
    const verdict: Verdict = affected
        ? subject.judge(zone)
        : {
              survives: true,
              capacityLeft: 1,
              rtoSeconds: 0,
              rpoSeconds: 0,
              reason: `${subject.title} runs outside ${zone} (${describeZones(subject.zones.zones)}).`,
          };
    return {
        urn: subject.urn,
        name: subject.name,
        title: subject.title,
        kind: subject.kind,
        tier: subject.tier,
        zones: subject.zones.zones,
        members: subject.members.map((m) => m.urn),
        affected,
        survives: verdict.survives,
        capacityLeft: verdict.capacityLeft,
        rtoSeconds: verdict.survives ? verdict.rtoSeconds : null,
        rpoSeconds: verdict.survives ? verdict.rpoSeconds : null,
        heldToRpo: subject.heldToRpo,
        complete: (verdict.complete ?? true) && subject.zones.complete,
        reason: verdict.reason,
    };
}

function tierOutcome(tier: SimTier, resources: ResourceOutcome[]): TierOutcome {
    let rto: number | null = 0;
    let rpo: number | null = 0;
    for (const r of resources) {
        rto = worse(rto, r.rtoSeconds);
        rpo = worse(rpo, r.rpoSeconds);
    }
    return {
        tier,
        survives: resources.every((r) => r.survives),
        capacityLeft: resources.reduce((least, r) => Math.min(least, r.capacityLeft), 1),
        rtoSeconds: rto,
        rpoSeconds: rpo,
        resources,
    };
}

/** The breaches of one resource against the targets, one line each (empty when it meets them). */
export function breachesOf(r: ResourceOutcome, targets: ResilienceTargets): string[] {
    if (!r.survives) {
        return [`${r.reason} Estimated RTO unbounded (target ${formatSeconds(targets.rtoSeconds)}).`];
    }
    const out: string[] = [];
    if (r.rtoSeconds !== null && r.rtoSeconds > targets.rtoSeconds) {
        out.push(`${r.reason} Estimated RTO ${formatSeconds(r.rtoSeconds)} exceeds the target of ${formatSeconds(targets.rtoSeconds)}.`);
    }
    if (r.heldToRpo && r.rpoSeconds !== null && r.rpoSeconds > targets.rpoSecondsData) {
        out.push(`${r.reason} Estimated RPO ${formatSeconds(r.rpoSeconds)} exceeds the data tier's target of ${formatSeconds(targets.rpoSecondsData)}.`);
    }
    return out;
}

function disruption(subjects: readonly Subject[], zone: string, targets: ResilienceTargets): DisruptionOutcome {
    const outcomes = subjects.map((s) => outcomeOf(s, zone));
    const tiers = SIM_TIERS.map((tier) => ({ tier, resources: outcomes.filter((o) => o.tier === tier) }))
        .filter((t) => t.resources.length > 0)
        .map((t) => tierOutcome(t.tier, t.resources));
    let rto: number | null = 0;
    let rpo: number | null = 0;
    for (const o of outcomes) {
        rto = worse(rto, o.rtoSeconds);
        if (o.heldToRpo) {
            rpo = worse(rpo, o.rpoSeconds);
        }
    }
    const breaches: string[] = [];
    let undecided = false;
    for (const o of outcomes) {
        const found = breachesOf(o, targets);
        if (found.length === 0) {
            continue;
        }
        if (o.complete) {
            breaches.push(...found);
        } else {
            undecided = true;
        }
    }
    const down: string[] = [];
    const degraded: string[] = [];
    for (const s of subjects) {
        for (const m of s.members) {
            if (!m.zones.includes(zone)) {
                continue;
            }
            (m.zones.every((z) => z === zone) ? down : degraded).push(m.urn);
        }
    }
    const status: ComplianceStatus = breaches.length > 0 ? "breached" : undecided ? "undetermined" : "met";
    return { type: "AZ", zone, tiers, rtoSeconds: rto, rpoSeconds: rpo, status, down: [...new Set(down)], degraded: [...new Set(degraded)], breaches };
}

/** Simulates the loss of each availability zone of the stack; never throws. */
export function simulateAzFailures(topology: Topology, options: SimulationOptions = { targets: DEFAULT_TARGETS }): Simulation {
    const subjects = subjectsOf(topology, options.rpoExemptKinds ?? DEFAULT_RPO_EXEMPT_KINDS);
    const zones = [...new Set(subjects.flatMap((s) => s.zones.zones))].sort();
    const disruptions = zones.map((zone) => disruption(subjects, zone, options.targets));
    let rto: number | null = 0;
    let rpo: number | null = 0;
    for (const d of disruptions) {
        rto = worse(rto, d.rtoSeconds);
        rpo = worse(rpo, d.rpoSeconds);
    }
    const status: ComplianceStatus =
        disruptions.length === 0
            ? "not-applicable"
            : disruptions.some((d) => d.status === "breached")
              ? "breached"
              : disruptions.some((d) => d.status === "undetermined")
                ? "undetermined"
                : "met";
    return {
        estimate: true,
        targets: options.targets,
        zones,
        disruptions,
        rtoSeconds: disruptions.length === 0 ? null : rto,
        rpoSeconds: disruptions.length === 0 ? null : rpo,
        status,
    };
}
