/**
 * The `zonesafe` command: the policy check without credentials.
 *
 * - `zonesafe preview` runs a Pulumi TypeScript program under the embedded engine and evaluates the
 *   policy packs on what it would deploy, as `pulumi preview --policy-pack` does.
 * - `zonesafe assess --state FILE` evaluates them on a deployed stack (`pulumi stack export`) or on a
 *   `pulumi preview --json` document.
 *
 * Exit codes: 0 when no mandatory violation remains, 1 when one does, 2 for anything else — a usage,
 * input, program or pack error, a time limit, a program that exits the process, a report that cannot be
 * written — always with one line on stderr: `zonesafe: <problem> (<fix>)` (`ZONESAFE_DEBUG=1` adds the
 * stack trace). A signal ends the command as its default action does; no child process outlives it
 * (engine/supervisor.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { EvaluationProgress, EvaluationResult, EvaluationSession, PackSpec } from "@zonesafe/engine/evaluate";
import type * as EvaluateModule from "@zonesafe/engine/evaluate";
import type * as EvaluateWorkerModule from "@zonesafe/engine/evaluateWorker";
import { DEFAULT_CONCURRENCY } from "@zonesafe/engine/machinery";
import { collectGarbage, isRecording } from "@zonesafe/engine/record";
import { formatDuration, parseDuration, Phase, TimeLimit, TimeoutError } from "@zonesafe/engine/supervisor";
import type { StackRecord } from "@zonesafe/engine/types";
import { CliError, debugEnabled, errorLine, EXIT_USAGE, oneLine } from "./errors";
import { loadProject, loadStack, namespaced, parseOverrides } from "./project";
import { programIdentity, runProgram } from "./run";
import { checkReportTarget, requireRegularFile, runInputs, writeReportFile } from "./files";
import { redactKnown, secretsOfStack } from "./redact";
import { importState } from "./state";
import { OWN_PACK_DIR } from "./packs";
import { colorWanted, makeStyle, Progress, stripAnsi } from "./term";
import { buildReport, Report, ReportSource, toolVersion } from "./report/model";
import { renderText } from "./report/text";
import { renderJson } from "./report/json";
import { renderSarif } from "./report/sarif";
import type * as AnalysisModule from "./analysis";
import type { ResilienceAnalysis } from "./analysis";
import { renderHtml } from "./report/html";
import { drillResultsFor, drillSectionProvider } from "./report/drills";
import type * as MermaidModule from "./report/mermaid";
import { SECTION_PROVIDERS } from "./report/sections";
import { registerNodeGuardCommands } from "./nodeGuard";
import { registerEventCommands } from "./event/commands";
import type * as InProcessModule from "./inProcess";
import { registerDrillCommands } from "./drill/commands";

/**
 * The evaluation through the analyzer protocol, on the calling thread and from a worker thread (loads
 * gRPC and the pack launcher on first use: zonesafe's own pack evaluated in-process never needs them).
 */
function protocolModules(): { evaluate: typeof EvaluateModule; worker: typeof EvaluateWorkerModule } {
    return { evaluate: require("@zonesafe/engine/evaluate") as typeof EvaluateModule, worker: require("@zonesafe/engine/evaluateWorker") as typeof EvaluateWorkerModule };
}

/** The in-process evaluation of zonesafe's own pack (loads the pack's modules on first use). */
function inProcessModule(): typeof InProcessModule {
    return require("./inProcess") as typeof InProcessModule;
}

/**
 * The modules reports need that load the policy pack's own modules (and with them the policy and
 * Pulumi SDKs, a second or more): the resilience analysis, the Mermaid renderer and zonesafe's pack
 * adapter. They load on first use, so that the packs and the program start without waiting for them,
 * and `assess` loads them while the packs evaluate.
 */
function reportModules(): { analysis: typeof AnalysisModule; mermaid: typeof MermaidModule } {
    require("./zonesafePack");
    return { analysis: require("./analysis") as typeof AnalysisModule, mermaid: require("./report/mermaid") as typeof MermaidModule };
}

/** The report formats. */
export const FORMATS = ["text", "json", "sarif", "html", "mermaid"] as const;
/** A report format. */
export type Format = (typeof FORMATS)[number];

