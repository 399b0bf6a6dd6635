/**
 * The architecture diagram as Mermaid `flowchart` text, for pull-request comments (GitHub renders a
 * fenced `mermaid` block): a subgraph per tier holding a subgraph per zone, a node per resource and
 * zone it occupies, links between the placements of one resource, and class definitions for the risk
 * levels and for the simulation's overlay. The same model as the SVG diagram (diagram.ts); Mermaid
 * lays it out when the comment is displayed.
 */
import type { CapacityReport } from "@zonesafe/policies/resilience/capacity";
import { formatSeconds, Simulation } from "@zonesafe/policies/resilience/model";
import { visibleControlsOneLine } from "../sanitize";
import { DiagramModel, DiagramResource, labelText, OverlayState, PALETTE, REGIONAL } from "./diagram";

const TIER_TITLES: Readonly<Record<string, string>> = { access: "Access", compute: "Compute", middleware: "Middleware", data: "Data" };

/**
 * Text inside a quoted Mermaid label: on one line (a line break could end the code fence of a
 * comment), control characters as visible escapes, quotes, backticks and markup characters as entity
 * codes.
 */
export function mermaidText(s: string): string {
    return visibleControlsOneLine(s)
        .replace(/&/g, "#amp;")
        .replace(/"/g, "#quot;")
        .replace(/</g, "#lt;")
        .replace(/>/g, "#gt;")
        .replace(/\|/g, "#124;")
        .replace(/`/g, "#96;");
}

/**
 * Text for the Markdown of a pull-request comment (list items, table cells): on one line, control
 * characters as visible escapes, HTML's `&`, `<`, `>` and `@` (a mention) as character references, and
 * the Markdown characters that take effect inside a line (emphasis, code, links and images, tables,
 * strikethrough) escaped with a backslash, so a name is shown as written and never becomes markup, a
 * link, an image or a mention.
 */
export function markdownText(s: string): string {
    return visibleControlsOneLine(s)
        .replace(/[\\`*_[\]|~!]/g, "\\$&")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/@/g, "&#64;");
}

/** Options of a Mermaid rendering. */
export interface MermaidOptions {
    /** The disruption to overlay (a lost zone), if any. */
    readonly overlay?: OverlayState;
}

/** Renders the diagram model as a Mermaid flowchart (no code fence). */
export function renderMermaid(model: DiagramModel, options: MermaidOptions = {}): string {
    const overlay = options.overlay;
    const out: string[] = ["flowchart TB"];
    const id = (r: DiagramResource, zone: string) => `${r.id}_${model.columns.indexOf(zone)}`;
    const classes = new Map<string, string[]>();
    const tag = (cls: string, nodeId: string) => classes.set(cls, [...(classes.get(cls) ?? []), nodeId]);
    for (const tier of model.tiers) {
        out.push(`    subgraph ${tier}["${TIER_TITLES[tier] ?? tier}"]`);
        out.push(`        direction LR`);
        model.columns.forEach((zone, c) => {
            const members = model.resources.filter((r) => r.tier === tier && r.placements.some((p) => p.zone === zone));
            if (members.length === 0) {
                return;
            }
            const lost = overlay?.zone === zone;
            const title = zone === REGIONAL ? "regional" : lost ? `${zone} (lost)` : zone;
            out.push(`        subgraph ${tier}_z${c}["${mermaidText(title)}"]`);
            for (const r of members) {
                const role = r.placements.find((p) => p.zone === zone)?.role ?? "";
                const fate = overlay?.fate.get(r.urn);
                const down = overlay !== undefined && (lost || fate?.state === "lost");
                const marker = !overlay ? "" : down ? (fate?.state === "lost" ? "<br/>✕ does not survive" : "<br/>✕ down with the zone") : fate?.state === "recovers" ? (fate.rtoSeconds ? `<br/>↻ ${formatSeconds(fate.rtoSeconds)}` : "<br/>✓ keeps serving") : "";
                const text = `<b>${mermaidText(r.name)}</b><br/>${mermaidText([r.label, role].filter((s) => s !== "").join(" · "))}${marker}`;
                out.push(`            ${id(r, zone)}["${text}"]`);
                tag(down ? (fate?.state === "lost" ? "lost" : "down") : r.level, id(r, zone));
            }
            out.push(`        end`);
        });
        out.push(`    end`);
    }
    for (const r of model.resources) {
        for (let i = 1; i < r.placements.length; i++) {
            out.push(`    ${id(r, r.placements[i - 1].zone)} -.- ${id(r, r.placements[i].zone)}`);
        }
    }
    out.push(`    classDef mandatory fill:${PALETTE.mandatory.fill},stroke:${PALETTE.mandatory.stroke},color:${PALETTE.text}`);
    out.push(`    classDef advisory fill:${PALETTE.advisory.fill},stroke:${PALETTE.advisory.stroke},color:${PALETTE.text}`);
    out.push(`    classDef none fill:${PALETTE.none.fill},stroke:${PALETTE.none.stroke},color:${PALETTE.text}`);
    out.push(`    classDef down fill:${PALETTE.lostZone.fill},stroke:${PALETTE.lostZone.stroke},stroke-dasharray:4 3,color:${PALETTE.muted}`);
    out.push(`    classDef lost fill:${PALETTE.lostZone.fill},stroke:${PALETTE.mandatory.stroke},stroke-width:3px,stroke-dasharray:4 3,color:${PALETTE.muted}`);
    for (const cls of ["mandatory", "advisory", "none", "down", "lost"]) {
        const ids = classes.get(cls);
        if (ids && ids.length > 0) {
            out.push(`    class ${ids.join(",")} ${cls}`);
        }
    }
    return out.join("\n") + "\n";
}

