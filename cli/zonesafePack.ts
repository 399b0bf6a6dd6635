/**
 * What the reports know about zonesafe's own policy pack (`policies/`), through the pack's evaluation
 * core (policies/core.ts), run on the same stack with the configuration and levels the pack was given:
 * each policy's pillar and fix (metadata.ts), the health score (the pack's formula over the reported
 * findings, scaled by the core's tallies, with the `zonesafe-health-score` policy's weights and
 * exclusions), and the waiver report (`zonesafe-waivers`), whose diagnostics the reports list as
 * waivers rather than as findings, each with the policy it waives as the core's waiver report gives it.
 */
import type { EvaluatedPack } from "@zonesafe/engine/evaluate";
import type { Finding, StackRecord } from "@zonesafe/engine/types";
import { CoreLevel, CoreResult, evaluateTopology, scoreOfFindings } from "@zonesafe/policies/core";
import { PACK_NAME, POLICY_METADATA } from "@zonesafe/policies/metadata";
import { PILLARS } from "@zonesafe/policies/rule";
import { HEALTH_SCORE_POLICY } from "@zonesafe/policies/stack/healthScoreCheck";
import { WAIVER_REPORT_POLICY } from "@zonesafe/policies/stack/waiverReportCheck";
import { AdapterContext, PackAdapter, registerPackAdapter, ReportScore } from "./packs";
import { topologyOfStack } from "./stackTopology";

const results = new WeakMap<EvaluatedPack, { ctx: AdapterContext; result: CoreResult }>();

/** The time each in-process evaluation of the pack (cli/inProcess.ts) judged waivers by, by the stack it returned. */
const evaluatedAt = new WeakMap<StackRecord, Date>();

/**
 * Records the time an in-process evaluation judged waivers by: the report judges them by the same
 * time, as the evaluation did, and so shares the evaluation's assessment instead of repeating it.
 */
export function noteEvaluationTime(stack: StackRecord, now: Date): void {
    evaluatedAt.set(stack, now);
}

/** Each policy's properties and level in a pack's reconciled configuration, as the core takes them. */
export function coreConfigOf(pack: Pick<EvaluatedPack, "config">): { configs: Record<string, unknown>; levels: Record<string, CoreLevel> } {
    const configs: Record<string, unknown> = {};
    const levels: Record<string, CoreLevel> = {};
    for (const [policy, entry] of Object.entries(pack.config)) {
        configs[policy] = entry.properties;
        levels[policy] = entry.enforcementLevel;
    }
    return { configs, levels };
}

/**
 * The core's result for the stack and pack of a report, at the report's time or, when the command
 * evaluated the pack in-process, at the time that evaluation judged waivers by.
 */
export function coreResultOf(ctx: AdapterContext): CoreResult {
    const now = evaluatedAt.get(ctx.stack) ?? ctx.now;
    const cached = results.get(ctx.pack);
    if (cached && cached.ctx.stack === ctx.stack && cached.ctx.now.getTime() === now.getTime()) return cached.result;
    const result = evaluateTopology(topologyOfStack(ctx.stack), {
        identity: { name: ctx.stack.stack, config: ctx.stack.config },
        tags: ctx.stack.tags,
        ...coreConfigOf(ctx.pack),
        now,
    });
    results.set(ctx.pack, { ctx: { ...ctx, now }, result });
    return result;
}

/** The report's score from the core's score: every field the report shows. */
export function reportScoreOf(pack: string, findings: ReadonlyArray<{ policy: string; urn: string }>, result: CoreResult, healthScoreConfig: unknown): ReportScore {
    const score = scoreOfFindings(findings, result.assessment.tallies, healthScoreConfig);
    const top = score.deductions
        .slice(0, 5)
        .map((d) => `${d.policy} −${d.points}`)
        .join(", ");
    return {
        pack,
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
}

/** zonesafe's pack adapter. */
export const zonesafeAdapter: PackAdapter = {
    classify: (f: Finding) => (f.policy === WAIVER_REPORT_POLICY ? "waiver" : "finding"),

    waivedPolicies(waivers: Finding[], ctx: AdapterContext): Array<string | undefined> {
        // The waiver report lists the core's waivers in order; the evaluation keeps a policy's
        // diagnostics on one resource in the order the policy reported them. So the k-th diagnostic
        // on a resource is the core's k-th waiver on that resource.
        const byUrn = new Map<string, string[]>();
        for (const w of coreResultOf(ctx).waiverReport) {
            const list = byUrn.get(w.urn);
            if (list) list.push(w.policy);
            else byUrn.set(w.urn, [w.policy]);
        }
        const seen = new Map<string, number>();
        return waivers.map((f) => {
            const k = seen.get(f.urn) ?? 0;
            seen.set(f.urn, k + 1);
            return byUrn.get(f.urn)?.[k];
        });
    },

    pillar: (policy: string) => POLICY_METADATA[policy]?.pillar,

    fix: (policy: string) => POLICY_METADATA[policy]?.fix,

    score(findings: Finding[], ctx: AdapterContext): ReportScore | undefined {
        return reportScoreOf(ctx.pack.name, findings, coreResultOf(ctx), ctx.pack.config[HEALTH_SCORE_POLICY]?.properties ?? {});
    },
};

registerPackAdapter(PACK_NAME, zonesafeAdapter);
