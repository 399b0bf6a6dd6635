import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The ClbTargetGroup resource.
 */
export declare class ClbTargetGroup extends pulumi.CustomResource {
    /**
     * Gets an existing ClbTargetGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbTargetGroupState, opts?: pulumi.CustomResourceOptions): ClbTargetGroup;
    /**
     * Returns true if the given object is an instance of ClbTargetGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ClbTargetGroup;
    /**
     * The default port of target group, add server after can use it.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     * @deprecated It has been deprecated from version 1.77.3. please use `tencentcloud.Clb.TargetGroupInstanceAttachment` instead.
     */
    readonly targetGroupInstances: pulumi.Output<outputs.ClbTargetGroupTargetGroupInstance[] | undefined>;
    /**
     * Target group name.
     */
    readonly targetGroupName: pulumi.Output<string | undefined>;
    /**
     * VPC ID, default is based on the network.
     */
    readonly vpcId: pulumi.Output<string | undefined>;
    /**
     * Create a ClbTargetGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: ClbTargetGroupArgs, opts?: pulumi.CustomResourceOptions);
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