/** The policy pack evaluated when no `--policy-pack` is given: zonesafe's own, `@zonesafe/policies`. */
export const DEFAULT_POLICY_PACK = OWN_PACK_DIR;

/** The options every command takes. */
export interface GlobalOptions {
    format: Format;
    out?: string;
    policyPack: string[];
    policyPackConfig: string[];
    color: boolean;
    quiet: boolean;
    /** Whether packs may start from their compiled copy (`--no-pack-cache` starts them as the engine does). */
    packCache: boolean;
    /** Call Remediate on every resource even where it provably does nothing (`--always-remediate`). */
    alwaysRemediate?: boolean;
    /** How many resources are evaluated at once (hidden `--concurrency`). */
    concurrency: number;
    /** Whether requests are pre-encoded (hidden `--no-pre-encode` builds google-protobuf messages). */
    preEncode?: boolean;
    /** The time limit of the program run and the pack evaluation together, in milliseconds (`--timeout`). */
    timeout: number;
    /** Evaluate zonesafe's own pack through the analyzer protocol too, instead of in-process (`--engine-exact`). */
    engineExact?: boolean;
}

/** Whether the packs are zonesafe's own pack alone, evaluated in-process unless `--engine-exact` (cli/inProcess.ts). */
function inProcessEligible(packs: PackSpec[], opts: { engineExact?: boolean }): boolean {
    return opts.engineExact !== true && packs.length === 1 && path.resolve(packs[0].dir) === DEFAULT_POLICY_PACK && inProcessModule().isOwnPack(packs[0].dir);
}

/** The time limit when no `--timeout` is given: 10 minutes. */
export const DEFAULT_TIMEOUT_MS = 10 * 60_000;

/** Where the command writes; tests substitute their own. */
export interface Io {
    stdout: NodeJS.WritableStream & { isTTY?: boolean };
    stderr: NodeJS.WritableStream & { isTTY?: boolean };
    cwd: string;
    env: NodeJS.ProcessEnv;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Parses `--timeout`: seconds, or an amount with a unit (`90s`, `10m`, `1h`); milliseconds. */
function durationOption(value: string): number {
    try {
        return parseDuration(value);
    } catch (e) {
        throw new InvalidArgumentError((e as Error).message.replace(/^./, (c) => c.toUpperCase()) + ".");
    }
}

/** Parses `--concurrency`: a positive integer. */
function positiveInteger(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("It must be a positive integer.");
    return n;
}

/** Checks the pack and config flags as `pulumi preview` does, and resolves them against `cwd`. */
export function packSpecs(opts: Pick<GlobalOptions, "policyPack" | "policyPackConfig">, cwd: string): PackSpec[] {
    const dirs = opts.policyPack.length > 0 ? opts.policyPack.map((d) => path.resolve(cwd, d)) : [DEFAULT_POLICY_PACK];
    const configs = opts.policyPackConfig.map((f) => path.resolve(cwd, f));
    if (configs.length > 0 && configs.length !== dirs.length) {
        throw new CliError(
            `${configs.length} --policy-pack-config file(s) for ${dirs.length} policy pack(s)`,
            "give one --policy-pack-config per --policy-pack, in the same order",
        );
    }
    for (const dir of dirs) {
        if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
            throw new CliError(`the policy pack directory ${dir} does not exist`, "pass --policy-pack with the directory that holds PulumiPolicy.yaml");
        }
        if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
            throw new CliError(`${dir} is not a policy pack: it has no PulumiPolicy.yaml`, "pass --policy-pack with the directory that holds PulumiPolicy.yaml");
        }
    }
    for (const file of configs) {
        requireRegularFile(file, "the policy pack config", "pass --policy-pack-config with a JSON file");
    }
    return dirs.map((dir, i) => (configs[i] ? { dir, configFile: configs[i] } : { dir }));
}

/** The stage of an evaluation step, for progress lines: one line per stage, not per resource. */
function progressStage(p: EvaluationProgress): string {
    return p.phase;
}

/** The status line for an evaluation step. */
function progressText(p: EvaluationProgress): string {
    switch (p.phase) {
        case "start":
            return `starting ${p.total === 1 ? "the policy pack" : `${p.total} policy packs`}`;
        case "configure":
            return "configuring the policy packs";
        case "resources":
            return `analyzing resources ${p.completed}/${p.total}`;
        case "stack":
            return "analyzing the stack";
        default:
            return "writing the report";
    }
}

