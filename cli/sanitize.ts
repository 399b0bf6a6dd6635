/**
 * Control characters made visible. A resource name, a message or a file's content may carry ANSI
 * escape sequences (CSI colours, OSC titles and hyperlinks), other C0 and C1 controls or Unicode
 * direction overrides; written raw to a terminal or a log they would recolour it, rewrite its title,
 * hide text or reorder it. Each becomes a visible escape (`\x1b`, `\x9b`, `\u202e`) instead.
 */

import { setOwn } from "@zonesafe/model";

/** C0 controls except tab and line feed, DEL, C1 controls, and the Unicode direction overrides and isolates. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The visible escape of one control character. */
function escapeOf(ch: string): string {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** A text with every control character (see {@link CONTROL_CHARACTERS}) shown as a visible escape; line breaks are kept. */
export function visibleControls(text: string): string {
    return text.replace(CONTROL_CHARACTERS, escapeOf);
}

/** A text on one line: control characters and line breaks (`\r`, `\n`, tab kept as a space) shown as visible escapes. */
export function visibleControlsOneLine(text: string): string {
    return visibleControls(text).replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, " ");
}

/**
 * A copy of a JSON-like value (plain objects, arrays, maps and sets, at any depth, cycles kept) with
 * `fn` applied to every string and object key; other objects (class instances) are kept as they are.
 */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
    const seen = new Map<object, unknown>();
    const walk = (v: unknown): unknown => {
        if (typeof v === "string") return fn(v);
        if (v === null || typeof v !== "object") return v;
        const known = seen.get(v);
        if (known !== undefined) return known;
        if (Array.isArray(v)) {
            const out: unknown[] = [];
            seen.set(v, out);
            for (const x of v) out.push(walk(x));
            return out;
        }
        if (v instanceof Map) {
            const out = new Map<unknown, unknown>();
            seen.set(v, out);
            for (const [k, x] of v) out.set(walk(k), walk(x));
            return out;
        }
        if (v instanceof Set) {
            const out = new Set<unknown>();
            seen.set(v, out);
            for (const x of v) out.add(walk(x));
            return out;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return v;
        const out: Record<string, unknown> = {};
        seen.set(v, out);
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) setOwn(out, fn(k), walk(x));
        return out;
    };
    return walk(value) as T;
}
