/**
 * Starts a policy pack process the way the engine does (pulumi/pulumi `NewPolicyAnalyzer`): the
 * launcher with the engine address, `.` and `-key=value` for each `runtime.options` entry, in the pack
 * directory, with the engine's environment (engine/packEnv.ts); the first line of stdout is the port.
 * The child is supervised (engine/supervisor.ts): it dies with this process, however this process ends.
 *
 * With `packCache`, the same runner starts, with the same arguments and environment, in the pack's
 * compiled copy (engine/packCache.ts), so that its ts-node has nothing left to type-check.
 */
import type { ChildProcess } from "child_process";
import * as path from "path";
import { readPolicyPackManifest, PolicyPackManifest } from "./manifest";
import { compiledPack } from "./packCache";
import { ENGINE_ADDRESS, policyPackEnv, resolveRunPolicyPack, StackEnvironment } from "./packEnv";
import { spawnSupervised } from "./supervisor";

/** How long a pack may take to print its port before it is killed; ts-node type-checks it first. */
export const DEFAULT_START_TIMEOUT_MS = 120_000;

/** How much of a pack's stderr and stdout is kept for error messages. */
const LOG_TAIL_CHARS = 16 * 1024;

/** How to start a pack: the stack it will check, as the engine describes it in the environment. */
export interface PolicyPackStartOptions extends StackEnvironment {
    /** How long to wait for the port. Defaults to {@link DEFAULT_START_TIMEOUT_MS}. */
    startTimeoutMs?: number;
    /**
     * Start the runner in the pack's compiled copy (engine/packCache.ts), built first when missing, so
     * that ts-node has nothing to type-check; a pack the copy does not cover starts as the engine starts
     * it. Defaults to `false`: exactly the engine's start.
     */
    packCache?: boolean;
    /** Aborts a start still under way: the pack (or the build of its compiled copy) is killed. */
    signal?: AbortSignal;
    /** Called with the pid of each process the start spawns (the pack, a build of its copy). */
    onSpawn?: (pid: number) => void;
}

/** Keeps the last `limit` characters written to it. */
export class TextTail {
    private text = "";
    /** Creates a tail that keeps `limit` characters. */
    constructor(private readonly limit: number) {}
    /** Appends a chunk. */
    push(chunk: string): void {
        this.text += chunk;
        if (this.text.length > 2 * this.limit) this.text = this.text.slice(-this.limit);
    }
    /** The last `limit` characters. */
    toString(): string {
        return this.text.length > this.limit ? this.text.slice(-this.limit) : this.text;
    }
}

/** A hint for the usual reasons a pack dies before it serves. */
function startFailureHint(stderr: string, dir: string): string {
    if (/TSError|error TS\d+/.test(stderr)) {
        return "Fix the TypeScript error(s) above: run-policy-pack type-checks the pack with ts-node before it serves.";
    }
    if (/Cannot find module '@pulumi\/(policy|pulumi)/.test(stderr)) {
        return `Install the pack's dependencies (npm install in ${dir}, or a parent directory).`;
    }
    if (/Version must be defined|package\.json/.test(stderr)) {
        return `Give ${path.join(dir, "package.json")} a "version" (the pack reads its version there).`;
    }
    if (/Already serving policy pack/.test(stderr)) {
        return "Construct exactly one PolicyPack in the pack's program.";
    }
    return "Fix the error above in the pack, then run again.";
}

/** A pack process that has printed its port. */
export interface LaunchedPack {
    /** The absolute pack directory. */
    dir: string;
    manifest: PolicyPackManifest;
    child: ChildProcess;
    port: number;
    /** Milliseconds from the start to the port line. */
    startMs: number;
    stderr: TextTail;
    /** What the pack wrote to stdout after its port. */
    stdout: TextTail;
    /** The directory the runner runs in: the pack's, or its compiled copy's. */
    runDir: string;
    /** Why the pack did not run from a compiled copy although one was asked for, if so. */
    cacheNote: string | undefined;
}

/**
 * Starts the pack in `dir` and waits for its port. Rejects with an error naming the directory when it
 * is not a pack, and with the pack's stderr when it exits (for example on a TypeScript error) or stays
 * silent longer than `startTimeoutMs`; the child is killed then. The child and its pipes are unref'd:
 * a pack that is never closed does not keep this process alive.
 */
