/**
 * Evaluates CrossGuard policy packs on a recorded stack the way `pulumi preview --policy-pack DIR
 * --policy-pack-config FILE` does, and returns the findings in a deterministic order.
 *
 * Engine semantics (pulumi/pulumi `pkg/engine/plugins.go` `installAndLoadPolicyPlugins`,
 * `pkg/resource/deploy/step_generator.go` `generateSteps` and `AnalyzeResources`):
 * - packs start in parallel; each gets Handshake and ConfigureStack, then GetPluginInfo,
 *   GetAnalyzerInfo, and Configure with the reconciled config;
 * - for each resource, in registration order, there are two passes over the packs: first every pack
 *   remediates (each pack's Remediate gets the properties the previous remediations produced; within a
 *   pack, the last remediation's properties win), then every pack analyzes the final properties. So
 *   pack 1's remediations feed pack 2, and no pack's Analyze sees pre-remediation properties;
 * - a remediation that returns a diagnostic (an unknown value during preview) is an advisory
 *   violation; an Analyze diagnostic at level `remediate` is reported as `mandatory`;
 * - resource diagnostics always carry the analyzed resource's URN;
 * - finally one AnalyzeStack per pack with every resource; a stack diagnostic keeps its URN when that
 *   names a resource of the stack, else it is stack-wide (the engine files it under the root stack).
 *
 * Where this differs from the engine, and why:
 * - The engine lists packs from a Go map, so the order in which packs chain remediations is not defined
 *   there; here it is the order of the `packs` argument.
 * - The engine analyzes each resource as its registration arrives during step generation; so does an
 *   {@link EvaluationSession} fed while the program runs, and {@link evaluatePolicyPacks} feeds one a
 *   finished stack. The per-resource chains run concurrently in a bounded window (each chain keeps
 *   Remediate → Analyze order), and the results are sorted so that any timing and any concurrency give
 *   the same answer.
 * - With `skipNoopRemediate`, Remediate is left out on a pack where it provably does nothing (see
 *   {@link remediateIsNoop}); the results are the same.
 * - AnalyzeStack gets each resource's outputs where the record has them, else its inputs. With no
 *   provider to re-read a remediated resource, the top-level input keys a remediation changed are laid
 *   over the recorded outputs (a preview's outputs echo the inputs it plans to send).
 *
 * The speed settings (`preEncode`, `packCache`, `skipNoopRemediate`, `concurrency`) are
 * engine/machinery.ts's; none changes a result. engine/evaluator.ts puts the reference evaluator and
 * the fast ones behind one interface, and the tests compare them.
 */
import { PolicyPackProcess } from "./analyzer";
import { checkConcurrency, DEFAULT_CONCURRENCY, encoderOf } from "./machinery";
import type { RequestEncoder } from "./marshal";
import {
    loadPolicyConfigFile,
    parsePolicyConfig,
    PolicyConfigFile,
    reconcilePolicyConfig,
    ReconciledPolicyConfig,
    unknownPolicyNames,
} from "./policyConfig";
import type { AnalyzeDiagnostic, AnalyzerInfo, PolicyInfo, PolicySeverity, RemediateResult } from "./protocol";
import { EnforcementLevel, Finding, ResourceRecord, StackRecord, WireProps, WireValue } from "./types";

export { DEFAULT_CONCURRENCY };

/** A policy pack to run: its directory, and its config as a file or inline (not both). */
export interface PackSpec {
    dir: string;
    /** A `--policy-pack-config` JSON file. */
    configFile?: string;
    /** The same JSON, given inline. */
    config?: object;
}

/** A policy pack that is already running, and its config as a file or inline (not both). */
export interface StartedPackSpec {
    process: PolicyPackProcess;
    configFile?: string;
    config?: object;
}

/** Where an evaluation is; `resources` is reported once per resource. */
export interface EvaluationProgress {
    phase: "start" | "configure" | "resources" | "stack" | "done";
    completed: number;
    total: number;
}

