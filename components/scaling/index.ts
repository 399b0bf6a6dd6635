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
export { AS_SCHEDULE_OFFSET, CapacityEvent, EVENT_SCALE_BACK_MINUTES, EventCapacityPlan, EventSizing, cronAt, planEventCapacity } from "./eventCapacity";
