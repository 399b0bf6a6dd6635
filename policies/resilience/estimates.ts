/**
 * The recovery-time and data-loss estimates the AZ-failure simulation uses, one named constant per
 * figure, each with its source. They are estimates, as Resilience Hub labels its own: a plan cannot
 * measure a failover, so the simulation says what the documented behaviour of each product implies.
 *
 * The policy pack imports nothing from components/ (see ARCHITECTURE.md), so figures that the
 * components also use (the CLB switch, the MySQL failover, the pod eviction budget) are restated here
 * from their common source, docs/DESIGN's "numbers from the source practice".
 */

// ---- Access tier --------------------------------------------------------------------------------

/** Seconds an OPEN CLB takes to switch from its master zone to its slave zone (source practice: about 30 s). */
export const CLB_ZONE_SWITCH_SECONDS = 30;

/**
 * Seconds until a CLB stops sending traffic to backends of a lost zone: the listener health check
 * marks them unhealthy after 3 failures at a 5 s interval (the components' listener defaults).
 */
export const CLB_BACKEND_REMOVAL_SECONDS = 15;

// ---- Compute tier -------------------------------------------------------------------------------

/**
 * Seconds before the node controller marks a silent node NotReady/Unreachable
 * (kube-controller-manager `--node-monitor-grace-period`: 40 s before Kubernetes 1.32, 50 s after).
 */
export const NODE_MONITOR_GRACE_SECONDS = 50;

/**
 * Seconds a pod stays bound to an unreachable node when its spec does not say otherwise: the
 * `DefaultTolerationSeconds` admission plugin adds `tolerationSeconds: 300` for
 * `node.kubernetes.io/unreachable` and `not-ready`.
 */
export const DEFAULT_TOLERATION_SECONDS = 300;

/**
 * Seconds to schedule and start a replacement pod on a surviving node. The source practice moves
 * workloads off a failed node in under 2 minutes with grace 50 s + toleration 30 s; the remaining
 * 40 s of that budget is the estimate for scheduling, image start and readiness.
 */
export const POD_RESTART_SECONDS = 40;

/** The toleration the source practice gives pods for an unreachable node (grace 50 s + 30 s ≈ 80 s to eviction). */
export const PRACTICE_TOLERATION_SECONDS = 30;

/** The source practice's bound on moving workloads off a failed node: under 2 minutes (defined in the shared model). */
export { WORKLOAD_MIGRATION_BUDGET_SECONDS } from "@zonesafe/model";

/** The targets a zone's loss is held to: RTO 15 minutes, data-tier RPO 0 (defined in the shared model). */
export { DATA_TIER_RPO_TARGET_SECONDS, ZONE_RTO_TARGET_SECONDS } from "@zonesafe/model";

/**
 * Seconds the cluster autoscaler needs to add a node in a surviving zone when the surviving nodes
 * cannot hold the evicted pods: CVM creation plus TKE node initialisation. An estimate (TKE documents
 * "a few minutes"); it only applies when the surviving nodes are short of room.
 */
export const NODE_PROVISION_SECONDS = 300;

/**
 * The share of a node's CPU and memory left to pods after the kubelet, system reservations and
 * DaemonSets: an estimate (TKE reserves a sliding share of each node, larger on small nodes).
 */
export const NODE_ALLOCATABLE_FRACTION = 0.85;

/** A node whose instance type cannot be read: the project's default TKE worker, SA5.LARGE8 (4 vCPU, 8 GiB). */
export const DEFAULT_NODE_CPU_MILLIS = 4000;
/** Memory of {@link DEFAULT_NODE_CPU_MILLIS}'s node, MiB. */
export const DEFAULT_NODE_MEMORY_MIB = 8192;

/** A container without requests counts as the project's default container requests: 250m CPU. */
export const DEFAULT_POD_CPU_MILLIS = 250;
/** A container without requests counts as the project's default container requests: 256 MiB. */
export const DEFAULT_POD_MEMORY_MIB = 256;

// ---- Data tier ----------------------------------------------------------------------------------

/** Seconds a three-node MySQL takes to fail over to its zone-B replica (source practice: under 60 s). */
export const MYSQL_FAILOVER_SECONDS = 60;

