import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The AsScalingGroup resource.
 */
export declare class AsScalingGroup extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScalingGroupState, opts?: pulumi.CustomResourceOptions): AsScalingGroup;
    /**
     * Returns true if the given object is an instance of AsScalingGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AsScalingGroup;
    /**
     * An available ID for a launch configuration.
     */
    readonly configurationId: pulumi.Output<string>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Default cooldown time in second, and default value is `300`.
     */
    readonly defaultCooldown: pulumi.Output<number | undefined>;
    /**
     * Desired volume of CVM instances, which is between `maxSize` and `minSize`.
     */
    readonly desiredCapacity: pulumi.Output<number>;
    /**
     * The expected number of instances is synchronized with the maximum and minimum values.
     */
    readonly desiredCapacitySyncWithMaxMinSize: pulumi.Output<boolean | undefined>;
    /**
     * List of application load balancers, which can't be specified with `loadBalancerIds` together.
     */
    readonly forwardBalancerIds: pulumi.Output<outputs.AsScalingGroupForwardBalancerId[]>;
    /**
     * Health check type of instances in a scaling group.<br><li>CVM: confirm whether an instance is healthy based on the network status.
     */
    readonly healthCheckType: pulumi.Output<string>;
    readonly instanceCount: pulumi.Output<number>;
    /**
     * Grace period of the CLB health check during which the `IN_SERVICE` instances added will not be marked as `CLB_UNHEALTHY`.<br>Valid range: 0-7200, in seconds.
     */
    readonly lbHealthCheckGracePeriod: pulumi.Output<number>;
    /**
     * ID list of traditional load balancers.
     */
    readonly loadBalancerIds: pulumi.Output<string[] | undefined>;
    /**
     * Maximum number of CVM instances.
     */
    readonly maxSize: pulumi.Output<number>;
    /**
     * Minimum number of CVM instances.
     */
    readonly minSize: pulumi.Output<number>;
    /**
     * Multi zone or subnet strategy, Valid values: PRIORITY and EQUALITY.
     */
    readonly multiZoneSubnetPolicy: pulumi.Output<string | undefined>;
    /**
     * Specifies to which project the scaling group belongs.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Enable unhealthy instance replacement.
     */
    readonly replaceLoadBalancerUnhealthy: pulumi.Output<boolean | undefined>;
    /**
     * Replace mode of unhealthy replacement service.
     */
    readonly replaceMode: pulumi.Output<string | undefined>;
    /**
     * Enables unhealthy instance replacement.
     */
    readonly replaceMonitorUnhealthy: pulumi.Output<boolean | undefined>;
    /**
     * Available values for retry policies.
     */
    readonly retryPolicy: pulumi.Output<string | undefined>;
    /**
     * Name of a scaling group.
     */
    readonly scalingGroupName: pulumi.Output<string>;
    /**
     * Indicates scaling mode which creates and terminates instances (classic method), or method first tries to start stopped instances (wake up stopped) to perform scaling operations.
     */
    readonly scalingMode: pulumi.Output<string | undefined>;
    readonly status: pulumi.Output<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    readonly subnetIds: pulumi.Output<string[] | undefined>;
    /**
     * Tags of a scaling group.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Available values for termination policies.
     */
    readonly terminationPolicies: pulumi.Output<string[]>;
    /**
     * ID of VPC network.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * List of available zones, for Basic network it is required.
     */
    readonly zones: pulumi.Output<string[] | undefined>;
    /**
     * Create a AsScalingGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScalingGroupArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AsScalingGroup resources.
 */
