/**
 * The one supervisor of every process and thread a zonesafe run starts, and of the run's time limit.
 *
 * - **Children die with their parent, on every path.** Each Node.js child (a policy pack's
 *   `run-policy-pack`, the build of its compiled copy) is spawned by {@link spawnSupervised}: it
 *   preloads engine/watchdog.js and receives one end of a pipe on descriptor 3. When this process ends —
 *   normally, on an error, through a `process.exit` anywhere in it, by a signal, even by SIGKILL — the
 *   operating system closes this end, and the child's watchdog kills the child. While this process runs,
 *   every child it still tracks is also killed synchronously when it exits, so that none outlives it
 *   even briefly. No signal handler is installed: a signal ends the command at once, as its default
 *   action does, whatever the main thread is doing, and the children follow through their pipes.
 * - **A time limit that holds even when the main thread does not yield.** A {@link TimeLimit} rejects
 *   at its deadline, naming the phase under way. A program that never yields (a busy loop) would keep
 *   that timer from ever running; with `guardMainThread`, a watchdog thread ends whatever JavaScript the
 *   main thread runs once the deadline has passed: through the inspector, the way a debugger pauses a
 *   running script, it reports the timeout and ends the process (see {@link StuckMainThread}).
 */
import { ChildProcess, spawn, StdioNull, StdioPipe } from "child_process";
import * as fs from "fs";
import { Worker } from "worker_threads";

/** The preload every supervised child runs: it kills the child once this process is gone. */
export const WATCHDOG_PRELOAD = require.resolve("@zonesafe/engine/watchdog.js");

/** Something that can be killed: a child process, or a pid a worker thread of this process spawned. */
interface Killable {
    kill(signal: NodeJS.Signals): unknown;
}

// Children still running, killed when this process (or the worker thread that spawned them) exits.
const live = new Set<Killable>();
let exitHooked = false;

function killAll(): void {
    for (const c of live) {
        try {
            c.kill("SIGKILL");
        } catch {
            // Already gone.
        }
    }
    live.clear();
}

function track(child: Killable): () => void {
    if (!exitHooked) {
        process.on("exit", killAll);
        exitHooked = true;
    }
    live.add(child);
    return () => {
        live.delete(child);
    };
}

/**
 * Kills the process `pid` (started by a worker thread of this process) if this process exits before
 * the returned function is called.
 */
export function trackProcess(pid: number): () => void {
    return track({
        kill: (signal) => {
            try {
                process.kill(pid, signal);
            } catch {
                // Already gone.
            }
        },
    });
}

/** How many supervised children (and tracked pids) this thread has started that are still running. */
export function supervisedChildren(): number {
    return live.size;
}

/** The stdio of a supervised child's descriptors 0 to 2. */
export type ChildStdio = [StdioNull | StdioPipe, StdioNull | StdioPipe, StdioNull | StdioPipe];

/**
 * Spawns `node [execArgs] ...args` (this Node.js binary) with the watchdog preloaded and its pipe on
 * descriptor 3, and tracks it until it exits (see the module comment). The pipe never keeps this
 * process alive.
 */
export function spawnSupervised(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; stdio: ChildStdio; execArgs?: string[] }): ChildProcess {
    const child = spawn(process.execPath, [...(opts.execArgs ?? []), "--require", WATCHDOG_PRELOAD, ...args], {
        cwd: opts.cwd,
        env: { ...opts.env, ZONESAFE_WATCHDOG_FD: "3" },
        stdio: [...opts.stdio, "pipe"],
    });
    const pipe = child.stdio[3] as unknown as { resume?: () => void; unref?: () => void; on?: (e: string, f: () => void) => void } | null;
    // Read (and drop) the pipe so that it closes with the child, and never wait on it.
    pipe?.on?.("error", () => undefined);
    pipe?.resume?.();
    pipe?.unref?.();
    if (child.pid !== undefined) {
        const untrack = track(child);
        child.once("exit", untrack);
    }
    return child;
}

/** The phases of a run that the time limit bounds, as the error names them. */
export type Phase = "program run" | "pack start" | "pack evaluation";

/** The run did not finish within its time limit; `phase` was under way. */
export class TimeoutError extends Error {
    /** Creates the error for `phase` and the limit `ms`. */
    constructor(
        public readonly phase: Phase,
        public readonly ms: number,
    ) {
        super(`the ${phase} did not finish within ${formatDuration(ms)}`);
        this.name = "TimeoutError";
    }
}

