import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MonitorTmpTkeAlertPolicy resource.
 */
export declare class MonitorTmpTkeAlertPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpTkeAlertPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpTkeAlertPolicyState, opts?: pulumi.CustomResourceOptions): MonitorTmpTkeAlertPolicy;
    /**
     * Returns true if the given object is an instance of MonitorTmpTkeAlertPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorTmpTkeAlertPolicy;
    /**
     * Alarm notification channels.
     */
    readonly alertRule: pulumi.Output<outputs.MonitorTmpTkeAlertPolicyAlertRule>;
    /**
     * Instance Id.
     */
    readonly instanceId: pulumi.Output<string>;
    /**
     * Create a MonitorTmpTkeAlertPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpTkeAlertPolicyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MonitorTmpTkeAlertPolicy resources.
 */
export interface MonitorTmpTkeAlertPolicyState {
    /**
     * Alarm notification channels.
     */
    alertRule?: pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRule>;
    /**
     * Instance Id.
     */
    instanceId?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a MonitorTmpTkeAlertPolicy resource.
 */
export interface MonitorTmpTkeAlertPolicyArgs {
    /**
     * Alarm notification channels.
     */
    alertRule: pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRule>;
    /**
     * Instance Id.
     */
    instanceId: pulumi.Input<string>;
}
