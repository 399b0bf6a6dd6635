// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The Subnet resource.
 */
export class Subnet extends pulumi.CustomResource {
    /**
     * Gets an existing Subnet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SubnetState, opts?: pulumi.CustomResourceOptions): Subnet {
        return new Subnet(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/subnet:Subnet";

    /**
     * Returns true if the given object is an instance of Subnet. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Subnet {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Subnet.__pulumiType;
    }

    /**
     * The availability zone within which the subnet should be created.
     */
    declare public readonly availabilityZone: pulumi.Output<string>;
    declare public readonly availableIpCount: pulumi.Output<number>;
    /**
     * ID of CDC instance.
     */
    declare public readonly cdcId: pulumi.Output<string | undefined>;
    /**
     * A network address block of the subnet.
     */
    declare public readonly cidrBlock: pulumi.Output<string>;
    declare public readonly createTime: pulumi.Output<string>;
    declare public readonly isDefault: pulumi.Output<boolean>;
    /**
     * Indicates whether multicast is enabled.
     */
    declare public readonly isMulticast: pulumi.Output<boolean | undefined>;
    /**
     * The name of subnet to be created.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * ID of a routing table to which the subnet should be associated.
     */
    declare public readonly routeTableId: pulumi.Output<string>;
    /**
     * Tags of the subnet.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * ID of the VPC to be associated.
     */
    declare public readonly vpcId: pulumi.Output<string>;

    /**
     * Create a Subnet resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: SubnetArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: SubnetArgs | SubnetState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as SubnetState | undefined;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["availableIpCount"] = state?.availableIpCount;
            resourceInputs["cdcId"] = state?.cdcId;
            resourceInputs["cidrBlock"] = state?.cidrBlock;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["isDefault"] = state?.isDefault;
            resourceInputs["isMulticast"] = state?.isMulticast;
            resourceInputs["name"] = state?.name;
            resourceInputs["routeTableId"] = state?.routeTableId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
        } else {
            const args = argsOrState as SubnetArgs | undefined;
            if (args?.availabilityZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availabilityZone'");
            }
            if (args?.cidrBlock === undefined && !opts.urn) {
                throw new Error("Missing required property 'cidrBlock'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["cdcId"] = args?.cdcId;
            resourceInputs["cidrBlock"] = args?.cidrBlock;
            resourceInputs["isMulticast"] = args?.isMulticast;
            resourceInputs["name"] = args?.name;
            resourceInputs["routeTableId"] = args?.routeTableId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["availableIpCount"] = undefined /*out*/;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["isDefault"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Subnet.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * ID of the VPC to be associated.
     */
    vpcId: pulumi.Input<string>;
}
