/**
 * Health score (stack rule): the stack's score out of 100, computed the way the cloud risk
 * assessment computes its own (see score.ts for the formula), reported when it falls below a
 * configurable minimum (90 by default).
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { assessmentOf, readOwnConfig } from "../adapters";
import { defineConfig, integer, numberMap, stringList } from "../config";
import { DEFAULT_PILLAR_WEIGHTS, describePillars, HealthScore, scoreOfTallies } from "../score";

/** The name of the health-score policy. */
export const HEALTH_SCORE_POLICY = "zonesafe-health-score";

/** The health-score policy's configuration. */
export const healthScoreConfig = defineConfig({
    minimum: integer({ default: 90, minimum: 0, maximum: 100, description: "The lowest acceptable health score (0–100)." }),
    weights: numberMap({
        default: { ...DEFAULT_PILLAR_WEIGHTS },
        minimum: 0,
        description: "Weight of each pillar in the overall score (reliability, security, performance/cost).",
    }),
    excludePolicies: stringList({ default: [], description: "Policies whose findings do not count against the score." }),
});

/** The metadata of the health-score policy. */
export const healthScoreInfo = {
    name: HEALTH_SCORE_POLICY,
    description: "Checks whether the stack's health score (0–100, deductions per risky item by severity, capped per severity, weighted over the reliability, security and performance/cost pillars) reaches the configured minimum.",
    severity: "medium",
    pillar: "governance",
    service: "zonesafe",
    fix: "Fix the largest deductions first (listed in the message): high-severity availability hazards cost the most. Waived findings do not count.",
} as const;

/** The message of a score below the minimum. */
export function healthScoreMessage(score: HealthScore, minimum: number): string {
    const top = score.deductions
        .slice(0, 5)
        .map((d) => `${d.policy} −${d.points} (${d.atRisk}${d.assessed !== undefined ? ` of ${d.assessed}` : ""} at risk)`)
        .join(", ");
    return `Stack must reach a health score of at least ${minimum}; it scores ${score.score} (${score.band}): ${describePillars(score)}. Largest deductions: ${top || "none"}.`;
}

/** The health-score policy. */
export const healthScorePolicy: StackValidationPolicy = {
    name: healthScoreInfo.name,
    description: healthScoreInfo.description,
    severity: healthScoreInfo.severity,
    tags: [healthScoreInfo.pillar, healthScoreInfo.service],
    remediationSteps: healthScoreInfo.fix,
    enforcementLevel: "advisory",
    configSchema: healthScoreConfig.schema,
    validateStack: (args, reportViolation) => {
        const config = healthScoreConfig.parse(readOwnConfig(HEALTH_SCORE_POLICY, args));
        const assessment = assessmentOf(args);
        const score = scoreOfTallies(assessment.tallies, { weights: config.weights, exclude: config.excludePolicies });
        if (score.score < config.minimum) {
            reportViolation(healthScoreMessage(score, config.minimum));
        }
    },
};
