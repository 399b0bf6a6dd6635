import { expect } from "chai";
import { tseInstanceNodeCount } from "../../policies/rules/tse";
import { UNKNOWN } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

type Props = Record<string, unknown>;

function without(props: Props, ...keys: string[]): Props {
    return Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));
}

describe("TSE rules", () => {
    useTestEnvironment();
    const tse = (route: "official" | "static" = "official") => tok("tencentcloud_tse_instance", route);

    describe("tse-instance-node-count", () => {
        for (const route of ROUTES) {
            it(`passes PolarisMesh professional with 2 nodes, and with its node count left to the edition (${route} route)`, async () => {
                expect(await checkResource(tseInstanceNodeCount, { type: tse(route), props: goodData.tse() })).to.deep.equal([]);
                expect(await checkResource(tseInstanceNodeCount, { type: tse(route), props: without(goodData.tse(), "engineNodeNum") })).to.deep.equal([]);
            });
        }

        it("passes ZooKeeper and Nacos standard with 3 nodes", async () => {
            for (const engineType of ["zookeeper", "nacos"]) {
                const props = { ...goodData.tse(), engineType, engineProductVersion: "STANDARD", engineNodeNum: 3 };
                expect(await checkResource(tseInstanceNodeCount, { type: tse(), props })).to.deep.equal([]);
            }
        });

        it("reports PolarisMesh base (one node)", async () => {
            const props = { ...without(goodData.tse(), "engineNodeNum"), engineProductVersion: "BASE" };
            expect(await checkResource(tseInstanceNodeCount, { type: tse("static"), props })).to.deep.equal([
                "TSE instance (polarismesh) must run at least 2 nodes so that a node outside the lost zone keeps serving; `engineProductVersion` is BASE (1 node).",
            ]);
        });

        it("reports a ZooKeeper node count below a quorum that survives a zone", async () => {
            const props = { ...goodData.tse(), engineType: "zookeeper", engineProductVersion: "TRIAL", engineNodeNum: 1 };
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props })).to.deep.equal([
                "TSE instance (zookeeper) must run at least 3 nodes to keep a quorum when a zone is lost; `engineNodeNum` is 1.",
            ]);
        });

        it("passes the provider's documented PolarisMesh example (BASE with engineNodeNum 2): a stated count decides", async () => {
            const props = {
                enableClientInternetAccess: false,
                engineName: "test",
                engineNodeNum: 2,
                engineProductVersion: "BASE",
                engineRegion: "ap-guangzhou",
                engineResourceSpec: "spec-c160bas1",
                engineType: "polaris",
                engineVersion: "1.16.0.1",
                subnetId: "subnet-5vpegquy",
                tradeType: 0,
                vpcId: "vpc-99xmasf9",
                tags: { createdBy: "terraform" },
            };
            expect(await checkResource(tseInstanceNodeCount, { type: tse("static"), props })).to.deep.equal([]);
        });

        it("counts ZooKeeper professional's nodes from its cross-region replicas", async () => {
            const region = (replica: unknown) => ({ engineRegion: "ap-guangzhou", replica, vpcInfos: [{ vpcId: "vpc-1", subnetId: "subnet-1" }] });
            const base = { ...without(goodData.tse(), "engineNodeNum"), engineType: "zookeeper", engineProductVersion: "PROFESSIONAL" };
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...base, engineRegionInfos: [region(2), region(1)] } })).to.deep.equal([]);
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...base, engineRegionInfos: [region(2)] } })).to.deep.equal([
                "TSE instance (zookeeper) must run at least 3 nodes to keep a quorum when a zone is lost; the `engineRegionInfos` replicas add up to 2.",
            ]);
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...base, engineRegionInfos: [region(UNKNOWN)] } })).to.deep.equal([]);
        });

        it("stays silent on unknown values and engines it does not know", async () => {
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...goodData.tse(), engineNodeNum: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...goodData.tse(), engineType: UNKNOWN, engineNodeNum: 1 } })).to.deep.equal([]);
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...goodData.tse(), engineType: "eureka", engineNodeNum: 1 } })).to.deep.equal([]);
        });
    });
});
