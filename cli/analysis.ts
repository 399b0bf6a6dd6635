/**
 * The resilience section of a report, built from the records of a run: the AZ-failure simulation and
 * the event capacity check (the pack's own pure functions, with the configuration its two policies
 * ran with), the architecture diagram as SVG (one drawing without failure and one per lost zone) and
 * as Mermaid text, and the HTML sections the report renderer places after its summary.
 *
 * The SVG needs the layout engine, which loads asynchronously, so the section is built before the
 * report is rendered and handed to the renderer as a section provider ({@link resilienceSectionProvider}).
 */
import { CAPACITY_CONFIG_KEY, EVENTS_CONFIG_KEY } from "@zonesafe/model";
import type { EvaluationResult } from "@zonesafe/engine/evaluate";
import type { Finding, StackRecord } from "@zonesafe/engine/types";
import type { CapacityReport } from "@zonesafe/policies/resilience/capacity";
import { ESTIMATES } from "@zonesafe/policies/resilience/estimates";
import { breachesOf } from "@zonesafe/policies/resilience/simulate";
import { formatSeconds, SimTier, Simulation } from "@zonesafe/policies/resilience/model";
import {
    AZ_FAILURE_POLICY,
    azFailureConfig,
    checkAzFailure,
    checkCapacity,
    EVENT_CAPACITY_POLICY,
    eventCapacityConfig,
} from "@zonesafe/policies/resilience/policies";
import { buildDiagramModel, DiagramModel, overlayOf, PALETTE, renderDiagramSvg } from "./report/diagram";
import { escapeHtml as e } from "./report/html";
import { renderMermaid } from "./report/mermaid";
import type { ReportResilience } from "./report/model";
import type { HtmlSection, HtmlSectionProvider } from "./report/sections";
import { Redactor } from "./redact";
import { topologyOfStack } from "./stackTopology";

/** How the section is computed. */
export interface ResilienceConfig {
    /** The AZ-failure policy's configuration (`rtoSeconds`, `rpoSecondsData`, `rpoExemptKinds`); missing keys take their defaults. */
    readonly azFailure?: Record<string, unknown>;
    /** The event capacity policy's configuration (`peakQps`, `qpsPerInstance`, …); missing keys take their defaults. */
    readonly capacity?: Record<string, unknown>;
    /** The zone whose loss the Mermaid text overlays; defaults to the first breached disruption, else none. */
    readonly failedZone?: string;
}

/** The resilience section: every result, the drawings, and the HTML sections for the report. */
export interface ResilienceSection {
    readonly simulation: Simulation;
    readonly capacity: CapacityReport;
    /** The diagram without failure, as a self-contained SVG element. */
    readonly svg: string;
    /** One SVG per lost zone, in the simulation's zone order. */
    readonly overlays: ReadonlyArray<{ readonly zone: string; readonly svg: string }>;
    /** The diagram as Mermaid flowchart text (with {@link ResilienceConfig.failedZone}'s loss overlaid when one applies). */
    readonly mermaid: string;
    readonly model: DiagramModel;
    /** The HTML sections (diagram and simulation, capacity) for the report renderer. */
    readonly sections: readonly HtmlSection[];
}

/** The configuration the pack's two resilience policies ran with in an evaluation (reconciled), for {@link buildResilienceSection}. */
export function resilienceConfigOf(result: Pick<EvaluationResult, "packs">): ResilienceConfig {
    for (const pack of result.packs) {
        const az = pack.config[AZ_FAILURE_POLICY];
        const capacity = pack.config[EVENT_CAPACITY_POLICY];
        if (az || capacity) {
            return { azFailure: az?.properties ?? {}, capacity: capacity?.properties ?? {} };
        }
    }
    return {};
}

/** The architecture diagram of a stack, before layout: its model and its Mermaid text. */
export interface ResilienceDrawing {
    readonly model: DiagramModel;
    /** The diagram as Mermaid flowchart text (with {@link ResilienceConfig.failedZone}'s loss overlaid when one applies). */
    readonly mermaid: string;
}

/** The resilience analysis of a stack: what every report format carries, and the drawing for those that draw. */
export interface ResilienceAnalysis {
    readonly simulation: Simulation;
    readonly capacity: CapacityReport;
    /** The diagram, built on first call (only the HTML and Mermaid formats draw). */
    drawing(): ResilienceDrawing;
}

/**
 * Analyzes a stack's records: the AZ-failure simulation and the capacity check; the diagram on demand.
 * The analysis runs on the real values; what it exposes (verdicts, messages, diagram labels and zones)
 * has every secret value replaced by `[secret]` (see ./redact.ts): the stack's own secrets (wire-form
 * secrets, secret config) and `secrets`.
 */
