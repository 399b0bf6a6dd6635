"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MongodbShardingInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MongodbShardingInstance resource.
 */
class MongodbShardingInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MongodbShardingInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MongodbShardingInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MongodbShardingInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MongodbShardingInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
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
        }
        else {
            const args = argsOrState;
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
exports.MongodbShardingInstance = MongodbShardingInstance;
/** @internal */
MongodbShardingInstance.__pulumiType = "tencentcloud:index/mongodbShardingInstance:MongodbShardingInstance";