/** Writes a duration the way `--timeout` takes it: `90s`, `10m`, `1h`, `1m30s`, `1.5s`. */
export function formatDuration(ms: number): string {
    if (ms < 60_000 || ms % 1000 !== 0) return `${Number((ms / 1000).toFixed(3))}s`;
    const s = ms / 1000;
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = s % 60;
    return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${rest ? `${rest}s` : ""}`;
}

/**
 * Parses a duration: a number of seconds (`90`, `1.5`) or a sequence of amounts with units `ms`, `s`,
 * `m`, `h` (`90s`, `10m`, `1h30m`). Returns milliseconds; throws an error naming the value and the
 * accepted forms when it is not one, or not positive.
 */
export function parseDuration(text: string): number {
    const s = text.trim();
    let ms: number;
    if (/^\d+(\.\d+)?$/.test(s)) ms = Number(s) * 1000;
    else if (/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(s)) {
        ms = 0;
        for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
            const n = Number(m[1]);
            ms += m[2] === "h" ? n * 3_600_000 : m[2] === "m" ? n * 60_000 : m[2] === "s" ? n * 1000 : n;
        }
    } else {
        throw new Error(`'${text}' is not a duration: give seconds (90) or an amount with a unit (90s, 10m, 1h)`);
    }
    ms = Math.round(ms);
    if (!(ms > 0) || ms > 2_147_483_647) throw new Error(`'${text}' is not a usable time limit: it must be more than 0 and at most 24 days`);
    return ms;
}

/** How long after the deadline the watchdog thread waits for the main thread before it ends the run. */
const GUARD_GRACE_MS = 500;

/** The global the watchdog thread calls on the main thread (see {@link TimeLimit}). */
const STUCK_HOOK = "__zonesafeDeadlinePassed";

// The watchdog thread of a TimeLimit: once the deadline plus the grace has passed and the main thread
// has not taken note of it (flag still 0), it runs the main thread's hook through the inspector, which
// interrupts running JavaScript the way a debugger pauses it.
const GUARD_SOURCE = `"use strict";
const { workerData } = require("worker_threads");
const flag = new Int32Array(workerData.flag);
setTimeout(() => {
    if (Atomics.load(flag, 0) !== 0) return;
    try {
        const inspector = require("inspector");
        const session = new inspector.Session();
        session.connectToMainThread();
        session.post("Runtime.evaluate", { expression: "globalThis.${STUCK_HOOK}()" }, () => undefined);
    } catch {
        // No inspector in this build of Node.js: the deadline's timer runs when the main thread yields.
    }
}, workerData.delayMs);`;

/**
 * What a {@link TimeLimit} does when the main thread has not yielded for `GUARD_GRACE_MS` past the
 * deadline: print `line(error)` on stderr and end the process with `exitCode` at once (the children
 * follow through their pipes).
 */
export interface StuckMainThread {
    line: (e: TimeoutError) => string;
    exitCode: number;
}

/**
 * A deadline for a run: {@link race} rejects with a {@link TimeoutError} naming the phase `phase()`
 * returns when the deadline passes. With `guardMainThread`, a watchdog thread ends the process as
 * {@link StuckMainThread} says when the main thread does not yield to the deadline's timer (a program
 * in an endless loop): the inspector runs a hook on the main thread in the middle of that loop. Always
 * {@link stop} a limit.
 */
export class TimeLimit {
    private readonly timer: ReturnType<typeof setTimeout>;
    private readonly deadline: Promise<never>;
    private readonly flag = new Int32Array(new SharedArrayBuffer(4));
    private guard: Worker | undefined;
    private expiredWith: TimeoutError | undefined;

    /** Starts the clock: `ms` from now. `guardMainThread` starts the watchdog thread (see the module comment). */
    constructor(
        public readonly ms: number,
        private readonly phase: () => Phase,
        opts: { guardMainThread?: StuckMainThread } = {},
    ) {
        let reject: (e: TimeoutError) => void = () => undefined;
        this.deadline = new Promise<never>((_resolve, rej) => (reject = rej));
        this.deadline.catch(() => undefined);
        this.timer = setTimeout(() => {
            Atomics.store(this.flag, 0, 1);
            this.expiredWith = new TimeoutError(this.phase(), this.ms);
            reject(this.expiredWith);
        }, ms);
        this.timer.unref();
        const stuck = opts.guardMainThread;
        if (stuck) {
            (globalThis as Record<string, unknown>)[STUCK_HOOK] = () => this.endStuck(stuck);
            this.guard = new Worker(GUARD_SOURCE, { eval: true, workerData: { flag: this.flag.buffer, delayMs: ms + GUARD_GRACE_MS }, stdout: false, stderr: false });
            this.guard.on("error", () => undefined);
            this.guard.unref();
        }
    }

    /** Runs on the main thread, interrupting whatever it ran: reports the timeout and ends the process. */
    private endStuck(stuck: StuckMainThread): void {
        if (Atomics.load(this.flag, 0) !== 0) return;
        Atomics.store(this.flag, 0, 1);
        try {
            fs.writeSync(2, `${stuck.line(new TimeoutError(this.phase(), this.ms))}\n`);
        } catch {
            // stderr is gone: the exit code still tells.
        }
        killAll();
        // Nothing more may reach stderr (Node.js reports the inspector session at exit).
        try {
            fs.closeSync(2);
        } catch {
            // Already closed.
        }
        const exit = (process as unknown as { reallyExit?: (code: number) => never }).reallyExit;
        if (exit) exit.call(process, stuck.exitCode);
        process.exit(stuck.exitCode);
    }

    /** The error of an expired limit, or `undefined` while time remains. */
    get expired(): TimeoutError | undefined {
        return this.expiredWith;
    }

    /** Settles as `promise` does, or rejects with a {@link TimeoutError} at the deadline, whichever comes first. */
    race<T>(promise: Promise<T>): Promise<T> {
        if (this.expiredWith) {
            promise.catch(() => undefined);
            return Promise.reject(this.expiredWith);
        }
        return Promise.race([promise, this.deadline]);
    }

    /** Stops the clock and the watchdog thread. */
    async stop(): Promise<void> {
        clearTimeout(this.timer);
        Atomics.store(this.flag, 0, 1);
        const guard = this.guard;
        this.guard = undefined;
        delete (globalThis as Record<string, unknown>)[STUCK_HOOK];
        if (guard) await guard.terminate();
    }
}
