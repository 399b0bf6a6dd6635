/**
 * Stacks with known layouts for the resilience tests, written by hand as StackRecords in wire form:
 * a preview records references as property dependencies with unknown values, a state records ids.
 * Tokens come in both naming routes (official `tencentcloud:index/…`, static `tencentcloud:Mysql/…`).
 */
import type { ResourceRecord, StackRecord, WireProps, WireValue } from "../../engine/types";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../engine/types";
import { stackResourcesOfRecords } from "../../policies/resources";
import { KUBERNETES_TOKENS, TENCENTCLOUD_TOKENS, TerraformName } from "../../policies/tokens";
import { buildTopology, Topology } from "../../policies/topology";
import type { StackResourceSpec } from "../support/policyArgs";

export { UNKNOWN };

/** The project every fixture stack belongs to. */
export const PROJECT = "zonesafe";

/** A Tencent Cloud token in a naming route. */
export function tok(tf: TerraformName, route: "official" | "static" = "official"): string {
    return TENCENTCLOUD_TOKENS[tf][route];
}

/** Kubernetes tokens. */
export const K8S = {
    deployment: KUBERNETES_TOKENS.Deployment[0],
    statefulSet: KUBERNETES_TOKENS.StatefulSet[0],
    hpa: KUBERNETES_TOKENS.HorizontalPodAutoscaler[0],
    pdb: KUBERNETES_TOKENS.PodDisruptionBudget[0],
    service: KUBERNETES_TOKENS.Service[0],
} as const;

/** The zones of ap-guangzhou used throughout. */
export const Z3 = "ap-guangzhou-3";
/** The second zone. */
export const Z4 = "ap-guangzhou-4";
/** The third zone. */
export const Z6 = "ap-guangzhou-6";
/** The zones' numeric ids (as Redis `replicaZoneIds` and CKafka `zoneIds` take them). */
export const ZONE_IDS: Readonly<Record<string, number>> = { [Z3]: 100003, [Z4]: 100004, [Z6]: 100006 };

/** A secret in wire form. */
export function secret(value: WireValue): WireValue {
    return { [SIG_KEY]: SECRET_SIG, value };
}

/** Options of one recorded resource. */
export interface RecOptions {
    /** Property → the names (in this builder) of the resources it was built from. */
    deps?: Record<string, string[]>;
    /** The name of the provider resource (Kubernetes objects). */
    provider?: string;
    protect?: boolean;
    /** The id the resource has in state (state builders only). */
    id?: string;
}

/** Builds the records of one stack, in registration order. */
export class StackBuilder {
    readonly records: ResourceRecord[] = [];
    private readonly urns = new Map<string, string>();

    constructor(
        readonly stack: string,
        readonly dryRun: boolean,
    ) {}

    /** The URN of a resource added under `name`. */
    urn(name: string): string {
        const urn = this.urns.get(name);
        if (urn === undefined) {
            throw new Error(`fixture: no resource named ${name}`);
        }
        return urn;
    }

    /** Adds a resource; returns its URN. */
    add(type: string, name: string, inputs: WireProps, o: RecOptions = {}): string {
        const urn = `urn:pulumi:${this.stack}::${PROJECT}::${type}::${name}`;
        this.urns.set(name, urn);
        const propertyDependencies: Record<string, string[]> = {};
        for (const [prop, names] of Object.entries(o.deps ?? {})) {
            propertyDependencies[prop] = names.map((n) => this.urn(n));
        }
        const provider = o.provider ? this.urn(o.provider) : undefined;
        const record: ResourceRecord = {
            urn,
            type,
            name,
            parent: "",
            custom: true,
            providerRef: provider ? `${provider}::${this.dryRun ? UNKNOWN : "provider-id"}` : "",
            inputs,
            dependencies: [...new Set(Object.values(propertyDependencies).flat())],
            propertyDependencies,
            options: { protect: o.protect === true, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] },
        };
        if (!this.dryRun) {
            record.outputs = { ...inputs, ...(o.id ? { id: o.id } : {}) };
            if (o.id) {
                record.id = o.id;
            }
        }
        this.records.push(record);
        return urn;
    }

    /** The stack record. */
    build(config: Record<string, string> = {}, tags: Record<string, string> = {}): StackRecord {
        return { project: PROJECT, stack: this.stack, dryRun: this.dryRun, config, tags, resources: this.records };
    }
}

