/**
 * The event capacity check: given a known peak (requests per second) and what one unit serves at its
 * scale-out threshold (an Auto Scaling instance, a pod replica, a TKE node), can every scaling group
 * and autoscaler reach the capacity the peak needs, within its maximum and the gateway's backend
 * limit, and does a scheduled scale-out start before the event?
 *
 * - Auto Scaling groups are the gateway's pools: the peak needs ⌈peak ÷ qpsPerInstance⌉ instances,
 *   and the pools together must reach it. A pool reaches its `maxSize` when it has a scale-out policy
 *   (alarm or target tracking); without one it stays at its size, or at what a schedule before the
 *   event raises it to. No pool counts beyond the backend limit, and a `maxSize` above it is reported.
 * - A workload scaled by a HorizontalPodAutoscaler needs ⌈peak ÷ qpsPerReplica⌉ replicas within its
 *   `maxReplicas`, and its cluster's node pools at their maximum must hold them.
 * - TKE node pools together need ⌈peak ÷ qpsPerNode⌉ nodes within their maximums.
 *
 * With peak events declared (the stack's `zonesafe:events`), the check runs once per event, with that
 * event's peak and start, against every pool, group and autoscaled workload of the stack (they all
 * serve it), and each violation names its event.
 *
 * Pure and never throwing; values unknown during a preview leave a check undecided (silent).
 */
import { BEACON_CONFIG_KEY, CAPACITY_CONFIG_KEY, readCapacityFigures } from "@zonesafe/model";
import type { PeakEvent } from "@zonesafe/model";
import { plural } from "../describe";
import type { Topology, TopologyNode } from "../topology";
import { at, num, obj, objs, snapshot, str, UNKNOWN } from "../values";
import { nodeCapacityOf, podRequestsOf, poolSizeOf, replicasOf } from "./kubernetes";

/** The peak to check, as configured. A zero figure means "not given": the checks that need it do not run. */
export interface PeakConfig {
    /** The peak, requests per second. */
    readonly peakQps: number;
    /** What one Auto Scaling instance serves at its scale-out threshold. */
    readonly qpsPerInstance: number;
    /** What one pod replica serves at its autoscaler's target. */
    readonly qpsPerReplica: number;
    /** What one TKE node serves. */
    readonly qpsPerNode: number;
    /** When the event starts (ISO 8601; Auto Scaling schedule times such as `2026-11-11T00:00:00+08:00` too), or "". */
    readonly eventStart: string;
    /** Backends the load-balancing gateway accepts per region; no pool may exceed it. */
    readonly backendLimit: number;
}

/** One scaling group, node pool or autoscaled workload, as the check sees it. */
export interface CapacityMember {
    readonly urn: string;
    readonly name: string;
    readonly kind: "as-group" | "tke-nodepool" | "workload";
    /** Units it runs now. */
    readonly current: number;
    /** Its configured maximum. */
    readonly maxSize: number;
    /** Whether something (a scale-out policy, the cluster autoscaler, an HPA) adds units under load. */
    readonly scalesOut: boolean;
    /** The scale-out threshold, for reports (`CPU_UTILIZATION > 60`), when one is set. */
    readonly threshold: string | undefined;
    /** Units it can reach before or during the event, counted within the backend limit. */
    readonly reachable: number;
    /** Whether its maximum exceeds the backend limit. */
    readonly overLimit: boolean;
}

/** One capacity check: a set of members that together must reach the units the peak needs. */
export interface CapacityCheck {
    readonly subject: "gateway" | "workload" | "node-pools";
    /** What is checked, for reports. */
    readonly name: string;
    readonly unit: "instance" | "replica" | "node";
    readonly qpsPerUnit: number;
    /** Units the peak needs. */
    readonly needed: number;
    /** Units the members can reach together. */
    readonly reachable: number;
    /** What they serve at that size, requests per second. */
    readonly capacityQps: number;
    readonly passes: boolean;
    readonly members: readonly CapacityMember[];
    /** Why it fails, one line per problem (empty when it passes). */
    readonly problems: readonly string[];
    /** Whether every figure was known. */
    readonly complete: boolean;
}

