/**
 * The metrics a peak event is watched and reported on, defined once: the event dashboard draws them
 * and the event report reads them back from the same Prometheus, so the two can never disagree.
 *
 * Every series carries the zone it runs in as the label {@link ZONE_LABEL}; the figures are requests
 * (or operations) per second.
 *
 * Sources of the names:
 * - `qce_*`: Tencent Cloud Managed Prometheus' Cloud Monitor integration (the `qcloud_exporter` of
 *   tencentyun/tencentcloud-exporter) names a Cloud Monitor metric `qce_<product>_<metric>_<statistic>`,
 *   lower-cased, and copies the instance fields listed in its `extra_labels` (`Zone` → `zone`,
 *   `InstanceId` → `instance_id`). The metric names are Cloud Monitor's: `TotalReq` and `Http5xx` of
 *   the CLB namespace `QCE/LB_PUBLIC`, `QPS` of `QCE/CDB` (MySQL), `Commands` of `QCE/REDIS_MEM`,
 *   `InstanceProCount` of `QCE/CKAFKA`. Check the exact names against the integration's metric list of
 *   your instance: Cloud Monitor renames a metric now and then.
 * - Workloads on TKE have no Cloud Monitor request metric: the compute tier reads the ingress-nginx
 *   controller's `nginx_ingress_controller_requests` counter (TKE's Nginx Ingress add-on exports it),
 *   with the zone copied from the pod's node by the scrape's relabelling
 *   (`__meta_kubernetes_pod_label_topology_kubernetes_io_zone` → `zone`, or a node label).
 * - The node guard (`@zonesafe/node-guard`) labels every target of its `/sd` with
 *   `zonesafe_in_service`; a removed node's `up` series carries `zonesafe_in_service="false"`. The
 *   alerts that fired are Prometheus' own `ALERTS` series.
 */
import { COMMON_CAUSE_ALERT, FAULT_LABEL, NODE_LABEL, SINGLE_NODE_FAULT } from "./alerts";
import type { SimulatedTier } from "./tiers";

/** The label that names a series' availability zone. */
export const ZONE_LABEL = "zone";

/** The label the node guard's service discovery puts on every target: "false" once the guard removed the node. */
export const IN_SERVICE_LABEL = "zonesafe_in_service";

/** How a metric counts: a gauge already in per-second units, or a counter whose rate is taken. */
export type MetricKind = "gauge" | "counter";

/** One metric of a tier's members. */
export interface EventMetric {
    /** The metric's name. */
    readonly metric: string;
    readonly kind: MetricKind;
    /** The label that names a member (its id or name), to select the stack's own members. */
    readonly memberLabel: string;
    /** More label matchers, without braces (`status=~"5.."`), or "". */
    readonly matchers: string;
}

/** What a kind of member contributes to its tier: its request rate, and its error rate where one exists. */
export interface MemberMetrics {
    readonly requests: EventMetric;
    readonly errors?: EventMetric;
    /** Where the names come from, for panel descriptions. */
    readonly source: string;
}

/** The kinds of member an event dashboard and report know, by architecture tier. */
export const EVENT_MEMBER_KINDS = Object.freeze(["clb", "workload", "ckafka", "mysql", "redis"] as const);
/** A kind of member. */
export type EventMemberKind = (typeof EVENT_MEMBER_KINDS)[number];

/** The tier each kind of member serves. */
export const TIER_OF_MEMBER: Readonly<Record<EventMemberKind, SimulatedTier>> = Object.freeze({
    clb: "access",
    workload: "compute",
    ckafka: "middleware",
    mysql: "data",
    redis: "data",
});

const CLOUD_MONITOR = "Tencent Cloud Managed Prometheus, Cloud Monitor integration";

/** The metrics of each kind of member (see the module's comment for the sources). */
export const MEMBER_METRICS: Readonly<Record<EventMemberKind, MemberMetrics>> = Object.freeze({
    clb: {
        requests: { metric: "qce_lb_public_totalreq_sum", kind: "gauge", memberLabel: "instance_id", matchers: "" },
        errors: { metric: "qce_lb_public_http5xx_sum", kind: "gauge", memberLabel: "instance_id", matchers: "" },
        source: `${CLOUD_MONITOR} (QCE/LB_PUBLIC TotalReq, Http5xx)`,
    },
    workload: {
        requests: { metric: "nginx_ingress_controller_requests", kind: "counter", memberLabel: "service", matchers: "" },
        errors: { metric: "nginx_ingress_controller_requests", kind: "counter", memberLabel: "service", matchers: 'status=~"5.."' },
        source: "ingress-nginx controller metrics (nginx_ingress_controller_requests), zone from the pod's node",
    },
    ckafka: {
        requests: { metric: "qce_ckafka_instance_instanceprocount_sum", kind: "gauge", memberLabel: "instance_id", matchers: "" },
        source: `${CLOUD_MONITOR} (QCE/CKAFKA InstanceProCount)`,
    },
    mysql: {
        requests: { metric: "qce_cdb_qps_max", kind: "gauge", memberLabel: "instance_id", matchers: "" },
        source: `${CLOUD_MONITOR} (QCE/CDB QPS)`,
    },
    redis: {
        requests: { metric: "qce_redis_mem_commands_max", kind: "gauge", memberLabel: "instance_id", matchers: "" },
        source: `${CLOUD_MONITOR} (QCE/REDIS_MEM Commands)`,
    },
});

