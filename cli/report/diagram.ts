/**
 * The architecture diagram: the stack drawn as tiers (rows: access, compute, middleware, data) by
 * availability zones (columns), each resource bound to the zones it occupies (a multi-AZ MySQL shows
 * its primary in one column and its replica in another, linked), colored by its worst finding
 * (mandatory red, advisory amber, none green), with the AZ-failure simulation overlaid for one lost
 * zone: its column greyed out, what goes down struck through, what recovers marked with its RTO.
 *
 * The layout is Graphviz's (compiled to WebAssembly, `@hpcc-js/wasm-graphviz`; the WebAssembly is
 * embedded in the package, so nothing is fetched): this module only describes the graph (clusters
 * per zone, ranks per tier) and post-processes the SVG so that several diagrams can share one page.
 * The output is self-contained (inline attributes, no CSS classes needed to render) and deterministic.
 */
import { Finding, ROOT_STACK_TYPE } from "@zonesafe/engine/types";
import { SIM_TIERS, SimTier, Simulation, formatSeconds, DisruptionOutcome, ResourceOutcome } from "@zonesafe/policies/resilience/model";
import type { Topology, TopologyNode } from "@zonesafe/policies/topology";
import { at, num, nums, str, strs, UNKNOWN } from "@zonesafe/policies/values";
import { zoneLabel } from "@zonesafe/policies/zones";
import { mysqlLayout, postgresqlLayout } from "@zonesafe/policies/dataZones";
import { visibleControlsOneLine } from "../sanitize";
import { labelOf } from "@zonesafe/policies/describe";
import { replicasOf } from "@zonesafe/policies/resilience/kubernetes";

/** The worst finding level of a resource. */
export type RiskLevel = "mandatory" | "advisory" | "none";

/** The column of resources that occupy no known zone. */
export const REGIONAL = "regional";

/**
 * The longest name or zone a diagram label shows; a longer one is cut with "…", so that one huge name
 * cannot stretch or break a drawing (SVG, Mermaid, the HTML report's sections).
 */
export const MAX_LABEL_LENGTH = 60;

/**
 * A text fit for a diagram label: on one line, control characters shown as escapes, at most
 * {@link MAX_LABEL_LENGTH} characters (cut with "…").
 */
export function labelText(s: string, max: number = MAX_LABEL_LENGTH): string {
    const line = visibleControlsOneLine(s);
    const chars = [...line];
    return chars.length <= max ? line : `${chars.slice(0, max - 1).join("")}…`;
}

/** One resource in the diagram. */
export interface DiagramResource {
    /** A stable short id (`r0`, `r1`, … in drawing order). */
    readonly id: string;
    readonly urn: string;
    readonly name: string;
    /** `CLB instance`, `MySQL instance`, … */
    readonly label: string;
    readonly kind: string;
    readonly tier: SimTier;
    /** Where it sits: one placement per zone it occupies (or one in the regional column). */
    readonly placements: ReadonlyArray<{ readonly zone: string; readonly role: string }>;
    readonly level: RiskLevel;
    /** How many findings (its own and its configuration's: listeners, policies, autoscalers…) it carries. */
    readonly findings: number;
}

/** What the diagram draws. */
export interface DiagramModel {
    /** The zone columns, sorted, then {@link REGIONAL} when a resource has no zone. */
    readonly columns: readonly string[];
    /** The tiers drawn (those with a resource), in order. */
    readonly tiers: readonly SimTier[];
    readonly resources: readonly DiagramResource[];
    /** Resources left out of the drawing (configuration such as listeners, policies, subnets). */
    readonly omitted: number;
}

/** The kinds drawn: the serving resources the simulation judges. */
const DRAWN_KINDS: ReadonlyArray<TopologyNode["kind"]> = ["clb", "tke-nodepool", "workload", "as-group", "cvm", "ckafka", "tse", "mysql", "mysql-readonly", "redis", "mongodb", "postgresql", "postgresql-readonly", "cynosdb", "elasticsearch"];

const KIND_ORDER = new Map(DRAWN_KINDS.map((k, i) => [k, i]));

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { none: 0, advisory: 1, mandatory: 2 };

