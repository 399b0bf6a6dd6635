import { expect } from "chai";
import { MultiAzClb, MultiAzClbArgs, planMultiAzClb } from "../../components/loadbalancer/multiAzClb";
import { SpreadWorkload } from "../../components/kubernetes/spreadWorkload";
import { TkeCluster } from "../../components/kubernetes/tkeCluster";
import { ZonalNodePool } from "../../components/kubernetes/zonalNodePool";
import { ZonalNetwork } from "../../components/network/zonalNetwork";
import { ElasticScalingGroup } from "../../components/scaling/elasticScalingGroup";
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

        it("refuses a port, a domain and a url that are not what they should be, even objects that cannot become text", () => {
            const odd = { toString: 0 } as never;
            const e = refusal(() =>
                planMultiAzClb("web", openArgs({ listeners: [{ ...httpsListener, port: odd, rules: [{ ...httpsListener.rules[0], domain: odd, url: odd }] }, { name: "tcp", protocol: "TCP", port: odd }] })),
            );
            expect(e.problems.map((p) => p.field)).to.include.members(["listeners[0].port", "listeners[0].rules[0].domain", "listeners[0].rules[0].url", "listeners[1].port"]);
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

describe("MultiAzClb composed by object", () => {
    const pool = (zones: string[]) => ({ zonePlan: { zones }, autoScalingGroupId: "asg-1" }) as unknown as ZonalNodePool;
    const tcp = (backends: MultiAzClbArgs["listeners"][number]["backends"]) => [{ name: "tcp", protocol: "TCP" as const, port: 80, backends }];

    it("refuses a backend described by zones it does not have (field, both zone lists, fix); the id form still takes them", () => {
        const e = refusal(() => planMultiAzClb("lb", { vpcId: "vpc-1", subnet: { zone: GZ[0], subnetId: "s" }, listeners: tcp([{ nodePool: pool(GZ.slice(0, 2)), zones: GZ, port: 30080 }]) }));
        expectProblem(e, "listeners[0].backends[0].zones", "must be the zones of the node pool (ap-guangzhou-3, ap-guangzhou-4)", '"ap-guangzhou-6"', "remove `listeners[0].backends[0].zones`");
        const plan = planMultiAzClb("lb", { vpcId: "vpc-1", subnet: { zone: GZ[0], subnetId: "s" }, listeners: tcp([{ nodePool: pool(GZ), port: 30080 }]) });
        expect(plan.listeners[0].backends).to.deep.equal({ instances: 0, scalingGroups: 1, zones: GZ });
        expect(planMultiAzClb("lb", { vpcId: "vpc-1", subnet: { zone: GZ[0], subnetId: "s" }, listeners: tcp([{ kind: "scalingGroup", scalingGroupId: "asg-1", zones: GZ, port: 80 }]) }).listeners[0].backends.zones).to.deep.equal(GZ);
        expectProblem(
            refusal(() => planMultiAzClb("lb", { vpcId: "vpc-1", subnet: { zone: GZ[0], subnetId: "s" }, listeners: tcp([{ nodePool: pool(GZ), kind: "instance", instanceId: "ins-1", zone: GZ[0], port: 80 }]) })),
            "listeners[0].backends[0]",
            "exactly one backend",
        );
    });

    it("a workload backend needs a node pool and a fixed node port, and takes its port from it", () => {
        const workload = (nodePort?: number, nodePool?: ZonalNodePool) => ({ zonePlan: { zones: GZ, zonesFrom: "nodePool", nodePort }, nodePool }) as unknown as SpreadWorkload;
        const args = (w: SpreadWorkload, port?: number) => ({ vpcId: "vpc-1", subnet: { zone: GZ[0], subnetId: "s" }, listeners: tcp([{ workload: w, port }]) });
        expectProblem(refusal(() => planMultiAzClb("lb", args(workload(30080)))), "listeners[0].backends[0].workload", "must have been given a `nodePool`");
        expectProblem(refusal(() => planMultiAzClb("lb", args(workload(undefined, pool(GZ))))), "listeners[0].backends[0].workload", "fixed `service.nodePort`", "nodePort: 30080");
        expectProblem(refusal(() => planMultiAzClb("lb", args(workload(30080, pool(GZ)), 8080))), "listeners[0].backends[0].port", "must be the workload's node port (30080)");
        expect(planMultiAzClb("lb", args(workload(30080, pool(GZ)))).listeners[0].backends.zones).to.deep.equal(GZ);
    });

    it("in a network: VPC, master and slave in the two lowest-numbered zones, the public group; pool, group and workload backends attach their scaling groups", async () => {
        const stack = await record(() => {
            const network = new ZonalNetwork("net", { zones: [GZ[2], GZ[1], GZ[0]] });
            const cluster = new TkeCluster("tke", { network });
            const nodes = new ZonalNodePool("nodes", { cluster, instanceType: "SA5.LARGE8" });
            const group = new ElasticScalingGroup("gw", { network, imageId: "img-1", instanceTypes: ["SA5.LARGE8"] });
            const api = new SpreadWorkload("api", { nodePool: nodes, image: "r/app:1.0.0", containerPort: 8080, service: { nodePort: 30081 } });
            new MultiAzClb("lb", {
                networkType: "OPEN",
                network,
                listeners: [
                    { name: "a", protocol: "TCP", port: 80, backends: [{ nodePool: nodes, port: 30080 }] },
                    { name: "b", protocol: "TCP", port: 81, backends: [{ scalingGroup: group, port: 8080 }] },
                    { name: "c", protocol: "TCP", port: 82, backends: [{ workload: api }] },
                ],
            });
        });
        expect(one(stack, T.clb).inputs).to.include({ vpcId: "net-vpc-id", masterZoneId: GZ[0], slaveZoneId: GZ[1] });
        expect(one(stack, T.clb).inputs.securityGroups).to.deep.equal(["net-sg-public-id"]);
        const attached = ofType(stack, T.asLoadBalancer).map((a) => {
            const [f] = list(inputsOf(a).forwardLoadBalancers) as { listenerId: string; targetAttributes: { port: number }[] }[];
            return [a.inputs.autoScalingGroupId, f.listenerId, f.targetAttributes[0].port];
        });
        expect(attached).to.have.deep.members([
            ["asg-nodes-pool", "lbl-lb-listener-tcp-80", 30080],
            ["gw-group-id", "lbl-lb-listener-tcp-81", 8080],
            ["asg-nodes-pool", "lbl-lb-listener-tcp-82", 30081],
        ]);
    });

    it("refuses a network together with a VPC id, and OPEN zones outside the network", () => {
        const network = { vpcId: "vpc-1", subnets: { public: [{ zone: GZ[0], subnetId: "p1" }, { zone: GZ[1], subnetId: "p2" }], app: [], data: [] }, securityGroupIds: {} } as unknown as ZonalNetwork;
        const e = refusal(() => planMultiAzClb("lb", { networkType: "OPEN", network, vpcId: "vpc-2", zones: [GZ[0], GZ[2]], listeners: tcp([]) }));
        expectProblem(e, "vpcId", "must not be given together with `network`");
        expectProblem(e, "zones[1]", "must be a zone of the network (ap-guangzhou-3, ap-guangzhou-4)", '"ap-guangzhou-6"');
    });
});
