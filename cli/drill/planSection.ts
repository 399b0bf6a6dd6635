/**
 * The HTML report's drill plan section: the experiments `zonesafe drill plan` plans for the stack —
 * per zone the simulation judged, `az-loss-<zone>` with the estimated RTO it is to verify; per MySQL
 * instance, `db-isolation-<name>` and `db-restore-<name>` — and the command that prints the whole plan.
 */
import { azLossId, dbIsolationId, dbRestoreId } from "@zonesafe/drills/plan";
import { slug } from "@zonesafe/drills/planner";
import { formatSeconds as seconds } from "@zonesafe/policies/resilience/model";
import type * as TopologyModule from "@zonesafe/policies/topology";
import { escapeHtml as esc } from "../report/escape";
import type { Report } from "../report/model";
import { displayPath } from "../report/paths";
import type { HtmlSection } from "../report/sections";

/** The drill plan section of a report; none when the report has no simulation or nothing to drill. */
export function drillPlanSection(report: Report): HtmlSection[] {
    const sim = report.resilience;
    if (sim === null) return [];
    // The pack's topology module loads on first use (an HTML report only), as the report's other analyses do.
    const { kindOf } = require("@zonesafe/policies/topology") as typeof TopologyModule;
    const mysql = report.plan.resources.filter((r) => r.custom && kindOf(r.type) === "mysql");
    if (sim.disruptions.length === 0 && mysql.length === 0) return [];
    const rows: string[] = [];
    for (const d of sim.disruptions) {
        rows.push(
            `<tr><td><code>${esc(azLossId(d.zone))}</code></td><td>loss of zone ${esc(d.zone)}: each tier's switch time, RTO ≤ ${esc(seconds(sim.targets.rtoSeconds))}, data-tier RPO ≤ ${esc(seconds(sim.targets.rpoSecondsData))}</td>` +
                `<td class="num">${esc(seconds(d.rtoSeconds))}</td><td>${esc(d.status)}</td></tr>`,
        );
    }
    for (const m of mysql) {
        for (const [id, what] of [
            [dbIsolationId(slug(m.name)), "security-group isolation, then a clone from backup at the recorded time"],
            [dbRestoreId(slug(m.name)), "data deleted, then rolled back into a new database"],
        ]) {
            rows.push(`<tr><td><code>${esc(id)}</code></td><td>MySQL ${esc(m.name)}: ${esc(what)}; RPO ≤ ${esc(seconds(sim.targets.rpoSecondsData))}, checksums equal</td><td class="num">—</td><td>—</td></tr>`);
        }
    }
    const source = report.source.kind === "program" ? `--stack ${report.stack.stack}` : `--state ${displayPath(report.source.path, process.cwd())}`;
    const html =
        `<p class="muted">The simulation's figures are estimates; these experiments measure them. A zone without a drill action (no CLB master zone, TKE workload, CKafka or data-store primary there) gets no experiment.</p>` +
        `<table><thead><tr><th>Experiment</th><th>Verifies</th><th class="num">Estimated RTO</th><th>Simulation</th></tr></thead><tbody>${rows.join("")}</tbody></table>` +
        `<p class="muted">The steps, Chaos Mesh objects, API requests and runbook: <code>${esc(`zonesafe drill plan ${source} --format md`)}</code>.</p>`;
    return [{ id: "drill-plan", title: "Drill plan", html }];
}
