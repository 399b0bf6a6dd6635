/**
 * The core business system of a large retailer: a public CLB across zones → business workloads on
 * TKE spread across zones → CKafka, three-node MySQL with read-only instances for read/write
 * splitting, Redis and MongoDB, all across zones; alarms on every node pool.
 */
import * as pulumi from "@pulumi/pulumi";
import {
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
import { DATA_TIER_KEY } from "@zonesafe/model";
import { requireSecret, StackSettings } from "../config";
import { stackTags, StackOutputs } from "./common";

/** The NodePort of the cluster's ingress gateway, which the public CLB forwards to. */
export const INGRESS_NODE_PORT = 30080;

/** Builds the retail blueprint. */
export function buildRetail(s: StackSettings): StackOutputs {
    const tags = stackTags(s);
    const dataOpts = { protect: s.protectData };
    const network = new ZonalNetwork("retail", { region: s.region, zones: s.zones, tags });
    const app = network.subnets.app;
    const data = network.subnets.data;

    const cluster = new TkeCluster("retail", { vpcId: network.vpcId, intranetSubnet: app[0], tags });
    const workers = new ZonalNodePool("retail-workers", {
        clusterId: cluster.clusterId,
        vpcId: network.vpcId,
        subnets: app,
        instanceType: s.nodeInstanceType,
        minSize: s.nodesPerZone * s.zones.length,
        maxSize: s.maxNodesPerZone * s.zones.length,
        securityGroupIds: [network.securityGroupIds.app],
        tags,
    });
    const alarms = new NodeAlarms("retail-workers", { target: workers.alarmTarget, region: s.region, noticeIds: s.alarmNotifyGroups });

    const workloads = s.workloads.map(
        (w) =>
            new SpreadWorkload(
                w.name,
                {
                    image: w.image,
                    containerPort: w.port,
                    zones: s.zones,
                    namespace: "retail",
                    minReplicas: w.minReplicas,
                    maxReplicas: w.maxReplicas,
                    resources: {
                        requests: { cpu: `${w.cpuMillicores}m`, memory: `${w.memoryMiB}Mi` },
                        limits: { cpu: `${w.cpuMillicores * 2}m`, memory: `${w.memoryMiB}Mi` },
                    },
                },
                { provider: cluster.provider, dependsOn: [workers] },
            ),
    );

    const publicClb = new MultiAzClb("retail-public", {
        networkType: "OPEN",
        vpcId: network.vpcId,
        zones: s.zones,
        securityGroups: [network.securityGroupIds.public],
        accessLog: s.clbAccessLogs[s.region],
        listeners: [
            {
                name: "https",
                protocol: "HTTPS",
                port: 443,
                certificateId: s.certificateId,
                rules: [
                    {
                        domain: s.domain,
                        url: "/",
                        healthCheck: { httpPath: "/healthz" },
                        backends: [{ kind: "scalingGroup", scalingGroupId: workers.autoScalingGroupId, zones: s.zones, port: INGRESS_NODE_PORT }],
                    },
                ],
            },
        ],
        tags,
    });

    const dataTags = { ...tags, [DATA_TIER_KEY]: s.dataTier };
    const [zoneA, zoneB] = s.zones;
    const mysql = new ThreeNodeMysql(
        "retail-orders",
        {
            vpcId: network.vpcId,
            subnetId: data[0].subnetId,
            primaryZone: zoneA,
            secondReplicaZone: zoneB,
            dataTier: s.dataTier,
            rootPassword: requireSecret("mysqlRootPassword"),
            memSize: s.mysql.memSize,
            volumeSize: s.mysql.volumeSize,
            securityGroups: [network.securityGroupIds.data],
            readonlyReplicas: s.mysql.readonlyReplicas,
            protect: s.protectData,
            tags: dataTags,
        },
        dataOpts,
    );
    const redis = new MultiAzRedis(
        "retail-cache",
        {
            zones: s.zones,
            memSize: 8192,
            password: requireSecret("redisPassword"),
            vpcId: network.vpcId,
            subnetId: data[0].subnetId,
            securityGroups: [network.securityGroupIds.data],
            protect: s.protectData,
            tags: dataTags,
        },
        dataOpts,
    );
    const mongodb = new MultiAzMongodb(
        "retail-catalog",
        {
            zones: s.zones.slice(0, 3),
            memory: 8,
            volume: 256,
            password: requireSecret("mongodbPassword"),
            vpcId: network.vpcId,
            subnetId: data[0].subnetId,
            securityGroups: [network.securityGroupIds.data],
            protect: s.protectData,
            tags: dataTags,
        },
        dataOpts,
    );
    const kafka = new MultiAzCkafka(
        "retail-events",
        { zones: s.zones, vpcId: network.vpcId, subnetId: data[0].subnetId, protect: s.protectData, tags: dataTags },
        dataOpts,
    );

    return {
        blueprint: s.blueprint,
        environment: s.environment,
        region: s.region,
        endpoints: {
            publicClbId: publicClb.clbId,
            kubeconfig: pulumi.secret(cluster.kubeconfig),
            mysqlInstanceId: mysql.instanceId,
            redisInstanceId: redis.instanceId,
            mongodbInstanceId: mongodb.instanceId,
            ckafkaInstanceId: kafka.instanceId,
        },
        zonePlan: {
            zones: s.zones,
            network: network.zonePlan,
            access: publicClb.zonePlan,
            compute: { cluster: cluster.zonePlan, workers: workers.zonePlan, workloads: workloads.map((w) => w.zonePlan) },
            middleware: kafka.zonePlan,
            data: { mysql: mysql.zonePlan, redis: redis.zonePlan, mongodb: mongodb.zonePlan },
            observability: alarms.zonePlan,
        },
    };
}
