import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { MONGODB_ENGINE_VERSION, MONGODB_MACHINE_TYPE, MONGODB_NODE_NUM } from "../defaults";
import { inheritOptions, resolveDataPlacement, resolveProtect, warnDeprecated } from "../compose";
import type { NetworkLike } from "../compose";
import { HIDDEN, Validator } from "../errors";
import { COMPONENT_TAG, Tags, ZonalSubnet, ZONE_TAG, mergeTags } from "../types";
import { evenSpread, validateZone, validateZoneList } from "../zones";

/** The component's type token. */
export const MULTI_AZ_MONGODB_TYPE = "zonesafe:database:MultiAzMongodb";

/** Replica-set sizes a three-zone deployment accepts. */
export const MONGODB_NODE_COUNTS: readonly number[] = [3, 5, 7];

/** MongoDB machine types: `HIO10G` (high I/O, 10 GbE) or `HIO`. */
export const MongodbMachineType = { HIO10G: "HIO10G", HIO: "HIO" } as const;
/** MongoDB machine types: `HIO10G` (high I/O, 10 GbE) or `HIO`. */
export type MongodbMachineType = (typeof MongodbMachineType)[keyof typeof MongodbMachineType];

/** The arguments of a {@link MultiAzMongodb}. */
export interface MultiAzMongodbArgs {
    /**
     * The network the instance lives in: its VPC, the data-tier subnet of the first zone and the
     * data-tier security group. Either `network` or `vpcId` with `subnet` is required.
     */
    network?: NetworkLike;
    /**
     * Exactly 3 distinct zones of one region; the primary's zone first. With `network` every zone must be one of its data tier, and they default to the
     * network's zones in zone-number order (so the first stays put when other zones change);
     * without it they are required, and the first must be `subnet`'s zone.
     */
    zones?: string[];
    /** The zone of the hidden node; one of `zones`. Defaults to the last zone. */
    hiddenZone?: string;
    /** Nodes per replica set: 3, 5 or 7 (no zone then holds a majority). Defaults to `3`. */
    nodeNum?: number;
    /** The engine version, e.g. `MONGO_60_WT`. Defaults to `MONGO_60_WT`. */
    engineVersion?: string;
    /** The machine type: `HIO10G` (10-gigabit high IO) or `HIO`. Defaults to `HIO10G`. */
    machineType?: MongodbMachineType;
    /** Memory per node, GB. */
    memory: number;
    /** Disk per node, GB. */
    volume: number;
    /** The `mongouser` password, from Pulumi secret config; at least 8 characters when given as a string. Required; there is no default. */
    password: pulumi.Input<string>;
    /** The VPC, without `network`. Refused together with `network`. */
    vpcId?: pulumi.Input<string>;
    /** The subnet with its zone, without `network`; its zone must be the first of `zones` (refused otherwise). */
    subnet?: ZonalSubnet;
    /** Deprecated (removed in the next release): a bare subnet id, whose zone cannot be checked; pass `subnet` or `network`. */
    subnetId?: pulumi.Input<string>;
    /** Security groups. Defaults to none. */
    securityGroups?: pulumi.Input<string>[];
    /** The instance's display name. Defaults to the component name. */
    instanceName?: string;
    /** Deprecated (removed in the next release): use the `protect` resource option, which the instance follows (`true` when neither is given). */
    protect?: boolean;
    /** Tags; the component adds its name and the primary's zone. Defaults to `{}`. */
    tags?: Tags;
}

