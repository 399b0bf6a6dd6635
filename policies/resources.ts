/**
 * Turning what the engine hands over into the plain views rules read.
 *
 * - A resource policy gets `ResourceValidationArgs` (inputs, proxied): {@link viewOfArgs}.
 * - A stack policy gets `PolicyResource`s (outputs, proxied, with URN-linked dependencies):
 *   {@link stackResourcesOf}.
 * - Tools that hold recorded resources in wire form (a preview recording, an exported state) use
 *   {@link stackResourcesOfRecords} to assess a stack without starting the pack.
 */
import type { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import type { ResourceView } from "./rule";
import type { StackResource } from "./topology";
import { resourceNameOf } from "./tokens";
import { snapshotObject } from "./values";

/** The view a resource rule reads, from the arguments of a resource validation. */
export function viewOfArgs(args: ResourceValidationArgs): ResourceView {
    return {
        urn: typeof args.urn === "string" ? args.urn : "",
        name: typeof args.name === "string" ? args.name : "",
        type: typeof args.type === "string" ? args.type : "",
        resource: resourceNameOf(args.type),
        props: snapshotObject(args.props),
        protect: args.opts?.protect === true,
    };
}

function urnsOf(resources: unknown): string[] {
    if (!Array.isArray(resources)) {
        return [];
    }
    return resources.map((r) => (r as { urn?: unknown } | undefined)?.urn).filter((u): u is string => typeof u === "string");
}

/** The stack resources of a stack validation, as plain data. */
export function stackResourcesOf(resources: readonly PolicyResource[]): StackResource[] {
    return resources.map((r) => {
        const propertyDependencies: Record<string, string[]> = {};
        for (const [key, deps] of Object.entries(r.propertyDependencies ?? {})) {
            propertyDependencies[key] = urnsOf(deps);
        }
        return {
            urn: r.urn,
            type: r.type,
            name: r.name,
            props: snapshotObject(r.props),
            protect: r.opts?.protect === true,
            parent: r.parent?.urn ?? r.opts?.parent,
            provider: r.provider?.urn,
            dependencies: urnsOf(r.dependencies),
            propertyDependencies,
        };
    });
}

/** A recorded resource in wire form (the shape of the engine's analyzer requests and of state exports). */
export interface WireResource {
    urn: string;
    type: string;
    name: string;
    parent?: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    id?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    options?: { protect?: boolean };
    /** The provider reference, `urn::id`. */
    providerRef?: string;
    provider?: { urn?: string };
}

/** The URN part of a provider reference `urn::id`. */
function providerUrnOf(record: WireResource): string | undefined {
    if (record.provider?.urn) {
        return record.provider.urn;
    }
    const ref = record.providerRef ?? "";
    const cut = ref.lastIndexOf("::");
    return cut > 0 ? ref.slice(0, cut) : undefined;
}

/**
 * Stack resources from recorded resources in wire form, as an AnalyzeStack call would see them:
 * outputs where the record has them (else inputs), with the resource's id added as `id` when known.
 */
export function stackResourcesOfRecords(records: readonly WireResource[]): StackResource[] {
    return records.map((record) => {
        const source = record.outputs && Object.keys(record.outputs).length > 0 ? record.outputs : (record.inputs ?? {});
        const props = snapshotObject(source);
        if (typeof record.id === "string" && record.id !== "" && props["id"] === undefined) {
            props["id"] = record.id;
        }
        return {
            urn: record.urn,
            type: record.type,
            name: record.name,
            props,
            protect: record.options?.protect === true,
            parent: record.parent || undefined,
            provider: providerUrnOf(record),
            dependencies: record.dependencies ?? [],
            propertyDependencies: record.propertyDependencies ?? {},
        };
    });
}
