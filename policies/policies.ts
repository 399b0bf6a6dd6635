/**
 * The pack's policies, in registration order: one CrossGuard policy per rule, the resilience
 * analysis (AZ-failure simulation, event capacity), event readiness, then the health score and the waiver report, all
 * sharing one {@link PackRuntime} (each policy's configuration reader, the stack's topology).
 */
import type { Policies } from "@pulumi/policy";
import { PackRuntime, policyOf } from "./adapters";
import { RULES } from "./catalog";
import { eventReadinessPolicyOf } from "./stack/eventReadiness";
import { healthScorePolicyOf } from "./stack/healthScore";
import { azFailurePolicyOf, eventCapacityPolicyOf } from "./stack/resilience";
import { waiverReportPolicyOf } from "./stack/waiverReport";

/** A fresh set of the pack's policies, sharing one runtime (a pack, or a test that runs a whole pack). */
export function createPolicies(): Policies {
    const runtime = new PackRuntime();
    return [
        ...RULES.map((rule) => policyOf(rule, runtime)),
        azFailurePolicyOf(runtime),
        eventCapacityPolicyOf(runtime),
        eventReadinessPolicyOf(runtime),
        healthScorePolicyOf(runtime),
        waiverReportPolicyOf(runtime),
    ];
}

/** Every policy of the `zonesafe` pack. */
export const policies: Policies = createPolicies();
