import { expect } from "chai";
import * as fc from "fast-check";
import { ConfigError, parseSettings } from "../../stacks/config";
import { raw, RETAIL } from "../support/stackConfig";

const retail = RETAIL;

function problemsOf(values: Record<string, unknown>): string[] {
    try {
        parseSettings(raw(values));
    } catch (e) {
        expect(e).to.be.instanceOf(ConfigError);
        return (e as ConfigError).problems.map((p) => `${p.key}: ${p.message}`);
    }
    return [];
}

describe("stack configuration", () => {
    it("resolves defaults for a production retail stack", () => {
        const s = parseSettings(raw(retail));
        expect(s.dataTier).to.equal("critical", "production data is zero-RPO by default");
        expect(s.protectData).to.equal(true);
        expect(s.workloads.map((w) => w.name)).to.deep.equal(["storefront-api", "orders", "payments"]);
        expect(s.mysql).to.deep.equal({ memSize: 4000, volumeSize: 200, readonlyReplicas: 2 });
    });

    it("reads the CLS log set and topic of each region's CLB access logs, none by default", () => {
        expect(parseSettings(raw(retail)).clbAccessLogs).to.deep.equal({});
        const logs = { "ap-guangzhou": { logSetId: "set-gz", logTopicId: "topic-gz" }, "ap-shanghai": { logSetId: "set-sh", logTopicId: "topic-sh" } };
        expect(parseSettings(raw({ ...retail, clbAccessLogs: logs })).clbAccessLogs).to.deep.equal(logs);
        expect(problemsOf({ ...retail, clbAccessLogs: { "ap-guangzhou": { logSetId: "set-gz" } } })).to.deep.equal([
            'clbAccessLogs: ap-guangzhou must name a log set and a topic of that region, { logSetId, logTopicId }; got {"logSetId":"set-gz"}',
        ]);
        expect(problemsOf({ ...retail, clbAccessLogs: { guangzhou: { logSetId: "a", logTopicId: "b" } } })[0]).to.match(/^clbAccessLogs: keys must be regions/);
        expect(problemsOf({ ...retail, clbAccessLogs: ["set-gz"] })[0]).to.match(/^clbAccessLogs: must map regions/);
    });

    it("reads the node guard's settings, limit 3 by default, and names every bad one", () => {
        expect(parseSettings(raw(retail)).nodeGuard).to.equal(undefined);
        const guard = { image: "registry.example.com/zonesafe/node-guard:0.1.0", pageWebhook: "https://oncall.example.com/page" };
        expect(parseSettings(raw({ ...retail, nodeGuard: guard })).nodeGuard).to.deep.equal({ ...guard, limit: 3 });
        expect(problemsOf({ ...retail, nodeGuard: { image: "node-guard:latest", pageWebhook: "oncall", limit: 7, token: "x" } })).to.deep.equal([
            "nodeGuard: token is not a setting of the guard; use image, pageWebhook and limit (the token is the secret zonesafe:nodeGuardToken)",
            "nodeGuard: image must be the guard's image pinned to a tag or digest (not ':latest'), e.g. registry.example.com/zonesafe/node-guard:0.1.0; got \"node-guard:latest\"",
            'nodeGuard: pageWebhook must be the http(s) URL that pages the on-call; got "oncall"',
            "nodeGuard: limit must be an integer from 2 to 5 (faulty nodes at which the guard pages instead of removing); got 7",
        ]);
        expect(problemsOf({ ...retail, nodeGuard: ["x"] })[0]).to.match(/^nodeGuard: must be the guard's settings/);
    });

    it("a development stack is standard tier and unprotected unless told otherwise", () => {
        const s = parseSettings(raw({ ...retail, environment: "development" }));
        expect(s.dataTier).to.equal("standard");
        expect(s.protectData).to.equal(false);
    });

    it("names every missing key and how to set it, at once", () => {
        const problems = problemsOf({});
        expect(problems).to.deep.equal([
            "blueprint: is required; set one of retail, beacon, retail-legacy with `pulumi config set zonesafe:blueprint <value>`",
            "region: is required; set the Tencent Cloud region, e.g. `pulumi config set zonesafe:region ap-guangzhou`",
            "zones: is required; list the availability zones to use, e.g. [ap-guangzhou-3, ap-guangzhou-4, ap-guangzhou-6]",
            "certificateId: is required for the retail blueprint's public HTTPS listener; upload the certificate to SSL Certificates and set its id, e.g. `pulumi config set zonesafe:certificateId abcd1234`",
        ]);
    });

    it("refuses a single zone for a highly available blueprint, and zones of another region", () => {
        expect(problemsOf({ ...retail, zones: ["ap-guangzhou-3"] })).to.deep.equal([
            "zones: must list at least 3 distinct zones for the retail blueprint (its MongoDB replica set spans three zones); got 1 (ap-guangzhou-3)",
        ]);
        expect(problemsOf({ ...retail, zones: ["ap-guangzhou-3", "ap-guangzhou-4", "ap-shanghai-2"] })).to.deep.equal([
            "zones: must be zones of region ap-guangzhou (named ap-guangzhou-N); got ap-shanghai-2",
        ]);
        expect(problemsOf({ ...retail, zones: ["ap-guangzhou-3", "ap-guangzhou-3", "ap-guangzhou-4"] })[0]).to.contain("must not repeat a zone");
    });

    it("refuses unknown values, bad numbers and unpinned images with the key and the value", () => {
        expect(problemsOf({ ...retail, blueprint: "shop" })).to.deep.equal(["blueprint: must be one of retail, beacon, retail-legacy; got 'shop'"]);
        expect(problemsOf({ ...retail, nodesPerZone: "0" })).to.deep.equal(["nodesPerZone: must be a whole number between 1 and 100; got '0'"]);
        expect(problemsOf({ ...retail, workloads: [{ name: "api", image: "nginx:latest", port: 80 }] })).to.deep.equal([
            "workloads: workloads[0].image must pin a tag or digest (not ':latest'); got 'nginx:latest'",
        ]);
        expect(problemsOf({ ...retail, zones: "{not json" })).to.deep.equal([
            "zones: must be valid YAML/JSON (a list or an object, as in the stack file); got '{not json'",
        ]);
    });

    it("requires the beacon blueprint's sizing", () => {
        expect(problemsOf({ ...retail, blueprint: "beacon" })).to.deep.equal([
            "beacon: is required for the beacon blueprint; set at least peakQps and qpsPerInstance, e.g. { peakQps: 30000000, qpsPerInstance: 50000 }",
            "beacon: peakQps is required; set a number between 1 and 10000000000",
            "beacon: qpsPerInstance is required; set a number between 1 and 10000000",
            "beacon: eventStart must be the ISO 8601 start of the next known peak (the event pool is brought up before it), e.g. 2026-11-11T00:00:00+08:00; got undefined",
            "beacon: imageId must name the gateway's machine image, e.g. img-abc12345; got undefined",
        ]);
        const s = parseSettings(raw({ ...retail, blueprint: "beacon", beacon: { peakQps: 3e7, qpsPerInstance: 5e4, businesses: ["logs", "metrics"], eventStart: "2026-11-11T00:00:00+08:00", imageId: "img-1" } }));
        expect(s.beacon).to.deep.include({ peakQps: 3e7, qpsPerInstance: 5e4, backendLimit: 1000, splitAbove: 500 });
    });

    it("never throws anything but a ConfigError on arbitrary input", () => {
        const value = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constant(undefined));
        fc.assert(
            fc.property(fc.dictionary(fc.constantFrom("blueprint", "environment", "region", "zones", "workloads", "mysql", "beacon", "nodesPerZone", "dataTier", "alarmNotifyGroups"), value), (values) => {
                try {
                    parseSettings((k) => values[k] as string | undefined);
                } catch (e) {
                    if (!(e instanceof ConfigError)) throw e;
                    for (const p of e.problems) expect(p.message).to.be.a("string").with.length.greaterThan(0);
                }
            }),
            { numRuns: 500 },
        );
    });
});
