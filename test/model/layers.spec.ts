// The package layering is enforced by lint, not only described: eslint.config.mjs refuses an import
// that goes against the arrows (model ← components ← stacks, model ← policies ← cli, model ← engine ←
// cli), a relative import of another package, and a value-import cycle. These tests run ESLint's own
// API on probe texts placed inside each package, and on the real tree. A second part checks that each
// package's package.json declares every package its sources load, so a packed package installs and
// runs for a consumer.
import { expect } from "chai";
import { ESLint, Linter } from "eslint";
import * as fs from "node:fs";
import { isBuiltin } from "node:module";
import * as path from "node:path";
import * as ts from "typescript";
import { ROOT } from "./importGraph";

/** The lint rules that carry the layering. */
const LAYER_RULES = ["no-restricted-imports", "no-restricted-syntax", "import-x/no-relative-packages", "import-x/no-cycle"];

/** The package folders and the package names they hold (stacks/ belongs to the private root package). */
const PACKAGES: Record<string, string> = {
    model: "@zonesafe/model",
    drills: "@zonesafe/drills",
    components: "@zonesafe/components",
    policies: "@zonesafe/policies",
    engine: "@zonesafe/engine",
    cli: "zonesafe",
    "services/node-guard": "@zonesafe/node-guard",
};

/** The layering as the architecture states it: the zonesafe packages each folder may import. */
const MAY_IMPORT: Record<string, string[]> = {
    model: [],
    drills: ["@zonesafe/model"],
    components: ["@zonesafe/model", "@zonesafe/drills"],
    policies: ["@zonesafe/model"],
    engine: ["@zonesafe/model"],
    cli: ["@zonesafe/model", "@zonesafe/engine", "@zonesafe/policies", "@zonesafe/drills", "@zonesafe/node-guard"],
    stacks: ["@zonesafe/model", "@zonesafe/components"],
    "services/node-guard": ["@zonesafe/model"],
};

const show = (m: Linter.LintMessage): string => `${m.ruleId ?? "fatal"}: ${m.message}`;