/** What to look for when a phase runs out of time. */
const TIMEOUT_ADVICE: Record<Phase, string> = {
    "program run": "make the program finish (a promise that never settles, a timer left running or an endless loop keeps it going)",
    "pack start": "look for code in the policy pack that blocks before it constructs its PolicyPack",
    "pack evaluation": "look for a policy that never returns (an endless loop, or a promise that never settles)",
};

/** The one-line error for a run that reached its time limit, naming the phase and the fix. */
export function timeoutError(e: TimeoutError): CliError {
    return new CliError(
        `the ${e.phase} did not finish within the time limit of ${formatDuration(e.ms)}`,
        `${TIMEOUT_ADVICE[e.phase]}, or allow more time with --timeout, e.g. --timeout ${formatDuration(e.ms * 2)}`,
        { cause: e },
    );
}

/** Shortens one line of a message to `max` characters. */
function clip(line: string, max = 300): string {
    return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/**
 * A one-line error for a failed evaluation. A pack that dies reports its stderr tail over many lines:
 * keep the first line, the compiler's diagnostics or the first error line of the tail, and the closing
 * hint as the fix; a policy that throws is named with its error. Stack frames are never advice.
 */
export function evaluationError(e: unknown): CliError {
    if (e instanceof CliError) return e;
    if (e instanceof TimeoutError) return timeoutError(e);
    const lines = stripAnsi(e instanceof Error ? e.message : String(e))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !/^at\s/.test(l));
    const fallbackFix = "fix the policy pack or its config; ZONESAFE_DEBUG=1 shows the details";
    // The policy's error follows on the same line or the next.
    const threw = /Error validating (?:resource|stack) with policy '([^']+)' from policy pack '([^']+)':\s*(?:[A-Za-z]*Error: )?([^\n]*)/.exec(lines.join("\n"));
    if (threw) {
        const message = clip(threw[3].replace(/\s*\(at [^)]*\)\s*$/, "")) || "(no message)";
        return new CliError(
            `the policy ${threw[1]} of the pack ${threw[2]} threw an error: ${message}`,
            `the policy has a bug: report it to the pack's authors, or give it "enforcementLevel": "disabled" in --policy-pack-config until it is fixed; ZONESAFE_DEBUG=1 shows where it threw`,
            { cause: e },
        );
    }
    const diagnostics = lines.filter((l) => /\berror TS\d+:/.test(l));
    if (diagnostics.length > 0) {
        const where = /^The policy pack in (.+?) exited/.exec(lines[0])?.[1];
        const shown = diagnostics.slice(0, 3).map((d) => clip(d, 240));
        if (diagnostics.length > 3) shown.push(`and ${diagnostics.length - 3} more`);
        return new CliError(
            `the policy pack${where ? ` in ${where}` : ""} does not compile: ${shown.join("; ")}`,
            "fix the pack's TypeScript errors (its runner type-checks it with ts-node and the pack's tsconfig.json before it serves)",
            { cause: e },
        );
    }
    if (lines.length <= 2) return new CliError(`the policy check failed: ${oneLine(lines.join(" "))}`, fallbackFix, { cause: e });
    const first = lines[0].replace(/\s*Its stderr ends with:$/, "");
    const detail = lines.slice(1, -1).find((l) => /\b(TSError|[A-Za-z]*Error)\b/.test(l));
    const hint = lines[lines.length - 1];
    return new CliError(`the policy check failed: ${first}${detail ? ` ${clip(detail)}` : ""}`, hint.length <= 240 ? hint : fallbackFix, { cause: e });
}

/** Which phase of a run is under way, for the time limit's error. */
class RunPhase {
    /** Whether the program is running (`preview`). */
    program = false;
    /** Where the packs are: starting until every pack has started, then evaluating. */
    packs: Phase = "pack start";

    /** The phase the time limit names: the program's run while it lasts, else the packs'. */
    get current(): Phase {
        return this.program ? "program run" : this.packs;
    }
}

