// The latest drill results beside the AZ-failure simulation: `zonesafe assess --drill-results` on the
// example retail-prod export, with result files written by the runner's own result builder (one
// experiment run twice: only the latest counts; one for another stack: left out with a note), shown in
// text, JSON (valid against the report schema) and HTML; bad result paths or files exit 2 with one line.
import { expect } from "chai";
import * as fs from "node:fs";
import * as path from "node:path";
import { Writable } from "node:stream";
import { planDrills } from "@zonesafe/drills/planner";
import type { DrillPlan } from "@zonesafe/drills";
import { drillSubjectOfStack } from "../../cli/drill/subject";
import { buildResult, writeResultFile } from "../../cli/drill/results";
import type { DataDrillMeasurement } from "../../cli/drill/runner/dataDrill";
import { main } from "../../cli/main";
import type { Report } from "../../cli/report/model";
import { retailProdStack } from "../resilience/fixtures";
import { reportSchemaErrors, ROOT, tempDir } from "../cli/helpers";

const STATE = path.join(ROOT, "examples", "retail-prod.export.json");

class Sink extends Writable {
    text = "";
    override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
        this.text += chunk.toString();
        done();
    }
}

/** A data drill's measurement: recovered with `rpoMs`, or never recovered. */
function measurement(kind: "db-isolation" | "db-restore", rpoMs: number | null): DataDrillMeasurement {
    const recovered = rpoMs !== null;
    return {
        kind,
        instanceId: "cdb-orders01",
        database: "zonesafe_drill",
        recordedTime: "2026-12-01 10:00:01",
        restored: recovered ? { instanceId: "cdb-orders01", database: "zonesafe_drill_restored" } : null,
        recovered,
        failure: recovered ? null : "the recovery request async-1 ended FAILED: no backup",
        rtoMs: recovered ? 10_000 : null,
        rpo: recovered ? { rpoMs, lastAcknowledged: 5, lastPresent: rpoMs === 0 ? 5 : 4, missing: rpoMs === 0 ? 0 : 1, acknowledged: 5 } : null,
        checksums: recovered ? [{ table: "heartbeat", source: "1", restored: rpoMs === 0 ? "1" : "2", equal: rpoMs === 0 }] : [],
        checksumsEqual: recovered ? rpoMs === 0 : null,
        polls: 3,
        heartbeatFailures: 0,
        timeline: [],
    };
}

