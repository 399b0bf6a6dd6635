// The HTML report's drill plan section: the experiments `zonesafe drill plan` plans, with the ids the
// planner gives them, escaped, and none without a simulation.
import { expect } from "chai";
import { drillPlanSection } from "../../cli/drill/planSection";
import type { Report } from "../../cli/report/model";
import { renderHtml } from "../../cli/report/html";
import { SECTION_PROVIDERS } from "../../cli/report/sections";
import { planDrills } from "@zonesafe/drills/planner";
import { drillSubjectOfStack } from "../../cli/drill/subject";
import { retailProdStack } from "../resilience/fixtures";

const MYSQL = "tencentcloud:index/mysqlInstance:MysqlInstance";

function report(o: { resilience?: boolean; mysqlName?: string; kind?: "program" | "stack-export" } = {}): Report {
    const resources = [{ urn: "urn:pulumi:prod::shop::" + MYSQL + "::db", type: MYSQL, name: o.mysqlName ?? "orders-db", parent: "", custom: true, zones: ["ap-guangzhou-3"], zonesComplete: true }];
    return {
        source: { kind: o.kind ?? "program", path: "." },
        stack: { project: "shop", stack: "prod" },
        plan: { resourceCount: 1, zones: ["ap-guangzhou-3"], byType: [], byZone: [], resources },
        resilience:
            o.resilience === false
                ? null
                : {
                      estimate: true,
                      status: "breached",
                      targets: { rtoSeconds: 900, rpoSecondsData: 0 },
                      rtoSeconds: null,
                      rpoSeconds: null,
                      disruptions: [
                          { zone: "ap-guangzhou-3", status: "breached", rtoSeconds: null, rpoSeconds: null, tiers: [], breaches: [] },
                          { zone: "ap-guangzhou-4", status: "met", rtoSeconds: 390, rpoSeconds: 0, tiers: [], breaches: [] },
                      ],
                      capacity: { configured: false, passes: true, violations: [] },
                  },
    } as unknown as Report;
}

describe("cli/drill/planSection: the drill plan in the HTML report", () => {
    it("lists an az-loss experiment per simulated zone and the two data drills per MySQL instance, with the planner's ids", () => {
        const [section] = drillPlanSection(report());
        expect(section).to.include({ id: "drill-plan", title: "Drill plan" });
        const ids = [...section.html.matchAll(/<tr><td><code>([^<]+)<\/code>/g)].map((m) => m[1]);
        expect(ids).to.deep.equal(["az-loss-ap-guangzhou-3", "az-loss-ap-guangzhou-4", "db-isolation-orders-db", "db-restore-orders-db"]);
        expect(section.html).to.contain('<td class="num">unbounded</td><td>breached</td>');
        expect(section.html).to.contain('<td class="num">6 min 30 s</td><td>met</td>');
        expect(section.html).to.contain("<code>zonesafe drill plan --stack prod --format md</code>");
        // The same ids as the planner's for the same instance.
        const plan = planDrills(drillSubjectOfStack(retailProdStack(), "program"));
        const planned = plan.experiments.filter((e) => e.kind !== "az-loss").map((e) => e.id);
        expect(planned).to.deep.equal(["db-isolation-orders-db", "db-restore-orders-db"]);
    });

    it("escapes names, and adds nothing without a simulation; the HTML report carries it", () => {
        const [section] = drillPlanSection(report({ mysqlName: "<b>db</b>" }));
        expect(section.html).not.to.contain("<b>db</b>");
        expect(section.html).to.contain("MySQL &lt;b&gt;db&lt;/b&gt;");
        expect(drillPlanSection(report({ resilience: false }))).to.deep.equal([]);
        expect(SECTION_PROVIDERS).to.include(drillPlanSection);
        const html = renderHtml({ ...report(), schema: "zonesafe.report/v1", tool: { name: "zonesafe", version: "0" }, generatedAt: "", command: "preview", packs: [], findings: [], summary: { total: 0, mandatory: 0, advisory: 0, bySeverity: {} }, waivers: [], remediations: [], score: null, result: { exitCode: 0, passed: true, mandatoryViolations: 0 }, notes: [], timings: { programMs: null, evaluationMs: 0, packStartMs: 0, resourcesMs: 0, stackMs: 0, totalMs: 0 } } as unknown as Report);
        expect(html).to.contain('<section id="drill-plan"><h2>Drill plan</h2>');
    });
});
