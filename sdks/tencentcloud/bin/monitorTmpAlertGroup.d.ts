import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MonitorTmpAlertGroup resource.
 */
export declare class MonitorTmpAlertGroup extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpAlertGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpAlertGroupState, opts?: pulumi.CustomResourceOptions): MonitorTmpAlertGroup;
    /**
     * Returns true if the given object is an instance of MonitorTmpAlertGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorTmpAlertGroup;
    /**
     * Tencent cloud notification template id list.
     */
    readonly ampReceivers: pulumi.Output<string[] | undefined>;
    /**
     * User custom notification template, such as webhook, alertmanager.
     */
    readonly customReceiver: pulumi.Output<outputs.MonitorTmpAlertGroupCustomReceiver | undefined>;
    readonly groupId: pulumi.Output<string>;
    /**
     * Unique alert group name.
     */
    readonly groupName: pulumi.Output<string | undefined>;
    /**
     * Instance id.
     */
    readonly instanceId: pulumi.Output<string | undefined>;
    /**
     * Alert message send interval, default 1 hour.
     */
    readonly repeatInterval: pulumi.Output<string | undefined>;
    /**
     * A list of alert rules.
     */
    readonly rules: pulumi.Output<outputs.MonitorTmpAlertGroupRule[] | undefined>;
    /**
     * Create a MonitorTmpAlertGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: MonitorTmpAlertGroupArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MonitorTmpAlertGroup resources.
 */
export interface MonitorTmpAlertGroupState {
    /**
     * Tencent cloud notification template id list.
     */
    ampReceivers?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * User custom notification template, such as webhook, alertmanager.
     */
    customReceiver?: pulumi.Input<inputs.MonitorTmpAlertGroupCustomReceiver>;
    groupId?: pulumi.Input<string>;
    /**
     * Unique alert group name.
     */
    groupName?: pulumi.Input<string>;
    /**
     * Instance id.
     */
    instanceId?: pulumi.Input<string>;
    /**
     * Alert message send interval, default 1 hour.
     */
    repeatInterval?: pulumi.Input<string>;
    /**
     * A list of alert rules.
     */
    rules?: pulumi.Input<pulumi.Input<inputs.MonitorTmpAlertGroupRule>[]>;
}
/**
 * The set of arguments for constructing a MonitorTmpAlertGroup resource.
 */
export interface MonitorTmpAlertGroupArgs {
    /**
     * Tencent cloud notification template id list.
     */
    ampReceivers?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * User custom notification template, such as webhook, alertmanager.
     */
    customReceiver?: pulumi.Input<inputs.MonitorTmpAlertGroupCustomReceiver>;
    /**
     * Unique alert group name.
     */
    groupName?: pulumi.Input<string>;
    /**
     * Instance id.
     */
    instanceId?: pulumi.Input<string>;
    /**
     * Alert message send interval, default 1 hour.
     */
    repeatInterval?: pulumi.Input<string>;
    /**
     * A list of alert rules.
     */
    rules?: pulumi.Input<pulumi.Input<inputs.MonitorTmpAlertGroupRule>[]>;
}
