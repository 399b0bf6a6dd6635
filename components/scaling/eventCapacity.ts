/**
 * Scheduled capacity for peak events: a pure planner that turns each declared event (the stack's
 * `zonesafe:events`, read by the shared model) into the sizes and times of a scale-out before it and
 * a scale-back after it, for a scaling group, a TKE node pool's Auto Scaling group or a workload's
 * autoscaler. The components create the resources (`AsSchedule` pairs, TKE HorizontalPodCronscalers)
 * from these plans; children are named by event, so adding or removing an event renames nothing else.
 */
import { formatInOffsetOf, readEvents, warmUpStartMs } from "@zonesafe/model";
import type { PeakEvent } from "@zonesafe/model";
import { Validator } from "../errors";

/** Minutes after an event's end at which capacity goes back to its resting size (a peak may overrun). */
export const EVENT_SCALE_BACK_MINUTES = 30;

/** Auto Scaling schedules take their times in UTC+8 (`YYYY-MM-DDThh:mm:ss+08:00`), whatever the event's own offset. */
export const AS_SCHEDULE_OFFSET = "+08:00";

/**
 * A peak event, as the stack configuration declares it (`zonesafe:events`): a name, a window with
 * its time zone, the expected peak and the warm-up.
 */
export interface CapacityEvent {
    /** The event's name, a lower-case DNS label unique among the events (`double-11`); children are named after it. */
    name: string;
    /** The start, ISO 8601 with its time zone (`2027-11-11T00:00:00+08:00`). */
    start: string;
    /** The end, ISO 8601 with its time zone, after `start`. */
    end: string;
    /** The peak to absorb, requests per second, above 0. */
    peakQps: number;
    /** Minutes before `start` at which capacity must be up, 0–1440. Defaults to `60`. */
    warmUpMinutes?: number;
}

/** What a pool, group or workload is sized by: its bounds and what one unit serves. */
export interface EventSizing {
    /** The resting minimum. */
    minSize: number;
    /** The maximum. */
    maxSize: number;
    /** The resting desired size. Defaults to `minSize`. */
    desired?: number;
    /** Requests per second one unit serves; without it, each event raises the minimum to `maxSize`. */
    qpsPerUnit?: number;
}

/** The scheduled capacity of one event for one pool, group or workload (plain data). */
export interface EventCapacityPlan {
    /** The event's name. */
    event: string;
    /** When capacity goes up: the event's start less its warm-up. */
    scaleOutAt: string;
    /** When it goes back: `EVENT_SCALE_BACK_MINUTES` after the event's end. */
    scaleBackAt: string;
    /** The offset `scaleOutAt` and `scaleBackAt` are written in. */
    offset: string;
    /** Units the peak needs (`⌈peakQps ÷ qpsPerUnit⌉`), or `maxSize` when no per-unit figure is given. */
    needed: number;
    /** The minimum (and desired size) during the event: `needed` within the bounds. */
    peakSize: number;
    /** Whether the bounds cap the size below what the peak needs. */
    capped: boolean;
    /** The resting minimum, maximum and desired size the scale-back restores. */
    restingMin: number;
    maxSize: number;
    restingDesired: number;
}

/**
 * Validates a component's `events` argument with the shared model's reader (every bad field named,
 * e.g. `events[0].end`) and returns the events, or `undefined` when refused. `undefined` means none.
 */
export function validateEvents(v: Validator, field: string, events: unknown): PeakEvent[] | undefined {
    if (events === undefined) return [];
    if (!v.check(Array.isArray(events), field, "must be a list of events { name, start, end, peakQps, warmUpMinutes }", events, 'pass e.g. [{ name: "double-11", start: "2027-11-11T00:00:00+08:00", end: "2027-11-12T02:00:00+08:00", peakQps: 24000 }].')) {
        return undefined;
    }
    const reading = readEvents(events);
    for (const p of reading.problems) {
        const at = p.field.replace(/^events/, field);
        const index = /^events\[(\d+)\]/.exec(p.field);
        const entry = index ? (events as unknown[])[Number(index[1])] : events;
        const key = /\.(\w+)$/.exec(p.field)?.[1];
        const value = key && typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>)[key] : entry;
        v.add(at, p.message.replace(/; got .*$/, ""), value, "correct the event as the rule says; each event needs a unique name, a start and an end with their time zone, and a peak above 0.");
    }
    return reading.problems.length === 0 ? [...reading.events] : undefined;
}

/**
 * Validates a per-unit figure (`qpsPerNode`, `qpsPerReplica`, `qpsPerInstance`): a number above 0,
 * or absent.
 */
export function validateQpsPerUnit(v: Validator, field: string, value: unknown): boolean {
    if (value === undefined) return true;
    return v.check(typeof value === "number" && Number.isFinite(value) && value > 0, field, "must be the requests per second one unit serves, a number above 0", value, "measure it with a load test, or leave it out to raise each event's minimum to the maximum.");
}

/** Plans each event's scale-out and scale-back for one pool, group or workload. Pure. */
export function planEventCapacity(events: readonly PeakEvent[], sizing: EventSizing, offset?: string): EventCapacityPlan[] {
    const desired = sizing.desired ?? sizing.minSize;
    return events.map((e) => {
        const needed = sizing.qpsPerUnit !== undefined && sizing.qpsPerUnit > 0 ? Math.ceil(e.peakQps / sizing.qpsPerUnit) : sizing.maxSize;
        const peakSize = Math.min(sizing.maxSize, Math.max(sizing.minSize, desired, needed));
        const writtenIn = offset ?? e.start;
        return {
            event: e.name,
            scaleOutAt: formatInOffsetOf(warmUpStartMs(e), writtenIn),
            scaleBackAt: formatInOffsetOf(e.endMs + EVENT_SCALE_BACK_MINUTES * 60_000, writtenIn),
            offset: /(Z|[+-]\d{2}:\d{2})$/.exec(writtenIn)?.[1].replace("Z", "+00:00") ?? "+00:00",
            needed,
            peakSize,
            capped: needed > sizing.maxSize,
            restingMin: sizing.minSize,
            maxSize: sizing.maxSize,
            restingDesired: desired,
        };
    });
}

/**
 * A time `YYYY-MM-DDThh:mm:ss±hh:mm` as the six-field cron expression (seconds first) of TKE's
 * HorizontalPodCronscaler, read in the same offset (`0 0 23 10 11 *` for 23:00 on 10 November): the
 * shared model's writer, which the event-readiness policy reads back. The controller reads crons in
 * its nodes' local time zone, which must be the event's offset.
 */
export { cronAt } from "@zonesafe/model";