/** The topology the pack would derive from a stack record. */
export function topologyOfStack(stack: StackRecord): Topology {
    return buildTopology(stackResourcesOfRecords(stack.resources));
}

/** The resources of a stack as fake stack-validation specs (what a stack policy receives). */
export function specsOf(stack: StackRecord): StackResourceSpec[] {
    return stack.resources.map((r) => ({
        type: r.type,
        name: r.name,
        urn: r.urn,
        props: (r.outputs && Object.keys(r.outputs).length > 0 ? r.outputs : r.inputs) as Record<string, unknown>,
        protect: r.options.protect,
        provider: r.providerRef ? r.providerRef.slice(0, r.providerRef.lastIndexOf("::")) : undefined,
        dependencies: r.dependencies,
        propertyDependencies: r.propertyDependencies,
    }));
}

// ---- Layout pieces ------------------------------------------------------------------------------

/** Adds a VPC and one subnet per zone (`subnet-<zone suffix>`); returns the subnet names. */
export function network(b: StackBuilder, zones: readonly string[]): string[] {
    b.add(tok("tencentcloud_vpc"), "vpc", { name: "main", cidrBlock: "10.0.0.0/16" }, { id: "vpc-main" });
    return zones.map((zone, i) => {
        const name = `subnet-${zone.slice(zone.lastIndexOf("-") + 1)}`;
        b.add(
            tok("tencentcloud_subnet"),
            name,
            { name, vpcId: b.dryRun ? UNKNOWN : "vpc-main", cidrBlock: `10.0.${i}.0/24`, availabilityZone: zone },
            { deps: { vpcId: ["vpc"] }, id: `subnet-id-${i}` },
        );
        return name;
    });
}

/** A reference to other resources of the builder: unknown ids in a preview (the property dependency says which), ids in state. */
export function refs(b: StackBuilder, ids: string[]): WireValue[] {
    return ids.map((id) => (b.dryRun ? UNKNOWN : id));
}

/** Adds a TKE cluster, its Kubernetes provider and one node pool over `subnets`. */
export function cluster(
    b: StackBuilder,
    pools: Array<{ name: string; subnets: string[]; min: number; max: number; desired?: number; instanceType?: string; autoscale?: boolean; labels?: Record<string, string>; taints?: WireValue[] }>,
): void {
    b.add(tok("tencentcloud_kubernetes_cluster"), "tke", { clusterName: "tke", vpcId: b.dryRun ? UNKNOWN : "vpc-main" }, { deps: { vpcId: ["vpc"] }, id: "cls-main" });
    for (const pool of pools) {
        const subnetIds = refs(
            b,
            pool.subnets.map((s) => `subnet-id-${subnetIndex(b, s)}`),
        );
        const inputs: WireProps = {
            name: pool.name,
            clusterId: b.dryRun ? UNKNOWN : "cls-main",
            vpcId: b.dryRun ? UNKNOWN : "vpc-main",
            subnetIds,
            multiZoneSubnetPolicy: "EQUALITY",
            minSize: pool.min,
            maxSize: pool.max,
            desiredCapacity: pool.desired ?? pool.min,
            enableAutoScale: pool.autoscale ?? true,
            autoScalingConfig: { instanceType: pool.instanceType ?? "S5.LARGE8", password: secret("node-Passw0rd!") },
        };
        if (pool.labels) inputs.labels = pool.labels;
        if (pool.taints) inputs.taints = pool.taints;
        b.add(tok("tencentcloud_kubernetes_node_pool"), pool.name, inputs, {
            deps: { clusterId: ["tke"], vpcId: ["vpc"], subnetIds: pool.subnets },
            id: `np-${pool.name}`,
        });
    }
    b.add("pulumi:providers:kubernetes", "k8s", { kubeconfig: b.dryRun ? UNKNOWN : secret("kubeconfig") }, { deps: { kubeconfig: ["tke"] }, id: "k8s-provider" });
}

function subnetIndex(b: StackBuilder, subnet: string): number {
    const record = b.records.find((r) => r.name === subnet);
    const cidr = String(record?.inputs.cidrBlock ?? "");
    return Number(cidr.split(".")[2] ?? 0);
}

