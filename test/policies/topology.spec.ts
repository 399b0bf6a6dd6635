import { expect } from "chai";
import * as fc from "fast-check";
import { assess } from "../../policies/assessment";
import { simulateAzFailures } from "../../policies/resilience/simulate";
import { stackResourcesOf, stackResourcesOfRecords } from "../../policies/resources";
import { buildTopology, kindOf, selectorMatches, Topology } from "../../policies/topology";
import { UNKNOWN as UNKNOWN_READ } from "../../policies/values";
import { secret, stackArgs, StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { good, legacyStack, retailStack } from "./fixtures";
import { K8S, ROUTES, tok } from "./helpers";
import { cvm, Declared, MODES, mutate, record, ref, trafficEstate } from "./traffic.fixtures";

function topologyOf(resources: StackResourceSpec[]): Topology {
    return buildTopology(stackResourcesOf(stackArgs({ resources }).resources));
}

function node(t: Topology, name: string) {
    const found = t.nodes.find((n) => n.name === name);
    if (!found) {
        throw new Error(`no resource ${name}`);
    }
    return found;
}

describe("Topology", () => {
    it("sorts resources into kinds and tiers in both naming routes", () => {
        expect(kindOf(tok("tencentcloud_clb_instance"))).to.equal("clb");
        expect(kindOf(tok("tencentcloud_clb_instance", "static"))).to.equal("clb");
        expect(kindOf(tok("tencentcloud_mongodb_sharding_instance", "static"))).to.equal("mongodb");
        expect(kindOf(K8S.pdb)).to.equal("pdb");
        expect(kindOf("pulumi:providers:kubernetes")).to.equal("provider");
        expect(kindOf("random:index/randomPassword:RandomPassword")).to.equal("other");
        const t = topologyOf(retailStack());
        expect(node(t, "shop-clb").tier).to.equal("access");
        expect(node(t, "shop-app").tier).to.equal("compute");
        expect(node(t, "events").tier).to.equal("middleware");
        expect(node(t, "orders-db").tier).to.equal("data");
        expect(node(t, "shop-app-alarms").tier).to.equal("observability");
    });

    it("finds the zones of every data service, converting numeric zone ids", () => {
        const t = topologyOf(retailStack());
        expect(t.zonesOf(node(t, "orders-db"))).to.deep.equal({ zones: ["ap-guangzhou-3", "ap-guangzhou-4"], complete: true });
        expect(t.zonesOf(node(t, "cart-cache"))).to.deep.equal({ zones: ["ap-guangzhou-3", "ap-guangzhou-4"], complete: true });
        expect(t.zonesOf(node(t, "catalog-db")).zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]);
        expect(t.zonesOf(node(t, "events")).zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
        expect(t.zonesOf(node(t, "shop-clb")).zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
    });

    it("resolves a node pool's subnets through property dependencies during a preview, and a workload's zones through its cluster", () => {
        const t = topologyOf(retailStack());
        const zones = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"];
        expect(t.zonesOf(node(t, "shop-app"))).to.deep.equal({ zones, complete: true });
        expect(t.clusterOf(node(t, "web"))?.name).to.equal("shop");
        expect(t.zonesOf(node(t, "web"))).to.deep.equal({ zones, complete: true });
    });

    it("resolves references by id in a state, and says when a reference stays unresolved", () => {
        const t = topologyOf(legacyStack());
        const pool = node(t, "legacy-app");
        expect(t.resolve(pool, "subnetIds", ["subnet"]).nodes.map((n) => n.name)).to.deep.equal(["subnet-a"]);
        expect(t.zonesOf(pool)).to.deep.equal({ zones: ["ap-guangzhou-3"], complete: true });
        const external = topologyOf([{ type: tok("tencentcloud_kubernetes_node_pool"), name: "p", props: { ...good.nodePool(), subnetIds: ["subnet-elsewhere"] } }]);
        expect(external.zonesOf(node(external, "p"))).to.deep.equal({ zones: [], complete: false });
    });

    it("finds a CLB's backends behind attachments, with their zones", () => {
        const t = topologyOf(legacyStack());
        const backends = t.backendsOf(node(t, "web-clb"));
        expect(backends.map((b) => ({ via: b.via.name, members: b.members.map((m) => m.name), count: b.count, zones: b.zones }))).to.deep.equal([
            { via: "web-backends", members: ["app-1", "app-2"], count: 2, zones: { zones: ["ap-guangzhou-3"], complete: true } },
        ]);
    });

    it("lays resources out as tiers × zones", () => {
        const t = topologyOf(retailStack());
        const tiers = t.tiers();
        expect([...(tiers.get("data")?.keys() ?? [])].sort()).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]);
        expect(tiers.get("data")?.get("ap-guangzhou-6")?.map((n) => n.name)).to.deep.equal(["catalog-db"]);
        expect(tiers.get("middleware")?.get("ap-guangzhou-4")?.map((n) => n.name)).to.deep.equal(["events"]);
    });

    it("matches label selectors, undecided while labels are unknown", () => {
        expect(selectorMatches({ matchLabels: { app: "web" } }, { app: "web", tier: "front" })).to.equal(true);
        expect(selectorMatches({ matchLabels: { app: "web" } }, { app: "api" })).to.equal(false);
        expect(selectorMatches({ matchExpressions: [{ key: "tier", operator: "In", values: ["front", "edge"] }] }, { tier: "front" })).to.equal(true);
        expect(selectorMatches({ matchExpressions: [{ key: "tier", operator: "DoesNotExist" }] }, { tier: "front" })).to.equal(false);
        expect(selectorMatches({ matchLabels: { app: "web" } }, { app: UNKNOWN })).to.equal(UNKNOWN_READ);
        expect(selectorMatches({}, { app: "web" })).to.equal(true);
    });

    it("reads recorded resources in wire form: outputs over inputs, the id, secrets unwrapped, the provider from its reference", () => {
        const clb = urnOf(tok("tencentcloud_clb_instance"), "web");
        const [resource] = stackResourcesOfRecords([
            {
                urn: clb,
                type: tok("tencentcloud_clb_instance"),
                name: "web",
                parent: "",
                inputs: { clbName: "web" },
                outputs: { clbName: "web", vip: secret("10.0.0.5") },
                id: "lb-123",
                options: { protect: true },
                providerRef: "urn:pulumi:test::zonesafe::pulumi:providers:tencentcloud::default::abc-123",
            },
        ]);
        expect(resource).to.deep.equal({
            urn: clb,
            type: tok("tencentcloud_clb_instance"),
            name: "web",
            props: { clbName: "web", vip: "10.0.0.5", id: "lb-123" },
            protect: true,
            parent: undefined,
            provider: "urn:pulumi:test::zonesafe::pulumi:providers:tencentcloud::default",
            dependencies: [],
            propertyDependencies: {},
        });
    });
});

