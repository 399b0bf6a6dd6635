import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PolicyPackProcess, runningPolicyPacks } from "../../engine/analyzer";
import { changedKeys, evaluatePolicyPacks, evaluateStartedPacks, EvaluationProgress, EvaluationResult } from "../../engine/evaluate";
import { ResourceRecord, StackRecord, UNKNOWN } from "../../engine/types";
import { ORG, PROJECT, resource, secret, STACK, stackOf, thing, TINY_PACK, urnOf } from "./tinyStack";

/** [policy, level, resource name or "" ] of each finding, in order. */
function summary(result: EvaluationResult): Array<[string, string, string]> {
    return result.findings.map((f) => [f.policy, f.level, f.urn === "" ? "" : f.urn.slice(f.urn.lastIndexOf("::") + 2)]);
}

describe("engine/evaluate", () => {
    let pack: PolicyPackProcess;
    let tmp: string;
    const evaluate = (stack: StackRecord, config?: object, concurrency?: number) =>
        evaluateStartedPacks(stack, [{ process: pack, config }], { concurrency });

    before(async function () {
        this.timeout(120_000);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-evaluate-"));
        pack = await PolicyPackProcess.start(TINY_PACK, { project: PROJECT, stack: STACK, organization: ORG, dryRun: true, config: {} });
    });
    after(async () => {
        await pack?.close();
        fs.rmSync(tmp, { recursive: true, force: true });
    });

    describe("with the pack's own config", () => {
        it("reports findings in registration order, then pack, then policy name", async () => {
            const result = await evaluate(
                stackOf([
                    thing("bad", { replicas: 5 }), // name-prefix (advisory by the initialConfig quirk), max-replicas
                    thing("thing-ok"),
                    thing("thing-big", { replicas: 4 }),
                ]),
            );
            expect(summary(result).filter(([p]) => p !== "tiny-stack-graph")).to.deep.equal([
                ["tiny-max-replicas", "advisory", "bad"],
                ["tiny-name-prefix", "advisory", "bad"],
                ["tiny-max-replicas", "advisory", "thing-big"],
            ]);
            const f = result.findings[0];
            expect(f).to.deep.include({
                pack: "tiny-pack",
                packVersion: "0.1.0",
                severity: "medium",
                rawSeverity: "medium",
                urn: urnOf("tiny:index:Thing", "bad"),
                description: "Checks whether a Thing's replicas stay within the configured maximum.",
                message: "Checks whether a Thing's replicas stay within the configured maximum.\nThing must have replicas <= 3; got 5.",
                fix: "Lower `replicas` to at most `maxReplicas`, or raise `maxReplicas` in the policy config.",
                tags: ["reliability"],
            });
            expect(result.packs).to.have.length(1);
            expect(result.packs[0]).to.deep.include({ name: "tiny-pack", version: "0.1.0", dir: TINY_PACK, warnings: [] });
            expect(result.packs[0].config["tiny-max-replicas"]).to.deep.equal({ enforcementLevel: "advisory", properties: { maxReplicas: 3 } });
            expect(result.timings.resourcesMs).to.be.a("number");
        });

        it("reports a critical severity as high, keeping the exact one in rawSeverity", async () => {
            const result = await evaluate(stackOf([thing("thing-far", { zone: "eu-west-1" })]));
            const f = result.findings.find((x) => x.policy === "tiny-known-zone");
            expect(f).to.deep.include({ level: "mandatory", severity: "high", rawSeverity: "critical" });
        });
    });

    describe("with a config file", () => {
        const stack = stackOf([thing("thing-big", { replicas: 5 }), thing("bad", { tags: {} })]);
        const writeConfig = (name: string, config: object) => {
            const file = path.join(tmp, name);
            fs.writeFileSync(file, JSON.stringify(config));
            return file;
        };

        it("raises a policy from advisory to mandatory", async () => {
            const configFile = writeConfig("mandatory.json", { "tiny-max-replicas": "mandatory" });
            const result = await evaluateStartedPacks(stack, [{ process: pack, configFile }]);
            expect(summary(result)).to.deep.include(["tiny-max-replicas", "mandatory", "thing-big"]);
            expect(result.packs[0].config["tiny-max-replicas"].enforcementLevel).to.equal("mandatory");
        });

        it("suppresses a disabled policy, and changes a property", async () => {
            expect(summary(await evaluate(stack, { "tiny-max-replicas": "disabled" })).map(([p]) => p)).to.not.include("tiny-max-replicas");
            expect(summary(await evaluate(stack, { "tiny-max-replicas": { maxReplicas: 10 } })).map(([p]) => p)).to.not.include("tiny-max-replicas");
        });

        it("sets every level with `all`, which also turns remediation off", async () => {
            const mandatory = await evaluate(stack, { all: "mandatory" });
            expect(mandatory.remediations).to.deep.equal([]);
            expect(summary(mandatory)).to.deep.equal([
                ["tiny-max-replicas", "mandatory", "thing-big"],
                ["tiny-name-prefix", "mandatory", "bad"],
                ["tiny-required-tags", "mandatory", "bad"],
                ["tiny-stack-graph", "mandatory", "thing-big"],
                ["tiny-stack-graph", "mandatory", "bad"],
            ]);
            const disabled = await evaluate(stack, { all: "disabled" });
            expect(disabled.findings).to.deep.equal([]);
            expect(disabled.remediations).to.deep.equal([]);
        });

        it("warns about a level given to a policy the pack does not define", async () => {
            const result = await evaluate(stack, { "tiny-no-such-policy": "mandatory" });
            expect(result.packs[0].warnings).to.deep.equal([
                "the inline config of #1 (" + TINY_PACK + ") configures 'tiny-no-such-policy', which pack 'tiny-pack' does not define; the entry has no effect.",
            ]);
        });

        it("rejects a value that breaks the policy's schema, naming policy, property and fix", async () => {
            const configFile = writeConfig("invalid.json", { "tiny-max-replicas": { maxReplicas: "ten" } });
            const err = await evaluateStartedPacks(stack, [{ process: pack, configFile }]).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.contain(`Invalid config for policy pack 'tiny-pack@0.1.0' (from ${configFile})`);
            expect(err?.message).to.contain("policy 'tiny-max-replicas': property 'maxReplicas' must be integer; got \"ten\". Fix:");
        });

        it("fails fast on a malformed file, before starting any pack", async () => {
            const configFile = path.join(tmp, "malformed.json");
            fs.writeFileSync(configFile, '{"all": "mandatory",}');
            const t0 = Date.now();
            const err = await evaluatePolicyPacks(stack, [{ dir: TINY_PACK, configFile }]).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.match(/^Policy config file .*malformed\.json is not valid JSON: /);
            expect(Date.now() - t0).to.be.lessThan(1000);
        });
    });

    describe("remediation", () => {
        it("remediates first, and Analyze sees the remediated value", async () => {
            const stack = stackOf([thing("thing-untagged", { tags: { team: "core" } })]);
            const result = await evaluate(stack);
            expect(result.remediations).to.deep.equal([
                { urn: urnOf("tiny:index:Thing", "thing-untagged"), policy: "tiny-required-tags", pack: "tiny-pack", changed: ["tags"] },
            ]);
            expect(summary(result).map(([p]) => p)).to.not.include("tiny-required-tags");
            expect(result.stack.resources[0].inputs.tags).to.deep.equal({ team: "core", managedBy: "pulumi" });
            expect(stack.resources[0].inputs.tags).to.deep.equal({ team: "core" }, "the input stack is left alone");
        });

        it("reports a violation the remediation could not fix as mandatory, never as remediate", async () => {
            const result = await evaluate(stackOf([thing("thing-locked", { tags: {}, lockTags: true })]));
            expect(result.remediations).to.deep.equal([]);
            expect(summary(result)).to.deep.include(["tiny-required-tags", "mandatory", "thing-locked"]);
            expect(result.findings.map((f) => f.level)).to.not.include("remediate");
        });

        it("keeps secrets secret through remediation, and Analyze can read them", async () => {
            const result = await evaluate(stackOf([thing("thing-secret", { tags: {}, password: secret("hunter2") })]));
            expect(result.stack.resources[0].inputs.password).to.deep.equal(secret("hunter2"));
            expect(result.stack.resources[0].inputs.tags).to.deep.equal({ managedBy: "pulumi" });
            const f = result.findings.find((x) => x.policy === "tiny-secret-length");
            expect(f?.level).to.equal("mandatory");
            expect(f?.message).to.match(/at least 12 characters; got 7\.$/);
            expect(f?.message).to.not.contain("hunter2");
        });
    });

    describe("unknown values during preview", () => {
        it("turns a read of an unknown into an advisory 'can't be known during preview', never a mandatory", async () => {
            const result = await evaluate(stackOf([thing("thing-unknown", { zone: UNKNOWN, tags: UNKNOWN, replicas: UNKNOWN })]));
            const levels = result.findings.filter((f) => f.policy !== "tiny-stack-graph").map((f) => [f.policy, f.level, f.message]);
            expect(levels).to.deep.equal([
                [
                    "tiny-known-zone",
                    "advisory",
                    "can't run policy 'tiny-known-zone' from policy pack 'tiny-pack@v0.1.0' during preview: string value at .zone can't be known during preview",
                ],
                [
                    "tiny-max-replicas",
                    "advisory",
                    "can't run policy 'tiny-max-replicas' from policy pack 'tiny-pack@v0.1.0' during preview: string value at .replicas can't be known during preview",
                ],
                [
                    "tiny-required-tags",
                    "advisory",
                    "can't run remediation 'tiny-required-tags' from policy pack 'tiny-pack@v0.1.0' during preview: string value at .tags can't be known during preview",
                ],
                [
                    "tiny-required-tags",
                    "advisory",
                    "can't run policy 'tiny-required-tags' from policy pack 'tiny-pack@v0.1.0' during preview: string value at .tags can't be known during preview",
                ],
            ]);
            expect(result.remediations).to.deep.equal([]);
            expect(result.stack.resources[0].inputs.tags).to.equal(UNKNOWN);
        });
    });

    describe("AnalyzeStack", () => {
        it("sees parents, dependencies and property dependencies, and the outputs with remediated keys", async () => {
            const groupUrn = urnOf("tiny:index:Group", "grp");
            const peer = thing("thing-peer", { tags: {} }, { outputs: { zone: "ap-guangzhou-3", replicas: 1, tags: {}, id: "peer-1" } });
            const child = thing("thing-child", {}, {
                urn: urnOf("tiny:index:Thing", "thing-child", ["tiny:index:Group"]),
                parent: groupUrn,
                dependencies: [peer.urn],
                propertyDependencies: { peerId: [peer.urn], zone: [] },
            });
            const group = resource("tiny:index:Group", "grp", {}, { custom: false });
            const result = await evaluate(stackOf([group, peer, child]));
            const stackFindings = result.findings.filter((f) => f.policy === "tiny-stack-graph");
            expect(stackFindings.map((f) => [f.urn, f.level, f.message.split("\n")[1]])).to.deep.equal([
                [peer.urn, "advisory", "thing thing-peer: parent=none; dependencies=none; propertyDependencies=none; managedBy=pulumi"],
                [child.urn, "advisory", "thing thing-child: parent=grp; dependencies=thing-peer; propertyDependencies=peerId:thing-peer; managedBy=team"],
            ]);
        });
    });

    describe("scheduling", () => {
        /** A stack of `n` varied Things: violations, remediations, secrets and unknowns. */
        function bigStack(n: number): StackRecord {
            const resources: ResourceRecord[] = [];
            for (let i = 0; i < n; i++) {
                const inputs: Record<string, ResourceRecord["inputs"][string]> = { replicas: i % 7 };
                if (i % 3 === 0) inputs.tags = {};
                if (i % 5 === 0) inputs.password = secret("x".repeat(i % 20));
                if (i % 11 === 0) inputs.zone = UNKNOWN;
                if (i % 13 === 0) inputs.lockTags = true;
                resources.push(thing(i % 4 === 0 ? `bad-${i}` : `thing-${i}`, inputs));
            }
            return stackOf(resources);
        }

        it("gives deep-equal results with concurrency 1 and 64", async function () {
            this.timeout(120_000);
            const stack = bigStack(300);
            const one = await evaluate(stack, undefined, 1);
            const many = await evaluate(stack, undefined, 64);
            const strip = (r: EvaluationResult) => ({ ...r, timings: undefined });
            expect(one.findings.length).to.be.greaterThan(300);
            expect(one.remediations.length).to.be.greaterThan(50);
            expect(strip(many)).to.deep.equal(strip(one));
        });

        it("reports progress for every resource", async () => {
            const events: EvaluationProgress[] = [];
            await evaluateStartedPacks(stackOf([thing("thing-1"), thing("thing-2")]), [{ process: pack }], { onProgress: (p) => events.push(p) });
            expect(events.filter((e) => e.phase === "resources").map((e) => e.completed)).to.deep.equal([0, 1, 2]);
            expect(events[events.length - 1]).to.deep.equal({ phase: "done", completed: 2, total: 2 });
        });

        it("refuses a concurrency that is not a positive integer", async () => {
            const err = await evaluate(stackOf([]), undefined, 0).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.equal("concurrency must be a positive integer (1 evaluates one resource at a time); got 0.");
        });

        it("refuses a pack started for another stack", async () => {
            const other = { ...stackOf([]), stack: "prod" };
            const err = await evaluateStartedPacks(other, [{ process: pack }]).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.match(/was started for org\/proj\/dev \(dryRun true\) but is asked to check org\/proj\/prod/);
        });
    });

    describe("several packs", () => {
        it("feeds pack 1's remediations to pack 2, which analyzes the remediated inputs", async function () {
            this.timeout(120_000);
            const stack = stackOf([thing("thing-untagged", { tags: {} })]);
            const result = await evaluatePolicyPacks(stack, [{ dir: TINY_PACK }, { dir: TINY_PACK, config: { "tiny-required-tags": "mandatory" } }]);
            // Pack 2 does not remediate (its level is mandatory) and finds nothing: it saw pack 1's remediation.
            expect(result.remediations).to.deep.equal([
                { urn: urnOf("tiny:index:Thing", "thing-untagged"), policy: "tiny-required-tags", pack: "tiny-pack", changed: ["tags"] },
            ]);
            expect(result.packs.map((p) => p.config["tiny-required-tags"].enforcementLevel)).to.deep.equal(["remediate", "mandatory"]);
            expect(summary(result)).to.deep.equal([
                ["tiny-stack-graph", "advisory", "thing-untagged"],
                ["tiny-stack-graph", "advisory", "thing-untagged"],
            ]);
            expect(result.findings.every((f) => f.message.endsWith("managedBy=pulumi"))).to.equal(true);
        });
    });

    describe("failures", () => {
        it("stops the packs that started when another pack fails to start, and names the failing one", async function () {
            this.timeout(120_000);
            const before = runningPolicyPacks();
            const notAPack = fs.mkdtempSync(path.join(tmp, "not-a-pack-"));
            fs.writeFileSync(path.join(notAPack, "PulumiPolicy.yaml"), "runtime: nodejs\n"); // no package.json, no program
            const err = await evaluatePolicyPacks(stackOf([thing("thing-1")]), [{ dir: TINY_PACK }, { dir: notAPack }]).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.contain(`The policy pack in ${notAPack} exited`);
            expect(runningPolicyPacks()).to.equal(before);
        });

        it("refuses a pack given both configFile and config", async () => {
            const err = await evaluateStartedPacks(stackOf([]), [{ process: pack, configFile: "x.json", config: {} }]).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.equal(`The policy pack #1 (${TINY_PACK}) is given both configFile and config; give one of them.`);
        });
    });

    describe("changedKeys", () => {
        it("lists added, removed and changed top-level keys, ignoring key order", () => {
            expect(changedKeys({ a: { x: 1, y: 2 }, b: 1, c: 2 }, { a: { y: 2, x: 1 }, b: 2, d: 3 })).to.deep.equal(["b", "c", "d"]);
        });
    });
});
