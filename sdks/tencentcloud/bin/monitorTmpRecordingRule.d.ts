import * as pulumi from "@pulumi/pulumi";
/**
 * The MonitorTmpRecordingRule resource.
 */
export declare class MonitorTmpRecordingRule extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpRecordingRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpRecordingRuleState, opts?: pulumi.CustomResourceOptions): MonitorTmpRecordingRule;
    /**
     * Returns true if the given object is an instance of MonitorTmpRecordingRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorTmpRecordingRule;
    /**
     * Recording rule group.
     */
    readonly group: pulumi.Output<string>;
    /**
     * Instance id.
     */
    readonly instanceId: pulumi.Output<string>;
    /**
     * Recording rule name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Rule state.
     */
    readonly ruleState: pulumi.Output<number | undefined>;
    /**
     * Create a MonitorTmpRecordingRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpRecordingRuleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MonitorTmpRecordingRule resources.
 */
export interface MonitorTmpRecordingRuleState {
    /**
     * Recording rule group.
     */
    group?: pulumi.Input<string>;
    /**
     * Instance id.
     */
    instanceId?: pulumi.Input<string>;
    /**
     * Recording rule name.
     */
    name?: pulumi.Input<string>;
    /**
     * Rule state.
     */
    ruleState?: pulumi.Input<number>;
}
/**
 * The set of arguments for constructing a MonitorTmpRecordingRule resource.
 */
export interface MonitorTmpRecordingRuleArgs {
    /**
     * Recording rule group.
     */
    group: pulumi.Input<string>;
    /**
     * Instance id.
     */
    instanceId: pulumi.Input<string>;
    /**
     * Recording rule name.
     */
    name?: pulumi.Input<string>;
    /**
     * Rule state.
     */
    ruleState?: pulumi.Input<number>;
}
