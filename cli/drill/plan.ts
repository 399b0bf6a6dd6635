/**
 * `zonesafe drill plan`: the drill plan of a stack, offline. Like `zonesafe preview`, it runs the
 * project's program under the embedded engine (the same project, stack and run functions), or, like
 * `zonesafe assess`, reads a state file (`--state`, cloud ids known); builds the pack's topology and
 * AZ-failure simulation; plans the experiments (@zonesafe/drills); and prints the plan as JSON
 * (`zonesafe.drill-plan/v1`), YAML or a Markdown runbook. No policy is evaluated and nothing is injected.
 */
import * as path from "path";
import { stringify } from "yaml";
import type { ZoneLabel } from "@zonesafe/drills/chaosMesh";
import type { DrillPlan } from "@zonesafe/drills/plan";
import { planDrills, planOptionProblems, PlanOptions } from "@zonesafe/drills/planner";
import { renderRunbook } from "@zonesafe/drills/runbook";
import type { StackRecord } from "@zonesafe/engine/types";
import { formatDuration, TimeLimit, TimeoutError } from "@zonesafe/engine/supervisor";
import { AZ_FAILURE_POLICY, azFailureConfig } from "@zonesafe/policies/resilience/policies";
import { CliError, errorLine, EXIT_OK, EXIT_USAGE } from "../errors";
import { checkReportTarget, readTextFile, runInputs, writeReportFile } from "../files";
import { loadProject, loadStack, parseOverrides } from "../project";
import { Redactor, redactKnown, secretsOfStack } from "../redact";
import { runProgram } from "../run";
import { importState, parseJsonFile } from "../state";
import { drillSubjectOfStack } from "./subject";

/** The formats of a drill plan. */
export const DRILL_PLAN_FORMATS = ["json", "yaml", "md"] as const;
/** A drill plan format. */
export type DrillPlanFormat = (typeof DRILL_PLAN_FORMATS)[number];

/** Where the command writes (the command's `Io`). */
export interface DrillIo {
    stdout: NodeJS.WritableStream & { isTTY?: boolean };
    stderr: NodeJS.WritableStream & { isTTY?: boolean };
    cwd: string;
    env: NodeJS.ProcessEnv;
}

/** The options of `zonesafe drill plan` (its own and the global ones it reads). */
export interface DrillPlanOptions {
    /** The plan format; `undefined` prints JSON. */
    format?: string;
    out?: string;
    quiet?: boolean;
    /** The time limit of the program run, milliseconds. */
    timeout?: number;
    policyPackConfig?: string[];
    cwd?: string;
    stack?: string;
    state?: string;
    config?: string[];
    secret?: string[];
    checkUrl?: string;
    namespace?: string;
    zoneLabel?: string;
    /** How long a zone stays lost, milliseconds (`--duration`). */
    duration?: number;
    /** Time between two probes of a status check, milliseconds (`--check-interval`). */
    checkInterval?: number;
    /** The database of the data drills' heartbeat rows (`--drill-database`). */
    drillDatabase?: string;
    /** The time the plan is stamped with (tests). */
    now?: Date;
}

/** The flag each planning option comes from, for messages. */
const FLAGS: Readonly<Record<string, string>> = {
    checkUrl: "--check-url",
    namespace: "--namespace",
    zoneLabel: "--zone-label",
    durationSeconds: "--duration",
    checkIntervalSeconds: "--check-interval",
    drillDatabase: "--drill-database",
    now: "--now",
};

/** The AZ-failure policy's properties in a `--policy-pack-config` file (its targets), `{}` when it has none. */
export function azFailureConfigOf(files: readonly string[], cwd: string): Record<string, unknown> {
    for (const f of files) {
        const file = path.resolve(cwd, f);
        const fix = "pass --policy-pack-config with the pack's JSON config, e.g. {\"zonesafe-az-failure-simulation\": {\"rtoSeconds\": 600}}";
        const doc = parseJsonFile(file, readTextFile(file, "the policy pack config", fix), fix);
        const entry = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>)[AZ_FAILURE_POLICY] : undefined;
        if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
            const { enforcementLevel: _level, ...properties } = entry as Record<string, unknown>;
            // The targets the hypotheses state: a value the policy would not take is refused, not replaced by its default.
            const parsed = azFailureConfig.parse(properties) as unknown as Record<string, unknown>;
            for (const key of ["rtoSeconds", "rpoSecondsData"]) {
                if (key in properties && parsed[key] !== properties[key]) {
                    throw new CliError(
                        `${file}: ${AZ_FAILURE_POLICY}.${key} is ${JSON.stringify(properties[key])}, not a number of seconds the policy takes`,
                        `set ${key} to a whole number of seconds of at least 0, e.g. ${key === "rtoSeconds" ? 900 : 0}`,
                    );
                }
            }
            return properties;
        }
    }
    return {};
}

