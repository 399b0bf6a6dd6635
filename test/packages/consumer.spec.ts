// The packages as a consumer outside the repository gets them: every package packed with `npm pack`
// (its prepack builds it), the tarballs installed into a new project in a temporary directory, and
// there, with nothing of the repository in reach: a Pulumi program that uses the components by
// package name, type-checked and run by the installed `zonesafe preview`; the installed `zonesafe
// assess` on a stack export; a foreign policy pack's unit test written with
// `@zonesafe/engine/testing` (passing, and failing on a deliberately wrong input); and the
// `@zonesafe/policies` tools API from plain Node.
import { expect } from "chai";
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { reportSchemaErrors } from "../cli/helpers";

const ROOT = path.resolve(__dirname, "..", "..");

/** The packages, by folder. `sdks/tencentcloud` is `@pulumi/tencentcloud`, the components' peer. */
const PACKAGES = ["model", "drills", "components", "policies", "engine", "services/node-guard", "cli", "sdks/tencentcloud"] as const;

/** The example foreign pack, copied into the consumer project. */
const FOREIGN_PACK = path.join(ROOT, "examples", "foreign-pack");

/** The example export `assess` reads. */
const EXPORT = path.join(ROOT, "examples", "retail-prod.export.json");

/** What one process run produced. */
interface Run {
    command: string;
    code: number;
    stdout: string;
    stderr: string;
    ms: number;
}

/**
 * The environment of the consumer's processes: none of the repository's npm settings (an `npm run`
 * sets `npm_config_local_prefix` and friends, which would point a child npm at the repository) and
 * no `NODE_OPTIONS` (the repository's tests resolve packages to their TypeScript sources; a consumer
 * gets the compiled files).
 */
function consumerEnv(): NodeJS.ProcessEnv {
    const keep = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig", "npm_config_globalconfig", "npm_config_proxy", "npm_config_https_proxy", "npm_config_noproxy", "npm_config_cafile", "npm_config_strict_ssl"]);
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
        const npmSetting = /^npm_/i.test(key) && !keep.has(key.toLowerCase());
        if (!npmSetting && key !== "NODE_OPTIONS" && key !== "INIT_CWD" && !key.startsWith("ZONESAFE_")) {
            env[key] = value;
        }
    }
    return { ...env, NO_COLOR: "1", CI: "true" };
}

/** Runs a command; never throws for an exit code (a run that does not finish in time is an error). */
function run(file: string, args: string[], cwd: string, timeoutMs = 180_000): Promise<Run> {
    const command = [path.basename(file), ...args].join(" ");
    const started = Date.now();
    return new Promise((resolve, reject) => {
        execFile(file, args, { cwd, env: consumerEnv(), maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs }, (err, stdout, stderr) => {
            const code = err ? (err as { code?: unknown }).code : 0;
            if (typeof code !== "number") {
                reject(new Error(`${command} (in ${cwd}) did not finish: ${err?.message}\n${stderr}`));
                return;
            }
            resolve({ command, code, stdout, stderr, ms: Date.now() - started });
        });
    });
}

/** A run's account, for assertion messages. */
function account(r: Run): string {
    return `${r.command} → exit ${r.code} in ${r.ms} ms\n--- stderr ---\n${r.stderr.slice(-4000)}\n--- stdout ---\n${r.stdout.slice(0, 4000)}`;
}

/** Runs a command that must succeed. */
async function ok(file: string, args: string[], cwd: string, timeoutMs?: number): Promise<Run> {
    const r = await run(file, args, cwd, timeoutMs);
    if (r.code !== 0) {
        throw new Error(`expected exit 0: ${account(r)}`);
    }
    return r;
}

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** A package.json of the repository. */
function manifest(dir: string): { name: string; version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> } {
    return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
}

/** A version the repository pins (root package.json), so that the consumer installs the same one. */
function pinned(name: string): string {
    const root = manifest(ROOT);
    const version = root.dependencies?.[name] ?? root.devDependencies?.[name];
    if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
        throw new Error(`the root package.json must pin ${name} to an exact version; found ${version}`);
    }
    return version;
}

/** The consumer's Pulumi program: a zonal network and two components placed on it, by package name. */
const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import { MultiAzClb, MultiAzRedis, ZonalNetwork } from "@zonesafe/components";

const config = new pulumi.Config("shop");
const zones = config.requireObject<string[]>("zones");
const tags = { team: "shop" };

const network = new ZonalNetwork("shop", { region: config.require("region"), zones, tags });

