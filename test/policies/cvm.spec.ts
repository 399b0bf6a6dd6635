import { expect } from "chai";
import { cvmInstanceNoPublicIp, cvmInstanceTierSpread } from "../../policies/rules/cvm";
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, checkStack, ROUTES, tok, useTestEnvironment } from "./helpers";

function cvm(name: string, zone: string, extra: Record<string, unknown> = {}, route: "official" | "static" = "official"): StackResourceSpec {
    return { type: tok("tencentcloud_instance", route), name, urn: urnOf(tok("tencentcloud_instance", route), name), props: { ...good.cvm(zone), ...extra } };
}

describe("CVM rules", () => {
    useTestEnvironment();

    describe("cvm-instance-tier-spread (stack)", () => {
        for (const route of ROUTES) {
            it(`passes a tier over two zones (${route} route)`, async () => {
                expect(await checkStack(cvmInstanceTierSpread, [cvm("web-1", "ap-guangzhou-3", {}, route), cvm("web-2", "ap-guangzhou-4", {}, route)])).to.deep.equal([]);
            });
        }

        it("reports every instance of a tier that sits in one zone", async () => {
            const reported = await checkStack(cvmInstanceTierSpread, [cvm("web-1", "ap-guangzhou-3"), cvm("web-2", "ap-guangzhou-3")]);
            expect(reported).to.deep.equal(
                ["web-1", "web-2"].map((n) => ({
                    urn: urnOf(tok("tencentcloud_instance"), n),
                    message: "CVM instance must not share one availability zone with every other instance of its tier `web`; all 2 instances are in ap-guangzhou-3.",
                })),
            );
        });

        it("groups tiers by the zonesafe:tier tag", async () => {
            const tagged = (name: string) => cvm(name, "ap-guangzhou-3", { tags: { "zonesafe:tier": "gateway" } });
            const reported = await checkStack(cvmInstanceTierSpread, [tagged("alpha"), tagged("beta")]);
            expect(reported.map((r) => r.message)).to.deep.equal([
                "CVM instance must not share one availability zone with every other instance of its tier `gateway`; all 2 instances are in ap-guangzhou-3.",
                "CVM instance must not share one availability zone with every other instance of its tier `gateway`; all 2 instances are in ap-guangzhou-3.",
            ]);
        });

        it("leaves a lone instance (a bastion) alone", async () => {
            expect(await checkStack(cvmInstanceTierSpread, [cvm("bastion", "ap-guangzhou-3")])).to.deep.equal([]);
        });

        it("stays silent while a zone is unknown", async () => {
            expect(await checkStack(cvmInstanceTierSpread, [cvm("web-1", "ap-guangzhou-3"), cvm("web-2", "ap-guangzhou-3", { availabilityZone: UNKNOWN })])).to.deep.equal([]);
        });
    });

    describe("cvm-instance-no-public-ip", () => {
        for (const route of ROUTES) {
            it(`passes private instances and launch configurations (${route} route)`, async () => {
                expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_instance", route), props: good.cvm() })).to.deep.equal([]);
                const config = { configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], publicIpAssigned: false };
                expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_as_scaling_config", route), props: config })).to.deep.equal([]);
            });
        }

        it("reports an instance with a public IP", async () => {
            expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), allocatePublicIp: true } })).to.deep.equal([
                "CVM instance must not have a public IP; `allocatePublicIp` is true.",
            ]);
        });

        it("reports a launch configuration assigning public IPs", async () => {
            const config = { configurationName: "ingest", instanceTypes: ["S5.MEDIUM4"], internetMaxBandwidthOut: 5 };
            expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_as_scaling_config", "static"), props: config })).to.deep.equal([
                "Auto Scaling launch configuration must not assign public IPs to instances; `internetMaxBandwidthOut` is 5 Mbps and `publicIpAssigned` is not set.",
            ]);
        });

        it("allows public IPs when configured", async () => {
            expect(await checkResource(cvmInstanceNoPublicIp, { type: tok("tencentcloud_instance"), props: { ...good.cvm(), allocatePublicIp: true }, config: { allowPublicIp: true } })).to.deep.equal([]);
        });
    });
});
