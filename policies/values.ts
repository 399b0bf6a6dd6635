/**
 * Reading property bags the way the engine hands them over, without ever throwing.
 *
 * The policy SDK wraps props in a proxy that throws `UnknownValueError` when a policy reads a value
 * that is unknown during a preview, and (in a remediation) in a proxy that keeps secrets secret.
 * Rules here never read those proxies directly: {@link snapshot} copies a bag into plain data, turning
 * every unknown into the {@link UNKNOWN} marker and every secret into its plain value. The typed
 * readers ({@link str}, {@link num}, …) then return the value, `undefined` (absent or of the wrong
 * type) or {@link UNKNOWN}, and each rule decides what "unknown" means for it: almost always "stay
 * silent", so that an unknown never produces a false violation.
 */
import type * as PolicySdk from "@pulumi/policy";
import { isUnknownSentinel, SECRET_SIG, setOwn, SIG_KEY, UNKNOWN as WIRE_UNKNOWN, UNKNOWN_SENTINELS } from "@zonesafe/model";

// `UnknownValueError` from the SDK's proxy module alone, which requires nothing: the package's index
// (which re-exports this very class) loads the Pulumi SDK, and tools that read plain records (the
// command's reports) never need it. The module's typings are stripped, hence the cast.
const { UnknownValueError } = require("@pulumi/policy/proxy") as Pick<typeof PolicySdk, "UnknownValueError">;

let secretClass: typeof PolicySdk.Secret | undefined;

/**
 * Whether a value is the policy SDK's `Secret`. Only class instances can be one, and plain data (wire
 * records, JSON) holds none, so the SDK is loaded on the first class instance met, never for plain data.
 */
function isSdkSecret(value: object): value is PolicySdk.Secret {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null || proto === Array.prototype) {
        return false;
    }
    secretClass ??= (require("@pulumi/policy") as typeof PolicySdk).Secret;
    return value instanceof secretClass;
}

/**
 * The sentinel strings of values unknown during a preview, and the one a snapshot stores for every
 * unknown value (the wire format's own, `UNKNOWN` of the shared model).
 */
export { UNKNOWN_SENTINELS, isUnknownSentinel };
export const UNKNOWN_SENTINEL: typeof WIRE_UNKNOWN = WIRE_UNKNOWN;

/**
 * What the typed readers return for a value unknown during a preview: a Symbol, so that no string a
 * property really holds can be taken for it. It is the readers' marker, not a wire value: in the data
 * a snapshot holds, an unknown is the wire sentinel {@link UNKNOWN_SENTINEL}, and a reader that meets
 * any of the model's {@link UNKNOWN_SENTINELS} returns this marker.
 */
export const UNKNOWN: unique symbol = Symbol("unknown during preview");
/** The type of {@link UNKNOWN}. */
export type Unknown = typeof UNKNOWN;

/** Plain JSON-like data, as a snapshot holds it. */
export type Plain = null | boolean | number | string | Plain[] | PlainObject;
/** A plain object of a snapshot. */
export interface PlainObject {
    [key: string]: Plain;
}

/** How deep a snapshot copies; anything deeper is treated as unknown. */
const MAX_DEPTH = 64;

/**
 * The keys on which the SDK's proxies (the unknown-checking one of validation arguments, the
 * secret-preserving one of remediation arguments) answer whether they are one and what they wrap.
 */
const IS_SDK_PROXY = "__isSpecialProxy";
const SDK_PROXY_TARGET = "__getSpecialProxyTarget";

/**
 * The data behind the SDK's proxies: the deserialized property bag, where an unknown is its sentinel
 * string and a secret its `Secret` (or plain value). Copying it costs no proxy trap per property, and
 * {@link snapshot} reads it to the same plain data as through the proxies. Anything else is returned
 * as it is.
 */
export function unproxied(value: unknown): unknown {
    for (let hops = 0; hops < 4 && typeof value === "object" && value !== null; hops++) {
        let target: unknown;
        try {
            const bag = value as Record<string, unknown>;
            target = bag[IS_SDK_PROXY] === true ? bag[SDK_PROXY_TARGET] : undefined;
        } catch {
            target = undefined;
        }
        if (typeof target !== "object" || target === null || target === value) {
            break;
        }
        value = target;
    }
    return value;
}

