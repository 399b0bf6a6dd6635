import { expect } from "chai";
import { ElasticScalingGroup, ElasticScalingGroupArgs, planElasticScalingGroup } from "../../components/scaling/elasticScalingGroup";
import { parseScheduleTime, shiftScheduleTime } from "../../components/scaling/schedule";
import { TieredScalingPools, TieredScalingPoolsArgs, planTieredScalingPools } from "../../components/scaling/tieredScalingPools";
import { GZ, T, expectProblem, inputsOf, list, one, ofType, record, refusal, subnetsIn } from "./support";

const lb = { loadBalancerId: "lb-1", listenerId: "lbl-1", port: 8080 };
const args = (over: Partial<ElasticScalingGroupArgs> = {}): ElasticScalingGroupArgs => ({
    vpcId: "vpc-1",
    subnets: subnetsIn(GZ),
    imageId: "img-1",
    instanceTypes: ["SA5.LARGE8", "S5.LARGE8"],
    loadBalancers: [lb],
    ...over,
});
const PEAK = "2025-11-11T00:00:00+08:00";

/** Runs `fn`, returning what it wrote with console.warn (where Pulumi logs without an engine). */
async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => void seen.push(a.join(" "));
    try {
        await fn();
    } finally {
        console.warn = original;
    }
    return seen;
}

