// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The ClbTargetGroupAttachment resource.
 */
export class ClbTargetGroupAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing ClbTargetGroupAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbTargetGroupAttachmentState, opts?: pulumi.CustomResourceOptions): ClbTargetGroupAttachment {
        return new ClbTargetGroupAttachment(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/clbTargetGroupAttachment:ClbTargetGroupAttachment";

    /**
     * Returns true if the given object is an instance of ClbTargetGroupAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ClbTargetGroupAttachment {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbTargetGroupAttachment.__pulumiType;
    }

    /**
     * ID of the CLB.
     */
    declare public readonly clbId: pulumi.Output<string>;
    /**
     * ID of the CLB listener.
     */
    declare public readonly listenerId: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB listener rule.
     */
    declare public readonly ruleId: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB target group.
     */
    declare public readonly targetGroupId: pulumi.Output<string>;

    /**
     * Create a ClbTargetGroupAttachment resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbTargetGroupAttachmentArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ClbTargetGroupAttachmentArgs | ClbTargetGroupAttachmentState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ClbTargetGroupAttachmentState | undefined;
            resourceInputs["clbId"] = state?.clbId;
            resourceInputs["listenerId"] = state?.listenerId;
            resourceInputs["ruleId"] = state?.ruleId;
            resourceInputs["targetGroupId"] = state?.targetGroupId;
        } else {
            const args = argsOrState as ClbTargetGroupAttachmentArgs | undefined;
            if (args?.clbId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbId'");
            }
            if (args?.targetGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'targetGroupId'");
            }
            resourceInputs["clbId"] = args?.clbId;
            resourceInputs["listenerId"] = args?.listenerId;
            resourceInputs["ruleId"] = args?.ruleId;
            resourceInputs["targetGroupId"] = args?.targetGroupId;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbTargetGroupAttachment.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering ClbTargetGroupAttachment resources.
 */
export interface ClbTargetGroupAttachmentState {
    /**
     * ID of the CLB.
     */
    clbId?: pulumi.Input<string>;
    /**
     * ID of the CLB listener.
     */
    listenerId?: pulumi.Input<string>;
    /**
     * ID of the CLB listener rule.
     */
    ruleId?: pulumi.Input<string>;
    /**
     * ID of the CLB target group.
     */
    targetGroupId?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a ClbTargetGroupAttachment resource.
 */
export interface ClbTargetGroupAttachmentArgs {
    /**
     * ID of the CLB.
     */
    clbId: pulumi.Input<string>;
    /**
     * ID of the CLB listener.
     */
    listenerId?: pulumi.Input<string>;
    /**
     * ID of the CLB listener rule.
     */
    ruleId?: pulumi.Input<string>;
    /**
     * ID of the CLB target group.
     */
    targetGroupId: pulumi.Input<string>;
}
