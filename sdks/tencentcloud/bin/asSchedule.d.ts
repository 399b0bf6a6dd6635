import * as pulumi from "@pulumi/pulumi";
/**
 * The AsSchedule resource.
 */
export declare class AsSchedule extends pulumi.CustomResource {
    /**
     * Gets an existing AsSchedule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScheduleState, opts?: pulumi.CustomResourceOptions): AsSchedule;
    /**
     * Returns true if the given object is an instance of AsSchedule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AsSchedule;
    /**
     * The desired number of CVM instances that should be running in the group.
     */
    readonly desiredCapacity: pulumi.Output<number>;
    /**
     * The time for this action to end, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    readonly endTime: pulumi.Output<string | undefined>;
    /**
     * The maximum size for the Auto Scaling group.
     */
    readonly maxSize: pulumi.Output<number>;
    /**
     * The minimum size for the Auto Scaling group.
     */
    readonly minSize: pulumi.Output<number>;
    /**
     * The time when recurring future actions will start.
     */
    readonly recurrence: pulumi.Output<string | undefined>;
    /**
     * ID of a scaling group.
     */
    readonly scalingGroupId: pulumi.Output<string>;
    /**
     * The name of this scaling action.
     */
    readonly scheduleActionName: pulumi.Output<string>;
    /**
     * The time for this action to start, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    readonly startTime: pulumi.Output<string>;
    /**
     * Create a AsSchedule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScheduleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AsSchedule resources.
 */
export interface AsScheduleState {
    /**
     * The desired number of CVM instances that should be running in the group.
     */
    desiredCapacity?: pulumi.Input<number>;
    /**
     * The time for this action to end, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    endTime?: pulumi.Input<string>;
    /**
     * The maximum size for the Auto Scaling group.
     */
    maxSize?: pulumi.Input<number>;
    /**
     * The minimum size for the Auto Scaling group.
     */
    minSize?: pulumi.Input<number>;
    /**
     * The time when recurring future actions will start.
     */
    recurrence?: pulumi.Input<string>;
    /**
     * ID of a scaling group.
     */
    scalingGroupId?: pulumi.Input<string>;
    /**
     * The name of this scaling action.
     */
    scheduleActionName?: pulumi.Input<string>;
    /**
     * The time for this action to start, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    startTime?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a AsSchedule resource.
 */
export interface AsScheduleArgs {
    /**
     * The desired number of CVM instances that should be running in the group.
     */
    desiredCapacity: pulumi.Input<number>;
    /**
     * The time for this action to end, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    endTime?: pulumi.Input<string>;
    /**
     * The maximum size for the Auto Scaling group.
     */
    maxSize: pulumi.Input<number>;
    /**
     * The minimum size for the Auto Scaling group.
     */
    minSize: pulumi.Input<number>;
    /**
     * The time when recurring future actions will start.
     */
    recurrence?: pulumi.Input<string>;
    /**
     * ID of a scaling group.
     */
    scalingGroupId: pulumi.Input<string>;
    /**
     * The name of this scaling action.
     */
    scheduleActionName: pulumi.Input<string>;
    /**
     * The time for this action to start, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    startTime: pulumi.Input<string>;
}
