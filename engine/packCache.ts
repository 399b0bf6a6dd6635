/**
 * A compiled copy of a TypeScript policy pack, so that starting it does not type-check it again.
 *
 * The engine starts a Node.js pack with `@pulumi/pulumi/cmd/run-policy-pack`, which always registers
 * ts-node with `typeCheck: true`: every start type-checks every policy file, seconds of CPU before the
 * pack serves. The compiled copy is what that ts-node would run, made once per content:
 *
 * - the copy is built by the runner's own ts-node (the same `typescript` and `ts-node` modules, the
 *   same options `run-policy-pack` registers, the pack's tsconfig.json), whose `compile()` type-checks
 *   each file and returns exactly the JavaScript (with its source map, naming the original file) that
 *   ts-node hands Node at run time. A file that fails the type check leaves no copy: the pack then
 *   starts as the engine starts it, and fails with the engine's error;
 * - every other file of the pack is copied as it is; package.json's `main` names the compiled entry,
 *   and nothing else changes (name and version are the pack's own);
 * - the copy lives in `<pack>/node_modules/.cache/zonesafe/packs/<key>/`, inside the pack's own
 *   `node_modules`, so that every `require` from it resolves through the same `node_modules` chain as
 *   from the pack (the extra directories in front of it hold no packages);
 * - the key hashes every file of the pack, the runner, the versions of `typescript`, `ts-node` and the
 *   pack's dependencies, and the `TS_NODE_*` environment: a change to any of them builds a new copy.
 *
 * The runner then starts in the copy's directory with the same arguments and environment; ts-node is
 * still registered but has no TypeScript file left to check. What differs from the engine's start:
 * the pack's working directory and `__dirname` are the copy's (files read relative to either still
 * exist there), and a type error that only a file's place in ts-node's growing program would reveal
 * is not looked for beyond what compiling every file reports. `--no-pack-cache` starts the pack
 * exactly as the engine does.
 *
 * A TypeScript source outside the pack's directory that the pack reaches by a relative import (a
 * shared model beside the pack, `../model`) is compiled into the copy too, at the same place relative
 * to the pack, and its content is part of the key: the copy mirrors the directory holding both, and
 * the runner starts in the pack's place in it.
 *
 * A pack whose package.json `main` is JavaScript (a built pack, such as `@zonesafe/policies`, whose
 * `main` is `dist/index.js`) has nothing to compile and starts as the engine starts it.
 *
 * Packs the copy does not cover start as the engine starts them: ES module packs (`"type": "module"`,
 * `.mts`), `.tsx`/`.cts` files, `allowJs`, a `.js` file next to a `.ts` of the same name, a `.ts` file
 * ts-node would not compile, a relative import of something other than a TypeScript source outside the
 * pack's directory, a `node_modules` that is a symbolic link, and a pack directory that cannot be written. A copy is removed only when it is an hour old and three newer ones of the pack exist.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import { createRequire } from "module";
import * as path from "path";
import { spawnSupervised } from "./supervisor";

/** Bumped when the layout of a copy changes, so older copies are not used. */
const FORMAT = "zonesafe-pack-cache/2";

/** The file that marks a complete copy (written last). */
const MARKER = ".zonesafe-pack.json";

/** How many copies of one pack are kept (the newest). */
const KEEP = 3;

/** Where the copies of a pack's compiled versions live. */
export function packCacheRoot(packDir: string): string {
    return path.join(path.resolve(packDir), "node_modules", ".cache", "zonesafe", "packs");
}

/** Every file of the pack (relative paths, sorted), leaving out `node_modules` and dot-directories. */
function packFiles(packDir: string): string[] {
    const out: string[] = [];
    const walk = (rel: string) => {
        for (const entry of fs.readdirSync(path.join(packDir, rel), { withFileTypes: true })) {
            const r = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
                walk(r);
            } else if (entry.isFile()) {
                out.push(r);
            }
        }
    };
    walk("");
    return out.sort();
}

/** Relative module specifiers of a TypeScript source (imports, re-exports, requires, dynamic imports). */
const RELATIVE_SPEC = /(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']*)["']/gm;

/** The `.ts` file a relative specifier of `from` names, if any. */
function resolveSource(from: string, spec: string): string | undefined {
    const base = path.resolve(path.dirname(from), spec);
    for (const f of [base, `${base}.ts`, path.join(base, "index.ts")]) {
        if (f.endsWith(".ts") && fs.existsSync(f) && fs.statSync(f).isFile()) return f;
    }
    return undefined;
}

