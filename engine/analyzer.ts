/**
 * Starts a CrossGuard policy pack the way the Pulumi engine does and talks to it over the analyzer
 * gRPC protocol, so that recorded resources can be checked offline exactly as `pulumi preview
 * --policy-pack DIR` checks them.
 *
 * What the engine does, and what this module copies (pulumi/pulumi `sdk/go/common/resource/plugin/
 * analyzer_plugin.go`, `NewPolicyAnalyzer`, `constructEnv` and the `analyzer` methods):
 * - it reads `PulumiPolicy.yaml` (`runtime` is required; `version` overrides the version the pack
 *   reports, in its info, its diagnostics and its remediations);
 * - for a Node.js pack it runs `node <@pulumi/pulumi/cmd/run-policy-pack> <engine address> .` plus
 *   `-key=value` for each `runtime.options` entry, in the pack directory, with the parent environment
 *   plus `PULUMI_CONFIG` and the organization, project, stack and dry-run variables (both the
 *   `PULUMI_NODEJS_*` and the `PULUMI_*` spellings, each only when non-empty);
 * - it reads the first line of stdout as the port, then calls `Handshake` (UNIMPLEMENTED tolerated) and
 *   `ConfigureStack`;
 * - `Analyze` and `AnalyzeStack` marshal properties without internal (`__`-prefixed) keys, `Remediate`
 *   keeps them; secrets and unknowns travel as is.
 *
 * The Node.js launcher passes the program as `.`, so the pack's entry point is `package.json#main`;
 * `main` in PulumiPolicy.yaml is read but, as in the engine, not used for Node.js packs.
 *
 * With `packCache`, the same runner starts, with the same arguments and environment, in the pack's
 * compiled copy (engine/packCache.ts), so that its ts-node has nothing left to type-check.
 */
import type { ChildProcess } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import * as YAML from "yaml";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { spawnSupervised, supervisedChildren } from "./supervisor";
import * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import type { PolicyConfigEntry, ReconciledPolicyConfig } from "./policyConfig";
import { compiledPack } from "./packCache";
import { AnalyzerEncoder, EncodedRequest } from "./protoWire";
import {
    EnforcementLevel,
    isPlainObject,
    OUTPUT_VALUE_SIG,
    RecordProvider,
    RESOURCE_REF_SIG,
    ResourceRecord,
    SECRET_SIG,
    SIG_KEY,
    UNKNOWN,
    WireProps,
    WireValue,
} from "./types";

/**
 * The engine address handed to the pack. `run-policy-pack` drops it (a Node.js pack never calls the
 * engine), so no engine listens there.
 */
export const ENGINE_ADDRESS = "127.0.0.1:0";

/** How long a pack may take to print its port before it is killed; ts-node type-checks it first. */
export const DEFAULT_START_TIMEOUT_MS = 120_000;

/** The largest message either side accepts (the Node.js policy server allows 400 MiB). */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

/** How much of a pack's stderr and stdout is kept for error messages. */
const LOG_TAIL_CHARS = 16 * 1024;

/** How long `close()` waits after SIGTERM before it sends SIGKILL. */
const KILL_GRACE_MS = 3_000;

/** The severities a policy or a diagnostic may carry (CrossGuard's `Severity`). */
export type PolicySeverity = "low" | "medium" | "high" | "critical";

/** A JSON schema, as a policy's `configSchema` holds one per property. */
export type JsonSchema = Record<string, unknown>;

/** A policy's config schema: one JSON schema per property, and the required properties. */
export interface PolicyConfigSchema {
    properties: Record<string, JsonSchema>;
    required: string[];
}

/** What a pack says about one of its policies (`PolicyInfo`). */
export interface PolicyInfo {
    name: string;
    displayName: string;
    description: string;
    message: string;
    /** The policy's own level, or the pack's default level when the policy sets none. */
    enforcementLevel: EnforcementLevel;
    policyType: "resource" | "stack" | "unknown";
    /** The schema the policy declares, without the `enforcementLevel` property the CLI injects. */
    configSchema?: PolicyConfigSchema;
    severity?: PolicySeverity;
    tags: string[];
    /** How to fix a violation, or "" when the policy gives no steps. */
    remediationSteps: string;
    url: string;
    framework?: { name: string; version: string; reference: string; specification: string };
}

/** What a pack says about itself (`AnalyzerInfo`), converted the way the engine converts it. */
export interface AnalyzerInfo {
    name: string;
    displayName: string;
    /** The pack's version; `version` in PulumiPolicy.yaml wins over the version the pack reports. */
    version: string;
    description: string;
    supportsConfig: boolean;
    /** The policies, sorted by name as the engine sorts them. */
    policies: PolicyInfo[];
    /**
     * The pack's `initialConfig` (the third `PolicyPack` argument) as the engine receives it. An entry
     * that gave properties but no `enforcementLevel` arrives with proto3's default level, ADVISORY, so
     * it lowers the policy to advisory when the config is reconciled: the engine's quirk, kept here.
     */
    initialConfig: Record<string, PolicyConfigEntry>;
}

