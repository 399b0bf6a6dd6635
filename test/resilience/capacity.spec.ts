import { expect } from "chai";
import fc from "fast-check";
import type { WireProps } from "../../engine/types";
import { CapacityReport, checkEventCapacity, PeakConfig, peakFromStackConfig, resolvePeak } from "../../policies/resilience/capacity";
import { checkCapacity, eventCapacityConfig } from "../../policies/resilience/policies";
import { BEACON, beaconProdStack, cluster, deployment, hpa, K8S, network, StackBuilder, tok, topologyOfStack, UNKNOWN, Z3, Z4, Z6 } from "./fixtures";

const NO_PEAK: PeakConfig = { peakQps: 0, qpsPerInstance: 0, qpsPerReplica: 0, qpsPerNode: 0, eventStart: "", backendLimit: 1000 };

/** The beacon gateway's figures as the policy would be configured with them. */
function beaconPeak(over: Partial<PeakConfig> = {}): PeakConfig {
    return { ...NO_PEAK, peakQps: BEACON.peakQps, qpsPerInstance: BEACON.qpsPerInstance, eventStart: BEACON.eventStart, ...over };
}

function check(stack = beaconProdStack(), peak: PeakConfig = beaconPeak()): CapacityReport {
    return checkEventCapacity(topologyOfStack(stack), peak);
}

