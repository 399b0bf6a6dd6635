import { expect } from "chai";
import * as path from "path";
import type { EvaluatedPack, EvaluationResult } from "../../engine/evaluate";
import type { PolicyInfo } from "../../engine/analyzer";
import type { Finding } from "../../engine/types";
import { importState } from "../../cli/state";
import "../../cli/zonesafePack";
import { buildReport, REPORT_SCHEMA, violationText } from "../../cli/report/model";
import { renderText } from "../../cli/report/text";
import { FINGERPRINT_KEY, renderSarif } from "../../cli/report/sarif";
import { escapeHtml, renderHtml } from "../../cli/report/html";
import { extraSections } from "../../cli/report/sections";
import { colorWanted, makeStyle, Progress, stripAnsi } from "../../cli/term";
import { reportSchemaErrors, sarifSchemaErrors, STATES, ROOT } from "./helpers";

const EXPORT = path.join(STATES, "storefront-prod.official.json");

function policy(name: string, extra: Partial<PolicyInfo> = {}): PolicyInfo {
    return {
        name,
        displayName: "",
        description: `Checks whether ${name} holds.`,
        message: "",
        enforcementLevel: "advisory",
        policyType: "resource",
        tags: [],
        remediationSteps: "",
        url: "",
        ...extra,
    };
}

function pack(name: string, policies: PolicyInfo[], levels: Record<string, "advisory" | "mandatory" | "disabled"> = {}): EvaluatedPack {
    return {
        name,
        version: "1.2.3",
        dir: `/packs/${name}`,
        policies,
        config: Object.fromEntries(policies.map((p) => [p.name, { enforcementLevel: levels[p.name] ?? p.enforcementLevel, properties: {} }])),
        warnings: [],
    };
}

function finding(p: string, packName: string, urn: string, message: string, extra: Partial<Finding> = {}): Finding {
    const description = `Checks whether ${p} holds.`;
    return { policy: p, pack: packName, packVersion: "1.2.3", level: "advisory", urn, message: `${description}\n${message}`, description, ...extra };
}

/** An evaluation of the fixture export: zonesafe's pack (by name, so its adapter applies) and another pack. */
function evaluation(): EvaluationResult {
    const { stack } = importState(EXPORT);
    const urn = (name: string) => stack.resources.find((r) => r.name === name)?.urn as string;
    const zonesafe = pack("zonesafe", [
        policy("clb-instance-multi-az", { severity: "high", tags: ["reliability", "clb"], remediationSteps: "Set masterZoneId and slaveZoneId." }),
        policy("securitygroup-ingress-restricted-ports", { severity: "high", tags: ["security", "securitygroup"], remediationSteps: "Close port 22." }),
        policy("zonesafe-waivers", { severity: "low", policyType: "stack" }),
        policy("mysql-instance-backup-policy", { severity: "medium" }),
    ], { "clb-instance-multi-az": "mandatory", "mysql-instance-backup-policy": "disabled" });
    const other = pack("acme-guard", [policy("clb-instance-multi-az", { severity: "critical" }), policy("tags-required")]);
    const findings: Finding[] = [
        finding("tags-required", "acme-guard", urn("core-vpc"), "Vpc must carry an owner tag."),
        finding("clb-instance-multi-az", "zonesafe", urn("front"), "CLB instance must set `masterZoneId` <and> `slaveZoneId`.", { level: "mandatory", severity: "high", rawSeverity: "high", fix: "Set masterZoneId and slaveZoneId." }),
        finding("securitygroup-ingress-restricted-ports", "zonesafe", urn("web-rules"), "Security group rule set must not accept 0.0.0.0/0 on 22 (SSH).", { severity: "high", rawSeverity: "high" }),
        finding("zonesafe-waivers", "zonesafe", urn("orders"), "Waiver in use until 2099-12-31: mysql-instance-multi-az on orders (tag): single-AZ until the three-node migration (DBA-142)."),
        finding("clb-instance-multi-az", "acme-guard", "", "Stack must have a CLB in two zones.", { level: "mandatory", rawSeverity: "critical", severity: "high" }),
    ];
    return {
        packs: [zonesafe, other],
        findings,
        remediations: [{ urn: urn("front"), policy: "clb-instance-deletion-protection", pack: "zonesafe", changed: ["deleteProtect"] }],
        stack,
        timings: { startMs: 1, resourcesMs: 2, stackMs: 3 },
    };
}

function report() {
    return buildReport({
        command: "assess",
        source: { kind: "stack-export", path: EXPORT },
        evaluation: evaluation(),
        notes: ["a note"],
        evaluationMs: 12.4,
        totalMs: 20.6,
        now: new Date("2026-01-02T03:04:05Z"),
    });
}

