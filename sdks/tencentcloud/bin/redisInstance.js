"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.RedisInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The RedisInstance resource.
 */
class RedisInstance extends pulumi.CustomResource {
    /**
     * Gets an existing RedisInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new RedisInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of RedisInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === RedisInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
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
        }
        else {
            const args = argsOrState;
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
exports.RedisInstance = RedisInstance;
/** @internal */
RedisInstance.__pulumiType = "tencentcloud:index/redisInstance:RedisInstance";