describe("Topology: traffic through target groups, attached instances and cluster endpoints", () => {
    const names = (nodes: readonly { name: string }[]) => nodes.map((n) => n.name);

    for (const route of ROUTES) {
        for (const mode of MODES) {
            describe(`${mode}, ${route} route`, () => {
                const t = topologyOf(record(trafficEstate(), mode, route));

                it("resolves a CLB's target group, bound to two listeners, as one backend with its instances and zones", () => {
                    const backends = t.backendsOf(node(t, "shop-clb"));
                    const viaGroup = backends.find((b) => b.via.name === "web-tg");
                    expect(backends.filter((b) => b.via.name === "web-tg")).to.have.length(1);
                    expect(names(viaGroup?.members ?? [])).to.deep.equal(["web-3a", "web-4a"]);
                    expect(viaGroup?.count).to.equal(2);
                    expect(viaGroup?.zones).to.deep.equal({ zones: ["ap-guangzhou-3", "ap-guangzhou-4"], complete: true });
                });

                it("counts the instances attached to a scaling group among its backends and in its instances' zones", () => {
                    const group = node(t, "ingest");
                    expect(names(t.asAttachmentsOf(group))).to.deep.equal(["ingest-existing"]);
                    expect(t.attachedInstancesOf(group).count).to.equal(2);
                    expect(names(t.attachedInstancesOf(group).nodes)).to.deep.equal(["ingest-3a", "ingest-4a"]);
                    const viaGroup = t.backendsOf(node(t, "shop-clb")).find((b) => b.via.name === "ingest");
                    expect(viaGroup?.count).to.equal(4);
                    expect(names(viaGroup?.members ?? [])).to.deep.equal(["ingest", "ingest-3a", "ingest-4a"]);
                    expect(t.instanceZonesOf(group)).to.deep.equal({ zones: ["ap-guangzhou-3", "ap-guangzhou-4"], complete: true });
                });

                it("relates a cluster endpoint to its cluster", () => {
                    expect(names(t.endpointsOf(node(t, "shop-tke")))).to.deep.equal(["shop-tke-endpoint"]);
                    expect(t.clusterOfEndpoint(node(t, "shop-tke-endpoint"))?.name).to.equal("shop-tke");
                });

                it("lists the CVM backend groups the AZ simulation judges", () => {
                    expect(t.cvmBackendGroups().map((g) => ({ via: g.via.name, label: g.label, members: names(g.members) }))).to.deep.equal([
                        { via: "web-tg", label: "CLB target group", members: ["web-3a", "web-4a"] },
                        { via: "ingest-existing", label: "Auto Scaling attachment", members: ["ingest-3a", "ingest-4a"] },
                    ]);
                });
            });
        }
    }

    it("groups a CVM with the others of its job by backend group, else by launch shape, never by name", () => {
        const estate = [...trafficEstate(), cvm("bastion-1", "app-3", "ap-guangzhou-3", "10.0.1.5", { imageId: "img-ubuntu", instanceType: "S5.SMALL2" })];
        for (const mode of MODES) {
            const t = topologyOf(record(estate, mode));
            expect(t.instanceGroupOf(node(t, "web-3a"))).to.deep.equal({ key: `backend:${node(t, "web-tg").urn}`, label: "web-tg", signal: "backend" });
            expect(t.instanceGroupOf(node(t, "ingest-4a"))).to.deep.include({ label: "ingest-existing", signal: "backend" });
            const bastion = t.instanceGroupOf(node(t, "bastion-1"));
            expect(bastion).to.deep.include({ label: "img-ubuntu S5.SMALL2", signal: "launch" });
        }
    });

    it("keeps a scaling group's launch zones apart from its attached instances' zones", () => {
        const estate = mutate(trafficEstate(), "ingest-existing", (d) => ({ ...d, props: { ...d.props, instanceIds: [ref("ingest-4a")] } }));
        const oneSubnet = mutate(estate, "ingest", (d) => ({ ...d, props: { ...d.props, subnetIds: [ref("app-3")] } }));
        const t = topologyOf(record(oneSubnet, "state"));
        expect(t.zonesOf(node(t, "ingest"))).to.deep.equal({ zones: ["ap-guangzhou-3"], complete: true });
        expect(t.instanceZonesOf(node(t, "ingest"))).to.deep.equal({ zones: ["ap-guangzhou-3", "ap-guangzhou-4"], complete: true });
    });

    it("leaves a target group's backends unknown when its instances are bound by resources the pack does not read", () => {
        const estate = mutate(trafficEstate(), "web-tg", (d) => {
            const { targetGroupInstances: _, ...props } = d.props;
            return { ...d, props };
        });
        const t = topologyOf(record(estate, "state"));
        const viaGroup = t.backendsOf(node(t, "shop-clb")).find((b) => b.via.name === "web-tg");
        expect(viaGroup).to.deep.include({ count: undefined, zones: { zones: [], complete: false } });
    });

    it("says a target group's zones are incomplete when an address matches no CVM of the stack", () => {
        const extra: Declared = cvm("web-4b", "app-4", "ap-guangzhou-4", "10.0.2.12");
        const estate = mutate([...trafficEstate(), extra], "web-tg", (d) => ({
            ...d,
            props: { ...d.props, targetGroupInstances: [{ bindIp: ref("web-3a", "privateIp"), port: 8080 }, { bindIp: "10.9.9.9", port: 8080 }] },
        }));
        const t = topologyOf(record(estate, "state"));
        expect(t.targetGroupMembersOf(node(t, "web-tg"))).to.deep.include({ count: 2, zones: { zones: ["ap-guangzhou-3"], complete: false } });
    });

    it("resolves a preview's unknown target group addresses through the property's dependencies", () => {
        const t = topologyOf(record(trafficEstate(), "preview"));
        const tg = node(t, "web-tg");
        expect(tg.props["targetGroupInstances"]).to.deep.equal([
            { bindIp: UNKNOWN, port: 8080, weight: 10 },
            { bindIp: UNKNOWN, port: 8080, weight: 10 },
        ]);
        expect(names(t.targetGroupMembersOf(tg).nodes)).to.deep.equal(["web-3a", "web-4a"]);
    });
});

