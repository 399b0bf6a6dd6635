import { expect } from "chai";
import { TkeCluster, planTkeCluster } from "../../components/kubernetes/tkeCluster";
import { ZonalNodePool, ZonalNodePoolArgs, planZonalNodePool } from "../../components/kubernetes/zonalNodePool";
import { ZonalNetwork } from "../../components/network/zonalNetwork";
import { GZ, T, expectProblem, inputsOf, one, record, refusal, subnetsIn } from "./support";

const poolArgs = (over: Partial<ZonalNodePoolArgs> = {}): ZonalNodePoolArgs => ({
    clusterId: "cls-1",
    vpcId: "vpc-1",
    subnets: subnetsIn(GZ),
    instanceType: "SA5.LARGE8",
    ...over,
});

describe("TkeCluster", () => {
    it("plans a managed cluster with a private endpoint, deletion protection and GR networking", () => {
        const plan = planTkeCluster("tke", { vpcId: "vpc-1", intranetSubnet: { zone: GZ[0], subnetId: "subnet-app-1" } });
        expect(plan).to.include({ deployType: "MANAGED_CLUSTER", networkType: "GR", endpoint: "intranet", publicEndpoint: false, deletionProtection: true, clusterCidr: "172.16.0.0/16" });
        expect(plan.intranetSubnetZone).to.equal(GZ[0]);
    });

    it("refuses a cluster with no API endpoint, a public endpoint without a security group, and VPC-CNI in one zone", () => {
        expectProblem(refusal(() => planTkeCluster("tke", { vpcId: "vpc-1" })), "intranetSubnet", "needs an API endpoint");
        expectProblem(refusal(() => planTkeCluster("tke", { vpcId: "vpc-1", publicEndpoint: true })), "publicEndpointSecurityGroup", "is required");
        const e = refusal(() => planTkeCluster("tke", { vpcId: "vpc-1", publicEndpoint: true, publicEndpointSecurityGroup: "sg-1", networkType: "VPC-CNI", eniSubnets: subnetsIn([GZ[0]]) }));
        expectProblem(e, "eniSubnets", "at least 2 distinct zones", "got 1");
    });

    it("refuses a public pod range", () => {
        expectProblem(refusal(() => planTkeCluster("tke", { vpcId: "vpc-1", intranetSubnet: subnetsIn(GZ)[0], clusterCidr: "8.8.0.0/16" })), "clusterCidr", "private IPv4");
    });

    it("creates the cluster and a Kubernetes provider from its intranet kubeconfig", async () => {
        let provider: unknown;
        const stack = await record(() => {
            const c = new TkeCluster("tke", { vpcId: "vpc-1", intranetSubnet: { zone: GZ[0], subnetId: "subnet-app-1" } });
            provider = c.provider;
        });
        const component = one(stack, "zonesafe:kubernetes:TkeCluster");
        const cluster = one(stack, T.cluster, "tke-cluster");
        expect(cluster.parent).to.equal(component.urn);
        expect(cluster.inputs).to.include({
            clusterDeployType: "MANAGED_CLUSTER",
            clusterInternet: false,
            clusterIntranet: true,
            clusterIntranetSubnetId: "subnet-app-1",
            deletionProtection: true,
            containerRuntime: "containerd",
        });
        const p = one(stack, T.k8sProvider, "tke-k8s");
        expect(p.parent).to.equal(component.urn);
        expect(inputsOf(p).kubeconfig).to.equal("kubeconfig-intranet-tke-cluster");
        expect(provider).to.not.equal(undefined);
    });
});

describe("ZonalNodePool", () => {
    describe("plan", () => {
        it("spreads nodes evenly over the zones, never fewer than the zones, with no public IPs", () => {
            const plan = planZonalNodePool("pool", poolArgs());
            expect(plan).to.include({ multiZoneSubnetPolicy: "EQUALITY", minSize: 3, maxSize: 9, desiredCapacity: 3, publicIpAssigned: false, internetMaxBandwidthOut: 0 });
            expect(plan.minPerZone).to.deep.equal({ "ap-guangzhou-3": 1, "ap-guangzhou-4": 1, "ap-guangzhou-6": 1 });
            expect(plan.minNodesAfterZoneLoss).to.equal(2);
        });

        it("refuses subnets in one zone", () => {
            expectProblem(refusal(() => planZonalNodePool("pool", poolArgs({ subnets: subnetsIn([GZ[0]]) }))), "subnets", "at least 2 distinct zones", "got 1 (ap-guangzhou-3)");
        });

        it("refuses a minimum below the number of zones", () => {
            expectProblem(refusal(() => planZonalNodePool("pool", poolArgs({ minSize: 2 }))), "minSize", "at least the number of zones (3)", "got 2");
        });

        it("refuses inconsistent sizes and a public IP without bandwidth, all at once", () => {
            const e = refusal(() => planZonalNodePool("pool", poolArgs({ minSize: 6, maxSize: 4, publicIpAssigned: true, clusterId: undefined as unknown as string })));
            expect(e.problems.map((p) => p.field)).to.have.members(["clusterId", "maxSize", "internetMaxBandwidthOut"]);
        });
    });

    describe("under mocks", () => {
        it("passes the network's app subnets (two or more zones) with EQUALITY and no public IP", async () => {
            const stack = await record(() => {
                const net = new ZonalNetwork("net", { zones: GZ.slice(0, 2) });
                const tke = new TkeCluster("tke", { vpcId: net.vpcId, intranetSubnet: net.subnets.app[0] });
                new ZonalNodePool("pool", { clusterId: tke.clusterId, vpcId: net.vpcId, subnets: net.subnets.app, instanceType: "SA5.LARGE8", minSize: 4 });
            });
            const pool = one(stack, T.nodePool, "pool-pool");
            expect(pool.inputs).to.include({ multiZoneSubnetPolicy: "EQUALITY", minSize: 4, maxSize: 12, desiredCapacity: 4, clusterId: "tke-cluster-id", deletionProtection: true });
            expect(pool.inputs.subnetIds).to.deep.equal(["net-subnet-app-ap-guangzhou-3-id", "net-subnet-app-ap-guangzhou-4-id"]);
            expect(pool.inputs.terminationPolicies, "a list on the official route").to.deep.equal(["OLDEST_INSTANCE"]);
            expect(pool.propertyDependencies.subnetIds).to.have.members([
                "urn:pulumi:dev::project::zonesafe:network:ZonalNetwork$tencentcloud:index/subnet:Subnet::net-subnet-app-ap-guangzhou-3",
                "urn:pulumi:dev::project::zonesafe:network:ZonalNetwork$tencentcloud:index/subnet:Subnet::net-subnet-app-ap-guangzhou-4",
            ]);
            expect(inputsOf(pool).autoScalingConfig).to.include({ publicIpAssigned: false, internetMaxBandwidthOut: 0, enhancedMonitorService: true, instanceType: "SA5.LARGE8" });
            expect((pool.inputs.tags as Record<string, string>)["zonesafe:pool"]).to.equal("pool");
            expect(pool.parent).to.equal(one(stack, "zonesafe:kubernetes:ZonalNodePool").urn);
        });
    });
});

