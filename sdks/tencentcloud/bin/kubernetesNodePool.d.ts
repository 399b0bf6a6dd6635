import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The KubernetesNodePool resource.
 */
export declare class KubernetesNodePool extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesNodePool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KubernetesNodePoolState, opts?: pulumi.CustomResourceOptions): KubernetesNodePool;
    /**
     * Returns true if the given object is an instance of KubernetesNodePool. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KubernetesNodePool;
    /**
     * Node Annotation List.
     */
    readonly annotations: pulumi.Output<outputs.KubernetesNodePoolAnnotation[]>;
    readonly autoscalingAddedTotal: pulumi.Output<number>;
    /**
     * Auto scaling config parameters.
     */
    readonly autoScalingConfig: pulumi.Output<outputs.KubernetesNodePoolAutoScalingConfig>;
    readonly autoScalingGroupId: pulumi.Output<string>;
    /**
     * Automatically update instance tags.
     */
    readonly autoUpdateInstanceTags: pulumi.Output<boolean>;
    /**
     * ID of the cluster.
     */
    readonly clusterId: pulumi.Output<string>;
    /**
     * Seconds of scaling group cool down.
     */
    readonly defaultCooldown: pulumi.Output<number>;
    /**
     * Indicate to keep the CVM instance when delete the node pool.
     */
    readonly deleteKeepInstance: pulumi.Output<boolean | undefined>;
    /**
     * Indicates whether the node pool deletion protection is enabled.
     */
    readonly deletionProtection: pulumi.Output<boolean>;
    /**
     * Desired capacity of the node.
     */
    readonly desiredCapacity: pulumi.Output<number>;
    /**
     * Indicate whether to enable auto scaling or not.
     */
    readonly enableAutoScale: pulumi.Output<boolean | undefined>;
    /**
     * Labels of kubernetes node pool created nodes.
     */
    readonly labels: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    readonly launchConfigId: pulumi.Output<string>;
    readonly manuallyAddedTotal: pulumi.Output<number>;
    /**
     * Maximum number of node.
     */
    readonly maxSize: pulumi.Output<number>;
    /**
     * Minimum number of node.
     */
    readonly minSize: pulumi.Output<number>;
    /**
     * Multi-availability zone/subnet policy.
     */
    readonly multiZoneSubnetPolicy: pulumi.Output<string | undefined>;
    /**
     * Name of the node pool.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Node config.
     */
    readonly nodeConfig: pulumi.Output<outputs.KubernetesNodePoolNodeConfig | undefined>;
    readonly nodeCount: pulumi.Output<number>;
    /**
     * Node pool operating system (enter the image ID for a custom image, and enter the OS name for a public image).
     */
    readonly nodeOs: pulumi.Output<string | undefined>;
    /**
     * The image version of the node.
     */
    readonly nodeOsType: pulumi.Output<string | undefined>;
    /**
     * Available values for retry policies include `IMMEDIATE_RETRY` and `INCREMENTAL_INTERVALS`.
     */
    readonly retryPolicy: pulumi.Output<string | undefined>;
    /**
     * Control how many expectations(`desiredCapacity`) can be tolerated successfully.
     */
    readonly scaleTolerance: pulumi.Output<number | undefined>;
    /**
     * Name of relative scaling group.
     */
    readonly scalingGroupName: pulumi.Output<string>;
    /**
     * Project ID the scaling group belongs to.
     */
    readonly scalingGroupProjectId: pulumi.Output<number | undefined>;
    /**
     * Auto scaling mode.
     */
    readonly scalingMode: pulumi.Output<string | undefined>;
    readonly status: pulumi.Output<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    readonly subnetIds: pulumi.Output<string[] | undefined>;
    /**
     * Node pool tag specifications, will passthroughs to the scaling instances.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * Taints of kubernetes node pool created nodes.
     */
    readonly taints: pulumi.Output<outputs.KubernetesNodePoolTaint[] | undefined>;
    /**
     * Policy of scaling group termination.
     */
    readonly terminationPolicies: pulumi.Output<string[]>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    readonly unschedulable: pulumi.Output<number | undefined>;
    /**
     * ID of VPC network.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Whether to wait for all desired nodes to be ready.
     */
    readonly waitNodeReady: pulumi.Output<boolean | undefined>;
    /**
     * List of auto scaling group available zones, for Basic network it is required.
     */
    readonly zones: pulumi.Output<string[] | undefined>;
    /**
     * Create a KubernetesNodePool resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: KubernetesNodePoolArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KubernetesNodePool resources.
 */
