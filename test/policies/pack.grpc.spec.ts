/**
 * The zonesafe pack over the analyzer protocol: started the way the Pulumi engine starts a Node.js
 * pack (the `run-policy-pack` runner, ts-node type-checking `index.ts`), spoken to over gRPC with the
 * protos shipped in @pulumi/pulumi, on stacks recorded by hand in wire form (secrets as signature
 * objects, preview unknowns as the sentinel string).
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AnalyzerInfo, PolicyPackProcess } from "../../engine/analyzer";
import { evaluatePolicyPacks } from "../../engine/evaluate";
import { loadPolicyConfigFile, PolicyConfigFile, reconcilePolicyConfig } from "../../engine/policyConfig";
import type { ResourceRecord, WireProps } from "../../engine/types";
import { POLICY_METADATA } from "../../policies/metadata";
import { secret, UNKNOWN } from "../support/policyArgs";
import { good, RETAIL } from "./fixtures";
import { K8S, tok } from "./helpers";
import { legacyRecord, recordsOf, retailRecord } from "./records";

const PACK = path.resolve(__dirname, "../../policies");
const EXAMPLE_CONFIG = path.join(PACK, "config.example.json");

/** A single resource record of the retail stack (a child of its root). */
function record(type: string, name: string, inputs: Record<string, unknown>): ResourceRecord {
    return recordsOf([{ type, name, props: inputs }], RETAIL.project, RETAIL.stack)[1];
}

