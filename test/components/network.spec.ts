import { expect } from "chai";
import { ZonalNetwork, planZonalNetwork } from "../../components/network/zonalNetwork";
import { formatIpv4Cidr, parseIpv4Cidr, subBlock } from "../../components/network/cidr";
import { GZ, T, expectProblem, inputsOf, list, one, ofType, record, refusal } from "./support";
import { MYSQL_INTRANET_PORT } from "../../components/defaults";

describe("ZonalNetwork", () => {
    describe("plan", () => {
        it("defaults to three zones of the region, a /16 and /24 subnets per tier per zone", () => {
            const plan = planZonalNetwork("net", { region: "ap-guangzhou" });
            expect(plan.zones).to.deep.equal(GZ);
            expect(plan.vpcCidr).to.equal("10.0.0.0/16");
            expect(plan.subnets).to.have.length(9);
            expect(plan.subnets.filter((s) => s.tier === "app").map((s) => [s.zone, s.cidrBlock, s.resourceName])).to.deep.equal([
                ["ap-guangzhou-3", "10.0.66.0/24", "net-subnet-app-ap-guangzhou-3"],
                ["ap-guangzhou-4", "10.0.67.0/24", "net-subnet-app-ap-guangzhou-4"],
                ["ap-guangzhou-6", "10.0.69.0/24", "net-subnet-app-ap-guangzhou-6"],
            ]);
            expect(plan.subnets.filter((s) => s.tier === "data").map((s) => s.cidrBlock)).to.deep.equal(["10.0.130.0/24", "10.0.131.0/24", "10.0.133.0/24"]);
        });

        it("lets the data tier admit only the app tier's subnets, on its own ports", () => {
            const plan = planZonalNetwork("net", { zones: GZ.slice(0, 2), dataPorts: [3306, 6379] });
            const appCidrs = plan.subnets.filter((s) => s.tier === "app").map((s) => s.cidrBlock);
            expect(plan.ingress.data.map((r) => [r.cidrBlock, r.port])).to.deep.equal([
                [appCidrs[0], 3306],
                [appCidrs[0], 6379],
                [appCidrs[1], 3306],
                [appCidrs[1], 6379],
            ]);
            const app = plan.ingress.app.map((r) => r.cidrBlock);
            const pub = plan.subnets.filter((s) => s.tier === "public").map((s) => s.cidrBlock);
            expect([...new Set(app)]).to.deep.equal(pub);
        });

        it("keeps subnet ranges stable when a zone is added (each tier has its own quarter)", () => {
            const two = planZonalNetwork("net", { zones: GZ.slice(0, 2) });
            const three = planZonalNetwork("net", { zones: GZ });
            for (const s of two.subnets) expect(three.subnets.find((t) => t.resourceName === s.resourceName)!.cidrBlock).to.equal(s.cidrBlock);
        });

        it("refuses one zone", () => {
            const e = refusal(() => planZonalNetwork("net", { zones: ["ap-guangzhou-3"] }));
            expectProblem(e, "zones", "at least 2 distinct zones", "got 1 (ap-guangzhou-3)");
        });

        it("refuses 0.0.0.0/0 and ::/0 as data-tier sources", () => {
            const e = refusal(() => planZonalNetwork("net", { zones: GZ, extraDataIngressCidrs: ["10.8.0.0/16", "0.0.0.0/0", "::/0"] }));
            expectProblem(e, "extraDataIngressCidrs[1]", "never admit every address", '"0.0.0.0/0"');
            expectProblem(e, "extraDataIngressCidrs[2]", '"::/0"');
        });

        it("reports every problem at once", () => {
            const e = refusal(() =>
                planZonalNetwork("net", { zones: ["ap-guangzhou-3"], cidrBlock: "8.8.0.0/16", dataPorts: [], publicIngressCidrs: ["10.0.0.1/8"] }),
            );
            expect(e.problems.map((p) => p.field)).to.have.members(["zones", "cidrBlock", "dataPorts", "publicIngressCidrs[0]"]);
            expect(e.message).to.match(/refused its arguments \(4 problems\)/);
        });

        it("needs zones or a known region", () => {
            expectProblem(refusal(() => planZonalNetwork("net", {})), "zones", "is required unless `region`");
            expectProblem(refusal(() => planZonalNetwork("net", { region: "ap-tokyo" })), "zones", 'region "ap-tokyo"');
        });

        it("refuses a subnet prefix that cannot hold a subnet per zone (cidrLayout by-position)", () => {
            const e = refusal(() => planZonalNetwork("net", { zones: GZ, cidrBlock: "10.0.0.0/24", subnetPrefix: 27, cidrLayout: "by-position" }));
            expectProblem(e, "subnetPrefix", "room for 3 subnets", "/28");
        });

        it("refuses a VPC whose quarters cannot hold the block of a zone's number (cidrLayout by-zone), naming the zone and the fixes", () => {
            // A /24 VPC has /26 quarters: 2 blocks of /27, 4 of /28. ap-guangzhou-6 takes block 5.
            const e = refusal(() => planZonalNetwork("net", { zones: GZ, cidrBlock: "10.0.0.0/24", subnetPrefix: 27 }));
            expectProblem(e, "subnetPrefix", "ap-guangzhou-3, ap-guangzhou-4, ap-guangzhou-6 need 6 blocks, the quarter holds 2", "a VPC range of /23 or larger", 'cidrLayout: "by-position"');
            const e2 = refusal(() => planZonalNetwork("net", { zones: GZ, cidrBlock: "10.0.0.0/20", subnetPrefix: 24 }));
            expectProblem(e2, "subnetPrefix", "ap-guangzhou-6 needs 6 blocks, the quarter holds 4", "a subnet prefix of /25 or longer");
            expect(planZonalNetwork("net", { zones: GZ, cidrBlock: "10.0.0.0/20", subnetPrefix: 25 }).subnets.map((s) => s.cidrBlock).slice(0, 3)).to.deep.equal([
                "10.0.1.0/25",
                "10.0.1.128/25",
                "10.0.2.128/25",
            ]);
        });

        it("refuses an unknown cidrLayout", () => {
            expectProblem(refusal(() => planZonalNetwork("net", { zones: GZ, cidrLayout: "by-hash" as "by-zone" })), "cidrLayout", '"by-zone"', '"by-position"');
        });

        it("carves blocks with CIDR arithmetic", () => {
            expect(formatIpv4Cidr(subBlock(parseIpv4Cidr("172.16.0.0/12")!, 20, 3))).to.equal("172.16.48.0/20");
            expect(parseIpv4Cidr("300.0.0.0/8")).to.equal(undefined);
        });
    });

    describe("under mocks", () => {
        it("creates a VPC, a subnet per tier per zone and a security group per tier, parented to the component", async () => {
            const stack = await record(() => {
                new ZonalNetwork("net", { region: "ap-guangzhou" });
            });
            const component = one(stack, "zonesafe:network:ZonalNetwork");
            const vpc = one(stack, T.vpc, "net-vpc");
            expect(vpc.parent).to.equal(component.urn);
            expect(vpc.inputs.cidrBlock).to.equal("10.0.0.0/16");
            const subnets = ofType(stack, T.subnet);
            expect(subnets).to.have.length(9);
            for (const s of subnets) {
                expect(s.parent).to.equal(component.urn);
                expect(s.inputs.vpcId).to.equal("net-vpc-id");
                expect((s.inputs.tags as Record<string, string>)["zonesafe:zone"]).to.equal(s.inputs.availabilityZone);
            }
            const appZones = GZ.map((z) => one(stack, T.subnet, `net-subnet-app-${z}`).inputs.availabilityZone);
            expect(appZones).to.deep.equal(GZ);
            expect(ofType(stack, T.securityGroup).map((g) => g.name)).to.have.members(["net-sg-public", "net-sg-app", "net-sg-data"]);
            const dataRules = list(inputsOf(one(stack, T.ruleSet, "net-sg-data-rules")).ingresses);
            expect(dataRules).to.have.length(3 * 5);
            for (const r of dataRules as Record<string, string>[]) {
                expect(r.action).to.equal("ACCEPT");
                expect(r.cidrBlock).to.match(/^10\.0\.(66|67|69)\.0\/24$/);
                expect(["3307", "3306", "6379", "27017", "9092"]).to.include(r.port);
            }
            // The port a ThreeNodeMysql listens on by default is open to the app tier.
            expect((dataRules as Record<string, string>[]).filter((r) => r.port === String(MYSQL_INTRANET_PORT))).to.have.length(3);
            expect(one(stack, T.ruleSet, "net-sg-data-rules").inputs.securityGroupId).to.equal("net-sg-data-id");
        });

        it("hands out subnets with their zones, ready for node pools", async () => {
            let zones: string[] = [];
            await record(() => {
                const net = new ZonalNetwork("net", { zones: GZ.slice(0, 2) });
                zones = net.subnets.app.map((s) => s.zone);
                expect(net.zonePlan.zones).to.deep.equal(GZ.slice(0, 2));
            });
            expect(zones).to.deep.equal(GZ.slice(0, 2));
        });
    });
});
