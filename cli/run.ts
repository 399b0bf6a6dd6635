/**
 * Runs a Pulumi Node.js program under the embedded engine (the SDK's mock monitor, see
 * engine/record.ts) in preview mode, as `pulumi preview` would run it, and returns the recorded stack.
 *
 * It follows the Node.js language host (`@pulumi/pulumi/cmd/run`): the entry point is `main` from
 * Pulumi.yaml, else package.json's `exports` or `main`, else the project directory; a CommonJS module
 * is required, an ES module (`"type": "module"`) imported; when the module's export is a function
 * (`export =` or a lone default export) it is called and its result becomes the stack outputs,
 * otherwise the exports are the outputs. TypeScript runs through tsx, so any TypeScript program runs,
 * but it is not type-checked (the CLI's ts-node would check it).
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import Module = require("module");
import type { StackIdentity } from "@zonesafe/engine/evaluate";
import { DEFAULT_ORGANIZATION, recordProgram } from "@zonesafe/engine/record";
import type { ResourceRecord, StackRecord } from "@zonesafe/engine/types";
import { CliError, messageOf } from "./errors";
import type { PulumiProject, StackSettings } from "./project";

/** What running a program produced. */
export interface ProgramRun {
    stack: StackRecord;
    /** The stack outputs (plain values; unknowns as `undefined`). */
    outputs: Record<string, unknown>;
    /** The absolute path of the entry module that ran. */
    entryFile: string;
    /** Notes for the user (for example an SDK version mismatch). */
    notes: string[];
    durationMs: number;
}

/** How to run a program. */
export interface RunOptions {
    /** Where the program's own stdout goes: stderr (default, so reports on stdout stay clean) or nowhere. */
    programOutput?: "stderr" | "drop";
    /** Called with each resource as soon as it registers (see `recordProgram`'s `onRecord`). */
    onRecord?: (record: ResourceRecord, index: number) => void;
    /** `false` runs the program without recording anything (the benchmark's floor). Defaults to `true`. */
    record?: boolean;
}

/**
 * The stack a run of the project's program for `stack` produces, as far as the policy packs see it
 * before any resource exists: what {@link runProgram}'s record will say, with the stack's secret keys.
 */
export function programIdentity(project: PulumiProject, stack: StackSettings): StackIdentity {
    return {
        project: project.name,
        stack: stack.name,
        organization: stack.organization ?? DEFAULT_ORGANIZATION,
        dryRun: true,
        config: { ...stack.config },
        configSecretKeys: [...stack.secretKeys],
        tags: { ...stack.tags },
    };
}

/** The `@pulumi/pulumi` package directory a module in `fromDir` resolves, or `undefined`. */
function sdkDirFrom(fromDir: string): string | undefined {
    try {
        return fs.realpathSync(path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [fromDir] })));
    } catch {
        return undefined;
    }
}

/** The version in a package directory's package.json. */
function versionOf(dir: string): string {
    try {
        return String(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version ?? "unknown");
    } catch {
        return "unknown";
    }
}

/**
 * The nearest directory from `start` up to the project directory that holds a package.json, or
 * `undefined`: a package.json above the project (a monorepo's, say) does not pick the entry point.
 */
function packageRoot(start: string, projectDir: string): string | undefined {
    let dir = start;
    for (;;) {
        if (fs.existsSync(path.join(dir, "package.json"))) return dir;
        const up = path.dirname(dir);
        if (up === dir || dir === projectDir || !dir.startsWith(projectDir)) return undefined;
        dir = up;
    }
}

