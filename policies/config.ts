/**
 * Typed, default-safe policy configuration.
 *
 * Each configurable rule declares its options once; that gives both the JSON schema the pack
 * publishes over the analyzer protocol (with `default`s, which the engine fills in) and a parser
 * that turns whatever `getConfig()` returns into typed values, falling back to the default for a
 * missing or malformed value, so a rule never sees a value of the wrong type.
 */
import type { PolicyConfigSchema } from "@pulumi/policy";
import { PlainObject, snapshotObject } from "./values";

/** A JSON schema fragment for one configuration property. */
export type JsonSchema = PolicyConfigSchema["properties"][string];

/** One configuration option: its schema, default and parser. */
export interface Option<T> {
    readonly schema: JsonSchema;
    readonly defaultValue: T;
    /** The typed value, or `undefined` when the raw value does not fit. */
    parse(raw: unknown): T | undefined;
}

/** A rule's configuration: the schema to publish and a parser with defaults. */
export interface ConfigDef<T> {
    readonly schema: PolicyConfigSchema;
    readonly defaults: T;
    parse(raw: unknown): T;
}

/** Options of an integer (or number) option. */
interface NumberOptionArgs {
    default: number;
    description: string;
    minimum?: number;
    maximum?: number;
}

function inRange(value: unknown, args: NumberOptionArgs, integer: boolean): number | undefined {
    if (typeof value !== "number" || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
        return undefined;
    }
    if ((args.minimum !== undefined && value < args.minimum) || (args.maximum !== undefined && value > args.maximum)) {
        return undefined;
    }
    return value;
}

/** An integer option. */
export function integer(args: NumberOptionArgs): Option<number> {
    return {
        schema: { type: "integer", default: args.default, description: args.description, minimum: args.minimum, maximum: args.maximum },
        defaultValue: args.default,
        parse: (raw) => inRange(raw, args, true),
    };
}

/** A number option. */
export function number(args: NumberOptionArgs): Option<number> {
    return {
        schema: { type: "number", default: args.default, description: args.description, minimum: args.minimum, maximum: args.maximum },
        defaultValue: args.default,
        parse: (raw) => inRange(raw, args, false),
    };
}

/** A boolean option. */
export function boolean(args: { default: boolean; description: string }): Option<boolean> {
    return {
        schema: { type: "boolean", default: args.default, description: args.description },
        defaultValue: args.default,
        parse: (raw) => (typeof raw === "boolean" ? raw : undefined),
    };
}

/** A list-of-integers option. */
export function integerList(args: { default: number[]; description: string; minimum?: number; maximum?: number }): Option<number[]> {
    return {
        schema: {
            type: "array",
            items: { type: "integer", minimum: args.minimum, maximum: args.maximum },
            default: args.default,
            description: args.description,
        },
        defaultValue: args.default,
        parse: (raw) =>
            Array.isArray(raw) && raw.every((v) => typeof v === "number" && Number.isInteger(v)) ? (raw as number[]) : undefined,
    };
}

/** A list-of-strings option. */
export function stringList(args: { default: string[]; description: string }): Option<string[]> {
    return {
        schema: { type: "array", items: { type: "string" }, default: args.default, description: args.description },
        defaultValue: args.default,
        parse: (raw) => (Array.isArray(raw) && raw.every((v) => typeof v === "string") ? (raw as string[]) : undefined),
    };
}

/** An option whose value is an object with number properties (e.g. weights). */
export function numberMap<K extends string>(args: {
    default: Record<K, number>;
    description: string;
    minimum?: number;
}): Option<Record<K, number>> {
    const keys = Object.keys(args.default) as K[];
    return {
        schema: {
            type: "object",
            properties: Object.fromEntries(keys.map((k) => [k, { type: "number", minimum: args.minimum }])),
            additionalProperties: false,
            default: args.default,
            description: args.description,
        },
        defaultValue: args.default,
        parse: (raw) => {
            if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
                return undefined;
            }
            const out = { ...args.default };
            for (const k of keys) {
                const v = (raw as Record<string, unknown>)[k];
                if (v === undefined) {
                    continue;
                }
                if (typeof v !== "number" || !Number.isFinite(v) || (args.minimum !== undefined && v < args.minimum)) {
                    return undefined;
                }
                out[k] = v;
            }
            return out;
        },
    };
}

/** A copy of a schema without `undefined` entries (the protocol's Struct cannot carry them). */
function clean(schema: JsonSchema): JsonSchema {
    return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

/** The typed values of a set of options. */
export type ValuesOf<O> = { [K in keyof O]: O[K] extends Option<infer T> ? T : never };

/** Declares a rule's configuration from its options. */
export function defineConfig<O extends Record<string, Option<unknown>>>(options: O): ConfigDef<ValuesOf<O>> {
    const properties: PolicyConfigSchema["properties"] = {};
    const defaults: Record<string, unknown> = {};
    for (const [key, option] of Object.entries(options)) {
        properties[key] = clean(option.schema);
        defaults[key] = option.defaultValue;
    }
    return {
        schema: { properties },
        defaults: defaults as ValuesOf<O>,
        parse: (raw) => {
            const given: PlainObject = snapshotObject(raw);
            const values: Record<string, unknown> = {};
            for (const [key, option] of Object.entries(options)) {
                const value = Object.prototype.hasOwnProperty.call(given, key) ? option.parse(given[key]) : undefined;
                values[key] = value === undefined ? option.defaultValue : value;
            }
            return values as ValuesOf<O>;
        },
    };
}

/** The configuration of a rule without options. */
export const NO_CONFIG: ConfigDef<Record<string, never>> = defineConfig({});
