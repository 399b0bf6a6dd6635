/**
 * The health score, computed the way Tencent Cloud's risk assessment (Smart Advisor) computes its
 * own: out of 100, by deductions per risky assessment item, scaled by the share of resources at
 * risk and capped per risk level, then averaged over the assessment's modules.
 *
 * Formula
 * -------
 * An assessment item is one policy. For each policy with at least one resource at risk (a
 * violation no waiver exempts):
 *
 *     deduction = base(severity) × (0.5 + share)        share = atRisk / assessed  (1 when unknown)
 *     base: high 3, medium 2, low 1
 *
 * so an item costs between half and one and a half times its base: about −3/−2/−1 for an item
 * where half the resources are at risk, as the risk assessment does.
 *
 * Per pillar (reliability, security, performance/cost):
 *
 *     pillar = 100 − min(30, Σ high) − min(10, Σ medium) − min(5, Σ low)
 *
 * (the risk assessment caps high-risk deductions at 30 and medium-risk ones at 10; it states no cap
 * for low risk, and 5 keeps low-risk advice from weighing like a hazard). A pillar ranges 55–100.
 *
 * Overall: the weighted average of the pillars, rounded,
 *
 *     score = round((4 × reliability + 2 × security + 1 × performance/cost) / 7)
 *
 * The risk assessment averages five equal modules (security, reliability, performance, cost,
 * service limits), each holding a similar number of items. zonesafe has three pillars of very
 * different sizes (nearly three quarters of its rules are reliability rules), so the weights follow the
 * pillars' shares of the rules, rounded towards equality so that security still counts.
 * Calibration: a legacy single-AZ stack (single-AZ CLB, node pool, MySQL, Redis, MongoDB, CKafka)
 * spends the whole high-risk budget and most of the medium one in reliability (pillar 55–60) and
 * lands at 74–77 even with a clean security pillar — where the source estate stood (76) before
 * governance; with equal weights it would score 85, in the good band. A well-built multi-AZ stack
 * keeps ≥ 95.
 * Bands: 85–100 good, 61–84 governance risk, 0–60 critical.
 */
import { RULES_BY_NAME } from "./catalog";
import { PILLARS, Pillar, Severity } from "./rule";

/** Deduction base per severity. */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };
/** Cap of the deductions of each severity within a pillar. */
export const SEVERITY_CAPS: Readonly<Record<Severity, number>> = { high: 30, medium: 10, low: 5 };
/** Default weight of each pillar in the overall score. */
export const DEFAULT_PILLAR_WEIGHTS: Readonly<Record<Pillar, number>> = { reliability: 4, security: 2, "performance/cost": 1 };

/** The score bands. */
export type Band = "good" | "governance risk" | "critical";

/** The band of a score: 85–100 good, 61–84 governance risk, 0–60 critical. */
export function bandOf(score: number): Band {
    return score >= 85 ? "good" : score > 60 ? "governance risk" : "critical";
}

/** A finding as the score takes it: from this pack's assessment, a report, or the analyzer protocol. */
export interface ScoreFinding {
    readonly policy: string;
    /** Defaults to the policy's own severity. */
    readonly severity?: Severity;
    /** Defaults to the policy's own pillar. */
    readonly pillar?: Pillar | string;
    /** The resource at risk ("" or absent: counted as one item). */
    readonly urn?: string;
    /** Waived findings do not count. */
    readonly waived?: boolean;
}

/** One deduction of the score. */
export interface Deduction {
    readonly policy: string;
    readonly severity: Severity;
    readonly pillar: Pillar;
    readonly atRisk: number;
    /** How many subjects the policy judged, when known. */
    readonly assessed?: number;
    readonly points: number;
}

/** The score of one pillar. */
export interface PillarScore {
    readonly score: number;
    /** The capped deduction of each severity. */
    readonly deducted: Readonly<Record<Severity, number>>;
    readonly deductions: readonly Deduction[];
}

/** The health score of a stack. */
export interface HealthScore {
    /** 0–100, rounded. */
    readonly score: number;
    readonly band: Band;
    readonly pillars: Readonly<Record<Pillar, PillarScore>>;
    /** Every deduction, largest first. */
    readonly deductions: readonly Deduction[];
}

