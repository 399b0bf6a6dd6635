/**
 * The analyzer protocol's vocabulary as the engine reads it: what a pack says about itself and its
 * policies, what Analyze, AnalyzeStack and Remediate answer, what ConfigureStack and Configure send.
 * Plain data, no gRPC and no protobuf: the client (engine/analyzer.ts) converts the messages into these
 * types, and the config reconciliation (engine/policyConfig.ts) and the evaluation read them.
 */
import type { EnforcementLevel, WireProps } from "./types";

/** The severities a policy or a diagnostic may carry (CrossGuard's `Severity`). */
export type PolicySeverity = "low" | "medium" | "high" | "critical";

/** A JSON schema, as a policy's `configSchema` holds one per property. */
export type JsonSchema = Record<string, unknown>;

/** A policy's config schema: one JSON schema per property, and the required properties. */
export interface PolicyConfigSchema {
    properties: Record<string, JsonSchema>;
    required: string[];
}

/** What a pack says about one of its policies (`PolicyInfo`). */
export interface PolicyInfo {
    name: string;
    displayName: string;
    description: string;
    message: string;
    /** The policy's own level, or the pack's default level when the policy sets none. */
    enforcementLevel: EnforcementLevel;
    policyType: "resource" | "stack" | "unknown";
    /** The schema the policy declares, without the `enforcementLevel` property the CLI injects. */
    configSchema?: PolicyConfigSchema;
    severity?: PolicySeverity;
    tags: string[];
    /** How to fix a violation, or "" when the policy gives no steps. */
    remediationSteps: string;
    url: string;
    framework?: { name: string; version: string; reference: string; specification: string };
}

/** What a pack says about itself (`AnalyzerInfo`), converted the way the engine converts it. */
export interface AnalyzerInfo {
    name: string;
    displayName: string;
    /** The pack's version; `version` in PulumiPolicy.yaml wins over the version the pack reports. */
    version: string;
    description: string;
    supportsConfig: boolean;
    /** The policies, sorted by name as the engine sorts them. */
    policies: PolicyInfo[];
    /**
     * The pack's `initialConfig` (the third `PolicyPack` argument) as the engine receives it. An entry
     * that gave properties but no `enforcementLevel` arrives with proto3's default level, ADVISORY, so
     * it lowers the policy to advisory when the config is reconciled: the engine's quirk, kept here.
     */
    initialConfig: Record<string, PolicyConfigEntry>;
}

/** One diagnostic (`AnalyzeDiagnostic`), with the pack version override applied. */
export interface AnalyzeDiagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    /** The level as the pack reported it; the engine then reports `remediate` as `mandatory`. */
    enforcementLevel: EnforcementLevel;
    /** The URN the policy named, or "". */
    urn: string;
    severity?: PolicySeverity;
}

/** A policy that said it does not apply, and why. */
export interface NotApplicable {
    policyName: string;
    reason: string;
}

/** The answer to `Analyze` or `AnalyzeStack`. */
export interface AnalyzeResult {
    diagnostics: AnalyzeDiagnostic[];
    notApplicable: NotApplicable[];
}

/** One remediation (`Remediation`): either new properties or a diagnostic (an unknown during preview). */
export interface Remediation {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    /** The whole property bag after this remediation, in wire form. */
    properties?: WireProps;
    /** Why the remediation could not run; the engine reports it as an advisory violation. */
    diagnostic?: string;
}

/** The answer to `Remediate`, in the order the pack ran its remediations. */
export interface RemediateResult {
    remediations: Remediation[];
    notApplicable: NotApplicable[];
}

/** What `ConfigureStack` tells a pack about the stack. */
export interface StackConfigureRequest {
    stack: string;
    project: string;
    organization?: string;
    dryRun: boolean;
    /** The stack config, `project:key` → value. */
    config: Record<string, string>;
    /** The config keys whose values are secrets. Defaults to none. */
    configSecretKeys?: string[];
    tags: Record<string, string>;
}

/** One policy's reconciled config: what `Configure` sends for it. */
export interface PolicyConfigEntry {
    enforcementLevel: EnforcementLevel;
    properties: Record<string, unknown>;
}

/** A reconciled config: policy name (and any extra names the file gave) → entry. */
export type ReconciledPolicyConfig = Record<string, PolicyConfigEntry>;
