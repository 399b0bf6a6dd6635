import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import { ThreeNodeMysql, ThreeNodeMysqlArgs, planThreeNodeMysql } from "../../components/database/threeNodeMysql";
import { isSecret } from "../support/mocks";
import { ZonalNetwork } from "../../components/network/zonalNetwork";
import { GZ, T, expectProblem, inputsOf, one, ofType, record, refusal, subnetsIn } from "./support";

/** A network-shaped object (what the components read of a ZonalNetwork) over `zones`. */
const networkIn = (zones: string[]) =>
    ({
        vpcId: "vpc-1",
        subnets: { public: subnetsIn(zones, "public"), app: subnetsIn(zones, "app"), data: subnetsIn(zones, "data") },
        securityGroupIds: { public: "sg-public", app: "sg-app", data: "sg-data" },
    }) as unknown as ZonalNetwork;

const args = (over: Partial<ThreeNodeMysqlArgs> = {}): ThreeNodeMysqlArgs => ({
    vpcId: "vpc-1",
    subnet: { zone: GZ[0], subnetId: "subnet-data-1" },
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

        it("derives the primary's zone from the subnet and refuses a stated zone that contradicts it (field, both zones, fix)", () => {
            expect(planThreeNodeMysql("m", args()).primaryZone).to.equal(GZ[0]);
            expect(planThreeNodeMysql("m", args({ primaryZone: GZ[0] })).primaryZone).to.equal(GZ[0]);
            const e = refusal(() => planThreeNodeMysql("m", args({ primaryZone: "ap-guangzhou-6" })));
            expectProblem(e, "primaryZone", "must be the zone of `subnet` (ap-guangzhou-3)", '"ap-guangzhou-6"', "pass a subnet in ap-guangzhou-6");
        });

        it("refuses a bare subnet id (its zone cannot be checked), naming the forms that replace it", () => {
            const e = refusal(() => planThreeNodeMysql("m", { ...args(), subnet: undefined, subnetId: "subnet-data-1", primaryZone: GZ[0] }));
            expectProblem(e, "subnetId", "was removed", "`subnet: { zone, subnetId }`", "`network`");
        });

        it("with a network: the primary in its lowest-numbered zone, the second replica in the next, stable when another zone goes", () => {
            const four = ["ap-guangzhou-6", "ap-guangzhou-3", "ap-guangzhou-7", "ap-guangzhou-4"];
            const base = { rootPassword: "s3cret-Passw0rd", memSize: 4000, volumeSize: 200 };
            const plan = planThreeNodeMysql("m", { ...base, network: networkIn(four) });
            expect([plan.primaryZone, plan.secondReplicaZone]).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
            const without7 = planThreeNodeMysql("m", { ...base, network: networkIn(four.filter((z) => z !== "ap-guangzhou-7")) });
            expect([without7.primaryZone, without7.secondReplicaZone]).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
            const pinned = planThreeNodeMysql("m", { ...base, network: networkIn(four), primaryZone: "ap-guangzhou-6", secondReplicaZone: "ap-guangzhou-7" });
            expect([pinned.primaryZone, pinned.secondReplicaZone]).to.deep.equal(["ap-guangzhou-6", "ap-guangzhou-7"]);
            expectProblem(refusal(() => planThreeNodeMysql("m", { ...base, network: networkIn(GZ), primaryZone: "ap-guangzhou-7" })), "primaryZone", "must be a zone of the network's data tier");
            expectProblem(refusal(() => planThreeNodeMysql("m", { ...base, network: networkIn(GZ), vpcId: "vpc-2" })), "vpcId", "must not be given together with `network`");
        });

        it("takes protect from the resource option; the deprecated argument is accepted when it agrees and refused when it contradicts", () => {
            expect(planThreeNodeMysql("m", args()).protect).to.equal(true);
            expect(planThreeNodeMysql("m", args(), { protect: false }).protect).to.equal(false);
            expect(planThreeNodeMysql("m", args({ protect: false })).protect).to.equal(false);
            expect(planThreeNodeMysql("m", args({ protect: true }), { protect: true }).protect).to.equal(true);
            expectProblem(refusal(() => planThreeNodeMysql("m", args({ protect: true }), { protect: false })), "protect", "deprecated", "resource option");
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

        it("built in a ZonalNetwork: VPC, the primary's data subnet and the data security group come from it; protect from the option", async () => {
            const stack = await record(() => {
                const net = new ZonalNetwork("net", { zones: GZ });
                new ThreeNodeMysql("orders", { network: net, rootPassword: "s3cret-Passw0rd", memSize: 4000, volumeSize: 200, readonlyReplicas: 1 }, { protect: false });
            });
            const mysql = one(stack, T.mysql, "orders-instance");
            expect(mysql.inputs).to.include({ vpcId: "net-vpc-id", subnetId: "net-subnet-data-ap-guangzhou-3-id", availabilityZone: GZ[0], secondSlaveZone: GZ[1] });
            expect(mysql.inputs.securityGroups).to.deep.equal(["net-sg-data-id"]);
            expect(mysql.options.protect).to.equal(false);
            expect(one(stack, T.mysqlRo).options.protect).to.equal(false);
        });
    });
});
