/**
 * The evaluation core: one pure function from a stack's resources (with the stack's identity, each
 * policy's configuration and level, and the time) to everything the pack decides about it — every
 * finding with its policy, level, severity, pillar and waiver; the health score with its deductions;
 * the AZ-failure simulation; the event capacity check; the readiness of the stack's peak events at
 * the time given; the waiver report.
 *
 * It never touches the policy SDK and keeps no state between calls. The CrossGuard policies
 * (adapters.ts, runtime.ts) are a thin layer over it, the `zonesafe` command renders its result, and
 * a tool can call it directly on resources it holds (see {@link evaluateStack}).
 */
import { assess, Assessment, AssessmentFinding, RuleTally, WaiverUse } from "./assessment";
import { RULES } from "./catalog";
import { stackContext, StackIdentity } from "./levels";
import type { CapacityReport } from "./resilience/capacity";
import {
    AZ_FAILURE_POLICY,
    azFailureConfig,
    azFailureSimulationInfo,
    AzFailureResult,
    checkAzFailure,
    checkCapacity,
    EVENT_CAPACITY_POLICY,
    eventCapacityConfig,
    eventCapacityInfo,
} from "./resilience/policies";
import type { Pillar, ResourceRule, ResourceView, RuleContext, Service, Severity, StackContext, StackRule } from "./rule";
import { computeHealthScore, HealthScore, scoreOfTallies } from "./score";
import { checkEventReadiness, EVENT_READINESS_POLICY, eventReadinessConfig, eventReadinessInfo, ReadinessResult } from "./stack/eventReadinessCheck";
import { HEALTH_SCORE_POLICY, healthScoreConfig, healthScoreInfo, healthScoreMessage } from "./stack/healthScoreCheck";
import { WAIVER_REPORT_POLICY, waiverMessage, waiverReportInfo } from "./stack/waiverReportCheck";
import { buildTopology, StackResource, Topology } from "./topology";
import { activeWaiver, Waiver, WAIVERS_OPTION, waiversFor } from "./waivers";
import { snapshotObject } from "./values";

/** Enforcement levels, as CrossGuard names them. */
export type CoreLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** What the core needs besides the resources. */
export interface CoreOptions {
    /** The stack's name and configuration (`namespace:key` → value). */
    readonly identity: StackIdentity;
    /** The stack's tags. */
    readonly tags?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
    /** Each policy's configuration, as `getConfig()` returns it (missing: the policy's defaults). */
    readonly configs?: Readonly<Record<string, unknown>>;
    /** Each policy's enforcement level (missing: `advisory`). A `disabled` policy reports nothing. */
    readonly levels?: Readonly<Record<string, CoreLevel>>;
    /** The time waivers expire by. */
    readonly now: Date;
}

/** One finding of one policy of the pack. */
export interface CoreFinding {
    readonly policy: string;
    readonly level: CoreLevel;
    readonly severity: Severity;
    readonly pillar: Pillar | "governance";
    readonly service: Service | "zonesafe";
    /** The resource, or "" for a stack-wide finding. */
    readonly urn: string;
    readonly message: string;
    readonly fix: string;
    /** The waiver that exempts the resource, when one does: the finding is then not reported. */
    readonly waiver?: Waiver;
}

/** One line of the waiver report: a declared waiver, the policy it waives, and its message. */
export interface WaiverReportEntry {
    /** The resource that declares (or is named by) the waiver. */
    readonly urn: string;
    /** The policy the waiver exempts the resource from. */
    readonly policy: string;
    readonly message: string;
    readonly use: WaiverUse;
}

