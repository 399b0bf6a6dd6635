// The drill runner's pure parts: RPO from acknowledged writes (tables and properties), the recorded
// time, the comparators, the hypotheses of a run that never recovered, the --mysql and --endpoint
// parsing (no password ever shown), the credentials, the manual clock, and the experiment's target
// resolved from the plan and the flags.
import { expect } from "chai";
import fc from "fast-check";
import { planDrills } from "@zonesafe/drills/planner";
import * as fs from "node:fs";
import * as path from "node:path";
import YAML from "yaml";
import { dataTarget, hypothesisLine, isProductionPlan, loadPlan } from "../../cli/drill/run";
import { evaluateHypotheses, holds } from "../../cli/drill/results";
import { ManualClock } from "../../cli/drill/runner/clock";
import { credentialsFrom, endpointAddress } from "../../cli/drill/runner/cloud";
import type { DataDrillMeasurement } from "../../cli/drill/runner/dataDrill";
import { describeTarget, parseMysqlUrl } from "../../cli/drill/runner/database";
import { measureRpo, recordedTimeAfter, type Ack } from "../../cli/drill/runner/heartbeat";
import { drillSubjectOfStack } from "../../cli/drill/subject";
import { retailProdStack } from "../resilience/fixtures";
import { tempDir } from "../cli/helpers";

const acks = (times: number[]): Ack[] => times.map((at, i) => ({ seq: i + 1, at, serverTime: "2026-01-01 00:00:00" }));

