// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The AsSchedule resource.
 */
export class AsSchedule extends pulumi.CustomResource {
    /**
     * Gets an existing AsSchedule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScheduleState, opts?: pulumi.CustomResourceOptions): AsSchedule {
        return new AsSchedule(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/asSchedule:AsSchedule";

    /**
     * Returns true if the given object is an instance of AsSchedule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AsSchedule {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsSchedule.__pulumiType;
    }

    /**
     * The desired number of CVM instances that should be running in the group.
     */
    declare public readonly desiredCapacity: pulumi.Output<number>;
    /**
     * The time for this action to end, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    declare public readonly endTime: pulumi.Output<string | undefined>;
    /**
     * The maximum size for the Auto Scaling group.
     */
    declare public readonly maxSize: pulumi.Output<number>;
    /**
     * The minimum size for the Auto Scaling group.
     */
    declare public readonly minSize: pulumi.Output<number>;
    /**
     * The time when recurring future actions will start.
     */
    declare public readonly recurrence: pulumi.Output<string | undefined>;
    /**
     * ID of a scaling group.
     */
    declare public readonly scalingGroupId: pulumi.Output<string>;
    /**
     * The name of this scaling action.
     */
    declare public readonly scheduleActionName: pulumi.Output<string>;
    /**
     * The time for this action to start, in "YYYY-MM-DDThh:mm:ss+08:00" format (UTC+8).
     */
    declare public readonly startTime: pulumi.Output<string>;

    /**
     * Create a AsSchedule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScheduleArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: AsScheduleArgs | AsScheduleState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AsScheduleState | undefined;
            resourceInputs["desiredCapacity"] = state?.desiredCapacity;
            resourceInputs["endTime"] = state?.endTime;
            resourceInputs["maxSize"] = state?.maxSize;
            resourceInputs["minSize"] = state?.minSize;
            resourceInputs["recurrence"] = state?.recurrence;
            resourceInputs["scalingGroupId"] = state?.scalingGroupId;
            resourceInputs["scheduleActionName"] = state?.scheduleActionName;
            resourceInputs["startTime"] = state?.startTime;
        } else {
            const args = argsOrState as AsScheduleArgs | undefined;
            if (args?.desiredCapacity === undefined && !opts.urn) {
                throw new Error("Missing required property 'desiredCapacity'");
            }
            if (args?.maxSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'maxSize'");
            }
            if (args?.minSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'minSize'");
            }
            if (args?.scalingGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'scalingGroupId'");
            }
            if (args?.scheduleActionName === undefined && !opts.urn) {
                throw new Error("Missing required property 'scheduleActionName'");
            }
            if (args?.startTime === undefined && !opts.urn) {
                throw new Error("Missing required property 'startTime'");
            }
            resourceInputs["desiredCapacity"] = args?.desiredCapacity;
            resourceInputs["endTime"] = args?.endTime;
            resourceInputs["maxSize"] = args?.maxSize;
            resourceInputs["minSize"] = args?.minSize;
            resourceInputs["recurrence"] = args?.recurrence;
            resourceInputs["scalingGroupId"] = args?.scalingGroupId;
            resourceInputs["scheduleActionName"] = args?.scheduleActionName;
            resourceInputs["startTime"] = args?.startTime;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsSchedule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
