/**
 * The command's process hygiene, run as a process: every exit path (normal, error, the program's own
 * process.exit, a time limit, SIGINT/SIGTERM to the command alone, SIGKILL of the command) leaves no
 * child process behind; exit codes are 0, 1 for a mandatory violation only, and 2 with one
 * `zonesafe: <problem> (<fix>)` line for everything else; progress lines appear without a terminal.
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { expect } from "chai";
import { BIN, PROJECTS, ROOT, STATES } from "./helpers";
import { PROGRESS_LINE_PREFIX } from "../../cli/term";
import { formatDuration, parseDuration } from "../../engine/supervisor";

const PROJECT = path.join(PROJECTS, "misbehaving");
const PACKS = path.join(ROOT, "test", "fixtures", "packs");
const STATE = path.join(STATES, "storefront-prod.static.json");

interface Run {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    /** Every process seen below the command while it ran. */
    descendants: Set<number>;
}

/** The parent pid and state of a process, or `undefined` once it is gone. */
function statOf(pid: number): { ppid: number; state: string } | undefined {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return { state: rest[0], ppid: Number(rest[1]) };
    } catch {
        return undefined;
    }
}

/** Whether a process still runs (a zombie has ended). */
function alive(pid: number): boolean {
    const s = statOf(pid);
    return s !== undefined && s.state !== "Z" && s.state !== "X";
}

function cmdline(pid: number): string {
    try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
        return "";
    }
}

/** Adds the processes below `root` to `seen`. */
function collectDescendants(root: number, seen: Set<number>): void {
    const parents = new Set([root, ...seen]);
    for (const entry of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(entry)) continue;
        const pid = Number(entry);
        const s = statOf(pid);
        if (s && parents.has(s.ppid) && !seen.has(pid)) {
            seen.add(pid);
            parents.add(pid);
        }
    }
}

/**
 * Runs the command with `args`; `during(child, descendants)` may act on it while it runs. The
 * descendants are sampled every 100 ms.
 */
function run(args: string[], opts: { env?: NodeJS.ProcessEnv; during?: (child: ChildProcess, seen: Set<number>) => void } = {}): Promise<Run> {
    const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ZONESAFE_DEBUG: undefined, ...opts.env };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    const seen = new Set<number>();
    const sampler = setInterval(() => collectDescendants(child.pid as number, seen), 100);
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr?.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    opts.during?.(child, seen);
    const guard = setTimeout(() => child.kill("SIGKILL"), 240_000);
    return new Promise((resolve) => {
        child.on("close", (code, signal) => {
            clearInterval(sampler);
            clearTimeout(guard);
            resolve({ code, signal, stdout, stderr, descendants: seen });
        });
    });
}

/** Resolves once a policy pack runs below the command (bounded). */
function whenPackRuns(seen: Set<number>, then: () => void): void {
    const started = Date.now();
    const poll = setInterval(() => {
        const pack = [...seen].find((pid) => alive(pid) && cmdline(pid).includes("run-policy-pack/index.js"));
        if (pack !== undefined || Date.now() - started > 60_000) {
            clearInterval(poll);
            // Let the pack serve and the program run for a moment.
            setTimeout(then, 500);
        }
    }, 100);
}

/**
 * Asserts that every process seen below the command has ended, waiting up to 5 s; unless `started` is
 * false, the command must have started a child (its pack) first.
 */
async function expectNoneLeft(r: Run, what: string, started = true): Promise<void> {
    if (started) expect(r.descendants.size, `${what}: the command started its pack (saw no child)\n${r.stderr}`).to.be.greaterThan(0);
    const deadline = Date.now() + 5_000;
    let left = [...r.descendants].filter(alive);
    while (left.length > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        left = left.filter(alive);
    }
    expect(left.map((pid) => `${pid} ${cmdline(pid)}`), `${what}: processes left behind`).to.deep.equal([]);
}

/** The stderr lines that are not progress lines. */
function messages(r: Run): string[] {
    return r.stderr
        .split("\n")
        .filter((l) => l !== "" && !l.startsWith(PROGRESS_LINE_PREFIX));
}

