// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorAlarmNotice resource.
 */
export class MonitorAlarmNotice extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorAlarmNotice resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorAlarmNoticeState, opts?: pulumi.CustomResourceOptions): MonitorAlarmNotice {
        return new MonitorAlarmNotice(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorAlarmNotice:MonitorAlarmNotice";

    /**
     * Returns true if the given object is an instance of MonitorAlarmNotice. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorAlarmNotice {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorAlarmNotice.__pulumiType;
    }

    declare public readonly ampConsumerId: pulumi.Output<string>;
    /**
     * A maximum of one alarm notification can be pushed to the CLS service.
     */
    declare public readonly clsNotices: pulumi.Output<outputs.MonitorAlarmNoticeClsNotice[] | undefined>;
    declare public readonly isPreset: pulumi.Output<number>;
    /**
     * Notification template name within 60.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Notification language zh-CN=Chinese en-US=English.
     */
    declare public readonly noticeLanguage: pulumi.Output<string>;
    /**
     * Alarm notification type ALARM=Notification not restored OK=Notification restored ALL.
     */
    declare public readonly noticeType: pulumi.Output<string>;
    declare public readonly policyIds: pulumi.Output<string[]>;
    declare public readonly updatedAt: pulumi.Output<string>;
    declare public readonly updatedBy: pulumi.Output<string>;
    /**
     * The maximum number of callback notifications is 3.
     */
    declare public readonly urlNotices: pulumi.Output<outputs.MonitorAlarmNoticeUrlNotice[] | undefined>;
    /**
     * Alarm notification template list.(At most five).
     */
    declare public readonly userNotices: pulumi.Output<outputs.MonitorAlarmNoticeUserNotice[] | undefined>;

    /**
     * Create a MonitorAlarmNotice resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorAlarmNoticeArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorAlarmNoticeArgs | MonitorAlarmNoticeState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorAlarmNoticeState | undefined;
            resourceInputs["ampConsumerId"] = state?.ampConsumerId;
            resourceInputs["clsNotices"] = state?.clsNotices;
            resourceInputs["isPreset"] = state?.isPreset;
            resourceInputs["name"] = state?.name;
            resourceInputs["noticeLanguage"] = state?.noticeLanguage;
            resourceInputs["noticeType"] = state?.noticeType;
            resourceInputs["policyIds"] = state?.policyIds;
            resourceInputs["updatedAt"] = state?.updatedAt;
            resourceInputs["updatedBy"] = state?.updatedBy;
            resourceInputs["urlNotices"] = state?.urlNotices;
            resourceInputs["userNotices"] = state?.userNotices;
        } else {
            const args = argsOrState as MonitorAlarmNoticeArgs | undefined;
            if (args?.noticeLanguage === undefined && !opts.urn) {
                throw new Error("Missing required property 'noticeLanguage'");
            }
            if (args?.noticeType === undefined && !opts.urn) {
                throw new Error("Missing required property 'noticeType'");
            }
            resourceInputs["clsNotices"] = args?.clsNotices;
            resourceInputs["name"] = args?.name;
            resourceInputs["noticeLanguage"] = args?.noticeLanguage;
            resourceInputs["noticeType"] = args?.noticeType;
            resourceInputs["urlNotices"] = args?.urlNotices;
            resourceInputs["userNotices"] = args?.userNotices;
            resourceInputs["ampConsumerId"] = undefined /*out*/;
            resourceInputs["isPreset"] = undefined /*out*/;
            resourceInputs["policyIds"] = undefined /*out*/;
            resourceInputs["updatedAt"] = undefined /*out*/;
            resourceInputs["updatedBy"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorAlarmNotice.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
