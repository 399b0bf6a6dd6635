import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import {
    officialRouteToken,
    resourceNameOf,
    staticRouteToken,
    TENCENTCLOUD_EXTRA_TOKENS,
    TENCENTCLOUD_TOKENS,
    tokensOf,
} from "../../policies/tokens";

/** The provider facts the extra table's static-route gaps come from, next to the project. */
const SUBSET = path.resolve(__dirname, "../../../shared/tencentcloud/schema-subset.json");

describe("Tokens beyond the SDK's 45 resources", () => {
    it("derives every token of the 45 by the routes' rules, so the rules hold for the resources beyond them", () => {
        for (const [tf, pair] of Object.entries(TENCENTCLOUD_TOKENS)) {
            expect(officialRouteToken(tf), tf).to.equal(pair.official);
            expect(staticRouteToken(tf), tf).to.equal(pair.static);
        }
    });

    it("writes the extra table's tokens as the routes' rules derive them", () => {
        for (const [tf, pair] of Object.entries(TENCENTCLOUD_EXTRA_TOKENS)) {
            expect(pair.official, tf).to.equal(officialRouteToken(tf));
            if (pair.static !== undefined) {
                expect(pair.static, tf).to.equal(staticRouteToken(tf));
            }
            expect(pair.source, tf).to.match(/^tencentcloud\/services\/[a-z]+\/resource_tc_[a-z_]+\.go: /);
            expect(tf in TENCENTCLOUD_TOKENS, tf).to.equal(false);
        }
    });

    it("leaves the static token out only where the static package has no such resource", function () {
        if (!fs.existsSync(SUBSET)) {
            this.skip(); // The provider facts are not present in this checkout.
        }
        const subset = JSON.parse(fs.readFileSync(SUBSET, "utf8")) as { notInStaticProvider: Record<string, { dynamicToken: string }> };
        const missing = Object.entries(TENCENTCLOUD_EXTRA_TOKENS).filter(([, p]) => p.static === undefined).map(([tf]) => tf);
        expect(missing).to.deep.equal(Object.keys(subset.notInStaticProvider));
        for (const tf of missing) {
            expect(TENCENTCLOUD_EXTRA_TOKENS[tf as keyof typeof TENCENTCLOUD_EXTRA_TOKENS].official).to.equal(subset.notInStaticProvider[tf].dynamicToken);
        }
    });

    it("names the extra resources in both routes and lists their tokens", () => {
        expect(resourceNameOf("tencentcloud:index/cbsStorage:CbsStorage")).to.equal("tencentcloud_cbs_storage");
        expect(resourceNameOf("tencentcloud:Cbs/storage:Storage")).to.equal("tencentcloud_cbs_storage");
        expect(resourceNameOf("tencentcloud:Vpc/flowLogConfig:FlowLogConfig")).to.equal("tencentcloud_vpc_flow_log_config");
        expect(resourceNameOf("tencentcloud:index/securityGroupLiteRule:SecurityGroupLiteRule")).to.equal("tencentcloud_security_group_lite_rule");
        expect(tokensOf(["tencentcloud_security_group_lite_rule", "tencentcloud_kubernetes_encryption_protection"])).to.deep.equal([
            "tencentcloud:index/securityGroupLiteRule:SecurityGroupLiteRule",
            "tencentcloud:index/kubernetesEncryptionProtection:KubernetesEncryptionProtection",
            "tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection",
        ]);
    });
});