/** Options for {@link evaluatePolicyPacks}. */
export interface EvaluateOptions {
    /**
     * How many resources may be in flight at once (each runs Remediate then Analyze on every pack).
     * 1 evaluates one resource at a time; every value gives the same result. Defaults to
     * {@link DEFAULT_CONCURRENCY}.
     */
    concurrency?: number;
    /** Called as the evaluation moves on. */
    onProgress?: (progress: EvaluationProgress) => void;
    /** How long each pack may take to start. Defaults to the analyzer's default (120 s). */
    startTimeoutMs?: number;
    /**
     * Whether packs that this call starts may run from their compiled copy (see engine/packCache.ts)
     * instead of being type-checked by the runner's ts-node on every start. Defaults to `false`: the
     * pack starts exactly as the engine starts it.
     */
    packCache?: boolean;
    /**
     * Whether to leave out Remediate for a pack on which it is provably a no-op (see
     * {@link remediateIsNoop}); the results are the same. Defaults to `false`: Remediate on every
     * resource, as the engine calls it.
     */
    skipNoopRemediate?: boolean;
    /**
     * Whether requests are encoded by engine/protoWire.ts (`true`) or built as google-protobuf messages
     * (`false`); the bytes are the same. Defaults to `true`.
     */
    preEncode?: boolean;
}

/** A pack as evaluated: who it is, its policies and the config it was given. */
export interface EvaluatedPack {
    name: string;
    version: string;
    dir: string;
    /** The policies, sorted by name. */
    policies: PolicyInfo[];
    /** The reconciled config sent with Configure. */
    config: ReconciledPolicyConfig;
    /** Things the CLI accepts silently but that are probably mistakes (config for unknown policies). */
    warnings: string[];
}

/** One remediation that rewrote a resource's inputs. */
export interface RemediationRecord {
    urn: string;
    policy: string;
    pack: string;
    /** The top-level input keys whose value changed (added, removed or different), sorted. */
    changed: string[];
}

/** How long each phase took, in milliseconds. */
export interface EvaluationTimings {
    /** Starting the packs (when this call starts them) and configuring them. */
    startMs: number;
    /** Remediate and Analyze on every resource. */
    resourcesMs: number;
    /** AnalyzeStack. */
    stackMs: number;
}

/** The outcome of evaluating policy packs on a stack. */
export interface EvaluationResult {
    packs: EvaluatedPack[];
    /**
     * Every violation: resource findings by registration order of the resource, then pack order, then
     * policy name; then stack findings by the resource they name (stack-wide first), pack, policy.
     */
    findings: Finding[];
    /** Remediations that returned properties, by resource, then pack, in the order they ran. */
    remediations: RemediationRecord[];
    /** A copy of the stack whose inputs are the remediated ones. */
    stack: StackRecord;
    timings: EvaluationTimings;
}

interface PreparedPack {
    index: number;
    process: PolicyPackProcess;
    info: AnalyzerInfo;
    config: ReconciledPolicyConfig;
    warnings: string[];
    policies: Map<string, PolicyInfo>;
    /** Whether Remediate is called on each resource (see {@link remediateIsNoop}). */
    remediates: boolean;
}

const NO_REMEDIATIONS: RemediateResult = { remediations: [], notApplicable: [] };

/** The first @pulumi/policy version with Remediate (1.8.0); older servers answer it UNIMPLEMENTED. */
const FIRST_REMEDIATE_VERSION = [1, 8, 0];

function atLeast(version: string, min: number[]): boolean {
    const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number);
    if (!parts) return false;
    for (let i = 0; i < 3; i++) if (parts[i] !== min[i]) return parts[i] > min[i];
    return true;
}

/**
 * Whether Remediate is provably a no-op on every resource for this pack: its server is @pulumi/policy
 * (1.8.0 or later; its plugin version is @pulumi/policy's), and no policy's effective level is
 * `remediate`. That server's Remediate reads each policy's level as Configure set it (else the policy's
 * own, else the pack's: what GetAnalyzerInfo reports), skips every policy whose level is not `remediate`
 * before it calls any code of the pack, and then answers with no remediation; so no remediation, no
 * diagnostic and no change of inputs can come of the call, and leaving it out changes no result. (The
 * one thing the call could still do is fail on a property value the server cannot deserialize; Analyze
 * reads the same values, less the internal `__` keys, and fails the same way.)
 */