/** Everything the pack decides about a stack. */
export interface CoreResult {
    readonly topology: Topology;
    readonly stack: StackContext;
    readonly now: Date;
    /** Every rule over the stack, waived findings included (what the health score is computed from). */
    readonly assessment: Assessment;
    /** The health score as the `zonesafe-health-score` policy computes it, with its minimum. */
    readonly score: HealthScore;
    readonly scoreMinimum: number;
    /** The AZ-failure simulation and its violations (computed on first read). */
    readonly azFailure: AzFailureResult;
    /** The event capacity check (computed on first read). */
    readonly capacity: CapacityReport;
    /** The readiness of the stack's peak events at `now` (computed on first read). */
    readonly readiness: ReadinessResult;
    /** Every waiver declared in the stack, in the order the waiver report lists them. */
    readonly waiverReport: readonly WaiverReportEntry[];
    /**
     * Every finding of every policy, in the pack's registration order: the rules (waived findings
     * kept, with their waiver), the AZ-failure simulation, the event capacity check, event
     * readiness, the health score, the waiver report. Findings of `disabled` policies are left out.
     */
    readonly findings: readonly CoreFinding[];
    /** The violations one policy reports (unwaived; empty for a disabled or unknown policy). */
    violationsOf(policy: string): ReadonlyArray<{ readonly urn: string; readonly message: string }>;
}

/** The tags as a map. */
function tagMap(tags: CoreOptions["tags"]): ReadonlyMap<string, string> {
    if (tags === undefined) return new Map();
    if (tags instanceof Map) return tags;
    return new Map(Object.entries(tags as Record<string, string>));
}

/** A policy's raw configuration, copied plain. */
function rawConfig(configs: CoreOptions["configs"], policy: string): Record<string, unknown> {
    return snapshotObject(configs?.[policy]);
}

/** The active waiver that exempts a resource from a policy (from the resource, or from `raw`'s `waivers`), if any. */
export function resourceWaiver(policy: string, view: ResourceView, raw: Record<string, unknown>, now: Date): Waiver | undefined {
    return activeWaiver(waiversFor(policy, view, WAIVERS_OPTION.parse(raw["waivers"]) ?? [], now));
}

/**
 * What a resource rule reports on one resource: its messages, or none when the rule does not check
 * the resource's type or a waiver (from the resource or from `raw`'s `waivers`) exempts the resource.
 */
export function resourceRuleMessages(rule: ResourceRule, view: ResourceView, ctx: RuleContext<unknown>, raw: Record<string, unknown>): string[] {
    if (view.resource === undefined || !rule.resources.includes(view.resource)) return [];
    return resourceWaiver(rule.name, view, raw, ctx.now) ? [] : rule.check(view, ctx);
}

/** What a stack rule reports on a topology, less what waivers exempt. */
export function stackRuleViolations(rule: StackRule, topology: Topology, ctx: RuleContext<unknown>, raw: Record<string, unknown>): { urn: string; message: string }[] {
    const waiverList = WAIVERS_OPTION.parse(raw["waivers"]) ?? [];
    return rule.check(topology, ctx).violations.filter((v) => {
        const node = topology.byUrn(v.urn);
        return node === undefined || !activeWaiver(waiversFor(rule.name, node, waiverList, ctx.now));
    });
}

/** The report's score: the pack's formula over reported findings, scaled by the rules' tallies. */
export function scoreOfFindings(
    findings: ReadonlyArray<{ readonly policy: string; readonly urn: string }>,
    tallies: readonly RuleTally[],
    healthScoreRaw: unknown,
): HealthScore {
    const config = healthScoreConfig.parse(snapshotObject(healthScoreRaw));
    const assessed: Record<string, number> = {};
    for (const t of tallies) assessed[t.policy] = t.assessed;
    return computeHealthScore(
        findings.map((f) => ({ policy: f.policy, urn: f.urn })),
        { assessed, weights: config.weights, exclude: config.excludePolicies },
    );
}

class Result implements CoreResult {
    readonly stack: StackContext;
    readonly assessment: Assessment;
    readonly score: HealthScore;
    readonly scoreMinimum: number;
    readonly waiverReport: readonly WaiverReportEntry[];
    private az?: AzFailureResult;
    private cap?: CapacityReport;
    private ready?: ReadinessResult;
    private all?: readonly CoreFinding[];

