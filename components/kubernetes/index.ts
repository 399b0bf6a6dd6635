export { TkeCluster, TkeClusterArgs, TkeClusterPlan, TkeNetworkType, planTkeCluster } from "./tkeCluster";
export { NodeTaint, ZonalNodePool, ZonalNodePoolArgs, ZonalNodePoolPlan, planZonalNodePool } from "./zonalNodePool";
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
