import { expect } from "chai";
import {
    tkeClusterLogAgent,
    tkeClusterNoPublicEndpoint,
    tkeClusterSecretsEncryption,
    tkeMasterNoPublicIp,
    tkeNodePoolEvenSpread,
    tkeNodePoolMinSize,
    tkeNodePoolMultiAz,
    tkeWorkerNoPublicIp,
} from "../../policies/rules/tke";
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { TENCENTCLOUD_EXTRA_TOKENS } from "../../policies/tokens";
import { good } from "./fixtures";
import { checkResource, checkStack, ROUTES, tok, useTestEnvironment } from "./helpers";

/** Subnets in the given zones, known by id (as in a state). */
function subnets(zones: string[]): StackResourceSpec[] {
    return zones.map((zone, i) => ({
        type: tok("tencentcloud_subnet"),
        name: `subnet-${i}`,
        urn: urnOf(tok("tencentcloud_subnet"), `subnet-${i}`),
        props: { availabilityZone: zone, vpcId: "vpc-1", cidrBlock: `10.0.${i}.0/24`, id: `subnet-${i}` },
    }));
}

function pool(subnetIds: unknown[], extra: Record<string, unknown> = {}, route: "official" | "static" = "official"): StackResourceSpec {
    return {
        type: tok("tencentcloud_kubernetes_node_pool", route),
        name: "app",
        urn: urnOf(tok("tencentcloud_kubernetes_node_pool", route), "app"),
        props: { ...good.nodePool(), subnetIds, ...extra },
    };
}

