import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import { ThreeNodeMysql, ThreeNodeMysqlArgs, planThreeNodeMysql } from "../../components/database/threeNodeMysql";
import { isSecret } from "../support/mocks";
import { GZ, T, expectProblem, inputsOf, one, ofType, record, refusal } from "./support";

const args = (over: Partial<ThreeNodeMysqlArgs> = {}): ThreeNodeMysqlArgs => ({
    vpcId: "vpc-1",
    subnetId: "subnet-data-1",
    primaryZone: GZ[0],
    secondReplicaZone: GZ[1],
    rootPassword: "s3cret-Passw0rd",
    memSize: 4000,
    volumeSize: 200,
    ...over,
});

describe("ThreeNodeMysql", () => {
    describe("plan", () => {
        it("defaults to the three-node, multi-AZ layout with strong sync for critical data and 7-day backups", () => {
            const plan = planThreeNodeMysql("orders", args());
            expect(plan).to.include({
                dataTier: "critical",
                syncMode: "strong-sync",
                slaveSyncMode: 2,
                slaveDeployMode: 1,
                primaryZone: "ap-guangzhou-3",
                firstReplicaZone: "ap-guangzhou-3",
                secondReplicaZone: "ap-guangzhou-4",
                rpoSeconds: 0,
                failoverSeconds: 60,
                protect: true,
            });
            expect(plan.backup).to.deep.equal({ retentionDays: 7, binlogDays: 7, window: "02:00-06:00", model: "physical" });
            expect(plan.readonly).to.deep.equal([]);
        });

        it("uses semi-sync for standard data and maps each mode to its provider code", () => {
            expect(planThreeNodeMysql("m", args({ dataTier: "standard" })).slaveSyncMode).to.equal(1);
            expect(planThreeNodeMysql("m", args({ syncMode: "semi-sync" })).slaveSyncMode).to.equal(1);
            expect(planThreeNodeMysql("m", args({ dataTier: "standard", syncMode: "async" })).slaveSyncMode).to.equal(0);
        });

        it("refuses the second replica in the primary's zone", () => {
            const e = refusal(() => planThreeNodeMysql("m", args({ secondReplicaZone: GZ[0] })));
            expectProblem(e, "secondReplicaZone", "must differ from `primaryZone`", '"ap-guangzhou-3"');
        });

        it("refuses async replication for critical data", () => {
            expectProblem(refusal(() => planThreeNodeMysql("m", args({ syncMode: "async" }))), "syncMode", "strong-sync or semi-sync for critical data", '"async"');
        });

        it("refuses a backup retention under 7 days", () => {
            expectProblem(refusal(() => planThreeNodeMysql("m", args({ backup: { retentionDays: 3 } }))), "backup.retentionDays", "at least 7", "got 3");
        });

        it("refuses a missing password, and never prints a given one", () => {
            expectProblem(refusal(() => planThreeNodeMysql("m", args({ rootPassword: undefined as unknown as string }))), "rootPassword", "is required", "requireSecret");
            const e = refusal(() => planThreeNodeMysql("m", args({ rootPassword: "short" })));
            expectProblem(e, "rootPassword", "8–64 characters", "(hidden)");
            expect(e.message).to.not.include("short");
        });

        it("spreads read-only instances round-robin across zones", () => {
            const plan = planThreeNodeMysql("m", args({ readonlyReplicas: 3 }));
            expect(plan.readonly.map((r) => [r.resourceName, r.zone])).to.deep.equal([
                ["m-ro-ap-guangzhou-3", "ap-guangzhou-3"],
                ["m-ro-ap-guangzhou-4", "ap-guangzhou-4"],
                ["m-ro-ap-guangzhou-3-2", "ap-guangzhou-3"],
            ]);
            expectProblem(refusal(() => planThreeNodeMysql("m", args({ readonlyReplicas: 2, readonlyZones: [GZ[2]] }))), "readonlyZones", "at least 2 zones");
        });

        it("reports every problem at once", () => {
            const e = refusal(() => planThreeNodeMysql("m", args({ primaryZone: "gz-3", memSize: 10, backup: { window: "2am" }, readonlyReplicas: 11 })));
            expect(e.problems.map((p) => p.field)).to.have.members(["primaryZone", "memSize", "backup.window", "readonlyReplicas"]);
        });
    });

    describe("under mocks", () => {
        it("records multi-AZ mode, a second-replica zone different from the primary's, a secret password, a backup policy and protection", async () => {
            const stack = await record(
                () => {
                    const config = new pulumi.Config("zonesafe");
                    new ThreeNodeMysql("orders", args({ rootPassword: config.requireSecret("mysqlRootPassword"), readonlyReplicas: 2 }));
                },
                { config: { "zonesafe:mysqlRootPassword": "from-secret-config" }, secretKeys: ["zonesafe:mysqlRootPassword"] },
            );
            const component = one(stack, "zonesafe:database:ThreeNodeMysql");
            const mysql = one(stack, T.mysql, "orders-instance");
            expect(mysql.parent).to.equal(component.urn);
            expect(mysql.inputs).to.include({
                slaveDeployMode: 1,
                slaveSyncMode: 2,
                availabilityZone: "ap-guangzhou-3",
                firstSlaveZone: "ap-guangzhou-3",
                secondSlaveZone: "ap-guangzhou-4",
                internetService: 0,
                engineVersion: "8.0",
            });
            expect(mysql.inputs.secondSlaveZone).to.not.equal(mysql.inputs.availabilityZone);
            expect(isSecret(mysql.inputs.rootPassword)).to.equal(true);
            expect(inputsOf(mysql).rootPassword).to.equal("from-secret-config");
            expect(mysql.options.protect).to.equal(true);

            const backup = one(stack, T.mysqlBackup, "orders-backup");
            expect(backup.inputs).to.include({ mysqlId: "orders-instance-id", retentionPeriod: 7, binlogPeriod: 7 });

            const ro = [one(stack, T.mysqlRo, "orders-ro-ap-guangzhou-3"), one(stack, T.mysqlRo, "orders-ro-ap-guangzhou-4")];
            expect(ro.map((r) => r.inputs.zone)).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
            expect(ofType(stack, T.mysqlRo)).to.have.length(2);
            for (const r of ro) {
                expect(r.inputs.masterInstanceId).to.equal("orders-instance-id");
                expect(r.options.protect).to.equal(true);
            }
        });

        it("creates nothing when refused", async () => {
            let error: unknown;
            const stack = await record(() => {
                try {
                    new ThreeNodeMysql("orders", args({ secondReplicaZone: GZ[0] }));
                } catch (e) {
                    error = e;
                }
            });
            expect((error as Error).message).to.include("secondReplicaZone");
            expect(stack.resources.map((r) => r.type)).to.deep.equal(["pulumi:pulumi:Stack"]);
        });
    });
});