function readPackageJson(dir: string | undefined): Record<string, unknown> {
    if (!dir) return {};
    const file = path.join(dir, "package.json");
    try {
        return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (e) {
        throw new CliError(`${file} is not valid JSON: ${messageOf(e)}`, "fix the JSON syntax of the program's package.json");
    }
}

/** The program path the language host would load, and whether it is an ES module. */
export function resolveEntry(project: PulumiProject): { program: string; esm: boolean } {
    let program = project.main ? path.resolve(project.dir, project.main) : project.dir;
    const root = packageRoot(fs.existsSync(program) && fs.statSync(program).isDirectory() ? program : path.dirname(program), project.dir);
    const pkg = readPackageJson(root);
    if (!project.main && root) {
        const exp = pkg.exports as unknown;
        let target: unknown;
        if (typeof exp === "string") target = exp;
        else if (exp && typeof exp === "object") {
            const dot = (exp as Record<string, unknown>)["."];
            if (typeof dot === "string") target = dot;
            else if (dot && typeof dot === "object") {
                const d = dot as Record<string, unknown>;
                target = d.default ?? d.require ?? d.import;
            }
        } else if (typeof pkg.main === "string") target = pkg.main;
        if (typeof target === "string" && target !== "") program = path.resolve(root, target);
    }
    if (!fs.existsSync(program)) {
        // `main: index` may omit the extension; let the resolver find it below.
        const withExt = [".ts", ".js", ".mts", ".mjs", ".cts", ".cjs"].map((e) => program + e).find((f) => fs.existsSync(f));
        if (!withExt) {
            throw new CliError(`the program's entry point ${program} does not exist`, "set `main` in Pulumi.yaml to the program's entry file or directory");
        }
        program = withExt;
    }
    return { program, esm: pkg.type === "module" || /\.m[jt]s$/.test(program) };
}

/** The entry file inside a directory, as Node's resolver and the language host look for it. */
function entryFileOf(program: string): string {
    if (!fs.statSync(program).isDirectory()) return program;
    const pkg = readPackageJson(fs.existsSync(path.join(program, "package.json")) ? program : undefined);
    if (typeof pkg.main === "string") {
        const m = path.resolve(program, pkg.main);
        const found = [m, ...[".ts", ".js"].map((e) => m + e), path.join(m, "index.ts"), path.join(m, "index.js")].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
        if (found) return found;
    }
    const index = ["index.ts", "index.js", "index.mts", "index.mjs", "index.cts", "index.cjs"].map((f) => path.join(program, f)).find((f) => fs.existsSync(f));
    if (!index) {
        throw new CliError(`the program directory ${program} has no index.ts or index.js`, "set `main` in Pulumi.yaml to the program's entry file");
    }
    return index;
}

/** A native `import()`, kept out of reach of the CommonJS transform that loads this file. */
const dynamicImport = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;

/** Picks what the program exported the way the language host does; calls a function export. */
export function invokeExport(programExport: unknown): unknown {
    let exp = programExport;
    if (exp && typeof exp === "object" && Object.getOwnPropertyDescriptor(exp, "default") !== undefined) {
        const others = Object.keys(exp).filter((k) => k !== "default" && k !== "__esModule");
        if (others.length > 0) {
            throw new Error("expected entrypoint module to have either a default export or named exports but not both");
        }
        exp = (exp as { default: unknown }).default;
    }
    return exp instanceof Function ? exp() : exp;
}

/**
 * Sends every `@pulumi/pulumi` import to zonesafe's copy while `fn` runs, so the program talks to the
 * mocked runtime; returns what `fn` returns. Needed only when the project resolves its own copy.
 */
async function withSdkRedirect<T>(fn: () => Promise<T>): Promise<T> {
    const mod = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
    const original = mod._resolveFilename;
    mod._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
        // Resolve as if this module asked: from zonesafe's node_modules.
        if (request === "@pulumi/pulumi" || request.startsWith("@pulumi/pulumi/")) return original.call(this, request, module, false);
        return original.call(this, request, ...rest);
    };
    try {
        return await fn();
    } finally {
        mod._resolveFilename = original;
    }
}

