// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorTmpTkeAlertPolicy resource.
 */
export class MonitorTmpTkeAlertPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpTkeAlertPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpTkeAlertPolicyState, opts?: pulumi.CustomResourceOptions): MonitorTmpTkeAlertPolicy {
        return new MonitorTmpTkeAlertPolicy(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorTmpTkeAlertPolicy:MonitorTmpTkeAlertPolicy";

    /**
     * Returns true if the given object is an instance of MonitorTmpTkeAlertPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorTmpTkeAlertPolicy {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpTkeAlertPolicy.__pulumiType;
    }

    /**
     * Alarm notification channels.
     */
    declare public readonly alertRule: pulumi.Output<outputs.MonitorTmpTkeAlertPolicyAlertRule>;
    /**
     * Instance Id.
     */
    declare public readonly instanceId: pulumi.Output<string>;

    /**
     * Create a MonitorTmpTkeAlertPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpTkeAlertPolicyArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorTmpTkeAlertPolicyArgs | MonitorTmpTkeAlertPolicyState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorTmpTkeAlertPolicyState | undefined;
            resourceInputs["alertRule"] = state?.alertRule;
            resourceInputs["instanceId"] = state?.instanceId;
        } else {
            const args = argsOrState as MonitorTmpTkeAlertPolicyArgs | undefined;
            if (args?.alertRule === undefined && !opts.urn) {
                throw new Error("Missing required property 'alertRule'");
            }
            if (args?.instanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceId'");
            }
            resourceInputs["alertRule"] = args?.alertRule;
            resourceInputs["instanceId"] = args?.instanceId;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpTkeAlertPolicy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering MonitorTmpTkeAlertPolicy resources.
 */
export interface MonitorTmpTkeAlertPolicyState {
    /**
     * Alarm notification channels.
     */
    alertRule?: pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRule>;
    /**
     * Instance Id.
     */
    instanceId?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a MonitorTmpTkeAlertPolicy resource.
 */
export interface MonitorTmpTkeAlertPolicyArgs {
    /**
     * Alarm notification channels.
     */
    alertRule: pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRule>;
    /**
     * Instance Id.
     */
    instanceId: pulumi.Input<string>;
}
