// The node guard with the self-hosted Polaris backend (HTTP OpenAPI) over real HTTP: faulty nodes are
// isolated while fewer than the limit are faulty, the third pages, a recovered node is un-isolated; the
// Polaris token comes from the environment and never shows.
import { expect } from "chai";
import { FakePolaris } from "./fakePolaris";
import { amAlert, amPayload, GuardHarness, post, waitFor } from "./helpers";

const POLARIS_TOKEN = "polaris-access-token-for-tests";

describe("node guard: the Polaris backend", function () {
    this.timeout(30000);
    let polaris: FakePolaris;
    const g = new GuardHarness("node-guard-polaris-");

    beforeEach(async () => {
        polaris = new FakePolaris(POLARIS_TOKEN, "default", "log-gateway");
        for (let i = 1; i <= 4; i++) {
            polaris.instances.push({ id: `pi-${i}`, host: `10.1.0.${i}`, port: 7000, weight: 100, isolate: false });
            polaris.instances.push({ id: `pj-${i}`, host: `10.1.0.${i}`, port: 7001, weight: 100, isolate: false });
        }
        await polaris.start();
        await g.setUp();
    });
    afterEach(async () => {
        await polaris.stop();
        await g.tearDown();
    });

    it("isolates nodes 1 and 2, pages for node 3, and un-isolates node 1 when it recovers", async () => {
        const base = await g.start(g.config({ restartOnRecovery: false, backend: { kind: "polaris", url: polaris.url, namespace: "default", service: "log-gateway" } }, { POLARIS_TOKEN }));
        for (const node of ["10.1.0.1", "10.1.0.2"]) {
            expect((await post(`${base}/alertmanager`, amPayload([amAlert(node, "firing")]))).status).to.equal(202);
            await waitFor(`${node} isolated`, () => polaris.isolated(node));
        }
        const puts = polaris.calls.filter((c) => c.method === "PUT");
        expect(puts[0].body).to.deep.equal([
            { service: "log-gateway", namespace: "default", host: "10.1.0.1", port: 7000, isolate: true },
            { service: "log-gateway", namespace: "default", host: "10.1.0.1", port: 7001, isolate: true },
        ]);
        await post(`${base}/alertmanager`, amPayload([amAlert("10.1.0.3", "firing")]));
        await waitFor("the page", () => g.pager.bodies.length === 1);
        await g.running!.guard.idle();
        expect(polaris.isolated("10.1.0.3")).to.equal(false);

        await post(`${base}/alertmanager`, amPayload([amAlert("10.1.0.1", "resolved")]));
        await waitFor("node 1 un-isolated", () => polaris.instances.filter((i) => i.host === "10.1.0.1").every((i) => !i.isolate));
        // Below the limit again: node 3 is isolated now; nodes 1 and 4 are in service.
        await waitFor("node 3 isolated", () => polaris.isolated("10.1.0.3"));
        const sd = (await (await fetch(`${base}/sd?inService=true`)).json()) as { targets: string[] }[];
        expect(sd.map((g) => g.targets)).to.deep.equal([
            ["10.1.0.1:7000", "10.1.0.1:7001"],
            ["10.1.0.4:7000", "10.1.0.4:7001"],
        ]);
        for (const line of g.logs) expect(line).not.to.include(POLARIS_TOKEN);
    });
});