/** The evaluation options the global flags give. */
function evaluateOptions(opts: EvaluationFlags, progress: Progress, phase: RunPhase) {
    return {
        packCache: opts.packCache !== false,
        skipNoopRemediate: opts.alwaysRemediate !== true,
        concurrency: opts.concurrency,
        preEncode: opts.preEncode !== false,
        // The command's time limit bounds the start (see TimeLimit); the pack's own limit only backs it up.
        startTimeoutMs: (opts.timeout ?? DEFAULT_TIMEOUT_MS) + 5_000,
        onProgress: (p: EvaluationProgress) => {
            phase.packs = p.phase === "start" ? "pack start" : "pack evaluation";
            progress.update(progressText(p), progressStage(p));
        },
    };
}

/** The global flags that shape an evaluation. */
type EvaluationFlags = Pick<GlobalOptions, "packCache" | "alwaysRemediate" | "concurrency" | "preEncode" | "engineExact"> & { timeout?: number };

/**
 * Evaluates the packs on a stack that is already complete; `meanwhile` runs on this thread once the
 * packs are starting (the evaluation itself waits on them).
 */
async function evaluate(
    stack: StackRecord,
    packs: PackSpec[],
    opts: EvaluationFlags,
    progress: Progress,
    limit: TimeLimit,
    phase: RunPhase,
    meanwhile?: () => void,
): Promise<{ result: EvaluationResult; ms: number }> {
    const started = Date.now();
    let session: EvaluationSession | undefined;
    try {
        if (inProcessEligible(packs, opts)) {
            meanwhile?.();
            meanwhile = undefined;
            const fast = inProcessModule().evaluateOwnPack(stack, packs[0]);
            if (fast) {
                progress.log(`evaluated ${stack.resources.length} resources`);
                return { result: fast, ms: Date.now() - started };
            }
        }
        const { startEvaluation, identityOf } = protocolModules().evaluate;
        session = startEvaluation(identityOf(stack), packs, evaluateOptions(opts, progress, phase));
        for (const r of stack.resources) session.add(r);
        const result = await limit.race(waitWith(session.finish(stack), meanwhile));
        const ms = Date.now() - started;
        // The packs are done: stop them before the report is built, so that their memory is free.
        await session.close();
        progress.log(`evaluated ${stack.resources.length} resources`);
        return { result, ms };
    } catch (e) {
        throw evaluationError(e);
    } finally {
        await closeSession(session, limit);
    }
}

/**
 * Stops a session's packs. After the time limit the packs may be stuck: they are not waited for, and
 * die with the command (engine/supervisor.ts).
 */
async function closeSession(session: EvaluationSession | undefined, limit: TimeLimit): Promise<void> {
    if (!session) return;
    const closing = session.close();
    if (limit.expired) closing.catch(() => undefined);
    else await closing;
}

/** Awaits `promise`, running `meanwhile` first (after the pending callbacks, so that packs have spawned). */
async function waitWith<T>(promise: Promise<T>, meanwhile: (() => void) | undefined): Promise<T> {
    if (meanwhile) {
        promise.catch(() => undefined);
        await new Promise((resolve) => setImmediate(resolve));
        meanwhile();
    }
    return promise;
}

/** Writes `text` to a file or to stdout, waiting until it is flushed. */
async function emit(text: string, out: string | undefined, io: Io): Promise<void> {
    if (out) {
        // Through a temporary file renamed over the target: a failed write leaves the previous report intact.
        writeReportFile(path.resolve(io.cwd, out), text);
        return;
    }
    await writeStdout(text, io.stdout);
}

/** Writes the report to stdout; a reader that went away or a full device is a one-line error. */
async function writeStdout(text: string, stdout: Io["stdout"]): Promise<void> {
    // A failed write may also surface as an "error" event, now or on a later flush: never as a crash.
    const events = stdout as unknown as { on?: (e: string, f: (err: Error) => void) => void; off?: (e: string, f: (err: Error) => void) => void };
    let onError: (err: Error) => void = () => undefined;
    try {
        await new Promise<void>((resolve, reject) => {
            onError = reject;
            events.on?.("error", onError);
            stdout.write(text, (err) => (err ? reject(err) : resolve()));
        });
    } catch (e) {
        events.on?.("error", () => undefined);
        throw stdoutError(e);
    } finally {
        events.off?.("error", onError);
    }
}

