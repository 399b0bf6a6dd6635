// The drill runner's data path, for real: a MariaDB server from Debian plays the TencentDB instance
// (binary log on), a second one the clone; the local fake Tencent Cloud API (signatures checked) takes
// the cdb calls, and its clone and rollback are done for real from a backup (`mariadb-dump` with the
// binary log position) and a replay of the binary log (`mariadb-binlog`) up to the recorded time. The
// runner's clock is a manual one, so RTO and RPO are exact.
import { expect } from "chai";
import { ManualClock } from "../../cli/drill/runner/clock";
import { CdbDrillClient } from "../../cli/drill/runner/cloud";
import { runDataDrill, type DataDrillMeasurement } from "../../cli/drill/runner/dataDrill";
import { parseMysqlUrl } from "../../cli/drill/runner/database";
import { HEARTBEAT_TABLE } from "../../cli/drill/runner/heartbeat";
import { FakeCdb } from "../support/fakeCdb";
import { MariaDbServer, requireMariaDb, type Backup } from "../support/mariadb";
import { FakeTencentCloudApi } from "../support/tencentcloudApi";

const SECRET_ID = "AKIDdrilltest0000000000000000000000";
const SECRET_KEY = "drill-secret-key-0000000000000000";
const INSTANCE = "cdb-drill01";
const POLL_MS = 5000;
const BEAT_MS = 1000;