describe("The zonesafe pack over gRPC, started as the engine starts it", function () {
    this.timeout(300_000);
    let pack: PolicyPackProcess;
    let info: AnalyzerInfo;
    const retail = retailRecord();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-policies-"));

    /** Reconciles a config file with the pack's defaults and initial configuration, and sends it. */
    async function configure(file?: PolicyConfigFile): Promise<void> {
        await pack.configure(reconcilePolicyConfig({ name: info.name, version: info.version, policies: info.policies }, info.initialConfig, file));
    }

    function writeConfig(name: string, config: object): string {
        const file = path.join(tmp, name);
        fs.writeFileSync(file, JSON.stringify(config));
        return file;
    }

    before(async () => {
        pack = await PolicyPackProcess.start(PACK, { project: retail.project, stack: retail.stack, dryRun: true, config: retail.config });
        expect(await pack.handshake()).to.equal("unimplemented");
        await pack.configureStack({ stack: retail.stack, project: retail.project, dryRun: true, config: retail.config, tags: retail.tags });
        info = await pack.getAnalyzerInfo();
        expect((await pack.getPluginInfo()).version).to.be.a("string");
    });

    after(async () => {
        await pack?.close();
        fs.rmSync(tmp, { recursive: true, force: true });
    });

    it("GetAnalyzerInfo lists every policy with its description, severity, pillar and service, fix advice and config schema", () => {
        expect(info.name).to.equal("zonesafe");
        expect(info.version).to.equal("0.1.0");
        expect(info.supportsConfig).to.equal(true);
        expect(info.policies.map((p) => p.name)).to.deep.equal(Object.keys(POLICY_METADATA).sort());
        for (const policy of info.policies) {
            const meta = POLICY_METADATA[policy.name];
            expect(policy.description).to.equal(meta.description);
            expect(policy.severity).to.equal(meta.severity);
            expect(policy.tags).to.deep.equal([meta.pillar, meta.service]);
            expect(policy.remediationSteps).to.equal(meta.fix);
            expect(policy.policyType).to.equal(meta.kind);
            expect(policy.configSchema, policy.name).to.not.equal(undefined);
        }
        const byName = new Map(info.policies.map((p) => [p.name, p]));
        expect(byName.get("as-group-backend-limit")?.configSchema?.properties.backendLimit).to.deep.include({ type: "integer", default: 1000 });
        expect(byName.get("zonesafe-health-score")?.configSchema?.properties.minimum).to.deep.include({ type: "integer", default: 90 });
        expect(byName.get("mysql-instance-multi-az")?.configSchema?.properties.waivers).to.deep.include({ type: "array", default: [] });
    });

    it("sets production levels at start-up for a stack named retail-prod: high-severity availability and security rules mandatory", () => {
        expect(info.initialConfig["mysql-instance-multi-az"].enforcementLevel).to.equal("mandatory");
        expect(info.initialConfig["securitygroup-ingress-restricted-ports"].enforcementLevel).to.equal("mandatory");
        expect(info.initialConfig["mysql-instance-backup-policy"].enforcementLevel).to.equal("advisory");
        expect(info.initialConfig["zonesafe-health-score"].enforcementLevel).to.equal("advisory");
    });

    it("Analyze reports a mandatory violation with its message, and changes level when Configure gets a config file", async () => {
        const { secondSlaveZone: _, ...twoNode } = good.mysql();
        const db = record(tok("tencentcloud_mysql_instance", "static"), "orders-db", { ...twoNode, rootPassword: secret("db-Passw0rd!") });
        await configure();
        const mandatory = await pack.analyze(db);
        expect(mandatory.diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.message.split("\n")[1]])).to.deep.equal([
            [
                "mysql-instance-multi-az",
                "mandatory",
                "MySQL instance must run as three nodes with a second replica in another availability zone; `secondSlaveZone` is not set (two-node layout).",
            ],
        ]);
        expect(mandatory.diagnostics[0].severity).to.equal("high");

        await configure(loadPolicyConfigFile(writeConfig("advisory.json", { all: "advisory" })));
        expect((await pack.analyze(db)).diagnostics.map((d) => d.enforcementLevel)).to.deep.equal(["advisory"]);

        await configure(loadPolicyConfigFile(writeConfig("disabled.json", { "mysql-instance-multi-az": "disabled" })));
        expect((await pack.analyze(db)).diagnostics).to.deep.equal([]);

        await configure(loadPolicyConfigFile(writeConfig("relaxed.json", { "mysql-instance-multi-az": { requireThreeNode: false } })));
        expect((await pack.analyze(db)).diagnostics.map((d) => d.message.split("\n")[1])).to.deep.equal([
            "MySQL instance must place its replica in an availability zone other than the primary's; `firstSlaveZone` and `availabilityZone` are both ap-guangzhou-3.",
        ]);
        expect((await pack.analyze(db, { ...db.inputs, firstSlaveZone: "ap-guangzhou-4" })).diagnostics).to.deep.equal([]);
    });

    it("Remediate fixes CLB deletion protection, listener health checks and workload spread at the remediate level, keeping secrets secret", async () => {
        await configure(loadPolicyConfigFile(EXAMPLE_CONFIG));
        const clb = record(tok("tencentcloud_clb_instance"), "shop-clb", { ...good.clbInstance(), deleteProtect: false, vip: secret("10.0.0.10") });
        const fixedClb = await pack.remediate(clb);
        expect(fixedClb.remediations.map((r) => r.policyName)).to.deep.equal(["clb-instance-deletion-protection"]);
        const clbProps = fixedClb.remediations[0].properties as WireProps;
        expect(clbProps["deleteProtect"]).to.equal(true);
        expect(clbProps["vip"]).to.deep.equal(secret("10.0.0.10"));
        expect((await pack.analyze(clb, clbProps)).diagnostics.map((d) => d.policyName)).to.not.include("clb-instance-deletion-protection");

        const listener = record(tok("tencentcloud_clb_listener", "static"), "shop-tcp", { ...good.clbListener(), healthCheckSwitch: false });
        const fixedListener = await pack.remediate(listener);
        expect((fixedListener.remediations[0].properties as WireProps)["healthCheckSwitch"]).to.equal(true);

        const web = good.deployment() as Record<string, any>;
        delete web.spec.template.spec.topologySpreadConstraints;
        web.spec.template.spec.containers[0].env = [{ name: "DB_PASSWORD", value: secret("s3cret") }];
        const fixedWeb = await pack.remediate(record(K8S.deployment, "web", web));
        const webProps = fixedWeb.remediations[0].properties as Record<string, any>;
        expect(webProps.spec.template.spec.topologySpreadConstraints.map((c: { topologyKey: string }) => c.topologyKey)).to.deep.equal([
            "topology.kubernetes.io/zone",
            "kubernetes.io/hostname",
        ]);
        expect(webProps.spec.template.spec.containers[0].env[0].value).to.deep.equal(secret("s3cret"));
    });

    it("Remediate and Analyze stay silent on values unknown during the preview, and never raise a false mandatory violation", async () => {
        await configure(loadPolicyConfigFile(EXAMPLE_CONFIG));
        const web = good.deployment() as Record<string, any>;
        delete web.spec.template.spec.topologySpreadConstraints;
        web.spec.selector.matchLabels = UNKNOWN;
        const rec = record(K8S.deployment, "web", web);
        expect(await pack.remediate(rec)).to.deep.equal({ remediations: [], notApplicable: [] });

        const unknownZones = record(tok("tencentcloud_mysql_instance"), "orders-db", { ...good.mysql(), slaveDeployMode: UNKNOWN, secondSlaveZone: UNKNOWN, slaveSyncMode: UNKNOWN });
        expect((await pack.analyze(unknownZones)).diagnostics).to.deep.equal([]);
        const unknownPool = record(tok("tencentcloud_kubernetes_node_pool"), "pool", { ...good.nodePool(), subnetIds: UNKNOWN, autoScalingConfig: UNKNOWN });
        expect((await pack.analyze(unknownPool)).diagnostics).to.deep.equal([]);
    });

    it("AnalyzeStack on the recorded retail stack (a preview with secrets and unknown ids) finds nothing", async () => {
        await configure();
        for (const rec of retail.resources) {
            expect((await pack.analyze(rec)).diagnostics, rec.name).to.deep.equal([]);
        }
        const result = await pack.analyzeStack(retail.resources);
        expect(result.diagnostics).to.deep.equal([]);
    });

    it("evaluates the retail stack end to end with the example config file: no mandatory finding, configured thresholds applied", async () => {
        const result = await evaluatePolicyPacks(retailRecord(), [{ dir: PACK, configFile: EXAMPLE_CONFIG }]);
        expect(result.findings.filter((f) => f.level === "mandatory")).to.deep.equal([]);
        expect(result.findings.map((f) => [f.policy, f.level, f.message.split("\n").pop()])).to.deep.equal([
            ["mysql-instance-backup-policy", "advisory", "MySQL backup policy must keep backups for at least 14 days; `retentionPeriod` is 7."],
        ]);
        expect(result.remediations).to.deep.equal([]);
    });

    it("evaluates the legacy stack end to end: violations for CLB, TKE, CKafka, MySQL, Redis and MongoDB, and a health score below 80", async () => {
        const legacy = { ...legacyRecord(), tags: { "zonesafe:environment": "production" } };
        const waive = (name: string, key: string, value: string) => {
            const rec = legacy.resources.find((r) => r.name === name) as ResourceRecord;
            rec.inputs = { ...rec.inputs, tags: { [key]: value } };
            rec.outputs = rec.inputs;
            return rec.urn;
        };
        const listener = waive("web-http", "zonesafe:waive:clb-listener-protocol", "2999-12-31:internal health endpoint only, TLS ends at the WAF");
        const pool = waive("legacy-app", "zonesafe:waive:tke-nodepool-min-size", "2001-01-31:scale-up finished in 2001");
        const result = await evaluatePolicyPacks(legacy, [{ dir: PACK }]);
        expect(result.findings.filter((f) => f.policy === "zonesafe-waivers").map((f) => [f.urn, f.message.split("\n")[1]])).to.deep.equal([
            [listener, "Waiver in use until 2999-12-31: clb-listener-protocol on web-http (tag): internal health endpoint only, TLS ends at the WAF."],
            [pool, "Waiver expired on 2001-01-31 and no longer applies: tke-nodepool-min-size on legacy-app (tag): scale-up finished in 2001."],
        ]);
        expect(result.findings.some((f) => f.policy === "clb-listener-protocol")).to.equal(false);
        expect(result.findings.some((f) => f.policy === "tke-nodepool-min-size")).to.equal(true);
        const services = new Set(result.findings.map((f) => POLICY_METADATA[f.policy]?.service));
        for (const service of ["clb", "tke", "ckafka", "mysql", "redis", "mongodb"]) {
            expect(services.has(service as never), service).to.equal(true);
        }
        const score = result.findings.find((f) => f.policy === "zonesafe-health-score");
        expect(score?.urn).to.equal("");
        const value = Number(/it scores (\d+)/.exec(score?.message ?? "")?.[1]);
        expect(value).to.be.below(80);
        // The stack is production by its tag only: production rules apply, levels stay those of its name.
        expect(result.findings.filter((f) => f.policy === "datasafety-stateful-protection").map((f) => f.level)).to.deep.equal(Array(4).fill("advisory"));
        expect(result.findings.some((f) => f.level === "mandatory")).to.equal(false);
    });
});
