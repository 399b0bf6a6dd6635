/**
 * The retail system as the risk assessment found it before governance: everything in one zone — a
 * single-zone CLB in front of one server, TKE nodes in one zone running one replica, a two-node
 * MySQL with both nodes in one zone and asynchronous replication, single-zone Redis, MongoDB and
 * CKafka, a database security group open to the internet, and the basics the scanners teams run
 * check (a plain data disk, no monitoring agent, cloud API keys in user data, no access or container
 * logs, MySQL on its default port, Secrets without KMS encryption). Built from the provider's resources
 * directly, because the zonesafe components refuse every one of these layouts; it exists to show
 * what the policy pack and the AZ-failure simulation catch.
 */
import * as k8s from "@pulumi/kubernetes";
import * as tencentcloud from "@pulumi/tencentcloud";
import { zones as zonePlanner } from "@zonesafe/components";
import { requireSecret, StackSettings } from "../config";
import { stackTags, StackOutputs } from "./common";

/** Builds the retail-legacy blueprint. */
export function buildLegacy(s: StackSettings): StackOutputs {
    const tags = stackTags(s);
    const zone = s.zones[0];
    const zoneId = zonePlanner.numericZoneId(zone);
    if (zoneId === undefined) {
        throw new Error(`zonesafe:zones: zone '${zone}' has no known numeric id (needed by Redis and CKafka); use a zone of a region in the components' zone table`);
    }

    const vpc = new tencentcloud.Vpc("legacy", { cidrBlock: "10.8.0.0/16", name: "legacy", tags });
    const subnet = new tencentcloud.Subnet("legacy-1", { vpcId: vpc.id, cidrBlock: "10.8.1.0/24", availabilityZone: zone, name: "legacy-1", tags });
    const sg = new tencentcloud.SecurityGroup("legacy", { name: "legacy", description: "everything", tags });
    new tencentcloud.SecurityGroupRuleSet("legacy", {
        securityGroupId: sg.id,
        ingresses: [
            { action: "ACCEPT", cidrBlock: "0.0.0.0/0", protocol: "TCP", port: "80,443", description: "web" },
            { action: "ACCEPT", cidrBlock: "0.0.0.0/0", protocol: "TCP", port: "3306", description: "DBA access from home" },
            { action: "ACCEPT", cidrBlock: "0.0.0.0/0", protocol: "TCP", port: "22", description: "ssh" },
        ],
    });

    const server = new tencentcloud.Instance("legacy-web-1", {
        instanceName: "legacy-web-1",
        availabilityZone: zone,
        imageId: "img-legacy01",
        instanceType: "S5.LARGE8",
        vpcId: vpc.id,
        subnetId: subnet.id,
        orderlySecurityGroups: [sg.id],
        allocatePublicIp: true,
        internetMaxBandwidthOut: 100,
        // A plain data disk, the monitoring agent switched off, and a nightly job's cloud API key
        // pasted into the user data (placeholders here: the pack names the variables, never values).
        dataDisks: [{ dataDiskType: "CLOUD_PREMIUM", dataDiskSize: 200 }],
        disableMonitorService: true,
        userDataRaw: "#!/bin/bash\nexport TENCENTCLOUD_SECRET_ID=placeholder-id\nexport TENCENTCLOUD_SECRET_KEY=placeholder-key\n/opt/backup/nightly.sh\n",
        tags,
    });
    const clb = new tencentcloud.ClbInstance("legacy", { clbName: "legacy", networkType: "OPEN", vpcId: vpc.id, masterZoneId: zone, tags });
    const listener = new tencentcloud.ClbListener("legacy-http", { clbId: clb.id, listenerName: "http", protocol: "HTTP", port: 80 });
    const rule = new tencentcloud.ClbListenerRule("legacy-root", { clbId: clb.id, listenerId: listener.listenerId, domain: s.domain, url: "/" });
    new tencentcloud.ClbAttachment("legacy-web", { clbId: clb.id, listenerId: listener.listenerId, ruleId: rule.ruleId, targets: [{ instanceId: server.id, port: 80, weight: 10 }] });

    const cluster = new tencentcloud.KubernetesCluster("legacy", {
        vpcId: vpc.id,
        clusterName: "legacy",
        clusterCidr: "172.20.0.0/16",
        clusterInternet: true,
        clusterInternetSecurityGroup: sg.id,
        tags,
    });
    new tencentcloud.KubernetesNodePool("legacy-workers", {
        name: "legacy-workers",
        clusterId: cluster.id,
        vpcId: vpc.id,
        subnetIds: [subnet.id],
        minSize: s.nodesPerZone,
        maxSize: s.maxNodesPerZone,
        desiredCapacity: s.nodesPerZone,
        autoScalingConfig: { instanceType: "S5.LARGE8", publicIpAssigned: true, internetMaxBandwidthOut: 10, orderlySecurityGroupIds: [sg.id] },
        tags,
    });
    const provider = new k8s.Provider("legacy", { kubeconfig: cluster.kubeConfig });
    const labels = { app: "storefront" };
    new k8s.apps.v1.Deployment(
        "storefront",
        {
            metadata: { name: "storefront", namespace: "default" },
            spec: {
                replicas: 1,
                selector: { matchLabels: labels },
                template: {
                    metadata: { labels },
                    spec: { containers: [{ name: "storefront", image: "ccr.ccs.tencentyun.com/retail/storefront-api:1.2.0", ports: [{ containerPort: 8080 }] }] },
                },
            },
        },
        { provider },
    );

    const mysql = new tencentcloud.MysqlInstance("legacy-orders", {
        instanceName: "legacy-orders",
        engineVersion: "5.7",
        memSize: s.mysql.memSize,
        volumeSize: s.mysql.volumeSize,
        availabilityZone: zone,
        firstSlaveZone: zone,
        slaveDeployMode: 0,
        slaveSyncMode: 0,
        vpcId: vpc.id,
        subnetId: subnet.id,
        securityGroups: [sg.id],
        internetService: 1,
        rootPassword: requireSecret("mysqlRootPassword"),
        tags,
    });
    const redis = new tencentcloud.RedisInstance("legacy-cache", {
        name: "legacy-cache",
        availabilityZone: zone,
        typeId: 8,
        memSize: 4096,
        redisReplicasNum: 1,
        replicaZoneIds: [zoneId],
        password: requireSecret("redisPassword"),
        vpcId: vpc.id,
        subnetId: subnet.id,
        tags,
    });
    const mongodb = new tencentcloud.MongodbInstance("legacy-catalog", {
        instanceName: "legacy-catalog",
        availableZone: zone,
        engineVersion: "MONGO_40_WT",
        machineType: "HIO10G",
        memory: 4,
        volume: 100,
        vpcId: vpc.id,
        subnetId: subnet.id,
        password: requireSecret("mongodbPassword"),
        tags,
    });
    const kafka = new tencentcloud.CkafkaInstance("legacy-events", {
        instanceName: "legacy-events",
        zoneId,
        multiZoneFlag: false,
        vpcId: vpc.id,
        subnetId: subnet.id,
        tagSet: tags,
    });

    return {
        blueprint: s.blueprint,
        environment: s.environment,
        region: s.region,
        endpoints: { clbId: clb.id, mysqlInstanceId: mysql.id, redisInstanceId: redis.id, mongodbInstanceId: mongodb.id, ckafkaInstanceId: kafka.id },
        zonePlan: { zones: [zone], access: [zone], compute: [zone], middleware: [zone], data: [zone] },
    };
}
