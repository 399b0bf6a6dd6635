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

/**
 * The stack configuration key that widens the event-readiness horizon (whole days, 1–3650): the
 * `event-readiness` policy checks the events starting within the larger of its own `horizonDays`
 * and this, so a stack can ask to be held ready earlier but never later than the pack's horizon.
 */
export const EVENT_READINESS_DAYS_KEY = "zonesafe:eventReadinessDays";

/** The widest readiness horizon a stack may ask for, in days (ten years). */
export const MAX_READINESS_HORIZON_DAYS = 3650;

/**
 * Reads `zonesafe:eventReadinessDays` (the text Pulumi stores, or a number): the days, `undefined`
 * when not set, or a problem naming the fix.
 */
export function readReadinessDays(value: unknown): { days: number | undefined; problem?: EventProblem } {
    if (value === undefined || value === null || value === "") return { days: undefined };
    const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MAX_READINESS_HORIZON_DAYS) {
        return {
            days: undefined,
            problem: { field: "eventReadinessDays", message: `must be whole days from 1 to ${MAX_READINESS_HORIZON_DAYS} (events starting within them must be ready); got ${JSON.stringify(value)}` },
        };
    }
    return { days: n };
}

/** The stack configuration key of the capacity figures: what one node, pod replica or scaling instance serves. */
export const CAPACITY_CONFIG_KEY = "zonesafe:capacity";

/** What one unit of each kind serves, requests per second (each optional: a figure not given is not used). */
export interface CapacityFigures {
    /** What one TKE node serves. */
    readonly qpsPerNode?: number;
    /** What one pod replica serves at its autoscaler's target. */
    readonly qpsPerReplica?: number;
    /** What one Auto Scaling instance serves at its scale-out threshold. */
    readonly qpsPerInstance?: number;
}

const CAPACITY_FIELDS = ["qpsPerNode", "qpsPerReplica", "qpsPerInstance"] as const;

/**
 * Reads `zonesafe:capacity` (the JSON text Pulumi stores, or the parsed object): the figures given,
 * and one problem per bad field (`capacity.qpsPerNode`). `undefined` means no figures.
 */
export function readCapacityFigures(value: unknown): { figures: CapacityFigures; problems: readonly EventProblem[] } {
    if (value === undefined || value === null || value === "") return { figures: {}, problems: [] };
    let parsed: unknown = value;
    if (typeof value === "string") {
        try {
            parsed = JSON.parse(value);
        } catch {
            parsed = undefined;
        }
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return { figures: {}, problems: [{ field: "capacity", message: `must be an object of per-unit figures, e.g. { qpsPerNode: 1000, qpsPerReplica: 1500 }; got ${JSON.stringify(value)}` }] };
    }
    const o = parsed as Record<string, unknown>;
    const problems: EventProblem[] = [];
    const figures: { -readonly [K in keyof CapacityFigures]: CapacityFigures[K] } = {};
    for (const key of Object.keys(o)) {
        if (!(CAPACITY_FIELDS as readonly string[]).includes(key)) {
            problems.push({ field: `capacity.${key}`, message: `is not a capacity figure; use ${CAPACITY_FIELDS.join(", ")}` });
        }
    }
    for (const key of CAPACITY_FIELDS) {
        const v = o[key];
        if (v === undefined) continue;
        if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
            problems.push({ field: `capacity.${key}`, message: `must be the requests per second one unit serves, a number above 0 (measure it with a load test); got ${JSON.stringify(v)}` });
        } else {
            figures[key] = v;
        }
    }
    return { figures, problems };
}

/** Whether an event needs to be ready at `nowMs`: it has not ended and starts within `horizonDays`. */
export function withinHorizon(event: PeakEvent, nowMs: number, horizonDays: number): boolean {
    return event.endMs > nowMs && event.startMs <= nowMs + horizonDays * 86_400_000;
}

/** An event as declared (name, start, end, peakQps, warmUpMinutes), without the derived instants: what components take. */
export function declaredEvent(e: PeakEvent): { name: string; start: string; end: string; peakQps: number; warmUpMinutes: number } {
    return { name: e.name, start: e.start, end: e.end, peakQps: e.peakQps, warmUpMinutes: e.warmUpMinutes };
}