/**
 * The TypeScript sources outside the pack's directory that its sources reach by relative imports
 * (transitively), as absolute paths, sorted.
 */
function outsideSources(dir: string, files: string[]): string[] {
    const inside = (f: string) => f === dir || f.startsWith(dir + path.sep);
    const seen = new Set<string>();
    const queue = files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).map((f) => path.join(dir, f));
    while (queue.length > 0) {
        const file = queue.pop()!;
        for (const m of fs.readFileSync(file, "utf8").matchAll(RELATIVE_SPEC)) {
            const target = resolveSource(file, m[1]);
            if (target && !inside(target) && !target.split(path.sep).includes("node_modules") && !seen.has(target)) {
                seen.add(target);
                queue.push(target);
            }
        }
    }
    return [...seen].sort();
}

/** The deepest directory holding `dir` and every file of `files`. */
function commonRoot(dir: string, files: string[]): string {
    let root = dir;
    for (const f of files) {
        while (!(f.startsWith(root + path.sep))) root = path.dirname(root);
    }
    return root;
}

function packageVersion(resolveFrom: NodeRequire, name: string): string {
    try {
        const file = resolveFrom.resolve(`${name}/package.json`);
        return `${name}@${JSON.parse(fs.readFileSync(file, "utf8")).version}:${fs.realpathSync(file)}`;
    } catch {
        return `${name}@none`;
    }
}

/** Why a pack cannot have a compiled copy, or `undefined` when it can. */
function unsupported(packDir: string, files: string[]): string | undefined {
    let pkg: Record<string, unknown>;
    try {
        pkg = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")) as Record<string, unknown>;
    } catch {
        return "its package.json cannot be read";
    }
    if (pkg.type === "module") return "it is an ES module package";
    if (typeof pkg.main === "string" && /\.[cm]?js$/.test(pkg.main)) return "its main is compiled JavaScript already (nothing to compile)";
    const set = new Set(files);
    for (const f of files) {
        if (/\.(mts|cts|tsx)$/.test(f)) return `it has ${f}, which the copy does not cover`;
        if (f.endsWith(".ts") && !f.endsWith(".d.ts") && set.has(f.slice(0, -3) + ".js")) return `${f} has a compiled ${f.slice(0, -3)}.js next to it`;
    }
    return undefined;
}

/** The key of a pack's compiled copy, or why it has none. */
export function packCacheKey(packDir: string, runner: string): { key: string; files: string[]; outside: string[]; root: string } | { reason: string } {
    const dir = path.resolve(packDir);
    let files: string[];
    try {
        files = packFiles(dir);
    } catch (e) {
        return { reason: `its files cannot be listed (${(e as Error).message})` };
    }
    const reason = unsupported(dir, files);
    if (reason) return { reason };
    const modules = path.join(dir, "node_modules");
    if (fs.existsSync(modules) && fs.lstatSync(modules).isSymbolicLink()) {
        // A copy inside a linked node_modules would resolve modules from the link's target upwards,
        // not from the pack's directory upwards.
        return { reason: "its node_modules is a symbolic link" };
    }
    const outside = outsideSources(dir, files);
    const root = commonRoot(dir, outside);
    const hash = createHash("sha256");
    hash.update(`${FORMAT}\0${fs.realpathSync(runner)}\0`);
    const fromRunner = createRequire(runner);
    for (const name of ["@pulumi/pulumi", "typescript", "ts-node"]) hash.update(`${packageVersion(fromRunner, name)}\0`);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    const fromPack = createRequire(path.join(dir, "package.json"));
    const deps = [...new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})])].sort();
    for (const name of deps) hash.update(`${packageVersion(fromPack, name)}\0`);
    for (const [k, v] of Object.entries(process.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (k.startsWith("TS_NODE_")) hash.update(`${k}=${v}\0`);
    }
    for (const f of files) {
        hash.update(`${f}\0`);
        hash.update(fs.readFileSync(path.join(dir, f)));
        hash.update("\0");
    }
    for (const f of outside) {
        hash.update(`${path.relative(root, f)}\0`);
        hash.update(fs.readFileSync(f));
        hash.update("\0");
    }
    return { key: hash.digest("hex").slice(0, 32), files, outside, root };
}

/** The directory of the pack's compiled copy for `key`, when one is complete. */
export function existingCopy(packDir: string, key: string): string | undefined {
    const dir = path.join(packCacheRoot(packDir), key);
    const marker = markerOf(dir) as { packPath?: string } | undefined;
    return marker ? path.join(dir, marker.packPath ?? "") : undefined;
}

