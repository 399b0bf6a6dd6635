/**
 * Event readiness as a whole-stack check (no policy SDK): its name, configuration, metadata and the
 * pure check. The evaluation core (../core.ts) runs it with the time it is given (never the clock);
 * the CrossGuard policy (eventReadiness.ts) reports it.
 *
 * Each peak event the stack declares (`zonesafe:events`) that has not ended and starts within the
 * horizon must be ready:
 * - scheduled capacity: every Auto Scaling group and TKE node pool of the stack (they all serve the
 *   event) has a schedule raising it that starts at or before the event's start less its warm-up,
 *   and no schedule bringing it back before the event ends; every autoscaled Deployment (one with a
 *   HorizontalPodAutoscaler) has a TKE HorizontalPodCronscaler on that autoscaler whose cron fires
 *   within the day before the event's start less its warm-up (read in the event's offset, as the
 *   components write it) with a `minSize` reaching the replicas the peak needs (the capacity check's
 *   ⌈peak ÷ qpsPerReplica⌉ within `maxReplicas`, or above the resting `minReplicas` without a figure),
 *   and no cron bringing it lower before the event ends;
 * - capacity: the event capacity check, run with the event's peak, passes (and can run: a per-unit
 *   figure is known, from the `zonesafe-event-capacity` policy or the stack's `zonesafe:capacity`);
 * - score: the health score reaches its minimum (the `zonesafe-health-score` policy's);
 * - waivers: no active waiver expires inside the event's window (warm-up to end), when the finding it
 *   hides would come back mid-event.
 */
import {
    cronAt,
    CronSchedule,
    EVENT_READINESS_DAYS_KEY,
    EVENTS_CONFIG_KEY,
    DEFAULT_READINESS_HORIZON_DAYS,
    firstFiringAfter,
    formatInOffsetOf,
    lastFiringAtOrBefore,
    MAX_READINESS_HORIZON_DAYS,
    offsetMinutesOf,
    PeakEvent,
    readCron,
    readEvents,
    readReadinessDays,
    warmUpStartMs,
    withinHorizon,
} from "@zonesafe/model";
import type { WaiverUse } from "../assessment";
import { plural } from "../describe";
import { defineConfig, integer } from "../config";
import { checkEventCapacity, CapacityReport, eventLabel, formatQps, resolvePeak } from "../resilience/capacity";
import type { eventCapacityConfig } from "../resilience/policies";
import type { HealthScore } from "../score";
import type { Topology, TopologyNode } from "../topology";
import { at, num, objs, str, UNKNOWN } from "../values";
import { waiverEnd } from "../waivers";

/** The name of the event-readiness policy. */
export const EVENT_READINESS_POLICY = "zonesafe-event-readiness";

/** The event-readiness policy's configuration. */
export const eventReadinessConfig = defineConfig({
    horizonDays: integer({
        default: DEFAULT_READINESS_HORIZON_DAYS,
        minimum: 1,
        maximum: MAX_READINESS_HORIZON_DAYS,
        description: `Days ahead within which a declared event must be ready. A stack's \`${EVENT_READINESS_DAYS_KEY}\` widens it (the larger applies).`,
    }),
});

/** The metadata of the event-readiness policy. */
export const eventReadinessInfo = {
    name: EVENT_READINESS_POLICY,
    description:
        "Checks whether every peak event the stack declares (`zonesafe:events`) that starts within the horizon (14 days by default) is ready: each scaling group and node pool has a scheduled scale-out, and each autoscaled Deployment a HorizontalPodCronscaler raising its autoscaler to the replicas the peak needs, at or before the event's start less its warm-up, the capacity reaches the event's peak, the health score reaches its minimum, and no waiver expires inside the event's window.",
    severity: "high",
    pillar: "reliability",
    service: "zonesafe",
    fix: "Give the components the stack's events (`events`, with `qpsPerNode`/`qpsPerReplica`/`qpsPerInstance`) so they schedule the capacity (AsSchedule pairs for pools and groups, a HorizontalPodCronscaler per workload), raise `maxSize`/`maxReplicas` where the peak needs it, fix the largest health-score deductions, and renew waivers past the event's end (or fix what they hide). The message names the event and what is missing.",
} as const;

