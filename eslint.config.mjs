// Lint rules for the whole project: typescript-eslint's recommended set, plus a few that keep
// policies and components from hiding failures.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
    {
        ignores: [
            "node_modules/**",
            "sdks/tencentcloud/bin/**",
            "test/fixtures/**/node_modules/**",
            "bench/results/**",
            "out/**",
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
);
