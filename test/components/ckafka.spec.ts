import { expect } from "chai";
import { MultiAzCkafka, MultiAzCkafkaArgs, planMultiAzCkafka } from "../../components/messaging/multiAzCkafka";
import { GZ, T, expectProblem, inputsOf, one, record, refusal } from "./support";

const args = (over: Partial<MultiAzCkafkaArgs> = {}): MultiAzCkafkaArgs => ({ zones: GZ, vpcId: "vpc-1", subnetId: "subnet-data-1", ...over });

describe("MultiAzCkafka", () => {
    it("turns multi-zone on over the given zones, the first as the primary", () => {
        const plan = planMultiAzCkafka("logs", args());
        expect(plan).to.include({ multiZoneFlag: true, zoneId: 100003, specificationsType: "profession", replicationFactor: 3, autoCreateTopics: false });
        expect(plan.zoneIds).to.deep.equal([100003, 100004, 100006]);
    });

    it("refuses one zone, and more zones than the edition spans", () => {
        expectProblem(refusal(() => planMultiAzCkafka("logs", args({ zones: [GZ[0]] }))), "zones", "at least 2 distinct zones", "got 1 (ap-guangzhou-3)");
        expectProblem(refusal(() => planMultiAzCkafka("logs", args({ specificationsType: "standard" }))), "zones", "at most 2 zones");
    });

    it("refuses a replication factor that a zone loss would break", () => {
        expectProblem(refusal(() => planMultiAzCkafka("logs", args({ replicationFactor: 1 }))), "replicationFactor", "between 2 and 3");
    });

    it("records multiZoneFlag, zoneIds of distinct zones and zoneId among them", async () => {
        const stack = await record(() => {
            new MultiAzCkafka("logs", args({ zones: GZ.slice(0, 2) }));
        });
        const kafka = one(stack, T.ckafka, "logs-instance");
        expect(kafka.parent).to.equal(one(stack, "zonesafe:messaging:MultiAzCkafka").urn);
        expect(kafka.inputs.multiZoneFlag).to.equal(true);
        expect(kafka.inputs.zoneIds).to.deep.equal([100003, 100004]);
        expect(kafka.inputs.zoneIds as number[]).to.include(kafka.inputs.zoneId as number);
        expect(inputsOf(kafka).config).to.deep.equal({ autoCreateTopicEnable: false, defaultNumPartitions: 3, defaultReplicationFactor: 3 });
        expect(kafka.options.protect).to.equal(true);
    });
});