/** One diagnostic (`AnalyzeDiagnostic`), with the pack version override applied. */
export interface AnalyzeDiagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    /** The level as the pack reported it; the engine then reports `remediate` as `mandatory`. */
    enforcementLevel: EnforcementLevel;
    /** The URN the policy named, or "". */
    urn: string;
    severity?: PolicySeverity;
}

/** A policy that said it does not apply, and why. */
export interface NotApplicable {
    policyName: string;
    reason: string;
}

/** The answer to `Analyze` or `AnalyzeStack`. */
export interface AnalyzeResult {
    diagnostics: AnalyzeDiagnostic[];
    notApplicable: NotApplicable[];
}

/** One remediation (`Remediation`): either new properties or a diagnostic (an unknown during preview). */
export interface Remediation {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    /** The whole property bag after this remediation, in wire form. */
    properties?: WireProps;
    /** Why the remediation could not run; the engine reports it as an advisory violation. */
    diagnostic?: string;
}

/** The answer to `Remediate`, in the order the pack ran its remediations. */
export interface RemediateResult {
    remediations: Remediation[];
    notApplicable: NotApplicable[];
}

/** What `ConfigureStack` tells a pack about the stack. */
export interface StackConfigureRequest {
    stack: string;
    project: string;
    organization?: string;
    dryRun: boolean;
    /** The stack config, `project:key` → value. */
    config: Record<string, string>;
    /** The config keys whose values are secrets. Defaults to none. */
    configSecretKeys?: string[];
    tags: Record<string, string>;
}

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

/** How to start a pack: the stack it will check, as the engine describes it in the environment. */
export interface PolicyPackStartOptions {
    project: string;
    stack: string;
    /** The organization. Defaults to none (the variables are then left out). */
    organization?: string;
    dryRun: boolean;
    /** The stack config (`project:key` → value), passed as `PULUMI_CONFIG`. Defaults to `{}`. */
    config?: Record<string, string>;
    /** How long to wait for the port. Defaults to {@link DEFAULT_START_TIMEOUT_MS}. */
    startTimeoutMs?: number;
    /**
     * Start the runner in the pack's compiled copy (engine/packCache.ts), built first when missing, so
     * that ts-node has nothing to type-check; a pack the copy does not cover starts as the engine starts
     * it. Defaults to `false`: exactly the engine's start.
     */
    packCache?: boolean;
    /** Aborts a start still under way: the pack (or the build of its compiled copy) is killed. */
    signal?: AbortSignal;
    /** Called with the pid of each process the start spawns (the pack, a build of its copy). */
    onSpawn?: (pid: number) => void;
}

/** An error from one analyzer call, with its gRPC status code. */
export class AnalyzerCallError extends Error {
    /** Creates the error for `method`, with the gRPC `code` the call failed with. */
    constructor(
        message: string,
        public readonly method: string,
        public readonly code: number,
    ) {
        super(message);
        this.name = "AnalyzerCallError";
    }
}

/** Keeps the last `limit` characters written to it. */
class TextTail {
    private text = "";
    constructor(private readonly limit: number) {}
    push(chunk: string): void {
        this.text += chunk;
        if (this.text.length > 2 * this.limit) this.text = this.text.slice(-this.limit);
    }
    toString(): string {
        return this.text.length > this.limit ? this.text.slice(-this.limit) : this.text;
    }
}

/** How many policy pack processes this process has started that are still running. */
export function runningPolicyPacks(): number {
    return supervisedChildren();
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

/** Finds `@pulumi/pulumi/cmd/run-policy-pack` from the pack directory first, then from this project. */
export function resolveRunPolicyPack(dir: string): string {
    try {
        return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
    } catch {
        return require.resolve("@pulumi/pulumi/cmd/run-policy-pack");
    }
}

/** The environment the engine gives a Node.js pack: the parent's, plus the stack's identity and config. */
export function policyPackEnv(parent: NodeJS.ProcessEnv, opts: PolicyPackStartOptions): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...parent };
    const set = (k: string, v: string | undefined) => {
        if (v !== undefined && v !== "") env[k] = v;
    };
    set("PULUMI_CONFIG", JSON.stringify(opts.config ?? {}));
    const dryRun = String(opts.dryRun);
    set("PULUMI_NODEJS_ORGANIZATION", opts.organization);
    set("PULUMI_NODEJS_PROJECT", opts.project);
    set("PULUMI_NODEJS_STACK", opts.stack);
    set("PULUMI_NODEJS_DRY_RUN", dryRun);
    set("PULUMI_ORGANIZATION", opts.organization);
    set("PULUMI_PROJECT", opts.project);
    set("PULUMI_STACK", opts.stack);
    set("PULUMI_DRY_RUN", dryRun);
    return env;
}

