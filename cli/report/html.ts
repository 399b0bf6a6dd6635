/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script and nothing fetched. It
 * holds a summary with a score gauge, the findings with fix advice, waivers, remediations, the plan
 * (resources by type and zone, and every resource), the packs, and the sections that further analyses
 * contribute (see sections.ts).
 */
import { getOwn } from "@zonesafe/model";
import type { Report, ReportFinding } from "./model";
import { displayPath } from "./paths";
import { escapeHtml } from "./escape";
import { extraSections, HtmlSection, HtmlSectionProvider, SECTION_PROVIDERS } from "./sections";

export { escapeHtml };

const e = escapeHtml;

/** The look every HTML page of the command shares (the reports, the event report): colours, type, layout. */
export const BASE_CSS = `
:root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#ffffff; --panel:#f6f8fa;
  --red:#cf222e; --amber:#9a6700; --green:#1a7f37; --blue:#0969da; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif; color:var(--fg); background:var(--bg); }
main { max-width:1200px; margin:0 auto; padding:24px; }
h1 { font-size:22px; margin:0 0 4px; } h2 { font-size:18px; margin:32px 0 8px; border-bottom:1px solid var(--line); padding-bottom:4px; }
.muted { color:var(--muted); }
.card { background:var(--panel); border:1px solid var(--line); border-radius:8px; padding:12px 16px; min-width:160px; }
.card .big { font-size:28px; font-weight:600; }
`;

const CSS = `${BASE_CSS} code, .mono { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12.5px; }
.summary { display:flex; gap:24px; flex-wrap:wrap; align-items:stretch; margin-top:16px; }
.verdict.pass { color:var(--green); } .verdict.fail { color:var(--red); }
table { border-collapse:collapse; width:100%; margin-top:8px; }
th, td { text-align:left; vertical-align:top; padding:6px 8px; border-bottom:1px solid var(--line); }
th { background:var(--panel); font-weight:600; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.badge { display:inline-block; border-radius:10px; padding:0 8px; font-size:12px; font-weight:600; border:1px solid currentColor; white-space:nowrap; }
.mandatory { color:var(--red); } .advisory { color:var(--amber); }
.sev-critical, .sev-high { color:var(--red); } .sev-medium { color:var(--amber); } .sev-low { color:var(--blue); }
.fix { margin-top:4px; color:var(--muted); } .fix b { color:var(--fg); }
.pillars { display:grid; grid-template-columns:auto 160px auto; gap:4px 10px; align-items:center; }
.bar { height:8px; background:var(--line); border-radius:4px; overflow:hidden; } .bar > span { display:block; height:100%; background:var(--blue); }
ul.notes { padding-left:20px; } details summary { cursor:pointer; margin:8px 0; }
footer { margin-top:40px; color:var(--muted); font-size:12px; }
`;

