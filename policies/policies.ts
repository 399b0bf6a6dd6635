/**
 * The pack's policies, in registration order: one CrossGuard policy per rule, the resilience
 * analysis (AZ-failure simulation, event capacity), then the health score and the waiver report. The
 * last two come last so that, within an AnalyzeStack call, every other policy has run (and recorded
 * its configuration) before them.
 */
import type { Policies } from "@pulumi/policy";
import { policyOf } from "./adapters";
import { RULES } from "./catalog";
import { azFailureSimulationPolicy, eventCapacityPolicy } from "./resilience";
import { healthScorePolicy } from "./stack/healthScore";
import { waiverReportPolicy } from "./stack/waiverReport";

/** Every policy of the `zonesafe` pack. */
export const policies: Policies = [...RULES.map(policyOf), azFailureSimulationPolicy, eventCapacityPolicy, healthScorePolicy, waiverReportPolicy];
