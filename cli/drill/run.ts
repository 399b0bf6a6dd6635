/**
 * `zonesafe drill run --plan FILE --experiment ID --confirm [--production]`: runs one experiment of a
 * drill plan against the real cloud (or `--endpoint`), measures each hypothesis and writes a result
 * file of measured against expected values (results.ts).
 *
 * Before anything is changed or any API is called, it refuses — exit code 2, one line — a plan file that
 * is not a valid `zonesafe.drill-plan/v1` document, an experiment the plan does not hold (naming those
 * it does), a production stack without `--production`, a run without `--confirm`, an experiment this
 * runner does not execute, missing credentials or connection details, and an API endpoint that does
 * not accept a connection; for a zone's loss (`az-loss-<zone>`, runner/zoneDrill.ts) also a value the plan
 * holds as a placeholder and no `--resolve` gives, a missing Kubernetes API or token, an API server that
 * does not accept a connection, and a health URL that does not answer 2xx before the drill. Otherwise it
 * injects the fault, polls until recovery, measures, writes the
 * result and exits 0 when every hypothesis held, 1 (naming each that failed, with its measured value)
 * when one did not. Secrets (the API key, the database password) are never printed.
 */
import { randomUUID } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { Command, InvalidArgumentError, Option } from "commander";
import YAML from "yaml";
import { isPlaceholder, type DrillExperiment, type DrillPlan, type DrillStep } from "@zonesafe/drills";
import { isProductionName } from "@zonesafe/policies/levels";
import { CliError, EXIT_OK, EXIT_VIOLATIONS, messageOf } from "../errors";
import { KNOWN_SECRETS } from "../redact";
import { toolVersion } from "../report/model";
import { buildResult, buildZoneResult, defaultResultFile, DRILL_PLAN_SCHEMA_FILE, schemaErrors, schemaValidator, writeResultFile, type DrillResult, type HypothesisResult } from "./results";
import { realClock, type Clock } from "./runner/clock";
import { CdbDrillClient, credentialsFrom, endpointAddress, probeEndpoint } from "./runner/cloud";
import { DATA_DRILL_DEFAULTS, DATA_DRILL_KINDS, runDataDrill, type DataDrillKind, type DataDrillOptions, type DataDrillTarget } from "./runner/dataDrill";
import { parseMysqlUrl } from "./runner/database";
import { CfgDrillClient } from "./runner/cfg";
import { KubeClient, kubeAccess, probeAddress } from "./runner/kubernetes";
import { healthy, runZoneDrill, unresolvedBeforeStart, type ZoneDrillOptions } from "./runner/zoneDrill";

/** Where the command writes (the same shape as the main command's). */
export interface RunIo {
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
    cwd: string;
    env: NodeJS.ProcessEnv;
}

/** The options of `zonesafe drill run`. */
export interface RunOptions {
    plan: string;
    experiment: string;
    confirm?: boolean;
    production?: boolean;
    endpoint?: string;
    region?: string;
    mysql?: string;
    instanceId?: string;
    isolationSecurityGroup?: string[];
    /** The result file (the global `--out`). */
    out?: string;
    quiet?: boolean;
    beats?: number;
    beatInterval?: number;
    pollInterval?: number;
    recoveryTimeout?: number;
    /** az-loss: the service's health URL (else the plan's). */
    checkUrl?: string;
    /** az-loss: probes in a row that must answer 2xx. */
    checkSuccesses?: number;
    /** az-loss: the Kubernetes API server and its CA. */
    kubeApi?: string;
    kubeCa?: string;
    /** Placeholder values, `WHAT=VALUE` (`clb.instance-id:web-clb=lb-123`). */
    resolve?: string[];
}

/** What tests substitute: the clock and the time stamps. */
export interface RunDeps {
    clock?: Clock;
    now?: () => Date;
}

const PLAN_FIX = "pass --plan with the JSON or YAML that `zonesafe drill plan --format json|yaml` printed";

