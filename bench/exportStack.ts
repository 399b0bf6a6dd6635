/**
 * Writes the `pulumi stack export` document (apitype `UntypedDeployment`, deployment version 3) of a
 * generated benchmark program as if it had been deployed: the program runs once under the embedded
 * engine outside preview mode (every id known, outputs echo the inputs plus a provider-assigned id),
 * and each record becomes a `ResourceV3`. As in a real export, custom resources without an explicit
 * provider name the default provider of their package, which the export lists first; secrets are
 * encrypted (`ciphertext`) and timestamps set.
 *
 * Run as `node --import tsx bench/exportStack.ts <projectDir> <stack> <outFile>`.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { deployedOutputs, recordProgram } from "../engine/record";
import { ResourceRecord, SECRET_SIG, SIG_KEY, WireProps, WireValue } from "../engine/types";
import { loadProject, loadStack } from "../cli/project";
import { invokeExport, resolveEntry } from "../cli/run";

/** A `ResourceV3` of a deployment. */
interface ResourceV3 {
    urn: string;
    custom: boolean;
    id?: string;
    type: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    parent?: string;
    provider?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    protect?: boolean;
    created: string;
    modified: string;
}

const CREATED = "2026-01-12T08:00:00.000Z";
const MODIFIED = "2026-06-01T02:30:00.000Z";

/** A deterministic, id-like string for a name. */
function idOf(prefix: string, name: string): string {
    return `${prefix}-${createHash("sha1").update(name).digest("hex").slice(0, 8)}`;
}

/** Secrets as a real export holds them: encrypted, which cannot be read back offline. */
function sealSecrets(v: WireValue): unknown {
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map(sealSecrets);
    if (v[SIG_KEY] === SECRET_SIG) {
        const plain = JSON.stringify(v.value);
        return { [SIG_KEY]: SECRET_SIG, ciphertext: `v1:${Buffer.from(createHash("sha256").update(plain).digest()).toString("base64").slice(0, 24)}` };
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = sealSecrets(x);
    return out;
}

function sealed(props: WireProps | undefined): Record<string, unknown> | undefined {
    return props ? (sealSecrets(props) as Record<string, unknown>) : undefined;
}

/** The `pulumi:providers:<pkg>` type's default provider URN for a resource type. */
function defaultProviderUrn(stack: string, project: string, type: string): string | undefined {
    const pkg = type.split(":")[0];
    if (pkg === "pulumi") return undefined;
    return `urn:pulumi:${stack}::${project}::pulumi:providers:${pkg}::default`;
}

/** Builds the export document from the records of a deployed run. */
export function exportDocument(records: ResourceRecord[], project: string, stack: string): object {
    const resources: ResourceV3[] = [];
    const defaults = new Map<string, ResourceV3>();
    const root = records.find((r) => r.type === "pulumi:pulumi:Stack");
    for (const r of records) {
        const res: ResourceV3 = { urn: r.urn, custom: r.custom, type: r.type, created: CREATED, modified: MODIFIED };
        if (r.custom) res.id = r.id;
        res.inputs = sealed(r.inputs);
        res.outputs = sealed(r.custom ? r.outputs : {});
        if (r.parent) res.parent = r.parent;
        if (r.custom && !r.type.startsWith("pulumi:providers:")) {
            if (r.providerRef) {
                res.provider = r.providerRef;
            } else {
                const urn = defaultProviderUrn(stack, project, r.type);
                if (urn) {
                    let p = defaults.get(urn);
                    if (!p) {
                        const pkg = r.type.split(":")[0];
                        p = { urn, custom: true, id: idOf("prov", urn), type: `pulumi:providers:${pkg}`, inputs: {}, outputs: {}, created: CREATED, modified: MODIFIED };
                        if (root) p.parent = root.urn;
                        defaults.set(urn, p);
                    }
                    res.provider = `${urn}::${p.id}`;
                }
            }
        }
        if (r.dependencies.length > 0) res.dependencies = r.dependencies;
        const deps = Object.entries(r.propertyDependencies).filter(([, urns]) => urns.length > 0);
        if (deps.length > 0) res.propertyDependencies = Object.fromEntries(deps);
        if (r.options.protect) res.protect = true;
        resources.push(res);
    }
    // Default providers are created before the resources that use them, right after the root stack.
    const ordered = root ? [resources[0], ...defaults.values(), ...resources.slice(1)] : [...defaults.values(), ...resources];
    return {
        version: 3,
        deployment: {
            manifest: { time: MODIFIED, magic: createHash("sha256").update(`${project}/${stack}`).digest("hex"), version: "v3.181.0" },
            secrets_providers: { type: "passphrase", state: { salt: "v1:YmVuY2g=:v1:c2FsdA==" } },
            resources: ordered,
        },
    };
}

/**
 * Runs the program of `projectDir` for `stackName` as deployed (its export invoked the way the
 * language host does, ids derived from each resource's type and name) and returns its export document
 * and how many resources the program registered.
 */
export async function deployedExport(projectDir: string, stackName: string): Promise<{ document: object; registered: number }> {
    const project = loadProject(projectDir);
    const settings = loadStack(project, stackName);
    const { program } = resolveEntry(project);
    const cwd = process.cwd();
    process.chdir(project.dir);
    try {
        const result = await recordProgram(() => invokeExport(require(program)), {
            project: project.name,
            stack: settings.name,
            preview: false,
            config: settings.config,
            secretKeys: settings.secretKeys,
            tags: settings.tags,
            newResource: (args) => ({ id: idOf((args.type.split(":").pop() ?? "res").toLowerCase().slice(0, 6), `${args.type}/${args.name}`), state: { ...args.inputs, ...deployedOutputs(args) } }),
        });
        return { document: exportDocument(result.stack.resources, project.name, settings.name), registered: result.stack.resources.length };
    } finally {
        process.chdir(cwd);
    }
}

/** Runs the program of `projectDir` for `stackName` as deployed and writes its export to `outFile`. */
export async function writeExport(projectDir: string, stackName: string, outFile: string): Promise<number> {
    const { document, registered } = await deployedExport(projectDir, stackName);
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, JSON.stringify(document, null, 4) + "\n");
    return registered;
}

if (require.main === module) {
    const [dir, stack, out] = process.argv.slice(2);
    writeExport(path.resolve(dir), stack, path.resolve(out)).then(
        (n) => process.stdout.write(`${JSON.stringify({ resources: n, file: path.resolve(out) })}\n`),
        (e: unknown) => {
            process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
            process.exit(1);
        },
    );
}
