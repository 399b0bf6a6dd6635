/**
 * The JSON report (`zonesafe.report/v1`): the report model as a document, its paths relative to the
 * current directory like every other format's (a report travels; the machine's directories do not).
 */
import { displayPath } from "./paths";
import type { Report } from "./model";

/** The JSON document of a report; paths are shown relative to `cwd`. */
export function renderJson(report: Report, cwd: string = process.cwd()): string {
    const rel = (p: string | undefined) => (p === undefined ? undefined : displayPath(p, cwd));
    const doc: Report = {
        ...report,
        source: { ...report.source, path: rel(report.source.path) as string, entryFile: rel(report.source.entryFile), stackFile: rel(report.source.stackFile) },
        packs: report.packs.map((p) => ({ ...p, dir: displayPath(p.dir, cwd) })),
    };
    return JSON.stringify(doc, null, 2) + "\n";
}
