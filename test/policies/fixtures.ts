/**
 * Property bags that pass every rule (one factory per resource kind), and two whole stacks:
 * - a well-built production retail stack, recorded as a preview (ids of new resources unknown,
 *   references carried by property dependencies);
 * - a legacy single-AZ stack, recorded from state (ids known, references by id).
 */
import { secret, StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { TENCENTCLOUD_EXTRA_TOKENS } from "../../policies/tokens";
import { K8S, tok } from "./helpers";

type Props = Record<string, unknown>;

/** Passing props, by resource kind. */
export const good = {
    clbInstance: (): Props => ({
        clbName: "shop",
        networkType: "OPEN",
        masterZoneId: "ap-guangzhou-3",
        slaveZoneId: "ap-guangzhou-4",
        deleteProtect: true,
        vpcId: "vpc-shop",
        logSetId: "logset-clb",
        logTopicId: "topic-clb",
    }),
    clbListener: (): Props => ({ clbId: "lb-shop", listenerName: "tcp-443", protocol: "TCP", port: 443, healthCheckSwitch: true }),
    clbListenerRule: (): Props => ({ clbId: "lb-shop", listenerId: "lbl-https", domain: "shop.example.com", url: "/", healthCheckSwitch: true }),
    nodePool: (): Props => ({
        name: "app",
        clusterId: "cls-shop",
        vpcId: "vpc-shop",
        subnetIds: ["subnet-a", "subnet-b", "subnet-c"],
        multiZoneSubnetPolicy: "EQUALITY",
        minSize: 3,
        maxSize: 30,
        autoScalingConfig: { instanceType: "S5.LARGE8", publicIpAssigned: false, password: secret("node-Passw0rd!") },
        tags: { "zonesafe:pool": "app" },
    }),
    cluster: (): Props => ({ clusterName: "shop", vpcId: "vpc-shop", clusterInternet: false, clusterIntranet: true, clusterVersion: "1.30.0", logAgent: { enabled: true } }),
    deployment: (name = "web", extra: Props = {}): Props => ({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: "shop", labels: { app: name } },
        spec: {
            replicas: 3,
            selector: { matchLabels: { app: name } },
            template: {
                metadata: { labels: { app: name } },
                spec: {
                    containers: [
                        {
                            name,
                            image: "registry.example.com/shop/web:1.4.2",
                            readinessProbe: { httpGet: { path: "/ready", port: 8080 } },
                            livenessProbe: { httpGet: { path: "/live", port: 8080 } },
                            resources: { requests: { cpu: "250m", memory: "256Mi" } },
                        },
                    ],
                    topologySpreadConstraints: [
                        { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: name } } },
                        { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { app: name } } },
                    ],
                },
            },
        },
        ...extra,
    }),
    hpa: (name = "web", min = 3, max = 30): Props => ({
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name, namespace: "shop" },
        spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, minReplicas: min, maxReplicas: max },
    }),
    pdb: (name = "web", spec: Props = { maxUnavailable: 1 }): Props => ({
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata: { name, namespace: "shop" },
        spec: { selector: { matchLabels: { app: name } }, ...spec },
    }),
    mysql: (): Props => ({
        instanceName: "orders",
        memSize: 4000,
        volumeSize: 200,
        availabilityZone: "ap-guangzhou-3",
        firstSlaveZone: "ap-guangzhou-3",
        secondSlaveZone: "ap-guangzhou-4",
        slaveDeployMode: 1,
        slaveSyncMode: 2,
        internetService: 0,
        intranetPort: 3307,
        rootPassword: secret("db-Passw0rd!"),
        tags: { "zonesafe:data-tier": "critical" },
    }),
    mysqlBackupPolicy: (mysqlId: string = "cdb-orders"): Props => ({ mysqlId, retentionPeriod: 7, backupModel: "physical", backupTime: "02:00-06:00" }),
    redis: (): Props => ({
        name: "cart",
        memSize: 8192,
        availabilityZone: "ap-guangzhou-3",
        redisReplicasNum: 2,
        replicaZoneIds: [100003, 100004],
        password: secret("cache-Passw0rd!"),
        wanAddressSwitch: "close",
    }),
    mongodb: (): Props => ({
        instanceName: "catalog",
        engineVersion: "MONGO_60_WT",
        machineType: "HIO10G",
        memory: 8,
        volume: 200,
        availableZone: "ap-guangzhou-3",
        availabilityZoneLists: ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"],
        hiddenZone: "ap-guangzhou-4",
        password: secret("mongo-Passw0rd!"),
    }),
    ckafka: (): Props => ({ instanceName: "events", zoneId: 100003, multiZoneFlag: true, zoneIds: [100003, 100004], diskSize: 500, bandWidth: 40 }),
    asGroup: (): Props => ({
        scalingGroupName: "ingest",
        configurationId: "asc-ingest",
        vpcId: "vpc-shop",
        subnetIds: ["subnet-a", "subnet-b"],
        multiZoneSubnetPolicy: "EQUALITY",
        minSize: 300,
        maxSize: 500,
        replaceLoadBalancerUnhealthy: true,
    }),
    asPolicy: (direction: "out" | "in", extra: Props = {}): Props => ({
        scalingGroupId: "asg-ingest",
        policyName: `cpu-${direction}`,
        metricName: "CPU_UTILIZATION",
        comparisonOperator: direction === "out" ? "GREATER_THAN" : "LESS_THAN",
        threshold: direction === "out" ? 60 : 20,
        adjustmentType: "CHANGE_IN_CAPACITY",
        adjustmentValue: direction === "out" ? 10 : -10,
        period: 300,
        continuousTime: 3,
        cooldown: 300,
        ...extra,
    }),
    cvm: (zone = "ap-guangzhou-3"): Props => ({ instanceName: "app", availabilityZone: zone, imageId: "img-1", instanceType: "S5.MEDIUM4", allocatePublicIp: false }),
    ruleSet: (): Props => ({
        securityGroupId: "sg-shop",
        ingresses: [
            { action: "ACCEPT", cidrBlock: "0.0.0.0/0", protocol: "TCP", port: "443", description: "HTTPS from anywhere" },
            { action: "ACCEPT", cidrBlock: "10.0.0.0/16", protocol: "TCP", port: "3306", description: "MySQL from the VPC" },
        ],
    }),
    alarmPolicy: (tags: { key: string; value: string }[] = [{ key: "zonesafe:pool", value: "app" }]): Props => ({
        policyName: "node-health",
        monitorType: "MT_QCE",
        namespace: "cvm_device",
        enable: 1,
        conditions: {
            isUnionRule: 0,
            rules: [
                { metricName: "CpuUsage", operator: "ge", value: "85", period: 60, continuePeriod: 3 },
                { metricName: "MemUsage", operator: "ge", value: "85", period: 60, continuePeriod: 3 },
                { metricName: "CvmDiskUsage", operator: "ge", value: "80", period: 60, continuePeriod: 3 },
                { metricName: "LanOuttraffic", operator: "ge", value: "800", period: 60, continuePeriod: 3 },
            ],
        },
        policyTags: tags,
    }),
};

