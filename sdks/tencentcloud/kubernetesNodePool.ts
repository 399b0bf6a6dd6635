// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The KubernetesNodePool resource.
 */
export class KubernetesNodePool extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesNodePool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KubernetesNodePoolState, opts?: pulumi.CustomResourceOptions): KubernetesNodePool {
        return new KubernetesNodePool(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/kubernetesNodePool:KubernetesNodePool";

    /**
     * Returns true if the given object is an instance of KubernetesNodePool. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is KubernetesNodePool {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === KubernetesNodePool.__pulumiType;
    }

    /**
     * Node Annotation List.
     */
    declare public readonly annotations: pulumi.Output<outputs.KubernetesNodePoolAnnotation[]>;
    declare public readonly autoscalingAddedTotal: pulumi.Output<number>;
    /**
     * Auto scaling config parameters.
     */
    declare public readonly autoScalingConfig: pulumi.Output<outputs.KubernetesNodePoolAutoScalingConfig>;
    declare public readonly autoScalingGroupId: pulumi.Output<string>;
    /**
     * Automatically update instance tags.
     */
    declare public readonly autoUpdateInstanceTags: pulumi.Output<boolean>;
    /**
     * ID of the cluster.
     */
    declare public readonly clusterId: pulumi.Output<string>;
    /**
     * Seconds of scaling group cool down.
     */
    declare public readonly defaultCooldown: pulumi.Output<number>;
    /**
     * Indicate to keep the CVM instance when delete the node pool.
     */
    declare public readonly deleteKeepInstance: pulumi.Output<boolean | undefined>;
    /**
     * Indicates whether the node pool deletion protection is enabled.
     */
    declare public readonly deletionProtection: pulumi.Output<boolean>;
    /**
     * Desired capacity of the node.
     */
    declare public readonly desiredCapacity: pulumi.Output<number>;
    /**
     * Indicate whether to enable auto scaling or not.
     */
    declare public readonly enableAutoScale: pulumi.Output<boolean | undefined>;
    /**
     * Labels of kubernetes node pool created nodes.
     */
    declare public readonly labels: pulumi.Output<{[key: string]: string} | undefined>;
    declare public readonly launchConfigId: pulumi.Output<string>;
    declare public readonly manuallyAddedTotal: pulumi.Output<number>;
    /**
     * Maximum number of node.
     */
    declare public readonly maxSize: pulumi.Output<number>;
    /**
     * Minimum number of node.
     */
    declare public readonly minSize: pulumi.Output<number>;
    /**
     * Multi-availability zone/subnet policy.
     */
    declare public readonly multiZoneSubnetPolicy: pulumi.Output<string | undefined>;
    /**
     * Name of the node pool.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Node config.
     */
    declare public readonly nodeConfig: pulumi.Output<outputs.KubernetesNodePoolNodeConfig | undefined>;
    declare public readonly nodeCount: pulumi.Output<number>;
    /**
     * Node pool operating system (enter the image ID for a custom image, and enter the OS name for a public image).
     */
    declare public readonly nodeOs: pulumi.Output<string | undefined>;
    /**
     * The image version of the node.
     */
    declare public readonly nodeOsType: pulumi.Output<string | undefined>;
    /**
     * Available values for retry policies include `IMMEDIATE_RETRY` and `INCREMENTAL_INTERVALS`.
     */
    declare public readonly retryPolicy: pulumi.Output<string | undefined>;
    /**
     * Control how many expectations(`desiredCapacity`) can be tolerated successfully.
     */
    declare public readonly scaleTolerance: pulumi.Output<number | undefined>;
    /**
     * Name of relative scaling group.
     */
    declare public readonly scalingGroupName: pulumi.Output<string>;
    /**
     * Project ID the scaling group belongs to.
     */
    declare public readonly scalingGroupProjectId: pulumi.Output<number | undefined>;
    /**
     * Auto scaling mode.
     */
    declare public readonly scalingMode: pulumi.Output<string | undefined>;
    declare public readonly status: pulumi.Output<string>;
    /**
     * ID list of subnet, and for VPC it is required.
     */
    declare public readonly subnetIds: pulumi.Output<string[] | undefined>;
    /**
     * Node pool tag specifications, will passthroughs to the scaling instances.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string}>;
    /**
     * Taints of kubernetes node pool created nodes.
     */
    declare public readonly taints: pulumi.Output<outputs.KubernetesNodePoolTaint[] | undefined>;
    /**
     * Policy of scaling group termination.
     */
    declare public readonly terminationPolicies: pulumi.Output<string[]>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    declare public readonly unschedulable: pulumi.Output<number | undefined>;
    /**
     * ID of VPC network.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Whether to wait for all desired nodes to be ready.
     */
    declare public readonly waitNodeReady: pulumi.Output<boolean | undefined>;
    /**
     * List of auto scaling group available zones, for Basic network it is required.
     */
    declare public readonly zones: pulumi.Output<string[] | undefined>;

    /**
     * Create a KubernetesNodePool resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: KubernetesNodePoolArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: KubernetesNodePoolArgs | KubernetesNodePoolState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as KubernetesNodePoolState | undefined;
            resourceInputs["annotations"] = state?.annotations;
            resourceInputs["autoscalingAddedTotal"] = state?.autoscalingAddedTotal;
            resourceInputs["autoScalingConfig"] = state?.autoScalingConfig;
            resourceInputs["autoScalingGroupId"] = state?.autoScalingGroupId;
            resourceInputs["autoUpdateInstanceTags"] = state?.autoUpdateInstanceTags;
            resourceInputs["clusterId"] = state?.clusterId;
            resourceInputs["defaultCooldown"] = state?.defaultCooldown;
            resourceInputs["deleteKeepInstance"] = state?.deleteKeepInstance;
            resourceInputs["deletionProtection"] = state?.deletionProtection;
            resourceInputs["desiredCapacity"] = state?.desiredCapacity;
            resourceInputs["enableAutoScale"] = state?.enableAutoScale;
            resourceInputs["labels"] = state?.labels;
            resourceInputs["launchConfigId"] = state?.launchConfigId;
            resourceInputs["manuallyAddedTotal"] = state?.manuallyAddedTotal;
            resourceInputs["maxSize"] = state?.maxSize;
            resourceInputs["minSize"] = state?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = state?.multiZoneSubnetPolicy;
            resourceInputs["name"] = state?.name;
            resourceInputs["nodeConfig"] = state?.nodeConfig;
            resourceInputs["nodeCount"] = state?.nodeCount;
            resourceInputs["nodeOs"] = state?.nodeOs;
            resourceInputs["nodeOsType"] = state?.nodeOsType;
            resourceInputs["retryPolicy"] = state?.retryPolicy;
            resourceInputs["scaleTolerance"] = state?.scaleTolerance;
            resourceInputs["scalingGroupName"] = state?.scalingGroupName;
            resourceInputs["scalingGroupProjectId"] = state?.scalingGroupProjectId;
            resourceInputs["scalingMode"] = state?.scalingMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetIds"] = state?.subnetIds;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["taints"] = state?.taints;
            resourceInputs["terminationPolicies"] = state?.terminationPolicies;
            resourceInputs["unschedulable"] = state?.unschedulable;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitNodeReady"] = state?.waitNodeReady;
            resourceInputs["zones"] = state?.zones;
        } else {
            const args = argsOrState as KubernetesNodePoolArgs | undefined;
            if (args?.autoScalingConfig === undefined && !opts.urn) {
                throw new Error("Missing required property 'autoScalingConfig'");
            }
            if (args?.clusterId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clusterId'");
            }
            if (args?.maxSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'maxSize'");
            }
            if (args?.minSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'minSize'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["annotations"] = args?.annotations;
            resourceInputs["autoScalingConfig"] = args?.autoScalingConfig;
            resourceInputs["autoUpdateInstanceTags"] = args?.autoUpdateInstanceTags;
            resourceInputs["clusterId"] = args?.clusterId;
            resourceInputs["defaultCooldown"] = args?.defaultCooldown;
            resourceInputs["deleteKeepInstance"] = args?.deleteKeepInstance;
            resourceInputs["deletionProtection"] = args?.deletionProtection;
            resourceInputs["desiredCapacity"] = args?.desiredCapacity;
            resourceInputs["enableAutoScale"] = args?.enableAutoScale;
            resourceInputs["labels"] = args?.labels;
            resourceInputs["maxSize"] = args?.maxSize;
            resourceInputs["minSize"] = args?.minSize;
            resourceInputs["multiZoneSubnetPolicy"] = args?.multiZoneSubnetPolicy;
            resourceInputs["name"] = args?.name;
            resourceInputs["nodeConfig"] = args?.nodeConfig;
            resourceInputs["nodeOs"] = args?.nodeOs;
            resourceInputs["nodeOsType"] = args?.nodeOsType;
            resourceInputs["retryPolicy"] = args?.retryPolicy;
            resourceInputs["scaleTolerance"] = args?.scaleTolerance;
            resourceInputs["scalingGroupName"] = args?.scalingGroupName;
            resourceInputs["scalingGroupProjectId"] = args?.scalingGroupProjectId;
            resourceInputs["scalingMode"] = args?.scalingMode;
            resourceInputs["subnetIds"] = args?.subnetIds;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["taints"] = args?.taints;
            resourceInputs["terminationPolicies"] = args?.terminationPolicies;
            resourceInputs["unschedulable"] = args?.unschedulable;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitNodeReady"] = args?.waitNodeReady;
            resourceInputs["zones"] = args?.zones;
            resourceInputs["autoscalingAddedTotal"] = undefined /*out*/;
            resourceInputs["autoScalingGroupId"] = undefined /*out*/;
            resourceInputs["launchConfigId"] = undefined /*out*/;
            resourceInputs["manuallyAddedTotal"] = undefined /*out*/;
            resourceInputs["nodeCount"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(KubernetesNodePool.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    labels?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    labels?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