describe("drill runner: RPO, times, parsing and targets", () => {
    describe("measureRpo", () => {
        it("0 when every acknowledged write is present; the gap to the last one otherwise", () => {
            const a = acks([1000, 2000, 3000, 4000]);
            expect(measureRpo(a, new Set([1, 2, 3, 4]), 0)).to.deep.equal({ rpoMs: 0, lastAcknowledged: 4, lastPresent: 4, missing: 0, acknowledged: 4 });
            expect(measureRpo(a, new Set([1, 2, 3]), 0)).to.deep.equal({ rpoMs: 1000, lastAcknowledged: 4, lastPresent: 3, missing: 1, acknowledged: 4 });
            expect(measureRpo(a, new Set([1]), 0)).to.deep.equal({ rpoMs: 3000, lastAcknowledged: 4, lastPresent: 1, missing: 3, acknowledged: 4 });
            // A hole counts from the last write before it, even when later ones came back.
            expect(measureRpo(a, new Set([1, 3, 4]), 0)).to.deep.equal({ rpoMs: 3000, lastAcknowledged: 4, lastPresent: 1, missing: 1, acknowledged: 4 });
            // None present: from the writer's start.
            expect(measureRpo(a, new Set(), 500).rpoMs).to.equal(3500);
            expect(measureRpo([], new Set(), 0).rpoMs).to.equal(0);
        });

        it("properties: RPO is 0 exactly when nothing acknowledged is missing, and never more than the writer ran", () => {
            fc.assert(
                fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 30 }), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (gaps, keep) => {
                    let t = 0;
                    const a = acks(gaps.map((g) => (t += g)));
                    const present = new Set(a.filter((_, i) => keep[i]).map((x) => x.seq));
                    const m = measureRpo(a, present, 0);
                    expect(m.rpoMs === 0).to.equal(m.missing === 0);
                    expect(m.rpoMs).to.be.at.most(a[a.length - 1].at);
                    expect(m.missing).to.equal(a.filter((x) => !present.has(x.seq)).length);
                }),
            );
        });
    });

    it("recordedTimeAfter: the next whole second after the last acknowledged write, across day and year", () => {
        expect(recordedTimeAfter("2026-12-02 03:27:56.320619")).to.equal("2026-12-02 03:27:57");
        expect(recordedTimeAfter("2026-12-31 23:59:59.999999")).to.equal("2027-01-01 00:00:00");
        expect(recordedTimeAfter("2026-02-28 23:59:59")).to.equal("2026-03-01 00:00:00");
        expect(() => recordedTimeAfter("")).to.throw(/is not YYYY-MM-DD hh:mm:ss/);
    });

    it("holds: each comparator; booleans only with ==", () => {
        expect([holds(0, "<=", 0), holds(1, "<=", 0), holds(0, "<", 1), holds(1, "<", 1), holds(2, ">=", 2), holds(3, "==", 3)]).to.deep.equal([true, false, true, false, true, true]);
        expect([holds(true, "==", true), holds(false, "==", true), holds(true, "<=", true)]).to.deep.equal([true, false, false]);
    });

    it("a run that never recovered measures nothing, and nothing not measured holds", () => {
        const m = { recovered: false, failure: "the recovery request async-1 ended TIMEOUT" } as DataDrillMeasurement;
        const [rpo, sw] = evaluateHypotheses(
            [
                { id: "rpo-seconds:db", metric: "rpo-seconds", comparator: "<=", expected: 0, unit: "seconds", source: { estimate: "target", simulated: null, detail: "" }, statement: "" },
                { id: "mysql-failover-seconds:db", metric: "mysql-failover-seconds", comparator: "<=", expected: 60, unit: "seconds", source: { estimate: "x", simulated: null, detail: "" }, statement: "" },
            ],
            m,
        );
        expect(rpo).to.include({ measured: null, passed: false });
        expect(hypothesisLine(rpo)).to.equal("FAIL rpo-seconds:db: measured not measured, expected <= 0 s (not measured: the copy never came up (the recovery request async-1 ended TIMEOUT))");
        expect(sw).to.include({ measured: null, passed: false });
    });

    describe("--mysql", () => {
        it("TCP, a socket, the password from the URL or ZONESAFE_MYSQL_PASSWORD; never shown", () => {
            expect(parseMysqlUrl("mysql://drill:p%40ss@10.0.0.8:3307/zonesafe_drill", {})).to.deep.equal({ user: "drill", password: "p@ss", database: "zonesafe_drill", host: "10.0.0.8", port: 3307 });
            expect(parseMysqlUrl("mysql://drill@db.internal", { ZONESAFE_MYSQL_PASSWORD: "s3cret" })).to.deep.equal({ user: "drill", password: "s3cret", database: "", host: "db.internal", port: 3306 });
            const sock = parseMysqlUrl("mysql://root@localhost?socket=/run/mysqld/mysqld.sock", {});
            expect(sock).to.deep.equal({ user: "root", database: "", socketPath: "/run/mysqld/mysqld.sock" });
            expect(describeTarget(parseMysqlUrl("mysql://drill:hunter2secret@h:1/d", {}))).to.equal("drill@h:1/d");
        });

        it("refuses what is not a MySQL URL, naming the part", () => {
            expect(() => parseMysqlUrl("db:3306", {})).to.throw(/--mysql must use the mysql: scheme/);
            expect(() => parseMysqlUrl("not a url", {})).to.throw(/--mysql is not a URL/);
            expect(() => parseMysqlUrl("mysql://h:3306/d", {})).to.throw(/--mysql names no user/);
            expect(() => parseMysqlUrl("mysql://u@h/a/b", {})).to.throw(/one database as its path, no more/);
        });
    });

    it("--endpoint and the credentials", () => {
        expect(endpointAddress(undefined)).to.deep.equal({ host: "cdb.tencentcloudapi.com", port: 443, url: "https://cdb.tencentcloudapi.com" });
        expect(endpointAddress("http://127.0.0.1:8080/x")).to.deep.equal({ host: "127.0.0.1", port: 8080, url: "http://127.0.0.1:8080" });
        expect(endpointAddress("https://cdb.ap-guangzhou.tencentcloudapi.com")).to.include({ port: 443 });
        expect(() => endpointAddress("ftp://x")).to.throw(/--endpoint must be http: or https:/);
        expect(() => credentialsFrom({ TENCENTCLOUD_SECRET_ID: "id" })).to.throw(/^TENCENTCLOUD_SECRET_KEY is not set/);
        expect(credentialsFrom({ TENCENTCLOUD_SECRET_ID: "id", TENCENTCLOUD_SECRET_KEY: "key" })).to.deep.equal({ secretId: "id", secretKey: "key" });
    });

    it("the manual clock moves only when something sleeps", async () => {
        const c = new ManualClock(1000);
        expect(c.now()).to.equal(1000);
        await c.sleep(5000);
        await c.sleep(-3);
        c.advance(250);
        expect(c.now()).to.equal(6250);
    });

    describe("the target of a data drill from the plan and the flags", () => {
        const plan = planDrills(drillSubjectOfStack(retailProdStack(), "state"));
        const restore = plan.experiments.find((e) => e.id === "db-restore-orders-db")!;
        const isolation = plan.experiments.find((e) => e.id === "db-isolation-orders-db")!;
        const base = { plan: "p.json", experiment: "x" };

        it("the plan's drill database, table and new database; the instance id from --instance-id when the plan has a placeholder", () => {
            expect(() => dataTarget(restore, base)).to.throw(/does not know the TencentDB instance id of orders-db .*pass --instance-id/);
            expect(dataTarget(restore, { ...base, instanceId: "cdb-1" })).to.deep.equal({ kind: "db-restore", instanceId: "cdb-1", database: "zonesafe_drill", table: "heartbeat", restoredDatabase: "zonesafe_drill_restored" });
        });

        it("the plan file: JSON or YAML (as drill plan prints them), schema-checked; production by the stack's name", () => {
            const dir = tempDir("zonesafe-plan-");
            try {
                fs.writeFileSync(path.join(dir, "p.yaml"), YAML.stringify(plan));
                fs.writeFileSync(path.join(dir, "p.json"), JSON.stringify(plan));
                expect(loadPlan(path.join(dir, "p.yaml"))).to.deep.equal(JSON.parse(JSON.stringify(plan)));
                expect(loadPlan(path.join(dir, "p.json"))).to.deep.equal(JSON.parse(JSON.stringify(plan)));
                expect(() => loadPlan(path.join(dir, "missing.json"))).to.throw(/cannot be read \(ENOENT\)/);
                fs.writeFileSync(path.join(dir, "q.yaml"), "schema: zonesafe.drill-plan/v1\n");
                expect(() => loadPlan(path.join(dir, "q.yaml"))).to.throw(/is not a valid zonesafe\.drill-plan\/v1 document: \/ must have required property/);
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
            expect(isProductionPlan(plan)).to.equal(true);
            expect(isProductionPlan({ ...plan, stack: { ...plan.stack, stack: "retail-staging" } })).to.equal(false);
        });

        it("db-isolation: the isolating group from the flag, the clone's name and tags from the plan's request", () => {
            expect(() => dataTarget(isolation, { ...base, instanceId: "cdb-1" })).to.throw(/pass --isolation-security-group/);
            const t = dataTarget(isolation, { ...base, instanceId: "cdb-1", isolationSecurityGroup: ["sg-1"] });
            expect(t.isolationSecurityGroups).to.deep.equal(["sg-1"]);
            expect(t.cloneRequest).to.deep.equal({ InstanceName: "orders-db-drill-clone", ResourceTags: [{ TagKey: "zonesafe:experiment", TagValue: ["orders-db-drill-clone"] }] });
        });
    });
});