/**
 * Data lost by a semi-sync MySQL failover, seconds: semi-sync falls back to asynchronous replication
 * when no replica acknowledges within `rpl_semi_sync_master_timeout` (MySQL default 10 000 ms), so
 * up to that window of commits may be missing on the replica.
 */
export const MYSQL_SEMI_SYNC_RPO_SECONDS = 10;

/**
 * Data lost by an async MySQL failover, seconds: the replication lag at the moment of failure. An
 * estimate (async replication has no bound; lag under a write burst commonly reaches tens of seconds).
 */
export const MYSQL_ASYNC_RPO_SECONDS = 30;

/**
 * Seconds until a MySQL read-only group stops routing to an instance of a lost zone: an estimate of
 * the same order as the CLB health check.
 */
export const MYSQL_READONLY_REROUTE_SECONDS = 30;

/**
 * Seconds for Redis to promote a replica in another zone when the master's zone fails: an estimate
 * (Tencent documents an automatic switch within seconds to tens of seconds).
 */
export const REDIS_FAILOVER_SECONDS = 30;

/** Data lost by a Redis failover, seconds: Redis replication is asynchronous; an estimate of its lag. */
export const REDIS_RPO_SECONDS = 1;

/**
 * Seconds for a MongoDB replica set to elect a new primary: "the median time before a cluster elects
 * a new primary should not typically exceed 12 seconds" (MongoDB manual, replica set elections).
 */
export const MONGODB_ELECTION_SECONDS = 12;

/**
 * Data lost by a MongoDB election before version 5.0, seconds: the implicit default write concern was
 * `w: 1`, so writes acknowledged by the old primary but not yet replicated are rolled back. An
 * estimate of the replication lag. From 5.0 the default is `w: majority` and nothing acknowledged is lost.
 */
export const MONGODB_W1_RPO_SECONDS = 1;

/**
 * Seconds for the MySQL cluster edition to promote a read-only node to read-write when the read-write
 * node's zone fails. Tencent documents the automatic switch ("a momentary disconnection lasting
 * seconds", TencentDB for MySQL, "Switch Between Read-Write Nodes and Read-Only Nodes",
 * cloud.tencent.com/document/product/236/104771) but publishes no bound: a conservative estimate, the
 * two- and three-node editions' figure.
 */
export const MYSQL_CLUSTER_FAILOVER_SECONDS = 60;

/**
 * Seconds for a PostgreSQL instance to switch to its standby node in another zone. Tencent documents
 * an automatic switch with "a momentary disconnection" (TencentDB for PostgreSQL, "Switch
 * Source-Replica Instance", tencentcloud.com/document/product/409/59359) but publishes no figure: a
 * conservative estimate, the MySQL failover's.
 */
export const POSTGRESQL_FAILOVER_SECONDS = 60;

/**
 * Data lost by a PostgreSQL failover, seconds. "By default, TencentDB for PostgreSQL adopts asynchronous
 * replication" (tencentcloud.com/document/product/409/59358), and the provider exposes no replication
 * mode, so the standby may lag: an estimate of the lag, as for async MySQL.
 */
export const POSTGRESQL_ASYNC_RPO_SECONDS = 30;

/**
 * Seconds until a PostgreSQL read-only group stops routing to a replica of a lost zone: the group
 * removes a failed replica automatically (tencentcloud.com/document/product/409/39548), with no
 * published delay; read-only replicas also lag "minute-level" after a primary switch
 * (document/product/409/59359). An estimate, as for MySQL read-only groups.
 */
export const POSTGRESQL_READONLY_REROUTE_SECONDS = 30;

/**
 * Seconds for a TDSQL-C MySQL cluster to move to its standby zone (`slaveZone`) when its primary zone
 * fails. The multi-AZ deployment is documented (tencentcloud.com/document/product/1098/44327: the
 * standby zone serves disaster recovery only) without a switch time: a conservative estimate.
 */
export const CYNOSDB_ZONE_FAILOVER_SECONDS = 60;

/**
 * How a TDSQL-C MySQL cluster replicates to its standby zone: `syncWay` (provider versions newer than
 * 1.82.42, tencentcloud/services/cynosdb/extension_cynosdb.go `sync_way` "`async`, `semisync`,
 * `sync`", optional and computed). Unset, the cloud API's documented default applies: "binlog同步方式。
 * 默认值：async" (TDSQL-C API, AddClusterSlaveZone and ModifyClusterSlaveZone `BinlogSyncWay`;
 * CreateClusters `SyncWay` documents no default), so an unset way is read as `async`.
 */
