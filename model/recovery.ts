/**
 * Recovery figures more than one layer needs: the targets a zone's loss is held to and the bound on
 * moving workloads off a lost zone. The policy pack's AZ-failure simulation judges against them
 * (policies/resilience/estimates.ts re-exports them beside its other estimates), and the drills and
 * the drill schedule component state them as hypotheses to verify.
 */

/** The stack's RTO target for the loss of one availability zone, seconds (source practice: 15 minutes). */
export const ZONE_RTO_TARGET_SECONDS = 900;

/** The data tier's RPO target, seconds of committed data that may be lost (source practice: 0 for critical data). */
export const DATA_TIER_RPO_TARGET_SECONDS = 0;

/** The source practice's bound on moving workloads off a failed node or zone: under 2 minutes. */
export const WORKLOAD_MIGRATION_BUDGET_SECONDS = 120;
