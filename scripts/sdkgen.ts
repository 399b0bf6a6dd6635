/**
 * Generates a Node.js SDK for a subset of a Pulumi package schema, in the shape that
 * `pulumi package add terraform-provider <owner>/<name>` produces: one flat module, one file per
 * resource, `types/input.ts` and `types/output.ts` for nested objects, a `Provider`, and a
 * `utilities.ts` that registers the parameterized package reference.
 *
 * The Pulumi CLI's own generator (`pulumi package gen-sdk`) is the reference, but it needs the CLI and
 * the provider plugin, which a developer without cloud access does not have. This generator covers the
 * parts of the schema format that the selected resources use (scalars, lists, string maps, `$ref` to
 * object types, secrets, required inputs, deprecations) and refuses anything else, so a schema it
 * cannot represent fails loudly instead of producing a half-typed SDK.
 */

/** A property of a Pulumi package schema. */
export interface SchemaProperty {
    type?: "string" | "number" | "integer" | "boolean" | "array" | "object";
    $ref?: string;
    items?: SchemaProperty;
    additionalProperties?: SchemaProperty;
    description?: string;
    secret?: boolean;
    deprecationMessage?: string;
}

/** An object type or resource of a Pulumi package schema. */
export interface SchemaResource {
    description?: string;
    properties?: Record<string, SchemaProperty>;
    required?: string[];
    inputProperties?: Record<string, SchemaProperty>;
    requiredInputs?: string[];
    stateInputs?: { properties?: Record<string, SchemaProperty> };
    deprecationMessage?: string;
}

/** The parts of a Pulumi package schema the generator reads. */
export interface PackageSchema {
    name: string;
    version?: string;
    parameterization?: { baseProvider: { name: string; version: string }; parameter: string };
    config?: { variables?: Record<string, SchemaProperty> };
    provider?: SchemaResource;
    resources: Record<string, SchemaResource>;
    types?: Record<string, SchemaResource & { type?: string }>;
}

/** One generated file: a path relative to the SDK root and its text. */
export interface GeneratedFile {
    path: string;
    text: string;
}

const HEADER = "// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***\n// *** Do not edit by hand: change the token list or the generator and regenerate. ***\n\n";

/** Splits a token `pkg:module/member:Name` into its parts, or throws naming the token. */
export function parseToken(token: string): { pkg: string; module: string; member: string; name: string } {
    const m = /^([^:]+):([^/:]+)\/([^:]+):([A-Za-z_][A-Za-z0-9_]*)$/.exec(token);
    if (!m) {
        throw new Error(`token '${token}' is not of the form 'package:module/member:Name'`);
    }
    return { pkg: m[1], module: m[2], member: m[3], name: m[4] };
}

/** The name of the TypeScript file for a resource token: the camel-case member. */
function fileOf(token: string): string {
    return parseToken(token).member;
}

/** The type name a `$ref` points to, e.g. `#/types/tencentcloud:index/ClbInstanceSnatIp:ClbInstanceSnatIp`. */
function refName(ref: string, schema: PackageSchema): string {
    const prefix = "#/types/";
    if (!ref.startsWith(prefix)) {
        throw new Error(`unsupported $ref '${ref}': only local '#/types/…' references are generated`);
    }
    const token = ref.slice(prefix.length);
    if (!schema.types?.[token]) {
        throw new Error(`$ref '${ref}' names a type that the schema does not define`);
    }
    return parseToken(token).name;
}

/** Collects the object types reachable from the given properties, depth first. */
function reachableTypes(props: Iterable<SchemaProperty>, schema: PackageSchema, seen: Set<string>): void {
    for (const p of props) {
        if (p.$ref) {
            const token = p.$ref.slice("#/types/".length);
            if (!seen.has(token)) {
                seen.add(token);
                refName(p.$ref, schema);
                reachableTypes(Object.values(schema.types![token].properties ?? {}), schema, seen);
            }
        }
        if (p.items) reachableTypes([p.items], schema, seen);
        if (p.additionalProperties) reachableTypes([p.additionalProperties], schema, seen);
    }
}

type Flavor = "input" | "output" | "plain";