/** The project and stack names the fixtures' URNs use. */
export const RETAIL = { project: "zonesafe", stack: "retail-prod" };
export const LEGACY = { project: "zonesafe", stack: "retail-legacy" };

function urn(stack: { project: string; stack: string }, type: string, name: string): string {
    return urnOf(type, name, stack.stack, stack.project);
}

/** A production retail stack as a preview records it: every hazard avoided. */
export function retailStack(): StackResourceSpec[] {
    const u = (type: string, name: string) => urn(RETAIL, type, name);
    const vpc = u(tok("tencentcloud_vpc"), "vpc");
    const subnets = ["a", "b", "c"].map((z) => u(tok("tencentcloud_subnet"), `subnet-${z}`));
    const clb = u(tok("tencentcloud_clb_instance"), "shop-clb");
    const listener = u(tok("tencentcloud_clb_listener"), "shop-https");
    const cluster = u(tok("tencentcloud_kubernetes_cluster"), "shop");
    const pool = u(tok("tencentcloud_kubernetes_node_pool"), "shop-app");
    const provider = u("pulumi:providers:kubernetes", "shop-k8s");
    const mysql = u(tok("tencentcloud_mysql_instance", "static"), "orders-db");
    const sg = u(tok("tencentcloud_security_group"), "shop-sg");
    const zones = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"];
    return [
        { type: tok("tencentcloud_vpc"), name: "vpc", urn: vpc, props: { name: "shop", cidrBlock: "10.0.0.0/16", id: UNKNOWN } },
        ...subnets.map((s, i) => ({
            type: tok("tencentcloud_subnet"),
            name: `subnet-${"abc"[i]}`,
            urn: s,
            props: { name: `app-${i + 1}`, vpcId: UNKNOWN, cidrBlock: `10.0.${i}.0/24`, availabilityZone: zones[i], id: UNKNOWN },
            propertyDependencies: { vpcId: [vpc] },
        })),
        {
            type: tok("tencentcloud_clb_instance"),
            name: "shop-clb",
            urn: clb,
            props: { ...good.clbInstance(), vpcId: UNKNOWN, id: UNKNOWN },
            propertyDependencies: { vpcId: [vpc] },
        },
        {
            type: tok("tencentcloud_clb_listener"),
            name: "shop-https",
            urn: listener,
            props: { clbId: UNKNOWN, listenerName: "https", protocol: "HTTPS", port: 443, certificateId: "cert-shop", id: UNKNOWN },
            propertyDependencies: { clbId: [clb] },
        },
        {
            type: tok("tencentcloud_clb_listener_rule"),
            name: "shop-root",
            props: { ...good.clbListenerRule(), clbId: UNKNOWN, listenerId: UNKNOWN },
            propertyDependencies: { clbId: [clb], listenerId: [listener] },
        },
        {
            type: tok("tencentcloud_kubernetes_cluster"),
            name: "shop",
            urn: cluster,
            props: { ...good.cluster(), vpcId: UNKNOWN, id: UNKNOWN },
            propertyDependencies: { vpcId: [vpc] },
        },
        {
            type: TENCENTCLOUD_EXTRA_TOKENS.tencentcloud_kubernetes_encryption_protection.official,
            name: "shop-kms",
            props: { clusterId: UNKNOWN, kmsConfiguration: { keyId: "kms-shop", kmsRegion: "ap-guangzhou" } },
            propertyDependencies: { clusterId: [cluster] },
        },
        {
            type: tok("tencentcloud_kubernetes_node_pool"),
            name: "shop-app",
            urn: pool,
            props: { ...good.nodePool(), clusterId: UNKNOWN, vpcId: UNKNOWN, subnetIds: [UNKNOWN, UNKNOWN, UNKNOWN], id: UNKNOWN },
            propertyDependencies: { clusterId: [cluster], vpcId: [vpc], subnetIds: subnets },
        },
        { type: tok("tencentcloud_monitor_alarm_policy"), name: "shop-app-alarms", props: { ...good.alarmPolicy(), noticeIds: ["notice-retail-oncall"] } },
        {
            type: "pulumi:providers:kubernetes",
            name: "shop-k8s",
            urn: provider,
            props: { kubeconfig: UNKNOWN },
            dependencies: [cluster],
            propertyDependencies: { kubeconfig: [cluster] },
        },
        { type: K8S.deployment, name: "web", props: good.deployment("web"), provider },
        { type: K8S.hpa, name: "web", props: good.hpa("web"), provider },
        { type: K8S.pdb, name: "web", props: good.pdb("web"), provider },
        {
            type: K8S.service,
            name: "web",
            provider,
            props: {
                apiVersion: "v1",
                kind: "Service",
                metadata: { name: "web", namespace: "shop", annotations: { "service.kubernetes.io/tke-existed-lbid": UNKNOWN } },
                spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 443, targetPort: 8443 }] },
            },
            propertyDependencies: { metadata: [clb] },
        },
        {
            type: tok("tencentcloud_mysql_instance", "static"),
            name: "orders-db",
            urn: mysql,
            protect: true,
            props: { ...good.mysql(), vpcId: UNKNOWN, subnetId: UNKNOWN, id: UNKNOWN },
            propertyDependencies: { vpcId: [vpc], subnetId: [subnets[0]] },
        },
        {
            type: tok("tencentcloud_mysql_backup_policy"),
            name: "orders-db-backup",
            props: good.mysqlBackupPolicy(UNKNOWN),
            propertyDependencies: { mysqlId: [mysql] },
        },
        { type: tok("tencentcloud_redis_instance"), name: "cart-cache", protect: true, props: good.redis() },
        { type: tok("tencentcloud_mongodb_instance", "static"), name: "catalog-db", protect: true, props: good.mongodb() },
        { type: tok("tencentcloud_ckafka_instance"), name: "events", protect: true, props: good.ckafka() },
        { type: tok("tencentcloud_security_group"), name: "shop-sg", urn: sg, props: { name: "shop", id: UNKNOWN } },
        {
            type: tok("tencentcloud_security_group_rule_set"),
            name: "shop-sg-rules",
            props: { ...good.ruleSet(), securityGroupId: UNKNOWN },
            propertyDependencies: { securityGroupId: [sg] },
        },
    ];
}

