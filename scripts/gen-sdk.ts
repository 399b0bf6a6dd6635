/**
 * Regenerates `sdks/tencentcloud` from the provider's package schema and the project's token list,
 * then compiles it to `sdks/tencentcloud/bin` (the package's `main`), so the SDK installs as a
 * `file:` dependency with no build step.
 *
 *   npx tsx scripts/gen-sdk.ts [--schema FILE] [--tokens FILE] [--out DIR]
 *
 * With the Pulumi CLI, `pulumi package add terraform-provider tencentcloudstack/tencentcloud`
 * generates the full SDK into the same folder with the same names; nothing else in the project changes.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { generateSdk, parseTokenList, PackageSchema } from "./sdkgen";

const root = path.resolve(__dirname, "..");

/** The SDK's own package.json: the npm name the official route uses and the parameterized package reference. */
export function sdkPackageJson(schema: PackageSchema): string {
    const p = schema.parameterization!;
    return JSON.stringify(
        {
            name: `@pulumi/${schema.name}`,
            version: schema.version,
            description: `A Pulumi SDK for the ${schema.name} Terraform provider (the resources this project uses), generated from its package schema.`,
            license: "Apache-2.0",
            main: "bin/index.js",
            types: "bin/index.d.ts",
            pulumi: {
                resource: true,
                name: p.baseProvider.name,
                version: p.baseProvider.version,
                parameterization: { name: schema.name, version: schema.version, value: p.parameter },
            },
            peerDependencies: { "@pulumi/pulumi": "^3.142.0" },
        },
        null,
        2,
    ) + "\n";
}

/** The tsconfig that compiles the SDK to CommonJS with declarations. */
export const SDK_TSCONFIG = JSON.stringify(
    {
        compilerOptions: {
            outDir: "bin",
            target: "ES2020",
            module: "commonjs",
            moduleResolution: "node",
            declaration: true,
            sourceMap: false,
            stripInternal: true,
            strict: true,
            skipLibCheck: true,
            types: ["node"],
        },
        include: ["*.ts", "types/*.ts"],
    },
    null,
    2,
) + "\n";

/** Writes the generated sources of the SDK into `outDir`, removing stale generated sources. */
export function writeSdkSources(schema: PackageSchema, tokens: string[], outDir: string): string[] {
    const files = generateSdk(schema, tokens);
    for (const dir of [outDir, path.join(outDir, "types")]) {
        if (fs.existsSync(dir)) {
            for (const f of fs.readdirSync(dir)) {
                if (f.endsWith(".ts")) fs.rmSync(path.join(dir, f));
            }
        }
    }
    fs.mkdirSync(path.join(outDir, "types"), { recursive: true });
    for (const f of files) fs.writeFileSync(path.join(outDir, f.path), f.text);
    fs.writeFileSync(path.join(outDir, "package.json"), sdkPackageJson(schema));
    fs.writeFileSync(path.join(outDir, "tsconfig.json"), SDK_TSCONFIG);
    return files.map((f) => f.path);
}

/** Compiles the SDK sources in `dir` to `dir/bin` with the project's TypeScript. */
export function compileSdk(dir: string): void {
    fs.rmSync(path.join(dir, "bin"), { recursive: true, force: true });
    const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
    execFileSync(process.execPath, [tsc, "-p", path.join(dir, "tsconfig.json")], { stdio: "inherit", cwd: root });
}

function arg(name: string, fallback: string): string {
    const i = process.argv.indexOf(name);
    return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

if (require.main === module) {
    const schemaPath = arg("--schema", path.join(root, "scripts/tencentcloud/schema.json"));
    const tokensPath = arg("--tokens", path.join(root, "scripts/tencentcloud/tokens.txt"));
    const outDir = arg("--out", path.join(root, "sdks/tencentcloud"));
    const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8")) as PackageSchema;
    const tokens = parseTokenList(fs.readFileSync(tokensPath, "utf8"));
    const written = writeSdkSources(schema, tokens, outDir);
    compileSdk(outDir);
    console.log(`generated ${tokens.length} resources (${written.length} files) into ${path.relative(process.cwd(), outDir) || "."} and compiled them to bin/`);
}
