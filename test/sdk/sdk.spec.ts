import { expect } from "chai";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import * as tencentcloud from "@pulumi/tencentcloud";
import { recordProgram } from "../support/mocks";
import { SECRET_SIG, SIG_KEY } from "../../engine/types";
import { loadSchema, REFERENCE_SCHEMA, ROOT, sampleValue, VENDORED_SCHEMA } from "../support/schema";
import { generateSdk, parseToken, parseTokenList, PackageSchema } from "../../scripts/sdkgen";
import { compileSdk, writeSdkSources } from "../../scripts/gen-sdk";

const SDK_DIR = path.join(ROOT, "sdks/tencentcloud");
const schema = loadSchema(VENDORED_SCHEMA);
const tokens = parseTokenList(fs.readFileSync(path.join(ROOT, "scripts/tencentcloud/tokens.txt"), "utf8"));
const classes = tencentcloud as unknown as Record<string, any>;

/** A value for every input of a resource. */
function allInputs(token: string, s: PackageSchema): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(s.resources[token].inputProperties ?? {})) out[k] = sampleValue(p, s, k);
    return out;
}

/** The declared type of one member of an exported interface in a declaration file. */
function memberType(dts: string, iface: string, prop: string): string {
    const sf = ts.createSourceFile("x.d.ts", fs.readFileSync(dts, "utf8"), ts.ScriptTarget.ES2022, true);
    let found: string | undefined;
    sf.forEachChild((node) => {
        if (ts.isInterfaceDeclaration(node) && node.name.text === iface) {
            for (const m of node.members) {
                if (ts.isPropertySignature(m) && m.name.getText(sf) === prop) found = m.type?.getText(sf);
            }
        }
    });
    if (found === undefined) throw new Error(`${iface}.${prop} not found in ${dts}`);
    return found;
}

/** Reads the members of an exported interface from a declaration file: name → optional. */
function interfaceMembers(dts: string, name: string): Map<string, boolean> {
    const sf = ts.createSourceFile("x.d.ts", fs.readFileSync(dts, "utf8"), ts.ScriptTarget.ES2022, true);
    const members = new Map<string, boolean>();
    sf.forEachChild((node) => {
        if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
            for (const m of node.members) {
                if (ts.isPropertySignature(m)) members.set(m.name.getText(sf), m.questionToken !== undefined);
            }
        }
    });
    if (members.size === 0) throw new Error(`interface ${name} not found in ${dts}`);
    return members;
}