/** A scheduled scale-out and whether it starts before the event. */
export interface ScheduleCheck {
    readonly urn: string;
    readonly name: string;
    /** The scaling group it resizes. */
    readonly group: string;
    readonly startTime: string;
    /** Whether it starts before the event (`undefined` when either time is unknown or unreadable). */
    readonly startsBefore: boolean | undefined;
}

/** A violation of the capacity check, on the resource it names ("" for the stack). */
export interface CapacityViolation {
    readonly urn: string;
    readonly message: string;
}

/** The check of one peak event. */
export interface EventCapacity {
    /** The event, as the stack declares it. */
    readonly event: PeakEvent;
    /** The check with the event's peak and start. */
    readonly report: CapacityReport;
}

/** The whole check. */
export interface CapacityReport {
    /** Whether a peak and at least one per-unit figure were given. */
    readonly configured: boolean;
    readonly peak: PeakConfig;
    readonly checks: readonly CapacityCheck[];
    readonly schedules: readonly ScheduleCheck[];
    /** Whether every check and schedule passes (true when nothing was configured). */
    readonly passes: boolean;
    readonly violations: readonly CapacityViolation[];
    /** With declared events: each event's own check (the fields above then combine them). */
    readonly events?: readonly EventCapacity[];
}

let qpsFormatter: Intl.NumberFormat | undefined;

/** A QPS figure as messages write it (`12,000`); the formatter is made on first use, as it takes a while. */
export function formatQps(qps: number): string {
    qpsFormatter ??= new Intl.NumberFormat("en-US");
    return qpsFormatter.format(qps);
}

/** Whether a scaling policy adds instances, and its threshold for reports. */
function scaleOut(policy: TopologyNode): { out: boolean; threshold: string | undefined; known: boolean } {
    const p = policy.props;
    const type = str(at(p, "policyType"));
    if (type === UNKNOWN) {
        return { out: false, threshold: undefined, known: false };
    }
    if (typeof type === "string" && type.toUpperCase() === "TARGET_TRACKING") {
        const metric = str(at(p, "predefinedMetricType"));
        const target = num(at(p, "targetValue"));
        return { out: true, threshold: `${typeof metric === "string" ? metric : "target"} at ${typeof target === "number" ? target : "?"}`, known: true };
    }
    const adjustment = num(at(p, "adjustmentValue"));
    const adjustmentType = str(at(p, "adjustmentType"));
    const operator = str(at(p, "comparisonOperator"));
    const metric = str(at(p, "metricName"));
    const threshold = num(at(p, "threshold"));
    if (adjustment === UNKNOWN || adjustmentType === UNKNOWN || operator === UNKNOWN) {
        return { out: false, threshold: undefined, known: false };
    }
    const out =
        adjustmentType !== "EXACT_CAPACITY" && typeof adjustment === "number" && adjustment !== 0
            ? adjustment > 0
            : typeof operator === "string" && operator.startsWith("GREATER");
    const describe = `${typeof metric === "string" ? metric : "metric"} ${typeof operator === "string" && operator.startsWith("GREATER") ? ">" : "<"} ${typeof threshold === "number" ? threshold : "?"}`;
    return { out, threshold: out ? describe : undefined, known: true };
}

/** Epoch milliseconds of a time, or `undefined`. */
function timeOf(text: string | undefined): number | undefined {
    if (text === undefined || text.trim() === "") {
        return undefined;
    }
    const ms = Date.parse(text.trim());
    return Number.isNaN(ms) ? undefined : ms;
}

/** The schedules of a scaling group that raise its size above its minimum. */
function scaleOutSchedules(t: Topology, group: TopologyNode): TopologyNode[] {
    const min = num(at(group.props, "minSize"));
    return t.ofKind("as-schedule").filter((s) => {
        if (!t.resolve(s, "scalingGroupId", ["as-group"]).nodes.includes(group)) {
            return false;
        }
        const desired = num(at(s.props, "desiredCapacity"));
        const scheduleMin = num(at(s.props, "minSize"));
        const floor = typeof min === "number" ? min : 0;
        return (typeof desired === "number" && desired > floor) || (typeof scheduleMin === "number" && scheduleMin > floor);
    });
}

