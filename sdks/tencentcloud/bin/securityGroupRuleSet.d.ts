import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The SecurityGroupRuleSet resource.
 */
export declare class SecurityGroupRuleSet extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroupRuleSet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityGroupRuleSetState, opts?: pulumi.CustomResourceOptions): SecurityGroupRuleSet;
    /**
     * Returns true if the given object is an instance of SecurityGroupRuleSet. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is SecurityGroupRuleSet;
    /**
     * List of egress rule.
     */
    readonly egresses: pulumi.Output<outputs.SecurityGroupRuleSetEgress[] | undefined>;
    /**
     * List of ingress rule.
     */
    readonly ingresses: pulumi.Output<outputs.SecurityGroupRuleSetIngress[] | undefined>;
    /**
     * ID of the security group to be queried.
     */
    readonly securityGroupId: pulumi.Output<string>;
    readonly version: pulumi.Output<string>;
    /**
     * Create a SecurityGroupRuleSet resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: SecurityGroupRuleSetArgs, opts?: pulumi.CustomResourceOptions);
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
