import type { StackValidationPolicy } from "@pulumi/policy";
import { expect } from "chai";
import { PackRuntime } from "../../policies/adapters";
import { evaluateStack } from "../../policies/core";
import { RULES } from "../../policies/catalog";
import { createPolicies } from "../../policies/policies";
import { stackResourcesOf } from "../../policies/resources";
import { AZ_FAILURE_POLICY } from "../../policies/resilience/policies";
import { HEALTH_SCORE_POLICY, healthScorePolicyOf } from "../../policies/stack/healthScore";
import { WAIVER_REPORT_POLICY, waiverReportPolicyOf } from "../../policies/stack/waiverReport";
import { runStackPolicy, stackArgs, StackResourceSpec, urnOf } from "../support/policyArgs";
import { legacyStack, retailStack } from "./fixtures";
import { DEV, NOW, tok, useTestEnvironment } from "./helpers";

function resourcesOf(specs: StackResourceSpec[]) {
    return stackResourcesOf(stackArgs({ resources: specs }).resources);
}

/** The legacy stack with one waiver on its CLB (in use) and one naming a rule that does not exist. */
function waivedLegacy(): StackResourceSpec[] {
    return legacyStack().map((r) =>
        r.name === "web-clb"
            ? { ...r, props: { ...r.props, tags: { "zonesafe:waive:clb-instance-multi-az": "2026-12-31:replaced in Q4", "zonesafe:waive:no-such-rule": "2026-12-31:typo" } } }
            : r,
    );
}

describe("The evaluation core (policies/core.ts)", () => {
    useTestEnvironment();

    it("gives the findings, the score and the waiver report the pack's policies report, with nothing kept between calls", async () => {
        const specs = waivedLegacy();
        const result = evaluateStack(resourcesOf(specs), { identity: DEV, now: NOW });
        const runtime = new PackRuntime();
        const policies = createPolicies();
        for (const rule of RULES.filter((r) => r.kind === "stack")) {
            const policy = policies.find((p) => p.name === rule.name) as StackValidationPolicy;
            const reported = await runStackPolicy(policy, stackArgs({ resources: specs }));
            expect(reported, rule.name).to.deep.equal(result.violationsOf(rule.name).map((v) => (v.urn ? { urn: v.urn, message: v.message } : { message: v.message })));
        }
        const health = await runStackPolicy(healthScorePolicyOf(runtime), stackArgs({ resources: specs }));
        expect(health.map((h) => h.message)).to.deep.equal(result.violationsOf(HEALTH_SCORE_POLICY).map((v) => v.message));
        expect(health[0].message).to.contain(`it scores ${result.score.score} (`);
        const waivers = await runStackPolicy(waiverReportPolicyOf(runtime), stackArgs({ resources: specs }));
        expect(waivers).to.deep.equal(result.waiverReport.map((w) => ({ urn: w.urn, message: w.message })));
        expect(result.waiverReport.map((w) => w.policy)).to.have.members(["clb-instance-multi-az", "no-such-rule"]);
        // A second call on the same input is the same, whatever ran in between.
        expect(evaluateStack(resourcesOf(specs), { identity: DEV, now: NOW }).findings).to.deep.equal(result.findings);
    });

    it("carries each finding's policy, level, severity, pillar and waiver, and reports nothing for a disabled policy", () => {
        const resources = resourcesOf(waivedLegacy());
        const levels = { "clb-instance-multi-az": "mandatory", "mysql-instance-multi-az": "disabled" } as const;
        const result = evaluateStack(resources, { identity: DEV, now: NOW, levels });
        const clb = result.findings.filter((f) => f.policy === "clb-instance-multi-az");
        expect(clb).to.have.length(1);
        expect(clb[0]).to.deep.include({ level: "mandatory", severity: "high", pillar: "reliability" });
        expect(clb[0].waiver?.policy).to.equal("clb-instance-multi-az");
        expect(result.findings.some((f) => f.policy === "mysql-instance-multi-az")).to.equal(false);
        expect(result.violationsOf("mysql-instance-multi-az")).to.deep.equal([]);
        // The score counts every rule, disabled or not, as the pack's health-score policy does.
        expect(result.score).to.deep.equal(evaluateStack(resources, { identity: DEV, now: NOW }).score);
        const advisory = result.findings.filter((f) => f.policy === "redis-instance-multi-az");
        expect(advisory.every((f) => f.level === "advisory" && f.waiver === undefined)).to.equal(true);
    });

    it("takes each policy's configuration: a config waiver, the score's minimum and the simulation's targets", () => {
        const resources = resourcesOf(retailStack());
        const base = evaluateStack(resources, { identity: DEV, now: NOW });
        expect(base.violationsOf(HEALTH_SCORE_POLICY)).to.deep.equal([]);
        const strict = evaluateStack(resources, { identity: DEV, now: NOW, configs: { [HEALTH_SCORE_POLICY]: { minimum: 100 } } });
        expect(strict.scoreMinimum).to.equal(100);
        expect(strict.violationsOf(HEALTH_SCORE_POLICY).length).to.equal(base.score.score < 100 ? 1 : 0);
        const tightRto = evaluateStack(resources, { identity: DEV, now: NOW, configs: { [AZ_FAILURE_POLICY]: { rtoSeconds: 1 } } });
        expect(tightRto.violationsOf(AZ_FAILURE_POLICY).length).to.be.greaterThan(base.violationsOf(AZ_FAILURE_POLICY).length);
        expect(tightRto.azFailure.violations).to.deep.equal(tightRto.violationsOf(AZ_FAILURE_POLICY));
        const legacy = resourcesOf(legacyStack());
        const tight = evaluateStack(legacy, { identity: DEV, now: NOW });
        const waived = evaluateStack(legacy, {
            identity: DEV,
            now: NOW,
            configs: { "mysql-instance-multi-az": { waivers: [{ name: "orders-db", reason: "all", expires: "2026-12-31" }] } },
        });
        const mysql = tight.violationsOf("mysql-instance-multi-az");
        expect(mysql.length).to.be.greaterThan(0);
        expect(mysql.every((v) => v.urn === urnOf(tok("tencentcloud_mysql_instance", "static"), "orders-db"))).to.equal(true);
        expect(waived.violationsOf("mysql-instance-multi-az")).to.deep.equal([]);
        expect(waived.waiverReport.every((w) => w.policy === "mysql-instance-multi-az" && w.message.startsWith("Waiver in use"))).to.equal(true);
        expect(waived.findings.filter((f) => f.policy === WAIVER_REPORT_POLICY).length).to.equal(waived.waiverReport.length);
    });
});
