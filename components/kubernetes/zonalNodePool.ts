import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { NODE_POOL_MAX_FACTOR } from "../defaults";
import { Validator } from "../errors";
import { AlarmTarget, COMPONENT_TAG, POOL_TAG, Tags, ZonalSubnet, mergeTags } from "../types";
import { evenSpread, validateZonalSubnets } from "../zones";

/** The component's type token. */
export const ZONAL_NODE_POOL_TYPE = "zonesafe:kubernetes:ZonalNodePool";

/** A node taint. */
export interface NodeTaint {
    /** The taint's key. */
    key: string;
    /** The taint's value. */
    value: string;
    /** What the taint does to pods that do not tolerate it. */
    effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

/** The arguments of a {@link ZonalNodePool}. */
export interface ZonalNodePoolArgs {
    /** The TKE cluster's id (e.g. a TkeCluster's `clusterId`). */
    clusterId: pulumi.Input<string>;
    /** The VPC. */
    vpcId: pulumi.Input<string>;
    /**
     * The subnets nodes are placed in, one per zone, at least 2 distinct zones (e.g. a ZonalNetwork's
     * `subnets.app`). Nodes spread evenly over them (`EQUALITY`).
     */
    subnets: ZonalSubnet[];
    /** The CVM instance type, e.g. `SA5.LARGE8`. */
    instanceType: pulumi.Input<string>;
    /** Instance types tried when `instanceType` is sold out in a zone. Defaults to none. */
    backupInstanceTypes?: pulumi.Input<string>[];
    /** The fewest nodes; at least the number of zones, so every zone keeps a node. Defaults to the number of zones. */
    minSize?: number;
    /** The most nodes; at least `minSize`. Defaults to `3 × minSize`. */
    maxSize?: number;
    /** The nodes to start with, between `minSize` and `maxSize`. Defaults to `minSize`. */
    desiredCapacity?: number;
    /** Whether the cluster autoscaler may resize the pool within `minSize`–`maxSize`. Defaults to `true`. */
    enableAutoScale?: boolean;
    /** Whether nodes get a public IP. Defaults to `false`. */
    publicIpAssigned?: boolean;
    /** Public bandwidth (Mbps) of each node; must be above 0 only when `publicIpAssigned`. Defaults to `0`. */
    internetMaxBandwidthOut?: number;
    /** Security groups of the nodes, in order. Defaults to none. */
    securityGroupIds?: pulumi.Input<string>[];
    /** SSH key ids for node login. Defaults to none. */
    keyIds?: pulumi.Input<string>[];
    /** The system disk type, e.g. `CLOUD_PREMIUM`. Defaults to the provider's. */
    systemDiskType?: pulumi.Input<string>;
    /** The system disk size, GB. Defaults to the provider's. */
    systemDiskSize?: pulumi.Input<number>;
    /** The node OS image name. Defaults to the cluster's. */
    nodeOs?: pulumi.Input<string>;
    /** Whether the Cloud Monitor agent runs on nodes (NodeAlarms' memory and disk metrics need it). Defaults to `true`. */
    enhancedMonitorService?: boolean;
    /** Kubernetes labels of the nodes. Defaults to none. */
    labels?: Record<string, pulumi.Input<string>>;
    /** Kubernetes taints of the nodes. Defaults to none. */
    taints?: NodeTaint[];
    /** How failed node creations are retried. Defaults to `IMMEDIATE_RETRY`. */
    retryPolicy?: "IMMEDIATE_RETRY" | "INCREMENTAL_INTERVALS";
    /** Which nodes go first on scale-in. Defaults to `OLDEST_INSTANCE`. */
    terminationPolicy?: "OLDEST_INSTANCE" | "NEWEST_INSTANCE";
    /** Whether deletion protection is on. Defaults to `true`. */
    deletionProtection?: boolean;
    /** Tags of the pool and its nodes; the component adds its name and the alarm tag. Defaults to `{}`. */
    tags?: Tags;
}

/** The resolved layout of a ZonalNodePool (plain data). */
export interface ZonalNodePoolPlan {
    zones: string[];
    multiZoneSubnetPolicy: "EQUALITY";
    minSize: number;
    maxSize: number;
    desiredCapacity: number;
    /** Nodes per zone at the minimum size. */
    minPerZone: Record<string, number>;
    /** Nodes per zone at the desired capacity. */
    desiredPerZone: Record<string, number>;
    /** Nodes left at the minimum size after losing the zone with the most nodes. */
    minNodesAfterZoneLoss: number;
    publicIpAssigned: boolean;
    internetMaxBandwidthOut: number;
    enableAutoScale: boolean;
    enhancedMonitorService: boolean;
    deletionProtection: boolean;
    retryPolicy: "IMMEDIATE_RETRY" | "INCREMENTAL_INTERVALS";
    terminationPolicy: "OLDEST_INSTANCE" | "NEWEST_INSTANCE";
    /** How unhealthy nodes are replaced; see the class documentation. */
    unhealthyNodeReplacement: "not-offered-by-node-pool";
}

/**
 * Resolves defaults, validates (every problem at once) and plans the pool's spread over zones.
 * Throws a `ComponentArgsError` when the arguments are refused.
 */
export function planZonalNodePool(name: string, args: ZonalNodePoolArgs): ZonalNodePoolPlan {
    const v = new Validator(ZONAL_NODE_POOL_TYPE, name);
    const a = (args ?? {}) as ZonalNodePoolArgs;
    v.present("clusterId", a.clusterId);
    v.present("vpcId", a.vpcId);
    v.present("instanceType", a.instanceType);
    const zones = validateZonalSubnets(v, "subnets", a.subnets, { purpose: "for a node pool" });
    const zoneCount = zones?.length ?? 0;

    const minSize = a.minSize ?? zoneCount;
    let sizesOk = v.integer("minSize", minSize, 0, 2000);
    if (sizesOk && zones) {
        sizesOk = v.check(
            minSize >= zoneCount,
            "minSize",
            `must be at least the number of zones (${zoneCount}), so every zone keeps a node`,
            minSize,
            `raise \`minSize\` to ${zoneCount} or more.`,
        );
    }
    const maxSize = a.maxSize ?? (sizesOk ? Math.max(minSize * NODE_POOL_MAX_FACTOR, 1) : undefined);
    const desiredCapacity = a.desiredCapacity ?? minSize;
    if (a.maxSize !== undefined || sizesOk) {
        if (v.integer("maxSize", maxSize, 1, 2000) && sizesOk) {
            sizesOk = v.check(maxSize! >= minSize, "maxSize", `must be at least \`minSize\` (${minSize})`, maxSize, "raise `maxSize` or lower `minSize`.");
        } else {
            sizesOk = false;
        }
    }
    if ((a.desiredCapacity !== undefined || sizesOk) && v.integer("desiredCapacity", desiredCapacity, 0, 2000) && sizesOk) {
        v.check(
            desiredCapacity >= minSize && desiredCapacity <= maxSize!,
            "desiredCapacity",
            `must lie between \`minSize\` (${minSize}) and \`maxSize\` (${maxSize})`,
            desiredCapacity,
            "set it within the pool's bounds.",
        );
    }
    const publicIpAssigned = a.publicIpAssigned ?? false;
    const internetMaxBandwidthOut = a.internetMaxBandwidthOut ?? 0;
    if (v.boolean("publicIpAssigned", publicIpAssigned) && v.integer("internetMaxBandwidthOut", internetMaxBandwidthOut, 0, 65535)) {
        if (publicIpAssigned) {
            v.check(internetMaxBandwidthOut > 0, "internetMaxBandwidthOut", "must be above 0 when `publicIpAssigned` is true", internetMaxBandwidthOut, "set the bandwidth, or keep nodes private.");
        } else {
            v.check(internetMaxBandwidthOut === 0, "internetMaxBandwidthOut", "must be 0 when nodes have no public IP", internetMaxBandwidthOut, "remove it, or set `publicIpAssigned: true`.");
        }
    }
    const enableAutoScale = a.enableAutoScale ?? true;
    const enhancedMonitorService = a.enhancedMonitorService ?? true;
    const deletionProtection = a.deletionProtection ?? true;
    const retryPolicy = a.retryPolicy ?? "IMMEDIATE_RETRY";
    const terminationPolicy = a.terminationPolicy ?? "OLDEST_INSTANCE";
    v.boolean("enableAutoScale", enableAutoScale);
    v.boolean("enhancedMonitorService", enhancedMonitorService);
    v.boolean("deletionProtection", deletionProtection);
    v.oneOf("retryPolicy", retryPolicy, ["IMMEDIATE_RETRY", "INCREMENTAL_INTERVALS"] as const);
    v.oneOf("terminationPolicy", terminationPolicy, ["OLDEST_INSTANCE", "NEWEST_INSTANCE"] as const);
    if (a.taints !== undefined && v.array("taints", a.taints)) {
        a.taints.forEach((t, i) => {
            const ok = typeof t === "object" && t !== null && typeof t.key === "string" && t.key !== "" && typeof t.value === "string";
            if (v.check(ok, `taints[${i}]`, "must be `{ key, value, effect }`", t, "pass a key, a value and an effect.")) {
                v.oneOf(`taints[${i}].effect`, t.effect, ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const);
            }
        });
    }
    v.throwIfAny();

    const validZones = zones!;
    const minPerZone = evenSpread(minSize, validZones);
    return {
        zones: validZones,
        multiZoneSubnetPolicy: "EQUALITY",
        minSize,
        maxSize: maxSize!,
        desiredCapacity,
        minPerZone,
        desiredPerZone: evenSpread(desiredCapacity, validZones),
        minNodesAfterZoneLoss: minSize - Math.max(...Object.values(minPerZone)),
        publicIpAssigned,
        internetMaxBandwidthOut,
        enableAutoScale,
        enhancedMonitorService,
        deletionProtection,
        retryPolicy,
        terminationPolicy,
        unhealthyNodeReplacement: "not-offered-by-node-pool",
    };
}

/**
 * A TKE node pool whose nodes spread evenly across at least two availability zones (one subnet per
 * zone, `multiZoneSubnetPolicy: EQUALITY`), never fewer nodes than zones, with no public IPs by
 * default. Every node carries the tag `zonesafe:pool=<name>`, by which {@link NodeAlarms} binds its
 * fault alarms (`alarmTarget`).
 *
 * Unhealthy-node replacement: the provider's node pool resource has no health-check or auto-repair
 * field (its scaling group's `replaceMonitorUnhealthy` is not exposed); TKE's node health-check
 * policy (`tencentcloud_kubernetes_health_check_policy`) exists only in newer provider versions than
 * this SDK. Failed nodes are therefore detected by NodeAlarms and drained by Kubernetes (pods leave
 * within the SpreadWorkload toleration); the cluster autoscaler (`enableAutoScale`) restores capacity.
 */
export class ZonalNodePool extends pulumi.ComponentResource {
    /** The node pool. */
    public readonly nodePool: tencentcloud.KubernetesNodePool;
    /** The node pool's id. */
    public readonly nodePoolId: pulumi.Output<string>;
    /** The id of the scaling group behind the pool. */
    public readonly autoScalingGroupId: pulumi.Output<string>;
    /** The instances NodeAlarms should watch. */
    public readonly alarmTarget: AlarmTarget;
    /** The resolved layout. */
    public readonly zonePlan: ZonalNodePoolPlan;

