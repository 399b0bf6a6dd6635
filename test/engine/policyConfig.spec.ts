import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
    initialConfigAsEngineSees,
    loadPolicyConfigFile,
    parsePolicyConfig,
    reconcilePolicyConfig,
    ReconcileTarget,
    unknownPolicyNames,
} from "../../engine/policyConfig";

// A pack shaped like the tiny fixture: levels, a schema default, a required property.
const target: ReconcileTarget = {
    name: "tiny-pack",
    version: "0.1.0",
    policies: [
        {
            name: "max-replicas",
            enforcementLevel: "advisory",
            configSchema: { properties: { maxReplicas: { type: "integer", minimum: 0, default: 3 }, label: { type: "string" } }, required: [] },
        },
        { name: "name-prefix", enforcementLevel: "mandatory", configSchema: { properties: { prefix: { type: "string", default: "t-" } }, required: [] } },
        { name: "required-tags", enforcementLevel: "remediate" },
        {
            name: "zones",
            enforcementLevel: "mandatory",
            configSchema: { properties: { allowed: { type: "array", items: { type: "string" }, default: ["ap-guangzhou-3"] } }, required: ["allowed"] },
        },
    ],
};

describe("engine/policyConfig", () => {
    describe("parsePolicyConfig", () => {
        it("reads level strings and objects with a level and properties", () => {
            const parsed = parsePolicyConfig(
                { all: "mandatory", "max-replicas": { enforcementLevel: "advisory", maxReplicas: 5 }, zones: { allowed: ["a"] } },
                "test",
            );
            expect(parsed).to.deep.equal({
                all: { enforcementLevel: "mandatory" },
                "max-replicas": { enforcementLevel: "advisory", properties: { maxReplicas: 5 } },
                zones: { properties: { allowed: ["a"] } },
            });
        });

        it("drops entries that give neither a level nor properties, as the CLI does", () => {
            expect(parsePolicyConfig({ zones: {} }, "test")).to.deep.equal({});
        });

        it("reports every bad entry at once, naming each and the valid levels", () => {
            const bad = () => parsePolicyConfig({ a: "strict", b: 5, c: { enforcementLevel: 1 }, d: null, e: "advisory" }, "cfg.json");
            expect(bad).to.throw(/Invalid policy config in cfg\.json/);
            expect(bad).to.throw(/"a": "strict" is not a valid enforcement level; use one of advisory, mandatory, remediate, disabled/);
            expect(bad).to.throw(/"b": 5 is not a valid value/);
            expect(bad).to.throw(/"c"\.enforcementLevel: 1 is not a valid enforcement level/);
            expect(bad).to.throw(/"d": null is not a valid value/);
        });

        it("rejects a config that is not an object", () => {
            expect(() => parsePolicyConfig(["mandatory"], "cfg.json")).to.throw(/cfg\.json must hold a JSON object keyed by policy name or "all"; got an array/);
        });
    });

    describe("loadPolicyConfigFile", () => {
        let dir: string;
        before(() => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-policy-config-"));
        });
        after(() => {
            fs.rmSync(dir, { recursive: true, force: true });
        });
        const write = (name: string, text: string) => {
            const file = path.join(dir, name);
            fs.writeFileSync(file, text);
            return file;
        };

        it("treats an empty or blank file as no config", () => {
            expect(loadPolicyConfigFile(write("empty.json", ""))).to.deep.equal({});
            expect(loadPolicyConfigFile(write("blank.json", "  \n\t\n"))).to.deep.equal({});
        });

        it("names the file, the JSON problem and its line when the file is malformed", () => {
            const file = write("bad.json", '{\n  "all": "mandatory",\n  "zones": { "allowed": ["a" }\n}\n');
            expect(() => loadPolicyConfigFile(file)).to.throw(new RegExp(`Policy config file ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} is not valid JSON: .*line 3`));
        });

        it("names a missing file", () => {
            const file = path.join(dir, "missing.json");
            expect(() => loadPolicyConfigFile(file)).to.throw(`Policy config file ${file} does not exist`);
        });

        it("parses a good file", () => {
            const file = write("good.json", '{"max-replicas": "mandatory"}');
            expect(loadPolicyConfigFile(file)).to.deep.equal({ "max-replicas": { enforcementLevel: "mandatory" } });
        });
    });

    describe("initialConfigAsEngineSees", () => {
        it("sends an entry without a level as ADVISORY, the engine's quirk", () => {
            expect(initialConfigAsEngineSees({ "name-prefix": { prefix: "thing-" } })).to.deep.equal({
                "name-prefix": { enforcementLevel: "advisory", properties: { prefix: "thing-" } },
            });
        });

        it("keeps levels, drops empty entries", () => {
            expect(initialConfigAsEngineSees({ a: "disabled", b: { enforcementLevel: "mandatory", x: 1 }, c: {} })).to.deep.equal({
                a: { enforcementLevel: "disabled", properties: {} },
                b: { enforcementLevel: "mandatory", properties: { x: 1 } },
            });
        });
    });

    describe("reconcilePolicyConfig", () => {
        it("starts from each policy's level and its schema defaults", () => {
            expect(reconcilePolicyConfig(target, undefined, undefined)).to.deep.equal({
                "max-replicas": { enforcementLevel: "advisory", properties: { maxReplicas: 3 } },
                "name-prefix": { enforcementLevel: "mandatory", properties: { prefix: "t-" } },
                "required-tags": { enforcementLevel: "remediate", properties: {} },
                zones: { enforcementLevel: "mandatory", properties: { allowed: ["ap-guangzhou-3"] } },
            });
        });

        it("applies initialConfig, whose level-less entries lower a policy to advisory", () => {
            const initial = initialConfigAsEngineSees({ "name-prefix": { prefix: "thing-" } });
            const config = reconcilePolicyConfig(target, initial, undefined);
            expect(config["name-prefix"]).to.deep.equal({ enforcementLevel: "advisory", properties: { prefix: "thing-" } });
        });

        it("lets the file override initialConfig and merge properties over the defaults", () => {
            const initial = initialConfigAsEngineSees({ "max-replicas": { enforcementLevel: "mandatory", label: "x" } });
            const file = parsePolicyConfig({ "max-replicas": { maxReplicas: 10 } }, "test");
            expect(reconcilePolicyConfig(target, initial, file)["max-replicas"]).to.deep.equal({
                enforcementLevel: "mandatory",
                properties: { maxReplicas: 10, label: "x" },
            });
        });

        it("sets every level from `all`, then lets per-policy entries override, whatever the key order", () => {
            const file = parsePolicyConfig({ zones: "advisory", all: "disabled" }, "test");
            const config = reconcilePolicyConfig(target, undefined, file);
            expect(config["max-replicas"].enforcementLevel).to.equal("disabled");
            expect(config["name-prefix"].enforcementLevel).to.equal("disabled");
            expect(config["required-tags"].enforcementLevel).to.equal("disabled");
            expect(config.zones.enforcementLevel).to.equal("advisory");
            // The CLI keeps "all" as an entry of its own and sends it; the pack ignores it.
            expect(config.all).to.deep.equal({ enforcementLevel: "disabled", properties: {} });
        });

        it("keeps a level-only entry for an unknown policy, and lists it", () => {
            const file = parsePolicyConfig({ "no-such-policy": "mandatory" }, "test");
            expect(reconcilePolicyConfig(target, undefined, file)["no-such-policy"]).to.deep.equal({ enforcementLevel: "mandatory", properties: {} });
            expect(unknownPolicyNames(target, file)).to.deep.equal([{ name: "no-such-policy", hasLevel: true }]);
        });

        it("rejects an unknown policy without a level, naming it and the pack's policies", () => {
            const file = parsePolicyConfig({ "max-replica": { maxReplicas: 2 } }, "test");
            expect(() => reconcilePolicyConfig(target, undefined, file, "cfg.json")).to.throw(
                /"max-replica" is not a policy of pack 'tiny-pack' and has no enforcementLevel.*Fix: correct the name \(the pack's policies: max-replicas, name-prefix, required-tags, zones\)/,
            );
        });

        it("rejects `all` with properties but no level", () => {
            const file = parsePolicyConfig({ all: { maxReplicas: 2 } }, "test");
            expect(() => reconcilePolicyConfig(target, undefined, file)).to.throw(/"all" gives properties but no enforcementLevel/);
        });

        it("names the policy, the property, the value and the fix when a value breaks the schema", () => {
            const file = parsePolicyConfig({ "max-replicas": { maxReplicas: "ten" }, zones: { allowed: [1] } }, "test");
            const bad = () => reconcilePolicyConfig(target, undefined, file, "cfg.json");
            expect(bad).to.throw(/Invalid config for policy pack 'tiny-pack@0\.1\.0' \(from cfg\.json\)/);
            expect(bad).to.throw(
                /policy 'max-replicas': property 'maxReplicas' must be integer; got "ten"\. Fix: change "max-replicas": \{"maxReplicas": \.\.\.\} in cfg\.json .*or remove it to use the default 3\./,
            );
            expect(bad).to.throw(/policy 'zones': property 'allowed\.0' must be string; got 1\./);
        });

        it("names a missing required property", () => {
            const noDefault: ReconcileTarget = {
                name: "p",
                version: "1.0.0",
                policies: [{ name: "needs-owner", enforcementLevel: "advisory", configSchema: { properties: { owner: { type: "string" } }, required: ["owner"] } }],
            };
            expect(() => reconcilePolicyConfig(noDefault, undefined, undefined, "cfg.json")).to.throw(
                /policy 'needs-owner': property 'owner' is required but not set\. Fix: add "needs-owner": \{"owner": <value>\} to cfg\.json/,
            );
        });

        it("keeps a property named __proto__ as a property: its members neither satisfy the schema nor reach the pack", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-"));
            const file = path.join(dir, "config.json");
            fs.writeFileSync(file, JSON.stringify({ "max-replicas": JSON.parse('{"__proto__": {"label": "x"}}') }));
            const props = reconcilePolicyConfig(target, undefined, loadPolicyConfigFile(file))["max-replicas"].properties;
            expect(Object.getPrototypeOf(props)).to.equal(Object.prototype);
            expect(Object.entries(props)).to.deep.equal([["maxReplicas", 3], ["__proto__", { label: "x" }]]);
            // What is sent is what a for-in walk finds (as protobuf's Struct.fromJavaScript does).
            const sent: string[] = [];
            for (const k in props) sent.push(k);
            expect(sent).to.deep.equal(["maxReplicas", "__proto__"]);
            const noDefault: ReconcileTarget = {
                name: "p",
                version: "1.0.0",
                policies: [{ name: "needs-owner", enforcementLevel: "advisory", configSchema: { properties: { owner: { type: "string" } }, required: ["owner"] } }],
            };
            fs.writeFileSync(file, JSON.stringify({ "needs-owner": JSON.parse('{"__proto__": {"owner": "team-a"}}') }));
            expect(() => reconcilePolicyConfig(noDefault, undefined, loadPolicyConfigFile(file), "cfg.json")).to.throw(/policy 'needs-owner': property 'owner' is required but not set/);
        });
    });
});
