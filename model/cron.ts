/**
 * The six-field cron form (seconds first) of TKE's scheduled HPA scaling, the HPC add-on's
 * HorizontalPodCronscaler: the components write it (a scale-out and a scale-back per peak event) and
 * the event-readiness policy reads it back, so both use this module. A cron carries no time zone: it
 * is written, and read, in the offset of the event it serves (the controller runs on the event's
 * clock).
 */

/** The API version and kind of TKE's scheduled scaling object (the HPC add-on's HorizontalPodCronscaler). */
export const TKE_CRON_SCALER = { apiVersion: "autoscaling.cloud.tencent.com/v1", kind: "HorizontalPodCronscaler" } as const;

/** The Pulumi type token of a HorizontalPodCronscaler created as a Kubernetes custom resource. */
export const TKE_CRON_SCALER_TYPE = `kubernetes:${TKE_CRON_SCALER.apiVersion}:${TKE_CRON_SCALER.kind}`;

/**
 * A time `YYYY-MM-DDThh:mm:ss±hh:mm` as the six-field cron expression (seconds first) of TKE's
 * HorizontalPodCronscaler, read in the same offset: `0 0 23 10 11 *` for 23:00 on 10 November.
 * Throws on a time of another form (the components only pass times they formatted).
 */
export function cronAt(time: string): string {
    const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(time);
    if (!m) throw new Error(`not a schedule time: ${time}`);
    const [, month, day, hour, minute, second] = m;
    return `${Number(second)} ${Number(minute)} ${Number(hour)} ${Number(day)} ${Number(month)} *`;
}

/** A cron read: the values each field allows (day of week 0–6, Sunday 0). */
export interface CronSchedule {
    /** The expression as written. */
    readonly text: string;
    readonly seconds: readonly number[];
    readonly minutes: readonly number[];
    readonly hours: readonly number[];
    readonly daysOfMonth: readonly number[];
    readonly months: readonly number[];
    readonly daysOfWeek: readonly number[];
    /** Whether the day of month and the day of week are both restricted (then either one matching is enough, as in cron). */
    readonly eitherDay: boolean;
}

/** The result of reading a cron: the schedule, or the problem (which field, what rule). */
export type CronReading = { readonly cron: CronSchedule; readonly problem?: undefined } | { readonly cron?: undefined; readonly problem: string };

const FIELDS = [
    { name: "seconds", min: 0, max: 59 },
    { name: "minutes", min: 0, max: 59 },
    { name: "hours", min: 0, max: 23 },
    { name: "day of month", min: 1, max: 31 },
    { name: "month", min: 1, max: 12 },
    { name: "day of week", min: 0, max: 7 },
] as const;
const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
// A Map, not an object: a text such as `__proto__` or `constructor` must not find a member.
const DESCRIPTORS: ReadonlyMap<string, string> = new Map([
    ["@yearly", "0 0 0 1 1 *"],
    ["@annually", "0 0 0 1 1 *"],
    ["@monthly", "0 0 0 1 * *"],
    ["@weekly", "0 0 0 * * 0"],
    ["@daily", "0 0 0 * * *"],
    ["@midnight", "0 0 0 * * *"],
    ["@hourly", "0 0 * * * *"],
]);

/** One value of a field: a number, or a month or day name. */
function valueOf(text: string, field: number): number | undefined {
    if (/^\d+$/.test(text)) return Number(text);
    const upper = text.toUpperCase();
    const names = field === 4 ? MONTH_NAMES : field === 5 ? DAY_NAMES : [];
    const i = names.indexOf(upper);
    return i < 0 ? undefined : field === 4 ? i + 1 : i;
}

/** The values one field allows, or the problem. */
function readField(text: string, field: number): { values: number[]; any: boolean } | string {
    const { name, min, max } = FIELDS[field];
    const values = new Set<number>();
    let any = false;
    for (const part of text.split(",")) {
        const m = /^([^/]+)(?:\/(\d+))?$/.exec(part);
        if (!m) return `${name} \`${text}\` is not a value, a range, a list or a step`;
        const [, range, stepText] = m;
        const step = stepText === undefined ? 1 : Number(stepText);
        if (step < 1) return `${name} \`${text}\` has a step below 1`;
        let from: number | undefined;
        let to: number | undefined;
        if (range === "*" || (range === "?" && field >= 3)) {
            [from, to] = [min, max];
            if (stepText === undefined) any = true;
        } else {
            const bounds = range.split("-");
            if (bounds.length > 2) return `${name} \`${text}\` is not a value, a range, a list or a step`;
            from = valueOf(bounds[0], field);
            to = bounds.length === 2 ? valueOf(bounds[1], field) : stepText === undefined ? from : max;
        }
        if (from === undefined || to === undefined || from < min || to > max || from > to) {
            return `${name} \`${text}\` must lie within ${min}–${max}`;
        }
        for (let v = from; v <= to; v += step) values.add(field === 5 && v === 7 ? 0 : v);
    }
    return { values: [...values].sort((a, b) => a - b), any };
}