/** The TypeScript type of a schema property for inputs (`pulumi.Input` all the way down) or outputs. */
function tsType(p: SchemaProperty, schema: PackageSchema, flavor: Flavor, where: string): string {
    const wrap = (t: string) => (flavor === "input" ? `pulumi.Input<${t}>` : t);
    if (p.$ref) {
        const name = refName(p.$ref, schema);
        return wrap(flavor === "input" ? `inputs.${name}` : `outputs.${name}`);
    }
    switch (p.type) {
        case "string":
            return wrap("string");
        case "number":
        case "integer":
            return wrap("number");
        case "boolean":
            return wrap("boolean");
        case "array":
            if (!p.items) throw new Error(`${where}: array without 'items'`);
            return wrap(`${tsType(p.items, schema, flavor, `${where}[]`)}[]`);
        case "object":
            if (!p.additionalProperties) throw new Error(`${where}: object without 'additionalProperties' or '$ref'`);
            return wrap(`{[key: string]: ${tsType(p.additionalProperties, schema, flavor, `${where}{}`)}}`);
        default:
            throw new Error(`${where}: unsupported schema type '${String(p.type)}'`);
    }
}

/** A JSDoc block, or nothing, for a description and an optional deprecation. */
function doc(indent: string, description?: string, deprecation?: string): string {
    const lines: string[] = [];
    if (description) lines.push(...description.trim().split("\n"));
    if (deprecation) lines.push(`@deprecated ${deprecation.trim()}`);
    if (lines.length === 0) return "";
    const body = lines.map((l) => `${indent} * ${l.replace(/\*\//g, "*\\/")}`.trimEnd()).join("\n");
    return `${indent}/**\n${body}\n${indent} */\n`;
}

function sortedEntries(props: Record<string, SchemaProperty> | undefined): [string, SchemaProperty][] {
    return Object.entries(props ?? {}).sort(([a], [b]) => a.localeCompare(b));
}

function fieldLines(props: Record<string, SchemaProperty> | undefined, required: Set<string>, schema: PackageSchema, flavor: Flavor, owner: string): string {
    return sortedEntries(props)
        .map(([k, p]) => {
            const opt = required.has(k) ? "" : "?";
            return `${doc("    ", p.description, p.deprecationMessage)}    ${k}${opt}: ${tsType(p, schema, flavor, `${owner}.${k}`)};`;
        })
        .join("\n");
}

function genResource(token: string, res: SchemaResource, schema: PackageSchema): string {
    const { name } = parseToken(token);
    const inputs = res.inputProperties ?? {};
    const requiredInputs = new Set(res.requiredInputs ?? []);
    const outputs = res.properties ?? {};
    const requiredOutputs = new Set(res.required ?? []);
    const state = res.stateInputs?.properties ?? outputs;
    const secretOutputs = sortedEntries(outputs).filter(([, p]) => p.secret).map(([k]) => k);
    const argsOptional = requiredInputs.size === 0 ? "?" : "";

    const outFields = sortedEntries(outputs)
        .map(([k, p]) => {
            const t = tsType(p, schema, "output", `${name}.${k}`);
            const full = requiredOutputs.has(k) ? t : `${t} | undefined`;
            return `${doc("    ", p.description, p.deprecationMessage)}    declare public readonly ${k}: pulumi.Output<${full}>;`;
        })
        .join("\n");
    const stateAssign = sortedEntries(state).map(([k]) => `            resourceInputs["${k}"] = state?.${k};`).join("\n");
    const requiredChecks = [...requiredInputs].sort().map((k) =>
        `            if (args?.${k} === undefined && !opts.urn) {\n                throw new Error("Missing required property '${k}'");\n            }`).join("\n");
    const argAssign = sortedEntries(inputs)
        .map(([k, p]) => (p.secret
            ? `            resourceInputs["${k}"] = args?.${k} ? pulumi.secret(args.${k}) : undefined;`
            : `            resourceInputs["${k}"] = args?.${k};`))
        .join("\n");
    const outOnly = sortedEntries(outputs).filter(([k]) => !(k in inputs)).map(([k]) => `            resourceInputs["${k}"] = undefined /*out*/;`).join("\n");
    const secretMerge = secretOutputs.length
        ? `        const secretOpts = { additionalSecretOutputs: [${secretOutputs.map((k) => `"${k}"`).join(", ")}] };\n        opts = pulumi.mergeOptions(opts, secretOpts);\n`
        : "";

    return `${HEADER}import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

${doc("", res.description ?? `The ${name} resource.`, res.deprecationMessage)}export class ${name} extends pulumi.CustomResource {
    /**
     * Gets an existing ${name} resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ${name}State, opts?: pulumi.CustomResourceOptions): ${name} {
        return new ${name}(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "${token}";

    /**
     * Returns true if the given object is an instance of ${name}. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ${name} {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ${name}.__pulumiType;
    }

${outFields}

    /**
     * Create a ${name} resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args${argsOptional}: ${name}Args, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ${name}Args | ${name}State, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ${name}State | undefined;
${stateAssign}
        } else {
            const args = argsOrState as ${name}Args | undefined;
${requiredChecks}
${argAssign}
${outOnly}
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
${secretMerge}        super(${name}.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering ${name} resources.
 */
export interface ${name}State {
${fieldLines(state, new Set(), schema, "input", `${name}State`)}
}

/**
 * The set of arguments for constructing a ${name} resource.
 */
export interface ${name}Args {
${fieldLines(inputs, requiredInputs, schema, "input", `${name}Args`)}
}
`.replace(/\n{3,}/g, "\n\n");
}

