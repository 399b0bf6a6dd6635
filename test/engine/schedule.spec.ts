// The reference evaluator (google-protobuf messages, the pack started exactly as the engine starts it,
// Remediate on every resource, one resource at a time, on this thread) and the fast ones (pre-encoded
// requests, the pack's compiled copy, the no-op Remediate left out, a wide window, resources streamed
// into a session while the program registers them, on this thread and on a worker thread) give the
// same findings, remediations, packs, remediated stack and score. Checked on a real stack with
// violations, with the pack's defaults and with a config whose remediations rewrite resources.
import { expect } from "chai";
import * as path from "path";
import { EvaluationResult, EvaluationSession, identityOf, remediateIsNoop, PackSpec } from "../../engine/evaluate";
import { createEvaluator, Evaluator, fastEvaluator, FAST_MACHINERY, REFERENCE_MACHINERY, referenceEvaluator } from "../../engine/evaluator";
import { zonesafeAdapter } from "../../cli/zonesafePack";
import { loadProject, loadStack } from "../../cli/project";
import { programIdentity } from "../../cli/run";
import { buildStack } from "../../stacks/program";
import { recordProgram } from "../support/mocks";
import { POLICY_PACK_DIR } from "../support/stacks";
import { ROOT } from "../support/schema";
import type { StackRecord } from "../../engine/types";

const NOW = new Date("2026-06-01T00:00:00Z");

/** What must not depend on the evaluator: everything but the timings, and the score. */
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

describe("engine: the reference evaluator and the fast ones give identical results", function () {
    this.timeout(600_000);

    const configs: Array<{ title: string; spec: PackSpec }> = [
        { title: "the pack's defaults (no policy remediates: the fast evaluators leave Remediate out)", spec: { dir: POLICY_PACK_DIR } },
        { title: "a config with remediations", spec: { dir: POLICY_PACK_DIR, configFile: path.join(POLICY_PACK_DIR, "config.example.json") } },
    ];

    for (const { title, spec } of configs) {
        it(`retail-legacy, ${title}`, async () => {
            const project = loadProject(ROOT);
            const identity = programIdentity(project, loadStack(project, "retail-legacy"));
            // Sessions fed while the program runs: the fast evaluator on a worker thread (as `preview`
            // runs it), and on this thread.
            const streaming: Array<[string, Evaluator]> = [
                ["fast, streamed, worker thread", fastEvaluator()],
                ["fast, streamed, this thread", fastEvaluator({ worker: false })],
            ];
            const sessions = streaming.map(([, e]) => e.start(identity, [spec]));
            const results = new Map<string, EvaluationResult>();
            let stack: StackRecord;
            try {
                stack = await runStreaming("retail-legacy", sessions);
                const finished = await Promise.all(sessions.map((s) => s.finish(stack)));
                streaming.forEach(([name], i) => results.set(name, finished[i]));
            } finally {
                await Promise.all(sessions.map((s) => s.close()));
            }
            expect(identityOf(stack)).to.deep.equal(identity);

            const reference = outcome(await referenceEvaluator.evaluate(stack, [spec]));
            // A finished stack, as `assess` evaluates it: all the machinery, then each part alone.
            const whole: Array<[string, Evaluator]> = [
                ["fast, whole stack", fastEvaluator()],
                ["pre-encoding only", createEvaluator({ ...REFERENCE_MACHINERY, preEncode: true })],
                ["pack cache and no-op Remediate left out only", createEvaluator({ ...REFERENCE_MACHINERY, packCache: true, skipNoopRemediate: true })],
                ["wide window only", createEvaluator({ ...REFERENCE_MACHINERY, concurrency: 64 })],
            ];
            for (const [name, e] of whole) results.set(name, await e.evaluate(stack, [spec]));

            expect(reference.findings.length).to.be.greaterThan(10);
            expect(reference.score?.value).to.be.a("number");
            if (spec.configFile) expect(reference.remediations.length).to.be.greaterThan(0);
            for (const [name, result] of results) expect(outcome(result), name).to.deep.equal(reference);
        });
    }

    it("the reference evaluator has none of the speed machinery; the fast one has all of it", () => {
        expect(referenceEvaluator.machinery).to.deep.equal({ preEncode: false, packCache: false, skipNoopRemediate: false, concurrency: 1, worker: false });
        expect(fastEvaluator().machinery).to.deep.equal(FAST_MACHINERY);
        expect(FAST_MACHINERY).to.include({ preEncode: true, packCache: true, skipNoopRemediate: true, worker: true });
        expect(FAST_MACHINERY.concurrency).to.be.greaterThan(1);
        expect(fastEvaluator({ packCache: false }).machinery.packCache).to.equal(false);
    });

    it("refuses a concurrency that is not a positive integer, naming the setting and what 1 means", () => {
        for (const c of [0, -1, 1.5, Number.NaN]) {
            expect(() => createEvaluator({ ...REFERENCE_MACHINERY, concurrency: c }), String(c)).to.throw(/^concurrency must be a positive integer \(1 evaluates one resource at a time\); got /);
        }
    });

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
