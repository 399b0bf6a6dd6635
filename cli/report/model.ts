/**
 * The report model: everything a run found, built once and rendered as text, JSON, SARIF or HTML.
 * Its JSON form is the versioned document `zonesafe.report/v1` (cli/schemas/report.v1.schema.json,
 * docs/report-format.md): renderers add nothing that is not in the model.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import type { EvaluationResult } from "@zonesafe/engine/evaluate";
import type { Finding, StackRecord } from "@zonesafe/engine/types";
import { Redactor } from "../redact";
import { parseUrn } from "../state";
import { AdapterContext, adapterFor, PackAdapter, ReportScore } from "../packs";
import type { ReportDrill } from "./drills";
import { buildPlan, Plan } from "./plan";

export type { ReportScore } from "../packs";

/** The schema identifier of the JSON report; the major version changes only on breaking changes. */
export const REPORT_SCHEMA = "zonesafe.report/v1";

/** Severities, from the most to the least grave. */
export type ReportSeverity = "critical" | "high" | "medium" | "low";

/** Where the assessed resources came from. */
export interface ReportSource {
    /** `program`: a Pulumi program run by `zonesafe preview`; the others: a file read by `zonesafe assess`. */
    kind: "program" | "stack-export" | "checkpoint" | "preview-json";
    /** The project directory (program) or the state file, as given. */
    path: string;
    /** The program's entry file (program only). */
    entryFile?: string;
    /** The stack's `Pulumi.<stack>.yaml` (program only). */
    stackFile?: string;
}

/** One policy of a pack, with the level it ran at. */
export interface ReportPolicy {
    name: string;
    description: string;
    /** The level after the config was reconciled. */
    level: "advisory" | "mandatory" | "remediate" | "disabled";
    severity: ReportSeverity | null;
    pillar: string | null;
    /** How to fix a violation (the policy's remediation steps), or null. */
    fix: string | null;
    tags: string[];
    type: "resource" | "stack" | "unknown";
}

/** A pack as it ran. */
export interface ReportPack {
    name: string;
    version: string;
    dir: string;
    policies: ReportPolicy[];
    warnings: string[];
}

/** One violation. */
export interface ReportFinding {
    /** A stable fingerprint of pack, policy, resource and message. */
    id: string;
    policy: string;
    pack: string;
    packVersion: string;
    /** `mandatory` blocks (exit code 1); a `remediate` policy that still fails is reported `mandatory`. */
    level: "mandatory" | "advisory";
    severity: ReportSeverity | null;
    pillar: string | null;
    /** The resource's URN, or "" for a stack-wide finding. */
    urn: string;
    resourceType: string | null;
    resourceName: string | null;
    message: string;
    description: string;
    fix: string | null;
    tags: string[];
}

/** A waiver the pack applied: a resource exempted from a policy. */
export interface ReportWaiver {
    pack: string;
    /** The waived policy, when the pack names it. */
    policy: string | null;
    urn: string;
    resourceName: string | null;
    message: string;
}

/** A remediation the pack applied to a resource's inputs. */
export interface ReportRemediation {
    urn: string;
    policy: string;
    pack: string;
    /** The top-level inputs it changed. */
    changed: string[];
}

/** The whole report. */
export interface Report {
    schema: typeof REPORT_SCHEMA;
    tool: { name: "zonesafe"; version: string };
    generatedAt: string;
    command: "preview" | "assess";
    source: ReportSource;
    stack: {
        project: string;
        stack: string;
        organization: string | null;
        /** True for a preview (values may be unknown), false for deployed state. */
        dryRun: boolean;
        resourceCount: number;
        tags: Record<string, string>;
    };
    packs: ReportPack[];
    plan: Plan;
    findings: ReportFinding[];
    summary: {
        total: number;
        mandatory: number;
        advisory: number;
        bySeverity: Record<ReportSeverity | "unspecified", number>;
    };
    waivers: ReportWaiver[];
    remediations: ReportRemediation[];
    /** The health score, when a pack provides one; null otherwise. */
    score: ReportScore | null;
    /** The AZ-failure simulation and the event capacity check (estimates from the plan); null when not computed. */
    resilience: ReportResilience | null;
    /** The latest drill result of each experiment of the stack (`--drill-results`): measured beside expected; absent when not asked for. */
    drills?: ReportDrill[];
    result: { exitCode: 0 | 1; passed: boolean; mandatoryViolations: number };
    notes: string[];
    /**
     * Milliseconds: running the program (preview only), the whole evaluation, and its parts (starting
     * and configuring the packs, Remediate/Analyze of every resource, AnalyzeStack), and the whole run.
     */
    timings: { programMs: number | null; evaluationMs: number; packStartMs: number; resourcesMs: number; stackMs: number; totalMs: number };
}