/** The longest message the comment quotes; a longer one is cut with "…". */
const MAX_MESSAGE_LENGTH = 1000;

/** A name in the comment's Markdown: escaped (see {@link markdownText}) and capped like a diagram label. */
function cell(s: string): string {
    return markdownText(labelText(s));
}

/** A message in the comment's Markdown: escaped (see {@link markdownText}) and capped at {@link MAX_MESSAGE_LENGTH}. */
function message(s: string): string {
    return markdownText(labelText(s, MAX_MESSAGE_LENGTH));
}

/**
 * A pull-request comment: the simulation's verdict per lost zone, the capacity check, and the
 * diagram in a fenced `mermaid` block (with the worst disruption overlaid when there is one).
 */
export function renderMermaidComment(model: DiagramModel, simulation: Simulation, capacity: CapacityReport | undefined, options: MermaidOptions = {}): string {
    const lines: string[] = [];
    const targets = `RTO ≤ ${formatSeconds(simulation.targets.rtoSeconds)}, data-tier RPO ≤ ${formatSeconds(simulation.targets.rpoSecondsData)}`;
    lines.push(`### Resilience (estimates): ${simulation.status}`);
    lines.push("");
    lines.push(`Targets: ${targets}. Stack RTO for the loss of one zone: ${formatSeconds(simulation.rtoSeconds)}; RPO: ${formatSeconds(simulation.rpoSeconds)}.`);
    lines.push("");
    if (simulation.disruptions.length > 0) {
        lines.push(`| Zone lost | Status | RTO | RPO | Tiers that do not survive |`);
        lines.push(`|---|---|---|---|---|`);
        for (const d of simulation.disruptions) {
            const failing = d.tiers.filter((t) => !t.survives).map((t) => t.tier);
            lines.push(`| ${cell(d.zone)} | ${d.status} | ${formatSeconds(d.rtoSeconds)} | ${formatSeconds(d.rpoSeconds)} | ${failing.join(", ") || "none"} |`);
        }
        lines.push("");
        const breaches = simulation.disruptions.flatMap((d) => d.breaches.map((b) => `- **${cell(d.zone)}**: ${message(b)}`));
        if (breaches.length > 0) {
            lines.push(...breaches.slice(0, 20));
            if (breaches.length > 20) {
                lines.push(`- … and ${breaches.length - 20} more`);
            }
            lines.push("");
        }
    }
    if (capacity?.configured) {
        lines.push(`**Event capacity** (peak ${capacity.peak.peakQps} QPS): ${capacity.passes ? "passes" : "fails"}`);
        lines.push("");
        for (const c of capacity.checks) {
            lines.push(`- ${cell(c.name)}: needs ${c.needed} ${c.unit}s, reaches ${c.reachable} — ${c.passes ? "ok" : "short"}`);
        }
        for (const v of capacity.violations) {
            lines.push(`- ${message(v.message)}`);
        }
        lines.push("");
    }
    lines.push("```mermaid");
    lines.push(renderMermaid(model, options).trimEnd());
    lines.push("```");
    return lines.join("\n") + "\n";
}
