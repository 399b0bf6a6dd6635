/**
 * The result of a drill run (`zonesafe drill run`): per hypothesis of the experiment, the measured value
 * beside the expected one and whether it held, with the measurements and the timeline behind them. Its
 * JSON form is the versioned document `zonesafe.drill-result/v1` (cli/schemas/drill-result.v1.schema.json);
 * version 1 only gains optional members. `assess` and `preview` read the latest result of each
 * experiment (`--drill-results DIR|FILE`) and show it beside the AZ-failure simulation.
 */
import * as fs from "fs";
import * as path from "path";
import type { ValidateFunction } from "ajv";
import type * as Ajv2020Module from "ajv/dist/2020";
import type { Comparator, DrillExperiment, DrillPlan, Hypothesis, HypothesisMetric } from "@zonesafe/drills";
import { CliError } from "../errors";
import type { DataDrillMeasurement, TableChecksum } from "./runner/dataDrill";
import type { RollbackRecord, StepFigure, ZoneDrillMeasurement } from "./runner/zoneDrill";

/** The `schema` value of a version-1 result. */
export const DRILL_RESULT_SCHEMA = "zonesafe.drill-result/v1";

/** The command package's schemas folder (the same from the sources and from the compiled dist/). */
const SCHEMAS = path.join(path.dirname(require.resolve("zonesafe/package.json")), "schemas");
/** The JSON Schema of a result file. */
export const DRILL_RESULT_SCHEMA_FILE = path.join(SCHEMAS, "drill-result.v1.schema.json");
/** The JSON Schema of a plan file (the planner's). */
export const DRILL_PLAN_SCHEMA_FILE = path.join(SCHEMAS, "drill-plan.v1.schema.json");

/** One hypothesis, measured. */
export interface HypothesisResult {
    id: string;
    metric: HypothesisMetric;
    comparator: Comparator;
    expected: number | boolean;
    unit: "seconds" | "boolean";
    statement: string;
    /** The measured value; null when it could not be measured (the run never recovered, or this runner does not measure the metric). */
    measured: number | boolean | null;
    /** Whether `measured comparator expected` held; a value not measured never holds. */
    passed: boolean;
    /** How it was measured, in words. */
    detail: string;
}

/** The result of one run of one experiment. */
export interface DrillResult {
    schema: typeof DRILL_RESULT_SCHEMA;
    tool: { name: "zonesafe"; version: string };
    runId: string;
    plan: { project: string; stack: string; generatedAt: string };
    experiment: { id: string; kind: DrillExperiment["kind"]; title: string; zone: string | null; instanceId: string | null };
    /** Whether the stack is a production one (the run needed `--production`). */
    production: boolean;
    /** The API endpoint the run called. */
    endpoint: string;
    startedAt: string;
    finishedAt: string;
    /** Whether every hypothesis held. */
    passed: boolean;
    hypotheses: HypothesisResult[];
    measurements: {
        recovered: boolean;
        failure: string | null;
        rtoSeconds: number | null;
        rpoSeconds: number | null;
        recordedTime: string | null;
        restored: { instanceId: string; database: string } | null;
        polls: number;
        heartbeat: { acknowledged: number; lastAcknowledged: number; lastPresent: number; missing: number; failures: number } | null;
        checksums: TableChecksum[];
        /** A zone's loss (az-loss): the health URL probed, the figures per step and workload, what was changed and undone. */
        zone?: {
            checkUrl: string;
            figures: StepFigure[];
            cordonedNodes: string[];
            chaosMeshObjects: string[];
            cfgTasks: number[];
            rollback: RollbackRecord[];
        };
    };
    /** What happened, seconds after the fault (negative: before it). */
    timeline: Array<{ atSeconds: number; event: string }>;
}

/** Whether `measured comparator expected` holds. */
export function holds(measured: number | boolean, comparator: Comparator, expected: number | boolean): boolean {
    if (typeof measured === "boolean" || typeof expected === "boolean") return comparator === "==" && measured === expected;
    switch (comparator) {
        case "<=":
            return measured <= expected;
        case "<":
            return measured < expected;
        case ">=":
            return measured >= expected;
        default:
            return measured === expected;
    }
}

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : Math.round(ms) / 1000);

/** A hypothesis's measured value (`null` when not measured) and how it was got. */
export type Measured = { value: number | boolean | null; detail: string };

/** The measured value of one hypothesis from a data drill's measurement, and how it was got. */
function measure(h: Hypothesis, m: DataDrillMeasurement): Measured {
    if (!m.recovered) return { value: null, detail: `not measured: the copy never came up (${m.failure ?? "unknown reason"})` };
    switch (h.metric) {
        case "rpo-seconds": {
            const r = m.rpo!;
            return {
                value: seconds(r.rpoMs),
                detail:
                    r.missing === 0
                        ? `the last acknowledged heartbeat (${r.lastAcknowledged}) is present`
                        : `the last acknowledged heartbeat is ${r.lastAcknowledged}, the restored copy has them only up to ${r.lastPresent} (${r.missing} acknowledged write${r.missing === 1 ? "" : "s"} missing)`,
            };
        }
        case "checksum-equal": {
            const differing = m.checksums.filter((c) => !c.equal).map((c) => c.table);
            return {
                value: m.checksumsEqual,
                detail: differing.length === 0 ? `CHECKSUM TABLE equal for ${m.checksums.map((c) => c.table).join(", ")}` : `CHECKSUM TABLE differs for ${differing.join(", ")}`,
            };
        }
        case "rto-seconds":
            return { value: seconds(m.rtoMs), detail: "from the fault to the restored copy answering" };
        default:
            return { value: null, detail: `not measured: a data drill does not measure ${h.metric}` };
    }
}

