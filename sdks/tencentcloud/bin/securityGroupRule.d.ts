import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The SecurityGroupRule resource.
 */
export declare class SecurityGroupRule extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroupRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityGroupRuleState, opts?: pulumi.CustomResourceOptions): SecurityGroupRule;
    /**
     * Returns true if the given object is an instance of SecurityGroupRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is SecurityGroupRule;
    /**
     * ID of the address template, and confilicts with `sourceSgid` and `cidrIp`.
     */
    readonly addressTemplate: pulumi.Output<outputs.SecurityGroupRuleAddressTemplate>;
    /**
     * An IP address network or segment, and conflict with `sourceSgid` and `addressTemplate`.
     */
    readonly cidrIp: pulumi.Output<string | undefined>;
    /**
     * Description of the security group rule.
     */
    readonly description: pulumi.Output<string>;
    /**
     * Type of IP protocol.
     */
    readonly ipProtocol: pulumi.Output<string>;
    /**
     * Rule policy of security group.
     */
    readonly policy: pulumi.Output<string>;
    /**
     * The security group rule index number, the value of which dynamically changes as the security group rule changes.
     */
    readonly policyIndex: pulumi.Output<number | undefined>;
    /**
     * Range of the port.
     */
    readonly portRange: pulumi.Output<string>;
    /**
     * ID of the address template, and conflict with `ipProtocol`, `portRange`.
     */
    readonly protocolTemplate: pulumi.Output<outputs.SecurityGroupRuleProtocolTemplate>;
    /**
     * ID of the security group to be queried.
     */
    readonly securityGroupId: pulumi.Output<string>;
    /**
     * ID of the nested security group, and conflicts with `cidrIp` and `addressTemplate`.
     */
    readonly sourceSgid: pulumi.Output<string>;
    /**
     * Type of the security group rule.
     */
    readonly type: pulumi.Output<string>;
    /**
     * Create a SecurityGroupRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: SecurityGroupRuleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering SecurityGroupRule resources.
 */
export interface SecurityGroupRuleState {
    /**
     * ID of the address template, and confilicts with `sourceSgid` and `cidrIp`.
     */
    addressTemplate?: pulumi.Input<inputs.SecurityGroupRuleAddressTemplate>;
    /**
     * An IP address network or segment, and conflict with `sourceSgid` and `addressTemplate`.
     */
    cidrIp?: pulumi.Input<string>;
    /**
     * Description of the security group rule.
     */
    description?: pulumi.Input<string>;
    /**
     * Type of IP protocol.
     */
    ipProtocol?: pulumi.Input<string>;
    /**
     * Rule policy of security group.
     */
    policy?: pulumi.Input<string>;
    /**
     * The security group rule index number, the value of which dynamically changes as the security group rule changes.
     */
    policyIndex?: pulumi.Input<number>;
    /**
     * Range of the port.
     */
    portRange?: pulumi.Input<string>;
    /**
     * ID of the address template, and conflict with `ipProtocol`, `portRange`.
     */
    protocolTemplate?: pulumi.Input<inputs.SecurityGroupRuleProtocolTemplate>;
    /**
     * ID of the security group to be queried.
     */
    securityGroupId?: pulumi.Input<string>;
    /**
     * ID of the nested security group, and conflicts with `cidrIp` and `addressTemplate`.
     */
    sourceSgid?: pulumi.Input<string>;
    /**
     * Type of the security group rule.
     */
    type?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a SecurityGroupRule resource.
 */
export interface SecurityGroupRuleArgs {
    /**
     * ID of the address template, and confilicts with `sourceSgid` and `cidrIp`.
     */
    addressTemplate?: pulumi.Input<inputs.SecurityGroupRuleAddressTemplate>;
    /**
     * An IP address network or segment, and conflict with `sourceSgid` and `addressTemplate`.
     */
    cidrIp?: pulumi.Input<string>;
    /**
     * Description of the security group rule.
     */
    description?: pulumi.Input<string>;
    /**
     * Type of IP protocol.
     */
    ipProtocol?: pulumi.Input<string>;
    /**
     * Rule policy of security group.
     */
    policy: pulumi.Input<string>;
    /**
     * The security group rule index number, the value of which dynamically changes as the security group rule changes.
     */
    policyIndex?: pulumi.Input<number>;
    /**
     * Range of the port.
     */
    portRange?: pulumi.Input<string>;
    /**
     * ID of the address template, and conflict with `ipProtocol`, `portRange`.
     */
    protocolTemplate?: pulumi.Input<inputs.SecurityGroupRuleProtocolTemplate>;
    /**
     * ID of the security group to be queried.
     */
    securityGroupId: pulumi.Input<string>;
    /**
     * ID of the nested security group, and conflicts with `cidrIp` and `addressTemplate`.
     */
    sourceSgid?: pulumi.Input<string>;
    /**
     * Type of the security group rule.
     */
    type: pulumi.Input<string>;
}
