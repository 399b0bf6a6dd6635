// The drill runner's data path, for real: a MariaDB server from Debian plays the TencentDB instance
// (binary log on; the runner reaches it on its unix socket), a second one the clone (over TCP); the local fake Tencent Cloud API (signatures checked) takes
// the cdb calls, and its clone and rollback are done for real from a backup (`mariadb-dump` with the
// binary log position) and a replay of the binary log (`mariadb-binlog`) up to the recorded time. The
// runner's clock is a manual one, so RTO and RPO are exact.
import { expect } from "chai";
import { ManualClock } from "../../cli/drill/runner/clock";
import { CdbDrillClient } from "../../cli/drill/runner/cloud";
import { runDataDrill, type DataDrillMeasurement } from "../../cli/drill/runner/dataDrill";
import { parseMysqlUrl } from "../../cli/drill/runner/database";
import { FakeCdb, restoreFromBackup } from "../support/fakeCdb";
import { MariaDbServer, requireMariaDb, type Backup } from "../support/mariadb";
import { FakeTencentCloudApi } from "../support/tencentcloudApi";

const SECRET_ID = "AKIDdrilltest0000000000000000000000";
const SECRET_KEY = "drill-secret-key-0000000000000000";
const INSTANCE = "cdb-drill01";
const POLL_MS = 5000;
const BEAT_MS = 1000;
/** The drill's own database (the planner's default) and its copy. */
const DRILL_DB = "zonesafe_drill";
const RESTORED_DB = "zonesafe_drill_restored";

