import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { NODE_POOL_MAX_FACTOR } from "../defaults";
import { Validator } from "../errors";
import { inheritOptions, resolveSubnets } from "../compose";
import type { ClusterLike, NetworkLike } from "../compose";
import { AlarmTarget, COMPONENT_TAG, POOL_TAG, Tags, ZonalSubnet, mergeTags } from "../types";
import { evenSpread, validateZonalSubnets } from "../zones";
import { AS_SCHEDULE_OFFSET, CapacityEvent, EventCapacityPlan, planEventCapacity, validateEvents, validateQpsPerUnit } from "../scaling/eventCapacity";
import { eventSchedules } from "../scaling/eventSchedules";

/** The component's type token. */
export const ZONAL_NODE_POOL_TYPE = "zonesafe:kubernetes:ZonalNodePool";

/** What a node taint does to pods that do not tolerate it. */
export const TaintEffect = { NO_SCHEDULE: "NoSchedule", PREFER_NO_SCHEDULE: "PreferNoSchedule", NO_EXECUTE: "NoExecute" } as const;
/** What a node taint does to pods that do not tolerate it. */
export type TaintEffect = (typeof TaintEffect)[keyof typeof TaintEffect];

/** How failed node creations are retried. */
export const NodePoolRetryPolicy = { IMMEDIATE_RETRY: "IMMEDIATE_RETRY", INCREMENTAL_INTERVALS: "INCREMENTAL_INTERVALS" } as const;
/** How failed node creations are retried. */
export type NodePoolRetryPolicy = (typeof NodePoolRetryPolicy)[keyof typeof NodePoolRetryPolicy];

/** Which nodes go first on scale-in. */
export const NodePoolTerminationPolicy = { OLDEST_INSTANCE: "OLDEST_INSTANCE", NEWEST_INSTANCE: "NEWEST_INSTANCE" } as const;
/** Which nodes go first on scale-in. */
export type NodePoolTerminationPolicy = (typeof NodePoolTerminationPolicy)[keyof typeof NodePoolTerminationPolicy];

/** A node taint. */
export interface NodeTaint {
    /** The taint's key. */
    key: string;
    /** The taint's value. */
    value: string;
    /** What the taint does to pods that do not tolerate it. */
    effect: TaintEffect;
}

/** The arguments of a {@link ZonalNodePool}. */
export interface ZonalNodePoolArgs {
    /**
     * The cluster the pool belongs to: its id, its VPC, its network (whose app tier the nodes use
     * unless `network` or `subnets` is given) and its provider come with it. Either `cluster` or
     * `clusterId` is required.
     */
    cluster?: ClusterLike;
    /** The id of a cluster this program does not hold (an existing cluster); needs `vpcId` and `subnets`. Refused together with `cluster`. */
    clusterId?: pulumi.Input<string>;
    /** The VPC of an existing cluster (with `clusterId`). Refused together with `cluster` or `network`. */
    vpcId?: pulumi.Input<string>;
    /** The network whose app tier the nodes use. Defaults to the cluster's network. */
    network?: NetworkLike;
    /**
     * The zones of the network's app tier to place nodes in, at least 2. Defaults to every zone of
     * the network. Only with a network (a zone the network lacks is refused).
     */
    zones?: string[];
    /**
     * Explicit subnets, one per zone, at least 2 distinct zones, for a pool outside a network this
     * program holds. Refused together with a network. Nodes spread evenly over the subnets (`EQUALITY`).
     */
    subnets?: ZonalSubnet[];
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
    /** Security groups of the nodes, in order. Defaults to the network's app-tier group when the subnets come from a network, else none. */
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
    retryPolicy?: NodePoolRetryPolicy;
    /** Which nodes go first on scale-in. Defaults to `OLDEST_INSTANCE`. */
    terminationPolicy?: NodePoolTerminationPolicy;
    /** Whether deletion protection is on. Defaults to `true`. */
    deletionProtection?: boolean;
    /** Tags of the pool and its nodes; the component adds its name and the alarm tag. Defaults to `{}`. */
    tags?: Tags;
    /**
     * Peak events (the stack's `zonesafe:events`): before each, a schedule raises the pool's Auto
     * Scaling group to the nodes the peak needs (start − warm-up) and another brings it back after
     * the end. Children are named by event. Defaults to none.
     */
    events?: CapacityEvent[];
    /** Requests per second one node serves, for sizing each event; without it an event raises the pool to `maxSize`. Defaults to none. */
    qpsPerNode?: number;
}

