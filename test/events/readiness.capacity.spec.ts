import { expect } from "chai";
import { EVENTS_CONFIG_KEY } from "@zonesafe/model";
import { EVENT_CAPACITY_POLICY } from "../../policies/resilience";
import { StackRecord } from "../../engine/types";
import { evaluateRecord } from "../support/eventRecord";
import { runStack } from "../support/stacks";

const double11 = { name: "double-11", start: "2027-11-11T00:00:00+08:00", end: "2027-11-12T02:00:00+08:00", peakQps: 24000, warmUpMinutes: 60 };
const spring = { name: "spring-festival", start: "2028-01-25T20:00:00+08:00", end: "2028-01-26T02:00:00+08:00", peakQps: 40000, warmUpMinutes: 90 };

describe("events: the capacity check per event (zonesafe-event-capacity)", function () {
    this.timeout(120000);
    let retail: StackRecord;
    before(async () => ({ stack: retail } = await runStack("retail-prod")));

    const capacityOf = (config: Record<string, string>, configs?: Record<string, unknown>) => evaluateRecord(retail, { config, configs }).capacity;

    it("runs once per declared event, with each event's peak, against every pool and autoscaled workload", () => {
        const report = capacityOf({ [EVENTS_CONFIG_KEY]: JSON.stringify([double11, spring]) });
        expect(report.configured).to.equal(true);
        expect(report.events?.map((e) => [e.event.name, e.report.peak.peakQps, e.report.peak.eventStart, e.report.passes])).to.deep.equal([
            ["double-11", 24000, "2027-11-11T00:00:00+08:00", true],
            ["spring-festival", 40000, "2028-01-25T20:00:00+08:00", false],
        ]);
        // The same members serve both events: three workloads and the node pool, each with its own figure.
        for (const e of report.events ?? []) expect(e.report.checks.map((c) => c.subject)).to.deep.equal(["workload", "workload", "workload", "node-pools"]);
        expect(report.checks.map((c) => `${c.name} ${c.needed}/${c.reachable}`)).to.deep.equal([
            "double-11: storefront-api-deployment (HorizontalPodAutoscaler storefront-api-hpa) 16/40",
            "double-11: orders-deployment (HorizontalPodAutoscaler orders-hpa) 16/30",
            "double-11: payments-deployment (HorizontalPodAutoscaler payments-hpa) 16/20",
            "double-11: TKE node pools (retail-workers-pool) 24/36",
            "spring-festival: storefront-api-deployment (HorizontalPodAutoscaler storefront-api-hpa) 27/40",
            "spring-festival: orders-deployment (HorizontalPodAutoscaler orders-hpa) 27/30",
            "spring-festival: payments-deployment (HorizontalPodAutoscaler payments-hpa) 27/20",
            "spring-festival: TKE node pools (retail-workers-pool) 40/36",
        ]);
        expect(report.passes).to.equal(false);
        expect(report.peak.peakQps, "the report's headline is the largest event").to.equal(40000);
    });

    it("reports only the events that fall short, each violation naming its event", () => {
        const report = capacityOf({ [EVENTS_CONFIG_KEY]: JSON.stringify([double11, spring]) });
        expect(report.violations.map((v) => v.message)).to.deep.equal([
            "Event spring-festival (2028-01-25T20:00:00+08:00 to 2028-01-26T02:00:00+08:00, peak 40,000 QPS): HorizontalPodAutoscaler payments-hpa must let payments-deployment reach the 27 replicas a peak of 40,000 QPS needs at 1,500 QPS per replica; `maxReplicas` is 20.",
            "Event spring-festival (2028-01-25T20:00:00+08:00 to 2028-01-26T02:00:00+08:00, peak 40,000 QPS): TKE node pools must together reach the 40 nodes a peak of 40,000 QPS needs at 1,000 QPS per node; they reach 36 (retail-workers-pool up to 36).",
        ]);
        expect(report.violations[0].urn).to.match(/Deployment::payments-deployment$/);
        expect(capacityOf({}).violations, "retail-prod's own Double 11 fits").to.deep.equal([]);
    });

    it("takes the per-unit figures from the stack's zonesafe:capacity unless the policy sets its own; the policy's own peak is one check, as before", () => {
        const tighter = capacityOf({}, { [EVENT_CAPACITY_POLICY]: { qpsPerReplica: 1000 } });
        expect(tighter.violations.map((v) => v.message)).to.have.length(1);
        expect(tighter.violations[0].message).to.match(/^Event double-11 .*payments-hpa must let payments-deployment reach the 24 replicas/);
        const own = capacityOf({}, { [EVENT_CAPACITY_POLICY]: { peakQps: 31000 } });
        expect(own.events).to.equal(undefined);
        expect(own.peak.peakQps).to.equal(31000);
        expect(own.checks.map((c) => c.name)).to.not.satisfy((names: string[]) => names.some((n) => n.startsWith("double-11:")));
        expect(own.violations.map((v) => v.message).join("\n")).to.contain("payments-deployment reach the 21 replicas").and.to.not.contain("Event ");
    });
});