/** The one-line error for a report that could not be written to stdout. */
export function stdoutError(e: unknown): CliError {
    const code = (e !== null && typeof e === "object" ? (e as { code?: unknown }).code : undefined) as string | undefined;
    if (code === "EPIPE" || code === "ERR_STREAM_DESTROYED") {
        return new CliError(
            "the report could not be written to stdout: the reader closed it before the report was complete (EPIPE)",
            "let the reader take the whole report, or write the report to a file with --out FILE",
            { cause: e },
        );
    }
    if (code === "ENOSPC") {
        return new CliError("the report could not be written to stdout: no space left on the device (ENOSPC)", "free some space, or write the report elsewhere with --out FILE", { cause: e });
    }
    return new CliError(`the report could not be written to stdout: ${code ?? messageOfThrown(e)}`, "write the report to a file with --out FILE", { cause: e });
}

/** The message of anything thrown (`null` included), as one line. */
function messageOfThrown(e: unknown): string {
    if (e instanceof Error) return oneLine(e.message || e.name);
    if (e === null || e === undefined) return `${String(e)} (not an Error)`;
    return oneLine(String(e));
}

/** Renders the report in the chosen format and writes it; returns the exit code. */
async function deliver(report: Report, analysis: ResilienceAnalysis, opts: GlobalOptions, io: Io): Promise<number> {
    let text: string;
    switch (opts.format) {
        case "mermaid":
            text = reportModules().mermaid.renderMermaidComment(analysis.drawing().model, analysis.simulation, analysis.capacity);
            break;
        case "json":
            text = renderJson(report);
            break;
        case "sarif":
            text = renderSarif(report);
            break;
        case "html": {
            const { renderResilienceSection, resilienceSectionProvider } = reportModules().analysis;
            text = renderHtml(report, [...SECTION_PROVIDERS, resilienceSectionProvider(await renderResilienceSection(analysis)), drillSectionProvider]);
            break;
        }
        default:
            text = renderText(report, { style: makeStyle(!opts.out && colorWanted(io.stdout, !opts.color, io.env)), cwd: io.cwd });
    }
    await emit(text, opts.out, io);
    if (opts.out && !opts.quiet) {
        const s = report.summary;
        io.stderr.write(`zonesafe: wrote ${opts.out} (${s.mandatory} mandatory, ${s.advisory} advisory; exit code ${report.result.exitCode})\n`);
    }
    return report.result.exitCode;
}

function checkOutput(opts: GlobalOptions): void {
    if (opts.format === "html" && !opts.out) {
        throw new CliError("--format html needs --out FILE", "add --out report.html");
    }
}

/** The options of `zonesafe preview`. */
export interface PreviewOptions extends GlobalOptions {
    cwd?: string;
    stack?: string;
    config: string[];
    secret: string[];
    /**
     * Whether resources are evaluated while the program registers them (default), or only once it has
     * finished (hidden `--no-streaming`; the results are the same).
     */
    streaming: boolean;
    /** The drill results shown beside the simulation (`--drill-results FILE|DIR`). */
    drillResults?: string;
}

/**
 * `zonesafe preview`: run the program, evaluate the packs, report. As in the engine, the packs start
 * with the program and each resource is remediated and analyzed as it registers (from a worker thread,
 * beside the program); AnalyzeStack runs once the program has finished.
 */