/** Options of the score. */
export interface ScoreOptions {
    /** Subjects each policy judged (policy name → count), to scale deductions by the share at risk. */
    readonly assessed?: Readonly<Record<string, number>>;
    /** Weight of each pillar (defaults: reliability 4, security 2, performance/cost 1). */
    readonly weights?: Readonly<Record<Pillar, number>>;
    /** Policies left out of the score. */
    readonly exclude?: readonly string[];
}

function round1(n: number): number {
    return Math.round(n * 10) / 10;
}

/**
 * Computes the health score from findings. Findings of policies this pack does not know (other
 * packs) are ignored unless they carry a known severity and pillar.
 */
export function computeHealthScore(findings: readonly ScoreFinding[], options: ScoreOptions = {}): HealthScore {
    const exclude = new Set(options.exclude ?? []);
    const items = new Map<string, { severity: Severity; pillar: Pillar; urns: Set<string> }>();
    for (const f of findings) {
        if (f.waived || exclude.has(f.policy)) {
            continue;
        }
        const rule = RULES_BY_NAME.get(f.policy);
        const severity = f.severity ?? rule?.severity;
        const pillar = (f.pillar ?? rule?.pillar) as Pillar | undefined;
        if (severity === undefined || !(severity in SEVERITY_POINTS) || pillar === undefined || !PILLARS.includes(pillar)) {
            continue;
        }
        const item = items.get(f.policy) ?? { severity, pillar, urns: new Set<string>() };
        item.urns.add(f.urn && f.urn !== "" ? f.urn : `#${item.urns.size}`);
        items.set(f.policy, item);
    }
    const deductions: Deduction[] = [];
    for (const [policy, item] of items) {
        const atRisk = item.urns.size;
        const assessed = options.assessed?.[policy];
        const share = assessed !== undefined && assessed > 0 ? Math.min(1, atRisk / assessed) : 1;
        deductions.push({
            policy,
            severity: item.severity,
            pillar: item.pillar,
            atRisk,
            assessed: assessed !== undefined && assessed > 0 ? Math.max(assessed, atRisk) : undefined,
            points: round1(SEVERITY_POINTS[item.severity] * (0.5 + share)),
        });
    }
    deductions.sort((a, b) => b.points - a.points || a.policy.localeCompare(b.policy));
    const pillars = {} as Record<Pillar, PillarScore>;
    for (const pillar of PILLARS) {
        const mine = deductions.filter((d) => d.pillar === pillar);
        const deducted = {} as Record<Severity, number>;
        for (const severity of Object.keys(SEVERITY_POINTS) as Severity[]) {
            const sum = mine.filter((d) => d.severity === severity).reduce((a, d) => a + d.points, 0);
            deducted[severity] = round1(Math.min(SEVERITY_CAPS[severity], sum));
        }
        pillars[pillar] = { score: round1(100 - deducted.high - deducted.medium - deducted.low), deducted, deductions: mine };
    }
    const weights = options.weights ?? DEFAULT_PILLAR_WEIGHTS;
    const totalWeight = PILLARS.reduce((a, p) => a + Math.max(0, weights[p] ?? 0), 0);
    const weighted = totalWeight > 0 ? PILLARS.reduce((a, p) => a + Math.max(0, weights[p] ?? 0) * pillars[p].score, 0) / totalWeight : 100;
    const score = Math.round(weighted);
    return { score, band: bandOf(score), pillars, deductions };
}

/** The score of an assessment's tallies (rule by rule: resources at risk of resources judged). */
export function scoreOfTallies(
    tallies: readonly { policy: string; severity: Severity; pillar: Pillar; assessed: number; atRisk: number }[],
    options: Omit<ScoreOptions, "assessed"> = {},
): HealthScore {
    const findings: ScoreFinding[] = [];
    const assessed: Record<string, number> = {};
    for (const t of tallies) {
        assessed[t.policy] = t.assessed;
        for (let i = 0; i < t.atRisk; i++) {
            findings.push({ policy: t.policy, severity: t.severity, pillar: t.pillar, urn: `#${i}` });
        }
    }
    return computeHealthScore(findings, { ...options, assessed });
}

/** "reliability 57, security 100, performance/cost 97". */
export function describePillars(score: HealthScore): string {
    return PILLARS.map((p) => `${p} ${Math.round(score.pillars[p].score)}`).join(", ");
}