/** The measured value of one hypothesis of a zone drill, and how it was got. */
export function measureZoneHypothesis(h: Hypothesis, m: ZoneDrillMeasurement, checkUrl: string): Measured {
    switch (h.metric) {
        case "rto-seconds":
            return m.rtoMs === null
                ? { value: null, detail: `not measured: ${checkUrl} did not answer 2xx in a row before the drill ended${m.failure ? ` (${m.failure})` : ""}` }
                : { value: seconds(m.rtoMs), detail: `from the fault until ${checkUrl} answered 2xx again` };
        case "rpo-seconds": {
            const r = m.rpo;
            if (r === null) return { value: null, detail: m.recovered ? "not measured: no heartbeat ran (pass --mysql)" : `not measured: the drill did not recover${m.failure ? ` (${m.failure})` : ""}` };
            return {
                value: seconds(r.rpoMs),
                detail: r.missing === 0 ? `the last acknowledged heartbeat (${r.lastAcknowledged}) is on the new primary` : `the last acknowledged heartbeat is ${r.lastAcknowledged}, the new primary has them only up to ${r.lastPresent} (${r.missing} missing)`,
            };
        }
        default: {
            const f = m.figures.find((x) => h.urn !== undefined && x.urn === h.urn && (h.metric !== "pod-migration-seconds" || x.action === "pod-kill"));
            if (!f) return { value: null, detail: `not measured: no step of this drill acts on ${h.urn ?? "its resource"}` };
            return { value: f.seconds, detail: f.seconds === null ? `not measured: ${f.name} ${f.detail}` : f.detail };
        }
    }
}

/**
 * Each hypothesis of the experiment with its measured value: `m` is a data drill's measurement, or the
 * function that measures one hypothesis (a zone drill's, {@link measureZoneHypothesis}).
 */
export function evaluateHypotheses(hypotheses: readonly Hypothesis[], m: DataDrillMeasurement | ((h: Hypothesis) => Measured)): HypothesisResult[] {
    const measureOne = typeof m === "function" ? m : (h: Hypothesis) => measure(h, m);
    return hypotheses.map((h) => {
        const { value, detail } = measureOne(h);
        return {
            id: h.id,
            metric: h.metric,
            comparator: h.comparator,
            expected: h.expected,
            unit: h.unit,
            statement: h.statement,
            measured: value,
            passed: value !== null && holds(value, h.comparator, h.expected),
            detail,
        };
    });
}

/** What {@link buildResult} needs. */
export interface ResultInput {
    plan: DrillPlan;
    experiment: DrillExperiment;
    instanceId: string | null;
    production: boolean;
    endpoint: string;
    runId: string;
    startedAt: Date;
    finishedAt: Date;
    measurement: DataDrillMeasurement;
    version: string;
}

/** What every result document starts with: the tool, the run, the plan and experiment, the verdict. */
function resultHead(input: Omit<ResultInput, "measurement" | "instanceId">, instanceId: string | null, hypotheses: DrillResult["hypotheses"]): Omit<DrillResult, "measurements" | "timeline"> {
    return {
        schema: DRILL_RESULT_SCHEMA,
        tool: { name: "zonesafe", version: input.version },
        runId: input.runId,
        plan: { project: input.plan.stack.project, stack: input.plan.stack.stack, generatedAt: input.plan.generatedAt },
        experiment: { id: input.experiment.id, kind: input.experiment.kind, title: input.experiment.title, zone: input.experiment.zone, instanceId },
        production: input.production,
        endpoint: input.endpoint,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        passed: hypotheses.length > 0 && hypotheses.every((h) => h.passed),
        hypotheses,
    };
}

/** The result document of a data drill. */
export function buildResult(input: ResultInput): DrillResult {
    const m = input.measurement;
    const hypotheses = evaluateHypotheses(input.experiment.hypotheses, m);
    return {
        ...resultHead(input, input.instanceId, hypotheses),
        measurements: {
            recovered: m.recovered,
            failure: m.failure,
            rtoSeconds: seconds(m.rtoMs),
            rpoSeconds: m.recovered && m.rpo ? seconds(m.rpo.rpoMs) : null,
            recordedTime: m.recordedTime,
            restored: m.restored,
            polls: m.polls,
            heartbeat: m.rpo ? { acknowledged: m.rpo.acknowledged, lastAcknowledged: m.rpo.lastAcknowledged, lastPresent: m.rpo.lastPresent, missing: m.rpo.missing, failures: m.heartbeatFailures } : null,
            checksums: m.checksums,
        },
        timeline: m.timeline.map((t) => ({ atSeconds: Math.round(t.atMs) / 1000, event: t.event })),
    };
}

