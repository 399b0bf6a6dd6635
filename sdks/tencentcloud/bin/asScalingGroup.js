"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.AsScalingGroup = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The AsScalingGroup resource.
 */
class AsScalingGroup extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new AsScalingGroup(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of AsScalingGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsScalingGroup.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["configurationId"] = state?.configurationId;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["defaultCooldown"] = state?.defaultCooldown;
            resourceInputs["desiredCapacity"] = state?.desiredCapacity;
            resourceInputs["desiredCapacitySyncWithMaxMinSize"] = state?.desiredCapacitySyncWithMaxMinSize;
            resourceInputs["forwardBalancerIds"] = state?.forwardBalancerIds;
            resourceInputs["healthCheckType"] = state?.healthCheckType;
            resourceInputs["instanceCount"] = state?.instanceCount;
            resourceInputs["lbHealthCheckGracePeriod"] = state?.lbHealthCheckGracePeriod;
            resourceInputs["loadBalancerIds"] = state?.loadBalancerIds;
            resourceInputs["maxSize"] = state?.maxSize;
            resourceInputs["minSize"] = state?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = state?.multiZoneSubnetPolicy;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["replaceLoadBalancerUnhealthy"] = state?.replaceLoadBalancerUnhealthy;
            resourceInputs["replaceMode"] = state?.replaceMode;
            resourceInputs["replaceMonitorUnhealthy"] = state?.replaceMonitorUnhealthy;
            resourceInputs["retryPolicy"] = state?.retryPolicy;
            resourceInputs["scalingGroupName"] = state?.scalingGroupName;
            resourceInputs["scalingMode"] = state?.scalingMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetIds"] = state?.subnetIds;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["terminationPolicies"] = state?.terminationPolicies;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zones"] = state?.zones;
        }
        else {
            const args = argsOrState;
            if (args?.configurationId === undefined && !opts.urn) {
                throw new Error("Missing required property 'configurationId'");
            }
            if (args?.maxSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'maxSize'");
            }
            if (args?.minSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'minSize'");
            }
            if (args?.scalingGroupName === undefined && !opts.urn) {
                throw new Error("Missing required property 'scalingGroupName'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["configurationId"] = args?.configurationId;
            resourceInputs["defaultCooldown"] = args?.defaultCooldown;
            resourceInputs["desiredCapacity"] = args?.desiredCapacity;
            resourceInputs["desiredCapacitySyncWithMaxMinSize"] = args?.desiredCapacitySyncWithMaxMinSize;
            resourceInputs["forwardBalancerIds"] = args?.forwardBalancerIds;
            resourceInputs["healthCheckType"] = args?.healthCheckType;
            resourceInputs["lbHealthCheckGracePeriod"] = args?.lbHealthCheckGracePeriod;
            resourceInputs["loadBalancerIds"] = args?.loadBalancerIds;
            resourceInputs["maxSize"] = args?.maxSize;
            resourceInputs["minSize"] = args?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = args?.multiZoneSubnetPolicy;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["replaceLoadBalancerUnhealthy"] = args?.replaceLoadBalancerUnhealthy;
            resourceInputs["replaceMode"] = args?.replaceMode;
            resourceInputs["replaceMonitorUnhealthy"] = args?.replaceMonitorUnhealthy;
            resourceInputs["retryPolicy"] = args?.retryPolicy;
            resourceInputs["scalingGroupName"] = args?.scalingGroupName;
            resourceInputs["scalingMode"] = args?.scalingMode;
            resourceInputs["subnetIds"] = args?.subnetIds;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["terminationPolicies"] = args?.terminationPolicies;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zones"] = args?.zones;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["instanceCount"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsScalingGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.AsScalingGroup = AsScalingGroup;
/** @internal */
AsScalingGroup.__pulumiType = "tencentcloud:index/asScalingGroup:AsScalingGroup";
