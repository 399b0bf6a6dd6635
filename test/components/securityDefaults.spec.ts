/**
 * The components' secure defaults for the scanners' concerns: the TKE log agent on, MySQL off the
 * well-known port, CLB access logs wired when a log set is given.
 */
import { expect } from "chai";
import { TkeCluster, planTkeCluster } from "../../components/kubernetes/tkeCluster";
import { ThreeNodeMysql, ThreeNodeMysqlArgs, planThreeNodeMysql } from "../../components/database/threeNodeMysql";
import { MultiAzClb, MultiAzClbArgs, planMultiAzClb } from "../../components/loadbalancer/multiAzClb";
import { GZ, T, expectProblem, one, record, refusal } from "./support";

const mysqlArgs = (over: Partial<ThreeNodeMysqlArgs> = {}): ThreeNodeMysqlArgs => ({
    vpcId: "vpc-1",
    subnet: { zone: GZ[0], subnetId: "subnet-data-1" },
    secondReplicaZone: GZ[1],
    rootPassword: "s3cret-Passw0rd",
    memSize: 4000,
    volumeSize: 200,
    ...over,
});

const clbArgs = (over: Partial<MultiAzClbArgs> = {}): MultiAzClbArgs => ({
    networkType: "OPEN",
    vpcId: "vpc-1",
    zones: GZ.slice(0, 2),
    listeners: [{ name: "ingest", protocol: "TCP", port: 443 }],
    ...over,
});

describe("Secure defaults of the components", () => {
    describe("TkeCluster: the log agent", () => {
        it("enables the log agent by default and lets it be switched off", async () => {
            expect(planTkeCluster("tke", { vpcId: "vpc-1", intranetSubnet: { zone: GZ[0], subnetId: "subnet-app-1" } }).logAgent).to.equal(true);
            const stack = await record(() => {
                new TkeCluster("on", { vpcId: "vpc-1", intranetSubnet: { zone: GZ[0], subnetId: "subnet-app-1" } });
                new TkeCluster("off", { vpcId: "vpc-1", intranetSubnet: { zone: GZ[0], subnetId: "subnet-app-1" }, logAgent: false });
            });
            expect(one(stack, T.cluster, "on-cluster").inputs.logAgent).to.deep.equal({ enabled: true });
            expect(one(stack, T.cluster, "off-cluster").inputs.logAgent).to.deep.equal({ enabled: false });
        });

        it("refuses a log agent setting that is not a boolean", () => {
            const e = refusal(() => planTkeCluster("tke", { vpcId: "vpc-1", intranetSubnet: { zone: GZ[0], subnetId: "subnet-app-1" }, logAgent: "yes" as unknown as boolean }));
            expectProblem(e, "logAgent", "true or false");
        });
    });

    describe("ThreeNodeMysql: the intranet port", () => {
        it("listens on 3307 by default, on the port given otherwise", async () => {
            const stack = await record(() => {
                new ThreeNodeMysql("orders", mysqlArgs());
                new ThreeNodeMysql("billing", mysqlArgs({ intranetPort: 13306 }));
            });
            expect(one(stack, T.mysql, "orders-instance").inputs.intranetPort).to.equal(3307);
            expect(one(stack, T.mysql, "billing-instance").inputs.intranetPort).to.equal(13306);
        });

        it("refuses a port outside 1024–65535", () => {
            expectProblem(refusal(() => planThreeNodeMysql("m", mysqlArgs({ intranetPort: 80 }))), "intranetPort", "between 1024 and 65535", "80");
        });
    });

    describe("MultiAzClb: access logs", () => {
        it("ships access logs to the log set and topic given, and sets none when none is given", async () => {
            const stack = await record(() => {
                new MultiAzClb("logged", clbArgs({ accessLog: { logSetId: "logset-1", logTopicId: "topic-1" } }));
                new MultiAzClb("plain", clbArgs());
            });
            expect(one(stack, T.clb, "logged-clb").inputs).to.include({ logSetId: "logset-1", logTopicId: "topic-1" });
            expect(one(stack, T.clb, "plain-clb").inputs.logSetId).to.equal(undefined);
        });

        it("refuses a log set without a topic", () => {
            const e = refusal(() => planMultiAzClb("web", clbArgs({ accessLog: { logSetId: "logset-1" } as unknown as MultiAzClbArgs["accessLog"] })));
            expectProblem(e, "accessLog.logTopicId", "is required");
        });
    });
});