/** A Deployment's props: `replicas` pods of `cpu`/`memory` requests, spread over zones, tolerating node loss for `toleration` seconds. */
export function deployment(
    name: string,
    o: { replicas?: number; cpu?: string; memory?: string; toleration?: number | null; nodeSelector?: Record<string, string>; zoneAffinity?: string[]; tolerations?: WireValue[] } = {},
): WireProps {
    const spec: Record<string, WireValue> = {
        containers: [{ name, image: `registry.example.com/${name}:1.0.0`, resources: { requests: { cpu: o.cpu ?? "250m", memory: o.memory ?? "256Mi" } } }],
        topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: name } } }],
    };
    const toleration = o.toleration;
    if (toleration !== undefined) {
        spec.tolerations = ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"].map(
            (key): WireValue => (toleration === null ? { key, operator: "Exists", effect: "NoExecute" } : { key, operator: "Exists", effect: "NoExecute", tolerationSeconds: toleration }),
        );
    }
    if (o.tolerations) spec.tolerations = o.tolerations;
    if (o.nodeSelector) spec.nodeSelector = o.nodeSelector;
    if (o.zoneAffinity) {
        spec.affinity = {
            nodeAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: {
                    nodeSelectorTerms: [{ matchExpressions: [{ key: "topology.kubernetes.io/zone", operator: "In", values: o.zoneAffinity }] }],
                },
            },
        };
    }
    return {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: "shop", labels: { app: name } },
        spec: { replicas: o.replicas ?? 3, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec } },
    };
}

/** An HPA's props for a Deployment. */
export function hpa(name: string, min: number, max: number, cpuTarget = 60): WireProps {
    return {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name, namespace: "shop" },
        spec: {
            scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name },
            minReplicas: min,
            maxReplicas: max,
            metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: cpuTarget } } }],
        },
    };
}

/** A MySQL instance's props. */
export function mysql(o: { primary: string; first?: string; second?: string; mode?: number; sync?: number; critical?: boolean }): WireProps {
    const p: WireProps = {
        instanceName: "orders",
        memSize: 4000,
        volumeSize: 200,
        availabilityZone: o.primary,
        slaveDeployMode: o.mode ?? 1,
        slaveSyncMode: o.sync ?? 2,
        internetService: 0,
        rootPassword: secret("db-Passw0rd!"),
    };
    if (o.first) p.firstSlaveZone = o.first;
    if (o.second) p.secondSlaveZone = o.second;
    if (o.critical) p.tags = { "zonesafe:data-tier": "critical" };
    return p;
}

// ---- Whole stacks -------------------------------------------------------------------------------

/** The legacy stack as its state records it: every service in one zone (static-route tokens mostly). */
export function legacyStack(): StackRecord {
    const b = new StackBuilder("retail-legacy", false);
    network(b, [Z3]);
    b.add(tok("tencentcloud_clb_instance", "static"), "web-clb", { clbName: "web", networkType: "OPEN", zoneId: Z3, vpcId: "vpc-main" }, { id: "lb-legacy" });
    for (const i of [1, 2]) {
        b.add(
            tok("tencentcloud_instance", "static"),
            `app-${i}`,
            { instanceName: `app-${i}`, availabilityZone: Z3, imageId: "img-1", instanceType: "S5.MEDIUM4", subnetId: "subnet-id-0" },
            { id: `ins-legacy-${i}` },
        );
    }
    b.add(
        tok("tencentcloud_clb_attachment", "static"),
        "web-backends",
        { clbId: "lb-legacy", listenerId: "lbl-legacy", targets: [{ instanceId: "ins-legacy-1", port: 8080 }, { instanceId: "ins-legacy-2", port: 8080 }] },
        { id: "lb-legacy#lbl-legacy" },
    );
    cluster(b, [{ name: "legacy-app", subnets: ["subnet-3"], min: 2, max: 4 }]);
    b.add(K8S.deployment, "web", deployment("web", { replicas: 2 }), { provider: "k8s", id: "shop/web" });
    b.add(tok("tencentcloud_mysql_instance", "static"), "orders-db", mysql({ primary: Z3, mode: 0, sync: 0 }), { id: "cdb-legacy" });
    b.add(tok("tencentcloud_redis_instance", "static"), "cart-cache", { name: "cart", memSize: 4096, availabilityZone: Z3, password: secret("x") }, { id: "crs-legacy" });
    b.add(tok("tencentcloud_mongodb_instance", "static"), "catalog-db", { instanceName: "catalog", engineVersion: "MONGO_44_WT", availableZone: Z3, memory: 8, volume: 200 }, { id: "cmgo-legacy" });
    b.add(tok("tencentcloud_ckafka_instance", "static"), "events", { instanceName: "events", zoneId: ZONE_IDS[Z3], multiZoneFlag: false }, { id: "ckafka-legacy" });
    return b.build({ "zonesafe:blueprint": "retail-legacy" });
}