const clb = new MultiAzClb("shop-public", {
    networkType: "OPEN",
    vpcId: network.vpcId,
    zones,
    securityGroups: [network.securityGroupIds.public],
    deleteProtect: config.getBoolean("clbDeleteProtect"),
    listeners: [{ name: "tls", protocol: "TCP", port: 443 }],
    tags,
});

const cache = new MultiAzRedis("shop-cache", {
    zones,
    memSize: 4096,
    password: config.requireSecret("redisPassword"),
    vpcId: network.vpcId,
    subnetId: network.subnets.data[0].subnetId,
    securityGroups: [network.securityGroupIds.data],
    tags,
});

export const vpcId = network.vpcId;
export const clbId = clb.clbId;
export const cacheId = cache.instanceId;
`;

/**
 * Type-checked, never run: every package's declarations are real types (a wrong call is an error, so
 * a declaration that failed to resolve and turned into \`any\` fails the check through an unused
 * \`@ts-expect-error\`).
 */
const TYPES = `import { MultiAzClb, ZonalNetwork } from "@zonesafe/components";
import { recordProgram } from "@zonesafe/engine";
import { resourceArgs, UNKNOWN } from "@zonesafe/engine/testing";
import { NETWORK_TIERS, zoneIdOf } from "@zonesafe/model";
import { createPolicies, evaluateStack } from "@zonesafe/policies";
import { main } from "zonesafe";

export async function typed(): Promise<number> {
    const policies: number = createPolicies().length;
    const score: number = evaluateStack([], { identity: { name: "dev", config: {} }, now: new Date() }).score.score;
    const tiers: readonly string[] = NETWORK_TIERS;
    const zoneId: number | undefined = zoneIdOf("ap-guangzhou-3");
    const unknown: string = UNKNOWN;
    const recorded = await recordProgram(() => undefined, { stack: "dev" });
    const exit: number = await main(["--version"]);
    return policies + score + tiers.length + (zoneId ?? 0) + unknown.length + recorded.stack.resources.length + exit;
}

