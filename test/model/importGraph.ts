/**
 * The import graph of the project's TypeScript sources, read with the `typescript` package's own
 * parser: every `import` and `export … from` (type-only ones too, as the layering counts them) and
 * every `require("…")` of a relative path, resolved to a file. Used by the import-cycle test.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "..", "..");

/** Every `.ts` file under `dir` (relative to the root), `node_modules` and `.d.ts` files left out. */
export function sourceFiles(dir: string): string[] {
    const out: string[] = [];
    const walk = (abs: string): void => {
        for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
            const p = path.join(abs, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== "node_modules") walk(p);
            } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
                out.push(p);
            }
        }
    };
    walk(path.join(ROOT, dir));
    return out.sort();
}

/** The relative module specifiers a source text imports, re-exports or requires. */
export function importSpecifiers(fileName: string, text: string): string[] {
    const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    const specs: string[] = [];
    const visit = (node: ts.Node): void => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
            specs.push(node.moduleSpecifier.text);
        } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
            specs.push(node.moduleReference.expression.text);
        } else if (
            ts.isCallExpression(node) &&
            ((ts.isIdentifier(node.expression) && node.expression.text === "require") || node.expression.kind === ts.SyntaxKind.ImportKeyword) &&
            node.arguments.length === 1 &&
            ts.isStringLiteral(node.arguments[0])
        ) {
            specs.push(node.arguments[0].text);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return specs.filter((s) => s.startsWith("."));
}

/** The file a relative specifier of `from` resolves to, or `undefined` (not a TypeScript source). */
export function resolveRelative(from: string, spec: string): string | undefined {
    const base = path.resolve(path.dirname(from), spec);
    for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts")]) {
        if (candidate.endsWith(".ts") && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    return undefined;
}

/** The graph file → files it imports, over the given files (edges to files outside them are kept). */
export function importGraph(files: readonly string[]): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    for (const file of files) {
        const deps = importSpecifiers(file, fs.readFileSync(file, "utf8"))
            .map((s) => resolveRelative(file, s))
            .filter((f): f is string => f !== undefined);
        graph.set(file, [...new Set(deps)]);
    }
    return graph;
}

/**
 * Every cycle of a graph, one per strongly connected component of more than one node (or a node
 * importing itself), each as a path `a → b → … → a` through that component.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
    // Tarjan's strongly connected components, iteratively (no recursion limit).
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const components: string[][] = [];
    const edges = (n: string): readonly string[] => (graph.get(n) ?? []).filter((m) => graph.has(m));
    for (const start of graph.keys()) {
        if (index.has(start)) continue;
        const work: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
        index.set(start, counter);
        low.set(start, counter++);
        stack.push(start);
        onStack.add(start);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const out = edges(frame.node);
            if (frame.next < out.length) {
                const m = out[frame.next++];
                if (!index.has(m)) {
                    index.set(m, counter);
                    low.set(m, counter++);
                    stack.push(m);
                    onStack.add(m);
                    work.push({ node: m, next: 0 });
                } else if (onStack.has(m)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(m)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
            }
            if (low.get(frame.node) === index.get(frame.node)) {
                const component: string[] = [];
                let m: string;
                do {
                    m = stack.pop()!;
                    onStack.delete(m);
                    component.push(m);
                } while (m !== frame.node);
                if (component.length > 1 || edges(frame.node).includes(frame.node)) components.push(component);
            }
        }
    }
    return components.map((component) => cyclePath(graph, new Set(component)));
}

/** One cycle through a strongly connected component: breadth-first from its first node back to it. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string[] {
    const start = [...component].sort()[0];
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0) {
        const n = queue.shift()!;
        for (const m of graph.get(n) ?? []) {
            if (!component.has(m)) continue;
            if (m === start) {
                const cycle = [start];
                for (let at = n; at !== start; at = previous.get(at)!) cycle.splice(1, 0, at);
                cycle.push(start);
                return cycle;
            }
            if (!previous.has(m)) {
                previous.set(m, n);
                queue.push(m);
            }
        }
    }
    return [start, start];
}