export function analyzeResilience(stack: StackRecord, findings: readonly Finding[], config: ResilienceConfig = {}, secrets: Iterable<string> = []): ResilienceAnalysis {
    const redactor = new Redactor(secrets).addStack(stack);
    const topology = topologyOfStack(stack);
    const realSimulation = checkAzFailure(topology, azFailureConfig.parse(config.azFailure ?? {})).simulation;
    const simulation = redactor.deep(realSimulation);
    const capacity = redactor.deep(checkCapacity(topology, eventCapacityConfig.parse(config.capacity ?? {}), stack.config));
    let drawn: ResilienceDrawing | undefined;
    const drawing = (): ResilienceDrawing => {
        if (drawn === undefined) {
            const model = redactor.deep(buildDiagramModel(topology, findings, realSimulation));
            const failed = config.failedZone === undefined ? simulation.disruptions.find((d) => d.status === "breached")?.zone : redactor.text(config.failedZone);
            const disruption = simulation.disruptions.find((d) => d.zone === failed);
            drawn = { model, mermaid: renderMermaid(model, disruption ? { overlay: overlayOf(disruption) } : {}) };
        }
        return drawn;
    };
    return { simulation, capacity, drawing };
}

/** Builds the resilience section of a report from a stack's records and the findings of its evaluation. */
export async function buildResilienceSection(stack: StackRecord, findings: readonly Finding[], config: ResilienceConfig = {}): Promise<ResilienceSection> {
    return renderResilienceSection(analyzeResilience(stack, findings, config));
}

/** Lays out the diagram (one drawing without failure, one per lost zone) and builds the HTML sections. */
export async function renderResilienceSection(analysis: ResilienceAnalysis): Promise<ResilienceSection> {
    const { simulation, capacity } = analysis;
    const { model, mermaid } = analysis.drawing();
    const svg = await renderDiagramSvg(model, { idPrefix: "zsd" });
    const overlays: Array<{ zone: string; svg: string }> = [];
    for (const [i, d] of simulation.disruptions.entries()) {
        overlays.push({ zone: d.zone, svg: await renderDiagramSvg(model, { idPrefix: `zsd${i + 1}`, overlay: overlayOf(d) }) });
    }
    const sections: HtmlSection[] = [
        { id: "resilience", title: "Resilience: architecture and AZ-failure simulation (estimates)", html: diagramHtml(model, svg, overlays) + simulationHtml(simulation) },
        { id: "capacity", title: "Event capacity", html: capacityHtml(capacity) },
    ];
    return { simulation, capacity, svg, overlays, mermaid, model, sections };
}

/** The resilience results as the report model carries them (JSON, text): verdicts and figures, no drawings. */
export function resilienceSummary(analysis: ResilienceAnalysis): ReportResilience {
    const { simulation: sim, capacity } = analysis;
    return {
        estimate: true,
        status: sim.status,
        targets: { ...sim.targets },
        rtoSeconds: sim.rtoSeconds,
        rpoSeconds: sim.rpoSeconds,
        disruptions: sim.disruptions.map((d) => ({
            zone: d.zone,
            status: d.status,
            rtoSeconds: d.rtoSeconds,
            rpoSeconds: d.rpoSeconds,
            tiers: d.tiers.map((t) => ({ tier: t.tier, survives: t.survives, capacityLeft: t.capacityLeft, rtoSeconds: t.rtoSeconds, rpoSeconds: t.rpoSeconds })),
            breaches: d.tiers.flatMap((t) => t.resources.flatMap((r) => breachesOf(r, sim.targets).map((reason) => ({ urn: r.urn, tier: t.tier, reason })))),
        })),
        capacity: {
            configured: capacity.configured,
            passes: capacity.passes,
            violations: capacity.violations.map((v) => ({ urn: v.urn, message: v.message })),
        },
    };
}

/** The report's section provider for a built section (the HTML renderer's extension point). */
export function resilienceSectionProvider(section: ResilienceSection): HtmlSectionProvider {
    return () => [...section.sections];
}

const STYLE = `
.zs-res .zs-views > div { display:none; overflow-x:auto; }
.zs-res input[type=radio] { position:absolute; opacity:0; pointer-events:none; }
.zs-res .zs-tabs label { display:inline-block; margin:0 6px 8px 0; padding:2px 10px; border:1px solid #d1d9e0; border-radius:12px; cursor:pointer; font-size:13px; }
.zs-res .zs-legend { margin:6px 0 10px; font-size:12.5px; color:#59636e; }
.zs-res .zs-legend span.sw { display:inline-block; width:12px; height:12px; border-radius:3px; vertical-align:-2px; margin:0 4px 0 12px; border:1.5px solid; }
.zs-res td.ok { color:#1a7f37; } .zs-res td.bad { color:#cf222e; } .zs-res td.und { color:#9a6700; }
`;

