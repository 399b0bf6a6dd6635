import { expect } from "chai";
import { clbInstanceAccessLogs } from "../../policies/rules/logging";
import { UNKNOWN } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, ROUTES, tok, useTestEnvironment } from "./helpers";

describe("Logging rules", () => {
    useTestEnvironment();

    describe("clb-instance-access-logs", () => {
        const clb = (extra: Record<string, unknown>) => ({ ...good.clbInstance(), logSetId: "logset-clb", logTopicId: "topic-clb", ...extra });

        for (const route of ROUTES) {
            it(`passes a CLB shipping access logs to a log set and topic (${route} route)`, async () => {
                expect(await checkResource(clbInstanceAccessLogs, { type: tok("tencentcloud_clb_instance", route), props: clb({}) })).to.deep.equal([]);
            });

            it(`reports a CLB without access logs (${route} route)`, async () => {
                const { logSetId: _set, logTopicId: _topic, ...plain } = clb({});
                expect(await checkResource(clbInstanceAccessLogs, { type: tok("tencentcloud_clb_instance", route), props: plain })).to.deep.equal([
                    "CLB instance must ship access logs to CLS; `logSetId` and `logTopicId` are not set.",
                ]);
            });
        }

        it("reports a log set without a topic, and a topic without a log set", async () => {
            expect(await checkResource(clbInstanceAccessLogs, { type: tok("tencentcloud_clb_instance"), props: clb({ logTopicId: "" }) })).to.deep.equal([
                "CLB instance must ship access logs to CLS; `logTopicId` is not set.",
            ]);
            const { logSetId: _set, ...topicOnly } = clb({});
            expect(await checkResource(clbInstanceAccessLogs, { type: tok("tencentcloud_clb_instance"), props: topicOnly })).to.deep.equal([
                "CLB instance must ship access logs to CLS; `logSetId` is not set.",
            ]);
        });

        it("stays silent while the log set or topic is unknown", async () => {
            expect(await checkResource(clbInstanceAccessLogs, { type: tok("tencentcloud_clb_instance"), props: clb({ logSetId: UNKNOWN }) })).to.deep.equal([]);
            expect(await checkResource(clbInstanceAccessLogs, { type: tok("tencentcloud_clb_instance"), props: clb({ logTopicId: UNKNOWN }) })).to.deep.equal([]);
        });
    });
});
