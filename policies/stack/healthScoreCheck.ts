/**
 * The health score as a whole-stack check (no policy SDK): its name, configuration, metadata and
 * message. The evaluation core (../core.ts) computes the score; the CrossGuard policy
 * (healthScore.ts) reports it.
 */
import { defineConfig, integer, numberMap, stringList } from "../config";
import { DEFAULT_PILLAR_WEIGHTS, describePillars, HealthScore } from "../score";

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
