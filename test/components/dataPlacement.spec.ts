/**
 * Redis, MongoDB and CKafka placed by a network or a zonal subnet: zones derived (the network's, by
 * zone number), a first zone that contradicts the subnet refused, the deprecated bare `subnetId`
 * still accepted for one release, `protect` from the resource option; ZonalNetwork's `region`
 * checked against its zones.
 */
import { expect } from "chai";
import { MultiAzMongodb, planMultiAzMongodb } from "../../components/database/multiAzMongodb";
import { MultiAzRedis, planMultiAzRedis } from "../../components/database/multiAzRedis";
import { MultiAzCkafka, planMultiAzCkafka } from "../../components/messaging/multiAzCkafka";
import { ZonalNetwork, planZonalNetwork } from "../../components/network/zonalNetwork";
import * as tencentcloud from "@pulumi/tencentcloud";
import { ComponentArgsError } from "../../components/errors";
import { GZ, T, expectProblem, ofType, one, record, refusal, subnetsIn } from "./support";

const FOUR = ["ap-guangzhou-7", "ap-guangzhou-4", "ap-guangzhou-3", "ap-guangzhou-6"];
const networkIn = (zones: string[]) =>
    ({ vpcId: "vpc-1", subnets: { public: [], app: [], data: subnetsIn(zones, "data") }, securityGroupIds: { public: "sg-p", app: "sg-a", data: "sg-d" } }) as unknown as ZonalNetwork;
const redis = { memSize: 1024, password: "Redis-pass1" };
const mongo = { memory: 4, volume: 100, password: "Mongo-pass1" };

describe("data services placed by network or subnet", () => {
    it("with a network: the network's zones by zone number (MongoDB the first 3, CKafka as many as the edition spans)", () => {
        const network = networkIn(FOUR);
        expect(planMultiAzRedis("r", { ...redis, network }).zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-7"]);
        expect(planMultiAzMongodb("m", { ...mongo, network }).zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]);
        expect(planMultiAzCkafka("k", { network }).zones).to.have.length(4);
        expect(planMultiAzCkafka("k", { network, specificationsType: "standard" }).zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
        // Stated zones pick among the network's; one it lacks is refused.
        expect(planMultiAzRedis("r", { ...redis, network, zones: ["ap-guangzhou-6", "ap-guangzhou-3"] }).masterZone).to.equal("ap-guangzhou-6");
        expectProblem(refusal(() => planMultiAzRedis("r", { ...redis, network: networkIn(GZ), zones: [GZ[0], "ap-guangzhou-7"] })), "zones[1]", "must be a zone of the network's data tier", '"ap-guangzhou-7"');
        expectProblem(refusal(() => planMultiAzCkafka("k", { network, subnetId: "s" })), "subnetId", "must not be given together with `network`");
    });

    it("with a subnet: the first zone must be the subnet's (field, both zones, fix)", () => {
        const subnet = { zone: GZ[1], subnetId: "s" };
        expect(planMultiAzRedis("r", { ...redis, vpcId: "vpc-1", subnet, zones: [GZ[1], GZ[0]] }).masterZone).to.equal(GZ[1]);
        const e = refusal(() => planMultiAzMongodb("m", { ...mongo, vpcId: "vpc-1", subnet, zones: GZ }));
        expectProblem(e, "zones[0]", "must be the zone of `subnet`", "(ap-guangzhou-4)", '"ap-guangzhou-3"', "list ap-guangzhou-4 first");
        expectProblem(refusal(() => planMultiAzCkafka("k", { vpcId: "vpc-1", zones: GZ })), "subnet", "is required without `network`");
    });

    it("the deprecated bare subnetId is still accepted (its zone unchecked); protect follows the resource option", async () => {
        expect(planMultiAzRedis("r", { ...redis, vpcId: "vpc-1", subnetId: "s", zones: GZ }).masterZone).to.equal(GZ[0]);
        expect(planMultiAzRedis("r", { ...redis, vpcId: "vpc-1", subnetId: "s", zones: GZ }, { protect: false }).protect).to.equal(false);
        expectProblem(refusal(() => planMultiAzCkafka("k", { vpcId: "vpc-1", subnetId: "s", zones: GZ, protect: false }, { protect: true })), "protect", "deprecated");
        const stack = await record(() => {
            const network = new ZonalNetwork("net", { zones: GZ });
            new MultiAzRedis("cache", { ...redis, network }, { protect: false });
            new MultiAzMongodb("docs", { ...mongo, network });
            new MultiAzCkafka("events", { network });
        });
        for (const t of [T.redis, T.mongodb, T.ckafka]) {
            expect(one(stack, t).inputs, t).to.include({ vpcId: "net-vpc-id", subnetId: `net-subnet-data-${GZ[0]}-id` });
        }
        expect(one(stack, T.redis).inputs.securityGroups).to.deep.equal(["net-sg-data-id"]);
        expect(one(stack, T.redis).options.protect).to.equal(false);
        expect(one(stack, T.mongodb).options.protect).to.equal(true);
    });

    it("ZonalNetwork: `region` must agree with `zones` (it only picks default zones)", () => {
        expect(planZonalNetwork("n", { region: "ap-guangzhou", zones: GZ }).zones).to.deep.equal(GZ);
        expectProblem(refusal(() => planZonalNetwork("n", { region: "ap-shanghai", zones: GZ })), "region", "must be the region of `zones` (ap-guangzhou)", '"ap-shanghai"', "remove `region`");
    });

    it("ZonalNetwork without zones takes the default provider's region (said once, in `tencentcloud:region`); with an explicit provider it needs zones", async () => {
        const stack = await record(
            () => {
                new ZonalNetwork("net", {});
            },
            { config: { "tencentcloud:region": "ap-shanghai" } },
        );
        expect([...new Set(ofType(stack, T.subnet).map((r) => r.inputs.availabilityZone))]).to.deep.equal(["ap-shanghai-2", "ap-shanghai-4", "ap-shanghai-5"]);
        let error: unknown;
        await record(
            () => {
                try {
                    new ZonalNetwork("net", {}, { provider: new tencentcloud.Provider("sh", { region: "ap-shanghai" }) });
                } catch (e) {
                    error = e;
                }
            },
            { config: { "tencentcloud:region": "ap-shanghai" } },
        );
        expectProblem(error as ComponentArgsError, "zones", "is required unless `region`", "tencentcloud:region");
    });
});
