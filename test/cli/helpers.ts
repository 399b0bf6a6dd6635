/**
 * Test helpers for the `zonesafe` command: running it as a process (bounded concurrency, since every
 * run that evaluates a pack starts that pack with ts-node), fixture paths, and validators for the JSON
 * report schema and the SARIF 2.1.0 schema.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "..", "..");
/** The command's launcher. */
export const BIN = path.join(ROOT, "cli", "bin", "zonesafe.js");
/** Fixture projects. */
export const PROJECTS = path.join(ROOT, "test", "fixtures", "projects");
/** Fixture states. */
export const STATES = path.join(ROOT, "test", "fixtures", "states");
/** The engine's tiny fixture pack, a pack other than zonesafe's. */
export const TINY_PACK = path.join(ROOT, "test", "fixtures", "packs", "tiny");

/** What one run of the command produced. */
export interface CliRun {
    args: string[];
    code: number;
    stdout: string;
    stderr: string;
    ms: number;
}

/** Options of one run. */
export interface CliOptions {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** How long the run may take before it is killed and reported unfinished. Defaults to 3 minutes. */
    timeoutMs?: number;
}

/** Runs `node cli/bin/zonesafe.js ...args` and collects its exit code and output. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliRun> {
    const started = Date.now();
    const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ZONESAFE_DEBUG: undefined, ...opts.env };
    return new Promise((resolve, reject) => {
        execFile(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env, maxBuffer: 64 * 1024 * 1024, timeout: opts.timeoutMs ?? 180_000 }, (err, stdout, stderr) => {
            const code = err ? (typeof (err as { code?: unknown }).code === "number" ? ((err as { code: number }).code) : -1) : 0;
            if (err && code === -1) {
                reject(new Error(`zonesafe ${args.join(" ")} did not finish: ${err.message}\n${stderr}`));
                return;
            }
            resolve({ args, code, stdout, stderr, ms: Date.now() - started });
        });
    });
}

/** Runs several invocations, at most `limit` at a time; results in the order given. */
export async function runAll(runs: Array<{ args: string[]; opts?: CliOptions }>, limit = 2): Promise<CliRun[]> {
    const results = new Array<CliRun>(runs.length);
    let next = 0;
    const worker = async () => {
        for (;;) {
            const i = next++;
            if (i >= runs.length) return;
            results[i] = await runCli(runs[i].args, runs[i].opts);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, runs.length) }, worker));
    return results;
}

/** A fresh temporary directory. */
export function tempDir(prefix = "zonesafe-test-"): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A readable account of a run, for assertion messages. */
export function describeRun(run: CliRun): string {
    return `zonesafe ${run.args.join(" ")} → exit ${run.code} in ${run.ms} ms\n--- stderr ---\n${run.stderr}\n--- stdout (head) ---\n${run.stdout.slice(0, 2000)}`;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string {
    return (errors ?? [])
        .slice(0, 10)
        .map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`)
        .join("\n");
}

let reportValidator: ValidateFunction | undefined;
let sarifValidator: ValidateFunction | undefined;

/** Validates a document against cli/schemas/report.v1.schema.json; returns the errors as text ("" when valid). */
export function reportSchemaErrors(doc: unknown): string {
    if (!reportValidator) {
        const ajv = new Ajv2020({ allErrors: true, strict: true });
        addFormats(ajv);
        reportValidator = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, "cli", "schemas", "report.v1.schema.json"), "utf8")));
    }
    return reportValidator(doc) ? "" : formatErrors(reportValidator.errors);
}

/** Validates a document against the vendored SARIF 2.1.0 schema; returns the errors as text ("" when valid). */
export function sarifSchemaErrors(doc: unknown): string {
    if (!sarifValidator) {
        // The schema's `language` pattern has a stray `]`, invalid in a Unicode regular expression (cli/schemas/README.md).
        const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
        addFormats(ajv);
        sarifValidator = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, "cli", "schemas", "sarif-2.1.0-rtm.5.json"), "utf8")));
    }
    return sarifValidator(doc) ? "" : formatErrors(sarifValidator.errors);
}
