/**
 * Secrets never reach a report or an error line. Every value that is secret anywhere on its way is
 * collected — the program's secret inputs and outputs (wire-form secrets), secret stack config
 * (`secure:` values, `--secret KEY=VALUE`), plaintext secrets of an imported export — and replaced by
 * {@link REDACTION} wherever it appears: in the report model (messages, plan, notes), in the resilience
 * analysis and its diagram, and in the one-line errors.
 *
 * A value of at least {@link MIN_SUBSTRING_LENGTH} characters is redacted wherever it occurs inside a
 * text; a shorter one (a port, a flag, a digit) only where a field holds exactly that value, since
 * replacing it inside other text would mangle the report without protecting anything.
 */
import { SECRET_SIG, SIG_KEY, StackRecord, WireValue } from "@zonesafe/engine/types";
import { mapStrings } from "./sanitize";

/** What a secret value is replaced by. */
export const REDACTION = "[secret]";

/** The shortest secret redacted inside other text; shorter ones are redacted only as whole values. */
export const MIN_SUBSTRING_LENGTH = 6;

/** A set of secret values and the function that removes them from text and data. */
export class Redactor {
    private readonly values = new Set<string>();
    private pattern: RegExp | undefined;
    private dirty = false;

    /** Creates a redactor for `values` (more may be added). */
    constructor(values: Iterable<string> = []) {
        this.add(values);
    }

    /** Adds secret values; empty strings and the redaction marker itself are ignored. */
    add(values: Iterable<string>): this {
        for (const v of values) {
            if (typeof v !== "string" || v.trim() === "" || v === REDACTION) continue;
            if (!this.values.has(v)) {
                this.values.add(v);
                this.dirty = true;
            }
        }
        return this;
    }

    /** Adds every secret a stack record carries: wire-form secrets in inputs and outputs, and secret config. */
    addStack(stack: StackRecord): this {
        return this.add(secretsOfStack(stack));
    }

    /** The secret values, in the order they were added. */
    [Symbol.iterator](): Iterator<string> {
        return this.values[Symbol.iterator]();
    }

    /** Whether there is anything to redact. */
    get empty(): boolean {
        return this.values.size === 0;
    }

    /** How many distinct secret values are known. */
    get size(): number {
        return this.values.size;
    }

    private regex(): RegExp | undefined {
        if (this.dirty || this.pattern === undefined) {
            const long = [...this.values].filter((v) => v.length >= MIN_SUBSTRING_LENGTH).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
            this.pattern = long.length > 0 ? new RegExp(long.map(escapeRegExp).join("|"), "g") : undefined;
            this.dirty = false;
        }
        return this.pattern;
    }

    /** A text with every secret replaced: long ones anywhere inside it, short ones when they are the whole text. */
    text(s: string): string {
        if (this.values.size === 0 || s === "") return s;
        if (this.values.has(s)) return REDACTION;
        const re = this.regex();
        return re ? s.replace(re, REDACTION) : s;
    }

    /**
     * A copy of a JSON-like value (plain objects, arrays, maps and sets, any depth, cycles kept) with
     * every string and object key passed through {@link text}; other objects are kept as they are.
     */
    deep<T>(value: T): T {
        if (this.values.size === 0) return value;
        return mapStrings(value, (s) => this.text(s));
    }
}

function escapeRegExp(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The texts a secret value may show up as: its strings and numbers, and the JSON of a structured value. */
export function secretTexts(value: unknown): string[] {
    const out: string[] = [];
    const walk = (v: unknown) => {
        if (typeof v === "string") out.push(v);
        else if (typeof v === "number" && Number.isFinite(v)) out.push(String(v));
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v !== null && typeof v === "object") {
            for (const [k, x] of Object.entries(v)) if (k !== SIG_KEY) walk(x);
        }
    };
    walk(value);
    if (value !== null && typeof value === "object") {
        const json = JSON.stringify(value);
        if (json.length >= MIN_SUBSTRING_LENGTH) out.push(json);
    }
    return out;
}

/** Every value held inside a wire-form secret of a property bag (secrets nested at any depth). */
export function secretsOfWire(v: WireValue | undefined, into: string[] = []): string[] {
    if (v === null || v === undefined || typeof v !== "object") return into;
    if (Array.isArray(v)) {
        for (const x of v) secretsOfWire(x, into);
        return into;
    }
    if (v[SIG_KEY] === SECRET_SIG) {
        into.push(...secretTexts(v.value));
        return into;
    }
    for (const x of Object.values(v)) secretsOfWire(x, into);
    return into;
}

/** The texts of a secret config value: the value itself and, when it is JSON, its parts. */
export function secretsOfConfigValue(value: string): string[] {
    const out = [value];
    try {
        const parsed: unknown = JSON.parse(value);
        if (parsed !== null && typeof parsed === "object") out.push(...secretTexts(parsed));
    } catch {
        // A plain string value.
    }
    return out;
}

/** Every secret a stack record carries: wire-form secrets of every resource, and its secret config values. */
export function secretsOfStack(stack: StackRecord): string[] {
    const out: string[] = [];
    for (const r of stack.resources) {
        secretsOfWire(r.inputs, out);
        if (r.outputs) secretsOfWire(r.outputs, out);
        if (r.provider) secretsOfWire(r.provider.properties, out);
    }
    for (const key of stack.configSecretKeys ?? []) {
        const v = stack.config[key];
        if (typeof v === "string") out.push(...secretsOfConfigValue(v));
    }
    return out;
}

/**
 * The secrets this process has seen on its inputs (`--secret` values, secrets of an imported state),
 * for the command's error lines, which may be printed before any report exists. Reports do not read
 * it: their secrets travel with the stack record they are built from.
 */
export const KNOWN_SECRETS = new Redactor();

/** Redacts the secrets this process knows of from a text (an error line, a message). */
export function redactKnown(text: string): string {
    return KNOWN_SECRETS.text(text);
}
