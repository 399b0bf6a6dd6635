import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
    levelFromProto,
    levelToProto,
    policyPackEnv,
    PolicyPackProcess,
    readPolicyPackManifest,
    severityFromProto,
    toAnalyzerValue,
} from "../../engine/analyzer";
import { reconcilePolicyConfig } from "../../engine/policyConfig";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../engine/types";
import { ORG, PROJECT, secret, STACK, thing, TINY_PACK } from "./tinyStack";

const startOptions = { project: PROJECT, stack: STACK, organization: ORG, dryRun: true, config: { "proj:region": "ap-guangzhou" } };

/** Whether a process with this pid still exists. */
function alive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

/** Makes a throwaway pack directory whose node_modules points at this project's. */
function makePack(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-pack-"));
    fs.symlinkSync(path.resolve(__dirname, "../../node_modules"), path.join(dir, "node_modules"), "dir");
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
}

describe("engine/analyzer", () => {
    describe("wire helpers", () => {
        it("maps the enforcement enum as analyzer.proto numbers it", () => {
            expect([0, 1, 2, 3].map(levelFromProto)).to.deep.equal(["advisory", "mandatory", "disabled", "remediate"]);
            expect((["advisory", "mandatory", "disabled", "remediate"] as const).map(levelToProto)).to.deep.equal([0, 1, 2, 3]);
            expect(() => levelFromProto(7)).to.throw(/invalid enforcement level 7/);
            expect([0, 1, 2, 3, 4].map(severityFromProto)).to.deep.equal([undefined, "low", "medium", "high", "critical"]);
        });

        it("marshals values as the engine does: internal keys, references, output values", () => {
            const ref = { [SIG_KEY]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:a", id: "i-1" };
            const componentRef = { [SIG_KEY]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:c" };
            const unknownOutput = { [SIG_KEY]: "d0e6a833031e9bbcd3f4e8bde6ca49a4", secret: true };
            const props = { __defaults: ["x"], a: { __inner: 1, b: ref }, c: componentRef, d: unknownOutput, s: secret("p"), u: undefined };
            expect(toAnalyzerValue(props, true)).to.deep.equal({ a: { b: "i-1" }, c: "urn:c", d: secret(UNKNOWN), s: { [SIG_KEY]: SECRET_SIG, value: "p" } });
            expect(toAnalyzerValue(props, false)).to.have.property("__defaults");
        });

        it("gives the pack the engine's environment, leaving out empty values", () => {
            const env = policyPackEnv({ PATH: "/bin", PULUMI_NODEJS_ORGANIZATION: "inherited" }, { project: "p", stack: "s", dryRun: false, config: { "p:k": "v" } });
            expect(env).to.include({
                PATH: "/bin",
                PULUMI_CONFIG: '{"p:k":"v"}',
                PULUMI_NODEJS_PROJECT: "p",
                PULUMI_NODEJS_STACK: "s",
                PULUMI_NODEJS_DRY_RUN: "false",
                PULUMI_PROJECT: "p",
                PULUMI_STACK: "s",
                PULUMI_DRY_RUN: "false",
                PULUMI_NODEJS_ORGANIZATION: "inherited",
            });
            expect(env).to.not.have.property("PULUMI_ORGANIZATION");
        });
    });

    describe("PulumiPolicy.yaml", () => {
        it("names a directory that has no PulumiPolicy.yaml", async () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-not-a-pack-"));
            try {
                const err = await PolicyPackProcess.start(dir, startOptions).then(
                    () => undefined,
                    (e: Error) => e,
                );
                expect(err?.message).to.equal(
                    `${dir} is not a policy pack: it has no PulumiPolicy.yaml. Pass the directory that holds PulumiPolicy.yaml, or create one there containing "runtime: nodejs".`,
                );
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });

        it("reads runtime options, the version override and main; refuses other runtimes", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-manifest-"));
            try {
                const file = path.join(dir, "PulumiPolicy.yaml");
                fs.writeFileSync(file, "runtime:\n  name: nodejs\n  options:\n    typescript: false\nversion: 1.0\nmain: bin/index.js\n");
                expect(readPolicyPackManifest(dir)).to.deep.include({ runtime: "nodejs", options: { typescript: "false" }, version: "1.0", main: "bin/index.js" });
                fs.writeFileSync(file, "runtime: python\n");
                expect(() => readPolicyPackManifest(dir)).to.throw(/declares runtime 'python'; only Node\.js policy packs/);
                fs.writeFileSync(file, "description: no runtime\n");
                expect(() => readPolicyPackManifest(dir)).to.throw(/is missing a 'runtime' attribute.*Add "runtime: nodejs"/);
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });
    });

    describe("a running pack", () => {
        let pack: PolicyPackProcess;
        before(async function () {
            this.timeout(120_000);
            pack = await PolicyPackProcess.start(TINY_PACK, startOptions);
        });
        after(async () => {
            await pack?.close();
        });

        it("prints its port and tolerates the unimplemented Handshake", async () => {
            expect(pack.port).to.be.greaterThan(0);
            expect(await pack.handshake()).to.equal("unimplemented");
            await pack.configureStack({ ...startOptions, tags: { environment: "test" } });
            expect(await pack.getPluginInfo()).to.deep.equal({ version: "1.21.0" });
        });

        it("lists its policies, sorted, with their config schemas, severities and initial config", async () => {
            const info = await pack.getAnalyzerInfo();
            expect(info).to.include({ name: "tiny-pack", version: "0.1.0", supportsConfig: true });
            expect(info.policies.map((p) => p.name)).to.deep.equal([
                "tiny-known-zone",
                "tiny-max-replicas",
                "tiny-name-prefix",
                "tiny-required-tags",
                "tiny-secret-length",
                "tiny-stack-graph",
            ]);
            const maxReplicas = info.policies.find((p) => p.name === "tiny-max-replicas");
            expect(maxReplicas).to.deep.include({
                enforcementLevel: "advisory",
                policyType: "resource",
                severity: "medium",
                tags: ["reliability"],
                configSchema: { properties: { maxReplicas: { type: "integer", minimum: 0, default: 3 } }, required: [] },
            });
            expect(info.policies.find((p) => p.name === "tiny-known-zone")?.severity).to.equal("critical");
            expect(info.policies.find((p) => p.name === "tiny-stack-graph")?.policyType).to.equal("stack");
            // The pack gave prefix without a level; it arrives as ADVISORY.
            expect(info.initialConfig).to.deep.equal({ "tiny-name-prefix": { enforcementLevel: "advisory", properties: { prefix: "thing-" } } });
        });

        it("remediates and analyzes single resources after Configure", async () => {
            const info = await pack.getAnalyzerInfo();
            await pack.configure(reconcilePolicyConfig(info, info.initialConfig, undefined));
            const rec = thing("thing-a", { tags: {}, password: secret("hunter2") });
            const rem = await pack.remediate(rec);
            expect(rem.remediations).to.have.length(1);
            expect(rem.remediations[0]).to.deep.include({ policyName: "tiny-required-tags", policyPackName: "tiny-pack", policyPackVersion: "0.1.0" });
            expect(rem.remediations[0].properties).to.deep.equal({ ...rec.inputs, tags: { managedBy: "pulumi" } });
            const before = await pack.analyze(rec);
            expect(before.diagnostics.map((d) => [d.policyName, d.enforcementLevel])).to.deep.equal([
                ["tiny-required-tags", "mandatory"],
                ["tiny-secret-length", "mandatory"],
            ]);
            const after = await pack.analyze(rec, rem.remediations[0].properties);
            expect(after.diagnostics.map((d) => d.policyName)).to.deep.equal(["tiny-secret-length"]);
        });

        // Runs last in this suite: it closes the shared pack (the after hook's close is then a no-op).
        it("close() stops the pack and leaves no child process", async () => {
            const pid = pack.pid;
            expect(alive(pid)).to.equal(true);
            await pack.close();
            expect(pack.hasExited).to.equal(true);
            expect(alive(pid)).to.equal(false);
            await pack.close(); // idempotent
            const err = await pack.getAnalyzerInfo().then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.match(/policy pack 'tiny-pack' \(.*\) is closed; GetAnalyzerInfo cannot run\. Start the pack again\./);
        });
    });

    describe("starting and stopping", () => {
        it("rejects a pack that fails to compile with its TypeScript error and the fix", async function () {
            this.timeout(120_000);
            const dir = makePack({
                "PulumiPolicy.yaml": "runtime: nodejs\n",
                "package.json": '{"name": "broken-pack", "version": "0.0.1", "main": "index.ts"}',
                "index.ts": 'import * as policy from "@pulumi/policy";\nconst n: number = "not a number";\nnew policy.PolicyPack("broken", { policies: [] });\n',
            });
            try {
                const err = await PolicyPackProcess.start(dir, startOptions).then(
                    () => undefined,
                    (e: Error) => e,
                );
                expect(err?.message).to.match(new RegExp(`The policy pack in ${dir} exited \\(code \\d+\\) before it printed its port`));
                expect(err?.message).to.contain("index.ts(2,7): error TS2322: Type 'string' is not assignable to type 'number'.");
                expect(err?.message).to.contain("Fix the TypeScript error(s) above");
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });
    });
});