describe("TKE rules", () => {
    useTestEnvironment();
    const poolUrn = urnOf(tok("tencentcloud_kubernetes_node_pool"), "app");

    describe("tke-nodepool-multi-az (stack)", () => {
        for (const route of ROUTES) {
            it(`passes a node pool over three zones, resolved by id (${route} route)`, async () => {
                const stack = [...subnets(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]), pool(["subnet-0", "subnet-1", "subnet-2"], {}, route)];
                expect(await checkStack(tkeNodePoolMultiAz, stack)).to.deep.equal([]);
            });
        }

        it("passes a node pool over two zones resolved through property dependencies during a preview", async () => {
            const nets = subnets(["ap-guangzhou-3", "ap-guangzhou-4"]);
            const p = { ...pool([UNKNOWN, UNKNOWN]), propertyDependencies: { subnetIds: nets.map((n) => n.urn as string) } };
            expect(await checkStack(tkeNodePoolMultiAz, [...nets, p])).to.deep.equal([]);
        });

        it("reports a node pool whose subnets are all in one zone", async () => {
            const stack = [...subnets(["ap-guangzhou-3", "ap-guangzhou-3"]), pool(["subnet-0", "subnet-1"])];
            expect(await checkStack(tkeNodePoolMultiAz, stack)).to.deep.equal([
                { urn: poolUrn, message: "TKE node pool must place nodes in at least 2 availability zones; `subnetIds` resolve to 1 zone (ap-guangzhou-3)." },
            ]);
        });

        it("stays silent when a subnet cannot be resolved (an unknown id without dependencies)", async () => {
            const stack = [...subnets(["ap-guangzhou-3"]), pool(["subnet-0", UNKNOWN])];
            expect(await checkStack(tkeNodePoolMultiAz, stack)).to.deep.equal([]);
        });

        it("honours a configured minimum of three zones", async () => {
            const stack = [...subnets(["ap-guangzhou-3", "ap-guangzhou-4"]), pool(["subnet-0", "subnet-1"])];
            const reported = await checkStack(tkeNodePoolMultiAz, stack, { config: { minZones: 3 } });
            expect(reported.map((r) => r.message)).to.deep.equal([
                "TKE node pool must place nodes in at least 3 availability zones; `subnetIds` resolve to 2 zones (ap-guangzhou-3, ap-guangzhou-4).",
            ]);
        });
    });

    describe("tke-nodepool-even-spread", () => {
        for (const route of ROUTES) {
            it(`passes EQUALITY (${route} route)`, async () => {
                expect(await checkResource(tkeNodePoolEvenSpread, { type: tok("tencentcloud_kubernetes_node_pool", route), props: good.nodePool() })).to.deep.equal([]);
            });
        }

        it("ignores a node pool with a single subnet (the multi-AZ rule reports it)", async () => {
            const props = { ...good.nodePool(), subnetIds: ["subnet-a"], multiZoneSubnetPolicy: undefined };
            expect(await checkResource(tkeNodePoolEvenSpread, { type: tok("tencentcloud_kubernetes_node_pool"), props: JSON.parse(JSON.stringify(props)) })).to.deep.equal([]);
        });

        it("reports the provider default PRIORITY", async () => {
            const { multiZoneSubnetPolicy: _, ...props } = good.nodePool();
            expect(await checkResource(tkeNodePoolEvenSpread, { type: tok("tencentcloud_kubernetes_node_pool"), props })).to.deep.equal([
                "TKE node pool must spread nodes evenly over its subnets with `multiZoneSubnetPolicy` EQUALITY; it is not set (provider default PRIORITY).",
            ]);
        });

        it("reports an explicit PRIORITY, even while the subnets are unknown", async () => {
            const props = { ...good.nodePool(), subnetIds: UNKNOWN, multiZoneSubnetPolicy: "PRIORITY" };
            expect(await checkResource(tkeNodePoolEvenSpread, { type: tok("tencentcloud_kubernetes_node_pool", "static"), props })).to.deep.equal([
                "TKE node pool must spread nodes evenly over its subnets with `multiZoneSubnetPolicy` EQUALITY; it is PRIORITY.",
            ]);
        });
    });

    describe("tke-nodepool-min-size (stack)", () => {
        it("passes one node per zone", async () => {
            const stack = [...subnets(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]), pool(["subnet-0", "subnet-1", "subnet-2"], { minSize: 3 })];
            expect(await checkStack(tkeNodePoolMinSize, stack)).to.deep.equal([]);
        });

        it("reports fewer nodes than zones", async () => {
            const stack = [...subnets(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]), pool(["subnet-0", "subnet-1", "subnet-2"], { minSize: 2 })];
            expect(await checkStack(tkeNodePoolMinSize, stack)).to.deep.equal([
                {
                    urn: poolUrn,
                    message: "TKE node pool must keep at least 3 nodes (one per availability zone: ap-guangzhou-3, ap-guangzhou-4, ap-guangzhou-6); `minSize` is 2.",
                },
            ]);
        });

        it("reports fewer than two nodes whatever the zones", async () => {
            const stack = [...subnets(["ap-guangzhou-3"]), pool(["subnet-0"], { minSize: 1 })];
            expect((await checkStack(tkeNodePoolMinSize, stack)).map((r) => r.message)).to.deep.equal(["TKE node pool must keep at least 2 nodes; `minSize` is 1."]);
        });

        it("stays silent on an unknown minSize", async () => {
            const stack = [...subnets(["ap-guangzhou-3"]), pool(["subnet-0"], { minSize: UNKNOWN })];
            expect(await checkStack(tkeNodePoolMinSize, stack)).to.deep.equal([]);
        });
    });

    describe("tke-worker-no-public-ip", () => {
        it("passes workers without public IPs", async () => {
            expect(await checkResource(tkeWorkerNoPublicIp, { type: tok("tencentcloud_kubernetes_node_pool"), props: good.nodePool() })).to.deep.equal([]);
            const cluster = { ...good.cluster(), workerConfigs: [{ instanceType: "S5.LARGE8", availabilityZone: "ap-guangzhou-3", subnetId: "subnet-a" }] };
            expect(await checkResource(tkeWorkerNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster", "static"), props: cluster })).to.deep.equal([]);
        });

        it("reports a node pool assigning public IPs", async () => {
            const props = { ...good.nodePool(), autoScalingConfig: { instanceType: "S5.LARGE8", publicIpAssigned: true } };
            expect(await checkResource(tkeWorkerNoPublicIp, { type: tok("tencentcloud_kubernetes_node_pool"), props })).to.deep.equal([
                "TKE node pool must not assign public IPs to worker nodes; `autoScalingConfig.publicIpAssigned` is true.",
            ]);
        });

        it("reports internet bandwidth without an explicit publicIpAssigned", async () => {
            const props = { ...good.nodePool(), autoScalingConfig: { instanceType: "S5.LARGE8", internetMaxBandwidthOut: 10 } };
            expect(await checkResource(tkeWorkerNoPublicIp, { type: tok("tencentcloud_kubernetes_node_pool", "static"), props })).to.deep.equal([
                "TKE node pool must not assign public IPs to worker nodes; `autoScalingConfig.internetMaxBandwidthOut` is 10 Mbps and `autoScalingConfig.publicIpAssigned` is not set.",
            ]);
        });

        it("reports a cluster worker configuration with a public IP", async () => {
            const props = { ...good.cluster(), workerConfigs: [{ instanceType: "S5.LARGE8" }, { instanceType: "S5.LARGE8", publicIpAssigned: true }] };
            expect(await checkResource(tkeWorkerNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster"), props })).to.deep.equal([
                "TKE cluster must not assign public IPs to worker nodes; `workerConfigs[1].publicIpAssigned` is true.",
            ]);
        });

        it("allows public IPs when configured", async () => {
            const props = { ...good.nodePool(), autoScalingConfig: { publicIpAssigned: true } };
            expect(await checkResource(tkeWorkerNoPublicIp, { type: tok("tencentcloud_kubernetes_node_pool"), props, config: { allowPublicIp: true } })).to.deep.equal([]);
        });
    });

    describe("tke-cluster-no-public-endpoint", () => {
        for (const route of ROUTES) {
            it(`passes a private cluster (${route} route)`, async () => {
                expect(await checkResource(tkeClusterNoPublicEndpoint, { type: tok("tencentcloud_kubernetes_cluster", route), props: good.cluster() })).to.deep.equal([]);
            });
        }

        it("reports a public API server endpoint", async () => {
            const props = { ...good.cluster(), clusterInternet: true };
            expect(await checkResource(tkeClusterNoPublicEndpoint, { type: tok("tencentcloud_kubernetes_cluster"), props })).to.deep.equal([
                "TKE cluster must not expose its API server to the internet; `clusterInternet` is true.",
            ]);
        });

        it("allows a public endpoint when configured", async () => {
            const props = { ...good.cluster(), clusterInternet: true };
            expect(await checkResource(tkeClusterNoPublicEndpoint, { type: tok("tencentcloud_kubernetes_cluster"), props, config: { allowPublicEndpoint: true } })).to.deep.equal([]);
        });
    });
    describe("tke-master-no-public-ip", () => {
        // The provider's documented independent-cluster example: masters in `masterConfigs`.
        const master = (extra: Record<string, unknown> = {}) => ({ count: 3, availabilityZone: "ap-guangzhou-3", instanceType: "SA2.LARGE8", subnetId: "subnet-a", systemDiskType: "CLOUD_SSD", ...extra });
        const independent = (masters: unknown) => ({ ...good.cluster(), clusterDeployType: "INDEPENDENT_CLUSTER", masterConfigs: masters });

        for (const route of ROUTES) {
            it(`passes masters without public IPs (${route} route)`, async () => {
                expect(await checkResource(tkeMasterNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster", route), props: independent([master({ publicIpAssigned: false })]) })).to.deep.equal([]);
            });

            it(`reports a master configuration with \`publicIpAssigned: true\` (${route} route)`, async () => {
                expect(await checkResource(tkeMasterNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster", route), props: independent([master({ publicIpAssigned: true, internetMaxBandwidthOut: 100 })]) })).to.deep.equal([
                    "TKE cluster must not assign public IPs to master nodes; `masterConfigs[0].publicIpAssigned` is true.",
                ]);
            });
        }

        it("reports a master with bandwidth and no `publicIpAssigned`, like workers", async () => {
            expect(await checkResource(tkeMasterNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster"), props: independent([master(), master({ internetMaxBandwidthOut: 10 })]) })).to.deep.equal([
                "TKE cluster must not assign public IPs to master nodes; `masterConfigs[1].internetMaxBandwidthOut` is 10 Mbps and `masterConfigs[1].publicIpAssigned` is not set.",
            ]);
        });

        it("allows public IPs when configured, and stays silent on unknowns", async () => {
            expect(await checkResource(tkeMasterNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster"), props: independent([master({ publicIpAssigned: true })]), config: { allowPublicIp: true } })).to.deep.equal([]);
            expect(await checkResource(tkeMasterNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster"), props: independent(UNKNOWN) })).to.deep.equal([]);
            expect(await checkResource(tkeMasterNoPublicIp, { type: tok("tencentcloud_kubernetes_cluster"), props: independent([master({ publicIpAssigned: UNKNOWN })]) })).to.deep.equal([]);
        });
    });

    describe("tke-cluster-no-public-endpoint: KubernetesClusterEndpoint", () => {
        // The provider's documented example: the endpoints of an existing cluster opened by a separate resource.
        const endpoint = (extra: Record<string, unknown>) => ({ clusterId: "cls-shop", clusterIntranet: true, clusterIntranetSubnetId: "subnet-a", ...extra });

        for (const route of ROUTES) {
            it(`passes an intranet-only endpoint (${route} route)`, async () => {
                expect(await checkResource(tkeClusterNoPublicEndpoint, { type: tok("tencentcloud_kubernetes_cluster_endpoint", route), props: endpoint({ clusterInternet: false }) })).to.deep.equal([]);
            });

            it(`reports \`clusterInternet: true\` on the endpoint resource like the cluster's own flag (${route} route)`, async () => {
                expect(await checkResource(tkeClusterNoPublicEndpoint, { type: tok("tencentcloud_kubernetes_cluster_endpoint", route), props: endpoint({ clusterInternet: true, clusterInternetSecurityGroup: "sg-api" }) })).to.deep.equal([
                    "TKE cluster endpoint must not expose the cluster's API server to the internet; `clusterInternet` is true.",
                ]);
            });
        }

        it("allows it when configured, and stays silent on unknowns", async () => {
            expect(await checkResource(tkeClusterNoPublicEndpoint, { type: tok("tencentcloud_kubernetes_cluster_endpoint"), props: endpoint({ clusterInternet: true }), config: { allowPublicEndpoint: true } })).to.deep.equal([]);
            expect(await checkResource(tkeClusterNoPublicEndpoint, { type: tok("tencentcloud_kubernetes_cluster_endpoint"), props: endpoint({ clusterInternet: UNKNOWN }) })).to.deep.equal([]);
        });
    });

    describe("tke-cluster-log-agent", () => {
        for (const route of ROUTES) {
            it(`passes a cluster with its log agent enabled (${route} route)`, async () => {
                expect(await checkResource(tkeClusterLogAgent, { type: tok("tencentcloud_kubernetes_cluster", route), props: { ...good.cluster(), logAgent: { enabled: true } } })).to.deep.equal([]);
            });

            it(`reports a cluster without a log agent (${route} route)`, async () => {
                const { logAgent: _agent, ...cluster } = good.cluster();
                expect(await checkResource(tkeClusterLogAgent, { type: tok("tencentcloud_kubernetes_cluster", route), props: cluster })).to.deep.equal([
                    "TKE cluster must enable its log agent; `logAgent` is not set (the agent is off).",
                ]);
            });
        }

        it("reports a log agent switched off", async () => {
            expect(await checkResource(tkeClusterLogAgent, { type: tok("tencentcloud_kubernetes_cluster"), props: { ...good.cluster(), logAgent: { enabled: false, kubeletRootDir: "/var/lib/kubelet" } } })).to.deep.equal([
                "TKE cluster must enable its log agent; `logAgent.enabled` is false.",
            ]);
        });

        it("stays silent on unknowns", async () => {
            expect(await checkResource(tkeClusterLogAgent, { type: tok("tencentcloud_kubernetes_cluster"), props: { ...good.cluster(), logAgent: UNKNOWN } })).to.deep.equal([]);
            expect(await checkResource(tkeClusterLogAgent, { type: tok("tencentcloud_kubernetes_cluster"), props: { ...good.cluster(), logAgent: { enabled: UNKNOWN } } })).to.deep.equal([]);
        });
    });

    describe("tke-cluster-secrets-encryption (stack)", () => {
        const EP = TENCENTCLOUD_EXTRA_TOKENS.tencentcloud_kubernetes_encryption_protection;
        const cluster = (name: string, id: string, route: "official" | "static" = "official"): StackResourceSpec => ({
            type: tok("tencentcloud_kubernetes_cluster", route),
            name,
            urn: urnOf(tok("tencentcloud_kubernetes_cluster", route), name),
            props: { ...good.cluster(), clusterName: name, id },
        });
        const protection = (clusterId: string, route: "official" | "static" = "official", name = "kms"): StackResourceSpec => ({
            type: EP[route],
            name,
            urn: urnOf(EP[route], name),
            props: { clusterId, kmsConfiguration: { keyId: "kms-key-1", kmsRegion: "ap-guangzhou" } },
        });

        for (const route of ROUTES) {
            it(`passes a cluster with a KMS encryption protection (${route} route)`, async () => {
                expect(await checkStack(tkeClusterSecretsEncryption, [cluster("shop", "cls-shop", route), protection("cls-shop", route)])).to.deep.equal([]);
            });

            it(`reports a cluster no encryption protection refers to (${route} route)`, async () => {
                expect(await checkStack(tkeClusterSecretsEncryption, [cluster("shop", "cls-shop", route), cluster("ops", "cls-ops", route), protection("cls-shop", route)])).to.deep.equal([
                    {
                        urn: urnOf(tok("tencentcloud_kubernetes_cluster", route), "ops"),
                        message: "TKE cluster must encrypt its Secrets with a KMS key; no `KubernetesEncryptionProtection` refers to it in `clusterId`.",
                    },
                ]);
            });
        }

        it("resolves the cluster through the property dependency in a preview", async () => {
            const shop = { ...cluster("shop", "cls-shop"), props: { ...good.cluster(), id: UNKNOWN } };
            const kms = { ...protection(UNKNOWN), propertyDependencies: { clusterId: [shop.urn as string] } };
            expect(await checkStack(tkeClusterSecretsEncryption, [shop, kms])).to.deep.equal([]);
        });

        it("stays silent while a protection's cluster is unknown", async () => {
            expect(await checkStack(tkeClusterSecretsEncryption, [cluster("shop", "cls-shop"), protection(UNKNOWN)])).to.deep.equal([]);
        });
    });
});