/** A hint for the usual reasons a pack dies before it serves. */
function startFailureHint(stderr: string, dir: string): string {
    if (/TSError|error TS\d+/.test(stderr)) {
        return "Fix the TypeScript error(s) above: run-policy-pack type-checks the pack with ts-node before it serves.";
    }
    if (/Cannot find module '@pulumi\/(policy|pulumi)/.test(stderr)) {
        return `Install the pack's dependencies (npm install in ${dir}, or a parent directory).`;
    }
    if (/Version must be defined|package\.json/.test(stderr)) {
        return `Give ${path.join(dir, "package.json")} a "version" (the pack reads its version there).`;
    }
    if (/Already serving policy pack/.test(stderr)) {
        return "Construct exactly one PolicyPack in the pack's program.";
    }
    return "Fix the error above in the pack, then run again.";
}

/** Converts an enforcement level from its proto enum (ADVISORY=0, MANDATORY=1, DISABLED=2, REMEDIATE=3). */
export function levelFromProto(level: number): EnforcementLevel {
    switch (level) {
        case analyzerPb.EnforcementLevel.ADVISORY:
            return "advisory";
        case analyzerPb.EnforcementLevel.MANDATORY:
            return "mandatory";
        case analyzerPb.EnforcementLevel.DISABLED:
            return "disabled";
        case analyzerPb.EnforcementLevel.REMEDIATE:
            return "remediate";
        default:
            throw new Error(`invalid enforcement level ${level} from the policy pack (expected 0..3)`);
    }
}

/** Converts an enforcement level to its proto enum. */
export function levelToProto(level: EnforcementLevel): analyzerPb.EnforcementLevel {
    switch (level) {
        case "advisory":
            return analyzerPb.EnforcementLevel.ADVISORY;
        case "mandatory":
            return analyzerPb.EnforcementLevel.MANDATORY;
        case "disabled":
            return analyzerPb.EnforcementLevel.DISABLED;
        case "remediate":
            return analyzerPb.EnforcementLevel.REMEDIATE;
        default:
            throw new Error(`invalid enforcement level "${String(level)}"; use advisory, mandatory, remediate or disabled`);
    }
}

/** Converts a severity from its proto enum; UNSPECIFIED (0) becomes `undefined`. */
export function severityFromProto(severity: number): PolicySeverity | undefined {
    switch (severity) {
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_LOW:
            return "low";
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_MEDIUM:
            return "medium";
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_HIGH:
            return "high";
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_CRITICAL:
            return "critical";
        default:
            return undefined;
    }
}

function policyTypeFromProto(t: number): PolicyInfo["policyType"] {
    if (t === analyzerPb.PolicyType.POLICY_TYPE_RESOURCE) return "resource";
    if (t === analyzerPb.PolicyType.POLICY_TYPE_STACK) return "stack";
    return "unknown";
}

/**
 * Marshals a wire value as the engine marshals property values for an analyzer: secrets, unknowns,
 * assets and archives pass through; resource references become their id (the unknown sentinel when
 * the id is empty) or their URN; output values become their value or the unknown sentinel, kept
 * secret when they were; `undefined` is dropped. With `skipInternalKeys`, object keys starting with
 * `__` are dropped at every depth (the engine does so for Analyze, AnalyzeStack and providers).
 */
export function toAnalyzerValue(v: unknown, skipInternalKeys: boolean): WireValue | undefined {
    if (v === undefined) return undefined;
    if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
    if (Array.isArray(v)) return v.map((x) => toAnalyzerValue(x, skipInternalKeys) ?? null);
    if (!isPlainObject(v)) return String(v);
    const sig = v[SIG_KEY];
    if (sig === SECRET_SIG) {
        return { [SIG_KEY]: SECRET_SIG, value: toAnalyzerValue(v.value, skipInternalKeys) ?? null };
    }
    if (sig === RESOURCE_REF_SIG) {
        if (typeof v.id === "string") return v.id === "" ? UNKNOWN : v.id;
        return typeof v.urn === "string" ? v.urn : UNKNOWN;
    }
    if (sig === OUTPUT_VALUE_SIG) {
        const inner: WireValue = "value" in v ? (toAnalyzerValue(v.value, skipInternalKeys) ?? null) : UNKNOWN;
        return v.secret === true ? { [SIG_KEY]: SECRET_SIG, value: inner } : inner;
    }
    if (typeof sig === "string") return v as WireValue; // asset or archive: the pack deserialises it
    const out: Record<string, WireValue> = {};
    for (const [k, x] of Object.entries(v)) {
        if (skipInternalKeys && k.startsWith("__")) continue;
        const w = toAnalyzerValue(x, skipInternalKeys);
        if (w !== undefined) out[k] = w;
    }
    return out;
}

