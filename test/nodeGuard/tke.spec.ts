// The node guard with the tke backend (the Kubernetes API) over real HTTP: a faulty node is cordoned and
// the workload's pods on it evicted, the third faulty node pages, a recovered node is uncordoned.
import { expect } from "chai";
import { FakeKubernetes } from "./fakeKubernetes";
import { amAlert, amPayload, GuardHarness, post, waitFor } from "./helpers";

const KUBE_TOKEN = "kubernetes-bearer-token-for-tests";

describe("node guard: the tke backend (Kubernetes API)", function () {
    this.timeout(30000);
    let kube: FakeKubernetes;
    const g = new GuardHarness("node-guard-tke-");
    /** The guard on the fake API's gateway pool, presenting `kubernetesToken`. */
    const tkeConfig = (kubernetesToken: string) =>
        g.config(
            { restartOnRecovery: false, sdPort: 9100, backend: { kind: "tke", apiServer: kube.url, nodeSelector: "pool=log-gateway", namespace: "logs", podSelector: "app=log-gateway" } },
            { KUBERNETES_TOKEN: kubernetesToken },
        );

    beforeEach(async () => {
        kube = new FakeKubernetes(KUBE_TOKEN);
        for (let i = 1; i <= 4; i++) {
            kube.nodes.push({ name: `node-${i}`, ip: `10.2.0.${i}`, labels: { pool: "log-gateway" }, unschedulable: false });
            kube.pods.push({ name: `gw-${i}`, namespace: "logs", node: `node-${i}`, labels: { app: "log-gateway" } });
            kube.pods.push({ name: `other-${i}`, namespace: "logs", node: `node-${i}`, labels: { app: "other" } });
        }
        kube.nodes.push({ name: "node-db", ip: "10.2.9.9", labels: { pool: "db" }, unschedulable: false });
        await kube.start();
        await g.setUp();
    });
    afterEach(async () => {
        await kube.stop();
        await g.tearDown();
    });

    it("cordons nodes 1 and 2 and evicts the workload's pods there, pages for node 3, and uncordons node 1 when it recovers", async () => {
        const base = await g.start(tkeConfig(KUBE_TOKEN));
        const cordoned = (name: string) => kube.nodes.find((n) => n.name === name)!.unschedulable;
        for (const node of ["10.2.0.1", "10.2.0.2"]) {
            expect((await post(`${base}/alertmanager`, amPayload([amAlert(node, "firing")]))).status).to.equal(202);
        }
        await waitFor("nodes 1 and 2 cordoned", () => cordoned("node-1") && cordoned("node-2"));
        await g.running!.guard.idle();
        expect(kube.pods.map((p) => p.name).sort()).to.deep.equal(["gw-3", "gw-4", "other-1", "other-2", "other-3", "other-4"]);
        expect(kube.calls.find((c) => c.method === "PATCH")).to.deep.include({ path: "/api/v1/nodes/node-1", contentType: "application/merge-patch+json", body: { spec: { unschedulable: true } } });

        // An alert for a node outside the selector is not the guard's to act on.
        const outside = await post(`${base}/alertmanager`, amPayload([amAlert("10.2.9.9", "firing")]));
        expect(outside.body.ignored).to.deep.equal([{ nodeRef: "10.2.9.9", reason: "not a node of the backend" }]);

        await post(`${base}/alertmanager`, amPayload([amAlert("10.2.0.3", "firing")]));
        await waitFor("the page", () => g.pager.bodies.length === 1);
        await g.running!.guard.idle();
        expect(cordoned("node-3")).to.equal(false);

        await post(`${base}/alertmanager`, amPayload([amAlert("10.2.0.1", "resolved")]));
        await waitFor("node 1 uncordoned", () => !cordoned("node-1"));
        const sd = (await (await fetch(`${base}/sd`)).json()) as { targets: string[]; labels: Record<string, string> }[];
        expect(sd.map((g) => [g.targets[0], g.labels.instance_id])).to.deep.equal([
            ["10.2.0.1:9100", "node-1"],
            ["10.2.0.2:9100", "node-2"],
            ["10.2.0.3:9100", "node-3"],
            ["10.2.0.4:9100", "node-4"],
        ]);
        for (const line of g.logs) expect(line).not.to.include(KUBE_TOKEN);
    });

    it("does not start when the API refuses its token, and says why", async () => {
        const config = tkeConfig("wrong-token");
        let error: Error | undefined;
        try {
            await g.start(config, { baseMs: 5, maxMs: 10 });
        } catch (err) {
            error = err as Error;
        }
        expect(error?.message).to.equal(
            "node guard: cannot list the backend's nodes after 5 attempts: the Kubernetes API answered GET /api/v1/nodes with HTTP 401: Unauthorized; check the backend settings and credentials",
        );
    });
});
