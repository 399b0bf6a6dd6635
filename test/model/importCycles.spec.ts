// No import cycle in the layers that will become packages (the model, the components, the policy
// pack, the reference stacks): a cycle makes the order in which modules initialise decide what a
// module sees, and no package graph can hold one. The graph counts every import, type-only ones too.
import { expect } from "chai";
import * as path from "path";
import { findCycles, importGraph, importSpecifiers, ROOT, sourceFiles } from "./importGraph";

const LAYERS = ["model", "components", "policies", "stacks"];

const show = (cycle: readonly string[]): string => cycle.map((f) => path.relative(ROOT, f)).join(" → ");

describe("import cycles", () => {
    describe("the cycle finder", () => {
        const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

        it("finds a two-module cycle, a longer one and a module importing itself", () => {
            const cycles = findCycles(graph({ a: ["b"], b: ["a"], c: ["d"], d: ["e"], e: ["c", "f"], f: [], g: ["g"] }));
            expect(cycles.map((c) => c.join(">")).sort()).to.deep.equal(["a>b>a", "c>d>e>c", "g>g"]);
        });

        it("finds none in a graph without one, diamonds and edges out of the graph included", () => {
            expect(findCycles(graph({ a: ["b", "c"], b: ["d"], c: ["d"], d: ["outside"] }))).to.deep.equal([]);
        });

        it("reads imports, type-only imports, re-exports and requires, relative ones only", () => {
            const text = [
                'import { a } from "./a";',
                'import type { B } from "../b";',
                'export { c } from "./c";',
                'export * from "./d";',
                'const e = require("./e");',
                'import * as pulumi from "@pulumi/pulumi";',
                'const later = () => import("./f");',
            ].join("\n");
            expect(importSpecifiers("x.ts", text)).to.deep.equal(["./a", "../b", "./c", "./d", "./e", "./f"]);
        });
    });

    for (const layer of LAYERS) {
        it(`finds none in ${layer}/`, () => {
            const files = sourceFiles(layer);
            expect(files.length, `${layer}/ has sources`).to.be.greaterThan(0);
            const cycles = findCycles(importGraph(files));
            expect(cycles.map(show), "import cycles").to.deep.equal([]);
        });
    }

    it("finds none across model/, components/, policies/ and stacks/ together", () => {
        const cycles = findCycles(importGraph(LAYERS.flatMap(sourceFiles)));
        expect(cycles.map(show), "import cycles").to.deep.equal([]);
    });

    it("finds that model/ imports no other layer and no package", () => {
        const outside: string[] = [];
        for (const file of sourceFiles("model")) {
            for (const spec of importSpecifiers(file, require("fs").readFileSync(file, "utf8"))) {
                const target = path.resolve(path.dirname(file), spec);
                if (!target.startsWith(path.join(ROOT, "model") + path.sep) && target !== path.join(ROOT, "model")) outside.push(`${path.relative(ROOT, file)} → ${spec}`);
            }
        }
        expect(outside).to.deep.equal([]);
        const text = sourceFiles("model").map((f) => require("fs").readFileSync(f, "utf8") as string).join("\n");
        expect(text).to.not.match(/from "[^.]|require\("[^.]/);
    });
});