describe("@pulumi/tencentcloud SDK", () => {
    describe("conformance with the provider's schema", () => {
        for (const [label, file] of [["the vendored schema", VENDORED_SCHEMA], ["the reference schema", REFERENCE_SCHEMA]] as const) {
            it(`has every resource of ${label} with its token, every input and every required flag`, function () {
                if (!fs.existsSync(file)) {
                    this.skip(); // The reference copy lives beside the project, not in it; without it only the vendored copy is checked.
                }
                const ref = loadSchema(file);
                const refTokens = Object.keys(ref.resources).sort();
                expect(refTokens).to.have.length(45);
                expect([...tokens].sort()).to.deep.equal(refTokens);
                for (const token of refTokens) {
                    const { name, member } = parseToken(token);
                    const cls = classes[name];
                    expect(cls, `class ${name}`).to.be.a("function");
                    expect(cls.__pulumiType, name).to.equal(token);
                    const args = interfaceMembers(path.join(SDK_DIR, "bin", `${member}.d.ts`), `${name}Args`);
                    const res = ref.resources[token];
                    const required = new Set(res.requiredInputs ?? []);
                    expect([...args.keys()].sort(), `${name}Args inputs`).to.deep.equal(Object.keys(res.inputProperties ?? {}).sort());
                    for (const [k, optional] of args) {
                        expect(optional, `${name}Args.${k} optional`).to.equal(!required.has(k));
                    }
                }
                const provider = interfaceMembers(path.join(SDK_DIR, "bin", "provider.d.ts"), "ProviderArgs");
                expect([...provider.keys()].sort()).to.deep.equal(Object.keys(ref.provider?.inputProperties ?? {}).sort());
            });
        }

        it("the reference and vendored schemas are the same bytes when both are present", function () {
            if (!fs.existsSync(REFERENCE_SCHEMA)) this.skip();
            expect(fs.readFileSync(VENDORED_SCHEMA).equals(fs.readFileSync(REFERENCE_SCHEMA)), "run: cp ../shared/tencentcloud/schema.json scripts/tencentcloud/ && npm run gen:sdk").to.equal(true);
        });

        it("types the official route's single-item primitive lists as arrays", () => {
            // Lists of plain values with MaxItems 1 stay lists on the official route (the plugin protocol carries
            // no MaxItems for attributes); the statically bridged package flattens them to one value.
            const arrays: [string, string, string][] = [
                ["asScalingGroup", "AsScalingGroupArgs", "terminationPolicies"],
                ["kubernetesNodePool", "KubernetesNodePoolArgs", "terminationPolicies"],
            ];
            for (const [member, iface, prop] of arrays) {
                expect(memberType(path.join(SDK_DIR, "bin", `${member}.d.ts`), iface, prop), `${iface}.${prop}`).to.equal("pulumi.Input<pulumi.Input<string>[]>");
            }
            const input = path.join(SDK_DIR, "bin", "types", "input.d.ts");
            for (const iface of ["KubernetesClusterMasterConfig", "KubernetesClusterWorkerConfig"]) {
                for (const prop of ["keyIds", "disasterRecoverGroupIds"]) {
                    expect(memberType(input, iface, prop), `${iface}.${prop}`).to.equal("pulumi.Input<pulumi.Input<string>[]>");
                }
            }
        });

    });

    describe("under mocks", () => {
        for (const token of tokens) {
            const { name } = parseToken(token);
            it(`${name} records the official-route token and passes every input through unchanged`, async () => {
                const inputs = allInputs(token, schema);
                const { stack } = await recordProgram(() => {
                    new classes[name](`x-${name}`, inputs);
                });
                const rec = stack.resources.find((r) => r.name === `x-${name}`)!;
                expect(rec.type).to.equal(token);
                expect(rec.custom).to.equal(true);
                // Top-level secret inputs given in plain text register as secrets, as the official route's SDK does.
                const expected = Object.fromEntries(Object.entries(inputs).map(([k, v]) =>
                    [k, schema.resources[token].inputProperties![k].secret ? { [SIG_KEY]: SECRET_SIG, value: v } : v]));
                expect(rec.inputs).to.deep.equal(expected);
                const secretOutputs = Object.entries(schema.resources[token].properties ?? {}).filter(([, p]) => p.secret).map(([k]) => k);
                expect([...rec.options.additionalSecretOutputs].sort(), `${name} additionalSecretOutputs`).to.deep.equal(secretOutputs.sort());
            });
        }

        it("registers all nine top-level secret inputs of the 45 resources as secrets", async () => {
            const secret = tokens.flatMap((token) => Object.entries(schema.resources[token].inputProperties ?? {})
                .filter(([, p]) => p.secret).map(([k]) => `${parseToken(token).name}.${k}`));
            expect(secret.sort()).to.deep.equal([
                "AsScalingConfig.password", "CynosdbCluster.password", "ElasticsearchInstance.password", "Instance.password",
                "MongodbInstance.password", "MongodbShardingInstance.password", "MysqlInstance.rootPassword",
                "PostgresqlInstance.rootPassword", "RedisInstance.password",
            ]);
            const { stack } = await recordProgram(() => {
                new tencentcloud.MysqlInstance("db", { ...allInputs("tencentcloud:index/mysqlInstance:MysqlInstance", schema), rootPassword: "plain-text" } as any);
            });
            const db = stack.resources.find((r) => r.name === "db")!;
            expect(db.inputs.rootPassword).to.deep.equal({ [SIG_KEY]: SECRET_SIG, value: "plain-text" });
        });

        it("refuses a resource missing a required input, naming it", async () => {
            const inputs = allInputs("tencentcloud:index/mysqlInstance:MysqlInstance", schema);
            delete inputs.memSize;
            let error: unknown;
            try {
                await recordProgram(() => new tencentcloud.MysqlInstance("db", inputs as any));
            } catch (e) {
                error = e;
            }
            expect(String(error)).to.contain("Missing required property 'memSize'");
        });

        it("the Provider registers as pulumi:providers:tencentcloud with its secrets kept secret", async () => {
            const { stack } = await recordProgram(() => {
                new tencentcloud.Provider("gz", { region: "ap-guangzhou", secretKey: "k" });
            });
            const p = stack.resources.find((r) => r.name === "gz")!;
            expect(p.type).to.equal("pulumi:providers:tencentcloud");
            expect(p.inputs.region).to.equal("ap-guangzhou");
            expect(p.inputs.secretKey).to.deep.equal({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "k" });
        });

        it("isInstance and get work across instances", async () => {
            await recordProgram(() => {
                const vpc = tencentcloud.Vpc.get("existing", "vpc-123");
                expect(tencentcloud.Vpc.isInstance(vpc)).to.equal(true);
                expect(tencentcloud.Subnet.isInstance(vpc)).to.equal(false);
            });
        });

        it("registers the parameterized package reference the official route uses", () => {
            // The reference is registered once per process, so this runs in a process of its own.
            const script = `
                const pulumi = require("@pulumi/pulumi");
                (async () => {
                    await pulumi.runtime.setMocks({ newResource: (a) => ({ id: "id", state: a.inputs }), call: () => ({}) });
                    const mon = pulumi.runtime.getMonitor();
                    const reg = mon.registerPackage.bind(mon);
                    mon.registerPackage = (req, cb) => {
                        const p = req.getParameterization();
                        console.log(JSON.stringify({ name: req.getName(), version: req.getVersion(), pname: p.getName(), pversion: p.getVersion(),
                            value: Buffer.from(p.getValue_asU8()).toString("utf8") }));
                        return reg(req, cb);
                    };
                    const tc = require("@pulumi/tencentcloud");
                    new tc.Vpc("v", { cidrBlock: "10.0.0.0/16", name: "v" });
                    new tc.Subnet("s", { cidrBlock: "10.0.0.0/24", name: "s", vpcId: "x", availabilityZone: "z" });
                    await pulumi.runtime.disconnect();
                })();`;
            const lines = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" }).trim().split("\n");
            expect(lines).to.have.length(1, "one registration for the whole package");
            const reg = JSON.parse(lines[0]);
            expect(reg).to.include({ name: "terraform-provider", version: "1.0.2", pname: "tencentcloud", pversion: "1.82.42" });
            expect(JSON.parse(reg.value)).to.deep.equal({ remote: { url: "registry.opentofu.org/tencentcloudstack/tencentcloud", version: "1.82.42" } });
        });
    });

    describe("generation", () => {
        it("the checked-in sources and compiled SDK are what the generator produces", function () {
            this.timeout(120000);
            // Inside the project, so that the compiler resolves @pulumi/pulumi and Node's types as for the SDK.
            fs.mkdirSync(path.join(ROOT, ".zonesafe"), { recursive: true });
            const tmp = fs.mkdtempSync(path.join(ROOT, ".zonesafe", "sdk-"));
            try {
                writeSdkSources(schema, tokens, tmp);
                compileSdk(tmp);
                const list = (dir: string): string[] =>
                    fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
                expect(list(SDK_DIR)).to.deep.equal(list(tmp));
                for (const f of list(tmp)) {
                    expect(fs.readFileSync(path.join(SDK_DIR, f), "utf8"), `${f} is stale: run npm run gen:sdk`).to.equal(fs.readFileSync(path.join(tmp, f), "utf8"));
                }
            } finally {
                fs.rmSync(tmp, { recursive: true, force: true });
            }
        });

        it("refuses an unknown token and an unsupported property type, naming them", () => {
            expect(() => generateSdk(schema, ["tencentcloud:index/nope:Nope"])).to.throw("no resource for token(s): tencentcloud:index/nope:Nope");
            const bad: PackageSchema = JSON.parse(JSON.stringify(schema));
            (bad.resources["tencentcloud:index/vpc:Vpc"].inputProperties!.name as any).type = "date";
            expect(() => generateSdk(bad, ["tencentcloud:index/vpc:Vpc"])).to.throw("VpcArgs.name: unsupported schema type 'date'");
            expect(() => parseToken("tencentcloud:Vpc")).to.throw("is not of the form");
        });
    });
});