export const CYNOSDB_DEFAULT_SYNC_WAY = "async";

/**
 * The semi-sync timeout, milliseconds, when `semiSyncTimeout` is not set: "默认值：10000" (TDSQL-C API,
 * CreateClusters `SemiSyncTimeout`; provider `semi_sync_timeout` "Value range: `[1000, 4294967295]`,
 * default `10000`").
 */
export const CYNOSDB_SEMI_SYNC_TIMEOUT_DEFAULT_MS = 10_000;

/**
 * Data lost by a TDSQL-C MySQL zone switch under asynchronous replication (`syncWay` `async`, the
 * default), seconds: the standby zone's replication lag at the moment of failure. No figure is
 * published; an estimate, as for async MySQL ({@link MYSQL_ASYNC_RPO_SECONDS}).
 */
export const CYNOSDB_ASYNC_RPO_SECONDS = 30;

/**
 * Seconds until an Elasticsearch cluster stops waiting for the nodes of a lost zone: the elected
 * master removes a node after `cluster.fault_detection.follower_check.retry_count` (3) checks time out
 * at `follower_check.timeout` (10 s) each (Elasticsearch reference, cluster fault detection settings);
 * replicas in the other zones are then promoted. The service's VIP also drops unhealthy nodes
 * (tencentcloud.com/document/product/845/32591), with no published delay.
 */
export const ELASTICSEARCH_NODE_REMOVAL_SECONDS = 30;

/**
 * Seconds for a TSE registry (PolarisMesh, ZooKeeper, Nacos) to serve from the nodes outside a lost
 * zone: no figure is published; a conservative estimate (ZooKeeper's own leader election takes
 * seconds).
 */
export const TSE_FAILOVER_SECONDS = 60;

// ---- Middleware tier ----------------------------------------------------------------------------

/**
 * Seconds for a multi-zone CKafka to serve again after a zone fails: partition leaders move to
 * brokers in the surviving zones and the client VIP drifts to a healthy zone (Tencent CKafka
 * cross-AZ deployment). No figure is published; an estimate.
 */
export const CKAFKA_ZONE_FAILOVER_SECONDS = 60;