/** What the check reads. */
export interface ReadinessInput {
    readonly topology: Topology;
    /** The stack's configuration (`namespace:key` → value). */
    readonly stackConfig: Readonly<Record<string, string>>;
    /** The time the check is made at. */
    readonly now: Date;
    readonly config: typeof eventReadinessConfig.defaults;
    /** The event capacity policy's configuration (its per-unit figures and backend limit). */
    readonly capacityConfig: typeof eventCapacityConfig.defaults;
    /** The health score and its minimum, as the `zonesafe-health-score` policy computes them. */
    readonly score: HealthScore;
    readonly scoreMinimum: number;
    /** Every waiver declared in the stack. */
    readonly waivers: readonly WaiverUse[];
}

/** One event's readiness. */
export interface EventReadiness {
    readonly event: PeakEvent;
    /** When capacity must be up (start − warm-up), in the event's offset. */
    readonly readyBy: string;
    /** The capacity check with the event's peak. */
    readonly capacity: CapacityReport;
    readonly ready: boolean;
    readonly violations: ReadonlyArray<{ readonly urn: string; readonly message: string }>;
}

/** What the check found. */
export interface ReadinessResult {
    /** The horizon used, in days (the larger of the policy's and the stack's). */
    readonly horizonDays: number;
    /** The events within the horizon, each with its readiness. */
    readonly events: readonly EventReadiness[];
    /** Events declared but outside the horizon (ended, or later). */
    readonly skipped: readonly PeakEvent[];
    readonly violations: ReadonlyArray<{ readonly urn: string; readonly message: string }>;
}

/** Epoch milliseconds of a schedule's `startTime`, or `undefined`. */
function startOf(schedule: TopologyNode): number | undefined {
    const text = str(at(schedule.props, "startTime"));
    if (typeof text !== "string") return undefined;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
}

/** Whether a schedule raises its group above the group's resting minimum (and desired size); `undefined` when unknown. */
function raises(schedule: TopologyNode, group: TopologyNode): boolean | undefined {
    const restMin = num(at(group.props, "minSize"));
    const restDesired = num(at(group.props, "desiredCapacity"));
    const min = num(at(schedule.props, "minSize"));
    const desired = num(at(schedule.props, "desiredCapacity"));
    if (restMin === UNKNOWN || min === UNKNOWN || desired === UNKNOWN) return undefined;
    const floor = Math.max(typeof restMin === "number" ? restMin : 0, typeof restDesired === "number" ? restDesired : 0);
    return (typeof min === "number" && min > floor) || (typeof desired === "number" && desired > floor);
}

/** A schedule's start time as written. */
function startText(schedule: TopologyNode): string {
    const text = str(at(schedule.props, "startTime"));
    return typeof text === "string" ? text : "an unknown time";
}

/** How messages name a pool or group. */
function labelOf(group: TopologyNode): string {
    return `${group.kind === "tke-nodepool" ? "TKE node pool" : "Auto Scaling group"} ${group.name}`;
}

/** The scheduled-capacity problem of one group for one event, or `undefined` when it is scheduled. */
function scheduleProblem(t: Topology, group: TopologyNode, event: PeakEvent, readyBy: string): string | undefined {
    const mustStart = warmUpStartMs(event);
    const schedules = t.ofKind("as-schedule").filter((s) => t.resolve(s, "scalingGroupId", ["as-group", "tke-nodepool"]).nodes.includes(group));
    const known = schedules.map((s) => ({ s, start: startOf(s), up: raises(s, group) }));
    if (known.some((k) => k.up === undefined)) return undefined;
    const outs = known.filter((k) => k.up === true && k.start !== undefined && k.start <= mustStart);
    // The latest scale-out in time, unless a schedule without a raise brings the group back before the event ends.
    const latest = outs.reduce<(typeof outs)[number] | undefined>((a, b) => (a === undefined || b.start! > a.start! ? b : a), undefined);
    if (latest === undefined) {
        const late = known.filter((k) => k.up === true && k.start !== undefined && k.start > mustStart && k.start < event.endMs);
        const what = late.length > 0
            ? `its scheduled scale-out ${late[0].s.name} starts at ${startText(late[0].s)}, after ${readyBy}`
            : "it has no scheduled scale-out for it";
        return `${labelOf(group)} must be scaled out by ${readyBy} (the start less ${event.warmUpMinutes} minutes of warm-up); ${what}. Fix: pass the stack's events to the component that builds it (\`events\`), or add an AsSchedule on its scaling group starting at or before ${readyBy}.`;
    }
    const back = known.find((k) => k.up === false && k.start !== undefined && k.start > latest.start! && k.start < event.endMs);
    if (back) {
        return `${labelOf(group)} must stay scaled out until the event ends (${event.end}); schedule ${back.s.name} brings it back at ${startText(back.s)}. Fix: move that schedule after ${event.end}.`;
    }
    return undefined;
}

