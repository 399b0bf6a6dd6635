import * as pulumi from "@pulumi/pulumi";
/**
 * The AsAttachment resource.
 */
export declare class AsAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing AsAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsAttachmentState, opts?: pulumi.CustomResourceOptions): AsAttachment;
    /**
     * Returns true if the given object is an instance of AsAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AsAttachment;
    /**
     * ID list of CVM instances to be attached to the scaling group.
     */
    readonly instanceIds: pulumi.Output<string[]>;
    /**
     * ID of a scaling group.
     */
    readonly scalingGroupId: pulumi.Output<string>;
    /**
     * Create a AsAttachment resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsAttachmentArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AsAttachment resources.
 */
export interface AsAttachmentState {
    /**
     * ID list of CVM instances to be attached to the scaling group.
     */
    instanceIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID of a scaling group.
     */
    scalingGroupId?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a AsAttachment resource.
 */
export interface AsAttachmentArgs {
    /**
     * ID list of CVM instances to be attached to the scaling group.
     */
    instanceIds: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID of a scaling group.
     */
    scalingGroupId: pulumi.Input<string>;
}