/** Marshals a property bag into a protobuf Struct (see {@link toAnalyzerValue}). */
export function toStruct(props: WireProps | undefined, skipInternalKeys: boolean): Struct {
    const value = toAnalyzerValue(props ?? {}, skipInternalKeys);
    return Struct.fromJavaScript((isPlainObject(value) ? value : {}) as Record<string, WireValue>);
}

function fromStruct(s: Struct | undefined): WireProps {
    return (s ? s.toJavaScript() : {}) as WireProps;
}

function buildOptions(rec: ResourceRecord): analyzerPb.AnalyzerResourceOptions {
    const o = rec.options ?? ({} as Partial<ResourceRecord["options"]>);
    const timeouts = new analyzerPb.AnalyzerResourceOptions.CustomTimeouts()
        .setCreate(o.customTimeouts?.create ?? 0)
        .setUpdate(o.customTimeouts?.update ?? 0)
        .setDelete(o.customTimeouts?.delete ?? 0);
    return new analyzerPb.AnalyzerResourceOptions()
        .setProtect(o.protect ?? false)
        .setIgnorechangesList([...(o.ignoreChanges ?? [])])
        .setDeletebeforereplace(o.deleteBeforeReplace ?? false)
        .setDeletebeforereplacedefined(o.deleteBeforeReplace !== undefined)
        .setAdditionalsecretoutputsList([...(o.additionalSecretOutputs ?? [])])
        .setAliasesList([...(o.aliases ?? [])])
        .setCustomtimeouts(timeouts)
        .setParent(rec.parent ?? "");
}

function buildProvider(p: RecordProvider): analyzerPb.AnalyzerProviderResource {
    return new analyzerPb.AnalyzerProviderResource()
        .setType(p.type)
        .setName(p.name)
        .setUrn(p.urn)
        .setProperties(toStruct(p.properties, true));
}

/**
 * Builds the `AnalyzeRequest` the engine sends for `Analyze` (`skipInternalKeys` true) or `Remediate`
 * (false): type, URN, name, the given properties, the options and the provider.
 */
export function buildAnalyzeRequest(rec: ResourceRecord, props: WireProps, skipInternalKeys: boolean): analyzerPb.AnalyzeRequest {
    const req = new analyzerPb.AnalyzeRequest()
        .setType(rec.type)
        .setUrn(rec.urn)
        .setName(rec.name)
        .setProperties(toStruct(props, skipInternalKeys))
        .setOptions(buildOptions(rec));
    if (rec.provider) req.setProvider(buildProvider(rec.provider));
    return req;
}

/**
 * Builds the `AnalyzerResource` the engine sends in `AnalyzeStack`: the same fields as Analyze plus
 * parent, dependencies and property dependencies (properties with no dependency left out).
 */
export function buildStackResource(rec: ResourceRecord, props: WireProps): analyzerPb.AnalyzerResource {
    const res = new analyzerPb.AnalyzerResource()
        .setType(rec.type)
        .setUrn(rec.urn)
        .setName(rec.name)
        .setProperties(toStruct(props, true))
        .setOptions(buildOptions(rec))
        .setParent(rec.parent ?? "")
        .setDependenciesList([...(rec.dependencies ?? [])]);
    if (rec.provider) res.setProvider(buildProvider(rec.provider));
    const deps = res.getPropertydependenciesMap();
    for (const [key, urns] of Object.entries(rec.propertyDependencies ?? {})) {
        if (urns.length === 0) continue;
        deps.set(key, new analyzerPb.AnalyzerPropertyDependencies().setUrnsList([...urns]));
    }
    return res;
}

/** The properties AnalyzeStack sees by default: the outputs where the record has them, else the inputs. */
export function defaultStackProps(rec: ResourceRecord): WireProps {
    return rec.outputs ?? rec.inputs;
}

type Callback<T> = (err: grpc.ServiceError | null, res: T) => void;

/** The gRPC paths of the per-resource and stack methods, which are sent pre-encoded. */
const METHODS = {
    remediate: analyzerGrpc.AnalyzerService.remediate.path,
    analyze: analyzerGrpc.AnalyzerService.analyze.path,
    analyzeStack: analyzerGrpc.AnalyzerService.analyzeStack.path,
};

/** The encoder of analyzer requests; one per process (it encodes synchronously). */
const encoder = new AnalyzerEncoder({
    analyzeRequest: (rec, props, skip) => buildAnalyzeRequest(rec, props, skip).serializeBinary(),
    stackResource: (rec, props) => buildStackResource(rec, props).serializeBinary(),
});

/**
 * Encodes the `AnalyzeRequest` the engine sends for Remediate (`skipInternalKeys` false) or Analyze
 * (true): the same bytes as {@link buildAnalyzeRequest}, faster. `hasInternalKeys` false means both
 * encodings are the same bytes.
 */