/** The level a finding counts as. */
function levelOf(f: Finding): RiskLevel {
    return f.level === "mandatory" || f.level === "remediate" ? "mandatory" : f.level === "advisory" ? "advisory" : "none";
}

/**
 * The drawn resources a configuration resource belongs to (a listener's CLB, a policy's group, an
 * HPA's or a PodDisruptionBudget's workloads…), as a function memoized per node. Links the topology
 * only answers from the owner's side (launch configurations, autoscalers, disruption budgets) are
 * inverted once, on first need, so that the diagram stays linear in the findings.
 */
function ownersOf(t: Topology): (node: TopologyNode) => readonly TopologyNode[] {
    let inverted: Map<TopologyNode, TopologyNode[]> | undefined;
    const invert = (): Map<TopologyNode, TopologyNode[]> => {
        if (inverted) {
            return inverted;
        }
        const map = new Map<TopologyNode, TopologyNode[]>();
        const link = (from: TopologyNode | undefined, owner: TopologyNode) => {
            if (from && !map.get(from)?.includes(owner)) {
                map.set(from, [...(map.get(from) ?? []), owner]);
            }
        };
        for (const group of t.ofKind("as-group")) {
            link(t.launchConfigOf(group), group);
        }
        for (const workload of t.ofKind("workload")) {
            t.autoscalersOf(workload).forEach((hpa) => link(hpa, workload));
            t.disruptionBudgetsOf(workload).budgets.forEach((pdb) => link(pdb, workload));
        }
        return (inverted = map);
    };
    const memo = new Map<TopologyNode, readonly TopologyNode[]>();
    const compute = (node: TopologyNode): readonly TopologyNode[] => {
        switch (node.kind) {
            case "clb-listener":
            case "clb-rule":
            case "clb-attachment":
                return t.resolve(node, "clbId", ["clb"]).nodes;
            case "as-policy":
            case "as-schedule":
                return t.resolve(node, "scalingGroupId", ["as-group"]).nodes;
            case "as-lb-attachment":
                return t.resolve(node, "autoScalingGroupId", ["as-group"]).nodes;
            case "mysql-backup-policy":
                return t.resolve(node, "mysqlId", ["mysql"]).nodes;
            case "as-config":
            case "hpa":
            case "pdb":
                return invert().get(node) ?? [];
            default:
                return [];
        }
    };
    return (node) => {
        let owners = memo.get(node);
        if (owners === undefined) {
            owners = compute(node);
            memo.set(node, owners);
        }
        return owners;
    };
}

/** The role of each zone of a resource, for its placement labels. */
function placementsOf(t: Topology, node: TopologyNode, zones: readonly string[]): Array<{ zone: string; role: string }> {
    const p = node.props;
    const count = (n: number, unit: string) => {
        const per = zones.length === 0 ? n : Math.round((n / zones.length) * 10) / 10;
        return `${per} ${unit}${per === 1 ? "" : "s"}`;
    };
    const role = (zone: string): string => {
        switch (node.kind) {
            case "clb": {
                const master = str(at(p, "masterZoneId")) ?? str(at(p, "zoneId"));
                return zone === master ? "master" : zone === str(at(p, "slaveZoneId")) ? "slave" : "zone";
            }
            case "mysql":
            case "postgresql": {
                const layout = node.kind === "mysql" ? mysqlLayout(p) : postgresqlLayout(p);
                const cluster = node.kind === "mysql" && mysqlLayout(p).edition === "cluster";
                const [lead, other] = cluster ? ["read-write", "read-only"] : node.kind === "postgresql" ? ["primary", "standby"] : ["primary", "replica"];
                if (zone === layout.primary) {
                    return layout.standbys.includes(zone) ? `${lead} + ${other}` : lead;
                }
                return other;
            }
            case "cynosdb":
                return zone === str(at(p, "availableZone")) ? "primary" : "standby";
            case "redis": {
                if (zone === str(at(p, "availabilityZone"))) {
                    return "master";
                }
                const ids = nums(at(p, "replicaZoneIds"));
                return ids !== UNKNOWN && ids !== undefined && ids.some((id) => id !== UNKNOWN && zoneLabel(id) === zone) ? "replica" : "zone";
            }
            case "mongodb": {
                if (zone === str(at(p, "availableZone"))) {
                    return "primary";
                }
                const listed = strs(at(p, "availabilityZoneLists"));
                return zone === str(at(p, "hiddenZone")) && listed !== UNKNOWN ? "secondary + hidden" : "secondary";
            }
            case "ckafka":
                return "brokers";
            case "tke-nodepool": {
                const n = num(at(p, "desiredCapacity")) ?? num(at(p, "minSize"));
                return typeof n === "number" ? count(n, "node") : "nodes";
            }
            case "as-group": {
                const n = num(at(p, "desiredCapacity")) ?? num(at(p, "minSize"));
                return typeof n === "number" ? count(n, "instance") : "instances";
            }
            case "workload":
                return count(replicasOf(t, node).desired, "pod");
            default:
                return "";
        }
    };
    return zones.length === 0 ? [{ zone: REGIONAL, role: role(REGIONAL) }] : zones.map((zone) => ({ zone: labelText(zone), role: role(zone) }));
}

