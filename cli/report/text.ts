/**
 * The human-readable report: the plan (resources by type and zone), findings grouped by level with
 * fix advice, waivers in use, remediations, the health score, notes and the result.
 */
import { getOwn } from "@zonesafe/model";
import { mapStrings, visibleControls } from "../sanitize";
import type { Style } from "../term";
import { makeStyle } from "../term";
import type { Report, ReportFinding } from "./model";
import { drillTextLines } from "./drills";
import { displayPath } from "./paths";

/** Options for {@link renderText}. */
export interface TextOptions {
    style?: Style;
    /** The directory paths are shown relative to. Defaults to the current directory. */
    cwd?: string;
}

/** A path relative to `cwd`: the report never shows an absolute path of the machine. */
const rel = displayPath;

function pad(s: string, width: number, right = false): string {
    const gap = Math.max(0, width - s.length);
    return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
}

function plural(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

/** Indents every line of a possibly multi-line text. */
function indent(text: string, prefix: string): string {
    return text
        .split(/\r?\n/)
        .map((l) => prefix + l)
        .join("\n");
}

function planSection(report: Report, s: Style): string[] {
    const plan = report.plan;
    const lines = [s.bold(`Plan: ${plural(plan.resourceCount, "resource")} in ${plural(plan.zones.length, "zone")}`)];
    if (plan.byType.length === 0) return [...lines, "  (no resources)"];
    const typeWidth = Math.min(64, Math.max(4, ...plan.byType.map((r) => r.type.length)));
    const zoneCols = [...plan.zones, "no zone"];
    const widths = zoneCols.map((z) => Math.max(z.length, 3));
    const header = `  ${pad("TYPE", typeWidth)}  ${pad("COUNT", 5, true)}  ${zoneCols.map((z, i) => pad(z, widths[i], true)).join("  ")}`;
    lines.push(s.dim(header));
    const cell = (n: number, i: number) => pad(n === 0 ? "-" : String(n), widths[i], true);
    for (const row of plan.byType) {
        const type = row.type.length > typeWidth ? `${row.type.slice(0, typeWidth - 1)}…` : row.type;
        const counts = plan.zones.map((z, i) => cell(getOwn(row.zones, z) ?? 0, i));
        counts.push(cell(row.unzoned, plan.zones.length));
        lines.push(`  ${pad(type, typeWidth)}  ${pad(String(row.count), 5, true)}  ${counts.join("  ")}`);
    }
    const totals = plan.zones.map((z, i) => cell(plan.byZone.find((b) => b.zone === z)?.count ?? 0, i));
    totals.push(cell(plan.byType.reduce((n, r) => n + r.unzoned, 0), plan.zones.length));
    lines.push(s.bold(`  ${pad("total", typeWidth)}  ${pad(String(plan.resourceCount), 5, true)}  ${totals.join("  ")}`));
    const spanning = plan.resources.filter((r) => r.zones.length > 1).length;
    if (spanning > 0) {
        lines.push(s.dim(`  (${plural(spanning, "resource spans", "resources span")} several zones and ${spanning === 1 ? "counts" : "count"} once in each zone's column; the total counts each resource once)`));
    }
    return lines;
}

function findingLines(f: ReportFinding, s: Style): string[] {
    const mark = f.level === "mandatory" ? s.red("✖") : s.yellow("▲");
    const sev = f.severity ? `[${f.severity}] ` : "";
    const where = f.urn ? `${f.resourceName ?? f.urn} ${s.dim(`(${f.resourceType ?? ""})`)}` : s.dim("(stack)");
    const lines = [`  ${mark} ${sev}${s.bold(f.policy)} · ${where}`, indent(f.message, "      ")];
    if (f.fix) lines.push(indent(`${s.cyan("fix:")} ${f.fix}`, "      "));
    return lines;
}

function findingsSection(report: Report, s: Style): string[] {
    const { mandatory, advisory } = report.summary;
    const head = `Findings: ${mandatory} mandatory, ${advisory} advisory`;
    const lines = [s.bold(head)];
    if (report.findings.length === 0) {
        lines.push(`  ${s.green("✔")} no violations`);
        return lines;
    }
    for (const level of ["mandatory", "advisory"] as const) {
        const group = report.findings.filter((f) => f.level === level);
        if (group.length === 0) continue;
        lines.push(`  ${level === "mandatory" ? s.red("MANDATORY") : s.yellow("ADVISORY")} (${group.length})`);
        for (const f of group) lines.push(...findingLines(f, s));
    }
    return lines;
}

function scoreLine(report: Report, s: Style): string[] {
    const score = report.score;
    if (!score) return [];
    const color = score.value >= 90 ? s.green : score.value >= 70 ? s.yellow : s.red;
    const pillars = score.pillars.map((p) => `${p.pillar} ${Math.round(p.value)}`).join(" · ");
    const lines = [`${s.bold("Health score:")} ${color(`${score.value}/100`)} (${score.band})${pillars ? ` — ${pillars}` : ""}`];
    if (score.summary) lines.push(s.dim(indent(score.summary, "  ")));
    return lines;
}

/** "30 s", "2 min", "unbounded" for a duration in seconds. */
function duration(seconds: number | null): string {
    if (seconds === null) return "unbounded";
    return seconds < 120 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`;
}

function resilienceSection(report: Report, s: Style): string[] {
    const r = report.resilience;
    if (!r || r.status === "not-applicable") return [];
    const color = r.status === "met" ? s.green : r.status === "breached" ? s.red : s.yellow;
    const lines = [
        `${s.bold("AZ-failure simulation (estimates):")} ${color(r.status)} — RTO ${duration(r.rtoSeconds)}, RPO ${duration(r.rpoSeconds)} ` +
            `(targets: RTO ≤ ${duration(r.targets.rtoSeconds)}, data-tier RPO ≤ ${duration(r.targets.rpoSecondsData)})`,
    ];
    for (const d of r.disruptions) {
        const tiers = d.tiers.map((t) => `${t.tier} ${t.survives ? `${Math.round(t.capacityLeft * 100)} %` : "down"}`).join(", ");
        lines.push(`  lose ${d.zone}: ${d.status}, RTO ${duration(d.rtoSeconds)}, RPO ${duration(d.rpoSeconds)} — ${tiers}`);
        for (const b of d.breaches) lines.push(s.dim(indent(`- ${b.reason}`, "      ")));
    }
    if (r.capacity.configured) {
        lines.push(`${s.bold("Event capacity:")} ${r.capacity.passes ? s.green("passes") : s.red("fails")}`);
        for (const v of r.capacity.violations) lines.push(s.dim(indent(`- ${v.message}`, "    ")));
    }
    return lines;
}

/**
 * Renders the report as text for a terminal or a log. Control characters in names and messages (ANSI
 * and OSC sequences, C0/C1 controls, direction overrides) are shown as escapes, never sent as they
 * are; paths are relative to `opts.cwd`.
 */
export function renderText(model: Report, opts: TextOptions = {}): string {
    // Names, messages and paths may hold escape sequences: shown, never executed by the terminal.
    const report = mapStrings(model, visibleControls);
    const s = opts.style ?? makeStyle(false);
    const cwd = opts.cwd ?? process.cwd();
    const out: string[] = [];
    const packs = report.packs.map((p) => `${p.name} ${p.version}`).join(", ");
    out.push(
        s.bold(`zonesafe ${report.command} · ${report.stack.project}/${report.stack.stack}`) +
            ` · ${plural(report.plan.resourceCount, "resource")} · ${report.packs.length === 1 ? "pack" : "packs"} ${packs}`,
    );
    const src = report.source;
    const from =
        src.kind === "program"
            ? `program ${rel(src.entryFile ?? src.path, cwd)}${src.stackFile ? `, config ${rel(src.stackFile, cwd)}` : ""}`
            : `${src.kind} ${rel(src.path, cwd)}`;
    out.push(s.dim(`  from ${from}${report.stack.dryRun ? " (preview: some values are unknown)" : ""}`));
    out.push("");
    out.push(...planSection(report, s));
    out.push("");
    out.push(...findingsSection(report, s));
    if (report.waivers.length > 0) {
        out.push("");
        out.push(s.bold(`Waivers (${report.waivers.length})`));
        for (const w of report.waivers) {
            const who = [w.policy, w.resourceName].filter((x) => x).join(" · ");
            out.push(`  - ${who ? `${who}: ` : ""}${w.message}`);
        }
    }
    if (report.remediations.length > 0) {
        out.push("");
        out.push(s.bold(`Remediations applied (${report.remediations.length})`));
        for (const r of report.remediations) {
            const name = r.urn.slice(r.urn.lastIndexOf("::") + 2);
            out.push(`  - ${r.policy} · ${name}: changed ${r.changed.length > 0 ? r.changed.join(", ") : "nothing"}`);
        }
    }
    const resilience = resilienceSection(report, s);
    if (resilience.length > 0) {
        out.push("");
        out.push(...resilience);
    }
    const drills = drillTextLines(report, s);
    if (drills.length > 0) {
        out.push("");
        out.push(...drills);
    }
    const score = scoreLine(report, s);
    if (score.length > 0) {
        out.push("");
        out.push(...score);
    }
    if (report.notes.length > 0) {
        out.push("");
        out.push(s.bold("Notes"));
        for (const n of report.notes) out.push(`  - ${n}`);
    }
    out.push("");
    const n = report.result.mandatoryViolations;
    out.push(
        report.result.passed
            ? `${s.green(s.bold("PASS"))} — no mandatory violation (exit code 0)`
            : `${s.red(s.bold("FAIL"))} — ${plural(n, "mandatory violation")} (exit code 1)`,
    );
    return out.join("\n") + "\n";
}