export async function launchPolicyPack(dir: string, opts: PolicyPackStartOptions): Promise<LaunchedPack> {
    const absDir = path.resolve(dir);
    const manifest = readPolicyPackManifest(absDir);
    const entry = resolveRunPolicyPack(absDir);
    const args = [entry, ENGINE_ADDRESS, "."];
    for (const [k, v] of Object.entries(manifest.options)) if (v !== "") args.push(`-${k}=${v}`);
    const t0 = performance.now();
    let runDir = absDir;
    let cacheNote: string | undefined;
    const aborted = () => new Error(`The start of the policy pack in ${absDir} was cancelled.`);
    if (opts.signal?.aborted) throw aborted();
    if (opts.packCache) {
        const compiled = await compiledPack(absDir, entry, { signal: opts.signal, onSpawn: opts.onSpawn });
        if (opts.signal?.aborted) throw aborted();
        if ("dir" in compiled) runDir = compiled.dir;
        else cacheNote = `the pack started as the engine starts it: ${compiled.reason}`;
    }
    // Supervised: the pack dies with this process, however this process ends (engine/supervisor.ts).
    const child = spawnSupervised(args, { cwd: runDir, env: policyPackEnv(process.env, opts), stdio: ["ignore", "pipe", "pipe"] });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);
    const stderr = new TextTail(LOG_TAIL_CHARS);
    const stdout = new TextTail(LOG_TAIL_CHARS);
    const out = child.stdout;
    const err = child.stderr;
    if (!out || !err) {
        child.kill("SIGKILL");
        throw new Error(`Could not open the stdout/stderr pipes of the policy pack in ${absDir}.`);
    }
    out.setEncoding("utf8");
    err.setEncoding("utf8");
    err.on("data", (chunk: string) => stderr.push(chunk));

    const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
    const port = await new Promise<number>((resolve, reject) => {
        let firstLine = "";
        let settled = false;
        const finish = (e: Error | undefined, p?: number) => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            child.off("close", onClose);
            child.off("error", onError);
            if (e) {
                if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
                reject(e);
            } else {
                resolve(p as number);
            }
        };
        const onData = (chunk: string) => {
            if (settled) {
                stdout.push(chunk);
                return;
            }
            firstLine += chunk;
            const nl = firstLine.indexOf("\n");
            if (nl < 0) return;
            const line = firstLine.slice(0, nl).trim();
            stdout.push(firstLine.slice(nl + 1));
            if (/^\d+$/.test(line)) {
                finish(undefined, Number(line));
            } else {
                finish(
                    new Error(
                        `The policy pack in ${absDir} printed "${line.slice(0, 200)}" where the engine expects its port ` +
                            `as the first line of stdout. Remove console output that runs before the PolicyPack is constructed.`,
                    ),
                );
            }
        };
        const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
            const tail = stderr.toString().trim() || "(nothing)";
            finish(
                new Error(
                    `The policy pack in ${absDir} exited (${signal ? `signal ${signal}` : `code ${code}`}) before it printed its port. ` +
                        `Its stderr ends with:\n${tail}\n${startFailureHint(tail, absDir)}`,
                ),
            );
        };
        const onError = (e: Error) => {
            finish(new Error(`Could not start the policy pack in ${absDir} with ${process.execPath}: ${e.message}`));
        };
        const timer = setTimeout(() => {
            const tail = stderr.toString().trim() || "(nothing)";
            finish(
                new Error(
                    `The policy pack in ${absDir} printed no port within ${timeoutMs} ms. Its stderr ends with:\n${tail}\n` +
                        `Look for code in the pack that blocks before it constructs its PolicyPack, or allow the start more time.`,
                ),
            );
        }, timeoutMs);
        const onAbort = () => finish(aborted());
        out.on("data", onData);
        child.on("close", onClose);
        child.on("error", onError);
        opts.signal?.addEventListener("abort", onAbort, { once: true });
        if (opts.signal?.aborted) onAbort();
    });
    const startMs = performance.now() - t0;

    // A pack that is never closed must not keep this process alive; the exit hook kills it.
    child.unref();
    for (const s of [out, err] as unknown as Array<{ unref?: () => void }>) s.unref?.();
    return { dir: absDir, manifest, child, port, startMs, stderr, stdout, runDir, cacheNote };
}
