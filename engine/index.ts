/**
 * `@zonesafe/engine`: the embedded Pulumi engine as a library.
 *
 * - `recordProgram(program, options)` runs a Pulumi program under Pulumi's mocks, in preview mode,
 *   and records every registration as the engine hands it to an analyzer (`StackRecord`).
 * - `evaluatePolicyPacks(stack, packs)` starts policy packs as the Pulumi engine starts them and
 *   speaks the analyzer protocol to them (config reconciliation, remediations, per-resource and
 *   whole-stack analysis), returning every finding.
 * - `@zonesafe/engine/testing` builds runtime-faithful `ResourceValidationArgs` and
 *   `StackValidationArgs` (unknowns, secrets and proxies as at run time) for a pack's unit tests.
 */
export { deployedOutputs, recordProgram, recordsOfType, DEFAULT_ORGANIZATION } from "./record";
export type { MockResult, RecordOptions, RecordResult } from "./record";
export { evaluatePolicyPacks, identityOf } from "./evaluate";
export type { EvaluateOptions, EvaluatedPack, EvaluationResult, PackSpec, StackIdentity } from "./evaluate";
export { readPolicyPackManifest } from "./manifest";
export type { PolicyPackManifest } from "./manifest";
export { ROOT_STACK_TYPE, OUTPUT_VALUE_SIG, RESOURCE_REF_SIG, SECRET_SIG, SIG_KEY, UNKNOWN } from "./types";
export type { EnforcementLevel, Finding, ResourceRecord, StackRecord, WireProps, WireValue } from "./types";