function viewCss(count: number): string {
    const rules: string[] = [];
    for (let i = 0; i < count; i++) {
        rules.push(`.zs-res #zs-view-${i}:checked ~ .zs-views > .zs-view-${i} { display:block; }`);
        rules.push(`.zs-res #zs-view-${i}:checked ~ .zs-tabs label[for=zs-view-${i}] { background:#ddf4ff; border-color:#0969da; }`);
    }
    return rules.join("\n");
}

function diagramHtml(model: DiagramModel, svg: string, overlays: ReadonlyArray<{ zone: string; svg: string }>): string {
    // Views switch with radio buttons and CSS only: the report carries no script.
    const views = [{ title: "No failure", svg }, ...overlays.map((o) => ({ title: `Lose ${o.zone}`, svg: o.svg }))];
    const radios = views.map((_, i) => `<input type="radio" name="zs-view" id="zs-view-${i}"${i === 0 ? " checked" : ""}>`).join("");
    const tabs = `<div class="zs-tabs">${views.map((v, i) => `<label for="zs-view-${i}">${e(v.title)}</label>`).join("")}</div>`;
    const body = `<div class="zs-views">${views.map((v, i) => `<div class="zs-view-${i}">${v.svg}</div>`).join("")}</div>`;
    const sw = (fill: string, stroke: string) => `<span class="sw" style="background:${fill};border-color:${stroke}"></span>`;
    const legend =
        `<div class="zs-legend">Worst finding:${sw(PALETTE.mandatory.fill, PALETTE.mandatory.stroke)}mandatory${sw(PALETTE.advisory.fill, PALETTE.advisory.stroke)}advisory` +
        `${sw(PALETTE.none.fill, PALETTE.none.stroke)}none · a resource appears once per zone it occupies; dashed links join its placements` +
        `${model.omitted > 0 ? ` · ${model.omitted} configuration resources (listeners, policies, subnets…) not drawn` : ""}</div>`;
    return `<style>${STYLE}\n${viewCss(views.length)}</style><div class="zs-res" id="zs-diagram">${radios}${tabs}${legend}${body}</div>`;
}

function statusCell(status: string): string {
    const cls = status === "met" ? "ok" : status === "breached" ? "bad" : "und";
    return `<td class="${cls}">${e(status)}</td>`;
}

function simulationHtml(sim: Simulation): string {
    const head =
        `<p class="muted">Each availability zone is taken away in turn. Figures are estimates from the plan (documented failover times, not measurements). ` +
        `Targets: RTO ≤ ${e(formatSeconds(sim.targets.rtoSeconds))}, data-tier RPO ≤ ${e(formatSeconds(sim.targets.rpoSecondsData))}. ` +
        `Stack RTO for the loss of one zone: <b>${e(formatSeconds(sim.rtoSeconds))}</b>, RPO: <b>${e(formatSeconds(sim.rpoSeconds))}</b> — <b>${e(sim.status)}</b>.</p>`;
    if (sim.disruptions.length === 0) {
        return `<div class="zs-res">${head}<p>No resource of the access, compute, middleware or data tier has a zone: nothing to simulate.</p></div>`;
    }
    const tiers: SimTier[] = [...new Set(sim.disruptions.flatMap((d) => d.tiers.map((t) => t.tier)))];
    const summary =
        `<table><thead><tr><th>Zone lost</th><th>Status</th><th class="num">RTO</th><th class="num">RPO</th>${tiers.map((t) => `<th>${e(t)}</th>`).join("")}</tr></thead><tbody>` +
        sim.disruptions
            .map(
                (d) =>
                    `<tr><td>${e(d.zone)}</td>${statusCell(d.status)}<td class="num">${e(formatSeconds(d.rtoSeconds))}</td><td class="num">${e(formatSeconds(d.rpoSeconds))}</td>` +
                    tiers
                        .map((tier) => {
                            const t = d.tiers.find((x) => x.tier === tier);
                            if (!t) return `<td class="muted">–</td>`;
                            return `<td class="${t.survives ? "ok" : "bad"}">${t.survives ? `${Math.round(t.capacityLeft * 100)} % · ${e(formatSeconds(t.rtoSeconds))}` : "does not survive"}</td>`;
                        })
                        .join("") +
                    `</tr>`,
            )
            .join("") +
        `</tbody></table>`;
    const details = sim.disruptions
        .map((d) => {
            const rows = d.tiers
                .flatMap((t) => t.resources.filter((r) => r.affected))
                .map(
                    (r) =>
                        `<tr><td>${e(r.tier)}</td><td>${e(r.title)}</td><td class="${r.survives ? "ok" : "bad"}">${r.survives ? "survives" : "does not survive"}</td>` +
                        `<td class="num">${Math.round(r.capacityLeft * 100)} %</td><td class="num">${e(formatSeconds(r.rtoSeconds))}</td><td class="num">${e(formatSeconds(r.rpoSeconds))}${r.heldToRpo ? "" : " <span class=\"muted\">(no target)</span>"}</td>` +
                        `<td>${e(r.reason)}${r.complete ? "" : ` <span class="muted">(incomplete: some values unknown)</span>`}</td></tr>`,
                )
                .join("");
            return (
                `<details><summary>Lose ${e(d.zone)}: ${e(d.status)}, RTO ${e(formatSeconds(d.rtoSeconds))}, RPO ${e(formatSeconds(d.rpoSeconds))}</summary>` +
                `<table><thead><tr><th>Tier</th><th>Resource</th><th>Verdict</th><th class="num">Capacity left</th><th class="num">RTO</th><th class="num">RPO</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table></details>`
            );
        })
        .join("");
    const estimates =
        `<details><summary>Estimates used</summary><table><thead><tr><th>Tier</th><th>Behaviour</th><th class="num">RTO</th><th class="num">RPO</th><th>Source</th></tr></thead><tbody>` +
        ESTIMATES.map(
            (x) =>
                `<tr><td>${e(x.tier)}</td><td>${e(x.what)}</td><td class="num">${x.rtoSeconds === null ? "–" : e(formatSeconds(x.rtoSeconds))}</td><td class="num">${x.rpoSeconds === null ? "–" : e(formatSeconds(x.rpoSeconds))}</td><td>${e(x.source)}</td></tr>`,
        ).join("") +
        `</tbody></table></details>`;
    return `<div class="zs-res">${head}${summary}${details}${estimates}</div>`;
}

