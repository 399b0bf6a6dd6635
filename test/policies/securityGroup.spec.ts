import { expect } from "chai";
import { coveredPorts, isWorldCidr, securityGroupIngressRestrictedPorts } from "../../policies/rules/securityGroup";
import { UNKNOWN } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("Security group rules", () => {
    useTestEnvironment();
    const ruleSet = (route: "official" | "static" = "official") => tok("tencentcloud_security_group_rule_set", route);
    const open = (entry: Record<string, unknown>) => ({ securityGroupId: "sg-1", ingresses: [{ action: "ACCEPT", cidrBlock: "0.0.0.0/0", protocol: "TCP", ...entry }] });

    describe("securitygroup-ingress-restricted-ports", () => {
        for (const route of ROUTES) {
            it(`passes HTTPS from anywhere and MySQL from the VPC (${route} route)`, async () => {
                expect(await checkResource(securityGroupIngressRestrictedPorts, { type: ruleSet(route), props: good.ruleSet() })).to.deep.equal([]);
            });
        }

        it("reports MySQL open to the internet", async () => {
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: ruleSet(), props: open({ port: "3306" }) })).to.deep.equal([
                "Security group rule set must not accept 0.0.0.0/0 on 3306 (MySQL); `ingresses[0]` accepts TCP traffic on port 3306 from 0.0.0.0/0.",
            ]);
        });

        it("reports SSH and RDP in a port range open to IPv6 anywhere", async () => {
            const props = { securityGroupId: "sg-1", ingresses: [{ action: "ACCEPT", ipv6CidrBlock: "::/0", protocol: "TCP", port: "20-3389" }] };
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: ruleSet("static"), props })).to.deep.equal([
                "Security group rule set must not accept ::/0 on 22 (SSH), 3306 (MySQL), 3389 (RDP); `ingresses[0]` accepts TCP traffic on ports 20-3389 from ::/0.",
            ]);
        });

        it("reports every sensitive port of an ALL rule", async () => {
            const props = { securityGroupId: "sg-1", ingresses: [{ action: "ACCEPT", cidrBlock: "0.0.0.0/0", protocol: "ALL", port: "ALL" }] };
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: ruleSet(), props })).to.deep.equal([
                "Security group rule set must not accept 0.0.0.0/0 on 22 (SSH), 3306 (MySQL), 3389 (RDP), 6379 (Redis), 9092 (Kafka), 27017 (MongoDB); `ingresses[0]` accepts ALL traffic on all ports from 0.0.0.0/0.",
            ]);
        });

        it("reports a single ingress rule", async () => {
            const props = { securityGroupId: "sg-1", type: "ingress", policy: "accept", cidrIp: "0.0.0.0/0", ipProtocol: "tcp", portRange: "6379" };
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: tok("tencentcloud_security_group_rule"), props })).to.deep.equal([
                "Security group rule must not accept 0.0.0.0/0 on 6379 (Redis); the rule accepts tcp traffic on port 6379 from 0.0.0.0/0.",
            ]);
        });

        it("uses the configured port list", async () => {
            const messages = await checkResource(securityGroupIngressRestrictedPorts, { type: ruleSet(), props: open({ port: "8080" }), config: { ports: [8080] } });
            expect(messages).to.deep.equal(["Security group rule set must not accept 0.0.0.0/0 on 8080; `ingresses[0]` accepts TCP traffic on port 8080 from 0.0.0.0/0."]);
        });

        it("ignores DROP rules, UDP, other ports, egress and unknown sources", async () => {
            for (const props of [open({ port: "22", action: "DROP" }), open({ port: "22", protocol: "UDP" }), open({ port: "443" }), open({ port: "22", cidrBlock: UNKNOWN })]) {
                expect(await checkResource(securityGroupIngressRestrictedPorts, { type: ruleSet(), props })).to.deep.equal([]);
            }
            const egress = { securityGroupId: "sg-1", type: "EGRESS", policy: "ACCEPT", cidrIp: "0.0.0.0/0", ipProtocol: "TCP", portRange: "22" };
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: tok("tencentcloud_security_group_rule"), props: egress })).to.deep.equal([]);
        });
    });

    describe("port and CIDR parsing", () => {
        it("reads port specifications", () => {
            expect(coveredPorts("ALL", [22, 3306])).to.deep.equal([22, 3306]);
            expect(coveredPorts(undefined, [22])).to.deep.equal([22]);
            expect(coveredPorts("80,443,3000-4000", [22, 3306, 3389])).to.deep.equal([3306, 3389]);
            expect(coveredPorts("http", [22])).to.equal(undefined);
        });

        it("recognises the whole internet", () => {
            expect(["0.0.0.0/0", "::/0", "0.0.0.0", "0::0/0"].every(isWorldCidr)).to.equal(true);
            expect(["10.0.0.0/8", "0.0.0.0/1", "192.168.0.1/32"].some(isWorldCidr)).to.equal(false);
        });
    });
});