export interface KubernetesNodePoolState {
    /**
     * Node Annotation List.
     */
    annotations?: pulumi.Input<pulumi.Input<inputs.KubernetesNodePoolAnnotation>[]>;
    autoscalingAddedTotal?: pulumi.Input<number>;
    /**
     * Auto scaling config parameters.
     */
    autoScalingConfig?: pulumi.Input<inputs.KubernetesNodePoolAutoScalingConfig>;
    autoScalingGroupId?: pulumi.Input<string>;
    /**
     * Automatically update instance tags.
     */
    autoUpdateInstanceTags?: pulumi.Input<boolean>;
    /**
     * ID of the cluster.
     */
    clusterId?: pulumi.Input<string>;
    /**
     * Seconds of scaling group cool down.
     */
    defaultCooldown?: pulumi.Input<number>;
    /**
     * Indicate to keep the CVM instance when delete the node pool.
     */
    deleteKeepInstance?: pulumi.Input<boolean>;
    /**
     * Indicates whether the node pool deletion protection is enabled.
     */
    deletionProtection?: pulumi.Input<boolean>;
    /**
     * Desired capacity of the node.
     */
    desiredCapacity?: pulumi.Input<number>;
    /**
     * Indicate whether to enable auto scaling or not.
     */
    enableAutoScale?: pulumi.Input<boolean>;
    /**
     * Labels of kubernetes node pool created nodes.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    launchConfigId?: pulumi.Input<string>;
    manuallyAddedTotal?: pulumi.Input<number>;
    /**
     * Maximum number of node.
     */
    maxSize?: pulumi.Input<number>;
    /**
     * Minimum number of node.
     */
    minSize?: pulumi.Input<number>;
    /**
     * Multi-availability zone/subnet policy.
     */
    multiZoneSubnetPolicy?: pulumi.Input<string>;
    /**
     * Name of the node pool.
     */
    name?: pulumi.Input<string>;
    /**
     * Node config.
     */
    nodeConfig?: pulumi.Input<inputs.KubernetesNodePoolNodeConfig>;
    nodeCount?: pulumi.Input<number>;
    /**
     * Node pool operating system (enter the image ID for a custom image, and enter the OS name for a public image).
     */
    nodeOs?: pulumi.Input<string>;
    /**
     * The image version of the node.
     */
    nodeOsType?: pulumi.Input<string>;
    /**
     * Available values for retry policies include `IMMEDIATE_RETRY` and `INCREMENTAL_INTERVALS`.
     */
    retryPolicy?: pulumi.Input<string>;
    /**
     * Control how many expectations(`desiredCapacity`) can be tolerated successfully.
     */
    scaleTolerance?: pulumi.Input<number>;
    /**
     * Name of relative scaling group.
     */
    scalingGroupName?: pulumi.Input<string>;
    /**
     * Project ID the scaling group belongs to.
     */
    scalingGroupProjectId?: pulumi.Input<number>;
    /**
     * Auto scaling mode.
     */
    scalingMode?: pulumi.Input<string>;
    status?: pulumi.Input<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Node pool tag specifications, will passthroughs to the scaling instances.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Taints of kubernetes node pool created nodes.
     */
    taints?: pulumi.Input<pulumi.Input<inputs.KubernetesNodePoolTaint>[]>;
    /**
     * Policy of scaling group termination.
     */
    terminationPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    unschedulable?: pulumi.Input<number>;
    /**
     * ID of VPC network.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Whether to wait for all desired nodes to be ready.
     */
    waitNodeReady?: pulumi.Input<boolean>;
    /**
     * List of auto scaling group available zones, for Basic network it is required.
     */
    zones?: pulumi.Input<pulumi.Input<string>[]>;
}
/**
 * The set of arguments for constructing a KubernetesNodePool resource.
 */
