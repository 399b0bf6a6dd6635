// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The AsScalingPolicy resource.
 */
export class AsScalingPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScalingPolicyState, opts?: pulumi.CustomResourceOptions): AsScalingPolicy {
        return new AsScalingPolicy(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/asScalingPolicy:AsScalingPolicy";

    /**
     * Returns true if the given object is an instance of AsScalingPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AsScalingPolicy {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsScalingPolicy.__pulumiType;
    }

    /**
     * Specifies whether the adjustment is an absolute number or a percentage of the current capacity.
     */
    declare public readonly adjustmentType: pulumi.Output<string | undefined>;
    /**
     * Define the number of instances by which to scale.For `CHANGE_IN_CAPACITY` type or PERCENT_CHANGE_IN_CAPACITY, a positive increment adds to the current capacity and a negative value removes from the current capacity.
     */
    declare public readonly adjustmentValue: pulumi.Output<number | undefined>;
    /**
     * Comparison operator.
     */
    declare public readonly comparisonOperator: pulumi.Output<string | undefined>;
    /**
     * Retry times.
     */
    declare public readonly continuousTime: pulumi.Output<number | undefined>;
    /**
     * Cooldwon time in second.
     */
    declare public readonly cooldown: pulumi.Output<number>;
    /**
     * Whether to disable scaling down applies only to the target tracking strategy; the default value is false.
     */
    declare public readonly disableScaleIn: pulumi.Output<boolean | undefined>;
    /**
     * Instance warm-up time, in seconds, applicable only to target tracking strategies.
     */
    declare public readonly estimatedInstanceWarmup: pulumi.Output<number>;
    /**
     * Name of an indicator.
     */
    declare public readonly metricName: pulumi.Output<string | undefined>;
    /**
     * An ID group of users to be notified when an alarm is triggered.
     */
    declare public readonly notificationUserGroupIds: pulumi.Output<string[]>;
    /**
     * Time period in second.
     */
    declare public readonly period: pulumi.Output<number | undefined>;
    /**
     * Name of a policy used to define a reaction when an alarm is triggered.
     */
    declare public readonly policyName: pulumi.Output<string>;
    /**
     * Alarm triggering policy type, the default type is SIMPLE.
     */
    declare public readonly policyType: pulumi.Output<string>;
    /**
     * Predefined monitoring items, applicable only to target tracking policies, and required in target tracking policy scenarios.
     */
    declare public readonly predefinedMetricType: pulumi.Output<string | undefined>;
    /**
     * ID of a scaling group.
     */
    declare public readonly scalingGroupId: pulumi.Output<string>;
    /**
     * Statistic types.
     */
    declare public readonly statistic: pulumi.Output<string>;
    /**
     * Target value, applicable only to target tracking strategies, and required in target tracking strategy scenarios.
     */
    declare public readonly targetValue: pulumi.Output<number | undefined>;
    /**
     * Alarm threshold.
     */
    declare public readonly threshold: pulumi.Output<number | undefined>;

    /**
     * Create a AsScalingPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScalingPolicyArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: AsScalingPolicyArgs | AsScalingPolicyState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AsScalingPolicyState | undefined;
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
        } else {
            const args = argsOrState as AsScalingPolicyArgs | undefined;
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

/**
 * Input properties used for looking up and filtering AsScalingPolicy resources.
 */
export interface AsScalingPolicyState {
    /**
     * Specifies whether the adjustment is an absolute number or a percentage of the current capacity.
     */
    adjustmentType?: pulumi.Input<string>;
    /**
     * Define the number of instances by which to scale.For `CHANGE_IN_CAPACITY` type or PERCENT_CHANGE_IN_CAPACITY, a positive increment adds to the current capacity and a negative value removes from the current capacity.
     */
    adjustmentValue?: pulumi.Input<number>;
    /**
     * Comparison operator.
     */
    comparisonOperator?: pulumi.Input<string>;
    /**
     * Retry times.
     */
    continuousTime?: pulumi.Input<number>;
    /**
     * Cooldwon time in second.
     */
    cooldown?: pulumi.Input<number>;
    /**
     * Whether to disable scaling down applies only to the target tracking strategy; the default value is false.
     */
    disableScaleIn?: pulumi.Input<boolean>;
    /**
     * Instance warm-up time, in seconds, applicable only to target tracking strategies.
     */
    estimatedInstanceWarmup?: pulumi.Input<number>;
    /**
     * Name of an indicator.
     */
    metricName?: pulumi.Input<string>;
    /**
     * An ID group of users to be notified when an alarm is triggered.
     */
    notificationUserGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Time period in second.
     */
    period?: pulumi.Input<number>;
    /**
     * Name of a policy used to define a reaction when an alarm is triggered.
     */
    policyName?: pulumi.Input<string>;
    /**
     * Alarm triggering policy type, the default type is SIMPLE.
     */
    policyType?: pulumi.Input<string>;
    /**
     * Predefined monitoring items, applicable only to target tracking policies, and required in target tracking policy scenarios.
     */
    predefinedMetricType?: pulumi.Input<string>;
    /**
     * ID of a scaling group.
     */
    scalingGroupId?: pulumi.Input<string>;
    /**
     * Statistic types.
     */
    statistic?: pulumi.Input<string>;
    /**
     * Target value, applicable only to target tracking strategies, and required in target tracking strategy scenarios.
     */
    targetValue?: pulumi.Input<number>;
    /**
     * Alarm threshold.
     */
    threshold?: pulumi.Input<number>;
}

/**
 * The set of arguments for constructing a AsScalingPolicy resource.
 */
export interface AsScalingPolicyArgs {
    /**
     * Specifies whether the adjustment is an absolute number or a percentage of the current capacity.
     */
    adjustmentType?: pulumi.Input<string>;
    /**
     * Define the number of instances by which to scale.For `CHANGE_IN_CAPACITY` type or PERCENT_CHANGE_IN_CAPACITY, a positive increment adds to the current capacity and a negative value removes from the current capacity.
     */
    adjustmentValue?: pulumi.Input<number>;
    /**
     * Comparison operator.
     */
    comparisonOperator?: pulumi.Input<string>;
    /**
     * Retry times.
     */
    continuousTime?: pulumi.Input<number>;
    /**
     * Cooldwon time in second.
     */
    cooldown?: pulumi.Input<number>;
    /**
     * Whether to disable scaling down applies only to the target tracking strategy; the default value is false.
     */
    disableScaleIn?: pulumi.Input<boolean>;
    /**
     * Instance warm-up time, in seconds, applicable only to target tracking strategies.
     */
    estimatedInstanceWarmup?: pulumi.Input<number>;
    /**
     * Name of an indicator.
     */
    metricName?: pulumi.Input<string>;
    /**
     * An ID group of users to be notified when an alarm is triggered.
     */
    notificationUserGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Time period in second.
     */
    period?: pulumi.Input<number>;
    /**
     * Name of a policy used to define a reaction when an alarm is triggered.
     */
    policyName: pulumi.Input<string>;
    /**
     * Alarm triggering policy type, the default type is SIMPLE.
     */
    policyType?: pulumi.Input<string>;
    /**
     * Predefined monitoring items, applicable only to target tracking policies, and required in target tracking policy scenarios.
     */
    predefinedMetricType?: pulumi.Input<string>;
    /**
     * ID of a scaling group.
     */
    scalingGroupId: pulumi.Input<string>;
    /**
     * Statistic types.
     */
    statistic?: pulumi.Input<string>;
    /**
     * Target value, applicable only to target tracking strategies, and required in target tracking strategy scenarios.
     */
    targetValue?: pulumi.Input<number>;
    /**
     * Alarm threshold.
     */
    threshold?: pulumi.Input<number>;
}