/** Reads and validates a plan file (JSON or YAML); a CliError naming the problem otherwise. */
export function loadPlan(file: string): DrillPlan {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new CliError(`the plan ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, PLAN_FIX);
    }
    let doc: unknown;
    try {
        doc = /\.ya?ml$/i.test(file) ? YAML.parse(text) : JSON.parse(text);
    } catch (e) {
        throw new CliError(`the plan ${file} is not ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}: ${(e as Error).message}`, PLAN_FIX);
    }
    const v = schemaValidator(DRILL_PLAN_SCHEMA_FILE);
    if (!v(doc)) throw new CliError(`the plan ${file} is not a valid zonesafe.drill-plan/v1 document: ${schemaErrors(v)}`, PLAN_FIX);
    return doc as DrillPlan;
}

/** Whether the plan's stack is a production one: a `production` flag on its stack when the plan has one, else its name (`prod`, `retail-prod`). */
export function isProductionPlan(plan: DrillPlan): boolean {
    const declared = (plan.stack as { production?: unknown }).production;
    return typeof declared === "boolean" ? declared : isProductionName(plan.stack.stack);
}

const stepOf = (e: DrillExperiment, action: DrillStep["action"]) => e.steps.find((s) => s.action === action);
const param = (s: DrillStep | undefined, key: string) => s?.parameters[key];
const text = (v: unknown) => (typeof v === "string" && !isPlaceholder(v) ? v : undefined);

/** The data drill's target from the experiment and the flags that resolve its placeholders; a CliError naming what is missing. */
export function dataTarget(e: DrillExperiment, opts: RunOptions): DataDrillTarget {
    const kind = e.kind as DataDrillKind;
    const planned = e.instance?.id;
    const instanceId = opts.instanceId ?? text(planned);
    if (instanceId === undefined) {
        throw new CliError(`the plan does not know the TencentDB instance id of ${e.instance?.name ?? e.id} (${planned ?? "none"})`, "pass --instance-id cdb-… (the id DescribeDBInstances lists)");
    }
    const heartbeat = stepOf(e, "heartbeat-start");
    const database = text(param(heartbeat, "database"));
    if (database === undefined) throw new CliError(`the experiment ${e.id} names no drill database in its heartbeat-start step`, "plan it again with zonesafe drill plan");
    const target: DataDrillTarget = { kind, instanceId, database, table: text(param(heartbeat, "table")) };
    if (kind === "db-isolation") {
        const planned = param(stepOf(e, "mysql-isolate"), "securityGroupIds");
        const fromPlan = Array.isArray(planned) && planned.every((g) => text(g) !== undefined) ? [...planned] : [];
        const groups = (opts.isolationSecurityGroup ?? []).length > 0 ? opts.isolationSecurityGroup! : fromPlan;
        if (groups.length === 0) throw new CliError(`the experiment ${e.id} needs the security group that isolates the instance`, "pass --isolation-security-group sg-… (a group that admits nothing from the clients)");
        target.isolationSecurityGroups = groups;
        const clone = stepOf(e, "mysql-clone");
        const body = clone?.requests.find((r) => r.action === "CreateCloneInstance")?.body ?? {};
        target.cloneRequest = {
            ...(text(param(clone, "cloneName")) ? { InstanceName: param(clone, "cloneName") } : {}),
            ...(Array.isArray(body.ResourceTags) ? { ResourceTags: body.ResourceTags } : {}),
        };
    } else {
        target.restoredDatabase = text(param(stepOf(e, "mysql-rollback"), "newDatabase"));
    }
    return target;
}

function formatValue(v: number | boolean | null, unit: string): string {
    if (v === null) return "not measured";
    if (typeof v === "boolean") return String(v);
    return unit === "seconds" ? `${v} s` : String(v);
}

/** One line per hypothesis: mark, id, measured against expected, how. */
export function hypothesisLine(h: HypothesisResult): string {
    return `${h.passed ? "PASS" : "FAIL"} ${h.id}: measured ${formatValue(h.measured, h.unit)}, expected ${h.comparator} ${formatValue(h.expected, h.unit)} (${h.detail})`;
}

/** What the drill leaves for a person to remove once its checks are done. */
export function leftOver(r: DrillResult): string[] {
    const restored = r.measurements.restored;
    if (restored === null) return [];
    if (r.experiment.kind === "db-isolation") return [`the clone ${restored.instanceId} (destroy it once checked: IsolateDBInstance, then OfflineIsolatedInstances)`];
    return [`the database ${restored.database} on ${restored.instanceId} (drop it once checked; the next restore drill needs its name free)`];
}

/** The summary printed on stdout. */
export function summary(r: DrillResult, file: string): string {
    const m = r.measurements;
    const lines = [
        `zonesafe drill run · ${r.plan.project}/${r.plan.stack} · ${r.experiment.id}${r.experiment.instanceId ? ` (${r.experiment.instanceId})` : ""}`,
        `  recovered: ${m.recovered ? "yes" : `no (${m.failure ?? "unknown"})`}; RTO ${m.rtoSeconds === null ? "not measured" : `${m.rtoSeconds} s`}; RPO ${m.rpoSeconds === null ? "not measured" : `${m.rpoSeconds} s`}` +
            (m.recordedTime ? `; restored to ${m.recordedTime}` : "") +
            (m.restored ? ` in ${m.restored.instanceId}/${m.restored.database}` : ""),
        ...r.hypotheses.map((h) => `  ${hypothesisLine(h)}`),
        ...leftOver(r).map((l) => `  left: ${l}`),
        `${r.passed ? "PASS" : "FAIL"} — ${r.hypotheses.filter((h) => h.passed).length}/${r.hypotheses.length} hypotheses held; result ${file}`,
    ];
    return lines.join("\n") + "\n";
}

/** Runs the command; returns the exit code (refusals throw a CliError, which the caller prints as one line with exit code 2). */
export async function drillRunCommand(opts: RunOptions, io: RunIo, deps: RunDeps = {}): Promise<number> {
    const now = deps.now ?? (() => new Date());
    const planFile = path.resolve(io.cwd, opts.plan);
    const plan = loadPlan(planFile);
    const experiment = plan.experiments.find((e) => e.id === opts.experiment);
    if (!experiment) {
        const known = plan.experiments.map((e) => e.id);
        throw new CliError(
            `the plan has no experiment ${JSON.stringify(opts.experiment)}; nothing was changed`,
            known.length === 0 ? "the plan holds no experiment: plan the stack again" : `pass --experiment with one of: ${known.join(", ")}`,
        );
    }
    const production = isProductionPlan(plan);
    if (production && opts.production !== true) {
        throw new CliError(`${plan.stack.project}/${plan.stack.stack} is a production stack and the drill changes it; nothing was changed`, "run the drill on a copy of production, or add --production once its owners agree");
    }
    if (opts.confirm !== true) {
        throw new CliError(`the experiment ${experiment.id} injects a real fault: ${experiment.title}; nothing was changed`, "read its steps and rollback in the plan's runbook, then add --confirm");
    }
    if (experiment.kind === "az-loss") return runZoneCommand(plan, experiment, production, opts, io, deps);
    if (!(DATA_DRILL_KINDS as readonly string[]).includes(experiment.kind)) {
        throw new CliError(`the runner does not execute ${experiment.kind} experiments (${experiment.id}); nothing was changed`, "run an az-loss-…, db-isolation-… or db-restore-… experiment");
    }
    if (opts.mysql === undefined) throw new CliError(`the data drill ${experiment.id} needs to reach the instance's MySQL server`, "pass --mysql mysql://USER@HOST:PORT (the password in ZONESAFE_MYSQL_PASSWORD)");
    const source = parseMysqlUrl(opts.mysql, io.env);
    if (source.password !== undefined) KNOWN_SECRETS.add([source.password]);
    const target = dataTarget(experiment, opts);
    if (source.database !== "" && source.database !== target.database) {
        throw new CliError(`--mysql names the database ${source.database}, but the drill writes only to its own, ${target.database}; nothing was changed`, `leave the database out of --mysql, or name ${target.database}`);
    }
    const credentials = credentialsFrom(io.env);
    KNOWN_SECRETS.add([credentials.secretKey]);
    const region = opts.region ?? plan.region ?? undefined;
    if (region === undefined) throw new CliError("the plan names no region", "pass --region, e.g. --region ap-guangzhou");
    const endpoint = endpointAddress(opts.endpoint).url;
    await probeEndpoint(opts.endpoint);

    const { startedAt, runId, log } = startRun(now(), opts, io);
    log(`running ${experiment.id} on ${target.instanceId} (run ${runId}) against ${endpoint}`);
    const options: Partial<DataDrillOptions> = pacingOf(opts);
    const measurement = await interruptible(io, experiment, "its fault", "check --mysql, the API key, --instance-id and --region", (signal) =>
        runDataDrill(target, { cloud: new CdbDrillClient(opts.endpoint, region, credentials), source, clock: deps.clock ?? realClock, log, runId, signal }, options),
    );
    const result = buildResult({
        plan,
        experiment,
        instanceId: target.instanceId,
        production,
        endpoint,
        runId,
        startedAt,
        finishedAt: now(),
        measurement,
        version: toolVersion(),
    });
    deliverResult(result, startedAt, opts, io);
    return result.passed ? EXIT_OK : EXIT_VIOLATIONS;
}

