// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The AsAttachment resource.
 */
export class AsAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing AsAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsAttachmentState, opts?: pulumi.CustomResourceOptions): AsAttachment {
        return new AsAttachment(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/asAttachment:AsAttachment";

    /**
     * Returns true if the given object is an instance of AsAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AsAttachment {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsAttachment.__pulumiType;
    }

    /**
     * ID list of CVM instances to be attached to the scaling group.
     */
    declare public readonly instanceIds: pulumi.Output<string[]>;
    /**
     * ID of a scaling group.
     */
    declare public readonly scalingGroupId: pulumi.Output<string>;

    /**
     * Create a AsAttachment resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsAttachmentArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: AsAttachmentArgs | AsAttachmentState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AsAttachmentState | undefined;
            resourceInputs["instanceIds"] = state?.instanceIds;
            resourceInputs["scalingGroupId"] = state?.scalingGroupId;
        } else {
            const args = argsOrState as AsAttachmentArgs | undefined;
            if (args?.instanceIds === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceIds'");
            }
            if (args?.scalingGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'scalingGroupId'");
            }
            resourceInputs["instanceIds"] = args?.instanceIds;
            resourceInputs["scalingGroupId"] = args?.scalingGroupId;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsAttachment.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
