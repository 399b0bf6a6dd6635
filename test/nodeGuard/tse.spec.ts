// The node guard with the tse-polaris backend (TSE's governance center through the Tencent Cloud API,
// signed requests to the local fake): faulty nodes isolated, the registration otherwise kept as it was.
import { expect } from "chai";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkConfig, startGuard, type Logger, type RunningGuard } from "@zonesafe/node-guard";
import type { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { amAlert, amPayload, fakeCloud, post, Receiver, SECRET_ID, SECRET_KEY, TOKEN, waitFor } from "./helpers";

describe("node guard: the tse-polaris backend (TSE governance instances)", function () {
    this.timeout(30000);
    let api: FakeTencentCloudApi;
    let pager: Receiver;
    let dir: string;
    let running: RunningGuard | undefined;
    const log: Logger = () => undefined;

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
        pager = new Receiver();
        await pager.start();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "node-guard-tse-"));
    });
    afterEach(async () => {
        await running?.close();
        running = undefined;
        await api.stop();
        await pager.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("isolates nodes 1 and 2 keeping their weight, health check and metadata, pages for node 3, and un-isolates node 1 when it recovers", async () => {
        const config = checkConfig(
            {
                listen: "127.0.0.1:0",
                token: "${NODE_GUARD_TOKEN}",
                stateFile: "state.json",
                page: { webhook: pager.url },
                restartOnRecovery: false,
                backend: { kind: "tse-polaris", region: "ap-guangzhou", endpoint: api.url, instanceId: "ins-tse1", namespace: "production", service: "log-gateway" },
            },
            path.join(dir, "guard.yaml"),
            { NODE_GUARD_TOKEN: TOKEN, TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY },
        );
        running = await startGuard(config, { log, retry: { baseMs: 20, maxMs: 200 } });
        const base = `http://${running.address}`;
        const gi = (host: string) => api.governance.get("ins-tse1")!.find((g) => g.Host === host)!;
        for (const node of ["10.3.0.1", "10.3.0.2"]) await post(`${base}/alertmanager`, amPayload([amAlert(node, "firing")]));
        await waitFor("nodes 1 and 2 isolated", () => gi("10.3.0.1").Isolate === true && gi("10.3.0.2").Isolate === true);
        expect(gi("10.3.0.1")).to.deep.include({ Weight: 50, EnableHealthCheck: true, Ttl: 5, Protocol: "grpc", Metadatas: [{ Key: "zone", Value: "ap-guangzhou-3" }] });
        await post(`${base}/alertmanager`, amPayload([amAlert("10.3.0.3", "firing")]));
        await waitFor("the page", () => pager.bodies.length === 1);
        await running.guard.idle();
        expect(gi("10.3.0.3").Isolate).to.equal(false);
        await post(`${base}/alertmanager`, amPayload([amAlert("10.3.0.1", "resolved")]));
        await waitFor("node 1 un-isolated", () => gi("10.3.0.1").Isolate === false);
        expect(api.refused).to.deep.equal([]);
        expect(api.callsOf("ModifyGovernanceInstances")[0].version).to.equal("2020-12-07");
    });
});
