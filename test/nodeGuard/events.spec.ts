// How the node guard reads deliveries: Alertmanager webhooks (version 4) and API alerts, Tencent Cloud
// Monitor callbacks; which alerts are its own; how a node is named; what is refused and why.
import { expect } from "chai";
import { alertmanagerEvents, canonicalTime, cloudMonitorEvents, hostOf, PayloadError } from "@zonesafe/node-guard";

const alert = (labels: Record<string, string>, status = "firing", extra: Record<string, unknown> = {}) => ({ status, labels, annotations: {}, startsAt: "2026-01-01T00:00:00Z", fingerprint: "fp1", ...extra });

describe("node guard: reading deliveries", () => {
    it("takes the node from the `node` label, else from the host of `instance` (IPv4, IPv6, host names)", () => {
        expect(hostOf("10.0.0.1:9100")).to.equal("10.0.0.1");
        expect(hostOf("[fd00::1]:9100")).to.equal("fd00::1");
        expect(hostOf("gateway-1")).to.equal("gateway-1");
        expect(hostOf("fd00::1")).to.equal("fd00::1");
        const events = alertmanagerEvents({
            version: "4",
            alerts: [alert({ zonesafe_fault: "single-node", node: "10.0.0.9", instance: "10.0.0.1:9100" }), alert({ zonesafe_fault: "single-node", instance: "[fd00::2]:9100" }, "resolved", { fingerprint: "fp2" })],
        });
        expect(events).to.deep.equal([
            { kind: "node", alert: "am:fp1", startsAt: "2026-01-01T00:00:00Z", status: "firing", key: "am:fp1|firing|2026-01-01T00:00:00Z", nodeRef: "10.0.0.9" },
            { kind: "node", alert: "am:fp2", startsAt: "2026-01-01T00:00:00Z", status: "resolved", key: "am:fp2|resolved|2026-01-01T00:00:00Z", nodeRef: "fd00::2" },
        ]);
    });

    it("names an episode by its start the same whether the webhook (nanoseconds, zeros trimmed) or the API (milliseconds) wrote it", () => {
        const starts = ["2026-12-02T01:36:18.93Z", "2026-12-02T01:36:18.930Z", "2026-12-02T09:36:18.930000000+08:00"];
        const keys = starts.map((startsAt) => alertmanagerEvents({ version: "4", alerts: [alert({ zonesafe_fault: "single-node", node: "10.0.0.1" }, "firing", { startsAt })] })[0]);
        for (const e of keys) expect(e).to.include({ startsAt: "2026-12-02T01:36:18.93Z", key: "am:fp1|firing|2026-12-02T01:36:18.93Z" });
        expect(canonicalTime("2026-12-02T01:36:18.000000001Z")).to.equal("2026-12-02T01:36:18.000000001Z");
        expect(canonicalTime("2026-12-02T01:36:18.000Z")).to.equal("2026-12-02T01:36:18Z");
        expect(canonicalTime("not a time")).to.equal("not a time");
    });

    it("acts only on alerts labelled zonesafe_fault single-node or common-cause", () => {
        const events = alertmanagerEvents({
            alerts: [alert({ alertname: "Other", node: "10.0.0.1" }), alert({ zonesafe_fault: "something", node: "10.0.0.1" }), alert({ zonesafe_fault: "common-cause", alertname: "ManyNodesFaulty" })],
        });
        expect(events).to.deep.equal([{ kind: "common-cause", alert: "am:fp1", startsAt: "2026-01-01T00:00:00Z", status: "firing", key: "am:fp1|firing|2026-01-01T00:00:00Z" }]);
    });

    it("identifies an alert by its labels when the payload has no fingerprint, the same whatever their order", () => {
        const a = alertmanagerEvents({ alerts: [alert({ zonesafe_fault: "single-node", node: "n", alertname: "A" }, "firing", { fingerprint: undefined })] });
        const b = alertmanagerEvents({ alerts: [alert({ alertname: "A", node: "n", zonesafe_fault: "single-node" }, "firing", { fingerprint: undefined })] });
        expect(a[0].alert).to.equal(b[0].alert);
    });

    it("refuses payloads of another shape, saying what was expected", () => {
        const refused = (body: unknown) => {
            try {
                alertmanagerEvents(body);
            } catch (err) {
                expect(err).to.be.instanceOf(PayloadError);
                return (err as Error).message;
            }
            return "accepted";
        };
        expect(refused([])).to.equal("an Alertmanager webhook payload must be an object with an `alerts` list (webhook version 4)");
        expect(refused({ version: "3", alerts: [] })).to.equal('this guard reads Alertmanager webhook version 4; got version "3"');
        expect(refused({ alerts: [{ labels: { node: 1 }, status: "firing", startsAt: "t" }] })).to.equal("alerts[0].labels.node must be a string");
        expect(refused({ alerts: [{ labels: {}, status: "firing" }] })).to.equal("alerts[0].startsAt must be a timestamp string");
        expect(refused({ alerts: ["x"] })).to.equal("alerts[0] must be an object with `labels`");
    });

    it("reads Cloud Monitor callbacks: the instance, the policy and metric, the status as a string or a number", () => {
        const cb = (alarmStatus: unknown, dimensions: Record<string, string>) => ({
            sessionId: "sess-1",
            alarmStatus,
            alarmType: "metric",
            alarmObjInfo: { region: "gz", namespace: "qce/cvm", dimensions },
            alarmPolicyInfo: { policyId: "policy-9", conditions: { metricName: "mem_usage" } },
            firstOccurTime: "2026-01-01 00:00:00",
        });
        expect(cloudMonitorEvents(cb(1, { unInstanceId: "ins-7", objId: "x" }))).to.deep.equal([
            { kind: "node", key: "cm:sess-1|firing", alert: "cm:policy-9:mem_usage:ins-7", startsAt: "2026-01-01 00:00:00", status: "firing", nodeRef: "ins-7" },
        ]);
        expect(cloudMonitorEvents(cb("0", { unInstanceId: "ins-7" }))[0]).to.include({ status: "resolved", key: "cm:sess-1|resolved", alert: "cm:policy-9:mem_usage:ins-7" });
        expect(cloudMonitorEvents(cb("1", { objId: "x" }))).to.deep.equal([]);
        expect(() => cloudMonitorEvents({ alarmStatus: 1 })).to.throw(PayloadError, "a Cloud Monitor alarm callback must be an object with `sessionId`, `alarmStatus` and `alarmObjInfo`");
        expect(() => cloudMonitorEvents({ ...cb(1, {}), alarmObjInfo: { dimensions: "ins-1" } })).to.throw(PayloadError, "alarmObjInfo.dimensions must be an object naming the instance (unInstanceId)");
    });
});
