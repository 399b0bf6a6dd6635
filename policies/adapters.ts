/**
 * Thin adapters from zonesafe rules (pure check functions) to CrossGuard policies.
 *
 * Each adapter reads the policy's configuration, builds the view a rule reads (a snapshot that never
 * throws on unknowns or secrets), runs the check, drops what a waiver exempts and reports the rest.
 * Fix advice travels as the policy's `remediationSteps`; the pillar and the service as its `tags`.
 *
 * Two pieces of process state make the whole-stack policies (health score, waiver report) agree
 * with the others:
 * - the configuration each policy last ran with ({@link seenConfigs}), because within a pack a
 *   policy can read only its own configuration, yet the score re-runs every rule;
 * - the topology of the last stack analysed, keyed by its content, so that it is derived once per
 *   AnalyzeStack although the SDK hands every stack policy its own copy of the resources.
 */
import type {
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import type * as PulumiSdk from "@pulumi/pulumi";
import { assess, Assessment } from "./assessment";
import { RULES } from "./catalog";
import type { ConfigDef } from "./config";
import { stackContext, StackIdentity } from "./levels";
import { stackResourcesOf, viewOfArgs } from "./resources";
import type { ResourceRule, ResourceView, Rule, RuleContext, StackRule } from "./rule";
import { resourceNameOf } from "./tokens";
import { buildTopology, StackResource, Topology } from "./topology";
import { activeWaiver, WAIVERS_OPTION, waiversFor } from "./waivers";
import { snapshotObject, unproxied } from "./values";

/** Reads the stack's name and configuration from the pack process's environment (set by the engine). */
function processIdentity(): StackIdentity {
    // Loaded here, in the pack process, only: tools that read the pack's rules and metadata (the
    // command's reports) never load the Pulumi SDK for them.
    const pulumi = require("@pulumi/pulumi") as typeof PulumiSdk;
    let config: Record<string, string> = {};
    try {
        config = pulumi.runtime.allConfig();
    } catch (e) {
        // A malformed PULUMI_CONFIG: treat the stack as unconfigured rather than fail every policy.
        if (!(e instanceof SyntaxError)) {
            throw e;
        }
    }
    return { name: pulumi.getStack(), config };
}

let identityCache: StackIdentity | undefined;

/** Where the adapters get the stack identity and the time; tests replace these. */
export const environment = {
    identity: (): StackIdentity => (identityCache ??= processIdentity()),
    now: (): Date => new Date(),
};

/** Per policy: the configuration it last ran with, or how to read it (when it ran on a resource it does not check). */
const configsSeen = new Map<string, Record<string, unknown> | (() => Record<string, unknown>)>();

/** The configuration each policy last ran with in this process (policy name → `getConfig()`). */
export function seenConfigs(): Record<string, unknown> {
    const seen: Record<string, unknown> = {};
    for (const [policy, config] of configsSeen) {
        seen[policy] = typeof config === "function" ? config() : config;
    }
    return seen;
}

/** Forgets the configurations seen (tests). */
export function forgetSeenConfigs(): void {
    configsSeen.clear();
}

function readConfig(policy: string, getConfig: (() => unknown) | undefined): Record<string, unknown> {
    const raw = snapshotObject(typeof getConfig === "function" ? getConfig() : undefined);
    configsSeen.set(policy, raw);
    return raw;
}

/**
 * Notes that a policy ran without reading its configuration (on a resource it does not check). The
 * SDK's `getConfig` reads the pack's configuration when called, so calling it later gives what the
 * policy ran with, without copying it on every resource.
 */
function noteConfig(policy: string, getConfig: (() => unknown) | undefined): void {
    configsSeen.set(policy, () => snapshotObject(typeof getConfig === "function" ? getConfig() : undefined));
}

function tagsOfArgs(tags: ReadonlyMap<string, string> | undefined): ReadonlyMap<string, string> {
    return tags !== undefined && typeof tags.get === "function" ? tags : new Map<string, string>();
}

/** The context a rule's check receives. */
export function contextFor<C>(config: ConfigDef<C>, raw: unknown, tags: ReadonlyMap<string, string> | undefined): RuleContext<C> {
    return {
        config: config.parse(raw),
        stack: stackContext(environment.identity(), tagsOfArgs(tags)),
        now: environment.now(),
    };
}

let topologyMemo: { key: string; topology: Topology } | undefined;

/**
 * A key of everything {@link stackResourcesOf} reads from a stack validation's resources, serialized
 * from the data behind the SDK's proxies (one native `JSON.stringify`, no proxy trap per property).
 */
function contentKeyOf(resources: readonly PolicyResource[]): string {
    const urns = (deps: readonly PolicyResource[] | undefined) => (deps ?? []).map((d) => d?.urn);
    return JSON.stringify(
        resources.map((r) => [
            r.urn,
            r.type,
            r.name,
            unproxied(r.props),
            r.opts?.protect === true,
            r.parent?.urn ?? r.opts?.parent,
            r.provider?.urn,
            urns(r.dependencies),
            Object.entries(r.propertyDependencies ?? {}).map(([k, deps]) => [k, urns(deps)]),
        ]),
    );
}

/**
 * The topology of a stack validation's resources, derived once per distinct stack content: the SDK
 * hands every stack policy its own copy of the same resources.
 */
export function topologyOf(resources: readonly PolicyResource[] | undefined): Topology {
    const list = Array.isArray(resources) ? resources : [];
    let plain: StackResource[] | undefined;
    let key: string;
    try {
        key = contentKeyOf(list);
    } catch {
        // Data the fast key cannot serialize (an unknown read through a proxy the SDK did not make):
        // key on the plain copy instead.
        plain = stackResourcesOf(list);
        key = JSON.stringify(plain);
    }
    if (topologyMemo?.key !== key) {
        topologyMemo = { key, topology: buildTopology(plain ?? stackResourcesOf(list)) };
    }
    return topologyMemo.topology;
}

/** The metadata every zonesafe policy carries over the analyzer protocol. */
function metadataOf(rule: Rule) {
    return {
        name: rule.name,
        description: rule.description,
        severity: rule.severity,
        tags: [rule.pillar, rule.service],
        remediationSteps: rule.fix,
        enforcementLevel: "advisory" as const,
        configSchema: {
            properties: { ...rule.config.schema.properties, waivers: WAIVERS_OPTION.schema },
            ...(rule.config.schema.required ? { required: rule.config.schema.required } : {}),
        },
    };
}

/**
 * What a resource rule needs to run on a resource: its view and context, unless the rule does not
 * apply to the resource's type or a waiver exempts the resource (then `undefined`).
 */
function prepare(rule: ResourceRule, args: ResourceValidationArgs): { view: ResourceView; ctx: RuleContext<unknown> } | undefined {
    const name = resourceNameOf(args.type);
    if (name === undefined || !rule.resources.includes(name)) {
        noteConfig(rule.name, args.getConfig);
        return undefined;
    }
    const raw = readConfig(rule.name, args.getConfig);
    const view = viewOfArgs(args);
    const ctx = contextFor(rule.config, raw, args.stackTags);
    const waivers = waiversFor(rule.name, view, WAIVERS_OPTION.parse(raw["waivers"]) ?? [], ctx.now);
    return activeWaiver(waivers) ? undefined : { view, ctx };
}

/** A resource policy from a resource rule (with a remediation when the rule has one). */
export function resourcePolicy(rule: ResourceRule): ResourceValidationPolicy {
    const policy: ResourceValidationPolicy = {
        ...metadataOf(rule),
        validateResource: (args, reportViolation) => {
            const prepared = prepare(rule, args);
            for (const message of prepared ? rule.check(prepared.view, prepared.ctx) : []) {
                reportViolation(message);
            }
        },
    };
    const remediate = rule.remediate;
    if (remediate) {
        policy.remediateResource = (args) => {
            const prepared = prepare(rule, args);
            // Mutate the props in place and return them: a copy would lose the secret markings.
            return prepared && remediate(args.props, prepared.view, prepared.ctx) ? args.props : undefined;
        };
    }
    return policy;
}

/** Runs a stack rule on a stack validation's resources and drops what waivers exempt. */
export function stackViolations(rule: StackRule, args: StackValidationArgs): { urn: string; message: string }[] {
    const raw = readConfig(rule.name, args.getConfig);
    const topology = topologyOf(args.resources);
    const ctx = contextFor(rule.config, raw, args.stackTags);
    const waiverList = WAIVERS_OPTION.parse(raw["waivers"]) ?? [];
    return rule.check(topology, ctx).violations.filter((v) => {
        const node = topology.byUrn(v.urn);
        return node === undefined || !activeWaiver(waiversFor(rule.name, node, waiverList, ctx.now));
    });
}

/** A stack policy from a stack rule. */
export function stackPolicy(rule: StackRule): StackValidationPolicy {
    return {
        ...metadataOf(rule),
        validateStack: (args, reportViolation) => {
            for (const v of stackViolations(rule, args)) {
                reportViolation(v.message, v.urn);
            }
        },
    };
}

/** The CrossGuard policy of a rule. */
export function policyOf(rule: Rule): ResourceValidationPolicy | StackValidationPolicy {
    return rule.kind === "resource" ? resourcePolicy(rule) : stackPolicy(rule);
}

/** Reads a whole-stack policy's own configuration and records it. */
export function readOwnConfig(policy: string, args: StackValidationArgs): Record<string, unknown> {
    return readConfig(policy, args.getConfig);
}

let assessmentMemo: { topology: Topology; key: string; assessment: Assessment } | undefined;

/**
 * The assessment of a stack validation's resources by every rule, with the configuration each
 * policy ran with in this process; derived once per distinct stack, configuration and day.
 */
export function assessmentOf(args: StackValidationArgs): Assessment {
    const topology = topologyOf(args.resources);
    const stack = stackContext(environment.identity(), tagsOfArgs(args.stackTags));
    const now = environment.now();
    const seen = seenConfigs();
    const configs = Object.fromEntries(RULES.filter((r) => r.name in seen).map((r) => [r.name, seen[r.name]]));
    const key = JSON.stringify([configs, stack.name, [...stack.tags.entries()], stack.config, now.toISOString().slice(0, 10)]);
    if (assessmentMemo?.topology !== topology || assessmentMemo.key !== key) {
        assessmentMemo = { topology, key, assessment: assess(topology, { stack, now, configs }) };
    }
    return assessmentMemo.assessment;
}
