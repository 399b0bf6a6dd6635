/**
 * Writes examples/retail-prod.export.json: the `pulumi stack export` document (deployment version 3)
 * of the retail-prod stack as if it had been deployed, for the README's `zonesafe assess` example.
 * The stack's program runs once under the embedded engine outside preview mode (every id known,
 * outputs echo the inputs plus an id) and each record becomes a `ResourceV3` (bench/exportStack.ts);
 * secrets are encrypted (`ciphertext`), as in a real export.
 *
 * Run as `node --import tsx scripts/example-export.ts [stack] [outFile]` from the repository root.
 */
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";
import { recordProgram } from "../engine/record";
import { exportDocument } from "../bench/exportStack";
import { loadProject, loadStack } from "../cli/project";
import { resolveEntry } from "../cli/run";

/** The repository root, which holds the reference project. */
const ROOT = path.resolve(__dirname, "..");

/** A deterministic, id-like string for a resource. */
function idOf(type: string, name: string): string {
    const prefix = (type.split(":").pop() ?? "res").toLowerCase().slice(0, 6);
    return `${prefix}-${createHash("sha1").update(`${type}/${name}`).digest("hex").slice(0, 8)}`;
}

/** Runs the reference project's program for `stackName` as deployed; returns the export document. */
export async function exampleExport(stackName: string): Promise<object> {
    const project = loadProject(ROOT);
    const settings = loadStack(project, stackName);
    const { program } = resolveEntry(project);
    const cwd = process.cwd();
    process.chdir(project.dir);
    try {
        const result = await recordProgram(
            async () => {
                // The reference program exports the function that builds the stack, as the language host calls it.
                const mod = require(program) as { default?: unknown };
                const entry = mod && typeof mod === "object" && "default" in mod ? mod.default : mod;
                return typeof entry === "function" ? (entry as () => unknown)() : entry;
            },
            {
                project: project.name,
                stack: settings.name,
                preview: false,
                config: settings.config,
                secretKeys: settings.secretKeys,
                tags: settings.tags,
                newResource: (args) => ({ id: idOf(args.type, args.name), state: { ...args.inputs } }),
            },
        );
        return exportDocument(result.stack.resources, project.name, settings.name);
    } finally {
        process.chdir(cwd);
    }
}

if (require.main === module) {
    const [stack = "retail-prod", out = path.join(ROOT, "examples", `${stack}.export.json`)] = process.argv.slice(2);
    exampleExport(stack).then(
        (doc) => {
            fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
            fs.writeFileSync(path.resolve(out), JSON.stringify(doc, null, 2) + "\n");
            const n = (doc as { deployment: { resources: unknown[] } }).deployment.resources.length;
            process.stdout.write(`wrote ${path.relative(process.cwd(), path.resolve(out))}: ${n} resources\n`);
        },
        (e: unknown) => {
            process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
            process.exitCode = 1;
        },
    );
}