/** How far before start − warm-up a workload's scheduled scale-out may fire and still count: the day of the event. */
export const CRON_SCALE_OUT_LOOKBACK_HOURS = 24;

/** One cron of a HorizontalPodCronscaler, as read. */
interface ScalerCron {
    readonly scaler: TopologyNode;
    readonly name: string;
    readonly text: string;
    readonly cron: CronSchedule | undefined;
    /** Why it cannot be read, when it cannot. */
    readonly problem: string | undefined;
    readonly minSize: number | undefined;
}

/** The crons of these scalers, or `undefined` when any is unknown (a preview). */
function cronsOf(scalers: readonly TopologyNode[]): ScalerCron[] | undefined {
    const out: ScalerCron[] = [];
    for (const scaler of scalers) {
        const crons = objs(at(scaler.props, "spec", "crons"));
        if (crons === UNKNOWN) return undefined;
        for (const c of crons ?? []) {
            if (c === UNKNOWN) return undefined;
            const schedule = str(at(c, "schedule"));
            const minSize = num(at(c, "minSize"));
            const name = str(at(c, "name"));
            if (schedule === UNKNOWN || minSize === UNKNOWN || name === UNKNOWN) return undefined;
            const reading = readCron(schedule);
            out.push({
                scaler,
                name: name ?? "(unnamed)",
                text: schedule ?? "",
                cron: reading.cron,
                problem: reading.problem,
                minSize: typeof minSize === "number" ? minSize : undefined,
            });
        }
    }
    return out;
}

/** How messages name one cron of a scaler. */
function cronLabel(c: ScalerCron): string {
    return `cron ${c.name} (\`${c.text}\`) of HorizontalPodCronscaler ${c.scaler.name}`;
}

/**
 * The replicas a workload must be raised to for an event: the capacity check's ⌈peak ÷ qpsPerReplica⌉
 * within `maxReplicas`, or one above the resting `minReplicas` without a figure; `undefined` when unknown.
 */
function requiredReplicas(hpa: TopologyNode, workload: TopologyNode, capacity: CapacityReport): { replicas: number; resting: number; why: string } | undefined {
    const restMin = num(at(hpa.props, "spec", "minReplicas"));
    const max = num(at(hpa.props, "spec", "maxReplicas"));
    if (restMin === UNKNOWN || max === UNKNOWN) return undefined;
    const check = capacity.checks.find((c) => c.subject === "workload" && c.members[0]?.urn === workload.urn);
    const rest = restMin ?? 1;
    if (check === undefined) {
        const replicas = typeof max === "number" ? Math.max(rest, Math.min(rest + 1, max)) : rest + 1;
        return { replicas, resting: rest, why: `above its resting \`minReplicas\` of ${rest}` };
    }
    if (!check.complete) return undefined;
    if (typeof max === "number" && check.needed > max) {
        return { replicas: max, resting: rest, why: `its \`maxReplicas\`; the peak needs ${check.needed} at ${formatQps(check.qpsPerUnit)} QPS per replica` };
    }
    return { replicas: check.needed, resting: rest, why: `what the peak needs at ${formatQps(check.qpsPerUnit)} QPS per replica` };
}

