/**
 * The `zonesafe` command: the policy check without credentials.
 *
 * - `zonesafe preview` runs a Pulumi TypeScript program under the embedded engine and evaluates the
 *   policy packs on what it would deploy, as `pulumi preview --policy-pack` does.
 * - `zonesafe assess --state FILE` evaluates them on a deployed stack (`pulumi stack export`) or on a
 *   `pulumi preview --json` document.
 *
 * Exit codes: 0 when no mandatory violation remains, 1 when one does, 2 for a usage, input or program
 * error (one line on stderr: `zonesafe: <problem> (<fix>)`; `ZONESAFE_DEBUG=1` adds the stack trace).
 */
import * as fs from "fs";
import * as path from "path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DEFAULT_CONCURRENCY, EvaluationProgress, EvaluationResult, EvaluationSession, identityOf, PackSpec, startEvaluation } from "../engine/evaluate";
import { startEvaluationInWorker } from "../engine/evaluateWorker";
import { collectGarbage } from "../engine/record";
import type { StackRecord } from "../engine/types";
import { CliError, debugEnabled, errorLine, EXIT_USAGE, messageOf, oneLine } from "./errors";
import { loadProject, loadStack, namespaced, parseOverrides } from "./project";
import { programIdentity, runProgram } from "./run";
import { importState } from "./state";
import { colorWanted, makeStyle, Progress, stripAnsi } from "./term";
import { buildReport, Report, ReportSource, toolVersion } from "./report/model";
import { renderText } from "./report/text";
import { renderSarif } from "./report/sarif";
import type * as AnalysisModule from "./analysis";
import type { ResilienceAnalysis } from "./analysis";
import { renderHtml } from "./report/html";
import type * as MermaidModule from "./report/mermaid";
import { SECTION_PROVIDERS } from "./report/sections";

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

/** The policy pack evaluated when no `--policy-pack` is given: this package's `policies/`. */
export const DEFAULT_POLICY_PACK = path.resolve(__dirname, "..", "policies");

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
}

/** Where the command writes; tests substitute their own. */
export interface Io {
    stdout: NodeJS.WritableStream & { isTTY?: boolean };
    stderr: NodeJS.WritableStream & { isTTY?: boolean };
    cwd: string;
    env: NodeJS.ProcessEnv;
}

const collect = (value: string, previous: string[]) => [...previous, value];

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
        if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
            throw new CliError(`the policy pack config ${file} does not exist`, "pass --policy-pack-config with a JSON file");
        }
    }
    return dirs.map((dir, i) => (configs[i] ? { dir, configFile: configs[i] } : { dir }));
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

/**
 * A one-line error for a failed evaluation. A pack that dies reports its stderr tail over many lines:
 * keep the first line, the first error line of the tail, and the closing hint as the fix.
 */
export function evaluationError(e: unknown): CliError {
    const lines = stripAnsi(e instanceof Error ? e.message : String(e))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "");
    const fallbackFix = "fix the policy pack or its config; ZONESAFE_DEBUG=1 shows the details";
    if (lines.length <= 2) return new CliError(`the policy check failed: ${oneLine(lines.join(" "))}`, fallbackFix, { cause: e });
    const first = lines[0].replace(/\s*Its stderr ends with:$/, "");
    const detail = lines.slice(1, -1).find((l) => /\b(TSError|error TS\d+|[A-Za-z]*Error)\b/.test(l));
    const hint = lines[lines.length - 1];
    return new CliError(`the policy check failed: ${first}${detail ? ` ${detail}` : ""}`, hint.length <= 240 ? hint : fallbackFix, { cause: e });
}

/** The evaluation options the global flags give. */
function evaluateOptions(opts: EvaluationFlags, progress: Progress) {
    return {
        packCache: opts.packCache !== false,
        skipNoopRemediate: opts.alwaysRemediate !== true,
        concurrency: opts.concurrency,
        onProgress: (p: EvaluationProgress) => progress.update(progressText(p)),
    };
}

/** The global flags that shape an evaluation. */
type EvaluationFlags = Pick<GlobalOptions, "packCache" | "alwaysRemediate" | "concurrency">;

/**
 * Evaluates the packs on a stack that is already complete; `meanwhile` runs on this thread once the
 * packs are starting (the evaluation itself waits on them).
 */
async function evaluate(
    stack: StackRecord,
    packs: PackSpec[],
    opts: EvaluationFlags,
    progress: Progress,
    meanwhile?: () => void,
): Promise<{ result: EvaluationResult; ms: number }> {
    const started = Date.now();
    let session: EvaluationSession | undefined;
    try {
        session = startEvaluation(identityOf(stack), packs, evaluateOptions(opts, progress));
        for (const r of stack.resources) session.add(r);
        const result = await waitWith(session.finish(stack), meanwhile);
        const ms = Date.now() - started;
        // The packs are done: stop them before the report is built, so that their memory is free.
        await session.close();
        return { result, ms };
    } catch (e) {
        if (e instanceof CliError) throw e;
        throw evaluationError(e);
    } finally {
        await session?.close();
    }
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
        const file = path.resolve(io.cwd, out);
        try {
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, text);
        } catch (e) {
            throw new CliError(`cannot write ${file}: ${messageOf(e)}`, "pass --out with a writable path");
        }
        return;
    }
    await new Promise<void>((resolve, reject) => io.stdout.write(text, (err) => (err ? reject(err) : resolve())));
}

