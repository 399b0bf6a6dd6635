/**
 * Prometheus alert rules for the single-machine fault items of {@link NodeAlarms}: the same
 * thresholds and periods, watched through node_exporter (CPU, memory, network, disk) and the
 * business metrics a node exports (agent unavailable, queue too long, send success rate). Every
 * alert names its node and carries `zonesafe_fault: single-node`, which is what the node guard acts
 * on; one more rule fires when that many nodes alarm at once that a common cause is suspected.
 *
 * A pure planner (plain data) with three renderings: the rule groups, a rule file (YAML, as
 * `promtool check rules` and Prometheus' `rule_files` read it) and the `PrometheusRule` custom
 * resource of the Prometheus Operator (kube-prometheus).
 */
import * as YAML from "yaml";
import { ALARM_CONTINUE_PERIODS, ALARM_CPU_PERCENT, ALARM_DISK_PERCENT, ALARM_MEMORY_PERCENT, ALARM_PERIOD_SECONDS, AUTO_REMOVAL_NODE_LIMIT } from "../defaults";
import { Validator } from "../errors";
import { COMMON_CAUSE_ALERT, COMMON_CAUSE_FAULT, FAULT_LABEL, ITEM_LABEL, NODE_LABEL, SINGLE_NODE_FAULT } from "@zonesafe/model";
import { ALARM_PERIODS, NodeFaultThresholds } from "./nodeAlarms";

/** The type token the planner reports refusals under, unless its caller names its own component. */
export const NODE_ALERT_RULES_TYPE = "zonesafe:monitoring:NodeAlertRules";

export { COMMON_CAUSE_ALERT, COMMON_CAUSE_FAULT, FAULT_LABEL, ITEM_LABEL, NODE_LABEL, SINGLE_NODE_FAULT };

/** Label matchers (without braces) that select node_exporter's series when none are given. */
export const DEFAULT_NODE_EXPORTER_MATCHERS = 'job="node"';
/** The agent item's metric when none is given: a gauge each node exports, 1 while its agent is available, 0 while not. */
export const DEFAULT_AGENT_UP_METRIC = "zonesafe_agent_up";
/** The queue item's metric when none is given: a gauge of the messages waiting in the node's send queue. */
export const DEFAULT_QUEUE_LENGTH_METRIC = "zonesafe_queue_length";
/** The send success item's counters when none are given: sends that succeeded, and all sends. */
export const DEFAULT_SEND_SUCCESS_METRIC = "zonesafe_send_success_total";
/** See {@link DEFAULT_SEND_SUCCESS_METRIC}. */
export const DEFAULT_SEND_TOTAL_METRIC = "zonesafe_send_total";
/** Queue length above which the queue item alarms, messages. */
export const ALARM_QUEUE_LENGTH_MAX = 10000;
/** Send success rate below which the send success item alarms, %. */
export const ALARM_SEND_SUCCESS_PERCENT = 99;
/** Network interface errors (received plus sent) per second above which the network item alarms. */
export const ALARM_NETWORK_ERRORS_PER_SECOND = 1;

/** File system types the disk items ignore (memory, overlay, image and pseudo file systems). */
export const IGNORED_FILESYSTEMS = "tmpfs|ramfs|devtmpfs|overlay|squashfs|iso9660|nsfs|autofs|fuse.lxcfs";
/** Network devices the network items ignore (loopback and virtual interfaces of containers and tunnels). */
export const IGNORED_NETWORK_DEVICES = "lo|veth.*|docker.*|br-.*|cni.*|flannel.*|cali.*|tunl.*|vxlan.*|kube-ipvs.*|virbr.*";

/**
 * The host part of `instance`, as the node guard reads it: `10.0.0.1:9100` → `10.0.0.1`,
 * `[fd00::1]:9100` → `fd00::1`, `node-1` → `node-1`, `fd00::1` → `fd00::1` (an RE2 regular
 * expression, anchored by Prometheus; the host is whichever of its three groups matched).
 */