/** The resolved layout of a MultiAzMongodb (plain data). */
export interface MultiAzMongodbPlan {
    primaryZone: string;
    zones: string[];
    hiddenZone: string;
    nodeNum: number;
    /** Voting nodes per zone (round-robin from the primary's zone). */
    nodesPerZone: Record<string, number>;
    /** Whether losing any one zone leaves a majority. */
    survivesZoneLoss: boolean;
    engineVersion: string;
    machineType: MongodbMachineType;
    protect: boolean;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the replica set over three zones.
 * Throws a `ComponentArgsError` when the arguments are refused.
 */
export function planMultiAzMongodb(name: string, args: MultiAzMongodbArgs, opts?: pulumi.ComponentResourceOptions): MultiAzMongodbPlan {
    const v = new Validator(MULTI_AZ_MONGODB_TYPE, name);
    const a = (args ?? {}) as MultiAzMongodbArgs;
    const placed = resolveDataPlacement(v, a, 3);
    const zones = validateZoneList(v, "zones", placed.zones, { min: 3, max: 3, purpose: "for a MongoDB replica set (no zone may hold a majority)" });
    let hiddenZone: string | undefined;
    if (a.hiddenZone !== undefined) {
        if (validateZone(v, "hiddenZone", a.hiddenZone) && zones) {
            if (v.check(zones.includes(a.hiddenZone), "hiddenZone", "must be one of `zones`", a.hiddenZone, `use one of ${zones.join(", ")}.`)) hiddenZone = a.hiddenZone;
        }
    } else if (zones) {
        hiddenZone = zones[zones.length - 1];
    }
    const nodeNum = a.nodeNum ?? MONGODB_NODE_NUM;
    v.oneOf("nodeNum", nodeNum, MONGODB_NODE_COUNTS, "use 3, 5 or 7 nodes, so that no zone holds a majority.");
    const engineVersion = a.engineVersion ?? MONGODB_ENGINE_VERSION;
    v.check(typeof engineVersion === "string" && /^MONGO_\d{2}_WT$/.test(engineVersion), "engineVersion", "must be a version code such as MONGO_60_WT", engineVersion, "use MONGO_44_WT, MONGO_50_WT, MONGO_60_WT or MONGO_70_WT.");
    const machineType = a.machineType ?? MONGODB_MACHINE_TYPE;
    v.oneOf("machineType", machineType, Object.values(MongodbMachineType));
    v.integer("memory", a.memory, 2, 512);
    v.integer("volume", a.volume, 10, 30_000);
    if (typeof a.password === "string") {
        v.check(a.password.length >= 8 && a.password.length <= 32, "password", "must be 8–32 characters", HIDDEN, "read it from Pulumi secret config: `config.requireSecret(\"mongoPassword\")`.");
    } else {
        v.present("password", a.password, "read it from Pulumi secret config: `config.requireSecret(\"mongoPassword\")`; there is no default password.");
    }
    if (a.instanceName !== undefined) v.nonEmptyString("instanceName", a.instanceName);
    const protect = resolveProtect(v, a.protect, opts);
    v.throwIfAny();

    const nodesPerZone = evenSpread(nodeNum, zones!);
    const largest = Math.max(...Object.values(nodesPerZone));
    return {
        primaryZone: zones![0],
        zones: zones!,
        hiddenZone: hiddenZone!,
        nodeNum,
        nodesPerZone,
        survivesZoneLoss: nodeNum - largest > nodeNum / 2,
        engineVersion,
        machineType,
        protect,
    };
}

/**
 * TencentDB for MongoDB as a replica set over three distinct zones (`availabilityZoneLists`, the
 * primary's zone included) with the hidden node's zone set, so that losing any one zone leaves a
 * voting majority.
 */
export class MultiAzMongodb extends pulumi.ComponentResource {
    /** The MongoDB instance. */
    public readonly instance: tencentcloud.MongodbInstance;
    /** The instance's id. */
    public readonly instanceId: pulumi.Output<string>;
    /** The resolved layout. */
    public readonly zonePlan: MultiAzMongodbPlan;

    constructor(name: string, args: MultiAzMongodbArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planMultiAzMongodb(name, args, opts);
        const placed = resolveDataPlacement(new Validator(MULTI_AZ_MONGODB_TYPE, name), args, 3);
        super(MULTI_AZ_MONGODB_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;
        if (args.protect !== undefined) warnDeprecated(this, name, "protect", "set the `protect` resource option instead (the instance follows it).");
        if (placed.deprecatedSubnetId) warnDeprecated(this, name, "subnetId", "pass `network` or `subnet: { zone, subnetId }` so that the master's zone is checked against the subnet.");

        this.instance = new tencentcloud.MongodbInstance(
            `${name}-instance`,
            {
                instanceName: args.instanceName ?? name,
                engineVersion: plan.engineVersion,
                machineType: plan.machineType,
                memory: args.memory,
                volume: args.volume,
                nodeNum: plan.nodeNum,
                availableZone: plan.primaryZone,
                availabilityZoneLists: plan.zones,
                hiddenZone: plan.hiddenZone,
                password: pulumi.secret(args.password),
                vpcId: placed.vpcId!,
                subnetId: placed.subnetId!,
                securityGroups: args.securityGroups ?? (placed.securityGroupId !== undefined ? [placed.securityGroupId] : undefined),
                tags: mergeTags(args.tags, { [COMPONENT_TAG]: name, [ZONE_TAG]: plan.primaryZone }),
            },
            { parent: this, protect: plan.protect, additionalSecretOutputs: ["password"] },
        );
        this.instanceId = this.instance.id;

        this.registerOutputs({ instanceId: this.instanceId, zonePlan: plan });
    }
}
