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

/** Every layer across zones, the way the retailer's stability program lays out a service. */
function retailService(): void {
    const config = new pulumi.Config("zonesafe");
    const net = new ZonalNetwork("shop", { region: "ap-guangzhou" });
    const clb = new MultiAzClb("shop-public", {
        networkType: "OPEN",
        vpcId: net.vpcId,
        zones: net.zonePlan.zones,
        listeners: [{ name: "http", protocol: "TCP", port: 80 }],
    });
    const tke = new TkeCluster("shop-tke", { vpcId: net.vpcId, intranetSubnet: net.subnets.app[0] });
    const pool = new ZonalNodePool("shop-nodes", { clusterId: tke.clusterId, vpcId: net.vpcId, subnets: net.subnets.app, instanceType: "SA5.LARGE8" });
    new SpreadWorkload(
        "storefront",
        { image: "registry.example.com/shop/storefront:2.3.1", containerPort: 8080, zones: pool.zonePlan.zones, service: { existingLoadBalancerId: clb.clbId } },
        { provider: tke.provider },
    );
    new NodeAlarms("shop-nodes-alarms", { target: pool.alarmTarget });
    const data = net.subnets.data[0].subnetId;
    const dataSg = [net.securityGroupIds.data];
    new ThreeNodeMysql("orders", {
        vpcId: net.vpcId,
        subnetId: data,
        securityGroups: dataSg,
        primaryZone: GZ[0],
        secondReplicaZone: GZ[1],
        rootPassword: config.requireSecret("mysqlRootPassword"),
        memSize: 8000,
        volumeSize: 500,
        readonlyReplicas: 2,
    });
    new MultiAzRedis("sessions", { zones: GZ, memSize: 4096, password: config.requireSecret("redisPassword"), vpcId: net.vpcId, subnetId: data });
    new MultiAzMongodb("catalog", { zones: GZ, memory: 8, volume: 200, password: config.requireSecret("mongoPassword"), vpcId: net.vpcId, subnetId: data });
    new MultiAzCkafka("events", { zones: GZ, vpcId: net.vpcId, subnetId: data });
    new ElasticScalingGroup("ingest", {
        vpcId: net.vpcId,
        subnets: net.subnets.app,
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
    });

    it("keep zone plans known in a preview, while ids are unknown and traced by property dependencies", async () => {
        let poolZones: string[] = [];
        const stack = await record(() => {
            retailService();
            const net = new ZonalNetwork("preview-net", { zones: GZ.slice(0, 2) });
            poolZones = new ZonalNodePool("preview-nodes", { clusterId: "cls-1", vpcId: net.vpcId, subnets: net.subnets.app, instanceType: "SA5.LARGE8" }).zonePlan.zones;
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
