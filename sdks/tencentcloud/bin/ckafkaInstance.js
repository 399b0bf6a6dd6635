"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.CkafkaInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The CkafkaInstance resource.
 */
class CkafkaInstance extends pulumi.CustomResource {
    /**
     * Gets an existing CkafkaInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new CkafkaInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of CkafkaInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === CkafkaInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["bandWidth"] = state?.bandWidth;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["config"] = state?.config;
            resourceInputs["diskSize"] = state?.diskSize;
            resourceInputs["diskType"] = state?.diskType;
            resourceInputs["dynamicRetentionConfig"] = state?.dynamicRetentionConfig;
            resourceInputs["elasticBandwidthSwitch"] = state?.elasticBandwidthSwitch;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceType"] = state?.instanceType;
            resourceInputs["kafkaVersion"] = state?.kafkaVersion;
            resourceInputs["maxMessageByte"] = state?.maxMessageByte;
            resourceInputs["msgRetentionTime"] = state?.msgRetentionTime;
            resourceInputs["multiZoneFlag"] = state?.multiZoneFlag;
            resourceInputs["partition"] = state?.partition;
            resourceInputs["period"] = state?.period;
            resourceInputs["publicNetwork"] = state?.publicNetwork;
            resourceInputs["rebalanceTime"] = state?.rebalanceTime;
            resourceInputs["renewFlag"] = state?.renewFlag;
            resourceInputs["specificationsType"] = state?.specificationsType;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["tagSet"] = state?.tagSet;
            resourceInputs["upgradeStrategy"] = state?.upgradeStrategy;
            resourceInputs["vip"] = state?.vip;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["vport"] = state?.vport;
            resourceInputs["zoneId"] = state?.zoneId;
            resourceInputs["zoneIds"] = state?.zoneIds;
        }
        else {
            const args = argsOrState;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.zoneId === undefined && !opts.urn) {
                throw new Error("Missing required property 'zoneId'");
            }
            resourceInputs["bandWidth"] = args?.bandWidth;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["config"] = args?.config;
            resourceInputs["diskSize"] = args?.diskSize;
            resourceInputs["diskType"] = args?.diskType;
            resourceInputs["dynamicRetentionConfig"] = args?.dynamicRetentionConfig;
            resourceInputs["elasticBandwidthSwitch"] = args?.elasticBandwidthSwitch;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["instanceType"] = args?.instanceType;
            resourceInputs["kafkaVersion"] = args?.kafkaVersion;
            resourceInputs["maxMessageByte"] = args?.maxMessageByte;
            resourceInputs["msgRetentionTime"] = args?.msgRetentionTime;
            resourceInputs["multiZoneFlag"] = args?.multiZoneFlag;
            resourceInputs["partition"] = args?.partition;
            resourceInputs["period"] = args?.period;
            resourceInputs["publicNetwork"] = args?.publicNetwork;
            resourceInputs["rebalanceTime"] = args?.rebalanceTime;
            resourceInputs["renewFlag"] = args?.renewFlag;
            resourceInputs["specificationsType"] = args?.specificationsType;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["tagSet"] = args?.tagSet;
            resourceInputs["upgradeStrategy"] = args?.upgradeStrategy;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zoneId"] = args?.zoneId;
            resourceInputs["zoneIds"] = args?.zoneIds;
            resourceInputs["vip"] = undefined /*out*/;
            resourceInputs["vport"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(CkafkaInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.CkafkaInstance = CkafkaInstance;
/** @internal */
CkafkaInstance.__pulumiType = "tencentcloud:index/ckafkaInstance:CkafkaInstance";
