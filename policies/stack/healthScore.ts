/**
 * Health score (stack rule): the stack's score out of 100, computed the way the cloud risk
 * assessment computes its own (see score.ts for the formula), reported when it falls below a
 * configurable minimum (90 by default). The evaluation core computes it (../core.ts); this is the
 * CrossGuard policy that reports it.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { PackRuntime, reportPolicy } from "../adapters";
import { HEALTH_SCORE_POLICY, healthScoreConfig, healthScoreInfo } from "./healthScoreCheck";

export { HEALTH_SCORE_POLICY, healthScoreConfig, healthScoreInfo, healthScoreMessage } from "./healthScoreCheck";

/** The health-score policy of a pack whose policies share `runtime` (it reads every policy's configuration through it). */
export function healthScorePolicyOf(runtime: PackRuntime): StackValidationPolicy {
    return reportPolicy(healthScoreInfo, healthScoreConfig.schema, (args, reportViolation) => {
        runtime.note(HEALTH_SCORE_POLICY, args.getConfig);
        for (const v of runtime.coreOf(args).violationsOf(HEALTH_SCORE_POLICY)) {
            reportViolation(v.message);
        }
    });
}

/** The health-score policy on its own (the other policies at their defaults). */
export const healthScorePolicy: StackValidationPolicy = healthScorePolicyOf(new PackRuntime());
