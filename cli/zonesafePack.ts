/**
 * What the reports know about zonesafe's own policy pack (`policies/`), through the pack's exported,
 * server-free modules: each policy's pillar and fix (metadata.ts), the health score (score.ts, the
 * pack's own formula), and the waiver report (`zonesafe-waivers`), whose diagnostics the reports list
 * as waivers rather than as findings.
 *
 * The score: the pack's `computeHealthScore` over the pack's findings, with the share of resources at
 * risk taken from the pack's own assessment of the same stack (how many subjects each rule judged) and
 * the weights and exclusions of the `zonesafe-health-score` policy's reconciled configuration, so that
 * the report's score is the number the pack's health-score policy computes.
 */
import type { Finding, StackRecord } from "../engine/types";
import { assess, Assessment } from "../policies/assessment";
import { stackContext } from "../policies/levels";
import { PACK_NAME, POLICY_METADATA } from "../policies/metadata";
import { PILLARS } from "../policies/rule";
import { computeHealthScore } from "../policies/score";
import { HEALTH_SCORE_POLICY, healthScoreConfig } from "../policies/stack/healthScore";
import { WAIVER_REPORT_POLICY, waiverMessage } from "../policies/stack/waiverReport";
import { AdapterContext, PackAdapter, registerPackAdapter, ReportScore } from "./packs";
import { topologyOfStack } from "./stackTopology";

const assessments = new WeakMap<StackRecord, Assessment>();

/** The pack's own assessment of the stack, as its health-score and waiver policies compute it. */
function assessmentOf(ctx: AdapterContext): Assessment {
    const cached = assessments.get(ctx.stack);
    if (cached) return cached;
    const configs: Record<string, unknown> = {};
    for (const [policy, entry] of Object.entries(ctx.pack.config)) configs[policy] = entry.properties;
    const assessment = assess(topologyOfStack(ctx.stack), {
        stack: stackContext({ name: ctx.stack.stack, config: ctx.stack.config }, new Map(Object.entries(ctx.stack.tags))),
        now: ctx.now,
        configs,
    });
    assessments.set(ctx.stack, assessment);
    return assessment;
}

/** zonesafe's pack adapter. */
export const zonesafeAdapter: PackAdapter = {
    classify: (f: Finding) => (f.policy === WAIVER_REPORT_POLICY ? "waiver" : "finding"),

    waivedPolicy(f: Finding, ctx: AdapterContext): string | undefined {
        const text = f.message.startsWith(`${f.description}\n`) ? f.message.slice(f.description.length + 1) : f.message;
        const use = assessmentOf(ctx).waivers.find((u) => u.waiver.urn === f.urn && waiverMessage(u) === text);
        return use?.waiver.policy;
    },

    pillar: (policy: string) => POLICY_METADATA[policy]?.pillar,

    fix: (policy: string) => POLICY_METADATA[policy]?.fix,

    score(findings: Finding[], ctx: AdapterContext): ReportScore | undefined {
        const config = healthScoreConfig.parse(ctx.pack.config[HEALTH_SCORE_POLICY]?.properties ?? {});
        const assessed: Record<string, number> = {};
        for (const t of assessmentOf(ctx).tallies) assessed[t.policy] = t.assessed;
        const score = computeHealthScore(
            findings.map((f) => ({ policy: f.policy, urn: f.urn })),
            { assessed, weights: config.weights, exclude: config.excludePolicies },
        );
        const top = score.deductions
            .slice(0, 5)
            .map((d) => `${d.policy} −${d.points}`)
            .join(", ");
        return {
            pack: ctx.pack.name,
            value: score.score,
            band: score.band,
            pillars: PILLARS.map((pillar) => ({ pillar, value: score.pillars[pillar].score })),
            summary: `largest deductions: ${top || "none"}`,
            deductions: score.deductions.map((d) => ({
                policy: d.policy,
                severity: d.severity,
                pillar: d.pillar,
                atRisk: d.atRisk,
                assessed: d.assessed ?? null,
                points: d.points,
            })),
        };
    },
};

registerPackAdapter(PACK_NAME, zonesafeAdapter);
