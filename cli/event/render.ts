/**
 * The event report's renderings: text for a terminal, JSON (`zonesafe.event-report/v1`, schema in
 * cli/schemas/event-report.v1.schema.json) and a self-contained HTML page (inline CSS, no script,
 * nothing fetched), in the style of the policy report's.
 */
import { BASE_CSS, escapeHtml as e } from "../report/html";
import type { EventReport, FollowUp, TierFigures } from "./report";

const num = (x: number | null, unit = ""): string => (x === null ? "–" : `${x.toLocaleString("en-US", { maximumFractionDigits: 2 })}${unit}`);

function plural(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}

/** The report as JSON, two-space indented. */
export function renderEventJson(r: EventReport): string {
    return `${JSON.stringify(r, null, 2)}\n`;
}

function tierLine(t: TierFigures): string {
    if (!t.observed) return `  ${t.tier.padEnd(10)} no data`;
    const parts = [`peak ${num(t.peakQps)} req/s${t.peakAt ? ` at ${t.peakAt}` : ""}`];
    if (t.plannedPeakQps !== null) parts.push(`plan ${num(t.plannedPeakQps)} (${num(t.ofPlanPercent, "%")})`);
    if (t.capacityQps !== null) parts.push(`capacity ${num(t.capacityQps)}, headroom ${num(t.headroomQps)} req/s (${num(t.headroomPercent, "%")})`);
    if (t.errorRatePercent !== null) parts.push(`errors ${num(t.errorRatePercent, "%")}`);
    return `  ${t.tier.padEnd(10)} ${parts.join("; ")}`;
}

/** The report as text. */
export function renderEventText(r: EventReport): string {
    const out: string[] = [];
    out.push(`Event report: ${r.event.name} on stack ${r.stack}`);
    out.push(`  window ${r.window.from} to ${r.window.to}${r.window.complete ? "" : " (still running)"}, step ${r.window.stepSeconds}s, from ${r.prometheus}`);
    out.push(`  planned peak ${num(r.event.peakQps)} req/s`);
    out.push("");
    out.push("Tiers");
    for (const t of r.tiers) {
        out.push(tierLine(t));
        for (const z of t.zones) {
            out.push(`    ${z.zone.padEnd(18)} peak ${num(z.peakQps)} req/s${z.peakAt ? ` at ${z.peakAt}` : ""}${z.degraded ? `  DEGRADED${z.outages.length ? `: ${z.outages.map((o) => `${o.from} to ${o.to} (${o.minutes} min)`).join(", ")}` : ""}` : ""}`);
        }
    }
    out.push("");
    out.push(`Alerts that fired (${r.alerts.length})`);
    if (r.alerts.length === 0) out.push("  none");
    for (const a of r.alerts) {
        const extra = Object.entries(a.labels)
            .filter(([k]) => k !== "alertname")
            .map(([k, v]) => `${k}=${v}`)
            .join(", ");
        out.push(`  ${a.alertname} from ${a.firstAt} to ${a.lastAt}${extra ? ` {${extra}}` : ""}${a.guardAction ? `  node guard: ${a.guardAction}` : ""}`);
    }
    out.push(`Node guard: ${r.nodeGuard.removedNodes.length ? `removed ${r.nodeGuard.removedNodes.join(", ")}` : "removed no node"}; ${plural(r.nodeGuard.pages, "page")}`);
    out.push("");
    out.push(`Zones that degraded (${r.degradedZones.length})`);
    if (r.degradedZones.length === 0) out.push("  none");
    for (const z of r.degradedZones) out.push(`  ${z.zone}: ${z.reasons.join("; ")}`);
    out.push("");
    out.push(`Follow-ups (${r.followUps.length})`);
    if (r.followUps.length === 0) out.push("  none");
    for (const f of r.followUps) out.push(`  [${f.severity}] ${f.kind}: ${f.title}\n      fix: ${f.fix}`);
    if (r.notes.length) {
        out.push("");
        out.push("Notes");
        for (const n of r.notes) out.push(`  - ${n}`);
    }
    return `${out.join("\n")}\n`;
}

const CSS = `${BASE_CSS}
.summary { display:flex; gap:24px; flex-wrap:wrap; margin-top:16px; }
table { border-collapse:collapse; width:100%; margin-top:8px; }
th, td { text-align:left; vertical-align:top; padding:6px 8px; border-bottom:1px solid var(--line); }
th { background:var(--panel); font-weight:600; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.badge { display:inline-block; border-radius:10px; padding:0 8px; font-size:12px; font-weight:600; border:1px solid currentColor; white-space:nowrap; }
.high, .short { color:var(--red); } .medium { color:var(--amber); } .low { color:var(--blue); } .ok { color:var(--green); }
.bar { height:8px; background:var(--line); border-radius:4px; overflow:hidden; min-width:120px; } .bar > span { display:block; height:100%; background:var(--blue); }
.bar > span.over { background:var(--red); }
.fix { color:var(--muted); }
footer { margin-top:40px; color:var(--muted); font-size:12px; }
`;

function bar(value: number, of: number | null): string {
    if (of === null || of <= 0) return "";
    const pct = Math.max(0, Math.min(100, (value / of) * 100));
    return `<div class="bar" role="img" aria-label="${pct.toFixed(0)} percent"><span class="${value > of ? "over" : ""}" style="width:${pct.toFixed(1)}%"></span></div>`;
}

