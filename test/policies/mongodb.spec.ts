import { expect } from "chai";
import { mongodbInstanceMultiAz } from "../../policies/rules/mongodb";
import { UNKNOWN } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("MongoDB rules", () => {
    useTestEnvironment();
    const mongo = (route: "official" | "static" = "official") => tok("tencentcloud_mongodb_instance", route);

    describe("mongodb-instance-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes three zones with a hidden-node zone (${route} route, replica set and sharded)`, async () => {
                expect(await checkResource(mongodbInstanceMultiAz, { type: mongo(route), props: good.mongodb() })).to.deep.equal([]);
                const sharded = { ...good.mongodb(), nodesPerShard: 3, shardQuantity: 2 };
                expect(await checkResource(mongodbInstanceMultiAz, { type: tok("tencentcloud_mongodb_sharding_instance", route), props: sharded })).to.deep.equal([]);
            });
        }

        it("reports a single-zone instance", async () => {
            const { availabilityZoneLists: _, hiddenZone: __, ...props } = good.mongodb();
            expect(await checkResource(mongodbInstanceMultiAz, { type: mongo(), props })).to.deep.equal([
                "MongoDB instance must spread its nodes over 3 availability zones; `availabilityZoneLists` is not set (all nodes in ap-guangzhou-3).",
            ]);
        });

        it("reports fewer than three distinct zones", async () => {
            const props = { ...good.mongodb(), availabilityZoneLists: ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-4"] };
            expect(await checkResource(mongodbInstanceMultiAz, { type: mongo(), props })).to.deep.equal([
                "MongoDB instance must spread its nodes over 3 distinct availability zones; `availabilityZoneLists` has 2 (ap-guangzhou-3, ap-guangzhou-4).",
            ]);
        });

        it("reports a zone list without the primary zone", async () => {
            const props = { ...good.mongodb(), availabilityZoneLists: ["ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-7"], hiddenZone: "ap-guangzhou-6" };
            expect(await checkResource(mongodbInstanceMultiAz, { type: mongo("static"), props })).to.deep.equal([
                "MongoDB instance must include its primary zone `availableZone` (ap-guangzhou-3) in `availabilityZoneLists`; it lists ap-guangzhou-4, ap-guangzhou-6, ap-guangzhou-7.",
            ]);
        });

        it("reports a missing hidden-node zone", async () => {
            const { hiddenZone: _, ...props } = good.mongodb();
            expect(await checkResource(mongodbInstanceMultiAz, { type: mongo(), props })).to.deep.equal([
                "MongoDB instance must set `hiddenZone` for a cross-AZ deployment; it is not set.",
            ]);
        });

        it("reports a hidden node outside the zone list", async () => {
            expect(await checkResource(mongodbInstanceMultiAz, { type: mongo(), props: { ...good.mongodb(), hiddenZone: "ap-guangzhou-2" } })).to.deep.equal([
                "MongoDB instance must place its hidden node in one of `availabilityZoneLists`; `hiddenZone` is ap-guangzhou-2.",
            ]);
        });

        it("stays silent on an unknown zone list", async () => {
            expect(await checkResource(mongodbInstanceMultiAz, { type: mongo(), props: { ...good.mongodb(), availabilityZoneLists: [UNKNOWN, "ap-guangzhou-4"] } })).to.deep.equal([]);
        });
    });
});
