import * as pulumi from "@pulumi/pulumi";
/**
 * The Subnet resource.
 */
export declare class Subnet extends pulumi.CustomResource {
    /**
     * Gets an existing Subnet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SubnetState, opts?: pulumi.CustomResourceOptions): Subnet;
    /**
     * Returns true if the given object is an instance of Subnet. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Subnet;
    /**
     * The availability zone within which the subnet should be created.
     */
    readonly availabilityZone: pulumi.Output<string>;
    readonly availableIpCount: pulumi.Output<number>;
    /**
     * ID of CDC instance.
     */
    readonly cdcId: pulumi.Output<string | undefined>;
    /**
     * A network address block of the subnet.
     */
    readonly cidrBlock: pulumi.Output<string>;
    readonly createTime: pulumi.Output<string>;
    readonly isDefault: pulumi.Output<boolean>;
    /**
     * Indicates whether multicast is enabled.
     */
    readonly isMulticast: pulumi.Output<boolean | undefined>;
    /**
     * The name of subnet to be created.
     */
    readonly name: pulumi.Output<string>;
    /**
     * ID of a routing table to which the subnet should be associated.
     */
    readonly routeTableId: pulumi.Output<string>;
    /**
     * Tags of the subnet.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * ID of the VPC to be associated.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Create a Subnet resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: SubnetArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Subnet resources.
 */
export interface SubnetState {
    /**
     * The availability zone within which the subnet should be created.
     */
    availabilityZone?: pulumi.Input<string>;
    availableIpCount?: pulumi.Input<number>;
    /**
     * ID of CDC instance.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * A network address block of the subnet.
     */
    cidrBlock?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    isDefault?: pulumi.Input<boolean>;
    /**
     * Indicates whether multicast is enabled.
     */
    isMulticast?: pulumi.Input<boolean>;
    /**
     * The name of subnet to be created.
     */
    name?: pulumi.Input<string>;
    /**
     * ID of a routing table to which the subnet should be associated.
     */
    routeTableId?: pulumi.Input<string>;
    /**
     * Tags of the subnet.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ID of the VPC to be associated.
     */
    vpcId?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a Subnet resource.
 */
export interface SubnetArgs {
    /**
     * The availability zone within which the subnet should be created.
     */
    availabilityZone: pulumi.Input<string>;
    /**
     * ID of CDC instance.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * A network address block of the subnet.
     */
    cidrBlock: pulumi.Input<string>;
    /**
     * Indicates whether multicast is enabled.
     */
    isMulticast?: pulumi.Input<boolean>;
    /**
     * The name of subnet to be created.
     */
    name?: pulumi.Input<string>;
    /**
     * ID of a routing table to which the subnet should be associated.
     */
    routeTableId?: pulumi.Input<string>;
    /**
     * Tags of the subnet.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ID of the VPC to be associated.
     */
    vpcId: pulumi.Input<string>;
}
