/**
 * Prometheus' `promtool`, which the alert rule tests run on the emitted rule files: Debian's
 * `prometheus` package (nothing is downloaded). Where it is missing, a rule test never reads as a
 * pass: under CI (`CI` set, and not to `false` or `0`) it fails, saying what is missing and how to
 * install it; elsewhere it is pending, and both the warning on stderr and the pending tests' titles
 * say why and how to install it.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Context } from "mocha";

/** How to get promtool. */
export const PROMTOOL_INSTALL = "install it with `apt-get install prometheus` (Debian/Ubuntu), or set ZONESAFE_PROMTOOL to a promtool binary";

/** The promtool binary: `ZONESAFE_PROMTOOL` when set, else the first `promtool` on `PATH`; `undefined` when there is none. */
export function findPromtool(env: NodeJS.ProcessEnv = process.env): string | undefined {
    const given = env.ZONESAFE_PROMTOOL;
    if (given !== undefined && given !== "") return isExecutable(given) ? given : undefined;
    for (const dir of (env.PATH ?? "").split(path.delimiter)) {
        if (dir === "") continue;
        const candidate = path.join(dir, "promtool");
        if (isExecutable(candidate)) return candidate;
    }
    return undefined;
}

/** Whether `file` is an executable regular file. */
export function isExecutable(file: string): boolean {
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

/** Whether the tests run under CI: `CI` is set, and not to `false` or `0`. */
export function onCi(env: NodeJS.ProcessEnv = process.env): boolean {
    const ci = (env.CI ?? "").trim().toLowerCase();
    return ci !== "" && ci !== "false" && ci !== "0";
}

/** Why promtool is missing, in one sentence. */
export function promtoolMissing(env: NodeJS.ProcessEnv = process.env): string {
    const given = env.ZONESAFE_PROMTOOL;
    const where = given ? `ZONESAFE_PROMTOOL=${given} is not an executable file` : "promtool is not on PATH";
    return `${where}; ${PROMTOOL_INSTALL}`;
}

/**
 * For a `before` hook of a promtool suite: the binary to run. When there is none, throws under CI
 * (see {@link onCi}); otherwise warns on stderr, marks every test of the suite pending with the reason in its
 * title, and skips them.
 */
export function requirePromtool(ctx: Context, env: NodeJS.ProcessEnv = process.env): string {
    const found = findPromtool(env);
    if (found) return found;
    const reason = promtoolMissing(env);
    if (onCi(env)) throw new Error(`the alert rule tests cannot run on CI: ${reason}`);
    const suite = ctx.test?.parent;
    process.stderr.write(`\n  PENDING promtool tests${suite ? ` (${suite.fullTitle()})` : ""}: ${reason}. Under CI they fail.\n\n`);
    for (const t of suite?.tests ?? []) t.title += ` [pending: ${reason}]`;
    ctx.skip();
}

/** What one promtool run printed, and its exit code. */
export interface PromtoolRun {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs promtool with `args` in `cwd`; resolves with its exit code (a run that cannot start or times out rejects). */
export function runPromtool(binary: string, args: string[], cwd: string, timeoutMs = 60_000): Promise<PromtoolRun> {
    return new Promise((resolve, reject) => {
        execFile(binary, args, { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
            const code = err ? (err as { code?: unknown }).code : 0;
            if (typeof code !== "number") {
                reject(new Error(`promtool ${args.join(" ")} did not finish: ${err?.message}\n${stderr}`));
                return;
            }
            resolve({ code, stdout, stderr });
        });
    });
}