export const INSTANCE_HOST_REGEX = "\\[([^\\]]+)\\](?::[0-9]+)?|([^:]+):[0-9]+|(.+)";

/**
 * The arguments of {@link planAlertRules}: NodeAlarms' thresholds and periods, plus what only
 * Prometheus needs. NodeAlarms' own arguments object can be passed as it is: what only Cloud Monitor
 * reads (`target`, `instanceIds`, `noticeIds`, `noticeFrequencySeconds`, `projectId`, and
 * `businessMetrics`, which are Cloud Monitor metrics) is ignored; the Prometheus business items are
 * `agentUpMetric`, `queueLengthMetric` and `sendSuccessMetric`/`sendTotalMetric`.
 */
export interface AlertRulesArgs extends NodeFaultThresholds {
    /**
     * Label matchers, without braces, that select node_exporter's series (its scrape job), e.g.
     * `job="node-exporter"` under kube-prometheus. Its `up == 0` is the node-down alarm. Defaults to `job="node"`.
     */
    nodeExporterMatchers?: string;
    /** Network interface errors (received plus sent) per second above which the network item alarms, > 0. Defaults to `1`. */
    networkErrorsPerSecond?: number;
    /**
     * How long, in seconds, a single-node condition holds before its alert fires (the rules' `for`), an
     * integer 0–86400. Defaults to `periodSeconds × continuePeriods`, as Cloud Monitor's alarms wait. A
     * Prometheus of one's own scrapes more often than Cloud Monitor's 60 s periods and may wait less
     * (e.g. 30 with a 15 s scrape interval); the rate windows stay `periodSeconds`.
     */
    forSeconds?: number;
    /**
     * The agent item: a metric (name, optionally with label matchers in braces) each node exports,
     * 0 while its agent is unavailable, e.g. `up{job="log-agent"}`. Defaults to `zonesafe_agent_up`.
     */
    agentUpMetric?: string;
    /** The queue item: a gauge (name, optionally with matchers) of the node's queued messages. Defaults to `zonesafe_queue_length`. */
    queueLengthMetric?: string;
    /** Queue length above which the queue item alarms, > 0. Defaults to `10000`. */
    queueLengthMax?: number;
    /** The send success item: a counter (name, optionally with matchers) of the sends that succeeded. Defaults to `zonesafe_send_success_total`. */
    sendSuccessMetric?: string;
    /** The send success item: a counter (name, optionally with matchers) of all sends. Defaults to `zonesafe_send_total`. */
    sendTotalMetric?: string;
    /** Send success rate below which the send success item alarms, %, above 0 and at most 100. Defaults to `99`. */
    sendSuccessPercent?: number;
    /**
     * Distinct nodes alarming at once at which a common cause is suspected (the `ZonesafeCommonCause`
     * alert; the node guard pages instead of removing), 2–1000. Defaults to `3`.
     */
    commonCauseNodes?: number;
}

/** One Prometheus alerting rule, as a rule file and a `PrometheusRule` hold it. */
export interface PrometheusAlertRule {
    alert: string;
    expr: string;
    /** How long the condition holds before the alert fires (a Prometheus duration); absent: at once. */
    for?: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
}

/** One Prometheus rule group. */
export interface PrometheusRuleGroup {
    name: string;
    rules: PrometheusAlertRule[];
}

/** The resolved arguments of the rules. */
export interface ResolvedAlertRulesArgs {
    cpuPercent: number;
    memoryPercent: number;
    diskPercent: number;
    lanOutMbps: number | undefined;
    periodSeconds: number;
    continuePeriods: number;
    forSeconds: number;
    nodeExporterMatchers: string;
    networkErrorsPerSecond: number;
    agentUpMetric: string;
    queueLengthMetric: string;
    queueLengthMax: number;
    sendSuccessMetric: string;
    sendTotalMetric: string;
    sendSuccessPercent: number;
    commonCauseNodes: number;
}

