/**
 * The pack's policies, in registration order: one CrossGuard policy per rule, then the health
 * score, then the waiver report. The two whole-stack policies come last so that, within an
 * AnalyzeStack call, every other policy has run (and recorded its configuration) before them.
 */
import type { Policies } from "@pulumi/policy";
import { policyOf } from "./adapters";
import { RULES } from "./catalog";
import { healthScorePolicy } from "./stack/healthScore";
import { waiverReportPolicy } from "./stack/waiverReport";

/** Every policy of the `zonesafe` pack. */
export const policies: Policies = [...RULES.map(policyOf), healthScorePolicy, waiverReportPolicy];
