/**
 * `zonesafe preview` against this project's own stacks (every `Pulumi.<stack>.yaml` in stacks/), as
 * the README's main-job command and the pull-request workflow run it.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { CliRun, describeRun, reportSchemaErrors, ROOT, runAll } from "./helpers";

const STACK_DIR = path.join(ROOT, "stacks");
const STACKS = fs
    .readdirSync(STACK_DIR)
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();

describe("zonesafe preview on the project's stacks", function () {
    this.timeout(900_000);

    const reports = new Map<string, { run: CliRun; report: any }>();
    let mermaid: CliRun;
    before(async () => {
        expect(STACKS).to.include.members(["beacon-prod", "retail-dev", "retail-legacy", "retail-prod"]);
        const runs = await runAll([
            ...STACKS.map((stack) => ({ args: ["preview", "--stack", stack, "--format", "json"] })),
            { args: ["preview", "--stack", "retail-legacy", "--format", "mermaid"] },
        ]);
        mermaid = runs.pop() as CliRun;
        runs.forEach((run, i) => {
            let report: any;
            try {
                report = JSON.parse(run.stdout);
            } catch (e) {
                throw new Error(`stdout is not a JSON report\n${describeRun(run)}`, { cause: e });
            }
            reports.set(STACKS[i], { run, report });
        });
    });

    for (const stack of STACKS) {
        it(`${stack}: runs from the project root, follows the schema, and exits with its result`, () => {
            const { run, report } = reports.get(stack) as { run: CliRun; report: any };
            expect(run.code, describeRun(run)).to.be.oneOf([0, 1]);
            expect(reportSchemaErrors(report)).to.equal("");
            expect(run.code).to.equal(report.result.exitCode);
            expect(report.stack).to.deep.include({ project: "zonesafe", stack, dryRun: true });
            expect(report.source.stackFile, "paths relative to the project root").to.equal(path.relative(ROOT, path.join(STACK_DIR, `Pulumi.${stack}.yaml`)).split(path.sep).join("/"));
            expect(report.plan.resourceCount).to.be.greaterThan(0);
            expect(report.packs.map((p: any) => p.name)).to.deep.equal(["zonesafe"]);
            expect(report.score, "zonesafe's pack scores every stack").to.not.equal(null);
            for (const f of report.findings) expect(f.fix, `${f.policy} on ${f.resourceName}`).to.be.a("string");
        });
    }

    it("scores the legacy single-AZ estate below every governed stack", () => {
        const legacy = reports.get("retail-legacy");
        const governed = STACKS.filter((s) => s !== "retail-legacy");
        expect(governed).to.have.length.greaterThan(0);
        const legacyScore = (legacy as { report: any }).report.score.value;
        for (const stack of governed) {
            expect(reports.get(stack)?.report.score.value, stack).to.be.greaterThan(legacyScore);
        }
    });

    it("the production stacks survive the loss of any zone within RTO 15 min and data-tier RPO 0", () => {
        for (const stack of ["retail-prod", "beacon-prod"]) {
            const r = reports.get(stack)?.report.resilience;
            expect(r.status, stack).to.equal("met");
            expect(r.rtoSeconds).to.be.at.most(900);
            expect(r.rpoSeconds).to.equal(0);
            expect(r.disruptions.length, stack).to.be.at.least(3);
        }
        expect(reports.get("beacon-prod")?.report.resilience.capacity).to.deep.include({ configured: true, passes: true });
    });

    it("the legacy stack loses every tier with its zone, with the causes named", () => {
        const r = reports.get("retail-legacy")?.report.resilience;
        expect(r.status).to.equal("breached");
        expect(r.rtoSeconds).to.equal(null);
        const [lost] = r.disruptions;
        expect(lost.zone).to.equal("ap-guangzhou-3");
        expect(lost.tiers.map((t: any) => [t.tier, t.survives])).to.deep.equal([["access", false], ["compute", false], ["middleware", false], ["data", false]]);
        expect(lost.breaches.map((b: any) => b.reason).join("\n")).to.contain("MySQL instance legacy-orders keeps its primary and every replica in ap-guangzhou-3");
    });

    it("--format mermaid prints a pull-request comment with the verdicts and a flowchart", () => {
        expect(mermaid.code, describeRun(mermaid)).to.equal(1);
        expect(mermaid.stdout).to.match(/^### Resilience \(estimates\): breached/);
        expect(mermaid.stdout).to.contain("```mermaid\nflowchart TB");
        expect(mermaid.stdout).to.contain("| ap-guangzhou-3 | breached |");
    });
});