export function remediateIsNoop(pluginVersion: string, info: Pick<AnalyzerInfo, "policies">, config: ReconciledPolicyConfig): boolean {
    if (!atLeast(pluginVersion, FIRST_REMEDIATE_VERSION)) return false;
    return info.policies.every((p) => (config[p.name]?.enforcementLevel ?? p.enforcementLevel) !== "remediate");
}

interface KeyedFinding {
    phase: 0 | 1;
    resource: number;
    pack: number;
    seq: number;
    finding: Finding;
}

interface ResourceOutcome {
    inputs: WireProps;
    findings: KeyedFinding[];
    remediations: RemediationRecord[];
}

function now(): number {
    return performance.now();
}

/** Reads a pack's config from its spec: the file, the inline object, or none. */
function specConfig(spec: { configFile?: string; config?: object }, label: string): { config?: PolicyConfigFile; source: string; given: boolean } {
    if (spec.configFile !== undefined && spec.config !== undefined) {
        throw new Error(`The policy pack ${label} is given both configFile and config; give one of them.`);
    }
    if (spec.configFile !== undefined) {
        return { config: loadPolicyConfigFile(spec.configFile), source: spec.configFile, given: true };
    }
    if (spec.config !== undefined) {
        return { config: parsePolicyConfig(spec.config, `the inline config of policy pack ${label}`), source: `the inline config of ${label}`, given: true };
    }
    return { source: "the pack's defaults", given: false };
}

/** Checks a concurrency option; throws the error {@link evaluatePolicyPacks} throws for a bad one. */
export function checkConcurrencyOption(c: number | undefined): number {
    return checkConcurrency(c);
}

/** Reads and checks the config of every pack spec, throwing the error a bad file or value gives. */
export function preloadPackConfigs(packs: PackSpec[]): void {
    packs.forEach((p, i) => specConfig(p, `#${i + 1} (${p.dir})`));
}


/** Whether two wire values are equal, ignoring object key order. */
export function wireEqual(a: WireValue | undefined, b: WireValue | undefined): boolean {
    if (a === b) return true;
    if (a === null || b === null || a === undefined || b === undefined || typeof a !== "object" || typeof b !== "object") return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
        return a.every((x, i) => wireEqual(x, b[i]));
    }
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && wireEqual(a[k], b[k]));
}

/** The top-level keys whose values differ between two property bags, sorted. */
export function changedKeys(before: WireProps, after: WireProps): string[] {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => !wireEqual(before[k], after[k])).sort();
}

/** The props AnalyzeStack sees: outputs (with remediated input keys laid over them) or inputs. */
function stackProps(rec: ResourceRecord, finalInputs: WireProps): WireProps {
    if (!rec.outputs) return finalInputs;
    const changed = changedKeys(rec.inputs, finalInputs);
    if (changed.length === 0) return rec.outputs;
    const out: WireProps = { ...rec.outputs };
    for (const k of changed) {
        if (Object.prototype.hasOwnProperty.call(finalInputs, k)) out[k] = finalInputs[k];
        else delete out[k];
    }
    return out;
}

function toFindingSeverity(s: PolicySeverity | undefined): Pick<Finding, "severity" | "rawSeverity"> {
    if (!s) return {};
    return { severity: s === "critical" ? "high" : s, rawSeverity: s };
}

function makeFinding(
    pack: PreparedPack,
    d: { policyName: string; policyPackName: string; policyPackVersion: string; description: string; message: string; severity?: PolicySeverity },
    level: EnforcementLevel,
    urn: string,
): Finding {
    const policy = pack.policies.get(d.policyName);
    const finding: Finding = {
        policy: d.policyName,
        pack: d.policyPackName || pack.info.name,
        packVersion: d.policyPackVersion || pack.info.version,
        level: level === "remediate" ? "mandatory" : level,
        urn,
        message: d.message,
        description: d.description,
        ...toFindingSeverity(d.severity ?? policy?.severity),
    };
    if (policy?.remediationSteps) finding.fix = policy.remediationSteps;
    if (policy && policy.tags.length > 0) finding.tags = [...policy.tags];
    return finding;
}