/** Asserts exit 2 with exactly one `zonesafe: <problem> (<fix>)` line (after the program's own output); returns it. */
function oneErrorLine(r: Run, what: string): string {
    const detail = `${what}: exit ${r.code} signal ${r.signal}\n${r.stderr}`;
    expect(r.code, detail).to.equal(2);
    const lines = messages(r).filter((l) => l.startsWith("zonesafe:"));
    expect(lines, detail).to.have.length(1);
    expect(lines[0], detail).to.match(/^zonesafe: .+ \(.+\)$/);
    expect(r.stderr, detail).to.not.match(/\n\s+at /);
    expect(r.stderr, detail).to.not.include("promises were still active");
    return lines[0];
}

// The fixture pack starts in a fraction of the time zonesafe's own pack takes; it passes everything
// unless ZONESAFE_FIXTURE_PACK_MODE says otherwise.
const PACK = ["--policy-pack", path.join(PACKS, "misbehaving")];
const preview = (mode: string, ...extra: string[]) => ["preview", "--cwd", PROJECT, "-c", `misbehaving:mode=${mode}`, ...PACK, "--format", "json", ...extra];
const packPreview = (...extra: string[]) => preview("normal", ...extra);
const packAssess = (...extra: string[]) => ["assess", "--state", STATE, ...PACK, "--format", "json", ...extra];
const packMode = (mode: string) => ({ env: { ZONESAFE_FIXTURE_PACK_MODE: mode } });

/** Runs the runs two at a time; results in the order given. */
async function runAll(runs: Array<() => Promise<Run>>): Promise<Run[]> {
    const out = new Array<Run>(runs.length);
    let next = 0;
    const worker = async () => {
        while (next < runs.length) {
            const i = next++;
            out[i] = await runs[i]();
        }
    };
    await Promise.all([worker(), worker()]);
    return out;
}

/**
 * Time limits for the runs that must time out in a given phase, scaled to how fast this machine is
 * now: a limit must leave the program time to run and the pack time to start (the phases before the
 * one that hangs), which takes a few seconds on an idle machine and many times that under load. Each
 * limit is three times a normal run measured just before, and never less than the given floor.
 */
async function limitAbove(args: string[], floorSeconds: number): Promise<string> {
    const started = Date.now();
    const r = await run(args);
    expect(r.code, `calibration run: ${r.stderr}`).to.be.oneOf([0, 1]);
    const seconds = Math.max(floorSeconds, Math.ceil((3 * (Date.now() - started)) / 1000));
    return formatDuration(seconds * 1000);
}

