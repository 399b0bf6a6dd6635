import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MonitorPolicyBindingObject resource.
 */
export declare class MonitorPolicyBindingObject extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorPolicyBindingObject resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorPolicyBindingObjectState, opts?: pulumi.CustomResourceOptions): MonitorPolicyBindingObject;
    /**
     * Returns true if the given object is an instance of MonitorPolicyBindingObject. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorPolicyBindingObject;
    /**
     * A list objects.
     */
    readonly dimensions: pulumi.Output<outputs.MonitorPolicyBindingObjectDimension[]>;
    /**
     * Alarm policy ID for binding objects.
     */
    readonly policyId: pulumi.Output<string>;
    /**
     * Create a MonitorPolicyBindingObject resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorPolicyBindingObjectArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MonitorPolicyBindingObject resources.
 */
export interface MonitorPolicyBindingObjectState {
    /**
     * A list objects.
     */
    dimensions?: pulumi.Input<pulumi.Input<inputs.MonitorPolicyBindingObjectDimension>[]>;
    /**
     * Alarm policy ID for binding objects.
     */
    policyId?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a MonitorPolicyBindingObject resource.
 */
export interface MonitorPolicyBindingObjectArgs {
    /**
     * A list objects.
     */
    dimensions: pulumi.Input<pulumi.Input<inputs.MonitorPolicyBindingObjectDimension>[]>;
    /**
     * Alarm policy ID for binding objects.
     */
    policyId: pulumi.Input<string>;
}
