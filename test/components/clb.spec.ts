import { expect } from "chai";
import { MultiAzClb, MultiAzClbArgs, planMultiAzClb } from "../../components/loadbalancer/multiAzClb";
import { GZ, T, expectProblem, inputsOf, list, one, ofType, record, refusal } from "./support";

const httpsListener = {
    name: "https",
    protocol: "HTTPS" as const,
    port: 443,
    certificateId: "cert-1",
    rules: [
        {
            domain: "shop.example.com",
            url: "/",
            backends: [
                { kind: "instance" as const, instanceId: "ins-a", zone: GZ[0], port: 8080 },
                { kind: "instance" as const, instanceId: "ins-b", zone: GZ[1], port: 8080 },
            ],
        },
    ],
};

const openArgs = (over: Partial<MultiAzClbArgs> = {}): MultiAzClbArgs => ({ networkType: "OPEN", vpcId: "vpc-1", zones: GZ.slice(0, 2), listeners: [httpsListener], ...over });

describe("MultiAzClb", () => {
    describe("plan", () => {
        it("gives an OPEN CLB a master zone and a different slave zone, switching in about 30 s", () => {
            const plan = planMultiAzClb("web", openArgs());
            expect(plan.masterZone).to.equal("ap-guangzhou-3");
            expect(plan.slaveZone).to.equal("ap-guangzhou-4");
            expect(plan.switchoverSeconds).to.equal(30);
            expect(plan.deleteProtect).to.equal(true);
            expect(plan.listeners[0].rules[0].backends.zones).to.deep.equal(GZ.slice(0, 2));
            expect(plan.listeners[0].rules[0].healthCheck).to.deep.equal({ intervalSeconds: 5, timeoutSeconds: 2, healthyThreshold: 3, unhealthyThreshold: 3, httpPath: "/" });
        });

        it("defaults to INTERNAL, which needs a subnet", () => {
            const e = refusal(() => planMultiAzClb("web", { vpcId: "vpc-1", listeners: [httpsListener] }));
            expectProblem(e, "subnet", "is required for an INTERNAL CLB");
            const plan = planMultiAzClb("web", { vpcId: "vpc-1", subnet: { zone: GZ[0], subnetId: "subnet-1" }, listeners: [httpsListener] });
            expect(plan.networkType).to.equal("INTERNAL");
            expect(plan.subnetZone).to.equal(GZ[0]);
        });

        it("refuses an OPEN CLB in one zone", () => {
            expectProblem(refusal(() => planMultiAzClb("web", openArgs({ zones: [GZ[0]] }))), "zones", "a master zone and a different slave zone", "got 1 (ap-guangzhou-3)");
        });

        it("refuses a listener with health checks off", () => {
            const e = refusal(() => planMultiAzClb("web", openArgs({ listeners: [{ name: "tcp", protocol: "TCP", port: 80, healthCheck: { enabled: false } }] })));
            expectProblem(e, "listeners[0].healthCheck.enabled", "must be true", "false");
        });

        it("refuses backends in a single zone", () => {
            const e = refusal(() =>
                planMultiAzClb(
                    "web",
                    openArgs({
                        listeners: [
                            {
                                name: "tcp",
                                protocol: "TCP",
                                port: 80,
                                backends: [
                                    { kind: "instance", instanceId: "ins-a", zone: GZ[0], port: 80 },
                                    { kind: "instance", instanceId: "ins-b", zone: GZ[0], port: 80 },
                                ],
                            },
                        ],
                    }),
                ),
            );
            expectProblem(e, "listeners[0].backends", "spread across at least 2 zones", "got 1 (ap-guangzhou-3)");
        });

        it("counts a scaling group's zones toward the spread", () => {
            const plan = planMultiAzClb(
                "web",
                openArgs({ listeners: [{ name: "tcp", protocol: "TCP", port: 80, backends: [{ kind: "scalingGroup", scalingGroupId: "asg-1", zones: GZ, port: 80 }] }] }),
            );
            expect(plan.listeners[0].backends.zones).to.deep.equal(GZ);
        });

        it("reports every listener problem at once", () => {
            const e = refusal(() =>
                planMultiAzClb(
                    "web",
                    openArgs({
                        listeners: [
                            { name: "https", protocol: "HTTPS", port: 443, rules: [] },
                            { name: "https", protocol: "TCP", port: 443, rules: [{ domain: "a", url: "/" }], healthCheck: { timeoutSeconds: 9, intervalSeconds: 5 } },
                        ],
                    }),
                ),
            );
            expect(e.problems.map((p) => p.field)).to.have.members([
                "listeners[0].certificateId",
                "listeners[0].rules",
                "listeners[1].name",
                "listeners[1].port",
                "listeners[1].healthCheck.timeoutSeconds",
                "listeners[1].rules",
            ]);
        });

        it("refuses a subnet on an OPEN CLB and an empty listener list", () => {
            const e = refusal(() => planMultiAzClb("web", openArgs({ subnet: { zone: GZ[0], subnetId: "s" }, listeners: [] })));
            expectProblem(e, "subnet", "applies only to INTERNAL");
            expectProblem(e, "listeners", "at least one listener");
        });
    });

    describe("under mocks", () => {
        it("records the master/slave zones, deletion protection, listeners with health checks and backends", async () => {
            const stack = await record(() => {
                new MultiAzClb("web", openArgs());
            });
            const component = one(stack, "zonesafe:loadbalancer:MultiAzClb");
            const clb = one(stack, T.clb, "web-clb");
            expect(clb.parent).to.equal(component.urn);
            expect(clb.inputs).to.include({ networkType: "OPEN", masterZoneId: "ap-guangzhou-3", slaveZoneId: "ap-guangzhou-4", deleteProtect: true, clbName: "web" });
            expect(clb.inputs.subnetId).to.equal(undefined);
            const listener = one(stack, T.listener, "web-listener-https-443");
            expect(listener.inputs).to.include({ protocol: "HTTPS", port: 443, clbId: "web-clb-id", certificateId: "cert-1" });
            const rule = one(stack, T.rule);
            expect(rule.name).to.match(/^web-listener-https-443-rule-[0-9a-f]{8}$/);
            expect(rule.inputs).to.include({ healthCheckSwitch: true, healthCheckHttpPath: "/", listenerId: "lbl-web-listener-https-443", domain: "shop.example.com" });
            const attachment = one(stack, T.attachment, `${rule.name}-backends`);
            expect(attachment.inputs.ruleId).to.equal(`loc-${rule.name}`);
            expect(list(inputsOf(attachment).targets).map((t) => (t as Record<string, unknown>).instanceId)).to.deep.equal(["ins-a", "ins-b"]);
        });

        it("places an INTERNAL CLB in its subnet, with layer-4 health checks and a scaling-group backend", async () => {
            const stack = await record(() => {
                new MultiAzClb("int", {
                    vpcId: "vpc-1",
                    subnet: { zone: GZ[0], subnetId: "subnet-app-1" },
                    listeners: [{ name: "tcp", protocol: "TCP", port: 9000, backends: [{ kind: "scalingGroup", scalingGroupId: "asg-1", zones: GZ, port: 9000 }] }],
                });
            });
            const clb = one(stack, T.clb);
            expect(clb.inputs).to.include({ networkType: "INTERNAL", subnetId: "subnet-app-1", deleteProtect: true });
            expect(clb.inputs.masterZoneId).to.equal(undefined);
            expect(one(stack, T.listener).inputs).to.include({ healthCheckSwitch: true, healthCheckIntervalTime: 5, healthCheckTimeOut: 2, scheduler: "WRR" });
            const asg = one(stack, T.asLoadBalancer);
            expect(asg.inputs.autoScalingGroupId).to.equal("asg-1");
            expect(ofType(stack, T.attachment)).to.have.length(0);
        });
    });
});