/** `--resolve WHAT=VALUE` entries as a map; a CliError naming a malformed one. */
export function resolvedValues(entries: readonly string[] = []): Map<string, string> {
    const out = new Map<string, string>();
    for (const e of entries) {
        const i = e.indexOf("=");
        if (i <= 0 || i === e.length - 1) throw new CliError(`--resolve ${JSON.stringify(e)} is not WHAT=VALUE`, "give the placeholder's name as the plan lists it, e.g. --resolve clb.instance-id:web-clb=lb-1a2b3c4d");
        out.set(e.slice(0, i), e.slice(i + 1));
    }
    return out;
}

/** Runs a zone's loss (az-loss); every refusal comes before any change and any API call. */
async function runZoneCommand(plan: DrillPlan, experiment: DrillExperiment, production: boolean, opts: RunOptions, io: RunIo, deps: RunDeps): Promise<number> {
    const now = deps.now ?? (() => new Date());
    const resolved = resolvedValues(opts.resolve);
    const checkUrl = opts.checkUrl ?? resolved.get("check-url") ?? text(plan.checkUrl);
    if (checkUrl === undefined) throw new CliError(`the experiment ${experiment.id} measures RTO on the service's health URL, and the plan has none; nothing was changed`, "pass --check-url https://… (an endpoint that answers 2xx while the service serves)");
    let parsedCheck: URL | undefined;
    try {
        parsedCheck = new URL(checkUrl);
    } catch {
        parsedCheck = undefined;
    }
    if (parsedCheck === undefined || (parsedCheck.protocol !== "http:" && parsedCheck.protocol !== "https:")) throw new CliError(`--check-url ${JSON.stringify(checkUrl)} is not an http(s) URL`, "pass --check-url https://… (an endpoint that answers 2xx while the service serves)");
    resolved.set("check-url", checkUrl);
    const mysqlStep = experiment.steps.find((s) => s.action === "mysql-switch");
    const mysqlName = mysqlStep?.targets[0]?.name;
    if (opts.instanceId !== undefined && mysqlName !== undefined) resolved.set(`mysql.instance-id:${mysqlName}`, opts.instanceId);
    const missing = unresolvedBeforeStart(experiment, resolved);
    if (missing.length > 0) {
        throw new CliError(`the experiment ${experiment.id} needs values the plan could not know: ${missing.join(", ")}; nothing was changed`, `pass each as --resolve WHAT=VALUE (ids from the stack's state; CFG action ids from DescribeActionLibraryList), e.g. --resolve ${missing[0]}=…`);
    }
    const needsKube = experiment.steps.some((s) => s.action === "nodes-cordon" || s.executor === "chaos-mesh");
    const needsCloud = experiment.steps.some((s) => s.executor === "cfg" || s.executor === "tencentdb");
    const heartbeat = experiment.steps.some((s) => s.action === "heartbeat-start");
    let source: ReturnType<typeof parseMysqlUrl> | undefined;
    if (heartbeat) {
        if (opts.mysql === undefined) throw new CliError(`the experiment ${experiment.id} writes a heartbeat to MySQL ${mysqlName ?? ""} to measure its RPO; nothing was changed`, "pass --mysql mysql://USER@HOST:PORT (the password in ZONESAFE_MYSQL_PASSWORD)");
        source = parseMysqlUrl(opts.mysql, io.env);
        if (source.password !== undefined) KNOWN_SECRETS.add([source.password]);
    }
    const kube = needsKube ? kubeAccess(opts, io.env) : undefined;
    if (kube) KNOWN_SECRETS.add([kube.token]);
    let credentials: ReturnType<typeof credentialsFrom> | undefined;
    let region: string | undefined;
    if (needsCloud) {
        credentials = credentialsFrom(io.env);
        KNOWN_SECRETS.add([credentials.secretKey]);
        region = opts.region ?? plan.region ?? undefined;
        if (region === undefined) throw new CliError("the plan names no region", "pass --region, e.g. --region ap-guangzhou");
    }
    const endpoint = endpointAddress(opts.endpoint).url;
    if (kube) await probeAddress(kube.server, "the Kubernetes API");
    if (needsCloud) await probeEndpoint(opts.endpoint);
    if (!(await healthy(checkUrl))) throw new CliError(`the health URL ${checkUrl} does not answer 2xx before the drill; nothing was changed`, "run the drill on a healthy stack, or fix --check-url");

    const { startedAt, runId, log } = startRun(now(), opts, io);
    log(`running ${experiment.id} (run ${runId}): ${experiment.steps.length} steps, probing ${checkUrl}`);
    const options: Partial<ZoneDrillOptions> = {
        ...pacingOf(opts),
        ...(opts.checkSuccesses === undefined ? {} : { successes: opts.checkSuccesses }),
    };
    // Every fault is still undone after an interrupt (objects deleted, tasks ended, nodes uncordoned).
    const measurement = await interruptible(io, experiment, "its faults", "check --kube-api and its token, --mysql, the API key and --region", (signal) =>
        runZoneDrill(
            experiment,
            {
                ...(kube ? { kube: new KubeClient(kube.server, kube.token, kube.ca) } : {}),
                ...(credentials && region ? { cfg: new CfgDrillClient(opts.endpoint, region, credentials), cdb: new CdbDrillClient(opts.endpoint, region, credentials) } : {}),
                ...(source ? { mysql: source } : {}),
                checkUrl,
                resolved,
                runId,
                clock: deps.clock ?? realClock,
                log,
                signal,
            },
            options,
        ),
    );
    const result = buildZoneResult({ plan, experiment, production, endpoint, runId, startedAt, finishedAt: now(), measurement, checkUrl, version: toolVersion() });
    deliverResult(result, startedAt, opts, io, () => {
        for (const r of measurement.rollback.filter((x) => !x.done)) io.stderr.write(KNOWN_SECRETS.text(`zonesafe: NOT undone: ${r.what}: ${r.error ?? ""} — undo it by hand (the plan's rollback)\n`));
    });
    return result.passed && measurement.rollback.every((r) => r.done) ? EXIT_OK : EXIT_VIOLATIONS;
}

