/**
 * Assessing a whole stack at once: every rule's check function over one topology, with waivers
 * applied. The health score and the waiver report use it; within a policy pack a stack policy cannot
 * see other policies' diagnostics, so they re-run the rules themselves, on the same topology.
 */
import { RULES } from "./catalog";
import type { Pillar, Rule, RuleContext, Severity, Service, StackContext } from "./rule";
import { buildTopology, StackResource, Topology } from "./topology";
import { activeWaiver, declaredWaivers, configuredWaivers, Waiver, WAIVERS_OPTION, waiversFor } from "./waivers";
import { snapshotObject } from "./values";

/** One violation found by the assessment. */
export interface AssessmentFinding {
    readonly policy: string;
    readonly severity: Severity;
    readonly pillar: Pillar;
    readonly service: Service;
    /** The resource (a stack rule names the resource it judges). */
    readonly urn: string;
    readonly message: string;
    readonly fix: string;
    /** The waiver that exempts the resource, when one does (the finding then does not count). */
    readonly waiver?: Waiver;
}

/** How one rule fared: how many subjects it judged and how many distinct resources are at risk. */
export interface RuleTally {
    readonly policy: string;
    readonly severity: Severity;
    readonly pillar: Pillar;
    readonly assessed: number;
    /** Distinct resources with a violation that no waiver exempts. */
    readonly atRisk: number;
}

/** A waiver declared in the stack, and whether it exempts a violation now. */
export interface WaiverUse {
    readonly waiver: Waiver;
    /** Whether the waiver exempts at least one current violation. */
    readonly used: boolean;
}

/** The result of assessing a stack. */
export interface Assessment {
    readonly topology: Topology;
    /** Every violation, waived or not. */
    readonly findings: readonly AssessmentFinding[];
    readonly tallies: readonly RuleTally[];
    /** Every waiver declared on the stack's resources (tags, annotations, policy configuration). */
    readonly waivers: readonly WaiverUse[];
}

/** What an assessment needs besides the resources. */
export interface AssessOptions {
    readonly stack: StackContext;
    readonly now: Date;
    /** Each policy's configuration as `getConfig()` returns it (missing: defaults). */
    readonly configs?: Readonly<Record<string, unknown>>;
    /** The rules to run (default: all). */
    readonly rules?: readonly Rule[];
}

/** Runs every rule over a topology and applies waivers. */
export function assess(topology: Topology, options: AssessOptions): Assessment {
    const findings: AssessmentFinding[] = [];
    const tallies: RuleTally[] = [];
    const configWaivers: Waiver[] = [];
    for (const rule of options.rules ?? RULES) {
        const raw = snapshotObject(options.configs?.[rule.name]);
        const ctx: RuleContext<unknown> = { config: rule.config.parse(raw), stack: options.stack, now: options.now };
        const waiverList = WAIVERS_OPTION.parse(raw["waivers"]) ?? [];
        const found: { urn: string; message: string }[] = [];
        let assessed = 0;
        if (rule.kind === "resource") {
            for (const node of topology.nodes) {
                if (node.resource === undefined || !rule.resources.includes(node.resource)) {
                    continue;
                }
                assessed++;
                rule.check(node, ctx).forEach((message) => found.push({ urn: node.urn, message }));
            }
        } else {
            const result = rule.check(topology, ctx);
            assessed = result.assessed;
            found.push(...result.violations);
        }
        const atRisk = new Set<string>();
        for (const { urn, message } of found) {
            const node = topology.byUrn(urn);
            const waiver = node ? activeWaiver(waiversFor(rule.name, node, waiverList, options.now)) : undefined;
            if (!waiver) {
                atRisk.add(urn);
            }
            findings.push({ policy: rule.name, severity: rule.severity, pillar: rule.pillar, service: rule.service, urn, message, fix: rule.fix, waiver });
        }
        tallies.push({ policy: rule.name, severity: rule.severity, pillar: rule.pillar, assessed, atRisk: atRisk.size });
        for (const node of topology.nodes) {
            configWaivers.push(...configuredWaivers(rule.name, waiverList, node, options.now));
        }
    }
    const declared = [...topology.nodes.flatMap((node) => declaredWaivers(node, options.now)), ...configWaivers];
    const waivers = declared.map((waiver) => ({
        waiver,
        used: findings.some(
            (f) => f.waiver !== undefined && f.urn === waiver.urn && f.policy === waiver.policy && waiver.status === "active",
        ),
    }));
    return { topology, findings, tallies, waivers };
}

/** Builds the topology of a stack's resources and assesses it. */
export function assessStack(resources: readonly StackResource[], options: AssessOptions): Assessment {
    return assess(buildTopology(resources), options);
}
