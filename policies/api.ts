/**
 * `@zonesafe/policies` for tools and for teams composing their own pack. The pack itself is
 * `index.ts` (the package's `main`, which `pulumi policy publish` and the engine start; importing it
 * starts a policy server, so tools import this module instead).
 *
 * - Compose a pack: `createPolicies()` gives every policy of the `zonesafe` pack sharing one runtime;
 *   pick some by name, set their `enforcementLevel`, add your own, and pass them to `new PolicyPack`.
 *   `policyOf(rule)` turns one of `RULES`, or a rule of your own written with `resourceRule` /
 *   `stackRule`, into a CrossGuard policy.
 * - Evaluate without the policy SDK: `evaluateStack(resources, options)` is the pure evaluation core
 *   (findings, levels, waivers, health score, AZ-failure simulation, capacity check).
 */
export { createPolicies, policies } from "./policies";
export { PackRuntime, policyOf, resourcePolicy, stackPolicy } from "./adapters";
export { RULES, RULES_BY_NAME } from "./catalog";
export { resourceRule, stackRule, PILLARS } from "./rule";
export type { Pillar, ResourceRule, ResourceView, Rule, RuleContext, Service, Severity, StackContext, StackRule, StackViolation } from "./rule";
export { PACK_NAME, POLICY_METADATA } from "./metadata";
export type { PolicyMetadata } from "./metadata";
export { defaultLevel, initialConfigFor, isProductionStack } from "./levels";
export type { StackIdentity } from "./levels";
export { evaluateStack, evaluateTopology } from "./core";
export type { CoreFinding, CoreLevel, CoreOptions, CoreResult } from "./core";
export { buildTopology } from "./topology";
export type { StackResource, Topology } from "./topology";
