// Builders of StackRecords for the tiny fixture pack (test/fixtures/packs/tiny), shared by the
// engine specs. Records are written by hand in wire form, as the recorder produces them.
import * as path from "path";
import { ResourceRecord, SECRET_SIG, SIG_KEY, StackRecord, WireProps, WireValue } from "../../engine/types";

/** The fixture pack's directory. */
export const TINY_PACK = path.resolve(__dirname, "../fixtures/packs/tiny");

/** The fixture pack's resource type. */
export const THING = "tiny:index:Thing";

// Every test stack uses this project, stack and organization: a started pack is bound to them.
/** The project of every test stack. */
export const PROJECT = "proj";
/** The stack name of every test stack. */
export const STACK = "dev";
/** The organization of every test stack. */
export const ORG = "org";

/** The URN of a resource of `type` named `name`, under an optional parent type chain. */
export function urnOf(type: string, name: string, parentTypes: string[] = []): string {
    const qualified = [...parentTypes, type].join("$");
    return `urn:pulumi:${STACK}::${PROJECT}::${qualified}::${name}`;
}

/** A secret in wire form. */
export function secret(value: WireValue): WireValue {
    return { [SIG_KEY]: SECRET_SIG, value };
}

/** A resource record with defaults for everything but type, name and inputs. */
export function resource(type: string, name: string, inputs: WireProps, extra: Partial<ResourceRecord> = {}): ResourceRecord {
    return {
        urn: urnOf(type, name),
        type,
        name,
        parent: "",
        custom: true,
        providerRef: "",
        inputs,
        dependencies: [],
        propertyDependencies: {},
        options: { protect: false, ignoreChanges: [], additionalSecretOutputs: [], aliases: [] },
        ...extra,
    };
}

/** A Thing with a good name, zone and tags unless `inputs` says otherwise. */
export function thing(name: string, inputs: WireProps = {}, extra: Partial<ResourceRecord> = {}): ResourceRecord {
    return resource(THING, name, { zone: "ap-guangzhou-3", replicas: 1, tags: { managedBy: "team" }, ...inputs }, extra);
}

/** A preview stack (dryRun) holding `resources`. */
export function stackOf(resources: ResourceRecord[], dryRun = true): StackRecord {
    return {
        project: PROJECT,
        stack: STACK,
        organization: ORG,
        dryRun,
        config: { "proj:region": "ap-guangzhou" },
        tags: { environment: "test" },
        resources,
    };
}
