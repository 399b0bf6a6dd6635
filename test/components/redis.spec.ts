import { expect } from "chai";
import { MultiAzRedis, MultiAzRedisArgs, planMultiAzRedis } from "../../components/database/multiAzRedis";
import { isSecret } from "../support/mocks";
import { GZ, T, expectProblem, one, record, refusal } from "./support";

const args = (over: Partial<MultiAzRedisArgs> = {}): MultiAzRedisArgs => ({
    zones: GZ.slice(0, 2),
    memSize: 8192,
    password: "Redis-pass1",
    vpcId: "vpc-1",
    subnetId: "subnet-data-1",
    ...over,
});

describe("MultiAzRedis", () => {
    it("defaults to two replicas: one beside the master and one in the other zone", () => {
        const plan = planMultiAzRedis("cache", args());
        expect(plan).to.include({ masterZone: "ap-guangzhou-3", typeId: 8, replicasNum: 2, replicasOutsideMasterZone: 1, protect: true });
        expect(plan.replicaZones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
        expect(plan.replicaZoneIds).to.deep.equal([100003, 100004]);
    });

    it("refuses replicas all in the master's zone", () => {
        const e = refusal(() => planMultiAzRedis("cache", args({ replicaZones: [GZ[0], GZ[0]] })));
        expectProblem(e, "replicaZones", "at least one replica outside the master's zone (ap-guangzhou-3)");
    });

    it("refuses a replica-zone list whose length differs from the replica count", () => {
        expectProblem(refusal(() => planMultiAzRedis("cache", args({ replicasNum: 3, replicaZones: [GZ[0], GZ[1]] }))), "replicaZones", "one zone per replica (3)");
    });

    it("refuses one zone, a standalone type and a cluster type without shards, all at once", () => {
        const e = refusal(() => planMultiAzRedis("cache", args({ zones: [GZ[0]], typeId: 5 })));
        expect(e.problems.map((p) => p.field)).to.have.members(["zones", "typeId"]);
        expectProblem(refusal(() => planMultiAzRedis("cache", args({ typeId: 9 }))), "shardNum", "one of 1, 3, 5");
    });

    it("needs numeric ids for zones outside the known regions", () => {
        const elsewhere = ["xx-nowhere-1", "xx-nowhere-2"];
        expectProblem(refusal(() => planMultiAzRedis("cache", args({ zones: elsewhere }))), "replicaZones[0]", "numeric zone id", "zoneIds");
        expect(planMultiAzRedis("cache", args({ zones: elsewhere, zoneIds: { "xx-nowhere-1": 990001, "xx-nowhere-2": 990002 } })).replicaZoneIds).to.deep.equal([990001, 990002]);
    });

    it("records replica zone ids as long as the replica count, at least one outside the master's zone", async () => {
        const stack = await record(() => {
            new MultiAzRedis("cache", args());
        });
        const redis = one(stack, T.redis, "cache-instance");
        expect(redis.parent).to.equal(one(stack, "zonesafe:database:MultiAzRedis").urn);
        expect(redis.inputs).to.include({ availabilityZone: "ap-guangzhou-3", redisReplicasNum: 2, typeId: 8 });
        const ids = redis.inputs.replicaZoneIds as number[];
        expect(ids).to.have.length(redis.inputs.redisReplicasNum as number);
        expect(ids.some((id) => id !== 100003)).to.equal(true);
        expect(isSecret(redis.inputs.password)).to.equal(true);
        expect(redis.options.protect).to.equal(true);
    });
});