describe("ElasticScalingGroup", () => {
    describe("plan", () => {
        it("defaults to the gateway's daily pool: out above 60 %, in below 20 %, cooldown 300 s, EQUALITY over the zones", () => {
            const plan = planElasticScalingGroup("gw", args());
            expect(plan).to.include({
                pool: "daily",
                scaleOutCpu: 60,
                scaleInCpu: 20,
                minThresholdGap: 20,
                cooldownSeconds: 300,
                multiZoneSubnetPolicy: "EQUALITY",
                minSize: 3,
                maxSize: 10,
                desiredCapacity: 3,
                scaleOutStep: 3,
                scaleInStep: 3,
                backendLimit: 1000,
                splitAdvised: false,
                healthCheckType: "CLB",
                replaceMonitorUnhealthy: true,
                replaceLoadBalancerUnhealthy: true,
            });
            expect(plan.zones).to.deep.equal(GZ);
        });

        it("accepts the burst pool's published 50/40 and refuses it for a daily pool", () => {
            expect(planElasticScalingGroup("gw", args({ pool: "burst" }))).to.include({ scaleOutCpu: 50, scaleInCpu: 40, minThresholdGap: 10 });
            const e = refusal(() => planElasticScalingGroup("gw", args({ scaleOutCpu: 50, scaleInCpu: 40 })));
            expectProblem(e, "scaleInCpu", "at least 20 points below `scaleOutCpu` (50) for a daily pool", "got 40", "lower `scaleInCpu` to 30");
            // An unknown pool is refused, and the gap is judged against the daily pool's figures without naming it.
            const odd = refusal(() => planElasticScalingGroup("gw", args({ pool: { toString: "" } as never, scaleOutCpu: 50, scaleInCpu: 40 })));
            expect(odd.problems.map((p) => p.field)).to.have.members(["pool", "scaleInCpu"]);
            expectProblem(odd, "scaleInCpu", "below `scaleOutCpu` (50) for a pool, or the group flaps");
        });

        it("refuses a maximum above the gateway's backend limit, and warns above half of it", () => {
            expectProblem(refusal(() => planElasticScalingGroup("gw", args({ maxSize: 1200 }))), "maxSize", "backend limit per region (`backendLimit`, 1000)", "got 1200");
            expectProblem(refusal(() => planElasticScalingGroup("gw", args({ maxSize: 300, backendLimit: 200 }))), "maxSize", "(`backendLimit`, 200)");
            const plan = planElasticScalingGroup("gw", args({ minSize: 300, maxSize: 600 }));
            expect(plan.splitAdvised).to.equal(true);
            expect(plan.warnings[0]).to.include("split the service by business, then by region, then add a cluster");
            expect(planElasticScalingGroup("gw", args({ minSize: 300, maxSize: 500 })).splitAdvised).to.equal(false);
        });

        it("refuses one zone and a minimum below the zones", () => {
            expectProblem(refusal(() => planElasticScalingGroup("gw", args({ subnets: subnetsIn([GZ[0]]) }))), "subnets", "at least 2 distinct zones");
            expectProblem(refusal(() => planElasticScalingGroup("gw", args({ minSize: 2 }))), "minSize", "at least the number of zones (3)");
        });

        it("uses CVM health checks without a CLB", () => {
            expect(planElasticScalingGroup("gw", args({ loadBalancers: [] }))).to.include({ healthCheckType: "CVM", replaceLoadBalancerUnhealthy: false, replaceMonitorUnhealthy: true });
        });

        it("brings the event pool up before the peak and back down after it", () => {
            const plan = planElasticScalingGroup("gw", args({ pool: "event", minSize: 3, maxSize: 1000, event: { peakStart: PEAK } }));
            expect(plan.event).to.deep.equal({
                peakStart: PEAK,
                scaleUpAt: "2025-11-10T23:00:00+08:00",
                scaleDownAt: "2025-11-12T00:00:00+08:00",
                leadMinutes: 60,
                peakMinSize: 300,
            });
            expectProblem(refusal(() => planElasticScalingGroup("gw", args({ pool: "event" }))), "event", "is required for the event pool");
            expectProblem(refusal(() => planElasticScalingGroup("gw", args({ event: { peakStart: PEAK } }))), "event", "applies only to the event pool");
            expectProblem(refusal(() => planElasticScalingGroup("gw", args({ pool: "event", event: { peakStart: "2025-11-11 00:00" } }))), "event.peakStart", "YYYY-MM-DDThh:mm:ss+08:00");
        });

        it("computes schedule times in UTC+8", () => {
            expect(shiftScheduleTime("2025-01-01T00:30:00+08:00", -45)).to.equal("2024-12-31T23:45:00+08:00");
            expect(parseScheduleTime("2025-02-30T00:00:00+08:00")).to.equal(undefined);
        });
    });

    describe("under mocks", () => {
        it("records the group across zones on the CLB listener, unhealthy replacement, and the two alarm policies", async () => {
            const stack = await record(() => {
                new ElasticScalingGroup("gw", args());
            });
            const component = one(stack, "zonesafe:scaling:ElasticScalingGroup");
            const config = one(stack, T.scalingConfig, "gw-config");
            expect(config.inputs).to.include({ publicIpAssigned: false, internetMaxBandwidthOut: 0, enhancedMonitorService: true, imageId: "img-1" });
            expect((config.inputs.instanceTags as Record<string, string>)["zonesafe:pool"]).to.equal("gw");
            const group = one(stack, T.scalingGroup, "gw-group");
            expect(group.parent).to.equal(component.urn);
            expect(group.inputs).to.include({
                configurationId: "gw-config-id",
                multiZoneSubnetPolicy: "EQUALITY",
                minSize: 3,
                maxSize: 10,
                healthCheckType: "CLB",
                replaceMonitorUnhealthy: true,
                replaceLoadBalancerUnhealthy: true,
                defaultCooldown: 300,
                lbHealthCheckGracePeriod: 120,
            });
            expect(group.inputs.subnetIds).to.deep.equal(["subnet-app-1", "subnet-app-2", "subnet-app-3"]);
            expect(group.inputs.terminationPolicies, "a list on the official route").to.deep.equal(["OLDEST_INSTANCE"]);
            expect(list(inputsOf(group).forwardBalancerIds)).to.deep.equal([
                { loadBalancerId: "lb-1", listenerId: "lbl-1", targetAttributes: [{ port: 8080, weight: 10 }] },
            ]);
            const out = one(stack, T.scalingPolicy, "gw-scale-out");
            const inn = one(stack, T.scalingPolicy, "gw-scale-in");
            expect(out.inputs).to.include({ metricName: "CPU_UTILIZATION", comparisonOperator: "GREATER_THAN", threshold: 60, cooldown: 300, adjustmentValue: 3, scalingGroupId: "gw-group-id" });
            expect(inn.inputs).to.include({ metricName: "CPU_UTILIZATION", comparisonOperator: "LESS_THAN", threshold: 20, cooldown: 300, adjustmentValue: -3 });
            expect(ofType(stack, T.schedule)).to.have.length(0);
        });

        it("warns above half the backend limit", async () => {
            const seen = await warnings(() =>
                record(() => {
                    new ElasticScalingGroup("gw", args({ minSize: 300, maxSize: 800 }));
                }),
            );
            expect(seen.join("\n")).to.include("gw: maxSize 800 is above half of the gateway's backend limit per region (1000)");
        });
    });
});

