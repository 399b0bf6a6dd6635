/**
 * Time arithmetic for Auto Scaling schedules, which take local times in UTC+8
 * (`YYYY-MM-DDThh:mm:ss+08:00`). Pure functions.
 */

const SCHEDULE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+08:00$/;
const UTC8_OFFSET_MS = 8 * 3600 * 1000;

/** Parses a schedule time into epoch milliseconds; `undefined` when malformed or not a real date. */
export function parseScheduleTime(text: unknown): number | undefined {
    if (typeof text !== "string" || !SCHEDULE_TIME.test(text)) return undefined;
    const ms = Date.parse(text);
    if (Number.isNaN(ms) || formatScheduleTime(ms) !== text) return undefined;
    return ms;
}

/** Formats epoch milliseconds as a schedule time in UTC+8. */
export function formatScheduleTime(ms: number): string {
    return `${new Date(ms + UTC8_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The schedule time `minutes` after `text` (negative: before). `text` must be a valid schedule time. */
export function shiftScheduleTime(text: string, minutes: number): string {
    return formatScheduleTime(parseScheduleTime(text)! + minutes * 60_000);
}
