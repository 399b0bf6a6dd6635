// `zonesafe node-guard`: the stack's alert rules as a rule file promtool accepts, read from the
// program or from a deployed stack's export; the guard itself run by the command; bad input refused
// with one line.
import { expect } from "chai";
import * as fs from "node:fs";
import * as path from "node:path";
import * as YAML from "yaml";
import { exampleExport } from "../../scripts/example-export";
import { requirePromtool, runPromtool } from "../support/promtool";
import type { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { clbGuardConfig, fakeCloud, GUARD_ENV, SECRET_KEY, spawnGuardProcess, TOKEN } from "../nodeGuard/helpers";
import { BIN, describeRun, ROOT, runCli, tempDir } from "./helpers";

interface RuleFile {
    groups: { name: string; rules: { alert: string; expr: string; for?: string; labels: Record<string, string> }[] }[];
}

describe("zonesafe node-guard", function () {
    this.timeout(180_000);
    let dir: string;
    let fromProgram: string;
    before(async () => {
        dir = tempDir("zonesafe-node-guard-");
        const run = await runCli(["node-guard", "rules", "--stack", "beacon-prod"]);
        expect(run.code, describeRun(run)).to.equal(0);
        fromProgram = run.stdout;
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("prints the beacon stack's rule file: each gateway cluster's guard, its single-node and common-cause groups", () => {
        const file = YAML.parse(fromProgram) as RuleFile;
        expect(file.groups.map((g) => g.name)).to.deep.equal(
            ["logs-guangzhou-1", "metrics-guangzhou-1", "logs-shanghai-1", "metrics-shanghai-1"].flatMap((c) => [`beacon-${c}-single-node-faults`, `beacon-${c}-common-cause`]),
        );
        for (const g of file.groups.filter((x) => x.name.endsWith("-common-cause"))) {
            expect(g.rules.map((r) => r.alert)).to.deep.equal(["ZonesafeCommonCause"]);
            expect(g.rules[0].expr).to.contain(">= 3");
        }
        expect(fromProgram).to.match(/^# The node guards' alert rules of stack beacon-prod/);
    });

    it("writes a rule file promtool accepts", async function () {
        const promtool = requirePromtool(this);
        const file = path.join(dir, "rules.yaml");
        const run = await runCli(["node-guard", "rules", "--stack", "beacon-prod", "--guard", "beacon-logs-guangzhou-1", "--out", file]);
        expect(run.code, describeRun(run)).to.equal(0);
        expect(run.stdout).to.equal("");
        const written = YAML.parse(fs.readFileSync(file, "utf8")) as RuleFile;
        expect(written.groups.map((g) => g.name)).to.deep.equal(["beacon-logs-guangzhou-1-single-node-faults", "beacon-logs-guangzhou-1-common-cause"]);
        const checked = await runPromtool(promtool, ["check", "rules", file], dir);
        expect(checked.code, checked.stderr + checked.stdout).to.equal(0);
        expect(checked.stdout).to.contain(`SUCCESS: ${written.groups.flatMap((g) => g.rules).length} rules found`);
    });

    it("reads the same rules from a deployed stack's export", async () => {
        const exported = path.join(dir, "beacon-prod.export.json");
        fs.writeFileSync(exported, JSON.stringify(await exampleExport("beacon-prod")));
        const run = await runCli(["node-guard", "rules", "--state", exported]);
        expect(run.code, describeRun(run)).to.equal(0);
        expect((YAML.parse(run.stdout) as RuleFile).groups).to.deep.equal((YAML.parse(fromProgram) as RuleFile).groups);
    });

    it("refuses with one line: a stack without a guard, an unknown guard, --state beside --stack, and no --config", async () => {
        const cases: [string[], RegExp][] = [
            [["node-guard", "rules", "--stack", "retail-legacy"], /stack retail-legacy deploys no node guard.*add a NodeFaultAutomation/],
            [["node-guard", "rules", "--stack", "beacon-prod", "--guard", "gateway"], /has no node guard named gateway \(use one of: beacon-logs-guangzhou-1, /],
            [["node-guard", "rules", "--stack", "beacon-prod", "--state", "x.json"], /give one of them/],
            [["node-guard"], /needs --config FILE/],
        ];
        for (const [args, message] of cases) {
            const run = await runCli(args);
            expect(run.code, describeRun(run)).to.equal(2);
            expect(run.stdout).to.equal("");
            expect(run.stderr.trim().split("\n"), describeRun(run)).to.have.length(1);
            expect(run.stderr).to.match(message);
        }
    });

    describe("--config FILE", () => {
        let api: FakeTencentCloudApi;
        beforeEach(async () => (api = await fakeCloud()));
        afterEach(async () => api.stop());

        function config(extra: string[] = []): string {
            const file = path.join(dir, "guard.yaml");
            fs.writeFileSync(file, clbGuardConfig({ apiUrl: api.url, pageUrl: "http://127.0.0.1:9/page", extra }));
            return file;
        }

        it("runs the guard: it discovers the CLB's targets, serves, and stops cleanly on SIGTERM", async () => {
            const { child, out, base, exited } = await spawnGuardProcess([BIN, "node-guard", "--config", config()], { cwd: ROOT });
            expect((await fetch(`${base}/healthz`)).status).to.equal(200);
            const sd = (await (await fetch(`${base}/sd`)).json()) as { targets: string[] }[];
            expect(sd.flatMap((g) => g.targets).length).to.be.greaterThan(0);
            expect(api.callsOf("DescribeTargets").length).to.be.greaterThan(0);
            child.kill("SIGTERM");
            expect(await exited).to.equal(0);
            expect(out.join("")).to.not.contain(TOKEN).and.not.contain(SECRET_KEY);
        });

        it("stops at once on a bad configuration, naming every problem and printing no secret", async () => {
            const run = await runCli(["node-guard", "--config", config(["sdPort: 0", "secretKey: oops"])], { env: GUARD_ENV });
            expect(run.code, describeRun(run)).to.equal(2);
            expect(run.stderr).to.contain("sdPort").and.contain("secretKey");
            expect(run.stderr).to.not.contain(TOKEN).and.not.contain(SECRET_KEY);
        });
    });
});
