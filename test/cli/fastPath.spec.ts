/**
 * The fast path (cli/inProcess.ts) against the analyzer protocol: zonesafe's pack evaluated in the
 * command's process must give exactly what the pack process gives over gRPC — the pack's description
 * and reconciled configuration, every finding with its level, message, severity and fix, in the same
 * order, the remediations, and so the report's waivers and score — on every reference stack and on
 * the fixture exports.
 */
import { expect } from "chai";
import * as path from "path";
import { evaluatePolicyPacks, EvaluationResult, PackSpec } from "../../engine/evaluate";
import type { StackRecord } from "../../engine/types";
import { evaluateOwnPack, isOwnPack, OWN_PACK_DIR } from "../../cli/inProcess";
import { buildReport } from "../../cli/report/model";
import { importState } from "../../cli/state";
import "../../cli/zonesafePack";
import { runStack, STACKS } from "../support/stacks";
import * as fs from "fs";
import { writeExport } from "../../bench/exportStack";
import { writeProgram } from "../../bench/generate";
import { describeRun, PROJECTS, ROOT, runCli, tempDir } from "./helpers";

/** A JSON report without what differs from run to run (its time and timings). */
function stable(stdout: string): unknown {
    const report = JSON.parse(stdout);
    delete report.generatedAt;
    delete report.timings;
    return report;
}

/** Runs the command both ways (in-process by default, `--engine-exact`) and requires identical reports and exit codes. */
async function sameReport(args: string[], cwd?: string): Promise<unknown> {
    const fast = await runCli([...args, "--format", "json", "-q"], { cwd, timeoutMs: 300_000 });
    const exact = await runCli([...args, "--format", "json", "-q", "--engine-exact"], { cwd, timeoutMs: 300_000 });
    expect(fast.code, describeRun(fast)).to.be.oneOf([0, 1]);
    expect(fast.code, describeRun(exact)).to.equal(exact.code);
    const report = stable(fast.stdout);
    expect(report).to.deep.equal(stable(exact.stdout));
    return report;
}

const STATES = path.resolve(__dirname, "../fixtures/states");
const NOW = new Date("2026-06-15T12:00:00Z");

/** What must be identical between the two paths: everything but the timings and the stack copy. */
function comparable(result: EvaluationResult) {
    const report = buildReport({ command: "assess", source: { kind: "stack-export", path: "x" }, evaluation: result, notes: [], evaluationMs: 0, totalMs: 0, now: NOW });
    return {
        packs: result.packs,
        findings: result.findings,
        remediations: result.remediations,
        waivers: report.waivers,
        score: report.score,
        summary: report.summary,
    };
}

async function bothPaths(stack: StackRecord, spec: PackSpec = { dir: OWN_PACK_DIR }) {
    const fast = evaluateOwnPack(stack, spec, NOW);
    const exact = await evaluatePolicyPacks(stack, [spec], { packCache: true, skipNoopRemediate: true });
    return { fast, exact };
}

describe("The fast path: zonesafe's pack in-process, identical to the analyzer protocol", function () {
    this.timeout(600_000);

    it("recognizes zonesafe's own pack by its directory, and no other", () => {
        expect(isOwnPack(OWN_PACK_DIR)).to.equal(true);
        expect(isOwnPack(path.resolve(__dirname, "../fixtures/packs/tiny"))).to.equal(false);
        expect(isOwnPack(path.resolve(__dirname, "../fixtures/packs/does-not-exist"))).to.equal(false);
    });

    for (const file of ["storefront-prod.official.json", "storefront-prod.static.json", "storefront-prod.preview.json"]) {
        it(`gives the protocol's result on the fixture export ${file}`, async () => {
            const { fast, exact } = await bothPaths(importState(path.join(STATES, file)).stack);
            expect(fast, "the fast path declined").to.not.equal(undefined);
            expect(exact.findings.length).to.be.greaterThan(0);
            expect(comparable(fast!)).to.deep.equal(comparable(exact));
        });
    }

    for (const name of STACKS) {
        it(`gives the protocol's result on the reference stack ${name}`, async () => {
            const { stack } = await runStack(name);
            const { fast, exact } = await bothPaths(stack);
            expect(fast, "the fast path declined").to.not.equal(undefined);
            expect(comparable(fast!)).to.deep.equal(comparable(exact));
        });
    }

    describe("the command: reports identical with and without --engine-exact", () => {
        for (const file of ["storefront-prod.official.json", "storefront-prod.preview.json"]) {
            it(`assess --state ${file}`, async () => {
                await sameReport(["assess", "--state", path.join(STATES, file)]);
            });
        }

        it("assess with a configuration file (levels, thresholds, a config waiver, the score's minimum)", async () => {
            const dir = tempDir();
            const config = path.join(dir, "config.json");
            fs.writeFileSync(
                config,
                JSON.stringify({
                    all: "advisory",
                    "clb-instance-multi-az": "mandatory",
                    "mysql-instance-multi-az": { waivers: [{ name: "orders", reason: "migration", expires: "2099-12-31" }] },
                    "zonesafe-health-score": { enforcementLevel: "mandatory", minimum: 95 },
                    "redis-instance-multi-az": "disabled",
                }),
            );
            const report = (await sameReport(["assess", "--state", path.join(STATES, "storefront-prod.official.json"), "--policy-pack-config", config])) as { waivers: unknown[] };
            expect(report.waivers.length).to.be.greaterThan(0);
        });

        for (const [project, stack] of [["plain", "prod"], ["plain", "dev"], ["things", "prod"]]) {
            it(`preview of the fixture project ${project} (${stack})`, async () => {
                await sameReport(["preview", "--stack", stack], path.join(PROJECTS, project));
            });
        }

        it("preview and assess of the benchmark's generated program and its export (100 resources)", async () => {
            // Inside the repository, as the benchmark writes it, so that the program resolves the SDKs.
            const dir = path.join(ROOT, "bench", "results", "work", "fastpath-n100", "project");
            writeProgram(dir, 100);
            await sameReport(["preview", "--stack", "bench"], dir);
            const exported = path.join(dir, "..", "export.json");
            await writeExport(dir, "bench", exported);
            await sameReport(["assess", "--state", exported]);
        });
    });

    it("declines a configuration that puts a policy at the remediate level (the protocol path remediates)", () => {
        const stack = importState(path.join(STATES, "storefront-prod.official.json")).stack;
        expect(evaluateOwnPack(stack, { dir: OWN_PACK_DIR, config: { "clb-instance-deletion-protection": { enforcementLevel: "remediate" } } }, NOW)).to.equal(undefined);
        expect(evaluateOwnPack(stack, { dir: OWN_PACK_DIR, config: { all: "mandatory" } as never }, NOW)).to.not.equal(undefined);
    });
});