/** The tiers the event's requests enter through: the event's planned peak applies to them. */
export const PEAK_TIERS: readonly SimulatedTier[] = Object.freeze(["access", "compute"] as const);

/**
 * The compute tier's capacity at its maximum, requests per second: the node pool's maximum nodes (per
 * zone × zones) times what one node serves (`zonesafe:capacity.qpsPerNode`); `undefined` without the figure.
 */
export function computeCapacityQps(maxNodesPerZone: number, zoneCount: number, qpsPerNode: number | undefined): number | undefined {
    return qpsPerNode !== undefined && qpsPerNode > 0 ? maxNodesPerZone * zoneCount * qpsPerNode : undefined;
}

/** The window a counter's rate is looked for in (at least two scrapes). */
export const RATE_WINDOW = "2m";

/** Escapes a value for a PromQL string literal or regular expression alternative. */
function regexEscape(v: string): string {
    return v.replace(/[\\.*+?^${}()|[\]]/g, "\\$&").replace(/"/g, '\\"');
}

/**
 * The selector of a metric: its name and matchers, narrowed to `members` (ids or names) when given,
 * and to `zone` when given.
 */
export function metricSelector(m: EventMetric, opts: { members?: readonly string[]; zone?: string } = {}): string {
    const matchers: string[] = [];
    if (m.matchers !== "") matchers.push(m.matchers);
    const members = (opts.members ?? []).filter((x) => x !== "");
    if (members.length > 0) matchers.push(`${m.memberLabel}=~"${members.map(regexEscape).join("|")}"`);
    if (opts.zone !== undefined) matchers.push(`${ZONE_LABEL}="${regexEscape(opts.zone)}"`);
    return matchers.length > 0 ? `${m.metric}{${matchers.join(",")}}` : m.metric;
}

/**
 * A metric's per-second series: the gauge as it is, or the counter's rate between its last two samples
 * (`irate`): a peak shows at the scrape it happened in, at its height, where `rate` would spread it
 * over its window.
 */
function perSecond(m: EventMetric, opts: { members?: readonly string[]; zone?: string }): string {
    const sel = metricSelector(m, opts);
    return m.kind === "counter" ? `irate(${sel}[${RATE_WINDOW}])` : sel;
}

/** The label that keeps the series of different kinds apart while a tier's are summed. */
export const KIND_LABEL = "zonesafe_kind";

/**
 * The per-second rate by zone of several kinds' metrics: one kind's summed by zone; several kinds'
 * joined with `or` after each is labelled with its kind (so that no series of one kind hides one of
 * another with the same labels, and a zone where only some kinds run still counts), then summed by zone.
 */
function sumByZone(parts: { kind: EventMemberKind; expr: string }[]): string {
    if (parts.length === 1) return `sum by (${ZONE_LABEL}) (${parts[0].expr})`;
    const labelled = parts.map((p) => `label_replace(${p.expr}, "${KIND_LABEL}", "${p.kind}", "", "")`);
    return `sum by (${ZONE_LABEL}) (${labelled.join(" or ")})`;
}

/**
 * The request rate of a tier by zone: the sum of its members' rates. `members` maps each kind to the
 * ids or names of the stack's members of that kind (none: every series of the metric); `zone` narrows
 * to one zone.
 */
export function tierRequestsQuery(kinds: readonly EventMemberKind[], members: Partial<Record<EventMemberKind, readonly string[]>> = {}, zone?: string): string {
    return sumByZone([...new Set(kinds)].map((k) => ({ kind: k, expr: perSecond(MEMBER_METRICS[k].requests, { members: members[k], zone }) })));
}

/** The error rate of a tier by zone, from the kinds that have an error metric; `undefined` when none has. */
export function tierErrorsQuery(kinds: readonly EventMemberKind[], members: Partial<Record<EventMemberKind, readonly string[]>> = {}, zone?: string): string | undefined {
    const parts = [...new Set(kinds)].filter((k) => MEMBER_METRICS[k].errors !== undefined).map((k) => ({ kind: k, expr: perSecond(MEMBER_METRICS[k].errors!, { members: members[k], zone }) }));
    return parts.length > 0 ? sumByZone(parts) : undefined;
}

/** The kinds of member of a tier, in the order of {@link EVENT_MEMBER_KINDS}. */
export function kindsOfTier(tier: SimulatedTier): EventMemberKind[] {
    return EVENT_MEMBER_KINDS.filter((k) => TIER_OF_MEMBER[k] === tier);
}

/** The alerts firing, by name and labels (Prometheus' `ALERTS` series). */
export const FIRING_ALERTS_QUERY = 'ALERTS{alertstate="firing"}';

/** The scrapes of nodes the node guard removed from service discovery (it keeps them watched). */
export const GUARD_REMOVED_SELECTOR = `up{${IN_SERVICE_LABEL}="false"}`;

/** The nodes the node guard removed from service discovery, by node. */
export const GUARD_REMOVED_QUERY = `count by (${NODE_LABEL}) (${GUARD_REMOVED_SELECTOR})`;

/** The single-node fault alerts (the guard removes their nodes while fewer than its limit alarm). */
export const SINGLE_NODE_ALERTS_QUERY = `ALERTS{alertstate="firing",${FAULT_LABEL}="${SINGLE_NODE_FAULT}"}`;

/** The common-cause alert: the guard pages a person instead of removing nodes. */
export const GUARD_PAGES_QUERY = `ALERTS{alertstate="firing",alertname="${COMMON_CAUSE_ALERT}"}`;