export interface AsScalingGroupState {
    /**
     * An available ID for a launch configuration.
     */
    configurationId?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    /**
     * Default cooldown time in second, and default value is `300`.
     */
    defaultCooldown?: pulumi.Input<number>;
    /**
     * Desired volume of CVM instances, which is between `maxSize` and `minSize`.
     */
    desiredCapacity?: pulumi.Input<number>;
    /**
     * The expected number of instances is synchronized with the maximum and minimum values.
     */
    desiredCapacitySyncWithMaxMinSize?: pulumi.Input<boolean>;
    /**
     * List of application load balancers, which can't be specified with `loadBalancerIds` together.
     */
    forwardBalancerIds?: pulumi.Input<pulumi.Input<inputs.AsScalingGroupForwardBalancerId>[]>;
    /**
     * Health check type of instances in a scaling group.<br><li>CVM: confirm whether an instance is healthy based on the network status.
     */
    healthCheckType?: pulumi.Input<string>;
    instanceCount?: pulumi.Input<number>;
    /**
     * Grace period of the CLB health check during which the `IN_SERVICE` instances added will not be marked as `CLB_UNHEALTHY`.<br>Valid range: 0-7200, in seconds.
     */
    lbHealthCheckGracePeriod?: pulumi.Input<number>;
    /**
     * ID list of traditional load balancers.
     */
    loadBalancerIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Maximum number of CVM instances.
     */
    maxSize?: pulumi.Input<number>;
    /**
     * Minimum number of CVM instances.
     */
    minSize?: pulumi.Input<number>;
    /**
     * Multi zone or subnet strategy, Valid values: PRIORITY and EQUALITY.
     */
    multiZoneSubnetPolicy?: pulumi.Input<string>;
    /**
     * Specifies to which project the scaling group belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Enable unhealthy instance replacement.
     */
    replaceLoadBalancerUnhealthy?: pulumi.Input<boolean>;
    /**
     * Replace mode of unhealthy replacement service.
     */
    replaceMode?: pulumi.Input<string>;
    /**
     * Enables unhealthy instance replacement.
     */
    replaceMonitorUnhealthy?: pulumi.Input<boolean>;
    /**
     * Available values for retry policies.
     */
    retryPolicy?: pulumi.Input<string>;
    /**
     * Name of a scaling group.
     */
    scalingGroupName?: pulumi.Input<string>;
    /**
     * Indicates scaling mode which creates and terminates instances (classic method), or method first tries to start stopped instances (wake up stopped) to perform scaling operations.
     */
    scalingMode?: pulumi.Input<string>;
    status?: pulumi.Input<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Tags of a scaling group.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Available values for termination policies.
     */
    terminationPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID of VPC network.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * List of available zones, for Basic network it is required.
     */
    zones?: pulumi.Input<pulumi.Input<string>[]>;
}
/**
 * The set of arguments for constructing a AsScalingGroup resource.
 */
export interface AsScalingGroupArgs {
    /**
     * An available ID for a launch configuration.
     */
    configurationId: pulumi.Input<string>;
    /**
     * Default cooldown time in second, and default value is `300`.
     */
    defaultCooldown?: pulumi.Input<number>;
    /**
     * Desired volume of CVM instances, which is between `maxSize` and `minSize`.
     */
    desiredCapacity?: pulumi.Input<number>;
    /**
     * The expected number of instances is synchronized with the maximum and minimum values.
     */
    desiredCapacitySyncWithMaxMinSize?: pulumi.Input<boolean>;
    /**
     * List of application load balancers, which can't be specified with `loadBalancerIds` together.
     */
    forwardBalancerIds?: pulumi.Input<pulumi.Input<inputs.AsScalingGroupForwardBalancerId>[]>;
    /**
     * Health check type of instances in a scaling group.<br><li>CVM: confirm whether an instance is healthy based on the network status.
     */
    healthCheckType?: pulumi.Input<string>;
    /**
     * Grace period of the CLB health check during which the `IN_SERVICE` instances added will not be marked as `CLB_UNHEALTHY`.<br>Valid range: 0-7200, in seconds.
     */
    lbHealthCheckGracePeriod?: pulumi.Input<number>;
    /**
     * ID list of traditional load balancers.
     */
    loadBalancerIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Maximum number of CVM instances.
     */
    maxSize: pulumi.Input<number>;
    /**
     * Minimum number of CVM instances.
     */
    minSize: pulumi.Input<number>;
    /**
     * Multi zone or subnet strategy, Valid values: PRIORITY and EQUALITY.
     */
    multiZoneSubnetPolicy?: pulumi.Input<string>;
    /**
     * Specifies to which project the scaling group belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Enable unhealthy instance replacement.
     */
    replaceLoadBalancerUnhealthy?: pulumi.Input<boolean>;
    /**
     * Replace mode of unhealthy replacement service.
     */
    replaceMode?: pulumi.Input<string>;
    /**
     * Enables unhealthy instance replacement.
     */
    replaceMonitorUnhealthy?: pulumi.Input<boolean>;
    /**
     * Available values for retry policies.
     */
    retryPolicy?: pulumi.Input<string>;
    /**
     * Name of a scaling group.
     */
    scalingGroupName: pulumi.Input<string>;
    /**
     * Indicates scaling mode which creates and terminates instances (classic method), or method first tries to start stopped instances (wake up stopped) to perform scaling operations.
     */
    scalingMode?: pulumi.Input<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Tags of a scaling group.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Available values for termination policies.
     */
    terminationPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID of VPC network.
     */
    vpcId: pulumi.Input<string>;
    /**
     * List of available zones, for Basic network it is required.
     */
    zones?: pulumi.Input<pulumi.Input<string>[]>;
}