/** Renders the report in the chosen format and writes it; returns the exit code. */
async function deliver(report: Report, analysis: ResilienceAnalysis, opts: GlobalOptions, io: Io): Promise<number> {
    let text: string;
    switch (opts.format) {
        case "mermaid":
            text = reportModules().mermaid.renderMermaidComment(analysis.drawing().model, analysis.simulation, analysis.capacity);
            break;
        case "json":
            text = JSON.stringify(report, null, 2) + "\n";
            break;
        case "sarif":
            text = renderSarif(report);
            break;
        case "html": {
            const { renderResilienceSection, resilienceSectionProvider } = reportModules().analysis;
            text = renderHtml(report, [...SECTION_PROVIDERS, resilienceSectionProvider(await renderResilienceSection(analysis))]);
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
    const progress = new Progress(io.stderr, !opts.quiet);
    let session: EvaluationSession | undefined;
    try {
        const streaming = opts.streaming !== false;
        if (streaming) {
            try {
                session = startEvaluationInWorker(programIdentity(project, settings), packs, evaluateOptions(opts, progress));
            } catch (e) {
                throw e instanceof CliError ? e : evaluationError(e);
            }
        }
        const evaluationStarted = Date.now();
        progress.update(`running the program of ${project.name}/${settings.name}`);
        const live = session;
        const run = await runProgram(project, settings, { programOutput: opts.quiet ? "drop" : "stderr", onRecord: live ? (r) => live.add(r) : undefined });
        let result: EvaluationResult;
        let ms: number;
        if (live) {
            try {
                // While the packs finish: free the program's garbage (the packs' AnalyzeStack is the
                // command's peak of memory), and load what the report needs.
                result = await waitWith(live.finish(run.stack), () => {
                    collectGarbage();
                    reportModules();
                });
                // The packs are done: stop them before the report is built, so that their memory is free.
                await live.close();
            } catch (e) {
                throw e instanceof CliError ? e : evaluationError(e);
            }
            ms = Date.now() - evaluationStarted;
        } else {
            ({ result, ms } = await evaluate(run.stack, packs, opts, progress, reportModules));
        }
        const { analyzeResilience, resilienceConfigOf, resilienceSummary } = reportModules().analysis;
        const analysis = analyzeResilience(result.stack, result.findings, resilienceConfigOf(result));
        const source: ReportSource = { kind: "program", path: project.dir, entryFile: run.entryFile, stackFile: settings.file };
        const report = buildReport({
            command: "preview",
            source,
            evaluation: result,
            resilience: resilienceSummary(analysis),
            notes: run.notes,
            programMs: run.durationMs,
            evaluationMs: ms,
            totalMs: Date.now() - t0,
        });
        progress.stop();
        return await deliver(report, analysis, opts, io);
    } finally {
        progress.stop();
        await session?.close();
    }
}

/** `zonesafe assess --state FILE`: import the state, evaluate the packs, report. */
export async function assessCommand(opts: GlobalOptions & { state: string; config: string[]; secret: string[] }, io: Io): Promise<number> {
    const t0 = Date.now();
    checkOutput(opts);
    const packs = packSpecs(opts, io.cwd);
    const imported = importState(path.resolve(io.cwd, opts.state));
    const stack = imported.stack;
    const secretKeys = new Set<string>();
    for (const o of parseOverrides(opts.config, opts.secret)) {
        const key = namespaced(o.key, stack.project);
        stack.config[key] = o.value;
        if (o.secret) secretKeys.add(key);
    }
    stack.configSecretKeys = [...secretKeys].sort();
    const progress = new Progress(io.stderr, !opts.quiet);
    try {
        const { result, ms } = await evaluate(stack, packs, opts, progress, reportModules);
        const { analyzeResilience, resilienceConfigOf, resilienceSummary } = reportModules().analysis;
        const analysis = analyzeResilience(result.stack, result.findings, resilienceConfigOf(result));
        const report = buildReport({
            command: "assess",
            source: { kind: imported.kind, path: imported.file },
            evaluation: result,
            resilience: resilienceSummary(analysis),
            notes: imported.notes,
            evaluationMs: ms,
            totalMs: Date.now() - t0,
        });
        progress.stop();
        return await deliver(report, analysis, opts, io);
    } finally {
        progress.stop();
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
        .addOption(new Option("--concurrency <n>", "resources evaluated at once").argParser(positiveInteger).default(DEFAULT_CONCURRENCY).hideHelp())
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
        .action(async (_o, cmd: Command) => setExit(await previewCommand(cmd.optsWithGlobals(), io)));

    program
        .command("assess")
        .description("check a deployed stack (pulumi stack export) or a pulumi preview --json document")
        .requiredOption("--state <file>", "the output of `pulumi stack export` or `pulumi preview --json`")
        .option("-c, --config <key=value>", "set a stack config value the packs read, e.g. zonesafe:environment=production (repeatable)", collect, [])
        .option("--secret <key=value>", "set a secret stack config value (repeatable)", collect, [])
        .action(async (_o, cmd: Command) => setExit(await assessCommand(cmd.optsWithGlobals(), io)));

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
        io.stderr.write(errorLine(e) + "\n");
        if (debugEnabled(io.env)) {
            const err = e instanceof CliError && e.cause instanceof Error ? e.cause : e;
            io.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        }
        return EXIT_USAGE;
    }
}
