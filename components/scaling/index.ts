export {
    AsHealthCheckType,
    ElasticScalingGroup,
    ElasticScalingGroupArgs,
    ElasticScalingGroupPlan,
    POOL_THRESHOLDS,
    ScalingEvent,
    ScalingEventPlan,
    ScalingEventWindow,
    ScalingGroupCommonArgs,
    ScalingLoadBalancer,
    ScalingPoolKind,
    planElasticScalingGroup,
} from "./elasticScalingGroup";
export { PoolPlans, PoolScalingGroupIds, TieredScalingPools, TieredScalingPoolsArgs, TieredScalingPoolsPlan, TrafficShare, planTieredScalingPools } from "./tieredScalingPools";
