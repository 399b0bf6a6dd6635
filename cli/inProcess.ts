/**
 * The fast path: zonesafe's own pack evaluated in the command's process, through the pack's
 * evaluation core (policies/core.ts), with no pack process, no gRPC and no policy SDK. It gives the
 * result the analyzer protocol gives (engine/evaluate.ts) — the same pack description, reconciled
 * configuration (engine/policyConfig.ts does the reconciliation for both), findings in the same order
 * with the same levels, messages and fixes — and declines (`undefined`) where it could not be sure to:
 * a policy at the `remediate` level (remediation rewrites inputs, which only the protocol path does).
 * `--engine-exact` always takes the protocol path.
 */
import * as fs from "fs";
import * as path from "path";
import type { EvaluatedPack, EvaluationResult, PackSpec } from "@zonesafe/engine/evaluate";
import {
    initialConfigAsEngineSees,
    loadPolicyConfigFile,
    parsePolicyConfig,
    PolicyConfigFile,
    reconcilePolicyConfig,
    ReconciledPolicyConfig,
    unknownPolicyNames,
} from "@zonesafe/engine/policyConfig";
import type { PolicyInfo } from "@zonesafe/engine/protocol";
import type { EnforcementLevel, Finding, ResourceRecord, StackRecord } from "@zonesafe/engine/types";
import { evaluateTopology, resourceRuleMessages } from "@zonesafe/policies/core";
import { initialConfigFor, isProductionStack, stackContext, StackIdentity } from "@zonesafe/policies/levels";
import { PACK_NAME, POLICY_METADATA } from "@zonesafe/policies/metadata";
import { createPolicies } from "@zonesafe/policies/policies";
import { RULES } from "@zonesafe/policies/catalog";
import type { ResourceRule, ResourceView } from "@zonesafe/policies/rule";
import { resourceNameOf } from "@zonesafe/policies/tokens";
import { snapshotObject } from "@zonesafe/policies/values";
import { OWN_PACK_DIR } from "./packs";
import { topologyOfStack } from "./stackTopology";
import { noteEvaluationTime } from "./zonesafePack";

export { OWN_PACK_DIR };

/** Whether a pack directory is zonesafe's own pack (the one this command ships). */
export function isOwnPack(dir: string): boolean {
    try {
        return fs.realpathSync(dir) === fs.realpathSync(OWN_PACK_DIR);
    } catch {
        return false;
    }
}

/** The pack's version as the engine reads it: the package.json version (PulumiPolicy.yaml gives none). */
function packVersion(): string {
    return String(JSON.parse(fs.readFileSync(path.join(OWN_PACK_DIR, "package.json"), "utf8")).version);
}

/** The pack's policies as GetAnalyzerInfo describes them and the engine converts them, sorted by name. */
export function ownPolicyInfos(): PolicyInfo[] {
    const infos = createPolicies().map((p): PolicyInfo => {
        const resource = "validateResource" in p || "remediateResource" in p;
        const info: PolicyInfo = {
            name: p.name,
            displayName: "",
            description: p.description,
            message: "",
            enforcementLevel: (p.enforcementLevel ?? "advisory") as EnforcementLevel,
            policyType: resource ? "resource" : "stack",
            tags: [...(p.tags ?? [])],
            remediationSteps: p.remediationSteps ?? "",
            url: "",
        };
        if (p.configSchema) {
            info.configSchema = {
                properties: JSON.parse(JSON.stringify(p.configSchema.properties ?? {})),
                required: [...(p.configSchema.required ?? [])],
            };
        }
        if (p.severity) info.severity = p.severity;
        return info;
    });
    return infos.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function loadConfig(spec: PackSpec): { config?: PolicyConfigFile; source: string } {
    if (spec.configFile !== undefined && spec.config !== undefined) {
        throw new Error(`The policy pack ${spec.dir} is given both configFile and config; give one of them.`);
    }
    if (spec.configFile !== undefined) return { config: loadPolicyConfigFile(spec.configFile), source: spec.configFile };
    if (spec.config !== undefined) return { config: parsePolicyConfig(spec.config, `the inline config of policy pack ${spec.dir}`), source: `the inline config of ${spec.dir}` };
    return { source: "the pack's defaults" };
}

/** The pack as the protocol path would describe it for this stack: its policies and reconciled configuration. */
export function ownPack(stack: Pick<StackRecord, "stack" | "config">, spec: PackSpec): EvaluatedPack {
    const identity: StackIdentity = { name: stack.stack, config: stack.config };
    const policies = ownPolicyInfos();
    const version = packVersion();
    const initial = initialConfigAsEngineSees(initialConfigFor(Object.values(POLICY_METADATA), isProductionStack(identity)) as Record<string, unknown>);
    const loaded = loadConfig(spec);
    const target = { name: PACK_NAME, version, policies, supportsConfig: true };
    const config: ReconciledPolicyConfig = reconcilePolicyConfig(target, initial, loaded.config, loaded.source);
    const warnings = unknownPolicyNames(target, loaded.config)
        .filter((u) => u.hasLevel)
        .map((u) => `${loaded.source} configures '${u.name}', which pack '${PACK_NAME}' does not define; the entry has no effect.`);
    return { name: PACK_NAME, version, dir: spec.dir, policies, config, warnings };
}

function levelOf(pack: EvaluatedPack, policy: string): EnforcementLevel {
    return pack.config[policy]?.enforcementLevel ?? pack.policies.find((p) => p.name === policy)?.enforcementLevel ?? "advisory";
}

/** A resource's view as the pack's Analyze sees it: its inputs without internal keys. */
function viewOf(rec: ResourceRecord): ResourceView {
    const inputs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rec.inputs)) if (!k.startsWith("__")) inputs[k] = v;
    return { urn: rec.urn, name: rec.name, type: rec.type, resource: resourceNameOf(rec.type), props: snapshotObject(inputs), protect: rec.options?.protect === true };
}