describe("package layers", function () {
    // The first lint loads the configuration, the TypeScript parser and import-x.
    this.timeout(120_000);
    const eslint = new ESLint({ cwd: ROOT });

    /** What lint says about `code` placed at `file` (relative to the root). */
    const lint = async (file: string, code: string): Promise<Linter.LintMessage[]> => {
        const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
        return result.messages;
    };
    /** Only the messages of the layering rules (a probe may trip others, unused names for one). */
    const layerMessages = async (file: string, code: string): Promise<Linter.LintMessage[]> =>
        (await lint(file, code)).filter((m) => m.ruleId === null || LAYER_RULES.includes(m.ruleId));

    describe("a deliberate cross-layer import", () => {
        it("refuses @zonesafe/components in policies/, naming the layer rule and the fix", async () => {
            const messages = await lint("policies/probe.ts", 'import "@zonesafe/components";\n');
            expect(messages.map(show)).to.have.length(1);
            const [m] = messages;
            expect(m.ruleId).to.equal("no-restricted-imports");
            expect(m.severity).to.equal(2);
            expect(m.line).to.equal(1);
            expect(m.message).to.contain("policies/ must not import @zonesafe/components");
            expect(m.message).to.contain("model ← policies ← cli");
            expect(m.message).to.contain("the pack sees resources by type token");
            expect(m.message).to.contain("move shared facts to @zonesafe/model");
        });

        it("refuses @zonesafe/engine and its deep modules in components/", async () => {
            for (const spec of ["@zonesafe/engine", "@zonesafe/engine/types"]) {
                const messages = await layerMessages("components/probe.ts", `import "${spec}";\n`);
                expect(messages.map(show), spec).to.have.length(1);
                expect(messages[0].ruleId).to.equal("no-restricted-imports");
                expect(messages[0].message).to.contain("components/ must not import @zonesafe/engine");
            }
        });

        it("refuses a type-only import, a re-export, a require() and an import() across the layers alike", async () => {
            const probes: Array<[string, string]> = [
                ["import type { Finding } from \"@zonesafe/engine/types\";\nexport type F = Finding;\n", "no-restricted-imports"],
                ["export { ThreeNodeMysql } from \"@zonesafe/components\";\n", "no-restricted-imports"],
                ["export const c = require(\"@zonesafe/components\");\n", "no-restricted-syntax"],
                ["export const e = import(\"@zonesafe/engine\");\n", "no-restricted-syntax"],
                ["export const z = require(\"zonesafe\");\n", "no-restricted-syntax"],
            ];
            for (const [code, rule] of probes) {
                const messages = await layerMessages("policies/rules/probe.ts", code);
                expect(messages.map(show), code).to.have.length(1);
                expect(messages[0].ruleId, code).to.equal(rule);
                expect(messages[0].message, code).to.match(/policies\/ must not import (@zonesafe\/(components|engine)|zonesafe \(the command\)) \(layers: /);
            }
        });

        it("allows @zonesafe/model in policies/ and @zonesafe/policies (and its deep modules) in cli/", async () => {
            expect((await lint("policies/probe.ts", 'import "@zonesafe/model";\n')).map(show)).to.deep.equal([]);
            expect((await lint("cli/probe.ts", 'import "@zonesafe/policies";\n')).map(show)).to.deep.equal([]);
            expect((await lint("cli/report/probe.ts", 'import "@zonesafe/policies/values";\nimport "@zonesafe/engine/types";\n')).map(show)).to.deep.equal([]);
        });

        it("allows exactly the arrows: every folder against every zonesafe package", async () => {
            const refused: string[] = [];
            const allowed: string[] = [];
            for (const dir of Object.keys(MAY_IMPORT)) {
                for (const name of Object.values(PACKAGES)) {
                    const messages = await layerMessages(`${dir}/probe.ts`, `import "${name}";\n`);
                    (messages.length > 0 ? refused : allowed).push(`${dir} → ${name}`);
                    if (messages.length > 0) expect(messages[0].message, `${dir} → ${name}`).to.contain(`${dir}/ must not import `);
                }
            }
            const arrows = Object.entries(MAY_IMPORT).flatMap(([dir, names]) => names.map((name) => `${dir} → ${name}`));
            expect(allowed.sort()).to.deep.equal(arrows.sort());
            // A package importing itself by name is refused too: its own modules are a relative path away.
            expect(refused).to.include.members(["cli → zonesafe", "policies → @zonesafe/policies", "model → @zonesafe/model"]);
        });

        it("refuses any package in model/: no zonesafe package, no Pulumi SDK, no Node module", async () => {
            for (const spec of ["@pulumi/pulumi", "node:fs", "yaml"]) {
                const messages = await layerMessages("model/probe.ts", `import "${spec}";\n`);
                expect(messages.map(show), spec).to.have.length(1);
                expect(messages[0].message).to.contain("model/ must not import a package");
            }
            expect((await lint("model/probe.ts", 'import "./zones";\n')).map(show)).to.deep.equal([]);
        });
    });

    describe("relative imports of another package", () => {
        it("refuses ../model from components/", async () => {
            const messages = await layerMessages("components/probe.ts", 'import { ZONE_TAG } from "../model";\nexport const t = ZONE_TAG;\n');
            expect(messages.map(show)).to.have.length(1);
            expect(messages[0].ruleId).to.equal("import-x/no-relative-packages");
            expect(messages[0].message).to.contain("Relative import from another package is not allowed");
        });

        it("refuses ../../policies/values from cli/report/ and names the package import to use", async () => {
            const messages = await layerMessages("cli/report/probe.ts", 'import "../../policies/values";\n');
            expect(messages.map(show)).to.deep.equal([
                "import-x/no-relative-packages: Relative import from another package is not allowed. Use `@zonesafe/policies/values` instead of `../../policies/values`",
            ]);
        });

        it("refuses a relative require() and a stack reaching into components/ by path", async () => {
            const required = await layerMessages("policies/rules/probe.ts", 'export const z = require("../../model/zones");\n');
            expect(required.map((m) => m.ruleId)).to.deep.equal(["import-x/no-relative-packages"]);
            const stack = await layerMessages("stacks/probe.ts", 'import "../components/zones";\n');
            expect(stack.map((m) => m.ruleId)).to.deep.equal(["import-x/no-relative-packages"]);
        });

        it("allows a relative import inside one package", async () => {
            expect((await lint("policies/rules/probe.ts", 'import "../rule";\nimport "./mysql";\n')).map(show)).to.deep.equal([]);
        });
    });

    describe("import cycles", () => {
        it("refuses a module importing the barrel that re-exports it (model/zones.ts → model/index.ts → ./zones)", async () => {
            const messages = await layerMessages("model/zones.ts", 'import "./index";\n');
            expect(messages.map(show)).to.deep.equal(["import-x/no-cycle: Dependency cycle detected"]);
        });

        it("names the route of a longer cycle (policies/topology.ts → the pack's index → its adapters → ./topology)", async () => {
            const messages = await layerMessages("policies/topology.ts", 'import "./index";\n');
            expect(messages.map(show)).to.have.length(1);
            expect(messages[0].ruleId).to.equal("import-x/no-cycle");
            expect(messages[0].message).to.match(/^Dependency cycle via "\.\/adapters:\d+"$/);
        });

        it("leaves type-only cycles to importCycles.spec.ts (they do not change the order modules initialise in)", async () => {
            const messages = await layerMessages("model/zones.ts", 'import type { ZoneId } from "./index";\nexport type Z = ZoneId;\n');
            expect(messages.map(show)).to.deep.equal([]);
        });
    });

    it("finds no layer violation and no cycle in the real packages and stacks", async () => {
        // Only the layering rules run here: the rest of lint has its own run.
        const layersOnly = new ESLint({ cwd: ROOT, ruleFilter: ({ ruleId }) => LAYER_RULES.includes(ruleId) });
        const dirs = [...Object.keys(PACKAGES), "stacks"];
        const results = await layersOnly.lintFiles(dirs);
        for (const dir of dirs) {
            const linted = results.filter((r) => r.filePath.startsWith(path.join(ROOT, dir) + path.sep));
            expect(linted.length, `${dir}/ files linted`).to.be.greaterThan(dir === "model" ? 3 : 5);
        }
        const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${show(m)}`));
        expect(problems).to.deep.equal([]);
    });
});

/** A bare module a source file loads, and whether only for its types. */
interface BareImport {
    spec: string;
    typeOnly: boolean;
}

/**
 * The bare (non-relative) module specifiers a source text imports, re-exports, requires, imports
 * dynamically or resolves with `require.resolve`, each marked type-only when it is erased at run time
 * (`import type`, `export type`, `import("…")` in a type).
 */
function bareImports(fileName: string, text: string): BareImport[] {
    const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, fileName.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS);
    const found: BareImport[] = [];
    const isRequire = (e: ts.Expression): boolean =>
        (ts.isIdentifier(e) && e.text === "require") ||
        e.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "require" && e.name.text === "resolve");
    const visit = (node: ts.Node): void => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
            const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
            found.push({ spec: node.moduleSpecifier.text, typeOnly });
        } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
            found.push({ spec: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
        } else if (ts.isCallExpression(node) && isRequire(node.expression) && node.arguments.length >= 1 && ts.isStringLiteral(node.arguments[0])) {
            found.push({ spec: node.arguments[0].text, typeOnly: false });
        } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
            found.push({ spec: node.argument.literal.text, typeOnly: true });
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found.filter(({ spec }) => !spec.startsWith(".") && !path.isAbsolute(spec));
}

/** The package a bare specifier names: `@scope/name` or `name`. */
const packageOf = (spec: string): string => spec.split("/").slice(0, spec.startsWith("@") ? 2 : 1).join("/");

/** A package.json's fields that make a module available to the package's code for a consumer. */
interface Manifest {
    name: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
}

/**
 * The imports a package's manifest does not declare, as "file: spec". Node's built-in modules and the
 * package itself need no entry; a type-only import needs none when its types come from an `@types`
 * package (`hasTypesPackage`), since nothing of it is loaded at run time.
 */
function undeclared(manifest: Manifest, files: ReadonlyArray<{ file: string; text: string }>, hasTypesPackage: (name: string) => boolean): string[] {
    const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    const missing: string[] = [];
    for (const { file, text } of files) {
        for (const { spec, typeOnly } of bareImports(file, text)) {
            const name = packageOf(spec);
            if (isBuiltin(spec) || name === manifest.name || declared.has(name)) continue;
            if (typeOnly && hasTypesPackage(name)) continue;
            missing.push(`${file}: ${spec}`);
        }
    }
    return missing;
}

/** The TypeScript and JavaScript sources of a folder, compiled output, `.d.ts` and node_modules left out. */
function packageSources(dir: string): string[] {
    const out: string[] = [];
    const walk = (abs: string): void => {
        for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
            const p = path.join(abs, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== "node_modules" && entry.name !== "dist") walk(p);
            } else if (/\.(ts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
                out.push(p);
            }
        }
    };
    walk(path.join(ROOT, dir));
    return out.sort();
}

/** Whether the workspace installs `@types/<name>` (`@scope/name` → `@types/scope__name`). */
const hasTypesPackage = (name: string): boolean => fs.existsSync(path.join(ROOT, "node_modules", "@types", name.replace(/^@/, "").replace("/", "__")));

describe("package manifests", () => {
    describe("the import reader", () => {
        it("reads every form of loading a bare module, marks the erased ones and skips relative paths", () => {
            const text = [
                'import * as pulumi from "@pulumi/pulumi";',
                'import type { Policy } from "@pulumi/policy";',
                'export { parse } from "yaml";',
                'export type { Command } from "commander";',
                'import "./local";',
                'const g = require("@grpc/grpc-js");',
                'const later = () => import("@hpcc-js/wasm-graphviz");',
                'const where = require.resolve("tsx/cjs");',
                'let s: import("google-protobuf").Message;',
                'import fs = require("node:fs");',
            ].join("\n");
            expect(bareImports("x.ts", text)).to.deep.equal([
                { spec: "@pulumi/pulumi", typeOnly: false },
                { spec: "@pulumi/policy", typeOnly: true },
                { spec: "yaml", typeOnly: false },
                { spec: "commander", typeOnly: true },
                { spec: "@grpc/grpc-js", typeOnly: false },
                { spec: "@hpcc-js/wasm-graphviz", typeOnly: false },
                { spec: "tsx/cjs", typeOnly: false },
                { spec: "google-protobuf", typeOnly: true },
                { spec: "node:fs", typeOnly: false },
            ]);
        });

        it("reports an undeclared package, not a declared, built-in, own or @types-only one", () => {
            const manifest: Manifest = { name: "@zonesafe/engine", dependencies: { yaml: "2.9.1" }, peerDependencies: { "@pulumi/policy": "^1.21.0" } };
            const files = [
                {
                    file: "engine/x.ts",
                    text: [
                        'import "yaml";',
                        'import "@pulumi/policy/deserialize";',
                        'import "fs";',
                        'import "@zonesafe/engine/watchdog.js";',
                        'import type { Node } from "estree";',
                        'import "ajv";',
                        'import type { Message } from "google-protobuf";',
                    ].join("\n"),
                },
            ];
            expect(undeclared(manifest, files, (name) => name === "estree")).to.deep.equal(["engine/x.ts: ajv", "engine/x.ts: google-protobuf"]);
        });
    });

    for (const [dir, name] of Object.entries(PACKAGES)) {
        it(`${dir}/package.json (${name}) declares every package its sources load`, () => {
            const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, dir, "package.json"), "utf8")) as Manifest;
            expect(manifest.name).to.equal(name);
            const files = packageSources(dir).map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, "utf8") }));
            expect(files.length, `${dir}/ has sources`).to.be.greaterThan(0);
            expect(undeclared(manifest, files, hasTypesPackage), `add these to ${dir}/package.json dependencies (or peerDependencies)`).to.deep.equal([]);
        });
    }

    it("stacks/ loads only packages the root package.json declares", () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as Manifest;
        const files = packageSources("stacks").map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, "utf8") }));
        expect(undeclared(manifest, files, hasTypesPackage)).to.deep.equal([]);
    });

    it("pins each exact dependency at the version the workspace lockfile installs", () => {
        const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
            packages: Record<string, { version?: string; link?: boolean; resolved?: string }>;
        };
        const installed = (dep: string): string | undefined => {
            const entry = lock.packages[`node_modules/${dep}`];
            if (entry?.link && entry.resolved !== undefined) return lock.packages[entry.resolved]?.version;
            return entry?.version;
        };
        const mismatches: string[] = [];
        let checked = 0;
        for (const dir of Object.keys(PACKAGES)) {
            const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, dir, "package.json"), "utf8")) as Manifest;
            for (const [dep, version] of Object.entries(manifest.dependencies ?? {})) {
                if (!/^\d+\.\d+\.\d+$/.test(version)) continue;
                checked++;
                if (installed(dep) !== version) mismatches.push(`${dir}/package.json ${dep} ${version}: the lockfile installs ${installed(dep) ?? "nothing"}`);
            }
        }
        expect(checked).to.be.greaterThan(10);
        expect(mismatches).to.deep.equal([]);
    });
});
