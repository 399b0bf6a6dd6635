export { TkeCluster, TkeClusterArgs, TkeClusterPlan, TkeNetworkType, planTkeCluster } from "./tkeCluster";
export { NodeTaint, ZonalNodePool, ZonalNodePoolArgs, ZonalNodePoolPlan, planZonalNodePool } from "./zonalNodePool";
export {
    ContainerResources,
    ResourceQuantities,
    SpreadWorkload,
    SpreadWorkloadArgs,
    SpreadWorkloadManifests,
    SpreadWorkloadPlan,
    SpreadWorkloadService,
    buildSpreadWorkloadManifests,
    isPinnedImage,
    planSpreadWorkload,
} from "./spreadWorkload";