function capacityHtml(capacity: CapacityReport): string {
    if (!capacity.configured) {
        return (
            `<p class="muted">No peak configured: declare the stack's peak events in <code>${EVENTS_CONFIG_KEY}</code> (name, start and end with their time zone, <code>peakQps</code>, <code>warmUpMinutes</code>) ` +
            `and what one unit serves in <code>${CAPACITY_CONFIG_KEY}</code> (<code>qpsPerNode</code>, <code>qpsPerReplica</code>, <code>qpsPerInstance</code>, from a load test); ` +
            `the <code>zonesafe-event-capacity</code> policy's <code>peakQps</code> and per-unit figures, or the stack's <code>zonesafe:beacon</code> configuration, count too.</p>`
        );
    }
    const p = capacity.peak;
    const head = `<p>Peak ${e(String(p.peakQps))} QPS${p.eventStart ? `, event at ${e(p.eventStart)}` : ""}, backend limit ${p.backendLimit} per region — <b class="${capacity.passes ? "verdict pass" : "verdict fail"}">${capacity.passes ? "passes" : "fails"}</b>.</p>`;
    const rows = capacity.checks
        .flatMap((c) =>
            c.members.map(
                (m, i) =>
                    `<tr>${i === 0 ? `<td rowspan="${c.members.length}">${e(c.name)}<br><span class="muted">needs ${c.needed} ${e(c.unit)}s at ${e(String(c.qpsPerUnit))} QPS each; reaches ${c.reachable}</span></td><td rowspan="${c.members.length}" class="${c.passes ? "ok" : "bad"}">${c.passes ? "ok" : "short"}</td>` : ""}` +
                    `<td>${e(m.name)}</td><td class="num">${m.current}</td><td class="num">${m.maxSize}</td><td>${e(m.threshold ?? (m.scalesOut ? "yes" : "no scale-out"))}</td><td class="num">${m.reachable}${m.overLimit ? ` <span class="mandatory">(over the limit)</span>` : ""}</td></tr>`,
            ),
        )
        .join("");
    const table = `<table><thead><tr><th>Check</th><th>Verdict</th><th>Member</th><th class="num">Now</th><th class="num">Max</th><th>Scale-out threshold</th><th class="num">Counted</th></tr></thead><tbody>${rows}</tbody></table>`;
    const schedules =
        capacity.schedules.length === 0
            ? ""
            : `<table><thead><tr><th>Scheduled scale-out</th><th>Group</th><th>Starts</th><th>Before the event</th></tr></thead><tbody>${capacity.schedules
                  .map((s) => `<tr><td>${e(s.name)}</td><td>${e(s.group)}</td><td>${e(s.startTime)}</td><td>${s.startsBefore === undefined ? "–" : s.startsBefore ? "yes" : `<span class="mandatory">no</span>`}</td></tr>`)
                  .join("")}</tbody></table>`;
    const problems = capacity.violations.length === 0 ? "" : `<ul class="notes">${capacity.violations.map((v) => `<li>${e(v.message)}</li>`).join("")}</ul>`;
    return `<div class="zs-res">${head}${table}${schedules}${problems}</div>`;
}
