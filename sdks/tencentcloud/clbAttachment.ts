// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The ClbAttachment resource.
 */
export class ClbAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing ClbAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbAttachmentState, opts?: pulumi.CustomResourceOptions): ClbAttachment {
        return new ClbAttachment(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/clbAttachment:ClbAttachment";

    /**
     * Returns true if the given object is an instance of ClbAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ClbAttachment {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbAttachment.__pulumiType;
    }

    /**
     * ID of the CLB.
     */
    declare public readonly clbId: pulumi.Output<string>;
    /**
     * Domain of the target forwarding rule.
     */
    declare public readonly domain: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB listener.
     */
    declare public readonly listenerId: pulumi.Output<string>;
    declare public readonly protocolType: pulumi.Output<string>;
    /**
     * ID of the CLB listener rule.
     */
    declare public readonly ruleId: pulumi.Output<string | undefined>;
    /**
     * Information of the backends to be attached.
     */
    declare public readonly targets: pulumi.Output<outputs.ClbAttachmentTarget[]>;
    /**
     * URL of the target forwarding rule.
     */
    declare public readonly url: pulumi.Output<string | undefined>;

    /**
     * Create a ClbAttachment resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbAttachmentArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ClbAttachmentArgs | ClbAttachmentState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ClbAttachmentState | undefined;
            resourceInputs["clbId"] = state?.clbId;
            resourceInputs["domain"] = state?.domain;
            resourceInputs["listenerId"] = state?.listenerId;
            resourceInputs["protocolType"] = state?.protocolType;
            resourceInputs["ruleId"] = state?.ruleId;
            resourceInputs["targets"] = state?.targets;
            resourceInputs["url"] = state?.url;
        } else {
            const args = argsOrState as ClbAttachmentArgs | undefined;
            if (args?.clbId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbId'");
            }
            if (args?.listenerId === undefined && !opts.urn) {
                throw new Error("Missing required property 'listenerId'");
            }
            if (args?.targets === undefined && !opts.urn) {
                throw new Error("Missing required property 'targets'");
            }
            resourceInputs["clbId"] = args?.clbId;
            resourceInputs["domain"] = args?.domain;
            resourceInputs["listenerId"] = args?.listenerId;
            resourceInputs["ruleId"] = args?.ruleId;
            resourceInputs["targets"] = args?.targets;
            resourceInputs["url"] = args?.url;
            resourceInputs["protocolType"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbAttachment.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