/** The result of {@link compiledPack}: the directory to start the runner in, or why there is none. */
export type CompiledPackResult = { dir: string; built: boolean } | { reason: string };

/**
 * Finds the compiled copy of the pack in `packDir`, building it (in a child process, so that this
 * process goes on) when there is none; resolves with its directory, or with why the pack must start
 * as the engine starts it.
 */
export async function compiledPack(
    packDir: string,
    runner: string,
    opts: { signal?: AbortSignal; onSpawn?: (pid: number) => void } = {},
): Promise<CompiledPackResult> {
    const k = packCacheKey(packDir, runner);
    if ("reason" in k) return k;
    const found = existingCopy(packDir, k.key);
    if (found) return { dir: found, built: false };
    const out = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawnSupervised([__filename, path.resolve(packDir), runner, k.key], {
            execArgs: ["--require", require.resolve("tsx/cjs")],
            cwd: path.resolve(packDir),
            env: process.env,
            stdio: ["ignore", "ignore", "pipe"],
        });
        if (child.pid !== undefined) opts.onSpawn?.(child.pid);
        const onAbort = () => child.kill("SIGKILL");
        opts.signal?.addEventListener("abort", onAbort, { once: true });
        child.on("exit", () => opts.signal?.removeEventListener("abort", onAbort));
        let stderr = "";
        child.stderr?.setEncoding("utf8");
        child.stderr?.on("data", (c: string) => {
            if (stderr.length < 64 * 1024) stderr += c;
        });
        child.on("error", (e) => resolve({ code: -1, stderr: e.message }));
        child.on("close", (code) => resolve({ code, stderr }));
    });
    const built = existingCopy(packDir, k.key);
    if (built) return { dir: built, built: true };
    const why = out.stderr.trim().split("\n").pop() ?? "";
    return { reason: `building the compiled copy failed (exit ${out.code})${why ? `: ${why.slice(0, 300)}` : ""}` };
}

/**
 * Builds the compiled copy of the pack in `packDir` under `key` with the runner's ts-node, in this
 * process (the child {@link compiledPack} starts). Throws when a file does not compile.
 */
