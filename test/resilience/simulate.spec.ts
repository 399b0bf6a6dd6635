import { expect } from "chai";
import fc from "fast-check";
import type { WireProps } from "../../engine/types";
import {
    CLB_ZONE_SWITCH_SECONDS,
    DEFAULT_TOLERATION_SECONDS,
    MONGODB_ELECTION_SECONDS,
    MYSQL_ASYNC_RPO_SECONDS,
    MYSQL_FAILOVER_SECONDS,
    MYSQL_SEMI_SYNC_RPO_SECONDS,
    NODE_MONITOR_GRACE_SECONDS,
    NODE_PROVISION_SECONDS,
    POD_RESTART_SECONDS,
    REDIS_FAILOVER_SECONDS,
} from "../../policies/resilience/estimates";
import { instanceTypeResources, parseCpu, parseMemory } from "../../policies/resilience/kubernetes";
import type { DisruptionOutcome, ResourceOutcome, Simulation } from "../../policies/resilience/model";
import { DEFAULT_TARGETS, simulateAzFailures } from "../../policies/resilience/simulate";
import {
    cluster,
    deployment,
    hpa,
    K8S,
    legacyStack,
    mysql,
    network,
    retailProdStack,
    beaconProdStack,
    StackBuilder,
    tok,
    topologyOfStack,
    UNKNOWN,
    Z3,
    Z4,
    Z6,
    ZONE_IDS,
} from "./fixtures";

function simulate(b: StackBuilder, targets = DEFAULT_TARGETS, rpoExemptKinds?: string[]): Simulation {
    return simulateAzFailures(topologyOfStack(b.build()), { targets, rpoExemptKinds });
}

function lose(sim: Simulation, zone: string): DisruptionOutcome {
    const d = sim.disruptions.find((x) => x.zone === zone);
    if (!d) throw new Error(`no disruption for ${zone}; zones: ${sim.zones.join(", ")}`);
    return d;
}

function outcome(d: DisruptionOutcome, name: string): ResourceOutcome {
    const found = d.tiers.flatMap((t) => t.resources).find((r) => r.name === name);
    if (!found) throw new Error(`no outcome for ${name}`);
    return found;
}

/** A stack holding one MySQL instance (and a two-zone CLB, so that both zones are simulated). */
function mysqlStack(props: WireProps, route: "official" | "static" = "official", dryRun = false): StackBuilder {
    const b = new StackBuilder("db", dryRun);
    b.add(tok("tencentcloud_clb_instance"), "lb", { networkType: "OPEN", masterZoneId: Z3, slaveZoneId: Z4 });
    b.add(tok("tencentcloud_mysql_instance", route), "orders-db", props, { id: "cdb-1" });
    return b;
}