export function refused(): void {
    // @ts-expect-error zones are zone names, not a count
    new ZonalNetwork("bad", { zones: 3 });
    // @ts-expect-error a listener needs a port
    new MultiAzClb("bad", { vpcId: "vpc-1", listeners: [{ name: "tls", protocol: "TCP" }] });
    // @ts-expect-error the core needs the stack's identity
    evaluateStack([], { now: new Date() });
    // @ts-expect-error a resource's type is a token
    resourceArgs({ type: 1, props: {} });
}
`;

describe("packages: a consumer outside the repository", function () {
    let tmp = "";
    let packs = "";
    let project = "";
    let zonesafe = "";
    const tarballs = new Map<string, string>();
    const timings: string[] = [];

    before(async function () {
        this.timeout(10 * 60_000);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-consumer-"));
        expect(path.relative(ROOT, tmp).startsWith(".."), `the consumer must live outside the repository: ${tmp}`).to.equal(true);
        packs = path.join(tmp, "packs");
        project = path.join(tmp, "shop");
        fs.mkdirSync(packs);
        fs.mkdirSync(project);

        // One package at a time: each prepack builds its package with `tsc -b`, and they share the model.
        let started = Date.now();
        for (const dir of PACKAGES) {
            const r = await ok(NPM, ["pack", "--pack-destination", packs, "--json"], path.join(ROOT, dir), 5 * 60_000);
            const json = r.stdout.slice(r.stdout.indexOf("[\n"));
            const [packed] = JSON.parse(json) as Array<{ name: string; filename: string; files: Array<{ path: string }> }>;
            expect(packed.name).to.equal(manifest(path.join(ROOT, dir)).name);
            expect(fs.existsSync(path.join(packs, packed.filename)), packed.filename).to.equal(true);
            const files = packed.files.map((f) => f.path);
            expect(files.filter((f) => f.endsWith(".tsbuildinfo")), `${packed.name} ships no build cache`).to.deep.equal([]);
            if (dir !== "sdks/tencentcloud") {
                expect(files, `${packed.name} ships its README`).to.include("README.md");
            }
            tarballs.set(packed.name, packed.filename);
        }
        timings.push(`pack ${Date.now() - started} ms`);

        const fileDep = (name: string) => `file:../packs/${tarballs.get(name)}`;
        fs.writeFileSync(
            path.join(project, "package.json"),
            JSON.stringify(
                {
                    name: "shop-infra",
                    version: "1.0.0",
                    private: true,
                    main: "index.ts",
                    workspaces: ["foreign-pack"],
                    dependencies: {
                        "@pulumi/pulumi": pinned("@pulumi/pulumi"),
                        ...Object.fromEntries([...tarballs.keys()].map((name) => [name, fileDep(name)])),
                        typescript: pinned("typescript"),
                    },
                },
                null,
                2,
            ) + "\n",
        );
        fs.writeFileSync(path.join(project, "index.ts"), PROGRAM);
        fs.writeFileSync(path.join(project, "types.ts"), TYPES);
        fs.writeFileSync(
            path.join(project, "tsconfig.json"),
            JSON.stringify({ compilerOptions: { target: "ES2022", module: "nodenext", moduleResolution: "nodenext", strict: true, skipLibCheck: true, types: [] }, files: ["index.ts", "types.ts"] }, null, 2) + "\n",
        );
        fs.writeFileSync(path.join(project, "Pulumi.yaml"), "name: shop-infra\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n");
        fs.writeFileSync(
            path.join(project, "Pulumi.dev.yaml"),
            "config:\n  shop:region: ap-guangzhou\n  shop:zones:\n    - ap-guangzhou-3\n    - ap-guangzhou-4\n    - ap-guangzhou-6\n",
        );
        fs.copyFileSync(EXPORT, path.join(project, "retail-prod.export.json"));
        fs.cpSync(FOREIGN_PACK, path.join(project, "foreign-pack"), { recursive: true, filter: (src) => path.basename(src) !== "node_modules" });

        started = Date.now();
        await ok(NPM, ["install", "--prefer-offline", "--no-audit", "--no-fund"], project, 8 * 60_000);
        timings.push(`install ${Date.now() - started} ms`);
        zonesafe = path.join(project, "node_modules", ".bin", process.platform === "win32" ? "zonesafe.cmd" : "zonesafe");
    });

    after(function () {
        if (timings.length > 0) {
            console.log(`      (consumer: ${timings.join(", ")})`);
        }
        if (tmp) {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });

    it("installs every package from its tarball, compiled, with what a consumer needs and nothing of the repository", () => {
        const installed = (name: string) => path.join(project, "node_modules", ...name.split("/"));
        for (const name of tarballs.keys()) {
            const pkg = manifest(installed(name));
            expect(fs.realpathSync(installed(name)).startsWith(fs.realpathSync(tmp)), `${name} is a copy, not a link into the repository`).to.equal(true);
            const main = (pkg as { main?: string }).main;
            expect(main, `${name} main`).to.be.a("string");
            expect(fs.existsSync(path.join(installed(name), main!)), `${name}: ${main}`).to.equal(true);
        }
        // One copy of each zonesafe package: the foreign pack's and the packages' own dependencies
        // resolved to the tarballs, not to a registry.
        for (const nested of ["@zonesafe/engine", "@zonesafe/model", "@pulumi/tencentcloud"]) {
            expect(fs.existsSync(path.join(project, "foreign-pack", "node_modules", ...nested.split("/"))), `foreign-pack/node_modules/${nested}`).to.equal(false);
        }
        // The command's report schemas ship with it, the same files as in the repository.
        for (const schema of ["report.v1.schema.json", "sarif-2.1.0-rtm.5.json", "drill-plan.v1.schema.json"]) {
            expect(fs.readFileSync(path.join(installed("zonesafe"), "schemas", schema), "utf8")).to.equal(fs.readFileSync(path.join(ROOT, "cli", "schemas", schema), "utf8"));
        }
        // The pack ships no build configuration that points outside it (its runner would read it).
        expect(fs.existsSync(path.join(installed("@zonesafe/policies"), "tsconfig.json"))).to.equal(false);
        expect(fs.existsSync(path.join(installed("@zonesafe/policies"), "PulumiPolicy.yaml"))).to.equal(true);
        expect(fs.statSync(path.join(installed("zonesafe"), "bin", "zonesafe.js")).mode & 0o111).to.not.equal(0);
    });

    it("type-checks a program that imports the components, the pack's API, the engine and the command by package name", async function () {
        this.timeout(3 * 60_000);
        // types.ts holds wrong calls under @ts-expect-error: were a declaration lost (any), the check would fail.
        await ok(process.execPath, [path.join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json", "--noEmit"], project);
    });

    it("runs the program under the installed zonesafe preview: a zonal network, a CLB and Redis spread over the zones, findings and a score", async function () {
        this.timeout(3 * 60_000);
        const r = await run(zonesafe, ["preview", "--stack", "dev", "--format", "json", "--secret", "shop:redisPassword=Sh0p-cache-pw"], project);
        expect(r.code, account(r)).to.equal(0);
        const report = JSON.parse(r.stdout);
        expect(reportSchemaErrors(report), "the report follows the schema").to.equal("");
        expect(report.command).to.equal("preview");
        expect(report.stack).to.include({ project: "shop-infra", stack: "dev" });
        const types: string[] = report.plan.resources.map((res: { type: string }) => res.type);
        for (const component of ["zonesafe:network:ZonalNetwork", "zonesafe:loadbalancer:MultiAzClb", "zonesafe:database:MultiAzRedis"]) {
            expect(types, component).to.include(component);
        }
        expect(report.plan.zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]);
        const byType = (type: string) => report.plan.byType.find((t: { type: string }) => t.type === type);
        // Three tiers of subnets in each zone; the CLB's master and slave zones; Redis' master and replica zones.
        expect(byType("tencentcloud:index/subnet:Subnet").zones).to.deep.equal({ "ap-guangzhou-3": 3, "ap-guangzhou-4": 3, "ap-guangzhou-6": 3 });
        expect(Object.keys(byType("tencentcloud:index/clbInstance:ClbInstance").zones)).to.have.length(2);
        expect(Object.keys(byType("tencentcloud:index/redisInstance:RedisInstance").zones).length).to.be.at.least(2);
        // zonesafe's own pack, from the installed package, evaluated it.
        expect(report.packs.map((p: { name: string }) => p.name)).to.deep.equal(["zonesafe"]);
        expect(report.packs[0].dir).to.match(/node_modules[\\/]@zonesafe[\\/]policies$/);
        expect(report.packs[0].policies.length).to.be.greaterThan(50);
        expect(report.score.value).to.be.within(90, 100);
        expect(report.findings.map((f: { policy: string }) => f.policy)).to.include("clb-instance-access-logs");
        expect(report.result).to.deep.equal({ exitCode: 0, passed: true, mandatoryViolations: 0 });
        expect(report.resilience.disruptions.length).to.be.at.least(2);
        expect(r.stdout).to.not.include("Sh0p-cache-pw");
    });

    it("runs the installed zonesafe pack and the foreign pack as pack processes (the analyzer protocol); a mandatory violation exits 1", async function () {
        this.timeout(3 * 60_000);
        const args = ["preview", "--stack", "dev", "--format", "json", "--secret", "shop:redisPassword=Sh0p-cache-pw", "--config", "shop:clbDeleteProtect=false"];
        const packs = ["--policy-pack", path.join("node_modules", "@zonesafe", "policies"), "--policy-pack", "foreign-pack"];
        const r = await run(zonesafe, [...args, ...packs], project);
        expect(r.code, account(r)).to.equal(1);
        const report = JSON.parse(r.stdout);
        expect(report.packs.map((p: { name: string }) => p.name)).to.deep.equal(["zonesafe", "acme-clb-guard"]);
        const acme = report.findings.filter((f: { policy: string }) => f.policy === "acme-clb-deletion-protection");
        expect(acme, account(r)).to.have.length(1);
        expect(acme[0]).to.include({ level: "mandatory" });
        expect(acme[0].urn).to.match(/ClbInstance::shop-public/);
        expect(report.findings.map((f: { policy: string }) => f.policy)).to.include("clb-instance-deletion-protection");
        expect(report.result).to.deep.equal({ exitCode: 1, passed: false, mandatoryViolations: 1 });
    });

    it("assesses a stack export with the installed zonesafe assess", async function () {
        this.timeout(2 * 60_000);
        const r = await run(zonesafe, ["assess", "--state", "retail-prod.export.json", "--format", "json", "--config", "zonesafe:environment=production"], project);
        expect(r.code, account(r)).to.equal(0);
        const report = JSON.parse(r.stdout);
        expect(reportSchemaErrors(report)).to.equal("");
        expect(report.command).to.equal("assess");
        // Every resource of the export, the root stack included, as `pulumi stack export` lists them.
        const exported = (JSON.parse(fs.readFileSync(EXPORT, "utf8")) as { deployment: { resources: unknown[] } }).deployment.resources.length;
        expect(report.stack).to.include({ stack: "retail-prod", resourceCount: exported });
        expect(report.plan.zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"]);
        expect(report.score.value).to.equal(100);
        expect(report.result).to.deep.equal({ exitCode: 0, passed: true, mandatoryViolations: 0 });
        // The HTML report draws the architecture with the command's Graphviz (WebAssembly) dependency.
        const html = await run(zonesafe, ["assess", "--state", "retail-prod.export.json", "--format", "html", "--out", "report.html", "--config", "zonesafe:environment=production"], project);
        expect(html.code, account(html)).to.equal(0);
        expect(fs.readFileSync(path.join(project, "report.html"), "utf8")).to.match(/<svg[\s\S]*ap-guangzhou-3[\s\S]*<\/svg>/);
        // A missing export is one line and exit 2.
        const missing = await run(zonesafe, ["assess", "--state", "no-such.json"], project);
        expect(missing.code, account(missing)).to.equal(2);
        expect(missing.stderr).to.match(/^zonesafe: .*no-such\.json/m);
    });

    it("runs the foreign pack's unit test written with @zonesafe/engine/testing: it passes, type-checks, and fails on a wrong input", async function () {
        this.timeout(3 * 60_000);
        const pack = path.join(project, "foreign-pack");
        await ok(process.execPath, [path.join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json", "--noEmit"], pack);
        const passing = await ok(NPM, ["test"], pack);
        expect(passing.stdout).to.match(/^# pass 8$/m);
        expect(passing.stdout).to.match(/^# fail 0$/m);

        // A deliberately wrong input: the happy-path CLB without deletion protection.
        const test = path.join(pack, "policies.test.ts");
        const source = fs.readFileSync(test, "utf8");
        const happy = 'networkType: "OPEN", deleteProtect: true,';
        expect(source.split(happy), "the happy-path factory is there once").to.have.length(2);
        fs.writeFileSync(test, source.replace(happy, 'networkType: "OPEN", deleteProtect: false,'));
        const failing = await run(NPM, ["test"], pack);
        expect(failing.code, account(failing)).to.not.equal(0);
        expect(failing.stdout).to.match(/^\s*not ok \d+ - accepts a CLB with deletion protection on$/m);
        expect(failing.stdout).to.match(/^# fail [1-9]/m);
    });

    it("records the components with @zonesafe/engine's recordProgram from plain Node (one Pulumi SDK for both)", async function () {
        this.timeout(60_000);
        const script = `