/** The production retail stack as a preview records it: three zones, every service multi-AZ. */
export function retailProdStack(): StackRecord {
    const b = new StackBuilder("retail-prod", true);
    const zones = [Z3, Z4, Z6];
    const subnets = network(b, zones);
    b.add(tok("tencentcloud_clb_instance"), "shop-clb", { clbName: "shop", networkType: "OPEN", masterZoneId: Z3, slaveZoneId: Z4, vpcId: UNKNOWN }, { deps: { vpcId: ["vpc"] } });
    b.add(tok("tencentcloud_clb_listener"), "shop-https", { clbId: UNKNOWN, listenerName: "https", protocol: "HTTPS", port: 443 }, { deps: { clbId: ["shop-clb"] } });
    cluster(b, [{ name: "shop-app", subnets, min: 3, max: 9 }]);
    b.add(K8S.deployment, "web", deployment("web", { replicas: 3, toleration: 30 }), { provider: "k8s" });
    b.add(K8S.hpa, "web-hpa", hpa("web", 3, 15), { provider: "k8s" });
    b.add(K8S.deployment, "api", deployment("api", { replicas: 3, cpu: "500m", memory: "512Mi", toleration: 30 }), { provider: "k8s" });
    b.add(K8S.hpa, "api-hpa", hpa("api", 3, 15), { provider: "k8s" });
    b.add(
        K8S.service,
        "web-svc",
        {
            apiVersion: "v1",
            kind: "Service",
            metadata: { name: "web", namespace: "shop", annotations: { "service.kubernetes.io/tke-existed-lbid": UNKNOWN } },
            spec: { type: "LoadBalancer", selector: { app: "web" }, ports: [{ port: 443, targetPort: 8443 }] },
        },
        { provider: "k8s", deps: { metadata: ["shop-clb"] } },
    );
    b.add(tok("tencentcloud_mysql_instance", "static"), "orders-db", { ...mysql({ primary: Z3, first: Z3, second: Z4, mode: 1, sync: 2, critical: true }), vpcId: UNKNOWN, subnetId: UNKNOWN }, { deps: { vpcId: ["vpc"], subnetId: [subnets[0]] }, protect: true });
    for (const [i, zone] of [Z4, Z6].entries()) {
        b.add(tok("tencentcloud_mysql_readonly_instance"), `orders-ro-${i + 1}`, { instanceName: `orders-ro-${i + 1}`, masterInstanceId: UNKNOWN, zone, memSize: 4000, volumeSize: 200 }, { deps: { masterInstanceId: ["orders-db"] } });
    }
    b.add(tok("tencentcloud_redis_instance"), "cart-cache", { name: "cart", memSize: 8192, availabilityZone: Z3, redisReplicasNum: 2, replicaZoneIds: [ZONE_IDS[Z3], ZONE_IDS[Z4]], password: secret("x") }, { protect: true });
    b.add(
        tok("tencentcloud_mongodb_instance", "static"),
        "catalog-db",
        { instanceName: "catalog", engineVersion: "MONGO_60_WT", availableZone: Z3, availabilityZoneLists: [Z3, Z4, Z6], hiddenZone: Z4, nodeNum: 3, memory: 8, volume: 200 },
        { protect: true },
    );
    b.add(tok("tencentcloud_ckafka_instance"), "events", { instanceName: "events", zoneId: ZONE_IDS[Z3], multiZoneFlag: true, zoneIds: [ZONE_IDS[Z3], ZONE_IDS[Z4], ZONE_IDS[Z6]] }, { protect: true });
    return b.build({ "zonesafe:blueprint": "retail", "zonesafe:environment": "production" });
}

/** The beacon gateway's figures: three pools behind one CLB, 300–1000 instances each (DESIGN's scaling table). */
export const BEACON = {
    peakQps: 30_000_000,
    qpsPerInstance: 50_000,
    eventStart: "2026-11-11T00:00:00+08:00",
    /** The event pool's scale-up schedule: an hour before the event. */
    scaleUpAt: "2026-11-10T23:00:00+08:00",
    pools: [
        { name: "daily", min: 300, max: 1000, out: 60, in: 20 },
        { name: "burst", min: 300, max: 1000, out: 50, in: 40 },
        { name: "event", min: 3, max: 1000, out: 60, in: 20 },
    ],
} as const;