export interface KubernetesNodePoolArgs {
    /**
     * Node Annotation List.
     */
    annotations?: pulumi.Input<pulumi.Input<inputs.KubernetesNodePoolAnnotation>[]>;
    /**
     * Auto scaling config parameters.
     */
    autoScalingConfig: pulumi.Input<inputs.KubernetesNodePoolAutoScalingConfig>;
    /**
     * Automatically update instance tags.
     */
    autoUpdateInstanceTags?: pulumi.Input<boolean>;
    /**
     * ID of the cluster.
     */
    clusterId: pulumi.Input<string>;
    /**
     * Seconds of scaling group cool down.
     */
    defaultCooldown?: pulumi.Input<number>;
    /**
     * Indicate to keep the CVM instance when delete the node pool.
     */
    deleteKeepInstance?: pulumi.Input<boolean>;
    /**
     * Indicates whether the node pool deletion protection is enabled.
     */
    deletionProtection?: pulumi.Input<boolean>;
    /**
     * Desired capacity of the node.
     */
    desiredCapacity?: pulumi.Input<number>;
    /**
     * Indicate whether to enable auto scaling or not.
     */
    enableAutoScale?: pulumi.Input<boolean>;
    /**
     * Labels of kubernetes node pool created nodes.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Maximum number of node.
     */
    maxSize: pulumi.Input<number>;
    /**
     * Minimum number of node.
     */
    minSize: pulumi.Input<number>;
    /**
     * Multi-availability zone/subnet policy.
     */
    multiZoneSubnetPolicy?: pulumi.Input<string>;
    /**
     * Name of the node pool.
     */
    name?: pulumi.Input<string>;
    /**
     * Node config.
     */
    nodeConfig?: pulumi.Input<inputs.KubernetesNodePoolNodeConfig>;
    /**
     * Node pool operating system (enter the image ID for a custom image, and enter the OS name for a public image).
     */
    nodeOs?: pulumi.Input<string>;
    /**
     * The image version of the node.
     */
    nodeOsType?: pulumi.Input<string>;
    /**
     * Available values for retry policies include `IMMEDIATE_RETRY` and `INCREMENTAL_INTERVALS`.
     */
    retryPolicy?: pulumi.Input<string>;
    /**
     * Control how many expectations(`desiredCapacity`) can be tolerated successfully.
     */
    scaleTolerance?: pulumi.Input<number>;
    /**
     * Name of relative scaling group.
     */
    scalingGroupName?: pulumi.Input<string>;
    /**
     * Project ID the scaling group belongs to.
     */
    scalingGroupProjectId?: pulumi.Input<number>;
    /**
     * Auto scaling mode.
     */
    scalingMode?: pulumi.Input<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Node pool tag specifications, will passthroughs to the scaling instances.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Taints of kubernetes node pool created nodes.
     */
    taints?: pulumi.Input<pulumi.Input<inputs.KubernetesNodePoolTaint>[]>;
    /**
     * Policy of scaling group termination.
     */
    terminationPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    unschedulable?: pulumi.Input<number>;
    /**
     * ID of VPC network.
     */
    vpcId: pulumi.Input<string>;
    /**
     * Whether to wait for all desired nodes to be ready.
     */
    waitNodeReady?: pulumi.Input<boolean>;
    /**
     * List of auto scaling group available zones, for Basic network it is required.
     */
    zones?: pulumi.Input<pulumi.Input<string>[]>;
}