/** What {@link buildZoneResult} needs. */
export interface ZoneResultInput extends Omit<ResultInput, "measurement" | "instanceId"> {
    measurement: ZoneDrillMeasurement;
    checkUrl: string;
}

/** The result document of a zone's loss. */
export function buildZoneResult(input: ZoneResultInput): DrillResult {
    const m = input.measurement;
    const hypotheses = evaluateHypotheses(input.experiment.hypotheses, (h) => measureZoneHypothesis(h, m, input.checkUrl));
    return {
        ...resultHead(input, null, hypotheses),
        measurements: {
            recovered: m.recovered,
            failure: m.failure,
            rtoSeconds: seconds(m.rtoMs),
            rpoSeconds: m.rpo ? seconds(m.rpo.rpoMs) : null,
            recordedTime: null,
            restored: null,
            polls: m.polls,
            heartbeat: m.rpo ? { acknowledged: m.rpo.acknowledged, lastAcknowledged: m.rpo.lastAcknowledged, lastPresent: m.rpo.lastPresent, missing: m.rpo.missing, failures: m.heartbeatFailures } : null,
            checksums: [],
            zone: { checkUrl: input.checkUrl, figures: m.figures, cordonedNodes: m.cordoned, chaosMeshObjects: m.created, cfgTasks: m.cfgTasks, rollback: m.rollback },
        },
        timeline: m.timeline.map((t) => ({ atSeconds: Math.round(t.atMs) / 1000, event: t.event })),
    };
}

const validators = new Map<string, ValidateFunction>();

/** The validator of a schema file (compiled once). */
export function schemaValidator(file: string): ValidateFunction {
    let v = validators.get(file);
    if (!v) {
        // Loaded on first use: reports that show no drill result never load the validator.
        const Ajv2020 = (require("ajv/dist/2020") as typeof Ajv2020Module).default;
        const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
        v = ajv.compile(JSON.parse(fs.readFileSync(file, "utf8")) as object);
        validators.set(file, v);
    }
    return v;
}

/** The first few schema errors as one phrase: `/experiments/0/id must be string; …`. */
export function schemaErrors(v: ValidateFunction, max = 3): string {
    const errors = (v.errors ?? []).slice(0, max).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
    const more = (v.errors?.length ?? 0) - max;
    return errors.join("; ") + (more > 0 ? `; and ${more} more` : "");
}

/** The default name of a result file: `<experiment>-<time>.json` in `drill-results/`. */
export function defaultResultFile(cwd: string, experiment: string, at: Date): string {
    return path.join(cwd, "drill-results", `${experiment}-${at.toISOString().replace(/[:.]/g, "-")}.json`);
}

/** Writes a result file (through a temporary file, so a failed write leaves no half file). */
export function writeResultFile(file: string, result: DrillResult): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(result, null, 2) + "\n");
    fs.renameSync(tmp, file);
}

/** Reads and validates one result file; a CliError naming the file and the problem otherwise. */
export function readResultFile(file: string): DrillResult {
    let doc: unknown;
    try {
        doc = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new CliError(`the drill result ${file} cannot be read: ${(e as Error).message}`, "pass --drill-results with result files that zonesafe drill run wrote");
    }
    const v = schemaValidator(DRILL_RESULT_SCHEMA_FILE);
    if (!v(doc)) throw new CliError(`the drill result ${file} is not a ${DRILL_RESULT_SCHEMA} document: ${schemaErrors(v)}`, "pass --drill-results with result files that zonesafe drill run wrote");
    return doc as DrillResult;
}

/**
 * The latest result of each experiment of each stack from a result file or a folder of them (`*.json`,
 * not recursive), ordered by experiment id; for a stack, only its results. A file that is not a
 * result is an error naming it.
 */
export function latestResults(fileOrDir: string, stack?: { project: string; stack: string }): DrillResult[] {
    let files: string[];
    try {
        files = fs.statSync(fileOrDir).isDirectory()
            ? fs
                  .readdirSync(fileOrDir)
                  .filter((f) => f.endsWith(".json"))
                  .map((f) => path.join(fileOrDir, f))
            : [fileOrDir];
    } catch {
        throw new CliError(`the drill results ${fileOrDir} do not exist`, "pass --drill-results with a result file or the folder zonesafe drill run writes them to (drill-results/)");
    }
    const latest = new Map<string, DrillResult>();
    for (const f of files) {
        const r = readResultFile(f);
        if (stack && (r.plan.project !== stack.project || r.plan.stack !== stack.stack)) continue;
        const key = JSON.stringify([r.plan.project, r.plan.stack, r.experiment.id]);
        const seen = latest.get(key);
        if (!seen || seen.finishedAt < r.finishedAt) latest.set(key, r);
    }
    return [...latest.values()].sort((a, b) => a.experiment.id.localeCompare(b.experiment.id) || `${a.plan.project}/${a.plan.stack}`.localeCompare(`${b.plan.project}/${b.plan.stack}`));
}
