/**
 * engine/supervisor: supervised children die with their parent even when it is killed with SIGKILL and
 * they are stuck in a loop; the time limit names the phase, and ends a process whose main thread never
 * yields with the line and exit code it was given.
 */
import { execFile, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { expect } from "chai";
import { parseDuration, spawnSupervised, supervisedChildren, TimeLimit, TimeoutError } from "../../engine/supervisor";

const SUPERVISOR = path.resolve(__dirname, "..", "..", "engine", "supervisor.ts");

/** Whether a process runs (a zombie has ended). */
function alive(pid: number): boolean {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
        return state !== "Z" && state !== "X";
    } catch {
        return false;
    }
}

/** Runs `source` in a Node.js process with tsx; resolves with its exit code and output. */
function runScript(source: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
        const child = execFile(process.execPath, ["--import", "tsx", "-e", source], { timeout: 60_000 }, (err, stdout, stderr) =>
            resolve({ code: child.exitCode ?? (err as { code?: number } | null)?.code ?? null, stdout, stderr }),
        );
    });
}

describe("engine/supervisor", function () {
    this.timeout(60_000);

    it("a supervised child stuck in a loop dies when its parent is killed with SIGKILL", async () => {
        const source = `
            const { spawnSupervised } = require(${JSON.stringify(SUPERVISOR)});
            const child = spawnSupervised(["-e", "for (;;) {}"], { cwd: process.cwd(), env: process.env, stdio: ["ignore", "ignore", "ignore"] });
            process.stdout.write(String(child.pid) + "\\n");
            setInterval(() => undefined, 1000);`;
        const parent = spawn(process.execPath, ["--import", "tsx", "-e", source], { stdio: ["ignore", "pipe", "inherit"] });
        const childPid = await new Promise<number>((resolve) => {
            let out = "";
            parent.stdout?.setEncoding("utf8").on("data", (c: string) => {
                out += c;
                if (out.includes("\n")) resolve(Number(out.trim()));
            });
        });
        expect(alive(childPid)).to.equal(true);
        // Let the child's watchdog thread start, then kill the parent where no handler can run.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        parent.kill("SIGKILL");
        const deadline = Date.now() + 5_000;
        while (alive(childPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(alive(childPid), `child ${childPid} outlived its parent`).to.equal(false);
    });

    it("a supervised child that exits on its own is no longer tracked, and its pipe never holds the parent", async () => {
        const before = supervisedChildren();
        const child = spawnSupervised(["-e", "setTimeout(() => process.exit(4), 50)"], { cwd: process.cwd(), env: process.env, stdio: ["ignore", "ignore", "ignore"] });
        expect(supervisedChildren()).to.equal(before + 1);
        const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
        expect(code).to.equal(4);
        expect(supervisedChildren()).to.equal(before);
    });

    it("a time limit rejects at its deadline with the phase under way, and not after stop()", async () => {
        let phase: "program run" | "pack start" = "program run";
        const limit = new TimeLimit(100, () => phase);
        phase = "pack start";
        const err = await limit.race(new Promise(() => undefined)).then(
            () => undefined,
            (e: unknown) => e,
        );
        expect(err).to.be.instanceOf(TimeoutError);
        expect((err as TimeoutError).phase).to.equal("pack start");
        expect(limit.expired).to.equal(err);
        await limit.stop();
        const quick = new TimeLimit(50, () => "pack evaluation");
        expect(await quick.race(Promise.resolve(7))).to.equal(7);
        await quick.stop();
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(quick.expired).to.equal(undefined);
    });

    it("a time limit ends a process whose main thread never yields, with its line and exit code", async () => {
        const source = `
            const { TimeLimit } = require(${JSON.stringify(SUPERVISOR)});
            new TimeLimit(${parseDuration("0.3")}, () => "program run", {
                guardMainThread: { line: (e) => "stuck: " + e.message, exitCode: 7 },
            });
            setTimeout(() => { for (;;) {} }, 10);`;
        const r = await runScript(source);
        expect(r.code, r.stderr).to.equal(7);
        expect(r.stderr).to.equal("stuck: the program run did not finish within 0.3s\n");
    });
});
