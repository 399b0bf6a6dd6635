// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The RedisInstance resource.
 */
export class RedisInstance extends pulumi.CustomResource {
    /**
     * Gets an existing RedisInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: RedisInstanceState, opts?: pulumi.CustomResourceOptions): RedisInstance {
        return new RedisInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/redisInstance:RedisInstance";

    /**
     * Returns true if the given object is an instance of RedisInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is RedisInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === RedisInstance.__pulumiType;
    }

    /**
     * Auto-renew flag. 0 - default state (manual renewal); 1 - automatic renewal; 2 - explicit no automatic renewal.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * The available zone of an instance to be created, like `ap-beijing-7`, please refer to `tencentcloud_redis_zone_config.list`.
     */
    declare public readonly availabilityZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    declare public readonly createTime: pulumi.Output<string>;
    declare public readonly dedicatedClusterId: pulumi.Output<string>;
    /**
     * Indicate whether to delete Redis instance directly or not.
     */
    declare public readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * IP address of an instance.
     */
    declare public readonly ip: pulumi.Output<string>;
    /**
     * The memory volume of an available instance(in MB), please refer to `tencentcloud_redis_zone_config.list[zone].shard_memories`.
     */
    declare public readonly memSize: pulumi.Output<number>;
    /**
     * Instance name.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Indicates whether the redis instance support no-auth access.
     */
    declare public readonly noAuth: pulumi.Output<boolean | undefined>;
    declare public readonly nodeInfos: pulumi.Output<outputs.RedisInstanceNodeInfo[]>;
    /**
     * Refers to the category of the pre-modified network, including: `changeVip`: refers to switching the private network, including its intranet IPv4 address and port; `changeVpc`: refers to switching the subnet to which the private network belongs; `changeBaseToVpc`: refers to switching the basic network to a private network; `changeVPort`: refers to only modifying the instance network port.
     */
    declare public readonly operationNetwork: pulumi.Output<string | undefined>;
    /**
     * Specify params template id.
     */
    declare public readonly paramsTemplateId: pulumi.Output<string | undefined>;
    /**
     * Password for a Redis user, which should be 8 to 16 characters.
     */
    declare public readonly password: pulumi.Output<string | undefined>;
    /**
     * The port used to access a redis instance.
     */
    declare public readonly port: pulumi.Output<number | undefined>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when chargeType is set to `PREPAID`.
     */
    declare public readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Specify the product version of the instance.
     */
    declare public readonly productVersion: pulumi.Output<string>;
    /**
     * Specifies which project the instance should belong to.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Original intranet IPv4 address retention time: unit: day, value range: `0`, `1`, `2`, `3`, `7`, `15`.
     */
    declare public readonly recycle: pulumi.Output<number | undefined>;
    /**
     * Exclusive cluster ID.
     */
    declare public readonly redisClusterId: pulumi.Output<string>;
    /**
     * The number of instance copies.
     */
    declare public readonly redisReplicasNum: pulumi.Output<number | undefined>;
    /**
     * The number of instance shards; this parameter does not need to be configured for standard version instances; for cluster version instances, the number of shards ranges from: [`1`, `3`, `5`, `8`, `12`, `16`, `24 `, `32`, `40`, `48`, `64`, `80`, `96`, `128`].
     */
    declare public readonly redisShardNum: pulumi.Output<number>;
    /**
     * Whether copy read-only is supported, Redis 2.8 Standard Edition and CKV Standard Edition do not support replica read-only, turn on replica read-only, the instance will automatically read and write separate, write requests are routed to the primary node, read requests are routed to the replica node, if you need to open replica read-only, the recommended number of replicas >=2.
     */
    declare public readonly replicasReadOnly: pulumi.Output<boolean>;
    /**
     * ID of replica nodes available zone.
     */
    declare public readonly replicaZoneIds: pulumi.Output<number[]>;
    /**
     * ID of security group.
     */
    declare public readonly securityGroups: pulumi.Output<string[] | undefined>;
    declare public readonly status: pulumi.Output<string>;
    /**
     * Specifies which subnet the instance should belong to.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * Instance tags.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * It has been deprecated from version 1.33.1.
     * @deprecated It has been deprecated from version 1.33.1.
     */
    declare public readonly type: pulumi.Output<string | undefined>;
    /**
     * Instance type.
     */
    declare public readonly typeId: pulumi.Output<number | undefined>;
    /**
     * ID of the vpc with which the instance is to be associated.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Switching mode: `1`-maintenance time window switching, `2`-immediate switching, default value `2`.
     */
    declare public readonly waitSwitch: pulumi.Output<number | undefined>;
    declare public readonly wanAddress: pulumi.Output<string>;
    /**
     * Wan address switch, default `close`, values: `open`, `close`.
     */
    declare public readonly wanAddressSwitch: pulumi.Output<string>;

    /**
     * Create a RedisInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: RedisInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: RedisInstanceArgs | RedisInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as RedisInstanceState | undefined;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["dedicatedClusterId"] = state?.dedicatedClusterId;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["ip"] = state?.ip;
            resourceInputs["memSize"] = state?.memSize;
            resourceInputs["name"] = state?.name;
            resourceInputs["noAuth"] = state?.noAuth;
            resourceInputs["nodeInfos"] = state?.nodeInfos;
            resourceInputs["operationNetwork"] = state?.operationNetwork;
            resourceInputs["paramsTemplateId"] = state?.paramsTemplateId;
            resourceInputs["password"] = state?.password;
            resourceInputs["port"] = state?.port;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["productVersion"] = state?.productVersion;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["recycle"] = state?.recycle;
            resourceInputs["redisClusterId"] = state?.redisClusterId;
            resourceInputs["redisReplicasNum"] = state?.redisReplicasNum;
            resourceInputs["redisShardNum"] = state?.redisShardNum;
            resourceInputs["replicasReadOnly"] = state?.replicasReadOnly;
            resourceInputs["replicaZoneIds"] = state?.replicaZoneIds;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["type"] = state?.type;
            resourceInputs["typeId"] = state?.typeId;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitSwitch"] = state?.waitSwitch;
            resourceInputs["wanAddress"] = state?.wanAddress;
            resourceInputs["wanAddressSwitch"] = state?.wanAddressSwitch;
        } else {
            const args = argsOrState as RedisInstanceArgs | undefined;
            if (args?.availabilityZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availabilityZone'");
            }
            if (args?.memSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'memSize'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["ip"] = args?.ip;
            resourceInputs["memSize"] = args?.memSize;
            resourceInputs["name"] = args?.name;
            resourceInputs["noAuth"] = args?.noAuth;
            resourceInputs["operationNetwork"] = args?.operationNetwork;
            resourceInputs["paramsTemplateId"] = args?.paramsTemplateId;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["port"] = args?.port;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["productVersion"] = args?.productVersion;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["recycle"] = args?.recycle;
            resourceInputs["redisClusterId"] = args?.redisClusterId;
            resourceInputs["redisReplicasNum"] = args?.redisReplicasNum;
            resourceInputs["redisShardNum"] = args?.redisShardNum;
            resourceInputs["replicasReadOnly"] = args?.replicasReadOnly;
            resourceInputs["replicaZoneIds"] = args?.replicaZoneIds;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["type"] = args?.type;
            resourceInputs["typeId"] = args?.typeId;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitSwitch"] = args?.waitSwitch;
            resourceInputs["wanAddressSwitch"] = args?.wanAddressSwitch;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["dedicatedClusterId"] = undefined /*out*/;
            resourceInputs["nodeInfos"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
            resourceInputs["wanAddress"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(RedisInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
