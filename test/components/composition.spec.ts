import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import {
    ElasticScalingGroup,
    MultiAzCkafka,
    MultiAzClb,
    MultiAzMongodb,
    MultiAzRedis,
    NodeAlarms,
    SpreadWorkload,
    ThreeNodeMysql,
    TkeCluster,
    ZonalNetwork,
    ZonalNodePool,
} from "@zonesafe/components";
import { UNKNOWN } from "../../engine/types";
import { GZ, T, one, ofType, record } from "./support";

/** Every layer across zones, the way the retailer's stability program lays out a service: objects passed, no zone restated. */
function retailService(): void {
    const config = new pulumi.Config("zonesafe");
    const network = new ZonalNetwork("shop", { region: "ap-guangzhou" });
    const clb = new MultiAzClb("shop-public", { networkType: "OPEN", network, listeners: [{ name: "http", protocol: "TCP", port: 80 }] });
    const cluster = new TkeCluster("shop-tke", { network });
    const pool = new ZonalNodePool("shop-nodes", { cluster, instanceType: "SA5.LARGE8" });
    new SpreadWorkload("storefront", { nodePool: pool, image: "registry.example.com/shop/storefront:2.3.1", containerPort: 8080, service: { existingLoadBalancerId: clb.clbId } });
    new NodeAlarms("shop-nodes-alarms", { target: pool });
    new ThreeNodeMysql("orders", { network, rootPassword: config.requireSecret("mysqlRootPassword"), memSize: 8000, volumeSize: 500, readonlyReplicas: 2 });
    new MultiAzRedis("sessions", { network, memSize: 4096, password: config.requireSecret("redisPassword") });
    new MultiAzMongodb("catalog", { network, memory: 8, volume: 200, password: config.requireSecret("mongoPassword") });
    new MultiAzCkafka("events", { network });
    new ElasticScalingGroup("ingest", {
        network,
        imageId: "img-ingest",
        instanceTypes: ["SA5.LARGE8"],
        loadBalancers: [{ loadBalancerId: clb.clbId, listenerId: clb.listeners[0].listenerId, port: 8080 }],
    });
}

const secrets = {
    config: { "zonesafe:mysqlRootPassword": "m-Secret-1", "zonesafe:redisPassword": "r-Secret-1", "zonesafe:mongoPassword": "g-Secret-1" },
    secretKeys: ["zonesafe:mysqlRootPassword", "zonesafe:redisPassword", "zonesafe:mongoPassword"],
};

describe("components together", () => {
    it("lay out every tier across zones, each child under its component", async () => {
        const stack = await record(retailService, secrets);
        const components = stack.resources.filter((r) => r.type.startsWith("zonesafe:"));
        expect(components.map((c) => c.type)).to.have.members([
            "zonesafe:network:ZonalNetwork",
            "zonesafe:loadbalancer:MultiAzClb",
            "zonesafe:kubernetes:TkeCluster",
            "zonesafe:kubernetes:ZonalNodePool",
            "zonesafe:kubernetes:SpreadWorkload",
            "zonesafe:monitoring:NodeAlarms",
            "zonesafe:database:ThreeNodeMysql",
            "zonesafe:database:MultiAzRedis",
            "zonesafe:database:MultiAzMongodb",
            "zonesafe:messaging:MultiAzCkafka",
            "zonesafe:scaling:ElasticScalingGroup",
        ]);
        const componentUrns = new Set(components.map((c) => c.urn));
        const root = one(stack, "pulumi:pulumi:Stack").urn;
        for (const r of stack.resources) {
            if (r.type === "pulumi:pulumi:Stack") continue;
            expect(r.parent === root ? componentUrns.has(r.urn) : componentUrns.has(r.parent), `${r.type}::${r.name} sits under a component`).to.equal(true);
        }
        expect(one(stack, T.service).inputs.metadata).to.deep.include({ annotations: { "service.kubernetes.io/tke-existed-lbid": "shop-public-clb-id" } });
        expect((one(stack, T.scalingGroup).inputs.forwardBalancerIds as { listenerId: string }[])[0].listenerId).to.equal("lbl-shop-public-listener-tcp-80");
        expect(ofType(stack, T.subnet)).to.have.length(9);
        // What came with the objects: the VPC, the tiers' subnets and security groups, the cluster's id.
        const nodePool = one(stack, T.nodePool);
        expect(nodePool.inputs).to.include({ clusterId: "shop-tke-cluster-id", vpcId: "shop-vpc-id" });
        expect(nodePool.inputs.subnetIds).to.deep.equal(GZ.map((z) => `shop-subnet-app-${z}-id`));
        expect((nodePool.inputs.autoScalingConfig as { orderlySecurityGroupIds: string[] }).orderlySecurityGroupIds).to.deep.equal(["shop-sg-app-id"]);
        expect(one(stack, T.cluster).inputs).to.include({ vpcId: "shop-vpc-id", clusterIntranetSubnetId: `shop-subnet-app-${GZ[0]}-id` });
        expect(one(stack, T.clb).inputs).to.include({ vpcId: "shop-vpc-id", masterZoneId: GZ[0], slaveZoneId: GZ[1] });
        expect(one(stack, T.clb).inputs.securityGroups).to.deep.equal(["shop-sg-public-id"]);
        for (const t of [T.mysql, T.redis, T.mongodb, T.ckafka]) {
            expect(one(stack, t).inputs, t).to.include({ vpcId: "shop-vpc-id", subnetId: `shop-subnet-data-${GZ[0]}-id` });
        }
        expect(one(stack, T.scalingGroup).inputs.subnetIds).to.deep.equal(GZ.map((z) => `shop-subnet-app-${z}-id`));
        // The workload runs on the pool: the cluster's Kubernetes provider, and after the pool.
        const deployment = one(stack, T.deployment);
        expect(deployment.providerRef).to.include("shop-tke-k8s");
        expect(one(stack, "zonesafe:kubernetes:SpreadWorkload").dependencies).to.include(one(stack, T.nodePool).urn);
        expect(one(stack, T.alarmPolicy, "shop-nodes-alarms-cpu").inputs.policyTags).to.deep.equal([{ key: "zonesafe:pool", value: "shop-nodes" }]);
    });

    it("keep zone plans known in a preview, while ids are unknown and traced by property dependencies", async () => {
        let poolZones: string[] = [];
        const stack = await record(() => {
            retailService();
            const net = new ZonalNetwork("preview-net", { zones: GZ.slice(0, 2) });
            // An existing cluster known by id only, its nodes in a network this program holds.
            poolZones = new ZonalNodePool("preview-nodes", { clusterId: "cls-1", network: net, instanceType: "SA5.LARGE8" }).zonePlan.zones;
        }, { ...secrets, preview: true });
        expect(poolZones).to.deep.equal(GZ.slice(0, 2));
        const pool = one(stack, T.nodePool, "preview-nodes-pool");
        expect(pool.inputs.subnetIds).to.deep.equal([UNKNOWN, UNKNOWN]);
        const subnetUrns = pool.propertyDependencies.subnetIds;
        expect(subnetUrns).to.have.length(2);
        const zones = subnetUrns.map((urn) => stack.resources.find((r) => r.urn === urn)!.inputs.availabilityZone);
        expect(zones).to.have.members(GZ.slice(0, 2));
        expect(one(stack, T.nodePool, "preview-nodes-pool").inputs.multiZoneSubnetPolicy).to.equal("EQUALITY");
    });
});
