import { expect } from "chai";
import { ckafkaInstanceMultiAz } from "../../policies/rules/ckafka";
import { UNKNOWN } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("CKafka rules", () => {
    useTestEnvironment();
    const kafka = (route: "official" | "static" = "official") => tok("tencentcloud_ckafka_instance", route);

    describe("ckafka-instance-multi-az", () => {
        for (const route of ROUTES) {
            it(`passes a multi-zone instance (${route} route)`, async () => {
                expect(await checkResource(ckafkaInstanceMultiAz, { type: kafka(route), props: good.ckafka() })).to.deep.equal([]);
            });
        }

        it("reports multi-zone left to the provider default", async () => {
            const { multiZoneFlag: _, zoneIds: __, ...props } = good.ckafka();
            expect(await checkResource(ckafkaInstanceMultiAz, { type: kafka(), props })).to.deep.equal([
                "CKafka instance must be deployed across availability zones; `multiZoneFlag` is not set (provider default false).",
            ]);
        });

        it("reports multi-zone switched off", async () => {
            expect(await checkResource(ckafkaInstanceMultiAz, { type: kafka("static"), props: { ...good.ckafka(), multiZoneFlag: false } })).to.deep.equal([
                "CKafka instance must be deployed across availability zones; `multiZoneFlag` is false.",
            ]);
        });

        it("reports a single zone in zoneIds", async () => {
            expect(await checkResource(ckafkaInstanceMultiAz, { type: kafka(), props: { ...good.ckafka(), zoneIds: [100003, 100003] } })).to.deep.equal([
                "CKafka instance must list at least 2 zones in `zoneIds`; it lists 1 (ap-guangzhou-3).",
            ]);
        });

        it("stays silent on an unknown flag", async () => {
            expect(await checkResource(ckafkaInstanceMultiAz, { type: kafka(), props: { ...good.ckafka(), multiZoneFlag: UNKNOWN } })).to.deep.equal([]);
        });
    });
});