/** Every estimate, for reports: tier, what, RTO and RPO in seconds (null: not applicable), and the source. */
export const ESTIMATES: ReadonlyArray<{
    readonly tier: "access" | "compute" | "middleware" | "data";
    readonly what: string;
    readonly rtoSeconds: number | null;
    readonly rpoSeconds: number | null;
    readonly source: string;
}> = [
    { tier: "access", what: "OPEN CLB, master zone lost, slave zone set", rtoSeconds: CLB_ZONE_SWITCH_SECONDS, rpoSeconds: null, source: "source practice (DESIGN.md)" },
    { tier: "access", what: "CLB backends of a lost zone removed", rtoSeconds: CLB_BACKEND_REMOVAL_SECONDS, rpoSeconds: null, source: "listener health check 3 × 5 s" },
    { tier: "compute", what: "node pool: lost nodes marked NotReady", rtoSeconds: NODE_MONITOR_GRACE_SECONDS, rpoSeconds: null, source: "Kubernetes node-monitor-grace-period" },
    {
        tier: "compute",
        what: "workload rescheduled (grace + toleration + restart)",
        rtoSeconds: NODE_MONITOR_GRACE_SECONDS + PRACTICE_TOLERATION_SECONDS + POD_RESTART_SECONDS,
        rpoSeconds: null,
        source: "source practice: under 2 min; toleration from the pod spec (default 300 s)",
    },
    { tier: "compute", what: "node added by the cluster autoscaler", rtoSeconds: NODE_PROVISION_SECONDS, rpoSeconds: null, source: "estimate" },
    { tier: "middleware", what: "multi-zone CKafka", rtoSeconds: CKAFKA_ZONE_FAILOVER_SECONDS, rpoSeconds: 0, source: "estimate; replicas in other zones (Tencent CKafka cross-AZ)" },
    { tier: "data", what: "three-node MySQL, strong sync", rtoSeconds: MYSQL_FAILOVER_SECONDS, rpoSeconds: 0, source: "source practice (DESIGN.md)" },
    { tier: "data", what: "MySQL, semi-sync", rtoSeconds: MYSQL_FAILOVER_SECONDS, rpoSeconds: MYSQL_SEMI_SYNC_RPO_SECONDS, source: "MySQL rpl_semi_sync_master_timeout default 10 s" },
    { tier: "data", what: "MySQL, async", rtoSeconds: MYSQL_FAILOVER_SECONDS, rpoSeconds: MYSQL_ASYNC_RPO_SECONDS, source: "estimate of replication lag" },
    { tier: "data", what: "MySQL read-only group", rtoSeconds: MYSQL_READONLY_REROUTE_SECONDS, rpoSeconds: null, source: "estimate" },
    { tier: "data", what: "Redis replica promotion", rtoSeconds: REDIS_FAILOVER_SECONDS, rpoSeconds: REDIS_RPO_SECONDS, source: "estimate; async replication" },
    { tier: "data", what: "MongoDB election (≥ 5.0: w majority)", rtoSeconds: MONGODB_ELECTION_SECONDS, rpoSeconds: 0, source: "MongoDB manual" },
    { tier: "data", what: "MongoDB election (< 5.0: w 1)", rtoSeconds: MONGODB_ELECTION_SECONDS, rpoSeconds: MONGODB_W1_RPO_SECONDS, source: "MongoDB manual; estimate of lag" },
    { tier: "access", what: "NAT gateways, one per zone: a zone's loss takes only its own subnets' egress", rtoSeconds: 0, rpoSeconds: null, source: "NAT gateways are zonal (zone fixed at creation)" },
    { tier: "middleware", what: "TSE registry, nodes outside the lost zone", rtoSeconds: TSE_FAILOVER_SECONDS, rpoSeconds: 0, source: "conservative estimate; no figure published" },
    { tier: "data", what: "MySQL cluster edition, read-only node promoted", rtoSeconds: MYSQL_CLUSTER_FAILOVER_SECONDS, rpoSeconds: null, source: "conservative estimate; Tencent: \"momentary disconnection lasting seconds\" (MySQL doc 236/104771); RPO by `slaveSyncMode` as MySQL" },
    { tier: "data", what: "PostgreSQL standby in another zone (async)", rtoSeconds: POSTGRESQL_FAILOVER_SECONDS, rpoSeconds: POSTGRESQL_ASYNC_RPO_SECONDS, source: "conservative estimate; async by default (PostgreSQL doc 409/59358)" },
    { tier: "data", what: "PostgreSQL read-only group", rtoSeconds: POSTGRESQL_READONLY_REROUTE_SECONDS, rpoSeconds: null, source: "estimate; failed replicas removed automatically (PostgreSQL doc 409/39548)" },
    { tier: "data", what: "TDSQL-C MySQL, standby zone, `syncWay` sync", rtoSeconds: CYNOSDB_ZONE_FAILOVER_SECONDS, rpoSeconds: 0, source: "conservative RTO estimate; multi-AZ documented without figures (TDSQL-C doc 1098/44327)" },
    {
        tier: "data",
        what: "TDSQL-C MySQL, standby zone, `syncWay` semisync",
        rtoSeconds: CYNOSDB_ZONE_FAILOVER_SECONDS,
        rpoSeconds: CYNOSDB_SEMI_SYNC_TIMEOUT_DEFAULT_MS / 1000,
        source: "`semiSyncTimeout` (API default 10 000 ms), after which replication falls back to async (TDSQL-C API SemiSyncTimeout), capped at the async estimate",
    },
    { tier: "data", what: "TDSQL-C MySQL, standby zone, `syncWay` async (API default)", rtoSeconds: CYNOSDB_ZONE_FAILOVER_SECONDS, rpoSeconds: CYNOSDB_ASYNC_RPO_SECONDS, source: "estimate of replication lag, as async MySQL" },
    { tier: "data", what: "Elasticsearch multi-AZ, nodes of the lost zone removed", rtoSeconds: ELASTICSEARCH_NODE_REMOVAL_SECONDS, rpoSeconds: 0, source: "Elasticsearch fault detection 3 × 10 s; writes acknowledged by every in-sync replica" },
];
