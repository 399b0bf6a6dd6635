/**
 * What the reports know about particular policy packs beyond the analyzer protocol. Any CrossGuard
 * pack is reported from what the protocol gives (each policy's severity, its remediation steps as the
 * fix, its diagnostics as findings); a pack with an adapter here also gets pillars, a health score and
 * its waivers listed apart from its findings.
 */
import * as path from "path";
import type { EvaluatedPack } from "@zonesafe/engine/evaluate";
import type { Finding, StackRecord } from "@zonesafe/engine/types";

/** The directory of zonesafe's own pack, the installed `@zonesafe/policies` (the default `--policy-pack`). */
export const OWN_PACK_DIR = path.dirname(require.resolve("@zonesafe/policies/package.json"));

/** The health score of a report. */
export interface ReportScore {
    /** The pack that computed it. */
    pack: string;
    /** 0 to 100. */
    value: number;
    /** The band the value falls in (for example `good`). */
    band: string;
    /** One sub-score per pillar, 0 to 100. */
    pillars: Array<{ pillar: string; value: number }>;
    /** A one-line account of the score (its largest deductions), when the pack gives one. */
    summary: string | null;
    /** What the score lost, largest first. */
    deductions: ScoreDeduction[];
}

/** One deduction from the health score. */
export interface ScoreDeduction {
    policy: string;
    severity: string;
    pillar: string;
    /** Resources at risk. */
    atRisk: number;
    /** Subjects the policy judged, when known. */
    assessed: number | null;
    points: number;
}

/** What an adapter is told about the run. */
export interface AdapterContext {
    /** The stack as evaluated. */
    stack: StackRecord;
    /** The pack as evaluated (its policies and reconciled config). */
    pack: EvaluatedPack;
    /** The evaluation's time (waivers expire by it). */
    now: Date;
}

/** Pack-specific knowledge for reports. */
export interface PackAdapter {
    /** Whether a diagnostic is a finding or the report of a waiver. */
    classify(finding: Finding): "finding" | "waiver";
    /**
     * The policy each of the pack's waiver diagnostics is about (same order as given: every waiver
     * diagnostic of the pack, in the evaluation's order), `undefined` where it cannot be told.
     */
    waivedPolicies?(waivers: Finding[], ctx: AdapterContext): Array<string | undefined>;
    /** The pillar of a policy. */
    pillar?(policy: string): string | undefined;
    /** How to fix a violation of a policy, when the protocol gave none. */
    fix?(policy: string): string | undefined;
    /** The severity of a finding, when the pack knows better than the protocol. */
    severity?(finding: Finding): "critical" | "high" | "medium" | "low" | undefined;
    /** The health score from the pack's findings (waiver reports excluded), or `undefined`. */
    score?(findings: Finding[], ctx: AdapterContext): ReportScore | undefined;
}

const ADAPTERS: Record<string, PackAdapter> = {};

/** Registers the adapter of the pack named `name`. */
export function registerPackAdapter(name: string, adapter: PackAdapter): void {
    ADAPTERS[name] = adapter;
}

/** The adapter for an evaluated pack, or `undefined` for a pack reported from the protocol alone. */
export function adapterFor(pack: Pick<EvaluatedPack, "name">): PackAdapter | undefined {
    return Object.prototype.hasOwnProperty.call(ADAPTERS, pack.name) ? ADAPTERS[pack.name] : undefined;
}
