/**
 * The latest drill results beside the AZ-failure simulation: `preview` and `assess` read the result
 * files `zonesafe drill run` wrote (`--drill-results DIR|FILE`), keep the latest of each experiment of
 * the assessed stack, and every report format shows per experiment the measured against the expected
 * figures, whether each held, and when it ran. The estimates say what should happen; these say what
 * did.
 */
import * as path from "path";
import { latestResults, type DrillResult } from "../drill/results";
import type { Style } from "../term";
import { escapeHtml } from "./html";
import type { Report } from "./model";
import type { HtmlSection, HtmlSectionProvider } from "./sections";

/** One experiment's latest result, as a report carries it. */
export interface ReportDrill {
    experiment: string;
    kind: string;
    title: string;
    /** The TencentDB instance a data drill acted on. */
    instanceId: string | null;
    /** When the run finished (ISO 8601). */
    finishedAt: string;
    passed: boolean;
    recovered: boolean;
    rtoSeconds: number | null;
    rpoSeconds: number | null;
    hypotheses: Array<{ id: string; metric: string; comparator: string; expected: number | boolean; measured: number | boolean | null; unit: string; passed: boolean }>;
}

/** The results of a stack, from `--drill-results` (undefined when not given); notes say what was left out. */
export function drillResultsFor(fileOrDir: string | undefined, cwd: string, stack: { project: string; stack: string }): { drills: ReportDrill[]; notes: string[] } | undefined {
    if (fileOrDir === undefined) return undefined;
    const all = latestResults(path.resolve(cwd, fileOrDir));
    const mine = all.filter((r) => r.plan.project === stack.project && r.plan.stack === stack.stack);
    const others = all.length - mine.length;
    const notes = others > 0 ? [`${others} drill result${others === 1 ? " is" : "s are"} for another stack than ${stack.project}/${stack.stack} and ${others === 1 ? "is" : "are"} not shown`] : [];
    return { drills: mine.map(reportDrill), notes };
}

/** A result as the report carries it. */
export function reportDrill(r: DrillResult): ReportDrill {
    return {
        experiment: r.experiment.id,
        kind: r.experiment.kind,
        title: r.experiment.title,
        instanceId: r.experiment.instanceId,
        finishedAt: r.finishedAt,
        passed: r.passed,
        recovered: r.measurements.recovered,
        rtoSeconds: r.measurements.rtoSeconds,
        rpoSeconds: r.measurements.rpoSeconds,
        hypotheses: r.hypotheses.map((h) => ({ id: h.id, metric: h.metric, comparator: h.comparator, expected: h.expected, measured: h.measured, unit: h.unit, passed: h.passed })),
    };
}

/** A measured or expected value: `12.5 s`, `true`, `not measured`. */
export function drillValue(v: number | boolean | null, unit: string): string {
    if (v === null) return "not measured";
    return typeof v === "number" && unit === "seconds" ? `${v} s` : String(v);
}

/** The day of an ISO time. */
const day = (iso: string) => iso.slice(0, 10);

/** The text lines of the drill results (none when the report has none). */
export function drillTextLines(report: Report, s: Style): string[] {
    const drills = report.drills;
    if (!drills) return [];
    if (drills.length === 0) return [`${s.bold("Drill results (measured):")} none for this stack`];
    const held = drills.filter((d) => d.passed).length;
    const lines = [`${s.bold("Drill results (measured):")} ${held === drills.length ? s.green(`${held}/${drills.length} passed`) : s.red(`${held}/${drills.length} passed`)}`];
    for (const d of drills) {
        lines.push(`  ${d.passed ? s.green("✔") : s.red("✖")} ${d.experiment} (${day(d.finishedAt)}${d.instanceId ? `, ${d.instanceId}` : ""})${d.recovered ? "" : " — never recovered"}`);
        for (const h of d.hypotheses) {
            lines.push(`      ${h.passed ? "pass" : s.red("FAIL")} ${h.id}: measured ${drillValue(h.measured, h.unit)}, expected ${h.comparator} ${drillValue(h.expected, h.unit)}`);
        }
    }
    return lines;
}

/** The HTML section of the drill results (none when the report has none). */
export function drillSection(report: Report): HtmlSection[] {
    const drills = report.drills;
    if (!drills) return [];
    const e = escapeHtml;
    if (drills.length === 0) return [{ id: "drill-results", title: "Drill results (measured)", html: `<p class="muted">No drill result for this stack.</p>` }];
    const rows = drills
        .flatMap((d) =>
            d.hypotheses.map(
                (h, i) =>
                    `<tr>${i === 0 ? `<td rowspan="${d.hypotheses.length}"><code>${e(d.experiment)}</code><br><span class="muted">${e(d.title)}</span></td><td rowspan="${d.hypotheses.length}">${e(day(d.finishedAt))}</td>` : ""}` +
                    `<td><code>${e(h.id)}</code></td><td class="num">${e(drillValue(h.measured, h.unit))}</td><td class="num">${e(`${h.comparator} ${drillValue(h.expected, h.unit)}`)}</td>` +
                    `<td><span class="badge ${h.passed ? "verdict pass" : "mandatory"}">${h.passed ? "pass" : "fail"}</span></td></tr>`,
            ),
        )
        .join("");
    const held = drills.filter((d) => d.passed).length;
    return [
        {
            id: "drill-results",
            title: "Drill results (measured)",
            html:
                `<p>${held}/${drills.length} experiments passed: the figures each drill measured, beside the ones the simulation expects.</p>` +
                `<table><thead><tr><th>Experiment</th><th>Ran</th><th>Hypothesis</th><th class="num">Measured</th><th class="num">Expected</th><th>Result</th></tr></thead><tbody>${rows}</tbody></table>`,
        },
    ];
}

/** The drill results as an HTML section provider. */
export const drillSectionProvider: HtmlSectionProvider = drillSection;
