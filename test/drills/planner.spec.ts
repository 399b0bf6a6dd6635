// The drill planner on the pack's own topology and simulation of the reference stacks: an az-loss
// experiment per zone with a step per tier present, two data drills per MySQL instance, hypotheses
// whose expected values are the simulation's estimates and targets; every plan validates against the
// plan's JSON Schema and every Chaos Mesh object against the v2.8.3 CRDs.
import { expect } from "chai";
import fc from "fast-check";
import { LEGACY_ZONE_LABEL, ZONE_LABEL, zoneLossSchedule } from "@zonesafe/drills/chaosMesh";
import { DRILL_PLAN_SCHEMA, isPlaceholder, PLACEHOLDER_PATTERN } from "@zonesafe/drills/plan";
import { CHECK_URL_PLACEHOLDER, planDrills, planOptionProblems, PlanOptionsError } from "@zonesafe/drills/planner";
import type { DrillSubject, SubjectResource } from "@zonesafe/drills/subject";
import { DATA_TIER_RPO_TARGET_SECONDS, WORKLOAD_MIGRATION_BUDGET_SECONDS, ZONE_RTO_TARGET_SECONDS } from "@zonesafe/model";
import {
    CKAFKA_ZONE_FAILOVER_SECONDS,
    CLB_ZONE_SWITCH_SECONDS,
    MONGODB_ELECTION_SECONDS,
    MYSQL_FAILOVER_SECONDS,
    REDIS_FAILOVER_SECONDS,
} from "@zonesafe/policies/resilience/estimates";
import { DEFAULT_TARGETS } from "@zonesafe/policies/resilience/simulate";
import { DRILL_ESTIMATES, drillSubjectOfStack } from "../../cli/drill/subject";
import { beaconProdStack, legacyStack, mysql, retailProdStack, StackBuilder, tok, Z3, Z4, Z6 } from "../resilience/fixtures";
import { chaosMeshProblems, chaosObjectsOf, planSchemaErrors } from "./crds";

const NOW = new Date("2026-03-01T02:00:00Z");

/** Every string anywhere in a value. */
function stringsIn(value: unknown, out: string[] = []): string[] {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
    else if (value !== null && typeof value === "object") Object.values(value).forEach((v) => stringsIn(v, out));
    return out;
}