describe("TieredScalingPools", () => {
    const tiered = (over: Partial<TieredScalingPoolsArgs> = {}): TieredScalingPoolsArgs => {
        const { pool: _pool, ...shared } = args();
        return { ...shared, event: { peakStart: PEAK }, ...over };
    };

    it("builds the published table: daily 60/20, burst 50/40, event 60/20, each 300–1000", () => {
        const plan = planTieredScalingPools("gw", tiered());
        expect(plan.dailyTrafficShare).to.deep.equal({ daily: 7, burst: 3 });
        const row = (k: "daily" | "burst" | "event") => {
            const p = plan.pools[k];
            return [p.scaleInCpu, p.scaleOutCpu, p.minSize, p.maxSize];
        };
        expect(row("daily")).to.deep.equal([20, 60, 300, 1000]);
        expect(row("burst")).to.deep.equal([40, 50, 300, 1000]);
        expect(row("event")).to.deep.equal([20, 60, 3, 1000]);
        expect(plan.pools.event.event!.peakMinSize).to.equal(300);
        expect(plan.pools.daily.splitAdvised).to.equal(true);
    });

    it("scales the pool sizes from its arguments", () => {
        const plan = planTieredScalingPools("gw", tiered({ poolMinSize: 30, poolMaxSize: 100 }));
        expect([plan.pools.daily.minSize, plan.pools.burst.maxSize, plan.pools.event.event!.peakMinSize]).to.deep.equal([30, 100, 30]);
        expect(plan.pools.daily.splitAdvised).to.equal(false);
    });

    it("reports each problem once, under its own argument", () => {
        const e = refusal(() => planTieredScalingPools("gw", tiered({ poolMaxSize: 2000, subnets: subnetsIn([GZ[0]]) })));
        expect(e.componentType).to.equal("zonesafe:scaling:TieredScalingPools");
        expect(e.problems.filter((p) => p.field === "subnets")).to.have.length(1);
        expectProblem(e, "poolMaxSize", "backend limit");
        expectProblem(refusal(() => planTieredScalingPools("gw", tiered({ event: undefined as unknown as { peakStart: string } }))), "event", "is required for the event pool");
    });

    it("creates three groups with their policies, and the event pool's schedules", async () => {
        const seen = await warnings(async () => {
            const stack = await record(() => {
                new TieredScalingPools("gw", tiered());
            });
            const top = one(stack, "zonesafe:scaling:TieredScalingPools");
            const groups = ofType(stack, "zonesafe:scaling:ElasticScalingGroup");
            expect(groups.map((g) => g.name)).to.have.members(["gw-daily", "gw-burst", "gw-event"]);
            for (const g of groups) expect(g.parent).to.equal(top.urn);
            expect(ofType(stack, T.scalingGroup)).to.have.length(3);
            expect(ofType(stack, T.scalingPolicy).map((p) => [p.name, p.inputs.threshold])).to.have.deep.members([
                ["gw-daily-scale-out", 60],
                ["gw-daily-scale-in", 20],
                ["gw-burst-scale-out", 50],
                ["gw-burst-scale-in", 40],
                ["gw-event-scale-out", 60],
                ["gw-event-scale-in", 20],
            ]);
            const up = one(stack, T.schedule, "gw-event-event-up");
            const down = one(stack, T.schedule, "gw-event-event-down");
            expect(up.inputs).to.include({ startTime: "2025-11-10T23:00:00+08:00", minSize: 300, desiredCapacity: 300, maxSize: 1000, scalingGroupId: "gw-event-group-id" });
            expect(down.inputs).to.include({ startTime: "2025-11-12T00:00:00+08:00", minSize: 3, desiredCapacity: 3 });
        });
        expect(seen.filter((w) => w.includes("split the service"))).to.have.length(3);
    });
});
