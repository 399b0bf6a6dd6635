// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MongodbShardingInstance resource.
 */
export class MongodbShardingInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MongodbShardingInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MongodbShardingInstanceState, opts?: pulumi.CustomResourceOptions): MongodbShardingInstance {
        return new MongodbShardingInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/mongodbShardingInstance:MongodbShardingInstance";

    /**
     * Returns true if the given object is an instance of MongodbShardingInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MongodbShardingInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MongodbShardingInstance.__pulumiType;
    }

    /**
     * Auto renew flag.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * A list of nodes deployed in multiple availability zones.
     */
    declare public readonly availabilityZoneLists: pulumi.Output<string[]>;
    /**
     * The available zone of the Mongodb.
     */
    declare public readonly availableZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Refers to version information.
     */
    declare public readonly engineVersion: pulumi.Output<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    declare public readonly hiddenZone: pulumi.Output<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    declare public readonly inMaintenance: pulumi.Output<number | undefined>;
    /**
     * Name of the Mongodb instance.
     */
    declare public readonly instanceName: pulumi.Output<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    declare public readonly machineType: pulumi.Output<string>;
    /**
     * Memory size.
     */
    declare public readonly memory: pulumi.Output<number>;
    /**
     * Number of mongos cpu.
     */
    declare public readonly mongosCpu: pulumi.Output<number>;
    /**
     * Mongos memory size in GB.
     */
    declare public readonly mongosMemory: pulumi.Output<number>;
    /**
     * Number of mongos.
     */
    declare public readonly mongosNodeNum: pulumi.Output<number>;
    /**
     * Number of nodes per shard, at least 3(one master and two slaves).
     */
    declare public readonly nodesPerShard: pulumi.Output<number>;
    /**
     * Password of this Mongodb account.
     */
    declare public readonly password: pulumi.Output<string | undefined>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    declare public readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * ID of the project which the instance belongs.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * ID of the security group.
     */
    declare public readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Number of sharding.
     */
    declare public readonly shardQuantity: pulumi.Output<number>;
    declare public readonly status: pulumi.Output<number>;
    /**
     * ID of the subnet within this VPC.
     */
    declare public readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * The tags of the Mongodb.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    declare public readonly vip: pulumi.Output<string>;
    /**
     * Disk size.
     */
    declare public readonly volume: pulumi.Output<number>;
    /**
     * ID of the VPC.
     */
    declare public readonly vpcId: pulumi.Output<string | undefined>;
    declare public readonly vport: pulumi.Output<number>;

