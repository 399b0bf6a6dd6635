import { expect } from "chai";
import { redisInstanceMultiAz, redisInstanceNoPublicAddress } from "../../policies/rules/redis";
import { UNKNOWN } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("Redis rules", () => {
    useTestEnvironment();
    const redis = (route: "official" | "static" = "official") => tok("tencentcloud_redis_instance", route);

    describe("redis-instance-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes a replica in another zone (${route} route)`, async () => {
                expect(await checkResource(redisInstanceMultiAz, { type: redis(route), props: good.redis() })).to.deep.equal([]);
            });
        }

        it("reports replicas left in the master's zone", async () => {
            const { replicaZoneIds: _, ...props } = good.redis();
            expect(await checkResource(redisInstanceMultiAz, { type: redis(), props })).to.deep.equal([
                "Redis instance must place a replica in an availability zone other than the master's; `replicaZoneIds` is not set, so replicas stay in the master's zone ap-guangzhou-3.",
            ]);
        });

        it("reports every replica zone equal to the master's", async () => {
            expect(await checkResource(redisInstanceMultiAz, { type: redis("static"), props: { ...good.redis(), replicaZoneIds: [100003, 100003] } })).to.deep.equal([
                "Redis instance must place a replica in an availability zone other than the master's; every `replicaZoneIds` entry is the master's zone ap-guangzhou-3 (100003, 100003).",
            ]);
        });

        it("stays silent for a region whose zone ids it does not know, and for unknown replica zones", async () => {
            expect(await checkResource(redisInstanceMultiAz, { type: redis(), props: { ...good.redis(), availabilityZone: "xx-nowhere-1", replicaZoneIds: [1] } })).to.deep.equal([]);
            expect(await checkResource(redisInstanceMultiAz, { type: redis(), props: { ...good.redis(), replicaZoneIds: [UNKNOWN] } })).to.deep.equal([]);
        });
    });

    describe("redis-instance-no-public-address", () => {
        it("passes a closed WAN address", async () => {
            expect(await checkResource(redisInstanceNoPublicAddress, { type: redis(), props: good.redis() })).to.deep.equal([]);
        });

        it("reports an open WAN address", async () => {
            expect(await checkResource(redisInstanceNoPublicAddress, { type: redis(), props: { ...good.redis(), wanAddressSwitch: "open" } })).to.deep.equal([
                "Redis instance must not have a public address; `wanAddressSwitch` is open.",
            ]);
        });
    });
});
