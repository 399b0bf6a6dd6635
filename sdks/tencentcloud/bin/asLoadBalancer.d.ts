import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The AsLoadBalancer resource.
 */
export declare class AsLoadBalancer extends pulumi.CustomResource {
    /**
     * Gets an existing AsLoadBalancer resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsLoadBalancerState, opts?: pulumi.CustomResourceOptions): AsLoadBalancer;
    /**
     * Returns true if the given object is an instance of AsLoadBalancer. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AsLoadBalancer;
    /**
     * ID of a scaling group.
     */
    readonly autoScalingGroupId: pulumi.Output<string>;
    /**
     * List of application load balancers.
     */
    readonly forwardLoadBalancers: pulumi.Output<outputs.AsLoadBalancerForwardLoadBalancer[] | undefined>;
    /**
     * Create a AsLoadBalancer resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsLoadBalancerArgs, opts?: pulumi.CustomResourceOptions);
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