/** Sends writes to stdout to stderr (or nowhere) while `fn` runs. */
async function withStdoutDiverted<T>(mode: "stderr" | "drop", fn: () => Promise<T>): Promise<T> {
    const stdout = process.stdout as unknown as { write: (...args: unknown[]) => boolean };
    const original = stdout.write;
    stdout.write = (...args: unknown[]): boolean => {
        if (mode === "drop") {
            const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
            cb?.();
            return true;
        }
        return (process.stderr.write as (...a: unknown[]) => boolean)(...args);
    };
    try {
        return await fn();
    } finally {
        stdout.write = original;
    }
}

/**
 * Registers tsx's CommonJS hooks, once per process and unless TypeScript already loads (a process
 * started with tsx), so that a program's TypeScript loads as the language host loads it.
 */
function registerTsx(): void {
    if (!(".ts" in require.extensions)) require("tsx/cjs/api").register();
}

/**
 * Runs the project's program for `stack` in preview mode and records it. Throws a {@link CliError}
 * naming the problem when the program cannot be loaded or fails.
 */
export async function runProgram(project: PulumiProject, stack: StackSettings, opts: RunOptions = {}): Promise<ProgramRun> {
    const started = Date.now();
    const notes: string[] = [];
    const { program, esm } = resolveEntry(project);
    const entryFile = entryFileOf(program);

    const ours = sdkDirFrom(__dirname) as string;
    const theirs = sdkDirFrom(project.dir);
    if (!theirs) {
        throw new CliError(`the program's dependencies are not installed: @pulumi/pulumi cannot be found from ${project.dir}`, `run npm install in ${project.dir}`);
    }
    const redirect = theirs !== ours;
    if (redirect && versionOf(theirs) !== versionOf(ours)) {
        notes.push(`the program's @pulumi/pulumi ${versionOf(theirs)} was replaced by zonesafe's ${versionOf(ours)}, which runs the embedded engine`);
    }
    if (stack.redactedKeys.length > 0) {
        notes.push(`secret config ${stack.redactedKeys.join(", ")} cannot be decrypted offline and ran as "[secret]" (pass --secret KEY=VALUE to supply a value)`);
    }
    if (stack.environments.length > 0) {
        notes.push(`the stack imports ESC environments (${stack.environments.join(", ")}) whose values are not available offline`);
    }

    const load = async (): Promise<unknown> => {
        registerTsx();
        if (esm) {
            // tsx's ES module hooks (registered once per process), then a native import of the entry.
            await dynamicImport(pathToFileURL(require.resolve("tsx/esm")).href);
            return dynamicImport(pathToFileURL(entryFile).href);
        }
        return require(program.endsWith(path.sep) || !fs.statSync(program).isDirectory() ? program : program + path.sep);
    };

    const cwd = process.cwd();
    const run = async () =>
        recordProgram(async () => invokeExport(await load()), {
            project: project.name,
            stack: stack.name,
            organization: stack.organization,
            preview: true,
            config: stack.config,
            secretKeys: stack.secretKeys,
            tags: stack.tags,
            onRecord: opts.onRecord,
            record: opts.record,
        });
    try {
        process.chdir(project.dir);
        const result = await withStdoutDiverted(opts.programOutput ?? "stderr", () => (redirect ? withSdkRedirect(run) : run()));
        return { stack: result.stack, outputs: result.outputs, entryFile, notes, durationMs: Date.now() - started };
    } catch (e) {
        if (e instanceof CliError) throw e;
        if (e === null || e === undefined) {
            throw new CliError(`the program failed: it threw ${String(e)} instead of an Error`, "throw an Error with a message that says what is wrong", { cause: e });
        }
        const code = typeof e === "object" ? (e as { code?: unknown }).code : undefined;
        if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") {
            throw new CliError(`the program failed: ${messageOf(e).replace(/;?\s*Require stack:.*$/, "")}`, `install the program's dependencies (npm install in ${project.dir})`, { cause: e });
        }
        throw new CliError(`the program failed: ${messageOf(e)}`, "fix the program; ZONESAFE_DEBUG=1 shows the stack trace", { cause: e });
    } finally {
        process.chdir(cwd);
    }
}