/**
 * The zones a resource is drawn in: the simulation's view of it when there is one (workloads follow
 * their node pools), else the topology's.
 */
function zonesFor(t: Topology, simulation: Simulation | undefined): (node: TopologyNode) => string[] {
    const outcomes = new Map<string, ResourceOutcome>();
    for (const outcome of simulation?.disruptions[0]?.tiers.flatMap((tier) => tier.resources) ?? []) {
        for (const urn of outcome.members) {
            if (!outcomes.has(urn)) {
                outcomes.set(urn, outcome);
            }
        }
    }
    return (node) => {
        const outcome = outcomes.get(node.urn);
        if (outcome && outcome.kind !== "cvm-group" && !(outcome.kind === "mysql-readonly" && outcome.members.length > 1)) {
            return [...outcome.zones];
        }
        return [...t.zonesOf(node).zones];
    };
}

/** Builds what the diagram draws from the topology, the findings and (optionally) the simulation. */
export function buildDiagramModel(t: Topology, findings: readonly Finding[], simulation?: Simulation): DiagramModel {
    const drawn = t.nodes
        .filter((n) => KIND_ORDER.has(n.kind) && n.tier !== undefined && (SIM_TIERS as readonly string[]).includes(n.tier))
        .sort((a, b) => SIM_TIERS.indexOf(a.tier as SimTier) - SIM_TIERS.indexOf(b.tier as SimTier) || (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const levels = new Map<string, RiskLevel>();
    const counts = new Map<string, number>();
    const ownerOf = ownersOf(t);
    const zonesOf = zonesFor(t, simulation);
    for (const f of findings) {
        if (!f.urn) {
            continue;
        }
        const node = t.byUrn(f.urn);
        if (!node) {
            continue;
        }
        const owners = KIND_ORDER.has(node.kind) ? [node] : ownerOf(node);
        for (const owner of owners) {
            const level = levelOf(f);
            const current = levels.get(owner.urn) ?? "none";
            levels.set(owner.urn, LEVEL_RANK[level] > LEVEL_RANK[current] ? level : current);
            counts.set(owner.urn, (counts.get(owner.urn) ?? 0) + 1);
        }
    }
    const resources: DiagramResource[] = drawn.map((node, i) => ({
        id: `r${i}`,
        urn: node.urn,
        name: labelText(node.name),
        label: labelText(labelOf(node)),
        kind: node.kind,
        tier: node.tier as SimTier,
        placements: placementsOf(t, node, zonesOf(node)),
        level: levels.get(node.urn) ?? "none",
        findings: counts.get(node.urn) ?? 0,
    }));
    const zones = [...new Set(resources.flatMap((r) => r.placements.map((p) => p.zone)).filter((z) => z !== REGIONAL))].sort();
    const regional = resources.some((r) => r.placements.some((p) => p.zone === REGIONAL));
    return {
        columns: regional ? [...zones, REGIONAL] : zones,
        tiers: SIM_TIERS.filter((tier) => resources.some((r) => r.tier === tier)),
        resources,
        omitted: t.nodes.filter((n) => n.kind !== "provider" && n.type !== ROOT_STACK_TYPE && !KIND_ORDER.has(n.kind)).length,
    };
}

/** What happens to each resource under one disruption, for the overlay. */
export interface OverlayState {
    readonly zone: string;
    /** URN → `lost` (does not survive), `recovers` (affected, survives, with its RTO), `unaffected`. */
    readonly fate: ReadonlyMap<string, { readonly state: "lost" | "recovers" | "unaffected"; readonly rtoSeconds: number | null }>;
}

/** The overlay of a disruption: each drawn resource's fate. */
export function overlayOf(disruption: DisruptionOutcome): OverlayState {
    const fate = new Map<string, { state: "lost" | "recovers" | "unaffected"; rtoSeconds: number | null }>();
    for (const tier of disruption.tiers) {
        for (const r of tier.resources) {
            for (const urn of r.members) {
                const member = disruption.down.includes(urn) || disruption.degraded.includes(urn);
                const state = !r.survives && (member || r.members.length === 1) ? "lost" : member ? "recovers" : "unaffected";
                fate.set(urn, { state, rtoSeconds: r.rtoSeconds });
            }
        }
    }
    return { zone: labelText(disruption.zone), fate };
}

/** Colors of the risk levels and the overlay (GitHub's palette, as the HTML report uses). */
export const PALETTE = {
    mandatory: { fill: "#ffebe9", stroke: "#cf222e" },
    advisory: { fill: "#fff8c5", stroke: "#9a6700" },
    none: { fill: "#dafbe1", stroke: "#1a7f37" },
    lostZone: { fill: "#eaeef2", stroke: "#8c959f" },
    text: "#1f2328",
    muted: "#59636e",
    link: "#8c959f",
} as const;

const TIER_TITLES: Readonly<Record<SimTier, string>> = { access: "Access", compute: "Compute", middleware: "Middleware", data: "Data" };

/** How many resources of one (tier, zone) cell share a row before the cell grows a row. */
const CELL_WIDTH = 2;

/** Escapes text for a Graphviz HTML-like label. */
function htmlText(s: string): string {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Escapes text for a quoted Graphviz attribute. */
function quoted(s: string): string {
    return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, " ")}"`;
}

/** Options of a drawing. */
export interface DiagramOptions {
    /** The disruption to overlay (a lost zone), if any. */
    readonly overlay?: OverlayState;
    /** A prefix for every element id, so several diagrams can share a page. Defaults to `zs`. */
    readonly idPrefix?: string;
    /** The diagram's title (its accessible name). */
    readonly title?: string;
}

/** The DOT description of a diagram (exported for tests and for users who want to lay it out themselves). */
export function diagramDot(model: DiagramModel, options: DiagramOptions = {}): string {
    const prefix = options.idPrefix ?? "zs";
    const overlay = options.overlay;
    const lines: string[] = [];
    lines.push(`digraph zonesafe {`);
    lines.push(`  id=${quoted(prefix)}; newrank=true; rankdir=TB; nodesep=0.25; ranksep=0.35; splines=true; compound=true; bgcolor="white"; pad=0.2;`);
    lines.push(`  fontname="Helvetica"; fontsize=12;`);
    lines.push(`  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, margin="0.2,0.06", penwidth=1.4, color="${PALETTE.none.stroke}", fillcolor="${PALETTE.none.fill}", fontcolor="${PALETTE.text}"];`);
    lines.push(`  edge [color="${PALETTE.link}", arrowhead=none, style=dashed, penwidth=1];`);

    // Rows: each tier takes as many ranks as its fullest cell needs; an invisible anchor per rank and column keeps the grid.
    const cells = new Map<string, DiagramResource[]>();
    for (const r of model.resources) {
        for (const p of r.placements) {
            const key = `${r.tier}|${p.zone}`;
            cells.set(key, [...(cells.get(key) ?? []), r]);
        }
    }
    const rows: Array<{ tier: SimTier; sub: number; id: string }> = [];
    for (const tier of model.tiers) {
        const fullest = Math.max(1, ...model.columns.map((z) => cells.get(`${tier}|${z}`)?.length ?? 0));
        for (let sub = 0; sub < Math.ceil(fullest / CELL_WIDTH); sub++) {
            rows.push({ tier, sub, id: `${prefix}_row_${tier}_${sub}` });
        }
    }
    // The tier titles, in a column of their own on the left.
    lines.push(`  subgraph cluster_${prefix}_tiers { id=${quoted(`${prefix}-tiers`)}; label=""; style=invis;`);
    for (const row of rows) {
        const text = row.sub === 0 ? TIER_TITLES[row.tier] : "";
        lines.push(`    ${row.id} [id=${quoted(`${prefix}-tier-${row.tier}-${row.sub}`)}, shape=plaintext, style="", label=${quoted(text)}, fontsize=13, fontcolor="${PALETTE.muted}", width=1.1];`);
    }
    lines.push(`  }`);
    for (let i = 1; i < rows.length; i++) {
        lines.push(`  ${rows[i - 1].id} -> ${rows[i].id} [style=invis];`);
    }

    const nodeId = (r: DiagramResource, zone: string) => `${prefix}_${r.id}_${model.columns.indexOf(zone)}`;
    model.columns.forEach((zone, c) => {
        const lost = overlay !== undefined && overlay.zone === zone;
        const title = zone === REGIONAL ? "regional / no zone" : lost ? `${zone} — LOST` : zone;
        const style = lost ? `style="rounded,filled,dashed"; fillcolor="${PALETTE.lostZone.fill}"; color="${PALETTE.lostZone.stroke}"` : `style="rounded"; color="#d1d9e0"`;
        lines.push(`  subgraph cluster_${prefix}_z${c} { id=${quoted(`${prefix}-zone-${c}`)}; class=${quoted(`zone${lost ? " lost" : ""}`)}; label=${quoted(title)}; fontcolor="${lost ? PALETTE.mandatory.stroke : PALETTE.text}"; ${style}; margin=10;`);
        for (const row of rows) {
            lines.push(`    ${row.id}_z${c} [id=${quoted(`${prefix}-anchor-${row.tier}-${row.sub}-${c}`)}, shape=box, style=invis, width=0.01, height=0.5, fixedsize=true, label=""];`);
        }
        for (const tier of model.tiers) {
            const members = cells.get(`${tier}|${zone}`) ?? [];
            members.forEach((r, i) => {
                const role = r.placements.find((p) => p.zone === zone)?.role ?? "";
                lines.push(`    ${nodeId(r, zone)} ${nodeAttributes(r, zone, role, prefix, overlay)};`);
                const row = rows.find((x) => x.tier === tier && x.sub === Math.floor(i / CELL_WIDTH));
                if (row) {
                    lines.push(`    { rank=same; ${row.id}; ${row.id}_z${c}; ${nodeId(r, zone)}; }`);
                }
            });
        }
        lines.push(`  }`);
    });
    // Every anchor on its row's rank, and the columns in order from left to right.
    for (const row of rows) {
        const anchors = model.columns.map((_, c) => `${row.id}_z${c}`);
        lines.push(`  { rank=same; ${row.id}; ${anchors.join("; ")}; }`);
        lines.push(`  ${[row.id, ...anchors].join(" -> ")} [style=invis];`);
    }
    // The placements of one resource, linked (replication, master/slave, spread).
    for (const r of model.resources) {
        const ids = r.placements.map((p) => nodeId(r, p.zone));
        for (let i = 1; i < ids.length; i++) {
            lines.push(`  ${ids[i - 1]} -> ${ids[i]} [id=${quoted(`${prefix}-link-${r.id}-${i}`)}, constraint=false];`);
        }
    }
    lines.push(`}`);
    return lines.join("\n");
}

function nodeAttributes(r: DiagramResource, zone: string, role: string, prefix: string, overlay: OverlayState | undefined): string {
    const colors = PALETTE[r.level];
    const fate = overlay?.fate.get(r.urn);
    const inLostZone = overlay !== undefined && overlay.zone === zone;
    const state = fate?.state ?? "unaffected";
    const classes = ["resource", `rid-${r.id}`, `tier-${r.tier}`, `level-${r.level}`];
    let marker = "";
    let style = "rounded,filled";
    let penwidth = 1.4;
    let fontcolor: string = PALETTE.text;
    if (overlay) {
        if (inLostZone || state === "lost") {
            classes.push("down");
            marker = state === "lost" ? "✕ does not survive" : "✕ down with the zone";
            style = "rounded,filled,dashed";
            fontcolor = PALETTE.muted;
            penwidth = state === "lost" ? 3 : 1.4;
        } else if (state === "recovers") {
            classes.push("recovers");
            const rto = fate?.rtoSeconds ?? 0;
            marker = rto === 0 ? "✓ keeps serving" : `↻ serves again in ${formatSeconds(rto)}`;
            penwidth = 2.2;
        }
    }
    const findings = r.findings > 0 ? ` · ${r.findings} finding${r.findings === 1 ? "" : "s"}` : "";
    const sub = [r.label, role].filter((s) => s !== "").join(" · ");
    const label =
        `<<B>${htmlText(r.name)}</B><BR/><FONT POINT-SIZE="9" COLOR="${PALETTE.muted}">${htmlText(sub + findings)}</FONT>` +
        (marker ? `<BR/><FONT POINT-SIZE="9" COLOR="${state === "lost" ? PALETTE.mandatory.stroke : PALETTE.muted}">${htmlText(marker)}</FONT>` : "") +
        `>`;
    const stroke = overlay && state === "lost" ? PALETTE.mandatory.stroke : colors.stroke;
    const fill = overlay && inLostZone ? "#f6f8fa" : colors.fill;
    const tooltip = `${r.label} ${r.name} (${zone}): ${r.level === "none" ? "no finding" : `worst finding ${r.level}`}`;
    return `[id=${quoted(`${prefix}-${r.id}-${zone}`)}, class=${quoted(classes.join(" "))}, label=${label}, tooltip=${quoted(tooltip)}, color="${stroke}", fillcolor="${fill}", fontcolor="${fontcolor}", style="${style}", penwidth=${penwidth}]`;
}

/** The Graphviz layout engine, loaded once per process (the WebAssembly is embedded in the package). */
let graphviz: Promise<{ dot(source: string, format?: "svg"): string }> | undefined;

/** Loads the layout engine (once). */
export function layoutEngine(): Promise<{ dot(source: string, format?: "svg"): string }> {
    graphviz ??= import("@hpcc-js/wasm-graphviz").then((m) => m.Graphviz.load());
    return graphviz;
}

/**
 * Makes Graphviz's SVG fit inside an HTML page: drops the XML prolog, doctype and comments, unescapes hyphens, keeps the
 * size as a `viewBox` with a responsive width, and names the diagram for assistive technology.
 */
export function embeddableSvg(svg: string, title: string): string {
    let out = svg
        .replace(/<\?xml[^>]*>\s*/g, "")
        .replace(/<!DOCTYPE[^>]*>\s*/g, "")
        .replace(/<!--[\s\S]*?-->\s*/g, "")
        // Graphviz writes every "-" of ids, classes and text as "&#45;"; a plain hyphen needs no escape.
        .replace(/&#45;/g, "-");
    out = out.replace(/<svg width="([\d.]+)pt" height="([\d.]+)pt"/, (_m, w: string, h: string) => {
        const width = Math.round(Number(w) * (4 / 3));
        const height = Math.round(Number(h) * (4 / 3));
        return `<svg role="img" aria-label="${htmlText(title)}" class="zonesafe-diagram" width="${width}" height="${height}" style="max-width:100%;height:auto"`;
    });
    return out.trim();
}

/** Lays the diagram out and returns it as a self-contained SVG element. */
export async function renderDiagramSvg(model: DiagramModel, options: DiagramOptions = {}): Promise<string> {
    const engine = await layoutEngine();
    const title = options.title ?? (options.overlay ? `Architecture by tier and zone, with ${options.overlay.zone} lost` : "Architecture by tier and zone");
    return embeddableSvg(engine.dot(diagramDot(model, options), "svg"), title);
}