export async function previewCommand(opts: PreviewOptions, io: Io): Promise<number> {
    const t0 = Date.now();
    checkOutput(opts);
    const packs = packSpecs(opts, io.cwd);
    const project = loadProject(path.resolve(io.cwd, opts.cwd ?? "."));
    const settings = loadStack(project, opts.stack, parseOverrides(opts.config, opts.secret));
    const drills = drillResultsFor(opts.drillResults, io.cwd, { project: project.name, stack: settings.name });
    if (opts.out) checkReportTarget(opts.out, io.cwd, runInputs(packs, [project.file, settings.file, ...(project.main ? [path.resolve(project.dir, project.main)] : [])], [project.dir]));
    const progress = new Progress(io.stderr, !opts.quiet);
    const phase = new RunPhase();
    // The program runs on this thread: the limit's watchdog thread interrupts one that never yields.
    const limit = new TimeLimit(opts.timeout ?? DEFAULT_TIMEOUT_MS, () => phase.current, {
        guardMainThread: { line: (e) => redactKnown(errorLine(timeoutError(e))), exitCode: EXIT_USAGE },
    });
    let session: EvaluationSession | undefined;
    try {
        // zonesafe's own pack alone is evaluated in-process once the program has finished.
        const streaming = opts.streaming !== false && !inProcessEligible(packs, opts);
        if (streaming) {
            try {
                session = protocolModules().worker.startEvaluationInWorker(programIdentity(project, settings), packs, evaluateOptions(opts, progress, phase));
            } catch (e) {
                throw evaluationError(e);
            }
        }
        const evaluationStarted = Date.now();
        progress.update(`running the program of ${project.name}/${settings.name}`, "program");
        const live = session;
        phase.program = true;
        let run: Awaited<ReturnType<typeof runProgram>>;
        try {
            run = await limit.race(runProgram(project, settings, { programOutput: opts.quiet ? "drop" : "stderr", onRecord: live ? (r) => live.add(r) : undefined }));
        } catch (e) {
            throw e instanceof TimeoutError ? timeoutError(e) : e;
        }
        phase.program = false;
        progress.log(`the program registered ${run.stack.resources.length} resources`);
        let result: EvaluationResult;
        let ms: number;
        if (live) {
            try {
                // While the packs finish: free the program's garbage (the packs' AnalyzeStack is the
                // command's peak of memory), and load what the report needs.
                result = await limit.race(
                    waitWith(live.finish(run.stack), () => {
                        collectGarbage();
                        reportModules();
                    }),
                );
                // The packs are done: stop them before the report is built, so that their memory is free.
                await live.close();
            } catch (e) {
                throw evaluationError(e);
            }
            ms = Date.now() - evaluationStarted;
            progress.log(`evaluated ${run.stack.resources.length} resources`);
        } else {
            // As with the streaming path: free the program's garbage before the evaluation's peak.
            ({ result, ms } = await evaluate(run.stack, packs, opts, progress, limit, phase, () => {
                collectGarbage();
                reportModules();
            }));
        }
        await limit.stop();
        const { analyzeResilience, resilienceConfigOf, resilienceSummary } = reportModules().analysis;
        // The secrets as the program registered them: a remediation may have dropped a value's secret mark.
        const secrets = secretsOfStack(run.stack);
        const analysis = analyzeResilience(result.stack, result.findings, resilienceConfigOf(result), secrets);
        const source: ReportSource = { kind: "program", path: project.dir, entryFile: run.entryFile, stackFile: settings.file };
        const report = buildReport({
            command: "preview",
            source,
            evaluation: result,
            secrets,
            resilience: resilienceSummary(analysis),
            drills: drills?.drills,
            notes: [...run.notes, ...(drills?.notes ?? [])],
            programMs: run.durationMs,
            evaluationMs: ms,
            totalMs: Date.now() - t0,
        });
        progress.stop();
        return await deliver(report, analysis, opts, io);
    } finally {
        progress.stop();
        await limit.stop();
        await closeSession(session, limit);
    }
}

