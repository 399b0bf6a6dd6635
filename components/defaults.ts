/**
 * Every default and limit the components apply, in one place. Numbers that come from the source
 * practice (the retailer's stability program and the log-ingestion gateway) say so; the others
 * are the provider's documented limits or conservative choices explained next to them.
 */
import { NODE_GUARD_DEFAULT_LIMIT } from "@zonesafe/model";

// ---------------------------------------------------------------------------------------------
// Zones
// ---------------------------------------------------------------------------------------------

/** The fewest distinct availability zones any multi-AZ layout accepts. */
export const MIN_ZONES = 2;
/** How many zones a network spans when the caller names a region but no zones. */
export const DEFAULT_ZONE_COUNT = 3;

// ---------------------------------------------------------------------------------------------
// Network
// ---------------------------------------------------------------------------------------------

/** The VPC range a ZonalNetwork uses when none is given. */
export const DEFAULT_VPC_CIDR = "10.0.0.0/16";
/** The prefix length of each tier subnet. */
export const DEFAULT_SUBNET_PREFIX = 24;
/** Ports the public (access) tier admits from `publicIngressCidrs`. */
export const DEFAULT_PUBLIC_PORTS: readonly number[] = [80, 443];
/** Ports the app tier admits from the public tier's subnets. */
export const DEFAULT_APP_PORTS: readonly number[] = [80, 443, 8080];
/**
 * MySQL intranet port when none is given: not the well-known 3306 (the provider's default), which
 * scanners inside a network probe first. A port is no access control; the security group is.
 */
export const MYSQL_INTRANET_PORT = 3307;
/**
 * Ports the data tier admits from the app tier's subnets: MySQL (the port ThreeNodeMysql listens on by
 * default, and the provider's 3306 for instances that keep it), Redis, MongoDB, CKafka.
 */
export const DEFAULT_DATA_PORTS: readonly number[] = [MYSQL_INTRANET_PORT, 3306, 6379, 27017, 9092];
/** Who may reach the public tier's ports. */
export const DEFAULT_PUBLIC_INGRESS_CIDRS: readonly string[] = ["0.0.0.0/0"];

// ---------------------------------------------------------------------------------------------
// CLB
// ---------------------------------------------------------------------------------------------

/** Seconds an OPEN CLB takes to switch from its master zone to its slave zone (source practice). */
export const CLB_CROSS_AZ_SWITCH_SECONDS = 30;
/** Health-check interval of every listener, in seconds. */
export const CLB_HEALTH_CHECK_INTERVAL_SECONDS = 5;
/** Health-check response timeout, in seconds (must stay below the interval). */
export const CLB_HEALTH_CHECK_TIMEOUT_SECONDS = 2;
/** Consecutive successes that mark a backend healthy. */
export const CLB_HEALTHY_THRESHOLD = 3;
/** Consecutive failures that mark a backend unhealthy. */
export const CLB_UNHEALTHY_THRESHOLD = 3;
/** The default backend weight. */
export const CLB_BACKEND_WEIGHT = 10;

// ---------------------------------------------------------------------------------------------
// Kubernetes
// ---------------------------------------------------------------------------------------------

/** The fewest replicas a workload runs. */
export const MIN_REPLICAS = 2;
/** The pod topology label for zones. */
export const ZONE_TOPOLOGY_KEY = "topology.kubernetes.io/zone";
/** The pod topology label for nodes. */
export const HOSTNAME_TOPOLOGY_KEY = "kubernetes.io/hostname";
/** The largest skew allowed between zones (and between nodes) in pod counts. */
export const TOPOLOGY_MAX_SKEW = 1;
/** Pods must leave a failed node within this many seconds (source practice: under 2 minutes). */
export const POD_EVICTION_DEADLINE_SECONDS = 120;
/**
 * How long the node controller waits before it marks a silent node NotReady/Unreachable
 * (kube-controller-manager `--node-monitor-grace-period`, 40 s before Kubernetes 1.32, 50 s after).
 */
