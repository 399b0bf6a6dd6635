/**
 * Event readiness (stack policy): every peak event the stack declares (`zonesafe:events`) that starts
 * within the horizon must have scheduled capacity, capacity for its peak, a health score at the
 * minimum and no waiver expiring during it. The evaluation core checks it (../core.ts) at the time
 * the pack is given; this is the CrossGuard policy that reports it.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { PackRuntime, reportPolicy } from "../adapters";
import { EVENT_READINESS_POLICY, eventReadinessConfig, eventReadinessInfo } from "./eventReadinessCheck";

export { checkEventReadiness, EVENT_READINESS_POLICY, eventReadinessConfig, eventReadinessInfo } from "./eventReadinessCheck";

/** The event-readiness policy of a pack whose policies share `runtime` (it reads the score's and the capacity check's configuration through it). */
export function eventReadinessPolicyOf(runtime: PackRuntime): StackValidationPolicy {
    return reportPolicy(eventReadinessInfo, eventReadinessConfig.schema, (args, reportViolation) => {
        runtime.note(EVENT_READINESS_POLICY, args.getConfig);
        for (const v of runtime.coreOf(args).violationsOf(EVENT_READINESS_POLICY)) {
            reportViolation(v.message, v.urn || undefined);
        }
    });
}

/** The event-readiness policy on its own (the other policies at their defaults). */
export const eventReadinessPolicy: StackValidationPolicy = eventReadinessPolicyOf(new PackRuntime());
