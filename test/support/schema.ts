/**
 * Reads the Tencent Cloud provider's package schema for tests: the copy the SDK is generated from,
 * and the reference copy kept beside the project, where it is present.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PackageSchema, SchemaProperty } from "../../scripts/sdkgen";

/** The project root. */
export const ROOT = path.resolve(__dirname, "../..");
/** The schema the SDK is generated from (checked in). */
export const VENDORED_SCHEMA = path.join(ROOT, "scripts/tencentcloud/schema.json");
/** The reference schema that the team keeps beside the project (may be absent). */
export const REFERENCE_SCHEMA = path.resolve(ROOT, "../shared/tencentcloud/schema.json");

/** Loads a package schema from a file. */
export function loadSchema(file: string): PackageSchema {
    return JSON.parse(fs.readFileSync(file, "utf8")) as PackageSchema;
}

/**
 * A value for a schema property that exercises every nested field: strings name their path, numbers
 * and booleans are non-default, lists have one element, maps one entry, objects every property.
 */
export function sampleValue(p: SchemaProperty, schema: PackageSchema, where: string, depth = 0): unknown {
    if (p.$ref) {
        const t = schema.types![p.$ref.slice("#/types/".length)];
        const out: Record<string, unknown> = {};
        if (depth > 6) return out;
        for (const [k, q] of Object.entries(t.properties ?? {})) out[k] = sampleValue(q, schema, `${where}.${k}`, depth + 1);
        return out;
    }
    switch (p.type) {
        case "string":
            return `v:${where}`;
        case "number":
        case "integer":
            return 7;
        case "boolean":
            return true;
        case "array":
            return [sampleValue(p.items!, schema, `${where}[0]`, depth + 1)];
        case "object":
            return { key: sampleValue(p.additionalProperties!, schema, `${where}.key`, depth + 1) };
        default:
            throw new Error(`${where}: unsupported type ${String(p.type)}`);
    }
}