function compareKeyed(a: KeyedFinding, b: KeyedFinding): number {
    return (
        a.phase - b.phase ||
        a.resource - b.resource ||
        a.pack - b.pack ||
        (a.finding.policy < b.finding.policy ? -1 : a.finding.policy > b.finding.policy ? 1 : 0) ||
        a.seq - b.seq
    );
}

async function preparePack(index: number, spec: StartedPackSpec, stack: StackIdentity, loaded: Loaded, skipNoopRemediate: boolean): Promise<PreparedPack> {
    const proc = spec.process;
    const started = proc.startOptions;
    if (
        started.project !== stack.project ||
        started.stack !== stack.stack ||
        (started.organization ?? "") !== (stack.organization ?? "") ||
        started.dryRun !== stack.dryRun
    ) {
        throw new Error(
            `The policy pack in ${proc.dir} was started for ${started.organization ?? ""}/${started.project}/${started.stack} ` +
                `(dryRun ${started.dryRun}) but is asked to check ${stack.organization ?? ""}/${stack.project}/${stack.stack} (dryRun ${stack.dryRun}); ` +
                `its environment would be wrong. Start it with the stack's project, stack, organization and dryRun.`,
        );
    }
    await proc.configureStack({
        stack: stack.stack,
        project: stack.project,
        organization: stack.organization,
        dryRun: stack.dryRun,
        config: stack.config ?? {},
        configSecretKeys: stack.configSecretKeys ?? [],
        tags: stack.tags ?? {},
    });
    // The plugin host asks for the plugin info when it loads the pack, before the analyzer info.
    const plugin = await proc.getPluginInfo();
    const info = await proc.getAnalyzerInfo();
    const warnings: string[] = [];
    let config: ReconciledPolicyConfig = {};
    if (!info.supportsConfig) {
        if (loaded.given) {
            throw new Error(`Policy pack '${info.name}' in ${proc.dir} does not support config, but ${loaded.source} configures it. Remove the config.`);
        }
    } else {
        config = reconcilePolicyConfig(info, info.initialConfig, loaded.config, loaded.source);
        for (const u of unknownPolicyNames(info, loaded.config)) {
            if (u.hasLevel) {
                warnings.push(`${loaded.source} configures '${u.name}', which pack '${info.name}' does not define; the entry has no effect.`);
            }
        }
        await proc.configure(config);
    }
    const remediates = !(skipNoopRemediate && remediateIsNoop(plugin.version, info, config));
    return { index, process: proc, info, config, warnings, policies: new Map(info.policies.map((p) => [p.name, p])), remediates };
}

/** Remediate on every pack, in order, then Analyze on every pack with the final properties. */
async function evaluateResource(rec: ResourceRecord, index: number, packs: PreparedPack[], encoder: RequestEncoder): Promise<ResourceOutcome> {
    const findings: KeyedFinding[] = [];
    const remediations: RemediationRecord[] = [];
    let inputs = rec.inputs;
    let seq = 0;
    // The request is encoded once and sent to every pack; a remediation that rewrites the inputs makes
    // the next pack's request be encoded again.
    let remediateRequest = encoder.analyzeRequest(rec, inputs, false);
    for (const pack of packs) {
        let res;
        try {
            res = pack.remediates ? await pack.process.remediateEncoded(rec, remediateRequest.bytes) : NO_REMEDIATIONS;
        } catch (e) {
            throw new Error(`Remediating ${rec.urn}: ${(e as Error).message}`, { cause: e });
        }
        let changed = false;
        for (const r of res.remediations) {
            if (r.diagnostic !== undefined) {
                const f = makeFinding(pack, { ...r, message: r.diagnostic }, "advisory", rec.urn);
                findings.push({ phase: 0, resource: index, pack: pack.index, seq: seq++, finding: f });
            } else if (r.properties !== undefined) {
                remediations.push({ urn: rec.urn, policy: r.policyName, pack: r.policyPackName || pack.info.name, changed: changedKeys(inputs, r.properties) });
                inputs = r.properties;
                changed = true;
            }
        }
        if (changed) remediateRequest = encoder.analyzeRequest(rec, inputs, false);
    }
    const finalInputs = inputs;
    // Analyze drops `__` keys, Remediate keeps them: with none, the bytes are the same.
    const analyzeRequest = remediateRequest.hasInternalKeys ? encoder.analyzeRequest(rec, finalInputs, true).bytes : remediateRequest.bytes;
    const analyses = await Promise.all(
        packs.map((pack) =>
            pack.process.analyzeEncoded(analyzeRequest).catch((e: Error) => {
                throw new Error(`Analyzing ${rec.urn}: ${e.message}`, { cause: e });
            }),
        ),
    );
    analyses.forEach((res, i) => {
        const pack = packs[i];
        for (const d of res.diagnostics) {
            // The engine reports a resource's violations under that resource's URN, whatever the policy named.
            findings.push({ phase: 0, resource: index, pack: pack.index, seq: seq++, finding: makeFinding(pack, d, d.enforcementLevel, rec.urn) });
        }
    });
    return { inputs: finalInputs, findings, remediations };
}

