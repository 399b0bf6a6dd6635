import { expect } from "chai";
import { cynosdbClusterMultiAz, cynosdbClusterReadOnlyInstance } from "../../policies/rules/cynosdb";
import { UNKNOWN } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

type Props = Record<string, unknown>;

function without(props: Props, ...keys: string[]): Props {
    return Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));
}

describe("TDSQL-C MySQL rules", () => {
    useTestEnvironment();
    const cynos = (route: "official" | "static" = "official") => tok("tencentcloud_cynosdb_cluster", route);

    describe("cynosdb-cluster-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes a standby zone other than the primary's (${route} route)`, async () => {
                expect(await checkResource(cynosdbClusterMultiAz, { type: cynos(route), props: goodData.cynosdb() })).to.deep.equal([]);
            });

            it(`reports a cluster without a standby zone (${route} route)`, async () => {
                expect(await checkResource(cynosdbClusterMultiAz, { type: cynos(route), props: without(goodData.cynosdb(), "slaveZone") })).to.deep.equal([
                    "TDSQL-C MySQL cluster must have a standby availability zone; `slaveZone` is not set (every node in ap-guangzhou-3).",
                ]);
            });
        }

        it("reports a standby zone equal to the primary zone", async () => {
            expect(await checkResource(cynosdbClusterMultiAz, { type: cynos("static"), props: { ...goodData.cynosdb(), slaveZone: "ap-guangzhou-3" } })).to.deep.equal([
                "TDSQL-C MySQL cluster must have a standby zone other than its primary zone; `slaveZone` and `availableZone` are both ap-guangzhou-3.",
            ]);
        });

        it("stays silent on unknown zones", async () => {
            expect(await checkResource(cynosdbClusterMultiAz, { type: cynos(), props: { ...goodData.cynosdb(), slaveZone: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(cynosdbClusterMultiAz, { type: cynos(), props: { ...without(goodData.cynosdb(), "slaveZone"), availableZone: UNKNOWN } })).to.deep.equal([]);
        });
    });

    describe("cynosdb-cluster-read-only-instance", () => {
        for (const route of ROUTES) {
            it(`passes two instances, the provider default of 2, and an ro entry (${route} route)`, async () => {
                expect(await checkResource(cynosdbClusterReadOnlyInstance, { type: cynos(route), props: goodData.cynosdb() })).to.deep.equal([]);
                expect(await checkResource(cynosdbClusterReadOnlyInstance, { type: cynos(route), props: without(goodData.cynosdb(), "instanceCount") })).to.deep.equal([]);
                const infos = [
                    { instanceType: "rw", instanceCount: 1, cpu: 2, memory: 4 },
                    { instanceType: "ro", instanceCount: 1, cpu: 2, memory: 4 },
                ];
                expect(await checkResource(cynosdbClusterReadOnlyInstance, { type: cynos(route), props: { ...without(goodData.cynosdb(), "instanceCount"), instanceInitInfos: infos } })).to.deep.equal([]);
            });
        }

        it("reports the writer alone", async () => {
            expect(await checkResource(cynosdbClusterReadOnlyInstance, { type: cynos("static"), props: { ...goodData.cynosdb(), instanceCount: 1 } })).to.deep.equal([
                "TDSQL-C MySQL cluster must run a read-only instance beside its read-write instance; `instanceCount` is 1 (the writer alone).",
            ]);
        });

        it("reports instance init infos without an ro entry", async () => {
            const props = { ...without(goodData.cynosdb(), "instanceCount"), instanceInitInfos: [{ instanceType: "rw", instanceCount: 1, cpu: 2, memory: 4 }] };
            expect(await checkResource(cynosdbClusterReadOnlyInstance, { type: cynos(), props })).to.deep.equal([
                "TDSQL-C MySQL cluster must run a read-only instance beside its read-write instance; `instanceInitInfos` has no `ro` entry with an `instanceCount` of 1 or more.",
            ]);
        });

        it("stays silent on unknown counts and entries", async () => {
            expect(await checkResource(cynosdbClusterReadOnlyInstance, { type: cynos(), props: { ...goodData.cynosdb(), instanceCount: UNKNOWN } })).to.deep.equal([]);
            const props = { ...without(goodData.cynosdb(), "instanceCount"), instanceInitInfos: [{ instanceType: "rw", instanceCount: 1 }, UNKNOWN] };
            expect(await checkResource(cynosdbClusterReadOnlyInstance, { type: cynos(), props })).to.deep.equal([]);
        });
    });
});
