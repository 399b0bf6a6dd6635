/**
 * Policy pack configuration as the Pulumi CLI handles it for `--policy-pack-config FILE`: parsing the
 * file (pulumi/pulumi `pkg/resource/analyzer/config.go`, `parsePolicyPackConfig`) and reconciling it
 * with the pack's own defaults (`ReconcilePolicyPackConfig`, `applyConfig`, `validatePolicyPackConfig`)
 * into the config that `Configure` sends.
 *
 * Reconciliation, in order:
 * 1. each policy's level, and its schema's `default`s as properties;
 * 2. the pack's `initialConfig` (the third `PolicyPack` argument);
 * 3. the file: `all` with a valid level sets every policy's level, then each entry overrides its
 *    policy's level (when it gives one) and merges its properties over the ones so far;
 * 4. each policy's properties are validated against `{type: "object", properties, required}`.
 *
 * Engine behaviours kept on purpose:
 * - **initialConfig quirk.** The pack sends `initialConfig` as proto `PolicyConfig` messages, whose level
 *   cannot be unset: an entry with properties but no `enforcementLevel` arrives as ADVISORY (0), and
 *   step 2 then lowers that policy to advisory. {@link initialConfigAsEngineSees} reproduces that
 *   conversion; the analyzer client gets it for free by reading the proto.
 * - Entries for names the pack does not define are kept and sent (the pack ignores them); one without a
 *   level makes the CLI fail `Configure` with `invalid enforcement level ""`, which is reported here as a
 *   config error. `all` is itself kept as an entry, as the CLI keeps it.
 */
import * as fs from "fs";
import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import { EnforcementLevel, isPlainObject } from "./types";
import type { JsonSchema, PolicyConfigEntry, PolicyInfo, ReconciledPolicyConfig } from "./protocol";

/** The enforcement levels, in the order the CLI lists them. */
export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/** Whether `v` is one of the four enforcement levels. */
export function isEnforcementLevel(v: unknown): v is EnforcementLevel {
    return typeof v === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(v);
}

/** One entry of a config file (or of `initialConfig`): a level, properties, or both. */
export interface PolicyConfigInput {
    enforcementLevel?: EnforcementLevel;
    properties?: Record<string, unknown>;
}

/** A parsed config file: policy name (or `all`) → entry. */
export type PolicyConfigFile = Record<string, PolicyConfigInput>;

export type { PolicyConfigEntry, ReconciledPolicyConfig } from "./protocol";

/** What reconciliation needs to know about a pack. */
export interface ReconcileTarget {
    name: string;
    version: string;
    /** Whether the pack accepts config (every @pulumi/policy pack does). Defaults to `true`. */
    supportsConfig?: boolean;
    policies: ReadonlyArray<Pick<PolicyInfo, "name" | "enforcementLevel" | "configSchema">>;
}

const CONFIG_EXAMPLE = `{"all": "mandatory", "<policy>": {"enforcementLevel": "advisory", "<property>": <value>}}`;

function kindOf(v: unknown): string {
    if (v === null) return "null";
    if (Array.isArray(v)) return "an array";
    return `a ${typeof v}`;
}

/**
 * Parses a config value (the JSON of a `--policy-pack-config` file, or the same shape given inline)
 * as the CLI does: each value is a level string or an object with an optional `enforcementLevel` and
 * properties; entries with neither are dropped. Throws one error listing every bad entry.
 */
