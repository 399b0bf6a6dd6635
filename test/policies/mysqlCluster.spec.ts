import { expect } from "chai";
import { mysqlLayout } from "../../policies/dataZones";
import { mysqlInstanceMultiAz } from "../../policies/rules/mysql";
import { snapshotObject } from "../../policies/values";
import { UNKNOWN } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("mysql-instance-multi-az on the cluster edition", () => {
    useTestEnvironment();
    const mysql = (route: "official" | "static" = "official") => tok("tencentcloud_mysql_instance", route);

    it("reads the provider's documented cluster-edition example as a read-write node and two read-only nodes, one in another zone", () => {
        const layout = mysqlLayout(snapshotObject(goodData.mysqlClusterEdition()));
        expect(layout).to.deep.equal({ edition: "cluster", primary: "ap-guangzhou-6", standbys: ["ap-guangzhou-7"], randomZoneNodes: 1, complete: true });
    });

    for (const route of ROUTES) {
        it(`passes the documented example, which has no secondSlaveZone (${route} route)`, async () => {
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(route), props: goodData.mysqlClusterEdition() })).to.deep.equal([]);
        });

        it(`reports read-only nodes only in the read-write node's zone or in a zone the service picks (${route} route)`, async () => {
            const props = { ...goodData.mysqlClusterEdition(), clusterTopology: { readWriteNode: { zone: "ap-guangzhou-6" }, readOnlyNodes: [{ isRandomZone: true }, { zone: "ap-guangzhou-6" }] } };
            expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(route), props })).to.deep.equal([
                "MySQL instance (cluster edition) must keep a read-only node in an availability zone other than its read-write node's (ap-guangzhou-6); of its 2 `clusterTopology.readOnlyNodes`, 1 in ap-guangzhou-6 and 1 in a zone the service picks (`isRandomZone`), which may be ap-guangzhou-6.",
            ]);
        });
    }

    it("reports a cluster edition without a cluster topology", async () => {
        const { clusterTopology: _, ...props } = goodData.mysqlClusterEdition();
        expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props })).to.deep.equal([
            "MySQL instance (cluster edition) must keep a read-only node in an availability zone other than its read-write node's; `clusterTopology` is not set, so the zones of its nodes are not chosen.",
        ]);
    });

    it("stays silent on an unknown topology or an unknown read-only zone", async () => {
        expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props: { ...goodData.mysqlClusterEdition(), clusterTopology: UNKNOWN } })).to.deep.equal([]);
        const props = { ...goodData.mysqlClusterEdition(), clusterTopology: { readWriteNode: { zone: "ap-guangzhou-6" }, readOnlyNodes: [{ zone: UNKNOWN }] } };
        expect(await checkResource(mysqlInstanceMultiAz, { type: mysql(), props })).to.deep.equal([]);
    });
});
