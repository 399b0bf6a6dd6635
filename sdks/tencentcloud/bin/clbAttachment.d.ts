import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The ClbAttachment resource.
 */
export declare class ClbAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing ClbAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbAttachmentState, opts?: pulumi.CustomResourceOptions): ClbAttachment;
    /**
     * Returns true if the given object is an instance of ClbAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ClbAttachment;
    /**
     * ID of the CLB.
     */
    readonly clbId: pulumi.Output<string>;
    /**
     * Domain of the target forwarding rule.
     */
    readonly domain: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB listener.
     */
    readonly listenerId: pulumi.Output<string>;
    readonly protocolType: pulumi.Output<string>;
    /**
     * ID of the CLB listener rule.
     */
    readonly ruleId: pulumi.Output<string | undefined>;
    /**
     * Information of the backends to be attached.
     */
    readonly targets: pulumi.Output<outputs.ClbAttachmentTarget[]>;
    /**
     * URL of the target forwarding rule.
     */
    readonly url: pulumi.Output<string | undefined>;
    /**
     * Create a ClbAttachment resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbAttachmentArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ClbAttachment resources.
 */
export interface ClbAttachmentState {
    /**
     * ID of the CLB.
     */
    clbId?: pulumi.Input<string>;
    /**
     * Domain of the target forwarding rule.
     */
    domain?: pulumi.Input<string>;
    /**
     * ID of the CLB listener.
     */
    listenerId?: pulumi.Input<string>;
    protocolType?: pulumi.Input<string>;
    /**
     * ID of the CLB listener rule.
     */
    ruleId?: pulumi.Input<string>;
    /**
     * Information of the backends to be attached.
     */
    targets?: pulumi.Input<pulumi.Input<inputs.ClbAttachmentTarget>[]>;
    /**
     * URL of the target forwarding rule.
     */
    url?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a ClbAttachment resource.
 */
export interface ClbAttachmentArgs {
    /**
     * ID of the CLB.
     */
    clbId: pulumi.Input<string>;
    /**
     * Domain of the target forwarding rule.
     */
    domain?: pulumi.Input<string>;
    /**
     * ID of the CLB listener.
     */
    listenerId: pulumi.Input<string>;
    /**
     * ID of the CLB listener rule.
     */
    ruleId?: pulumi.Input<string>;
    /**
     * Information of the backends to be attached.
     */
    targets: pulumi.Input<pulumi.Input<inputs.ClbAttachmentTarget>[]>;
    /**
     * URL of the target forwarding rule.
     */
    url?: pulumi.Input<string>;
}