export const NODE_MONITOR_GRACE_SECONDS = 50;
/**
 * The largest `tolerationSeconds` accepted for `node.kubernetes.io/not-ready` and `unreachable`:
 * grace (50 s) + toleration (≤ 60 s) leaves room for termination within the 120 s deadline.
 */
export const MAX_NODE_FAILURE_TOLERATION_SECONDS = 60;
/** The default toleration: grace 50 s + 30 s ≈ 80 s until pods are evicted from a failed node. */
export const NODE_FAILURE_TOLERATION_SECONDS = 30;
/** The HPA's CPU target, matching the scale-out threshold of the published table. */
export const HPA_CPU_TARGET_PERCENT = 60;
/** The HPA maximum, as a multiple of its minimum, when none is given. */
export const HPA_MAX_REPLICAS_FACTOR = 5;
/** The HPA scale-down stabilization window, the same as the scaling cooldown. */
export const HPA_SCALE_DOWN_STABILIZATION_SECONDS = 300;
/** Container resources when none are given. */
export const DEFAULT_CONTAINER_RESOURCES = {
    requests: { cpu: "250m", memory: "256Mi" },
    limits: { cpu: "1", memory: "512Mi" },
} as const;
/** Probe timings (seconds). */
export const READINESS_PERIOD_SECONDS = 5;
export const LIVENESS_PERIOD_SECONDS = 10;
export const LIVENESS_INITIAL_DELAY_SECONDS = 15;
export const PROBE_FAILURE_THRESHOLD = 3;
/** TKE Service annotation that binds a Service to an existing CLB. */
export const TKE_EXISTING_LB_ANNOTATION = "service.kubernetes.io/tke-existed-lbid";
/** TKE Service annotation that creates an internal CLB in a subnet. */
export const TKE_INTERNAL_SUBNET_ANNOTATION = "service.kubernetes.io/qcloud-loadbalancer-internal-subnetid";

/** A node pool's maximum, as a multiple of its minimum, when none is given. */
export const NODE_POOL_MAX_FACTOR = 3;

/** The TKE cluster's control plane type. */
export const TKE_DEPLOY_TYPE = "MANAGED_CLUSTER";
/** The TKE container runtime. */
export const TKE_CONTAINER_RUNTIME = "containerd";
/** The TKE pod network mode when none is given. */
export const TKE_NETWORK_TYPE = "GR";
/** The pod CIDR when none is given. */
export const TKE_CLUSTER_CIDR = "172.16.0.0/16";

// ---------------------------------------------------------------------------------------------
// Elastic scaling (the log-ingestion gateway's published table)
// ---------------------------------------------------------------------------------------------

/** Daily (public) pool and event (dedicated) pool: scale out above this CPU %. */
export const SCALE_OUT_CPU_PERCENT = 60;
/** Daily (public) pool and event (dedicated) pool: scale in below this CPU %. */
export const SCALE_IN_CPU_PERCENT = 20;
/** Burst (compute-platform) pool: scales out first, above this CPU %. */
export const BURST_SCALE_OUT_CPU_PERCENT = 50;
/** Burst (compute-platform) pool: scales in first, below this CPU %. */
export const BURST_SCALE_IN_CPU_PERCENT = 40;
/**
 * The smallest gap between the scale-out and scale-in thresholds of a daily or event pool. A
 * narrow gap makes a group flap: each scale-out lowers the average CPU under the scale-in line.
 */
export const MIN_THRESHOLD_GAP = 20;
/**
 * The smallest gap for a burst pool. The published burst pool runs at 50 %/40 % on purpose (it is
 * the first to grow and the first to shrink, behind the daily pool), so its rule is 10 points.
 */
