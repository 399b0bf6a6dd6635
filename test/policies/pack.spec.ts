import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { RULES } from "../../policies/catalog";
import { POLICY_METADATA } from "../../policies/metadata";
import { policies } from "../../policies/policies";

describe("The zonesafe pack", () => {
    it("names every rule `<service>-<resource>-<rule>` and the two whole-stack reports `zonesafe-…`, uniquely", () => {
        const names = policies.map((p) => p.name);
        expect(new Set(names).size).to.equal(names.length);
        for (const rule of RULES) {
            expect(rule.name).to.match(/^[a-z0-9]+(-[a-z0-9]+){2,}$/);
            expect(rule.name.startsWith(`${rule.service}-`), rule.name).to.equal(true);
        }
        // The whole-stack reports run after every rule, so every rule has recorded its configuration.
        const lastRule = Math.max(...RULES.map((r) => names.indexOf(r.name)));
        expect(names.indexOf("zonesafe-health-score")).to.be.above(lastRule);
        expect(names.indexOf("zonesafe-waivers")).to.be.above(lastRule);
    });

    it("gives every policy a description, a severity, its pillar and service as tags, and fix advice", () => {
        for (const policy of policies) {
            const meta = POLICY_METADATA[policy.name];
            expect(policy.description, policy.name).to.match(/^Checks whether[ ,]/);
            expect(["high", "medium", "low"]).to.include(policy.severity);
            expect(policy.tags).to.deep.equal([meta.pillar, meta.service]);
            expect(policy.remediationSteps, policy.name).to.equal(meta.fix).and.to.have.length.above(20);
            expect(policy.enforcementLevel).to.equal("advisory");
            expect(policy.configSchema?.properties).to.not.have.property("enforcementLevel");
        }
    });

    it("lets every rule take waivers from its configuration, and publishes thresholds with defaults", () => {
        for (const rule of RULES) {
            const policy = policies.find((p) => p.name === rule.name);
            expect(policy?.configSchema?.properties, rule.name).to.have.property("waivers");
            for (const [key, schema] of Object.entries(rule.config.schema.properties)) {
                expect(schema, `${rule.name}.${key}`).to.have.property("default");
            }
        }
        expect(policies.find((p) => p.name === "zonesafe-health-score")?.configSchema?.properties.minimum).to.deep.include({ type: "integer", default: 90 });
    });

    it("covers the services and hazards the pack promises", () => {
        const byService = new Map<string, number>();
        for (const meta of Object.values(POLICY_METADATA)) {
            byService.set(meta.service, (byService.get(meta.service) ?? 0) + 1);
        }
        for (const service of ["clb", "tke", "kubernetes", "mysql", "redis", "mongodb", "ckafka", "as", "cvm", "securitygroup", "monitoring", "datasafety", "zonesafe"]) {
            expect(byService.get(service), service).to.be.above(0);
        }
        expect(Object.values(POLICY_METADATA).filter((m) => m.remediates).map((m) => m.name)).to.deep.equal([
            "clb-instance-deletion-protection",
            "clb-listener-health-check",
            "kubernetes-workload-topology-spread",
        ]);
        expect(Object.keys(POLICY_METADATA)).to.deep.equal(policies.map((p) => p.name));
    });

    it("has a unit test describing every policy", () => {
        // The rules' tests live here; the resilience policies' tests in test/resilience; event readiness's in test/events.
        const text = [__dirname, path.join(__dirname, "../resilience"), path.join(__dirname, "../events")]
            .flatMap((dir) =>
                fs
                    .readdirSync(dir)
                    .filter((f) => f.endsWith(".spec.ts") && f !== path.basename(__filename))
                    .map((f) => fs.readFileSync(path.join(dir, f), "utf8")),
            )
            .join("\n");
        for (const policy of policies) {
            expect(text.includes(`describe("${policy.name}`) || text.includes(`describe("${policy.name} `), policy.name).to.equal(true);
        }
    });

    it("documents every policy in the README with its severity and pillar", () => {
        const readme = fs.readFileSync(path.join(__dirname, "../../policies/README.md"), "utf8");
        for (const meta of Object.values(POLICY_METADATA)) {
            expect(readme, meta.name).to.contain(`| \`${meta.name}\` | ${meta.severity} | ${meta.pillar} | ${meta.kind}`);
        }
    });

    it("keeps index.ts to constructing the pack", () => {
        const source = fs.readFileSync(path.join(__dirname, "../../policies/index.ts"), "utf8");
        expect(source.match(/new PolicyPack\(/g)).to.have.length(1);
        expect(source).to.not.match(/validateResource|validateStack/);
    });
});
