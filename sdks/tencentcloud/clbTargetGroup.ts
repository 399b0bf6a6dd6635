// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The ClbTargetGroup resource.
 */
export class ClbTargetGroup extends pulumi.CustomResource {
    /**
     * Gets an existing ClbTargetGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbTargetGroupState, opts?: pulumi.CustomResourceOptions): ClbTargetGroup {
        return new ClbTargetGroup(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/clbTargetGroup:ClbTargetGroup";

    /**
     * Returns true if the given object is an instance of ClbTargetGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ClbTargetGroup {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbTargetGroup.__pulumiType;
    }

    /**
     * The default port of target group, add server after can use it.
     */
    declare public readonly port: pulumi.Output<number | undefined>;
    /**
     * It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     * @deprecated It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     */
    declare public readonly targetGroupInstances: pulumi.Output<outputs.ClbTargetGroupTargetGroupInstance[] | undefined>;
    /**
     * Target group name.
     */
    declare public readonly targetGroupName: pulumi.Output<string | undefined>;
    /**
     * VPC ID, default is based on the network.
     */
    declare public readonly vpcId: pulumi.Output<string | undefined>;

    /**
     * Create a ClbTargetGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: ClbTargetGroupArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ClbTargetGroupArgs | ClbTargetGroupState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ClbTargetGroupState | undefined;
            resourceInputs["port"] = state?.port;
            resourceInputs["targetGroupInstances"] = state?.targetGroupInstances;
            resourceInputs["targetGroupName"] = state?.targetGroupName;
            resourceInputs["vpcId"] = state?.vpcId;
        } else {
            const args = argsOrState as ClbTargetGroupArgs | undefined;

            resourceInputs["port"] = args?.port;
            resourceInputs["targetGroupInstances"] = args?.targetGroupInstances;
            resourceInputs["targetGroupName"] = args?.targetGroupName;
            resourceInputs["vpcId"] = args?.vpcId;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbTargetGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering ClbTargetGroup resources.
 */
export interface ClbTargetGroupState {
    /**
     * The default port of target group, add server after can use it.
     */
    port?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     * @deprecated It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     */
    targetGroupInstances?: pulumi.Input<pulumi.Input<inputs.ClbTargetGroupTargetGroupInstance>[]>;
    /**
     * Target group name.
     */
    targetGroupName?: pulumi.Input<string>;
    /**
     * VPC ID, default is based on the network.
     */
    vpcId?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a ClbTargetGroup resource.
 */
export interface ClbTargetGroupArgs {
    /**
     * The default port of target group, add server after can use it.
     */
    port?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     * @deprecated It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     */
    targetGroupInstances?: pulumi.Input<pulumi.Input<inputs.ClbTargetGroupTargetGroupInstance>[]>;
    /**
     * Target group name.
     */
    targetGroupName?: pulumi.Input<string>;
    /**
     * VPC ID, default is based on the network.
     */
    vpcId?: pulumi.Input<string>;
}