    constructor(
        readonly topology: Topology,
        private readonly options: CoreOptions,
    ) {
        this.stack = stackContext(options.identity, tagMap(options.tags));
        // What the assessment reads: each rule's configuration, the stack and the time.
        const inputs = [RULES.map((rule) => rawConfig(options.configs, rule.name)), this.stack, options.now];
        this.assessment = topology.derive("assessment", inputs, () => assess(topology, { stack: this.stack, now: options.now, configs: options.configs, rules: RULES }));
        const health = healthScoreConfig.parse(rawConfig(options.configs, HEALTH_SCORE_POLICY));
        this.score = scoreOfTallies(this.assessment.tallies, { weights: health.weights, exclude: health.excludePolicies });
        this.scoreMinimum = health.minimum;
        this.waiverReport = this.assessment.waivers.map((use) => ({ urn: use.waiver.urn, policy: use.waiver.policy, message: waiverMessage(use), use }));
    }

    get now(): Date {
        return this.options.now;
    }

    get azFailure(): AzFailureResult {
        this.az ??= checkAzFailure(this.topology, azFailureConfig.parse(rawConfig(this.options.configs, AZ_FAILURE_POLICY)));
        return this.az;
    }

    get capacity(): CapacityReport {
        this.cap ??= checkCapacity(this.topology, eventCapacityConfig.parse(rawConfig(this.options.configs, EVENT_CAPACITY_POLICY)), this.stack.config);
        return this.cap;
    }

    get readiness(): ReadinessResult {
        this.ready ??= checkEventReadiness({
            topology: this.topology,
            stackConfig: this.stack.config,
            now: this.options.now,
            config: eventReadinessConfig.parse(rawConfig(this.options.configs, EVENT_READINESS_POLICY)),
            capacityConfig: eventCapacityConfig.parse(rawConfig(this.options.configs, EVENT_CAPACITY_POLICY)),
            score: this.score,
            scoreMinimum: this.scoreMinimum,
            waivers: this.assessment.waivers,
        });
        return this.ready;
    }

    private level(policy: string): CoreLevel {
        return this.options.levels?.[policy] ?? "advisory";
    }

    violationsOf(policy: string): ReadonlyArray<{ readonly urn: string; readonly message: string }> {
        if (this.level(policy) === "disabled") return [];
        switch (policy) {
            case AZ_FAILURE_POLICY:
                return this.azFailure.violations;
            case EVENT_CAPACITY_POLICY:
                return this.capacity.violations;
            case EVENT_READINESS_POLICY:
                return this.readiness.violations;
            case HEALTH_SCORE_POLICY:
                return this.score.score < this.scoreMinimum ? [{ urn: "", message: healthScoreMessage(this.score, this.scoreMinimum) }] : [];
            case WAIVER_REPORT_POLICY:
                return this.waiverReport.map((w) => ({ urn: w.urn, message: w.message }));
            default:
                return this.assessment.findings.filter((f) => f.policy === policy && f.waiver === undefined);
        }
    }

    get findings(): readonly CoreFinding[] {
        if (this.all === undefined) {
            const out: CoreFinding[] = [];
            for (const f of this.assessment.findings) {
                const level = this.level(f.policy);
                if (level !== "disabled") out.push(coreFindingOf(f, level));
            }
            for (const info of [azFailureSimulationInfo, eventCapacityInfo, eventReadinessInfo, healthScoreInfo, waiverReportInfo]) {
                const level = this.level(info.name);
                for (const v of this.violationsOf(info.name)) {
                    out.push({ policy: info.name, level, severity: info.severity, pillar: info.pillar, service: info.service, urn: v.urn, message: v.message, fix: info.fix });
                }
            }
            this.all = out;
        }
        return this.all;
    }
}

function coreFindingOf(f: AssessmentFinding, level: CoreLevel): CoreFinding {
    return { policy: f.policy, level, severity: f.severity, pillar: f.pillar, service: f.service, urn: f.urn, message: f.message, fix: f.fix, ...(f.waiver ? { waiver: f.waiver } : {}) };
}

/** Evaluates the pack over a topology already built (see {@link evaluateStack}). */
export function evaluateTopology(topology: Topology, options: CoreOptions): CoreResult {
    return new Result(topology, options);
}

/**
 * Evaluates zonesafe's whole pack over a stack's resources: the pure evaluation core. Rules run once
 * each; the AZ-failure simulation and the capacity check run when first read.
 */
export function evaluateStack(resources: readonly StackResource[], options: CoreOptions): CoreResult {
    return evaluateTopology(buildTopology(resources), options);
}