export function encodeAnalyzeRequest(rec: ResourceRecord, props: WireProps, skipInternalKeys: boolean): EncodedRequest {
    return encoder.analyzeRequest(rec, props, skipInternalKeys);
}

/** Encodes one resource of an AnalyzeStack request: the same bytes as {@link buildStackResource}, faster. */
export function encodeStackResource(rec: ResourceRecord, props: WireProps): Buffer {
    return encoder.stackResource(rec, props);
}

function asBuffer(bytes: Uint8Array): Buffer {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A response decoder that skips google-protobuf for an empty response (the usual answer). */
function decodeUnlessEmpty<T>(type: { deserializeBinary(bytes: Uint8Array): T }): (bytes: Buffer) => T | undefined {
    return (bytes) => (bytes.length === 0 ? undefined : type.deserializeBinary(bytes));
}

/**
 * A running policy pack and a gRPC client to it. Start one with {@link PolicyPackProcess.start};
 * always {@link PolicyPackProcess.close} it (children left running are killed when this process exits).
 */
export class PolicyPackProcess {
    /** The pack's name once {@link getAnalyzerInfo} has answered; until then the directory's name. */
    private packName: string;
    private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
    private exitStatus: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    private closing: Promise<void> | undefined;

    private constructor(
        /** The absolute pack directory. */
        public readonly dir: string,
        /** What PulumiPolicy.yaml says. */
        public readonly manifest: PolicyPackManifest,
        /** The options the pack was started with (its environment). */
        public readonly startOptions: PolicyPackStartOptions,
        private readonly child: ChildProcess,
        /** The port the pack serves on. */
        public readonly port: number,
        /** Milliseconds from spawn to the port line. */
        public readonly startMs: number,
        private readonly client: analyzerGrpc.AnalyzerClient,
        private readonly stderr: TextTail,
        private readonly stdout: TextTail,
        /** The directory the runner runs in: the pack's, or its compiled copy's. */
        public readonly runDir: string,
        /** Why the pack did not run from a compiled copy although one was asked for, if so. */
        public readonly packCacheNote: string | undefined,
    ) {
        this.packName = path.basename(dir);
        this.exited = new Promise((resolve) => {
            const done = (code: number | null, signal: NodeJS.Signals | null) => {
                this.exitStatus = { code, signal };
                resolve(this.exitStatus);
            };
            if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode, child.signalCode);
            else child.once("exit", done);
        });
    }

    /** The pack process id. */
    get pid(): number {
        return this.child.pid ?? -1;
    }

    /** Whether the pack process has exited. */
    get hasExited(): boolean {
        return this.exitStatus !== undefined;
    }

    /** The end of what the pack wrote to stderr. */
    stderrTail(): string {
        return this.stderr.toString();
    }

    /** The end of what the pack wrote to stdout after its port (policies' `console.log`). */
    stdoutTail(): string {
        return this.stdout.toString();
    }

    /**
     * Starts the pack in `dir` as the engine does and performs the handshake. Rejects with an error
     * naming the directory when it is not a pack, and with the pack's stderr when it exits (for
     * example on a TypeScript error) or stays silent longer than `startTimeoutMs`.
     */
    static async start(dir: string, opts: PolicyPackStartOptions): Promise<PolicyPackProcess> {
        const absDir = path.resolve(dir);
        const manifest = readPolicyPackManifest(absDir);
        const entry = resolveRunPolicyPack(absDir);
        const args = [entry, ENGINE_ADDRESS, "."];
        for (const [k, v] of Object.entries(manifest.options)) if (v !== "") args.push(`-${k}=${v}`);
        const t0 = performance.now();
        let runDir = absDir;
        let cacheNote: string | undefined;
        const aborted = () => new Error(`The start of the policy pack in ${absDir} was cancelled.`);
        if (opts.signal?.aborted) throw aborted();
        if (opts.packCache) {
            const compiled = await compiledPack(absDir, entry, { signal: opts.signal, onSpawn: opts.onSpawn });
            if (opts.signal?.aborted) throw aborted();
            if ("dir" in compiled) runDir = compiled.dir;
            else cacheNote = `the pack started as the engine starts it: ${compiled.reason}`;
        }
        // Supervised: the pack dies with this process, however this process ends (engine/supervisor.ts).
        const child = spawnSupervised(args, { cwd: runDir, env: policyPackEnv(process.env, opts), stdio: ["ignore", "pipe", "pipe"] });
        if (child.pid !== undefined) opts.onSpawn?.(child.pid);
        const stderr = new TextTail(LOG_TAIL_CHARS);
        const stdout = new TextTail(LOG_TAIL_CHARS);
        const out = child.stdout;
        const err = child.stderr;
        if (!out || !err) {
            child.kill("SIGKILL");
            throw new Error(`Could not open the stdout/stderr pipes of the policy pack in ${absDir}.`);
        }
        out.setEncoding("utf8");
        err.setEncoding("utf8");
        err.on("data", (chunk: string) => stderr.push(chunk));

        const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
        const port = await new Promise<number>((resolve, reject) => {
            let firstLine = "";
            let settled = false;
            const finish = (e: Error | undefined, p?: number) => {
                if (settled) return;
                settled = true;
                clearTimeout(timer);
                child.off("close", onClose);
                child.off("error", onError);
                if (e) {
                    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
                    reject(e);
                } else {
                    resolve(p as number);
                }
            };
            const onData = (chunk: string) => {
                if (settled) {
                    stdout.push(chunk);
                    return;
                }
                firstLine += chunk;
                const nl = firstLine.indexOf("\n");
                if (nl < 0) return;
                const line = firstLine.slice(0, nl).trim();
                stdout.push(firstLine.slice(nl + 1));
                if (/^\d+$/.test(line)) {
                    finish(undefined, Number(line));
                } else {
                    finish(
                        new Error(
                            `The policy pack in ${absDir} printed "${line.slice(0, 200)}" where the engine expects its port ` +
                                `as the first line of stdout. Remove console output that runs before the PolicyPack is constructed.`,
                        ),
                    );
                }
            };
            const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
                const tail = stderr.toString().trim() || "(nothing)";
                finish(
                    new Error(
                        `The policy pack in ${absDir} exited (${signal ? `signal ${signal}` : `code ${code}`}) before it printed its port. ` +
                            `Its stderr ends with:\n${tail}\n${startFailureHint(tail, absDir)}`,
                    ),
                );
            };
            const onError = (e: Error) => {
                finish(new Error(`Could not start the policy pack in ${absDir} with ${process.execPath}: ${e.message}`));
            };
            const timer = setTimeout(() => {
                const tail = stderr.toString().trim() || "(nothing)";
                finish(
                    new Error(
                        `The policy pack in ${absDir} printed no port within ${timeoutMs} ms. Its stderr ends with:\n${tail}\n` +
                            `Look for code in the pack that blocks before it constructs its PolicyPack, or allow the start more time.`,
                    ),
                );
            }, timeoutMs);
            const onAbort = () => finish(aborted());
            out.on("data", onData);
            child.on("close", onClose);
            child.on("error", onError);
            opts.signal?.addEventListener("abort", onAbort, { once: true });
            if (opts.signal?.aborted) onAbort();
        });
        const startMs = performance.now() - t0;

        // A pack that is never closed must not keep this process alive; the exit hook kills it.
        child.unref();
        for (const s of [out, err] as unknown as Array<{ unref?: () => void }>) s.unref?.();

        const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
            "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
        });
        const proc = new PolicyPackProcess(absDir, manifest, { ...opts }, child, port, startMs, client, stderr, stdout, runDir, cacheNote);
        try {
            await proc.handshake();
        } catch (e) {
            await proc.close();
            throw e;
        }
        return proc;
    }

    private label(): string {
        return `policy pack '${this.packName}' (${this.dir})`;
    }

    private closedError(method: string): AnalyzerCallError {
        return new AnalyzerCallError(`${this.label()} is closed; ${method} cannot run. Start the pack again.`, method, grpc.status.CANCELLED);
    }

    private callError(method: string, err: grpc.ServiceError): AnalyzerCallError {
        const details = err.details || err.message;
        let msg = `${this.label()} failed ${method}: ${details}`;
        if (this.exitStatus || err.code === grpc.status.UNAVAILABLE) {
            const s = this.exitStatus;
            const how = s ? (s.signal ? ` (signal ${s.signal})` : ` (code ${s.code})`) : "";
            const tail = this.stderr.toString().trim();
            msg += `\nThe pack process ${s ? `exited${how}` : "is unreachable"}.${tail ? ` Its stderr ends with:\n${tail}` : ""}`;
        }
        return new AnalyzerCallError(msg, method, err.code);
    }

    private call<Req, Res>(method: string, req: Req, invoke: (req: Req, cb: Callback<Res>) => unknown): Promise<Res> {
        if (this.closing) return Promise.reject(this.closedError(method));
        return new Promise<Res>((resolve, reject) => {
            invoke(req, (err, res) => (err ? reject(this.callError(method, err)) : resolve(res)));
        });
    }

    /**
     * Sends an already encoded request: the bytes go out as they are, with no google-protobuf message
     * built or serialized on this side.
     */
    private callEncoded<Res>(method: string, grpcPath: string, request: Uint8Array, decode: (bytes: Buffer) => Res): Promise<Res> {
        if (this.closing) return Promise.reject(this.closedError(method));
        return new Promise<Res>((resolve, reject) => {
            this.client.makeUnaryRequest<Uint8Array, Res>(grpcPath, asBuffer, decode, request, (err, res) =>
                err ? reject(this.callError(method, err)) : resolve(res as Res),
            );
        });
    }

    /** Calls `Handshake` as the engine does; a pack that does not implement it answers "unimplemented". */
    async handshake(): Promise<"ok" | "unimplemented"> {
        const req = new analyzerPb.AnalyzerHandshakeRequest()
            .setEngineAddress(ENGINE_ADDRESS)
            .setRootDirectory(this.dir)
            .setProgramDirectory(this.dir);
        try {
            await this.call("Handshake", req, (r, cb: Callback<analyzerPb.AnalyzerHandshakeResponse>) => this.client.handshake(r, cb));
            return "ok";
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return "unimplemented";
            throw e;
        }
    }

    /** Tells the pack which stack it checks (`ConfigureStack`); a pack that does not implement it is fine. */
    async configureStack(req: StackConfigureRequest): Promise<void> {
        const msg = new analyzerPb.AnalyzerStackConfigureRequest()
            .setStack(req.stack)
            .setProject(req.project)
            .setOrganization(req.organization ?? "")
            .setDryRun(req.dryRun)
            .setConfigSecretKeysList([...(req.configSecretKeys ?? [])]);
        for (const [k, v] of Object.entries(req.config)) msg.getConfigMap().set(k, v);
        for (const [k, v] of Object.entries(req.tags)) msg.getTagsMap().set(k, v);
        try {
            await this.call("ConfigureStack", msg, (r, cb: Callback<analyzerPb.AnalyzerStackConfigureResponse>) => this.client.configureStack(r, cb));
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return;
            throw e;
        }
    }

    /** Asks the pack for its policies and initial config, converted as the engine converts them. */
    async getAnalyzerInfo(): Promise<AnalyzerInfo> {
        const res = await this.call("GetAnalyzerInfo", new Empty(), (r, cb: Callback<analyzerPb.AnalyzerInfo>) => this.client.getAnalyzerInfo(r, cb));
        const policies = res.getPoliciesList().map((p): PolicyInfo => {
            const schema = p.getConfigschema();
            const framework = p.getFramework();
            const info: PolicyInfo = {
                name: p.getName(),
                displayName: p.getDisplayname(),
                description: p.getDescription(),
                message: p.getMessage(),
                enforcementLevel: levelFromProto(p.getEnforcementlevel()),
                policyType: policyTypeFromProto(p.getPolicyType()),
                tags: p.getTagsList(),
                remediationSteps: p.getRemediationSteps(),
                url: p.getUrl(),
            };
            if (schema) {
                info.configSchema = {
                    properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, JsonSchema>,
                    required: schema.getRequiredList(),
                };
            }
            const severity = severityFromProto(p.getSeverity());
            if (severity) info.severity = severity;
            if (framework) {
                info.framework = {
                    name: framework.getName(),
                    version: framework.getVersion(),
                    reference: framework.getReference(),
                    specification: framework.getSpecification(),
                };
            }
            return info;
        });
        policies.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const initialConfig: Record<string, PolicyConfigEntry> = {};
        res.getInitialconfigMap().forEach((v: analyzerPb.PolicyConfig, k: string) => {
            initialConfig[k] = {
                // proto3 has no "unset": an entry without a level reads as ADVISORY (0), as in the engine.
                enforcementLevel: levelFromProto(v.getEnforcementlevel()),
                properties: (v.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>,
            };
        });
        this.packName = res.getName() || this.packName;
        return {
            name: res.getName(),
            displayName: res.getDisplayname(),
            version: this.manifest.version ?? res.getVersion(),
            description: res.getDescription() || this.manifest.description || "",
            supportsConfig: res.getSupportsconfig(),
            policies,
            initialConfig,
        };
    }

    /** Asks the pack for its plugin version (the @pulumi/policy version for a Node.js pack). */
    async getPluginInfo(): Promise<{ version: string }> {
        const res = await this.call("GetPluginInfo", new Empty(), (r, cb: Callback<pluginPb.PluginInfo>) => this.client.getPluginInfo(r, cb));
        return { version: res.getVersion() };
    }

    /**
     * Sends the reconciled config (`Configure`); the Node.js server replaces its whole config with it.
     * An empty config is not sent, as in the engine.
     */
    async configure(config: ReconciledPolicyConfig): Promise<void> {
        const names = Object.keys(config);
        if (names.length === 0) return;
        const req = new analyzerPb.ConfigureAnalyzerRequest();
        const map = req.getPolicyconfigMap();
        for (const name of names) {
            const entry = config[name];
            map.set(
                name,
                new analyzerPb.PolicyConfig()
                    .setEnforcementlevel(levelToProto(entry.enforcementLevel))
                    .setProperties(Struct.fromJavaScript((entry.properties ?? {}) as Record<string, WireValue>)),
            );
        }
        await this.call("Configure", req, (r, cb: Callback<Empty>) => this.client.configure(r, cb));
    }

    /**
     * Runs the pack's remediations on a resource (`Remediate`), with `props` (default: its inputs).
     * A pack that does not implement Remediate answers with no remediations, as the engine tolerates.
     */
    async remediate(rec: ResourceRecord, props: WireProps = rec.inputs): Promise<RemediateResult> {
        return this.remediateEncoded(rec, encodeAnalyzeRequest(rec, props, false).bytes);
    }

    /** {@link remediate} with the request already encoded (see {@link encodeAnalyzeRequest}). */
    async remediateEncoded(rec: ResourceRecord, request: Uint8Array): Promise<RemediateResult> {
        let res: analyzerPb.RemediateResponse | undefined;
        try {
            res = await this.callEncoded("Remediate", METHODS.remediate, request, decodeUnlessEmpty(analyzerPb.RemediateResponse));
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return { remediations: [], notApplicable: [] };
            throw e;
        }
        if (!res) return { remediations: [], notApplicable: [] };
        return {
            remediations: res.getRemediationsList().map((r): Remediation => {
                const out: Remediation = {
                    policyName: r.getPolicyname(),
                    policyPackName: r.getPolicypackname(),
                    policyPackVersion: this.manifest.version ?? r.getPolicypackversion(),
                    description: r.getDescription(),
                };
                if (r.hasProperties()) out.properties = fromStruct(r.getProperties());
                if (r.getDiagnostic() !== "") out.diagnostic = r.getDiagnostic();
                return out;
            }),
            notApplicable: this.notApplicable(res.getNotApplicableList()),
        };
    }

    /** Runs the pack's resource policies on a resource (`Analyze`), with `props` (default: its inputs). */
    async analyze(rec: ResourceRecord, props: WireProps = rec.inputs): Promise<AnalyzeResult> {
        return this.analyzeEncoded(encodeAnalyzeRequest(rec, props, true).bytes);
    }

    /** {@link analyze} with the request already encoded (see {@link encodeAnalyzeRequest}). */
    async analyzeEncoded(request: Uint8Array): Promise<AnalyzeResult> {
        const res = await this.callEncoded("Analyze", METHODS.analyze, request, decodeUnlessEmpty(analyzerPb.AnalyzeResponse));
        return res ? this.analyzeResult(res) : { diagnostics: [], notApplicable: [] };
    }

    /**
     * Runs the pack's stack policies on all resources (`AnalyzeStack`), each with `propsOf(record)`
     * (default: {@link defaultStackProps}). A pack that does not implement it answers with nothing.
     */
    async analyzeStack(records: readonly ResourceRecord[], propsOf: (rec: ResourceRecord, index: number) => WireProps = defaultStackProps): Promise<AnalyzeResult> {
        return this.analyzeStackEncoded(records.map((r, i) => encodeStackResource(r, propsOf(r, i))));
    }

    /** {@link analyzeStack} with each resource already encoded (see {@link encodeStackResource}). */
    async analyzeStackEncoded(resources: readonly Uint8Array[]): Promise<AnalyzeResult> {
        const request = encoder.analyzeStackRequest(resources);
        try {
            const res = await this.callEncoded("AnalyzeStack", METHODS.analyzeStack, request, decodeUnlessEmpty(analyzerPb.AnalyzeResponse));
            return res ? this.analyzeResult(res) : { diagnostics: [], notApplicable: [] };
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return { diagnostics: [], notApplicable: [] };
            throw e;
        }
    }

    private analyzeResult(res: analyzerPb.AnalyzeResponse): AnalyzeResult {
        return {
            diagnostics: res.getDiagnosticsList().map((d): AnalyzeDiagnostic => {
                const out: AnalyzeDiagnostic = {
                    policyName: d.getPolicyname(),
                    policyPackName: d.getPolicypackname(),
                    policyPackVersion: this.manifest.version ?? d.getPolicypackversion(),
                    description: d.getDescription(),
                    message: d.getMessage(),
                    enforcementLevel: levelFromProto(d.getEnforcementlevel()),
                    urn: d.getUrn(),
                };
                const severity = severityFromProto(d.getSeverity());
                if (severity) out.severity = severity;
                return out;
            }),
            notApplicable: this.notApplicable(res.getNotApplicableList()),
        };
    }

    private notApplicable(list: analyzerPb.PolicyNotApplicable[]): NotApplicable[] {
        return list.map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() }));
    }

    /** Closes the client and stops the pack (SIGTERM, then SIGKILL); resolves once it has exited. */
    close(): Promise<void> {
        if (!this.closing) {
            this.closing = (async () => {
                this.client.close();
                if (!this.exitStatus) {
                    this.child.ref(); // wait for the exit even though the child was unref'd
                    this.child.kill("SIGTERM");
                    const timer = setTimeout(() => {
                        if (!this.exitStatus) this.child.kill("SIGKILL");
                    }, KILL_GRACE_MS);
                    await this.exited;
                    clearTimeout(timer);
                }
            })();
        }
        return this.closing;
    }
}