function gatewayCheck(t: Topology, peak: PeakConfig, event: number | undefined): CapacityCheck | undefined {
    const groups = t.ofKind("as-group");
    if (groups.length === 0 || peak.qpsPerInstance <= 0) {
        return undefined;
    }
    let complete = true;
    const members: CapacityMember[] = groups.map((group) => {
        const size = poolSizeOf(group);
        const max = num(at(group.props, "maxSize"));
        complete &&= size.complete;
        const policies = t.scalingPoliciesOf(group).map(scaleOut);
        complete &&= policies.every((p) => p.known);
        const out = policies.find((p) => p.out);
        let reachable = size.current;
        if (out) {
            reachable = size.max;
        } else {
            for (const s of scaleOutSchedules(t, group)) {
                const start = str(at(s.props, "startTime"));
                const begins = typeof start === "string" ? timeOf(start) : undefined;
                if (event === undefined || (begins !== undefined && begins < event)) {
                    const desired = num(at(s.props, "desiredCapacity"));
                    const floor = num(at(s.props, "minSize"));
                    reachable = Math.max(reachable, typeof desired === "number" ? desired : 0, typeof floor === "number" ? floor : 0);
                }
            }
        }
        const maxSize = typeof max === "number" ? max : size.max;
        return {
            urn: group.urn,
            name: group.name,
            kind: "as-group",
            current: size.current,
            maxSize,
            scalesOut: out !== undefined,
            threshold: out?.threshold,
            reachable: Math.min(reachable, peak.backendLimit),
            overLimit: maxSize > peak.backendLimit,
        };
    });
    const needed = Math.ceil(peak.peakQps / peak.qpsPerInstance);
    const reachable = members.reduce((sum, m) => sum + m.reachable, 0);
    const problems: string[] = [];
    if (reachable < needed) {
        const detail = members
            .map((m) => `${m.name} ${m.scalesOut ? `up to ${m.reachable} (scale-out ${m.threshold ?? "policy"})` : `stays at ${m.reachable} (no scale-out policy)`}`)
            .join("; ");
        problems.push(
            `Auto Scaling groups must together reach the ${plural(needed, "instance")} a peak of ${formatQps(peak.peakQps)} QPS needs at ${formatQps(peak.qpsPerInstance)} QPS per instance (at its scale-out threshold); they reach ${reachable} within their \`maxSize\` and the backend limit of ${peak.backendLimit}: ${detail}.`,
        );
    }
    return {
        subject: "gateway",
        name: `Auto Scaling groups (${groups.map((g) => g.name).join(", ")})`,
        unit: "instance",
        qpsPerUnit: peak.qpsPerInstance,
        needed,
        reachable,
        capacityQps: reachable * peak.qpsPerInstance,
        passes: reachable >= needed,
        members,
        problems,
        complete,
    };
}

/** The CPU target of an autoscaler (v2 `metrics`, v1 `targetCPUUtilizationPercentage`), for reports. */
function hpaTarget(hpa: TopologyNode): string | undefined {
    const v1 = num(at(hpa.props, "spec", "targetCPUUtilizationPercentage"));
    if (typeof v1 === "number") {
        return `CPU at ${v1} %`;
    }
    const metrics = objs(at(hpa.props, "spec", "metrics"));
    for (const m of metrics === UNKNOWN ? [] : (metrics ?? [])) {
        if (m === UNKNOWN) {
            continue;
        }
        const name = str(at(m, "resource", "name"));
        const target = num(at(m, "resource", "target", "averageUtilization"));
        if (typeof name === "string" && typeof target === "number") {
            return `${name} at ${target} %`;
        }
    }
    return undefined;
}