export const BURST_MIN_THRESHOLD_GAP = 10;
/** Seconds between two scaling activities (also the provider's default). */
export const SCALING_COOLDOWN_SECONDS = 300;
/** Alarm statistics period of a scaling policy, seconds (60 or 300). */
export const SCALING_ALARM_PERIOD_SECONDS = 60;
/** Consecutive periods over/under the threshold before a scaling policy fires (1–10). */
export const SCALING_ALARM_CONTINUOUS_PERIODS = 3;
/** Seconds a new instance may fail the CLB health check before it is marked unhealthy. */
export const LB_HEALTH_CHECK_GRACE_SECONDS = 120;
/** Backends one gateway accepts per region; the maximum of every group (an older gateway: 200). */
export const GATEWAY_BACKEND_LIMIT = 1000;
/** The backend limit of the older gateway, for reference. */
export const LEGACY_GATEWAY_BACKEND_LIMIT = 200;
/** Above this share of the backend limit, split the service: by business, then region, then cluster. */
export const SPLIT_ADVICE_FRACTION = 0.5;
/** The published pool sizes (instances) of the gateway's three pools. */
export const GATEWAY_POOL_MIN = 300;
export const GATEWAY_POOL_MAX = 1000;
/** Daily traffic split between the public (daily) and compute-platform (burst) pools, 7:3. */
export const DAILY_TRAFFIC_SHARE = { daily: 7, burst: 3 } as const;
/** Minutes before a known peak that the event pool's schedule brings it up. */
export const EVENT_LEAD_MINUTES = 60;
/** Hours the event pool stays up after the peak starts, when no end is given. */
export const EVENT_DURATION_HOURS = 24;

// ---------------------------------------------------------------------------------------------
// Data tier
// ---------------------------------------------------------------------------------------------

/** Days backups are kept, at least. */
export const BACKUP_RETENTION_DAYS = 7;
/** Days binlogs are kept (point-in-time recovery window). */
export const BINLOG_RETENTION_DAYS = 7;
/** The daily backup window. */
export const BACKUP_WINDOW = "02:00-06:00";
/** MySQL failover target of the three-node layout, seconds (source practice). */
export const MYSQL_FAILOVER_SECONDS = 60;
/** MySQL engine version when none is given. */
export const MYSQL_ENGINE_VERSION = "8.0";
/** Redis instance type when none is given: 8 = Redis 5.0 memory edition, standard architecture. */
export const REDIS_TYPE_ID = 8;
/** Redis replicas: one beside the master, one in another zone. */
export const REDIS_REPLICAS = 2;
/** MongoDB nodes per replica set. */
export const MONGODB_NODE_NUM = 3;
/** MongoDB engine version when none is given. */
export const MONGODB_ENGINE_VERSION = "MONGO_60_WT";
/** MongoDB machine type when none is given (10-gigabit high IO). */
export const MONGODB_MACHINE_TYPE = "HIO10G";
/** CKafka edition: only professional (up to 4 zones) and advanced (2) editions span zones. */
export const CKAFKA_SPECIFICATIONS_TYPE = "profession";
/** Replication factor of auto-created CKafka topics: one copy per zone of a 3-zone instance. */
export const CKAFKA_REPLICATION_FACTOR = 3;
/** Partitions of auto-created CKafka topics. */
export const CKAFKA_DEFAULT_PARTITIONS = 3;

// ---------------------------------------------------------------------------------------------
// Node alarms (single-machine fault items)
// ---------------------------------------------------------------------------------------------

/** Below this many alarming nodes, remove them from service discovery automatically; at or above, page a person (the node guard's default limit, from the shared model). */
export const AUTO_REMOVAL_NODE_LIMIT = NODE_GUARD_DEFAULT_LIMIT;
/** CPU usage alarm threshold, %. */
export const ALARM_CPU_PERCENT = 90;
/** Memory usage alarm threshold, %. */
export const ALARM_MEMORY_PERCENT = 90;
/** Disk usage alarm threshold, %. */
export const ALARM_DISK_PERCENT = 85;
/** Alarm statistics period, seconds. */
export const ALARM_PERIOD_SECONDS = 60;
/** Consecutive periods before an alarm fires. */
export const ALARM_CONTINUE_PERIODS = 3;
/** Seconds between repeated notifications of one alarm. */
export const ALARM_NOTICE_FREQUENCY_SECONDS = 300;
