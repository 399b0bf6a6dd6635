// The node guard with the tse-polaris backend (TSE's governance center through the Tencent Cloud API,
// signed requests to the local fake): faulty nodes isolated, the registration otherwise kept as it was.
import { expect } from "chai";
import type { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { amAlert, amPayload, fakeCloud, GuardHarness, post, SECRET_ID, SECRET_KEY, waitFor } from "./helpers";

describe("node guard: the tse-polaris backend (TSE governance instances)", function () {
    this.timeout(30000);
    let api: FakeTencentCloudApi;
    const g = new GuardHarness("node-guard-tse-");

    beforeEach(async () => {
        api = await fakeCloud();
        api.governance.set(
            "ins-tse1",
            [1, 2, 3, 4].map((i) => ({
                Id: `gi-${i}`,
                Service: "log-gateway",
                Namespace: "production",
                Host: `10.3.0.${i}`,
                Port: 7000,
                Weight: 50,
                Healthy: true,
                Isolate: false,
                EnableHealthCheck: true,
                Ttl: 5,
                Protocol: "grpc",
                Metadatas: [{ Key: "zone", Value: "ap-guangzhou-3" }],
                CreateTime: "2026-01-01 00:00:00",
            })),
        );
        await g.setUp();
    });
    afterEach(async () => {
        await api.stop();
        await g.tearDown();
    });

    it("isolates nodes 1 and 2 keeping their weight, health check and metadata, pages for node 3, and un-isolates node 1 when it recovers", async () => {
        const base = await g.start(
            g.config(
                { restartOnRecovery: false, backend: { kind: "tse-polaris", region: "ap-guangzhou", endpoint: api.url, instanceId: "ins-tse1", namespace: "production", service: "log-gateway" } },
                { TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY },
            ),
        );
        const gi = (host: string) => api.governance.get("ins-tse1")!.find((g) => g.Host === host)!;
        for (const node of ["10.3.0.1", "10.3.0.2"]) await post(`${base}/alertmanager`, amPayload([amAlert(node, "firing")]));
        await waitFor("nodes 1 and 2 isolated", () => gi("10.3.0.1").Isolate === true && gi("10.3.0.2").Isolate === true);
        expect(gi("10.3.0.1")).to.deep.include({ Weight: 50, EnableHealthCheck: true, Ttl: 5, Protocol: "grpc", Metadatas: [{ Key: "zone", Value: "ap-guangzhou-3" }] });
        await post(`${base}/alertmanager`, amPayload([amAlert("10.3.0.3", "firing")]));
        await waitFor("the page", () => g.pager.bodies.length === 1);
        await g.running!.guard.idle();
        expect(gi("10.3.0.3").Isolate).to.equal(false);
        await post(`${base}/alertmanager`, amPayload([amAlert("10.3.0.1", "resolved")]));
        await waitFor("node 1 un-isolated", () => gi("10.3.0.1").Isolate === false);
        expect(api.refused).to.deep.equal([]);
        expect(api.callsOf("ModifyGovernanceInstances")[0].version).to.equal("2020-12-07");
    });
});
