import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { recordProgram, single, isSecret, isUnknown } from "../support/mocks";
import { parseDuration, toAnalyzerWire } from "../../engine/record";
import { UNKNOWN } from "../../engine/types";

class Tier extends pulumi.ComponentResource {
    public readonly subnet: tencentcloud.Subnet;
    constructor(name: string, vpc: tencentcloud.Vpc, opts?: pulumi.ComponentResourceOptions) {
        super("test:index:Tier", name, {}, opts);
        this.subnet = new tencentcloud.Subnet(`${name}-subnet`, {
            vpcId: vpc.id,
            cidrBlock: "10.0.1.0/24",
            availabilityZone: "ap-guangzhou-3",
            name: `${name}-subnet`,
        }, { parent: this, protect: true, ignoreChanges: ["tags"], customTimeouts: { create: "10m" } });
        this.registerOutputs({ subnetId: this.subnet.id });
    }
}

function program() {
    const provider = new tencentcloud.Provider("gz", { region: "ap-guangzhou", secretKey: "sk" });
    const vpc = new tencentcloud.Vpc("vpc", { cidrBlock: "10.0.0.0/16", name: "main" }, { provider });
    const tier = new Tier("app", vpc, { providers: [provider] });
    new tencentcloud.MysqlInstance("db", {
        instanceName: "orders",
        memSize: 4000,
        volumeSize: 200,
        rootPassword: pulumi.secret("not-a-real-password"),
        subnetId: tier.subnet.id,
    });
    return { vpcId: vpc.id };
}

describe("recorder (embedded engine)", () => {
    it("runs the program inside a root Stack and records every registration as the engine would", async () => {
        const { stack, outputs } = await recordProgram(program, { project: "shop", stack: "prod" });
        const root = single(stack, "pulumi:pulumi:Stack");
        expect(root.urn).to.equal("urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod");
        expect(root.parent).to.equal("");

        const vpc = single(stack, "tencentcloud:index/vpc:Vpc");
        expect(vpc.parent).to.equal(root.urn);
        expect(vpc.inputs).to.deep.equal({ cidrBlock: "10.0.0.0/16", name: "main" });
        expect(vpc.provider?.type).to.equal("pulumi:providers:tencentcloud");
        expect(vpc.provider?.urn).to.equal("urn:pulumi:prod::shop::pulumi:providers:tencentcloud::gz");

        const component = single(stack, "test:index:Tier");
        const subnet = single(stack, "tencentcloud:index/subnet:Subnet");
        expect(component.urn).to.equal("urn:pulumi:prod::shop::test:index:Tier::app");
        expect(subnet.urn).to.equal("urn:pulumi:prod::shop::test:index:Tier$tencentcloud:index/subnet:Subnet::app-subnet");
        expect(subnet.parent).to.equal(component.urn);
        expect(subnet.options.protect).to.equal(true);
        expect(subnet.options.ignoreChanges).to.deep.equal(["tags"]);
        expect(subnet.options.customTimeouts?.create).to.equal(600);
        expect(subnet.provider?.name).to.equal("gz", "a component's providers map reaches its children");
        expect(subnet.inputs.vpcId).to.equal("vpc-id");
        expect(subnet.propertyDependencies.vpcId).to.deep.equal([vpc.urn]);
        expect(subnet.dependencies).to.include(vpc.urn);

        const db = single(stack, "tencentcloud:index/mysqlInstance:MysqlInstance");
        expect(isSecret(db.inputs.rootPassword)).to.equal(true);
        expect(db.propertyDependencies.subnetId).to.deep.equal([subnet.urn]);
        expect(outputs).to.deep.equal({ vpcId: "vpc-id" });
        expect(stack.dryRun).to.equal(false);
    });

    it("in a preview, ids of new resources and what is built from them are unknown", async () => {
        const { stack } = await recordProgram(program, { preview: true });
        const subnet = single(stack, "tencentcloud:index/subnet:Subnet");
        expect(isUnknown(subnet.inputs.vpcId)).to.equal(true);
        expect(subnet.id).to.equal(UNKNOWN);
        expect(subnet.inputs.availabilityZone).to.equal("ap-guangzhou-3");
        expect(stack.dryRun).to.equal(true);
    });

    it("passes configuration, secrets included, to the program", async () => {
        const { outputs } = await recordProgram(() => {
            const cfg = new pulumi.Config("shop");
            return { region: cfg.require("region"), password: cfg.requireSecret("dbPassword") };
        }, { config: { "shop:region": "ap-shanghai", "shop:dbPassword": "s3cret" }, secretKeys: ["shop:dbPassword"] });
        expect(outputs).to.deep.equal({ region: "ap-shanghai", password: "s3cret" });
    });

    it("rejects with the program's error and can run again afterwards", async () => {
        let error: unknown;
        try {
            await recordProgram(() => {
                throw new Error("zones must list at least 2 zones");
            });
        } catch (e) {
            error = e;
        }
        expect(String(error)).to.contain("zones must list at least 2 zones");
        const { stack } = await recordProgram(program);
        expect(stack.resources.length).to.equal(6);
    });

    it("rejects with an error raised while outputs resolve", async () => {
        let error: unknown;
        try {
            await recordProgram(() => {
                const vpc = new tencentcloud.Vpc("vpc", { cidrBlock: "10.0.0.0/16", name: "main" });
                vpc.id.apply((id) => {
                    throw new pulumi.ResourceError(`vpc ${id} is not allowed`, vpc);
                });
            });
        } catch (e) {
            error = e;
        }
        expect(String(error)).to.contain("vpc vpc-id is not allowed");
    });

    it("refuses to start a second run while one is in progress", async () => {
        const first = recordProgram(program);
        let error: unknown;
        try {
            await recordProgram(program);
        } catch (e) {
            error = e;
        }
        await first;
        expect(String(error)).to.contain("another program is still running");
    });
});

