/**
 * `@zonesafe/engine/testing`: fake CrossGuard validation arguments for unit tests of policy packs,
 * with the runtime's semantics:
 * property bags go through the policy SDK's own deserializer (from a protobuf Struct, as the server
 * receives them), so wire-form secrets are unwrapped (or, for a remediation, kept secret through the
 * SDK's secrets-preserving proxy) and the SDK's unknown-checking proxy throws on preview unknowns.
 *
 * Bags are written in wire form: a secret is `secret(value)`, an unknown is `UNKNOWN`.
 */
import type {
    PolicyResource,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { unknownCheckingProxy } from "@pulumi/policy";
import { SECRET_SIG, SIG_KEY } from "@zonesafe/model";

// Internal modules of the SDK, loaded the way its own server loads them.
const { Struct } = require("google-protobuf/google/protobuf/struct_pb") as {
    Struct: { fromJavaScript(value: Record<string, unknown>): unknown };
};
const { deserializeProperties, serializeProperties } = require("@pulumi/policy/deserialize") as {
    deserializeProperties(struct: unknown, proxySecrets: boolean): Record<string, any>;
    serializeProperties(value: unknown): Promise<Record<string, unknown>>;
};

export { SECRET_SIG, SIG_KEY, UNKNOWN } from "@zonesafe/model";

/** A secret in wire form. */
export function secret<T>(value: T): { [SIG_KEY]: string; value: T } {
    return { [SIG_KEY]: SECRET_SIG, value };
}

/** Whether a wire value is a secret. */
export function isSecret(value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

/** Thrown by the fake `notApplicable`, as the server's is. */
export class NotApplicableError extends Error {
    constructor(readonly reason?: string) {
        super(reason ?? "Policy does not apply");
    }
}

/** A URN for a test resource. */
export function urnOf(type: string, name: string, stack = "test", project = "zonesafe", parentType?: string): string {
    const qualified = parentType ? `${parentType}$${type}` : type;
    return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}

/** Deserializes a wire-form bag as the SDK server does for Analyze (`false`) or Remediate (`true`). */
export function deserialize(props: Record<string, unknown>, forRemediation: boolean): Record<string, any> {
    return unknownCheckingProxy(deserializeProperties(Struct.fromJavaScript(props), forRemediation));
}

/** Serializes remediated props back to wire form, as the SDK server does (secrets re-wrapped). */
export function serialize(props: Record<string, unknown>): Promise<Record<string, unknown>> {
    return serializeProperties(props);
}

function isTypeFn(type: string) {
    return (resourceClass: any): boolean => {
        const pulumiType = resourceClass?.__pulumiType;
        if (typeof pulumiType === "string" && pulumiType.length > 0) {
            return pulumiType === type;
        }
        return typeof resourceClass?.isInstance === "function" && resourceClass.isInstance({ __pulumiType: type }) === true;
    };
}

function tagMap(tags: Record<string, string> | undefined): ReadonlyMap<string, string> {
    return new Map(Object.entries(tags ?? {}));
}

const emptyOptions = (protect: boolean, parent?: string) => ({
    protect,
    ignoreChanges: [] as string[],
    aliases: [] as string[],
    customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    additionalSecretOutputs: [] as string[],
    ...(parent ? { parent } : {}),
});

/** What a fake resource validation is made of. */
export interface ResourceArgsOptions {
    type: string;
    /** The inputs, in wire form. */
    props: Record<string, unknown>;
    name?: string;
    urn?: string;
    protect?: boolean;
    parent?: string;
    stackTags?: Record<string, string>;
    /** The policy's configuration (as `getConfig()` returns it; schema defaults are not applied). */
    config?: Record<string, unknown>;
    provider?: { type: string; name: string; urn: string; props: Record<string, unknown> };
    /** Build the args a remediation receives (secrets kept secret) instead of a validation's. */
    forRemediation?: boolean;
}

/** Fake `ResourceValidationArgs`. */
export function resourceArgs(o: ResourceArgsOptions): ResourceValidationArgs {
    const name = o.name ?? "test";
    const props = deserialize(o.props, o.forRemediation === true);
    const isType = isTypeFn(o.type);
    return {
        type: o.type,
        props,
        urn: o.urn ?? urnOf(o.type, name),
        name,
        opts: emptyOptions(o.protect === true, o.parent),
        provider: o.provider ? { ...o.provider, props: deserialize(o.provider.props, false) } : undefined,
        stackTags: tagMap(o.stackTags),
        isType,
        asType: ((cls: any) => (isType(cls) ? props : undefined)) as ResourceValidationArgs["asType"],
        getConfig: <T extends object>() => ({ ...(o.config ?? {}) }) as T,
        notApplicable: (reason?: string): never => {
            throw new NotApplicableError(reason);
        },
    };
}

/** One resource of a fake stack. */
export interface StackResourceSpec {
    type: string;
    name: string;
    /** The outputs, in wire form. */
    props: Record<string, unknown>;
    urn?: string;
    protect?: boolean;
    /** URN of the parent. */
    parent?: string;
    /** URN of the provider resource. */
    provider?: string;
    dependencies?: string[];
    /** Property → URNs it was built from. */
    propertyDependencies?: Record<string, string[]>;
}

/** Fake `StackValidationArgs`, with parents and dependencies linked to resource objects as the server links them. */
export function stackArgs(o: { resources: StackResourceSpec[]; stackTags?: Record<string, string>; config?: Record<string, unknown> }): StackValidationArgs {
    const built = o.resources.map((spec) => {
        const urn = spec.urn ?? urnOf(spec.type, spec.name);
        const props = deserialize(spec.props, false);
        const isType = isTypeFn(spec.type);
        const resource: PolicyResource = {
            type: spec.type,
            props,
            urn,
            name: spec.name,
            opts: emptyOptions(spec.protect === true, spec.parent),
            dependencies: [],
            propertyDependencies: {},
            isType,
            asType: ((cls: any) => (isType(cls) ? props : undefined)) as PolicyResource["asType"],
        };
        return { spec, resource };
    });
    const byUrn = new Map(built.map((b) => [b.resource.urn, b.resource]));
    for (const { spec, resource } of built) {
        const link = (urns: string[] | undefined) => (urns ?? []).map((u) => byUrn.get(u)).filter((r): r is PolicyResource => r !== undefined);
        resource.dependencies = link(spec.dependencies);
        for (const [key, urns] of Object.entries(spec.propertyDependencies ?? {})) {
            resource.propertyDependencies[key] = link(urns);
        }
        if (spec.parent && byUrn.has(spec.parent)) {
            resource.parent = byUrn.get(spec.parent);
        }
        if (spec.provider) {
            const provider = byUrn.get(spec.provider);
            resource.provider = { type: provider?.type ?? "pulumi:providers:kubernetes", name: provider?.name ?? "provider", urn: spec.provider, props: provider?.props ?? {} };
        }
    }
    return {
        resources: built.map((b) => b.resource),
        stackTags: tagMap(o.stackTags),
        getConfig: <T extends object>() => ({ ...(o.config ?? {}) }) as T,
        notApplicable: (reason?: string): never => {
            throw new NotApplicableError(reason);
        },
    };
}

/** A violation reported by a policy. */
export interface Reported {
    message: string;
    urn?: string;
}

function collector(): { report: ReportViolation; reported: Reported[] } {
    const reported: Reported[] = [];
    const report: ReportViolation = (message: string, urn?: string) => {
        reported.push(urn === undefined ? { message } : { message, urn });
    };
    return { report, reported };
}

/** Runs every validation of a resource policy; returns the messages reported. */
export async function runResourcePolicy(policy: ResourceValidationPolicy, args: ResourceValidationArgs): Promise<string[]> {
    const { report, reported } = collector();
    const validations = Array.isArray(policy.validateResource) ? policy.validateResource : policy.validateResource ? [policy.validateResource] : [];
    for (const validate of validations) {
        await validate(args, report);
    }
    return reported.map((r) => r.message);
}

/** Runs a stack policy; returns the violations reported (message and URN). */
export async function runStackPolicy(policy: StackValidationPolicy, args: StackValidationArgs): Promise<Reported[]> {
    const { report, reported } = collector();
    await policy.validateStack(args, report);
    return reported;
}

/**
 * Runs a policy's remediation on remediation args; returns the remediated props in wire form
 * (secrets re-wrapped, as the server returns them), or `undefined` when nothing changed.
 */
export async function runRemediation(policy: ResourceValidationPolicy, args: ResourceValidationArgs): Promise<Record<string, unknown> | undefined> {
    if (!policy.remediateResource) {
        return undefined;
    }
    const result = await policy.remediateResource(args);
    return result ? serialize(result) : undefined;
}