/** The planned rules (plain data). */
export interface AlertRulesPlan {
    /** The resolved arguments. */
    args: ResolvedAlertRulesArgs;
    /** The single-node fault group, then the common-cause group. */
    groups: PrometheusRuleGroup[];
    /** The `for` of every single-node alert: `forSeconds` (by default `periodSeconds × continuePeriods`), as a Prometheus duration. */
    for: string;
}

const METRIC_NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
/** One label matcher; its value a PromQL string whose only escapes are the simple ones (a backslash before one of `abfnrtv\"'`). */
const MATCHER = '\\s*[a-zA-Z_][a-zA-Z0-9_]*\\s*(?:=~|!~|!=|=)\\s*"(?:[^"\\\\\\n]|\\\\[abfnrtv\\\\"\'])*"\\s*';
const MATCHERS = `${MATCHER}(?:,${MATCHER})*,?\\s*`;
/** Label matchers without braces: `job="node"`, `job="node", env=~"prod.*"`. */
const MATCHERS_RE = new RegExp(`^${MATCHERS}$`);
/** A metric name, optionally with label matchers in braces. */
const SELECTOR_RE = new RegExp(`^${METRIC_NAME}(?:\\{(?:${MATCHERS})?\\})?$`);
/** A Prometheus rule group name part: kept simple so it reads in every UI. */
const GROUP_NAME_RE = /^[a-zA-Z0-9]([-a-zA-Z0-9_.]{0,61}[a-zA-Z0-9])?$/;

/** A duration in seconds as Prometheus writes it (`3m`, `1h`, `90s`). */
export function promDuration(seconds: number): string {
    if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600}h`;
    if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`;
    return `${seconds}s`;
}

/** A number as a PromQL literal. */
function num(n: number): string {
    return String(n);
}