describe("zonesafe hardening: processes, time limits and exit codes (the command, run as a process)", function () {
    this.timeout(600_000);

    it("parses and prints durations", () => {
        expect(parseDuration("90s")).to.equal(90_000);
        expect(parseDuration("10m")).to.equal(600_000);
        expect(parseDuration("1h")).to.equal(3_600_000);
        expect(parseDuration("1m30s")).to.equal(90_000);
        expect(parseDuration("45")).to.equal(45_000);
        expect(parseDuration("1.5")).to.equal(1500);
        for (const bad of ["", "ten", "5d", "-3s", "0", "0s"]) expect(() => parseDuration(bad), bad).to.throw(/duration|time limit/);
        expect(formatDuration(600_000)).to.equal("10m");
        expect(formatDuration(3000)).to.equal("3s");
        expect(formatDuration(5_400_000)).to.equal("1h30m");
    });

    describe("no process outlives the command, on every exit path", () => {
        let runs: Run[];
        let busyLimit: string;
        before(async () => {
            busyLimit = await limitAbove(preview("normal"), 15);
            const signalOnce = (sig: NodeJS.Signals) => (child: ChildProcess, seen: Set<number>) => whenPackRuns(seen, () => child.kill(sig));
            runs = await runAll([
                () => run(preview("normal")),
                () => run(preview("normal", "--quiet")),
                () => run(preview("pending", "--timeout", "10m"), { during: signalOnce("SIGTERM") }),
                () => run(preview("pending", "--timeout", "10m"), { during: signalOnce("SIGINT") }),
                () => run(preview("pending", "--timeout", "10m"), { during: signalOnce("SIGKILL") }),
                () => run(preview("exit0")),
                () => run(preview("exit3")),
                () => run(preview("exitLater")),
                // Long enough for the pack to start beside the program, which then loops for good.
                () => run(preview("busy", "--timeout", busyLimit)),
                () => run(["preview", "--cwd", PROJECT, "--policy-pack", path.join(PACKS, "ts-error"), "--format", "json"]),
            ]);
        });

        it("a normal run: exit 0 or 1 (a report), progress lines without a terminal, none with --quiet", async () => {
            const [normal, quiet] = runs;
            expect(normal.code, normal.stderr).to.be.oneOf([0, 1]);
            expect(JSON.parse(normal.stdout).summary).to.be.an("object");
            const progress = normal.stderr.split("\n").filter((l) => l.startsWith(PROGRESS_LINE_PREFIX));
            expect(progress[0], normal.stderr).to.match(/^zonesafe \[\d+\.\ds\] (running the program of misbehaving\/dev|starting the policy pack)$/);
            expect(progress.some((l) => /^zonesafe \[\d+\.\ds\] evaluated 2 resources$/.test(l)), normal.stderr).to.equal(true);
            expect(progress.length, normal.stderr).to.be.within(3, 10);
            expect(quiet.code).to.equal(normal.code);
            expect(quiet.stderr).to.equal("");
            await expectNoneLeft(normal, "normal exit");
        });

        it("SIGTERM, SIGINT and SIGKILL sent to the command alone: it ends and its packs follow", async () => {
            for (const [r, sig] of [
                [runs[2], "SIGTERM"],
                [runs[3], "SIGINT"],
                [runs[4], "SIGKILL"],
            ] as const) {
                expect(r.signal, `${sig}\n${r.stderr}`).to.equal(sig);
                await expectNoneLeft(r, sig);
            }
        });

        it("a program that calls process.exit(0) or process.exit(3), during its run or later: exit 2 with one line", async () => {
            for (const [r, code] of [
                [runs[5], "0"],
                [runs[6], "3"],
                [runs[7], "0"],
            ] as const) {
                expect(oneErrorLine(r, `process.exit(${code})`)).to.equal(
                    `zonesafe: the program called process.exit(${code}) before zonesafe finished (a Pulumi program must not end the process: remove the call, or throw an Error to fail the run)`,
                );
                expect(r.stdout).to.equal("");
                await expectNoneLeft(r, `process.exit(${code})`);
            }
        });

        it("a busy-looping program under --timeout: exit 2 naming the program run and --timeout", async () => {
            const r = runs[8];
            expect(r.stderr, "the program looped").to.include("misbehaving: looping");
            expect(oneErrorLine(r, "busy loop")).to.match(new RegExp(`^zonesafe: the program run did not finish within the time limit of ${busyLimit} \\(.*endless loop.*--timeout`));
            await expectNoneLeft(r, "timeout");
        });

        it("a pack whose TypeScript does not compile: the compiler's diagnostic, no 'errors above'", async () => {
            const r = runs[9];
            const line = oneErrorLine(r, "ts-error pack");
            expect(line).to.match(/does not compile: index\.ts\(5,\d+\): error TS4111: Property 'ZONESAFE_FIXTURE_PREFIX' comes from an index signature/);
            expect(line).to.not.include("above");
            await expectNoneLeft(r, "pack error");
        });
    });

    describe("time limits and failures of programs and packs", () => {
        let runs: Run[];
        let previewLimit: string;
        let assessLimit: string;
        before(async () => {
            previewLimit = await limitAbove(packPreview(), 20);
            assessLimit = await limitAbove(packAssess(), 10);
            runs = await runAll([
                () => run(preview("pending", "--timeout", "3s")),
                () => run(preview("interval", "--timeout", "3s")),
                () => run(packAssess("--timeout", "3s"), packMode("hangStart")),
                // Long enough for the program to run and the pack to start on a busy machine.
                () => run(packPreview("--timeout", previewLimit), packMode("busyResource")),
                () => run(packPreview("--timeout", previewLimit), packMode("pendingResource")),
                () => run(packAssess("--timeout", assessLimit), packMode("busyStack")),
                () => run(packAssess("--timeout", assessLimit), packMode("pendingStack")),
                () => run(packAssess(), packMode("throwStack")),
                () => run(preview("unhandledRejection")),
                () => run(preview("throwNull")),
            ]);
        });

        it("a program that never finishes (a pending promise, an interval timer): the program run timed out", async () => {
            for (const r of runs.slice(0, 2)) {
                expect(oneErrorLine(r, "program")).to.match(/^zonesafe: the program run did not finish within the time limit of 3s \(.*or allow more time with --timeout/);
                // The pack may not have started within 3 s; whatever did start has ended.
                await expectNoneLeft(r, "program timeout", false);
            }
        });

        it("a pack that never starts: the pack start timed out, with --timeout as the fix (not startTimeoutMs)", async () => {
            const line = oneErrorLine(runs[2], "hangStart");
            expect(line).to.match(/^zonesafe: the pack start did not finish within the time limit of 3s \(look for code in the policy pack that blocks .*--timeout/);
            expect(runs[2].stderr).to.not.include("startTimeoutMs");
            await expectNoneLeft(runs[2], "pack start timeout");
        });

        it("a policy that hangs (busy or never settling) in preview and in assess: the pack evaluation timed out", async () => {
            for (const r of runs.slice(3, 7)) {
                expect(oneErrorLine(r, "hanging policy")).to.match(
                    new RegExp(`^zonesafe: the pack evaluation did not finish within the time limit of (${previewLimit}|${assessLimit}) \\(look for a policy that never returns.*--timeout`),
                );
                await expectNoneLeft(r, "pack evaluation timeout");
            }
        });

        it("a stack policy that throws: named with its error, and a fix that is not a stack frame", () => {
            const line = oneErrorLine(runs[7], "throwStack");
            expect(line).to.match(/^zonesafe: the policy misbehaving-stack of the pack misbehaving@v0\.1\.0 threw an error: the stack policy could not read the topology \(the policy has a bug/);
            expect(line).to.not.match(/\bat \S+ \(|server-interceptors/);
        });

        it("an unhandled rejection or a thrown null in the program: exit 2 with one line", () => {
            expect(oneErrorLine(runs[8], "rejection")).to.match(/^zonesafe: .*the quota service did not answer \(/);
            expect(oneErrorLine(runs[9], "null")).to.equal("zonesafe: the program failed: it threw null instead of an Error (throw an Error with a message that says what is wrong)");
        });
    });

    describe("a report that cannot be written to stdout", () => {
        const shell = (redirect: string) =>
            new Promise<{ code: number; stderr: string }>((resolve) => {
                const cmd = `"${process.execPath}" "${BIN}" assess --state "${STATE}" ${PACK.join(" ")} --format json --quiet 2>"$ERR" ${redirect}; echo "\${PIPESTATUS[0]}" >"$ERR.code"`;
                const err = path.join(fs.mkdtempSync(path.join(require("os").tmpdir(), "zonesafe-stdout-")), "stderr");
                const child = spawn("bash", ["-c", cmd], { cwd: ROOT, env: { ...process.env, ERR: err }, stdio: ["ignore", "ignore", "ignore"] });
                child.on("close", () => resolve({ code: Number(fs.readFileSync(`${err}.code`, "utf8").trim()), stderr: fs.readFileSync(err, "utf8") }));
            });

        it("a reader that closes the pipe (| head -c 0) and a full device (/dev/full): exit 2 with one line", async () => {
            // The reader has gone before the report comes (a report smaller than the pipe's buffer would
            // otherwise fit in it whole, whatever the reader does).
            const [pipe, full] = await Promise.all([shell("| head -c 0"), shell(">/dev/full")]);
            for (const [r, what, re] of [
                [pipe, "closed pipe", /^zonesafe: the report could not be written to stdout: the reader closed it .*\(EPIPE\) \(.*--out FILE\)$/],
                [full, "/dev/full", /^zonesafe: the report could not be written to stdout: no space left on the device \(ENOSPC\) \(.*--out FILE\)$/],
            ] as const) {
                expect(r.code, `${what}\n${r.stderr}`).to.equal(2);
                expect(r.stderr.trimEnd().split("\n"), what).to.have.length(1);
                expect(r.stderr.trimEnd(), what).to.match(re);
            }
        });
    });
});
