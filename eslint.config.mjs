// Lint rules for the whole project: typescript-eslint's recommended set, plus a few that keep
// policies and components from hiding failures, and the package layering (see LAYERS below).
import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/**
 * The package graph, enforced: for each folder that is (or belongs to) a package, the zonesafe packages
 * it may import, and why it may import nothing else of zonesafe. Arrows: model ← components ← stacks;
 * model ← policies ← cli; model ← engine ← cli; model ← drills ← components, cli; node-guard ← cli.
 * A package imports another one by its name, never by a relative path (import-x/no-relative-packages),
 * and no module graph holds a cycle (import-x/no-cycle).
 * test/, scripts/ and bench/ are outside the layering; they are checked for cycles only.
 */
const LAYERS = {
    model: {
        name: "@zonesafe/model",
        may: [],
        why: "the model is the facts every layer shares and has no dependency at all",
        fix: "move the code that needs it to the layer that uses the model",
    },
    drills: {
        name: "@zonesafe/drills",
        may: ["@zonesafe/model"],
        why: "the drill planner is plain TypeScript over the model's facts and knows no Pulumi SDK, component, policy, engine or command",
        fix: "move shared facts to @zonesafe/model, or pass what the planner needs in its subject",
    },
    components: {
        name: "@zonesafe/components",
        may: ["@zonesafe/model", "@zonesafe/drills"],
        why: "components build resources from the model, the drill plans and the Pulumi SDKs only",
        fix: "move shared facts to @zonesafe/model",
    },
    policies: {
        name: "@zonesafe/policies",
        may: ["@zonesafe/model"],
        why: "the pack sees resources by type token and properties, never through components, stacks, the engine or the command",
        fix: "move shared facts to @zonesafe/model",
    },
    engine: {
        name: "@zonesafe/engine",
        may: ["@zonesafe/model"],
        why: "the engine runs any program and any pack and knows no zonesafe component, policy or command",
        fix: "move shared facts to @zonesafe/model, or pass what the engine needs as an argument",
    },
    cli: {
        name: "zonesafe",
        may: ["@zonesafe/model", "@zonesafe/engine", "@zonesafe/policies", "@zonesafe/drills", "@zonesafe/node-guard"],
        why: "the command checks programs through the engine and the pack, plans and runs drills and reads resources by type token, never through components or stacks",
        fix: "move shared facts to @zonesafe/model",
    },
    stacks: {
        name: undefined, // the private root package
        may: ["@zonesafe/model", "@zonesafe/components"],
        why: "the reference stacks consume the model and the components as any user does; policies run beside a program through the zonesafe command",
        fix: "run the pack with the zonesafe command instead of importing it",
    },
    "services/node-guard": {
        name: "@zonesafe/node-guard",
        may: ["@zonesafe/model"],
        why: "the node guard is a service deployed on its own; it reads alerts and calls cloud APIs and knows no component, policy, engine or command",
        fix: "move shared facts to @zonesafe/model",
    },
};

/** The layer rule as one line, quoted in every message. */
const ARROWS = "layers: model ← components ← stacks, model ← policies ← cli, model ← engine ← cli, model ← drills ← components, cli, node-guard ← cli";

/**
 * A package name and its subpaths (`@zonesafe/policies`, `@zonesafe/policies/values`) as the source
 * of a regular expression; `slash` spells the "/" (esquery's regular expressions cannot hold one).
 */
const packageRegex = (name, slash = "/") => `^${name.replaceAll("/", slash)}(${slash}.*)?$`;

/**
 * The rules one layer gets: `no-restricted-imports` for import and export declarations (type-only
 * ones too) and `no-restricted-syntax` for `require("…")` and `import("…")`, which that rule does not
 * see, with one message per forbidden package.
 */