/** The scheduled-capacity problem of one autoscaled workload for one event, or `undefined` when it is scheduled (or unknown). */
function workloadScheduleProblem(t: Topology, workload: TopologyNode, hpa: TopologyNode, event: PeakEvent, readyBy: string, capacity: CapacityReport): string | undefined {
    const mustStart = warmUpStartMs(event);
    const { scalers, undecided } = t.cronScalersOf(hpa);
    const need = requiredReplicas(hpa, workload, capacity);
    // Unknown bounds cannot say what is needed; a resting floor that already holds the peak needs no schedule.
    if (need === undefined || need.replicas <= need.resting) return undefined;
    const hpaName = str(at(hpa.props, "metadata", "name"));
    const target = typeof hpaName === "string" ? hpaName : hpa.name;
    const subject = `Deployment ${workload.name} must be raised to ${plural(need.replicas, "replica")} (${need.why}) by ${readyBy} (the start less ${event.warmUpMinutes} minutes of warm-up)`;
    const addFix = `add a HorizontalPodCronscaler on HorizontalPodAutoscaler ${target} with a cron firing at or before ${readyBy} in the event's offset (\`${cronAt(readyBy)}\`) with \`minSize\` ${need.replicas}`;
    if (scalers.length === 0) {
        if (undecided) return undefined;
        return `${subject}; no HorizontalPodCronscaler targets its HorizontalPodAutoscaler ${hpa.name}. Fix: pass the stack's events to the component that builds it (\`events\`, with \`qpsPerReplica\`), or ${addFix}.`;
    }
    const crons = cronsOf(scalers);
    if (crons === undefined) return undefined;
    const offset = offsetMinutesOf(event.start);
    const readable = crons.filter((c): c is ScalerCron & { cron: CronSchedule } => c.cron !== undefined);
    const unreadable = crons.filter((c) => c.cron === undefined);
    const unreadNote = unreadable.length > 0 ? ` (${unreadable.map((c) => `${cronLabel(c)} cannot be read: ${c.problem}`).join("; ")})` : "";
    const at_ = (ms: number) => formatInOffsetOf(ms, event.start);
    // The cron in effect at start − warm-up: the latest to fire within the lookback (the lower minSize on a tie).
    const fired = readable
        .map((c) => ({ c, when: lastFiringAtOrBefore(c.cron, mustStart, offset, CRON_SCALE_OUT_LOOKBACK_HOURS * 3_600_000) }))
        .filter((f): f is { c: (typeof readable)[number]; when: number } => f.when !== undefined)
        .sort((a, b) => b.when - a.when || (a.c.minSize ?? 0) - (b.c.minSize ?? 0));
    const inEffect = fired[0];
    if (inEffect === undefined) {
        const late = readable
            .filter((c) => (c.minSize ?? 0) >= need.replicas)
            .map((c) => ({ c, when: firstFiringAfter(c.cron, mustStart, offset, event.endMs) }))
            .filter((f): f is { c: (typeof readable)[number]; when: number } => f.when !== undefined)
            .sort((a, b) => a.when - b.when)[0];
        if (late) {
            return `${subject}; ${cronLabel(late.c)} fires at ${at_(late.when)}, after ${readyBy}. Fix: make it fire at or before ${readyBy} (\`${cronAt(readyBy)}\` in the event's offset).`;
        }
        return `${subject}; no cron of its HorizontalPodCronscaler${scalers.length > 1 ? "s" : ""} ${scalers.map((s) => s.name).join(", ")} fires for it within the ${CRON_SCALE_OUT_LOOKBACK_HOURS} hours up to ${readyBy}${unreadNote}. Fix: pass the stack's events to the component that builds it (\`events\`), or ${addFix}.`;
    }
    if (inEffect.c.minSize === undefined || inEffect.c.minSize < need.replicas) {
        return `${subject}; ${cronLabel(inEffect.c)} fires at ${at_(inEffect.when)} with \`minSize\` ${inEffect.c.minSize ?? "not set"}. Fix: set that cron's \`minSize\` to ${need.replicas} (the components do when given \`qpsPerReplica\`), or raise \`maxReplicas\` where the peak needs more.`;
    }
    const back = readable
        .filter((c) => (c.minSize ?? 0) < need.replicas)
        .map((c) => ({ c, when: firstFiringAfter(c.cron, inEffect.when, offset, event.endMs) }))
        .filter((f): f is { c: (typeof readable)[number]; when: number } => f.when !== undefined)
        .sort((a, b) => a.when - b.when)[0];
    if (back) {
        return `Deployment ${workload.name} must stay at ${plural(need.replicas, "replica")} or more until the event ends (${event.end}); ${cronLabel(back.c)} brings its \`minSize\` to ${back.c.minSize ?? "not set"} at ${at_(back.when)}. Fix: make that cron fire after ${event.end}.`;
    }
    return undefined;
}

