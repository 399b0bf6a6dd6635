"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.AsScalingConfig = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The AsScalingConfig resource.
 */
class AsScalingConfig extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingConfig resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new AsScalingConfig(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of AsScalingConfig. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsScalingConfig.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["antiDdosPackageId"] = state?.antiDdosPackageId;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["camRoleName"] = state?.camRoleName;
            resourceInputs["configurationName"] = state?.configurationName;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["dataDisks"] = state?.dataDisks;
            resourceInputs["dedicatedClusterId"] = state?.dedicatedClusterId;
            resourceInputs["disasterRecoverGroupIds"] = state?.disasterRecoverGroupIds;
            resourceInputs["diskTypePolicy"] = state?.diskTypePolicy;
            resourceInputs["enhancedAutomationToolsService"] = state?.enhancedAutomationToolsService;
            resourceInputs["enhancedMonitorService"] = state?.enhancedMonitorService;
            resourceInputs["enhancedSecurityService"] = state?.enhancedSecurityService;
            resourceInputs["hostNameSettings"] = state?.hostNameSettings;
            resourceInputs["imageFamily"] = state?.imageFamily;
            resourceInputs["imageId"] = state?.imageId;
            resourceInputs["instanceChargeType"] = state?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = state?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = state?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceNameSettings"] = state?.instanceNameSettings;
            resourceInputs["instanceTags"] = state?.instanceTags;
            resourceInputs["instanceTypes"] = state?.instanceTypes;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = state?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = state?.ipv4AddressType;
            resourceInputs["isKeepEip"] = state?.isKeepEip;
            resourceInputs["keepImageLogin"] = state?.keepImageLogin;
            resourceInputs["keyIds"] = state?.keyIds;
            resourceInputs["password"] = state?.password;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["publicIpAssigned"] = state?.publicIpAssigned;
            resourceInputs["securityGroupIds"] = state?.securityGroupIds;
            resourceInputs["spotInstanceType"] = state?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = state?.spotMaxPrice;
            resourceInputs["status"] = state?.status;
            resourceInputs["systemDiskSize"] = state?.systemDiskSize;
            resourceInputs["systemDiskType"] = state?.systemDiskType;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["userData"] = state?.userData;
        }
        else {
            const args = argsOrState;
            if (args?.configurationName === undefined && !opts.urn) {
                throw new Error("Missing required property 'configurationName'");
            }
            if (args?.instanceTypes === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceTypes'");
            }
            resourceInputs["antiDdosPackageId"] = args?.antiDdosPackageId;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["camRoleName"] = args?.camRoleName;
            resourceInputs["configurationName"] = args?.configurationName;
            resourceInputs["dataDisks"] = args?.dataDisks;
            resourceInputs["dedicatedClusterId"] = args?.dedicatedClusterId;
            resourceInputs["disasterRecoverGroupIds"] = args?.disasterRecoverGroupIds;
            resourceInputs["diskTypePolicy"] = args?.diskTypePolicy;
            resourceInputs["enhancedAutomationToolsService"] = args?.enhancedAutomationToolsService;
            resourceInputs["enhancedMonitorService"] = args?.enhancedMonitorService;
            resourceInputs["enhancedSecurityService"] = args?.enhancedSecurityService;
            resourceInputs["hostNameSettings"] = args?.hostNameSettings;
            resourceInputs["imageFamily"] = args?.imageFamily;
            resourceInputs["imageId"] = args?.imageId;
            resourceInputs["instanceChargeType"] = args?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = args?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = args?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceNameSettings"] = args?.instanceNameSettings;
            resourceInputs["instanceTags"] = args?.instanceTags;
            resourceInputs["instanceTypes"] = args?.instanceTypes;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = args?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = args?.ipv4AddressType;
            resourceInputs["isKeepEip"] = args?.isKeepEip;
            resourceInputs["keepImageLogin"] = args?.keepImageLogin;
            resourceInputs["keyIds"] = args?.keyIds;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["publicIpAssigned"] = args?.publicIpAssigned;
            resourceInputs["securityGroupIds"] = args?.securityGroupIds;
            resourceInputs["spotInstanceType"] = args?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = args?.spotMaxPrice;
            resourceInputs["systemDiskSize"] = args?.systemDiskSize;
            resourceInputs["systemDiskType"] = args?.systemDiskType;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["userData"] = args?.userData;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(AsScalingConfig.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.AsScalingConfig = AsScalingConfig;
/** @internal */
AsScalingConfig.__pulumiType = "tencentcloud:index/asScalingConfig:AsScalingConfig";