/** The production beacon stack (log-ingestion gateway) as a preview records it. */
export function beaconProdStack(o: { peakQps?: number; scaleUpAt?: string; route?: "official" | "static" } = {}): StackRecord {
    const route = o.route ?? "official";
    const b = new StackBuilder("beacon-prod", true);
    const subnets = network(b, [Z3, Z4, Z6]);
    b.add(tok("tencentcloud_clb_instance", route), "ingest-clb", { clbName: "ingest", networkType: "OPEN", masterZoneId: Z3, slaveZoneId: Z4, vpcId: UNKNOWN }, { deps: { vpcId: ["vpc"] } });
    b.add(tok("tencentcloud_clb_listener", route), "ingest-tcp", { clbId: UNKNOWN, listenerName: "tcp", protocol: "TCP", port: 80 }, { deps: { clbId: ["ingest-clb"] } });
    b.add(tok("tencentcloud_as_scaling_config", route), "ingest-config", { configurationName: "ingest", imageId: "img-gw", instanceTypes: ["SA5.LARGE8"] });
    for (const pool of BEACON.pools) {
        const group = `ingest-${pool.name}`;
        b.add(
            tok("tencentcloud_as_scaling_group", route),
            group,
            {
                scalingGroupName: group,
                configurationId: UNKNOWN,
                vpcId: UNKNOWN,
                subnetIds: [UNKNOWN, UNKNOWN, UNKNOWN],
                multiZoneSubnetPolicy: "EQUALITY",
                minSize: pool.min,
                maxSize: pool.max,
                desiredCapacity: pool.min,
                forwardBalancerIds: [{ loadBalancerId: UNKNOWN, listenerId: UNKNOWN, targetAttributes: [{ port: 8080, weight: 10 }] }],
                replaceLoadBalancerUnhealthy: true,
            },
            { deps: { configurationId: ["ingest-config"], vpcId: ["vpc"], subnetIds: subnets, forwardBalancerIds: ["ingest-clb", "ingest-tcp"] } },
        );
        for (const [suffix, operator, threshold, adjustment] of [
            ["scale-out", "GREATER_THAN", pool.out, 3],
            ["scale-in", "LESS_THAN", pool.in, -3],
        ] as const) {
            b.add(
                tok("tencentcloud_as_scaling_policy", route),
                `${group}-${suffix}`,
                {
                    scalingGroupId: UNKNOWN,
                    policyName: `${group}-${suffix}`,
                    policyType: "SIMPLE",
                    metricName: "CPU_UTILIZATION",
                    comparisonOperator: operator,
                    threshold,
                    period: 60,
                    continuousTime: 3,
                    adjustmentType: "CHANGE_IN_CAPACITY",
                    adjustmentValue: adjustment,
                    cooldown: 300,
                },
                { deps: { scalingGroupId: [group] } },
            );
        }
    }
    b.add(
        tok("tencentcloud_as_schedule", route),
        "ingest-event-event-up",
        { scalingGroupId: UNKNOWN, scheduleActionName: "ingest-event-up", startTime: o.scaleUpAt ?? BEACON.scaleUpAt, minSize: 300, maxSize: 1000, desiredCapacity: 300 },
        { deps: { scalingGroupId: ["ingest-event"] } },
    );
    b.add(
        tok("tencentcloud_as_schedule", route),
        "ingest-event-event-down",
        { scalingGroupId: UNKNOWN, scheduleActionName: "ingest-event-down", startTime: "2026-11-12T00:00:00+08:00", minSize: 3, maxSize: 1000, desiredCapacity: 3 },
        { deps: { scalingGroupId: ["ingest-event"] } },
    );
    b.add(tok("tencentcloud_ckafka_instance", route), "ingest-queue", { instanceName: "ingest", zoneId: ZONE_IDS[Z3], multiZoneFlag: true, zoneIds: [ZONE_IDS[Z3], ZONE_IDS[Z4], ZONE_IDS[Z6]] }, { protect: true });
    const beacon = JSON.stringify({ peakQps: o.peakQps ?? BEACON.peakQps, qpsPerInstance: BEACON.qpsPerInstance, backendLimit: 1000, eventStart: BEACON.eventStart });
    return b.build({ "zonesafe:blueprint": "beacon", "zonesafe:environment": "production", "zonesafe:beacon": beacon });
}