describe("resilience/simulate: AZ-failure simulation", () => {
    describe("MySQL", () => {
        for (const route of ["official", "static"] as const) {
            it(`fails the loss of its zone when single-AZ, with no RTO bound (${route} route)`, () => {
                const sim = simulate(mysqlStack(mysql({ primary: Z3, mode: 0, sync: 0 }), route));
                const d = lose(sim, Z3);
                const db = outcome(d, "orders-db");
                expect(db).to.include({ affected: true, survives: false, rtoSeconds: null, rpoSeconds: null, capacityLeft: 0, tier: "data", heldToRpo: true, complete: true });
                expect(db.reason).to.equal("MySQL instance orders-db keeps its primary and every replica in ap-guangzhou-3 (`slaveDeployMode` 0, single AZ): nothing to fail over to.");
                expect(d.status).to.equal("breached");
                expect(d.rtoSeconds).to.equal(null);
                expect(d.rpoSeconds).to.equal(null);
                expect(d.down).to.include(db.urn);
                expect(d.tiers.find((t) => t.tier === "data")).to.include({ survives: false, rtoSeconds: null });
                // Losing the other zone leaves it untouched.
                expect(outcome(lose(sim, Z4), "orders-db")).to.include({ affected: false, survives: true, rtoSeconds: 0, rpoSeconds: 0 });
                expect(sim.status).to.equal("breached");
                expect(sim.rtoSeconds).to.equal(null);
            });
        }

        it("survives as three nodes with strong sync: RTO 60 s, RPO 0, and the stack meets its targets", () => {
            const sim = simulate(mysqlStack(mysql({ primary: Z3, first: Z3, second: Z4, mode: 1, sync: 2 })));
            const d3 = lose(sim, Z3);
            const db = outcome(d3, "orders-db");
            expect(db).to.include({ survives: true, rtoSeconds: MYSQL_FAILOVER_SECONDS, rpoSeconds: 0, capacityLeft: 1 });
            expect(MYSQL_FAILOVER_SECONDS).to.equal(60);
            expect(db.reason).to.equal(
                "MySQL instance orders-db (three-node) fails over to its replica in ap-guangzhou-4 within 1 min; with strong sync replication (`slaveSyncMode` 2) no committed transaction is lost.",
            );
            expect(d3.status).to.equal("met");
            expect(d3.rtoSeconds).to.equal(60);
            expect(d3.rpoSeconds).to.equal(0);
            expect(d3.degraded).to.include(db.urn);
            // Losing zone B only costs the remote replica.
            expect(outcome(lose(sim, Z4), "orders-db")).to.include({ affected: true, survives: true, rtoSeconds: 0, rpoSeconds: 0 });
            expect(sim).to.include({ status: "met", rtoSeconds: 60, rpoSeconds: 0, estimate: true });
        });

        it("survives as three nodes with async replication, but with RPO > 0 that breaches an RPO-0 target", () => {
            const layout = mysql({ primary: Z3, first: Z3, second: Z4, mode: 1, sync: 0 });
            const strict = simulate(mysqlStack(layout));
            const db = outcome(lose(strict, Z3), "orders-db");
            expect(db.survives).to.equal(true);
            expect(db.rtoSeconds).to.equal(MYSQL_FAILOVER_SECONDS);
            expect(db.rpoSeconds).to.equal(MYSQL_ASYNC_RPO_SECONDS).and.to.be.greaterThan(0);
            expect(lose(strict, Z3).status).to.equal("breached");
            expect(lose(strict, Z3).breaches).to.deep.equal([`${db.reason} Estimated RPO 30 s exceeds the data tier's target of 0 s.`]);
            // The same layout meets a 60-second RPO target.
            const lenient = simulate(mysqlStack(layout), { rtoSeconds: 900, rpoSecondsData: 60 });
            expect(lenient.status).to.equal("met");
            expect(lenient.rpoSeconds).to.equal(MYSQL_ASYNC_RPO_SECONDS);
        });

        it("reads an unset sync mode as the provider's async default, and semi-sync as the timeout window", () => {
            const unset = mysql({ primary: Z3, first: Z4, mode: 1 });
            delete unset.slaveSyncMode;
            const d = lose(simulate(mysqlStack(unset)), Z3);
            expect(outcome(d, "orders-db")).to.include({ survives: true, rpoSeconds: MYSQL_ASYNC_RPO_SECONDS });
            expect(outcome(d, "orders-db").reason).to.contain("two-node").and.contain("async, the provider default");
            const semi = lose(simulate(mysqlStack(mysql({ primary: Z3, first: Z4, mode: 1, sync: 1 }))), Z3);
            expect(outcome(semi, "orders-db").rpoSeconds).to.equal(MYSQL_SEMI_SYNC_RPO_SECONDS);
        });

        it("does not survive a multi-AZ deploy mode whose replicas all sit in the primary's zone", () => {
            const d = lose(simulate(mysqlStack(mysql({ primary: Z3, first: Z3, mode: 1, sync: 1 }))), Z3);
            expect(outcome(d, "orders-db")).to.include({ survives: false, rtoSeconds: null });
            expect(outcome(d, "orders-db").reason).to.contain("replicas in the same zone");
        });

        it("is undetermined, not breached, when the primary's zone is unknown during a preview", () => {
            const b = mysqlStack(mysql({ primary: Z4, mode: 0, sync: 0 }), "official", true);
            b.add(tok("tencentcloud_mysql_instance"), "later-db", { ...mysql({ primary: Z3 }), availabilityZone: UNKNOWN, slaveDeployMode: 0 });
            const sim = simulate(b);
            const d4 = lose(sim, Z4);
            expect(outcome(d4, "orders-db").complete).to.equal(true);
            expect(d4.status).to.equal("breached");
            const d3 = lose(sim, Z3);
            const later = outcome(d3, "later-db");
            expect(later.complete).to.equal(false);
            expect(d3.breaches.some((l) => l.includes("later-db"))).to.equal(false);
        });
    });

    describe("workloads", () => {
        function tke(b: StackBuilder, pools: Parameters<typeof cluster>[1]): void {
            network(b, [Z3, Z4, Z6]);
            cluster(b, pools);
        }

        it("does not survive the loss of the only zone its node pool has", () => {
            const b = new StackBuilder("k8s", true);
            tke(b, [
                { name: "zone-a", subnets: ["subnet-3"], min: 2, max: 4 },
            ]);
            b.add(tok("tencentcloud_clb_instance"), "lb", { networkType: "OPEN", masterZoneId: Z3, slaveZoneId: Z4 });
            b.add(K8S.deployment, "web", deployment("web", { replicas: 3, toleration: 30 }), { provider: "k8s" });
            const sim = simulate(b);
            const web = outcome(lose(sim, Z3), "web");
            expect(web).to.include({ survives: false, rtoSeconds: null });
            expect(web.zones).to.deep.equal([Z3]);
            expect(web.reason).to.equal("Deployment web's pods can only land on nodes in ap-guangzhou-3: node pool zone-a has no node in another zone.");
            expect(lose(sim, Z3).down).to.include(web.urn);
            expect(outcome(lose(sim, Z4), "web")).to.include({ affected: false, survives: true });
        });

        it("does not survive when a nodeSelector pins it to a single-zone pool of a multi-zone cluster", () => {
            const b = new StackBuilder("k8s", true);
            tke(b, [
                { name: "general", subnets: ["subnet-3", "subnet-4", "subnet-6"], min: 3, max: 9 },
                { name: "gpu", subnets: ["subnet-4"], min: 1, max: 2, labels: { pool: "gpu" }, taints: [{ key: "gpu", value: "true", effect: "NoSchedule" }] },
            ]);
            b.add(
                K8S.deployment,
                "trainer",
                deployment("trainer", { replicas: 2, toleration: 30, nodeSelector: { pool: "gpu" }, tolerations: [{ key: "gpu", operator: "Exists", effect: "NoSchedule" }] }),
                { provider: "k8s" },
            );
            b.add(K8S.deployment, "web", deployment("web", { replicas: 3, toleration: 30 }), { provider: "k8s" });
            const sim = simulate(b);
            const trainer = outcome(lose(sim, Z4), "trainer");
            expect(trainer.survives).to.equal(false);
            expect(trainer.reason).to.equal("Deployment trainer's pods can only land on nodes in ap-guangzhou-4 (nodeSelector pool=gpu): node pool gpu has no node in another zone.");
            // web does not tolerate the gpu pool's taint, so it spreads over the general pool only and survives.
            expect(outcome(lose(sim, Z4), "web")).to.include({ survives: true });
            expect(outcome(lose(sim, Z3), "trainer")).to.include({ affected: false, survives: true });
        });

        it("does not survive when a required node affinity pins it to one zone, by name or by TKE's numeric zone id", () => {
            for (const value of [Z6, String(ZONE_IDS[Z6])]) {
                const b = new StackBuilder("k8s", true);
                tke(b, [{ name: "general", subnets: ["subnet-3", "subnet-4", "subnet-6"], min: 3, max: 9 }]);
                b.add(K8S.deployment, "pinned", deployment("pinned", { replicas: 2, toleration: 30, zoneAffinity: [value] }), { provider: "k8s" });
                const pinned = outcome(lose(simulate(b), Z6), "pinned");
                expect(pinned.zones).to.deep.equal([Z6]);
                expect(pinned.survives).to.equal(false);
                expect(pinned.reason).to.contain("(required node affinity)");
            }
        });

        it("reschedules a spread workload within grace + toleration + restart when the surviving nodes hold its minimum", () => {
            const b = new StackBuilder("k8s", true);
            tke(b, [{ name: "general", subnets: ["subnet-3", "subnet-4", "subnet-6"], min: 3, max: 9 }]);
            b.add(K8S.deployment, "web", deployment("web", { replicas: 3, toleration: 30 }), { provider: "k8s" });
            b.add(K8S.deployment, "slow", deployment("slow", { replicas: 3 }), { provider: "k8s" });
            const d = lose(simulate(b), Z3);
            const web = outcome(d, "web");
            expect(web).to.include({ survives: true, rtoSeconds: NODE_MONITOR_GRACE_SECONDS + 30 + POD_RESTART_SECONDS, capacityLeft: 1 });
            expect(web.rtoSeconds).to.equal(120);
            expect(web.reason).to.equal(
                "Deployment web reschedules 1 pod from ap-guangzhou-3 onto nodes in ap-guangzhou-4, ap-guangzhou-6, which hold its minimum (3 × 250m CPU / 256Mi): 2 min (grace 50 s + toleration 30 s + restart 40 s).",
            );
            // Without its own toleration, pods wait the admission default of 300 s.
            expect(outcome(d, "slow").rtoSeconds).to.equal(NODE_MONITOR_GRACE_SECONDS + DEFAULT_TOLERATION_SECONDS + POD_RESTART_SECONDS);
            expect(d.status).to.equal("met");
        });

        it("needs the cluster autoscaler when the surviving nodes are short, and fails when even the maximum is short", () => {
            // S5.MEDIUM4: 2 vCPU, 85 % allocatable = 1.7 vCPU per node. 6 replicas × 1 CPU need 6 vCPU.
            const grow = new StackBuilder("k8s", true);
            tke(grow, [{ name: "small", subnets: ["subnet-3", "subnet-4", "subnet-6"], min: 3, max: 9, instanceType: "S5.MEDIUM4" }]);
            grow.add(K8S.deployment, "api", deployment("api", { replicas: 6, cpu: "1", memory: "1Gi", toleration: 30 }), { provider: "k8s" });
            grow.add(K8S.hpa, "api-hpa", hpa("api", 6, 12), { provider: "k8s" });
            const api = outcome(lose(simulate(grow), Z3), "api");
            expect(api.survives).to.equal(true);
            expect(api.rtoSeconds).to.equal(120 + NODE_PROVISION_SECONDS);
            expect(api.reason).to.contain("needs the cluster autoscaler to add nodes in ap-guangzhou-4, ap-guangzhou-6");

            const fixed = new StackBuilder("k8s", true);
            tke(fixed, [{ name: "small", subnets: ["subnet-3", "subnet-4", "subnet-6"], min: 3, max: 3, instanceType: "S5.MEDIUM4", autoscale: false }]);
            fixed.add(K8S.deployment, "api", deployment("api", { replicas: 6, cpu: "1", memory: "1Gi", toleration: 30 }), { provider: "k8s" });
            const short = outcome(lose(simulate(fixed), Z3), "api");
            expect(short).to.include({ survives: false, rtoSeconds: null });
            expect(short.capacityLeft).to.be.closeTo(3 / 6, 1e-9);
            expect(short.reason).to.equal(
                "Deployment api cannot get its minimum back: nodes in ap-guangzhou-4, ap-guangzhou-6, even at their pools' maximum, offer 3.4 vCPU and 6963Mi for 6 vCPU and 6144Mi requested (6 × 1000m CPU / 1024Mi).",
            );
        });

        it("does not survive when its pods tolerate an unreachable node forever", () => {
            const b = new StackBuilder("k8s", true);
            tke(b, [{ name: "general", subnets: ["subnet-3", "subnet-4"], min: 2, max: 4 }]);
            b.add(K8S.deployment, "sticky", deployment("sticky", { replicas: 2, toleration: null }), { provider: "k8s" });
            const sticky = outcome(lose(simulate(b), Z3), "sticky");
            expect(sticky.survives).to.equal(false);
            expect(sticky.reason).to.contain("never evicted");
        });
    });

    describe("access, middleware and the other data stores", () => {
        it("switches an OPEN CLB to its slave zone in 30 s and loses a CLB without one", () => {
            const b = new StackBuilder("lb", false);
            b.add(tok("tencentcloud_clb_instance", "static"), "multi", { networkType: "OPEN", masterZoneId: Z3, slaveZoneId: Z4 });
            b.add(tok("tencentcloud_clb_instance"), "single", { networkType: "OPEN", zoneId: Z3 });
            const sim = simulate(b);
            expect(outcome(lose(sim, Z3), "multi")).to.include({ survives: true, rtoSeconds: CLB_ZONE_SWITCH_SECONDS, rpoSeconds: 0 });
            expect(CLB_ZONE_SWITCH_SECONDS).to.equal(30);
            expect(outcome(lose(sim, Z4), "multi")).to.include({ survives: true, rtoSeconds: 0 });
            expect(outcome(lose(sim, Z3), "single")).to.include({ survives: false, rtoSeconds: null });
        });

        it("promotes a Redis replica in another zone and reports its RPO, which caches are not held to unless configured", () => {
            const b = new StackBuilder("cache", false);
            b.add(tok("tencentcloud_redis_instance"), "cache", { availabilityZone: Z3, redisReplicasNum: 2, replicaZoneIds: [ZONE_IDS[Z3], ZONE_IDS[Z4]] });
            const d = lose(simulate(b), Z3);
            expect(outcome(d, "cache")).to.include({ survives: true, rtoSeconds: REDIS_FAILOVER_SECONDS, heldToRpo: false });
            expect(outcome(d, "cache").rpoSeconds).to.be.greaterThan(0);
            expect(d.status).to.equal("met");
            expect(d.rpoSeconds).to.equal(0);
            const strict = lose(simulate(b, DEFAULT_TARGETS, []), Z3);
            expect(outcome(strict, "cache").heldToRpo).to.equal(true);
            expect(strict.status).to.equal("breached");
            expect(strict.breaches).to.have.length(1);
            expect(strict.breaches[0]).to.contain("Redis instance cache");
        });

        it("does not hold a data store tagged with a standard data tier to the RPO target", () => {
            const props = { ...mysql({ primary: Z3, first: Z3, second: Z4, mode: 1, sync: 1 }), tags: { "zonesafe:data-tier": "standard" } };
            const d = lose(simulate(mysqlStack(props)), Z3);
            expect(outcome(d, "orders-db")).to.include({ survives: true, heldToRpo: false, rpoSeconds: MYSQL_SEMI_SYNC_RPO_SECONDS });
            expect(d.status).to.equal("met");
        });

        it("elects a MongoDB primary when a majority survives, and fails when one zone holds the majority", () => {
            const b = new StackBuilder("docs", false);
            b.add(tok("tencentcloud_mongodb_instance"), "spread", { engineVersion: "MONGO_60_WT", availableZone: Z3, availabilityZoneLists: [Z3, Z4, Z6], hiddenZone: Z4, nodeNum: 3 });
            b.add(tok("tencentcloud_mongodb_instance", "static"), "lopsided", { engineVersion: "MONGO_60_WT", availableZone: Z3, availabilityZoneLists: [Z3, Z3, Z4], nodeNum: 3 });
            b.add(tok("tencentcloud_mongodb_instance"), "old", { engineVersion: "MONGO_44_WT", availableZone: Z4, availabilityZoneLists: [Z4, Z3, Z6], nodeNum: 3 });
            const sim = simulate(b);
            expect(outcome(lose(sim, Z3), "spread")).to.include({ survives: true, rtoSeconds: MONGODB_ELECTION_SECONDS, rpoSeconds: 0 });
            expect(outcome(lose(sim, Z3), "lopsided")).to.include({ survives: false });
            expect(outcome(lose(sim, Z3), "lopsided").reason).to.contain("keeps 1 of its 3 nodes outside ap-guangzhou-3, short of the majority of 2");
            expect(outcome(lose(sim, Z4), "lopsided")).to.include({ survives: true, rtoSeconds: 0 });
            // Before 5.0 the default write concern is w: 1: the election may roll back writes.
            expect(outcome(lose(sim, Z4), "old").rpoSeconds).to.be.greaterThan(0);
        });

        it("keeps a multi-zone CKafka serving and loses a single-zone one", () => {
            const b = new StackBuilder("mq", false);
            b.add(tok("tencentcloud_ckafka_instance"), "multi", { zoneId: ZONE_IDS[Z3], multiZoneFlag: true, zoneIds: [ZONE_IDS[Z3], ZONE_IDS[Z4]] });
            b.add(tok("tencentcloud_ckafka_instance", "static"), "single", { zoneId: ZONE_IDS[Z3], multiZoneFlag: false });
            const d = lose(simulate(b), Z3);
            expect(outcome(d, "multi")).to.include({ survives: true, rtoSeconds: 60, rpoSeconds: 0, capacityLeft: 0.5, tier: "middleware" });
            expect(outcome(d, "single")).to.include({ survives: false, tier: "middleware" });
        });
    });

    describe("whole stacks", () => {
        it("the legacy stack fails: every tier goes down with its only zone", () => {
            const sim = simulateAzFailures(topologyOfStack(legacyStack()));
            expect(sim.zones).to.deep.equal([Z3]);
            expect(sim.status).to.equal("breached");
            expect(sim.rtoSeconds).to.equal(null);
            const d = lose(sim, Z3);
            expect(d.tiers.map((t) => [t.tier, t.survives])).to.deep.equal([
                ["access", false],
                ["compute", false],
                ["middleware", false],
                ["data", false],
            ]);
            expect(d.tiers.flatMap((t) => t.resources.map((r) => r.name))).to.deep.equal([
                "web-clb",
                "legacy-app",
                "web",
                "web-backends (app-1, app-2)",
                "events",
                "orders-db",
                "cart-cache",
                "catalog-db",
            ]);
            expect(d.breaches).to.have.length(8);
        });

        it("the production retail stack meets RTO ≤ 15 min and RPO 0 for the loss of each zone", () => {
            const sim = simulateAzFailures(topologyOfStack(retailProdStack()));
            expect(sim.zones).to.deep.equal([Z3, Z4, Z6]);
            expect(sim.disruptions.map((d) => [d.zone, d.status, d.rtoSeconds, d.rpoSeconds])).to.deep.equal([
                [Z3, "met", 120, 0],
                [Z4, "met", 120, 0],
                [Z6, "met", 120, 0],
            ]);
            expect(sim).to.include({ status: "met", rtoSeconds: 120, rpoSeconds: 0 });
            const d3 = lose(sim, Z3);
            expect(d3.tiers.map((t) => [t.tier, t.rtoSeconds])).to.deep.equal([
                ["access", 30],
                ["compute", 120],
                ["middleware", 60],
                ["data", 60],
            ]);
            expect(outcome(d3, "shop-app").capacityLeft).to.be.closeTo(2 / 3, 1e-9);
            expect(outcome(lose(sim, Z4), "orders-db read-only group").capacityLeft).to.equal(0.5);
        });

        it("the production beacon stack meets its targets", () => {
            const sim = simulateAzFailures(topologyOfStack(beaconProdStack({ route: "static" })));
            expect(sim).to.include({ status: "met", rtoSeconds: 60, rpoSeconds: 0 });
            expect(outcome(lose(sim, Z3), "ingest-daily")).to.include({ survives: true, rtoSeconds: 15 });
            expect(outcome(lose(sim, Z3), "ingest-daily").capacityLeft).to.be.closeTo(200 / 300, 1e-9);
        });

        it("a stack without zoned resources is not applicable", () => {
            const sim = simulateAzFailures(topologyOfStack(new StackBuilder("empty", true).build()));
            expect(sim).to.include({ status: "not-applicable", rtoSeconds: null, rpoSeconds: null });
            expect(sim.disruptions).to.deep.equal([]);
        });
    });

    describe("robustness", () => {
        const kinds = [
            "tencentcloud_clb_instance",
            "tencentcloud_kubernetes_node_pool",
            "tencentcloud_as_scaling_group",
            "tencentcloud_instance",
            "tencentcloud_ckafka_instance",
            "tencentcloud_mysql_instance",
            "tencentcloud_mysql_readonly_instance",
            "tencentcloud_redis_instance",
            "tencentcloud_mongodb_instance",
            "tencentcloud_clb_attachment",
        ] as const;
        const value = fc.letrec<{ v: unknown }>((tie) => ({
            v: fc.oneof(
                { depthSize: "small" },
                fc.constantFrom(UNKNOWN, Z3, Z4, "", "EQUALITY", "S5.LARGE8", "250m", "1Gi", "MONGO_44_WT"),
                fc.integer({ min: -5, max: 100005 }),
                fc.boolean(),
                fc.constant(null),
                fc.array(tie("v"), { maxLength: 3 }),
                fc.dictionary(fc.constantFrom("availabilityZone", "zones", "subnetIds", "minSize", "replicaZoneIds", "spec", "template", "key", "value"), tie("v"), { maxKeys: 3 }),
            ),
        })).v;
        const props = fc.dictionary(
            fc.constantFrom("availabilityZone", "masterZoneId", "slaveZoneId", "zoneId", "zoneIds", "multiZoneFlag", "subnetIds", "minSize", "maxSize", "desiredCapacity", "slaveDeployMode", "slaveSyncMode", "firstSlaveZone", "secondSlaveZone", "replicaZoneIds", "availabilityZoneLists", "availableZone", "nodeNum", "targets", "zone", "masterInstanceId", "networkType", "spec"),
            value,
            { maxKeys: 8 },
        );

        it("never throws on unknown, secret or malformed props, and every figure stays in range", () => {
            fc.assert(
                fc.property(fc.array(fc.tuple(fc.constantFrom(...kinds), props, fc.boolean()), { maxLength: 6 }), fc.boolean(), (resources, dryRun) => {
                    const b = new StackBuilder("fuzz", dryRun);
                    resources.forEach(([kind, p, wrap], i) => b.add(tok(kind, i % 2 === 0 ? "official" : "static"), `r${i}`, (wrap ? { ...p, password: { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "s" } } : p) as WireProps));
                    b.add(K8S.deployment, "w", { spec: resources.length > 2 ? UNKNOWN : { template: { spec: { containers: [{ resources: { requests: { cpu: UNKNOWN } } }] } } } });
                    const sim = simulateAzFailures(topologyOfStack(b.build()));
                    for (const d of sim.disruptions) {
                        for (const r of d.tiers.flatMap((t) => t.resources)) {
                            expect(r.capacityLeft).to.be.within(0, 1);
                            if (!r.survives) expect(r.rtoSeconds).to.equal(null);
                            expect(r.reason).to.be.a("string").and.not.equal("");
                        }
                    }
                }),
                { numRuns: 150 },
            );
        });
    });

    describe("quantities and instance types", () => {
        it("parses CPU and memory quantities", () => {
            expect([parseCpu("250m"), parseCpu("1"), parseCpu("0.5"), parseCpu(2), parseCpu("x")]).to.deep.equal([250, 1000, 500, 2000, undefined]);
            expect([parseMemory("256Mi"), parseMemory("1Gi"), parseMemory("1G"), parseMemory(2 ** 20), parseMemory("lots")]).to.deep.equal([256, 1024, 1e9 / 2 ** 20, 1, undefined]);
        });

        it("reads vCPUs and memory from Tencent Cloud instance type names", () => {
            expect(instanceTypeResources("S5.LARGE8")).to.deep.equal({ cpuMillis: 4000, memoryMiB: 8192 });
            expect(instanceTypeResources("SA5.2XLARGE32")).to.deep.equal({ cpuMillis: 8000, memoryMiB: 32768 });
            expect(instanceTypeResources("S5.SMALL2")).to.deep.equal({ cpuMillis: 1000, memoryMiB: 2048 });
            expect(instanceTypeResources("custom-type")).to.equal(undefined);
        });
    });
});