/** The pacing flags both kinds of drill take (heartbeats, polls, the recovery timeout), as their options. */
function pacingOf(opts: RunOptions): { beats?: number; beatIntervalMs?: number; pollIntervalMs?: number; timeoutMs?: number } {
    return {
        ...(opts.beats === undefined ? {} : { beats: opts.beats }),
        ...(opts.beatInterval === undefined ? {} : { beatIntervalMs: opts.beatInterval }),
        ...(opts.pollInterval === undefined ? {} : { pollIntervalMs: opts.pollInterval }),
        ...(opts.recoveryTimeout === undefined ? {} : { timeoutMs: opts.recoveryTimeout }),
    };
}

/**
 * Runs a drill with a signal that an interrupt (Ctrl-C, SIGTERM) aborts: the drill stops waiting and
 * still undoes `faults`; a second interrupt ends the process as it always does. A drill that cannot
 * start is one line naming the experiment and `fix`, and says no fault was injected.
 */
async function interruptible<T>(io: RunIo, experiment: DrillExperiment, faults: string, fix: string, drill: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const interrupt = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
        io.stderr.write(`zonesafe: ${signal}: stopping the drill and undoing ${faults} (send it again to stop at once)\n`);
        interrupt.abort();
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
        return await drill(interrupt.signal);
    } catch (e) {
        if (e instanceof CliError) throw e;
        throw new CliError(`the drill ${experiment.id} could not start: ${messageOf(e)}; no fault was injected`, fix, { cause: e });
    } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
    }
}

