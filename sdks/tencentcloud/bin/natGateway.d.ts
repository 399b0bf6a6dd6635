import * as pulumi from "@pulumi/pulumi";
/**
 * The NatGateway resource.
 */
export declare class NatGateway extends pulumi.CustomResource {
    /**
     * Gets an existing NatGateway resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NatGatewayState, opts?: pulumi.CustomResourceOptions): NatGateway;
    /**
     * Returns true if the given object is an instance of NatGateway. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is NatGateway;
    /**
     * EIP IP address set bound to the gateway.
     */
    readonly assignedEipSets: pulumi.Output<string[]>;
    /**
     * The maximum public network output bandwidth of NAT gateway (unit: Mbps).
     */
    readonly bandwidth: pulumi.Output<number>;
    readonly createdTime: pulumi.Output<string>;
    /**
     * The upper limit of concurrent connection of NAT gateway.
     */
    readonly maxConcurrent: pulumi.Output<number>;
    /**
     * Name of the NAT gateway.
     */
    readonly name: pulumi.Output<string>;
    /**
     * 1: traditional NAT, 2: standard NAT, default value is 1.
     */
    readonly natProductVersion: pulumi.Output<number>;
    /**
     * The elastic public IP bandwidth value (unit: Mbps) for binding NAT gateway.
     */
    readonly stockPublicIpAddressesBandwidthOut: pulumi.Output<number>;
    /**
     * Subnet of NAT.
     */
    readonly subnetId: pulumi.Output<string>;
    /**
     * The available tags within this NAT gateway.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * ID of the vpc.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * The availability zone, such as `ap-guangzhou-3`.
     */
    readonly zone: pulumi.Output<string>;
    /**
     * Create a NatGateway resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: NatGatewayArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering NatGateway resources.
 */
export interface NatGatewayState {
    /**
     * EIP IP address set bound to the gateway.
     */
    assignedEipSets?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The maximum public network output bandwidth of NAT gateway (unit: Mbps).
     */
    bandwidth?: pulumi.Input<number>;
    createdTime?: pulumi.Input<string>;
    /**
     * The upper limit of concurrent connection of NAT gateway.
     */
    maxConcurrent?: pulumi.Input<number>;
    /**
     * Name of the NAT gateway.
     */
    name?: pulumi.Input<string>;
    /**
     * 1: traditional NAT, 2: standard NAT, default value is 1.
     */
    natProductVersion?: pulumi.Input<number>;
    /**
     * The elastic public IP bandwidth value (unit: Mbps) for binding NAT gateway.
     */
    stockPublicIpAddressesBandwidthOut?: pulumi.Input<number>;
    /**
     * Subnet of NAT.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The available tags within this NAT gateway.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ID of the vpc.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * The availability zone, such as `ap-guangzhou-3`.
     */
    zone?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a NatGateway resource.
 */
export interface NatGatewayArgs {
    /**
     * EIP IP address set bound to the gateway.
     */
    assignedEipSets: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The maximum public network output bandwidth of NAT gateway (unit: Mbps).
     */
    bandwidth?: pulumi.Input<number>;
    /**
     * The upper limit of concurrent connection of NAT gateway.
     */
    maxConcurrent?: pulumi.Input<number>;
    /**
     * Name of the NAT gateway.
     */
    name?: pulumi.Input<string>;
    /**
     * 1: traditional NAT, 2: standard NAT, default value is 1.
     */
    natProductVersion?: pulumi.Input<number>;
    /**
     * The elastic public IP bandwidth value (unit: Mbps) for binding NAT gateway.
     */
    stockPublicIpAddressesBandwidthOut?: pulumi.Input<number>;
    /**
     * Subnet of NAT.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The available tags within this NAT gateway.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ID of the vpc.
     */
    vpcId: pulumi.Input<string>;
    /**
     * The availability zone, such as `ap-guangzhou-3`.
     */
    zone?: pulumi.Input<string>;
}