/** `zonesafe assess --state FILE`: import the state, evaluate the packs, report. */
export async function assessCommand(opts: GlobalOptions & { state: string; config: string[]; secret: string[]; drillResults?: string }, io: Io): Promise<number> {
    const t0 = Date.now();
    checkOutput(opts);
    const packs = packSpecs(opts, io.cwd);
    const imported = importState(path.resolve(io.cwd, opts.state));
    const drills = drillResultsFor(opts.drillResults, io.cwd, { project: imported.stack.project, stack: imported.stack.stack });
    if (opts.out) checkReportTarget(opts.out, io.cwd, runInputs(packs, [imported.file]));
    const stack = imported.stack;
    const secretKeys = new Set<string>();
    for (const o of parseOverrides(opts.config, opts.secret)) {
        const key = namespaced(o.key, stack.project);
        stack.config[key] = o.value;
        if (o.secret) secretKeys.add(key);
    }
    stack.configSecretKeys = [...secretKeys].sort();
    const progress = new Progress(io.stderr, !opts.quiet);
    const phase = new RunPhase();
    // Only zonesafe's code runs on this thread: the deadline's timer needs no watchdog thread.
    const limit = new TimeLimit(opts.timeout ?? DEFAULT_TIMEOUT_MS, () => phase.current);
    try {
        const { result, ms } = await evaluate(stack, packs, opts, progress, limit, phase, reportModules);
        await limit.stop();
        const { analyzeResilience, resilienceConfigOf, resilienceSummary } = reportModules().analysis;
        // The secrets as the state holds them: a remediation may have dropped a value's secret mark.
        const secrets = secretsOfStack(stack);
        const analysis = analyzeResilience(result.stack, result.findings, resilienceConfigOf(result), secrets);
        const report = buildReport({
            command: "assess",
            source: { kind: imported.kind, path: imported.file },
            evaluation: result,
            secrets,
            resilience: resilienceSummary(analysis),
            drills: drills?.drills,
            notes: [...imported.notes, ...(drills?.notes ?? [])],
            evaluationMs: ms,
            totalMs: Date.now() - t0,
        });
        progress.stop();
        return await deliver(report, analysis, opts, io);
    } finally {
        progress.stop();
        await limit.stop();
    }
}

/** Builds the command-line parser; `run` receives each command's merged options. */
export function buildProgram(io: Io, setExit: (code: number) => void): Command {
    const program = new Command("zonesafe");
    program
        .description("The Pulumi policy check without credentials: offline preview, assessment of deployed stacks, reports for pull requests.")
        .version(toolVersion(), "-V, --version")
        .addOption(new Option("--format <format>", "report format").choices(FORMATS).default("text"))
        .option("--out <file>", "write the report to FILE instead of stdout (required for html)")
        .option("--policy-pack <dir>", "a policy pack to evaluate (repeatable; default: zonesafe's own pack)", collect, [])
        .option("--policy-pack-config <file>", "a JSON config for the policy pack in the same position (repeatable)", collect, [])
        .option("--no-color", "never color the text report")
        .option("-q, --quiet", "print only the report and errors (no progress, notes or program output)", false)
        .option("--no-pack-cache", "start each policy pack exactly as the engine does, type-checked by ts-node, instead of from its compiled copy")
        .option("--always-remediate", "call Remediate on every resource, even on packs where no policy remediates (the results are the same)")
        .option("--engine-exact", "evaluate zonesafe's own pack through the analyzer protocol in a pack process, as the Pulumi engine does, instead of in-process (the results are the same)")
        .addOption(
            new Option("--timeout <duration>", "time limit for the program run and the policy evaluation together (90s, 10m, 1h; plain numbers are seconds)")
                .argParser(durationOption)
                .default(DEFAULT_TIMEOUT_MS, formatDuration(DEFAULT_TIMEOUT_MS)),
        )
        .addOption(new Option("--concurrency <n>", "resources evaluated at once").argParser(positiveInteger).default(DEFAULT_CONCURRENCY).hideHelp())
        .addOption(new Option("--no-pre-encode", "build the analyzer requests as google-protobuf messages (the results are the same)").hideHelp())
        .showHelpAfterError(false)
        .exitOverride()
        .configureOutput({
            writeOut: (s) => io.stdout.write(s),
            writeErr: (s) => io.stderr.write(s),
            outputError: () => undefined,
        });

    program
        .command("preview")
        .description("run the Pulumi program of a project offline and check what it would deploy")
        .option("--cwd <dir>", "the project directory, holding Pulumi.yaml (default: the current directory)")
        .option("-s, --stack <name>", "the stack whose Pulumi.<stack>.yaml configures the run (default: the only one)")
        .option("-c, --config <key=value>", "set or override a config value (repeatable)", collect, [])
        .option("--secret <key=value>", "set a secret config value, e.g. one that cannot be decrypted offline (repeatable)", collect, [])
        .addOption(new Option("--no-streaming", "evaluate the resources only once the program has finished").hideHelp())
        .option("--drill-results <path>", "show the latest drill results (zonesafe drill run) of the stack, from a result file or a folder of them, beside the AZ-failure simulation")
        .action(async (_o, cmd: Command) => setExit(await previewCommand(cmd.optsWithGlobals(), io)));

    program
        .command("assess")
        .description("check a deployed stack (pulumi stack export) or a pulumi preview --json document")
        .requiredOption("--state <file>", "the output of `pulumi stack export` or `pulumi preview --json`")
        .option("-c, --config <key=value>", "set a stack config value the packs read, e.g. zonesafe:environment=production (repeatable)", collect, [])
        .option("--secret <key=value>", "set a secret stack config value (repeatable)", collect, [])
        .option("--drill-results <path>", "show the latest drill results (zonesafe drill run) of the stack, from a result file or a folder of them, beside the AZ-failure simulation")
        .action(async (_o, cmd: Command) => setExit(await assessCommand(cmd.optsWithGlobals(), io)));

    registerEventCommands(program, io, setExit);
    registerDrillCommands(program, io, setExit);
    registerNodeGuardCommands(program, io, setExit);
    return program;
}