/** Adds the `node` label (the host of `instance`) to every series of `expr`. */
export function withNodeLabel(expr: string): string {
    return `label_replace(${expr}, "${NODE_LABEL}", "\${1}\${2}\${3}", "instance", \`${INSTANCE_HOST_REGEX}\`)`;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the rule groups. Throws a
 * `ComponentArgsError` (under `componentType`, so a component using the planner reports as itself)
 * when the arguments are refused. `name` prefixes the group names.
 */
export function planAlertRules(name: string, args: AlertRulesArgs = {}, componentType: string = NODE_ALERT_RULES_TYPE): AlertRulesPlan {
    const v = new Validator(componentType, name);
    const a = (args ?? {}) as AlertRulesArgs;
    v.check(typeof name === "string" && GROUP_NAME_RE.test(name), "name", "must be 1–63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (it names the rule groups)", name, 'use e.g. "gateway-pool".');
    const r: ResolvedAlertRulesArgs = {
        cpuPercent: a.cpuPercent ?? ALARM_CPU_PERCENT,
        memoryPercent: a.memoryPercent ?? ALARM_MEMORY_PERCENT,
        diskPercent: a.diskPercent ?? ALARM_DISK_PERCENT,
        lanOutMbps: a.lanOutMbps,
        periodSeconds: a.periodSeconds ?? ALARM_PERIOD_SECONDS,
        continuePeriods: a.continuePeriods ?? ALARM_CONTINUE_PERIODS,
        forSeconds: a.forSeconds ?? (a.periodSeconds ?? ALARM_PERIOD_SECONDS) * (a.continuePeriods ?? ALARM_CONTINUE_PERIODS),
        nodeExporterMatchers: a.nodeExporterMatchers ?? DEFAULT_NODE_EXPORTER_MATCHERS,
        networkErrorsPerSecond: a.networkErrorsPerSecond ?? ALARM_NETWORK_ERRORS_PER_SECOND,
        agentUpMetric: a.agentUpMetric ?? DEFAULT_AGENT_UP_METRIC,
        queueLengthMetric: a.queueLengthMetric ?? DEFAULT_QUEUE_LENGTH_METRIC,
        queueLengthMax: a.queueLengthMax ?? ALARM_QUEUE_LENGTH_MAX,
        sendSuccessMetric: a.sendSuccessMetric ?? DEFAULT_SEND_SUCCESS_METRIC,
        sendTotalMetric: a.sendTotalMetric ?? DEFAULT_SEND_TOTAL_METRIC,
        sendSuccessPercent: a.sendSuccessPercent ?? ALARM_SEND_SUCCESS_PERCENT,
        commonCauseNodes: a.commonCauseNodes ?? AUTO_REMOVAL_NODE_LIMIT,
    };
    v.number("cpuPercent", r.cpuPercent, 1, 100);
    v.number("memoryPercent", r.memoryPercent, 1, 100);
    v.number("diskPercent", r.diskPercent, 1, 100);
    if (r.lanOutMbps !== undefined) positive(v, "lanOutMbps", r.lanOutMbps, "set the instance's private bandwidth alarm line, in Mbps, or omit it.");
    v.oneOf("periodSeconds", r.periodSeconds, ALARM_PERIODS);
    v.integer("continuePeriods", r.continuePeriods, 1, 10);
    if (a.forSeconds !== undefined) v.integer("forSeconds", r.forSeconds, 0, 86400, "set how many seconds a condition must hold before its alert fires, or omit it to wait periodSeconds × continuePeriods.");
    v.check(
        typeof r.nodeExporterMatchers === "string" && r.nodeExporterMatchers.trim() !== "" && MATCHERS_RE.test(r.nodeExporterMatchers),
        "nodeExporterMatchers",
        'must be PromQL label matchers without braces, e.g. `job="node"` or `job="node-exporter", cluster="gz"`',
        r.nodeExporterMatchers,
        "name node_exporter's scrape job as your Prometheus configures it.",
    );
    positive(v, "networkErrorsPerSecond", r.networkErrorsPerSecond, "set the interface errors per second at which a node counts as faulty.");
    for (const field of ["agentUpMetric", "queueLengthMetric", "sendSuccessMetric", "sendTotalMetric"] as const) {
        const value = r[field];
        v.check(
            typeof value === "string" && SELECTOR_RE.test(value),
            field,
            "must be a Prometheus metric name, optionally with label matchers in braces",
            value,
            `give the metric your nodes export, e.g. "${field === "agentUpMetric" ? 'up{job="log-agent"}' : "gateway_queue_length"}".`,
        );
    }
    positive(v, "queueLengthMax", r.queueLengthMax, "set the queue length at which a node counts as faulty.");
    v.check(
        typeof r.sendSuccessPercent === "number" && Number.isFinite(r.sendSuccessPercent) && r.sendSuccessPercent > 0 && r.sendSuccessPercent <= 100,
        "sendSuccessPercent",
        "must be a number above 0 and at most 100",
        r.sendSuccessPercent,
        "set the success rate, in %, below which a node counts as faulty, e.g. 99.",
    );
    v.integer("commonCauseNodes", r.commonCauseNodes, 2, 1000, "set `commonCauseNodes` to an integer between 2 and 1000 (at 1 every fault would page and none would be removed).");
    v.throwIfAny();

    const forDuration = promDuration(r.forSeconds);
    const window = promDuration(r.periodSeconds);
    const node = (metric: string, extra = "") => `${metric}{${r.nodeExporterMatchers}${extra ? `, ${extra}` : ""}}`;
    const fs = `fstype!~"${IGNORED_FILESYSTEMS}"`;
    const dev = `device!~"${IGNORED_NETWORK_DEVICES}"`;
    const rule = (alert: string, item: string, expr: string, summary: string, description: string): PrometheusAlertRule => ({
        alert,
        expr,
        for: forDuration,
        labels: { [FAULT_LABEL]: SINGLE_NODE_FAULT, [ITEM_LABEL]: item, severity: "warning" },
        annotations: { summary, description },
    });
    const held = `for ${forDuration}`;
    const nodeRules: PrometheusAlertRule[] = [
        rule(
            "ZonesafeNodeCpuBusy",
            "cpu",
            `${withNodeLabel(`100 * (1 - avg by (instance) (rate(${node("node_cpu_seconds_total", 'mode="idle"')}[${window}])))`)} > ${num(r.cpuPercent)}`,
            "CPU {{ $value | humanize }}% busy on {{ $labels.node }}",
            `CPU busy above ${num(r.cpuPercent)}% ${held}.`,
        ),
        rule(
            "ZonesafeNodeMemoryLow",
            "memory",
            `${withNodeLabel(`max by (instance) (100 * (1 - ${node("node_memory_MemAvailable_bytes")} / ${node("node_memory_MemTotal_bytes")}))`)} > ${num(r.memoryPercent)}`,
            "Memory {{ $value | humanize }}% used on {{ $labels.node }}",
            `Memory used above ${num(r.memoryPercent)}% (available below ${num(100 - r.memoryPercent)}%) ${held}.`,
        ),
        rule(
            "ZonesafeNodeDown",
            "network",
            `${withNodeLabel(`max by (instance) (${node("up")})`)} == 0`,
            "{{ $labels.node }} is unreachable",
            `node_exporter on the node could not be scraped ${held} (node down or unreachable).`,
        ),
        rule(
            "ZonesafeNodeNetworkErrors",
            "network",
            `${withNodeLabel(`sum by (instance) (rate(${node("node_network_receive_errs_total", dev)}[${window}]) + rate(${node("node_network_transmit_errs_total", dev)}[${window}]))`)} > ${num(r.networkErrorsPerSecond)}`,
            "{{ $value | humanize }} interface errors/s on {{ $labels.node }}",
            `Network interface errors above ${num(r.networkErrorsPerSecond)} per second ${held}.`,
        ),
        ...(r.lanOutMbps === undefined
            ? []
            : [
                  rule(
                      "ZonesafeNodeLanOutHigh",
                      "network",
                      `${withNodeLabel(`sum by (instance) (rate(${node("node_network_transmit_bytes_total", dev)}[${window}])) * 8 / 1000000`)} > ${num(r.lanOutMbps)}`,
                      "{{ $value | humanize }} Mbps outbound on {{ $labels.node }}",
                      `Outbound bandwidth above ${num(r.lanOutMbps)} Mbps ${held}.`,
                  ),
              ]),
        rule(
            "ZonesafeNodeDiskFull",
            "disk",
            `${withNodeLabel(`max by (instance, mountpoint) (100 * (1 - ${node("node_filesystem_avail_bytes", fs)} / ${node("node_filesystem_size_bytes", fs)}))`)} > ${num(r.diskPercent)}`,
            "Disk {{ $labels.mountpoint }} {{ $value | humanize }}% used on {{ $labels.node }}",
            `Disk used above ${num(r.diskPercent)}% ${held}.`,
        ),
        rule(
            "ZonesafeNodeDiskReadOnly",
            "disk",
            `${withNodeLabel(`max by (instance, mountpoint) (${node("node_filesystem_readonly", fs)})`)} == 1`,
            "Disk {{ $labels.mountpoint }} is read-only on {{ $labels.node }}",
            `A file system is mounted read-only ${held}.`,
        ),
        rule(
            "ZonesafeAgentUnavailable",
            "agent",
            `${withNodeLabel(`min by (instance) (${r.agentUpMetric})`)} == 0`,
            "Agent unavailable on {{ $labels.node }}",
            `${r.agentUpMetric} is 0 ${held}.`,
        ),
        rule(
            "ZonesafeQueueTooLong",
            "queue",
            `${withNodeLabel(`max by (instance) (${r.queueLengthMetric})`)} > ${num(r.queueLengthMax)}`,
            "Queue {{ $value | humanize }} long on {{ $labels.node }}",
            `Queue longer than ${num(r.queueLengthMax)} ${held}.`,
        ),
        rule(
            "ZonesafeSendSuccessLow",
            "send-success",
            `${withNodeLabel(`100 * sum by (instance) (rate(${r.sendSuccessMetric}[${window}])) / sum by (instance) (rate(${r.sendTotalMetric}[${window}]))`)} < ${num(r.sendSuccessPercent)}`,
            "Send success {{ $value | humanize }}% on {{ $labels.node }}",
            `Send success rate below ${num(r.sendSuccessPercent)}% ${held}.`,
        ),
    ];
    const firing = `ALERTS{alertstate="firing", ${FAULT_LABEL}="${SINGLE_NODE_FAULT}"}`;
    const commonCause: PrometheusAlertRule = {
        alert: COMMON_CAUSE_ALERT,
        expr: `count(count by (${NODE_LABEL}) (${firing})) >= ${r.commonCauseNodes}`,
        labels: { [FAULT_LABEL]: COMMON_CAUSE_FAULT, severity: "page" },
        annotations: {
            summary: "{{ $value }} nodes alarm at once: common cause suspected",
            description:
                `${r.commonCauseNodes} or more nodes alarm at once, which points to a common cause (a zone, a release, a dependency): ` +
                "no node is removed automatically; a person decides.",
        },
    };
    return {
        args: r,
        groups: [
            { name: `${name}-single-node-faults`, rules: nodeRules },
            { name: `${name}-common-cause`, rules: [commonCause] },
        ],
        for: forDuration,
    };
}

function positive(v: Validator, field: string, value: unknown, fix: string): boolean {
    return v.check(typeof value === "number" && Number.isFinite(value) && value > 0, field, "must be a number above 0", value, fix);
}

/** The rule file's content: `{ groups }`, each rule with its keys in Prometheus' order. */
export function alertRuleGroups(plan: AlertRulesPlan): { groups: PrometheusRuleGroup[] } {
    return {
        groups: plan.groups.map((g) => ({
            name: g.name,
            rules: g.rules.map((x) => ({
                alert: x.alert,
                expr: x.expr,
                ...(x.for === undefined ? {} : { for: x.for }),
                labels: { ...x.labels },
                annotations: { ...x.annotations },
            })),
        })),
    };
}

/** The rule file (YAML) Prometheus loads from `rule_files` and `promtool check rules` checks. */
export function renderAlertRulesYaml(plan: AlertRulesPlan): string {
    const doc = new YAML.Document(alertRuleGroups(plan));
    doc.commentBefore =
        " Single-node fault alerts (zonesafe_fault: single-node, labelled with their node) and the\n" +
        ` common-cause alert (${plan.args.commonCauseNodes} or more nodes at once). Generated by zonesafe; do not edit by hand.`;
    return doc.toString({ lineWidth: 0 });
}

/** The metadata of a `PrometheusRule`. */
export interface PrometheusRuleMetadata {
    name: string;
    namespace?: string;
    /** Labels the Prometheus' `ruleSelector` matches (kube-prometheus: `prometheus: k8s, role: alert-rules`). */
    labels?: Record<string, string>;
}

/** A `PrometheusRule` custom resource (monitoring.coreos.com/v1) as plain data. */
export interface PrometheusRuleResource {
    apiVersion: "monitoring.coreos.com/v1";
    kind: "PrometheusRule";
    metadata: PrometheusRuleMetadata;
    spec: { groups: PrometheusRuleGroup[] };
}

/** The `spec` of a `PrometheusRule` holding the planned groups. */
export function prometheusRuleSpec(plan: AlertRulesPlan): { groups: PrometheusRuleGroup[] } {
    return alertRuleGroups(plan);
}

/** The whole `PrometheusRule` custom resource for the Prometheus Operator (kube-prometheus). */
export function prometheusRuleResource(plan: AlertRulesPlan, metadata: PrometheusRuleMetadata): PrometheusRuleResource {
    return {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "PrometheusRule",
        metadata: { ...metadata, ...(metadata.labels ? { labels: { ...metadata.labels } } : {}) },
        spec: prometheusRuleSpec(plan),
    };
}
