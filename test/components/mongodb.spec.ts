import { expect } from "chai";
import { MultiAzMongodb, MultiAzMongodbArgs, planMultiAzMongodb } from "../../components/database/multiAzMongodb";
import { isSecret } from "../support/mocks";
import { GZ, T, expectProblem, one, record, refusal } from "./support";

const args = (over: Partial<MultiAzMongodbArgs> = {}): MultiAzMongodbArgs => ({
    zones: GZ,
    memory: 4,
    volume: 100,
    password: "Mongo-pass1",
    vpcId: "vpc-1",
    subnetId: "subnet-data-1",
    ...over,
});

describe("MultiAzMongodb", () => {
    it("spreads a three-node replica set over three zones with the hidden node in the last", () => {
        const plan = planMultiAzMongodb("docs", args());
        expect(plan).to.include({ primaryZone: "ap-guangzhou-3", hiddenZone: "ap-guangzhou-6", nodeNum: 3, survivesZoneLoss: true, engineVersion: "MONGO_60_WT", machineType: "HIO10G" });
        expect(plan.nodesPerZone).to.deep.equal({ "ap-guangzhou-3": 1, "ap-guangzhou-4": 1, "ap-guangzhou-6": 1 });
        expect(planMultiAzMongodb("docs", args({ nodeNum: 7 })).survivesZoneLoss).to.equal(true);
    });

    it("refuses fewer or more than three zones", () => {
        expectProblem(refusal(() => planMultiAzMongodb("docs", args({ zones: GZ.slice(0, 2) }))), "zones", "at least 3 distinct zones", "got 2");
        expectProblem(refusal(() => planMultiAzMongodb("docs", args({ zones: [...GZ, "ap-guangzhou-7"] }))), "zones", "at most 3 zones");
    });

    it("refuses a hidden zone outside the list and an even node count", () => {
        const e = refusal(() => planMultiAzMongodb("docs", args({ hiddenZone: "ap-guangzhou-7", nodeNum: 4 })));
        expect(e.problems.map((p) => p.field)).to.have.members(["hiddenZone", "nodeNum"]);
    });

    it("records three distinct zones including the primary's, and the hidden zone", async () => {
        const stack = await record(() => {
            new MultiAzMongodb("docs", args());
        });
        const mongo = one(stack, T.mongodb, "docs-instance");
        const zones = mongo.inputs.availabilityZoneLists as string[];
        expect(new Set(zones).size).to.equal(3);
        expect(zones).to.include(mongo.inputs.availableZone as string);
        expect(zones).to.include(mongo.inputs.hiddenZone as string);
        expect(isSecret(mongo.inputs.password)).to.equal(true);
        expect(mongo.options.protect).to.equal(true);
    });
});