/** Runs the command with `argv` (user arguments only) and returns the exit code; never throws. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }): Promise<number> {
    let code = 0;
    const program = buildProgram(io, (c) => (code = c));
    if (argv.length === 0) {
        io.stderr.write(program.helpInformation());
        io.stderr.write("zonesafe: no command given (run zonesafe preview or zonesafe assess --state FILE)\n");
        return EXIT_USAGE;
    }
    // The real process only: a caller that passes its own streams keeps its own process handlers.
    const release = io.stdout === process.stdout ? guardProcess(io) : () => undefined;
    try {
        await program.parseAsync(argv, { from: "user" });
        return code;
    } catch (e) {
        if (e instanceof CommanderError) {
            if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return e.exitCode === 0 ? 0 : EXIT_USAGE;
            const problem = e.message.replace(/^error:\s*/, "");
            io.stderr.write(errorLine(new CliError(problem, "run zonesafe --help for the usage")) + "\n");
            return EXIT_USAGE;
        }
        io.stderr.write(redactKnown(errorLine(e)) + "\n");
        if (debugEnabled(io.env)) {
            const err = e instanceof CliError && e.cause instanceof Error ? e.cause : e;
            io.stderr.write(`${redactKnown(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`);
        }
        return EXIT_USAGE;
    } finally {
        release();
    }
}

/**
 * While the command runs, a program (or anything else in this process) cannot end it behind its back:
 * `process.exit` from the program, an unhandled rejection once the program has finished (while it runs,
 * the recorder reports it as the program's failure) and an uncaught exception each end the command
 * with exit code 2 and one `zonesafe: <problem> (<fix>)` line. The children die with it
 * (engine/supervisor.ts). Returns the function that puts the process's own behaviour back.
 */
function guardProcess(io: Io): () => void {
    const realExit = process.exit;
    const fatal = (problem: string, fix: string, cause?: unknown): never => {
        try {
            io.stderr.write(redactKnown(errorLine(new CliError(problem, fix))) + "\n");
            if (debugEnabled(io.env) && cause instanceof Error) io.stderr.write(`${redactKnown(cause.stack ?? cause.message)}\n`);
        } catch {
            // stderr is gone: the exit code still tells.
        }
        return realExit.call(process, EXIT_USAGE);
    };
    const exit = (code?: number | string | null): never =>
        fatal(
            `the program called process.exit(${code === undefined ? "" : JSON.stringify(code)}) before zonesafe finished`,
            "a Pulumi program must not end the process: remove the call, or throw an Error to fail the run",
        );
    const onRejection = (reason: unknown) => {
        if (isRecording()) return;
        fatal(
            `a promise was rejected and nothing handled the rejection: ${messageOfThrown(reason)}`,
            "handle it in the program (await the promise or add .catch); ZONESAFE_DEBUG=1 shows the stack trace",
            reason,
        );
    };
    const onException = (e: unknown) =>
        fatal(`an uncaught error ended the run: ${messageOfThrown(e)}`, "if the program throws it, fix the program; ZONESAFE_DEBUG=1 shows the stack trace", e);
    process.exit = exit as typeof process.exit;
    process.on("unhandledRejection", onRejection);
    process.on("uncaughtException", onException);
    return () => {
        process.exit = realExit;
        process.off("unhandledRejection", onRejection);
        process.off("uncaughtException", onException);
    };
}