describe("Topology: traffic relations on malformed estates (property)", () => {
    /** Values legal on the wire but wrong, unknown or secret, for the properties the traffic relations read. */
    const weird = fc.oneof(
        fc.constantFrom<unknown>(UNKNOWN, null, true, 0, -1, "", "10.0.1.11", "203.0.113.3", "ins-web-3a", "lbtg-web", "lb-shop", "asg-ingest", "cls-shop", [], {}, [UNKNOWN], [null], [{}], [{ bindIp: UNKNOWN }], [{ bindIp: 7 }]),
        fc.jsonValue({ maxDepth: 2 }),
        fc.jsonValue({ maxDepth: 1 }).map((v) => secret(v)),
    );
    const KEYS = ["targetGroupInstances", "targetGroupId", "clbId", "instanceIds", "scalingGroupId", "assignedEipSets", "publicIp", "privateIp", "clusterId", "availabilityZone", "subnetIds", "imageId", "orderlySecurityGroups", "launchTemplateId", "zone", "vpcId"];

    it("never throws: backends, target groups, attachments, endpoints, EIPs, instance groups, the assessment and the AZ simulation", () => {
        fc.assert(
            fc.property(
                fc.constantFrom(...MODES),
                fc.constantFrom(...ROUTES),
                fc.array(fc.tuple(fc.nat(), fc.constantFrom(...KEYS), weird, fc.boolean()), { minLength: 1, maxLength: 8 }),
                (mode, route, changes) => {
                    const specs = record(trafficEstate(), mode, route);
                    for (const [index, key, value, dropDeps] of changes) {
                        const spec = specs[index % specs.length];
                        spec.props = { ...spec.props, [key]: value };
                        if (dropDeps && spec.propertyDependencies) {
                            delete spec.propertyDependencies[key];
                        }
                    }
                    const t = topologyOf(specs);
                    for (const n of t.nodes) {
                        t.backendsOf(n);
                        t.targetGroupMembersOf(n);
                        t.attachedInstancesOf(n);
                        t.instanceZonesOf(n);
                        t.endpointsOf(n);
                        t.assignedEipsOf(n);
                        t.instanceGroupOf(n);
                    }
                    t.cvmBackendGroups();
                    const stack = { name: "test", tags: new Map<string, string>(), config: {}, production: false, criticalDataTier: false };
                    assess(t, { stack, now: new Date("2026-06-15T12:00:00Z") });
                    simulateAzFailures(t);
                },
            ),
            { numRuns: 150, seed: 42 },
        );
    });
});
