// The fake Tencent Cloud API checks signatures as the real one does: the SDK's requests signed with the
// right key pass and are recorded, a wrong key or an unknown SecretId is refused in the API's error shape.
import { expect } from "chai";
import * as http from "node:http";
import { Client as ClbClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/clb/v20180317/clb_client";
import { Client as CvmClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/cvm/v20170312/cvm_client";
import type { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { fakeCloud, LB, LISTENER, SECRET_ID, SECRET_KEY } from "./helpers";

function clb(api: FakeTencentCloudApi, secretId = SECRET_ID, secretKey = SECRET_KEY): ClbClient {
    const url = new URL(api.url);
    return new ClbClient({ credential: { secretId, secretKey }, region: "ap-guangzhou", profile: { httpProfile: { endpoint: url.host, protocol: "http://", reqTimeout: 5 } } });
}

describe("node guard: the fake Tencent Cloud API", () => {
    let api: FakeTencentCloudApi;
    beforeEach(async () => {
        api = await fakeCloud();
    });
    afterEach(async () => {
        await api.stop();
    });

    it("answers a correctly signed DescribeTargets with the listener's targets and records the call", async () => {
        const res = await clb(api).DescribeTargets({ LoadBalancerId: LB, ListenerIds: [LISTENER] });
        expect(res.Listeners?.[0].Targets?.map((t) => [t.InstanceId, t.PrivateIpAddresses?.[0], t.Port])).to.deep.equal([
            ["ins-1", "10.0.0.1", 8080],
            ["ins-2", "10.0.0.2", 8080],
            ["ins-3", "10.0.0.3", 8080],
            ["ins-4", "10.0.0.4", 8080],
        ]);
        expect(api.calls.map((c) => [c.action, c.version, c.region])).to.deep.equal([["DescribeTargets", "2018-03-17", "ap-guangzhou"]]);
        expect(api.refused).to.deep.equal([]);
    });

    it("refuses a request signed with a wrong key (AuthFailure.SignatureFailure) and records no call", async () => {
        let error: any;
        try {
            await clb(api, SECRET_ID, "not-the-secret-key").DeregisterTargets({ LoadBalancerId: LB, ListenerId: LISTENER, Targets: [{ InstanceId: "ins-1", Port: 8080 }] });
        } catch (err) {
            error = err;
        }
        expect(error?.code).to.equal("AuthFailure.SignatureFailure");
        expect(api.calls).to.deep.equal([]);
        expect(api.refused.map((r) => [r.action, r.code])).to.deep.equal([["DeregisterTargets", "AuthFailure.SignatureFailure"]]);
        expect(api.registered(LISTENER, "10.0.0.1")).to.equal(true);
    });

    it("refuses an unknown SecretId, and a body changed after signing", async () => {
        let error: any;
        try {
            await clb(api, "AKIDsomeoneelse", SECRET_KEY).DescribeTargets({ LoadBalancerId: LB });
        } catch (err) {
            error = err;
        }
        expect(error?.code).to.equal("AuthFailure.SecretIdNotFound");

        // Capture a valid signed request, then replay its headers with another body.
        const captured: { headers: http.IncomingHttpHeaders; body: string }[] = [];
        const spy = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on("data", (c: Buffer) => chunks.push(c));
            req.on("end", () => {
                captured.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
                res.writeHead(200, { "content-type": "application/json" });
                res.end(JSON.stringify({ Response: { RequestId: "x" } }));
            });
        });
        await new Promise<void>((r) => spy.listen(0, "127.0.0.1", () => r()));
        const port = (spy.address() as { port: number }).port;
        const client = new ClbClient({ credential: { secretId: SECRET_ID, secretKey: SECRET_KEY }, region: "ap-guangzhou", profile: { httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: "http://" } } });
        await client.DeregisterTargets({ LoadBalancerId: LB, ListenerId: LISTENER, Targets: [{ InstanceId: "ins-1", Port: 8080 }] });
        spy.close();
        const { headers, body } = captured[0];
        const send = async (payload: string) => {
            const h: Record<string, string> = {};
            for (const [k, v] of Object.entries(headers)) if (typeof v === "string" && k !== "host" && k !== "content-length" && k !== "connection") h[k] = v;
            const res = await fetch(api.url, { method: "POST", headers: h, body: payload });
            return (await res.json()) as { Response: { Error?: { Code: string } } };
        };
        const tampered = await send(body.replace("ins-1", "ins-2"));
        expect(tampered.Response.Error?.Code).to.equal("AuthFailure.SignatureFailure");
        expect(api.registered(LISTENER, "10.0.0.2")).to.equal(true);
        const genuine = await send(body);
        expect(genuine.Response.Error).to.equal(undefined);
        expect(api.registered(LISTENER, "10.0.0.1")).to.equal(false);
    });

    it("deregisters, registers and reboots as the API does", async () => {
        const c = clb(api);
        await c.DeregisterTargets({ LoadBalancerId: LB, ListenerId: LISTENER, Targets: [{ InstanceId: "ins-2", Port: 8080 }] });
        expect(api.registered(LISTENER, "10.0.0.2")).to.equal(false);
        await c.RegisterTargets({ LoadBalancerId: LB, ListenerId: LISTENER, Targets: [{ InstanceId: "ins-2", Port: 8080, Weight: 10 }] });
        expect(api.registered(LISTENER, "10.0.0.2")).to.equal(true);
        const url = new URL(api.url);
        const cvm = new CvmClient({ credential: { secretId: SECRET_ID, secretKey: SECRET_KEY }, region: "ap-guangzhou", profile: { httpProfile: { endpoint: url.host, protocol: "http://" } } });
        await cvm.RebootInstances({ InstanceIds: ["ins-2"] });
        expect(api.callsOf("RebootInstances").map((c) => [c.version, c.params])).to.deep.equal([["2017-03-12", { InstanceIds: ["ins-2"] }]]);
    });
});
