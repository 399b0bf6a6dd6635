// The compiled copy of a pack that imports TypeScript sources from outside its directory (as zonesafe's
// pack imports the shared model beside it): those sources are part of the key and of the copy's layout.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { resolveRunPolicyPack } from "../../engine/analyzer";
import { packCacheKey } from "../../engine/packCache";
import { TINY_PACK } from "./tinyStack";

const ROOT = path.resolve(__dirname, "../..");

describe("engine/packCache: sources outside the pack's directory", () => {
    const runner = resolveRunPolicyPack(TINY_PACK);

    it("keys the pack by the content of the sources it imports from beside it, and mirrors their common directory", () => {
        const parent = fs.mkdtempSync(path.join(ROOT, "test", "fixtures", "packs", ".tmp-outside-"));
        const pack = path.join(parent, "pack");
        const shared = path.join(parent, "shared");
        try {
            fs.mkdirSync(pack);
            fs.mkdirSync(shared);
            for (const f of fs.readdirSync(TINY_PACK)) {
                if (f !== "node_modules") fs.copyFileSync(path.join(TINY_PACK, f), path.join(pack, f));
            }
            fs.writeFileSync(path.join(shared, "facts.ts"), 'export { LIMIT } from "./limits";\n');
            fs.writeFileSync(path.join(shared, "limits.ts"), "export const LIMIT = 3;\n");
            fs.appendFileSync(path.join(pack, "index.ts"), '\nimport { LIMIT } from "../shared/facts";\nvoid LIMIT;\n');

            const a = packCacheKey(pack, runner) as { key: string; outside: string[]; root: string };
            expect(a.outside, "transitively imported sources").to.deep.equal([path.join(shared, "facts.ts"), path.join(shared, "limits.ts")]);
            expect(a.root).to.equal(parent);
            expect((packCacheKey(pack, runner) as { key: string }).key).to.equal(a.key);
            fs.writeFileSync(path.join(shared, "limits.ts"), "export const LIMIT = 4;\n");
            expect((packCacheKey(pack, runner) as { key: string }).key, "a change beside the pack is a new copy").to.not.equal(a.key);
        } finally {
            fs.rmSync(parent, { recursive: true, force: true });
        }
    });

    it("leaves a pack whose main is JavaScript as it is: zonesafe's own pack, built to dist/, starts without a copy", () => {
        const k = packCacheKey(path.join(ROOT, "policies"), resolveRunPolicyPack(path.join(ROOT, "policies")));
        expect(k).to.deep.equal({ reason: "its main is compiled JavaScript already (nothing to compile)" });
        const pack = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-built-pack-"));
        try {
            fs.writeFileSync(path.join(pack, "PulumiPolicy.yaml"), "runtime: nodejs\n");
            fs.writeFileSync(path.join(pack, "index.ts"), "export const A = 1;\n");
            fs.writeFileSync(path.join(pack, "package.json"), JSON.stringify({ name: "p", version: "1.0.0", main: "index.ts" }));
            expect(packCacheKey(pack, resolveRunPolicyPack(ROOT))).to.have.property("key");
            fs.writeFileSync(path.join(pack, "package.json"), JSON.stringify({ name: "p", version: "1.0.0", main: "lib/index.js" }));
            expect(packCacheKey(pack, resolveRunPolicyPack(ROOT))).to.have.property("reason").that.matches(/main is compiled JavaScript/);
        } finally {
            fs.rmSync(pack, { recursive: true, force: true });
        }
    });
});
