import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MonitorAlarmPolicy resource.
 */
export declare class MonitorAlarmPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorAlarmPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorAlarmPolicyState, opts?: pulumi.CustomResourceOptions): MonitorAlarmPolicy;
    /**
     * Returns true if the given object is an instance of MonitorAlarmPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorAlarmPolicy;
    /**
     * A list of metric trigger condition.
     */
    readonly conditions: pulumi.Output<outputs.MonitorAlarmPolicyConditions>;
    /**
     * ID of trigger condition template.
     */
    readonly conditonTemplateId: pulumi.Output<number | undefined>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Whether to enable, default is `1`.
     */
    readonly enable: pulumi.Output<number | undefined>;
    /**
     * A list of event trigger condition.
     */
    readonly eventConditions: pulumi.Output<outputs.MonitorAlarmPolicyEventCondition[]>;
    /**
     * Global filters.
     */
    readonly filter: pulumi.Output<outputs.MonitorAlarmPolicyFilter | undefined>;
    /**
     * Aggregate dimension list, specify which dimension keys to use for group by.
     */
    readonly groupBies: pulumi.Output<string[] | undefined>;
    /**
     * The type of monitor.
     */
    readonly monitorType: pulumi.Output<string>;
    /**
     * The type of alarm.
     */
    readonly namespace: pulumi.Output<string>;
    /**
     * List of notification rule IDs.
     */
    readonly noticeIds: pulumi.Output<string[] | undefined>;
    /**
     * The name of policy.
     */
    readonly policyName: pulumi.Output<string>;
    /**
     * Policy tag to bind object.
     */
    readonly policyTags: pulumi.Output<outputs.MonitorAlarmPolicyPolicyTag[] | undefined>;
    /**
     * Project ID.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * The remark of policy group.
     */
    readonly remark: pulumi.Output<string | undefined>;
    /**
     * Triggered task list.
     */
    readonly triggerTasks: pulumi.Output<outputs.MonitorAlarmPolicyTriggerTask[] | undefined>;
    readonly updateTime: pulumi.Output<string>;
    /**
     * Create a MonitorAlarmPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorAlarmPolicyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MonitorAlarmPolicy resources.
 */
export interface MonitorAlarmPolicyState {
    /**
     * A list of metric trigger condition.
     */
    conditions?: pulumi.Input<inputs.MonitorAlarmPolicyConditions>;
    /**
     * ID of trigger condition template.
     */
    conditonTemplateId?: pulumi.Input<number>;
    createTime?: pulumi.Input<string>;
    /**
     * Whether to enable, default is `1`.
     */
    enable?: pulumi.Input<number>;
    /**
     * A list of event trigger condition.
     */
    eventConditions?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmPolicyEventCondition>[]>;
    /**
     * Global filters.
     */
    filter?: pulumi.Input<inputs.MonitorAlarmPolicyFilter>;
    /**
     * Aggregate dimension list, specify which dimension keys to use for group by.
     */
    groupBies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The type of monitor.
     */
    monitorType?: pulumi.Input<string>;
    /**
     * The type of alarm.
     */
    namespace?: pulumi.Input<string>;
    /**
     * List of notification rule IDs.
     */
    noticeIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The name of policy.
     */
    policyName?: pulumi.Input<string>;
    /**
     * Policy tag to bind object.
     */
    policyTags?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmPolicyPolicyTag>[]>;
    /**
     * Project ID.
     */
    projectId?: pulumi.Input<number>;
    /**
     * The remark of policy group.
     */
    remark?: pulumi.Input<string>;
    /**
     * Triggered task list.
     */
    triggerTasks?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmPolicyTriggerTask>[]>;
    updateTime?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a MonitorAlarmPolicy resource.
 */
export interface MonitorAlarmPolicyArgs {
    /**
     * A list of metric trigger condition.
     */
    conditions?: pulumi.Input<inputs.MonitorAlarmPolicyConditions>;
    /**
     * ID of trigger condition template.
     */
    conditonTemplateId?: pulumi.Input<number>;
    /**
     * Whether to enable, default is `1`.
     */
    enable?: pulumi.Input<number>;
    /**
     * A list of event trigger condition.
     */
    eventConditions?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmPolicyEventCondition>[]>;
    /**
     * Global filters.
     */
    filter?: pulumi.Input<inputs.MonitorAlarmPolicyFilter>;
    /**
     * Aggregate dimension list, specify which dimension keys to use for group by.
     */
    groupBies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The type of monitor.
     */
    monitorType: pulumi.Input<string>;
    /**
     * The type of alarm.
     */
    namespace: pulumi.Input<string>;
    /**
     * List of notification rule IDs.
     */
    noticeIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The name of policy.
     */
    policyName: pulumi.Input<string>;
    /**
     * Policy tag to bind object.
     */
    policyTags?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmPolicyPolicyTag>[]>;
    /**
     * Project ID.
     */
    projectId?: pulumi.Input<number>;
    /**
     * The remark of policy group.
     */
    remark?: pulumi.Input<string>;
    /**
     * Triggered task list.
     */
    triggerTasks?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmPolicyTriggerTask>[]>;
}
