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
import { deployedExport } from "../bench/exportStack";

/** The repository root, which holds the reference project. */
const ROOT = path.resolve(__dirname, "..");

/** Runs the reference project's program for `stackName` as deployed; returns the export document. */
export async function exampleExport(stackName: string): Promise<object> {
    return (await deployedExport(ROOT, stackName)).document;
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
