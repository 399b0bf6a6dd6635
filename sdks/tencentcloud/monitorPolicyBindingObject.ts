// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorPolicyBindingObject resource.
 */
export class MonitorPolicyBindingObject extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorPolicyBindingObject resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorPolicyBindingObjectState, opts?: pulumi.CustomResourceOptions): MonitorPolicyBindingObject {
        return new MonitorPolicyBindingObject(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorPolicyBindingObject:MonitorPolicyBindingObject";

    /**
     * Returns true if the given object is an instance of MonitorPolicyBindingObject. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorPolicyBindingObject {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorPolicyBindingObject.__pulumiType;
    }

    /**
     * A list objects.
     */
    declare public readonly dimensions: pulumi.Output<outputs.MonitorPolicyBindingObjectDimension[]>;
    /**
     * Alarm policy ID for binding objects.
     */
    declare public readonly policyId: pulumi.Output<string>;

    /**
     * Create a MonitorPolicyBindingObject resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorPolicyBindingObjectArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorPolicyBindingObjectArgs | MonitorPolicyBindingObjectState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorPolicyBindingObjectState | undefined;
            resourceInputs["dimensions"] = state?.dimensions;
            resourceInputs["policyId"] = state?.policyId;
        } else {
            const args = argsOrState as MonitorPolicyBindingObjectArgs | undefined;
            if (args?.dimensions === undefined && !opts.urn) {
                throw new Error("Missing required property 'dimensions'");
            }
            if (args?.policyId === undefined && !opts.urn) {
                throw new Error("Missing required property 'policyId'");
            }
            resourceInputs["dimensions"] = args?.dimensions;
            resourceInputs["policyId"] = args?.policyId;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorPolicyBindingObject.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering MonitorPolicyBindingObject resources.
 */
export interface MonitorPolicyBindingObjectState {
    /**
     * A list objects.
     */
    dimensions?: pulumi.Input<pulumi.Input<inputs.MonitorPolicyBindingObjectDimension>[]>;
    /**
     * Alarm policy ID for binding objects.
     */
    policyId?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a MonitorPolicyBindingObject resource.
 */
export interface MonitorPolicyBindingObjectArgs {
    /**
     * A list objects.
     */
    dimensions: pulumi.Input<pulumi.Input<inputs.MonitorPolicyBindingObjectDimension>[]>;
    /**
     * Alarm policy ID for binding objects.
     */
    policyId: pulumi.Input<string>;
}
