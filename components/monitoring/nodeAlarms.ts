import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import {
    ALARM_CONTINUE_PERIODS,
    ALARM_CPU_PERCENT,
    ALARM_DISK_PERCENT,
    ALARM_MEMORY_PERCENT,
    ALARM_NOTICE_FREQUENCY_SECONDS,
    ALARM_PERIOD_SECONDS,
} from "../defaults";
import { NODE_GUARD_MAX_LIMIT, NODE_GUARD_MIN_LIMIT } from "@zonesafe/model";
import { Validator } from "../errors";
import { inheritOptions, regionOf, resourceOf, warnDeprecated } from "../compose";
import type { NodeGuardLike } from "../compose";
import { AlarmTarget, AlarmTargetKind } from "../types";
import { validateZoneList } from "../zones";

/** The component's type token. */
export const NODE_ALARMS_TYPE = "zonesafe:monitoring:NodeAlarms";

/** Cloud Monitor's policy type for cloud-product metrics. */
export const MONITOR_TYPE = "MT_QCE";
/** Cloud Monitor's alarm namespace for CVM instances. */
export const CVM_ALARM_NAMESPACE = "cvm_device";
/**
 * CVM metric and event names in Cloud Monitor (namespace QCE/CVM, alarm namespace `cvm_device`):
 * CPU, memory and disk utilization (%; memory and disk need the monitor agent), private outbound
 * bandwidth (Mbps), and the events of an unreachable instance and a read-only disk.
 */
export const CVM_METRICS = {
    cpu: "CpuUsage",
    memory: "MemUsage",
    disk: "CvmDiskUsage",
    lanOut: "LanOuttraffic",
    pingUnreachable: "ping_unreachable",
    diskReadonly: "disk_readonly",
} as const;

