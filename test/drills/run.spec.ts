// `zonesafe drill run` end to end: the plan the planner makes for the retail-prod stack, a real MariaDB
// from Debian as the TencentDB instance (a second one as the clone), the local fake Tencent Cloud API
// (signatures checked, calls recorded) whose clone and rollback restore for real (dump + binlog replay).
// Refusals exit 2 with one line, before any API call and any change; a run writes a result file that
// validates against its schema; a lost write makes the run exit 1 with the measured RPO.
import { expect } from "chai";
import * as fs from "node:fs";
import * as path from "node:path";
import { Writable } from "node:stream";
import type { DrillPlan } from "@zonesafe/drills";
import { planDrills } from "@zonesafe/drills/planner";
import { drillSubjectOfStack } from "../../cli/drill/subject";
import { DRILL_RESULT_SCHEMA_FILE, latestResults, schemaErrors, schemaValidator, type DrillResult } from "../../cli/drill/results";
import { main } from "../../cli/main";
import { freePort } from "../support/processes";
import { FakeCdb, restoreFromBackup } from "../support/fakeCdb";
import { MariaDbServer, requireMariaDb, type Backup } from "../support/mariadb";
import { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { retailProdStack } from "../resilience/fixtures";
import { runCli, tempDir } from "../cli/helpers";

const SECRET_ID = "AKIDdrillcommand000000000000000000";
const SECRET_KEY = "drill-command-secret-key-00000000";
const INSTANCE = "cdb-orders01";
const DRILL_DB = "zonesafe_drill";
const RESTORED_DB = "zonesafe_drill_restored";
/** Fast pacing for the real clock: 20 ms between heartbeats, 50 ms between polls. */
const FAST = ["--beat-interval", "20ms", "--poll-interval", "50ms"];

/** Collects what a stream receives. */
class Sink extends Writable {
    text = "";
    override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
        this.text += chunk.toString();
        done();
    }
}