/** What an evaluation needs to know about a stack before its resources exist: what ConfigureStack sends. */
export interface StackIdentity {
    project: string;
    stack: string;
    organization?: string;
    dryRun: boolean;
    /** The stack config, `project:key` → value. */
    config: Record<string, string>;
    /** The config keys whose values are secrets. */
    configSecretKeys?: string[];
    tags: Record<string, string>;
}

/** The identity part of a stack record. */
export function identityOf(stack: StackRecord): StackIdentity {
    return {
        project: stack.project,
        stack: stack.stack,
        organization: stack.organization,
        dryRun: stack.dryRun,
        config: stack.config ?? {},
        configSecretKeys: stack.configSecretKeys ?? [],
        tags: stack.tags ?? {},
    };
}

/** Whether two identities are the same stack with the same config, secret keys and tags. */
export function sameIdentity(a: StackIdentity, b: StackIdentity): boolean {
    const json = (x: StackIdentity) =>
        JSON.stringify([
            x.project,
            x.stack,
            x.organization ?? "",
            x.dryRun,
            Object.entries(x.config ?? {}).sort(),
            [...(x.configSecretKeys ?? [])].sort(),
            Object.entries(x.tags ?? {}).sort(),
        ]);
    return json(a) === json(b);
}

/**
 * An evaluation that takes resources as they are registered, as the engine analyzes each resource
 * during step generation: packs start and are configured at once, each resource added is remediated
 * and analyzed as soon as the packs are ready and the in-flight window has room, and
 * {@link EvaluationSession.finish} runs AnalyzeStack once the last resource is in. Whatever the timing
 * of the additions and the window's size, the result is the same as {@link evaluatePolicyPacks} on the
 * finished stack.
 */
export interface EvaluationSession {
    /** Queues the next registered resource (registration order). */
    add(rec: ResourceRecord): void;
    /**
     * Waits for every queued resource, runs AnalyzeStack, and returns the result. `stack` must hold
     * exactly the resources added, in order, and the identity the session started with.
     */
    finish(stack: StackRecord): Promise<EvaluationResult>;
    /** Stops the packs the session started (never those it was given); safe to call more than once. */
    close(): Promise<void>;
}

interface Loaded {
    config?: PolicyConfigFile;
    source: string;
    given: boolean;
}

/** An evaluation's outcome without the stack copy: inputs that remediations changed travel by index. */
export interface EvaluationCore extends Omit<EvaluationResult, "stack"> {
    /** `[resource index, remediated inputs]` of each resource whose inputs a remediation changed. */
    remediated: Array<[number, WireProps]>;
}

/**
 * The result of an evaluation of `stack`: a copy of the stack whose remediated resources carry their
 * remediated inputs (the other records are shared, not copied).
 */
