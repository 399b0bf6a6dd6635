import { expect } from "chai";
import {
    credentialSigns,
    cvmInstanceDefaultSecurityGroup,
    cvmInstanceDefaultVpc,
    cvmInstanceMonitorAgent,
    cvmInstanceNoPublicIp,
    cvmInstanceTierSpread,
    cvmInstanceUserDataSecrets,
} from "../../policies/rules/cvm";
import { secret, StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, checkStack, ROUTES, tok, useTestEnvironment } from "./helpers";

function cvm(name: string, zone: string, extra: Record<string, unknown> = {}, route: "official" | "static" = "official"): StackResourceSpec {
    return { type: tok("tencentcloud_instance", route), name, urn: urnOf(tok("tencentcloud_instance", route), name), props: { ...good.cvm(zone), ...extra } };
}

describe("CVM rules", () => {
    useTestEnvironment();

    describe("cvm-instance-tier-spread (stack)", () => {
        for (const route of ROUTES) {
            it(`passes a tier over two zones (${route} route)`, async () => {
                expect(await checkStack(cvmInstanceTierSpread, [cvm("web-1", "ap-guangzhou-3", {}, route), cvm("web-2", "ap-guangzhou-4", {}, route)])).to.deep.equal([]);
            });
        }

        it("reports every instance of a tier that sits in one zone", async () => {
            const reported = await checkStack(cvmInstanceTierSpread, [cvm("web-1", "ap-guangzhou-3"), cvm("web-2", "ap-guangzhou-3")]);
            expect(reported).to.deep.equal(
                ["web-1", "web-2"].map((n) => ({
                    urn: urnOf(tok("tencentcloud_instance"), n),
                    message: "CVM instance must not share one availability zone with every other instance of its tier `web`; all 2 instances are in ap-guangzhou-3.",
                })),
            );
        });

        it("groups tiers by the zonesafe:tier tag", async () => {
            const tagged = (name: string) => cvm(name, "ap-guangzhou-3", { tags: { "zonesafe:tier": "gateway" } });
            const reported = await checkStack(cvmInstanceTierSpread, [tagged("alpha"), tagged("beta")]);
            expect(reported.map((r) => r.message)).to.deep.equal([
                "CVM instance must not share one availability zone with every other instance of its tier `gateway`; all 2 instances are in ap-guangzhou-3.",
                "CVM instance must not share one availability zone with every other instance of its tier `gateway`; all 2 instances are in ap-guangzhou-3.",
            ]);
        });

        it("leaves a lone instance (a bastion) alone", async () => {
            expect(await checkStack(cvmInstanceTierSpread, [cvm("bastion", "ap-guangzhou-3")])).to.deep.equal([]);
        });

        it("stays silent while a zone is unknown", async () => {
            expect(await checkStack(cvmInstanceTierSpread, [cvm("web-1", "ap-guangzhou-3"), cvm("web-2", "ap-guangzhou-3", { availabilityZone: UNKNOWN })])).to.deep.equal([]);
        });
    });

    describe("cvm-instance-no-public-ip", () => {
        for (const route of ROUTES) {
            it(`passes private instances and launch configurations (${route} route)`, async () => {
                expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_instance", route), props: good.cvm() })).to.deep.equal([]);
                const config = { configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], publicIpAssigned: false };
                expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_as_scaling_config", route), props: config })).to.deep.equal([]);
            });
        }

        it("reports an instance with a public IP", async () => {
            expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), allocatePublicIp: true } })).to.deep.equal([
                "CVM instance must not have a public IP; `allocatePublicIp` is true.",
            ]);
        });

        it("reports a launch configuration assigning public IPs", async () => {
            const config = { configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], internetMaxBandwidthOut: 5 };
            expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_as_scaling_config", "static"), props: config })).to.deep.equal([
                "Auto Scaling launch configuration must not assign public IPs to instances; `internetMaxBandwidthOut` is 5 Mbps and `publicIpAssigned` is not set.",
            ]);
        });

        it("allows public IPs when configured", async () => {
            expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), allocatePublicIp: true }, config: { allowPublicIp: true } })).to.deep.equal([]);
        });
    });
    describe("cvm-instance-monitor-agent", () => {
        const config = (extra: Record<string, unknown> = {}) => ({ configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], ...extra });
        for (const route of ROUTES) {
            it(`passes instances, launch configurations, node pools and clusters that keep the agent (${route} route)`, async () => {
                expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_instance", route), props: { ...good.cvm(), disableMonitorService: false } })).to.deep.equal([]);
                expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_as_scaling_config", route), props: config({ enhancedMonitorService: true }) })).to.deep.equal([]);
                expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_kubernetes_node_pool", route), props: good.nodePool() })).to.deep.equal([]);
                expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_kubernetes_cluster", route), props: good.cluster() })).to.deep.equal([]);
            });

            it(`reports an instance with the agent switched off (${route} route)`, async () => {
                expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_instance", route), props: { ...good.cvm(), disableMonitorService: true } })).to.deep.equal([
                    "CVM instance must keep the cloud monitoring agent; `disableMonitorService` is true.",
                ]);
            });
        }

        it("reports a launch configuration, a node pool and cluster node configurations with `enhancedMonitorService: false`", async () => {
            expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_as_scaling_config", "static"), props: config({ enhancedMonitorService: false }) })).to.deep.equal([
                "Auto Scaling launch configuration must keep the cloud monitoring agent on its instances; `enhancedMonitorService` is false.",
            ]);
            const pool = { ...good.nodePool(), autoScalingConfig: { instanceType: "S5.LARGE8", enhancedMonitorService: false } };
            expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_kubernetes_node_pool"), props: pool })).to.deep.equal([
                "TKE node pool must keep the cloud monitoring agent on its nodes; `autoScalingConfig.enhancedMonitorService` is false.",
            ]);
            const cluster = { ...good.cluster(), masterConfigs: [{ instanceType: "S5.LARGE8", enhancedMonitorService: false }], workerConfigs: [{ instanceType: "S5.LARGE8", enhancedMonitorService: true }] };
            expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_kubernetes_cluster"), props: cluster })).to.deep.equal([
                "TKE cluster must keep the cloud monitoring agent on its nodes; `masterConfigs[0].enhancedMonitorService` is false.",
            ]);
        });

        it("stays silent on unknowns", async () => {
            expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), disableMonitorService: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_kubernetes_node_pool"), props: { ...good.nodePool(), autoScalingConfig: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(cvmInstanceMonitorAgent, { type: tok("tencentcloud_kubernetes_cluster"), props: { ...good.cluster(), workerConfigs: [UNKNOWN] } })).to.deep.equal([]);
        });
    });

    describe("cvm-instance-user-data-secrets", () => {
        const SECRET_KEY = "Zx9" + "q".repeat(29);
        const SECRET_ID = "AKID" + "a1B2c3D4".repeat(4);
        const script = `#!/bin/bash\nexport TENCENTCLOUD_SECRET_ID=${SECRET_ID}\nexport TENCENTCLOUD_SECRET_KEY=${SECRET_KEY}\n/opt/agent/start\n`;
        const base64 = Buffer.from(script).toString("base64");
        const clean = Buffer.from("#!/bin/bash\n/opt/agent/start --role-from-metadata\n").toString("base64");

        for (const route of ROUTES) {
            it(`passes user data without credentials (${route} route)`, async () => {
                expect(await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_instance", route), props: { ...good.cvm(), userData: clean } })).to.deep.equal([]);
                expect(await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_as_scaling_config", route), props: { configurationName: "c", instanceTypes: ["S5.MEDIUM4"], userData: clean } })).to.deep.equal([]);
            });

            it(`reports credentials in base64 user data without echoing them (${route} route)`, async () => {
                const messages = await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_instance", route), props: { ...good.cvm(), userData: base64 } });
                expect(messages).to.deep.equal([
                    "CVM instance must not carry cloud API credentials in its user data; `userData` contains TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY and a SecretId (AKID…) (value not shown).",
                ]);
                expect(messages.join(" ")).to.not.include(SECRET_KEY).and.not.include(SECRET_ID).and.not.include(base64);
            });
        }

        it("reports credentials in plain `userDataRaw`, also when the value is a secret", async () => {
            const messages = await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), userDataRaw: secret(script) } });
            expect(messages).to.have.length(1);
            expect(messages[0]).to.match(/^CVM instance must not carry cloud API credentials in its user data; `userDataRaw` contains /);
            expect(messages[0]).to.not.include(SECRET_KEY);
        });

        it("reports credentials in a launch configuration, a node pool's node config and a cluster's worker config", async () => {
            expect(await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_as_scaling_config"), props: { configurationName: "c", instanceTypes: ["S5.MEDIUM4"], userData: base64 } })).to.have.length(1);
            const pool = { ...good.nodePool(), nodeConfig: { userData: Buffer.from("export TENCENTCLOUD_SECRET_KEY=x").toString("base64") } };
            expect(await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_kubernetes_node_pool"), props: pool })).to.deep.equal([
                "TKE node pool must not carry cloud API credentials in its user data; `nodeConfig.userData` contains TENCENTCLOUD_SECRET_KEY (value not shown).",
            ]);
            const cluster = { ...good.cluster(), workerConfigs: [{ instanceType: "S5.LARGE8", userData: base64 }] };
            expect((await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_kubernetes_cluster"), props: cluster }))[0]).to.match(/`workerConfigs\[0\]\.userData` contains/);
        });

        it("reports credentials in a cluster's or node pool's pre-start script", async () => {
            const script64 = Buffer.from("export TENCENTCLOUD_SECRET_ID=x").toString("base64");
            expect(await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_kubernetes_cluster", "static"), props: { ...good.cluster(), preStartUserScript: script64 } })).to.deep.equal([
                "TKE cluster must not carry cloud API credentials in its user data; `preStartUserScript` contains TENCENTCLOUD_SECRET_ID (value not shown).",
            ]);
            expect(await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_kubernetes_node_pool"), props: { ...good.nodePool(), nodeConfig: { preStartUserScript: script64 } } })).to.deep.equal([
                "TKE node pool must not carry cloud API credentials in its user data; `nodeConfig.preStartUserScript` contains TENCENTCLOUD_SECRET_ID (value not shown).",
            ]);
        });

        it("stays silent on unknown user data", async () => {
            expect(await checkResource(cvmInstanceUserDataSecrets, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), userData: UNKNOWN } })).to.deep.equal([]);
        });

        it("names what it found, never the value", () => {
            expect(credentialSigns(script)).to.deep.equal(["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "a SecretId (AKID…)"]);
            expect(credentialSigns("echo hello")).to.deep.equal([]);
        });
    });

    describe("cvm-instance-default-vpc (stack)", () => {
        const vpc = (isDefault: boolean | undefined, route: "official" | "static" = "official"): StackResourceSpec => ({
            type: tok("tencentcloud_vpc", route),
            name: "main",
            urn: urnOf(tok("tencentcloud_vpc", route), "main"),
            props: { cidrBlock: "172.16.0.0/16", name: isDefault ? "Default-VPC" : "main", id: "vpc-main", ...(isDefault === undefined ? {} : { isDefault }) },
        });
        const placed = { vpcId: "vpc-main", subnetId: "subnet-a", orderlySecurityGroups: ["sg-app"] };

        for (const route of ROUTES) {
            it(`passes an instance in a VPC of its own (${route} route)`, async () => {
                expect(await checkStack(cvmInstanceDefaultVpc, [vpc(false, route), cvm("app", "ap-guangzhou-3", placed, route)])).to.deep.equal([]);
            });

            it(`reports an instance given no network (${route} route)`, async () => {
                expect(await checkStack(cvmInstanceDefaultVpc, [cvm("app", "ap-guangzhou-3", {}, route)])).to.deep.equal([
                    {
                        urn: urnOf(tok("tencentcloud_instance", route), "app"),
                        message: "CVM instance must not be placed in the default VPC; `vpcId` and `subnetId` are not set, so it lands in the account's default network.",
                    },
                ]);
            });
        }

        it("reports an instance in a VPC the provider marks as the default (an imported default VPC)", async () => {
            expect((await checkStack(cvmInstanceDefaultVpc, [vpc(true), cvm("app", "ap-guangzhou-3", placed)])).map((r) => r.message)).to.deep.equal([
                "CVM instance must not be placed in the default VPC; its `vpcId` refers to the default VPC `main` (`isDefault` is true).",
            ]);
        });

        it("reports an instance in a default subnet, found through its property dependency in a preview", async () => {
            const subnetUrn = urnOf(tok("tencentcloud_subnet"), "gz3");
            const subnet: StackResourceSpec = { type: tok("tencentcloud_subnet"), name: "gz3", urn: subnetUrn, props: { vpcId: "vpc-main", cidrBlock: "172.16.0.0/20", availabilityZone: "ap-guangzhou-3", isDefault: true } };
            const instance = { ...cvm("app", "ap-guangzhou-3", { ...placed, subnetId: UNKNOWN, vpcId: UNKNOWN }), propertyDependencies: { subnetId: [subnetUrn] } };
            expect((await checkStack(cvmInstanceDefaultVpc, [subnet, instance])).map((r) => r.message)).to.deep.equal([
                "CVM instance must not be placed in the default VPC; its `subnetId` refers to the default subnet `gz3` (`isDefault` is true).",
            ]);
        });

        it("stays silent while the network is unknown or a literal id outside the stack", async () => {
            expect(await checkStack(cvmInstanceDefaultVpc, [cvm("app", "ap-guangzhou-3", { vpcId: UNKNOWN, subnetId: UNKNOWN })])).to.deep.equal([]);
            expect(await checkStack(cvmInstanceDefaultVpc, [cvm("app", "ap-guangzhou-3", { vpcId: "vpc-elsewhere", subnetId: "subnet-elsewhere" })])).to.deep.equal([]);
        });
    });

    describe("cvm-instance-default-security-group (stack)", () => {
        const group = (name: string, id: string, route: "official" | "static" = "official"): StackResourceSpec => ({
            type: tok("tencentcloud_security_group", route),
            name,
            urn: urnOf(tok("tencentcloud_security_group", route), name),
            props: { name, description: "tier group", id },
        });
        const network = { vpcId: "vpc-main", subnetId: "subnet-a" };

        for (const route of ROUTES) {
            it(`passes an instance bound to its tier's group (${route} route)`, async () => {
                expect(await checkStack(cvmInstanceDefaultSecurityGroup, [group("app", "sg-app", route), cvm("app", "ap-guangzhou-3", { ...network, orderlySecurityGroups: ["sg-app"] }, route)])).to.deep.equal([]);
            });

            it(`reports an instance bound to no group (${route} route)`, async () => {
                expect((await checkStack(cvmInstanceDefaultSecurityGroup, [cvm("app", "ap-guangzhou-3", network, route)])).map((r) => r.message)).to.deep.equal([
                    "CVM instance must not use the default security group; neither `orderlySecurityGroups` nor `securityGroups` is set, so the default group is bound.",
                ]);
            });
        }

        it("reports an instance bound to a group named `default` (also through the deprecated `securityGroups`)", async () => {
            expect((await checkStack(cvmInstanceDefaultSecurityGroup, [group("default", "sg-default"), cvm("app", "ap-guangzhou-3", { ...network, securityGroups: ["sg-default"] })])).map((r) => r.message)).to.deep.equal([
                "CVM instance must not use the default security group; it is bound to `default`, a security group named `default`.",
            ]);
        });

        it("stays silent while the groups are unknown", async () => {
            expect(await checkStack(cvmInstanceDefaultSecurityGroup, [cvm("app", "ap-guangzhou-3", { ...network, orderlySecurityGroups: UNKNOWN })])).to.deep.equal([]);
        });
    });
});
