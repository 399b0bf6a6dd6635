import { expect } from "chai";
import { mysqlInstanceBackupPolicy, mysqlInstanceMultiAz, mysqlInstanceNoPublicAccess, mysqlInstanceSyncMode } from "../../policies/rules/mysql";
import { UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, checkStack, ROUTES, tok, useTestEnvironment, withEnvironment } from "./helpers";

type Props = Record<string, unknown>;

function without(props: Props, ...keys: string[]): Props {
    return Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));
}

describe("MySQL rules", () => {
    useTestEnvironment();
    const mysql = (route: "official" | "static" = "official") => tok("tencentcloud_mysql_instance", route);

    describe("mysql-instance-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes a three-node multi-AZ instance (${route} route)`, async () => {
                expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(route), props: good.mysql() })).to.deep.equal([]);
            });
        }

        it("reports single-AZ mode left to the provider default", async () => {
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props: without(good.mysql(), "slaveDeployMode") })).to.deep.equal([
                "MySQL instance must be deployed across availability zones with `slaveDeployMode` 1; it is not set (provider default 0, single AZ).",
            ]);
        });

        it("reports a two-node layout", async () => {
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql("static"), props: without(good.mysql(), "secondSlaveZone") })).to.deep.equal([
                "MySQL instance must run as three nodes with a second replica in another availability zone; `secondSlaveZone` is not set (two-node layout).",
            ]);
        });

        it("reports a second replica in the primary's zone", async () => {
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props: { ...good.mysql(), secondSlaveZone: "ap-guangzhou-3" } })).to.deep.equal([
                "MySQL instance must place its second replica in an availability zone other than the primary's; `secondSlaveZone` and `availabilityZone` are both ap-guangzhou-3.",
            ]);
        });

        it("reports both aspects of a two-node single-AZ legacy instance", async () => {
            const props = { ...without(good.mysql(), "secondSlaveZone", "firstSlaveZone"), slaveDeployMode: 0 };
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props })).to.deep.equal([
                "MySQL instance must be deployed across availability zones with `slaveDeployMode` 1; it is 0 (single AZ).",
                "MySQL instance must run as three nodes with a second replica in another availability zone; `secondSlaveZone` is not set (two-node layout).",
            ]);
        });

        it("accepts a two-node multi-AZ instance when three nodes are not required, unless its replica shares the primary's zone", async () => {
            const props = without(good.mysql(), "secondSlaveZone");
            const config = { requireThreeNode: false };
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props: { ...props, firstSlaveZone: "ap-guangzhou-4" }, config })).to.deep.equal([]);
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props, config })).to.deep.equal([
                "MySQL instance must place its replica in an availability zone other than the primary's; `firstSlaveZone` and `availabilityZone` are both ap-guangzhou-3.",
            ]);
        });

        it("stays silent on unknown zones", async () => {
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props: { ...good.mysql(), secondSlaveZone: UNKNOWN, slaveDeployMode: UNKNOWN } })).to.deep.equal([]);
        });
    });

    describe("mysql-instance-sync-mode", () => {
        it("passes strong sync on a critical data tier and semi-sync elsewhere", async () => {
            expect(await checkResource(mysqlInstanceSyncMode, { type: mysql(), props: good.mysql() })).to.deep.equal([]);
            const semi = { ...without(good.mysql(), "tags"), slaveSyncMode: 1 };
            expect(await checkResource(mysqlInstanceSyncMode, { type: mysql("static"), props: semi })).to.deep.equal([]);
        });

        it("reports async replication left to the provider default", async () => {
            expect(await checkResource(mysqlInstanceSyncMode, { type: mysql(), props: without(good.mysql(), "slaveSyncMode", "tags") })).to.deep.equal([
                "MySQL instance must replicate with semi-sync or strong sync (`slaveSyncMode` 1 or 2); `slaveSyncMode` is not set (provider default 0, async).",
            ]);
        });

        it("reports semi-sync on an instance tagged as a critical data tier", async () => {
            expect(await checkResource(mysqlInstanceSyncMode, { type: mysql(), props: { ...good.mysql(), slaveSyncMode: 1 } })).to.deep.equal([
                "MySQL instance must replicate with strong sync (`slaveSyncMode` 2) because its tag `zonesafe:data-tier` is critical; `slaveSyncMode` is 1 (semi-sync).",
            ]);
        });

        it("reports semi-sync in a stack tagged as a critical data tier", async () => {
            const props = { ...without(good.mysql(), "tags"), slaveSyncMode: 1 };
            expect(await checkResource(mysqlInstanceSyncMode, { type: mysql(), props, stackTags: { "zonesafe:data-tier": "critical" } })).to.deep.equal([
                "MySQL instance must replicate with strong sync (`slaveSyncMode` 2) because the stack declares `zonesafe:data-tier` critical; `slaveSyncMode` is 1 (semi-sync).",
            ]);
        });

        it("reports semi-sync in a stack configured as a critical data tier", async () => {
            const props = { ...without(good.mysql(), "tags"), slaveSyncMode: 1 };
            const messages = await withEnvironment({ identity: { name: "orders", config: { "zonesafe:data-tier": "critical" } } }, () =>
                checkResource(mysqlInstanceSyncMode, { type: mysql(), props }),
            );
            expect(messages).to.have.length(1);
            expect(messages[0]).to.contain("because the stack declares `zonesafe:data-tier` critical");
        });

        it("reports semi-sync when the configuration requires strong sync everywhere", async () => {
            const props = { ...without(good.mysql(), "tags"), slaveSyncMode: 1 };
            expect(await checkResource(mysqlInstanceSyncMode, { type: mysql(), props, config: { requireStrongSync: true } })).to.deep.equal([
                "MySQL instance must replicate with strong sync (`slaveSyncMode` 2) because this policy's configuration requires strong sync; `slaveSyncMode` is 1 (semi-sync).",
            ]);
        });
    });

    describe("mysql-instance-no-public-access", () => {
        it("passes an instance without public access", async () => {
            expect(await checkResource(mysqlInstanceNoPublicAccess, { type: mysql(), props: good.mysql() })).to.deep.equal([]);
        });

        it("reports public access", async () => {
            expect(await checkResource(mysqlInstanceNoPublicAccess, { type: mysql("static"), props: { ...good.mysql(), internetService: 1 } })).to.deep.equal([
                "MySQL instance must not be reachable from the internet; `internetService` is 1.",
            ]);
        });
    });

    describe("mysql-instance-backup-policy (stack)", () => {
        const dbUrn = urnOf(mysql(), "orders");
        const db = { type: mysql(), name: "orders", urn: dbUrn, props: { ...good.mysql(), id: "cdb-orders" } };
        const backupUrn = urnOf(tok("tencentcloud_mysql_backup_policy"), "orders-backup");
        const backup = (props: Props) => ({ type: tok("tencentcloud_mysql_backup_policy"), name: "orders-backup", urn: backupUrn, props });

        it("passes an instance with a backup policy found by id", async () => {
            expect(await checkStack(mysqlInstanceBackupPolicy, [db, backup(good.mysqlBackupPolicy("cdb-orders"))])).to.deep.equal([]);
        });

        it("passes an instance with a backup policy found by property dependency, retention left to the provider default of 7 days", async () => {
            const policy = { ...backup(without(good.mysqlBackupPolicy(UNKNOWN), "retentionPeriod")), propertyDependencies: { mysqlId: [dbUrn] } };
            expect(await checkStack(mysqlInstanceBackupPolicy, [db, policy])).to.deep.equal([]);
        });

        it("reports an instance without a backup policy", async () => {
            expect(await checkStack(mysqlInstanceBackupPolicy, [db])).to.deep.equal([
                { urn: dbUrn, message: "MySQL instance must have a backup policy (a `tencentcloud_mysql_backup_policy` whose `mysqlId` is this instance); none refers to it." },
            ]);
        });

        it("reports a retention under 7 days", async () => {
            expect(await checkStack(mysqlInstanceBackupPolicy, [db, backup({ ...good.mysqlBackupPolicy("cdb-orders"), retentionPeriod: 3 })])).to.deep.equal([
                { urn: backupUrn, message: "MySQL backup policy must keep backups for at least 7 days; `retentionPeriod` is 3." },
            ]);
        });

        it("stays silent while a backup policy's instance cannot be resolved", async () => {
            expect(await checkStack(mysqlInstanceBackupPolicy, [db, backup(good.mysqlBackupPolicy(UNKNOWN))])).to.deep.equal([]);
        });
    });
});
