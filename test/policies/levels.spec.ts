import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { initialConfigAsEngineSees, parsePolicyConfig, reconcilePolicyConfig, ReconcileTarget } from "../../engine/policyConfig";
import { defaultLevel, initialConfigFor, isProductionName, isProductionStack, stackContext } from "../../policies/levels";
import { POLICY_METADATA } from "../../policies/metadata";
import { policies } from "../../policies/policies";

/** The pack as the engine's reconciliation sees it (what GetAnalyzerInfo reports). */
const target: ReconcileTarget = {
    name: "zonesafe",
    version: "0.1.0",
    policies: policies.map((p) => ({
        name: p.name,
        enforcementLevel: p.enforcementLevel ?? "advisory",
        configSchema: { properties: (p.configSchema?.properties ?? {}) as Record<string, Record<string, unknown>>, required: p.configSchema?.required ?? [] },
    })),
};

function reconcile(production: boolean, file?: unknown) {
    const initial = initialConfigAsEngineSees(initialConfigFor(Object.values(POLICY_METADATA), production) as Record<string, unknown>);
    return reconcilePolicyConfig(target, initial, file === undefined ? undefined : parsePolicyConfig(file, "test"));
}

describe("Levels and production recognition", () => {
    describe("production recognition", () => {
        it("recognises production stack names, not look-alikes", () => {
            for (const name of ["prod", "production", "retail-prod", "orders_production", "shop.prod", "org/shop/retail-prod", "RETAIL-PROD"]) {
                expect(isProductionName(name), name).to.equal(true);
            }
            for (const name of ["retail-nonprod", "preprod", "dev", "product", "prod-test", ""]) {
                expect(isProductionName(name), name).to.equal(false);
            }
        });

        it("lets the stack tag decide first, then the stack configuration, then the name", () => {
            const tag = (v: string) => new Map([["zonesafe:environment", v]]);
            expect(isProductionStack({ name: "retail", config: {} }, tag("production"))).to.equal(true);
            expect(isProductionStack({ name: "retail-prod", config: {} }, tag("staging"))).to.equal(false);
            expect(isProductionStack({ name: "retail", config: { "zonesafe:environment": "prod" } })).to.equal(true);
            expect(isProductionStack({ name: "retail-prod", config: { "zonesafe:environment": "test" } })).to.equal(false);
            expect(isProductionStack({ name: "retail-prod", config: {} })).to.equal(true);
            expect(isProductionStack({ name: "retail", config: {} })).to.equal(false);
        });

        it("reads a critical data tier from the stack tag or configuration", () => {
            expect(stackContext({ name: "x", config: {} }, new Map([["zonesafe:data-tier", "critical"]])).criticalDataTier).to.equal(true);
            expect(stackContext({ name: "x", config: { "zonesafe:data-tier": "Critical" } }).criticalDataTier).to.equal(true);
            expect(stackContext({ name: "x", config: { "zonesafe:data-tier": "standard" } }).criticalDataTier).to.equal(false);
        });
    });

    describe("default levels", () => {
        it("makes high-severity availability and security rules mandatory in production only", () => {
            expect(defaultLevel({ name: "a", severity: "high", pillar: "reliability" }, true)).to.equal("mandatory");
            expect(defaultLevel({ name: "a", severity: "high", pillar: "security" }, true)).to.equal("mandatory");
            expect(defaultLevel({ name: "a", severity: "high", pillar: "reliability" }, false)).to.equal("advisory");
            expect(defaultLevel({ name: "a", severity: "medium", pillar: "reliability" }, true)).to.equal("advisory");
            expect(defaultLevel({ name: "a", severity: "high", pillar: "governance" }, true)).to.equal("advisory");
        });

        it("gives every policy an explicit level in the initial configuration", () => {
            const initial = initialConfigFor(Object.values(POLICY_METADATA), true);
            expect(Object.keys(initial).sort()).to.deep.equal(policies.map((p) => p.name).sort());
            for (const entry of Object.values(initial)) {
                expect(entry).to.have.property("enforcementLevel");
            }
        });
    });

    describe("reconciliation as the engine does it: policy defaults < initial configuration < file", () => {
        it("applies production levels from the initial configuration", () => {
            const config = reconcile(true);
            expect(config["mysql-instance-multi-az"].enforcementLevel).to.equal("mandatory");
            expect(config["securitygroup-ingress-restricted-ports"].enforcementLevel).to.equal("mandatory");
            expect(config["kubernetes-workload-probes"].enforcementLevel).to.equal("advisory");
            expect(config["zonesafe-health-score"].enforcementLevel).to.equal("advisory");
            expect(config["kubernetes-workload-replicas"].properties).to.deep.equal({ minReplicas: 2, waivers: [] });
        });

        it("keeps everything advisory outside production", () => {
            const config = reconcile(false);
            expect(Object.values(config).every((c) => c.enforcementLevel === "advisory")).to.equal(true);
        });

        it("lets `all` in a file override the initial levels, and a policy entry override `all`", () => {
            const config = reconcile(true, { all: "advisory", "ckafka-instance-multi-az": "mandatory" });
            expect(config["mysql-instance-multi-az"].enforcementLevel).to.equal("advisory");
            expect(config["ckafka-instance-multi-az"].enforcementLevel).to.equal("mandatory");
        });

        it("keeps the initial level when a file entry only sets properties", () => {
            const config = reconcile(true, { "kubernetes-workload-replicas": { minReplicas: 3 } });
            expect(config["kubernetes-workload-replicas"]).to.deep.equal({ enforcementLevel: "mandatory", properties: { minReplicas: 3, waivers: [] } });
        });

        it("accepts the example configuration file", () => {
            const file = JSON.parse(fs.readFileSync(path.join(__dirname, "../../policies/config.example.json"), "utf8"));
            const config = reconcile(true, file);
            expect(config["clb-instance-deletion-protection"].enforcementLevel).to.equal("remediate");
            expect(config["zonesafe-health-score"]).to.deep.include({ enforcementLevel: "mandatory" });
            expect((config["mysql-instance-multi-az"].properties.waivers as unknown[]).length).to.equal(1);
        });

        it("rejects a malformed waiver list, as the engine validates the schema", () => {
            expect(() => reconcile(false, { "mysql-instance-multi-az": { waivers: [{ name: "db", expires: "soon" }] } })).to.throw(/waivers/);
        });
    });
});
