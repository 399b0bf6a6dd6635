/**
 * The core business system of a large retailer: a public CLB across zones → business workloads on
 * TKE spread across zones → CKafka, three-node MySQL with read-only instances for read/write
 * splitting, Redis and MongoDB, all across zones; alarms on every node pool.
 */
import * as pulumi from "@pulumi/pulumi";
import {
    EventDashboard,
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
import { computeCapacityQps, DATA_TIER_KEY, declaredEvent } from "@zonesafe/model";
import { requireSecret, StackSettings } from "../config";
import { stackTags, StackOutputs } from "./common";

/** The NodePort of the cluster's ingress gateway, which the public CLB forwards to. */
export const INGRESS_NODE_PORT = 30080;

/**
 * Builds the retail blueprint. Every component takes the objects it builds on (the network, the
 * cluster, the node pool), so no zone, VPC, subnet or cluster id is restated: the data stores'
 * primaries and the CLB's master zone are the network's lowest-numbered zones, which stay where
 * they are when another zone is added to or removed from `zonesafe:zones`.
 */
export function buildRetail(s: StackSettings): StackOutputs {
    const tags = stackTags(s);
    const dataTags = { ...tags, [DATA_TIER_KEY]: s.dataTier };
    const dataOpts = { protect: s.protectData };
    const network = new ZonalNetwork("retail", { zones: s.zones, tags });
    const zoneCount = network.zonePlan.zones.length;
    // Each peak event of the stack gets scheduled capacity on the workers and every workload.
    const events = s.events.map(declaredEvent);

    const cluster = new TkeCluster("retail", { network, tags });
    const workers = new ZonalNodePool("retail-workers", {
        cluster,
        instanceType: s.nodeInstanceType,
        minSize: s.nodesPerZone * zoneCount,
        maxSize: s.maxNodesPerZone * zoneCount,
        events,
        qpsPerNode: s.capacity.qpsPerNode,
        tags,
    });
    const alarms = new NodeAlarms("retail-workers", { target: workers, noticeIds: s.alarmNotifyGroups });

    const workloads = s.workloads.map(
        (w) =>
            new SpreadWorkload(w.name, {
                nodePool: workers,
                image: w.image,
                containerPort: w.port,
                namespace: "retail",
                minReplicas: w.minReplicas,
                maxReplicas: w.maxReplicas,
                events,
                qpsPerReplica: s.capacity.qpsPerReplica,
                resources: {
                    requests: { cpu: `${w.cpuMillicores}m`, memory: `${w.memoryMiB}Mi` },
                    limits: { cpu: `${w.cpuMillicores * 2}m`, memory: `${w.memoryMiB}Mi` },
                },
            }),
    );

    const publicClb = new MultiAzClb("retail-public", {
        networkType: "OPEN",
        network,
        accessLog: s.clbAccessLogs[s.region],
        listeners: [
            {
                name: "https",
                protocol: "HTTPS",
                port: 443,
                certificateId: s.certificateId,
                rules: [{ domain: s.domain, url: "/", healthCheck: { httpPath: "/healthz" }, backends: [{ nodePool: workers, port: INGRESS_NODE_PORT }] }],
            },
        ],
        tags,
    });

    const mysql = new ThreeNodeMysql(
        "retail-orders",
        {
            network,
            dataTier: s.dataTier,
            rootPassword: requireSecret("mysqlRootPassword"),
            memSize: s.mysql.memSize,
            volumeSize: s.mysql.volumeSize,
            readonlyReplicas: s.mysql.readonlyReplicas,
            tags: dataTags,
        },
        dataOpts,
    );
    const redis = new MultiAzRedis("retail-cache", { network, memSize: 8192, password: requireSecret("redisPassword"), tags: dataTags }, dataOpts);
    const mongodb = new MultiAzMongodb("retail-catalog", { network, memory: 8, volume: 256, password: requireSecret("mongodbPassword"), tags: dataTags }, dataOpts);
    const kafka = new MultiAzCkafka("retail-events", { network, tags: dataTags }, dataOpts);

    // Each peak event is watched on a dashboard of the tiers it goes through, a series per zone; the
    // first creates Managed Prometheus and Managed Grafana in the app tier's first zone, the others reuse them.
    const watchSubnet = network.subnets.app[0];
    const dashboards: EventDashboard[] = [];
    for (const event of s.events) {
        const first = dashboards[0];
        dashboards.push(
            new EventDashboard(`retail-${event.name}`, {
                event,
                members: [
                    { kind: "clb", name: "retail-public", zones: [publicClb.zonePlan.masterZone, publicClb.zonePlan.slaveZone].filter((z): z is string => z !== undefined), id: publicClb.clbId },
                    ...workloads.map((w, i) => ({ kind: "workload" as const, name: s.workloads[i].name, zones: w.zonePlan.zones, id: w.serviceName })),
                    { kind: "ckafka", name: "retail-events", zones: kafka.zonePlan.zones, id: kafka.instanceId },
                    { kind: "mysql", name: "retail-orders", zones: mysql.zonePlan.zones, id: mysql.instanceId },
                    { kind: "redis", name: "retail-cache", zones: redis.zonePlan.zones, id: redis.instanceId },
                ],
                capacityQps: { compute: computeCapacityQps(s.maxNodesPerZone, zoneCount, s.capacity.qpsPerNode) },
                ...(first
                    ? { prometheusUrl: first.prometheusUrl, grafanaUrl: first.grafanaUrl }
                    : {
                          managedPrometheus: { vpcId: network.vpcId, subnetId: watchSubnet.subnetId, zone: watchSubnet.zone },
                          managedGrafana: { vpcId: network.vpcId, subnetIds: [watchSubnet.subnetId] },
                      }),
                tags,
            }),
        );
    }

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
            zones: network.zonePlan.zones,
            network: network.zonePlan,
            access: publicClb.zonePlan,
            compute: { cluster: cluster.zonePlan, workers: workers.zonePlan, workloads: workloads.map((w) => w.zonePlan) },
            middleware: kafka.zonePlan,
            data: { mysql: mysql.zonePlan, redis: redis.zonePlan, mongodb: mongodb.zonePlan },
            observability: alarms.zonePlan,
        },
    };
}
