import * as pulumi from "@pulumi/pulumi";
/**
 * The MongodbShardingInstance resource.
 */
export declare class MongodbShardingInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MongodbShardingInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MongodbShardingInstanceState, opts?: pulumi.CustomResourceOptions): MongodbShardingInstance;
    /**
     * Returns true if the given object is an instance of MongodbShardingInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MongodbShardingInstance;
    /**
     * Auto renew flag.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * A list of nodes deployed in multiple availability zones.
     */
    readonly availabilityZoneLists: pulumi.Output<string[]>;
    /**
     * The available zone of the Mongodb.
     */
    readonly availableZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Refers to version information.
     */
    readonly engineVersion: pulumi.Output<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    readonly hiddenZone: pulumi.Output<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    readonly inMaintenance: pulumi.Output<number | undefined>;
    /**
     * Name of the Mongodb instance.
     */
    readonly instanceName: pulumi.Output<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    readonly machineType: pulumi.Output<string>;
    /**
     * Memory size.
     */
    readonly memory: pulumi.Output<number>;
    /**
     * Number of mongos cpu.
     */
    readonly mongosCpu: pulumi.Output<number>;
    /**
     * Mongos memory size in GB.
     */
    readonly mongosMemory: pulumi.Output<number>;
    /**
     * Number of mongos.
     */
    readonly mongosNodeNum: pulumi.Output<number>;
    /**
     * Number of nodes per shard, at least 3(one master and two slaves).
     */
    readonly nodesPerShard: pulumi.Output<number>;
    /**
     * Password of this Mongodb account.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * ID of the project which the instance belongs.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * ID of the security group.
     */
    readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Number of sharding.
     */
    readonly shardQuantity: pulumi.Output<number>;
    readonly status: pulumi.Output<number>;
    /**
     * ID of the subnet within this VPC.
     */
    readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * The tags of the Mongodb.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    readonly vip: pulumi.Output<string>;
    /**
     * Disk size.
     */
    readonly volume: pulumi.Output<number>;
    /**
     * ID of the VPC.
     */
    readonly vpcId: pulumi.Output<string | undefined>;
    readonly vport: pulumi.Output<number>;
    /**
     * Create a MongodbShardingInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MongodbShardingInstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Disk size.
     */
    volume: pulumi.Input<number>;
    /**
     * ID of the VPC.
     */
    vpcId?: pulumi.Input<string>;
}
