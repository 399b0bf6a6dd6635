import { expect } from "chai";
import { dataSafetyStatefulProtection } from "../../policies/stack/dataSafety";
import { monitoringAlarmPolicyCoverage } from "../../policies/stack/monitoring";
import { PackRuntime, topologyOf } from "../../policies/adapters";
import { at, str, UNKNOWN as VALUE_UNKNOWN } from "../../policies/values";
import { StackResourceSpec, stackArgs, UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkStack, ROUTES, tok, useTestEnvironment, withEnvironment } from "./helpers";

describe("Stack rules", () => {
    useTestEnvironment();

    describe("monitoring-alarm-policy-coverage", () => {
        const poolUrn = urnOf(tok("tencentcloud_kubernetes_node_pool"), "app");
        const pool: StackResourceSpec = { type: tok("tencentcloud_kubernetes_node_pool"), name: "app", urn: poolUrn, props: { ...good.nodePool(), id: "np-app" } };
        const alarm = (props: Record<string, unknown>, name = "node-health", route: "official" | "static" = "official"): StackResourceSpec => ({
            type: tok("tencentcloud_monitor_alarm_policy", route),
            name,
            urn: urnOf(tok("tencentcloud_monitor_alarm_policy", route), name),
            props,
        });
        const rules = (...metrics: string[]) => ({ isUnionRule: 0, rules: metrics.map((m) => ({ metricName: m, operator: "ge", value: "80" })) });

        for (const route of ROUTES) {
            it(`passes a node pool whose instances carry the tags an alarm policy binds (${route} route)`, async () => {
                expect(await checkStack(monitoringAlarmPolicyCoverage, [pool, alarm(good.alarmPolicy(), "node-health", route)])).to.deep.equal([]);
            });
        }

        it("passes a scaling group bound through a binding object that refers to it", async () => {
            const groupUrn = urnOf(tok("tencentcloud_as_scaling_group"), "ingest");
            const group = { type: tok("tencentcloud_as_scaling_group"), name: "ingest", urn: groupUrn, props: { ...good.asGroup(), id: "asg-ingest" } };
            const policy = { ...alarm({ ...good.alarmPolicy([]), id: "policy-1" }), name: "asg-health" };
            const binding = {
                type: tok("tencentcloud_monitor_policy_binding_object"),
                name: "asg-health-binding",
                props: { policyId: "policy-1", dimensions: [{ dimensionsJson: '{"unInstanceId":"asg-ingest"}' }] },
            };
            expect(await checkStack(monitoringAlarmPolicyCoverage, [group, policy, binding])).to.deep.equal([]);
        });

        it("reports a node pool without any alarm policy", async () => {
            expect(await checkStack(monitoringAlarmPolicyCoverage, [pool])).to.deep.equal([
                { urn: poolUrn, message: "TKE node pool must have alarm policies for CPU, memory, disk and network bound to it; no alarm policy is bound to it." },
            ]);
        });

        it("reports the metric families no bound policy watches", async () => {
            const partial = alarm({ ...good.alarmPolicy(), conditions: rules("CpuUsage", "LanOuttraffic") });
            expect(await checkStack(monitoringAlarmPolicyCoverage, [pool, partial])).to.deep.equal([
                { urn: poolUrn, message: "TKE node pool must have alarm policies for CPU, memory, disk and network bound to it; missing: memory and disk (bound: node-health)." },
            ]);
        });

        it("counts a host-reachability event alarm as the network item", async () => {
            const metrics = alarm({ ...good.alarmPolicy(), conditions: rules("CpuUsage", "MemUsage", "CvmDiskUsage") });
            const { conditions: _metricRules, ...eventOnly } = good.alarmPolicy();
            const reachability = alarm({ ...eventOnly, eventConditions: [{ metricName: "ping_unreachable", period: 0, continuePeriod: 0 }] }, "node-network");
            expect(await checkStack(monitoringAlarmPolicyCoverage, [pool, metrics, reachability])).to.deep.equal([]);
            expect(await checkStack(monitoringAlarmPolicyCoverage, [pool, metrics])).to.deep.equal([
                { urn: poolUrn, message: "TKE node pool must have alarm policies for CPU, memory, disk and network bound to it; missing: network (bound: node-health)." },
            ]);
        });

        it("ignores a disabled alarm policy", async () => {
            const disabled = alarm({ ...good.alarmPolicy(), enable: 0 });
            expect((await checkStack(monitoringAlarmPolicyCoverage, [pool, disabled])).map((r) => r.message)).to.deep.equal([
                "TKE node pool must have alarm policies for CPU, memory, disk and network bound to it; no alarm policy is bound to it.",
            ]);
        });

        it("ignores a configured metric family it does not know, even one named like an object member (constructor, toString, __proto__)", async () => {
            const partial = alarm({ ...good.alarmPolicy(), conditions: rules("CpuUsage", "LanOuttraffic") });
            const config = { metrics: ["cpu", "constructor", "toString", "__proto__", "hasOwnProperty", "network"] };
            expect(await checkStack(monitoringAlarmPolicyCoverage, [pool, partial], { config })).to.deep.equal([]);
            expect(await checkStack(monitoringAlarmPolicyCoverage, [pool], { config })).to.deep.equal([
                { urn: poolUrn, message: "TKE node pool must have alarm policies for CPU and network bound to it; no alarm policy is bound to it." },
            ]);
        });

        it("stays silent while an alarm binding cannot be resolved", async () => {
            const binding = { type: tok("tencentcloud_monitor_policy_binding_object"), name: "binding", props: { policyId: UNKNOWN, dimensions: UNKNOWN } };
            expect(await checkStack(monitoringAlarmPolicyCoverage, [pool, binding])).to.deep.equal([]);
        });
    });

    describe("datasafety-stateful-protection", () => {
        const db = (protect: boolean): StackResourceSpec => ({ type: tok("tencentcloud_mysql_instance"), name: "orders", urn: urnOf(tok("tencentcloud_mysql_instance"), "orders"), protect, props: good.mysql() });
        const bucket: StackResourceSpec = {
            type: tok("tencentcloud_cos_bucket", "static"),
            name: "assets",
            urn: urnOf(tok("tencentcloud_cos_bucket", "static"), "assets"),
            props: { bucket: "assets-1250000000", versioningEnable: true },
        };
        const production = { "zonesafe:environment": "production" };

        it("passes protected stateful resources in production", async () => {
            expect(await checkStack(dataSafetyStatefulProtection, [db(true), { ...bucket, protect: true }], { stackTags: production })).to.deep.equal([]);
        });

        it("does not apply outside production", async () => {
            expect(await checkStack(dataSafetyStatefulProtection, [db(false), bucket])).to.deep.equal([]);
        });

        it("reports unprotected stateful resources in a stack tagged as production", async () => {
            expect(await checkStack(dataSafetyStatefulProtection, [db(false), bucket], { stackTags: production })).to.deep.equal([
                { urn: urnOf(tok("tencentcloud_mysql_instance"), "orders"), message: "MySQL instance must be protected from deletion in a production stack; the `protect` resource option is not set and it has no deletion protection." },
                { urn: urnOf(tok("tencentcloud_cos_bucket", "static"), "assets"), message: "COS bucket must be protected from deletion in a production stack; the `protect` resource option is not set and it has no deletion protection." },
            ]);
        });

        it("recognises a production stack by its name", async () => {
            const reported = await withEnvironment({ identity: { name: "retail-prod", config: {} } }, () => checkStack(dataSafetyStatefulProtection, [db(false)]));
            expect(reported).to.have.length(1);
        });

        // The provider's own examples at newer versions: CKafka `delete_protection_enable = 1`, MySQL
        // `destroy_protect = "on"`; the official route exposes both when given such a version.
        for (const route of ROUTES) {
            const kafka = (extra: Record<string, unknown>): StackResourceSpec => ({
                type: tok("tencentcloud_ckafka_instance", route),
                name: "events",
                urn: urnOf(tok("tencentcloud_ckafka_instance", route), "events"),
                props: { ...good.ckafka(), ...extra },
            });
            const mysql = (extra: Record<string, unknown>): StackResourceSpec => ({
                type: tok("tencentcloud_mysql_instance", route),
                name: "orders",
                urn: urnOf(tok("tencentcloud_mysql_instance", route), "orders"),
                props: { ...good.mysql(), ...extra },
            });

            it(`accepts CKafka \`deleteProtectionEnable: 1\` and MySQL \`destroyProtect: "on"\` as deletion protection (${route} route)`, async () => {
                const stack = [kafka({ deleteProtectionEnable: 1 }), mysql({ destroyProtect: "on" })];
                expect(await checkStack(dataSafetyStatefulProtection, stack, { stackTags: production })).to.deep.equal([]);
            });

            it(`reports CKafka \`deleteProtectionEnable: 0\` and MySQL \`destroyProtect: "off"\` (${route} route)`, async () => {
                const reported = await checkStack(dataSafetyStatefulProtection, [kafka({ deleteProtectionEnable: 0 }), mysql({ destroyProtect: "off" })], { stackTags: production });
                expect(reported.map((r) => r.urn)).to.deep.equal([urnOf(tok("tencentcloud_mysql_instance", route), "orders"), urnOf(tok("tencentcloud_ckafka_instance", route), "events")]);
            });
        }

        it("stays silent while a deletion-protection switch is unknown", async () => {
            const kafka: StackResourceSpec = { type: tok("tencentcloud_ckafka_instance"), name: "events", props: { ...good.ckafka(), deleteProtectionEnable: UNKNOWN } };
            const mysql: StackResourceSpec = { type: tok("tencentcloud_mysql_instance"), name: "orders", props: { ...good.mysql(), destroyProtect: UNKNOWN } };
            expect(await checkStack(dataSafetyStatefulProtection, [kafka, mysql], { stackTags: production })).to.deep.equal([]);
        });
    });
});

