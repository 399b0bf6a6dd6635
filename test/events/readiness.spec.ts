import { expect } from "chai";
import { CAPACITY_CONFIG_KEY, DEFAULT_READINESS_HORIZON_DAYS, EVENT_READINESS_DAYS_KEY, EVENTS_CONFIG_KEY } from "@zonesafe/model";
import { environment, PackRuntime } from "../../policies/adapters";
import { CoreResult } from "../../policies/core";
import { defaultLevel, initialConfigFor } from "../../policies/levels";
import { POLICY_METADATA } from "../../policies/metadata";
import { createPolicies } from "../../policies/policies";
import { EVENT_READINESS_POLICY, eventReadinessConfig, eventReadinessInfo, eventReadinessPolicyOf } from "../../policies/stack/eventReadiness";
import { StackRecord } from "../../engine/types";
import { runStackPolicy, stackArgs } from "../support/policyArgs";
import { evaluateRecord, RecordEvaluation, TEN_DAYS_BEFORE, withResources } from "../support/eventRecord";
import { runStack } from "../support/stacks";
import { specsOf } from "../resilience/fixtures";

const SCHEDULE = "tencentcloud:index/asSchedule:AsSchedule";

let retail: StackRecord;

/** The core over a (possibly altered) retail-prod record. */
const evaluate = (o: RecordEvaluation & { stack?: StackRecord } = {}): CoreResult => evaluateRecord(o.stack ?? retail, o);

/** A record with properties changed, in its inputs and (when it has them) its outputs, which the pack reads first. */
function patched<R extends StackRecord["resources"][number]>(r: R, props: Record<string, unknown>): R {
    const outputs = r.outputs && Object.keys(r.outputs).length > 0 ? { outputs: { ...r.outputs, ...props } } : {};
    return { ...r, inputs: { ...r.inputs, ...props }, ...outputs };
}

const messages = (r: CoreResult) => r.violationsOf(EVENT_READINESS_POLICY).map((v) => v.message);

/** The retail-prod record with its resources changed by `fn`. */
const altered = (fn: (resources: StackRecord["resources"]) => StackRecord["resources"]): StackRecord => withResources(retail, fn);

