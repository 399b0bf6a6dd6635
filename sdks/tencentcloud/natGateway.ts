// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The NatGateway resource.
 */
export class NatGateway extends pulumi.CustomResource {
    /**
     * Gets an existing NatGateway resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NatGatewayState, opts?: pulumi.CustomResourceOptions): NatGateway {
        return new NatGateway(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/natGateway:NatGateway";

    /**
     * Returns true if the given object is an instance of NatGateway. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is NatGateway {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === NatGateway.__pulumiType;
    }

    /**
     * EIP IP address set bound to the gateway.
     */
    declare public readonly assignedEipSets: pulumi.Output<string[]>;
    /**
     * The maximum public network output bandwidth of NAT gateway (unit: Mbps).
     */
    declare public readonly bandwidth: pulumi.Output<number>;
    declare public readonly createdTime: pulumi.Output<string>;
    /**
     * The upper limit of concurrent connection of NAT gateway.
     */
    declare public readonly maxConcurrent: pulumi.Output<number>;
    /**
     * Name of the NAT gateway.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * 1: traditional NAT, 2: standard NAT, default value is 1.
     */
    declare public readonly natProductVersion: pulumi.Output<number>;
    /**
     * The elastic public IP bandwidth value (unit: Mbps) for binding NAT gateway.
     */
    declare public readonly stockPublicIpAddressesBandwidthOut: pulumi.Output<number>;
    /**
     * Subnet of NAT.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * The available tags within this NAT gateway.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * ID of the vpc.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * The availability zone, such as `ap-guangzhou-3`.
     */
    declare public readonly zone: pulumi.Output<string>;

    /**
     * Create a NatGateway resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: NatGatewayArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: NatGatewayArgs | NatGatewayState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as NatGatewayState | undefined;
            resourceInputs["assignedEipSets"] = state?.assignedEipSets;
            resourceInputs["bandwidth"] = state?.bandwidth;
            resourceInputs["createdTime"] = state?.createdTime;
            resourceInputs["maxConcurrent"] = state?.maxConcurrent;
            resourceInputs["name"] = state?.name;
            resourceInputs["natProductVersion"] = state?.natProductVersion;
            resourceInputs["stockPublicIpAddressesBandwidthOut"] = state?.stockPublicIpAddressesBandwidthOut;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zone"] = state?.zone;
        } else {
            const args = argsOrState as NatGatewayArgs | undefined;
            if (args?.assignedEipSets === undefined && !opts.urn) {
                throw new Error("Missing required property 'assignedEipSets'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["assignedEipSets"] = args?.assignedEipSets;
            resourceInputs["bandwidth"] = args?.bandwidth;
            resourceInputs["maxConcurrent"] = args?.maxConcurrent;
            resourceInputs["name"] = args?.name;
            resourceInputs["natProductVersion"] = args?.natProductVersion;
            resourceInputs["stockPublicIpAddressesBandwidthOut"] = args?.stockPublicIpAddressesBandwidthOut;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zone"] = args?.zone;
            resourceInputs["createdTime"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(NatGateway.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * ID of the vpc.
     */
    vpcId: pulumi.Input<string>;
    /**
     * The availability zone, such as `ap-guangzhou-3`.
     */
    zone?: pulumi.Input<string>;
}
