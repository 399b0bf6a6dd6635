/**
 * Event readiness as a whole-stack check (no policy SDK): its name, configuration, metadata and the
 * pure check. The evaluation core (../core.ts) runs it with the time it is given (never the clock);
 * the CrossGuard policy (eventReadiness.ts) reports it.
 *
 * Each peak event the stack declares (`zonesafe:events`) that has not ended and starts within the
 * horizon must be ready:
 * - scheduled capacity: every Auto Scaling group and TKE node pool of the stack (they all serve the
 *   event) has a schedule raising it that starts at or before the event's start less its warm-up,
 *   and no schedule bringing it back before the event ends;
 * - capacity: the event capacity check, run with the event's peak, passes (and can run: a per-unit
 *   figure is known, from the `zonesafe-event-capacity` policy or the stack's `zonesafe:capacity`);
 * - score: the health score reaches its minimum (the `zonesafe-health-score` policy's);
 * - waivers: no active waiver expires inside the event's window (warm-up to end), when the finding it
 *   hides would come back mid-event.
 */
import {
    EVENT_READINESS_DAYS_KEY,
    EVENTS_CONFIG_KEY,
    DEFAULT_READINESS_HORIZON_DAYS,
    formatInOffsetOf,
    MAX_READINESS_HORIZON_DAYS,
    PeakEvent,
    readEvents,
    readReadinessDays,
    warmUpStartMs,
    withinHorizon,
} from "@zonesafe/model";
import type { WaiverUse } from "../assessment";
import { defineConfig, integer } from "../config";
import { checkEventCapacity, CapacityReport, eventLabel, resolvePeak } from "../resilience/capacity";
import type { eventCapacityConfig } from "../resilience/policies";
import type { HealthScore } from "../score";
import type { Topology, TopologyNode } from "../topology";
import { at, num, str, UNKNOWN } from "../values";
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
        "Checks whether every peak event the stack declares (`zonesafe:events`) that starts within the horizon (14 days by default) is ready: each scaling group and node pool has a scheduled scale-out at or before the event's start less its warm-up, the capacity reaches the event's peak, the health score reaches its minimum, and no waiver expires inside the event's window.",
    severity: "high",
    pillar: "reliability",
    service: "zonesafe",
    fix: "Give the components the stack's events (`events`, with `qpsPerNode`/`qpsPerReplica`/`qpsPerInstance`) so they schedule the capacity, raise `maxSize`/`maxReplicas` where the peak needs it, fix the largest health-score deductions, and renew waivers past the event's end (or fix what they hide). The message names the event and what is missing.",
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
