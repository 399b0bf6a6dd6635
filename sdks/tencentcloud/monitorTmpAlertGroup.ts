// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorTmpAlertGroup resource.
 */
export class MonitorTmpAlertGroup extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpAlertGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpAlertGroupState, opts?: pulumi.CustomResourceOptions): MonitorTmpAlertGroup {
        return new MonitorTmpAlertGroup(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorTmpAlertGroup:MonitorTmpAlertGroup";

    /**
     * Returns true if the given object is an instance of MonitorTmpAlertGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorTmpAlertGroup {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpAlertGroup.__pulumiType;
    }

    /**
     * Tencent cloud notification template id list.
     */
    declare public readonly ampReceivers: pulumi.Output<string[] | undefined>;
    /**
     * User custom notification template, such as webhook, alertmanager.
     */
    declare public readonly customReceiver: pulumi.Output<outputs.MonitorTmpAlertGroupCustomReceiver | undefined>;
    declare public readonly groupId: pulumi.Output<string>;
    /**
     * Unique alert group name.
     */
    declare public readonly groupName: pulumi.Output<string | undefined>;
    /**
     * Instance id.
     */
    declare public readonly instanceId: pulumi.Output<string | undefined>;
    /**
     * Alert message send interval, default 1 hour.
     */
    declare public readonly repeatInterval: pulumi.Output<string | undefined>;
    /**
     * A list of alert rules.
     */
    declare public readonly rules: pulumi.Output<outputs.MonitorTmpAlertGroupRule[] | undefined>;

    /**
     * Create a MonitorTmpAlertGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: MonitorTmpAlertGroupArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorTmpAlertGroupArgs | MonitorTmpAlertGroupState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorTmpAlertGroupState | undefined;
            resourceInputs["ampReceivers"] = state?.ampReceivers;
            resourceInputs["customReceiver"] = state?.customReceiver;
            resourceInputs["groupId"] = state?.groupId;
            resourceInputs["groupName"] = state?.groupName;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["repeatInterval"] = state?.repeatInterval;
            resourceInputs["rules"] = state?.rules;
        } else {
            const args = argsOrState as MonitorTmpAlertGroupArgs | undefined;

            resourceInputs["ampReceivers"] = args?.ampReceivers;
            resourceInputs["customReceiver"] = args?.customReceiver;
            resourceInputs["groupName"] = args?.groupName;
            resourceInputs["instanceId"] = args?.instanceId;
            resourceInputs["repeatInterval"] = args?.repeatInterval;
            resourceInputs["rules"] = args?.rules;
            resourceInputs["groupId"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpAlertGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