describe("drills/planner: the drill plan of a stack", function () {
    // The first CRD validation compiles the Workflow schema (640 KB of YAML).
    this.timeout(120_000);

    const retail = planDrills(drillSubjectOfStack(retailProdStack(), "program"), { now: NOW });

    it("plans retail-prod: an az-loss experiment per zone and a db-isolation and a db-restore drill for its MySQL instance", () => {
        expect(retail.schema).to.equal(DRILL_PLAN_SCHEMA);
        expect(retail.generatedAt).to.equal(NOW.toISOString());
        expect(retail.stack).to.deep.equal({ project: "zonesafe", stack: "retail-prod", source: "program" });
        expect(retail.region).to.equal("ap-guangzhou");
        expect(retail.experiments.map((e) => e.id)).to.deep.equal([
            `az-loss-${Z3}`,
            `az-loss-${Z4}`,
            `az-loss-${Z6}`,
            "db-isolation-orders-db",
            "db-restore-orders-db",
        ]);
        expect(retail.experiments.map((e) => e.zoneId)).to.deep.equal([100003, 100004, 100006, 100003, 100003]);
    });

    it("gives the lost zone a step per tier present there: CLB switch, TKE faults, CKafka, and the primaries' failovers", () => {
        const z3 = retail.experiments[0];
        expect(z3.steps.map((s) => `${s.tier}/${s.action}/${s.executor}`)).to.deep.equal([
            "access/clb-zone-switch/cfg",
            "compute/nodes-cordon/runner",
            "compute/network-partition/chaos-mesh",
            "compute/pod-kill/chaos-mesh",
            "middleware/ckafka-zone-failover/cfg",
            "data/heartbeat-start/runner",
            "data/mysql-switch/tencentdb",
            "data/redis-zone-failover/cfg",
            "data/mongodb-zone-failover/cfg",
            "data/heartbeat-stop/runner",
            "data/observe/runner",
        ]);
        // ap-guangzhou-4 holds only the CLB's slave zone and the data stores' replicas: TKE and CKafka only.
        const z4 = retail.experiments[1];
        expect(z4.steps.map((s) => s.action)).to.deep.equal(["nodes-cordon", "network-partition", "pod-kill", "ckafka-zone-failover", "observe"]);
        expect(retail.notes).to.include(`az-loss-${Z4}: CLB shop-clb keeps its master zone ${Z3}; only its slave zone is lost, so no switch is drilled.`);
        expect(retail.notes).to.include(`az-loss-${Z4}: mysql orders-db keeps its primary in ${Z3}; only a replica is lost in ${Z4}, so no switch is drilled.`);
    });

    it("takes every expected value from the simulation's estimates and targets", () => {
        const z3 = retail.experiments[0];
        const expected = Object.fromEntries(z3.hypotheses.map((h) => [h.id, h.expected]));
        expect(expected).to.deep.equal({
            "clb-switch-seconds:shop-clb": CLB_ZONE_SWITCH_SECONDS,
            "pod-migration-seconds:web": WORKLOAD_MIGRATION_BUDGET_SECONDS,
            "pod-migration-seconds:api": WORKLOAD_MIGRATION_BUDGET_SECONDS,
            "ckafka-failover-seconds:events": CKAFKA_ZONE_FAILOVER_SECONDS,
            "mysql-failover-seconds:orders-db": MYSQL_FAILOVER_SECONDS,
            "redis-failover-seconds:cart-cache": REDIS_FAILOVER_SECONDS,
            "mongodb-election-seconds:catalog-db": MONGODB_ELECTION_SECONDS,
            "rpo-seconds:orders-db": DATA_TIER_RPO_TARGET_SECONDS,
            [`rto-seconds:${Z3}`]: ZONE_RTO_TARGET_SECONDS,
        });
        // The figures of the source practice, through the one place that defines them.
        expect([CLB_ZONE_SWITCH_SECONDS, WORKLOAD_MIGRATION_BUDGET_SECONDS, MYSQL_FAILOVER_SECONDS, ZONE_RTO_TARGET_SECONDS, DATA_TIER_RPO_TARGET_SECONDS]).to.deep.equal([30, 120, 60, 900, 0]);
        expect(DEFAULT_TARGETS).to.deep.equal({ rtoSeconds: ZONE_RTO_TARGET_SECONDS, rpoSecondsData: DATA_TIER_RPO_TARGET_SECONDS });
        const clb = z3.hypotheses.find((h) => h.metric === "clb-switch-seconds");
        expect(clb?.source).to.deep.include({ estimate: "CLB_ZONE_SWITCH_SECONDS", simulated: CLB_ZONE_SWITCH_SECONDS });
        const rto = z3.hypotheses.find((h) => h.metric === "rto-seconds");
        expect(rto?.source.estimate).to.equal("target");
        expect(rto?.source.simulated).to.be.a("number").and.at.most(ZONE_RTO_TARGET_SECONDS);
        // A stricter target set in the pack's configuration reaches the hypotheses and the fault's hold.
        const strict = planDrills(drillSubjectOfStack(retailProdStack(), "program", { rtoSeconds: 300 }), { now: NOW });
        expect(strict.targets.rtoSeconds).to.equal(300);
        expect(strict.experiments[0].hypotheses.find((h) => h.metric === "rto-seconds")?.expected).to.equal(300);
        expect(strict.experiments[0].durationSeconds).to.equal(300);
        for (const [key, e] of Object.entries(DRILL_ESTIMATES)) expect(e.detail, key).not.to.match(/\d/);
    });

    it("gives each MySQL instance the two data drills with the hypotheses RPO 0 and checksums equal", () => {
        const [isolation, restore] = retail.experiments.slice(3);
        expect(isolation.instance?.name).to.equal("orders-db");
        expect(isolation.steps.map((s) => s.action)).to.deep.equal(["heartbeat-start", "record-time", "mysql-isolate", "mysql-clone", "checksum-compare", "mysql-reconnect"]);
        expect(restore.steps.map((s) => s.action)).to.deep.equal(["heartbeat-start", "record-time", "delete-data", "mysql-rollback", "checksum-compare"]);
        for (const e of [isolation, restore]) {
            expect(e.hypotheses.map((h) => [h.metric, h.comparator, h.expected])).to.deep.equal([
                ["rpo-seconds", "<=", 0],
                ["checksum-equal", "==", true],
            ]);
        }
        const calls = [...isolation.steps, ...restore.steps].flatMap((s) => s.requests.map((r) => r.action));
        expect(calls).to.deep.equal(["ModifyDBInstanceSecurityGroups", "CreateCloneInstance", "ModifyDBInstanceSecurityGroups", "StartBatchRollback"]);
        // The clone and the rollback go back to the time the runner records, a placeholder until then.
        const clone = isolation.steps.find((s) => s.action === "mysql-clone")!.requests[0];
        expect(clone.body.SpecifiedRollbackTime).to.equal("{{resolve:recorded-time:db-isolation-orders-db}}");
        expect(clone.body.InstanceId).to.equal("{{resolve:mysql.instance-id:orders-db}}");
    });

    it("selects the zone's pods by the node label with the NUMERIC zone id, never the zone name", () => {
        const z6 = retail.experiments[2];
        const objects = [...z6.chaosMesh, ...z6.steps.flatMap((s) => (s.manifest ? [s.manifest] : []))];
        expect(objects.map((o) => o.kind)).to.deep.equal(["Workflow", "NetworkChaos", "PodChaos"]);
        // The zone name appears in no selector (only in names, labels and annotations).
        const selectors = objects.flatMap((o) => {
            const spec = o.spec as { selector?: unknown; templates?: Array<Record<string, { selector?: unknown }>> };
            return [spec.selector, ...(spec.templates ?? []).flatMap((t) => [t.networkChaos?.selector, t.podChaos?.selector])].filter((x) => x !== undefined);
        });
        expect(selectors).to.have.length(4);
        for (const sel of selectors) expect(sel).to.deep.equal({ namespaces: ["shop"], nodeSelectors: { [ZONE_LABEL]: "100006" } });
        const net = objects[1].spec as { selector: { nodeSelectors: Record<string, string>; namespaces: string[] } };
        expect(net.selector).to.deep.equal({ namespaces: ["shop"], nodeSelectors: { [ZONE_LABEL]: "100006" } });
        const legacy = planDrills(drillSubjectOfStack(retailProdStack(), "program"), { now: NOW, zoneLabel: LEGACY_ZONE_LABEL });
        const legacyNet = legacy.experiments[2].steps.find((s) => s.action === "network-partition")!.manifest!.spec as typeof net;
        expect(legacyNet.selector.nodeSelectors).to.deep.equal({ [LEGACY_ZONE_LABEL]: "100006" });
    });

    it("carries the hypotheses in the Workflow's StatusCheck templates: failures tolerated in a row = the bound / the interval", () => {
        const plan = planDrills(drillSubjectOfStack(retailProdStack(), "program"), { now: NOW, checkUrl: "https://shop.example.com/healthz", checkIntervalSeconds: 10 });
        const wf = plan.experiments[0].chaosMesh[0];
        const templates = (wf.spec as { templates: Array<Record<string, any>> }).templates;
        const checks = templates.filter((t) => t.templateType === "StatusCheck");
        expect(checks.map((c) => [c.name, c.statusCheck.failureThreshold, c.abortWithStatusCheck, c.statusCheck.http.url])).to.deep.equal([
            ["check-clb-shop-clb", CLB_ZONE_SWITCH_SECONDS / 10, false, "https://shop.example.com/healthz"],
            ["check-rto", ZONE_RTO_TARGET_SECONDS / 10, true, "https://shop.example.com/healthz"],
        ]);
        expect(templates[0]).to.deep.equal({ name: "zone-loss", templateType: "Parallel", children: ["network-loss", "pods", "check-clb-shop-clb", "check-rto"] });
        expect(wf.metadata.annotations?.["zonesafe.io/hypotheses"]).to.contain("CLB shop-clb serves from its slave zone within 30 s");
        expect(plan.checkUrl).to.equal("https://shop.example.com/healthz");
        expect(plan.experiments[0].placeholders.map((p) => p.token)).not.to.include(CHECK_URL_PLACEHOLDER);
        // Without an endpoint, the checks probe a placeholder the run resolves.
        expect(retail.experiments[0].placeholders.map((p) => p.token)).to.include(CHECK_URL_PLACEHOLDER);
    });

    it("lists every placeholder an experiment uses, each with how it is resolved, and lists none it does not use", () => {
        for (const e of retail.experiments) {
            const used = new Set(stringsIn({ steps: e.steps, chaosMesh: e.chaosMesh, instance: e.instance }).filter((s) => isPlaceholder(s)));
            const listed = e.placeholders.map((p) => p.token);
            expect(new Set(listed), e.id).to.deep.equal(used);
            expect(listed.length, e.id).to.equal(new Set(listed).size);
            for (const p of e.placeholders) {
                expect(p.token).to.match(PLACEHOLDER_PATTERN);
                expect(p.resolvedBy.length).to.be.greaterThan(10);
            }
        }
    });

    it("uses the ids a deployed stack's state knows instead of placeholders", () => {
        const b = new StackBuilder("shop-prod", false);
        b.add(tok("tencentcloud_clb_instance"), "lb", { networkType: "OPEN", masterZoneId: Z3, slaveZoneId: Z4 }, { id: "lb-abc123" });
        b.add(tok("tencentcloud_mysql_instance"), "orders-db", mysql({ primary: Z3, first: Z4, mode: 1, sync: 2, critical: true }), { id: "cdb-abc123" });
        const plan = planDrills(drillSubjectOfStack(b.build(), "state"), { now: NOW });
        expect(plan.stack.source).to.equal("state");
        expect(plan.experiments.map((e) => e.id)).to.deep.equal([`az-loss-${Z3}`, "db-isolation-orders-db", "db-restore-orders-db"]);
        const requests = plan.experiments.flatMap((e) => e.steps.flatMap((s) => s.requests));
        expect(requests.find((r) => r.action === "CreateTaskFromAction")?.body.TaskInstances).to.deep.equal(["lb-abc123"]);
        expect(requests.filter((r) => r.service === "cdb").map((r) => (r.body.InstanceId ?? (r.body.Instances as Array<{ InstanceId: string }>)[0].InstanceId))).to.deep.equal([
            "cdb-abc123",
            "cdb-abc123",
            "cdb-abc123",
            "cdb-abc123",
            "cdb-abc123",
        ]);
        for (const e of plan.experiments) expect(e.placeholders.filter((p) => p.token.includes("instance-id")), e.id).to.deep.equal([]);
        expect(planSchemaErrors(plan)).to.equal("");
    });

    describe("validation", () => {
        const stacks = { "retail-prod": retailProdStack(), "retail-legacy": legacyStack(), "beacon-prod": beaconProdStack() };
        const plans = Object.entries(stacks).map(([name, stack]) => [name, planDrills(drillSubjectOfStack(stack, "program"), { now: NOW })] as const);

        it("validates every plan of the reference stacks against cli/schemas/drill-plan.v1.schema.json", () => {
            for (const [name, plan] of plans) {
                expect(planSchemaErrors(plan), name).to.equal("");
                expect(planSchemaErrors(JSON.parse(JSON.stringify(plan))), name).to.equal("");
            }
        });

        it("validates every Chaos Mesh object of every plan, and a Schedule of each zone's Workflow, against the v2.8.3 CRDs", () => {
            let count = 0;
            for (const [name, plan] of plans) {
                for (const o of chaosObjectsOf(plan)) {
                    expect(chaosMeshProblems(o), `${name}: ${o.kind} ${o.metadata.name}`).to.deep.equal([]);
                    count++;
                }
            }
            // A Workflow, a NetworkChaos and a PodChaos per zone with TKE workloads.
            const tkeZones = plans.flatMap(([, plan]) => plan.experiments.filter((e) => e.steps.some((st) => st.action === "network-partition")));
            expect(tkeZones.length).to.be.at.least(4);
            expect(count).to.equal(3 * tkeZones.length);
            const spec = retail.experiments[0].chaosMesh[0];
            const schedule = zoneLossSchedule({
                name: spec.metadata.name,
                namespace: "chaos-mesh",
                experiment: retail.experiments[0].id,
                zoneId: 100003,
                zoneLabel: ZONE_LABEL,
                namespaces: ["shop"],
                durationSeconds: 900,
                killAfterSeconds: 20,
                checks: [{ name: "check-rto", hypothesis: "RTO", url: "https://shop.example.com/healthz", toleratedSeconds: 900, abort: true }],
                checkIntervalSeconds: 10,
                cron: "0 3 1 * *",
            });
            expect(chaosMeshProblems(schedule)).to.deep.equal([]);
        });

        it("refuses objects the CRDs or Chaos Mesh refuse: an unknown field, a bad enum, a wrong type, a dangling child, an unknown template type", () => {
            const wf = JSON.parse(JSON.stringify(retail.experiments[0].chaosMesh[0])) as { spec: { templates: Array<Record<string, any>>; extra?: boolean } };
            const net = JSON.parse(JSON.stringify(retail.experiments[0].steps.find((s) => s.manifest?.kind === "NetworkChaos")!.manifest)) as { spec: Record<string, any> };
            const broken: Array<[string, unknown, RegExp]> = [
                ["unknown spec field", { ...net, spec: { ...net.spec, lossy: true } }, /must NOT have additional properties.*lossy/],
                ["bad action", { ...net, spec: { ...net.spec, action: "unplug" } }, /spec\/action must be equal to one of the allowed values/],
                ["loss as a number", { ...net, spec: { ...net.spec, loss: { loss: 100 } } }, /spec\/loss\/loss must be string/],
                ["selector field misspelt", { ...net, spec: { ...net.spec, selector: { nodeSelector: { a: "b" } } } }, /additional properties.*nodeSelector"/],
                ["bad duration", { ...net, spec: { ...net.spec, duration: "5 minutes" } }, /not a Go duration/],
                ["dangling child", { ...wf, spec: { ...wf.spec, templates: wf.spec.templates.map((t) => (t.name === "zone-loss" ? { ...t, children: [...t.children, "ghost"] } : t)) } }, /undefined child ghost/],
                ["unknown template type", { ...wf, spec: { ...wf.spec, templates: wf.spec.templates.map((t) => (t.name === "pods" ? { ...t, templateType: "Sequence" } : t)) } }, /unknown templateType Sequence/],
                ["status check without http url", { ...wf, spec: { ...wf.spec, templates: wf.spec.templates.map((t) => (t.templateType === "StatusCheck" ? { ...t, statusCheck: { ...t.statusCheck, http: { method: "GET", criteria: { statusCode: "200" } } } } : t)) } }, /must have required property 'url'/],
                ["failure threshold 0", { ...wf, spec: { ...wf.spec, templates: wf.spec.templates.map((t) => (t.templateType === "StatusCheck" ? { ...t, statusCheck: { ...t.statusCheck, failureThreshold: 0 } } : t)) } }, /failureThreshold must be >= 1/],
            ];
            for (const [what, object, message] of broken) {
                const problems = chaosMeshProblems(object);
                expect(problems.length, what).to.be.greaterThan(0);
                expect(problems.join("\n"), what).to.match(message);
            }
        });

        it("keeps plans valid for any subject (zones, tiers, MySQL instances, ids known or not)", () => {
            const zones = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-shanghai-2", "ap-nowhere-1"];
            const resource = fc.record({
                kind: fc.constantFrom("clb", "workload", "tke", "ckafka", "mysql", "redis", "mongodb") as fc.Arbitrary<SubjectResource["kind"]>,
                name: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,70}$/),
                id: fc.option(fc.stringMatching(/^[a-z]{2,4}-[a-z0-9]{4,8}$/), { nil: undefined }),
                zones: fc.subarray(zones, { minLength: 1 }),
                primary: fc.nat(3),
                namespace: fc.constantFrom("default", "shop", "team-a"),
            });
            fc.assert(
                fc.property(fc.array(resource, { maxLength: 8 }), fc.option(fc.webUrl({ validSchemes: ["https"] }), { nil: undefined }), (raw, checkUrl) => {
                    const resources: SubjectResource[] = raw.map((r, i) => ({
                        kind: r.kind,
                        urn: `urn:pulumi:s::p::t::${r.name}-${i}`,
                        name: `${r.name}-${i}`,
                        ...(r.id ? { id: r.id } : {}),
                        zones: r.zones,
                        primaryZone: r.zones[r.primary % r.zones.length],
                        ...(r.kind === "workload" ? { namespace: r.namespace } : {}),
                    }));
                    const tierOf = (k: SubjectResource["kind"]) => (k === "clb" ? "access" : k === "workload" || k === "tke" ? "compute" : k === "ckafka" ? "middleware" : "data");
                    const used = [...new Set(resources.flatMap((r) => r.zones))].sort();
                    const subject: DrillSubject = {
                        project: "p",
                        stack: "s",
                        source: "program",
                        region: null,
                        targets: { rtoSeconds: 900, rpoSecondsData: 0 },
                        estimates: DRILL_ESTIMATES,
                        zones: used.map((zone) => ({
                            zone,
                            tiers: (["access", "compute", "middleware", "data"] as const)
                                .map((tier) => ({ tier, resources: resources.filter((r) => tierOf(r.kind) === tier && r.zones.includes(zone)) }))
                                .filter((t) => t.resources.length > 0),
                            simulated: { rtoSeconds: null, rpoSeconds: null, status: "undetermined", resources: {} },
                        })),
                        mysql: resources.filter((r) => r.kind === "mysql"),
                    };
                    if (checkUrl !== undefined && planOptionProblems({ checkUrl }).length > 0) return;
                    const plan = planDrills(subject, { now: NOW, checkUrl });
                    expect(planSchemaErrors(plan)).to.equal("");
                    for (const o of chaosObjectsOf(plan)) expect(chaosMeshProblems(o), o.metadata.name).to.deep.equal([]);
                    expect(plan.experiments.filter((e) => e.kind !== "az-loss")).to.have.length(2 * subject.mysql.length);
                    const ids = plan.experiments.map((e) => e.id);
                    expect(new Set(ids).size).to.equal(ids.length);
                }),
                { numRuns: 60 },
            );
        });
    });

    describe("options", () => {
        it("refuses each unusable option, naming it, its rule and the fix", () => {
            const problems = planOptionProblems({ checkUrl: "ftp://x", namespace: "Chaos_Mesh", durationSeconds: 5, checkIntervalSeconds: 0, drillDatabase: "drop table;", zoneLabel: "zone" as never });
            expect(problems.map((p) => p.field)).to.deep.equal(["checkUrl", "namespace", "zoneLabel", "durationSeconds", "checkIntervalSeconds", "drillDatabase"]);
            for (const p of problems) {
                expect(p.rule).to.match(/^must /);
                expect(p.fix.length).to.be.greaterThan(5);
            }
            expect(() => planDrills(drillSubjectOfStack(retailProdStack(), "program"), { checkUrl: "not a url" })).to.throw(PlanOptionsError, /checkUrl must be an absolute http:\/\/ or https:\/\/ URL/);
            expect(planOptionProblems({ checkUrl: "https://shop.example.com/healthz?deep=1", namespace: "chaos-mesh", durationSeconds: 900, checkIntervalSeconds: 10, drillDatabase: "zonesafe_drill" })).to.deep.equal([]);
        });
    });
});
