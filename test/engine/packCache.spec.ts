// The compiled copy of a policy pack (engine/packCache.ts): built by the runner's own ts-node, keyed by
// content, reported under the pack's own name and version, never built for a pack that fails to
// type-check (which then fails exactly as the engine's start fails), and not built where it would
// resolve modules differently.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { PolicyPackProcess, resolveRunPolicyPack } from "../../engine/analyzer";
import { compiledPack, existingCopy, packCacheKey, packCacheRoot } from "../../engine/packCache";
import { ORG, PROJECT, STACK, TINY_PACK } from "./tinyStack";

const startOptions = { project: PROJECT, stack: STACK, organization: ORG, dryRun: true, config: {} };
const ROOT = path.resolve(__dirname, "../..");

/** Copies the tiny pack into a fresh directory inside this repository (so that it resolves this project's modules). */
function copyOfTinyPack(): string {
    const parent = path.join(ROOT, "test", "fixtures", "packs");
    const dir = fs.mkdtempSync(path.join(parent, ".tmp-pack-"));
    for (const f of fs.readdirSync(TINY_PACK)) {
        if (f !== "node_modules") fs.copyFileSync(path.join(TINY_PACK, f), path.join(dir, f));
    }
    return dir;
}

describe("engine/packCache", () => {
    const runner = resolveRunPolicyPack(TINY_PACK);

    it("keys a pack by its content: the same files give the same key, any change a new one", () => {
        const dir = copyOfTinyPack();
        try {
            const a = packCacheKey(dir, runner);
            const b = packCacheKey(dir, runner);
            expect(a).to.have.property("key").that.matches(/^[0-9a-f]{32}$/);
            expect(b).to.deep.equal(a);
            fs.appendFileSync(path.join(dir, "index.ts"), "\n// changed\n");
            expect((packCacheKey(dir, runner) as { key: string }).key).to.not.equal((a as { key: string }).key);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("gives no copy to packs it does not cover, saying why", () => {
        const dir = copyOfTinyPack();
        try {
            const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
            fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ ...pkg, type: "module" }));
            expect(packCacheKey(dir, runner)).to.deep.equal({ reason: "it is an ES module package" });
            fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
            fs.writeFileSync(path.join(dir, "view.tsx"), "export const x = 1;\n");
            expect(packCacheKey(dir, runner)).to.deep.equal({ reason: "it has view.tsx, which the copy does not cover" });
            fs.rmSync(path.join(dir, "view.tsx"));
            fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
            expect(packCacheKey(dir, runner)).to.deep.equal({ reason: "its node_modules is a symbolic link" });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("builds the copy once, with the compiled entry, and starts the pack from it under the pack's own name and version", async function () {
        this.timeout(180_000);
        const dir = copyOfTinyPack();
        try {
            const built = await compiledPack(dir, runner);
            expect(built).to.have.property("built", true);
            const copy = (built as { dir: string }).dir;
            expect(copy.startsWith(packCacheRoot(dir))).to.equal(true);
            expect(JSON.parse(fs.readFileSync(path.join(copy, "package.json"), "utf8"))).to.deep.include({ name: "zonesafe-tiny-pack", version: "0.1.0", main: "index.js" });
            expect(fs.readFileSync(path.join(copy, "index.js"), "utf8")).to.match(/sourceMappingURL=data:application\/json/);
            expect(fs.existsSync(path.join(copy, "index.ts"))).to.equal(false);
            expect(await compiledPack(dir, runner)).to.deep.equal({ dir: copy, built: false });

            const cached = await PolicyPackProcess.start(dir, { ...startOptions, packCache: true });
            const exact = await PolicyPackProcess.start(dir, startOptions);
            try {
                expect(cached.runDir).to.equal(copy);
                expect(cached.dir).to.equal(exact.dir);
                expect(exact.runDir).to.equal(dir);
                expect(await cached.getAnalyzerInfo()).to.deep.equal(await exact.getAnalyzerInfo());
                expect(await cached.getPluginInfo()).to.deep.equal(await exact.getPluginInfo());
            } finally {
                await Promise.all([cached.close(), exact.close()]);
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("leaves no copy of a pack that fails to type-check, which then fails as the engine's start fails", async function () {
        this.timeout(180_000);
        const dir = copyOfTinyPack();
        try {
            fs.appendFileSync(path.join(dir, "index.ts"), '\nconst wrong: number = "not a number";\nexport { wrong };\n');
            const result = await compiledPack(dir, runner);
            expect(result).to.have.property("reason").that.matches(/building the compiled copy failed/);
            const key = (packCacheKey(dir, runner) as { key: string }).key;
            expect(existingCopy(dir, key)).to.equal(undefined);
            const failure = (opts: object) =>
                PolicyPackProcess.start(dir, { ...startOptions, ...opts }).then(
                    (p) => p.close().then(() => "started"),
                    (e: Error) => e.message,
                );
            const [withCache, exact] = await Promise.all([failure({ packCache: true }), failure({})]);
            expect(withCache).to.contain("error TS2322: Type 'string' is not assignable to type 'number'.");
            expect(withCache).to.equal(exact);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("kills the build and the pack when the start is cancelled", async function () {
        this.timeout(60_000);
        const dir = copyOfTinyPack();
        try {
            const abort = new AbortController();
            const pids: number[] = [];
            const started = PolicyPackProcess.start(dir, { ...startOptions, packCache: true, signal: abort.signal, onSpawn: (pid) => pids.push(pid) });
            await new Promise((resolve) => setTimeout(resolve, 300));
            abort.abort();
            const err = await started.then(
                () => undefined,
                (e: Error) => e,
            );
            expect(err?.message).to.match(/was cancelled/);
            expect(pids.length).to.be.greaterThan(0);
            await new Promise((resolve) => setTimeout(resolve, 200));
            for (const pid of pids) expect(() => process.kill(pid, 0)).to.throw();
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
