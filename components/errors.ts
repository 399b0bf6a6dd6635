/**
 * How components refuse unsafe arguments: a {@link Validator} collects every problem (field, rule,
 * value, fix) and throws one {@link ComponentArgsError} listing all of them, before any child exists.
 */
import * as pulumi from "@pulumi/pulumi";

/** One refused argument. */
export interface Problem {
    /** The argument path, e.g. `secondReplicaZone` or `listeners[1].port`. */
    field: string;
    /** What the field must satisfy, phrased to follow the field: "must differ from `primaryZone`". */
    rule: string;
    /** The value that was given, already described for a message (see {@link describeValue}). */
    value: string;
    /** How to fix it. */
    fix: string;
}

/** Formats one problem as the line the error message shows. */
export function formatProblem(p: Problem): string {
    return `\`${p.field}\` ${p.rule}; got ${p.value}. Fix: ${p.fix}`;
}

/**
 * The error a component throws when its arguments are refused. It is a
 * `pulumi.InputPropertiesError` (the engine prints each property path and reason) whose message
 * also lists every problem, so a plain `catch` shows all of them.
 */
export class ComponentArgsError extends pulumi.InputPropertiesError {
    /** The component's type token. */
    public readonly componentType: string;
    /** The component's name. */
    public readonly componentName: string;
    /** Every problem found, in the order they were found. */
    public readonly problems: Problem[];

    constructor(componentType: string, componentName: string, problems: Problem[]) {
        const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
        const message =
            `${componentType} "${componentName}" refused its arguments (${count}):\n` +
            problems.map((p) => `  - ${formatProblem(p)}`).join("\n");
        super({
            message,
            errors: problems.map((p) => ({ propertyPath: p.field, reason: `${p.rule}; got ${p.value}. Fix: ${p.fix}` })),
        });
        this.name = "ComponentArgsError";
        this.componentType = componentType;
        this.componentName = componentName;
        this.problems = problems;
    }

    /** Whether `e` is a ComponentArgsError (also across copies of this module). */
    static isComponentArgsError(e: unknown): e is ComponentArgsError {
        return e instanceof Error && e.name === "ComponentArgsError" && Array.isArray((e as ComponentArgsError).problems);
    }
}

/** Values that must never appear in a message (passwords) are described with this. */
export const HIDDEN = "(hidden)";

/**
 * Describes a value for a message: strings in quotes, lists in brackets, `nothing` for undefined,
 * `<output>` for values only known at deployment. Long descriptions are cut at 120 characters.
 */
export function describeValue(v: unknown): string {
    const text = describeInner(v, 0);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function describeInner(v: unknown, depth: number): string {
    if (v === undefined) return "nothing";
    if (v === null) return "null";
    if (typeof v === "string") return JSON.stringify(v);
    if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
    if (isOutputLike(v)) return "<output>";
    if (depth > 2) return "...";
    if (Array.isArray(v)) return `[${v.map((x) => describeInner(x, depth + 1)).join(", ")}]`;
    if (typeof v === "object") {
        const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${describeInner(x, depth + 1)}`);
        return `{${entries.join(", ")}}`;
    }
    return typeof v;
}

/** Whether `v` is only known at deployment: a Pulumi output or a promise (anything with a `then` function). */
export function isOutputLike(v: unknown): boolean {
    return pulumi.Output.isInstance(v) || isPromiseLike(v);
}

function isPromiseLike(v: unknown): boolean {
    return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}

/** A DNS label (RFC 1123), as Kubernetes names and namespaces must be: lowercase letters, digits and '-', at most 63. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** Whether `v` is a finite integer. */
export function isInteger(v: unknown): v is number {
    return typeof v === "number" && Number.isInteger(v);
}

/** Whether `v` is a non-empty string. */
export function isNonEmptyString(v: unknown): v is string {
    return typeof v === "string" && v.trim().length > 0;
}

/**
 * Collects the problems of one component's arguments. Each check returns whether it passed, so a
 * later check that depends on it can be skipped instead of failing with a TypeError.
 */
export class Validator {
    public readonly problems: Problem[] = [];

    constructor(
        public readonly componentType: string,
        public readonly componentName: string,
    ) {}

    /** Records a problem; `value` is described with {@link describeValue} unless already a string description. */
    add(field: string, rule: string, value: unknown, fix: string, opts: { described?: boolean } = {}): void {
        this.problems.push({ field, rule, value: opts.described ? String(value) : describeValue(value), fix });
    }

    /** Records a problem unless `ok`; returns `ok`. */
    check(ok: boolean, field: string, rule: string, value: unknown, fix: string): boolean {
        if (!ok) this.add(field, rule, value, fix);
        return ok;
    }

    /** Requires an integer in `[min, max]`. */
    integer(field: string, value: unknown, min: number, max: number, fix?: string): value is number {
        const range = max === Number.POSITIVE_INFINITY ? `at least ${min}` : `between ${min} and ${max}`;
        return this.check(
            isInteger(value) && value >= min && value <= max,
            field,
            `must be an integer ${range}`,
            value,
            fix ?? `set \`${field}\` to an integer ${range}.`,
        );
    }

    /** Requires a number (not necessarily an integer) in `[min, max]`. */
    number(field: string, value: unknown, min: number, max: number, fix?: string): value is number {
        return this.check(
            typeof value === "number" && Number.isFinite(value) && value >= min && value <= max,
            field,
            `must be a number between ${min} and ${max}`,
            value,
            fix ?? `set \`${field}\` to a number between ${min} and ${max}.`,
        );
    }

    /** Requires one of the listed values. */
    oneOf<T extends string | number | boolean>(field: string, value: unknown, allowed: readonly T[], fix?: string): value is T {
        return this.check(
            (allowed as readonly unknown[]).includes(value),
            field,
            `must be one of ${allowed.map((a) => describeValue(a)).join(", ")}`,
            value,
            fix ?? `use one of ${allowed.map((a) => describeValue(a)).join(", ")}.`,
        );
    }

    /** Requires a boolean. */
    boolean(field: string, value: unknown): value is boolean {
        return this.check(typeof value === "boolean", field, "must be true or false", value, `set \`${field}\` to true or false.`);
    }

    /** Requires a non-empty string. */
    nonEmptyString(field: string, value: unknown, fix?: string): value is string {
        return this.check(isNonEmptyString(value), field, "must be a non-empty string", value, fix ?? `set \`${field}\`.`);
    }

    /** Requires a value to be present (any pulumi.Input). */
    present(field: string, value: unknown, fix?: string): boolean {
        return this.check(value !== undefined && value !== null && value !== "", field, "is required", value, fix ?? `set \`${field}\`.`);
    }

    /** Accepts `undefined` or a plain object (not a list); records a problem otherwise. */
    optionalObject(field: string, value: unknown, fix?: string): boolean {
        return this.check(
            value === undefined || (typeof value === "object" && value !== null && !Array.isArray(value)),
            field,
            "must be an object",
            value,
            fix ?? `pass an object for \`${field}\`, or omit it.`,
        );
    }

    /** Requires an array; returns it (or undefined after recording a problem). */
    array(field: string, value: unknown, fix?: string): value is unknown[] {
        return this.check(Array.isArray(value), field, "must be a list", value, fix ?? `pass a list for \`${field}\`.`);
    }

    /** Whether any problem was recorded. */
    get failed(): boolean {
        return this.problems.length > 0;
    }

    /** Throws one {@link ComponentArgsError} listing every recorded problem, if any. */
    throwIfAny(): void {
        if (this.problems.length > 0) throw new ComponentArgsError(this.componentType, this.componentName, [...this.problems]);
    }
}
