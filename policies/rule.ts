/**
 * The shape of a zonesafe rule: metadata plus a pure check function.
 *
 * A rule never talks to the policy SDK. A resource rule checks one resource view; a stack rule
 * checks the topology of a whole stack. Thin adapters (adapters.ts) turn rules into CrossGuard
 * policies, and the health score runs the same check functions over a whole stack.
 */
import type { ConfigDef } from "./config";
import type { ResourceName } from "./tokens";
import type { Topology } from "./topology";
import type { ResourceView } from "./view";

/** How grave a hazard is. */
export type Severity = "high" | "medium" | "low";

/** The assessment pillar a rule belongs to (the health score has one sub-score per pillar). */
export type Pillar = "reliability" | "security" | "performance/cost";

/** Every pillar, in report order. */
export const PILLARS: readonly Pillar[] = ["reliability", "security", "performance/cost"];

/** The service a rule checks. */
export type Service =
    | "clb"
    | "tke"
    | "kubernetes"
    | "mysql"
    | "redis"
    | "mongodb"
    | "ckafka"
    | "as"
    | "cvm"
    | "securitygroup"
    | "postgresql"
    | "cynosdb"
    | "elasticsearch"
    | "tse"
    | "nat"
    | "cbs"
    | "vpc"
    | "monitoring"
    | "datasafety";

/** What a rule knows about the stack it runs in. */
export interface StackContext {
    /** The stack's name (e.g. `retail-prod`), or "" when unknown. */
    readonly name: string;
    /** The stack's tags. */
    readonly tags: ReadonlyMap<string, string>;
    /** The stack's configuration, `namespace:key` → value. */
    readonly config: Readonly<Record<string, string>>;
    /** Whether the stack is a production stack (see levels.ts). */
    readonly production: boolean;
    /** Whether the stack declares its data tier critical (zero RPO; see levels.ts). */
    readonly criticalDataTier: boolean;
}

/** What a check function receives besides the resource or topology. */
export interface RuleContext<C> {
    /** The rule's configuration, defaults applied. */
    readonly config: C;
    /** The stack. */
    readonly stack: StackContext;
    /** The current time (injectable for tests). */
    readonly now: Date;
}

export type { ResourceView };

/** What every rule declares. */
interface RuleMeta<C> {
    /** `<service>-<resource>-<rule>`, kebab-case. */
    readonly name: string;
    /** "Checks whether …". */
    readonly description: string;
    readonly severity: Severity;
    readonly pillar: Pillar;
    readonly service: Service;
    /** Fix advice: what to change, in the user's terms. */
    readonly fix: string;
    /** The rule's configuration (schema, defaults, parser). */
    readonly config: ConfigDef<C>;
}

/** A rule checked on one resource at a time. */
export interface ResourceRule<C = any> extends RuleMeta<C> {
    readonly kind: "resource";
    /** The resources the rule applies to, by Terraform name or Kubernetes kind. */
    readonly resources: readonly ResourceName[];
    /** Returns one message per violated aspect; none when the resource passes or cannot be judged yet. */
    check(resource: ResourceView, ctx: RuleContext<C>): string[];
    /**
     * Fixes the live props (mutating them, never replacing them, so secrets keep their marking) when
     * the fix is safe and unambiguous; returns whether it changed anything.
     */
    remediate?(props: Record<string, any>, resource: ResourceView, ctx: RuleContext<C>): boolean;
}

/** A violation found by a stack rule, on the resource it names. */
export interface StackViolation {
    readonly urn: string;
    readonly message: string;
}

/** What a stack rule returns: how many subjects it judged and what it found. */
export interface StackCheckResult {
    readonly assessed: number;
    readonly violations: StackViolation[];
}

/** A rule checked on the topology of a whole stack. */
export interface StackRule<C = any> extends RuleMeta<C> {
    readonly kind: "stack";
    check(topology: Topology, ctx: RuleContext<C>): StackCheckResult;
}

/** Any rule. */
export type Rule = ResourceRule | StackRule;

/** Declares a resource rule (an identity that keeps the config type). */
export function resourceRule<C>(rule: ResourceRule<C>): ResourceRule<C> {
    return rule;
}

/** Declares a stack rule (an identity that keeps the config type). */
export function stackRule<C>(rule: StackRule<C>): StackRule<C> {
    return rule;
}
