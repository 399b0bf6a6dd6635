/**
 * Reads a policy pack's `PulumiPolicy.yaml` as the engine does (pulumi/pulumi `NewPolicyAnalyzer`):
 * `runtime` is required; `version` overrides the version the pack reports, in its info, its
 * diagnostics and its remediations; `runtime.options` become `-key=value` arguments of the launcher.
 * `main` is read but, as in the engine, not used for Node.js packs: the launcher passes the program as
 * `.`, so the pack's entry point is `package.json#main`.
 */
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";

/** The parts of `PulumiPolicy.yaml` the engine reads. */
export interface PolicyPackManifest {
    /** The absolute path of PulumiPolicy.yaml. */
    file: string;
    /** The runtime name; only `nodejs` runs here. */
    runtime: string;
    /** `runtime.options`, each formatted as the engine formats it for `-key=value`. */
    options: Record<string, string>;
    /** The version override, when the file sets a non-empty one. */
    version?: string;
    /** The entry-point override; the Node.js launcher ignores it (see the module comment). */
    main?: string;
    description?: string;
}

/**
 * Reads a policy pack's PulumiPolicy.yaml as the engine does; throws an error naming the directory
 * when it is not a pack, and the file when the file is malformed or names another runtime.
 */
export function readPolicyPackManifest(dir: string): PolicyPackManifest {
    const absDir = path.resolve(dir);
    if (!fs.existsSync(absDir) || !fs.statSync(absDir).isDirectory()) {
        throw new Error(`Policy pack directory ${absDir} does not exist. Pass the directory that holds PulumiPolicy.yaml.`);
    }
    const file = path.join(absDir, "PulumiPolicy.yaml");
    if (!fs.existsSync(file)) {
        throw new Error(
            `${absDir} is not a policy pack: it has no PulumiPolicy.yaml. ` +
                `Pass the directory that holds PulumiPolicy.yaml, or create one there containing "runtime: nodejs".`,
        );
    }
    let doc: unknown;
    try {
        // The failsafe schema keeps every scalar a string, as the engine's Go structs read them
        // (`version: 1.0` stays "1.0").
        doc = YAML.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { schema: "failsafe" });
    } catch (e) {
        throw new Error(`${file} is not valid YAML: ${(e as Error).message}. Fix the YAML syntax.`, { cause: e });
    }
    if (doc === null || doc === undefined) doc = {};
    if (typeof doc !== "object" || Array.isArray(doc)) {
        throw new Error(`${file} must be a YAML mapping (for example "runtime: nodejs"); got ${Array.isArray(doc) ? "a list" : "a scalar"}.`);
    }
    const m = doc as Record<string, unknown>;
    let runtime = "";
    let rawOptions: unknown;
    if (typeof m.runtime === "string") {
        runtime = m.runtime;
    } else if (m.runtime && typeof m.runtime === "object" && !Array.isArray(m.runtime)) {
        const r = m.runtime as Record<string, unknown>;
        runtime = typeof r.name === "string" ? r.name : "";
        rawOptions = r.options;
    }
    if (runtime === "") {
        throw new Error(`${file} is missing a 'runtime' attribute (the Pulumi CLI refuses it too). Add "runtime: nodejs".`);
    }
    if (runtime !== "nodejs") {
        throw new Error(
            `${file} declares runtime '${runtime}'; only Node.js policy packs (runtime: nodejs) run offline here. ` +
                `Run this pack with the Pulumi CLI, or port it to @pulumi/policy.`,
        );
    }
    const options: Record<string, string> = {};
    if (rawOptions && typeof rawOptions === "object" && !Array.isArray(rawOptions)) {
        for (const [k, v] of Object.entries(rawOptions as Record<string, unknown>)) options[k] = formatOption(v);
    }
    const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
    return { file, runtime, options, version: str(m.version), main: str(m.main), description: str(m.description) };
}

/** Formats an option value the way Go's `%v` prints the YAML value. */
function formatOption(v: unknown): string {
    if (v === null || v === undefined) return "";
    if (Array.isArray(v)) return `[${v.map(formatOption).join(" ")}]`;
    if (typeof v === "object") {
        return `map[${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}:${formatOption(x)}`).join(" ")}]`;
    }
    return String(v);
}