export function assembleResult(stack: StackRecord, core: EvaluationCore): EvaluationResult {
    const remediated = new Map(core.remediated);
    const copy: StackRecord = {
        ...stack,
        config: { ...stack.config },
        tags: { ...stack.tags },
        resources: stack.resources.map((r, i) => {
            const inputs = remediated.get(i);
            return inputs !== undefined ? { ...r, inputs: structuredClone(inputs) } : r;
        }),
    };
    if (stack.configSecretKeys) copy.configSecretKeys = [...stack.configSecretKeys];
    return { packs: core.packs, findings: core.findings, remediations: core.remediations, stack: copy, timings: core.timings };
}

/** What a session keeps of a resource once it is evaluated: enough for AnalyzeStack and the result. */
interface Evaluated {
    urn: string;
    /** The resource as AnalyzeStack sends it, as the session's encoder keeps it. */
    stackResource: unknown;
    findings: KeyedFinding[];
    remediations: RemediationRecord[];
    /** The inputs after remediation, when a remediation changed them. */
    remediatedInputs?: WireProps;
}

/** The in-thread evaluation session (see {@link EvaluationSession}). */
export class Session implements EvaluationSession {
    /** The resources added; in a compact session, each is dropped once evaluated. */
    private readonly records: Array<ResourceRecord | undefined> = [];
    private readonly evaluated: Evaluated[] = [];
    private readonly errors = new Map<number, unknown>();
    private packs: PreparedPack[] | undefined;
    private next = 0;
    private inFlight = 0;
    private done = 0;
    private resourcesStarted = 0;
    private resourcesEnded = 0;
    private configuredAt = 0;
    private idle: (() => void) | undefined;
    private readonly concurrency: number;
    private readonly encoder: RequestEncoder;
    private readonly progress: (p: EvaluationProgress) => void;
    private readonly prepared: Promise<PreparedPack[]>;
    private finished = false;

    constructor(
        private readonly identity: StackIdentity,
        specs: Promise<StartedPackSpec[]>,
        loaded: Loaded[],
        private readonly opts: EvaluateOptions,
        private readonly t0: number,
        private readonly stopPacks: () => Promise<void>,
        /**
         * Whether to drop each record once it is evaluated (keeping its encoded AnalyzeStack entry): for a
         * session whose caller holds the records anyway and checks them itself (the worker's).
         */
        private readonly compact = false,
    ) {
        this.concurrency = checkConcurrency(opts.concurrency);
        this.encoder = encoderOf(opts.preEncode !== false);
        this.progress = opts.onProgress ?? (() => undefined);
        this.prepared = specs.then(async (started) => {
            this.progress({ phase: "configure", completed: 0, total: started.length });
            const packs = await Promise.all(started.map((s, i) => preparePack(i, s, identity, loaded[i], opts.skipNoopRemediate === true)));
            this.packs = packs;
            this.configuredAt = now();
            this.resourcesStarted = this.configuredAt;
            this.resourcesEnded = this.configuredAt;
            this.pump();
            return packs;
        });
        // Failures surface in finish(); keep an early one from being reported as unhandled.
        this.prepared.catch(() => undefined);
    }

    add(rec: ResourceRecord): void {
        if (this.finished) throw new Error("EvaluationSession.add: the session has finished; add resources before finish().");
        this.records.push(rec);
        this.pump();
    }

    private pump(): void {
        const packs = this.packs;
        if (!packs) return;
        while (this.errors.size === 0 && this.inFlight < this.concurrency && this.next < this.records.length) {
            const i = this.next++;
            const rec = this.records[i] as ResourceRecord;
            this.inFlight++;
            evaluateResource(rec, i, packs, this.encoder).then(
                (outcome) => {
                    // AnalyzeStack's entry is encoded now, while the program still runs, not after it.
                    const entry: Evaluated = {
                        urn: rec.urn,
                        stackResource: this.encoder.stackResource(rec, stackProps(rec, outcome.inputs)),
                        findings: outcome.findings,
                        remediations: outcome.remediations,
                    };
                    if (outcome.inputs !== rec.inputs) entry.remediatedInputs = outcome.inputs;
                    this.evaluated[i] = entry;
                    if (this.compact) this.records[i] = undefined;
                    this.progress({ phase: "resources", completed: ++this.done, total: this.records.length });
                    this.settled();
                },
                (e: unknown) => {
                    this.errors.set(i, e);
                    this.settled();
                },
            );
        }
    }

