// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorAlarmPolicy resource.
 */
export class MonitorAlarmPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorAlarmPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorAlarmPolicyState, opts?: pulumi.CustomResourceOptions): MonitorAlarmPolicy {
        return new MonitorAlarmPolicy(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy";

    /**
     * Returns true if the given object is an instance of MonitorAlarmPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorAlarmPolicy {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorAlarmPolicy.__pulumiType;
    }

    /**
     * A list of metric trigger condition.
     */
    declare public readonly conditions: pulumi.Output<outputs.MonitorAlarmPolicyConditions>;
    /**
     * ID of trigger condition template.
     */
    declare public readonly conditonTemplateId: pulumi.Output<number | undefined>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Whether to enable, default is `1`.
     */
    declare public readonly enable: pulumi.Output<number | undefined>;
    /**
     * A list of event trigger condition.
     */
    declare public readonly eventConditions: pulumi.Output<outputs.MonitorAlarmPolicyEventCondition[]>;
    /**
     * Global filters.
     */
    declare public readonly filter: pulumi.Output<outputs.MonitorAlarmPolicyFilter | undefined>;
    /**
     * Aggregate dimension list, specify which dimension keys to use for group by.
     */
    declare public readonly groupBies: pulumi.Output<string[] | undefined>;
    /**
     * The type of monitor.
     */
    declare public readonly monitorType: pulumi.Output<string>;
    /**
     * The type of alarm.
     */
    declare public readonly namespace: pulumi.Output<string>;
    /**
     * List of notification rule IDs.
     */
    declare public readonly noticeIds: pulumi.Output<string[] | undefined>;
    /**
     * The name of policy.
     */
    declare public readonly policyName: pulumi.Output<string>;
    /**
     * Policy tag to bind object.
     */
    declare public readonly policyTags: pulumi.Output<outputs.MonitorAlarmPolicyPolicyTag[] | undefined>;
    /**
     * Project ID.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * The remark of policy group.
     */
    declare public readonly remark: pulumi.Output<string | undefined>;
    /**
     * Triggered task list.
     */
    declare public readonly triggerTasks: pulumi.Output<outputs.MonitorAlarmPolicyTriggerTask[] | undefined>;
    declare public readonly updateTime: pulumi.Output<string>;

    /**
     * Create a MonitorAlarmPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorAlarmPolicyArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorAlarmPolicyArgs | MonitorAlarmPolicyState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorAlarmPolicyState | undefined;
            resourceInputs["conditions"] = state?.conditions;
            resourceInputs["conditonTemplateId"] = state?.conditonTemplateId;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["enable"] = state?.enable;
            resourceInputs["eventConditions"] = state?.eventConditions;
            resourceInputs["filter"] = state?.filter;
            resourceInputs["groupBies"] = state?.groupBies;
            resourceInputs["monitorType"] = state?.monitorType;
            resourceInputs["namespace"] = state?.namespace;
            resourceInputs["noticeIds"] = state?.noticeIds;
            resourceInputs["policyName"] = state?.policyName;
            resourceInputs["policyTags"] = state?.policyTags;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["remark"] = state?.remark;
            resourceInputs["triggerTasks"] = state?.triggerTasks;
            resourceInputs["updateTime"] = state?.updateTime;
        } else {
            const args = argsOrState as MonitorAlarmPolicyArgs | undefined;
            if (args?.monitorType === undefined && !opts.urn) {
                throw new Error("Missing required property 'monitorType'");
            }
            if (args?.namespace === undefined && !opts.urn) {
                throw new Error("Missing required property 'namespace'");
            }
            if (args?.policyName === undefined && !opts.urn) {
                throw new Error("Missing required property 'policyName'");
            }
            resourceInputs["conditions"] = args?.conditions;
            resourceInputs["conditonTemplateId"] = args?.conditonTemplateId;
            resourceInputs["enable"] = args?.enable;
            resourceInputs["eventConditions"] = args?.eventConditions;
            resourceInputs["filter"] = args?.filter;
            resourceInputs["groupBies"] = args?.groupBies;
            resourceInputs["monitorType"] = args?.monitorType;
            resourceInputs["namespace"] = args?.namespace;
            resourceInputs["noticeIds"] = args?.noticeIds;
            resourceInputs["policyName"] = args?.policyName;
            resourceInputs["policyTags"] = args?.policyTags;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["remark"] = args?.remark;
            resourceInputs["triggerTasks"] = args?.triggerTasks;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["updateTime"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorAlarmPolicy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