/** Statistics periods Cloud Monitor accepts, seconds. */
export const ALARM_PERIODS: readonly number[] = [60, 300];
/** Notification intervals Cloud Monitor accepts, seconds (0: once). */
export const NOTICE_FREQUENCIES: readonly number[] = [0, 300, 600, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** The single-machine fault items. */
export type FaultItem = "cpu" | "memory" | "network" | "disk";
/** The fault items, in the order their policies are created. */
export const FAULT_ITEMS: readonly FaultItem[] = ["cpu", "memory", "network", "disk"];

/** Comparison operators of Cloud Monitor rules. */
export const AlarmOperator = { GT: "gt", GE: "ge", LT: "lt", LE: "le", EQ: "eq", NE: "ne" } as const;
/** Comparison operators of Cloud Monitor rules. */
export type AlarmOperator = (typeof AlarmOperator)[keyof typeof AlarmOperator];

/** A business-level fault item (agent unavailable, queue too long, send success rate, ...). */
export interface BusinessMetricAlarm {
    /** A short name, lowercase letters, digits and `-` (used in the resource name), unique. */
    name: string;
    /** The Cloud Monitor alarm namespace of the metric. */
    namespace: string;
    /** The metric name. */
    metricName: string;
    /** How the metric compares with `threshold`. */
    operator: AlarmOperator;
    /** The threshold. */
    threshold: number;
    /** The metric's unit, shown in notifications. Defaults to none. */
    unit?: string;
    /** The policy type. Defaults to `MT_QCE`. */
    monitorType?: string;
}

/**
 * What NodeAlarms watch: anything with an `alarmTarget` — a ZonalNodePool or an ElasticScalingGroup
 * itself (`target: pool`), or, from other languages, `{ alarmTarget: pool.alarmTarget }`.
 */
export interface AlarmTargetSource {
    /** The tagged instances to watch, with their zones. */
    alarmTarget: AlarmTarget;
}

/** The thresholds and periods of the single-machine fault items, shared by NodeAlarms and the Prometheus alert rules. */
export interface NodeFaultThresholds {
    /** CPU usage threshold, %, 1–100. Defaults to `90`. */
    cpuPercent?: number;
    /** Memory usage threshold, %, 1–100. Defaults to `90`. */
    memoryPercent?: number;
    /** Disk usage threshold, %, 1–100. Defaults to `85`. */
    diskPercent?: number;
    /** Private outbound bandwidth threshold, Mbps; without it the network item watches reachability only. Defaults to none. */
    lanOutMbps?: number;
    /** Statistics period, 60 or 300 seconds. Defaults to `60`. */
    periodSeconds?: number;
    /** Consecutive periods before an alarm fires, 1–10. Defaults to `3`. */
    continuePeriods?: number;
}

/** The arguments of {@link NodeAlarms}. */
export interface NodeAlarmsArgs extends NodeFaultThresholds {
    /** The node pool or scaling group to watch (policies bind by the tag it puts on every instance); its zones come with it. */
    target: AlarmTargetSource;
    /** Instances to bind explicitly as well (one binding object per policy), e.g. fixed CVMs. Defaults to none. */
    instanceIds?: pulumi.Input<string>[];
    /**
     * Deprecated (removed in the next release): the region of `instanceIds` is the region of the
     * target's zones. Accepted when it agrees with them (with a warning), refused when it does not.
     * Defaults to the target's region.
     */
    region?: string;
    /**
     * The node guard that takes faulty nodes out of service (a NodeFaultAutomation): every policy
     * notifies its notice, and the removal limit is its limit. Defaults to none: the alarms then only
     * notify `noticeIds`, and nothing removes a node.
     */
    guard?: NodeGuardLike;
    /** Further notification rules, e.g. the on-call group. Defaults to none. */
    noticeIds?: pulumi.Input<string>[];
    /** Seconds between repeated notifications (0, 300, 600, 1800, 3600, ...). Defaults to `300`. */
    noticeFrequencySeconds?: number;
    /** Business-level fault items, one policy each. Defaults to `[]`. */
    businessMetrics?: BusinessMetricAlarm[];
    /** The Cloud Monitor project. Defaults to `0`. */
    projectId?: number;
}

/** One planned metric rule. */
export interface AlarmRulePlan {
    metricName: string;
    operator: AlarmOperator;
    value: number;
    unit: string;
    description: string;
}

/** One planned alarm policy. */
export interface AlarmPolicyPlan {
    /** A fault item (`cpu`, `memory`, ...) or `business:<metric name>`. */
    item: string;
    resourceName: string;
    monitorType: string;
    namespace: string;
    rules: AlarmRulePlan[];
    events: string[];
}

/** The resolved alarms of NodeAlarms (plain data). */
export interface NodeAlarmsPlan {
    target: AlarmTarget;
    /** The region of the watched instances (and of `instanceIds`), derived from the target's zones. */
    region: string;
    /** The zones of the watched instances. */
    zones: string[];
    periodSeconds: number;
    continuePeriods: number;
    noticeFrequencySeconds: number;
    policies: AlarmPolicyPlan[];
    /** The removal rule the guard applies, when a guard is notified. */
    removal: RemovalPlan | undefined;
    explicitBindings: number;
}

/** The removal rule the notification receiver applies. */
export interface RemovalPlan {
    /** Alarming nodes below this count are removed automatically. */
    autoRemoveBelowNodes: number;
    /** At or above this count, a common cause is assumed: page, do not remove. */
    pageAtOrAboveNodes: number;
    /** What happens when an alarm clears. */
    onRecovery: string;
}

/** The AlarmTarget of a target source; a bare AlarmTarget (the 0.1 form, `target: pool.alarmTarget`) is read as itself. */
function targetOf(x: unknown): Partial<AlarmTarget> | undefined {
    if (typeof x !== "object" || x === null) return x as undefined;
    const src = x as Partial<AlarmTargetSource>;
    if (typeof src.alarmTarget === "object" && src.alarmTarget !== null) return src.alarmTarget;
    return x as Partial<AlarmTarget>;
}

const SHORT_NAME = /^[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?$/;

/**
 * Resolves defaults, validates (every problem at once) and plans the alarm policies. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planNodeAlarms(name: string, args: NodeAlarmsArgs): NodeAlarmsPlan {
    const v = new Validator(NODE_ALARMS_TYPE, name);
    const a = (args ?? {}) as NodeAlarmsArgs;
    const t = targetOf(a.target);
    let zones: string[] | undefined;
    if (v.check(typeof t === "object" && t !== null, "target", "is required: the node pool or scaling group to watch", t, "pass `target: pool` (a ZonalNodePool or an ElasticScalingGroup).")) {
        v.oneOf("target.kind", t!.kind, Object.values(AlarmTargetKind));
        v.nonEmptyString("target.name", t!.name);
        v.nonEmptyString("target.tagKey", t!.tagKey);
        v.nonEmptyString("target.tagValue", t!.tagValue);
        zones = validateZoneList(v, "target.zones", t!.zones, { purpose: "for the watched instances" });
    }
    const region = zones ? regionOf(zones) : undefined;
    if (a.region !== undefined && region !== undefined) {
        v.check(a.region === region, "region", `must be the region of the target's zones (${region}); the region is derived from them`, a.region, "remove `region` (deprecated).");
    }
    const cpuPercent = a.cpuPercent ?? ALARM_CPU_PERCENT;
    const memoryPercent = a.memoryPercent ?? ALARM_MEMORY_PERCENT;
    const diskPercent = a.diskPercent ?? ALARM_DISK_PERCENT;
    v.number("cpuPercent", cpuPercent, 1, 100);
    v.number("memoryPercent", memoryPercent, 1, 100);
    v.number("diskPercent", diskPercent, 1, 100);
    if (a.lanOutMbps !== undefined) {
        v.check(typeof a.lanOutMbps === "number" && Number.isFinite(a.lanOutMbps) && a.lanOutMbps > 0, "lanOutMbps", "must be a number above 0", a.lanOutMbps, "set the instance's private bandwidth alarm line, in Mbps.");
    }
    const periodSeconds = a.periodSeconds ?? ALARM_PERIOD_SECONDS;
    const continuePeriods = a.continuePeriods ?? ALARM_CONTINUE_PERIODS;
    const noticeFrequencySeconds = a.noticeFrequencySeconds ?? ALARM_NOTICE_FREQUENCY_SECONDS;
    v.oneOf("periodSeconds", periodSeconds, ALARM_PERIODS);
    v.integer("continuePeriods", continuePeriods, 1, 10);
    v.oneOf("noticeFrequencySeconds", noticeFrequencySeconds, NOTICE_FREQUENCIES);
    const projectId = a.projectId ?? 0;
    v.integer("projectId", projectId, 0, Number.MAX_SAFE_INTEGER);
    if (a.instanceIds !== undefined && v.array("instanceIds", a.instanceIds)) {
        a.instanceIds.forEach((id, i) => v.present(`instanceIds[${i}]`, id));
    }
    if (a.noticeIds !== undefined) v.array("noticeIds", a.noticeIds);
    let guardLimit: number | undefined;
    if (a.guard !== undefined) {
        if (v.check(typeof a.guard === "object" && a.guard !== null, "guard", "must be the node guard (a NodeFaultAutomation, or `{ noticeId, limit }`)", a.guard, "pass `guard: automation`.")) {
            v.present("guard.noticeId", a.guard.noticeId, "pass the guard's Cloud Monitor notice id.");
            if (v.integer("guard.limit", a.guard.limit, NODE_GUARD_MIN_LIMIT, NODE_GUARD_MAX_LIMIT)) guardLimit = a.guard.limit;
        }
    }

    const business = a.businessMetrics ?? [];
    const names = new Set<string>();
    if (v.array("businessMetrics", business)) {
        business.forEach((b, i) => {
            const f = `businessMetrics[${i}]`;
            if (!v.check(typeof b === "object" && b !== null, f, "must be `{ name, namespace, metricName, operator, threshold }`", b, "describe the business metric.")) return;
            if (v.check(typeof b.name === "string" && SHORT_NAME.test(b.name), `${f}.name`, "must be 1–32 lowercase letters, digits or '-'", b.name, "use e.g. \"queue-length\".")) {
                v.check(!names.has(b.name), `${f}.name`, "must be unique", b.name, "give each business metric its own name.");
                names.add(b.name);
            }
            v.nonEmptyString(`${f}.namespace`, b.namespace);
            v.nonEmptyString(`${f}.metricName`, b.metricName);
            v.oneOf(`${f}.operator`, b.operator, Object.values(AlarmOperator));
            v.check(typeof b.threshold === "number" && Number.isFinite(b.threshold), `${f}.threshold`, "must be a number", b.threshold, "set the alarm line.");
            if (b.monitorType !== undefined) v.nonEmptyString(`${f}.monitorType`, b.monitorType);
        });
    }
    v.throwIfAny();

    const rule = (metricName: string, value: number, unit: string, description: string): AlarmRulePlan => ({ metricName, operator: "gt", value, unit, description });
    const cvm = (item: FaultItem, rules: AlarmRulePlan[], events: string[]): AlarmPolicyPlan => ({
        item,
        resourceName: `${name}-${item}`,
        monitorType: MONITOR_TYPE,
        namespace: CVM_ALARM_NAMESPACE,
        rules,
        events,
    });
    const policies: AlarmPolicyPlan[] = [
        cvm("cpu", [rule(CVM_METRICS.cpu, cpuPercent, "%", "CPU utilization")], []),
        cvm("memory", [rule(CVM_METRICS.memory, memoryPercent, "%", "Memory utilization")], []),
        cvm("network", a.lanOutMbps !== undefined ? [rule(CVM_METRICS.lanOut, a.lanOutMbps, "Mbps", "Private outbound bandwidth")] : [], [CVM_METRICS.pingUnreachable]),
        cvm("disk", [rule(CVM_METRICS.disk, diskPercent, "%", "Disk utilization")], [CVM_METRICS.diskReadonly]),
        ...business.map(
            (b): AlarmPolicyPlan => ({
                item: `business:${b.name}`,
                resourceName: `${name}-business-${b.name}`,
                monitorType: b.monitorType ?? MONITOR_TYPE,
                namespace: b.namespace,
                rules: [{ metricName: b.metricName, operator: b.operator, value: b.threshold, unit: b.unit ?? "", description: b.name }],
                events: [],
            }),
        ),
    ];
    return {
        target: { ...(t as AlarmTarget) },
        region: region!,
        zones: zones!,
        periodSeconds,
        continuePeriods,
        noticeFrequencySeconds,
        policies,
        removal:
            guardLimit === undefined
                ? undefined
                : {
                      autoRemoveBelowNodes: guardLimit,
                      pageAtOrAboveNodes: guardLimit,
                      onRecovery: "restart the node and let it re-register with service discovery",
                  },
        explicitBindings: a.instanceIds?.length ?? 0,
    };
}

/**
 * Cloud Monitor alarm policies for the single-machine fault items (CPU, memory, network
 * reachability and bandwidth, disk usage and read-only disks; plus business metrics), bound to a
 * node pool's or scaling group's instances by the tag those components put on every instance
 * (so new instances are covered as the pool scales), and to explicit `instanceIds` if given.
 *
 * How the alarms feed the automatic removal of failed nodes: with `guard` (a NodeFaultAutomation)
 * every policy notifies the guard's Cloud Monitor notice. When an item alarms on fewer nodes of the
 * pool than the guard's limit (3 by default), the guard removes those nodes from service discovery
 * without asking anyone; at the limit or more it removes nothing and pages a person, because so many
 * at once points to a common cause (a zone, a release, a dependency) that removal would only make
 * worse. When an alarm clears, the guard restarts the node and registers it again. Without a guard
 * the alarms only notify `noticeIds` (the `monitoring-node-alarms-guard` policy advises a guard).
 * Scaling groups additionally replace instances that Cloud Monitor or the CLB marks unhealthy
 * (`replaceMonitorUnhealthy`).
 */
export class NodeAlarms extends pulumi.ComponentResource {
    /** The alarm policies, in plan order (cpu, memory, network, disk, business...). */
    public readonly policies: tencentcloud.MonitorAlarmPolicy[];
    /** The alarm policy of each fault item, by item (`cpu`, ..., `business:<name>`). */
    public readonly policiesByItem: Record<string, tencentcloud.MonitorAlarmPolicy>;
    /** The policies' ids. */
    public readonly policyIds: pulumi.Output<string>[];
    /** Explicit bindings of `instanceIds`, one per policy. */
    public readonly bindings: tencentcloud.MonitorPolicyBindingObject[];
    /** The resolved alarms. */
    public readonly zonePlan: NodeAlarmsPlan;

    constructor(name: string, args: NodeAlarmsArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planNodeAlarms(name, args);
        super(NODE_ALARMS_TYPE, name, {}, inheritOptions(opts, resourceOf(args.target), "tencentcloud"));
        this.zonePlan = plan;
        if (args.region !== undefined) warnDeprecated(this, name, "region", "the region is derived from the target's zones; remove it.");
        const remark = plan.removal
            ? `${plan.target.kind} ${plan.target.name}: <${plan.removal.autoRemoveBelowNodes} alarming nodes are removed automatically, >=${plan.removal.pageAtOrAboveNodes} page a person`
            : `${plan.target.kind} ${plan.target.name}: single-machine fault alarm (no node guard notified)`;
        const noticeIds = args.guard ? [...(args.noticeIds ?? []), args.guard.noticeId] : args.noticeIds;

        this.policies = [];
        this.policiesByItem = {};
        this.bindings = [];
        for (const p of plan.policies) {
            const policy = new tencentcloud.MonitorAlarmPolicy(
                p.resourceName,
                {
                    policyName: p.resourceName,
                    monitorType: p.monitorType,
                    namespace: p.namespace,
                    projectId: args.projectId ?? 0,
                    enable: 1,
                    remark,
                    noticeIds,
                    conditions: p.rules.length
                        ? {
                              isUnionRule: 0,
                              rules: p.rules.map((r) => ({
                                  metricName: r.metricName,
                                  operator: r.operator,
                                  value: String(r.value),
                                  unit: r.unit,
                                  description: r.description,
                                  period: plan.periodSeconds,
                                  continuePeriod: plan.continuePeriods,
                                  noticeFrequency: plan.noticeFrequencySeconds,
                                  isPowerNotice: 0,
                                  ruleType: "STATIC",
                              })),
                          }
                        : undefined,
                    eventConditions: p.events.length ? p.events.map((e) => ({ metricName: e, continuePeriod: 0, noticeFrequency: 0, isPowerNotice: 0, period: 0 })) : undefined,
                    policyTags: [{ key: plan.target.tagKey, value: plan.target.tagValue }],
                },
                { parent: this },
            );
            this.policies.push(policy);
            this.policiesByItem[p.item] = policy;
            if (args.instanceIds && args.instanceIds.length > 0) {
                this.bindings.push(
                    new tencentcloud.MonitorPolicyBindingObject(
                        `${p.resourceName}-binding`,
                        {
                            policyId: policy.id,
                            dimensions: args.instanceIds.map((id) => ({
                                dimensionsJson: pulumi.output(id).apply((x) => JSON.stringify({ unInstanceId: x })),
                                region: plan.region,
                            })),
                        },
                        { parent: this },
                    ),
                );
            }
        }
        this.policyIds = this.policies.map((p) => p.id);

        this.registerOutputs({ policyIds: this.policyIds, bindingIds: this.bindings.map((b) => b.id), zonePlan: plan });
    }
}