/** The resilience section of a report: per lost zone, per tier, whether it keeps serving and the estimated RTO/RPO. */
export interface ReportResilience {
    estimate: true;
    /** `breached` when the loss of some zone breaches the targets, `met` when none does. */
    status: "met" | "breached" | "undetermined" | "not-applicable";
    targets: { rtoSeconds: number; rpoSecondsData: number };
    /** The stack's RTO and RPO for the loss of any one zone (the worst); null when unbounded. */
    rtoSeconds: number | null;
    rpoSeconds: number | null;
    disruptions: Array<{
        zone: string;
        status: "met" | "breached" | "undetermined" | "not-applicable";
        rtoSeconds: number | null;
        rpoSeconds: number | null;
        tiers: Array<{ tier: string; survives: boolean; capacityLeft: number; rtoSeconds: number | null; rpoSeconds: number | null }>;
        breaches: Array<{ urn: string; tier: string; reason: string }>;
    }>;
    capacity: { configured: boolean; passes: boolean; violations: Array<{ urn: string; message: string }> };
}

/** What {@link buildReport} needs. */
export interface ReportInput {
    command: "preview" | "assess";
    source: ReportSource;
    /** The stack as evaluated (the evaluation's copy carries remediated inputs). */
    evaluation: EvaluationResult;
    notes: string[];
    programMs?: number;
    evaluationMs: number;
    totalMs: number;
    /** The report's timestamp. Defaults to now. */
    now?: Date;
    /** The resilience analysis's results, when computed. */
    resilience?: ReportResilience | null;
    /** The latest drill results, when asked for (`--drill-results`). */
    drills?: ReportDrill[];
    /** Further secret values to redact, beyond those the evaluated stack carries (its wire-form secrets and secret config). */
    secrets?: Iterable<string>;
}

/** zonesafe's own version, from its package.json. */
export function toolVersion(): string {
    try {
        return String(JSON.parse(fs.readFileSync(require.resolve("zonesafe/package.json"), "utf8")).version);
    } catch {
        return "0.0.0";
    }
}

/** A short stable fingerprint of the parts of a finding that identify it. */
export function fingerprint(...parts: string[]): string {
    return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

/**
 * The violation's own text: the policy server sends `description + "\n" + message` (pulumi-policy
 * `makeReportViolationFun`), so the description prefix is dropped when present.
 */
export function violationText(message: string, description: string): string {
    return description !== "" && message.startsWith(`${description}\n`) ? message.slice(description.length + 1) : message;
}

const SEVERITY_ORDER: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };

function severityOf(f: Finding, adapter: PackAdapter | undefined): ReportSeverity | null {
    return adapter?.severity?.(f) ?? f.rawSeverity ?? f.severity ?? null;
}

/**
 * Builds the report model from an evaluation. Every secret value the stack carries (wire-form secrets
 * of any resource, secret config such as `--secret` values; see ../redact.ts) and every value of
 * `input.secrets` is replaced by `[secret]` wherever it appears in the model, the pack's messages
 * included.
 */
export function buildReport(input: ReportInput): Report {
    const redactor = new Redactor(input.secrets).addStack(input.evaluation.stack);
    return redactor.deep(assembleReport(input));
}

