/**
 * The benchmark's floor: a project's program run alone under the embedded engine, as `zonesafe
 * preview` runs it (same launcher, same loading of the project and stack, same mocks and SDK, preview
 * mode) but recording nothing and evaluating no pack. What any offline preview of the program pays.
 *
 * Run as `node --require tsx/cjs bench/floor.ts --cwd <dir> --stack <name>`; prints one JSON line:
 * `{"programMs": ..., "totalMs": ...}` (the program run, and everything from this module's start).
 */
import * as path from "path";
import { loadProject, loadStack } from "../cli/project";
import { runProgram } from "../cli/run";

async function floor(argv: string[]): Promise<{ programMs: number; totalMs: number }> {
    const started = Date.now();
    const arg = (name: string) => {
        const i = argv.indexOf(name);
        return i >= 0 ? argv[i + 1] : undefined;
    };
    const project = loadProject(path.resolve(arg("--cwd") ?? "."));
    const settings = loadStack(project, arg("--stack"));
    const run = await runProgram(project, settings, { programOutput: "drop", record: false });
    return { programMs: run.durationMs, totalMs: Date.now() - started };
}

floor(process.argv.slice(2)).then(
    // Exit at once, as the zonesafe launcher does once its command has finished.
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`, () => process.exit(0)),
    (e: unknown) => {
        process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exit(2);
    },
);