function workloadChecks(t: Topology, peak: PeakConfig): CapacityCheck[] {
    if (peak.qpsPerReplica <= 0) {
        return [];
    }
    const checks: CapacityCheck[] = [];
    for (const workload of t.ofKind("workload")) {
        const hpa = t.autoscalersOf(workload)[0];
        if (!hpa) {
            continue;
        }
        const replicas = replicasOf(t, workload);
        const requests = podRequestsOf(workload);
        const needed = Math.ceil(peak.peakQps / peak.qpsPerReplica);
        const reachable = replicas.max;
        const problems: string[] = [];
        let complete = replicas.complete && requests.complete;
        if (reachable < needed) {
            problems.push(
                `HorizontalPodAutoscaler ${hpa.name} must let ${workload.name} reach the ${plural(needed, "replica")} a peak of ${formatQps(peak.peakQps)} QPS needs at ${formatQps(peak.qpsPerReplica)} QPS per replica; \`maxReplicas\` is ${reachable}.`,
            );
        }
        const cluster = t.clusterOf(workload);
        const pools = cluster ? t.nodePoolsOf(cluster) : t.ofKind("tke-nodepool");
        if (pools.length > 0) {
            let cpu = 0;
            let memory = 0;
            for (const pool of pools) {
                const size = poolSizeOf(pool);
                complete &&= size.complete;
                const node = nodeCapacityOf(pool);
                cpu += size.max * node.cpuMillis;
                memory += size.max * node.memoryMiB;
            }
            const wanted = Math.min(needed, reachable);
            if (wanted * requests.cpuMillis > cpu || wanted * requests.memoryMiB > memory) {
                problems.push(
                    `Node pools ${pools.map((p) => p.name).join(", ")} must hold ${plural(wanted, "replica")} of ${workload.name} at the peak (${wanted} × ${requests.cpuMillis}m CPU / ${Math.round(requests.memoryMiB)}Mi); at their \`maxSize\` they offer about ${Math.round(cpu / 100) / 10} vCPU and ${Math.round(memory)}Mi to pods.`,
                );
            }
        }
        checks.push({
            subject: "workload",
            name: `${workload.name} (HorizontalPodAutoscaler ${hpa.name})`,
            unit: "replica",
            qpsPerUnit: peak.qpsPerReplica,
            needed,
            reachable,
            capacityQps: reachable * peak.qpsPerReplica,
            passes: problems.length === 0,
            members: [
                {
                    urn: workload.urn,
                    name: workload.name,
                    kind: "workload",
                    current: replicas.desired,
                    maxSize: replicas.max,
                    scalesOut: true,
                    threshold: hpaTarget(hpa),
                    reachable,
                    overLimit: false,
                },
            ],
            problems,
            complete,
        });
    }
    return checks;
}

function nodePoolCheck(t: Topology, peak: PeakConfig): CapacityCheck | undefined {
    const pools = t.ofKind("tke-nodepool");
    if (pools.length === 0 || peak.qpsPerNode <= 0) {
        return undefined;
    }
    const backends = new Set(t.ofKind("clb").flatMap((clb) => t.backendsOf(clb).flatMap((b) => b.members.map((m) => m.urn))));
    let complete = true;
    const members: CapacityMember[] = pools.map((pool) => {
        const size = poolSizeOf(pool);
        complete &&= size.complete;
        const max = num(at(pool.props, "maxSize"));
        const maxSize = typeof max === "number" ? max : size.max;
        const limited = backends.has(pool.urn);
        return {
            urn: pool.urn,
            name: pool.name,
            kind: "tke-nodepool",
            current: size.current,
            maxSize,
            scalesOut: size.autoscales,
            threshold: size.autoscales ? "pending pods (cluster autoscaler)" : undefined,
            reachable: limited ? Math.min(size.max, peak.backendLimit) : size.max,
            overLimit: limited && maxSize > peak.backendLimit,
        };
    });
    const needed = Math.ceil(peak.peakQps / peak.qpsPerNode);
    const reachable = members.reduce((sum, m) => sum + m.reachable, 0);
    const problems: string[] = [];
    if (reachable < needed) {
        problems.push(
            `TKE node pools must together reach the ${plural(needed, "node")} a peak of ${formatQps(peak.peakQps)} QPS needs at ${formatQps(peak.qpsPerNode)} QPS per node; they reach ${reachable} (${members
                .map((m) => `${m.name} ${m.scalesOut ? `up to ${m.reachable}` : `fixed at ${m.reachable} (\`enableAutoScale\` false)`}`)
                .join("; ")}).`,
        );
    }
    return {
        subject: "node-pools",
        name: `TKE node pools (${pools.map((p) => p.name).join(", ")})`,
        unit: "node",
        qpsPerUnit: peak.qpsPerNode,
        needed,
        reachable,
        capacityQps: reachable * peak.qpsPerNode,
        passes: reachable >= needed,
        members,
        problems,
        complete,
    };
}