    /**
     * Create a MongodbShardingInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MongodbShardingInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MongodbShardingInstanceArgs | MongodbShardingInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MongodbShardingInstanceState | undefined;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["availabilityZoneLists"] = state?.availabilityZoneLists;
            resourceInputs["availableZone"] = state?.availableZone;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["engineVersion"] = state?.engineVersion;
            resourceInputs["hiddenZone"] = state?.hiddenZone;
            resourceInputs["inMaintenance"] = state?.inMaintenance;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["machineType"] = state?.machineType;
            resourceInputs["memory"] = state?.memory;
            resourceInputs["mongosCpu"] = state?.mongosCpu;
            resourceInputs["mongosMemory"] = state?.mongosMemory;
            resourceInputs["mongosNodeNum"] = state?.mongosNodeNum;
            resourceInputs["nodesPerShard"] = state?.nodesPerShard;
            resourceInputs["password"] = state?.password;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["shardQuantity"] = state?.shardQuantity;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vip"] = state?.vip;
            resourceInputs["volume"] = state?.volume;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["vport"] = state?.vport;
        } else {
            const args = argsOrState as MongodbShardingInstanceArgs | undefined;
            if (args?.availableZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availableZone'");
            }
            if (args?.engineVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineVersion'");
            }
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.machineType === undefined && !opts.urn) {
                throw new Error("Missing required property 'machineType'");
            }
            if (args?.memory === undefined && !opts.urn) {
                throw new Error("Missing required property 'memory'");
            }
            if (args?.nodesPerShard === undefined && !opts.urn) {
                throw new Error("Missing required property 'nodesPerShard'");
            }
            if (args?.shardQuantity === undefined && !opts.urn) {
                throw new Error("Missing required property 'shardQuantity'");
            }
            if (args?.volume === undefined && !opts.urn) {
                throw new Error("Missing required property 'volume'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["availabilityZoneLists"] = args?.availabilityZoneLists;
            resourceInputs["availableZone"] = args?.availableZone;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["engineVersion"] = args?.engineVersion;
            resourceInputs["hiddenZone"] = args?.hiddenZone;
            resourceInputs["inMaintenance"] = args?.inMaintenance;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["machineType"] = args?.machineType;
            resourceInputs["memory"] = args?.memory;
            resourceInputs["mongosCpu"] = args?.mongosCpu;
            resourceInputs["mongosMemory"] = args?.mongosMemory;
            resourceInputs["mongosNodeNum"] = args?.mongosNodeNum;
            resourceInputs["nodesPerShard"] = args?.nodesPerShard;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["shardQuantity"] = args?.shardQuantity;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["volume"] = args?.volume;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
            resourceInputs["vip"] = undefined /*out*/;
            resourceInputs["vport"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(MongodbShardingInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering MongodbShardingInstance resources.
 */
export interface MongodbShardingInstanceState {
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * A list of nodes deployed in multiple availability zones.
     */
    availabilityZoneLists?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The available zone of the Mongodb.
     */
    availableZone?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    /**
     * Refers to version information.
     */
    engineVersion?: pulumi.Input<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    hiddenZone?: pulumi.Input<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    inMaintenance?: pulumi.Input<number>;
    /**
     * Name of the Mongodb instance.
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    machineType?: pulumi.Input<string>;
    /**
     * Memory size.
     */
    memory?: pulumi.Input<number>;
    /**
     * Number of mongos cpu.
     */
    mongosCpu?: pulumi.Input<number>;
    /**
     * Mongos memory size in GB.
     */
    mongosMemory?: pulumi.Input<number>;
    /**
     * Number of mongos.
     */
    mongosNodeNum?: pulumi.Input<number>;
    /**
     * Number of nodes per shard, at least 3(one master and two slaves).
     */
    nodesPerShard?: pulumi.Input<number>;
    /**
     * Password of this Mongodb account.
     */
    password?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * ID of the project which the instance belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * ID of the security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Number of sharding.
     */
    shardQuantity?: pulumi.Input<number>;
    status?: pulumi.Input<number>;
    /**
     * ID of the subnet within this VPC.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The tags of the Mongodb.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    vip?: pulumi.Input<string>;
    /**
     * Disk size.
     */
    volume?: pulumi.Input<number>;
    /**
     * ID of the VPC.
     */
    vpcId?: pulumi.Input<string>;
    vport?: pulumi.Input<number>;
}

/**
 * The set of arguments for constructing a MongodbShardingInstance resource.
 */
export interface MongodbShardingInstanceArgs {
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * A list of nodes deployed in multiple availability zones.
     */
    availabilityZoneLists?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The available zone of the Mongodb.
     */
    availableZone: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Refers to version information.
     */
    engineVersion: pulumi.Input<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    hiddenZone?: pulumi.Input<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    inMaintenance?: pulumi.Input<number>;
    /**
     * Name of the Mongodb instance.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    machineType: pulumi.Input<string>;
    /**
     * Memory size.
     */
    memory: pulumi.Input<number>;
    /**
     * Number of mongos cpu.
     */
    mongosCpu?: pulumi.Input<number>;
    /**
     * Mongos memory size in GB.
     */
    mongosMemory?: pulumi.Input<number>;
    /**
     * Number of mongos.
     */
    mongosNodeNum?: pulumi.Input<number>;
    /**
     * Number of nodes per shard, at least 3(one master and two slaves).
     */
    nodesPerShard: pulumi.Input<number>;
    /**
     * Password of this Mongodb account.
     */
    password?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * ID of the project which the instance belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * ID of the security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Number of sharding.
     */
    shardQuantity: pulumi.Input<number>;
    /**
     * ID of the subnet within this VPC.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The tags of the Mongodb.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Disk size.
     */
    volume: pulumi.Input<number>;
    /**
     * ID of the VPC.
     */
    vpcId?: pulumi.Input<string>;
}
