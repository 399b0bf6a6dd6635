/**
 * `zonesafe preview` against this project's own stacks (every `Pulumi.<stack>.yaml` in stacks/), as
 * the README's main-job command and the pull-request workflow run it.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { CliRun, describeRun, reportSchemaErrors, ROOT, runAll } from "./helpers";

const STACK_DIR = path.join(ROOT, "stacks");
const STACKS = fs.existsSync(STACK_DIR)
    ? fs
          .readdirSync(STACK_DIR)
          .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
          .filter((s): s is string => s !== undefined)
          .sort()
    : [];

describe("zonesafe preview on the project's stacks", function () {
    this.timeout(900_000);
    if (STACKS.length === 0) {
        it("runs every stack of stacks/ (no Pulumi.<stack>.yaml there yet)");
        return;
    }

    const reports = new Map<string, { run: CliRun; report: any }>();
    before(async () => {
        const runs = await runAll(STACKS.map((stack) => ({ args: ["preview", "--stack", stack, "--format", "json"] })));
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
            expect(report.source.stackFile).to.equal(path.join(STACK_DIR, `Pulumi.${stack}.yaml`));
            expect(report.plan.resourceCount).to.be.greaterThan(0);
            expect(report.packs.map((p: any) => p.name)).to.deep.equal(["zonesafe"]);
            expect(report.score, "zonesafe's pack scores every stack").to.not.equal(null);
            for (const f of report.findings) expect(f.fix, `${f.policy} on ${f.resourceName}`).to.be.a("string");
        });
    }

    it("scores the legacy single-AZ estate below every governed stack", function () {
        const legacy = reports.get("retail-legacy");
        const governed = STACKS.filter((s) => s !== "retail-legacy");
        if (!legacy || governed.length === 0) this.skip();
        const legacyScore = (legacy as { report: any }).report.score.value;
        for (const stack of governed) {
            expect(reports.get(stack)?.report.score.value, stack).to.be.greaterThan(legacyScore);
        }
    });
});
