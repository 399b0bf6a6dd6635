import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { KUBERNETES_TOKENS, resourceNameOf, TENCENTCLOUD_TOKENS, tokensOf } from "../../policies/tokens";
import { zoneIdOf, zoneLabel, zoneNameOf } from "../../policies/zones";

/** The provider schema the table is derived from, next to the project. */
const SCHEMA = path.resolve(__dirname, "../../../shared/tencentcloud/schema.json");

describe("Token table", () => {
    it("matches the provider schema's x-terraform and x-static-token, resource for resource", function () {
        if (!fs.existsSync(SCHEMA)) {
            this.skip(); // The provider schema is not present in this checkout; the table cannot be compared.
        }
        const schema = JSON.parse(fs.readFileSync(SCHEMA, "utf8")) as { resources: Record<string, { "x-terraform": string; "x-static-token": string }> };
        const fromSchema = Object.fromEntries(
            Object.entries(schema.resources).map(([official, r]) => [r["x-terraform"], { official, static: r["x-static-token"] }]),
        );
        expect(TENCENTCLOUD_TOKENS).to.deep.equal(fromSchema);
    });

    it("names a resource alike in both routes", () => {
        expect(resourceNameOf("tencentcloud:index/mysqlInstance:MysqlInstance")).to.equal("tencentcloud_mysql_instance");
        expect(resourceNameOf("tencentcloud:Mysql/instance:Instance")).to.equal("tencentcloud_mysql_instance");
        expect(resourceNameOf("tencentcloud:Subnet/instance:Instance")).to.equal("tencentcloud_subnet");
        expect(resourceNameOf("kubernetes:apps/v1:Deployment")).to.equal("Deployment");
        expect(resourceNameOf("kubernetes:autoscaling/v2:HorizontalPodAutoscaler")).to.equal("HorizontalPodAutoscaler");
        expect(resourceNameOf("aws:s3/bucket:Bucket")).to.equal(undefined);
        expect(resourceNameOf(42)).to.equal(undefined);
    });

    it("lists every token of a set of resources", () => {
        expect(tokensOf(["tencentcloud_clb_instance", "Service"])).to.deep.equal([
            "tencentcloud:index/clbInstance:ClbInstance",
            "tencentcloud:Clb/instance:Instance",
            ...KUBERNETES_TOKENS.Service,
        ]);
    });
});

describe("Zone names and ids", () => {
    it("converts between names and numeric ids", () => {
        expect(zoneIdOf("ap-guangzhou-3")).to.equal(100003);
        expect(zoneIdOf("ap-shanghai-fsi-1")).to.equal(700001);
        expect(zoneIdOf("ap-nanjing-1")).to.equal(330001);
        expect(zoneNameOf(100003)).to.equal("ap-guangzhou-3");
        expect(zoneNameOf(110001)).to.equal("ap-shenzhen-fsi-1");
        expect(zoneNameOf(800007)).to.equal("ap-beijing-7");
    });

    it("returns nothing for regions it does not know, and labels them by id", () => {
        expect(zoneIdOf("xx-nowhere-1")).to.equal(undefined);
        expect(zoneNameOf(990001)).to.equal(undefined);
        expect(zoneLabel(990001)).to.equal("zone 990001");
    });
});