/** Reads `container[key]`, turning the SDK's `UnknownValueError` into the unknown sentinel. */
function readThrough(container: any, key: string | number): unknown {
    try {
        return container[key];
    } catch (e) {
        if (e instanceof UnknownValueError) {
            return UNKNOWN_SENTINEL;
        }
        throw e;
    }
}


/**
 * Copies a property bag (or any value) into plain data. Proxies are read through; unknowns become
 * {@link UNKNOWN_SENTINEL}; secrets (SDK `Secret` objects or wire-form secrets) become their plain
 * value; functions, symbols and bigints are dropped.
 */
export function snapshot(value: unknown, depth = 0): Plain | undefined {
    if (depth > MAX_DEPTH) {
        return UNKNOWN_SENTINEL;
    }
    if (value === null) {
        return null;
    }
    switch (typeof value) {
        case "string":
            return isUnknownSentinel(value) ? UNKNOWN_SENTINEL : value;
        case "number":
        case "boolean":
            return value;
        case "object":
            break;
        default:
            return undefined;
    }
    if (isSdkSecret(value)) {
        return snapshot(readThrough(value, "value"), depth + 1);
    }
    if (Array.isArray(value)) {
        const length = readThrough(value, "length");
        if (typeof length !== "number") {
            return UNKNOWN_SENTINEL;
        }
        const out: Plain[] = [];
        for (let i = 0; i < length; i++) {
            const element = snapshot(readThrough(value, i), depth + 1);
            out.push(element === undefined ? null : element);
        }
        return out;
    }
    if (readThrough(value, SIG_KEY) === SECRET_SIG) {
        return snapshot(readThrough(value, "value"), depth + 1);
    }
    const out: PlainObject = {};
    for (const key of Object.keys(value)) {
        const element = snapshot(readThrough(value, key), depth + 1);
        if (element !== undefined) {
            setOwn(out, key, element);
        }
    }
    return out;
}

/** Copies a property bag into a plain object (an empty one when it is not an object). */
export function snapshotObject(value: unknown): PlainObject {
    const copy = snapshot(unproxied(value));
    return isPlainObject(copy) ? copy : {};
}