    constructor(name: string, args: ZonalNodePoolArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planZonalNodePool(name, args);
        super(ZONAL_NODE_POOL_TYPE, name, {}, opts);
        this.zonePlan = plan;
        this.alarmTarget = { kind: "nodePool", name, tagKey: POOL_TAG, tagValue: name, zones: plan.zones };

        this.nodePool = new tencentcloud.KubernetesNodePool(
            `${name}-pool`,
            {
                name,
                clusterId: args.clusterId,
                vpcId: args.vpcId,
                subnetIds: args.subnets.map((s) => s.subnetId),
                multiZoneSubnetPolicy: plan.multiZoneSubnetPolicy,
                minSize: plan.minSize,
                maxSize: plan.maxSize,
                desiredCapacity: plan.desiredCapacity,
                enableAutoScale: plan.enableAutoScale,
                retryPolicy: plan.retryPolicy,
                // A list on the official route (a single-item primitive list keeps its list shape there).
                terminationPolicies: [plan.terminationPolicy],
                deletionProtection: plan.deletionProtection,
                nodeOs: args.nodeOs,
                labels: args.labels,
                taints: args.taints,
                autoScalingConfig: {
                    instanceType: args.instanceType,
                    backupInstanceTypes: args.backupInstanceTypes,
                    publicIpAssigned: plan.publicIpAssigned,
                    internetMaxBandwidthOut: plan.internetMaxBandwidthOut,
                    orderlySecurityGroupIds: args.securityGroupIds,
                    keyIds: args.keyIds,
                    systemDiskType: args.systemDiskType,
                    systemDiskSize: args.systemDiskSize,
                    enhancedMonitorService: plan.enhancedMonitorService,
                },
                tags: mergeTags(args.tags, { [COMPONENT_TAG]: name, [POOL_TAG]: name }),
            },
            { parent: this },
        );
        this.nodePoolId = this.nodePool.id;
        this.autoScalingGroupId = this.nodePool.autoScalingGroupId;

        this.registerOutputs({
            nodePoolId: this.nodePoolId,
            autoScalingGroupId: this.autoScalingGroupId,
            alarmTarget: this.alarmTarget,
            zonePlan: plan,
        });
    }
}
