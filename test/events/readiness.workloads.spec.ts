import { expect } from "chai";
import { CAPACITY_CONFIG_KEY, EVENTS_CONFIG_KEY, TKE_CRON_SCALER_TYPE, UNKNOWN } from "@zonesafe/model";
import { CoreResult } from "../../policies/core";
import { EVENT_READINESS_POLICY } from "../../policies/stack/eventReadiness";
import { topologyOfStack } from "../../cli/stackTopology";
import { StackRecord } from "../../engine/types";
import { evaluateRecord, RecordEvaluation, withResources } from "../support/eventRecord";
import { runStack } from "../support/stacks";

const LABEL = "Event double-11 (2027-11-11T00:00:00+08:00 to 2027-11-12T02:00:00+08:00, peak 24,000 QPS)";
type Resource = StackRecord["resources"][number];

let retail: StackRecord;

/** The core over a (possibly altered) retail-prod record, ten days before Double 11, with config overrides. */
const evaluate = (o: { stack?: StackRecord; config?: RecordEvaluation["config"] } = {}): CoreResult => evaluateRecord(o.stack ?? retail, { config: o.config });

const found = (r: CoreResult) => r.violationsOf(EVENT_READINESS_POLICY);

/** The retail-prod record with its resources changed by `fn`. */
const altered = (fn: (resources: Resource[]) => Resource[]): StackRecord => withResources(retail, fn);

/** The record with one cron of one workload's HorizontalPodCronscaler changed, in its inputs and its outputs. */
function withCron(workload: string, cron: "out" | "back", change: Record<string, unknown>): StackRecord {
    return altered((rs) =>
        rs.map((r) => {
            if (r.type !== TKE_CRON_SCALER_TYPE || r.name !== `${workload}-double-11-cron`) return r;
            for (const props of [r.inputs, r.outputs]) {
                const crons = (props as { spec?: { crons?: Array<Record<string, unknown>> } } | undefined)?.spec?.crons ?? [];
                const target = crons.find((c) => c.name === `double-11-${cron}`);
                if (target) Object.assign(target, change);
            }
            return r;
        }),
    );
}

