/**
 * Runs a command as a child process and measures it: wall time, and, by sampling `/proc` every few
 * milliseconds, the resident memory of the whole process tree (the command and every process it
 * starts, policy packs included) and the CPU time of each process in it.
 *
 * Peak memory is reported two ways: the largest sum of the tree's resident sets seen in one sample
 * (what the machine had to hold at once, to within the sampling interval), and the sum of each
 * process's own high-water mark (`VmHWM`), an upper bound that no sampling interval can miss.
 */
import { spawn } from "child_process";
import * as fs from "fs";

/** One process of the measured tree, as last sampled. */
export interface ProcessFigures {
    pid: number;
    /** The command line, shortened. */
    command: string;
    /** User plus system CPU seconds. */
    cpuSeconds: number;
    /** The process's own peak resident set (VmHWM), in bytes. */
    peakRssBytes: number;
}

/** What one measured run produced. */
export interface Measured {
    code: number | null;
    stdout: string;
    stderr: string;
    wallMs: number;
    /** The largest sampled sum of resident sets over the process tree, in bytes. */
    peakTreeRssBytes: number;
    /** The sum of each process's peak resident set, in bytes (an upper bound of the tree's peak). */
    sumOfPeaksBytes: number;
    processes: ProcessFigures[];
}

const CLOCK_TICKS = 100;
const PAGE_SIZE = 4096;

function readText(file: string): string | undefined {
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        return undefined;
    }
}

/** The pids of `pid` and all its descendants, by the kernel's children lists. */
function tree(pid: number): number[] {
    const out = [pid];
    for (let i = 0; i < out.length; i++) {
        for (const tid of safeList(`/proc/${out[i]}/task`)) {
            const children = readText(`/proc/${out[i]}/task/${tid}/children`);
            if (!children) continue;
            for (const c of children.trim().split(/\s+/)) if (c) out.push(Number(c));
        }
    }
    return [...new Set(out)];
}

function safeList(dir: string): string[] {
    try {
        return fs.readdirSync(dir);
    } catch {
        return [];
    }
}

/** CPU seconds and resident set of one process, or `undefined` when it is gone. */
function sample(pid: number): { cpu: number; rss: number; hwm: number; command: string } | undefined {
    const stat = readText(`/proc/${pid}/stat`);
    const status = readText(`/proc/${pid}/status`);
    if (!stat || !status) return undefined;
    // Fields after the command name (which may hold spaces) start at the closing parenthesis.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const utime = Number(rest[11]);
    const stime = Number(rest[12]);
    const rssPages = Number(rest[21]);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const cmdline = (readText(`/proc/${pid}/cmdline`) ?? "").split("\0").filter((x) => x !== "");
    return {
        cpu: (utime + stime) / CLOCK_TICKS,
        rss: rssPages * PAGE_SIZE,
        hwm: hwm ? Number(hwm[1]) * 1024 : rssPages * PAGE_SIZE,
        command: cmdline.map((a) => (a.length > 80 ? `…${a.slice(-60)}` : a)).join(" "),
    };
}

/** Runs `command args` in `cwd` and measures it (see the module comment). */
export function measure(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number } = {}): Promise<Measured> {
    return new Promise((resolve, reject) => {
        const t0 = performance.now();
        const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8");
        child.stderr.setEncoding("utf8");
        child.stdout.on("data", (c: string) => (stdout += c));
        child.stderr.on("data", (c: string) => (stderr += c));
        const seen = new Map<number, ProcessFigures>();
        let peakTree = 0;
        const tick = () => {
            if (child.pid === undefined) return;
            let sum = 0;
            for (const pid of tree(child.pid)) {
                const s = sample(pid);
                if (!s) continue;
                sum += s.rss;
                const prev = seen.get(pid);
                seen.set(pid, {
                    pid,
                    command: prev?.command || s.command,
                    cpuSeconds: Math.max(prev?.cpuSeconds ?? 0, s.cpu),
                    peakRssBytes: Math.max(prev?.peakRssBytes ?? 0, s.hwm),
                });
            }
            peakTree = Math.max(peakTree, sum);
        };
        const timer = setInterval(tick, opts.intervalMs ?? 25);
        child.on("error", (e) => {
            clearInterval(timer);
            reject(e);
        });
        child.on("exit", (code) => {
            const wallMs = performance.now() - t0;
            clearInterval(timer);
            child.on("close", () => {
                const processes = [...seen.values()];
                resolve({
                    code,
                    stdout,
                    stderr,
                    wallMs,
                    peakTreeRssBytes: peakTree,
                    sumOfPeaksBytes: processes.reduce((a, p) => a + p.peakRssBytes, 0),
                    processes,
                });
            });
        });
    });
}