describe("TkeCluster and ZonalNodePool composed by object", () => {
    it("a cluster in a network: its VPC, and the private endpoint in the app subnet of the lowest-numbered zone", () => {
        const network = {
            vpcId: "vpc-1",
            subnets: { public: [], app: subnetsIn(["ap-guangzhou-6", "ap-guangzhou-4"]), data: [] },
            securityGroupIds: { public: "sg-p", app: "sg-a", data: "sg-d" },
        } as unknown as ZonalNetwork;
        const plan = planTkeCluster("tke", { network });
        expect(plan).to.include({ intranetSubnetZone: "ap-guangzhou-4", endpoint: "intranet" });
        expect(plan.zones).to.deep.equal(["ap-guangzhou-6", "ap-guangzhou-4"]);
        expectProblem(refusal(() => planTkeCluster("tke", { network, vpcId: "vpc-2" })), "vpcId", "must not be given together with `network`");
        expectProblem(refusal(() => planTkeCluster("tke", {})), "vpcId", "is required", "pass `network`");
    });

    it("a pool takes its cluster's id, VPC, network (app tier, narrowed by `zones`), app security group and provider", async () => {
        const stack = await record(() => {
            const network = new ZonalNetwork("net", { zones: GZ });
            const cluster = new TkeCluster("tke", { network });
            new ZonalNodePool("pool", { cluster, zones: [GZ[2], GZ[0]], instanceType: "SA5.LARGE8" });
        });
        const pool = one(stack, T.nodePool, "pool-pool");
        expect(pool.inputs).to.include({ clusterId: "tke-cluster-id", vpcId: "net-vpc-id" });
        expect(pool.inputs.subnetIds).to.deep.equal([`net-subnet-app-${GZ[2]}-id`, `net-subnet-app-${GZ[0]}-id`]);
        expect((inputsOf(pool).autoScalingConfig as { orderlySecurityGroupIds: string[] }).orderlySecurityGroupIds).to.deep.equal(["net-sg-app-id"]);
        expect(one(stack, T.cluster, "tke-cluster").inputs).to.include({ vpcId: "net-vpc-id", clusterIntranetSubnetId: `net-subnet-app-${GZ[0]}-id` });
    });

    it("refuses restating what the cluster carries, a zone outside the network, and a pool with neither cluster nor subnets", () => {
        const cluster = { clusterId: "cls-1", vpcId: "vpc-1", network: undefined } as unknown as TkeCluster;
        const e = refusal(() => planZonalNodePool("pool", { cluster, clusterId: "cls-2", vpcId: "vpc-2", subnets: subnetsIn(GZ), instanceType: "SA5.LARGE8" }));
        expectProblem(e, "clusterId", "must not be given together with `cluster`", "remove `clusterId`");
        expectProblem(e, "vpcId", "must not be given together with `cluster`");
        const network = { vpcId: "vpc-1", subnets: { public: [], app: subnetsIn(GZ), data: [] }, securityGroupIds: {} } as unknown as ZonalNetwork;
        expectProblem(
            refusal(() => planZonalNodePool("pool", { clusterId: "cls-1", network, zones: [GZ[0], "ap-guangzhou-7"], instanceType: "SA5.LARGE8" })),
            "zones[1]",
            "must be a zone of the network's app tier (ap-guangzhou-3, ap-guangzhou-4, ap-guangzhou-6)",
            '"ap-guangzhou-7"',
        );
        expectProblem(refusal(() => planZonalNodePool("pool", { cluster, instanceType: "SA5.LARGE8" })), "subnets", "are required when neither `network` nor a cluster built with `network`");
        expectProblem(refusal(() => planZonalNodePool("pool", { clusterId: "cls-1", vpcId: "vpc-1", subnets: subnetsIn(GZ), zones: GZ, instanceType: "SA5.LARGE8" })), "zones", "applies only with a network");
    });
});