export function parsePolicyConfig(value: unknown, source: string): PolicyConfigFile {
    if (!isPlainObject(value)) {
        throw new Error(`${source} must hold a JSON object keyed by policy name or "all"; got ${kindOf(value)}. Example: ${CONFIG_EXAMPLE}`);
    }
    const problems: string[] = [];
    const entries: Array<[string, PolicyConfigInput]> = [];
    const levels = ENFORCEMENT_LEVELS.join(", ");
    for (const [name, v] of Object.entries(value)) {
        let level: EnforcementLevel | undefined;
        let properties: Record<string, unknown> | undefined;
        if (typeof v === "string") {
            if (!isEnforcementLevel(v)) {
                problems.push(`"${name}": "${v}" is not a valid enforcement level; use one of ${levels}.`);
                continue;
            }
            level = v;
        } else if (isPlainObject(v)) {
            const { enforcementLevel, ...rest } = v;
            if ("enforcementLevel" in v) {
                if (typeof enforcementLevel !== "string") {
                    problems.push(`"${name}".enforcementLevel: ${JSON.stringify(enforcementLevel)} is not a valid enforcement level; it must be a string, one of ${levels}.`);
                    continue;
                }
                if (!isEnforcementLevel(enforcementLevel)) {
                    problems.push(`"${name}".enforcementLevel: "${enforcementLevel}" is not a valid enforcement level; use one of ${levels}.`);
                    continue;
                }
                level = enforcementLevel;
            }
            if (Object.keys(rest).length > 0) properties = rest;
        } else {
            problems.push(`"${name}": ${JSON.stringify(v)} is not a valid value; give an enforcement level string or an object such as {"enforcementLevel": "mandatory", "<property>": <value>}.`);
            continue;
        }
        if (level === undefined && properties === undefined) continue; // the CLI drops empty entries
        const entry: PolicyConfigInput = {};
        if (level !== undefined) entry.enforcementLevel = level;
        if (properties !== undefined) entry.properties = properties;
        entries.push([name, entry]);
    }
    if (problems.length > 0) {
        throw new Error(`Invalid policy config in ${source}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    }
    // fromEntries defines own properties, so a policy named "__proto__" cannot touch the prototype.
    return Object.fromEntries(entries);
}

/** Adds "(line L, column C)" to a JSON.parse message that only gives a position. */
function withLineColumn(message: string, text: string): string {
    const m = /at position (\d+)/.exec(message);
    if (!m || /line \d+/.test(message)) return message;
    const before = text.slice(0, Number(m[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    return `${message} (line ${line}, column ${column})`;
}

/**
 * Loads a `--policy-pack-config` file: JSON, where an empty (or blank) file means no config. Throws
 * an error naming the file and the problem when it is missing, malformed or holds a bad entry.
 */
export function loadPolicyConfigFile(file: string): PolicyConfigFile {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === "ENOENT") {
            throw new Error(`Policy config file ${file} does not exist. Check the path given for the pack's config file.`, { cause: e });
        }
        throw new Error(`Cannot read policy config file ${file}: ${err.message}`, { cause: e });
    }
    text = text.replace(/^\uFEFF/, "");
    if (text.trim() === "") return {};
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (e) {
        throw new Error(
            `Policy config file ${file} is not valid JSON: ${withLineColumn((e as Error).message, text)}. ` +
                `Fix the syntax; the file holds one object keyed by policy name or "all", e.g. ${CONFIG_EXAMPLE}.`,
            { cause: e },
        );
    }
    return parsePolicyConfig(value, `policy config file ${file}`);
}

/**
 * Converts a pack's `initialConfig` (the third `PolicyPack` argument) into what the engine receives
 * over gRPC: a level string becomes that level; an object sends its level and its other properties,
 * and an object with properties but no level arrives as ADVISORY (the quirk); an empty object is not
 * sent at all.
 */
export function initialConfigAsEngineSees(initialConfig: Record<string, unknown>): Record<string, PolicyConfigEntry> {
    const out: Array<[string, PolicyConfigEntry]> = [];
    for (const [name, v] of Object.entries(initialConfig)) {
        if (typeof v === "string") {
            if (!isEnforcementLevel(v)) throw new Error(`initialConfig "${name}": "${v}" is not a valid enforcement level`);
            out.push([name, { enforcementLevel: v, properties: {} }]);
            continue;
        }
        if (!isPlainObject(v)) continue;
        const { enforcementLevel, ...properties } = v;
        const hasLevel = typeof enforcementLevel === "string" && enforcementLevel !== "";
        if (!hasLevel && Object.keys(properties).length === 0) continue;
        if (hasLevel && !isEnforcementLevel(enforcementLevel)) {
            throw new Error(`initialConfig "${name}": "${String(enforcementLevel)}" is not a valid enforcement level`);
        }
        out.push([name, { enforcementLevel: hasLevel ? (enforcementLevel as EnforcementLevel) : "advisory", properties }]);
    }
    return Object.fromEntries(out);
}