/** The resolved layout of a ZonalNodePool (plain data). */
export interface ZonalNodePoolPlan {
    zones: string[];
    /** Always `EQUALITY`: nodes spread evenly over the subnets. */
    multiZoneSubnetPolicy: string;
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
    retryPolicy: NodePoolRetryPolicy;
    terminationPolicy: NodePoolTerminationPolicy;
    /** How unhealthy nodes are replaced; see the class documentation. */
    unhealthyNodeReplacement: string;
    /** Each peak event's scheduled capacity (present when events are given). */
    events?: EventCapacityPlan[];
}

/** Where a pool's nodes go: the cluster, VPC and subnets resolved from the arguments. */
export interface NodePlacement {
    /** The cluster's id. */
    clusterId: pulumi.Input<string>;
    /** The VPC's id. */
    vpcId: pulumi.Input<string>;
    /** The subnets, each with its zone. */
    subnets: ZonalSubnet[];
    /** Where the subnets came from, for messages. */
    source: string;
    /** The network's app-tier security group, when the subnets came from a network. */
    securityGroupId?: pulumi.Input<string>;
}

function resolveNodePlacement(v: Validator, a: ZonalNodePoolArgs): NodePlacement | undefined {
    let clusterId: pulumi.Input<string> | undefined;
    let vpcId: pulumi.Input<string> | undefined;
    let network = a.network;
    if (a.cluster !== undefined) {
        const c = a.cluster as Partial<ClusterLike>;
        if (!v.check(typeof c === "object" && c !== null && c.clusterId !== undefined, "cluster", "must be a TkeCluster", c, "pass the TkeCluster the pool belongs to.")) return undefined;
        v.check(a.clusterId === undefined, "clusterId", "must not be given together with `cluster` (the cluster's id is used)", a.clusterId, "remove `clusterId`.");
        v.check(a.vpcId === undefined, "vpcId", "must not be given together with `cluster` (the cluster's VPC is used)", a.vpcId, "remove `vpcId`.");
        clusterId = c.clusterId;
        vpcId = c.vpcId;
        if (network === undefined && a.subnets === undefined) network = a.cluster.network;
    } else {
        v.present("clusterId", a.clusterId, "pass `cluster` (a TkeCluster), or the `clusterId` and `vpcId` of an existing cluster.");
        clusterId = a.clusterId;
        if (a.vpcId !== undefined || network === undefined) v.present("vpcId", a.vpcId, "pass `network`, or the `vpcId` of the existing cluster.");
        vpcId = a.vpcId;
    }
    if (network === undefined && a.subnets === undefined) {
        v.add("subnets", "are required when neither `network` nor a cluster built with `network` is given", undefined, "pass `network` (its app tier is used), or `subnets: [{ zone, subnetId }, ...]`.");
        return undefined;
    }
    if (network === undefined) {
        v.check(a.zones === undefined, "zones", "applies only with a network (explicit subnets carry their zones)", a.zones, "remove `zones`; the subnets' zones are used.");
    }
    const r = resolveSubnets(v, { network, subnets: a.subnets, vpcId: a.cluster !== undefined ? undefined : a.vpcId }, "app", { zones: a.zones });
    if (!r) return undefined;
    return {
        clusterId: clusterId!,
        // The network's VPC when there is one (the same VPC the cluster has, without waiting for the cluster).
        vpcId: network?.vpcId ?? vpcId ?? r.vpcId!,
        subnets: r.subnets,
        source: network !== undefined && a.network === undefined ? "cluster.network.subnets.app" : r.source,
        securityGroupId: network?.securityGroupIds.app,
    };
}

