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

        it("stays silent on unknown values and engines it does not know", async () => {
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...goodData.tse(), engineNodeNum: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...goodData.tse(), engineType: UNKNOWN, engineNodeNum: 1 } })).to.deep.equal([]);
            expect(await checkResource(tseInstanceNodeCount, { type: tse(), props: { ...goodData.tse(), engineType: "eureka", engineNodeNum: 1 } })).to.deep.equal([]);
        });
    });
});