describe("drill runner: the data path against MariaDB and the fake API", function () {
    this.timeout(120_000);
    let source: MariaDbServer;
    let cloneServer: MariaDbServer;
    let api: FakeTencentCloudApi;
    let cdb: FakeCdb;
    let backup: Backup;
    /** When set, the cloud's restore replays the binary log short: the last heartbeat insert before the recorded time is lost. */
    let loseLastWrite = false;

    const stopFor = async (time: string) => (loseLastWrite ? { position: await source.lastInsertInto(backup, HEARTBEAT_TABLE, { datetime: time }) } : { datetime: time });

    async function seed(): Promise<void> {
        const [{ n }] = await source.sql<{ n: number }>("SELECT COUNT(*) AS n FROM orders", "shop");
        if (Number(n) > 0) return;
        await source.sql("INSERT INTO customers VALUES (1, 'Ada', 'gz'), (2, 'Lin', 'sh'), (3, 'Mei', 'bj')", "shop");
        await source.sql("INSERT INTO orders (customer_id, amount, note) VALUES (1, 12.50, 'tea'), (2, 99.99, 'phone'), (3, 5.00, NULL), (1, 42.00, '长城')", "shop");
    }

    before(async function () {
        const tools = requireMariaDb(this);
        // A clone carries its source's accounts: the same password on both.
        const password = `pw-${Math.random().toString(36).slice(2)}-secret`;
        [source, cloneServer] = await Promise.all([MariaDbServer.start(tools, "source", password), MariaDbServer.start(tools, "clone", password)]);
        await source.sql("CREATE DATABASE shop");
        await source.sql("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, city VARCHAR(8))", "shop");
        await source.sql("CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, amount DECIMAL(10,2), note TEXT)", "shop");
        await seed();
        // The cloud's latest backup, taken before any drill.
        backup = await source.backup("shop");
        api = new FakeTencentCloudApi(SECRET_ID, SECRET_KEY, "lb-unused");
        cdb = new FakeCdb(api);
        cdb.add({ instanceId: INSTANCE, vip: "127.0.0.1", vport: source.port, zone: "ap-guangzhou-3", securityGroups: ["sg-app"], status: 1 });
        cdb.onClone = async ({ time }) => {
            await cloneServer.sql("DROP DATABASE IF EXISTS shop");
            await source.restore(backup, "shop", await stopFor(time), cloneServer);
            return { vip: "127.0.0.1", vport: cloneServer.port };
        };
        cdb.onRollback = async ({ time, newDatabase }) => source.restore(backup, newDatabase, await stopFor(time));
        await api.start();
    });

    after(async () => {
        await api?.stop();
        await Promise.all([source?.stop(), cloneServer?.stop()]);
    });

    beforeEach(async () => {
        loseLastWrite = false;
        api.calls.length = 0;
        await seed();
    });

    const run = (kind: "db-isolation" | "db-restore", runId: string, clock = new ManualClock()) =>
        runDataDrill(
            { kind, instanceId: INSTANCE, isolationSecurityGroups: ["sg-deny-all"] },
            { cloud: new CdbDrillClient(api.url, "ap-guangzhou", { secretId: SECRET_ID, secretKey: SECRET_KEY }), source: parseMysqlUrl(source.url("shop")), clock, runId },
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
        expect(m.restored).to.deep.equal({ instanceId: "cdb-clone1", database: "shop" });
        expect(m.rpo).to.include({ rpoMs: 0, missing: 0 });
        // 5 before the fault and 1 racing it.
        expect(m.rpo!.lastAcknowledged).to.equal(6);
        expect(m.rpo!.lastPresent).to.equal(6);
        expect(m.checksums.map((c) => c.table)).to.deep.equal(["customers", "orders"]);
        expect(m.checksumsEqual).to.equal(true);
        expect(m.checksums.every((c) => c.source !== null && c.source !== "0")).to.equal(true);
        expect(api.callsOf("ModifyDBInstanceSecurityGroups").map((c) => c.params.SecurityGroupIds)).to.deep.equal([["sg-deny-all"], ["sg-app"]]);
        expect(cdb.instances.get(INSTANCE)!.securityGroups).to.deep.equal(["sg-app"]);
        const clone = api.callsOf("CreateCloneInstance")[0].params;
        expect(clone).to.include({ InstanceId: INSTANCE, SpecifiedRollbackTime: m.recordedTime, Zone: "ap-guangzhou-3" });
        expect(clone.SecurityGroup).to.deep.equal(["sg-app"]);
        expect(api.refused).to.deep.equal([]);
        // The clone holds the heartbeat rows of this run, read back independently.
        const rows = await cloneServer.sql<{ seq: number }>(`SELECT seq FROM ${HEARTBEAT_TABLE} WHERE run_id = 'iso-1' ORDER BY seq`, "shop");
        expect(rows.map((r) => Number(r.seq))).to.deep.equal([1, 2, 3, 4, 5, 6]);
    });

    it("db-restore: deletes the business data, rolls back into a new database at the recorded time, RPO 0 and equal checksums", async () => {
        const m = await run("db-restore", "rst-1");
        expectRecovered(m);
        expect(m.restored).to.deep.equal({ instanceId: INSTANCE, database: "shop_drill_rst1" });
        expect(m.rpo).to.include({ rpoMs: 0, missing: 0, lastAcknowledged: 5, lastPresent: 5 });
        expect(m.checksumsEqual).to.equal(true);
        // The source really lost its rows; the copy has them.
        expect(await source.sql("SELECT * FROM orders", "shop")).to.have.length(0);
        expect(await source.sql("SELECT * FROM orders", "shop_drill_rst1")).to.have.length(4);
        const rollback = api.callsOf("StartBatchRollback")[0].params as { Instances: Array<Record<string, unknown>> };
        expect(rollback.Instances[0]).to.deep.include({ InstanceId: INSTANCE, Strategy: "db", RollbackTime: m.recordedTime, Databases: [{ DatabaseName: "shop", NewDatabaseName: "shop_drill_rst1" }] });
        expect(api.callsOf("ModifyDBInstanceSecurityGroups")).to.have.length(0);
    });

    it("a write lost by the restore: RPO is the time between the last acknowledged write present and the last acknowledged", async () => {
        loseLastWrite = true;
        const m = await run("db-restore", "lost-1");
        expectRecovered(m);
        expect(m.rpo).to.deep.equal({ rpoMs: BEAT_MS, lastAcknowledged: 5, lastPresent: 4, missing: 1, acknowledged: 5 });
        // Only the heartbeat's last insert was cut: the business tables are whole.
        expect(m.checksumsEqual).to.equal(true);
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
});
