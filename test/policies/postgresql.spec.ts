import { expect } from "chai";
import {
    postgresqlInstanceBackupPlan,
    postgresqlInstanceDeletionProtection,
    postgresqlInstanceMultiAz,
    postgresqlInstanceNoPublicAccess,
    postgresqlReadonlyInstanceOtherZone,
} from "../../policies/rules/postgresql";
import { UNKNOWN, urnOf } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { checkResource, checkStack, ROUTES, tok, useTestEnvironment } from "./helpers";

type Props = Record<string, unknown>;

function without(props: Props, ...keys: string[]): Props {
    return Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));
}

describe("PostgreSQL rules", () => {
    useTestEnvironment();
    const pg = (route: "official" | "static" = "official") => tok("tencentcloud_postgresql_instance", route);
    const ro = (route: "official" | "static" = "official") => tok("tencentcloud_postgresql_readonly_instance", route);

    describe("postgresql-instance-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes a primary in one zone and a standby in another (${route} route)`, async () => {
                expect(await checkResource(postgresqlInstanceMultiAz, { type: pg(route), props: goodData.postgresql() })).to.deep.equal([]);
            });

            it(`reports node sets left unset, the standby in the primary's zone (${route} route)`, async () => {
                expect(await checkResource(postgresqlInstanceMultiAz, { type: pg(route), props: without(goodData.postgresql(), "dbNodeSets") })).to.deep.equal([
                    "PostgreSQL instance must keep a standby node in an availability zone other than its primary's; `dbNodeSets` is not set, so its standby shares the primary's zone ap-guangzhou-3.",
                ]);
            });
        }

        it("reports every node set in the primary's zone", async () => {
            const props = { ...goodData.postgresql(), dbNodeSets: [{ role: "Primary", zone: "ap-guangzhou-3" }, { role: "Standby", zone: "ap-guangzhou-3" }] };
            expect(await checkResource(postgresqlInstanceMultiAz, { type: pg("static"), props })).to.deep.equal([
                "PostgreSQL instance must keep a standby node in an availability zone other than its primary's; every `dbNodeSets` node is in ap-guangzhou-3.",
            ]);
        });

        it("stays silent on unknown node sets or zones", async () => {
            expect(await checkResource(postgresqlInstanceMultiAz, { type: pg(), props: { ...goodData.postgresql(), dbNodeSets: UNKNOWN } })).to.deep.equal([]);
            const zoneUnknown = { ...goodData.postgresql(), dbNodeSets: [{ role: "Primary", zone: "ap-guangzhou-3" }, { zone: UNKNOWN }] };
            expect(await checkResource(postgresqlInstanceMultiAz, { type: pg(), props: zoneUnknown })).to.deep.equal([]);
            expect(await checkResource(postgresqlInstanceMultiAz, { type: pg(), props: { ...without(goodData.postgresql(), "dbNodeSets"), availabilityZone: UNKNOWN } })).to.deep.equal([]);
        });
    });

    describe("postgresql-instance-backup-plan", () => {
        for (const route of ROUTES) {
            it(`passes 14 days on three weekdays, and a plan left to the provider default (daily, 7 days) (${route} route)`, async () => {
                expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg(route), props: goodData.postgresql() })).to.deep.equal([]);
                expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg(route), props: without(goodData.postgresql(), "backupPlan") })).to.deep.equal([]);
            });
        }

        it("reports a retention under 7 days", async () => {
            const props = { ...goodData.postgresql(), backupPlan: { ...(goodData.postgresql().backupPlan as Props), baseBackupRetentionPeriod: 3 } };
            expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg("static"), props })).to.deep.equal([
                "PostgreSQL instance must keep backups for at least 7 days; `backupPlan.baseBackupRetentionPeriod` is 3.",
            ]);
        });

        it("reports backups on a single weekday", async () => {
            const props = { ...goodData.postgresql(), backupPlan: { baseBackupRetentionPeriod: 7, backupPeriods: ["sunday", "Sunday"] } };
            expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg(), props })).to.deep.equal([
                "PostgreSQL instance must take backups on at least 2 weekdays; `backupPlan.backupPeriods` lists sunday.",
            ]);
        });

        it("holds the default plan and an unset retention to a stricter configuration, naming the provider default", async () => {
            const config = { minRetentionDays: 14 };
            expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg(), props: without(goodData.postgresql(), "backupPlan"), config })).to.deep.equal([
                "PostgreSQL instance must keep backups for at least 14 days; `backupPlan` is not set (provider default 7 days).",
            ]);
            expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg(), props: { ...goodData.postgresql(), backupPlan: { backupPeriods: ["monday", "friday"] } }, config })).to.deep.equal([
                "PostgreSQL instance must keep backups for at least 14 days; `backupPlan.baseBackupRetentionPeriod` is not set (provider default 7 days).",
            ]);
        });

        it("stays silent on an unknown plan or unknown weekdays", async () => {
            expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg(), props: { ...goodData.postgresql(), backupPlan: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(postgresqlInstanceBackupPlan, { type: pg(), props: { ...goodData.postgresql(), backupPlan: { backupPeriods: [UNKNOWN], baseBackupRetentionPeriod: UNKNOWN } } })).to.deep.equal([]);
        });
    });

    describe("postgresql-instance-no-public-access", () => {
        for (const route of ROUTES) {
            it(`passes public access off, or left to its default (${route} route)`, async () => {
                expect(await checkResource(postgresqlInstanceNoPublicAccess, { type: pg(route), props: goodData.postgresql() })).to.deep.equal([]);
                expect(await checkResource(postgresqlInstanceNoPublicAccess, { type: pg(route), props: without(goodData.postgresql(), "publicAccessSwitch") })).to.deep.equal([]);
            });
        }

        it("reports public access switched on", async () => {
            expect(await checkResource(postgresqlInstanceNoPublicAccess, { type: pg("static"), props: { ...goodData.postgresql(), publicAccessSwitch: true } })).to.deep.equal([
                "PostgreSQL instance must not be reachable from the internet; `publicAccessSwitch` is true.",
            ]);
        });
    });

    describe("postgresql-instance-deletion-protection", () => {
        for (const route of ROUTES) {
            it(`passes deletion protection on (${route} route)`, async () => {
                expect(await checkResource(postgresqlInstanceDeletionProtection, { type: pg(route), props: goodData.postgresql() })).to.deep.equal([]);
            });
        }

        it("reports deletion protection off or left to the provider default", async () => {
            expect(await checkResource(postgresqlInstanceDeletionProtection, { type: pg(), props: { ...goodData.postgresql(), deleteProtection: false } })).to.deep.equal([
                "PostgreSQL instance must have deletion protection; `deleteProtection` is false.",
            ]);
            expect(await checkResource(postgresqlInstanceDeletionProtection, { type: pg("static"), props: without(goodData.postgresql(), "deleteProtection") })).to.deep.equal([
                "PostgreSQL instance must have deletion protection; `deleteProtection` is not set (provider default false).",
            ]);
        });

        it("stays silent on an unknown value", async () => {
            expect(await checkResource(postgresqlInstanceDeletionProtection, { type: pg(), props: { ...goodData.postgresql(), deleteProtection: UNKNOWN } })).to.deep.equal([]);
        });
    });

    describe("postgresql-readonly-instance-other-zone (stack)", () => {
        for (const route of ROUTES) {
            const masterUrn = urnOf(pg(route), "ledger");
            const replicaUrn = urnOf(ro(route), "ledger-ro");
            const master = (props: Props = goodData.postgresql()) => ({ type: pg(route), name: "ledger", urn: masterUrn, props });

            it(`passes a replica in another zone, found by id in a state (${route} route)`, async () => {
                const replica = { type: ro(route), name: "ledger-ro", urn: replicaUrn, props: goodData.postgresqlReadonly("postgres-ledger") };
                expect(await checkStack(postgresqlReadonlyInstanceOtherZone, [master({ ...goodData.postgresql(), id: "postgres-ledger" }), replica])).to.deep.equal([]);
            });

            it(`reports a replica in the primary's zone, found by id in a state (${route} route)`, async () => {
                const replica = { type: ro(route), name: "ledger-ro", urn: replicaUrn, props: goodData.postgresqlReadonly("postgres-ledger", "ap-guangzhou-3") };
                expect(await checkStack(postgresqlReadonlyInstanceOtherZone, [master({ ...goodData.postgresql(), id: "postgres-ledger" }), replica])).to.deep.equal([
                    { urn: replicaUrn, message: "PostgreSQL read-only instance must sit in an availability zone other than its primary's; `zone` is ap-guangzhou-3, the zone of ledger's primary node." },
                ]);
            });

            it(`reports a replica in the primary's zone, found by property dependency in a preview (${route} route)`, async () => {
                const replica = {
                    type: ro(route),
                    name: "ledger-ro",
                    urn: replicaUrn,
                    props: goodData.postgresqlReadonly(UNKNOWN, "ap-guangzhou-3"),
                    propertyDependencies: { masterDbInstanceId: [masterUrn] },
                };
                expect(await checkStack(postgresqlReadonlyInstanceOtherZone, [master({ ...goodData.postgresql(), id: UNKNOWN }), replica])).to.have.length(1);
            });
        }

        it("stays silent when the primary cannot be resolved or the replica's zone is unknown", async () => {
            const replica = (props: Props) => ({ type: ro(), name: "ledger-ro", props });
            const master = { type: pg(), name: "ledger", props: { ...goodData.postgresql(), id: UNKNOWN } };
            expect(await checkStack(postgresqlReadonlyInstanceOtherZone, [master, replica(goodData.postgresqlReadonly(UNKNOWN, "ap-guangzhou-3"))])).to.deep.equal([]);
            expect(await checkStack(postgresqlReadonlyInstanceOtherZone, [{ ...master, props: { ...goodData.postgresql(), id: "postgres-ledger" } }, replica(goodData.postgresqlReadonly("postgres-ledger", UNKNOWN))])).to.deep.equal([]);
        });
    });
});