describe("drill runner: the data path against MariaDB and the fake API", function () {
    this.timeout(120_000);
    let source: MariaDbServer;
    let cloneServer: MariaDbServer;
    let api: FakeTencentCloudApi;
    let cdb: FakeCdb;
    let backup: Backup;
    /** When set, the cloud's restore replays the binary log short: the last heartbeat insert before the recorded time is lost. */
    let loseLastWrite = false;


    before(async function () {
        const tools = requireMariaDb(this);
        // A clone carries its source's accounts: the same password on both.
        const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
        [source, cloneServer] = await Promise.all([MariaDbServer.start(tools, "source", password), MariaDbServer.start(tools, "clone", password)]);
        // The drill's database as an earlier drill left it (a table of its own besides the heartbeat),
        // and a business database the drill must never touch.
        await source.sql(`CREATE DATABASE ${DRILL_DB}`);
        await source.sql("CREATE TABLE ledger (id INT AUTO_INCREMENT PRIMARY KEY, amount DECIMAL(10,2), note TEXT)", DRILL_DB);
        await source.sql("INSERT INTO ledger (amount, note) VALUES (12.50, 'tea'), (99.99, 'phone'), (5.00, NULL), (42.00, '长城')", DRILL_DB);
        await source.sql("CREATE DATABASE shop");
        await source.sql("CREATE TABLE orders (id INT PRIMARY KEY, amount DECIMAL(10,2))", "shop");
        await source.sql("INSERT INTO orders VALUES (1, 10.00), (2, 20.00)", "shop");
        // The cloud's latest backup, taken before any drill.
        backup = await source.backup(DRILL_DB);
        api = new FakeTencentCloudApi(SECRET_ID, SECRET_KEY, "lb-unused");
        cdb = new FakeCdb(api);
        cdb.add({ instanceId: INSTANCE, vip: "127.0.0.1", vport: source.port, zone: "ap-guangzhou-3", securityGroups: ["sg-app"], status: 1 });
        restoreFromBackup(cdb, { source, cloneServer, backup, database: DRILL_DB, loseLastWrite: () => loseLastWrite });
        await api.start();
    });

    after(async () => {
        await api?.stop();
        await Promise.all([source?.stop(), cloneServer?.stop()]);
    });

    beforeEach(async () => {
        loseLastWrite = false;
        api.calls.length = 0;
        await source.sql(`DROP DATABASE IF EXISTS ${RESTORED_DB}`);
    });

    const run = (kind: "db-isolation" | "db-restore", runId: string, clock = new ManualClock(), signal?: AbortSignal) =>
        runDataDrill(
            { kind, instanceId: INSTANCE, database: DRILL_DB, isolationSecurityGroups: ["sg-deny-all"], cloneRequest: { InstanceName: "orders-db-drill-clone" } },
            { cloud: new CdbDrillClient(api.url, "ap-guangzhou", { secretId: SECRET_ID, secretKey: SECRET_KEY }), source: parseMysqlUrl(`mysql://drill@localhost?socket=${encodeURIComponent(source.socket)}`, { ZONESAFE_MYSQL_PASSWORD: source.password }), clock, runId, signal },
            { beats: 5, beatIntervalMs: BEAT_MS, pollIntervalMs: POLL_MS, timeoutMs: 600_000 },
        );

    function expectRecovered(m: DataDrillMeasurement): void {
        expect(m.failure, m.failure ?? "").to.equal(null);
        expect(m.recovered).to.equal(true);
        // The fake reports RUNNING on 2 polls once the restore is done, SUCCESS on the third: two waits.
        expect(m.polls).to.equal(3);
        expect(m.rtoMs).to.equal(2 * POLL_MS);
    }

    it("db-isolation: swaps the groups, clones at the recorded time, keeps every acknowledged write (RPO 0) and equal checksums; puts the groups back", async () => {
        const m = await run("db-isolation", "iso-1");
        expectRecovered(m);
        expect(m.restored).to.deep.equal({ instanceId: "cdb-clone1", database: DRILL_DB });
        expect(m.rpo).to.deep.equal({ rpoMs: 0, missing: 0, lastAcknowledged: 5, lastPresent: 5, acknowledged: 5 });
        expect(m.checksums.map((c) => c.table)).to.deep.equal(["heartbeat", "ledger"]);
        expect(m.checksumsEqual).to.equal(true);
        expect(m.checksums.every((c) => c.source !== null && c.source !== "0")).to.equal(true);
        expect(api.callsOf("ModifyDBInstanceSecurityGroups").map((c) => c.params.SecurityGroupIds)).to.deep.equal([["sg-deny-all"], ["sg-app"]]);
        expect(cdb.instances.get(INSTANCE)!.securityGroups).to.deep.equal(["sg-app"]);
        const clone = api.callsOf("CreateCloneInstance")[0].params;
        expect(clone).to.include({ InstanceId: INSTANCE, SpecifiedRollbackTime: m.recordedTime, Zone: "ap-guangzhou-3", InstanceName: "orders-db-drill-clone" });
        expect(clone.SecurityGroup).to.deep.equal(["sg-app"]);
        expect(api.refused).to.deep.equal([]);
        // The clone holds the heartbeat rows of this run, read back independently.
        const rows = await cloneServer.sql<{ seq: number }>("SELECT seq FROM heartbeat WHERE run_id = 'iso-1' ORDER BY seq", DRILL_DB);
        expect(rows.map((r) => Number(r.seq))).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it("db-restore: deletes the drill's rows, rolls back into a new database at the recorded time, RPO 0 and equal checksums", async () => {
        const m = await run("db-restore", "rst-1");
        expectRecovered(m);
        expect(m.restored).to.deep.equal({ instanceId: INSTANCE, database: RESTORED_DB });
        expect(m.rpo).to.deep.equal({ rpoMs: 0, missing: 0, lastAcknowledged: 5, lastPresent: 5, acknowledged: 5 });
        expect(m.checksumsEqual).to.equal(true);
        // The source really lost the rows; the copy has them; the business database is untouched.
        expect(await source.sql("SELECT * FROM heartbeat", DRILL_DB)).to.have.length(0);
        expect(await source.sql("SELECT * FROM heartbeat WHERE run_id = 'rst-1'", RESTORED_DB)).to.have.length(5);
        expect(await source.sql("SELECT * FROM ledger", RESTORED_DB)).to.have.length(4);
        expect(await source.sql("SELECT * FROM orders", "shop")).to.have.length(2);
        const rollback = api.callsOf("StartBatchRollback")[0].params as { Instances: Array<Record<string, unknown>> };
        expect(rollback.Instances[0]).to.deep.include({ InstanceId: INSTANCE, Strategy: "db", RollbackTime: m.recordedTime, Databases: [{ DatabaseName: DRILL_DB, NewDatabaseName: RESTORED_DB }] });
        expect(api.callsOf("ModifyDBInstanceSecurityGroups")).to.have.length(0);
    });

    it("refuses a restore whose new database is left from an earlier drill, before any change", async () => {
        await source.sql(`CREATE DATABASE ${RESTORED_DB}`);
        let error: Error | undefined;
        await run("db-restore", "rst-2").catch((e: Error) => (error = e));
        expect(error?.message).to.match(/the database zonesafe_drill_restored already exists on cdb-drill01 .*nothing was changed \(drop zonesafe_drill_restored/);
        expect(api.calls.map((c) => c.action)).to.deep.equal(["DescribeDBInstances"]);
        expect(await source.sql("SELECT * FROM heartbeat WHERE run_id = 'rst-2'", DRILL_DB)).to.have.length(0);
    });

    it("a write lost by the restore: RPO is the time between the last acknowledged write present and the last acknowledged", async () => {
        loseLastWrite = true;
        const m = await run("db-restore", "lost-1");
        expectRecovered(m);
        expect(m.rpo).to.deep.equal({ rpoMs: BEAT_MS, lastAcknowledged: 5, lastPresent: 4, missing: 1, acknowledged: 5 });
        // Only the heartbeat's last insert was cut: its checksum differs, the ledger's does not.
        expect(m.checksumsEqual).to.equal(false);
        expect(m.checksums.map((c) => [c.table, c.equal])).to.deep.equal([["heartbeat", false], ["ledger", true]]);
    });

    it("a recovery the cloud reports FAILED: not recovered, no RTO, the reason kept; the isolation is undone", async () => {
        const saved = cdb.onClone;
        cdb.onClone = () => Promise.reject(new Error("no backup covers the time (injected)"));
        try {
            const m = await run("db-isolation", "fail-1");
            expect(m.recovered).to.equal(false);
            expect(m.rtoMs).to.equal(null);
            expect(m.failure).to.match(/ended FAILED: no backup covers the time \(injected\)/);
            expect(cdb.instances.get(INSTANCE)!.securityGroups).to.deep.equal(["sg-app"]);
        } finally {
            cdb.onClone = saved;
        }
    });

    it("an interrupted run stops waiting for the recovery and still lifts the isolation", async () => {
        const saved = cdb.onClone;
        const interrupt = new AbortController();
        // Interrupted once the clone is asked for (as Ctrl-C during the wait would).
        cdb.onClone = async (req) => {
            interrupt.abort();
            return saved!(req);
        };
        try {
            const m = await run("db-isolation", "int-1", new ManualClock(), interrupt.signal);
            expect(m.recovered).to.equal(false);
            expect(m.failure).to.match(/ended INTERRUPTED/);
            expect(m.timeline.map((t) => t.event).pop()).to.equal("restored: security groups of cdb-drill01 back to sg-app");
            expect(cdb.instances.get(INSTANCE)!.securityGroups).to.deep.equal(["sg-app"]);
            expect(api.callsOf("DescribeAsyncRequestInfo")).to.have.length(0);
        } finally {
            cdb.onClone = saved;
        }
    });

    it("compares the checksums of a table named __proto__ like those of any other table: a row the restore lost fails the check", async () => {
        await source.sql("CREATE TABLE `__proto__` (id INT PRIMARY KEY, note TEXT)", DRILL_DB);
        const saved = cdb.onRollback;
        // A restore that loses a row of that table (and only there).
        cdb.onRollback = async (req) => {
            await saved!(req);
            await source.sql("DELETE FROM `__proto__` WHERE id = 2", RESTORED_DB);
        };
        try {
            await source.sql("INSERT INTO `__proto__` VALUES (1, 'kept'), (2, 'lost by the restore')", DRILL_DB);
            const [sum] = await source.sql<{ Checksum: number | string }>("CHECKSUM TABLE `__proto__` EXTENDED", DRILL_DB);
            const m = await run("db-restore", "proto-1");
            expectRecovered(m);
            const [copy] = await source.sql<{ Checksum: number | string }>("CHECKSUM TABLE `__proto__` EXTENDED", RESTORED_DB);
            expect(String(copy.Checksum), "the copy's checksum, read back independently").to.not.equal(String(sum.Checksum));
            expect(m.checksums.map((c) => c.table)).to.have.members(["__proto__", "heartbeat", "ledger"]);
            expect(m.checksums.find((c) => c.table === "__proto__")).to.deep.equal({ table: "__proto__", source: String(sum.Checksum), restored: String(copy.Checksum), equal: false });
            expect(m.checksums.filter((c) => c.table !== "__proto__").every((c) => c.equal)).to.equal(true);
            expect(m.checksumsEqual).to.equal(false);
        } finally {
            cdb.onRollback = saved;
            await source.sql("DROP TABLE IF EXISTS `__proto__`", DRILL_DB);
        }
    });
});
