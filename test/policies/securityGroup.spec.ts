import { expect } from "chai";
import { coveredPorts, ingressOfLiteRuleEntry, isWorldCidr, securityGroupIngressRestrictedPorts } from "../../policies/rules/securityGroup";
import { TENCENTCLOUD_EXTRA_TOKENS } from "../../policies/tokens";
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
                "Security group rule set must not accept ::/0 on 22 (SSH), 3306 (MySQL), 3307 (MySQL), 3389 (RDP); `ingresses[0]` accepts TCP traffic on ports 20-3389 from ::/0.",
            ]);
        });

        it("reports every sensitive port of an ALL rule", async () => {
            const props = { securityGroupId: "sg-1", ingresses: [{ action: "ACCEPT", cidrBlock: "0.0.0.0/0", protocol: "ALL", port: "ALL" }] };
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: ruleSet(), props })).to.deep.equal([
                "Security group rule set must not accept 0.0.0.0/0 on 22 (SSH), 3306 (MySQL), 3307 (MySQL), 3389 (RDP), 6379 (Redis), 9092 (Kafka), 27017 (MongoDB); `ingresses[0]` accepts ALL traffic on all ports from 0.0.0.0/0.",
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
    describe("securitygroup-ingress-restricted-ports: the deprecated lite rule", () => {
        // Deprecated since provider 1.81.90 and absent from the static package: only the official route has a token.
        const LITE = TENCENTCLOUD_EXTRA_TOKENS.tencentcloud_security_group_lite_rule.official;
        // The provider's documented example, with the database and SSH ports opened to the world.
        const lite = (ingresses: unknown) => ({ securityGroupId: "sg-legacy", ingresses, egresses: ["ACCEPT#0.0.0.0/0#ALL#ALL"] });

        it("passes the documented example's safe entries", async () => {
            const safe = ["ACCEPT#192.168.1.0/24#80#TCP", "DROP#8.8.8.8#80,90#UDP", "ACCEPT#0.0.0.0/0#443#TCP", "ACCEPT#sg-7ixn3foj#80#TCP", "DROP#0.0.0.0/0#3306#TCP"];
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: LITE, props: lite(safe) })).to.deep.equal([]);
        });

        it("reports 0.0.0.0/0 accepted on 3306 and 22", async () => {
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: LITE, props: lite(["ACCEPT#0.0.0.0/0#443#TCP", "ACCEPT#0.0.0.0/0#3306#TCP", "ACCEPT#0.0.0.0/0#22#TCP"]) })).to.deep.equal([
                "Security group lite rule must not accept 0.0.0.0/0 on 3306 (MySQL); `ingresses[1]` accepts TCP traffic on port 3306 from 0.0.0.0/0.",
                "Security group lite rule must not accept 0.0.0.0/0 on 22 (SSH); `ingresses[2]` accepts TCP traffic on port 22 from 0.0.0.0/0.",
            ]);
        });

        it("reports every sensitive port of an ALL entry, and reads the Terraform name `ingress` too", async () => {
            const messages = await checkResource(securityGroupIngressRestrictedPorts, { type: LITE, props: { securityGroupId: "sg-legacy", ingress: ["ACCEPT#::/0#ALL#ALL"] } });
            expect(messages).to.deep.equal([
                "Security group lite rule must not accept ::/0 on 22 (SSH), 3306 (MySQL), 3307 (MySQL), 3389 (RDP), 6379 (Redis), 9092 (Kafka), 27017 (MongoDB); `ingress[0]` accepts ALL traffic on all ports from ::/0.",
            ]);
        });

        it("stays silent on unknown and malformed entries", async () => {
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: LITE, props: lite(UNKNOWN) })).to.deep.equal([]);
            expect(await checkResource(securityGroupIngressRestrictedPorts, { type: LITE, props: lite([UNKNOWN, "ACCEPT 0.0.0.0/0 3306 TCP"]) })).to.deep.equal([]);
            expect(ingressOfLiteRuleEntry("ACCEPT#0.0.0.0/0#3306", 0)).to.equal(undefined);
        });
    });
});
