import * as pulumi from "@pulumi/pulumi";
/**
 * The ClbTargetGroupAttachment resource.
 */
export declare class ClbTargetGroupAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing ClbTargetGroupAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbTargetGroupAttachmentState, opts?: pulumi.CustomResourceOptions): ClbTargetGroupAttachment;
    /**
     * Returns true if the given object is an instance of ClbTargetGroupAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ClbTargetGroupAttachment;
    /**
     * ID of the CLB.
     */
    readonly clbId: pulumi.Output<string>;
    /**
     * ID of the CLB listener.
     */
    readonly listenerId: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB listener rule.
     */
    readonly ruleId: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB target group.
     */
    readonly targetGroupId: pulumi.Output<string>;
    /**
     * Create a ClbTargetGroupAttachment resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbTargetGroupAttachmentArgs, opts?: pulumi.CustomResourceOptions);
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
