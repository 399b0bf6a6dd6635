export { TkeCluster, TkeClusterArgs, TkeClusterPlan, TkeEndpoint, TkeNetworkType, planTkeCluster } from "./tkeCluster";
export { NodePoolRetryPolicy, NodePoolTerminationPolicy, NodeTaint, TaintEffect, ZonalNodePool, ZonalNodePoolArgs, ZonalNodePoolPlan, planZonalNodePool } from "./zonalNodePool";
export {
    ContainerResources,
    NODE_PORT_RANGE,
    PdbPlan,
    ProbeKind,
    ResourceQuantities,
    ResourcesPlan,
    ServiceType,
    SpreadWorkload,
    SpreadWorkloadArgs,
    SpreadWorkloadManifests,
    SpreadWorkloadPlan,
    SpreadWorkloadService,
    CronScalerManifest,
    TKE_CRON_SCALER,
    buildCronScalers,
    buildSpreadWorkloadManifests,
    isPinnedImage,
    planSpreadWorkload,
} from "./spreadWorkload";
