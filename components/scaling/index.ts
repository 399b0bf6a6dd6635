export {
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
export { TieredScalingPools, TieredScalingPoolsArgs, TieredScalingPoolsPlan, planTieredScalingPools } from "./tieredScalingPools";