/** Whether a plain value is an object (not an array, not null). */
export function isPlainObject(value: unknown): value is PlainObject {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value read from a snapshot: plain data, absent, or unknown. */
export type Read = Plain | undefined | Unknown;

/** Reads a path in a snapshot; {@link UNKNOWN} as soon as a step is unknown, `undefined` when absent. */
export function at(value: Read, ...path: (string | number)[]): Read {
    let current: Read = value;
    for (const step of path) {
        if (current === UNKNOWN || (typeof current === "string" && isUnknownSentinel(current))) {
            return UNKNOWN;
        }
        if (typeof step === "number") {
            if (!Array.isArray(current) || step < 0 || step >= current.length) {
                return undefined;
            }
            current = current[step];
        } else {
            if (!isPlainObject(current) || !Object.prototype.hasOwnProperty.call(current, step)) {
                return undefined;
            }
            current = current[step];
        }
    }
    return typeof current === "string" && isUnknownSentinel(current) ? UNKNOWN : current;
}

/** A string, or `undefined` when absent or not a string. */
export function str(value: Read): string | undefined | Unknown {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    if (typeof value !== "string") {
        return undefined;
    }
    return isUnknownSentinel(value) ? UNKNOWN : value;
}

/** A finite number (numeric strings accepted, as the provider coerces them), or `undefined`. */
export function num(value: Read): number | undefined | Unknown {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    if (typeof value === "number") {
        return Number.isFinite(value) ? value : undefined;
    }
    if (typeof value === "string") {
        if (isUnknownSentinel(value)) {
            return UNKNOWN;
        }
        if (/^-?\d+(\.\d+)?$/.test(value.trim())) {
            return Number(value.trim());
        }
    }
    return undefined;
}

/** A boolean ("true"/"false" strings accepted, as the provider coerces them), or `undefined`. */
export function bool(value: Read): boolean | undefined | Unknown {
    if (value === UNKNOWN) {
        return UNKNOWN;
    }
    if (typeof value === "boolean") {
        return value;
    }
    if (typeof value === "string") {
        if (isUnknownSentinel(value)) {
            return UNKNOWN;
        }
        const lowered = value.trim().toLowerCase();
        if (lowered === "true") {
            return true;
        }
        if (lowered === "false") {
            return false;
        }
    }
    return undefined;
}

/** An array, or `undefined` when absent or not an array. */
export function list(value: Read): readonly Plain[] | undefined | Unknown {
    if (value === UNKNOWN || (typeof value === "string" && isUnknownSentinel(value))) {
        return UNKNOWN;
    }
    return Array.isArray(value) ? value : undefined;
}

/** An object, or `undefined` when absent or not an object. */
export function obj(value: Read): PlainObject | undefined | Unknown {
    if (value === UNKNOWN || (typeof value === "string" && isUnknownSentinel(value))) {
        return UNKNOWN;
    }
    return isPlainObject(value) ? value : undefined;
}

/** The elements of a list that are strings (unknown elements as {@link UNKNOWN}); others are dropped. */
export function strs(value: Read): (string | Unknown)[] | undefined | Unknown {
    const items = list(value);
    if (items === UNKNOWN || items === undefined) {
        return items;
    }
    const out: (string | Unknown)[] = [];
    for (const item of items) {
        const s = str(item);
        if (s !== undefined) {
            out.push(s);
        }
    }
    return out;
}

/**
 * A single-item list of strings in either naming route's shape: the statically bridged package
 * flattens a Terraform list of plain values with `MaxItems: 1` to one string, the official route keeps
 * the list (AS and node pool `terminationPolicies`, the TKE master and worker configs' `keyIds` and
 * `disasterRecoverGroupIds`). Both read as a list of strings.
 */
export function strOrStrs(value: Read): (string | Unknown)[] | undefined | Unknown {
    const one = str(value);
    return one === undefined ? strs(value) : one === UNKNOWN ? UNKNOWN : [one];
}

/** The elements of a list that are numbers (unknown elements as {@link UNKNOWN}); others are dropped. */
export function nums(value: Read): (number | Unknown)[] | undefined | Unknown {
    const items = list(value);
    if (items === UNKNOWN || items === undefined) {
        return items;
    }
    const out: (number | Unknown)[] = [];
    for (const item of items) {
        const n = num(item);
        if (n !== undefined) {
            out.push(n);
        }
    }
    return out;
}

/** The objects of a list (unknown elements as {@link UNKNOWN}); other elements are dropped. */
export function objs(value: Read): (PlainObject | Unknown)[] | undefined | Unknown {
    const items = list(value);
    if (items === UNKNOWN || items === undefined) {
        return items;
    }
    const out: (PlainObject | Unknown)[] = [];
    for (const item of items) {
        const o = obj(item);
        if (o !== undefined) {
            out.push(o);
        }
    }
    return out;
}

/** Whether any element of a list read is unknown. */
export function hasUnknown<T>(items: readonly (T | Unknown)[]): boolean {
    return items.some((item) => item === UNKNOWN);
}

/** The known elements of a list read. */
export function known<T>(items: readonly (T | Unknown)[]): T[] {
    return items.filter((item): item is T => item !== UNKNOWN);
}

/** Tags of a resource as a map: from a tag map (`tags`, `tagSet`) or a list of `{key, value}`. */
export function tagsOf(props: PlainObject): Map<string, string> {
    const tags = new Map<string, string>();
    for (const key of ["tags", "tagSet"]) {
        const value = at(props, key);
        if (isPlainObject(value)) {
            for (const [k, v] of Object.entries(value)) {
                const s = str(v);
                if (typeof s === "string") {
                    tags.set(k, s);
                }
            }
        } else if (Array.isArray(value)) {
            for (const item of value) {
                const k = str(at(item, "key")) ?? str(at(item, "tagKey"));
                const v = str(at(item, "value")) ?? str(at(item, "tagValue"));
                if (typeof k === "string" && typeof v === "string") {
                    tags.set(k, v);
                }
            }
        }
    }
    return tags;
}

/** Annotations of a Kubernetes object (`metadata.annotations`). */
export function annotationsOf(props: PlainObject): Map<string, string> {
    const annotations = new Map<string, string>();
    const value = obj(at(props, "metadata", "annotations"));
    if (value !== undefined && value !== UNKNOWN) {
        for (const [k, v] of Object.entries(value)) {
            const s = str(v);
            if (typeof s === "string") {
                annotations.set(k, s);
            }
        }
    }
    return annotations;
}