/** The stack's records: the program run offline, or the state file read. */
async function stackOf(opts: DrillPlanOptions, io: DrillIo, checkInputs: (files: string[], dirs: string[]) => void): Promise<{ stack: StackRecord; source: "program" | "state" }> {
    if (opts.state !== undefined) {
        if (opts.stack !== undefined || opts.cwd !== undefined) {
            throw new CliError("--state reads a deployed stack and cannot be combined with --stack or --cwd", "give either --state FILE or the project's --stack (and --cwd)");
        }
        const imported = importState(path.resolve(io.cwd, opts.state));
        checkInputs([imported.file], []);
        return { stack: imported.stack, source: "state" };
    }
    const project = loadProject(path.resolve(io.cwd, opts.cwd ?? "."));
    const settings = loadStack(project, opts.stack, parseOverrides(opts.config ?? [], opts.secret ?? []));
    checkInputs([project.file, settings.file, ...(project.main ? [path.resolve(project.dir, project.main)] : [])], [project.dir]);
    const limit = new TimeLimit(opts.timeout ?? 10 * 60_000, () => "program run", {
        guardMainThread: { line: (e) => redactKnown(errorLine(programTimeout(e))), exitCode: EXIT_USAGE },
    });
    try {
        const run = await limit.race(runProgram(project, settings, { programOutput: opts.quiet ? "drop" : "stderr" }));
        return { stack: run.stack, source: "program" };
    } catch (e) {
        throw e instanceof TimeoutError ? programTimeout(e) : e;
    } finally {
        await limit.stop();
    }
}

/** The one-line error of a program that ran out of time. */
function programTimeout(e: TimeoutError): CliError {
    return new CliError(
        `the program run did not finish within the time limit of ${formatDuration(e.ms)}`,
        `make the program finish (a promise that never settles, a timer left running or an endless loop keeps it going), or allow more time with --timeout, e.g. --timeout ${formatDuration(e.ms * 2)}`,
        { cause: e },
    );
}

/** The planning options the flags give; a refused one is a one-line error naming the flag, its rule and the fix. */
export function planOptionsOf(opts: DrillPlanOptions): PlanOptions {
    const options: PlanOptions = {
        ...(opts.now ? { now: opts.now } : {}),
        ...(opts.checkUrl !== undefined ? { checkUrl: opts.checkUrl } : {}),
        ...(opts.namespace !== undefined ? { namespace: opts.namespace } : {}),
        ...(opts.zoneLabel !== undefined ? { zoneLabel: opts.zoneLabel as ZoneLabel } : {}),
        ...(opts.duration !== undefined ? { durationSeconds: Math.round(opts.duration / 1000) } : {}),
        ...(opts.checkInterval !== undefined ? { checkIntervalSeconds: Math.round(opts.checkInterval / 1000) } : {}),
        ...(opts.drillDatabase !== undefined ? { drillDatabase: opts.drillDatabase } : {}),
    };
    const problems = planOptionProblems(options);
    if (problems.length > 0) {
        const p = problems[0];
        throw new CliError(`${FLAGS[p.field] ?? p.field} ${p.rule.replace(/^must be an integer between (\d+) and (\d+)$/, "must be between $1 and $2 seconds")}`, p.fix);
    }
    return options;
}

/** A plan as text in `format`. */
export function renderPlan(plan: DrillPlan, format: DrillPlanFormat): string {
    switch (format) {
        case "yaml":
            return stringify(plan, { lineWidth: 0 });
        case "md":
            return renderRunbook(plan);
        default:
            return `${JSON.stringify(plan, null, 2)}\n`;
    }
}

/** The plan format asked for: JSON unless `--format` names one of {@link DRILL_PLAN_FORMATS}. */
export function planFormatOf(format: string | undefined): DrillPlanFormat {
    if (format === undefined) return "json";
    if ((DRILL_PLAN_FORMATS as readonly string[]).includes(format)) return format as DrillPlanFormat;
    throw new CliError(`--format ${format} is not a drill plan format`, `use --format ${DRILL_PLAN_FORMATS.join(", --format ")}`);
}

/** Writes text to stdout, waiting until it is flushed; a failed write is a one-line error. */
async function writeStdout(text: string, stdout: DrillIo["stdout"]): Promise<void> {
    try {
        await new Promise<void>((resolve, reject) => stdout.write(text, (err) => (err ? reject(err) : resolve())));
    } catch (e) {
        const code = (e as { code?: string }).code;
        throw new CliError(`the plan could not be written to stdout${code ? ` (${code})` : ""}`, "write the plan to a file with --out FILE", { cause: e });
    }
}

/** `zonesafe drill plan`: plan, render, write; returns the exit code. */
export async function drillPlanCommand(opts: DrillPlanOptions, io: DrillIo): Promise<number> {
    const format = planFormatOf(opts.format);
    const options = planOptionsOf(opts);
    const azFailure = azFailureConfigOf(opts.policyPackConfig ?? [], io.cwd);
    if (opts.state !== undefined && (opts.config?.length || opts.secret?.length)) {
        throw new CliError("--config and --secret set the program's configuration and cannot be combined with --state", "drop them, or plan from the program with --stack");
    }
    const configs = (opts.policyPackConfig ?? []).map((f) => path.resolve(io.cwd, f));
    const { stack, source } = await stackOf(opts, io, (files, dirs) => {
        if (opts.out) checkReportTarget(opts.out, io.cwd, runInputs([], [...files, ...configs], dirs));
    });
    const plan = new Redactor(secretsOfStack(stack)).deep(planDrills(drillSubjectOfStack(stack, source, azFailure), options));
    const text = renderPlan(plan, format);
    if (opts.out) {
        writeReportFile(path.resolve(io.cwd, opts.out), text);
        if (!opts.quiet) {
            const data = plan.experiments.filter((e) => e.kind !== "az-loss").length;
            io.stderr.write(`zonesafe: wrote ${opts.out} (${plan.experiments.length - data} zone experiments, ${data} data drills)\n`);
        }
    } else {
        await writeStdout(text, io.stdout);
    }
    return EXIT_OK;
}
