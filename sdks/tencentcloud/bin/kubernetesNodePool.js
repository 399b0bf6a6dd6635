"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.KubernetesNodePool = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The KubernetesNodePool resource.
 */
class KubernetesNodePool extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesNodePool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new KubernetesNodePool(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of KubernetesNodePool. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === KubernetesNodePool.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["annotations"] = state?.annotations;
            resourceInputs["autoscalingAddedTotal"] = state?.autoscalingAddedTotal;
            resourceInputs["autoScalingConfig"] = state?.autoScalingConfig;
            resourceInputs["autoScalingGroupId"] = state?.autoScalingGroupId;
            resourceInputs["autoUpdateInstanceTags"] = state?.autoUpdateInstanceTags;
            resourceInputs["clusterId"] = state?.clusterId;
            resourceInputs["defaultCooldown"] = state?.defaultCooldown;
            resourceInputs["deleteKeepInstance"] = state?.deleteKeepInstance;
            resourceInputs["deletionProtection"] = state?.deletionProtection;
            resourceInputs["desiredCapacity"] = state?.desiredCapacity;
            resourceInputs["enableAutoScale"] = state?.enableAutoScale;
            resourceInputs["labels"] = state?.labels;
            resourceInputs["launchConfigId"] = state?.launchConfigId;
            resourceInputs["manuallyAddedTotal"] = state?.manuallyAddedTotal;
            resourceInputs["maxSize"] = state?.maxSize;
            resourceInputs["minSize"] = state?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = state?.multiZoneSubnetPolicy;
            resourceInputs["name"] = state?.name;
            resourceInputs["nodeConfig"] = state?.nodeConfig;
            resourceInputs["nodeCount"] = state?.nodeCount;
            resourceInputs["nodeOs"] = state?.nodeOs;
            resourceInputs["nodeOsType"] = state?.nodeOsType;
            resourceInputs["retryPolicy"] = state?.retryPolicy;
            resourceInputs["scaleTolerance"] = state?.scaleTolerance;
            resourceInputs["scalingGroupName"] = state?.scalingGroupName;
            resourceInputs["scalingGroupProjectId"] = state?.scalingGroupProjectId;
            resourceInputs["scalingMode"] = state?.scalingMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetIds"] = state?.subnetIds;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["taints"] = state?.taints;
            resourceInputs["terminationPolicies"] = state?.terminationPolicies;
            resourceInputs["unschedulable"] = state?.unschedulable;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitNodeReady"] = state?.waitNodeReady;
            resourceInputs["zones"] = state?.zones;
        }
        else {
            const args = argsOrState;
            if (args?.autoScalingConfig === undefined && !opts.urn) {
                throw new Error("Missing required property 'autoScalingConfig'");
            }
            if (args?.clusterId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clusterId'");
            }
            if (args?.maxSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'maxSize'");
            }
            if (args?.minSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'minSize'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["annotations"] = args?.annotations;
            resourceInputs["autoScalingConfig"] = args?.autoScalingConfig;
            resourceInputs["autoUpdateInstanceTags"] = args?.autoUpdateInstanceTags;
            resourceInputs["clusterId"] = args?.clusterId;
            resourceInputs["defaultCooldown"] = args?.defaultCooldown;
            resourceInputs["deleteKeepInstance"] = args?.deleteKeepInstance;
            resourceInputs["deletionProtection"] = args?.deletionProtection;
            resourceInputs["desiredCapacity"] = args?.desiredCapacity;
            resourceInputs["enableAutoScale"] = args?.enableAutoScale;
            resourceInputs["labels"] = args?.labels;
            resourceInputs["maxSize"] = args?.maxSize;
            resourceInputs["minSize"] = args?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = args?.multiZoneSubnetPolicy;
            resourceInputs["name"] = args?.name;
            resourceInputs["nodeConfig"] = args?.nodeConfig;
            resourceInputs["nodeOs"] = args?.nodeOs;
            resourceInputs["nodeOsType"] = args?.nodeOsType;
            resourceInputs["retryPolicy"] = args?.retryPolicy;
            resourceInputs["scaleTolerance"] = args?.scaleTolerance;
            resourceInputs["scalingGroupName"] = args?.scalingGroupName;
            resourceInputs["scalingGroupProjectId"] = args?.scalingGroupProjectId;
            resourceInputs["scalingMode"] = args?.scalingMode;
            resourceInputs["subnetIds"] = args?.subnetIds;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["taints"] = args?.taints;
            resourceInputs["terminationPolicies"] = args?.terminationPolicies;
            resourceInputs["unschedulable"] = args?.unschedulable;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitNodeReady"] = args?.waitNodeReady;
            resourceInputs["zones"] = args?.zones;
            resourceInputs["autoscalingAddedTotal"] = undefined /*out*/;
            resourceInputs["autoScalingGroupId"] = undefined /*out*/;
            resourceInputs["launchConfigId"] = undefined /*out*/;
            resourceInputs["manuallyAddedTotal"] = undefined /*out*/;
            resourceInputs["nodeCount"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(KubernetesNodePool.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.KubernetesNodePool = KubernetesNodePool;
/** @internal */
KubernetesNodePool.__pulumiType = "tencentcloud:index/kubernetesNodePool:KubernetesNodePool";
