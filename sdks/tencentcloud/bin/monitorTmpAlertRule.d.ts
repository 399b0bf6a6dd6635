import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MonitorTmpAlertRule resource.
 */
export declare class MonitorTmpAlertRule extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpAlertRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpAlertRuleState, opts?: pulumi.CustomResourceOptions): MonitorTmpAlertRule;
    /**
     * Returns true if the given object is an instance of MonitorTmpAlertRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorTmpAlertRule;
    /**
     * Rule alarm duration.
     */
    readonly annotations: pulumi.Output<outputs.MonitorTmpAlertRuleAnnotation[] | undefined>;
    /**
     * Rule alarm duration.
     */
    readonly duration: pulumi.Output<string | undefined>;
    /**
     * Rule expression, reference documentation: `https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/`.
     */
    readonly expr: pulumi.Output<string>;
    /**
     * Instance id.
     */
    readonly instanceId: pulumi.Output<string>;
    /**
     * Rule alarm duration.
     */
    readonly labels: pulumi.Output<outputs.MonitorTmpAlertRuleLabel[] | undefined>;
    /**
     * Alarm notification template id list.
     */
    readonly receivers: pulumi.Output<string[]>;
    /**
     * Rule name.
     */
    readonly ruleName: pulumi.Output<string>;
    /**
     * Rule state code.
     */
    readonly ruleState: pulumi.Output<number | undefined>;
    /**
     * Alarm Policy Template Classification.
     */
    readonly type: pulumi.Output<string | undefined>;
    /**
     * Create a MonitorTmpAlertRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpAlertRuleArgs, opts?: pulumi.CustomResourceOptions);
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
