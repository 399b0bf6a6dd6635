/**
 * `cvm-instance-tier-spread` on realistic estates: instances are grouped into a tier by a real
 * signal (tier tag, backend group, launch shape), never by the similarity of their names.
 */
import { expect } from "chai";
import { cvmInstanceTierSpread } from "../../policies/rules/cvm";
import { StackResourceSpec } from "../support/policyArgs";
import { checkStack, ROUTES, useTestEnvironment } from "./helpers";
import { Declared, MODES, mutate, record, ref, urnIn } from "./traffic.fixtures";

const Z3 = "ap-guangzhou-3";
const Z4 = "ap-guangzhou-4";

/** A VPC with a subnet per zone and three security groups (bastion, build, app). */
function network(): Declared[] {
    return [
        { tf: "tencentcloud_vpc", name: "vpc", id: "vpc-ops", props: { name: "ops", cidrBlock: "10.3.0.0/16" } },
        { tf: "tencentcloud_subnet", name: "subnet-3", id: "subnet-ops-3", props: { vpcId: ref("vpc"), cidrBlock: "10.3.1.0/24", availabilityZone: Z3 } },
        { tf: "tencentcloud_subnet", name: "subnet-4", id: "subnet-ops-4", props: { vpcId: ref("vpc"), cidrBlock: "10.3.2.0/24", availabilityZone: Z4 } },
        ...["bastion", "build", "app"].map((n): Declared => ({ tf: "tencentcloud_security_group", name: `sg-${n}`, id: `sg-${n}`, props: { name: n, description: n } })),
    ];
}

/** A CVM as the provider's examples write one. */
function server(name: string, zone: string, image: string, type: string, sg: string, extra: Record<string, unknown> = {}): Declared {
    return {
        tf: "tencentcloud_instance",
        name,
        id: `ins-${name}`,
        props: {
            instanceName: name,
            availabilityZone: zone,
            imageId: image,
            instanceType: type,
            systemDiskType: "CLOUD_PREMIUM",
            systemDiskSize: 50,
            vpcId: ref("vpc"),
            subnetId: ref(zone === Z3 ? "subnet-3" : "subnet-4"),
            orderlySecurityGroups: [ref(sg)],
            ...extra,
        },
        outputs: { privateIp: `10.3.${zone === Z3 ? 1 : 2}.${10 + name.length}` },
    };
}

/**
 * The estate the old grouping got wrong: four instances numbered `node-1` … `node-4`, all in one
 * zone — a bastion, a build box and two app servers.
 */
function numberedEstate(appZones: readonly [string, string] = [Z3, Z3]): Declared[] {
    return [
        ...network(),
        server("node-1", Z3, "img-ubuntu-2204", "S5.SMALL2", "sg-bastion", { allocatePublicIp: true, internetMaxBandwidthOut: 5 }),
        server("node-2", Z3, "img-ubuntu-2204", "S5.2XLARGE16", "sg-build"),
        server("node-3", appZones[0], "img-app-2026", "S5.MEDIUM4", "sg-app"),
        server("node-4", appZones[1], "img-app-2026", "S5.MEDIUM4", "sg-app"),
    ];
}

const MESSAGE = (tier: string, count: number, zone: string) =>
    `CVM instance must not share one availability zone with every other instance of its tier \`${tier}\`; all ${count} instances are in ${zone}.`;

describe("cvm-instance-tier-spread (stack): grouping by real signals", () => {
    useTestEnvironment();

    for (const route of ROUTES) {
        for (const mode of MODES) {
            it(`groups only the two app servers of a bastion, a build box and two app servers named node-1 … node-4 (${mode}, ${route} route)`, async () => {
                const estate = numberedEstate();
                const reported = await checkStack(cvmInstanceTierSpread, record(estate, mode, route));
                expect(reported).to.deep.equal(
                    ["node-3", "node-4"].map((n) => ({ urn: urnIn(estate, n, route), message: MESSAGE("img-app-2026 S5.MEDIUM4", 2, Z3) })),
                );
            });

            it(`passes the same estate once the app servers are in two zones (${mode}, ${route} route)`, async () => {
                expect(await checkStack(cvmInstanceTierSpread, record(numberedEstate([Z3, Z4]), mode, route))).to.deep.equal([]);
            });
        }
    }

    it("does not lump every instance a component creates into one tier", async () => {
        const parent = "urn:pulumi:test::zonesafe::acme:ops:Toolbox::ops";
        const specs: StackResourceSpec[] = [
            { type: "acme:ops:Toolbox", name: "ops", urn: parent, props: {} },
            ...record(numberedEstate([Z3, Z4]), "state").map((r) => ({ ...r, parent })),
        ];
        expect(await checkStack(cvmInstanceTierSpread, specs)).to.deep.equal([]);
    });

    it("groups instances behind one CLB backend group even when their images differ (a rolling upgrade)", async () => {
        const estate: Declared[] = [
            ...numberedEstate(),
            { tf: "tencentcloud_clb_instance", name: "app-clb", id: "lb-app", props: { clbName: "app", networkType: "INTERNAL", vpcId: ref("vpc"), subnetId: ref("subnet-3") } },
            { tf: "tencentcloud_clb_listener", name: "app-tcp", id: "lbl-app", props: { clbId: ref("app-clb"), listenerName: "app", protocol: "TCP", port: 80 }, outputs: { listenerId: "lbl-app" } },
            {
                tf: "tencentcloud_clb_attachment",
                name: "app-backends",
                id: "lb-app#lbl-app",
                props: { clbId: ref("app-clb"), listenerId: ref("app-tcp", "listenerId"), targets: [{ instanceId: ref("node-3"), port: 8080 }, { instanceId: ref("node-4"), port: 8080 }] },
            },
        ];
        const upgraded = mutate(estate, "node-4", (d) => ({ ...d, props: { ...d.props, imageId: "img-app-2027" } }));
        for (const mode of MODES) {
            const reported = await checkStack(cvmInstanceTierSpread, record(upgraded, mode, "static"));
            expect(reported.map((r) => r.message)).to.deep.equal([MESSAGE("app-backends", 2, Z3), MESSAGE("app-backends", 2, Z3)]);
        }
    });

    it("names a tier by its members' common name when they share one", async () => {
        const estate = mutate(mutate(numberedEstate(), "node-3", (d) => ({ ...d, name: "web-1" })), "node-4", (d) => ({ ...d, name: "web-2" }));
        const reported = await checkStack(cvmInstanceTierSpread, record(estate, "state"));
        expect(reported.map((r) => r.message)).to.deep.equal([MESSAGE("web", 2, Z3), MESSAGE("web", 2, Z3)]);
    });

    it("keeps an instance out of every tier while its security group is unknown with nothing to resolve it by", async () => {
        const specs = record(numberedEstate(), "preview").map((r) => (r.name === "node-4" ? { ...r, propertyDependencies: { ...r.propertyDependencies, orderlySecurityGroups: [] } } : r));
        expect(await checkStack(cvmInstanceTierSpread, specs)).to.deep.equal([]);
    });

    it("still groups by the tier tag across different launch shapes", async () => {
        const tagged = (d: Declared): Declared => ({ ...d, props: { ...d.props, tags: { "zonesafe:tier": "tools" } } });
        const estate = mutate(mutate(numberedEstate([Z3, Z4]), "node-1", tagged), "node-2", tagged);
        const reported = await checkStack(cvmInstanceTierSpread, record(estate, "state"));
        expect(reported.map((r) => r.message)).to.deep.equal([MESSAGE("tools", 2, Z3), MESSAGE("tools", 2, Z3)]);
    });
});