function genProvider(schema: PackageSchema): string {
    const inputs = schema.provider?.inputProperties ?? {};
    const secretInputs = sortedEntries(inputs).filter(([, p]) => p.secret).map(([k]) => k);
    const assign = sortedEntries(inputs)
        .map(([k, p]) => {
            const v = p.$ref || p.type === "array" || p.type === "object" ? `pulumi.output(args?.${k}).apply(JSON.stringify)` : `args?.${k}`;
            return p.secret
                ? `            resourceInputs["${k}"] = args?.${k} ? pulumi.secret(${v}) : undefined;`
                : `            resourceInputs["${k}"] = ${v};`;
        })
        .join("\n");
    const outFields = sortedEntries(inputs)
        .filter(([, p]) => p.type === "string")
        .map(([k, p]) => `${doc("    ", p.description)}    declare public readonly ${k}: pulumi.Output<string | undefined>;`)
        .join("\n");
    const secretMerge = secretInputs.length
        ? `        const secretOpts = { additionalSecretOutputs: [${secretInputs.map((k) => `"${k}"`).join(", ")}] };\n        opts = pulumi.mergeOptions(opts, secretOpts);\n`
        : "";
    return `${HEADER}import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as utilities from "./utilities";

/**
 * The provider type for the ${schema.name} package. By default, resources use package-wide
 * configuration settings, however an explicit \`Provider\` instance may be created and passed during
 * resource construction to achieve fine-grained programmatic control over provider settings.
 */
export class Provider extends pulumi.ProviderResource {
    /** @internal */
    public static readonly __pulumiType = "${schema.name}";

    /**
     * Returns true if the given object is an instance of Provider. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Provider {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === "pulumi:providers:" + Provider.__pulumiType;
    }

${outFields}

    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        {
${assign}
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
${secretMerge}        super(Provider.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * The set of arguments for constructing a Provider resource.
 */
export interface ProviderArgs {
${fieldLines(inputs, new Set(), schema, "input", "ProviderArgs")}
}
`.replace(/\n{3,}/g, "\n\n");
}

function genTypes(schema: PackageSchema, tokens: string[], flavor: "input" | "output"): string {
    const seen = new Set<string>();
    for (const t of tokens) {
        const r = schema.resources[t];
        reachableTypes(Object.values(r.inputProperties ?? {}), schema, seen);
        reachableTypes(Object.values(r.properties ?? {}), schema, seen);
        reachableTypes(Object.values(r.stateInputs?.properties ?? {}), schema, seen);
    }
    reachableTypes(Object.values(schema.provider?.inputProperties ?? {}), schema, seen);
    const body = [...seen]
        .sort((a, b) => parseToken(a).name.localeCompare(parseToken(b).name))
        .map((token) => {
            const t = schema.types![token];
            const name = parseToken(token).name;
            const required = new Set(t.required ?? []);
            return `${doc("", t.description)}export interface ${name} {\n${fieldLines(t.properties, required, schema, flavor, name)}\n}`;
        })
        .join("\n\n");
    const imports = flavor === "input"
        ? `import * as pulumi from "@pulumi/pulumi";\nimport * as inputs from "../types/input";\n`
        : `import * as outputs from "../types/output";\n`;
    return `${HEADER}${imports}\n${body}\n`;
}

