import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MonitorAlarmNotice resource.
 */
export declare class MonitorAlarmNotice extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorAlarmNotice resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorAlarmNoticeState, opts?: pulumi.CustomResourceOptions): MonitorAlarmNotice;
    /**
     * Returns true if the given object is an instance of MonitorAlarmNotice. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorAlarmNotice;
    readonly ampConsumerId: pulumi.Output<string>;
    /**
     * A maximum of one alarm notification can be pushed to the CLS service.
     */
    readonly clsNotices: pulumi.Output<outputs.MonitorAlarmNoticeClsNotice[] | undefined>;
    readonly isPreset: pulumi.Output<number>;
    /**
     * Notification template name within 60.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Notification language zh-CN=Chinese en-US=English.
     */
    readonly noticeLanguage: pulumi.Output<string>;
    /**
     * Alarm notification type ALARM=Notification not restored OK=Notification restored ALL.
     */
    readonly noticeType: pulumi.Output<string>;
    readonly policyIds: pulumi.Output<string[]>;
    readonly updatedAt: pulumi.Output<string>;
    readonly updatedBy: pulumi.Output<string>;
    /**
     * The maximum number of callback notifications is 3.
     */
    readonly urlNotices: pulumi.Output<outputs.MonitorAlarmNoticeUrlNotice[] | undefined>;
    /**
     * Alarm notification template list.(At most five).
     */
    readonly userNotices: pulumi.Output<outputs.MonitorAlarmNoticeUserNotice[] | undefined>;
    /**
     * Create a MonitorAlarmNotice resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorAlarmNoticeArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MonitorAlarmNotice resources.
 */
export interface MonitorAlarmNoticeState {
    ampConsumerId?: pulumi.Input<string>;
    /**
     * A maximum of one alarm notification can be pushed to the CLS service.
     */
    clsNotices?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmNoticeClsNotice>[]>;
    isPreset?: pulumi.Input<number>;
    /**
     * Notification template name within 60.
     */
    name?: pulumi.Input<string>;
    /**
     * Notification language zh-CN=Chinese en-US=English.
     */
    noticeLanguage?: pulumi.Input<string>;
    /**
     * Alarm notification type ALARM=Notification not restored OK=Notification restored ALL.
     */
    noticeType?: pulumi.Input<string>;
    policyIds?: pulumi.Input<pulumi.Input<string>[]>;
    updatedAt?: pulumi.Input<string>;
    updatedBy?: pulumi.Input<string>;
    /**
     * The maximum number of callback notifications is 3.
     */
    urlNotices?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmNoticeUrlNotice>[]>;
    /**
     * Alarm notification template list.(At most five).
     */
    userNotices?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmNoticeUserNotice>[]>;
}
/**
 * The set of arguments for constructing a MonitorAlarmNotice resource.
 */
export interface MonitorAlarmNoticeArgs {
    /**
     * A maximum of one alarm notification can be pushed to the CLS service.
     */
    clsNotices?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmNoticeClsNotice>[]>;
    /**
     * Notification template name within 60.
     */
    name?: pulumi.Input<string>;
    /**
     * Notification language zh-CN=Chinese en-US=English.
     */
    noticeLanguage: pulumi.Input<string>;
    /**
     * Alarm notification type ALARM=Notification not restored OK=Notification restored ALL.
     */
    noticeType: pulumi.Input<string>;
    /**
     * The maximum number of callback notifications is 3.
     */
    urlNotices?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmNoticeUrlNotice>[]>;
    /**
     * Alarm notification template list.(At most five).
     */
    userNotices?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmNoticeUserNotice>[]>;
}