describe("resilience/capacity: event capacity check", () => {
    describe("on the beacon gateway's figures (three pools of 300–1000 behind one CLB)", () => {
        for (const route of ["official", "static"] as const) {
            it(`passes at its configured peak of 30,000,000 QPS: 600 instances needed, 3000 reachable (${route} route)`, () => {
                const report = check(beaconProdStack({ route }));
                expect(report.configured).to.equal(true);
                expect(report.passes).to.equal(true);
                expect(report.violations).to.deep.equal([]);
                const gateway = report.checks[0];
                expect(gateway).to.include({ subject: "gateway", unit: "instance", needed: 600, reachable: 3000, capacityQps: 150_000_000, passes: true, complete: true });
                expect(gateway.members.map((m) => [m.name, m.current, m.maxSize, m.reachable, m.threshold])).to.deep.equal([
                    ["ingest-daily", 300, 1000, 1000, "CPU_UTILIZATION > 60"],
                    ["ingest-burst", 300, 1000, 1000, "CPU_UTILIZATION > 50"],
                    ["ingest-event", 3, 1000, 1000, "CPU_UTILIZATION > 60"],
                ]);
                expect(report.schedules).to.deep.equal([
                    {
                        urn: report.schedules[0].urn,
                        name: "ingest-event-event-up",
                        group: "ingest-event",
                        startTime: BEACON.scaleUpAt,
                        startsBefore: true,
                    },
                ]);
            });
        }

        it("fails at a peak beyond the pools' maximum, naming the figures", () => {
            const report = check(beaconProdStack(), beaconPeak({ peakQps: 200_000_000 }));
            expect(report.passes).to.equal(false);
            expect(report.checks[0]).to.include({ needed: 4000, reachable: 3000, passes: false });
            expect(report.violations).to.deep.equal([
                {
                    urn: "",
                    message:
                        "Auto Scaling groups must together reach the 4000 instances a peak of 200,000,000 QPS needs at 50,000 QPS per instance (at its scale-out threshold); they reach 3000 within their `maxSize` and the backend limit of 1000: ingest-daily up to 1000 (scale-out CPU_UTILIZATION > 60); ingest-burst up to 1000 (scale-out CPU_UTILIZATION > 50); ingest-event up to 1000 (scale-out CPU_UTILIZATION > 60).",
                },
            ]);
            // Exactly at the maximum passes.
            expect(check(beaconProdStack(), beaconPeak({ peakQps: 150_000_000 })).passes).to.equal(true);
        });

        it("counts no pool beyond the backend limit, and reports a maximum above it", () => {
            const report = check(beaconProdStack(), beaconPeak({ backendLimit: 200, peakQps: 40_000_000 }));
            expect(report.checks[0].members.map((m) => m.reachable)).to.deep.equal([200, 200, 200]);
            expect(report.checks[0]).to.include({ needed: 800, reachable: 600, passes: false });
            const overLimit = report.violations.filter((v) => v.urn !== "");
            expect(overLimit.map((v) => v.message)).to.deep.equal(
                ["ingest-daily", "ingest-burst", "ingest-event"].map(() => "Auto Scaling group must not scale beyond the gateway's limit of 200 backends per region; `maxSize` is 1000, so only 200 count toward the peak."),
            );
        });

        it("fails when the event pool's scheduled scale-out starts after the event", () => {
            const report = check(beaconProdStack({ scaleUpAt: "2026-11-11T00:30:00+08:00" }));
            expect(report.schedules[0].startsBefore).to.equal(false);
            expect(report.passes).to.equal(false);
            expect(report.violations).to.deep.equal([
                {
                    urn: report.schedules[0].urn,
                    message:
                        "Auto Scaling schedule must start before the event at 2026-11-11T00:00:00+08:00; `startTime` is 2026-11-11T00:30:00+08:00, so ingest-event is scaled out only after the peak has begun.",
                },
            ]);
            // Without an event start, the schedule is not judged.
            expect(check(beaconProdStack({ scaleUpAt: "2026-11-11T00:30:00+08:00" }), beaconPeak({ eventStart: "" })).passes).to.equal(true);
        });

        it("reads the peak from the stack's zonesafe:beacon configuration when the policy sets none", () => {
            const stack = beaconProdStack({ peakQps: 160_000_000 });
            expect(peakFromStackConfig(stack.config)).to.deep.equal({ peakQps: 160_000_000, qpsPerInstance: 50_000, backendLimit: 1000, eventStart: BEACON.eventStart });
            const fromStack = checkCapacity(topologyOfStack(stack), eventCapacityConfig.defaults, stack.config);
            expect(fromStack.configured).to.equal(true);
            expect(fromStack.checks[0]).to.include({ needed: 3200, reachable: 3000, passes: false });
            // The policy's own peak wins over the stack's.
            const own = checkCapacity(topologyOfStack(stack), { ...eventCapacityConfig.defaults, peakQps: 1_000_000, qpsPerInstance: 50_000 }, stack.config);
            expect(own.checks[0]).to.include({ needed: 20, passes: true });
            expect(resolvePeak(NO_PEAK, { "zonesafe:beacon": "not json" })).to.deep.equal(NO_PEAK);
        });

        it("does nothing without a peak", () => {
            expect(check(beaconProdStack(), NO_PEAK)).to.deep.include({ configured: false, passes: true, checks: [], violations: [] });
        });
    });

    describe("groups and autoscalers", () => {
        it("holds a group without a scale-out policy at its size, unless a schedule before the event raises it", () => {
            const b = new StackBuilder("gw", false);
            network(b, [Z3, Z4]);
            b.add(tok("tencentcloud_as_scaling_group"), "fixed", { minSize: 10, maxSize: 500, desiredCapacity: 10, subnetIds: ["subnet-id-0", "subnet-id-1"] }, { id: "asg-fixed" });
            const alone = checkEventCapacity(topologyOfStack(b.build()), { ...NO_PEAK, peakQps: 1000, qpsPerInstance: 10, eventStart: "2026-11-11T00:00:00+08:00" });
            expect(alone.checks[0].members[0]).to.include({ scalesOut: false, reachable: 10 });
            expect(alone.violations[0].message).to.contain("fixed stays at 10 (no scale-out policy)");
            b.add(tok("tencentcloud_as_schedule"), "before", { scalingGroupId: "asg-fixed", startTime: "2026-11-10T22:00:00+08:00", minSize: 100, maxSize: 500, desiredCapacity: 100 });
            const scheduled = checkEventCapacity(topologyOfStack(b.build()), { ...NO_PEAK, peakQps: 1000, qpsPerInstance: 10, eventStart: "2026-11-11T00:00:00+08:00" });
            expect(scheduled.checks[0]).to.include({ reachable: 100, passes: true });
        });

        it("checks an HPA's maxReplicas and the node pools that must hold them", () => {
            const b = new StackBuilder("k8s", true);
            network(b, [Z3, Z4, Z6]);
            cluster(b, [{ name: "general", subnets: ["subnet-3", "subnet-4", "subnet-6"], min: 3, max: 6 }]);
            b.add(K8S.deployment, "web", deployment("web", { replicas: 3, cpu: "1", memory: "1Gi" }), { provider: "k8s" });
            b.add(K8S.hpa, "web-hpa", hpa("web", 3, 30), { provider: "k8s" });
            const t = topologyOfStack(b.build());
            const ok = checkEventCapacity(t, { ...NO_PEAK, peakQps: 2000, qpsPerReplica: 200 });
            expect(ok.checks.map((c) => [c.subject, c.needed, c.reachable, c.passes])).to.deep.equal([["workload", 10, 30, true]]);
            expect(ok.checks[0].members[0].threshold).to.equal("cpu at 60 %");
            const tooMany = checkEventCapacity(t, { ...NO_PEAK, peakQps: 5000, qpsPerReplica: 200 });
            expect(tooMany.checks[0]).to.include({ needed: 25, reachable: 30, passes: false });
            // 6 × S5.LARGE8 at 85 %: 20.4 vCPU for 25 × 1 CPU.
            expect(tooMany.violations.map((v) => v.message)).to.deep.equal([
                "Node pools general must hold 25 replicas of web at the peak (25 × 1000m CPU / 1024Mi); at their `maxSize` they offer about 20.4 vCPU and 41779Mi to pods.",
            ]);
            const beyond = checkEventCapacity(t, { ...NO_PEAK, peakQps: 8000, qpsPerReplica: 200 });
            expect(beyond.violations[0].message).to.equal("HorizontalPodAutoscaler web-hpa must let web reach the 40 replicas a peak of 8,000 QPS needs at 200 QPS per replica; `maxReplicas` is 30.");
        });

        it("sums node pools' maximums and fixes a pool that does not autoscale at its size", () => {
            const b = new StackBuilder("k8s", false);
            network(b, [Z3, Z4]);
            cluster(b, [
                { name: "elastic", subnets: ["subnet-3", "subnet-4"], min: 2, max: 10 },
                { name: "fixed", subnets: ["subnet-3", "subnet-4"], min: 4, max: 40, autoscale: false },
            ]);
            const report = checkEventCapacity(topologyOfStack(b.build()), { ...NO_PEAK, peakQps: 15_000, qpsPerNode: 1000 });
            expect(report.checks[0]).to.include({ subject: "node-pools", needed: 15, reachable: 14, passes: false });
            expect(report.violations[0].message).to.contain("elastic up to 10; fixed fixed at 4 (`enableAutoScale` false)");
        });

        it("never throws on unknown, secret or malformed props", () => {
            const value = fc.oneof(
                fc.constantFrom(UNKNOWN, "", "GREATER_THAN", "TARGET_TRACKING", "EXACT_CAPACITY", "2026-11-10T23:00:00+08:00", "not a time", "asg-1"),
                fc.integer({ min: -10, max: 5000 }),
                fc.boolean(),
                fc.constant(null),
                fc.array(fc.constantFrom(UNKNOWN, "asg-1", 3), { maxLength: 3 }),
                fc.constant({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: 7 }),
            );
            const props = fc.dictionary(
                fc.constantFrom("minSize", "maxSize", "desiredCapacity", "scalingGroupId", "policyType", "adjustmentValue", "adjustmentType", "comparisonOperator", "threshold", "startTime", "recurrence", "enableAutoScale", "spec", "id"),
                value,
                { maxKeys: 6 },
            );
            const kinds = ["tencentcloud_as_scaling_group", "tencentcloud_as_scaling_policy", "tencentcloud_as_schedule", "tencentcloud_kubernetes_node_pool"] as const;
            fc.assert(
                fc.property(fc.array(fc.tuple(fc.constantFrom(...kinds), props), { maxLength: 6 }), fc.string(), (resources, eventStart) => {
                    const b = new StackBuilder("fuzz", true);
                    resources.forEach(([kind, p], i) => b.add(tok(kind), `r${i}`, { ...p, id: `asg-${i}` } as WireProps));
                    b.add(K8S.deployment, "w", deployment("w"));
                    b.add(K8S.hpa, "h", { spec: UNKNOWN });
                    const report = checkEventCapacity(topologyOfStack(b.build()), { peakQps: 1000, qpsPerInstance: 10, qpsPerReplica: 10, qpsPerNode: 10, eventStart, backendLimit: 1000 });
                    expect(report.configured).to.equal(true);
                    report.violations.forEach((v) => expect(v.message).to.be.a("string").and.not.equal(""));
                }),
                { numRuns: 150 },
            );
        });

        it("stays silent when sizes are unknown during a preview", () => {
            const b = new StackBuilder("gw", true);
            b.add(tok("tencentcloud_as_scaling_group"), "pending", { minSize: UNKNOWN, maxSize: UNKNOWN });
            const report = checkEventCapacity(topologyOfStack(b.build()), { ...NO_PEAK, peakQps: 1_000_000, qpsPerInstance: 10 });
            expect(report.checks[0].complete).to.equal(false);
            expect(report.violations).to.deep.equal([]);
        });
    });
});