    private settled(): void {
        this.inFlight--;
        this.resourcesEnded = now();
        this.pump();
        if (this.inFlight === 0 && (this.next >= this.records.length || this.errors.size > 0)) this.idle?.();
    }

    async finish(stack: StackRecord): Promise<EvaluationResult> {
        return assembleResult(stack, await this.finishCore(stack));
    }

    /**
     * {@link finish} without the result's copy of the stack: what crosses a thread boundary. A compact
     * session no longer holds the records, so it checks only the stack's identity and size.
     */
    async finishCore(stack: StackRecord): Promise<EvaluationCore> {
        if (this.finished) throw new Error("EvaluationSession.finish: the session has already finished.");
        this.finished = true;
        if (!sameIdentity(identityOf(stack), this.identity)) {
            throw new Error(
                `EvaluationSession.finish: the stack ${stack.project}/${stack.stack} is not the one the session was started for ` +
                    `(${this.identity.project}/${this.identity.stack}, with its config, secret keys and tags).`,
            );
        }
        const sameRecords = this.compact || stack.resources.every((r, i) => r === this.records[i]);
        if (stack.resources.length !== this.records.length || !sameRecords) {
            throw new Error("EvaluationSession.finish: the stack's resources are not exactly the resources added, in order.");
        }
        const packs = await this.prepared;
        const total = this.records.length;
        this.progress({ phase: "resources", completed: this.done, total });
        if (this.inFlight > 0 || (this.next < total && this.errors.size === 0)) {
            await new Promise<void>((resolve) => {
                this.idle = resolve;
            });
        }
        if (this.errors.size > 0) throw this.errors.get(Math.min(...this.errors.keys()));
        const t2 = now();

        this.progress({ phase: "stack", completed: 0, total: packs.length });
        const evaluated = this.evaluated;
        // One request for every pack.
        const stackRequest = this.encoder.analyzeStackRequest(evaluated.map((e) => e.stackResource));
        const stackResults = await Promise.all(
            packs.map((pack) =>
                pack.process.analyzeStackEncoded(stackRequest).catch((e: Error) => {
                    throw new Error(`Analyzing the stack: ${e.message}`, { cause: e });
                }),
            ),
        );
        const t3 = now();

        const urnIndex = new Map<string, number>();
        evaluated.forEach((e, i) => {
            if (!urnIndex.has(e.urn)) urnIndex.set(e.urn, i);
        });
        const keyed: KeyedFinding[] = [];
        for (const e of evaluated) for (const f of e.findings) keyed.push(f);
        stackResults.forEach((res, p) => {
            res.diagnostics.forEach((d: AnalyzeDiagnostic, seq) => {
                const resource = d.urn !== "" ? (urnIndex.get(d.urn) ?? -1) : -1;
                const urn = resource >= 0 ? d.urn : "";
                keyed.push({ phase: 1, resource, pack: p, seq, finding: makeFinding(packs[p], d, d.enforcementLevel, urn) });
            });
        });
        keyed.sort(compareKeyed);

        const remediated: Array<[number, WireProps]> = [];
        evaluated.forEach((e, i) => {
            if (e.remediatedInputs !== undefined) remediated.push([i, e.remediatedInputs]);
        });
        this.progress({ phase: "done", completed: total, total });
        return {
            packs: packs.map((p) => ({
                name: p.info.name,
                version: p.info.version,
                dir: p.process.dir,
                policies: p.info.policies,
                config: p.config,
                warnings: p.warnings,
            })),
            findings: keyed.map((k) => k.finding),
            remediations: evaluated.flatMap((e) => e.remediations),
            remediated,
            timings: {
                startMs: this.configuredAt - this.t0,
                resourcesMs: Math.max(0, this.resourcesEnded - this.resourcesStarted),
                stackMs: t3 - t2,
            },
        };
    }

    async close(): Promise<void> {
        this.finished = true;
        await this.stopPacks();
    }
}