interface Working {
    level: EnforcementLevel | "";
    properties: Record<string, unknown> | undefined;
}

function applyConfig(result: Map<string, Working>, toApply: Record<string, PolicyConfigInput>): void {
    const all = toApply.all;
    if (all && isEnforcementLevel(all.enforcementLevel)) {
        for (const w of result.values()) w.level = all.enforcementLevel;
    }
    for (const [name, given] of Object.entries(toApply)) {
        const existing = result.get(name);
        const next: Working = { level: existing?.level ?? "", properties: existing?.properties };
        if (isEnforcementLevel(given.enforcementLevel)) next.level = given.enforcementLevel;
        const props = given.properties ?? {};
        if (Object.keys(props).length > 0) {
            // Built from entries, so that a property named `__proto__` stays a property (as the CLI keeps it).
            next.properties = Object.fromEntries([...Object.entries(next.properties ?? {}), ...Object.entries(props).map(([k, v]) => [k, structuredClone(v)])]);
        }
        result.set(name, next);
    }
}

/**
 * Ajv's optimization passes over the code it generates for each schema: none. They only tidy the
 * generated code; every validation gives the same answer and the same errors without them, and
 * compiling the schemas of a pack's policies (every run, before the first resource) takes about half
 * the time.
 */
const AJV_CODE_OPTIMIZE = false;

const ajv = new Ajv({ allErrors: true, strict: false, logger: false, code: { optimize: AJV_CODE_OPTIMIZE } });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
    const key = JSON.stringify(schema);
    let v = compiled.get(key);
    if (!v) {
        v = ajv.compile(schema);
        compiled.set(key, v);
    }
    return v;
}

