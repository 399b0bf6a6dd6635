import { expect } from "chai";
import { readEvents } from "@zonesafe/model";
import { planZonalNodePool, ZonalNodePoolArgs } from "../../components/kubernetes/zonalNodePool";
import { planSpreadWorkload } from "../../components/kubernetes/spreadWorkload";
import { cronAt, EVENT_SCALE_BACK_MINUTES, planEventCapacity } from "../../components/scaling/eventCapacity";
import { planElasticScalingGroup } from "../../components/scaling/elasticScalingGroup";
import { planTieredScalingPools } from "../../components/scaling/tieredScalingPools";
import { ResourceRecord, StackRecord } from "../../engine/types";
import { expectProblem, GZ, refusal, subnetsIn } from "../components/support";
import { runStack } from "../support/stacks";

const SCHEDULE = "tencentcloud:index/asSchedule:AsSchedule";
const GROUP = "tencentcloud:index/asScalingGroup:AsScalingGroup";
const NODE_POOL = "tencentcloud:index/kubernetesNodePool:KubernetesNodePool";
const CRON = "kubernetes:autoscaling.cloud.tencent.com/v1:HorizontalPodCronscaler";

const double11 = { name: "double-11", start: "2027-11-11T00:00:00+08:00", end: "2027-11-12T02:00:00+08:00", peakQps: 24000, warmUpMinutes: 60 };
const spring = { name: "spring-festival", start: "2028-01-25T20:00:00+08:00", end: "2028-01-26T02:00:00+08:00", peakQps: 12000, warmUpMinutes: 90 };

const of = (s: StackRecord, type: string) => s.resources.filter((r) => r.type === type);
const byName = (s: StackRecord) => new Map(s.resources.map((r) => [r.name, r]));