function genUtilities(schema: PackageSchema): string {
    const p = schema.parameterization;
    if (!p) {
        throw new Error("the schema has no 'parameterization' block: this generator emits the SDK of a parameterized package (terraform-provider)");
    }
    const param = JSON.parse(Buffer.from(p.parameter, "base64").toString("utf8")) as unknown;
    return `${HEADER}import * as pulumi from "@pulumi/pulumi";
import * as resproto from "@pulumi/pulumi/proto/resource_pb";

/** The version of the ${schema.name} package this SDK was generated for. */
export function getVersion(): string {
    return "${schema.version ?? "0.0.0"}";
}

/** Default resource options for this package. */
export function resourceOptsDefaults(): pulumi.ResourceOptions {
    return { version: getVersion() };
}

/**
 * The parameterization of the base provider that this SDK was generated from:
 * ${JSON.stringify(param)}
 */
const PARAMETER = "${p.parameter}";

let packageRef: Promise<string | undefined> | undefined;

/**
 * Registers the parameterized package with the engine once and returns its reference, which every
 * resource of this package sends with its registration.
 */
export function getPackage(): Promise<string | undefined> {
    if (packageRef === undefined) {
        if (!pulumi.runtime.supportsParameterization()) {
            throw new Error("The Pulumi CLI does not support parameterization. Please update the Pulumi CLI.");
        }
        const monitor = pulumi.runtime.getMonitor();
        packageRef = new Promise<string | undefined>((resolve, reject) => {
            monitor!.registerPackage(
                new resproto.RegisterPackageRequest()
                    .setName("${p.baseProvider.name}")
                    .setVersion("${p.baseProvider.version}")
                    .setDownloadUrl("")
                    .setParameterization(
                        new resproto.Parameterization()
                            .setName("${schema.name}")
                            .setVersion(getVersion())
                            .setValue(Buffer.from(PARAMETER, "base64")),
                    ),
                (err: any, resp: any) => (err ? reject(err) : resolve(resp.getRef())),
            );
        });
    }
    return packageRef;
}
`;
}

function genIndex(schema: PackageSchema, tokens: string[]): string {
    const sorted = [...tokens].sort((a, b) => parseToken(a).name.localeCompare(parseToken(b).name));
    const exports = sorted
        .map((t) => {
            const { name } = parseToken(t);
            return `export { ${name}, ${name}Args, ${name}State } from "./${fileOf(t)}";`;
        })
        .join("\n");
    const imports = sorted.map((t) => `import { ${parseToken(t).name} } from "./${fileOf(t)}";`).join("\n");
    const cases = sorted
        .map((t) => `            case "${t}":\n                return new ${parseToken(t).name}(name, <any>undefined, { urn });`)
        .join("\n");
    return `${HEADER}import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

${exports}
export { Provider, ProviderArgs } from "./provider";

${imports}
import { Provider } from "./provider";

import * as types from "./types";
export { types };

const _module = {
    version: utilities.getVersion(),
    construct: (name: string, type: string, urn: string): pulumi.Resource => {
        switch (type) {
${cases}
            default:
                throw new Error(\`unknown resource type \${type}\`);
        }
    },
};
pulumi.runtime.registerResourceModule("${schema.name}", "index", _module);
pulumi.runtime.registerResourcePackage("${schema.name}", {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== "pulumi:providers:${schema.name}") {
            throw new Error(\`unknown provider type \${type}\`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
`;
}

/**
 * Generates the SDK files for `tokens` from `schema`. Every token must name a resource of the schema;
 * an unknown token or an unsupported property type throws with the token and property named.
 */
export function generateSdk(schema: PackageSchema, tokens: string[]): GeneratedFile[] {
    const missing = tokens.filter((t) => !schema.resources[t]);
    if (missing.length) {
        throw new Error(`the schema has no resource for token(s): ${missing.join(", ")}`);
    }
    const files: GeneratedFile[] = tokens.map((t) => ({ path: `${fileOf(t)}.ts`, text: genResource(t, schema.resources[t], schema) }));
    files.push({ path: "provider.ts", text: genProvider(schema) });
    files.push({ path: "utilities.ts", text: genUtilities(schema) });
    files.push({ path: "index.ts", text: genIndex(schema, tokens) });
    files.push({ path: "types/input.ts", text: genTypes(schema, tokens, "input") });
    files.push({ path: "types/output.ts", text: genTypes(schema, tokens, "output") });
    files.push({
        path: "types/index.ts",
        text: `${HEADER}import * as input from "./input";\nimport * as output from "./output";\n\nexport { input, output };\n`,
    });
    return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Reads a token list: one token a line, `#` comments and blank lines ignored. */
export function parseTokenList(text: string): string[] {
    return text
        .split("\n")
        .map((l) => l.replace(/#.*/, "").trim())
        .filter((l) => l.length > 0);
}
