/**
 * Real servers as child processes for end-to-end tests: each on 127.0.0.1 at a port found free, its
 * output kept (in memory and in a log file), ready once its ready URL answers, and killed at the end.
 * A server that exits or never gets ready fails with an error naming it, its exit and its log's tail.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as net from "net";

/** Every child started here and not yet exited: killed when the test process exits, whatever happened. */
const live = new Set<ChildProcess>();
process.once("exit", () => {
    for (const child of live) child.kill("SIGKILL");
});

/** A TCP port free on `host` right now (the system's choice); the caller binds it soon after. */
export function freePort(host = "127.0.0.1"): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on("error", reject);
        server.listen(0, host, () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

/** How to start a server: its command, arguments, folder and environment. */
export interface ProcessSpec {
    binary: string;
    args: string[];
    cwd: string;
    env?: NodeJS.ProcessEnv;
}

/** A server running as a child process. */
export class ServiceProcess {
    private child: ChildProcess | undefined;
    private output = "";
    private exit: Promise<string> = Promise.resolve("not started");
    private exitedWith: string | undefined;

    constructor(
        /** The name errors give it. */
        readonly name: string,
        private readonly spec: ProcessSpec,
        /** Where its output is also written. */
        readonly logFile: string,
    ) {}

    /** Starts it; its output goes to memory and to the log file. */
    start(): this {
        if (this.running) throw new Error(`${this.name} is already running`);
        const log = fs.createWriteStream(this.logFile, { flags: "a" });
        const child = spawn(this.spec.binary, this.spec.args, { cwd: this.spec.cwd, env: this.spec.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
        live.add(child);
        this.child = child;
        this.exitedWith = undefined;
        const keep = (d: Buffer) => {
            this.output += d.toString();
            if (this.output.length > 1_000_000) this.output = this.output.slice(-500_000);
            log.write(d);
        };
        child.stdout!.on("data", keep);
        child.stderr!.on("data", keep);
        this.exit = new Promise((resolve) => {
            child.on("error", (err) => {
                live.delete(child);
                this.exitedWith = `could not start: ${err.message}`;
                resolve(this.exitedWith);
            });
            child.on("exit", (code, signal) => {
                live.delete(child);
                this.exitedWith = signal ? `killed by ${signal}` : `exited with code ${code}`;
                log.end();
                resolve(this.exitedWith);
            });
        });
        return this;
    }

    /** Whether it runs now. */
    get running(): boolean {
        return this.child !== undefined && this.exitedWith === undefined;
    }

    /** Everything it printed since this object was made. */
    get log(): string {
        return this.output;
    }

    /** The last `lines` lines of its output. */
    logTail(lines = 25): string {
        return this.output.trimEnd().split("\n").slice(-lines).join("\n");
    }

    /** An error naming the server, what happened and its log's tail. */
    failure(what: string): Error {
        return new Error(`${this.name} ${what}; its log (${this.logFile}) ends with:\n${this.logTail()}`);
    }

    /** Polls `url` until it answers 2xx; fails at once if the server exits, and after `timeoutMs`. */
    async waitReady(url: string, timeoutMs = 30000): Promise<void> {
        const until = Date.now() + timeoutMs;
        let last = "no answer yet";
        while (Date.now() < until) {
            if (!this.running) throw this.failure(`${this.exitedWith ?? "stopped"} before ${url} answered`);
            try {
                const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
                await res.arrayBuffer();
                if (res.ok) return;
                last = `HTTP ${res.status}`;
            } catch (err) {
                last = err instanceof Error ? err.message : String(err);
            }
            await new Promise((r) => setTimeout(r, 100));
        }
        throw this.failure(`was not ready at ${url} within ${timeoutMs} ms (last: ${last})`);
    }

    /** Sends `signal` and waits until it has exited; resolves with how it ended. */
    async stop(signal: NodeJS.Signals = "SIGKILL"): Promise<string> {
        if (this.running) this.child!.kill(signal);
        return this.exit;
    }
}

/**
 * Starts a server on a free port and waits until it is ready; if it exits because the port was taken
 * meanwhile (another program got it first), tries again on another port, up to `attempts` times.
 */
export async function startOnFreePort(
    name: string,
    logFile: string,
    spec: (port: number) => ProcessSpec,
    readyUrl: (port: number) => string,
    { attempts = 3, timeoutMs = 30000 }: { attempts?: number; timeoutMs?: number } = {},
): Promise<{ proc: ServiceProcess; port: number }> {
    for (let attempt = 1; ; attempt++) {
        const port = await freePort();
        const proc = new ServiceProcess(name, spec(port), logFile).start();
        try {
            await proc.waitReady(readyUrl(port), timeoutMs);
            return { proc, port };
        } catch (err) {
            await proc.stop();
            if (attempt >= attempts || !/address already in use/i.test(proc.log)) throw err;
        }
    }
}