describe("events: scheduled capacity", function () {
    this.timeout(120000);

    describe("the planner (pure)", () => {
        it("scales out at start − warm-up and back 30 minutes after the end, to the units the peak needs within the bounds", () => {
            const [event] = readEvents([double11]).events;
            const [plan] = planEventCapacity([event], { minSize: 9, maxSize: 36, qpsPerUnit: 1000 });
            expect(plan).to.deep.equal({
                event: "double-11",
                scaleOutAt: "2027-11-10T23:00:00+08:00",
                scaleBackAt: "2027-11-12T02:30:00+08:00",
                offset: "+08:00",
                needed: 24,
                peakSize: 24,
                capped: false,
                restingMin: 9,
                maxSize: 36,
                restingDesired: 9,
            });
            expect(EVENT_SCALE_BACK_MINUTES).to.equal(30);
        });

        it("caps at the maximum (and says so), raises to the maximum without a per-unit figure, never below the resting size", () => {
            const [event] = readEvents([double11]).events;
            expect(planEventCapacity([event], { minSize: 9, maxSize: 20, qpsPerUnit: 1000 })[0]).to.include({ needed: 24, peakSize: 20, capped: true });
            expect(planEventCapacity([event], { minSize: 9, maxSize: 36 })[0]).to.include({ needed: 36, peakSize: 36, capped: false });
            expect(planEventCapacity([event], { minSize: 9, maxSize: 36, desired: 12, qpsPerUnit: 100000 })[0]).to.include({ needed: 1, peakSize: 12, restingDesired: 12 });
        });

        it("writes times in the event's own offset, or in the offset asked for (Auto Scaling's UTC+8) at the same instant", () => {
            const [event] = readEvents([{ ...double11, start: "2027-11-11T00:00:00+09:00", end: "2027-11-11T06:00:00+09:00", warmUpMinutes: 0 }]).events;
            expect(planEventCapacity([event], { minSize: 2, maxSize: 4 })[0]).to.include({ scaleOutAt: "2027-11-11T00:00:00+09:00", scaleBackAt: "2027-11-11T06:30:00+09:00", offset: "+09:00" });
            expect(planEventCapacity([event], { minSize: 2, maxSize: 4 }, "+08:00")[0]).to.include({ scaleOutAt: "2027-11-10T23:00:00+08:00", scaleBackAt: "2027-11-11T05:30:00+08:00", offset: "+08:00" });
        });

        it("writes TKE cron expressions with seconds first, read in the time's offset", () => {
            expect(cronAt("2027-11-10T23:00:00+08:00")).to.equal("0 0 23 10 11 *");
            expect(cronAt("2028-01-05T02:30:15+09:00")).to.equal("15 30 2 5 1 *");
        });
    });

    describe("the components take `events`, validated like every other argument", () => {
        const pool = (over: Partial<ZonalNodePoolArgs>): ZonalNodePoolArgs => ({ clusterId: "cls-1", vpcId: "vpc-1", subnets: subnetsIn(GZ), instanceType: "SA5.LARGE8", minSize: 3, maxSize: 9, ...over });

        it("plans a node pool's, a scaling group's and a workload's events", () => {
            expect(planZonalNodePool("workers", pool({ events: [double11], qpsPerNode: 3000 })).events?.[0]).to.include({ event: "double-11", peakSize: 8, needed: 8 });
            const group = planElasticScalingGroup("gw", { vpcId: "vpc-1", subnets: subnetsIn(GZ), imageId: "img-1", instanceTypes: ["SA5.LARGE8"], minSize: 3, maxSize: 30, events: [double11, spring] });
            expect(group.events?.map((e) => [e.event, e.peakSize])).to.deep.equal([["double-11", 30], ["spring-festival", 30]]);
            const workload = planSpreadWorkload("orders", { image: "r/orders:1.0.0", containerPort: 8080, zones: GZ, minReplicas: 3, maxReplicas: 30, events: [double11], qpsPerReplica: 1500 });
            expect(workload.events?.[0]).to.include({ peakSize: 16, restingMin: 3, maxSize: 30, scaleOutAt: "2027-11-10T23:00:00+08:00" });
            expect(planZonalNodePool("workers", pool({}))).to.not.have.property("events");
        });

        it("refuses a bad event with the field, the rule and the fix, and a per-unit figure that is not above 0", () => {
            const e = refusal(() => planZonalNodePool("workers", pool({ events: [{ ...double11, end: "2027-11-10T00:00:00+08:00" }, { ...double11, name: "Double 11" }], qpsPerNode: 0 })));
            expectProblem(e, "events[0].end", "must be after start");
            expectProblem(e, "events[1].name", "lower-case name");
            expectProblem(e, "qpsPerNode", "above 0");
            expect(e.message).to.contain("Fix:");
            const notList = refusal(() => planElasticScalingGroup("gw", { vpcId: "vpc-1", subnets: subnetsIn(GZ), imageId: "img-1", instanceTypes: ["SA5.LARGE8"], events: "double-11" as never }));
            expectProblem(notList, "events", "must be a list of events");
        });

        it("TieredScalingPools passes the events to its three pools, and names a bad one once", () => {
            const shared = { vpcId: "vpc-1", subnets: subnetsIn(GZ), imageId: "img-1", instanceTypes: ["SA5.LARGE8"], poolMinSize: 30, poolMaxSize: 90, event: { peakStart: "2027-11-11T00:00:00+08:00" } };
            const plan = planTieredScalingPools("gw", { ...shared, events: [double11] });
            expect(Object.values(plan.pools).map((p) => [p.pool, p.events?.[0].peakSize, p.events?.[0].restingMin])).to.deep.equal([
                ["daily", 90, 30],
                ["burst", 90, 30],
                ["event", 90, 3],
            ]);
            const e = refusal(() => planTieredScalingPools("gw", { ...shared, events: [{ ...double11, warmUpMinutes: 5000 }] }));
            expect(e.problems.filter((p) => p.field === "events[0].warmUpMinutes")).to.have.length(1);
        });
    });

    describe("under the embedded engine, on the reference stacks", () => {
        let retail: StackRecord;
        before(async () => ({ stack: retail } = await runStack("retail-prod")));

        it("retail-prod: the node pool gets the Double-11 pair on its Auto Scaling group, sized for the peak, in UTC+8", () => {
            const pools = of(retail, NODE_POOL);
            const schedules = of(retail, SCHEDULE);
            expect(schedules.map((s) => s.name).sort()).to.deep.equal(["retail-workers-double-11-back", "retail-workers-double-11-out"]);
            const [out, back] = ["retail-workers-double-11-out", "retail-workers-double-11-back"].map((n) => byName(retail).get(n)!);
            expect(out.inputs).to.include({ startTime: "2027-11-10T23:00:00+08:00", minSize: 24, desiredCapacity: 24, maxSize: 36, scheduleActionName: "retail-workers-double-11-out" });
            expect(back.inputs).to.include({ startTime: "2027-11-12T02:30:00+08:00", minSize: 9, desiredCapacity: 9, maxSize: 36 });
            for (const s of [out, back]) {
                // The group id is the node pool's output: the schedule is built from the pool.
                expect(s.propertyDependencies.scalingGroupId).to.deep.equal([pools[0].urn]);
                expect(s.parent).to.equal(pools[0].parent);
            }
        });

        it("retail-prod: every workload gets a HorizontalPodCronscaler on its autoscaler for the event", () => {
            const crons = of(retail, CRON);
            expect(crons.map((c) => c.name).sort()).to.deep.equal(["orders-double-11-cron", "payments-double-11-cron", "storefront-api-double-11-cron"]);
            const orders = byName(retail).get("orders-double-11-cron")!;
            expect(orders.inputs).to.deep.include({ apiVersion: "autoscaling.cloud.tencent.com/v1", kind: "HorizontalPodCronscaler" });
            const spec = orders.inputs.spec as Record<string, unknown>;
            expect(spec.scaleTarget).to.deep.equal({ apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", name: "orders", namespace: "retail" });
            expect(spec.crons).to.deep.equal([
                { name: "double-11-out", schedule: "0 0 23 10 11 *", minSize: 16, maxSize: 30 },
                { name: "double-11-back", schedule: "0 30 2 12 11 *", minSize: 4, maxSize: 30 },
            ]);
            expect(orders.dependencies).to.include(byName(retail).get("orders-hpa")!.urn);
        });

        it("adding an event adds its own pair and cron scalers and renames nothing: the Double-11 children keep their URNs and inputs", async () => {
            const { stack } = await runStack("retail-prod", { config: { "zonesafe:events": JSON.stringify([spring, double11]) } });
            const before = new Map(retail.resources.map((r) => [r.urn, r]));
            const added = stack.resources.filter((r) => !before.has(r.urn));
            expect(added.map((r) => r.name).filter((n) => /spring-festival-(out|back|cron)$/.test(n)).sort()).to.deep.equal([
                "orders-spring-festival-cron",
                "payments-spring-festival-cron",
                "retail-workers-spring-festival-back",
                "retail-workers-spring-festival-out",
                "storefront-api-spring-festival-cron",
            ]);
            const now = new Map(stack.resources.map((r) => [r.urn, r]));
            for (const r of [...of(retail, SCHEDULE), ...of(retail, CRON)]) {
                expect(now.get(r.urn), r.name).to.not.equal(undefined);
                expect(now.get(r.urn)!.inputs).to.deep.equal(r.inputs);
            }
            const springOut = stack.resources.find((r) => r.name === "retail-workers-spring-festival-out")!;
            expect(springOut.inputs).to.include({ startTime: "2028-01-25T18:30:00+08:00", minSize: 12 });
        });

        it("beacon-prod with events: every scaling group of every cluster gets a pair per event, beside the event pool's own schedule", async () => {
            const base = (await runStack("beacon-prod")).stack;
            const { stack } = await runStack("beacon-prod", { config: { "zonesafe:events": JSON.stringify([double11, spring]) } });
            const groups = of(stack, GROUP);
            expect(groups.length).to.be.greaterThan(0);
            const added = of(stack, SCHEDULE).length - of(base, SCHEDULE).length;
            expect(added).to.equal(groups.length * 2 * 2);
            const schedules = of(stack, SCHEDULE);
            for (const g of groups) {
                const mine = schedules.filter((s: ResourceRecord) => s.propertyDependencies.scalingGroupId?.includes(g.urn) && /-(double-11|spring-festival)-(out|back)$/.test(s.name));
                expect(mine.map((s) => /(double-11|spring-festival)-(out|back)$/.exec(s.name)![0]).sort(), g.name).to.deep.equal([
                    "double-11-back",
                    "double-11-out",
                    "spring-festival-back",
                    "spring-festival-out",
                ]);
                const out = mine.find((s) => s.name.endsWith("double-11-out"))!;
                expect(out.inputs.startTime).to.equal("2027-11-10T23:00:00+08:00");
                expect(out.inputs.minSize, "without a per-instance figure each pool goes to its maximum").to.equal(g.inputs.maxSize);
            }
        });
    });
});