/**
 * Evaluates zonesafe's pack in-process over a stack, or `undefined` when the protocol path must run
 * (a policy at the `remediate` level).
 */
export function evaluateOwnPack(stack: StackRecord, spec: PackSpec, now: Date = new Date()): EvaluationResult | undefined {
    const t0 = performance.now();
    const pack = ownPack(stack, spec);
    if (pack.policies.some((p) => levelOf(pack, p.name) === "remediate")) return undefined;
    const info = new Map(pack.policies.map((p) => [p.name, p]));
    const finding = (policy: string, urn: string, message: string): Finding => {
        const p = info.get(policy);
        const level = levelOf(pack, policy);
        const description = p?.description ?? "";
        const f: Finding = {
            policy,
            pack: pack.name,
            packVersion: pack.version,
            level,
            urn,
            message: message ? `${description}\n${message}` : description,
            description,
        };
        if (p?.severity) {
            f.severity = p.severity === "critical" ? "high" : p.severity;
            f.rawSeverity = p.severity;
        }
        if (p?.remediationSteps) f.fix = p.remediationSteps;
        if (p && p.tags.length > 0) f.tags = [...p.tags];
        return f;
    };
    const enabled = (policy: string) => levelOf(pack, policy) !== "disabled";
    // What the pack's policies read: their own configuration; the health score and the waiver report
    // read those of the policies that ran (a disabled one never runs and keeps its defaults).
    const configs: Record<string, unknown> = {};
    for (const p of pack.policies) if (enabled(p.name) && (p.policyType === "stack" || stack.resources.length > 0)) configs[p.name] = pack.config[p.name]?.properties ?? {};
    const identity: StackIdentity = { name: stack.stack, config: stack.config };
    const tags = new Map(Object.entries(stack.tags ?? {}));
    const ctxStack = stackContext(identity, tags);

    // Analyze, resource by resource: the resource rules on each resource's inputs, by policy name.
    const findings: Finding[] = [];
    const resourceRules = RULES.filter((r): r is ResourceRule => r.kind === "resource" && enabled(r.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const rec of stack.resources) {
        const type = resourceNameOf(rec.type);
        if (type === undefined) continue;
        let view: ResourceView | undefined;
        for (const rule of resourceRules) {
            if (!rule.resources.includes(type)) continue;
            view ??= viewOf(rec);
            const raw = snapshotObject(configs[rule.name]);
            const ctx = { config: rule.config.parse(raw), stack: ctxStack, now };
            for (const message of resourceRuleMessages(rule, view, ctx, raw)) findings.push(finding(rule.name, rec.urn, message));
        }
    }
    const t1 = performance.now();

    // AnalyzeStack: every stack policy on the stack's topology, ordered by resource, then policy name.
    // The report reads the topology of the result's stack (cli/stackTopology.ts): build that one, once.
    const copy: StackRecord = { ...stack, config: { ...stack.config }, tags: { ...stack.tags }, resources: stack.resources };
    if (stack.configSecretKeys) copy.configSecretKeys = [...stack.configSecretKeys];
    const topology = topologyOfStack(copy);
    const result = evaluateTopology(topology, { identity, tags, configs, now });
    noteEvaluationTime(copy, now);
    const urnIndex = new Map<string, number>();
    stack.resources.forEach((r, i) => {
        if (!urnIndex.has(r.urn)) urnIndex.set(r.urn, i);
    });
    const keyed: Array<{ resource: number; policy: string; seq: number; finding: Finding }> = [];
    for (const p of pack.policies) {
        if (p.policyType !== "stack" || !enabled(p.name)) continue;
        result.violationsOf(p.name).forEach((v, seq) => {
            const resource = v.urn !== "" ? (urnIndex.get(v.urn) ?? -1) : -1;
            keyed.push({ resource, policy: p.name, seq, finding: finding(p.name, resource >= 0 ? v.urn : "", v.message) });
        });
    }
    keyed.sort((a, b) => a.resource - b.resource || (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0) || a.seq - b.seq);
    for (const k of keyed) findings.push(k.finding);
    const t2 = performance.now();

    return { packs: [pack], findings, remediations: [], stack: copy, timings: { startMs: 0, resourcesMs: t1 - t0, stackMs: t2 - t1 } };
}
