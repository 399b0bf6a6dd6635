import { expect } from "chai";
import { vpcFlowLogEnabled } from "../../policies/rules/vpc";
import { TENCENTCLOUD_EXTRA_TOKENS } from "../../policies/tokens";
import { UNKNOWN } from "../support/policyArgs";
import { checkResource, ROUTES, useTestEnvironment } from "./helpers";

const FLOW_LOG_CONFIG = TENCENTCLOUD_EXTRA_TOKENS.tencentcloud_vpc_flow_log_config;

describe("VPC rules", () => {
    useTestEnvironment();

    describe("vpc-flow-log-enabled", () => {
        for (const route of ROUTES) {
            it(`passes a flow log configuration that keeps the flow log on (${route} route)`, async () => {
                expect(await checkResource(vpcFlowLogEnabled, { type: FLOW_LOG_CONFIG[route], props: { flowLogId: "fl-1", enable: true } })).to.deep.equal([]);
            });

            it(`reports a flow log switched off (${route} route)`, async () => {
                expect(await checkResource(vpcFlowLogEnabled, { type: FLOW_LOG_CONFIG[route], props: { flowLogId: "fl-1", enable: false } })).to.deep.equal([
                    "VPC flow log configuration must keep the flow log enabled; `enable` is false.",
                ]);
            });
        }

        it("stays silent on unknowns", async () => {
            expect(await checkResource(vpcFlowLogEnabled, { type: FLOW_LOG_CONFIG.official, props: { flowLogId: UNKNOWN, enable: UNKNOWN } })).to.deep.equal([]);
        });
    });
});
