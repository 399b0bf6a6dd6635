import * as pulumi from "@pulumi/pulumi";
/**
 * The Vpc resource.
 */
export declare class Vpc extends pulumi.CustomResource {
    /**
     * Gets an existing Vpc resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: VpcState, opts?: pulumi.CustomResourceOptions): Vpc;
    /**
     * Returns true if the given object is an instance of Vpc. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Vpc;
    /**
     * List of Assistant CIDR, NOTE: Only `NORMAL` typed CIDRs included, check the Docker CIDR by readonly `assistantDockerCidrs`.
     */
    readonly assistantCidrs: pulumi.Output<string[]>;
    /**
     * A network address block which should be a subnet of the three internal network segments (10.0.0.0/16, 172.16.0.0/12 and 192.168.0.0/16).
     */
    readonly cidrBlock: pulumi.Output<string>;
    readonly createTime: pulumi.Output<string>;
    readonly defaultRouteTableId: pulumi.Output<string>;
    /**
     * The DNS server list of the VPC.
     */
    readonly dnsServers: pulumi.Output<string[]>;
    readonly dockerAssistantCidrs: pulumi.Output<string[]>;
    readonly isDefault: pulumi.Output<boolean>;
    /**
     * Indicates whether VPC multicast is enabled.
     */
    readonly isMulticast: pulumi.Output<boolean | undefined>;
    /**
     * The name of the VPC.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Tags of the VPC.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Create a Vpc resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: VpcArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
}
