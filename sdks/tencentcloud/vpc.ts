// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The Vpc resource.
 */
export class Vpc extends pulumi.CustomResource {
    /**
     * Gets an existing Vpc resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: VpcState, opts?: pulumi.CustomResourceOptions): Vpc {
        return new Vpc(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/vpc:Vpc";

    /**
     * Returns true if the given object is an instance of Vpc. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Vpc {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Vpc.__pulumiType;
    }

    /**
     * List of Assistant CIDR, NOTE: Only `NORMAL` typed CIDRs included, check the Docker CIDR by readonly `assistantDockerCidrs`.
     */
    declare public readonly assistantCidrs: pulumi.Output<string[]>;
    /**
     * A network address block which should be a subnet of the three internal network segments (10.0.0.0/16, 172.16.0.0/12 and 192.168.0.0/16).
     */
    declare public readonly cidrBlock: pulumi.Output<string>;
    declare public readonly createTime: pulumi.Output<string>;
    declare public readonly defaultRouteTableId: pulumi.Output<string>;
    /**
     * The DNS server list of the VPC.
     */
    declare public readonly dnsServers: pulumi.Output<string[]>;
    declare public readonly dockerAssistantCidrs: pulumi.Output<string[]>;
    declare public readonly isDefault: pulumi.Output<boolean>;
    /**
     * Indicates whether VPC multicast is enabled.
     */
    declare public readonly isMulticast: pulumi.Output<boolean | undefined>;
    /**
     * The name of the VPC.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Tags of the VPC.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;

    /**
     * Create a Vpc resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: VpcArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: VpcArgs | VpcState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as VpcState | undefined;
            resourceInputs["assistantCidrs"] = state?.assistantCidrs;
            resourceInputs["cidrBlock"] = state?.cidrBlock;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["defaultRouteTableId"] = state?.defaultRouteTableId;
            resourceInputs["dnsServers"] = state?.dnsServers;
            resourceInputs["dockerAssistantCidrs"] = state?.dockerAssistantCidrs;
            resourceInputs["isDefault"] = state?.isDefault;
            resourceInputs["isMulticast"] = state?.isMulticast;
            resourceInputs["name"] = state?.name;
            resourceInputs["tags"] = state?.tags;
        } else {
            const args = argsOrState as VpcArgs | undefined;
            if (args?.cidrBlock === undefined && !opts.urn) {
                throw new Error("Missing required property 'cidrBlock'");
            }
            resourceInputs["assistantCidrs"] = args?.assistantCidrs;
            resourceInputs["cidrBlock"] = args?.cidrBlock;
            resourceInputs["dnsServers"] = args?.dnsServers;
            resourceInputs["isMulticast"] = args?.isMulticast;
            resourceInputs["name"] = args?.name;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["defaultRouteTableId"] = undefined /*out*/;
            resourceInputs["dockerAssistantCidrs"] = undefined /*out*/;
            resourceInputs["isDefault"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Vpc.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering Vpc resources.
 */
export interface VpcState {
    /**
     * List of Assistant CIDR, NOTE: Only `NORMAL` typed CIDRs included, check the Docker CIDR by readonly `assistantDockerCidrs`.
     */
    assistantCidrs?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * A network address block which should be a subnet of the three internal network segments (10.0.0.0/16, 172.16.0.0/12 and 192.168.0.0/16).
     */
    cidrBlock?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    defaultRouteTableId?: pulumi.Input<string>;
    /**
     * The DNS server list of the VPC.
     */
    dnsServers?: pulumi.Input<pulumi.Input<string>[]>;
    dockerAssistantCidrs?: pulumi.Input<pulumi.Input<string>[]>;
    isDefault?: pulumi.Input<boolean>;
    /**
     * Indicates whether VPC multicast is enabled.
     */
    isMulticast?: pulumi.Input<boolean>;
    /**
     * The name of the VPC.
     */
    name?: pulumi.Input<string>;
    /**
     * Tags of the VPC.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
}

/**
 * The set of arguments for constructing a Vpc resource.
 */
export interface VpcArgs {
    /**
     * List of Assistant CIDR, NOTE: Only `NORMAL` typed CIDRs included, check the Docker CIDR by readonly `assistantDockerCidrs`.
     */
    assistantCidrs?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * A network address block which should be a subnet of the three internal network segments (10.0.0.0/16, 172.16.0.0/12 and 192.168.0.0/16).
     */
    cidrBlock: pulumi.Input<string>;
    /**
     * The DNS server list of the VPC.
     */
    dnsServers?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Indicates whether VPC multicast is enabled.
     */
    isMulticast?: pulumi.Input<boolean>;
    /**
     * The name of the VPC.
     */
    name?: pulumi.Input<string>;
    /**
     * Tags of the VPC.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
}