describe("recorder: aliases as the engine hands them to an analyzer", () => {
    it("turns alias specs into URNs with the engine's defaults (name, type, stack, project, parent), and keeps URN aliases", async () => {
        const { stack } = await recordProgram(
            () => {
                class Tier extends pulumi.ComponentResource {
                    constructor(name: string) {
                        super("test:index:Tier", name, {}, {});
                        new tencentcloud.Subnet(`${name}-subnet-ap-guangzhou-3`, { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24", availabilityZone: "ap-guangzhou-3" }, {
                            parent: this,
                            aliases: [{ name: `${name}-subnet-1` }, { name: "moved", parent: pulumi.rootStackResource }, { name: "loose", parent: undefined }, { type: "test:index:Old" }],
                        });
                    }
                }
                const tier = new Tier("app");
                new tencentcloud.Vpc("main", { cidrBlock: "10.0.0.0/16", name: "main" }, { aliases: [{ project: "legacy", stack: "old" }, "urn:pulumi:prod::shop::tencentcloud:index/vpc:Vpc::former"] });
                void tier;
            },
            { project: "shop", stack: "prod" },
        );
        const subnet = single(stack, "tencentcloud:index/subnet:Subnet");
        const type = "tencentcloud:index/subnet:Subnet";
        expect(subnet.options.aliases).to.deep.equal([
            `urn:pulumi:prod::shop::test:index:Tier$${type}::app-subnet-1`,
            `urn:pulumi:prod::shop::${type}::moved`,
            `urn:pulumi:prod::shop::${type}::loose`,
            `urn:pulumi:prod::shop::test:index:Tier$test:index:Old::app-subnet-ap-guangzhou-3`,
        ]);
        expect(single(stack, "tencentcloud:index/vpc:Vpc").options.aliases).to.deep.equal([
            "urn:pulumi:old::legacy::tencentcloud:index/vpc:Vpc::main",
            "urn:pulumi:prod::shop::tencentcloud:index/vpc:Vpc::former",
        ]);
    });
});

describe("recorder: a rejected input ends the run, as the language host ends the program", () => {
    it("fails with the rejection instead of waiting for ever on the registrations that depend on it, and the next run records", async () => {
        for (const exportDependent of [false, true]) {
            let error: unknown;
            try {
                await recordProgram(
                    () => {
                        const cidr = pulumi.output(Promise.reject(new Error("the CIDR lookup failed"))) as unknown as string;
                        const vpc = new tencentcloud.Vpc("v", { cidrBlock: cidr, name: "main" });
                        const subnet = new tencentcloud.Subnet("s", { vpcId: vpc.id, cidrBlock: "10.0.0.0/24", availabilityZone: "ap-guangzhou-3" });
                        return exportDependent ? { subnetId: subnet.id } : {};
                    },
                    { preview: true },
                );
            } catch (e) {
                error = e;
            }
            expect(String((error as Error | undefined)?.message), exportDependent ? "with a stack output waiting on it" : "").to.include("the CIDR lookup failed");
        }
        const next = await recordProgram(() => new tencentcloud.Vpc("main", { cidrBlock: "10.0.0.0/16", name: "main" }), { preview: true });
        expect(next.stack.resources.map((r) => r.type)).to.deep.equal(["pulumi:pulumi:Stack", "tencentcloud:index/vpc:Vpc"]);
    });
});

describe("analyzer wire form", () => {
    it("downgrades resource references to ids (custom) or URNs (components) and output values to values", () => {
        const sig = "4dabf18193072939515e22adb298388d";
        expect(toAnalyzerWire({ a: { [sig]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:x", id: "i-1" } })).to.deep.equal({ a: "i-1" });
        expect(toAnalyzerWire({ [sig]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:c", id: "" })).to.equal("urn:c");
        expect(toAnalyzerWire([{ [sig]: "d0e6a833031e9bbcd3f4e8bde6ca49a4", value: 3 }])).to.deep.equal([3]);
        expect(toAnalyzerWire({ [sig]: "d0e6a833031e9bbcd3f4e8bde6ca49a4" })).to.equal(UNKNOWN);
    });

    it("parses the engine's custom-timeout durations", () => {
        expect(parseDuration("1h30m")).to.equal(5400);
        expect(parseDuration("45s")).to.equal(45);
        expect(parseDuration("")).to.equal(undefined);
    });
});

describe("recorder outputs in a preview", () => {
    it("keeps the known outputs when others are unknown", async () => {
        const { outputs, stack } = await recordProgram(() => {
            const vpc = new tencentcloud.Vpc("vpc", { cidrBlock: "10.0.0.0/16", name: "main" });
            return { region: "ap-guangzhou", plan: { zones: ["a", "b"], vpcId: vpc.id }, vpcId: vpc.id };
        }, { preview: true, secretKeys: ["project:password"], config: { "project:password": "x" } });
        expect(outputs).to.deep.equal({ region: "ap-guangzhou", plan: { zones: ["a", "b"], vpcId: undefined }, vpcId: undefined });
        expect(stack.configSecretKeys).to.deep.equal(["project:password"]);
    });
});