function assembleReport(input: ReportInput): Report {
    const ev = input.evaluation;
    const stack: StackRecord = ev.stack;
    const adapters = new Map(ev.packs.map((p) => [p.name, adapterFor(p)]));
    const findings: ReportFinding[] = [];
    const waivers: ReportWaiver[] = [];
    const byUrn = new Map(stack.resources.map((r) => [r.urn, r]));

    const now = input.now ?? new Date();
    const contexts = new Map(ev.packs.map((p) => [p.name, { stack, pack: p, now }]));
    const scored = new Map<string, Finding[]>();
    const waiverDiagnostics = new Map<string, Array<{ finding: Finding; waiver: ReportWaiver }>>();
    for (const f of ev.findings) {
        const adapter = adapters.get(f.pack);
        const role = adapter?.classify(f) ?? "finding";
        const parsed = f.urn ? parseUrn(f.urn) : undefined;
        const resourceName = f.urn ? (byUrn.get(f.urn)?.name ?? parsed?.name ?? null) : null;
        const message = violationText(f.message, f.description);
        if (role === "waiver") {
            const waiver: ReportWaiver = { pack: f.pack, policy: null, urn: f.urn, resourceName, message };
            waivers.push(waiver);
            const list = waiverDiagnostics.get(f.pack);
            if (list) list.push({ finding: f, waiver });
            else waiverDiagnostics.set(f.pack, [{ finding: f, waiver }]);
            // A waiver report configured as mandatory still blocks, so it stays a finding too.
            if (f.level !== "mandatory" && f.level !== "remediate") continue;
        } else {
            const list = scored.get(f.pack);
            if (list) list.push(f);
            else scored.set(f.pack, [f]);
        }
        findings.push({
            id: fingerprint(f.pack, f.policy, f.urn, message),
            policy: f.policy,
            pack: f.pack,
            packVersion: f.packVersion,
            level: f.level === "mandatory" || f.level === "remediate" ? "mandatory" : "advisory",
            severity: severityOf(f, adapter),
            pillar: f.pillar ?? adapter?.pillar?.(f.policy) ?? null,
            urn: f.urn,
            resourceType: f.urn ? (byUrn.get(f.urn)?.type ?? parsed?.type ?? null) : null,
            resourceName,
            message,
            description: f.description,
            fix: f.fix ?? adapter?.fix?.(f.policy) ?? null,
            tags: f.tags ?? [],
        });
    }

    for (const [pack, list] of waiverDiagnostics) {
        const ctx = contexts.get(pack);
        const policies = ctx ? adapters.get(pack)?.waivedPolicies?.(list.map((w) => w.finding), ctx) : undefined;
        list.forEach((w, i) => (w.waiver.policy = policies?.[i] ?? null));
    }

    const packs: ReportPack[] = ev.packs.map((p) => {
        const adapter = adapters.get(p.name);
        return {
            name: p.name,
            version: p.version,
            dir: p.dir,
            warnings: p.warnings,
            policies: p.policies.map((pi) => ({
                name: pi.name,
                description: pi.description,
                level: p.config[pi.name]?.enforcementLevel ?? pi.enforcementLevel,
                severity: pi.severity ?? null,
                pillar: adapter?.pillar?.(pi.name) ?? null,
                fix: pi.remediationSteps || adapter?.fix?.(pi.name) || null,
                tags: pi.tags,
                type: pi.policyType,
            })),
        };
    });

    let score: ReportScore | null = null;
    for (const p of ev.packs) {
        const s = adapters.get(p.name)?.score?.(scored.get(p.name) ?? [], contexts.get(p.name) as AdapterContext);
        if (s) {
            score = s;
            break;
        }
    }

    const mandatory = findings.filter((f) => f.level === "mandatory").length;
    const bySeverity: Record<ReportSeverity | "unspecified", number> = { critical: 0, high: 0, medium: 0, low: 0, unspecified: 0 };
    for (const f of findings) bySeverity[f.severity ?? "unspecified"]++;
    findings.sort(
        (a, b) =>
            (a.level === b.level ? 0 : a.level === "mandatory" ? -1 : 1) ||
            (SEVERITY_ORDER[a.severity ?? ""] ?? 4) - (SEVERITY_ORDER[b.severity ?? ""] ?? 4),
    );
    const notes = [...input.notes, ...ev.packs.flatMap((p) => p.warnings)];

    return {
        schema: REPORT_SCHEMA,
        tool: { name: "zonesafe", version: toolVersion() },
        generatedAt: now.toISOString(),
        command: input.command,
        source: input.source,
        stack: {
            project: stack.project,
            stack: stack.stack,
            organization: stack.organization ?? null,
            dryRun: stack.dryRun,
            resourceCount: stack.resources.length,
            tags: { ...stack.tags },
        },
        packs,
        plan: buildPlan(stack),
        findings,
        summary: { total: findings.length, mandatory, advisory: findings.length - mandatory, bySeverity },
        waivers,
        remediations: ev.remediations.map((r) => ({ urn: r.urn, policy: r.policy, pack: r.pack, changed: r.changed })),
        score,
        resilience: input.resilience ?? null,
        ...(input.drills === undefined ? {} : { drills: input.drills }),
        result: { exitCode: mandatory > 0 ? 1 : 0, passed: mandatory === 0, mandatoryViolations: mandatory },
        notes,
        timings: {
            programMs: input.programMs ?? null,
            evaluationMs: Math.round(input.evaluationMs),
            packStartMs: Math.round(ev.timings.startMs),
            resourcesMs: Math.round(ev.timings.resourcesMs),
            stackMs: Math.round(ev.timings.stackMs),
            totalMs: Math.round(input.totalMs),
        },
    };
}