/**
 * Starts an evaluation of policy packs that are already running (see {@link PolicyPackProcess.start})
 * on the stack `identity` names; resources are added as they come (see {@link EvaluationSession}).
 * The processes stay open after the session; each must have been started for this stack.
 */
export function startEvaluationOfStartedPacks(identity: StackIdentity, packs: StartedPackSpec[], opts: EvaluateOptions = {}): EvaluationSession {
    const t0 = now();
    checkConcurrency(opts.concurrency);
    const loaded = packs.map((p, i) => specConfig(p, `#${i + 1} (${p.process.dir})`));
    return new Session(identity, Promise.resolve(packs), loaded, opts, t0, async () => undefined);
}

/**
 * Starts the policy packs in `packs` (in parallel) for the stack `identity` names and returns an
 * evaluation that takes resources as they are registered (see {@link EvaluationSession}); close it
 * to stop the packs. Config files are read before any pack starts, so a bad file fails here.
 */
export function startEvaluation(identity: StackIdentity, packs: PackSpec[], opts: EvaluateOptions = {}): EvaluationSession {
    return startEvaluationSession(identity, packs, opts);
}

/** {@link startEvaluation}, with the session's class, its start time and spawn notifications exposed (for the worker). */
export function startEvaluationSession(
    identity: StackIdentity,
    packs: PackSpec[],
    opts: EvaluateOptions,
    extra: { t0?: number; onSpawn?: (pid: number) => void; compact?: boolean } = {},
): Session {
    const t0 = extra.t0 ?? now();
    checkConcurrency(opts.concurrency);
    const loaded = packs.map((p, i) => specConfig(p, `#${i + 1} (${p.dir})`));
    opts.onProgress?.({ phase: "start", completed: 0, total: packs.length });
    const abort = new AbortController();
    const starts = Promise.allSettled(
        packs.map((p) =>
            PolicyPackProcess.start(p.dir, {
                project: identity.project,
                stack: identity.stack,
                organization: identity.organization,
                dryRun: identity.dryRun,
                config: identity.config,
                startTimeoutMs: opts.startTimeoutMs,
                packCache: opts.packCache,
                signal: abort.signal,
                onSpawn: extra.onSpawn,
            }),
        ),
    );
    const started = starts.then((results) => {
        const failed = results.find((s): s is PromiseRejectedResult => s.status === "rejected");
        if (failed) throw failed.reason;
        return results.map((s) => ({ process: (s as PromiseFulfilledResult<PolicyPackProcess>).value }));
    });
    const stop = async () => {
        abort.abort();
        const results = await starts;
        await Promise.all(results.flatMap((s) => (s.status === "fulfilled" ? [s.value.close()] : [])));
    };
    return new Session(identity, started, loaded, opts, t0, stop, extra.compact);
}

/** Adds every resource of `stack` to a session and finishes it. */
async function evaluateWhole(session: EvaluationSession, stack: StackRecord): Promise<EvaluationResult> {
    for (const r of stack.resources) session.add(r);
    return session.finish(stack);
}

/**
 * Evaluates policy packs that are already running (see {@link PolicyPackProcess.start}) on a stack:
 * configures each for this stack and config, then runs the engine's passes. The processes stay open,
 * so one started pack can serve several evaluations; each must have been started for this stack.
 */
export async function evaluateStartedPacks(stack: StackRecord, packs: StartedPackSpec[], opts: EvaluateOptions = {}): Promise<EvaluationResult> {
    return evaluateWhole(startEvaluationOfStartedPacks(identityOf(stack), packs, opts), stack);
}

/**
 * Starts the policy packs in `packs` (in parallel), evaluates them on `stack` exactly as
 * `pulumi preview --policy-pack DIR --policy-pack-config FILE` would, and stops them. Config files are
 * read before any pack starts, so a bad file fails fast.
 */
export async function evaluatePolicyPacks(stack: StackRecord, packs: PackSpec[], opts: EvaluateOptions = {}): Promise<EvaluationResult> {
    const session = startEvaluation(identityOf(stack), packs, opts);
    try {
        return await evaluateWhole(session, stack);
    } finally {
        await session.close();
    }
}
