import { expect } from "chai";
import * as fc from "fast-check";
import { RULES } from "../../policies/catalog";
import { PILLARS } from "../../policies/rule";
import { bandOf, computeHealthScore, ScoreFinding } from "../../policies/score";
import { healthScorePolicy } from "../../policies/stack/healthScore";
import { runStackPolicy, stackArgs } from "../support/policyArgs";
import { legacyStack, retailStack } from "./fixtures";
import { useTestEnvironment, withEnvironment } from "./helpers";

describe("Health score", () => {
    useTestEnvironment();

    describe("computeHealthScore", () => {
        it("scores a stack without findings 100 (good)", () => {
            const score = computeHealthScore([]);
            expect(score.score).to.equal(100);
            expect(score.band).to.equal("good");
            expect(PILLARS.map((p) => score.pillars[p].score)).to.deep.equal([100, 100, 100]);
        });

        it("deducts base × (0.5 + share at risk) per item, looking the policy's severity and pillar up", () => {
            const score = computeHealthScore([{ policy: "mysql-instance-multi-az", urn: "a" }], { assessed: { "mysql-instance-multi-az": 4 } });
            expect(score.deductions).to.deep.equal([
                { policy: "mysql-instance-multi-az", severity: "high", pillar: "reliability", atRisk: 1, assessed: 4, points: 2.3 },
            ]);
            expect(score.pillars.reliability.score).to.equal(97.7);
            // (4 × 97.7 + 2 × 100 + 1 × 100) / 7 = 98.69
            expect(score.score).to.equal(99);
        });

        it("counts an item once however many findings it has on a resource, and the whole share when the count is unknown", () => {
            const score = computeHealthScore([
                { policy: "kubernetes-workload-probes", urn: "a" },
                { policy: "kubernetes-workload-probes", urn: "a" },
                { policy: "kubernetes-workload-probes", urn: "b" },
            ]);
            expect(score.deductions).to.deep.equal([{ policy: "kubernetes-workload-probes", severity: "medium", pillar: "reliability", atRisk: 2, assessed: undefined, points: 3 }]);
        });

        it("caps deductions at 30 for high, 10 for medium and 5 for low severity, per pillar", () => {
            const findings: ScoreFinding[] = [];
            for (let i = 0; i < 12; i++) {
                findings.push({ policy: `h${i}`, severity: "high", pillar: "reliability" });
                findings.push({ policy: `m${i}`, severity: "medium", pillar: "reliability" });
                findings.push({ policy: `l${i}`, severity: "low", pillar: "reliability" });
            }
            const score = computeHealthScore(findings);
            expect(score.pillars.reliability.deducted).to.deep.equal({ high: 30, medium: 10, low: 5 });
            expect(score.pillars.reliability.score).to.equal(55);
            // (4 × 55 + 2 × 100 + 100) / 7 = 74.3
            expect(score.score).to.equal(74);
            expect(score.band).to.equal("governance risk");
        });

        it("leaves out waived findings, excluded policies and policies of other packs", () => {
            const score = computeHealthScore(
                [
                    { policy: "mysql-instance-multi-az", urn: "a", waived: true },
                    { policy: "redis-instance-multi-az", urn: "b" },
                    { policy: "aws-s3-bucket-something", urn: "c" },
                ],
                { exclude: ["redis-instance-multi-az"] },
            );
            expect(score.score).to.equal(100);
        });

        it("weights the pillars 4 : 2 : 1 by default, and as configured", () => {
            const findings: ScoreFinding[] = [{ policy: "securitygroup-ingress-restricted-ports", urn: "a" }];
            expect(computeHealthScore(findings).pillars.security.score).to.equal(95.5);
            expect(computeHealthScore(findings).score).to.equal(99);
            expect(computeHealthScore(findings, { weights: { reliability: 0, security: 1, "performance/cost": 0 } }).score).to.equal(96);
        });

        it("places scores in bands: 85–100 good, 61–84 governance risk, 0–60 critical", () => {
            expect([100, 85, 84, 61, 60, 0].map(bandOf)).to.deep.equal(["good", "good", "governance risk", "governance risk", "critical", "critical"]);
        });

        it("stays within 0–100 and never rises when a finding is added (property)", () => {
            const names = RULES.map((r) => r.name);
            const finding = fc.record({ policy: fc.constantFrom(...names), urn: fc.constantFrom("a", "b", "c", ""), waived: fc.boolean() });
            fc.assert(
                fc.property(fc.array(finding, { maxLength: 60 }), finding, (findings, extra) => {
                    const before = computeHealthScore(findings);
                    const after = computeHealthScore([...findings, { ...extra, waived: false }]);
                    return Number.isInteger(before.score) && before.score >= 0 && before.score <= 100 && after.score <= before.score;
                }),
            );
        });
    });

    describe("zonesafe-health-score", () => {
        it("is silent for the production retail stack, which scores 100", async () => {
            const reported = await withEnvironment({ identity: { name: "retail-prod", config: {} } }, () =>
                runStackPolicy(healthScorePolicy, stackArgs({ resources: retailStack(), stackTags: { "zonesafe:environment": "production" } })),
            );
            expect(reported).to.deep.equal([]);
        });

        it("reports the legacy stack's score of 74 with its pillars and largest deductions", async () => {
            const reported = await runStackPolicy(healthScorePolicy, stackArgs({ resources: legacyStack() }));
            expect(reported).to.deep.equal([
                {
                    message:
                        "Stack must reach a health score of at least 90; it scores 74 (governance risk): reliability 60, security 92, performance/cost 97. " +
                        "Largest deductions: ckafka-instance-multi-az −4.5 (1 of 1 at risk), clb-backends-multi-az −4.5 (1 of 1 at risk), clb-instance-multi-az −4.5 (1 of 1 at risk), cvm-instance-tier-spread −4.5 (2 of 2 at risk), kubernetes-workload-replicas −4.5 (1 of 1 at risk).",
                },
            ]);
        });

        it("uses the configured minimum", async () => {
            expect(await runStackPolicy(healthScorePolicy, stackArgs({ resources: legacyStack(), config: { minimum: 70 } }))).to.deep.equal([]);
        });

        it("does not count waived findings", async () => {
            const stack = legacyStack().map((r) =>
                r.name === "web-clb" ? { ...r, props: { ...r.props, tags: { "zonesafe:waive:clb-instance-multi-az": "2026-12-31:replaced by the new gateway in Q4" } } } : r,
            );
            const reported = await runStackPolicy(healthScorePolicy, stackArgs({ resources: stack, config: { minimum: 100 } }));
            expect(reported[0].message).to.not.contain("clb-instance-multi-az");
        });
    });
});