/** Runs the readiness check; never throws. */
export function checkEventReadiness(input: ReadinessInput): ReadinessResult {
    const { topology: t, stackConfig, now } = input;
    const reading = readEvents(stackConfig[EVENTS_CONFIG_KEY]);
    const stackDays = readReadinessDays(stackConfig[EVENT_READINESS_DAYS_KEY]).days ?? 0;
    const horizonDays = Math.max(input.config.horizonDays, stackDays);
    const violations: Array<{ urn: string; message: string }> = reading.problems.map((p) => ({
        urn: "",
        message: `Stack configuration \`${EVENTS_CONFIG_KEY}\` must be valid for its events to be checked: ${p.field} ${p.message}.`,
    }));
    const due = reading.events.filter((e) => withinHorizon(e, now.getTime(), horizonDays));
    const skipped = reading.events.filter((e) => !due.includes(e));
    const groups = t.ofKind("as-group", "tke-nodepool");
    const workloads = t.ofKind("workload").filter((w) => w.resource === "Deployment" && t.autoscalersOf(w).length > 0);
    const events = due.map((event): EventReadiness => {
        const readyBy = formatInOffsetOf(warmUpStartMs(event), event.start);
        const label = eventLabel(event);
        const found: Array<{ urn: string; message: string }> = [];
        for (const group of groups) {
            const problem = scheduleProblem(t, group, event, readyBy);
            if (problem) found.push({ urn: group.urn, message: `${label} has no scheduled capacity: ${problem}` });
        }
        const peak = resolvePeak({ ...input.capacityConfig }, stackConfig);
        const capacity = checkEventCapacity(t, peak, [event]);
        for (const workload of workloads) {
            const hpa = t.autoscalersOf(workload)[0];
            const problem = hpa && workloadScheduleProblem(t, workload, hpa, event, readyBy, capacity);
            if (problem) found.push({ urn: workload.urn, message: `${label} has no scheduled capacity: ${problem}` });
        }
        if (!capacity.configured) {
            found.push({
                urn: "",
                message: `${label} has no capacity figure to check its peak against. Fix: set the stack's \`zonesafe:capacity\` (e.g. { qpsPerNode: 1000, qpsPerReplica: 1500 }, from a load test) or the zonesafe-event-capacity policy's qpsPerNode/qpsPerReplica/qpsPerInstance.`,
            });
        } else {
            for (const v of capacity.violations) {
                found.push({ urn: v.urn, message: `${label} has capacity below its peak: ${v.message.slice(label.length + 2)} Fix: raise \`maxSize\`/\`maxReplicas\` or the event's scheduled size until the check passes.` });
            }
        }
        if (input.score.score < input.scoreMinimum) {
            const top = input.score.deductions.slice(0, 3).map((d) => `${d.policy} −${d.points}`).join(", ");
            found.push({
                urn: "",
                message: `${label} needs a health score of at least ${input.scoreMinimum}; the stack scores ${input.score.score}. Fix: fix the largest deductions before ${readyBy}${top ? ` (${top})` : ""}.`,
            });
        }
        for (const use of input.waivers) {
            const w = use.waiver;
            if (w.status !== "active") continue;
            const end = waiverEnd(w.expires);
            if (end === undefined || end.getTime() < warmUpStartMs(event) || end.getTime() >= event.endMs) continue;
            found.push({
                urn: w.urn,
                message: `${label} must not see a waiver expire inside its window (${readyBy} to ${event.end}): the waiver of ${w.policy} on ${w.resourceName} expires on ${w.expires}, so its finding comes back mid-event. Fix: fix the resource before ${readyBy}, or renew the waiver past ${event.end.slice(0, 10)} with its reason.`,
            });
        }
        violations.push(...found);
        return { event, readyBy, capacity, ready: found.length === 0, violations: found };
    });
    return { horizonDays, events, skipped, violations };
}
