// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorTmpAlertRule resource.
 */
export class MonitorTmpAlertRule extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpAlertRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpAlertRuleState, opts?: pulumi.CustomResourceOptions): MonitorTmpAlertRule {
        return new MonitorTmpAlertRule(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorTmpAlertRule:MonitorTmpAlertRule";

    /**
     * Returns true if the given object is an instance of MonitorTmpAlertRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorTmpAlertRule {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpAlertRule.__pulumiType;
    }

    /**
     * Rule alarm duration.
     */
    declare public readonly annotations: pulumi.Output<outputs.MonitorTmpAlertRuleAnnotation[] | undefined>;
    /**
     * Rule alarm duration.
     */
    declare public readonly duration: pulumi.Output<string | undefined>;
    /**
     * Rule expression, reference documentation: `https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/`.
     */
    declare public readonly expr: pulumi.Output<string>;
    /**
     * Instance id.
     */
    declare public readonly instanceId: pulumi.Output<string>;
    /**
     * Rule alarm duration.
     */
    declare public readonly labels: pulumi.Output<outputs.MonitorTmpAlertRuleLabel[] | undefined>;
    /**
     * Alarm notification template id list.
     */
    declare public readonly receivers: pulumi.Output<string[]>;
    /**
     * Rule name.
     */
    declare public readonly ruleName: pulumi.Output<string>;
    /**
     * Rule state code.
     */
    declare public readonly ruleState: pulumi.Output<number | undefined>;
    /**
     * Alarm Policy Template Classification.
     */
    declare public readonly type: pulumi.Output<string | undefined>;

    /**
     * Create a MonitorTmpAlertRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpAlertRuleArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorTmpAlertRuleArgs | MonitorTmpAlertRuleState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorTmpAlertRuleState | undefined;
            resourceInputs["annotations"] = state?.annotations;
            resourceInputs["duration"] = state?.duration;
            resourceInputs["expr"] = state?.expr;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["labels"] = state?.labels;
            resourceInputs["receivers"] = state?.receivers;
            resourceInputs["ruleName"] = state?.ruleName;
            resourceInputs["ruleState"] = state?.ruleState;
            resourceInputs["type"] = state?.type;
        } else {
            const args = argsOrState as MonitorTmpAlertRuleArgs | undefined;
            if (args?.expr === undefined && !opts.urn) {
                throw new Error("Missing required property 'expr'");
            }
            if (args?.instanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceId'");
            }
            if (args?.receivers === undefined && !opts.urn) {
                throw new Error("Missing required property 'receivers'");
            }
            if (args?.ruleName === undefined && !opts.urn) {
                throw new Error("Missing required property 'ruleName'");
            }
            resourceInputs["annotations"] = args?.annotations;
            resourceInputs["duration"] = args?.duration;
            resourceInputs["expr"] = args?.expr;
            resourceInputs["instanceId"] = args?.instanceId;
            resourceInputs["labels"] = args?.labels;
            resourceInputs["receivers"] = args?.receivers;
            resourceInputs["ruleName"] = args?.ruleName;
            resourceInputs["ruleState"] = args?.ruleState;
            resourceInputs["type"] = args?.type;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpAlertRule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering MonitorTmpAlertRule resources.
 */
export interface MonitorTmpAlertRuleState {
    /**
     * Rule alarm duration.
     */
    annotations?: pulumi.Input<pulumi.Input<inputs.MonitorTmpAlertRuleAnnotation>[]>;
    /**
     * Rule alarm duration.
     */
    duration?: pulumi.Input<string>;
    /**
     * Rule expression, reference documentation: `https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/`.
     */
    expr?: pulumi.Input<string>;
    /**
     * Instance id.
     */
    instanceId?: pulumi.Input<string>;
    /**
     * Rule alarm duration.
     */
    labels?: pulumi.Input<pulumi.Input<inputs.MonitorTmpAlertRuleLabel>[]>;
    /**
     * Alarm notification template id list.
     */
    receivers?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Rule name.
     */
    ruleName?: pulumi.Input<string>;
    /**
     * Rule state code.
     */
    ruleState?: pulumi.Input<number>;
    /**
     * Alarm Policy Template Classification.
     */
    type?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a MonitorTmpAlertRule resource.
 */
export interface MonitorTmpAlertRuleArgs {
    /**
     * Rule alarm duration.
     */
    annotations?: pulumi.Input<pulumi.Input<inputs.MonitorTmpAlertRuleAnnotation>[]>;
    /**
     * Rule alarm duration.
     */
    duration?: pulumi.Input<string>;
    /**
     * Rule expression, reference documentation: `https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/`.
     */
    expr: pulumi.Input<string>;
    /**
     * Instance id.
     */
    instanceId: pulumi.Input<string>;
    /**
     * Rule alarm duration.
     */
    labels?: pulumi.Input<pulumi.Input<inputs.MonitorTmpAlertRuleLabel>[]>;
    /**
     * Alarm notification template id list.
     */
    receivers: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Rule name.
     */
    ruleName: pulumi.Input<string>;
    /**
     * Rule state code.
     */
    ruleState?: pulumi.Input<number>;
    /**
     * Alarm Policy Template Classification.
     */
    type?: pulumi.Input<string>;
}
