import { expect } from "chai";
import { natGatewayEip, natGatewayPerZone } from "../../policies/rules/nat";
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { checkResource, checkStack, ROUTES, tok, useTestEnvironment } from "./helpers";

type Props = Record<string, unknown>;

function without(props: Props, ...keys: string[]): Props {
    return Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));
}

describe("NAT gateway rules", () => {
    useTestEnvironment();
    const nat = (route: "official" | "static" = "official") => tok("tencentcloud_nat_gateway", route);

    describe("nat-gateway-eip", () => {
        for (const route of ROUTES) {
            it(`passes a gateway with an EIP (${route} route)`, async () => {
                expect(await checkResource(natGatewayEip, { type: nat(route), props: goodData.natGateway() })).to.deep.equal([]);
            });
        }

        it("reports a gateway without EIPs", async () => {
            expect(await checkResource(natGatewayEip, { type: nat(), props: { ...goodData.natGateway(), assignedEipSets: [] } })).to.deep.equal([
                "NAT gateway must have at least one EIP; `assignedEipSets` is empty.",
            ]);
            expect(await checkResource(natGatewayEip, { type: nat("static"), props: without(goodData.natGateway(), "assignedEipSets") })).to.deep.equal([
                "NAT gateway must have at least one EIP; `assignedEipSets` is not set.",
            ]);
        });

        it("stays silent on EIPs unknown during a preview", async () => {
            expect(await checkResource(natGatewayEip, { type: nat(), props: { ...goodData.natGateway(), assignedEipSets: [UNKNOWN] } })).to.deep.equal([]);
            expect(await checkResource(natGatewayEip, { type: nat(), props: { ...goodData.natGateway(), assignedEipSets: UNKNOWN } })).to.deep.equal([]);
        });
    });

    describe("nat-gateway-per-zone (stack)", () => {
        /** A VPC with subnets in two zones, and NAT gateways in the given zones; by id (state) or by dependency (preview). */
        function estate(route: "official" | "static", natZones: string[], preview: boolean): StackResourceSpec[] {
            const vpcUrn = urnOf(tok("tencentcloud_vpc", route), "vpc");
            const ref = (id: string) => (preview ? UNKNOWN : id);
            const deps = preview ? { vpcId: [vpcUrn] } : undefined;
            return [
                { type: tok("tencentcloud_vpc", route), name: "vpc", urn: vpcUrn, props: { name: "shop", cidrBlock: "10.0.0.0/16", id: ref("vpc-shop") } },
                ...["ap-guangzhou-3", "ap-guangzhou-4"].map((zone, i) => ({
                    type: tok("tencentcloud_subnet", route),
                    name: `subnet-${i}`,
                    props: { name: `app-${i}`, vpcId: ref("vpc-shop"), cidrBlock: `10.0.${i}.0/24`, availabilityZone: zone, id: ref(`subnet-${i}`) },
                    ...(deps ? { propertyDependencies: deps } : {}),
                })),
                ...natZones.map((zone) => ({
                    type: nat(route),
                    name: `egress-${zone}`,
                    urn: urnOf(nat(route), `egress-${zone}`),
                    props: { ...goodData.natGateway(zone), vpcId: ref("vpc-shop") },
                    ...(deps ? { propertyDependencies: deps } : {}),
                })),
            ];
        }

        for (const route of ROUTES) {
            for (const preview of [false, true]) {
                const how = preview ? "a preview" : "a state";
                it(`passes a gateway in each zone of the VPC's subnets (${route} route, ${how})`, async () => {
                    expect(await checkStack(natGatewayPerZone, estate(route, ["ap-guangzhou-3", "ap-guangzhou-4"], preview))).to.deep.equal([]);
                });

                it(`reports one gateway for subnets in two zones (${route} route, ${how})`, async () => {
                    expect(await checkStack(natGatewayPerZone, estate(route, ["ap-guangzhou-3"], preview))).to.deep.equal([
                        {
                            urn: urnOf(nat(route), "egress-ap-guangzhou-3"),
                            message:
                                "NAT gateway must have a sibling in each zone whose subnets depend on it; the subnets of VPC vpc span ap-guangzhou-3, ap-guangzhou-4, its NAT gateways sit in ap-guangzhou-3 only, so subnets in ap-guangzhou-4 route through a gateway of another zone and lose their egress with that zone.",
                        },
                    ]);
                });
            }
        }

        it("stays silent while the gateways' zones are unknown and there are as many gateways as zones", async () => {
            const resources = estate("official", ["ap-guangzhou-3", "ap-guangzhou-4"], true).map((r) => (r.type === nat() ? { ...r, props: { ...r.props, zone: UNKNOWN } } : r));
            expect(await checkStack(natGatewayPerZone, resources)).to.deep.equal([]);
        });

        it("reports a lone gateway for subnets in two zones even while its zone is unknown or left to the provider", async () => {
            const message =
                "NAT gateway must have a sibling in each zone whose subnets depend on it; the subnets of VPC vpc span 2 zones (ap-guangzhou-3, ap-guangzhou-4) and 1 NAT gateway cannot sit in all of them, each gateway being in one zone.";
            for (const zone of [UNKNOWN, undefined]) {
                const resources = estate("official", ["ap-guangzhou-3"], true).map((r) => (r.type === nat() ? { ...r, props: without({ ...r.props, zone }, ...(zone === undefined ? ["zone"] : [])) } : r));
                expect(await checkStack(natGatewayPerZone, resources)).to.deep.equal([{ urn: urnOf(nat(), "egress-ap-guangzhou-3"), message }]);
            }
        });
    });
});
