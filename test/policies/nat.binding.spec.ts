import { expect } from "chai";
import { natGatewayEipBinding } from "../../policies/rules/nat";
import { checkStack, ROUTES, useTestEnvironment } from "./helpers";
import { MODES, mutate, record, ref, trafficEstate, urnIn } from "./traffic.fixtures";

describe("NAT gateway EIP bindings", () => {
    useTestEnvironment();

    describe("nat-gateway-eip-binding (stack)", () => {
        for (const route of ROUTES) {
            for (const mode of MODES) {
                it(`passes gateways that each refer to an EIP of their own (${mode}, ${route} route)`, async () => {
                    expect(await checkStack(natGatewayEipBinding, record(trafficEstate(), mode, route))).to.deep.equal([]);
                });

                it(`reports an EIP bound to two gateways on the second (${mode}, ${route} route)`, async () => {
                    const estate = mutate(trafficEstate(), "nat-4", (d) => ({ ...d, props: { ...d.props, assignedEipSets: [ref("nat-eip-3", "publicIp")] } }));
                    expect(await checkStack(natGatewayEipBinding, record(estate, mode, route))).to.deep.equal([
                        {
                            urn: urnIn(estate, "nat-4", route),
                            message: "NAT gateway must have EIPs of its own; EIP nat-eip-3 in its `assignedEipSets` is also bound to NAT gateway nat-3, and an EIP binds to one resource at a time.",
                        },
                    ]);
                });
            }
        }

        it("reports a typed address that is none of the stack's EIPs, once their addresses are known", async () => {
            const estate = mutate(trafficEstate(), "nat-4", (d) => ({ ...d, props: { ...d.props, assignedEipSets: ["198.51.100.7"] } }));
            expect(await checkStack(natGatewayEipBinding, record(estate, "state", "static"))).to.deep.equal([
                {
                    urn: urnIn(estate, "nat-4", "static"),
                    message: "NAT gateway must use EIPs the stack declares; `assignedEipSets` lists 198.51.100.7, the address of none of its EIPs (nat-eip-3, nat-eip-4).",
                },
            ]);
            // In a preview the EIPs' addresses are not known yet: the typed address may be one of them.
            expect(await checkStack(natGatewayEipBinding, record(estate, "preview"))).to.deep.equal([]);
        });

        it("accepts the typed address of an EIP of the stack", async () => {
            const estate = mutate(trafficEstate(), "nat-4", (d) => ({ ...d, props: { ...d.props, assignedEipSets: ["203.0.113.4"] } }));
            expect(await checkStack(natGatewayEipBinding, record(estate, "state"))).to.deep.equal([]);
        });

        it("accepts pre-allocated addresses when the stack declares no EIP, unless two gateways share one", async () => {
            const withoutEips = trafficEstate()
                .filter((d) => d.tf !== "tencentcloud_eip")
                .map((d) => (d.tf === "tencentcloud_nat_gateway" ? { ...d, props: { ...d.props, assignedEipSets: [`198.51.100.${d.name.slice(-1)}`] } } : d));
            expect(await checkStack(natGatewayEipBinding, record(withoutEips, "state"))).to.deep.equal([]);
            const shared = mutate(withoutEips, "nat-4", (d) => ({ ...d, props: { ...d.props, assignedEipSets: ["198.51.100.3"] } }));
            expect((await checkStack(natGatewayEipBinding, record(shared, "state"))).map((v) => v.message)).to.deep.equal([
                "NAT gateway must have EIPs of its own; address 198.51.100.3 in its `assignedEipSets` is also bound to NAT gateway nat-3, and an EIP binds to one resource at a time.",
            ]);
        });
    });
});