/** Reads `a/0/b` of a JSON pointer-ish path from `data`. */
function valueAt(data: unknown, pointer: string): unknown {
    let cur = data;
    for (const seg of pointer.split("/").slice(1)) {
        if (cur === null || typeof cur !== "object") return undefined;
        cur = (cur as Record<string, unknown>)[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return cur;
}

function describeError(policy: string, e: ErrorObject, data: Record<string, unknown>, schema: JsonSchema, source: string): string {
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    if (e.keyword === "required") {
        const missing = String((e.params as { missingProperty?: string }).missingProperty);
        const s = props[missing];
        return (
            `policy '${policy}': property '${missing}' is required but not set. ` +
            `Fix: add "${policy}": {"${missing}": <value>} to ${source}${s ? ` (schema: ${JSON.stringify(s)})` : ""}.`
        );
    }
    const segments = e.instancePath.split("/").slice(1);
    const top = segments[0] ?? "";
    const where = segments.length > 0 ? segments.join(".") : "(the config object)";
    const got = valueAt(data, e.instancePath);
    let rule = e.message ?? "is invalid";
    if (e.keyword === "enum") rule += ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`;
    const s = props[top];
    const fallback = s && "default" in s ? `, or remove it to use the default ${JSON.stringify(s.default)}` : "";
    return (
        `policy '${policy}': property '${where}' ${rule}; got ${JSON.stringify(got)}. ` +
        `Fix: change "${policy}": {"${top}": ...} in ${source} to a value the schema ${JSON.stringify(s ?? {})} accepts${fallback}.`
    );
}

/**
 * Names in a config that the pack does not define (leaving out `all`), with whether each gives a
 * level. The CLI sends them anyway; without a level it fails.
 */
export function unknownPolicyNames(target: ReconcileTarget, config: PolicyConfigFile | undefined): Array<{ name: string; hasLevel: boolean }> {
    const known = new Set(target.policies.map((p) => p.name));
    return Object.entries(config ?? {})
        .filter(([name]) => name !== "all" && !known.has(name))
        .map(([name, c]) => ({ name, hasLevel: isEnforcementLevel(c.enforcementLevel) }));
}

/**
 * Reconciles a pack's defaults, its `initialConfig` (as the engine receives it, see
 * {@link initialConfigAsEngineSees}) and a parsed config file into the config `Configure` sends,
 * exactly as the CLI's ReconcilePolicyPackConfig does. Throws one error naming each bad policy,
 * property and fix when a value breaks its schema, or when an entry ends without a valid level.
 */
export function reconcilePolicyConfig(
    target: ReconcileTarget,
    initialConfig: Record<string, PolicyConfigInput> | undefined,
    fileConfig: PolicyConfigFile | undefined,
    source = "the policy config",
): ReconciledPolicyConfig {
    const result = new Map<string, Working>();
    for (const p of target.policies) {
        let properties: Record<string, unknown> | undefined;
        for (const [k, s] of Object.entries(p.configSchema?.properties ?? {})) {
            if (s && typeof s === "object" && "default" in s) {
                properties ??= {};
                properties[k] = structuredClone(s.default);
            }
        }
        result.set(p.name, { level: p.enforcementLevel, properties });
    }
    if (initialConfig) applyConfig(result, initialConfig);
    if (fileConfig) applyConfig(result, fileConfig);

    const problems: string[] = [];
    const supportsConfig = target.supportsConfig ?? true;
    for (const p of target.policies) {
        // With config support the CLI gives every policy a schema (it injects `enforcementLevel`), so every
        // policy is validated; the injected property never matters, properties never hold a level.
        if (!p.configSchema && !supportsConfig) continue;
        const declared = p.configSchema ?? { properties: {}, required: [] };
        const schema: JsonSchema = { type: "object" };
        if (Object.keys(declared.properties ?? {}).length > 0) schema.properties = declared.properties;
        if ((declared.required ?? []).length > 0) schema.required = declared.required;
        let validate: ValidateFunction;
        try {
            validate = validatorFor(schema);
        } catch (e) {
            problems.push(`policy '${p.name}' declares a configSchema that is not valid JSON Schema (${(e as Error).message}). Fix the policy's configSchema in the pack.`);
            continue;
        }
        const data = result.get(p.name)?.properties ?? {};
        if (!validate(data)) {
            for (const e of validate.errors ?? []) problems.push(describeError(p.name, e, data, schema, source));
        }
    }
    const known = new Set(target.policies.map((p) => p.name));
    for (const [name, w] of result) {
        if (w.level !== "") continue;
        problems.push(
            name === "all"
                ? `"all" gives properties but no enforcementLevel, so the Pulumi CLI fails with 'invalid enforcement level ""'. ` +
                      `Fix: give "all" an enforcementLevel (${ENFORCEMENT_LEVELS.join(", ")}), or move its properties to the policies they belong to.`
                : `"${name}" is not a policy of pack '${target.name}' and has no enforcementLevel, so the Pulumi CLI fails with ` +
                      `'invalid enforcement level ""'. Fix: correct the name (the pack's policies: ${[...known].sort().join(", ") || "none"}), or remove the entry.`,
        );
    }
    if (problems.length > 0) {
        problems.sort();
        throw new Error(
            `Invalid config for policy pack '${target.name}@${target.version}' (from ${source}):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
        );
    }
    const out: Array<[string, PolicyConfigEntry]> = [];
    for (const [name, w] of result) {
        out.push([name, { enforcementLevel: w.level as EnforcementLevel, properties: w.properties ?? {} }]);
    }
    return Object.fromEntries(out);
}
