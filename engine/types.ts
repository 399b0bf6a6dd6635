/**
 * The engine's view of a deployment, shared by every layer that reads one: the recorder that runs a
 * program under mocks, the importer of exported stacks, the analyzer client and the reports.
 *
 * Property bags are in *wire form*: the JSON shape the Pulumi engine hands an analyzer, where a
 * secret is `{[SECRET_SIG]: SECRET_VALUE_SIG, value}` and an unknown (preview) is the string
 * {@link UNKNOWN}.
 */

// The wire-format sentinels are the shared model's: the signature key, a secret's signature, a
// resource reference's and an output value's (the engine sends an analyzer the reference's id or URN
// and the output's value, or UNKNOWN, instead), and the unknown value.
export { OUTPUT_VALUE_SIG, RESOURCE_REF_SIG, SECRET_SIG, SIG_KEY, UNKNOWN } from "@zonesafe/model";
/** The type of a stack's root resource, the parent of every other. */
export const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/** Whether a value is a JSON-like object (not null, not an array). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A JSON value in wire form. */
export type WireValue = null | boolean | number | string | WireValue[] | { [key: string]: WireValue };
/** A property bag in wire form. */
export type WireProps = Record<string, WireValue>;

/** The resource options an analyzer sees (`AnalyzerResourceOptions`). */
export interface RecordOptions {
    protect: boolean;
    ignoreChanges: string[];
    deleteBeforeReplace?: boolean;
    additionalSecretOutputs: string[];
    aliases: string[];
    customTimeouts?: { create?: number; update?: number; delete?: number };
}

/** The provider of a custom resource, as an analyzer sees it (`AnalyzerProviderResource`). */
export interface RecordProvider {
    type: string;
    name: string;
    urn: string;
    properties: WireProps;
}

/** One registered resource: what the engine hands an analyzer. */
export interface ResourceRecord {
    urn: string;
    type: string;
    name: string;
    /** The parent's URN, or "" for the root stack. */
    parent: string;
    custom: boolean;
    /** The provider reference `urn::id`, or "" (default provider or component). */
    providerRef: string;
    provider?: RecordProvider;
    /** The inputs the program sent, in wire form. */
    inputs: WireProps;
    /** The outputs (state) the resource resolved to, in wire form, where known. */
    outputs?: WireProps;
    /** The resource's id, where known. */
    id?: string;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    options: RecordOptions;
}

/** A whole recorded or imported deployment. */
export interface StackRecord {
    project: string;
    stack: string;
    organization?: string;
    /** Whether the records come from a preview (unknowns possible) or from state. */
    dryRun: boolean;
    /** The stack's configuration, `project:key` → string value (secrets unwrapped only if known). */
    config: Record<string, string>;
    /** The stack's tags (e.g. `environment: production`). */
    tags: Record<string, string>;
    /** The config keys whose values are secrets, where known (sent to packs in `ConfigureStack`). */
    configSecretKeys?: string[];
    /** Resources in registration order. */
    resources: ResourceRecord[];
}

/** Enforcement levels, as CrossGuard names them. */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** One finding of a policy pack on a resource or a stack. */
export interface Finding {
    policy: string;
    pack: string;
    packVersion: string;
    level: EnforcementLevel;
    severity?: "high" | "medium" | "low";
    /**
     * The severity exactly as the policy or diagnostic gave it; `critical` (which `severity` reports as
     * `high`) is only visible here.
     */
    rawSeverity?: "critical" | "high" | "medium" | "low";
    pillar?: string;
    /** The URN of the resource, or "" for a stack-wide finding. */
    urn: string;
    message: string;
    description: string;
    fix?: string;
    /** The policy's tags, where it declares any. */
    tags?: string[];
}
