// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The AsScalingGroup resource.
 */
export class AsScalingGroup extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScalingGroupState, opts?: pulumi.CustomResourceOptions): AsScalingGroup {
        return new AsScalingGroup(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/asScalingGroup:AsScalingGroup";

    /**
     * Returns true if the given object is an instance of AsScalingGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AsScalingGroup {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsScalingGroup.__pulumiType;
    }

    /**
     * An available ID for a launch configuration.
     */
    declare public readonly configurationId: pulumi.Output<string>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Default cooldown time in second, and default value is `300`.
     */
    declare public readonly defaultCooldown: pulumi.Output<number | undefined>;
    /**
     * Desired volume of CVM instances, which is between `maxSize` and `minSize`.
     */
    declare public readonly desiredCapacity: pulumi.Output<number>;
    /**
     * The expected number of instances is synchronized with the maximum and minimum values.
     */
    declare public readonly desiredCapacitySyncWithMaxMinSize: pulumi.Output<boolean | undefined>;
    /**
     * List of application load balancers, which can't be specified with `loadBalancerIds` together.
     */
    declare public readonly forwardBalancerIds: pulumi.Output<outputs.AsScalingGroupForwardBalancerId[]>;
    /**
     * Health check type of instances in a scaling group.<br><li>CVM: confirm whether an instance is healthy based on the network status.
     */
    declare public readonly healthCheckType: pulumi.Output<string>;
    declare public readonly instanceCount: pulumi.Output<number>;
    /**
     * Grace period of the CLB health check during which the `IN_SERVICE` instances added will not be marked as `CLB_UNHEALTHY`.<br>Valid range: 0-7200, in seconds.
     */
    declare public readonly lbHealthCheckGracePeriod: pulumi.Output<number>;
    /**
     * ID list of traditional load balancers.
     */
    declare public readonly loadBalancerIds: pulumi.Output<string[] | undefined>;
    /**
     * Maximum number of CVM instances.
     */
    declare public readonly maxSize: pulumi.Output<number>;
    /**
     * Minimum number of CVM instances.
     */
    declare public readonly minSize: pulumi.Output<number>;
    /**
     * Multi zone or subnet strategy, Valid values: PRIORITY and EQUALITY.
     */
    declare public readonly multiZoneSubnetPolicy: pulumi.Output<string | undefined>;
    /**
     * Specifies to which project the scaling group belongs.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Enable unhealthy instance replacement.
     */
    declare public readonly replaceLoadBalancerUnhealthy: pulumi.Output<boolean | undefined>;
    /**
     * Replace mode of unhealthy replacement service.
     */
    declare public readonly replaceMode: pulumi.Output<string | undefined>;
    /**
     * Enables unhealthy instance replacement.
     */
    declare public readonly replaceMonitorUnhealthy: pulumi.Output<boolean | undefined>;
    /**
     * Available values for retry policies.
     */
    declare public readonly retryPolicy: pulumi.Output<string | undefined>;
    /**
     * Name of a scaling group.
     */
    declare public readonly scalingGroupName: pulumi.Output<string>;
    /**
     * Indicates scaling mode which creates and terminates instances (classic method), or method first tries to start stopped instances (wake up stopped) to perform scaling operations.
     */
    declare public readonly scalingMode: pulumi.Output<string | undefined>;
    declare public readonly status: pulumi.Output<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    declare public readonly subnetIds: pulumi.Output<string[] | undefined>;
    /**
     * Tags of a scaling group.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Available values for termination policies.
     */
    declare public readonly terminationPolicies: pulumi.Output<string[]>;
    /**
     * ID of VPC network.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * List of available zones, for Basic network it is required.
     */
    declare public readonly zones: pulumi.Output<string[] | undefined>;

    /**
     * Create a AsScalingGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScalingGroupArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: AsScalingGroupArgs | AsScalingGroupState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AsScalingGroupState | undefined;
            resourceInputs["configurationId"] = state?.configurationId;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["defaultCooldown"] = state?.defaultCooldown;
            resourceInputs["desiredCapacity"] = state?.desiredCapacity;
            resourceInputs["desiredCapacitySyncWithMaxMinSize"] = state?.desiredCapacitySyncWithMaxMinSize;
            resourceInputs["forwardBalancerIds"] = state?.forwardBalancerIds;
            resourceInputs["healthCheckType"] = state?.healthCheckType;
            resourceInputs["instanceCount"] = state?.instanceCount;
            resourceInputs["lbHealthCheckGracePeriod"] = state?.lbHealthCheckGracePeriod;
            resourceInputs["loadBalancerIds"] = state?.loadBalancerIds;
            resourceInputs["maxSize"] = state?.maxSize;
            resourceInputs["minSize"] = state?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = state?.multiZoneSubnetPolicy;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["replaceLoadBalancerUnhealthy"] = state?.replaceLoadBalancerUnhealthy;
            resourceInputs["replaceMode"] = state?.replaceMode;
            resourceInputs["replaceMonitorUnhealthy"] = state?.replaceMonitorUnhealthy;
            resourceInputs["retryPolicy"] = state?.retryPolicy;
            resourceInputs["scalingGroupName"] = state?.scalingGroupName;
            resourceInputs["scalingMode"] = state?.scalingMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetIds"] = state?.subnetIds;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["terminationPolicies"] = state?.terminationPolicies;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zones"] = state?.zones;
        } else {
            const args = argsOrState as AsScalingGroupArgs | undefined;
            if (args?.configurationId === undefined && !opts.urn) {
                throw new Error("Missing required property 'configurationId'");
            }
            if (args?.maxSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'maxSize'");
            }
            if (args?.minSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'minSize'");
            }
            if (args?.scalingGroupName === undefined && !opts.urn) {
                throw new Error("Missing required property 'scalingGroupName'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["configurationId"] = args?.configurationId;
            resourceInputs["defaultCooldown"] = args?.defaultCooldown;
            resourceInputs["desiredCapacity"] = args?.desiredCapacity;
            resourceInputs["desiredCapacitySyncWithMaxMinSize"] = args?.desiredCapacitySyncWithMaxMinSize;
            resourceInputs["forwardBalancerIds"] = args?.forwardBalancerIds;
            resourceInputs["healthCheckType"] = args?.healthCheckType;
            resourceInputs["lbHealthCheckGracePeriod"] = args?.lbHealthCheckGracePeriod;
            resourceInputs["loadBalancerIds"] = args?.loadBalancerIds;
            resourceInputs["maxSize"] = args?.maxSize;
            resourceInputs["minSize"] = args?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = args?.multiZoneSubnetPolicy;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["replaceLoadBalancerUnhealthy"] = args?.replaceLoadBalancerUnhealthy;
            resourceInputs["replaceMode"] = args?.replaceMode;
            resourceInputs["replaceMonitorUnhealthy"] = args?.replaceMonitorUnhealthy;
            resourceInputs["retryPolicy"] = args?.retryPolicy;
            resourceInputs["scalingGroupName"] = args?.scalingGroupName;
            resourceInputs["scalingMode"] = args?.scalingMode;
            resourceInputs["subnetIds"] = args?.subnetIds;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["terminationPolicies"] = args?.terminationPolicies;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zones"] = args?.zones;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["instanceCount"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsScalingGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