function scheduleChecks(t: Topology, event: number | undefined): ScheduleCheck[] {
    const checks: ScheduleCheck[] = [];
    for (const group of t.ofKind("as-group")) {
        for (const s of scaleOutSchedules(t, group)) {
            const start = str(at(s.props, "startTime"));
            const begins = typeof start === "string" ? timeOf(start) : undefined;
            const recurring = str(at(s.props, "recurrence"));
            checks.push({
                urn: s.urn,
                name: s.name,
                group: group.name,
                startTime: typeof start === "string" ? start : "unknown",
                // A recurring schedule runs again; only a one-off schedule can miss the event.
                startsBefore: event === undefined || begins === undefined ? undefined : typeof recurring === "string" && recurring !== "" ? true : begins < event,
            });
        }
    }
    return checks;
}

/**
 * Runs the event capacity check on a topology; never throws. With `events`, once per event (its peak
 * and start over `peak`'s per-unit figures and backend limit), combined: every event's checks and
 * violations (each message naming its event), passing when every event passes.
 */
export function checkEventCapacity(t: Topology, peak: PeakConfig, events: readonly PeakEvent[] = []): CapacityReport {
    if (events.length === 0) {
        return checkPeak(t, peak);
    }
    const perEvent: EventCapacity[] = events.map((event) => ({ event, report: checkPeak(t, { ...peak, peakQps: event.peakQps, eventStart: event.start }) }));
    const largest = perEvent.reduce((a, b) => (b.event.peakQps > a.event.peakQps ? b : a));
    return {
        configured: perEvent.some((e) => e.report.configured),
        peak: largest.report.peak,
        checks: perEvent.flatMap((e) => e.report.checks.map((c) => ({ ...c, name: `${e.event.name}: ${c.name}` }))),
        schedules: perEvent.flatMap((e) => e.report.schedules),
        passes: perEvent.every((e) => e.report.passes),
        violations: perEvent.flatMap((e) => e.report.violations.map((v) => ({ urn: v.urn, message: `${eventLabel(e.event)}: ${v.message}` }))),
        events: perEvent,
    };
}

/** How messages name an event: `Event double-11 (2027-11-11T00:00:00+08:00 to …, peak 24,000 QPS)`. */
export function eventLabel(event: PeakEvent): string {
    return `Event ${event.name} (${event.start} to ${event.end}, peak ${formatQps(event.peakQps)} QPS)`;
}

