import { expect } from "chai";
import * as path from "path";
import { evaluatePolicyPacks } from "../../engine/evaluate";
import {
    AZ_FAILURE_POLICY,
    azFailureConfig,
    azFailureSimulationInfo,
    EVENT_CAPACITY_POLICY,
    eventCapacityConfig,
    eventCapacityInfo,
} from "../../policies/resilience";
import { PackRuntime } from "../../policies/adapters";
import { resiliencePoliciesOf } from "../../policies/stack/resilience";
import { useTestEnvironment, withEnvironment } from "../policies/helpers";
import { runStackPolicy, stackArgs } from "../support/policyArgs";
import { BEACON, beaconProdStack, legacyStack, mysql, retailProdStack, specsOf, StackBuilder, tok, Z3, Z4 } from "./fixtures";

/** The zonesafe pack, which registers the two resilience policies, served over the analyzer protocol. */
const PACK = path.resolve(__dirname, "../../policies");

describe("resilience/policies: the stack policies", () => {
    useTestEnvironment();
    const resiliencePolicies = resiliencePoliciesOf(new PackRuntime());
    const [azFailureSimulationPolicy, eventCapacityPolicy] = resiliencePolicies;

    describe("zonesafe-az-failure-simulation", () => {
        it("declares its metadata and a config schema with the targets' defaults", () => {
            expect(azFailureSimulationPolicy).to.deep.include({
                name: "zonesafe-az-failure-simulation",
                severity: "high",
                enforcementLevel: "advisory",
                tags: ["reliability", "zonesafe"],
                remediationSteps: azFailureSimulationInfo.fix,
            });
            expect(azFailureSimulationPolicy.description).to.match(/^Checks whether /);
            const props = azFailureSimulationPolicy.configSchema?.properties ?? {};
            expect(props.rtoSeconds).to.include({ type: "integer", default: 900 });
            expect(props.rpoSecondsData).to.include({ type: "number", default: 0 });
            expect(props.rpoExemptKinds).to.deep.include({ default: ["redis"] });
            expect(azFailureConfig.parse({ rtoSeconds: "soon" })).to.deep.equal(azFailureConfig.defaults);
        });

        it("reports each resource of the legacy stack that does not survive, on that resource", async () => {
            const legacy = legacyStack();
            const found = await runStackPolicy(azFailureSimulationPolicy, stackArgs({ resources: specsOf(legacy) }));
            const names = found.map((v) => v.urn?.slice(v.urn.lastIndexOf("::") + 2));
            expect(names).to.deep.equal(["web-clb", "legacy-app", "web", "app-1", "events", "orders-db", "cart-cache", "catalog-db"]);
            const db = found.find((v) => v.urn?.endsWith("::orders-db"));
            expect(db?.message).to.equal(
                "MySQL instance orders-db must survive the loss of availability zone ap-guangzhou-3 within the stack's targets (RTO 15 min, data-tier RPO 0 s); estimated: losing ap-guangzhou-3: MySQL instance orders-db keeps its primary and every replica in ap-guangzhou-3 (`slaveDeployMode` 0, single AZ): nothing to fail over to. Estimated RTO unbounded (target 15 min).",
            );
        });

        it("passes the production stacks, recorded as previews with references by property dependency", async () => {
            for (const stack of [retailProdStack(), beaconProdStack()]) {
                expect(await runStackPolicy(azFailureSimulationPolicy, stackArgs({ resources: specsOf(stack) })), stack.stack).to.deep.equal([]);
            }
        });

        it("judges RPO against its configured target, in both naming routes", async () => {
            for (const route of ["official", "static"] as const) {
                const b = new StackBuilder("db", false);
                b.add(tok("tencentcloud_mysql_instance", route), "orders-db", mysql({ primary: Z3, first: Z3, second: Z4, mode: 1, sync: 0 }));
                const resources = specsOf(b.build());
                const strict = await runStackPolicy(azFailureSimulationPolicy, stackArgs({ resources }));
                expect(strict).to.have.length(1);
                expect(strict[0].message).to.contain("Estimated RPO 30 s exceeds the data tier's target of 0 s.");
                expect(await runStackPolicy(azFailureSimulationPolicy, stackArgs({ resources, config: { rpoSecondsData: 30 } }))).to.deep.equal([]);
            }
        });

        it("judges RTO against its configured target", async () => {
            const b = new StackBuilder("lb", false);
            b.add(tok("tencentcloud_clb_instance"), "lb", { networkType: "OPEN", masterZoneId: Z3, slaveZoneId: Z4 });
            const resources = specsOf(b.build());
            expect(await runStackPolicy(azFailureSimulationPolicy, stackArgs({ resources }))).to.deep.equal([]);
            const tight = await runStackPolicy(azFailureSimulationPolicy, stackArgs({ resources, config: { rtoSeconds: 10 } }));
            expect(tight.map((v) => v.message)).to.deep.equal([
                "CLB instance lb must survive the loss of availability zone ap-guangzhou-3 within the stack's targets (RTO 10 s, data-tier RPO 0 s); estimated: losing ap-guangzhou-3: CLB instance lb switches from its master zone ap-guangzhou-3 to its slave zone ap-guangzhou-4 in about 30 s. Estimated RTO 30 s exceeds the target of 10 s.",
            ]);
        });
    });

    describe("zonesafe-event-capacity", () => {
        it("declares its metadata and a config schema for the peak", () => {
            expect(eventCapacityPolicy).to.deep.include({ name: "zonesafe-event-capacity", severity: "high", remediationSteps: eventCapacityInfo.fix });
            const props = eventCapacityPolicy.configSchema?.properties ?? {};
            expect(Object.keys(props)).to.deep.equal(["peakQps", "qpsPerInstance", "qpsPerReplica", "qpsPerNode", "eventStart", "backendLimit"]);
            expect(props.backendLimit).to.include({ default: 1000 });
            expect(props.eventStart).to.include({ type: "string", default: "" });
            expect(eventCapacityConfig.parse({ eventStart: 42 }).eventStart).to.equal("");
        });

        it("passes the beacon stack at the peak its stack configuration declares, and fails one beyond its maximum", async () => {
            const passing = beaconProdStack();
            const identity = { name: "beacon-prod", config: passing.config };
            await withEnvironment({ identity }, async () => {
                expect(await runStackPolicy(eventCapacityPolicy, stackArgs({ resources: specsOf(passing) }))).to.deep.equal([]);
            });
            const failing = beaconProdStack({ peakQps: 200_000_000 });
            await withEnvironment({ identity: { name: "beacon-prod", config: failing.config } }, async () => {
                const found = await runStackPolicy(eventCapacityPolicy, stackArgs({ resources: specsOf(failing) }));
                expect(found).to.have.length(1);
                expect(found[0].urn).to.equal(undefined);
                expect(found[0].message).to.match(/^Auto Scaling groups must together reach the 4000 instances/);
            });
        });

        it("takes the peak from its own configuration", async () => {
            const stack = beaconProdStack();
            const config = { peakQps: 200_000_000, qpsPerInstance: BEACON.qpsPerInstance, eventStart: BEACON.eventStart };
            const found = await runStackPolicy(eventCapacityPolicy, stackArgs({ resources: specsOf(stack), config }));
            expect(found.map((v) => v.message)).to.have.length(1);
        });
    });

    describe("through the analyzer protocol, as `pulumi preview --policy-pack` runs them", () => {
        it("reports the legacy stack's AZ-failure breaches and passes the beacon stack's capacity", async function () {
            this.timeout(180_000);
            expect(resiliencePolicies.map((p) => p.name)).to.deep.equal([AZ_FAILURE_POLICY, EVENT_CAPACITY_POLICY]);
            const legacy = await evaluatePolicyPacks(legacyStack(), [{ dir: PACK, config: { [AZ_FAILURE_POLICY]: { enforcementLevel: "mandatory", rtoSeconds: 600 } } }]);
            const az = legacy.findings.filter((f) => f.policy === AZ_FAILURE_POLICY);
            expect(az).to.have.length(8);
            expect(az.every((f) => f.level === "mandatory" && f.severity === "high")).to.equal(true);
            expect(az.map((f) => f.message).join("\n")).to.contain("within the stack's targets (RTO 10 min, data-tier RPO 0 s)");
            expect(legacy.packs[0].config[AZ_FAILURE_POLICY].properties).to.deep.include({ rtoSeconds: 600, rpoSecondsData: 0 });

            const beacon = beaconProdStack({ peakQps: 200_000_000 });
            const evaluated = await evaluatePolicyPacks(beacon, [{ dir: PACK }]);
            const capacity = evaluated.findings.filter((f) => f.policy === EVENT_CAPACITY_POLICY);
            expect(capacity).to.have.length(1);
            expect(capacity[0]).to.include({ urn: "", level: "mandatory" }, "a high-severity reliability policy in a production stack");
            expect(evaluated.findings.filter((f) => f.policy === AZ_FAILURE_POLICY)).to.deep.equal([]);
        });
    });
});
