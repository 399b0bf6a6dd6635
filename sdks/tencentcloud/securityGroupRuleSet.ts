// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The SecurityGroupRuleSet resource.
 */
export class SecurityGroupRuleSet extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroupRuleSet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityGroupRuleSetState, opts?: pulumi.CustomResourceOptions): SecurityGroupRuleSet {
        return new SecurityGroupRuleSet(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/securityGroupRuleSet:SecurityGroupRuleSet";

    /**
     * Returns true if the given object is an instance of SecurityGroupRuleSet. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is SecurityGroupRuleSet {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === SecurityGroupRuleSet.__pulumiType;
    }

    /**
     * List of egress rule.
     */
    declare public readonly egresses: pulumi.Output<outputs.SecurityGroupRuleSetEgress[] | undefined>;
    /**
     * List of ingress rule.
     */
    declare public readonly ingresses: pulumi.Output<outputs.SecurityGroupRuleSetIngress[] | undefined>;
    /**
     * ID of the security group to be queried.
     */
    declare public readonly securityGroupId: pulumi.Output<string>;
    declare public readonly version: pulumi.Output<string>;

    /**
     * Create a SecurityGroupRuleSet resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: SecurityGroupRuleSetArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: SecurityGroupRuleSetArgs | SecurityGroupRuleSetState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as SecurityGroupRuleSetState | undefined;
            resourceInputs["egresses"] = state?.egresses;
            resourceInputs["ingresses"] = state?.ingresses;
            resourceInputs["securityGroupId"] = state?.securityGroupId;
            resourceInputs["version"] = state?.version;
        } else {
            const args = argsOrState as SecurityGroupRuleSetArgs | undefined;
            if (args?.securityGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'securityGroupId'");
            }
            resourceInputs["egresses"] = args?.egresses;
            resourceInputs["ingresses"] = args?.ingresses;
            resourceInputs["securityGroupId"] = args?.securityGroupId;
            resourceInputs["version"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(SecurityGroupRuleSet.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering SecurityGroupRuleSet resources.
 */
export interface SecurityGroupRuleSetState {
    /**
     * List of egress rule.
     */
    egresses?: pulumi.Input<pulumi.Input<inputs.SecurityGroupRuleSetEgress>[]>;
    /**
     * List of ingress rule.
     */
    ingresses?: pulumi.Input<pulumi.Input<inputs.SecurityGroupRuleSetIngress>[]>;
    /**
     * ID of the security group to be queried.
     */
    securityGroupId?: pulumi.Input<string>;
    version?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a SecurityGroupRuleSet resource.
 */
export interface SecurityGroupRuleSetArgs {
    /**
     * List of egress rule.
     */
    egresses?: pulumi.Input<pulumi.Input<inputs.SecurityGroupRuleSetEgress>[]>;
    /**
     * List of ingress rule.
     */
    ingresses?: pulumi.Input<pulumi.Input<inputs.SecurityGroupRuleSetIngress>[]>;
    /**
     * ID of the security group to be queried.
     */
    securityGroupId: pulumi.Input<string>;
}