const { recordProgram } = require("@zonesafe/engine");
const { ZonalNetwork } = require("@zonesafe/components");
recordProgram(() => {
    new ZonalNetwork("lib", { region: "ap-shanghai", zones: ["ap-shanghai-2", "ap-shanghai-4"] });
}, { project: "lib", stack: "dev", preview: true }).then((r) => {
    const subnets = r.stack.resources.filter((x) => x.type === "tencentcloud:index/subnet:Subnet");
    console.log(JSON.stringify({ components: r.stack.resources.filter((x) => !x.custom).map((x) => x.type), zones: subnets.map((s) => s.inputs.availabilityZone).sort() }));
});`;
        const r = await ok(process.execPath, ["-e", script], project, 30_000);
        const out = JSON.parse(r.stdout.trim());
        expect(out.components).to.include("zonesafe:network:ZonalNetwork");
        expect(out.zones).to.deep.equal(["ap-shanghai-2", "ap-shanghai-2", "ap-shanghai-2", "ap-shanghai-4", "ap-shanghai-4", "ap-shanghai-4"]);
    });

    it("loads the @zonesafe/policies tools API from plain Node, compiled, without starting a policy server", async function () {
        this.timeout(60_000);
        const script = `
const api = require("@zonesafe/policies");
const clb = "tencentcloud:index/clbInstance:ClbInstance";
const result = api.evaluateStack(
    [{ urn: "urn:pulumi:dev::shop::" + clb + "::web", type: clb, name: "web", props: { networkType: "OPEN", deleteProtect: false }, protect: false, dependencies: [], propertyDependencies: {} }],
    { identity: { name: "dev", config: {} }, now: new Date() },
);
console.log(JSON.stringify({
    resolved: require.resolve("@zonesafe/policies"),
    policies: api.createPolicies().map((p) => p.name),
    findings: result.findings.map((f) => f.policy),
    score: result.score.score,
}));`;
        // The process ends by itself: a policy server would print its port and keep it alive.
        const r = await ok(process.execPath, ["-e", script], project, 30_000);
        const lines = r.stdout.trim().split("\n");
        expect(lines, account(r)).to.have.length(1);
        const out = JSON.parse(lines[0]);
        expect(out.resolved).to.match(/node_modules[\\/]@zonesafe[\\/]policies[\\/]dist[\\/]api\.js$/);
        expect(out.policies).to.include.members(["clb-instance-multi-az", "clb-instance-deletion-protection"]);
        expect(out.policies.length).to.be.greaterThan(50);
        expect(out.findings).to.include.members(["clb-instance-multi-az", "clb-instance-deletion-protection"]);
        expect(out.score).to.be.below(100);
    });
});
