"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.AsScalingPolicy = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The AsScalingPolicy resource.
 */
class AsScalingPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new AsScalingPolicy(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of AsScalingPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsScalingPolicy.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["adjustmentType"] = state?.adjustmentType;
            resourceInputs["adjustmentValue"] = state?.adjustmentValue;
            resourceInputs["comparisonOperator"] = state?.comparisonOperator;
            resourceInputs["continuousTime"] = state?.continuousTime;
            resourceInputs["cooldown"] = state?.cooldown;
            resourceInputs["disableScaleIn"] = state?.disableScaleIn;
            resourceInputs["estimatedInstanceWarmup"] = state?.estimatedInstanceWarmup;
            resourceInputs["metricName"] = state?.metricName;
            resourceInputs["notificationUserGroupIds"] = state?.notificationUserGroupIds;
            resourceInputs["period"] = state?.period;
            resourceInputs["policyName"] = state?.policyName;
            resourceInputs["policyType"] = state?.policyType;
            resourceInputs["predefinedMetricType"] = state?.predefinedMetricType;
            resourceInputs["scalingGroupId"] = state?.scalingGroupId;
            resourceInputs["statistic"] = state?.statistic;
            resourceInputs["targetValue"] = state?.targetValue;
            resourceInputs["threshold"] = state?.threshold;
        }
        else {
            const args = argsOrState;
            if (args?.policyName === undefined && !opts.urn) {
                throw new Error("Missing required property 'policyName'");
            }
            if (args?.scalingGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'scalingGroupId'");
            }
            resourceInputs["adjustmentType"] = args?.adjustmentType;
            resourceInputs["adjustmentValue"] = args?.adjustmentValue;
            resourceInputs["comparisonOperator"] = args?.comparisonOperator;
            resourceInputs["continuousTime"] = args?.continuousTime;
            resourceInputs["cooldown"] = args?.cooldown;
            resourceInputs["disableScaleIn"] = args?.disableScaleIn;
            resourceInputs["estimatedInstanceWarmup"] = args?.estimatedInstanceWarmup;
            resourceInputs["metricName"] = args?.metricName;
            resourceInputs["notificationUserGroupIds"] = args?.notificationUserGroupIds;
            resourceInputs["period"] = args?.period;
            resourceInputs["policyName"] = args?.policyName;
            resourceInputs["policyType"] = args?.policyType;
            resourceInputs["predefinedMetricType"] = args?.predefinedMetricType;
            resourceInputs["scalingGroupId"] = args?.scalingGroupId;
            resourceInputs["statistic"] = args?.statistic;
            resourceInputs["targetValue"] = args?.targetValue;
            resourceInputs["threshold"] = args?.threshold;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsScalingPolicy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.AsScalingPolicy = AsScalingPolicy;
/** @internal */
AsScalingPolicy.__pulumiType = "tencentcloud:index/asScalingPolicy:AsScalingPolicy";