describe("assess and preview --drill-results: the latest drill results beside the simulation", function () {
    this.timeout(120_000);
    let dir: string;
    let plan: DrillPlan;

    function write(name: string, experiment: string, rpoMs: number | null, finishedAt: string, stack = "retail-prod"): void {
        const p = { ...plan, stack: { ...plan.stack, stack } };
        const e = plan.experiments.find((x) => x.id === experiment)!;
        const kind = e.kind as "db-isolation" | "db-restore";
        const result = buildResult({
            plan: p,
            experiment: e,
            instanceId: "cdb-orders01",
            production: stack.endsWith("prod"),
            endpoint: "http://127.0.0.1:1",
            runId: name,
            startedAt: new Date(Date.parse(finishedAt) - 60_000),
            finishedAt: new Date(finishedAt),
            measurement: measurement(kind, rpoMs),
            version: "0.1.0",
        });
        writeResultFile(path.join(dir, "drill-results", `${name}.json`), result);
    }

    async function zonesafe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
        const stdout = new Sink();
        const stderr = new Sink();
        const code = await main(args, { stdout, stderr, cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
        return { code, stdout: stdout.text, stderr: stderr.text };
    }

    before(() => {
        dir = tempDir("zonesafe-drill-report-");
        plan = planDrills(drillSubjectOfStack(retailProdStack(), "state"));
        write("restore-old", "db-restore-orders-db", 0, "2026-11-01T10:00:00.000Z");
        write("restore-new", "db-restore-orders-db", 1500, "2026-12-01T10:00:00.000Z");
        write("isolation", "db-isolation-orders-db", 0, "2026-11-20T08:00:00.000Z");
        write("staging", "db-isolation-orders-db", null, "2026-12-01T12:00:00.000Z", "retail-staging");
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("JSON: per experiment the latest result, measured beside expected, valid against the report schema; other stacks noted", async () => {
        const r = await zonesafe(["--format", "json", "-q", "assess", "--state", STATE, "--drill-results", "drill-results"]);
        expect([0, 1], r.stderr).to.include(r.code);
        const report = JSON.parse(r.stdout) as Report;
        expect(reportSchemaErrors(report)).to.equal("");
        expect(report.drills!.map((d) => [d.experiment, d.passed, d.finishedAt])).to.deep.equal([
            ["db-isolation-orders-db", true, "2026-11-20T08:00:00.000Z"],
            ["db-restore-orders-db", false, "2026-12-01T10:00:00.000Z"],
        ]);
        const restore = report.drills![1];
        expect(restore).to.deep.include({ rtoSeconds: 10, rpoSeconds: 1.5, recovered: true, instanceId: "cdb-orders01" });
        expect(restore.hypotheses).to.deep.equal([
            { id: "rpo-seconds:orders-db", metric: "rpo-seconds", comparator: "<=", expected: 0, measured: 1.5, unit: "seconds", passed: false },
            { id: "checksum-equal:orders-db", metric: "checksum-equal", comparator: "==", expected: true, measured: false, unit: "boolean", passed: false },
        ]);
        expect(report.notes).to.include("1 drill result is for another stack than zonesafe/retail-prod and is not shown");
        // Beside the simulation.
        expect(Object.keys(report).indexOf("drills")).to.equal(Object.keys(report).indexOf("resilience") + 1);
    });

    it("text: a section after the AZ-failure simulation with the measured and expected figures and the date", async () => {
        const r = await zonesafe(["-q", "assess", "--state", STATE, "--drill-results", "drill-results"]);
        const text = r.stdout;
        const at = text.indexOf("Drill results (measured): 1/2 passed");
        expect(at, text).to.be.greaterThan(text.indexOf("AZ-failure simulation (estimates):"));
        expect(text).to.include("  ✔ db-isolation-orders-db (2026-11-20, cdb-orders01)");
        expect(text).to.include("  ✖ db-restore-orders-db (2026-12-01, cdb-orders01)");
        expect(text).to.include("      FAIL rpo-seconds:orders-db: measured 1.5 s, expected <= 0 s");
        expect(text).to.include("      pass checksum-equal:orders-db: measured true, expected == true");
    });

    it("HTML: a section right after the resilience section", async () => {
        const r = await zonesafe(["--format", "html", "--out", "report.html", "-q", "assess", "--state", STATE, "--drill-results", "drill-results"]);
        expect([0, 1], r.stderr).to.include(r.code);
        const html = fs.readFileSync(path.join(dir, "report.html"), "utf8");
        const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
        expect(ids.indexOf("drill-results"), ids.join(",")).to.be.greaterThan(ids.indexOf("resilience"));
        const section = html.slice(html.indexOf('<section id="drill-results"'));
        expect(section).to.match(/<p>1\/2 experiments passed/);
        expect(section).to.include("<code>rpo-seconds:orders-db</code></td><td class=\"num\">1.5 s</td><td class=\"num\">&lt;= 0 s</td>");
        expect(section).to.include("2026-12-01");
    });

    it("a result file alone; no result for the stack", async () => {
        const one = await zonesafe(["--format", "json", "-q", "assess", "--state", STATE, "--drill-results", path.join("drill-results", "isolation.json")]);
        expect((JSON.parse(one.stdout) as Report).drills!.map((d) => d.experiment)).to.deep.equal(["db-isolation-orders-db"]);
        const none = await zonesafe(["-q", "assess", "--state", STATE, "--drill-results", path.join("drill-results", "staging.json")]);
        expect(none.stdout).to.include("Drill results (measured): none for this stack");
    });

    it("without --drill-results the report has no drills member", async () => {
        const r = await zonesafe(["--format", "json", "-q", "assess", "--state", STATE]);
        expect(JSON.parse(r.stdout)).not.to.have.property("drills");
    });

    it("preview: the program's stack identifies its results", async () => {
        const stagingPlan = { ...plan, stack: { project: "plain-shop", stack: "dev", source: "program" as const } };
        const e = plan.experiments.find((x) => x.id === "db-restore-orders-db")!;
        const result = buildResult({
            plan: stagingPlan,
            experiment: e,
            instanceId: "cdb-plain01",
            production: false,
            endpoint: "http://127.0.0.1:1",
            runId: "plain",
            startedAt: new Date("2026-12-01T09:59:00Z"),
            finishedAt: new Date("2026-12-01T10:00:00Z"),
            measurement: measurement("db-restore", 0),
            version: "0.1.0",
        });
        writeResultFile(path.join(dir, "plain", "plain.json"), result);
        const r = await zonesafe(["--format", "json", "-q", "preview", "--cwd", path.join(ROOT, "test", "fixtures", "projects", "plain"), "--stack", "dev", "--drill-results", "plain"]);
        const report = JSON.parse(r.stdout) as Report;
        expect(reportSchemaErrors(report)).to.equal("");
        expect(report.drills!.map((d) => [d.experiment, d.passed, d.rpoSeconds])).to.deep.equal([["db-restore-orders-db", true, 0]]);
    });

    it("a missing path, or a file that is not a result: exit 2, one line naming it", async () => {
        const missing = await zonesafe(["-q", "assess", "--state", STATE, "--drill-results", "nowhere"]);
        expect(missing.code).to.equal(2);
        expect(missing.stderr.trimEnd().split("\n")).to.have.length(1);
        expect(missing.stderr).to.match(/^zonesafe: the drill results .*nowhere do not exist \(pass --drill-results/);
        const bad = path.join(dir, "bad");
        fs.mkdirSync(bad);
        fs.writeFileSync(path.join(bad, "x.json"), JSON.stringify({ schema: "zonesafe.drill-result/v1", passed: "yes" }));
        const r = await zonesafe(["-q", "assess", "--state", STATE, "--drill-results", "bad"]);
        expect(r.code).to.equal(2);
        expect(r.stderr.trimEnd().split("\n")).to.have.length(1);
        expect(r.stderr).to.match(/x\.json is not a zonesafe\.drill-result\/v1 document: \/ must have required property/);
    });
});
