// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorTmpRecordingRule resource.
 */
export class MonitorTmpRecordingRule extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpRecordingRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpRecordingRuleState, opts?: pulumi.CustomResourceOptions): MonitorTmpRecordingRule {
        return new MonitorTmpRecordingRule(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorTmpRecordingRule:MonitorTmpRecordingRule";

    /**
     * Returns true if the given object is an instance of MonitorTmpRecordingRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorTmpRecordingRule {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpRecordingRule.__pulumiType;
    }

    /**
     * Recording rule group.
     */
    declare public readonly group: pulumi.Output<string>;
    /**
     * Instance id.
     */
    declare public readonly instanceId: pulumi.Output<string>;
    /**
     * Recording rule name.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Rule state.
     */
    declare public readonly ruleState: pulumi.Output<number | undefined>;

    /**
     * Create a MonitorTmpRecordingRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpRecordingRuleArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorTmpRecordingRuleArgs | MonitorTmpRecordingRuleState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorTmpRecordingRuleState | undefined;
            resourceInputs["group"] = state?.group;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["name"] = state?.name;
            resourceInputs["ruleState"] = state?.ruleState;
        } else {
            const args = argsOrState as MonitorTmpRecordingRuleArgs | undefined;
            if (args?.group === undefined && !opts.urn) {
                throw new Error("Missing required property 'group'");
            }
            if (args?.instanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceId'");
            }
            resourceInputs["group"] = args?.group;
            resourceInputs["instanceId"] = args?.instanceId;
            resourceInputs["name"] = args?.name;
            resourceInputs["ruleState"] = args?.ruleState;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpRecordingRule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
