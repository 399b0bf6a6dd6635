// The evaluation gives the same findings, remediations and score however it is scheduled: one resource
// at a time with the pack started exactly as the engine starts it and Remediate on every resource; a
// wide window with the pack's compiled copy and the no-op Remediate left out; and resources streamed
// into the session while the program registers them, on this thread and on a worker thread. Checked
// on a real stack with violations, with the pack's defaults and with a config whose remediations
// rewrite resources.
import { expect } from "chai";
import * as path from "path";
import { EvaluationResult, EvaluationSession, identityOf, remediateIsNoop, startEvaluation, evaluatePolicyPacks, PackSpec } from "../../engine/evaluate";
import { startEvaluationInWorker } from "../../engine/evaluateWorker";
import { zonesafeAdapter } from "../../cli/zonesafePack";
import { loadProject, loadStack } from "../../cli/project";
import { programIdentity } from "../../cli/run";
import { buildStack } from "../../stacks/program";
import { recordProgram } from "../support/mocks";
import { POLICY_PACK_DIR } from "../support/stacks";
import { ROOT } from "../support/schema";
import type { StackRecord } from "../../engine/types";

const NOW = new Date("2026-06-01T00:00:00Z");

/** What must not depend on the schedule: everything but the timings, and the score. */
function outcome(result: EvaluationResult) {
    const findings = result.findings.filter((f) => zonesafeAdapter.classify(f) === "finding");
    const score = zonesafeAdapter.score?.(findings, { stack: result.stack, pack: result.packs[0], now: NOW });
    return { findings: result.findings, remediations: result.remediations, packs: result.packs, stack: result.stack, score };
}

/** Runs a stack's program, streaming each record into the given sessions as it registers. */
async function runStreaming(name: string, sessions: EvaluationSession[]): Promise<StackRecord> {
    const project = loadProject(ROOT);
    const settings = loadStack(project, name);
    const { stack } = await recordProgram(buildStack, {
        project: project.name,
        stack: settings.name,
        preview: true,
        config: settings.config,
        secretKeys: settings.secretKeys,
        tags: settings.tags,
        onRecord: (rec) => sessions.forEach((s) => s.add(rec)),
    });
    return stack;
}

describe("engine: the same results whichever way the evaluation is scheduled", function () {
    this.timeout(600_000);

    const configs: Array<{ title: string; spec: PackSpec }> = [
        { title: "the pack's defaults (no policy remediates: Remediate is left out)", spec: { dir: POLICY_PACK_DIR } },
        { title: "a config with remediations", spec: { dir: POLICY_PACK_DIR, configFile: path.join(POLICY_PACK_DIR, "config.example.json") } },
    ];

    for (const { title, spec } of configs) {
        it(`retail-legacy, ${title}`, async () => {
            const project = loadProject(ROOT);
            const identity = programIdentity(project, loadStack(project, "retail-legacy"));
            const fast = { packCache: true, skipNoopRemediate: true };
            const inThread = startEvaluation(identity, [spec], fast);
            const inWorker = startEvaluationInWorker(identity, [spec], fast);
            let streamed: EvaluationResult;
            let streamedInWorker: EvaluationResult;
            let stack: StackRecord;
            try {
                stack = await runStreaming("retail-legacy", [inThread, inWorker]);
                [streamed, streamedInWorker] = await Promise.all([inThread.finish(stack), inWorker.finish(stack)]);
            } finally {
                await Promise.all([inThread.close(), inWorker.close()]);
            }
            expect(identityOf(stack)).to.deep.equal(identity);
            const exact = await evaluatePolicyPacks(stack, [spec], { concurrency: 1 });
            const wide = await evaluatePolicyPacks(stack, [spec], { ...fast, concurrency: 64 });

            const reference = outcome(exact);
            expect(reference.findings.length).to.be.greaterThan(10);
            expect(reference.score?.value).to.be.a("number");
            expect(outcome(wide)).to.deep.equal(reference);
            expect(outcome(streamed)).to.deep.equal(reference);
            expect(outcome(streamedInWorker)).to.deep.equal(reference);
            if (spec.configFile) expect(reference.remediations.length).to.be.greaterThan(0);
        });
    }

    it("leaves Remediate out only for @pulumi/policy 1.8 or later with no policy at the remediate level", () => {
        const info = {
            policies: [
                { name: "a", enforcementLevel: "advisory" as const },
                { name: "b", enforcementLevel: "remediate" as const },
            ],
        } as Parameters<typeof remediateIsNoop>[1];
        expect(remediateIsNoop("1.21.0", info, {})).to.equal(false);
        expect(remediateIsNoop("1.21.0", info, { b: { enforcementLevel: "mandatory", properties: {} } })).to.equal(true);
        expect(remediateIsNoop("1.21.0", info, { a: { enforcementLevel: "remediate", properties: {} }, b: { enforcementLevel: "mandatory", properties: {} } })).to.equal(false);
        expect(remediateIsNoop("1.7.9", info, { b: { enforcementLevel: "advisory", properties: {} } })).to.equal(false);
        expect(remediateIsNoop("", info, { b: { enforcementLevel: "advisory", properties: {} } })).to.equal(false);
    });
});