describe("zonesafe-event-readiness: the workloads' scheduled scaling (TKE HorizontalPodCronscalers), through the core at an injected time", function () {
    this.timeout(120000);
    before(async () => ({ stack: retail } = await runStack("retail-prod")));

    it("passes retail-prod: each autoscaled Deployment's HPA has a cron scaler raising it to the 16 replicas 24,000 QPS needs at 23:00 the day before", () => {
        const r = evaluate();
        expect(found(r)).to.deep.equal([]);
        expect(r.readiness.events.map((e) => [e.event.name, e.ready])).to.deep.equal([["double-11", true]]);
        // The relation the check reads: one scaler per autoscaler, targeting it by name.
        const t = topologyOfStack(retail);
        const pairs = t.ofKind("hpa").map((hpa) => [hpa.name, t.cronScalersOf(hpa).scalers.map((s) => s.name), t.cronScalersOf(hpa).undecided]);
        expect(pairs).to.deep.equal([
            ["storefront-api-hpa", ["storefront-api-double-11-cron"], false],
            ["orders-hpa", ["orders-double-11-cron"], false],
            ["payments-hpa", ["payments-double-11-cron"], false],
        ]);
        for (const s of t.nodes.filter((n) => n.type === TKE_CRON_SCALER_TYPE)) {
            expect(s.props).to.have.nested.property("spec.crons[0].schedule", "0 0 23 10 11 *");
            expect(s.props).to.have.nested.property("spec.crons[0].minSize", 16);
        }
    });

    it("fails a workload whose cron scaler is missing, on the Deployment, naming the event, the workload, the autoscaler and the fix", () => {
        const r = evaluate({ stack: altered((rs) => rs.filter((x) => x.name !== "payments-double-11-cron")) });
        const v = found(r);
        expect(v).to.have.length(1);
        expect(v[0].urn).to.match(/Deployment::payments-deployment$/);
        expect(v[0].message).to.equal(
            `${LABEL} has no scheduled capacity: Deployment payments-deployment must be raised to 16 replicas (what the peak needs at 1,500 QPS per replica) by 2027-11-10T23:00:00+08:00 (the start less 60 minutes of warm-up); no HorizontalPodCronscaler targets its HorizontalPodAutoscaler payments-hpa. Fix: pass the stack's events to the component that builds it (\`events\`, with \`qpsPerReplica\`), or add a HorizontalPodCronscaler on HorizontalPodAutoscaler payments with a cron firing at or before 2027-11-10T23:00:00+08:00 in the event's offset (\`0 0 23 10 11 *\`) with \`minSize\` 16.`,
        );
        expect(r.readiness.events[0].ready).to.equal(false);
        // A peak the resting floor already holds (3,000 QPS: 2 replicas, minReplicas 4) needs no scheduled scaling.
        const small = JSON.stringify([{ name: "double-11", start: "2027-11-11T00:00:00+08:00", end: "2027-11-12T02:00:00+08:00", peakQps: 3000, warmUpMinutes: 60 }]);
        expect(found(evaluate({ stack: altered((rs) => rs.filter((x) => x.name !== "payments-double-11-cron")), config: { [EVENTS_CONFIG_KEY]: small } }))).to.deep.equal([]);
        // A scaler on another autoscaler does not count for this one.
        const elsewhere = altered((rs) =>
            rs.map((x) => {
                if (x.name !== "payments-double-11-cron") return x;
                for (const props of [x.inputs, x.outputs]) (props as { spec: { scaleTarget: { name: string } } }).spec.scaleTarget.name = "orders";
                return x;
            }),
        );
        expect(found(evaluate({ stack: elsewhere })).map((f) => f.urn)).to.have.length(1).and.to.match(/payments-deployment$/);
    });

    it("fails a cron that fires after start − warm-up, naming the cron, when it fires and the time it must fire by", () => {
        const v = found(evaluate({ stack: withCron("orders", "out", { schedule: "0 30 23 10 11 *" }) }));
        expect(v.map((f) => f.message)).to.deep.equal([
            `${LABEL} has no scheduled capacity: Deployment orders-deployment must be raised to 16 replicas (what the peak needs at 1,500 QPS per replica) by 2027-11-10T23:00:00+08:00 (the start less 60 minutes of warm-up); cron double-11-out (\`0 30 23 10 11 *\`) of HorizontalPodCronscaler orders-double-11-cron fires at 2027-11-10T23:30:00+08:00, after 2027-11-10T23:00:00+08:00. Fix: make it fire at or before 2027-11-10T23:00:00+08:00 (\`0 0 23 10 11 *\` in the event's offset).`,
        ]);
        expect(v[0].urn).to.match(/Deployment::orders-deployment$/);
        // Earlier the same day counts; a day too early (before the event's date) or on no day of the event does not.
        expect(found(evaluate({ stack: withCron("orders", "out", { schedule: "0 0 9 10 11 *" }) }))).to.deep.equal([]);
        expect(found(evaluate({ stack: withCron("orders", "out", { schedule: "0 0 22 9 11 *" }) })).map((f) => f.message)).to.have.length(1).and.to.match(/no cron of its HorizontalPodCronscaler orders-double-11-cron fires for it within the 24 hours up to 2027-11-10T23:00:00\+08:00\. Fix:/);
        // A recurring cron firing every day at 22:30 is in effect at 23:00.
        expect(found(evaluate({ stack: withCron("orders", "out", { schedule: "0 30 22 * * *" }) }))).to.deep.equal([]);
    });

    it("reads the cron in the event's offset, as the components write it", () => {
        // The same instants declared in UTC: the components' `0 0 23 10 11 *` is then 23:00 UTC, eight hours late.
        const utc = JSON.stringify([{ name: "double-11", start: "2027-11-10T16:00:00Z", end: "2027-11-11T18:00:00Z", peakQps: 24000, warmUpMinutes: 60 }]);
        const v = found(evaluate({ config: { [EVENTS_CONFIG_KEY]: utc } })).map((f) => f.message);
        expect(v).to.have.length(3);
        for (const m of v) expect(m).to.contain("fires at 2027-11-10T23:00:00+00:00, after 2027-11-10T15:00:00+00:00");
    });

    it("fails a cron whose minSize is below what the peak needs, and one bringing the workload back before the event ends", () => {
        const small = found(evaluate({ stack: withCron("storefront-api", "out", { minSize: 8 }) }));
        expect(small.map((f) => f.message)).to.deep.equal([
            `${LABEL} has no scheduled capacity: Deployment storefront-api-deployment must be raised to 16 replicas (what the peak needs at 1,500 QPS per replica) by 2027-11-10T23:00:00+08:00 (the start less 60 minutes of warm-up); cron double-11-out (\`0 0 23 10 11 *\`) of HorizontalPodCronscaler storefront-api-double-11-cron fires at 2027-11-10T23:00:00+08:00 with \`minSize\` 8. Fix: set that cron's \`minSize\` to 16 (the components do when given \`qpsPerReplica\`), or raise \`maxReplicas\` where the peak needs more.`,
        ]);
        expect(small[0].urn).to.match(/Deployment::storefront-api-deployment$/);
        const back = found(evaluate({ stack: withCron("storefront-api", "back", { schedule: "0 0 12 11 11 *" }) }));
        expect(back.map((f) => f.message)).to.deep.equal([
            `${LABEL} has no scheduled capacity: Deployment storefront-api-deployment must stay at 16 replicas or more until the event ends (2027-11-12T02:00:00+08:00); cron double-11-back (\`0 0 12 11 11 *\`) of HorizontalPodCronscaler storefront-api-double-11-cron brings its \`minSize\` to 4 at 2027-11-11T12:00:00+08:00. Fix: make that cron fire after 2027-11-12T02:00:00+08:00.`,
        ]);
    });

    it("without a capacity figure, asks only for a raise above the resting minReplicas", () => {
        const noFigure = { [CAPACITY_CONFIG_KEY]: undefined };
        // The capacity check's own finding (no figure) is the only one while the crons raise the floor.
        expect(found(evaluate({ config: noFigure })).map((f) => f.message)).to.have.length(1).and.to.match(/has no capacity figure/);
        const flat = found(evaluate({ stack: withCron("payments", "out", { minSize: 4 }), config: noFigure })).map((f) => f.message);
        expect(flat).to.have.length(2);
        expect(flat[0]).to.contain("Deployment payments-deployment must be raised to 5 replicas (above its resting `minReplicas` of 4)").and.to.contain("with `minSize` 4. Fix:");
    });

    it("names a cron it cannot read, and stays silent on values unknown during a preview", () => {
        const garbled = found(evaluate({ stack: withCron("orders", "out", { schedule: "at 23:00 the day before" }) })).map((f) => f.message);
        expect(garbled).to.have.length(1);
        expect(garbled[0]).to.contain("no cron of its HorizontalPodCronscaler orders-double-11-cron fires for it within the 24 hours up to 2027-11-10T23:00:00+08:00 (cron double-11-out (`at 23:00 the day before`) of HorizontalPodCronscaler orders-double-11-cron cannot be read: `at 23:00 the day before` has 5 fields");
        // Unknown in a preview: the schedule, the minSize, the list of crons, the scaler's target (no false failure).
        expect(found(evaluate({ stack: withCron("orders", "out", { schedule: UNKNOWN }) }))).to.deep.equal([]);
        expect(found(evaluate({ stack: withCron("orders", "out", { minSize: UNKNOWN }) }))).to.deep.equal([]);
        const unknownSpec = (field: "crons" | "scaleTarget") =>
            altered((rs) =>
                rs.map((x) => {
                    if (x.name !== "orders-double-11-cron") return x;
                    for (const props of [x.inputs, x.outputs]) (props as { spec: Record<string, unknown> }).spec[field] = UNKNOWN;
                    return x;
                }),
            );
        expect(found(evaluate({ stack: unknownSpec("crons") }))).to.deep.equal([]);
        expect(found(evaluate({ stack: unknownSpec("scaleTarget") }))).to.deep.equal([]);
        // An autoscaler whose replica bounds are unknown cannot say what is needed: silent too.
        const pendingHpa = altered((rs) =>
            rs.map((x) => {
                if (x.name !== "orders-hpa") return x;
                for (const props of [x.inputs, x.outputs]) (props as { spec: Record<string, unknown> }).spec.maxReplicas = UNKNOWN;
                return x;
            }),
        );
        expect(found(evaluate({ stack: withCron("orders", "out", { minSize: 2 }) }))).to.have.length(1);
        const both: StackRecord = { ...pendingHpa, resources: pendingHpa.resources.map((x) => (x.name === "orders-double-11-cron" ? withCron("orders", "out", { minSize: 2 }).resources.find((y) => y.name === x.name)! : x)) };
        expect(found(evaluate({ stack: both }))).to.deep.equal([]);
    });
});