describe("cli/report: the report model and its renderers", () => {
    it("builds the model: findings by level then severity, waivers apart, pillars and fixes from the pack, the score, the exit code", () => {
        const r = report();
        expect(r.schema).to.equal(REPORT_SCHEMA);
        expect(reportSchemaErrors(JSON.parse(JSON.stringify(r)))).to.equal("");
        expect(r.findings.map((f) => [f.level, f.severity, f.policy, f.pack])).to.deep.equal([
            ["mandatory", "critical", "clb-instance-multi-az", "acme-guard"],
            ["mandatory", "high", "clb-instance-multi-az", "zonesafe"],
            ["advisory", "high", "securitygroup-ingress-restricted-ports", "zonesafe"],
            ["advisory", null, "tags-required", "acme-guard"],
        ]);
        const clb = r.findings[1];
        expect(clb.message).to.equal("CLB instance must set `masterZoneId` <and> `slaveZoneId`.", "the description prefix is dropped");
        expect(clb.pillar).to.equal("reliability");
        expect(clb.resourceName).to.equal("front");
        expect(clb.resourceType).to.equal("tencentcloud:index/clbInstance:ClbInstance");
        expect(clb.id).to.match(/^[0-9a-f]{32}$/);
        expect(r.findings[2].fix, "the pack's metadata supplies a fix the protocol did not").to.match(/VPC's CIDR blocks/);
        expect(r.findings[0].urn).to.equal("");
        expect(r.waivers).to.deep.equal([
            {
                pack: "zonesafe",
                policy: "mysql-instance-multi-az",
                urn: r.waivers[0].urn,
                resourceName: "orders",
                message: "Waiver in use until 2099-12-31: mysql-instance-multi-az on orders (tag): single-AZ until the three-node migration (DBA-142).",
            },
        ]);
        expect(r.summary).to.deep.equal({ total: 4, mandatory: 2, advisory: 2, bySeverity: { critical: 1, high: 2, medium: 0, low: 0, unspecified: 1 } });
        expect(r.result).to.deep.equal({ exitCode: 1, passed: false, mandatoryViolations: 2 });
        expect(r.packs[0].policies.find((p) => p.name === "mysql-instance-backup-policy")?.level).to.equal("disabled");
        expect(r.score?.pack).to.equal("zonesafe");
        expect(r.score?.value).to.be.within(0, 100);
        expect(r.score?.pillars.map((p) => p.pillar)).to.deep.equal(["reliability", "security", "performance/cost"]);
        expect(r.score?.deductions.map((d) => d.policy)).to.have.members(["clb-instance-multi-az", "securitygroup-ingress-restricted-ports"]);
        expect(r.plan.zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
        const pool = r.plan.resources.find((p) => p.name === "tke-workers");
        expect(pool?.zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"], "a node pool's zones come through its subnets");
        expect(pool?.tier).to.equal("compute");
        expect(r.plan.byType.find((t) => t.type === "tencentcloud:index/subnet:Subnet")).to.deep.equal({
            type: "tencentcloud:index/subnet:Subnet",
            count: 2,
            zones: { "ap-guangzhou-3": 1, "ap-guangzhou-4": 1 },
            unzoned: 0,
        });
        expect(r.timings).to.deep.equal({ programMs: null, evaluationMs: 12, packStartMs: 1, resourcesMs: 2, stackMs: 3, totalMs: 21 });
        expect(violationText("only a description", "only a description")).to.equal("only a description");
    });

    it("has no score for packs it knows nothing about", () => {
        const ev = evaluation();
        ev.packs = ev.packs.filter((p) => p.name !== "zonesafe");
        ev.findings = ev.findings.filter((f) => f.pack !== "zonesafe");
        const r = buildReport({ command: "assess", source: { kind: "stack-export", path: EXPORT }, evaluation: ev, notes: [], evaluationMs: 1, totalMs: 1 });
        expect(r.score).to.equal(null);
        expect(r.waivers).to.deep.equal([]);
        expect(reportSchemaErrors(JSON.parse(JSON.stringify(r)))).to.equal("");
    });

    it("renders text: plan by type and zone, findings by level with fixes, waivers, remediations, score, result; colors only when asked", () => {
        const r = report();
        const plain = renderText(r, { cwd: ROOT });
        expect(plain).to.equal(stripAnsi(plain), "no escape codes without a style");
        // The header counts what the plan counts: the root stack is not a resource of the plan.
        expect(r.plan.resourceCount).to.equal(r.stack.resourceCount - 1);
        expect(plain).to.match(new RegExp(`^zonesafe assess · storefront/prod · ${r.plan.resourceCount} resources · packs zonesafe 1\\.2\\.3, acme-guard 1\\.2\\.3\\n`));
        expect(plain).to.match(new RegExp(`\\n {2}total +${r.plan.resourceCount} `));
        expect(plain).to.include("from stack-export test/fixtures/states/storefront-prod.official.json");
        expect(plain).to.match(/TYPE +COUNT +ap-guangzhou-3 +ap-guangzhou-4 +no zone/);
        expect(plain).to.match(/tencentcloud:index\/subnet:Subnet +2 +1 +1 +-/);
        expect(plain).to.include("Findings: 2 mandatory, 2 advisory");
        expect(plain).to.match(/MANDATORY \(2\)\n {2}✖ \[critical\] clb-instance-multi-az · \(stack\)/);
        expect(plain).to.include("      fix: Set masterZoneId and slaveZoneId.");
        expect(plain).to.include("Waivers (1)\n  - mysql-instance-multi-az · orders: Waiver in use until 2099-12-31");
        expect(plain).to.include("Remediations applied (1)\n  - clb-instance-deletion-protection · front: changed deleteProtect");
        expect(plain).to.match(/Health score: \d+\/100 \((good|governance risk|critical)\) — reliability \d+ · security \d+ · performance\/cost \d+/);
        expect(plain).to.include("Notes\n  - a note");
        expect(plain.trimEnd().split("\n").pop()).to.equal("FAIL — 2 mandatory violations (exit code 1)");
        const colored = renderText(r, { style: makeStyle(true), cwd: ROOT });
        expect(colored).to.include("\u001b[31m");
        expect(stripAnsi(colored)).to.equal(plain);
    });

    it("renders SARIF 2.1.0 that the official schema accepts, with rules, levels, locations and fingerprints", () => {
        const r = report();
        const log = JSON.parse(renderSarif(r, { root: ROOT }));
        expect(sarifSchemaErrors(log)).to.equal("");
        expect(log.version).to.equal("2.1.0");
        const run = log.runs[0];
        expect(run.tool.driver.name).to.equal("zonesafe");
        const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
        expect(ids).to.include.members(["zonesafe/clb-instance-multi-az", "acme-guard/clb-instance-multi-az", "securitygroup-ingress-restricted-ports", "tags-required"]);
        const sg = run.tool.driver.rules.find((x: { id: string }) => x.id === "securitygroup-ingress-restricted-ports");
        expect(sg.help.text).to.equal("Close port 22.");
        expect(sg.properties["security-severity"]).to.equal("7.5");
        expect(run.tool.driver.rules.find((x: { id: string }) => x.id === "mysql-instance-backup-policy").defaultConfiguration).to.deep.equal({ enabled: false, level: "none" });
        expect(run.results.map((x: { level: string }) => x.level)).to.deep.equal(["error", "error", "warning", "warning"]);
        const first = run.results[1];
        expect(run.tool.driver.rules[first.ruleIndex].id).to.equal(first.ruleId);
        expect(first.locations[0].physicalLocation.artifactLocation).to.deep.equal({ uri: "test/fixtures/states/storefront-prod.official.json", uriBaseId: "%SRCROOT%" });
        expect(first.locations[0].logicalLocations[0]).to.deep.include({ name: "front", kind: "resource" });
        expect(first.partialFingerprints[FINGERPRINT_KEY]).to.equal(r.findings[1].id);
        expect(run.results[0].locations[0].logicalLocations[0].kind).to.equal("module");
        expect(run.automationDetails.id).to.equal("zonesafe/storefront/prod/");
        // The base is named, not located: no absolute path of this machine in the log.
        expect(run.originalUriBaseIds["%SRCROOT%"].uri).to.equal(undefined);
        expect(JSON.stringify(log)).to.not.include(ROOT);
        expect(run.properties.healthScore).to.equal(r.score?.value);
    });

    it("renders one self-contained HTML page, escaping every value, with the extension point for more sections", () => {
        const r = report();
        const html = renderHtml(r);
        expect(html).to.match(/^<!DOCTYPE html>/);
        expect(html).to.not.match(/<script|<link|\ssrc=|href=|@import|url\(/i);
        expect(html).to.include("&lt;and&gt;");
        expect(html).to.not.include("<and>");
        expect(html).to.include('aria-label="health score');
        for (const id of ["summary", "findings", "waivers", "remediations", "plan", "packs", "notes"]) expect(html).to.include(`id="${id}"`);
        expect(extraSections(r)).to.deep.equal([]);
        const withDiagram = renderHtml(r, [(m) => [{ id: "diagram", title: "Architecture", html: `<p>${escapeHtml(m.stack.stack)} zones ${m.plan.zones.length}</p>` }]]);
        expect(withDiagram).to.include('<section id="diagram"><h2>Architecture</h2><p>prod zones 2</p></section>');
        expect(withDiagram.indexOf('id="diagram"')).to.be.lessThan(withDiagram.indexOf('id="findings"'));
    });

    it("counts a zone named constructor or __proto__ like any other zone in the plan, the text and the HTML", () => {
        const ev = evaluation();
        const subnets = ev.stack.resources.filter((r) => r.type === "tencentcloud:index/subnet:Subnet");
        expect(subnets).to.have.length(2);
        subnets.forEach((r, i) => {
            const zone = ["constructor", "__proto__"][i];
            r.inputs = { ...r.inputs, availabilityZone: zone };
            if (r.outputs) r.outputs = { ...r.outputs, availabilityZone: zone };
        });
        // A secret to redact: the model is then a redacted copy, which keeps both zones too.
        const r = buildReport({ command: "assess", source: { kind: "stack-export", path: EXPORT }, evaluation: ev, notes: [], evaluationMs: 1, totalMs: 1, secrets: ["a-secret-value"] });
        const row = r.plan.byType.find((t) => t.type === "tencentcloud:index/subnet:Subnet");
        expect(Object.entries(row?.zones ?? {})).to.have.deep.members([["constructor", 1], ["__proto__", 1]]);
        expect(Object.getPrototypeOf(row?.zones)).to.equal(Object.prototype);
        for (const zone of ["constructor", "__proto__"]) {
            expect(r.plan.byZone.find((b) => b.zone === zone)?.count).to.equal(r.plan.resources.filter((p) => p.zones.includes(zone)).length);
        }
        const written = JSON.parse(JSON.stringify(r)).plan.byType.find((t: { type: string }) => t.type === row?.type).zones;
        expect(Object.entries(written), "the JSON report keeps both").to.have.deep.members([["constructor", 1], ["__proto__", 1]]);
        const text = renderText(r, { cwd: ROOT });
        expect(text).to.not.include("native code");
        expect(text).to.match(/TYPE +COUNT +__proto__ +ap-guangzhou-3 +ap-guangzhou-4 +constructor +no zone/);
        expect(text).to.match(/tencentcloud:index\/subnet:Subnet +2 +1 +- +- +1 +-/);
        const html = renderHtml(r);
        expect(html).to.not.include("native code");
        expect(html).to.include('<td class="mono">tencentcloud:index/subnet:Subnet</td><td class="num">2</td><td class="num">1</td><td class="num">–</td><td class="num">–</td><td class="num">1</td>');
    });
});

describe("cli/term: colors and the progress indicator", () => {
    it("colors a terminal unless told not to, and honours NO_COLOR and FORCE_COLOR", () => {
        expect(colorWanted({ isTTY: true }, false, {})).to.equal(true);
        expect(colorWanted({ isTTY: false }, false, {})).to.equal(false);
        expect(colorWanted({ isTTY: true }, true, {})).to.equal(false);
        expect(colorWanted({ isTTY: true }, false, { NO_COLOR: "1" })).to.equal(false);
        expect(colorWanted({ isTTY: false }, false, { FORCE_COLOR: "1" })).to.equal(true);
        expect(colorWanted({ isTTY: true }, false, { FORCE_COLOR: "0" })).to.equal(false);
    });

    it("draws a spinner on a terminal after its delay, clears it when stopped, and prints a line per stage elsewhere", async () => {
        const written: string[] = [];
        const tty = { isTTY: true, write: (s: string) => written.push(s) > 0 };
        const progress = new Progress(tty, true, 0, 5);
        progress.update("analyzing resources 3/10");
        await new Promise((r) => setTimeout(r, 40));
        progress.update("analyzing the stack");
        await new Promise((r) => setTimeout(r, 20));
        progress.stop();
        expect(progress.visible).to.equal(false);
        expect(written.some((w) => w.includes("analyzing resources 3/10"))).to.equal(true);
        expect(written.some((w) => w.includes("analyzing the stack"))).to.equal(true);
        expect(written[written.length - 1]).to.equal("\r\u001b[2K");

        const pipe: string[] = [];
        const quiet = new Progress({ isTTY: false, write: (s: string) => pipe.push(s) > 0 }, true, 0, 5);
        quiet.update("working");
        await new Promise((r) => setTimeout(r, 20));
        quiet.update("analyzing resources 1/2", "resources");
        quiet.update("analyzing resources 2/2", "resources");
        quiet.log("evaluated 2 resources");
        quiet.stop();
        expect(pipe.map((l) => l.replace(/\[\d+\.\d+s\]/, "[Ts]"))).to.deep.equal([
            "zonesafe [Ts] working\n",
            "zonesafe [Ts] analyzing resources 1/2\n",
            "zonesafe [Ts] evaluated 2 resources\n",
        ]);
        const offPipe: string[] = [];
        const off = new Progress(tty, false, 0, 5);
        off.update("working");
        off.stop();
        const offLines = new Progress({ isTTY: false, write: (s: string) => offPipe.push(s) > 0 }, false, 0, 5);
        offLines.update("working");
        offLines.log("done");
        expect(offPipe).to.deep.equal([], "--quiet prints no progress");
    });
});