/** A run's id (its start's time and a random suffix) and its progress log on stderr, secrets redacted. */
function startRun(startedAt: Date, opts: RunOptions, io: RunIo): { startedAt: Date; runId: string; log: (line: string) => void } {
    const runId = `${startedAt.toISOString().replace(/[-:]|\.\d+/g, "")}-${randomUUID().slice(0, 8)}`;
    const log = (line: string) => {
        if (!opts.quiet) io.stderr.write(KNOWN_SECRETS.text(`zonesafe: ${line}\n`));
    };
    return { startedAt, runId, log };
}

/** Writes the result file, prints its summary, then `warn`'s lines and each failed hypothesis on stderr. */
function deliverResult(result: DrillResult, startedAt: Date, opts: RunOptions, io: RunIo, warn: () => void = () => undefined): void {
    const file = opts.out ? path.resolve(io.cwd, opts.out) : defaultResultFile(io.cwd, result.experiment.id, startedAt);
    writeResultFile(file, result);
    io.stdout.write(KNOWN_SECRETS.text(summary(result, path.relative(io.cwd, file) || file)));
    warn();
    for (const h of result.hypotheses.filter((x) => !x.passed)) {
        io.stderr.write(KNOWN_SECRETS.text(`zonesafe: hypothesis ${h.id} failed: measured ${formatValue(h.measured, h.unit)}, expected ${h.comparator} ${formatValue(h.expected, h.unit)} (${h.detail})\n`));
    }
}

