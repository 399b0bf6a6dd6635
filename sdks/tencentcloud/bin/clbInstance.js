"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClbInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The ClbInstance resource.
 */
class ClbInstance extends pulumi.CustomResource {
    /**
     * Gets an existing ClbInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new ClbInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of ClbInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["addressIpv6"] = state?.addressIpv6;
            resourceInputs["addressIpVersion"] = state?.addressIpVersion;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["clbName"] = state?.clbName;
            resourceInputs["clbVips"] = state?.clbVips;
            resourceInputs["clusterId"] = state?.clusterId;
            resourceInputs["deleteProtect"] = state?.deleteProtect;
            resourceInputs["domain"] = state?.domain;
            resourceInputs["dynamicVip"] = state?.dynamicVip;
            resourceInputs["eipAddressId"] = state?.eipAddressId;
            resourceInputs["internetBandwidthMaxOut"] = state?.internetBandwidthMaxOut;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["ipv6Mode"] = state?.ipv6Mode;
            resourceInputs["loadBalancerPassToTarget"] = state?.loadBalancerPassToTarget;
            resourceInputs["logSetId"] = state?.logSetId;
            resourceInputs["logTopicId"] = state?.logTopicId;
            resourceInputs["masterZoneId"] = state?.masterZoneId;
            resourceInputs["networkType"] = state?.networkType;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["slaType"] = state?.slaType;
            resourceInputs["slaveZoneId"] = state?.slaveZoneId;
            resourceInputs["snatIps"] = state?.snatIps;
            resourceInputs["snatPro"] = state?.snatPro;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["targetRegionInfoRegion"] = state?.targetRegionInfoRegion;
            resourceInputs["targetRegionInfoVpcId"] = state?.targetRegionInfoVpcId;
            resourceInputs["vip"] = state?.vip;
            resourceInputs["vipIsp"] = state?.vipIsp;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zoneId"] = state?.zoneId;
        }
        else {
            const args = argsOrState;
            if (args?.clbName === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbName'");
            }
            if (args?.networkType === undefined && !opts.urn) {
                throw new Error("Missing required property 'networkType'");
            }
            resourceInputs["addressIpVersion"] = args?.addressIpVersion;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["clbName"] = args?.clbName;
            resourceInputs["clusterId"] = args?.clusterId;
            resourceInputs["deleteProtect"] = args?.deleteProtect;
            resourceInputs["dynamicVip"] = args?.dynamicVip;
            resourceInputs["eipAddressId"] = args?.eipAddressId;
            resourceInputs["internetBandwidthMaxOut"] = args?.internetBandwidthMaxOut;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["loadBalancerPassToTarget"] = args?.loadBalancerPassToTarget;
            resourceInputs["logSetId"] = args?.logSetId;
            resourceInputs["logTopicId"] = args?.logTopicId;
            resourceInputs["masterZoneId"] = args?.masterZoneId;
            resourceInputs["networkType"] = args?.networkType;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["slaType"] = args?.slaType;
            resourceInputs["slaveZoneId"] = args?.slaveZoneId;
            resourceInputs["snatIps"] = args?.snatIps;
            resourceInputs["snatPro"] = args?.snatPro;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["targetRegionInfoRegion"] = args?.targetRegionInfoRegion;
            resourceInputs["targetRegionInfoVpcId"] = args?.targetRegionInfoVpcId;
            resourceInputs["vip"] = args?.vip;
            resourceInputs["vipIsp"] = args?.vipIsp;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zoneId"] = args?.zoneId;
            resourceInputs["addressIpv6"] = undefined /*out*/;
            resourceInputs["clbVips"] = undefined /*out*/;
            resourceInputs["domain"] = undefined /*out*/;
            resourceInputs["ipv6Mode"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.ClbInstance = ClbInstance;
/** @internal */
ClbInstance.__pulumiType = "tencentcloud:index/clbInstance:ClbInstance";