/**
 * Reads a six-field cron (seconds minutes hours day-of-month month day-of-week; `*`, `?`, values,
 * ranges, lists, steps, month and day names) or a descriptor such as `@daily`. Never throws: a cron
 * it cannot read comes back as the problem, naming the field.
 */
export function readCron(text: unknown): CronReading {
    if (typeof text !== "string" || text.trim() === "") return { problem: "is not a cron expression" };
    const trimmed = text.trim();
    const expanded = DESCRIPTORS.get(trimmed.toLowerCase()) ?? trimmed;
    if (expanded.startsWith("@") || /^(CRON_)?TZ=/.test(expanded)) {
        return { problem: `\`${trimmed}\` is a form that is not read here; write six fields (seconds minutes hours day-of-month month day-of-week) in the event's offset` };
    }
    const parts = expanded.split(/\s+/);
    if (parts.length !== 6) return { problem: `\`${trimmed}\` has ${parts.length} field${parts.length === 1 ? "" : "s"}; TKE's scheduled scaling takes six (seconds minutes hours day-of-month month day-of-week)` };
    const read = parts.map((p, i) => readField(p, i));
    const bad = read.find((r): r is string => typeof r === "string");
    if (bad !== undefined) return { problem: bad };
    const [seconds, minutes, hours, daysOfMonth, months, daysOfWeek] = read as Array<{ values: number[]; any: boolean }>;
    return {
        cron: {
            text: trimmed,
            seconds: seconds.values,
            minutes: minutes.values,
            hours: hours.values,
            daysOfMonth: daysOfMonth.values,
            months: months.values,
            daysOfWeek: daysOfWeek.values,
            eitherDay: !daysOfMonth.any && !daysOfWeek.any,
        },
    };
}

/** Minutes east of UTC of the offset a time is written in (`+08:00` → 480, `Z` → 0); 0 when it carries none. */
export function offsetMinutesOf(time: string): number {
    const m = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(time);
    if (!m || m[1] === "Z") return 0;
    return (m[2] === "-" ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
}

const DAY_MS = 86_400_000;

/** Whether a cron fires on the day that starts at `dayMs` on its own clock. */
function firesOnDay(cron: CronSchedule, dayMs: number): boolean {
    const d = new Date(dayMs);
    const dom = cron.daysOfMonth.includes(d.getUTCDate());
    const dow = cron.daysOfWeek.includes(d.getUTCDay());
    return cron.months.includes(d.getUTCMonth() + 1) && (cron.eitherDay ? dom || dow : dom && dow);
}

/** The firings of a cron on one day (its own clock), in order or in reverse, as milliseconds on that clock. */
function* firingsOnDay(cron: CronSchedule, dayMs: number, reverse: boolean): Generator<number> {
    const order = (values: readonly number[]) => (reverse ? [...values].reverse() : values);
    for (const h of order(cron.hours)) {
        for (const m of order(cron.minutes)) {
            for (const s of order(cron.seconds)) yield dayMs + h * 3_600_000 + m * 60_000 + s * 1000;
        }
    }
}

/**
 * The latest firing of a cron, read in the offset `offsetMinutes`, in the window `[ms − lookbackMs, ms]`
 * (milliseconds since the epoch), or `undefined` when it does not fire in it.
 */
export function lastFiringAtOrBefore(cron: CronSchedule, ms: number, offsetMinutes: number, lookbackMs: number): number | undefined {
    const shift = offsetMinutes * 60_000;
    const [from, to] = [ms - lookbackMs + shift, ms + shift];
    for (let day = Math.floor(to / DAY_MS) * DAY_MS; day + DAY_MS > from; day -= DAY_MS) {
        if (!firesOnDay(cron, day)) continue;
        for (const t of firingsOnDay(cron, day, true)) {
            if (t > to) continue;
            if (t < from) break;
            return t - shift;
        }
    }
    return undefined;
}

/**
 * The first firing of a cron, read in the offset `offsetMinutes`, in the window `(ms, untilMs)`
 * (milliseconds since the epoch), or `undefined` when it does not fire in it.
 */
export function firstFiringAfter(cron: CronSchedule, ms: number, offsetMinutes: number, untilMs: number): number | undefined {
    const shift = offsetMinutes * 60_000;
    const [from, to] = [ms + shift, untilMs + shift];
    for (let day = Math.floor(from / DAY_MS) * DAY_MS; day < to; day += DAY_MS) {
        if (!firesOnDay(cron, day)) continue;
        for (const t of firingsOnDay(cron, day, false)) {
            if (t <= from) continue;
            if (t >= to) break;
            return t - shift;
        }
    }
    return undefined;
}