function followUpRow(f: FollowUp): string {
    return `<tr><td><span class="badge ${f.severity}">${e(f.severity)}</span></td><td>${e(f.kind)}</td><td>${e(f.title)}<div class="fix"><b>Fix:</b> ${e(f.fix)}</div></td></tr>`;
}

/** The report as one self-contained HTML page. */
export function renderEventHtml(r: EventReport): string {
    const access = r.tiers.find((t) => t.tier === "access");
    const minHeadroom = r.tiers.filter((t) => t.headroomPercent !== null).map((t) => t.headroomPercent!);
    const cards = [
        `<div class="card"><div class="muted">planned peak</div><div class="big">${e(num(r.event.peakQps))}</div><div class="muted">req/s</div></div>`,
        `<div class="card"><div class="muted">observed peak (access)</div><div class="big">${e(num(access?.observed ? access.peakQps : null))}</div><div class="muted">req/s</div></div>`,
        `<div class="card"><div class="muted">least headroom</div><div class="big ${minHeadroom.length && Math.min(...minHeadroom) < 0 ? "short" : "ok"}">${e(minHeadroom.length ? num(Math.min(...minHeadroom), "%") : "–")}</div></div>`,
        `<div class="card"><div class="muted">alerts fired</div><div class="big">${r.alerts.length}</div></div>`,
        `<div class="card"><div class="muted">zones degraded</div><div class="big ${r.degradedZones.length ? "short" : "ok"}">${r.degradedZones.length}</div></div>`,
        `<div class="card"><div class="muted">follow-ups</div><div class="big">${r.followUps.length}</div></div>`,
    ].join("");
    const tierRows = r.tiers
        .map((t) => {
            const head = `<tr><th scope="row">${e(t.tier)}</th><td class="num">${e(t.observed ? num(t.peakQps) : "no data")}</td><td>${e(t.peakAt ?? "–")}</td><td class="num">${e(num(t.plannedPeakQps))}</td><td class="num">${e(num(t.capacityQps))}</td><td class="num ${t.headroomQps !== null && t.headroomQps < 0 ? "short" : ""}">${e(num(t.headroomQps))}</td><td class="num">${e(num(t.headroomPercent, "%"))}</td><td class="num">${e(num(t.errorRatePercent, "%"))}</td><td>${bar(t.peakQps, t.capacityQps ?? t.plannedPeakQps)}</td></tr>`;
            const zones = t.zones
                .map(
                    (z) =>
                        `<tr><td class="muted">&nbsp;&nbsp;${e(z.zone)}</td><td class="num">${e(num(z.peakQps))}</td><td>${e(z.peakAt ?? "–")}</td><td colspan="6">${z.degraded ? `<span class="badge high">degraded</span> ${e(z.outages.map((o) => `${o.from} to ${o.to} (${o.minutes} min)`).join(", ") || "served nothing")}` : ""}</td></tr>`,
                )
                .join("");
            return head + zones;
        })
        .join("");
    const alertRows = r.alerts
        .map(
            (a) =>
                `<tr><td>${e(a.alertname)}</td><td>${e(a.firstAt)}</td><td>${e(a.lastAt)}</td><td><code>${e(
                    Object.entries(a.labels)
                        .filter(([k]) => k !== "alertname")
                        .map(([k, v]) => `${k}=${v}`)
                        .join(", "),
                )}</code></td><td>${e(a.guardAction ?? "")}</td></tr>`,
        )
        .join("");
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`Event report: ${r.event.name} on ${r.stack}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Event report: ${e(r.event.name)} on ${e(r.stack)}</h1>
<div class="muted">${e(r.window.from)} to ${e(r.window.to)}${r.window.complete ? "" : " (still running)"} · step ${r.window.stepSeconds}s · ${e(r.prometheus)} · generated ${e(r.generatedAt)}</div>
<section class="summary" aria-label="summary">${cards}</section>
<h2>Peak per tier and zone</h2>
<table id="tiers"><thead><tr><th>tier / zone</th><th class="num">peak req/s</th><th>at</th><th class="num">plan</th><th class="num">capacity</th><th class="num">headroom</th><th class="num">headroom %</th><th class="num">error rate</th><th>use</th></tr></thead><tbody>${tierRows}</tbody></table>
<h2>Alerts that fired</h2>
${r.alerts.length ? `<table id="alerts"><thead><tr><th>alert</th><th>first</th><th>last</th><th>labels</th><th>node guard</th></tr></thead><tbody>${alertRows}</tbody></table>` : `<p class="muted">None.</p>`}
<p>Node guard: ${r.nodeGuard.removedNodes.length ? `removed ${e(r.nodeGuard.removedNodes.join(", "))}` : "removed no node"}; ${e(plural(r.nodeGuard.pages, "page"))}.</p>
<h2>Zones that degraded</h2>
${r.degradedZones.length ? `<ul id="degraded">${r.degradedZones.map((z) => `<li><b>${e(z.zone)}</b>: ${e(z.reasons.join("; "))}</li>`).join("")}</ul>` : `<p class="muted">None.</p>`}
<h2>Follow-ups</h2>
${r.followUps.length ? `<table id="follow-ups"><thead><tr><th>severity</th><th>kind</th><th>item</th></tr></thead><tbody>${r.followUps.map(followUpRow).join("")}</tbody></table>` : `<p class="muted">None.</p>`}
${r.notes.length ? `<h2>Notes</h2><ul>${r.notes.map((n) => `<li>${e(n)}</li>`).join("")}</ul>` : ""}
<footer>${e(r.schema)} · zonesafe ${e(r.tool.version)}</footer>
</main>
</body>
</html>
`;
}