describe("zonesafe drill run", function () {
    this.timeout(120_000);
    let dir: string;
    let source: MariaDbServer;
    let cloneServer: MariaDbServer;
    let api: FakeTencentCloudApi;
    let cdb: FakeCdb;
    let backup: Backup;
    let loseLastWrite = false;
    let prodPlan: string;
    let stagingPlan: string;
    let plan: DrillPlan;


    before(async function () {
        const tools = requireMariaDb(this);
        dir = tempDir("zonesafe-drill-run-");
        const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
        [source, cloneServer] = await Promise.all([MariaDbServer.start(tools, "source", password), MariaDbServer.start(tools, "clone", password)]);
        await source.sql(`CREATE DATABASE ${DRILL_DB}`);
        backup = await source.backup(DRILL_DB);
        api = new FakeTencentCloudApi(SECRET_ID, SECRET_KEY, "lb-unused");
        cdb = new FakeCdb(api);
        cdb.add({ instanceId: INSTANCE, vip: "127.0.0.1", vport: source.port, zone: "ap-guangzhou-3", securityGroups: ["sg-orders"], status: 1 });
        restoreFromBackup(cdb, { source, cloneServer, backup, database: DRILL_DB, loseLastWrite: () => loseLastWrite });
        await api.start();
        plan = planDrills(drillSubjectOfStack(retailProdStack(), "state"));
        prodPlan = path.join(dir, "retail-prod.plan.json");
        fs.writeFileSync(prodPlan, JSON.stringify(plan, null, 2));
        stagingPlan = path.join(dir, "retail-staging.plan.json");
        fs.writeFileSync(stagingPlan, JSON.stringify({ ...plan, stack: { ...plan.stack, stack: "retail-staging" } }, null, 2));
    });

    after(async () => {
        await api?.stop();
        await Promise.all([source?.stop(), cloneServer?.stop()]);
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    beforeEach(async () => {
        loseLastWrite = false;
        api.calls.length = 0;
        api.refused.length = 0;
        await source.sql(`DROP DATABASE IF EXISTS ${RESTORED_DB}`);
    });

    const env = () => ({ TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY, ZONESAFE_MYSQL_PASSWORD: source.password });
    const mysqlUrl = () => `mysql://drill@127.0.0.1:${source.port}`;

    async function zonesafe(args: string[], extraEnv: NodeJS.ProcessEnv = env()): Promise<{ code: number; stdout: string; stderr: string }> {
        const stdout = new Sink();
        const stderr = new Sink();
        const code = await main(args, { stdout, stderr, cwd: dir, env: extraEnv });
        return { code, stdout: stdout.text, stderr: stderr.text };
    }

    const base = (planFile: string, experiment: string) => ["drill", "run", "--plan", planFile, "--experiment", experiment, "--endpoint", api.url, "--mysql", mysqlUrl(), "--instance-id", INSTANCE];

    /** A refusal: exit 2, one line, no API call, no change on the instance. */
    /** The instance's databases and the drill database's tables with their checksums. */
    async function snapshot(): Promise<unknown> {
        const tables = (await source.sql<Record<string, string>>("SHOW TABLES", DRILL_DB)).map((r) => Object.values(r)[0]);
        return { databases: await source.sql("SHOW DATABASES"), checksums: tables.length === 0 ? [] : await source.sql(`CHECKSUM TABLE ${tables.join(", ")}`, DRILL_DB) };
    }

    async function expectRefused(args: string[], pattern: RegExp, extraEnv?: NodeJS.ProcessEnv): Promise<string> {
        const before = await snapshot();
        const r = await zonesafe(args, extraEnv);
        expect(r.code, r.stderr).to.equal(2);
        expect(r.stdout).to.equal("");
        const lines = r.stderr.trimEnd().split("\n");
        expect(lines, r.stderr).to.have.length(1);
        expect(lines[0]).to.match(/^zonesafe: /);
        expect(lines[0]).to.match(pattern);
        expect(api.calls, "API calls").to.deep.equal([]);
        expect(api.refused).to.deep.equal([]);
        expect(await snapshot()).to.deep.equal(before);
        expect(r.stderr).not.to.include(source.password);
        expect(r.stderr).not.to.include(SECRET_KEY);
        return lines[0];
    }

    describe("refusals", () => {
        it("a production plan without --production", async () => {
            await expectRefused([...base(prodPlan, "db-restore-orders-db"), "--confirm"], /zonesafe\/retail-prod is a production stack .*nothing was changed \(.*--production/);
        });

        it("no --confirm", async () => {
            await expectRefused(base(stagingPlan, "db-restore-orders-db"), /injects a real fault: .*nothing was changed \(.*add --confirm\)/);
        });

        it("an unknown experiment, listing the known ones", async () => {
            const line = await expectRefused([...base(stagingPlan, "db-restore-nope"), "--confirm"], /no experiment "db-restore-nope"/);
            for (const e of plan.experiments) expect(line).to.include(e.id);
        });

        it("an unreachable endpoint", async () => {
            const port = await freePort();
            const args = [...base(stagingPlan, "db-restore-orders-db"), "--confirm"];
            args[args.indexOf("--endpoint") + 1] = `http://127.0.0.1:${port}`;
            await expectRefused(args, new RegExp(`the API endpoint http://127.0.0.1:${port} is unreachable \\(ECONNREFUSED\\); nothing was changed`));
        });

        it("a plan that is not a valid plan document, and one that is not JSON", async () => {
            const bad = path.join(dir, "bad.plan.json");
            fs.writeFileSync(bad, JSON.stringify({ ...plan, experiments: [{ ...plan.experiments[0], id: 42 }] }));
            await expectRefused([...base(bad, "db-restore-orders-db"), "--confirm"], /is not a valid zonesafe\.drill-plan\/v1 document: \/experiments\/0\/id must be string/);
            const notJson = path.join(dir, "not.plan.json");
            fs.writeFileSync(notJson, "{ nope");
            await expectRefused([...base(notJson, "db-restore-orders-db"), "--confirm"], /is not JSON/);
        });

        it("a zone's loss without its check URL, missing credentials, a missing isolation group", async () => {
            await expectRefused([...base(stagingPlan, "az-loss-ap-guangzhou-3"), "--confirm"], /measures RTO on the service's health URL, and the plan has none; nothing was changed \(pass --check-url/);
            await expectRefused([...base(stagingPlan, "db-restore-orders-db"), "--confirm"], /TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set/, { ZONESAFE_MYSQL_PASSWORD: source.password });
            await expectRefused([...base(stagingPlan, "db-isolation-orders-db"), "--confirm"], /needs the security group that isolates the instance \(pass --isolation-security-group/);
        });
    });

    it("a drill that cannot start (the database refuses the account): exit 2, one line, no fault injected", async () => {
        const r = await zonesafe(["-q", ...base(stagingPlan, "db-isolation-orders-db"), "--confirm", "--isolation-security-group", "sg-deny-all"], { ...env(), ZONESAFE_MYSQL_PASSWORD: "wrong-password-x" });
        expect(r.code, r.stderr).to.equal(2);
        expect(r.stderr.trimEnd().split("\n")).to.have.length(1);
        expect(r.stderr).to.match(/^zonesafe: the drill db-isolation-orders-db could not start: Access denied for user 'drill'.*; no fault was injected \(check --mysql/);
        expect(r.stderr).not.to.include("wrong-password-x");
        expect(api.calls.map((c) => c.action).filter((a) => !a.startsWith("Describe"))).to.deep.equal([]);
    });

    function readResult(stdout: string): DrillResult {
        const file = /result (\S+\.json)$/m.exec(stdout)?.[1];
        expect(file, stdout).to.be.a("string");
        const doc = JSON.parse(fs.readFileSync(path.resolve(dir, file!), "utf8")) as DrillResult;
        const v = schemaValidator(DRILL_RESULT_SCHEMA_FILE);
        expect(v(doc), schemaErrors(v)).to.equal(true);
        return doc;
    }

    it("db-restore on a staging plan: RPO 0 and equal checksums, exit 0, a result file in drill-results/", async () => {
        const r = await zonesafe([...base(stagingPlan, "db-restore-orders-db"), "--confirm", ...FAST]);
        expect(r.code, r.stderr + r.stdout).to.equal(0);
        expect(r.stdout).to.match(/PASS rpo-seconds:orders-db: measured 0 s, expected <= 0 s/);
        expect(r.stdout).to.match(/PASS checksum-equal:orders-db: measured true, expected == true/);
        expect(r.stdout).to.include(`  left: the database ${RESTORED_DB} on ${INSTANCE} (drop it once checked; the next restore drill needs its name free)`);
        expect(r.stdout).to.match(/^PASS — 2\/2 hypotheses held; result drill-results\/db-restore-orders-db-.*\.json$/m);
        const doc = readResult(r.stdout);
        expect(doc).to.deep.include({ passed: true, production: false, endpoint: api.url });
        expect(doc.experiment).to.deep.equal({ id: "db-restore-orders-db", kind: "db-restore", title: plan.experiments.find((e) => e.id === "db-restore-orders-db")!.title, zone: "ap-guangzhou-3", instanceId: INSTANCE });
        expect(doc.measurements).to.deep.include({ recovered: true, rpoSeconds: 0, restored: { instanceId: INSTANCE, database: RESTORED_DB } });
        expect(doc.measurements.heartbeat).to.deep.equal({ acknowledged: 5, lastAcknowledged: 5, lastPresent: 5, missing: 0, failures: 0 });
        expect(doc.measurements.rtoSeconds).to.be.a("number").greaterThan(0).lessThan(30);
        expect(r.stdout + r.stderr).not.to.include(source.password);
        expect(r.stdout + r.stderr).not.to.include(SECRET_KEY);
        expect(api.refused).to.deep.equal([]);
    });

    it("db-isolation on the production plan with --production: the clone holds every acknowledged write; the groups are back", async () => {
        const r = await zonesafe([...base(prodPlan, "db-isolation-orders-db"), "--confirm", "--production", "--isolation-security-group", "sg-deny-all", ...FAST, "--out", "iso.json"]);
        expect(r.code, r.stderr + r.stdout).to.equal(0);
        const doc = readResult(r.stdout);
        expect(doc.production).to.equal(true);
        expect(doc.hypotheses.map((h) => [h.id, h.measured, h.passed])).to.deep.equal([
            ["rpo-seconds:orders-db", 0, true],
            ["checksum-equal:orders-db", true, true],
        ]);
        expect(api.callsOf("ModifyDBInstanceSecurityGroups").map((c) => c.params.SecurityGroupIds)).to.deep.equal([["sg-deny-all"], ["sg-orders"]]);
        expect(api.callsOf("CreateCloneInstance")[0].params).to.include({ InstanceName: "orders-db-drill-clone", SpecifiedRollbackTime: doc.measurements.recordedTime });
        expect(fs.existsSync(path.join(dir, "iso.json"))).to.equal(true);
        expect(r.stdout).to.include("  left: the clone cdb-clone");
    });

    it("a write lost by the restore: exit 1, the failed hypotheses named with the measured RPO", async () => {
        loseLastWrite = true;
        const r = await zonesafe([...base(stagingPlan, "db-restore-orders-db"), "--confirm", ...FAST]);
        expect(r.code, r.stderr + r.stdout).to.equal(1);
        const doc = readResult(r.stdout);
        expect(doc.passed).to.equal(false);
        const rpo = doc.hypotheses.find((h) => h.metric === "rpo-seconds")!;
        expect(rpo.passed).to.equal(false);
        // The time between heartbeat 4 (the last present) and 5 (the last acknowledged): one interval and a write.
        expect(rpo.measured).to.be.a("number").at.least(0.02).and.lessThan(5);
        expect(doc.measurements.heartbeat).to.deep.include({ lastAcknowledged: 5, lastPresent: 4, missing: 1 });
        expect(r.stderr).to.match(new RegExp(`zonesafe: hypothesis rpo-seconds:orders-db failed: measured ${rpo.measured} s, expected <= 0 s \\(the last acknowledged heartbeat is 5, the restored copy has them only up to 4 \\(1 acknowledged write missing\\)\\)`));
        expect(r.stderr).to.match(/zonesafe: hypothesis checksum-equal:orders-db failed: measured false, expected == true \(CHECKSUM TABLE differs for heartbeat\)/);
        expect(r.stdout).to.match(/^FAIL — 0\/2 hypotheses held/m);
    });

    it("the latest result of each experiment is what assess reads", () => {
        const results = latestResults(path.join(dir, "drill-results"));
        expect(results.map((x) => x.experiment.id)).to.deep.equal(["db-restore-orders-db"]);
        // The lost write ran last.
        expect(results[0].passed).to.equal(false);
    });

    it("through the bin (compiled): a refusal is one line and exit code 2", async () => {
        const r = await runCli(base(stagingPlan, "db-restore-orders-db"), { cwd: dir, env: env() });
        expect(r.code, r.stderr).to.equal(2);
        expect(r.stderr.trimEnd().split("\n")).to.have.length(1);
        expect(r.stderr).to.match(/add --confirm/);
        expect(api.calls).to.deep.equal([]);
    });
});