function plural(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

/** The score gauge: a half circle filled in proportion to the score. */
function gauge(value: number, band: string): string {
    const v = Math.max(0, Math.min(100, value));
    const angle = Math.PI * (1 - v / 100);
    const x = 60 + 50 * Math.cos(angle);
    const y = 60 - 50 * Math.sin(angle);
    const color = v >= 90 ? "#1a7f37" : v >= 70 ? "#9a6700" : "#cf222e";
    const arc = v > 0 ? `<path d="M10 60 A50 50 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}" fill="none" stroke="${color}" stroke-width="10" stroke-linecap="round"/>` : "";
    return (
        `<svg role="img" aria-label="health score ${v} of 100" width="140" height="84" viewBox="0 0 120 72">` +
        `<path d="M10 60 A50 50 0 0 1 110 60" fill="none" stroke="#d1d9e0" stroke-width="10" stroke-linecap="round"/>${arc}` +
        `<text x="60" y="56" text-anchor="middle" font-size="22" font-weight="600" fill="#1f2328">${v}</text>` +
        `<text x="60" y="70" text-anchor="middle" font-size="9" fill="#59636e">${e(band)}</text></svg>`
    );
}

function findingRow(f: ReportFinding): string {
    const resource = f.urn
        ? `${e(f.resourceName ?? "")}<br><span class="muted mono">${e(f.resourceType ?? "")}</span>`
        : `<span class="muted">stack</span>`;
    const fix = f.fix ? `<div class="fix"><b>Fix:</b> ${e(f.fix)}</div>` : "";
    return (
        `<tr><td><span class="badge ${f.level}">${f.level}</span></td>` +
        `<td>${f.severity ? `<span class="sev-${f.severity}">${f.severity}</span>` : `<span class="muted">–</span>`}</td>` +
        `<td><code>${e(f.policy)}</code><br><span class="muted">${e(f.pack)}${f.pillar ? ` · ${e(f.pillar)}` : ""}</span></td>` +
        `<td>${resource}</td><td>${e(f.message)}${fix}</td></tr>`
    );
}

function section(id: string, title: string, body: string): string {
    return `<section id="${e(id)}"><h2>${e(title)}</h2>${body}</section>`;
}

/** Options for {@link renderHtml}. */
export interface HtmlOptions {
    /** The directory paths are shown relative to (no absolute path of the machine is shown). Defaults to the current directory. */
    cwd?: string;
}

/** Renders the report as a self-contained HTML page; `providers` defaults to the registered section providers. */
export function renderHtml(report: Report, providers: readonly HtmlSectionProvider[] = SECTION_PROVIDERS, opts: HtmlOptions = {}): string {
    const cwd = opts.cwd ?? process.cwd();
    const title = `zonesafe ${report.command}: ${report.stack.project}/${report.stack.stack}`;
    const passed = report.result.passed;
    const parts: string[] = [];
    parts.push(`<header><h1>${e(title)}</h1><div class="muted">${e(plural(report.plan.resourceCount, "resource"))} · ` +
        `${e(report.packs.map((p) => `${p.name} ${p.version}`).join(", "))} · ${e(report.source.kind)} ` +
        `<span class="mono">${e(displayPath(report.source.entryFile ?? report.source.path, cwd))}</span> · ${e(report.generatedAt)}</div></header>`);

    const cards = [
        `<div class="card"><div class="muted">Result</div><div class="big verdict ${passed ? "pass" : "fail"}">${passed ? "PASS" : "FAIL"}</div>` +
            `<div class="muted">exit code ${report.result.exitCode}</div></div>`,
        `<div class="card"><div class="muted">Mandatory</div><div class="big mandatory">${report.summary.mandatory}</div></div>`,
        `<div class="card"><div class="muted">Advisory</div><div class="big advisory">${report.summary.advisory}</div></div>`,
        `<div class="card"><div class="muted">Zones</div><div class="big">${report.plan.zones.length}</div>` +
            `<div class="muted">${e(report.plan.zones.join(", ") || "none")}</div></div>`,
    ];
    if (report.score) {
        const pillars = report.score.pillars
            .map((p) => `<span>${e(p.pillar)}</span><span class="bar"><span style="width:${Math.max(0, Math.min(100, p.value))}%"></span></span><span class="num">${p.value}</span>`)
            .join("");
        cards.unshift(
            `<div class="card"><div class="muted">Health score</div>${gauge(report.score.value, report.score.band)}` +
                (pillars ? `<div class="pillars">${pillars}</div>` : "") +
                (report.score.summary ? `<div class="muted">${e(report.score.summary)}</div>` : "") +
                `</div>`,
        );
    }
    parts.push(`<div class="summary" id="summary">${cards.join("")}</div>`);

    const extra: HtmlSection[] = extraSections(report, providers);
    for (const s of extra) parts.push(section(s.id, s.title, s.html));

    const findings =
        report.findings.length === 0
            ? `<p class="verdict pass">No violations.</p>`
            : `<table><thead><tr><th>Level</th><th>Severity</th><th>Policy</th><th>Resource</th><th>Message and fix</th></tr></thead>` +
              `<tbody>${report.findings.map(findingRow).join("")}</tbody></table>`;
    parts.push(section("findings", `Findings (${report.summary.mandatory} mandatory, ${report.summary.advisory} advisory)`, findings));

    if (report.waivers.length > 0) {
        const rows = report.waivers
            .map((w) => `<tr><td><code>${e(w.policy ?? "")}</code></td><td>${e(w.resourceName ?? w.urn)}</td><td>${e(w.message)}</td></tr>`)
            .join("");
        parts.push(section("waivers", `Waivers (${report.waivers.length})`, `<table><thead><tr><th>Policy</th><th>Resource</th><th>Waiver</th></tr></thead><tbody>${rows}</tbody></table>`));
    }
    if (report.remediations.length > 0) {
        const rows = report.remediations
            .map((r) => `<tr><td><code>${e(r.policy)}</code></td><td class="mono">${e(r.urn)}</td><td>${e(r.changed.join(", ") || "nothing")}</td></tr>`)
            .join("");
        parts.push(section("remediations", `Remediations applied (${report.remediations.length})`, `<table><thead><tr><th>Policy</th><th>Resource</th><th>Changed inputs</th></tr></thead><tbody>${rows}</tbody></table>`));
    }

    const zones = report.plan.zones;
    const head = `<tr><th>Type</th><th class="num">Count</th>${zones.map((z) => `<th class="num">${e(z)}</th>`).join("")}<th class="num">no zone</th></tr>`;
    const rows = report.plan.byType
        .map(
            (r) =>
                `<tr><td class="mono">${e(r.type)}</td><td class="num">${r.count}</td>` +
                zones.map((z) => `<td class="num">${getOwn(r.zones, z) ?? "–"}</td>`).join("") +
                `<td class="num">${r.unzoned || "–"}</td></tr>`,
        )
        .join("");
    const resources = report.plan.resources
        .map(
            (r) =>
                `<tr><td>${e(r.name)}</td><td class="mono">${e(r.type)}</td><td>${e(r.tier ?? "")}</td>` +
                `<td>${e(r.zones.join(", "))}${r.zonesComplete ? "" : ` <span class="muted">(incomplete)</span>`}</td></tr>`,
        )
        .join("");
    parts.push(
        section(
            "plan",
            `Plan: ${plural(report.plan.resourceCount, "resource")} by type and zone`,
            `<table><thead>${head}</thead><tbody>${rows}</tbody></table>` +
                `<details><summary>Every resource (${report.plan.resources.length})</summary>` +
                `<table><thead><tr><th>Name</th><th>Type</th><th>Tier</th><th>Zones</th></tr></thead><tbody>${resources}</tbody></table></details>`,
        ),
    );

    const packs = report.packs
        .map(
            (p) =>
                `<details><summary><b>${e(p.name)}</b> ${e(p.version)} — ${plural(p.policies.length, "policy", "policies")} <span class="muted mono">${e(displayPath(p.dir, cwd))}</span></summary>` +
                `<table><thead><tr><th>Policy</th><th>Level</th><th>Severity</th><th>Description</th></tr></thead><tbody>` +
                p.policies
                    .map((pol) => `<tr><td><code>${e(pol.name)}</code></td><td>${e(pol.level)}</td><td>${e(pol.severity ?? "")}</td><td>${e(pol.description)}</td></tr>`)
                    .join("") +
                `</tbody></table></details>`,
        )
        .join("");
    parts.push(section("packs", "Policy packs", packs));
    if (report.notes.length > 0) {
        parts.push(section("notes", "Notes", `<ul class="notes">${report.notes.map((n) => `<li>${e(n)}</li>`).join("")}</ul>`));
    }
    parts.push(`<footer>${e(report.tool.name)} ${e(report.tool.version)} · report schema ${e(report.schema)}</footer>`);

    return (
        `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${e(title)}</title><style>${CSS}</style></head><body><main>\n${parts.join("\n")}\n</main></body></html>\n`
    );
}
