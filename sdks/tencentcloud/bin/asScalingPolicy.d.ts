import * as pulumi from "@pulumi/pulumi";
/**
 * The AsScalingPolicy resource.
 */
export declare class AsScalingPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScalingPolicyState, opts?: pulumi.CustomResourceOptions): AsScalingPolicy;
    /**
     * Returns true if the given object is an instance of AsScalingPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AsScalingPolicy;
    /**
     * Specifies whether the adjustment is an absolute number or a percentage of the current capacity.
     */
    readonly adjustmentType: pulumi.Output<string | undefined>;
    /**
     * Define the number of instances by which to scale.For `CHANGE_IN_CAPACITY` type or PERCENT_CHANGE_IN_CAPACITY, a positive increment adds to the current capacity and a negative value removes from the current capacity.
     */
    readonly adjustmentValue: pulumi.Output<number | undefined>;
    /**
     * Comparison operator.
     */
    readonly comparisonOperator: pulumi.Output<string | undefined>;
    /**
     * Retry times.
     */
    readonly continuousTime: pulumi.Output<number | undefined>;
    /**
     * Cooldwon time in second.
     */
    readonly cooldown: pulumi.Output<number>;
    /**
     * Whether to disable scaling down applies only to the target tracking strategy; the default value is false.
     */
    readonly disableScaleIn: pulumi.Output<boolean | undefined>;
    /**
     * Instance warm-up time, in seconds, applicable only to target tracking strategies.
     */
    readonly estimatedInstanceWarmup: pulumi.Output<number>;
    /**
     * Name of an indicator.
     */
    readonly metricName: pulumi.Output<string | undefined>;
    /**
     * An ID group of users to be notified when an alarm is triggered.
     */
    readonly notificationUserGroupIds: pulumi.Output<string[]>;
    /**
     * Time period in second.
     */
    readonly period: pulumi.Output<number | undefined>;
    /**
     * Name of a policy used to define a reaction when an alarm is triggered.
     */
    readonly policyName: pulumi.Output<string>;
    /**
     * Alarm triggering policy type, the default type is SIMPLE.
     */
    readonly policyType: pulumi.Output<string>;
    /**
     * Predefined monitoring items, applicable only to target tracking policies, and required in target tracking policy scenarios.
     */
    readonly predefinedMetricType: pulumi.Output<string | undefined>;
    /**
     * ID of a scaling group.
     */
    readonly scalingGroupId: pulumi.Output<string>;
    /**
     * Statistic types.
     */
    readonly statistic: pulumi.Output<string>;
    /**
     * Target value, applicable only to target tracking strategies, and required in target tracking strategy scenarios.
     */
    readonly targetValue: pulumi.Output<number | undefined>;
    /**
     * Alarm threshold.
     */
    readonly threshold: pulumi.Output<number | undefined>;
    /**
     * Create a AsScalingPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScalingPolicyArgs, opts?: pulumi.CustomResourceOptions);
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
