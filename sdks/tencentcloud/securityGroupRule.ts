// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The SecurityGroupRule resource.
 */
export class SecurityGroupRule extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroupRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityGroupRuleState, opts?: pulumi.CustomResourceOptions): SecurityGroupRule {
        return new SecurityGroupRule(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/securityGroupRule:SecurityGroupRule";

    /**
     * Returns true if the given object is an instance of SecurityGroupRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is SecurityGroupRule {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === SecurityGroupRule.__pulumiType;
    }

    /**
     * ID of the address template, and confilicts with `sourceSgid` and `cidrIp`.
     */
    declare public readonly addressTemplate: pulumi.Output<outputs.SecurityGroupRuleAddressTemplate>;
    /**
     * An IP address network or segment, and conflict with `sourceSgid` and `addressTemplate`.
     */
    declare public readonly cidrIp: pulumi.Output<string | undefined>;
    /**
     * Description of the security group rule.
     */
    declare public readonly description: pulumi.Output<string>;
    /**
     * Type of IP protocol.
     */
    declare public readonly ipProtocol: pulumi.Output<string>;
    /**
     * Rule policy of security group.
     */
    declare public readonly policy: pulumi.Output<string>;
    /**
     * The security group rule index number, the value of which dynamically changes as the security group rule changes.
     */
    declare public readonly policyIndex: pulumi.Output<number | undefined>;
    /**
     * Range of the port.
     */
    declare public readonly portRange: pulumi.Output<string>;
    /**
     * ID of the address template, and conflict with `ipProtocol`, `portRange`.
     */
    declare public readonly protocolTemplate: pulumi.Output<outputs.SecurityGroupRuleProtocolTemplate>;
    /**
     * ID of the security group to be queried.
     */
    declare public readonly securityGroupId: pulumi.Output<string>;
    /**
     * ID of the nested security group, and conflicts with `cidrIp` and `addressTemplate`.
     */
    declare public readonly sourceSgid: pulumi.Output<string>;
    /**
     * Type of the security group rule.
     */
    declare public readonly type: pulumi.Output<string>;

    /**
     * Create a SecurityGroupRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: SecurityGroupRuleArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: SecurityGroupRuleArgs | SecurityGroupRuleState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as SecurityGroupRuleState | undefined;
            resourceInputs["addressTemplate"] = state?.addressTemplate;
            resourceInputs["cidrIp"] = state?.cidrIp;
            resourceInputs["description"] = state?.description;
            resourceInputs["ipProtocol"] = state?.ipProtocol;
            resourceInputs["policy"] = state?.policy;
            resourceInputs["policyIndex"] = state?.policyIndex;
            resourceInputs["portRange"] = state?.portRange;
            resourceInputs["protocolTemplate"] = state?.protocolTemplate;
            resourceInputs["securityGroupId"] = state?.securityGroupId;
            resourceInputs["sourceSgid"] = state?.sourceSgid;
            resourceInputs["type"] = state?.type;
        } else {
            const args = argsOrState as SecurityGroupRuleArgs | undefined;
            if (args?.policy === undefined && !opts.urn) {
                throw new Error("Missing required property 'policy'");
            }
            if (args?.securityGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'securityGroupId'");
            }
            if (args?.type === undefined && !opts.urn) {
                throw new Error("Missing required property 'type'");
            }
            resourceInputs["addressTemplate"] = args?.addressTemplate;
            resourceInputs["cidrIp"] = args?.cidrIp;
            resourceInputs["description"] = args?.description;
            resourceInputs["ipProtocol"] = args?.ipProtocol;
            resourceInputs["policy"] = args?.policy;
            resourceInputs["policyIndex"] = args?.policyIndex;
            resourceInputs["portRange"] = args?.portRange;
            resourceInputs["protocolTemplate"] = args?.protocolTemplate;
            resourceInputs["securityGroupId"] = args?.securityGroupId;
            resourceInputs["sourceSgid"] = args?.sourceSgid;
            resourceInputs["type"] = args?.type;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(SecurityGroupRule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