describe("zonesafe-event-readiness: the event-readiness policy, through the evaluation core at an injected time", function () {
    this.timeout(120000);
    before(async () => ({ stack: retail } = await runStack("retail-prod")));

    it("passes retail-prod ten days before Double 11: scheduled capacity, capacity for 24,000 QPS, score 100, no waiver", () => {
        const r = evaluate();
        expect(messages(r)).to.deep.equal([]);
        expect(r.score.score).to.equal(100);
        expect(r.readiness.events.map((e) => [e.event.name, e.ready, e.readyBy])).to.deep.equal([["double-11", true, "2027-11-10T23:00:00+08:00"]]);
        expect(r.readiness.events[0].capacity.checks.map((c) => [c.name, c.needed, c.reachable])).to.deep.equal([
            ["double-11: storefront-api-deployment (HorizontalPodAutoscaler storefront-api-hpa)", 16, 40],
            ["double-11: orders-deployment (HorizontalPodAutoscaler orders-hpa)", 16, 30],
            ["double-11: payments-deployment (HorizontalPodAutoscaler payments-hpa)", 16, 20],
            ["double-11: TKE node pools (retail-workers-pool)", 24, 36],
        ]);
    });

    it("checks only events within the horizon: the policy's 14 days by default, widened by the stack's zonesafe:eventReadinessDays", () => {
        const aYearBefore = new Date("2026-11-15T00:00:00Z");
        const noSchedule = altered((rs) => rs.filter((r) => r.type !== SCHEDULE));
        expect(eventReadinessConfig.defaults.horizonDays).to.equal(DEFAULT_READINESS_HORIZON_DAYS);
        // Without the stack's 730 days, a year ahead is outside the horizon: nothing is checked.
        const outside = evaluate({ stack: noSchedule, now: aYearBefore, config: { [EVENT_READINESS_DAYS_KEY]: undefined } });
        expect(outside.readiness.horizonDays).to.equal(14);
        expect(outside.readiness.events).to.deep.equal([]);
        expect(outside.readiness.skipped.map((e) => e.name)).to.deep.equal(["double-11"]);
        expect(messages(outside)).to.deep.equal([]);
        // The stack's key widens it; so does the policy's own configuration; the larger applies.
        expect(messages(evaluate({ stack: noSchedule, now: aYearBefore }))).to.have.length(1);
        expect(messages(evaluate({ stack: noSchedule, now: aYearBefore, config: { [EVENT_READINESS_DAYS_KEY]: undefined }, configs: { [EVENT_READINESS_POLICY]: { horizonDays: 400 } } }))).to.have.length(1);
        expect(evaluate({ now: aYearBefore, config: { [EVENT_READINESS_DAYS_KEY]: "30" }, configs: { [EVENT_READINESS_POLICY]: { horizonDays: 400 } } }).readiness.horizonDays).to.equal(400);
        // Ten days before, the default horizon holds it; once it has ended, it is not checked.
        expect(messages(evaluate({ stack: noSchedule, config: { [EVENT_READINESS_DAYS_KEY]: undefined } }))).to.have.length(1);
        expect(evaluate({ stack: noSchedule, now: new Date("2027-11-12T00:00:00Z") }).readiness.events).to.deep.equal([]);
    });

    it("fails without scheduled capacity, on the node pool, naming the event, what is missing and the fix", () => {
        const r = evaluate({ stack: altered((rs) => rs.filter((x) => x.type !== SCHEDULE)) });
        const found = r.violationsOf(EVENT_READINESS_POLICY);
        expect(found).to.have.length(1);
        expect(found[0].urn).to.match(/KubernetesNodePool::retail-workers-pool$/);
        expect(found[0].message).to.equal(
            "Event double-11 (2027-11-11T00:00:00+08:00 to 2027-11-12T02:00:00+08:00, peak 24,000 QPS) has no scheduled capacity: TKE node pool retail-workers-pool must be scaled out by 2027-11-10T23:00:00+08:00 (the start less 60 minutes of warm-up); it has no scheduled scale-out for it. Fix: pass the stack's events to the component that builds it (`events`), or add an AsSchedule on its scaling group starting at or before 2027-11-10T23:00:00+08:00.",
        );
        expect(r.readiness.events[0].ready).to.equal(false);
    });

    it("fails a scale-out that starts after start − warm-up, and a scale-back before the event ends", () => {
        const late = evaluate({ stack: altered((rs) => rs.map((x) => (x.name === "retail-workers-double-11-out" ? patched(x, { startTime: "2027-11-10T23:30:00+08:00" }) : x))) });
        expect(messages(late)).to.have.length(1);
        expect(messages(late)[0]).to.contain("its scheduled scale-out retail-workers-double-11-out starts at 2027-11-10T23:30:00+08:00, after 2027-11-10T23:00:00+08:00");
        const early = evaluate({ stack: altered((rs) => rs.map((x) => (x.name === "retail-workers-double-11-back" ? patched(x, { startTime: "2027-11-11T12:00:00+08:00" }) : x))) });
        expect(messages(early)).to.deep.equal([
            "Event double-11 (2027-11-11T00:00:00+08:00 to 2027-11-12T02:00:00+08:00, peak 24,000 QPS) has no scheduled capacity: TKE node pool retail-workers-pool must stay scaled out until the event ends (2027-11-12T02:00:00+08:00); schedule retail-workers-double-11-back brings it back at 2027-11-11T12:00:00+08:00. Fix: move that schedule after 2027-11-12T02:00:00+08:00.",
        ]);
    });

    it("fails a peak the capacity does not reach, and a stack with no capacity figure to check it against", () => {
        const bigger = JSON.stringify([{ name: "double-11", start: "2027-11-11T00:00:00+08:00", end: "2027-11-12T02:00:00+08:00", peakQps: 40000, warmUpMinutes: 60 }]);
        const all = messages(evaluate({ config: { [EVENTS_CONFIG_KEY]: bigger } }));
        // The program scheduled the workloads for 24,000 QPS (16 replicas): each cron scaler falls short too (readiness.workloads.spec.ts).
        expect(all.filter((m) => m.includes("has no scheduled capacity: Deployment"))).to.have.length(3);
        const short = all.filter((m) => !m.includes("has no scheduled capacity: Deployment"));
        // 40,000 QPS needs 27 replicas (payments and orders stop at 20 and 30) and 40 nodes (the pool stops at 36).
        expect(short).to.have.length(2);
        for (const m of short) expect(m).to.match(/^Event double-11 \(.*peak 40,000 QPS\) has capacity below its peak: .* Fix: raise `maxSize`\/`maxReplicas`/);
        expect(short.join("\n")).to.contain("payments").and.to.contain("TKE node pools must together reach the 40 nodes");
        const none = messages(evaluate({ config: { [CAPACITY_CONFIG_KEY]: undefined } }));
        expect(none).to.have.length(1);
        expect(none[0]).to.contain("has no capacity figure to check its peak against. Fix: set the stack's `zonesafe:capacity`");
        // The capacity policy's own figures count as well as the stack's.
        expect(messages(evaluate({ config: { [CAPACITY_CONFIG_KEY]: undefined }, configs: { "zonesafe-event-capacity": { qpsPerNode: 1000, qpsPerReplica: 1500 } } }))).to.deep.equal([]);
    });

    it("fails a health score below the minimum, with the score and the minimum the health-score policy uses", () => {
        const mysqlType = "tencentcloud:index/mysqlInstance:MysqlInstance";
        const r = evaluate({ stack: altered((rs) => rs.map((x) => (x.type === mysqlType ? patched(x, { slaveDeployMode: 0 }) : x))), configs: { "zonesafe-health-score": { minimum: 100 } } });
        expect(r.score.score).to.be.below(100);
        expect(r.scoreMinimum).to.equal(100);
        expect(messages(r)).to.have.length(1);
        expect(messages(r)[0]).to.match(new RegExp(`^Event double-11 .* needs a health score of at least 100; the stack scores ${r.score.score}\\. Fix: fix the largest deductions before 2027-11-10T23:00:00\\+08:00 \\(mysql-instance-multi-az −\\d+`));
        // At the default minimum (90) the same stack is ready as far as the score goes.
        expect(messages(evaluate({ stack: altered((rs) => rs.map((x) => (x.type === mysqlType ? patched(x, { slaveDeployMode: 0 }) : x))) }))).to.deep.equal([]);
    });

    it("fails a waiver that expires inside the event's window, on the waived resource; one expiring after it passes", () => {
        const waiver = (expires: string) => ({ "kubernetes-workload-probes": { waivers: [{ name: "orders-deployment", reason: "probes rewritten in OPS-7", expires }] } });
        const inside = evaluate({ configs: waiver("2027-11-10") });
        const found = inside.violationsOf(EVENT_READINESS_POLICY);
        expect(found).to.have.length(1);
        expect(found[0].urn).to.match(/Deployment::orders-deployment$/);
        expect(found[0].message).to.equal(
            "Event double-11 (2027-11-11T00:00:00+08:00 to 2027-11-12T02:00:00+08:00, peak 24,000 QPS) must not see a waiver expire inside its window (2027-11-10T23:00:00+08:00 to 2027-11-12T02:00:00+08:00): the waiver of kubernetes-workload-probes on orders-deployment expires on 2027-11-10, so its finding comes back mid-event. Fix: fix the resource before 2027-11-10T23:00:00+08:00, or renew the waiver past 2027-11-12 with its reason.",
        );
        expect(messages(evaluate({ configs: waiver("2027-11-12") }))).to.deep.equal([]);
        expect(messages(evaluate({ configs: waiver("2027-11-09") }))).to.deep.equal([]);
    });

    it("reports an events configuration the program would refuse, naming the field", () => {
        const m = messages(evaluate({ config: { [EVENTS_CONFIG_KEY]: JSON.stringify([{ name: "double-11", start: "soon", end: "2027-11-12T02:00:00+08:00", peakQps: 1 }]) } }));
        expect(m).to.deep.equal([
            'Stack configuration `zonesafe:events` must be valid for its events to be checked: events[0].start must be an ISO 8601 time with its time zone, e.g. 2026-11-11T00:00:00+08:00; got "soon".',
        ]);
    });

    it("is a high-severity reliability stack policy of the pack: mandatory in production, advisory elsewhere", () => {
        expect(createPolicies().map((p) => p.name)).to.include(EVENT_READINESS_POLICY);
        expect(POLICY_METADATA[EVENT_READINESS_POLICY]).to.include({ kind: "stack", severity: "high", pillar: "reliability", remediates: false });
        expect(initialConfigFor(Object.values(POLICY_METADATA), true)[EVENT_READINESS_POLICY]).to.deep.equal({ enforcementLevel: "mandatory" });
        expect(initialConfigFor(Object.values(POLICY_METADATA), false)[EVENT_READINESS_POLICY]).to.deep.equal({ enforcementLevel: "advisory" });
        expect(defaultLevel(eventReadinessInfo, true)).to.equal("mandatory");
        const withLevel = evaluate({ levels: { [EVENT_READINESS_POLICY]: "mandatory" }, configs: { [EVENT_READINESS_POLICY]: { horizonDays: 14 } } });
        expect(withLevel.findings.filter((f) => f.policy === EVENT_READINESS_POLICY)).to.deep.equal([]);
    });

    it("as a CrossGuard stack policy, reports what the core finds at the pack's time (injected)", async () => {
        const saved = { identity: environment.identity, now: environment.now };
        const stack = altered((rs) => rs.filter((x) => x.type !== SCHEDULE));
        environment.identity = () => ({ name: stack.stack, config: stack.config });
        try {
            environment.now = () => TEN_DAYS_BEFORE;
            const policy = eventReadinessPolicyOf(new PackRuntime());
            expect(policy).to.deep.include({ name: EVENT_READINESS_POLICY, severity: "high", remediationSteps: eventReadinessInfo.fix });
            const found = await runStackPolicy(policy, stackArgs({ resources: specsOf(stack) }));
            expect(found.map((v) => v.message)).to.have.length(1);
            expect(found[0].message).to.contain("Event double-11").and.to.contain("has no scheduled capacity").and.to.contain("Fix:");
            expect(found[0].urn).to.match(/retail-workers-pool$/);
            environment.now = () => new Date("2027-11-20T00:00:00Z");
            expect(await runStackPolicy(eventReadinessPolicyOf(new PackRuntime()), stackArgs({ resources: specsOf(stack) }))).to.deep.equal([]);
        } finally {
            environment.identity = saved.identity;
            environment.now = saved.now;
        }
    });
});
