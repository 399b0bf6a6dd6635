// The node guard over real HTTP on 127.0.0.1, with the fake Tencent Cloud API as its CLB backend: the
// scenario of the design (two nodes removed, the third paged, a recovered node rebooted and registered),
// bad input refused without changing anything, failed calls retried, Cloud Monitor callbacks, and the
// reconciliation with Alertmanager at start.
import { expect } from "chai";
import * as fs from "node:fs";
import * as path from "node:path";
import type { GuardConfig } from "@zonesafe/node-guard";
import type { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { amAlert, amPayload, fakeCloud, GuardHarness, LB, LISTENER, post, Receiver, SECRET_ID, SECRET_KEY, TOKEN, waitFor } from "./helpers";

describe("node guard: the HTTP service with the CLB backend", function () {
    this.timeout(30000);
    let api: FakeTencentCloudApi;
    const g = new GuardHarness("node-guard-");
    let outputs: string[];

    function config(extra: Record<string, unknown> = {}): GuardConfig {
        return g.config(
            {
                limit: 3,
                page: { webhook: `${g.pager.url}/page` },
                restartOnRecovery: true,
                backend: { kind: "clb", region: "ap-guangzhou", endpoint: api.url, loadBalancerId: LB, listenerId: LISTENER },
                ...extra,
            },
            { TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY },
        );
    }
    async function start(extra: Record<string, unknown> = {}): Promise<string> {
        return g.start(config(extra));
    }
    async function send(base: string, route: string, body: unknown, token: string | null = TOKEN, raw?: string) {
        const res = await post(`${base}${route}`, body, token, raw);
        outputs.push(res.text);
        return res;
    }
    async function state(base: string): Promise<any> {
        const res = await fetch(`${base}/state`, { headers: { authorization: `Bearer ${TOKEN}` } });
        const text = await res.text();
        outputs.push(text);
        return JSON.parse(text);
    }

    beforeEach(async () => {
        api = await fakeCloud();
        await g.setUp();
        outputs = [];
    });
    afterEach(async () => {
        await g.tearDown();
        await api.stop();
        // No output of any test carries the token or the secret key.
        for (const text of [...g.logs, ...outputs]) {
            expect(text).not.to.include(TOKEN);
            expect(text).not.to.include(SECRET_KEY);
        }
    });

    it("removes nodes 1 and 2, pages once for node 3 without removing it, and reboots and registers node 1 when it recovers", async () => {
        const base = await start();
        const latencies: number[] = [];
        const sentToCall: number[] = [];
        await fetch(`${base}/healthz`); // the test's own HTTP client warmed up
        for (const node of ["10.0.0.1", "10.0.0.2"]) {
            const before = api.callsOf("DeregisterTargets").length;
            const sent = Date.now();
            const res = await send(base, "/alertmanager", amPayload([amAlert(node, "firing")]));
            expect(res.status).to.equal(202);
            expect(res.body).to.deep.equal({ accepted: 1, duplicates: 0, ignored: [] });
            await waitFor(`DeregisterTargets of ${node}`, () => api.callsOf("DeregisterTargets").length > before);
            const call = api.callsOf("DeregisterTargets")[before];
            sentToCall.push(call.at - sent);
            await waitFor("the removal counted done", async () => (await state(base)).done.some((d: any) => d.action.node === node));
            const done = (await state(base)).done.find((d: any) => d.action.node === node);
            latencies.push(call.at - done.acceptedAt);
            expect(api.registered(LISTENER, node)).to.equal(false);
        }
        expect(api.callsOf("DeregisterTargets").map((c) => c.params)).to.deep.equal([
            { LoadBalancerId: LB, ListenerId: LISTENER, Targets: [{ InstanceId: "ins-1", Port: 8080 }] },
            { LoadBalancerId: LB, ListenerId: LISTENER, Targets: [{ InstanceId: "ins-2", Port: 8080 }] },
        ]);

        // Node 3: the limit is reached; a second alert and a redelivery of the same alert change nothing.
        await send(base, "/alertmanager", amPayload([amAlert("10.0.0.3", "firing")]));
        await send(base, "/alertmanager", amPayload([amAlert("10.0.0.3", "firing"), amAlert("10.0.0.3", "firing", "NodeDiskFull")]));
        await waitFor("the page", () => g.pager.bodies.length === 1);
        await g.running!.guard.idle();
        expect(api.callsOf("DeregisterTargets")).to.have.length(2);
        expect(api.registered(LISTENER, "10.0.0.3")).to.equal(true);
        expect(g.pager.bodies[0]).to.include({ source: "zonesafe-node-guard", reason: "common cause suspected: 3 nodes faulty at once (limit 3)", limit: 3 });
        expect((g.pager.bodies[0] as { nodes: string[] }).nodes).to.deep.equal(["10.0.0.1", "10.0.0.2", "10.0.0.3"]);

        // Service discovery: every node (Prometheus keeps watching the removed ones), labelled; or only those in service.
        const sd = (await (await fetch(`${base}/sd`)).json()) as { targets: string[]; labels: Record<string, string> }[];
        expect(sd.map((g) => [g.targets, g.labels.instance_id, g.labels.zonesafe_in_service])).to.deep.equal([
            [["10.0.0.1:8080"], "ins-1", "false"],
            [["10.0.0.2:8080"], "ins-2", "false"],
            [["10.0.0.3:8080"], "ins-3", "true"],
            [["10.0.0.4:8080"], "ins-4", "true"],
        ]);
        const inService = (await (await fetch(`${base}/sd?inService=true`)).json()) as { targets: string[] }[];
        expect(inService.map((g) => g.targets[0])).to.deep.equal(["10.0.0.3:8080", "10.0.0.4:8080"]);

        // Node 1 recovers: rebooted, then registered again with its port and weight once CVM shows it running.
        api.rebootPolls = 2;
        await send(base, "/alertmanager", amPayload([amAlert("10.0.0.1", "resolved")]));
        await waitFor("node 1 registered again", () => api.registered(LISTENER, "10.0.0.1"));
        expect(api.callsOf("RebootInstances").map((c) => c.params)).to.deep.equal([{ InstanceIds: ["ins-1"], StopType: "SOFT_FIRST" }]);
        const order = api.calls.filter((c) => ["RebootInstances", "DescribeInstances", "RegisterTargets"].includes(c.action)).map((c) => c.action);
        expect(order).to.deep.equal(["RebootInstances", "DescribeInstances", "DescribeInstances", "DescribeInstances", "RegisterTargets"]);
        expect(api.callsOf("RegisterTargets")[0].params).to.deep.equal({ LoadBalancerId: LB, ListenerId: LISTENER, Targets: [{ InstanceId: "ins-1", Port: 8080, Weight: 10 }] });
        // Below the limit again (nodes 2 and 3 faulty): the page closes and node 3, still faulty, is removed now.
        await waitFor("the queue drained", async () => (await state(base)).pending.length === 0);
        const s = await state(base);
        expect(s.faulty).to.deep.equal(["10.0.0.2", "10.0.0.3"]);
        expect(s.removed).to.deep.equal(["10.0.0.2", "10.0.0.3"]);
        expect(s.page).to.equal(null);
        expect(api.registered(LISTENER, "10.0.0.3")).to.equal(false);
        expect(g.pager.bodies).to.have.length(1);
        process.stdout.write(`      webhook accepted → DeregisterTargets received (in-process): ${latencies.join(" ms, ")} ms; sent → received: ${sentToCall.join(" ms, ")} ms\n`);
        expect(Math.max(...latencies)).to.be.below(2000);
    });

    it("refuses a wrong or missing token (401), malformed JSON and unknown shapes (400), oversized bodies (413), and keeps serving unchanged", async () => {
        const base = await start();
        const good = amPayload([amAlert("10.0.0.1", "firing")]);
        expect((await send(base, "/alertmanager", good, "wrong-token-wrong-token")).status).to.equal(401);
        expect((await send(base, "/alertmanager", good, null)).status).to.equal(401);
        expect((await fetch(`${base}/state`)).status).to.equal(401);
        const malformed = await send(base, "/alertmanager", undefined, TOKEN, "{not json");
        expect(malformed.status).to.equal(400);
        expect(malformed.body.error).to.match(/^the body is not JSON/);
        const shape = await send(base, "/alertmanager", { hello: "world" });
        expect(shape.status).to.equal(400);
        expect(shape.body.error).to.equal("an Alertmanager webhook payload must be an object with an `alerts` list (webhook version 4)");
        const badAlert = await send(base, "/alertmanager", amPayload([{ labels: { node: "10.0.0.1" }, status: "burning", startsAt: "t" }]));
        expect(badAlert.status).to.equal(400);
        expect(badAlert.body.error).to.equal('alerts[0].status must be "firing" or "resolved"; got "burning"');
        const big = await send(base, "/alertmanager", undefined, TOKEN, JSON.stringify({ alerts: [], pad: "x".repeat(1024 * 1024 + 10) }));
        expect(big.status).to.equal(413);
        expect((await send(base, "/nowhere", {})).status).to.equal(404);

        // An unknown node is logged and ignored; alerts without the fault label are not the guard's.
        const unknown = await send(base, "/alertmanager", amPayload([amAlert("10.9.9.9", "firing"), { ...amAlert("10.0.0.1", "firing"), labels: { alertname: "Other", node: "10.0.0.1" } }]));
        expect(unknown.status).to.equal(202);
        expect(unknown.body).to.deep.equal({ accepted: 0, duplicates: 0, ignored: [{ nodeRef: "10.9.9.9", reason: "not a node of the backend" }] });
        expect(g.logs.some((l) => l.includes("alert for a node the backend does not know") && l.includes("10.9.9.9"))).to.equal(true);

        expect((await fetch(`${base}/healthz`)).status).to.equal(200);
        const s = await state(base);
        expect(s.removed).to.deep.equal([]);
        expect(s.faulty).to.deep.equal([]);
        expect(api.calls.filter((c) => c.action !== "DescribeTargets")).to.deep.equal([]);
        expect(fs.existsSync(path.join(g.dir, "state.json"))).to.equal(false);

        // And it still acts on a good delivery afterwards.
        expect((await send(base, "/alertmanager", good)).status).to.equal(202);
        await waitFor("DeregisterTargets", () => api.callsOf("DeregisterTargets").length === 1);
    });

    it("lists the backend again for a node that joined after the start, and then acts on it", async () => {
        const base = await start();
        api.addTargets(LISTENER, 8080, [{ instanceId: "ins-5", privateIp: "10.0.0.5", name: "gateway-5" }]);
        const res = await send(base, "/alertmanager", amPayload([amAlert("10.0.0.5", "firing")]));
        expect(res.body).to.deep.equal({ accepted: 1, duplicates: 0, ignored: [] });
        await waitFor("node 5 removed", () => !api.registered(LISTENER, "10.0.0.5"));
        // An alert naming the node by its instance name is matched too.
        await send(base, "/alertmanager", amPayload([{ ...amAlert("x", "firing", "AgentDown"), labels: { alertname: "AgentDown", node: "gateway-3", zonesafe_fault: "single-node" } }]));
        await waitFor("node 3 removed", () => !api.registered(LISTENER, "10.0.0.3"));
    });

    it("sends the page with the user and password of the webhook URL as basic auth, and never logs them", async () => {
        const base = await start({ page: { webhook: `http://oncall:pager-pass-1234@${g.pager.url.slice("http://".length)}/page` }, limit: 2 });
        await send(base, "/alertmanager", amPayload([amAlert("10.0.0.1", "firing"), amAlert("10.0.0.2", "firing")]));
        await waitFor("the page", () => g.pager.bodies.length === 1);
        expect(g.pager.authorizations).to.deep.equal([`Basic ${Buffer.from("oncall:pager-pass-1234").toString("base64")}`]);
        expect(api.callsOf("DeregisterTargets")).to.have.length(1); // limit 2: one node out at most
        for (const line of g.logs) expect(line).not.to.include("pager-pass-1234");
    });

    it("retries a failed backend call with backoff, reports it in /state, and counts it done only when it succeeds", async () => {
        api.failNext("DeregisterTargets", 2);
        const base = await start();
        await send(base, "/alertmanager", amPayload([amAlert("10.0.0.2", "firing")]));
        await waitFor("a reported failure", async () => (await state(base)).failing.length === 1);
        const failing = (await state(base)).failing[0];
        expect(failing.action).to.deep.equal({ kind: "remove", node: "10.0.0.2" });
        expect(failing.lastError).to.include("injected by the test");
        expect((await state(base)).done).to.deep.equal([]);
        await waitFor("the removal done", async () => (await state(base)).done.length === 1);
        const s = await state(base);
        expect(s.done[0].attempts).to.equal(3);
        expect(s.failing).to.deep.equal([]);
        expect(api.callsOf("DeregisterTargets")).to.have.length(3);
        expect(api.registered(LISTENER, "10.0.0.2")).to.equal(false);
    });

    it("takes Tencent Cloud Monitor callbacks with basic auth, naming the node by its instance id", async () => {
        const base = await start();
        const callback = (status: string, session: string) => ({
            sessionId: session,
            alarmStatus: status,
            alarmType: "metric",
            alarmObjInfo: { region: "gz", namespace: "qce/cvm", dimensions: { unInstanceId: "ins-4", objId: "uuid-4" } },
            alarmPolicyInfo: { policyId: "policy-1", policyName: "gateway cpu", conditions: { metricName: "cpu_usage", currentValue: "97" } },
            firstOccurTime: "2026-01-01 00:00:00",
            durationTime: 60,
            recoverTime: "0",
        });
        const basic = (user: string, pass: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString("base64")}`, "content-type": "application/json" });
        const wrong = await fetch(`${base}/cloud-monitor`, { method: "POST", headers: basic("guard", "nope"), body: JSON.stringify(callback("1", "s1")) });
        expect(wrong.status).to.equal(401);
        const res = await fetch(`${base}/cloud-monitor`, { method: "POST", headers: basic("guard", TOKEN), body: JSON.stringify(callback("1", "s1")) });
        expect(res.status).to.equal(200);
        expect(await res.json()).to.deep.equal({ sessionId: "s1", retCode: 0, accepted: 1, duplicates: 0, ignored: [] });
        await waitFor("node 4 removed", () => !api.registered(LISTENER, "10.0.0.4"));
        await fetch(`${base}/cloud-monitor`, { method: "POST", headers: basic("guard", TOKEN), body: JSON.stringify(callback("0", "s2")) });
        await waitFor("node 4 back", () => api.registered(LISTENER, "10.0.0.4"));
        const bad = await fetch(`${base}/cloud-monitor`, { method: "POST", headers: basic("guard", TOKEN), body: JSON.stringify({ sessionId: "s3", alarmStatus: "7", alarmObjInfo: {} }) });
        expect(bad.status).to.equal(400);
        expect(((await bad.json()) as { error: string }).error).to.equal('alarmStatus must be 1 (alarmed) or 0 (resolved); got "7"');
    });

    it("reconciles at start with the backend: a node it removed that is back in the listener is removed again", async () => {
        await start();
        await send(`http://${g.running!.address}`, "/alertmanager", amPayload([amAlert("10.0.0.4", "firing")]));
        await waitFor("node 4 removed", () => !api.registered(LISTENER, "10.0.0.4"));
        await g.running!.guard.idle();
        await g.running!.close();
        g.running = undefined;
        // Someone registers it again by hand while the guard is down; its alert still fires.
        api.addTargets(LISTENER, 8080, [{ instanceId: "ins-4", privateIp: "10.0.0.4", name: "gateway-4" }]);
        await start();
        await waitFor("node 4 removed again", () => !api.registered(LISTENER, "10.0.0.4"));
        expect(api.callsOf("DeregisterTargets")).to.have.length(2);
        expect(g.logs.some((l) => l.includes("a removed node is still in the backend; removing it again") && l.includes("10.0.0.4"))).to.equal(true);
    });

    it("reconciles at start with Alertmanager's active alerts: fired while down → removed, resolved while down → restored", async () => {
        // A first run removes nodes 1 and 4, then stops.
        let base = await start();
        await send(base, "/alertmanager", amPayload([amAlert("10.0.0.1", "firing"), amAlert("10.0.0.4", "firing")]));
        await waitFor("nodes 1 and 4 removed", () => !api.registered(LISTENER, "10.0.0.1") && !api.registered(LISTENER, "10.0.0.4"));
        await g.running!.guard.idle();
        await g.running!.close();
        g.running = undefined;
        // While it is down, node 1's alert resolves and node 2's fires; Alertmanager's API says so.
        // Node 3's alert fired too but is silenced: not acted on. Node 4's still fires, silenced: it stays out.
        const active = [
            { ...amAlert("10.0.0.2", "firing"), status: { state: "active", silencedBy: [], inhibitedBy: [] } },
            { ...amAlert("10.0.0.3", "firing"), status: { state: "suppressed", silencedBy: ["s-1"], inhibitedBy: [] } },
            { ...amAlert("10.0.0.4", "firing"), status: { state: "suppressed", silencedBy: ["s-2"], inhibitedBy: [] } },
        ];
        const alertmanager = new Receiver((req) => (req.url === "/api/v2/alerts?active=true" ? { status: 200, body: active } : { status: 404, body: {} }));
        await alertmanager.start();
        try {
            base = await start({ alertmanager: alertmanager.url });
            await waitFor("node 2 removed", () => !api.registered(LISTENER, "10.0.0.2"));
            await waitFor("node 1 back", () => api.registered(LISTENER, "10.0.0.1"));
            const s = await state(base);
            expect(s.removed).to.deep.equal(["10.0.0.2", "10.0.0.4"]);
            expect(s.faulty).to.deep.equal(["10.0.0.2", "10.0.0.4"]);
            expect(api.registered(LISTENER, "10.0.0.3")).to.equal(true);
            expect(api.registered(LISTENER, "10.0.0.4")).to.equal(false);
            expect(api.callsOf("RebootInstances").map((c) => c.params)).to.deep.equal([{ InstanceIds: ["ins-1"], StopType: "SOFT_FIRST" }]);
            // The webhook's later delivery of the same alert is a duplicate.
            const again = await send(base, "/alertmanager", amPayload([amAlert("10.0.0.2", "firing")]));
            expect(again.body).to.deep.equal({ accepted: 0, duplicates: 1, ignored: [] });
        } finally {
            await alertmanager.stop();
        }
    });
});
