/**
 * Peak events, declared once in the stack configuration (`zonesafe:events`) and read by everything
 * that prepares for, watches or reports on them: the stack's scheduled capacity, the event-readiness
 * policy, the event dashboard and the event report. The reader is pure and never throws; it returns
 * the valid events and one problem per bad field, each naming the field, the rule and the fix.
 */

/** The stack configuration key that declares the peak events (a JSON list). */
export const EVENTS_CONFIG_KEY = "zonesafe:events";

/** Minutes of warm-up before an event when none is given: capacity is up an hour before the start. */
export const DEFAULT_WARM_UP_MINUTES = 60;

/** The longest warm-up accepted, in minutes (a day). */
export const MAX_WARM_UP_MINUTES = 1440;

/** Days ahead within which an event must be ready (event-readiness), when not configured. */
export const DEFAULT_READINESS_HORIZON_DAYS = 14;

/** A peak event: a window of expected traffic the stack must be ready for. */
export interface PeakEvent {
    /** The event's name, a lower-case DNS label (`double-11`), unique in the stack. */
    readonly name: string;
    /** The start, ISO 8601 with its time zone, as written (`2026-11-11T00:00:00+08:00`). */
    readonly start: string;
    /** The end, ISO 8601 with its time zone, as written. */
    readonly end: string;
    /** The start, milliseconds since the epoch. */
    readonly startMs: number;
    /** The end, milliseconds since the epoch. */
    readonly endMs: number;
    /** The peak the stack must absorb during the window, requests per second. */
    readonly peakQps: number;
    /** Minutes before `start` at which capacity must be up. */
    readonly warmUpMinutes: number;
}

/** One problem of the events configuration: the field (`events[0].end`) and what to do. */
export interface EventProblem {
    readonly field: string;
    readonly message: string;
}

/** The result of reading `zonesafe:events`. */
export interface EventsReading {
    readonly events: readonly PeakEvent[];
    readonly problems: readonly EventProblem[];
}

const NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** ISO 8601 date-time with seconds optional and an explicit offset (`Z` or `±hh:mm`). */
const ZONED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EXAMPLE = '[{ name: "double-11", start: "2026-11-11T00:00:00+08:00", end: "2026-11-12T02:00:00+08:00", peakQps: 120000, warmUpMinutes: 60 }]';

/**
 * Reads the events: `value` is the configuration's value, either the JSON text Pulumi stores or the
 * parsed list. `undefined` (the key not set) means no events.
 */
export function readEvents(value: unknown): EventsReading {
    const problems: EventProblem[] = [];
    if (value === undefined || value === null || value === "") {
        return { events: [], problems };
    }
    let list = value;
    if (typeof value === "string") {
        try {
            list = JSON.parse(value);
        } catch {
            return { events: [], problems: [{ field: "events", message: `must be a list of events, e.g. ${EXAMPLE}; got text that is not JSON` }] };
        }
    }
    if (!Array.isArray(list)) {
        return { events: [], problems: [{ field: "events", message: `must be a list of events, e.g. ${EXAMPLE}; got ${JSON.stringify(list)}` }] };
    }
    const events: PeakEvent[] = [];
    const seen = new Set<string>();
    list.forEach((entry: unknown, i) => {
        const at = `events[${i}]`;
        if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
            problems.push({ field: at, message: `must be an event { name, start, end, peakQps, warmUpMinutes }; got ${JSON.stringify(entry)}` });
            return;
        }
        const e = entry as Record<string, unknown>;
        const before = problems.length;
        const known = new Set(["name", "start", "end", "peakQps", "warmUpMinutes"]);
        for (const key of Object.keys(e)) {
            if (!known.has(key)) problems.push({ field: `${at}.${key}`, message: `is not an event field; use name, start, end, peakQps and warmUpMinutes` });
        }
        const name = e.name;
        if (typeof name !== "string" || !NAME.test(name)) {
            problems.push({ field: `${at}.name`, message: `must be a lower-case name of letters, digits and dashes, e.g. double-11; got ${JSON.stringify(name)}` });
        } else if (seen.has(name)) {
            problems.push({ field: `${at}.name`, message: `must be unique; '${name}' is declared twice, rename one of them` });
        }
        const time = (key: "start" | "end"): number | undefined => {
            const v = e[key];
            if (typeof v !== "string" || !ZONED_TIME.test(v) || Number.isNaN(Date.parse(v))) {
                problems.push({ field: `${at}.${key}`, message: `must be an ISO 8601 time with its time zone, e.g. 2026-11-11T00:00:00+08:00; got ${JSON.stringify(v)}` });
                return undefined;
            }
            return Date.parse(v);
        };
        const startMs = time("start");
        const endMs = time("end");
        if (startMs !== undefined && endMs !== undefined && endMs <= startMs) {
            problems.push({ field: `${at}.end`, message: `must be after start (${String(e.start)}); got ${String(e.end)}` });
        }
        const peakQps = e.peakQps;
        if (typeof peakQps !== "number" || !Number.isFinite(peakQps) || peakQps <= 0) {
            problems.push({ field: `${at}.peakQps`, message: `must be the expected peak in requests per second, a number above 0; got ${JSON.stringify(peakQps)}` });
        }
        const warm = e.warmUpMinutes ?? DEFAULT_WARM_UP_MINUTES;
        if (typeof warm !== "number" || !Number.isInteger(warm) || warm < 0 || warm > MAX_WARM_UP_MINUTES) {
            problems.push({ field: `${at}.warmUpMinutes`, message: `must be whole minutes from 0 to ${MAX_WARM_UP_MINUTES} (capacity is up this long before start); got ${JSON.stringify(e.warmUpMinutes)}` });
        }
        if (problems.length === before) {
            seen.add(name as string);
            events.push({
                name: name as string,
                start: e.start as string,
                end: e.end as string,
                startMs: startMs!,
                endMs: endMs!,
                peakQps: peakQps as number,
                warmUpMinutes: warm as number,
            });
        }
    });
    return { events, problems };
}

/** When capacity must be up for an event: its start less the warm-up, milliseconds since the epoch. */
export function warmUpStartMs(event: PeakEvent): number {
    return event.startMs - event.warmUpMinutes * 60_000;
}

/**
 * Formats an instant in the time zone of an event's declared time (its offset), as
 * `YYYY-MM-DDTHH:mm:ss±hh:mm`: Auto Scaling schedules and reports keep the event's own clock.
 */
export function formatInOffsetOf(ms: number, declared: string): string {
    const m = /(Z|[+-]\d{2}:\d{2})$/.exec(declared);
    const offset = m ? m[1] : "Z";
    const minutes = offset === "Z" ? 0 : (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
    return `${local}${offset === "Z" ? "+00:00" : offset}`;
}
