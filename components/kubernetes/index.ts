export { TkeCluster, TkeClusterArgs, TkeClusterPlan, TkeNetworkType, planTkeCluster } from "./tkeCluster";
export { NodePoolRetryPolicy, NodePoolTerminationPolicy, NodeTaint, TaintEffect, ZonalNodePool, ZonalNodePoolArgs, ZonalNodePoolPlan, planZonalNodePool } from "./zonalNodePool";
export {
    ContainerResources,
    NODE_PORT_RANGE,
    ResourceQuantities,
    ServiceType,
    SpreadWorkload,
    SpreadWorkloadArgs,
    SpreadWorkloadManifests,
    SpreadWorkloadPlan,
    SpreadWorkloadService,
    buildSpreadWorkloadManifests,
    isPinnedImage,
    planSpreadWorkload,
} from "./spreadWorkload";
