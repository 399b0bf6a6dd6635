/**
 * A plain table of every policy of the pack (name → severity, pillar, service, fix, …), for reports
 * and tools that need the pack's vocabulary without starting it.
 */
import { RULES } from "./catalog";
import type { Pillar, Service, Severity } from "./rule";
import { azFailureSimulationInfo, eventCapacityInfo } from "./resilience";
import { eventReadinessInfo } from "./stack/eventReadinessCheck";
import { healthScoreInfo } from "./stack/healthScore";
import { waiverReportInfo } from "./stack/waiverReport";

/** What a report needs to know about a policy. */
export interface PolicyMetadata {
    readonly name: string;
    readonly description: string;
    readonly severity: Severity;
    /** The pillar, or `governance` for the health score and the waiver report. */
    readonly pillar: Pillar | "governance";
    readonly service: Service | "zonesafe";
    /** Whether the policy checks one resource at a time or the whole stack. */
    readonly kind: "resource" | "stack";
    /** Fix advice (also sent over the analyzer protocol as the policy's remediation steps). */
    readonly fix: string;
    /** Whether the policy can fix resources itself at the `remediate` level. */
    readonly remediates: boolean;
}

/** The name of the policy pack. */
export const PACK_NAME = "zonesafe";

/** Every policy of the pack, by name, in registration order. */
export const POLICY_METADATA: Readonly<Record<string, PolicyMetadata>> = Object.fromEntries(
    [
        ...RULES.map((rule) => ({
            name: rule.name,
            description: rule.description,
            severity: rule.severity,
            pillar: rule.pillar,
            service: rule.service,
            kind: rule.kind,
            fix: rule.fix,
            remediates: rule.kind === "resource" && rule.remediate !== undefined,
        })),
        ...[azFailureSimulationInfo, eventCapacityInfo, eventReadinessInfo, healthScoreInfo, waiverReportInfo].map((info) => ({ ...info, kind: "stack" as const, remediates: false })),
    ].map((m) => [m.name, m]),
);