/**
 * Resolves defaults, validates (every problem at once) and plans the pool's spread over zones.
 * Throws a `ComponentArgsError` when the arguments are refused.
 */
export function planZonalNodePool(name: string, args: ZonalNodePoolArgs): ZonalNodePoolPlan {
    const v = new Validator(ZONAL_NODE_POOL_TYPE, name);
    const a = (args ?? {}) as ZonalNodePoolArgs;
    const placement = resolveNodePlacement(v, a);
    v.present("instanceType", a.instanceType);
    const zones = placement ? validateZonalSubnets(v, placement.source, placement.subnets, { purpose: "for a node pool" }) : undefined;
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
    v.oneOf("retryPolicy", retryPolicy, Object.values(NodePoolRetryPolicy));
    v.oneOf("terminationPolicy", terminationPolicy, Object.values(NodePoolTerminationPolicy));
    if (a.taints !== undefined && v.array("taints", a.taints)) {
        a.taints.forEach((t, i) => {
            const ok = typeof t === "object" && t !== null && typeof t.key === "string" && t.key !== "" && typeof t.value === "string";
            if (v.check(ok, `taints[${i}]`, "must be `{ key, value, effect }`", t, "pass a key, a value and an effect.")) {
                v.oneOf(`taints[${i}].effect`, t.effect, Object.values(TaintEffect));
            }
        });
    }
    const events = validateEvents(v, "events", a.events);
    validateQpsPerUnit(v, "qpsPerNode", a.qpsPerNode);
    v.throwIfAny();

    const validZones = zones!;
    const minPerZone = evenSpread(minSize, validZones);
    const eventPlans = planEventCapacity(events!, { minSize, maxSize: maxSize!, desired: desiredCapacity, qpsPerUnit: a.qpsPerNode }, AS_SCHEDULE_OFFSET);
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
        ...(eventPlans.length > 0 ? { events: eventPlans } : {}),
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
    /** Each peak event's schedules on the pool's Auto Scaling group (scale out, then back), in event order. */
    public readonly eventSchedules: tencentcloud.AsSchedule[];
    /** The resolved layout. */
    public readonly zonePlan: ZonalNodePoolPlan;

    constructor(name: string, args: ZonalNodePoolArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planZonalNodePool(name, args);
        const placement = resolveNodePlacement(new Validator(ZONAL_NODE_POOL_TYPE, name), args)!;
        super(ZONAL_NODE_POOL_TYPE, name, {}, inheritOptions(opts, args.cluster ?? args.network, "tencentcloud"));
        this.zonePlan = plan;
        if (args.cluster !== undefined) poolClusters.set(this, args.cluster);
        this.alarmTarget = { kind: "nodePool", name, tagKey: POOL_TAG, tagValue: name, zones: plan.zones };

        this.nodePool = new tencentcloud.KubernetesNodePool(
            `${name}-pool`,
            {
                name,
                clusterId: placement.clusterId,
                vpcId: placement.vpcId,
                subnetIds: placement.subnets.map((s) => s.subnetId),
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
                    orderlySecurityGroupIds: args.securityGroupIds ?? (placement.securityGroupId !== undefined ? [placement.securityGroupId] : undefined),
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
        this.eventSchedules = eventSchedules(this, name, this.autoScalingGroupId, plan.events ?? []);

        this.registerOutputs({
            nodePoolId: this.nodePoolId,
            autoScalingGroupId: this.autoScalingGroupId,
            ...(this.eventSchedules.length > 0 ? { eventScheduleIds: this.eventSchedules.map((s) => s.id) } : {}),
            alarmTarget: this.alarmTarget,
            zonePlan: plan,
        });
    }

    /** The TkeCluster the pool belongs to (`args.cluster`), if any: workloads on the pool use its provider. */
    public get cluster(): ClusterLike | undefined {
        return poolClusters.get(this);
    }
}

/** The cluster of each pool, kept off the instance so that it is no output of the component. */
const poolClusters = new WeakMap<ZonalNodePool, ClusterLike>();