describe("The topology of a stack validation (adapters)", () => {
    const spec = (replicas: number): StackResourceSpec[] => [
        { type: tok("tencentcloud_vpc"), name: "vpc", props: { cidrBlock: "10.0.0.0/16", id: "vpc-1" } },
        { type: "kubernetes:apps/v1:Deployment", name: "web", props: { ...good.deployment(), spec: { ...(good.deployment().spec as object), replicas } } },
    ];

    it("is derived once per pack runtime for the copies of one stack that every stack policy receives, and again when the content differs", () => {
        const runtime = new PackRuntime();
        const first = runtime.topologyOf(stackArgs({ resources: spec(3) }).resources);
        expect(runtime.topologyOf(stackArgs({ resources: spec(3) }).resources)).to.equal(first);
        expect(new PackRuntime().topologyOf(stackArgs({ resources: spec(3) }).resources)).not.to.equal(first);
        const changed = runtime.topologyOf(stackArgs({ resources: spec(4) }).resources);
        expect(changed).not.to.equal(first);
        expect(at(changed.byUrn(urnOf("kubernetes:apps/v1:Deployment", "web"))?.props, "spec", "replicas")).to.equal(4);
        expect(first.nodes.map((n) => n.kind)).to.deep.equal(["vpc", "workload"]);
    });

    it("reads unknowns behind the proxies as unknown", () => {
        const t = topologyOf(stackArgs({ resources: [{ type: tok("tencentcloud_vpc"), name: "vpc", props: { cidrBlock: UNKNOWN } }] }).resources);
        expect(str(at(t.nodes[0].props, "cidrBlock"))).to.equal(VALUE_UNKNOWN);
    });
});
