import { expect } from "chai";
import { evaluatePolicyPacks, EvaluationResult } from "../../engine/evaluate";
import { Finding, StackRecord } from "../../engine/types";
import { zonesafeAdapter } from "../../cli/zonesafePack";
import { POLICY_PACK_DIR, runStack } from "../support/stacks";

interface Evaluated {
    stack: StackRecord;
    result: EvaluationResult;
    findings: Finding[];
    score: number;
}

/** Runs a stack as a preview, evaluates the policy pack on it over the analyzer protocol, and scores it. */
async function evaluate(name: string): Promise<Evaluated> {
    const { stack } = await runStack(name);
    const result = await evaluatePolicyPacks(stack, [{ dir: POLICY_PACK_DIR }]);
    const findings = result.findings.filter((f) => zonesafeAdapter.classify(f) === "finding");
    const score = zonesafeAdapter.score!(findings, { stack: result.stack, pack: result.packs[0], now: new Date() })!.value;
    return { stack, result, findings, score };
}

const mandatory = (e: Evaluated) => e.findings.filter((f) => f.level === "mandatory").map((f) => `${f.policy} ${f.urn}: ${f.message}`);

describe("stacks under the policy pack", function () {
    this.timeout(180000);

    for (const name of ["retail-prod", "beacon-prod"]) {
        it(`${name} has no mandatory violation and a health score of at least 90`, async () => {
            const e = await evaluate(name);
            expect(mandatory(e)).to.deep.equal([]);
            expect(e.score).to.be.at.least(90);
            expect(e.result.packs[0].name).to.equal("zonesafe");
        });
    }

    it("retail-legacy scores below 80 with violations on each of CLB, TKE, CKafka, MySQL, Redis and MongoDB", async () => {
        const e = await evaluate("retail-legacy");
        expect(e.score).to.be.below(80);
        const services = new Set(e.findings.map((f) => f.policy.split("-")[0]));
        for (const service of ["clb", "tke", "ckafka", "mysql", "redis", "mongodb"]) expect([...services], service).to.include(service);
        expect(e.findings.filter((f) => f.policy === "mysql-instance-multi-az" && f.level === "mandatory")).to.have.length.greaterThan(0);
        expect(e.findings.filter((f) => f.policy === "zonesafe-health-score")).to.have.length(1, "the score policy reports the score below its minimum");
    });
});
