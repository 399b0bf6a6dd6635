import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The RedisInstance resource.
 */
export declare class RedisInstance extends pulumi.CustomResource {
    /**
     * Gets an existing RedisInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: RedisInstanceState, opts?: pulumi.CustomResourceOptions): RedisInstance;
    /**
     * Returns true if the given object is an instance of RedisInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is RedisInstance;
    /**
     * Auto-renew flag. 0 - default state (manual renewal); 1 - automatic renewal; 2 - explicit no automatic renewal.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * The available zone of an instance to be created, like `ap-beijing-7`, please refer to `tencentcloud_redis_zone_config.list`.
     */
    readonly availabilityZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    readonly createTime: pulumi.Output<string>;
    readonly dedicatedClusterId: pulumi.Output<string>;
    /**
     * Indicate whether to delete Redis instance directly or not.
     */
    readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * IP address of an instance.
     */
    readonly ip: pulumi.Output<string>;
    /**
     * The memory volume of an available instance(in MB), please refer to `tencentcloud_redis_zone_config.list[zone].shard_memories`.
     */
    readonly memSize: pulumi.Output<number>;
    /**
     * Instance name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Indicates whether the redis instance support no-auth access.
     */
    readonly noAuth: pulumi.Output<boolean | undefined>;
    readonly nodeInfos: pulumi.Output<outputs.RedisInstanceNodeInfo[]>;
    /**
     * Refers to the category of the pre-modified network, including: `changeVip`: refers to switching the private network, including its intranet IPv4 address and port; `changeVpc`: refers to switching the subnet to which the private network belongs; `changeBaseToVpc`: refers to switching the basic network to a private network; `changeVPort`: refers to only modifying the instance network port.
     */
    readonly operationNetwork: pulumi.Output<string | undefined>;
    /**
     * Specify params template id.
     */
    readonly paramsTemplateId: pulumi.Output<string | undefined>;
    /**
     * Password for a Redis user, which should be 8 to 16 characters.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * The port used to access a redis instance.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when chargeType is set to `PREPAID`.
     */
    readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Specify the product version of the instance.
     */
    readonly productVersion: pulumi.Output<string>;
    /**
     * Specifies which project the instance should belong to.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Original intranet IPv4 address retention time: unit: day, value range: `0`, `1`, `2`, `3`, `7`, `15`.
     */
    readonly recycle: pulumi.Output<number | undefined>;
    /**
     * Exclusive cluster ID.
     */
    readonly redisClusterId: pulumi.Output<string>;
    /**
     * The number of instance copies.
     */
    readonly redisReplicasNum: pulumi.Output<number | undefined>;
    /**
     * The number of instance shards; this parameter does not need to be configured for standard version instances; for cluster version instances, the number of shards ranges from: [`1`, `3`, `5`, `8`, `12`, `16`, `24 `, `32`, `40`, `48`, `64`, `80`, `96`, `128`].
     */
    readonly redisShardNum: pulumi.Output<number>;
    /**
     * Whether copy read-only is supported, Redis 2.8 Standard Edition and CKV Standard Edition do not support replica read-only, turn on replica read-only, the instance will automatically read and write separate, write requests are routed to the primary node, read requests are routed to the replica node, if you need to open replica read-only, the recommended number of replicas >=2.
     */
    readonly replicasReadOnly: pulumi.Output<boolean>;
    /**
     * ID of replica nodes available zone.
     */
    readonly replicaZoneIds: pulumi.Output<number[]>;
    /**
     * ID of security group.
     */
    readonly securityGroups: pulumi.Output<string[] | undefined>;
    readonly status: pulumi.Output<string>;
    /**
     * Specifies which subnet the instance should belong to.
     */
    readonly subnetId: pulumi.Output<string>;
    /**
     * Instance tags.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * It has been deprecated from version 1.33.1.
     * @deprecated It has been deprecated from version 1.33.1.
     */
    readonly type: pulumi.Output<string | undefined>;
    /**
     * Instance type.
     */
    readonly typeId: pulumi.Output<number | undefined>;
    /**
     * ID of the vpc with which the instance is to be associated.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Switching mode: `1`-maintenance time window switching, `2`-immediate switching, default value `2`.
     */
    readonly waitSwitch: pulumi.Output<number | undefined>;
    readonly wanAddress: pulumi.Output<string>;
    /**
     * Wan address switch, default `close`, values: `open`, `close`.
     */
    readonly wanAddressSwitch: pulumi.Output<string>;
    /**
     * Create a RedisInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: RedisInstanceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering RedisInstance resources.
 */
export interface RedisInstanceState {
    /**
     * Auto-renew flag. 0 - default state (manual renewal); 1 - automatic renewal; 2 - explicit no automatic renewal.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * The available zone of an instance to be created, like `ap-beijing-7`, please refer to `tencentcloud_redis_zone_config.list`.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * Indicate whether to delete Redis instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * IP address of an instance.
     */
    ip?: pulumi.Input<string>;
    /**
     * The memory volume of an available instance(in MB), please refer to `tencentcloud_redis_zone_config.list[zone].shard_memories`.
     */
    memSize?: pulumi.Input<number>;
    /**
     * Instance name.
     */
    name?: pulumi.Input<string>;
    /**
     * Indicates whether the redis instance support no-auth access.
     */
    noAuth?: pulumi.Input<boolean>;
    nodeInfos?: pulumi.Input<pulumi.Input<inputs.RedisInstanceNodeInfo>[]>;
    /**
     * Refers to the category of the pre-modified network, including: `changeVip`: refers to switching the private network, including its intranet IPv4 address and port; `changeVpc`: refers to switching the subnet to which the private network belongs; `changeBaseToVpc`: refers to switching the basic network to a private network; `changeVPort`: refers to only modifying the instance network port.
     */
    operationNetwork?: pulumi.Input<string>;
    /**
     * Specify params template id.
     */
    paramsTemplateId?: pulumi.Input<string>;
    /**
     * Password for a Redis user, which should be 8 to 16 characters.
     */
    password?: pulumi.Input<string>;
    /**
     * The port used to access a redis instance.
     */
    port?: pulumi.Input<number>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when chargeType is set to `PREPAID`.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * Specify the product version of the instance.
     */
    productVersion?: pulumi.Input<string>;
    /**
     * Specifies which project the instance should belong to.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Original intranet IPv4 address retention time: unit: day, value range: `0`, `1`, `2`, `3`, `7`, `15`.
     */
    recycle?: pulumi.Input<number>;
    /**
     * Exclusive cluster ID.
     */
    redisClusterId?: pulumi.Input<string>;
    /**
     * The number of instance copies.
     */
    redisReplicasNum?: pulumi.Input<number>;
    /**
     * The number of instance shards; this parameter does not need to be configured for standard version instances; for cluster version instances, the number of shards ranges from: [`1`, `3`, `5`, `8`, `12`, `16`, `24 `, `32`, `40`, `48`, `64`, `80`, `96`, `128`].
     */
    redisShardNum?: pulumi.Input<number>;
    /**
     * Whether copy read-only is supported, Redis 2.8 Standard Edition and CKV Standard Edition do not support replica read-only, turn on replica read-only, the instance will automatically read and write separate, write requests are routed to the primary node, read requests are routed to the replica node, if you need to open replica read-only, the recommended number of replicas >=2.
     */
    replicasReadOnly?: pulumi.Input<boolean>;
    /**
     * ID of replica nodes available zone.
     */
    replicaZoneIds?: pulumi.Input<pulumi.Input<number>[]>;
    /**
     * ID of security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    status?: pulumi.Input<string>;
    /**
     * Specifies which subnet the instance should belong to.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Instance tags.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * It has been deprecated from version 1.33.1.
     * @deprecated It has been deprecated from version 1.33.1.
     */
    type?: pulumi.Input<string>;
    /**
     * Instance type.
     */
    typeId?: pulumi.Input<number>;
    /**
     * ID of the vpc with which the instance is to be associated.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Switching mode: `1`-maintenance time window switching, `2`-immediate switching, default value `2`.
     */
    waitSwitch?: pulumi.Input<number>;
    wanAddress?: pulumi.Input<string>;
    /**
     * Wan address switch, default `close`, values: `open`, `close`.
     */
    wanAddressSwitch?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a RedisInstance resource.
 */
export interface RedisInstanceArgs {
    /**
     * Auto-renew flag. 0 - default state (manual renewal); 1 - automatic renewal; 2 - explicit no automatic renewal.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * The available zone of an instance to be created, like `ap-beijing-7`, please refer to `tencentcloud_redis_zone_config.list`.
     */
    availabilityZone: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Indicate whether to delete Redis instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * IP address of an instance.
     */
    ip?: pulumi.Input<string>;
    /**
     * The memory volume of an available instance(in MB), please refer to `tencentcloud_redis_zone_config.list[zone].shard_memories`.
     */
    memSize: pulumi.Input<number>;
    /**
     * Instance name.
     */
    name?: pulumi.Input<string>;
    /**
     * Indicates whether the redis instance support no-auth access.
     */
    noAuth?: pulumi.Input<boolean>;
    /**
     * Refers to the category of the pre-modified network, including: `changeVip`: refers to switching the private network, including its intranet IPv4 address and port; `changeVpc`: refers to switching the subnet to which the private network belongs; `changeBaseToVpc`: refers to switching the basic network to a private network; `changeVPort`: refers to only modifying the instance network port.
     */
    operationNetwork?: pulumi.Input<string>;
    /**
     * Specify params template id.
     */
    paramsTemplateId?: pulumi.Input<string>;
    /**
     * Password for a Redis user, which should be 8 to 16 characters.
     */
    password?: pulumi.Input<string>;
    /**
     * The port used to access a redis instance.
     */
    port?: pulumi.Input<number>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when chargeType is set to `PREPAID`.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * Specify the product version of the instance.
     */
    productVersion?: pulumi.Input<string>;
    /**
     * Specifies which project the instance should belong to.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Original intranet IPv4 address retention time: unit: day, value range: `0`, `1`, `2`, `3`, `7`, `15`.
     */
    recycle?: pulumi.Input<number>;
    /**
     * Exclusive cluster ID.
     */
    redisClusterId?: pulumi.Input<string>;
    /**
     * The number of instance copies.
     */
    redisReplicasNum?: pulumi.Input<number>;
    /**
     * The number of instance shards; this parameter does not need to be configured for standard version instances; for cluster version instances, the number of shards ranges from: [`1`, `3`, `5`, `8`, `12`, `16`, `24 `, `32`, `40`, `48`, `64`, `80`, `96`, `128`].
     */
    redisShardNum?: pulumi.Input<number>;
    /**
     * Whether copy read-only is supported, Redis 2.8 Standard Edition and CKV Standard Edition do not support replica read-only, turn on replica read-only, the instance will automatically read and write separate, write requests are routed to the primary node, read requests are routed to the replica node, if you need to open replica read-only, the recommended number of replicas >=2.
     */
    replicasReadOnly?: pulumi.Input<boolean>;
    /**
     * ID of replica nodes available zone.
     */
    replicaZoneIds?: pulumi.Input<pulumi.Input<number>[]>;
    /**
     * ID of security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specifies which subnet the instance should belong to.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Instance tags.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * It has been deprecated from version 1.33.1.
     * @deprecated It has been deprecated from version 1.33.1.
     */
    type?: pulumi.Input<string>;
    /**
     * Instance type.
     */
    typeId?: pulumi.Input<number>;
    /**
     * ID of the vpc with which the instance is to be associated.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Switching mode: `1`-maintenance time window switching, `2`-immediate switching, default value `2`.
     */
    waitSwitch?: pulumi.Input<number>;
    /**
     * Wan address switch, default `close`, values: `open`, `close`.
     */
    wanAddressSwitch?: pulumi.Input<string>;
}