function layerRules(dir) {
    const layer = LAYERS[dir];
    const message = (what, why = layer.why, fix = layer.fix) => `${dir}/ must not import ${what} (${ARROWS}): ${why}; ${fix}.`;
    const others = Object.values(LAYERS)
        .map((l) => l.name)
        .filter((name) => name !== undefined && name !== layer.name && !layer.may.includes(name));
    const restricted = [
        ...others.map((name) => ({ name, message: message(name === "zonesafe" ? "zonesafe (the command)" : name) })),
        ...(layer.name === undefined
            ? []
            : [{ name: layer.name, message: message(`its own package ${layer.name} by name`, "a package reaches its own modules directly", "use a relative path") }]),
    ];
    // model/ imports nothing that is not one of its own modules: no zonesafe package, no Pulumi SDK.
    const anyPackage = dir === "model" ? { regex: "^[^.]", message: message("a package") } : undefined;
    const patterns = anyPackage ? [anyPackage] : restricted.map(({ name, message }) => ({ regex: packageRegex(name), message }));
    const syntaxRegexes = anyPackage ? [{ value: "^[^.]", message: anyPackage.message }] : restricted.map(({ name, message }) => ({ value: packageRegex(name, "\\x2f"), message }));
    const callee = "CallExpression[callee.type='Identifier'][callee.name='require'][arguments.length=1]";
    const syntax = syntaxRegexes.flatMap(({ value, message }) => [
        { selector: `${callee} > Literal.arguments[value=/${value}/]`, message },
        { selector: `ImportExpression > Literal.source[value=/${value}/]`, message },
    ]);
    return {
        "no-restricted-imports": ["error", { patterns }],
        "no-restricted-syntax": ["error", ...syntax],
    };
}

/** The TypeScript and JavaScript sources of a folder. */
const sources = (dir) => [`${dir}/**/*.ts`, `${dir}/**/*.js`, `${dir}/**/*.mjs`, `${dir}/**/*.cjs`];

export default tseslint.config(
    {
        ignores: [
            "node_modules/**",
            "sdks/tencentcloud/**", // generated by scripts/gen-sdk.ts
            "test/fixtures/**/node_modules/**",
            "bench/results/**",
            "out/**",
            "**/dist/**", // compiled by tsc -b
        ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: {
            globals: {
                process: "readonly",
                console: "readonly",
                Buffer: "readonly",
                __dirname: "readonly",
                require: "readonly",
                module: "writable",
                setTimeout: "readonly",
                clearTimeout: "readonly",
                setImmediate: "readonly",
                URL: "readonly",
            },
        },
        rules: {
            "@typescript-eslint/no-explicit-any": "off",
            "@typescript-eslint/no-require-imports": "off",
            "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
            "no-constant-condition": ["error", { checkLoops: false }],
            eqeqeq: ["error", "always", { null: "ignore" }],
            "prefer-const": "error",
        },
    },
    {
        plugins: { "import-x": importX },
        settings: {
            // The modules import-x reads (the default is JavaScript only).
            "import-x/extensions": [".ts", ".js", ".mjs", ".cjs"],
            // Resolve as tsc -p tsconfig.json does: a workspace package through its `zonesafe-source`
            // export (its .ts sources), a relative path to a .ts file or a folder's index.ts.
            "import-x/resolver-next": [
                createNodeResolver({
                    extensions: [".ts", ".d.ts", ".js", ".mjs", ".cjs", ".json", ".node"],
                    conditionNames: ["zonesafe-source", "types", "require", "import", "node", "default"],
                }),
            ],
        },
        rules: {
            // Value imports and requires only (a type-only cycle does not change the order modules
            // initialise in; test/model/importCycles.spec.ts also counts those). The walk stays inside
            // the linted file's package (for the root package: outside node_modules): a cycle through
            // another workspace package needs an import the layer rules below refuse, and walking
            // installed packages is slow.
            "import-x/no-cycle": ["error", { ignoreExternal: true, commonjs: true }],
        },
    },
    ...Object.keys(LAYERS).map((dir) => ({
        files: sources(dir),
        rules: {
            ...layerRules(dir),
            "import-x/no-relative-packages": ["error", { commonjs: true }],
        },
    })),
);
