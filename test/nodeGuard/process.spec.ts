// The compiled `zonesafe-node-guard` command as a child process against the fake Tencent Cloud API:
// killed (SIGKILL) while a removal is owed and restarted, it loses nothing; configuration and state
// errors stop it with a clear message; no output carries the token or the secret key.
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { amAlert, amPayload, clbGuardConfig, fakeCloud, type GuardProcess, GUARD_ENV, LISTENER, post, Receiver, SECRET_KEY, spawnGuardProcess, TOKEN, waitFor } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "services", "node-guard", "bin", "zonesafe-node-guard.js");
const spawnGuard = (config: string): Promise<GuardProcess> => spawnGuardProcess([BIN, "--config", config]);

describe("node guard: the compiled command as a process", function () {
    this.timeout(90000);
    let api: FakeTencentCloudApi;
    let pager: Receiver;
    let dir: string;
    const procs: GuardProcess[] = [];

    before(() => {
        // The bin runs dist: build the service (and the model it references).
        execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-b", path.join(ROOT, "services", "node-guard")], { cwd: ROOT, stdio: "inherit" });
    });
    beforeEach(async () => {
        api = await fakeCloud();
        pager = new Receiver();
        await pager.start();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "node-guard-proc-"));
    });
    afterEach(async () => {
        for (const p of procs.splice(0)) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
        await api.stop();
        await pager.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    function writeConfig(): string {
        const file = path.join(dir, "guard.yaml");
        fs.writeFileSync(file, clbGuardConfig({ apiUrl: api.url, pageUrl: `${pager.url}/page` }));
        return file;
    }

    it("killed while a removal is owed and started again, it carries the removal out and keeps its decisions", async () => {
        const config = writeConfig();
        const a = await spawnGuard(config);
        procs.push(a);
        const replies: string[] = [];
        await fetch(`${a.base}/healthz`); // the test's own HTTP client warmed up
        const sent = Date.now();
        const r1 = await post(`${a.base}/alertmanager`, amPayload([amAlert("10.0.0.1", "firing")]));
        replies.push(r1.text);
        expect(r1.status).to.equal(202);
        await waitFor("node 1 deregistered", () => api.callsOf("DeregisterTargets").length === 1);
        const sentToCall = api.callsOf("DeregisterTargets")[0].at - sent;
        await waitFor("the removal counted done", async () => {
            const text = await (await fetch(`${a.base}/state`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
            replies.push(text);
            return JSON.parse(text).done.length === 1;
        });
        const latency = api.callsOf("DeregisterTargets")[0].at - JSON.parse(replies[replies.length - 1]).done[0].acceptedAt;

        // The backend fails every removal now; node 2's removal is owed when the guard is killed.
        api.failNext("DeregisterTargets", 1_000_000);
        const r2 = await post(`${a.base}/alertmanager`, amPayload([amAlert("10.0.0.2", "firing")]));
        replies.push(r2.text);
        expect(r2.status).to.equal(202);
        await waitFor("a failed attempt for node 2", () => api.callsOf("DeregisterTargets").length >= 2);
        a.child.kill("SIGKILL");
        await a.exited;
        expect(api.registered(LISTENER, "10.0.0.2")).to.equal(true);

        api.failNext("DeregisterTargets", 0);
        const b = await spawnGuard(config);
        procs.push(b);
        await waitFor("node 2 deregistered after the restart", () => !api.registered(LISTENER, "10.0.0.2"));
        const state = await fetch(`${b.base}/state`, { headers: { authorization: `Bearer ${TOKEN}` } });
        const s = (await state.json()) as { removed: string[]; pending: unknown[] };
        replies.push(JSON.stringify(s));
        expect(s.removed).to.deep.equal(["10.0.0.1", "10.0.0.2"]);

        // The restarted guard still counts nodes 1 and 2: node 3 pages and stays.
        replies.push((await post(`${b.base}/alertmanager`, amPayload([amAlert("10.0.0.3", "firing")]))).text);
        await waitFor("the page", () => pager.bodies.length === 1);
        // A redelivery of node 1's firing alert from before the kill is a duplicate.
        const dup = await post(`${b.base}/alertmanager`, amPayload([amAlert("10.0.0.1", "firing")]));
        expect(dup.body).to.deep.equal({ accepted: 0, duplicates: 1, ignored: [] });
        replies.push((await post(`${b.base}/alertmanager`, amPayload([amAlert("10.0.0.1", "resolved")]))).text);
        await waitFor("node 1 registered again", () => api.registered(LISTENER, "10.0.0.1"));
        expect(api.callsOf("RebootInstances").map((c) => c.params)).to.deep.equal([{ InstanceIds: ["ins-1"], StopType: "SOFT_FIRST" }]);
        await waitFor("node 3 removed once below the limit again", () => !api.registered(LISTENER, "10.0.0.3"));
        expect(pager.bodies).to.have.length(1);

        b.child.kill("SIGTERM");
        expect(await b.exited).to.equal(0);
        const output = [...a.out, ...b.out, ...replies, fs.readFileSync(path.join(dir, "state.json"), "utf8")].join("\n");
        expect(output).not.to.include(TOKEN);
        expect(output).not.to.include(SECRET_KEY);
        process.stdout.write(`      webhook accepted → DeregisterTargets received (compiled process): ${latency} ms; sent → received: ${sentToCall} ms\n`);
        expect(latency).to.be.below(2000);
    });

    it("stops with exit code 2 and every configuration problem, printing no secret", () => {
        const file = path.join(dir, "guard.yaml");
        fs.writeFileSync(file, "token: Zq9shortTk\nbackend: { kind: f5 }\n");
        let status = 0;
        let stderr = "";
        try {
            execFileSync(process.execPath, [BIN, "--config", file], { env: GUARD_ENV, stdio: "pipe" });
        } catch (err) {
            status = (err as { status: number }).status;
            stderr = String((err as { stderr: Buffer }).stderr);
        }
        expect(status).to.equal(2);
        expect(stderr).to.equal(
            [
                `node guard: ${file} has 4 problems:`,
                "  - `token` must be at least 16 characters long (it guards who can remove nodes); use a long random value",
                "  - `stateFile` is required: the path of the JSON file the guard keeps its state in (e.g. ./node-guard-state.json)",
                "  - `page.webhook` is required: the http(s) URL the guard POSTs a page to when it stops removing (e.g. the on-call's notice URL)",
                '  - `backend.kind` must be one of clb, tse-polaris, polaris, tke; got "f5"',
                "",
            ].join("\n"),
        );
        expect(stderr).not.to.include("Zq9shortTk");
    });

    it("refuses a corrupt state file with the file and the fix, and leaves it alone", () => {
        const config = writeConfig();
        const state = path.join(dir, "state.json");
        fs.writeFileSync(state, "{ half a state");
        let status = 0;
        let stderr = "";
        try {
            execFileSync(process.execPath, [BIN, "--config", config], { env: GUARD_ENV, stdio: "pipe" });
        } catch (err) {
            status = (err as { status: number }).status;
            stderr = String((err as { stderr: Buffer }).stderr);
        }
        expect(status).to.equal(2);
        expect(stderr).to.match(new RegExp(`^zonesafe-node-guard: node guard: the state file ${state.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is corrupt: it is not JSON`));
        expect(fs.readFileSync(state, "utf8")).to.equal("{ half a state");
        expect(api.calls).to.deep.equal([]);
    });
});