function checkPeak(t: Topology, peak: PeakConfig): CapacityReport {
    const configured = peak.peakQps > 0 && (peak.qpsPerInstance > 0 || peak.qpsPerReplica > 0 || peak.qpsPerNode > 0);
    if (!configured) {
        return { configured, peak, checks: [], schedules: [], passes: true, violations: [] };
    }
    const event = timeOf(peak.eventStart);
    const checks = [gatewayCheck(t, peak, event), ...workloadChecks(t, peak), nodePoolCheck(t, peak)].filter((c): c is CapacityCheck => c !== undefined);
    const schedules = scheduleChecks(t, event);
    const violations: CapacityViolation[] = [];
    for (const check of checks) {
        for (const m of check.members) {
            if (m.overLimit) {
                const label = m.kind === "as-group" ? "Auto Scaling group" : "TKE node pool";
                violations.push({
                    urn: m.urn,
                    message: `${label} must not scale beyond the gateway's limit of ${peak.backendLimit} backends per region; \`maxSize\` is ${m.maxSize}, so only ${m.reachable} count toward the peak.`,
                });
            }
        }
        if (!check.passes && check.complete) {
            const urn = check.subject === "workload" ? check.members[0].urn : "";
            check.problems.forEach((message) => violations.push({ urn, message }));
        }
    }
    const byGroup = new Map<string, ScheduleCheck[]>();
    schedules.forEach((s) => byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]));
    for (const list of byGroup.values()) {
        if (list.some((s) => s.startsBefore !== false)) {
            continue;
        }
        for (const s of list) {
            violations.push({
                urn: s.urn,
                message: `Auto Scaling schedule must start before the event at ${peak.eventStart}; \`startTime\` is ${s.startTime}, so ${s.group} is scaled out only after the peak has begun.`,
            });
        }
    }
    const passes = violations.length === 0;
    return { configured, peak, checks, schedules, passes, violations };
}

/** The peak figures a stack declares in its `zonesafe:beacon` configuration (JSON), or `undefined`. */
export function peakFromStackConfig(config: Readonly<Record<string, string>>): Partial<PeakConfig> | undefined {
    const raw = config[BEACON_CONFIG_KEY];
    if (typeof raw !== "string") {
        return undefined;
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(raw);
    } catch {
        return undefined;
    }
    const o = obj(snapshot(parsed));
    if (o === undefined || o === UNKNOWN) {
        return undefined;
    }
    const figure = (key: string): number | undefined => {
        const v = num(at(o, key));
        return typeof v === "number" && v > 0 ? v : undefined;
    };
    const eventStart = str(at(o, "eventStart"));
    const out: { -readonly [K in keyof PeakConfig]?: PeakConfig[K] } = {};
    const peakQps = figure("peakQps");
    const qpsPerInstance = figure("qpsPerInstance");
    const backendLimit = figure("backendLimit");
    if (peakQps !== undefined) out.peakQps = peakQps;
    if (qpsPerInstance !== undefined) out.qpsPerInstance = qpsPerInstance;
    if (backendLimit !== undefined) out.backendLimit = backendLimit;
    if (typeof eventStart === "string") out.eventStart = eventStart;
    return out;
}

/**
 * The peak to check: the policy's own figures when it sets a peak, else the stack's `zonesafe:beacon`
 * figures (peak, per-instance capacity, backend limit, event start) over the policy's.
 */
export function resolvePeak(config: PeakConfig, stackConfig: Readonly<Record<string, string>>): PeakConfig {
    if (config.peakQps > 0) {
        return withStackFigures(config, stackConfig);
    }
    const fromStack = peakFromStackConfig(stackConfig);
    return withStackFigures(fromStack ? { ...config, ...fromStack, eventStart: fromStack.eventStart ?? config.eventStart } : config, stackConfig);
}

/**
 * Fills the per-unit figures the policy leaves at 0 from the stack's `zonesafe:capacity` (what one
 * node, replica or instance serves, as the stack's load tests measured it).
 */
export function withStackFigures(peak: PeakConfig, stackConfig: Readonly<Record<string, string>>): PeakConfig {
    const { figures } = readCapacityFigures(stackConfig[CAPACITY_CONFIG_KEY]);
    return {
        ...peak,
        qpsPerNode: peak.qpsPerNode > 0 ? peak.qpsPerNode : (figures.qpsPerNode ?? 0),
        qpsPerReplica: peak.qpsPerReplica > 0 ? peak.qpsPerReplica : (figures.qpsPerReplica ?? 0),
        qpsPerInstance: peak.qpsPerInstance > 0 ? peak.qpsPerInstance : (figures.qpsPerInstance ?? 0),
    };
}