/** A legacy stack as its state records it: every service in one availability zone. */
export function legacyStack(): StackResourceSpec[] {
    const u = (type: string, name: string) => urn(LEGACY, type, name);
    const zone = "ap-guangzhou-3";
    return [
        { type: tok("tencentcloud_vpc"), name: "vpc", urn: u(tok("tencentcloud_vpc"), "vpc"), props: { name: "legacy", cidrBlock: "10.1.0.0/16", id: "vpc-legacy" } },
        {
            type: tok("tencentcloud_subnet"),
            name: "subnet-a",
            urn: u(tok("tencentcloud_subnet"), "subnet-a"),
            props: { name: "app", vpcId: "vpc-legacy", cidrBlock: "10.1.0.0/24", availabilityZone: zone, id: "subnet-legacy-a" },
        },
        {
            type: tok("tencentcloud_clb_instance", "static"),
            name: "web-clb",
            urn: u(tok("tencentcloud_clb_instance", "static"), "web-clb"),
            props: { clbName: "web", networkType: "OPEN", zoneId: zone, vpcId: "vpc-legacy", id: "lb-legacy" },
        },
        {
            type: tok("tencentcloud_clb_listener", "static"),
            name: "web-http",
            props: { clbId: "lb-legacy", listenerName: "http", protocol: "HTTP", port: 80, id: "lbl-legacy" },
        },
        ...[1, 2].map((i) => ({
            type: tok("tencentcloud_instance", "static"),
            name: `app-${i}`,
            urn: u(tok("tencentcloud_instance", "static"), `app-${i}`),
            props: { ...good.cvm(zone), instanceName: `app-${i}`, subnetId: "subnet-legacy-a", id: `ins-legacy-${i}` },
        })),
        {
            type: tok("tencentcloud_clb_attachment", "static"),
            name: "web-backends",
            props: {
                clbId: "lb-legacy",
                listenerId: "lbl-legacy",
                targets: [
                    { instanceId: "ins-legacy-1", port: 8080, weight: 10 },
                    { instanceId: "ins-legacy-2", port: 8080, weight: 10 },
                ],
                id: "lb-legacy#lbl-legacy",
            },
        },
        {
            type: tok("tencentcloud_kubernetes_cluster", "static"),
            name: "legacy",
            props: { clusterName: "legacy", vpcId: "vpc-legacy", clusterInternet: false, id: "cls-legacy" },
        },
        {
            type: tok("tencentcloud_kubernetes_node_pool", "static"),
            name: "legacy-app",
            props: {
                name: "app",
                clusterId: "cls-legacy",
                vpcId: "vpc-legacy",
                subnetIds: ["subnet-legacy-a"],
                minSize: 1,
                maxSize: 4,
                autoScalingConfig: { instanceType: "S5.LARGE8" },
                id: "np-legacy",
            },
        },
        {
            type: K8S.deployment,
            name: "web",
            props: {
                apiVersion: "apps/v1",
                kind: "Deployment",
                metadata: { name: "web", namespace: "default", labels: { app: "web" } },
                spec: {
                    replicas: 1,
                    selector: { matchLabels: { app: "web" } },
                    template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "registry.example.com/web:legacy" }] } },
                },
            },
        },
        {
            type: tok("tencentcloud_mysql_instance", "static"),
            name: "orders-db",
            props: {
                instanceName: "orders",
                memSize: 4000,
                volumeSize: 200,
                availabilityZone: zone,
                slaveDeployMode: 0,
                slaveSyncMode: 0,
                internetService: 0,
                rootPassword: secret("legacy-Passw0rd!"),
                id: "cdb-legacy",
            },
        },
        {
            type: tok("tencentcloud_redis_instance", "static"),
            name: "cart-cache",
            props: { name: "cart", memSize: 4096, availabilityZone: zone, password: secret("cache-Passw0rd!"), id: "crs-legacy" },
        },
        {
            type: tok("tencentcloud_mongodb_instance", "static"),
            name: "catalog-db",
            props: { ...good.mongodb(), availabilityZoneLists: undefined, hiddenZone: undefined, id: "cmgo-legacy" },
        },
        {
            type: tok("tencentcloud_ckafka_instance", "static"),
            name: "events",
            props: { instanceName: "events", zoneId: 100003, multiZoneFlag: false, id: "ckafka-legacy" },
        },
    ].map((r) => ({ ...r, props: dropUndefined(r.props) }));
}

function dropUndefined(props: Props): Props {
    return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}
