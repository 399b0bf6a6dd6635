import { expect } from "chai";
import { buildResilienceSection, resilienceConfigOf, resilienceSectionProvider } from "../../cli/analysis";
import { buildDiagramModel, diagramDot, embeddableSvg, overlayOf, REGIONAL, renderDiagramSvg } from "../../cli/report/diagram";
import { mermaidText, renderMermaid, renderMermaidComment } from "../../cli/report/mermaid";
import type { Finding } from "../../engine/types";
import { simulateAzFailures } from "../../policies/resilience/simulate";
import type { WireProps } from "../../engine/types";
import { beaconProdStack, K8S, legacyStack, retailProdStack, topologyOfStack, Z3, Z4, Z6 } from "./fixtures";

function finding(urn: string, level: Finding["level"], policy = "some-policy"): Finding {
    return { policy, pack: "zonesafe", packVersion: "0.1.0", level, urn, message: "m", description: "d" };
}

describe("resilience/diagram: the architecture diagram", () => {
    const legacy = legacyStack();
    const retail = retailProdStack();

    describe("the model", () => {
        it("binds each serving resource to its zones, in tier order, and colors it by its worst finding (its configuration's included)", () => {
            const t = topologyOfStack(retail);
            const sim = simulateAzFailures(t);
            const urnOf = (name: string) => retail.resources.find((r) => r.name === name)!.urn;
            const model = buildDiagramModel(t, [finding(urnOf("orders-db"), "advisory"), finding(urnOf("orders-db"), "mandatory"), finding(urnOf("shop-https"), "advisory"), finding("", "mandatory")], sim);
            expect(model.columns).to.deep.equal([Z3, Z4, Z6]);
            expect(model.tiers).to.deep.equal(["access", "compute", "middleware", "data"]);
            expect(model.resources.map((r) => [r.name, r.tier, r.placements.map((p) => `${p.zone.slice(-1)}:${p.role}`).join(" ")])).to.deep.equal([
                ["shop-clb", "access", "3:master 4:slave"],
                ["shop-app", "compute", "3:1 node 4:1 node 6:1 node"],
                ["api", "compute", "3:1 pod 4:1 pod 6:1 pod"],
                ["web", "compute", "3:1 pod 4:1 pod 6:1 pod"],
                ["events", "middleware", "3:brokers 4:brokers 6:brokers"],
                ["orders-db", "data", "3:primary + replica 4:replica"],
                ["orders-ro-1", "data", "4:"],
                ["orders-ro-2", "data", "6:"],
                ["cart-cache", "data", "3:master 4:replica"],
                ["catalog-db", "data", "3:primary 4:secondary + hidden 6:secondary"],
            ]);
            const level = (name: string) => model.resources.find((r) => r.name === name)!;
            expect(level("orders-db")).to.include({ level: "mandatory", findings: 2 });
            // A listener's finding colors its CLB.
            expect(level("shop-clb")).to.include({ level: "advisory", findings: 1 });
            expect(level("web").level).to.equal("none");
            expect(model.omitted).to.be.greaterThan(0);
        });

        it("credits a configuration resource's findings to what it configures: an HPA's and a PodDisruptionBudget's to their workload, a launch configuration's to every group using it", () => {
            const stack = retailProdStack();
            const web = stack.resources.find((r) => r.name === "web")!;
            const pdb: WireProps = { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web", namespace: "shop" }, spec: { selector: { matchLabels: { app: "web" } }, maxUnavailable: 1 } };
            const pdbUrn = web.urn.replace(`::${web.type}::web`, `::${K8S.pdb}::web-pdb`);
            stack.resources.push({ ...web, urn: pdbUrn, type: K8S.pdb, name: "web-pdb", inputs: pdb, outputs: pdb, dependencies: [], propertyDependencies: {} });
            const urnOf = (name: string) => stack.resources.find((r) => r.name === name)!.urn;
            const model = buildDiagramModel(topologyOfStack(stack), [finding(pdbUrn, "mandatory"), finding(urnOf("api-hpa"), "advisory"), finding(urnOf("web-hpa"), "advisory")]);
            const byName = (name: string) => model.resources.find((r) => r.name === name)!;
            expect(byName("web")).to.include({ level: "mandatory", findings: 2 });
            expect(byName("api")).to.include({ level: "advisory", findings: 1 });

            const beacon = beaconProdStack();
            const config = beacon.resources.find((r) => r.name === "ingest-config")!.urn;
            const groups = buildDiagramModel(topologyOfStack(beacon), [finding(config, "advisory")]).resources.filter((r) => r.kind === "as-group");
            expect(groups.map((g) => [g.name, g.level, g.findings])).to.deep.equal([
                ["ingest-burst", "advisory", 1],
                ["ingest-daily", "advisory", 1],
                ["ingest-event", "advisory", 1],
            ]);
        });

        it("puts resources without a zone in a regional column", () => {
            const b = legacyStack();
            b.resources.push({ ...b.resources[b.resources.length - 1], urn: "urn:pulumi:retail-legacy::zonesafe::tencentcloud:Redis/instance:Instance::nowhere", name: "nowhere", inputs: {}, outputs: {} });
            b.resources[b.resources.length - 1].type = "tencentcloud:Redis/instance:Instance";
            const model = buildDiagramModel(topologyOfStack(b), []);
            expect(model.columns).to.deep.equal([Z3, REGIONAL]);
        });

        it("overlays a disruption: what goes down with the zone, what does not survive, what recovers", () => {
            const sim = simulateAzFailures(topologyOfStack(retail));
            const overlay = overlayOf(sim.disruptions[0]);
            expect(overlay.zone).to.equal(Z3);
            const byName = (name: string) => overlay.fate.get(retail.resources.find((r) => r.name === name)!.urn);
            expect(byName("orders-db")).to.deep.equal({ state: "recovers", rtoSeconds: 60 });
            expect(byName("orders-ro-1")).to.deep.equal({ state: "unaffected", rtoSeconds: 0 });
            const legacySim = simulateAzFailures(topologyOfStack(legacy));
            const legacyOverlay = overlayOf(legacySim.disruptions[0]);
            expect([...legacyOverlay.fate.values()].every((f) => f.state === "lost")).to.equal(true);
        });
    });

    describe("the SVG", () => {
        it("is laid out by Graphviz as clusters per zone and ranks per tier, self-contained and deterministic", async function () {
            this.timeout(30_000);
            const t = topologyOfStack(retail);
            const sim = simulateAzFailures(t);
            const model = buildDiagramModel(t, [], sim);
            const dot = diagramDot(model);
            expect(dot).to.match(/^digraph zonesafe \{/);
            expect(dot).to.contain("newrank=true");
            expect(dot.match(/subgraph cluster_zs_z\d/g)).to.have.length(3);
            const svg = await renderDiagramSvg(model);
            expect(svg).to.match(/^<svg role="img" aria-label="Architecture by tier and zone" class="zonesafe-diagram" width="\d+" height="\d+"/);
            expect(svg).not.to.contain("<?xml");
            expect(svg).not.to.contain("<!DOCTYPE");
            expect(svg).not.to.match(/<(script|image|foreignObject|link)\b/);
            expect(svg).not.to.match(/(href|src)="(https?:|\/\/)/);
            const placements = model.resources.reduce((n, r) => n + r.placements.length, 0);
            expect(svg.match(/class="node resource /g)).to.have.length(placements);
            expect(new Set(svg.match(/rid-r\d+/g)).size).to.equal(model.resources.length);
            // Deterministic: the same model gives the same picture.
            expect(await renderDiagramSvg(model)).to.equal(svg);
            const overlaid = await renderDiagramSvg(model, { overlay: overlayOf(sim.disruptions[0]), idPrefix: "zz" });
            expect(overlaid).to.contain(`${Z3} — LOST`);
            expect(overlaid).to.contain("✕ down with the zone");
            expect(overlaid).to.contain("↻ serves again in 1 min");
            expect(overlaid).not.to.contain('id="zs-');
            // Losing zone B costs MySQL only its remote replica: it keeps serving.
            expect(await renderDiagramSvg(model, { overlay: overlayOf(sim.disruptions[1]) })).to.contain("✓ keeps serving");
        });

        it("embeds Graphviz output without prolog, doctype or comments", () => {
            const raw = `<?xml version="1.0"?>\n<!DOCTYPE svg>\n<!-- c -->\n<svg width="75pt" height="30pt" viewBox="0 0 75 30"><g/></svg>`;
            expect(embeddableSvg(raw, "a & b")).to.equal(`<svg role="img" aria-label="a &amp; b" class="zonesafe-diagram" width="100" height="40" style="max-width:100%;height:auto" viewBox="0 0 75 30"><g/></svg>`);
        });
    });

    describe("the Mermaid text", () => {
        it("renders a flowchart with a subgraph per tier and zone, links between placements and classDefs per risk level", () => {
            const t = topologyOfStack(legacy);
            const urn = legacy.resources.find((r) => r.name === "orders-db")!.urn;
            const model = buildDiagramModel(t, [finding(urn, "mandatory")]);
            const text = renderMermaid(model);
            expect(text.split("\n").slice(0, 6)).to.deep.equal([
                "flowchart TB",
                '    subgraph access["Access"]',
                "        direction LR",
                '        subgraph access_z0["ap-guangzhou-3"]',
                '            r0_0["<b>web-clb</b><br/>CLB instance · master"]',
                "        end",
            ]);
            expect(text).to.contain('subgraph data["Data"]');
            expect(text).to.contain("classDef mandatory fill:#ffebe9,stroke:#cf222e,color:#1f2328");
            expect(text).to.match(/class r\d+_0 mandatory\n/);
            expect(text).to.contain("classDef none fill:#dafbe1,stroke:#1a7f37");
            const retailModel = buildDiagramModel(topologyOfStack(retail), []);
            const retailText = renderMermaid(retailModel);
            expect(retailText).to.contain("r0_0 -.- r0_1");
        });

        it("overlays a lost zone and escapes names", () => {
            const t = topologyOfStack(legacy);
            const sim = simulateAzFailures(t);
            const text = renderMermaid(buildDiagramModel(t, [], sim), { overlay: overlayOf(sim.disruptions[0]) });
            expect(text).to.contain('subgraph access_z0["ap-guangzhou-3 (lost)"]');
            expect(text).to.contain("✕ does not survive");
            expect(text).to.match(/class [r\d_,]+ lost\n/);
            expect(mermaidText('a "b" <c> | d & e')).to.equal("a #quot;b#quot; #lt;c#gt; #124; d #amp; e");
        });

        it("renders a pull-request comment with the verdicts, the capacity and the fenced diagram", () => {
            const t = topologyOfStack(legacy);
            const sim = simulateAzFailures(t);
            const comment = renderMermaidComment(buildDiagramModel(t, [], sim), sim, undefined);
            expect(comment).to.match(/^### Resilience \(estimates\): breached\n/);
            expect(comment).to.contain("| ap-guangzhou-3 | breached | unbounded | unbounded | access, compute, middleware, data |");
            expect(comment).to.contain("```mermaid\nflowchart TB\n");
            expect(comment.trimEnd().endsWith("```")).to.equal(true);
        });
    });

    describe("the report section (cli/analysis)", () => {
        it("builds the simulation, the capacity check, the SVGs, the Mermaid text and the HTML sections from records", async function () {
            this.timeout(30_000);
            const beacon = beaconProdStack({ peakQps: 200_000_000 });
            const section = await buildResilienceSection(beacon, []);
            expect(section.simulation.status).to.equal("met");
            expect(section.capacity).to.include({ configured: true, passes: false });
            expect(section.svg).to.match(/^<svg /);
            expect(section.overlays.map((o) => o.zone)).to.deep.equal([Z3, Z4, Z6]);
            expect(section.mermaid).to.match(/^flowchart TB\n/);
            expect(section.mermaid).not.to.contain("(lost)");
            expect(section.sections.map((s) => s.id)).to.deep.equal(["resilience", "capacity"]);
            expect(section.sections[1].html).to.contain("needs 4000 instances");
            expect(section.sections[0].html).to.contain("<summary>Estimates used</summary>");
            expect(section.sections[0].html).to.contain("three-node MySQL, strong sync");
            expect(resilienceSectionProvider(section)({} as never)).to.deep.equal(section.sections);

            const legacySection = await buildResilienceSection(legacy, [], { azFailure: { rtoSeconds: 300 } });
            expect(legacySection.simulation.targets).to.deep.equal({ rtoSeconds: 300, rpoSecondsData: 0 });
            // The first breached zone is overlaid in the Mermaid text.
            expect(legacySection.mermaid).to.contain("ap-guangzhou-3 (lost)");
            expect(legacySection.sections[1].html).to.contain("No peak configured: declare the stack's peak events in <code>zonesafe:events</code>");
            expect(legacySection.sections[1].html).to.contain("what one unit serves in <code>zonesafe:capacity</code>");
        });

        it("reads the resilience policies' reconciled configuration from an evaluation", () => {
            const packs = [{ name: "zonesafe", version: "1", dir: "", policies: [], warnings: [], config: { "zonesafe-az-failure-simulation": { enforcementLevel: "mandatory" as const, properties: { rtoSeconds: 600 } } } }];
            expect(resilienceConfigOf({ packs })).to.deep.equal({ azFailure: { rtoSeconds: 600 }, capacity: {} });
            expect(resilienceConfigOf({ packs: [] })).to.deep.equal({});
        });
    });
});