/** Parses a duration flag given in milliseconds or with a unit (`500ms`, `5s`, `2m`). */
function millis(value: string): number {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
    if (!m) throw new InvalidArgumentError("It must be a duration: 500ms, 5s, 2m or 1h.");
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3600_000 }[(m[2] ?? "ms") as "ms"];
    return Math.round(Number(m[1]) * unit);
}

function count(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("It must be a positive integer.");
    return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Adds `run` to the `drill` command group; `setExit` receives the exit code. A refusal is thrown as a
 * CliError for the main command to print as one line with exit code 2.
 */
export function addDrillRunCommand(drill: Command, io: RunIo, setExit: (code: number) => void, deps: RunDeps = {}): Command {
    return drill
        .command("run")
        .description("run one experiment of a drill plan for real: inject the fault, poll until recovery, measure RTO and RPO, write the result (--out, default drill-results/)")
        .requiredOption("--plan <file>", "the plan (zonesafe drill plan --format json|yaml)")
        .requiredOption("--experiment <id>", "the experiment to run, e.g. db-restore-orders-db")
        .option("--confirm", "run it: the experiment injects a real fault")
        .option("--production", "allow the drill on a production stack")
        .option("--endpoint <url>", "the Tencent Cloud API endpoint (default: the public one)")
        .option("--region <region>", "the region (default: the plan's)")
        .option("--mysql <url>", "the instance's MySQL server: mysql://USER[:PASSWORD]@HOST[:PORT] or mysql://USER@localhost?socket=PATH (password also from ZONESAFE_MYSQL_PASSWORD)")
        .option("--instance-id <id>", "the TencentDB instance id, when the plan does not know it")
        .option("--isolation-security-group <id>", "db-isolation: the security group that isolates the instance (repeatable)", collect)
        .option("--check-url <url>", "az-loss: the service's health URL, 2xx while it serves (default: the plan's)")
        .option("--kube-api <url>", "az-loss: the cluster's Kubernetes API server (or KUBERNETES_API_SERVER; the token in KUBERNETES_TOKEN)")
        .option("--kube-ca <file>", "az-loss: the PEM file of the API server's CA")
        .option("--resolve <what=value>", "a value the plan holds as {{resolve:WHAT}}, e.g. clb.instance-id:web-clb=lb-1a2b (repeatable)", collect)
        .addOption(new Option("--check-successes <n>", "az-loss: 2xx answers in a row that count as recovered").argParser(count))
        .addOption(new Option("--beats <n>", "heartbeat writes before the fault").argParser(count).default(DATA_DRILL_DEFAULTS.beats))
        .addOption(new Option("--beat-interval <duration>", "between two heartbeat writes").argParser(millis).hideHelp())
        .addOption(new Option("--poll-interval <duration>", "between two polls of the recovery").argParser(millis).hideHelp())
        .addOption(new Option("--recovery-timeout <duration>", "the longest the recovery may take").argParser(millis).hideHelp())
        .action(async (_o, cmd: Command) => setExit(await drillRunCommand(cmd.optsWithGlobals() as RunOptions, io, deps)));
}
