import { expect } from "chai";
import {
    clbBackendsMultiAz,
    clbInstanceDeletionProtection,
    clbInstanceMultiAz,
    clbListenerHealthCheck,
    clbListenerProtocol,
    clbTargetGroupMultiAz,
} from "../../policies/rules/clb";
import { secret, UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, checkStack, K8S, remediate, ROUTES, tok, useTestEnvironment } from "./helpers";
import { Declared, MODES, mutate, record, ref, trafficEstate, urnIn } from "./traffic.fixtures";

/** The traffic estate with only the target group behind the CLB (the scaling group and its attachment dropped). */
function targetGroupEstate(): Declared[] {
    return trafficEstate().filter((d) => !d.name.startsWith("ingest"));
}

/** Moves web-4a into ap-guangzhou-3: the target group's instances all in one zone. */
function singleZoneTargetGroup(estate: Declared[]): Declared[] {
    return mutate(estate, "web-4a", (d) => ({ ...d, props: { ...d.props, availabilityZone: "ap-guangzhou-3", subnetId: ref("app-3") } }));
}

describe("CLB rules", () => {
    useTestEnvironment();

    describe("clb-instance-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes a cross-AZ OPEN CLB (${route} route)`, async () => {
                expect(await checkResource(clbInstanceMultiAz, { type: tok("tencentcloud_clb_instance", route), props: good.clbInstance() })).to.deep.equal([]);
            });
        }

        it("ignores an INTERNAL CLB, whose VIP comes from its subnet", async () => {
            const props = { clbName: "internal", networkType: "INTERNAL", subnetId: "subnet-a", vpcId: "vpc-1" };
            expect(await checkResource(clbInstanceMultiAz, { type: tok("tencentcloud_clb_instance"), props })).to.deep.equal([]);
        });

        it("reports a missing master zone, naming a pinned zone", async () => {
            const props = { ...good.clbInstance(), masterZoneId: undefined, slaveZoneId: undefined, zoneId: "ap-guangzhou-3" };
            expect(await checkResource(clbInstanceMultiAz, { type: tok("tencentcloud_clb_instance"), props: JSON.parse(JSON.stringify(props)) })).to.deep.equal([
                "CLB instance must set `masterZoneId` and `slaveZoneId` in two different availability zones; `masterZoneId` is not set and `zoneId` pins it to ap-guangzhou-3, so the instance runs in a single zone.",
            ]);
        });

        it("reports a missing slave zone", async () => {
            const { slaveZoneId: _, ...props } = good.clbInstance();
            expect(await checkResource(clbInstanceMultiAz, { type: tok("tencentcloud_clb_instance", "static"), props })).to.deep.equal([
                "CLB instance must set `slaveZoneId` to a standby zone other than its master zone; `slaveZoneId` is not set (`masterZoneId` is ap-guangzhou-3), so the instance has no standby zone.",
            ]);
        });

        it("reports a slave zone equal to the master zone", async () => {
            const props = { ...good.clbInstance(), slaveZoneId: "ap-guangzhou-3" };
            expect(await checkResource(clbInstanceMultiAz, { type: tok("tencentcloud_clb_instance"), props })).to.deep.equal([
                "CLB instance must use a `slaveZoneId` different from its `masterZoneId`; both are ap-guangzhou-3.",
            ]);
        });

        it("stays silent when the zones are unknown during a preview", async () => {
            const props = { ...good.clbInstance(), masterZoneId: UNKNOWN, slaveZoneId: UNKNOWN };
            expect(await checkResource(clbInstanceMultiAz, { type: tok("tencentcloud_clb_instance"), props })).to.deep.equal([]);
        });
    });

    describe("clb-instance-deletion-protection", () => {
        it("passes a protected CLB", async () => {
            expect(await checkResource(clbInstanceDeletionProtection, { type: tok("tencentcloud_clb_instance"), props: good.clbInstance() })).to.deep.equal([]);
        });

        it("reports deletion protection left to the provider default", async () => {
            const { deleteProtect: _, ...props } = good.clbInstance();
            expect(await checkResource(clbInstanceDeletionProtection, { type: tok("tencentcloud_clb_instance"), props })).to.deep.equal([
                "CLB instance must enable deletion protection; `deleteProtect` is not set (provider default false).",
            ]);
        });

        it("reports deletion protection switched off", async () => {
            const props = { ...good.clbInstance(), deleteProtect: false };
            expect(await checkResource(clbInstanceDeletionProtection, { type: tok("tencentcloud_clb_instance", "static"), props })).to.deep.equal([
                "CLB instance must enable deletion protection; `deleteProtect` is false.",
            ]);
        });

        it("remediates by switching deletion protection on, keeping secrets secret", async () => {
            const props = { ...good.clbInstance(), deleteProtect: false, vip: secret("10.0.0.10") };
            const fixed = await remediate(clbInstanceDeletionProtection, { type: tok("tencentcloud_clb_instance"), props });
            expect(fixed?.["deleteProtect"]).to.equal(true);
            expect(fixed?.["vip"]).to.deep.equal(secret("10.0.0.10"));
            expect(await checkResource(clbInstanceDeletionProtection, { type: tok("tencentcloud_clb_instance"), props: fixed ?? {} })).to.deep.equal([]);
        });

        it("does not remediate a protected CLB", async () => {
            expect(await remediate(clbInstanceDeletionProtection, { type: tok("tencentcloud_clb_instance"), props: good.clbInstance() })).to.equal(undefined);
        });
    });

    describe("clb-listener-health-check", () => {
        for (const route of ROUTES) {
            it(`passes a TCP listener and a rule with health checks on (${route} route)`, async () => {
                expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener", route), props: good.clbListener() })).to.deep.equal([]);
                expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener_rule", route), props: good.clbListenerRule() })).to.deep.equal([]);
            });
        }

        it("leaves HTTP/HTTPS listeners to their rules", async () => {
            const props = { clbId: "lb-1", listenerName: "https", protocol: "HTTPS", port: 443 };
            expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener"), props })).to.deep.equal([]);
        });

        it("reports a layer-4 listener with health checks off, saying which default leaving it unset would give", async () => {
            const props = { ...good.clbListener(), healthCheckSwitch: false };
            expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener"), props })).to.deep.equal([
                "CLB listener (TCP) must switch health checks on; `healthCheckSwitch` is false (left unset, the CLB API's default would switch them on).",
            ]);
        });

        for (const route of ROUTES) {
            it(`passes a layer-4 listener that leaves the switch to the CLB API's documented default, on (${route} route)`, async () => {
                // The provider's documented TCP listener, without any health check attribute.
                const tcp = { clbId: "lb-0lh5au7v", listenerName: "test_listener", port: 80, protocol: "TCP", scheduler: "WRR", sessionExpireTime: 30, targetType: "NODE" };
                expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener", route), props: tcp })).to.deep.equal([]);
                const udp = { ...tcp, protocol: "UDP", healthCheckIntervalTime: 5, healthCheckHealthNum: 3 };
                expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener", route), props: udp })).to.deep.equal([]);
                expect(await remediate(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener", route), props: tcp })).to.equal(undefined);
            });
        }

        it("reports a listener rule whose health check is not set, since no default is documented for rules", async () => {
            const { healthCheckSwitch: _, ...props } = good.clbListenerRule();
            expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener_rule", "static"), props })).to.deep.equal([
                "CLB listener rule must switch health checks on; `healthCheckSwitch` is not set, and the CLB API documents no default for a listener rule's health check.",
            ]);
        });

        it("reports a listener rule with health checks off", async () => {
            const props = { ...good.clbListenerRule(), healthCheckSwitch: false };
            expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener_rule"), props })).to.deep.equal([
                "CLB listener rule must switch health checks on; `healthCheckSwitch` is false.",
            ]);
        });

        it("stays silent while the switch is unknown", async () => {
            const props = { ...good.clbListener(), healthCheckSwitch: UNKNOWN };
            expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener"), props })).to.deep.equal([]);
            expect(await checkResource(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener_rule"), props: { ...good.clbListenerRule(), healthCheckSwitch: UNKNOWN } })).to.deep.equal([]);
        });

        it("remediates listeners and rules by switching health checks on", async () => {
            const listener = await remediate(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener"), props: { ...good.clbListener(), healthCheckSwitch: false } });
            expect(listener?.["healthCheckSwitch"]).to.equal(true);
            const { healthCheckSwitch: _, ...ruleProps } = good.clbListenerRule();
            const rule = await remediate(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener_rule", "static"), props: ruleProps });
            expect(rule?.["healthCheckSwitch"]).to.equal(true);
        });

        // The provider's documented v2 target group at newer versions (resource_tc_clb_target_group.md):
        // `health_check { health_switch = true, protocol = "TCP", … }`, one block.
        const targetGroup = (healthCheck?: unknown): Record<string, unknown> => ({
            targetGroupName: "tf-example",
            vpcId: "vpc-shop",
            port: 8080,
            type: "v2",
            protocol: "TCP",
            ...(healthCheck === undefined ? {} : { healthCheck }),
        });
        const probe = { protocol: "TCP", timeout: 2, gapTime: 5, goodLimit: 3, badLimit: 3 };
        for (const route of ROUTES) {
            it(`reports a target group whose health check is switched off, as one block or a single-item list (${route} route)`, async () => {
                const type = tok("tencentcloud_clb_target_group", route);
                const message = "CLB target group must keep its health check on; `healthCheck.healthSwitch` is false, so the load balancer keeps sending requests to instances that are down, a lost zone's included.";
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup({ ...probe, healthSwitch: false }) })).to.deep.equal([message]);
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup([{ ...probe, healthSwitch: false }]) })).to.deep.equal([message]);
            });

            it(`passes a target group with its health check on or left out (no default is documented; its listener's or rule's check applies) (${route} route)`, async () => {
                const type = tok("tencentcloud_clb_target_group", route);
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup({ ...probe, healthSwitch: true }) })).to.deep.equal([]);
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup() })).to.deep.equal([]);
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup([]) })).to.deep.equal([]);
                expect(await remediate(clbListenerHealthCheck, { type, props: targetGroup() })).to.equal(undefined);
            });

            it(`stays silent on a target group while its health check is unknown in a preview (${route} route)`, async () => {
                const type = tok("tencentcloud_clb_target_group", route);
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup(UNKNOWN) })).to.deep.equal([]);
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup({ ...probe, healthSwitch: UNKNOWN }) })).to.deep.equal([]);
                expect(await checkResource(clbListenerHealthCheck, { type, props: targetGroup([UNKNOWN]) })).to.deep.equal([]);
            });
        }

        it("remediates a target group by switching its health check on, keeping the block's shape and settings", async () => {
            const type = tok("tencentcloud_clb_target_group");
            const one = await remediate(clbListenerHealthCheck, { type, props: targetGroup({ ...probe, healthSwitch: false }) });
            expect(one?.["healthCheck"]).to.deep.equal({ ...probe, healthSwitch: true });
            const listed = await remediate(clbListenerHealthCheck, { type, props: targetGroup([{ ...probe, healthSwitch: false }]) });
            expect(listed?.["healthCheck"]).to.deep.equal([{ ...probe, healthSwitch: true }]);
        });

        it("does not remediate an HTTP listener nor an unknown protocol", async () => {
            const http = { clbId: "lb-1", listenerName: "http", protocol: "HTTP", port: 80 };
            expect(await remediate(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener"), props: http })).to.equal(undefined);
            const unknown = { ...good.clbListener(), protocol: UNKNOWN, healthCheckSwitch: false };
            expect(await remediate(clbListenerHealthCheck, { type: tok("tencentcloud_clb_listener"), props: unknown })).to.equal(undefined);
        });
    });

    describe("clb-listener-protocol", () => {
        it("passes an HTTPS listener", async () => {
            const props = { ...good.clbListener(), protocol: "HTTPS" };
            expect(await checkResource(clbListenerProtocol, { type: tok("tencentcloud_clb_listener"), props })).to.deep.equal([]);
        });

        it("reports an HTTP listener", async () => {
            const props = { ...good.clbListener(), protocol: "HTTP", port: 80 };
            expect(await checkResource(clbListenerProtocol, { type: tok("tencentcloud_clb_listener", "static"), props })).to.deep.equal([
                "CLB listener must use an encrypted protocol (HTTPS, TCP_SSL or QUIC); `protocol` is HTTP.",
            ]);
        });

        it("reports TCP when configured as insecure", async () => {
            const messages = await checkResource(clbListenerProtocol, { type: tok("tencentcloud_clb_listener"), props: good.clbListener(), config: { insecureProtocols: ["HTTP", "TCP"] } });
            expect(messages).to.deep.equal(["CLB listener must use an encrypted protocol (HTTPS, TCP_SSL or QUIC); `protocol` is TCP."]);
        });
    });

    describe("clb-backends-multi-az (stack)", () => {
        const clbUrn = urnOf(tok("tencentcloud_clb_instance"), "web");
        const clb = { type: tok("tencentcloud_clb_instance"), name: "web", urn: clbUrn, props: { ...good.clbInstance(), id: "lb-web" } };
        const subnet = (name: string, zone: string) => ({
            type: tok("tencentcloud_subnet"),
            name,
            urn: urnOf(tok("tencentcloud_subnet"), name),
            props: { availabilityZone: zone, vpcId: "vpc-1", cidrBlock: "10.0.0.0/24", id: `id-${name}` },
        });
        const cvm = (name: string, zone: string) => ({ type: tok("tencentcloud_instance", "static"), name, props: { ...good.cvm(zone), id: `ins-${name}` } });
        const attachment = (instances: string[]) => ({
            type: tok("tencentcloud_clb_attachment"),
            name: "web-backends",
            props: { clbId: "lb-web", listenerId: "lbl-1", targets: instances.map((i) => ({ instanceId: `ins-${i}`, port: 80 })) },
        });

        it("passes CVM backends in two zones", async () => {
            const stack = [clb, cvm("a", "ap-guangzhou-3"), cvm("b", "ap-guangzhou-4"), attachment(["a", "b"])];
            expect(await checkStack(clbBackendsMultiAz, stack)).to.deep.equal([]);
        });

        it("reports backends all in one zone", async () => {
            const stack = [clb, cvm("a", "ap-guangzhou-3"), cvm("b", "ap-guangzhou-3"), attachment(["a", "b"])];
            expect(await checkStack(clbBackendsMultiAz, stack)).to.deep.equal([
                { urn: clbUrn, message: "CLB instance must have backends in at least 2 availability zones; its backends are all in ap-guangzhou-3 (via web-backends)." },
            ]);
        });

        it("reports a single backend", async () => {
            const stack = [clb, cvm("a", "ap-guangzhou-3"), attachment(["a"])];
            const reported = await checkStack(clbBackendsMultiAz, stack);
            expect(reported.map((r) => r.message)).to.include("CLB instance must have at least 2 backends; it has 1 (via web-backends).");
        });

        it("resolves a scaling group behind the CLB through its subnets, by property dependencies during a preview", async () => {
            const a = subnet("subnet-a", "ap-guangzhou-3");
            const group = {
                type: tok("tencentcloud_as_scaling_group"),
                name: "web-asg",
                props: { ...good.asGroup(), minSize: 2, subnetIds: [UNKNOWN], forwardBalancerIds: [{ loadBalancerId: UNKNOWN, listenerId: UNKNOWN }] },
                propertyDependencies: { subnetIds: [a.urn], forwardBalancerIds: [clbUrn] },
            };
            const reported = await checkStack(clbBackendsMultiAz, [clb, a, group]);
            expect(reported.map((r) => r.message)).to.deep.equal([
                "CLB instance must have backends in at least 2 availability zones; its backends are all in ap-guangzhou-3 (via web-asg).",
            ]);
        });

        it("resolves TKE node pools behind a Service that uses the CLB", async () => {
            const cluster = { type: tok("tencentcloud_kubernetes_cluster"), name: "shop", props: { ...good.cluster(), id: "cls-1" } };
            const a = subnet("subnet-a", "ap-guangzhou-3");
            const pool = { type: tok("tencentcloud_kubernetes_node_pool"), name: "pool", props: { ...good.nodePool(), clusterId: "cls-1", subnetIds: ["id-subnet-a"], minSize: 1 } };
            const service = {
                type: K8S.service,
                name: "web",
                props: { metadata: { name: "web", annotations: { "service.kubernetes.io/tke-existed-lbid": "lb-web" } }, spec: { type: "LoadBalancer" } },
            };
            const reported = await checkStack(clbBackendsMultiAz, [clb, cluster, a, pool, service]);
            expect(reported.map((r) => r.message)).to.deep.equal([
                "CLB instance must have at least 2 backends; it has 1 (via web).",
                "CLB instance must have backends in at least 2 availability zones; its backends are all in ap-guangzhou-3 (via web).",
            ]);
        });

        it("stays silent when a backend's zone is unknown", async () => {
            const stack = [clb, { ...cvm("a", "ap-guangzhou-3"), props: { ...good.cvm(), availabilityZone: UNKNOWN, id: "ins-a" } }, cvm("b", "ap-guangzhou-3"), attachment(["a", "b"])];
            expect(await checkStack(clbBackendsMultiAz, stack)).to.deep.equal([]);
        });
    });

    describe("clb-backends-multi-az (stack): target groups and attached instances", () => {
        for (const route of ROUTES) {
            for (const mode of MODES) {
                it(`passes a target group and a scaling group with attached instances over two zones (${mode}, ${route} route)`, async () => {
                    expect(await checkStack(clbBackendsMultiAz, record(trafficEstate(), mode, route))).to.deep.equal([]);
                });

                it(`reports a CLB whose only backends, a target group's instances, are in one zone (${mode}, ${route} route)`, async () => {
                    const estate = singleZoneTargetGroup(targetGroupEstate());
                    expect(await checkStack(clbBackendsMultiAz, record(estate, mode, route))).to.deep.equal([
                        {
                            urn: urnIn(estate, "shop-clb", route),
                            message: "CLB instance must have backends in at least 2 availability zones; its backends are all in ap-guangzhou-3 (via web-tg).",
                        },
                    ]);
                });
            }
        }

        it("counts the instances attached to a scaling group among the CLB's backends", async () => {
            const estate = trafficEstate()
                .filter((d) => !d.name.startsWith("web-"))
                .map((d) => (d.name === "ingest" ? { ...d, props: { ...d.props, minSize: 0, subnetIds: [ref("app-3")] } } : d));
            // minSize 0 in one zone, but the two attached instances serve from both zones.
            expect(await checkStack(clbBackendsMultiAz, record(estate, "state"))).to.deep.equal([]);
            const detached = estate.filter((d) => d.name !== "ingest-existing");
            expect((await checkStack(clbBackendsMultiAz, record(detached, "preview"))).map((v) => v.message)).to.deep.equal([
                "CLB instance must have at least 2 backends; it has 0 (via ingest).",
                "CLB instance must have backends in at least 2 availability zones; its backends are all in ap-guangzhou-3 (via ingest).",
            ]);
        });

        it("stays silent when a target group's instances are bound by resources the pack does not read", async () => {
            const estate = mutate(singleZoneTargetGroup(targetGroupEstate()), "web-tg", (d) => {
                const { targetGroupInstances: _, ...props } = d.props;
                return { ...d, props };
            });
            expect(await checkStack(clbBackendsMultiAz, record(estate, "state"))).to.deep.equal([]);
        });
    });

    describe("clb-target-group-multi-az (stack)", () => {
        for (const route of ROUTES) {
            for (const mode of MODES) {
                it(`passes a bound target group with instances in two zones (${mode}, ${route} route)`, async () => {
                    expect(await checkStack(clbTargetGroupMultiAz, record(trafficEstate(), mode, route))).to.deep.equal([]);
                });

                it(`reports a target group whose instances are in one zone even when the CLB's other backends span two (${mode}, ${route} route)`, async () => {
                    const estate = singleZoneTargetGroup(trafficEstate());
                    expect(await checkStack(clbTargetGroupMultiAz, record(estate, mode, route))).to.deep.equal([
                        {
                            urn: urnIn(estate, "web-tg", route),
                            message: "CLB target group must have instances in at least 2 availability zones; its instances (web-3a, web-4a) are all in ap-guangzhou-3.",
                        },
                    ]);
                    expect(await checkStack(clbBackendsMultiAz, record(estate, mode, route))).to.deep.equal([]);
                });
            }
        }

        it("reports a target group with a single instance", async () => {
            const estate = mutate(trafficEstate(), "web-tg", (d) => ({ ...d, props: { ...d.props, targetGroupInstances: [{ bindIp: ref("web-3a", "privateIp"), port: 8080 }] } }));
            expect((await checkStack(clbTargetGroupMultiAz, record(estate, "state", "static"))).map((v) => v.message)).to.deep.equal([
                "CLB target group must have at least 2 instances; `targetGroupInstances` lists 1.",
                "CLB target group must have instances in at least 2 availability zones; its instances (web-3a) are all in ap-guangzhou-3.",
            ]);
        });

        it("ignores a target group no listener or rule uses, and stays silent while an address cannot be resolved", async () => {
            const unbound = singleZoneTargetGroup(trafficEstate()).filter((d) => d.tf !== "tencentcloud_clb_target_group_attachment");
            expect(await checkStack(clbTargetGroupMultiAz, record(unbound, "state"))).to.deep.equal([]);
            const unresolved = record(singleZoneTargetGroup(trafficEstate()), "preview").map((r) => (r.name === "web-tg" ? { ...r, propertyDependencies: {} } : r));
            expect(await checkStack(clbTargetGroupMultiAz, unresolved)).to.deep.equal([]);
        });
    });
});
