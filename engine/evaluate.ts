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
 * - The engine runs resources one registration at a time; here the per-resource chains run concurrently
 *   in a bounded window (each chain keeps Remediate → Analyze order), and the results are sorted so that
 *   any concurrency gives the same answer.
 * - AnalyzeStack gets each resource's outputs where the record has them, else its inputs. With no
 *   provider to re-read a remediated resource, the top-level input keys a remediation changed are laid
 *   over the recorded outputs (a preview's outputs echo the inputs it plans to send).
 */
import { AnalyzeDiagnostic, AnalyzerInfo, PolicyInfo, PolicyPackProcess, PolicySeverity } from "./analyzer";
import {
    loadPolicyConfigFile,
    parsePolicyConfig,
    PolicyConfigFile,
    reconcilePolicyConfig,
    ReconciledPolicyConfig,
    unknownPolicyNames,
} from "./policyConfig";
import { EnforcementLevel, Finding, ResourceRecord, StackRecord, WireProps, WireValue } from "./types";

/** How many resources are evaluated at once by default. */
export const DEFAULT_CONCURRENCY = 64;

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

function checkConcurrency(c: number | undefined): number {
    const value = c ?? DEFAULT_CONCURRENCY;
    if (!Number.isInteger(value) || value < 1) {
        throw new Error(`concurrency must be a positive integer (1 evaluates one resource at a time); got ${String(c)}.`);
    }
    return value;
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

async function preparePack(
    index: number,
    spec: StartedPackSpec,
    stack: StackRecord,
    loaded: { config?: PolicyConfigFile; source: string; given: boolean },
): Promise<PreparedPack> {
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
    await proc.getPluginInfo();
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
    return { index, process: proc, info, config, warnings, policies: new Map(info.policies.map((p) => [p.name, p])) };
}

/** Remediate on every pack, in order, then Analyze on every pack with the final properties. */
async function evaluateResource(rec: ResourceRecord, index: number, packs: PreparedPack[]): Promise<ResourceOutcome> {
    const findings: KeyedFinding[] = [];
    const remediations: RemediationRecord[] = [];
    let inputs = rec.inputs;
    let seq = 0;
    for (const pack of packs) {
        let res;
        try {
            res = await pack.process.remediate(rec, inputs);
        } catch (e) {
            throw new Error(`Remediating ${rec.urn}: ${(e as Error).message}`, { cause: e });
        }
        for (const r of res.remediations) {
            if (r.diagnostic !== undefined) {
                const f = makeFinding(pack, { ...r, message: r.diagnostic }, "advisory", rec.urn);
                findings.push({ phase: 0, resource: index, pack: pack.index, seq: seq++, finding: f });
            } else if (r.properties !== undefined) {
                remediations.push({ urn: rec.urn, policy: r.policyName, pack: r.policyPackName || pack.info.name, changed: changedKeys(inputs, r.properties) });
                inputs = r.properties;
            }
        }
    }
    const finalInputs = inputs;
    const analyses = await Promise.all(
        packs.map((pack) =>
            pack.process.analyze(rec, finalInputs).catch((e: Error) => {
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

/** Runs `work(i)` for i in [0, n) with at most `limit` in flight; rethrows the lowest-index failure. */
async function runWindowed<T>(n: number, limit: number, work: (i: number) => Promise<T>): Promise<T[]> {
    const results = new Array<T>(n);
    const errors = new Map<number, unknown>();
    let next = 0;
    const worker = async () => {
        while (errors.size === 0) {
            const i = next++;
            if (i >= n) return;
            try {
                results[i] = await work(i);
            } catch (e) {
                errors.set(i, e);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
    if (errors.size > 0) throw errors.get(Math.min(...errors.keys()));
    return results;
}

async function run(
    stack: StackRecord,
    specs: StartedPackSpec[],
    loaded: Array<{ config?: PolicyConfigFile; source: string; given: boolean }>,
    opts: EvaluateOptions,
    t0: number,
): Promise<EvaluationResult> {
    const concurrency = checkConcurrency(opts.concurrency);
    const progress = opts.onProgress ?? (() => undefined);
    const total = stack.resources.length;

    progress({ phase: "configure", completed: 0, total: specs.length });
    const packs = await Promise.all(specs.map((s, i) => preparePack(i, s, stack, loaded[i])));
    const t1 = now();

    let done = 0;
    progress({ phase: "resources", completed: 0, total });
    const outcomes = await runWindowed(total, concurrency, async (i) => {
        const outcome = await evaluateResource(stack.resources[i], i, packs);
        progress({ phase: "resources", completed: ++done, total });
        return outcome;
    });
    const t2 = now();

    progress({ phase: "stack", completed: 0, total: packs.length });
    const finalInputs = outcomes.map((o) => o.inputs);
    const stackResults = await Promise.all(
        packs.map((pack) =>
            pack.process.analyzeStack(stack.resources, (rec, i) => stackProps(rec, finalInputs[i])).catch((e: Error) => {
                throw new Error(`Analyzing the stack: ${e.message}`, { cause: e });
            }),
        ),
    );
    const t3 = now();

    const urnIndex = new Map<string, number>();
    stack.resources.forEach((r, i) => {
        if (!urnIndex.has(r.urn)) urnIndex.set(r.urn, i);
    });
    const keyed: KeyedFinding[] = outcomes.flatMap((o) => o.findings);
    stackResults.forEach((res, p) => {
        res.diagnostics.forEach((d: AnalyzeDiagnostic, seq) => {
            const resource = d.urn !== "" ? (urnIndex.get(d.urn) ?? -1) : -1;
            const urn = resource >= 0 ? d.urn : "";
            keyed.push({ phase: 1, resource, pack: p, seq, finding: makeFinding(packs[p], d, d.enforcementLevel, urn) });
        });
    });
    keyed.sort(compareKeyed);

    const copy = structuredClone(stack);
    outcomes.forEach((o, i) => {
        if (o.inputs !== stack.resources[i].inputs) copy.resources[i].inputs = structuredClone(o.inputs);
    });

    progress({ phase: "done", completed: total, total });
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
        remediations: outcomes.flatMap((o) => o.remediations),
        stack: copy,
        timings: { startMs: t1 - t0, resourcesMs: t2 - t1, stackMs: t3 - t2 },
    };
}

/**
 * Evaluates policy packs that are already running (see {@link PolicyPackProcess.start}) on a stack:
 * configures each for this stack and config, then runs the engine's passes. The processes stay open,
 * so one started pack can serve several evaluations; each must have been started for this stack.
 */
export async function evaluateStartedPacks(stack: StackRecord, packs: StartedPackSpec[], opts: EvaluateOptions = {}): Promise<EvaluationResult> {
    const t0 = now();
    checkConcurrency(opts.concurrency);
    const loaded = packs.map((p, i) => specConfig(p, `#${i + 1} (${p.process.dir})`));
    return run(stack, packs, loaded, opts, t0);
}

/**
 * Starts the policy packs in `packs` (in parallel), evaluates them on `stack` exactly as
 * `pulumi preview --policy-pack DIR --policy-pack-config FILE` would, and stops them. Config files are
 * read before any pack starts, so a bad file fails fast.
 */
export async function evaluatePolicyPacks(stack: StackRecord, packs: PackSpec[], opts: EvaluateOptions = {}): Promise<EvaluationResult> {
    const t0 = now();
    checkConcurrency(opts.concurrency);
    const loaded = packs.map((p, i) => specConfig(p, `#${i + 1} (${p.dir})`));
    opts.onProgress?.({ phase: "start", completed: 0, total: packs.length });
    const starts = await Promise.allSettled(
        packs.map((p) =>
            PolicyPackProcess.start(p.dir, {
                project: stack.project,
                stack: stack.stack,
                organization: stack.organization,
                dryRun: stack.dryRun,
                config: stack.config,
                startTimeoutMs: opts.startTimeoutMs,
            }),
        ),
    );
    const processes = starts.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    try {
        const failed = starts.find((s): s is PromiseRejectedResult => s.status === "rejected");
        if (failed) throw failed.reason;
        const started: StartedPackSpec[] = processes.map((proc) => ({ process: proc }));
        return await run(stack, started, loaded, opts, t0);
    } finally {
        await Promise.all(processes.map((p) => p.close()));
    }
}
