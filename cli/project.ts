/**
 * Reads a Pulumi project the way the Pulumi CLI does: `Pulumi.yaml` (name, runtime, main,
 * stackConfigDir, project-level config) and a stack's `Pulumi.<stack>.yaml` (config, stack tags).
 *
 * Configuration follows the CLI's rules: keys are `namespace:key` (a bare key takes the project name as
 * its namespace); values are strings, and object or list values are JSON-encoded. A `secure:` value
 * cannot be decrypted offline: it becomes {@link REDACTED_SECRET}, marked secret, unless a
 * `--secret key=value` override supplies it.
 */
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { setOwn } from "@zonesafe/model";
import { CliError } from "./errors";
import { readTextFile } from "./files";
import { KNOWN_SECRETS, secretsOfConfigValue } from "./redact";

/** The value a secret takes when it cannot be decrypted offline (as `pulumi preview --json` blinds it). */
export const REDACTED_SECRET = "[secret]";

/** The config key whose object value sets stack tags (as `pulumi:tags` does for the Pulumi CLI). */
export const TAGS_CONFIG_KEY = "pulumi:tags";

/** A Pulumi project, as read from its `Pulumi.yaml`. */
export interface PulumiProject {
    /** The absolute project directory. */
    dir: string;
    /** The absolute path of `Pulumi.yaml` (or `Pulumi.yml`). */
    file: string;
    name: string;
    /** The runtime name (`nodejs` for a TypeScript or JavaScript program). */
    runtime: string;
    description?: string;
    /** The program's entry point relative to `dir`, when `Pulumi.yaml` names one. */
    main?: string;
    /** The absolute directory that holds the `Pulumi.<stack>.yaml` files. */
    stackConfigDir: string;
    /** Project-level config values (`config:` in `Pulumi.yaml`), already namespaced. */
    configDefaults: Record<string, string>;
}

/** One stack's settings, as read from its `Pulumi.<stack>.yaml` and the command-line overrides. */
export interface StackSettings {
    /** The stack name (the part of `--stack` after the last `/`). */
    name: string;
    /** The organization, when `--stack` named one (`org/stack` or `org/project/stack`). */
    organization?: string;
    /** The absolute path of the stack's config file. */
    file: string;
    /** The config, `namespace:key` → string value. */
    config: Record<string, string>;
    /** The config keys whose values are secrets. */
    secretKeys: string[];
    /** Secret keys whose value could not be decrypted here and holds {@link REDACTED_SECRET}. */
    redactedKeys: string[];
    /** Stack tags: the CLI's project tags plus `pulumi:tags` from the config. */
    tags: Record<string, string>;
    /** ESC environments the stack imports; their values are not available offline. */
    environments: string[];
}

/** A `key=value` config assignment from the command line. */
export interface ConfigOverride {
    key: string;
    value: string;
    secret: boolean;
}

const PROJECT_FILES = ["Pulumi.yaml", "Pulumi.yml"];
const TYPED_CONFIG_KEYS = new Set(["type", "description", "default", "value", "secret", "items"]);

