/**
 * The fixture stacks as the engine records them: `StackRecord`s in wire form (secrets as signature
 * objects, unknowns as the sentinel string), with the root stack resource and provider references.
 */
import type { ResourceRecord, StackRecord } from "../../engine/types";
import type { StackResourceSpec } from "../support/policyArgs";
import { LEGACY, legacyStack, RETAIL, retailStack } from "./fixtures";

/** Records of a fixture stack, every resource a child of the root stack resource. */
export function recordsOf(specs: StackResourceSpec[], project: string, stack: string): ResourceRecord[] {
    const root = `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
    const byUrn = new Map(specs.map((s) => [s.urn ?? "", s]));
    const records: ResourceRecord[] = [
        {
            urn: root,
            type: "pulumi:pulumi:Stack",
            name: `${project}-${stack}`,
            parent: "",
            custom: false,
            providerRef: "",
            inputs: {},
            dependencies: [],
            propertyDependencies: {},
            options: { protect: false, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] },
        },
    ];
    for (const spec of specs) {
        const urn = spec.urn ?? `urn:pulumi:${stack}::${project}::${spec.type}::${spec.name}`;
        const provider = spec.provider ? byUrn.get(spec.provider) : undefined;
        records.push({
            urn,
            type: spec.type,
            name: spec.name,
            parent: spec.parent ?? root,
            custom: true,
            providerRef: spec.provider ? `${spec.provider}::04da6b54-80e4-46f7-96ec-b56ff0331ba9` : "",
            ...(provider && spec.provider ? { provider: { type: provider.type, name: provider.name, urn: spec.provider, properties: {} } } : {}),
            inputs: spec.props as ResourceRecord["inputs"],
            dependencies: [...new Set([...(spec.dependencies ?? []), ...Object.values(spec.propertyDependencies ?? {}).flat()])],
            propertyDependencies: spec.propertyDependencies ?? {},
            options: { protect: spec.protect === true, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] },
        });
    }
    return records;
}

/** The production retail stack, recorded by a preview: ids of new resources unknown. */
export function retailRecord(): StackRecord {
    return {
        project: RETAIL.project,
        stack: RETAIL.stack,
        dryRun: true,
        config: { "zonesafe:blueprint": "retail" },
        tags: { "zonesafe:environment": "production" },
        resources: recordsOf(retailStack(), RETAIL.project, RETAIL.stack),
    };
}

/** The legacy single-AZ stack, recorded from state: ids known, outputs equal to the inputs. */
export function legacyRecord(): StackRecord {
    const resources = recordsOf(legacyStack(), LEGACY.project, LEGACY.stack).map((r) => ({ ...r, outputs: r.inputs, id: typeof r.inputs["id"] === "string" ? r.inputs["id"] : undefined }));
    return { project: LEGACY.project, stack: LEGACY.stack, dryRun: false, config: {}, tags: {}, resources };
}
