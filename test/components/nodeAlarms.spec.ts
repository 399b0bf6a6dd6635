import { expect } from "chai";
import { ZonalNodePool } from "../../components/kubernetes/zonalNodePool";
import { AlarmTargetSource, NodeAlarms, planNodeAlarms } from "../../components/monitoring/nodeAlarms";
import { ElasticScalingGroup } from "../../components/scaling/elasticScalingGroup";
import { AlarmTarget } from "../../components/types";
import { GZ, T, expectProblem, inputsOf, list, one, ofType, record, refusal, subnetsIn } from "./support";

const alarmTarget: AlarmTarget = { kind: "nodePool", name: "pool", tagKey: "zonesafe:pool", tagValue: "pool", zones: GZ };
/** The form other languages write: `{ alarmTarget }` (a pool or group is one itself). */
const target: AlarmTargetSource = { alarmTarget };

describe("NodeAlarms", () => {
    it("plans a policy per fault item on the CVM namespace, and no removal rule without a guard", () => {
        const plan = planNodeAlarms("alarms", { target });
        expect(plan.policies.map((p) => [p.item, p.namespace, p.rules.map((r) => `${r.metricName}>${r.value}`), p.events])).to.deep.equal([
            ["cpu", "cvm_device", ["CpuUsage>90"], []],
            ["memory", "cvm_device", ["MemUsage>90"], []],
            ["network", "cvm_device", [], ["ping_unreachable"]],
            ["disk", "cvm_device", ["CvmDiskUsage>85"], ["disk_readonly"]],
        ]);
        expect(plan.removal).to.equal(undefined);
        expect(plan).to.include({ periodSeconds: 60, continuePeriods: 3, noticeFrequencySeconds: 300 });
        expect(plan.zones).to.deep.equal(GZ);
    });

    it("notifies a guard's notice beside the given ones, and takes the guard's limit as the removal rule", async () => {
        expect(planNodeAlarms("alarms", { target, guard: { noticeId: "notice-guard", limit: 4 } }).removal).to.deep.include({ autoRemoveBelowNodes: 4, pageAtOrAboveNodes: 4 });
        const stack = await record(() => {
            new NodeAlarms("alarms", { target, guard: { noticeId: "notice-guard", limit: 3 }, noticeIds: ["notice-oncall"] });
        });
        for (const p of ofType(stack, T.alarmPolicy)) {
            expect(p.inputs.noticeIds).to.deep.equal(["notice-oncall", "notice-guard"]);
            expect(p.inputs.remark).to.contain("<3 alarming nodes are removed automatically");
        }
    });

    it("refuses a guard without a notice or with a limit outside 2–5", () => {
        const e = refusal(() => planNodeAlarms("alarms", { target, guard: { noticeId: "", limit: 9 } }));
        expect(e.problems.map((p) => p.field)).to.have.members(["guard.noticeId", "guard.limit"]);
        expectProblem(e, "guard.limit", "between 2 and 5");
    });

    it("adds a bandwidth rule and business metrics when asked", () => {
        const plan = planNodeAlarms("alarms", {
            target,
            lanOutMbps: 800,
            businessMetrics: [{ name: "queue-length", namespace: "custom", metricName: "queue_len", operator: "gt", threshold: 10000 }],
        });
        expect(plan.policies[2].rules.map((r) => r.metricName)).to.deep.equal(["LanOuttraffic"]);
        expect(plan.policies[4]).to.include({ item: "business:queue-length", resourceName: "alarms-business-queue-length", namespace: "custom" });
    });

    it("refuses a missing target, impossible thresholds and a bad business metric, all at once", () => {
        const e = refusal(() =>
            planNodeAlarms("alarms", {
                target: undefined as unknown as AlarmTargetSource,
                cpuPercent: 150,
                periodSeconds: 30,
                businessMetrics: [{ name: "Queue", namespace: "", metricName: "q", operator: "gt", threshold: Number.NaN }],
            }),
        );
        expect(e.problems.map((p) => p.field)).to.have.members([
            "target",
            "cpuPercent",
            "periodSeconds",
            "businessMetrics[0].name",
            "businessMetrics[0].namespace",
            "businessMetrics[0].threshold",
        ]);
        expectProblem(e, "target", "the node pool or scaling group to watch", "`target: pool`");
    });

    it("binds the policies to a node pool's instances by tag, and to explicit instances", async () => {
        const stack = await record(() => {
            const pool = new ZonalNodePool("pool", { clusterId: "cls-1", vpcId: "vpc-1", subnets: subnetsIn(GZ), instanceType: "SA5.LARGE8" });
            new NodeAlarms("alarms", { target: pool, instanceIds: ["ins-1", "ins-2"], noticeIds: ["notice-removal"] });
        });
        const component = one(stack, "zonesafe:monitoring:NodeAlarms");
        const policies = ofType(stack, T.alarmPolicy);
        expect(policies.map((p) => p.name)).to.have.members(["alarms-cpu", "alarms-memory", "alarms-network", "alarms-disk"]);
        const poolTags = one(stack, T.nodePool).inputs.tags as Record<string, string>;
        for (const p of policies) {
            expect(p.parent).to.equal(component.urn);
            expect(p.inputs).to.include({ monitorType: "MT_QCE", namespace: "cvm_device", enable: 1 });
            const [tag] = list(inputsOf(p).policyTags) as { key: string; value: string }[];
            expect(poolTags[tag.key]).to.equal(tag.value);
            expect(p.inputs.noticeIds).to.deep.equal(["notice-removal"]);
        }
        const cpuRule = list((inputsOf(one(stack, T.alarmPolicy, "alarms-cpu")).conditions as Record<string, unknown>).rules as never)[0];
        expect(cpuRule).to.include({ metricName: "CpuUsage", operator: "gt", value: "90", period: 60, continuePeriod: 3 });
        const bindings = ofType(stack, T.binding);
        expect(bindings).to.have.length(4);
        const cpuBinding = one(stack, T.binding, "alarms-cpu-binding");
        expect(cpuBinding.inputs.policyId).to.equal("alarms-cpu-id");
        // The explicit instances' region is the pool's zones' region, never restated.
        expect(list(inputsOf(cpuBinding).dimensions).map((d) => (d as Record<string, string>).region)).to.deep.equal(["ap-guangzhou", "ap-guangzhou"]);
        expect(list(inputsOf(cpuBinding).dimensions).map((d) => (d as Record<string, string>).dimensionsJson)).to.deep.equal([
            '{"unInstanceId":"ins-1"}',
            '{"unInstanceId":"ins-2"}',
        ]);
    });

    it("watches a scaling group's instances through its tag", async () => {
        const stack = await record(() => {
            const group = new ElasticScalingGroup("gw", { vpcId: "vpc-1", subnets: subnetsIn(GZ), imageId: "img-1", instanceTypes: ["SA5.LARGE8"] });
            new NodeAlarms("gw-alarms", { target: group });
        });
        const instanceTags = one(stack, T.scalingConfig).inputs.instanceTags as Record<string, string>;
        for (const p of ofType(stack, T.alarmPolicy)) {
            const [tag] = list(inputsOf(p).policyTags) as { key: string; value: string }[];
            expect(instanceTags[tag.key]).to.equal(tag.value);
        }
        expect(ofType(stack, T.binding)).to.have.length(0);
    });

    it("derives the region from the target's zones: the deprecated `region` is accepted when it agrees and refused when it contradicts", () => {
        expect(planNodeAlarms("alarms", { target }).region).to.equal("ap-guangzhou");
        expect(planNodeAlarms("alarms", { target, region: "ap-guangzhou" }).region).to.equal("ap-guangzhou");
        expectProblem(refusal(() => planNodeAlarms("alarms", { target, region: "ap-shanghai" })), "region", "must be the region of the target's zones (ap-guangzhou)", '"ap-shanghai"', "remove `region`");
    });

    it("still reads a bare 0.1 alarm target (`target: pool.alarmTarget`)", () => {
        expect(planNodeAlarms("alarms", { target: alarmTarget as unknown as AlarmTargetSource }).target).to.deep.equal(alarmTarget);
    });
});
