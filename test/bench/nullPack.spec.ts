import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { writeNullPack } from "../../bench/nullPack";
import { PolicyPackProcess } from "../../engine/analyzer";
import { evaluatePolicyPacks } from "../../engine/evaluate";
import { POLICY_METADATA } from "../../policies/metadata";
import { retailProdStack } from "../resilience/fixtures";

// Inside the project's node_modules, so that the pack's `require("@pulumi/policy")` resolves.
const DIR = path.resolve(__dirname, "../../node_modules/.cache/zonesafe-test", `null-pack-${process.pid}`);

describe("bench/nullPack: the policy SDK's floor", function () {
    this.timeout(180_000);
    before(() => writeNullPack(DIR));
    after(() => {
        fs.rmSync(DIR, { recursive: true, force: true });
        try {
            // The shared parent goes too, unless another run's pack is still in it.
            fs.rmdirSync(path.dirname(DIR));
        } catch {
            // not empty
        }
    });

    it("declares zonesafe's policies by name, each a resource or stack policy as in zonesafe", async () => {
        const shape = /const SHAPE = (.*);\n/.exec(fs.readFileSync(path.join(DIR, "index.js"), "utf8"))?.[1];
        expect(JSON.parse(shape ?? "[]")).to.deep.equal(Object.values(POLICY_METADATA).map((m) => ({ name: m.name, kind: m.kind, remediates: m.remediates })));
        const pack = await PolicyPackProcess.start(DIR, { project: "zonesafe", stack: "retail-prod", organization: "org", dryRun: true, config: {} });
        try {
            const info = await pack.getAnalyzerInfo();
            expect(info.policies.map((p) => p.name)).to.deep.equal(Object.keys(POLICY_METADATA).sort());
        } finally {
            await pack.close();
        }
    });

    it("evaluates a stack through every call zonesafe's pack gets, and finds nothing", async () => {
        const stack = retailProdStack();
        const result = await evaluatePolicyPacks(stack, [{ dir: DIR }]);
        expect(result.findings).to.deep.equal([]);
        expect(result.packs.map((p) => p.name)).to.deep.equal(["zonesafe-null"]);
        expect(result.stack.resources).to.have.length(stack.resources.length);
    });
});