export function buildCompiledPack(packDir: string, runner: string, key: string): string {
    const dir = path.resolve(packDir);
    const k = packCacheKey(dir, runner);
    if ("reason" in k) throw new Error(`no compiled copy: ${k.reason}`);
    if (k.key !== key) throw new Error("the pack changed while its compiled copy was being built");
    // The runner's modules, resolved as `run-policy-pack/run.js` resolves them, with the pack as cwd.
    const runJs = path.join(path.dirname(runner), "run.js");
    const fromRun = createRequire(runJs);
    const tsutils = fromRun("../../tsutils") as {
        typeScriptRequireStrings(): { tsnodeRequire: string; typescriptRequire: string };
        loadTypeScriptCompilerOptions(file: string): Record<string, unknown>;
    };
    process.chdir(dir);
    const tsConfigPath = "tsconfig.json";
    const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
    const skipProject = !fs.existsSync(tsConfigPath);
    const compilerOptions = tsutils.loadTypeScriptCompilerOptions(tsConfigPath);
    const tsn = fromRun(tsnodeRequire) as {
        create?: (opts: object) => TsNodeService;
        register: (opts: object) => TsNodeService;
    };
    const ts = fromRun(typescriptRequire) as { version: string };
    const [major, minor] = ts.version.split(".").map(Number);
    const useNodeNext = major > 4 || (major === 4 && minor >= 7);
    const options = {
        typeCheck: true,
        skipProject,
        compiler: typescriptRequire,
        compilerOptions: {
            target: "ES2020",
            module: useNodeNext ? "nodenext" : "commonjs",
            moduleResolution: useNodeNext ? "nodenext" : "node",
            sourceMap: "true",
            ...compilerOptions,
        },
    };
    const service = tsn.create ? tsn.create(options) : tsn.register(options);
    const compiled = new Set(service.extensions?.compiled ?? [".ts"]);
    if (compiled.has(".js")) throw new Error("no compiled copy: the pack's compiler options allow JavaScript (allowJs)");

    const root = packCacheRoot(dir);
    fs.mkdirSync(root, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(root, `${key}.tmp-`));
    // The copy mirrors the directory holding the pack and the sources it imports from outside it, so
    // that a relative import resolves in the copy as in the original.
    const packPath = path.relative(k.root, dir);
    const sources = [...k.files.map((rel) => ({ rel, src: path.join(dir, rel), out: path.join(packPath, rel) })), ...k.outside.map((src) => ({ rel: path.relative(dir, src), src, out: path.relative(k.root, src) }))];
    try {
        for (const { rel, src, out } of sources) {
            const isSource = rel.endsWith(".ts") && !rel.endsWith(".d.ts");
            if (isSource && service.ignored(src)) throw new Error(`no compiled copy: ts-node would not compile ${rel}`);
            const target = path.join(tmp, isSource ? out.slice(0, -3) + ".js" : out);
            fs.mkdirSync(path.dirname(target), { recursive: true });
            if (isSource) {
                const js = service.compile(fs.readFileSync(src, "utf8"), src);
                for (const m of js.matchAll(/\b(?:require|import)\(\s*["'](\.{1,2}\/[^"']*)["']\s*\)/g)) {
                    const resolved = path.resolve(path.dirname(src), m[1]);
                    if (resolved !== k.root && !resolved.startsWith(k.root + path.sep)) {
                        throw new Error(`no compiled copy: ${rel} loads ${m[1]}, which the copy does not hold`);
                    }
                }
                fs.writeFileSync(target, js);
            } else if (rel === "package.json") {
                const pkg = JSON.parse(fs.readFileSync(src, "utf8")) as Record<string, unknown>;
                if (typeof pkg.main === "string" && /\.ts$/.test(pkg.main) && !pkg.main.endsWith(".d.ts")) pkg.main = pkg.main.slice(0, -3) + ".js";
                fs.writeFileSync(target, JSON.stringify(pkg, null, 2) + "\n");
            } else if (rel !== tsConfigPath) {
                // tsconfig.json stays behind: with nothing left to compile, the runner's defaults do.
                fs.copyFileSync(src, target);
            }
        }
        fs.writeFileSync(path.join(tmp, MARKER), JSON.stringify({ format: FORMAT, key, pack: dir, packPath, builtAt: new Date().toISOString() }, null, 2) + "\n");
        const final = path.join(root, key);
        try {
            fs.renameSync(tmp, final);
        } catch (e) {
            // Another run built the same copy first: keep theirs.
            if (!existingCopy(dir, key)) throw e;
            fs.rmSync(tmp, { recursive: true, force: true });
        }
        prune(root, key, dir);
        return path.join(final, packPath);
    } catch (e) {
        fs.rmSync(tmp, { recursive: true, force: true });
        throw e;
    }
}

/** What the builder uses of a ts-node service. */
interface TsNodeService {
    compile(code: string, fileName: string): string;
    ignored(fileName: string): boolean;
    extensions?: { compiled: string[] };
}

/** How old a copy (or an abandoned build) must be before it may be removed: no run still uses it. */
const STALE_MS = 3_600_000;

/**
 * Removes this pack's older copies, keeping `current` and the newest {@link KEEP} in all, and builds
 * abandoned long ago; copies made in the last hour stay (a run may still be using one).
 */
function prune(root: string, current: string, packDir: string): void {
    const now = Date.now();
    const all = fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
    const old = (p: string) => now - fs.statSync(p).mtimeMs > STALE_MS;
    for (const e of all) {
        const p = path.join(root, e.name);
        if (/\.tmp-/.test(e.name) && old(p)) fs.rmSync(p, { recursive: true, force: true });
    }
    const entries = all
        .filter((e) => /^[0-9a-f]{32}$/.test(e.name) && e.name !== current)
        .map((e) => ({ name: e.name, dir: path.join(root, e.name) }))
        .filter((e) => markerOf(e.dir)?.pack === packDir)
        .map((e) => ({ ...e, mtime: fs.statSync(e.dir).mtimeMs }))
        .sort((a, b) => b.mtime - a.mtime);
    for (const e of entries.slice(KEEP - 1)) if (now - e.mtime > STALE_MS) fs.rmSync(e.dir, { recursive: true, force: true });
}

function markerOf(dir: string): { pack?: string } | undefined {
    try {
        return JSON.parse(fs.readFileSync(path.join(dir, MARKER), "utf8")) as { pack?: string };
    } catch {
        return undefined;
    }
}

if (require.main === module) {
    const [packDir, runner, key] = process.argv.slice(2);
    try {
        buildCompiledPack(packDir, runner, key);
    } catch (e) {
        process.stderr.write(`${(e as Error).message.split("\n").slice(0, 20).join("\n")}\n`);
        process.exit(1);
    }
}
