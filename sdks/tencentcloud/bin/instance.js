"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.Instance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The Instance resource.
 */
class Instance extends pulumi.CustomResource {
    /**
     * Gets an existing Instance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new Instance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of Instance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Instance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["allocatePublicIp"] = state?.allocatePublicIp;
            resourceInputs["antiDdosPackageId"] = state?.antiDdosPackageId;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["camRoleName"] = state?.camRoleName;
            resourceInputs["cdhHostId"] = state?.cdhHostId;
            resourceInputs["cdhInstanceType"] = state?.cdhInstanceType;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["dataDisks"] = state?.dataDisks;
            resourceInputs["dedicatedClusterId"] = state?.dedicatedClusterId;
            resourceInputs["disableApiTermination"] = state?.disableApiTermination;
            resourceInputs["disableAutomationService"] = state?.disableAutomationService;
            resourceInputs["disableMonitorService"] = state?.disableMonitorService;
            resourceInputs["disableSecurityService"] = state?.disableSecurityService;
            resourceInputs["expiredTime"] = state?.expiredTime;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["forceReplacePlacementGroupId"] = state?.forceReplacePlacementGroupId;
            resourceInputs["hostname"] = state?.hostname;
            resourceInputs["hpcClusterId"] = state?.hpcClusterId;
            resourceInputs["imageId"] = state?.imageId;
            resourceInputs["instanceChargeType"] = state?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = state?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = state?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceStatus"] = state?.instanceStatus;
            resourceInputs["instanceType"] = state?.instanceType;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = state?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = state?.ipv4AddressType;
            resourceInputs["ipv6AddressCount"] = state?.ipv6AddressCount;
            resourceInputs["ipv6Addresses"] = state?.ipv6Addresses;
            resourceInputs["ipv6AddressType"] = state?.ipv6AddressType;
            resourceInputs["keepImageLogin"] = state?.keepImageLogin;
            resourceInputs["keyIds"] = state?.keyIds;
            resourceInputs["keyName"] = state?.keyName;
            resourceInputs["launchTemplateId"] = state?.launchTemplateId;
            resourceInputs["launchTemplateVersion"] = state?.launchTemplateVersion;
            resourceInputs["memory"] = state?.memory;
            resourceInputs["orderlySecurityGroups"] = state?.orderlySecurityGroups;
            resourceInputs["osName"] = state?.osName;
            resourceInputs["password"] = state?.password;
            resourceInputs["placementGroupId"] = state?.placementGroupId;
            resourceInputs["privateIp"] = state?.privateIp;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["publicIp"] = state?.publicIp;
            resourceInputs["publicIpv6Addresses"] = state?.publicIpv6Addresses;
            resourceInputs["releaseAddress"] = state?.releaseAddress;
            resourceInputs["runningFlag"] = state?.runningFlag;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["spotInstanceType"] = state?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = state?.spotMaxPrice;
            resourceInputs["stoppedMode"] = state?.stoppedMode;
            resourceInputs["stopType"] = state?.stopType;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["systemDiskId"] = state?.systemDiskId;
            resourceInputs["systemDiskName"] = state?.systemDiskName;
            resourceInputs["systemDiskResizeOnline"] = state?.systemDiskResizeOnline;
            resourceInputs["systemDiskSize"] = state?.systemDiskSize;
            resourceInputs["systemDiskType"] = state?.systemDiskType;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["userData"] = state?.userData;
            resourceInputs["userDataRaw"] = state?.userDataRaw;
            resourceInputs["userDataReplaceOnChange"] = state?.userDataReplaceOnChange;
            resourceInputs["uuid"] = state?.uuid;
            resourceInputs["vpcId"] = state?.vpcId;
        }
        else {
            const args = argsOrState;
            resourceInputs["allocatePublicIp"] = args?.allocatePublicIp;
            resourceInputs["antiDdosPackageId"] = args?.antiDdosPackageId;
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["camRoleName"] = args?.camRoleName;
            resourceInputs["cdhHostId"] = args?.cdhHostId;
            resourceInputs["cdhInstanceType"] = args?.cdhInstanceType;
            resourceInputs["dataDisks"] = args?.dataDisks;
            resourceInputs["dedicatedClusterId"] = args?.dedicatedClusterId;
            resourceInputs["disableApiTermination"] = args?.disableApiTermination;
            resourceInputs["disableAutomationService"] = args?.disableAutomationService;
            resourceInputs["disableMonitorService"] = args?.disableMonitorService;
            resourceInputs["disableSecurityService"] = args?.disableSecurityService;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["forceReplacePlacementGroupId"] = args?.forceReplacePlacementGroupId;
            resourceInputs["hostname"] = args?.hostname;
            resourceInputs["hpcClusterId"] = args?.hpcClusterId;
            resourceInputs["imageId"] = args?.imageId;
            resourceInputs["instanceChargeType"] = args?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = args?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = args?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["instanceType"] = args?.instanceType;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = args?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = args?.ipv4AddressType;
            resourceInputs["ipv6AddressCount"] = args?.ipv6AddressCount;
            resourceInputs["ipv6AddressType"] = args?.ipv6AddressType;
            resourceInputs["keepImageLogin"] = args?.keepImageLogin;
            resourceInputs["keyIds"] = args?.keyIds;
            resourceInputs["keyName"] = args?.keyName;
            resourceInputs["launchTemplateId"] = args?.launchTemplateId;
            resourceInputs["launchTemplateVersion"] = args?.launchTemplateVersion;
            resourceInputs["orderlySecurityGroups"] = args?.orderlySecurityGroups;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["placementGroupId"] = args?.placementGroupId;
            resourceInputs["privateIp"] = args?.privateIp;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["releaseAddress"] = args?.releaseAddress;
            resourceInputs["runningFlag"] = args?.runningFlag;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["spotInstanceType"] = args?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = args?.spotMaxPrice;
            resourceInputs["stoppedMode"] = args?.stoppedMode;
            resourceInputs["stopType"] = args?.stopType;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["systemDiskId"] = args?.systemDiskId;
            resourceInputs["systemDiskName"] = args?.systemDiskName;
            resourceInputs["systemDiskResizeOnline"] = args?.systemDiskResizeOnline;
            resourceInputs["systemDiskSize"] = args?.systemDiskSize;
            resourceInputs["systemDiskType"] = args?.systemDiskType;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["userData"] = args?.userData;
            resourceInputs["userDataRaw"] = args?.userDataRaw;
            resourceInputs["userDataReplaceOnChange"] = args?.userDataReplaceOnChange;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["cpu"] = undefined /*out*/;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["expiredTime"] = undefined /*out*/;
            resourceInputs["instanceStatus"] = undefined /*out*/;
            resourceInputs["ipv6Addresses"] = undefined /*out*/;
            resourceInputs["memory"] = undefined /*out*/;
            resourceInputs["osName"] = undefined /*out*/;
            resourceInputs["publicIp"] = undefined /*out*/;
            resourceInputs["publicIpv6Addresses"] = undefined /*out*/;
            resourceInputs["uuid"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(Instance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.Instance = Instance;
/** @internal */
Instance.__pulumiType = "tencentcloud:index/instance:Instance";
