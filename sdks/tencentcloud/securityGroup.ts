// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The SecurityGroup resource.
 */
export class SecurityGroup extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityGroupState, opts?: pulumi.CustomResourceOptions): SecurityGroup {
        return new SecurityGroup(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/securityGroup:SecurityGroup";

    /**
     * Returns true if the given object is an instance of SecurityGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is SecurityGroup {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === SecurityGroup.__pulumiType;
    }

    /**
     * Description of the security group.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Name of the security group to be queried.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Project ID of the security group.
     */
    declare public readonly projectId: pulumi.Output<number>;
    /**
     * Tags of the security group.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;

    /**
     * Create a SecurityGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: SecurityGroupArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: SecurityGroupArgs | SecurityGroupState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as SecurityGroupState | undefined;
            resourceInputs["description"] = state?.description;
            resourceInputs["name"] = state?.name;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["tags"] = state?.tags;
        } else {
            const args = argsOrState as SecurityGroupArgs | undefined;

            resourceInputs["description"] = args?.description;
            resourceInputs["name"] = args?.name;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["tags"] = args?.tags;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(SecurityGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering SecurityGroup resources.
 */
export interface SecurityGroupState {
    /**
     * Description of the security group.
     */
    description?: pulumi.Input<string>;
    /**
     * Name of the security group to be queried.
     */
    name?: pulumi.Input<string>;
    /**
     * Project ID of the security group.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Tags of the security group.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
}

/**
 * The set of arguments for constructing a SecurityGroup resource.
 */
export interface SecurityGroupArgs {
    /**
     * Description of the security group.
     */
    description?: pulumi.Input<string>;
    /**
     * Name of the security group to be queried.
     */
    name?: pulumi.Input<string>;
    /**
     * Project ID of the security group.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Tags of the security group.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
}
