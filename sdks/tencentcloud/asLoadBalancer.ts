// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The AsLoadBalancer resource.
 */
export class AsLoadBalancer extends pulumi.CustomResource {
    /**
     * Gets an existing AsLoadBalancer resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsLoadBalancerState, opts?: pulumi.CustomResourceOptions): AsLoadBalancer {
        return new AsLoadBalancer(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/asLoadBalancer:AsLoadBalancer";

    /**
     * Returns true if the given object is an instance of AsLoadBalancer. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AsLoadBalancer {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsLoadBalancer.__pulumiType;
    }

    /**
     * ID of a scaling group.
     */
    declare public readonly autoScalingGroupId: pulumi.Output<string>;
    /**
     * List of application load balancers.
     */
    declare public readonly forwardLoadBalancers: pulumi.Output<outputs.AsLoadBalancerForwardLoadBalancer[] | undefined>;

    /**
     * Create a AsLoadBalancer resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsLoadBalancerArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: AsLoadBalancerArgs | AsLoadBalancerState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AsLoadBalancerState | undefined;
            resourceInputs["autoScalingGroupId"] = state?.autoScalingGroupId;
            resourceInputs["forwardLoadBalancers"] = state?.forwardLoadBalancers;
        } else {
            const args = argsOrState as AsLoadBalancerArgs | undefined;
            if (args?.autoScalingGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'autoScalingGroupId'");
            }
            resourceInputs["autoScalingGroupId"] = args?.autoScalingGroupId;
            resourceInputs["forwardLoadBalancers"] = args?.forwardLoadBalancers;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsLoadBalancer.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering AsLoadBalancer resources.
 */
export interface AsLoadBalancerState {
    /**
     * ID of a scaling group.
     */
    autoScalingGroupId?: pulumi.Input<string>;
    /**
     * List of application load balancers.
     */
    forwardLoadBalancers?: pulumi.Input<pulumi.Input<inputs.AsLoadBalancerForwardLoadBalancer>[]>;
}

/**
 * The set of arguments for constructing a AsLoadBalancer resource.
 */
export interface AsLoadBalancerArgs {
    /**
     * ID of a scaling group.
     */
    autoScalingGroupId: pulumi.Input<string>;
    /**
     * List of application load balancers.
     */
    forwardLoadBalancers?: pulumi.Input<pulumi.Input<inputs.AsLoadBalancerForwardLoadBalancer>[]>;
}
