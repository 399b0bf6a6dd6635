/**
 * Thin adapters from zonesafe rules (pure check functions) to CrossGuard policies, over the evaluation
 * core (core.ts).
 *
 * Each adapter reads the policy's configuration, builds the view a rule reads (a snapshot that never
 * throws on unknowns or secrets), runs the core's check and reports what it finds. Fix advice travels
 * as the policy's `remediationSteps`; the pillar and the service as its `tags`.
 *
 * Within a pack a policy can read only its own configuration, yet the health score and the waiver
 * report need every policy's: the policies of one pack share a {@link PackRuntime}, which keeps, per
 * policy, the SDK's reader of its configuration (not a copy: it reads the pack's configuration as it
 * is when called) and the topology of the stack content last analysed. Nothing is kept at module level.
 */
import type {
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import type * as PulumiSdk from "@pulumi/pulumi";
import type { ConfigDef } from "./config";
import { CoreResult, evaluateTopology, resourceRuleMessages, resourceWaiver, stackRuleViolations } from "./core";
import { stackContext, StackIdentity } from "./levels";
import { stackResourcesOf, viewOfArgs } from "./resources";
import type { ResourceRule, ResourceView, Rule, RuleContext, StackRule } from "./rule";
import { resourceNameOf } from "./tokens";
import { buildTopology, StackResource, Topology } from "./topology";
import { WAIVERS_OPTION } from "./waivers";
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

/** The environment variables the identity is read from: the identity is read again when they change. */
function identityKey(): string {
    return [process.env.PULUMI_STACK, process.env.PULUMI_CONFIG, process.env.PULUMI_CONFIG_SECRET_KEYS].join("\u0000");
}

let identityRead: { key: string; identity: StackIdentity } | undefined;

/** The pack process's stack identity, read once per content of the variables it comes from. */
function currentIdentity(): StackIdentity {
    const key = identityKey();
    if (identityRead?.key !== key) {
        identityRead = { key, identity: processIdentity() };
    }
    return identityRead.identity;
}

/** Where the adapters get the stack identity and the time; tests replace these. */
export const environment = {
    identity: (): StackIdentity => currentIdentity(),
    now: (): Date => new Date(),
};

function tagsOfArgs(tags: ReadonlyMap<string, string> | undefined): ReadonlyMap<string, string> {
    return tags !== undefined && typeof tags.get === "function" ? tags : new Map<string, string>();
}

/** A policy's configuration as its `getConfig` gives it, copied plain. */
export function readOwnConfig(_policy: string, args: { getConfig?: () => unknown }): Record<string, unknown> {
    return snapshotObject(typeof args.getConfig === "function" ? args.getConfig() : undefined);
}

/** The context a rule's check receives. */
export function contextFor<C>(config: ConfigDef<C>, raw: unknown, tags: ReadonlyMap<string, string> | undefined): RuleContext<C> {
    return {
        config: config.parse(raw),
        stack: stackContext(environment.identity(), tagsOfArgs(tags)),
        now: environment.now(),
    };
}

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

/** The topology of a stack validation's resources (built anew; a {@link PackRuntime} shares one per stack content). */
export function topologyOf(resources: readonly PolicyResource[] | undefined): Topology {
    return buildTopology(stackResourcesOf(Array.isArray(resources) ? resources : []));
}

/**
 * What the policies of one pack share: each policy's configuration reader and the topology of the
 * stack content last analysed (the SDK hands every stack policy its own copy of the same resources).
 */
export class PackRuntime {
    private readonly readers = new Map<string, () => unknown>();
    private topologyMemo: { key: string; topology: Topology } | undefined;
    private coreMemo: { topology: Topology; key: string; result: CoreResult } | undefined;

    /** Keeps a policy's latest configuration reader (the SDK's `getConfig` reads the pack's configuration when called). */
    note(policy: string, getConfig: (() => unknown) | undefined): void {
        if (typeof getConfig === "function") {
            this.readers.set(policy, getConfig);
        }
    }

    /** Every policy's configuration as it is now, for the policies whose reader is known; the others take their defaults. */
    configs(): Record<string, unknown> {
        const out: Record<string, unknown> = {};
        for (const [policy, read] of this.readers) out[policy] = snapshotObject(read());
        return out;
    }

    /** The topology of a stack validation's resources, derived once per distinct stack content. */
    topologyOf(resources: readonly PolicyResource[] | undefined): Topology {
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
        if (this.topologyMemo?.key !== key) {
            this.topologyMemo = { key, topology: buildTopology(plain ?? stackResourcesOf(list)) };
        }
        return this.topologyMemo.topology;
    }

    /**
     * The core's result for a stack validation: its resources, the process's stack identity and the
     * stack's tags, every policy's configuration as the pack holds it now, and the time; derived once
     * per distinct stack, configuration and day.
     */
    coreOf(args: StackValidationArgs): CoreResult {
        const topology = this.topologyOf(args.resources);
        const identity = environment.identity();
        const tags = tagsOfArgs(args.stackTags);
        const now = environment.now();
        const configs = this.configs();
        const key = JSON.stringify([configs, identity.name, identity.config, [...tags.entries()], now.toISOString().slice(0, 10)]);
        if (this.coreMemo?.topology !== topology || this.coreMemo.key !== key) {
            this.coreMemo = { topology, key, result: evaluateTopology(topology, { identity, tags, configs, now }) };
        }
        return this.coreMemo.result;
    }
}

/** The metadata every zonesafe policy carries over the analyzer protocol. */
/** What the CrossGuard metadata of a policy is made of: a rule, or one of the pack's whole-stack reports. */
interface PolicyDescription {
    readonly name: string;
    readonly description: string;
    readonly severity: Rule["severity"];
    readonly pillar: string;
    readonly service: string;
    readonly fix: string;
}

/** A policy's CrossGuard metadata: pillar and service as tags, fix advice as remediation steps, advisory unless configured. */
function metadataFor(info: PolicyDescription, configSchema: StackValidationPolicy["configSchema"]) {
    return {
        name: info.name,
        description: info.description,
        severity: info.severity,
        tags: [info.pillar, info.service],
        remediationSteps: info.fix,
        enforcementLevel: "advisory" as const,
        configSchema,
    };
}

function metadataOf(rule: Rule) {
    return metadataFor(rule, {
        properties: { ...rule.config.schema.properties, waivers: WAIVERS_OPTION.schema },
        ...(rule.config.schema.required ? { required: rule.config.schema.required } : {}),
    });
}

/** The stack policy of one of the pack's whole-stack reports (the resilience analysis, the score, the waiver report). */
export function reportPolicy(
    info: PolicyDescription,
    configSchema: StackValidationPolicy["configSchema"],
    validateStack: StackValidationPolicy["validateStack"],
): StackValidationPolicy {
    return { ...metadataFor(info, configSchema), validateStack };
}

/** The view and context of a resource a rule checks (`undefined`: the rule does not check its type). */
function prepare(rule: ResourceRule, args: ResourceValidationArgs, runtime: PackRuntime): { view: ResourceView; ctx: RuleContext<unknown>; raw: Record<string, unknown> } | undefined {
    runtime.note(rule.name, args.getConfig);
    const name = resourceNameOf(args.type);
    if (name === undefined || !rule.resources.includes(name)) {
        return undefined;
    }
    const raw = readOwnConfig(rule.name, args);
    return { view: viewOfArgs(args), ctx: contextFor(rule.config, raw, args.stackTags), raw };
}

/** A resource policy from a resource rule (with a remediation when the rule has one). */
export function resourcePolicy(rule: ResourceRule, runtime: PackRuntime = new PackRuntime()): ResourceValidationPolicy {
    const policy: ResourceValidationPolicy = {
        ...metadataOf(rule),
        validateResource: (args, reportViolation) => {
            const prepared = prepare(rule, args, runtime);
            for (const message of prepared ? resourceRuleMessages(rule, prepared.view, prepared.ctx, prepared.raw) : []) {
                reportViolation(message);
            }
        },
    };
    const remediate = rule.remediate;
    if (remediate) {
        policy.remediateResource = (args) => {
            const prepared = prepare(rule, args, runtime);
            // Waived: no remediation. Mutate the props in place and return them: a copy would lose the secret markings.
            if (!prepared || resourceWaiver(rule.name, prepared.view, prepared.raw, prepared.ctx.now)) return undefined;
            return remediate(args.props, prepared.view, prepared.ctx) ? args.props : undefined;
        };
    }
    return policy;
}

/** Runs a stack rule on a stack validation's resources and drops what waivers exempt. */
export function stackViolations(rule: StackRule, args: StackValidationArgs, runtime: PackRuntime = new PackRuntime()): { urn: string; message: string }[] {
    runtime.note(rule.name, args.getConfig);
    const raw = readOwnConfig(rule.name, args);
    return stackRuleViolations(rule, runtime.topologyOf(args.resources), contextFor(rule.config, raw, args.stackTags), raw);
}

/** A stack policy from a stack rule. */
export function stackPolicy(rule: StackRule, runtime: PackRuntime = new PackRuntime()): StackValidationPolicy {
    return {
        ...metadataOf(rule),
        validateStack: (args, reportViolation) => {
            for (const v of stackViolations(rule, args, runtime)) {
                reportViolation(v.message, v.urn);
            }
        },
    };
}

/** The CrossGuard policy of a rule; the policies of one pack share `runtime`. */
export function policyOf(rule: Rule, runtime: PackRuntime = new PackRuntime()): ResourceValidationPolicy | StackValidationPolicy {
    return rule.kind === "resource" ? resourcePolicy(rule, runtime) : stackPolicy(rule, runtime);
}