/** Parses a YAML file into a document, with a one-line error that names the file, line and column. */
function readYaml(file: string, fix: string): YAML.Document.Parsed {
    // A directory, pipe or device, an unreadable, binary or UTF-16 file: each named as such.
    const text = readTextFile(file, "the file", fix);
    const doc = YAML.parseDocument(text, { prettyErrors: false });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        let where = "";
        if (err.linePos) where = ` at line ${err.linePos[0].line}, column ${err.linePos[0].col}`;
        else if (err.pos) {
            const lines = text.slice(0, err.pos[0]).split("\n");
            where = ` at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
        }
        throw new CliError(`${file} is not valid YAML${where}: ${err.message.split("\n")[0]}`, "fix the YAML syntax");
    }
    return doc;
}

/** The document's top-level mapping as pairs of key and node; an empty document is an empty mapping. */
function topLevel(doc: YAML.Document.Parsed, file: string): Array<[string, unknown]> {
    const contents = doc.contents;
    if (contents === null || contents === undefined) return [];
    if (!YAML.isMap(contents)) {
        throw new CliError(`${file} must be a YAML mapping`, "write it as `key: value` lines");
    }
    return contents.items.map((pair) => [String(YAML.isScalar(pair.key) ? pair.key.value : pair.key), pair.value]);
}

/** Finds `Pulumi.yaml` in `dir` (it does not search parent directories) and reads the project. */
export function loadProject(dir: string): PulumiProject {
    const absDir = path.resolve(dir);
    if (!fs.existsSync(absDir) || !fs.statSync(absDir).isDirectory()) {
        throw new CliError(`the directory ${absDir} does not exist`, "pass --cwd with a Pulumi project directory");
    }
    const file = PROJECT_FILES.map((f) => path.join(absDir, f)).find((f) => fs.existsSync(f));
    if (!file) {
        throw new CliError(`no Pulumi.yaml in ${absDir}`, "run zonesafe in a Pulumi project directory, or pass --cwd DIR");
    }
    const doc = readYaml(file, "check the file's permissions");
    const m = (doc.toJS() ?? {}) as Record<string, unknown>;
    if (typeof m !== "object" || Array.isArray(m)) {
        throw new CliError(`${file} must be a YAML mapping`, "write it as `key: value` lines");
    }
    const name = typeof m.name === "string" ? m.name.trim() : "";
    if (name === "") {
        throw new CliError(`${file} has no project name`, "add `name: <project>` to Pulumi.yaml");
    }
    let runtime = "";
    if (typeof m.runtime === "string") runtime = m.runtime;
    else if (m.runtime && typeof m.runtime === "object" && !Array.isArray(m.runtime)) {
        const r = m.runtime as Record<string, unknown>;
        runtime = typeof r.name === "string" ? r.name : "";
    }
    if (runtime === "") {
        throw new CliError(`${file} has no runtime`, "add `runtime: nodejs` to Pulumi.yaml");
    }
    if (runtime !== "nodejs") {
        throw new CliError(
            `the project ${name} uses the ${runtime} runtime; zonesafe preview runs only Node.js (TypeScript or JavaScript) programs`,
            "use zonesafe assess --state with a `pulumi stack export` of the stack instead",
        );
    }
    const main = typeof m.main === "string" && m.main.trim() !== "" ? m.main.trim() : undefined;
    const stackConfigDir = typeof m.stackConfigDir === "string" && m.stackConfigDir.trim() !== "" ? path.resolve(absDir, m.stackConfigDir.trim()) : absDir;
    return {
        dir: absDir,
        file,
        name,
        runtime,
        description: typeof m.description === "string" ? m.description : undefined,
        main,
        stackConfigDir,
        configDefaults: projectConfigDefaults(doc, file, name),
    };
}

/** Reads `config:` of Pulumi.yaml: plain values, and `default`/`value` of typed declarations. */
function projectConfigDefaults(doc: YAML.Document.Parsed, file: string, project: string): Record<string, string> {
    const out: Record<string, string> = {};
    const configNode = topLevel(doc, file).find(([k]) => k === "config")?.[1];
    if (!configNode || !YAML.isMap(configNode)) return out;
    for (const pair of configNode.items) {
        const key = namespaced(String(YAML.isScalar(pair.key) ? pair.key.value : pair.key), project);
        const node = pair.value;
        if (YAML.isMap(node)) {
            const obj = node.toJS(doc) as Record<string, unknown>;
            const keys = Object.keys(obj);
            if (keys.length > 0 && keys.every((k) => TYPED_CONFIG_KEYS.has(k))) {
                const v = obj.value ?? obj.default;
                if (v !== undefined) out[key] = typeof v === "string" ? v : JSON.stringify(v);
                continue;
            }
        }
        const v = configValue(node, doc);
        if (v !== undefined) out[key] = v.value;
    }
    return out;
}

/** The name of each stack that has a `Pulumi.<stack>.yaml` (or `.yml`) in the project, sorted. */
export function listStacks(project: PulumiProject): string[] {
    if (!fs.existsSync(project.stackConfigDir)) return [];
    const names = new Set<string>();
    for (const f of fs.readdirSync(project.stackConfigDir)) {
        const m = /^Pulumi\.(.+)\.ya?ml$/.exec(f);
        if (m) names.add(m[1]);
    }
    return [...names].sort();
}

/** Splits a `--stack` value (`stack`, `org/stack` or `org/project/stack`) into organization and stack. */
export function parseStackName(value: string): { organization?: string; stack: string } {
    const parts = value.split("/");
    if (parts.some((p) => p.trim() === "") || parts.length > 3) {
        throw new CliError(`'${value}' is not a stack name`, "pass --stack NAME, ORG/NAME or ORG/PROJECT/NAME");
    }
    const stack = parts[parts.length - 1];
    return { stack, organization: parts.length > 1 ? parts[0] : undefined };
}

/** A config key with its namespace: a bare key gets the project name, as the Pulumi CLI does. */
export function namespaced(key: string, project: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

/** Replaces each `{secure: ...}` leaf of a plain value by the redacted placeholder; reports whether any was found. */
function redactSecure(v: unknown): { value: unknown; secret: boolean } {
    if (Array.isArray(v)) {
        let secret = false;
        const value = v.map((x) => {
            const r = redactSecure(x);
            secret ||= r.secret;
            return r.value;
        });
        return { value, secret };
    }
    if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const keys = Object.keys(o);
        if (keys.length === 1 && keys[0] === "secure" && typeof o.secure === "string") return { value: REDACTED_SECRET, secret: true };
        let secret = false;
        const value: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(o)) {
            const r = redactSecure(x);
            secret ||= r.secret;
            // A key `__proto__` stays a key, as in the value the Pulumi CLI hands a program.
            setOwn(value, k, r.value);
        }
        return { value, secret };
    }
    return { value: v, secret: false };
}

/**
 * A config value as the CLI hands it to a program: scalars keep their source text, objects and lists
 * are JSON-encoded; `undefined` for an explicit null.
 */
function configValue(node: unknown, doc: YAML.Document.Parsed): { value: string; secret: boolean } | undefined {
    if (YAML.isScalar(node)) {
        if (node.value === null) return undefined;
        return { value: typeof node.value === "string" ? node.value : String(node.source ?? node.value), secret: false };
    }
    if (YAML.isMap(node) || YAML.isSeq(node)) {
        const r = redactSecure(node.toJS(doc));
        if (YAML.isMap(node) && r.value === REDACTED_SECRET) return { value: REDACTED_SECRET, secret: true };
        return { value: JSON.stringify(r.value), secret: r.secret };
    }
    return undefined;
}

/**
 * Reads a stack's settings: the stack named by `stackArg`, or the only stack when there is exactly
 * one; then applies project-level defaults and the command-line overrides.
 */
export function loadStack(project: PulumiProject, stackArg: string | undefined, overrides: ConfigOverride[] = []): StackSettings {
    const available = listStacks(project);
    const rel = path.relative(process.cwd(), project.stackConfigDir) || ".";
    let name: string;
    let organization: string | undefined;
    if (stackArg === undefined) {
        if (available.length === 1) name = available[0];
        else if (available.length === 0) {
            throw new CliError(
                `the project ${project.name} has no stack: no Pulumi.<stack>.yaml in ${rel}`,
                "create one (for example with `pulumi stack init` and `pulumi config set`), then pass --stack NAME",
            );
        } else {
            throw new CliError(`the project ${project.name} has ${available.length} stacks`, `pass --stack with one of: ${available.join(", ")}`);
        }
    } else {
        ({ stack: name, organization } = parseStackName(stackArg));
        if (!available.includes(name)) {
            const fix = available.length > 0 ? `pass --stack with one of: ${available.join(", ")}` : `create ${path.join(rel, `Pulumi.${name}.yaml`)}`;
            throw new CliError(`unknown stack '${name}': no Pulumi.${name}.yaml in ${rel}`, fix);
        }
    }
    const file = [`Pulumi.${name}.yaml`, `Pulumi.${name}.yml`].map((f) => path.join(project.stackConfigDir, f)).find((f) => fs.existsSync(f)) as string;
    const doc = readYaml(file, "check the file's permissions");
    const config: Record<string, string> = { ...project.configDefaults };
    const secretKeys = new Set<string>();
    const redacted = new Set<string>();
    const environments: string[] = [];
    for (const [key, node] of topLevel(doc, file)) {
        if (key === "config") {
            if (node === null || node === undefined || (YAML.isScalar(node) && node.value === null)) continue;
            if (!YAML.isMap(node)) throw new CliError(`'config' in ${file} must be a mapping`, "write each setting as `namespace:key: value`");
            for (const pair of node.items) {
                const k = namespaced(String(YAML.isScalar(pair.key) ? pair.key.value : pair.key), project.name);
                const v = configValue(pair.value, doc);
                if (v === undefined) continue;
                config[k] = v.value;
                if (v.secret) {
                    secretKeys.add(k);
                    redacted.add(k);
                }
            }
        } else if (key === "environment") {
            const envs = doc.toJS()?.environment;
            const list = Array.isArray(envs) ? envs : envs && typeof envs === "object" && Array.isArray(envs.imports) ? envs.imports : [];
            for (const e of list) environments.push(typeof e === "string" ? e : JSON.stringify(e));
        }
    }
    for (const o of overrides) {
        const k = namespaced(o.key, project.name);
        config[k] = o.value;
        redacted.delete(k);
        if (o.secret) secretKeys.add(k);
        else secretKeys.delete(k);
    }
    const tags: Record<string, string> = { "pulumi:project": project.name, "pulumi:runtime": project.runtime };
    if (project.description) tags["pulumi:description"] = project.description;
    if (config[TAGS_CONFIG_KEY] !== undefined) {
        let parsed: unknown;
        try {
            parsed = JSON.parse(config[TAGS_CONFIG_KEY]);
        } catch {
            parsed = undefined;
        }
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
            throw new CliError(`'${TAGS_CONFIG_KEY}' in ${file} must be a mapping of tag names to values`, "write it as `pulumi:tags: {environment: production}`");
        }
        for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
            const value = typeof v === "string" ? v : JSON.stringify(v);
            setOwn(tags, k, value);
        }
    }
    return {
        name,
        organization,
        file,
        config,
        secretKeys: [...secretKeys].sort(),
        redactedKeys: [...redacted].sort(),
        tags,
        environments,
    };
}

/**
 * Parses `--config`/`--secret` assignments (`key=value`); the value may contain `=`. The values of
 * `--secret` join the process's known secrets (see ./redact.ts), and an error about a `--secret`
 * assignment never repeats what was given.
 */
export function parseOverrides(configs: string[], secrets: string[]): ConfigOverride[] {
    const parse = (s: string, secret: boolean): ConfigOverride => {
        const i = s.indexOf("=");
        if (i <= 0) {
            if (secret) {
                if (i === 0) KNOWN_SECRETS.add(secretsOfConfigValue(s.slice(1)));
                else KNOWN_SECRETS.add([s]);
                const what = i === 0 ? "has no key before '='" : "has no '='";
                throw new CliError(`a --secret assignment ${what} (its value is not shown)`, "write --secret key=value, for example --secret zonesafe:dbPassword=VALUE");
            }
            throw new CliError(`'${s}' is not a config assignment`, "write --config key=value, for example --config zonesafe:environment=production");
        }
        const value = s.slice(i + 1);
        if (secret) KNOWN_SECRETS.add(secretsOfConfigValue(value));
        return { key: s.slice(0, i).trim(), value, secret };
    };
    return [...configs.map((s) => parse(s, false)), ...secrets.map((s) => parse(s, true))];
}
