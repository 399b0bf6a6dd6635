import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { CliError, errorLine } from "../../cli/errors";
import { listStacks, loadProject, loadStack, parseOverrides, parseStackName, REDACTED_SECRET } from "../../cli/project";
import { PROJECTS, tempDir } from "./helpers";

/** Writes a project into a fresh directory: Pulumi.yaml plus the given files. */
function project(files: Record<string, string>): string {
    const dir = tempDir();
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

function cliError(fn: () => unknown): CliError {
    try {
        fn();
    } catch (e) {
        expect(e).to.be.instanceOf(CliError);
        return e as CliError;
    }
    throw new Error("expected a CliError");
}

describe("cli/project: reading a Pulumi project and its stack", () => {
    it("reads Pulumi.yaml: name, runtime with options, description, project-level config defaults", () => {
        const p = loadProject(path.join(PROJECTS, "plain"));
        expect(p.name).to.equal("plain-shop");
        expect(p.runtime).to.equal("nodejs");
        expect(p.main).to.equal(undefined);
        expect(p.stackConfigDir).to.equal(path.join(PROJECTS, "plain"));
        expect(p.configDefaults).to.deep.equal({ "plain-shop:replicas": "1" });
        expect(listStacks(p)).to.deep.equal(["dev", "prod"]);
    });

    it("reads the stack config the way the CLI hands it to a program", () => {
        const p = loadProject(path.join(PROJECTS, "plain"));
        const s = loadStack(p, "dev");
        expect(s.name).to.equal("dev");
        expect(s.file).to.equal(path.join(PROJECTS, "plain", "Pulumi.dev.yaml"));
        expect(s.config["tencentcloud:region"]).to.equal("ap-guangzhou");
        expect(s.config["plain-shop:ports"]).to.equal("[80,443]", "a list is JSON-encoded");
        expect(s.config["plain-shop:replicas"]).to.equal("1", "the project-level default applies");
        expect(s.config["plain-shop:dbPassword"]).to.equal(REDACTED_SECRET);
        expect(s.secretKeys).to.deep.equal(["plain-shop:dbPassword"]);
        expect(s.redactedKeys).to.deep.equal(["plain-shop:dbPassword"]);
        expect(s.tags).to.deep.include({ "pulumi:project": "plain-shop", "pulumi:runtime": "nodejs", environment: "development", team: "storefront" });
    });

    it("namespaces bare keys, keeps scalar source text, redacts nested secure values and applies overrides", () => {
        const dir = project({
            "Pulumi.yaml": "name: shop\nruntime: nodejs\nstackConfigDir: stacks\nconfig:\n  size:\n    type: integer\n    default: 3\n  region: ap-beijing\n",
            "stacks/Pulumi.qa.yaml":
                "config:\n  version: 1.10\n  flag: true\n  shop:db:\n    host: db.internal\n    password:\n      secure: AAAB\n  aws:nothing:\n  shop:region: ap-shanghai\n",
        });
        const p = loadProject(dir);
        expect(p.stackConfigDir).to.equal(path.join(dir, "stacks"));
        const s = loadStack(p, undefined, parseOverrides(["size=5", "other:key=a=b"], ["shop:token=t0ken"]));
        expect(s.name).to.equal("qa", "the only stack is the default");
        expect(s.config["shop:version"]).to.equal("1.10");
        expect(s.config["shop:flag"]).to.equal("true");
        expect(JSON.parse(s.config["shop:db"])).to.deep.equal({ host: "db.internal", password: REDACTED_SECRET });
        expect(s.config["shop:region"]).to.equal("ap-shanghai", "the stack overrides the project default");
        expect(s.config).to.not.have.property("aws:nothing");
        expect(s.config["shop:size"]).to.equal("5");
        expect(s.config["other:key"]).to.equal("a=b");
        expect(s.config["shop:token"]).to.equal("t0ken");
        expect(s.secretKeys).to.deep.equal(["shop:db", "shop:token"]);
    });

    it("keeps a key named __proto__ or constructor in a config value and in the stack tags, as the Pulumi CLI does", () => {
        const dir = project({
            "Pulumi.yaml": "name: shop\nruntime: nodejs\n",
            "Pulumi.qa.yaml":
                "config:\n  shop:capacity:\n    __proto__: 5\n    constructor: 7\n    qpsPerNode: 1000\n  shop:db:\n    __proto__:\n      host: db.internal\n      password:\n        secure: AAAB\n" +
                "  pulumi:tags:\n    __proto__: odd\n    constructor: also-odd\n    team: storefront\n",
        });
        const s = loadStack(loadProject(dir), "qa");
        expect(Object.entries(JSON.parse(s.config["shop:capacity"]))).to.deep.equal([["__proto__", 5], ["constructor", 7], ["qpsPerNode", 1000]]);
        const db = JSON.parse(s.config["shop:db"]);
        expect(Object.keys(db)).to.deep.equal(["__proto__"]);
        expect(Object.getOwnPropertyDescriptor(db, "__proto__")?.value).to.deep.equal({ host: "db.internal", password: REDACTED_SECRET });
        expect(s.secretKeys).to.deep.equal(["shop:db"]);
        expect(Object.getPrototypeOf(s.tags)).to.equal(Object.prototype);
        expect(Object.entries(s.tags)).to.deep.include.members([["__proto__", "odd"], ["constructor", "also-odd"], ["team", "storefront"]]);
    });

    it("accepts ORG/STACK and ORG/PROJECT/STACK", () => {
        expect(parseStackName("acme/retail-prod")).to.deep.equal({ organization: "acme", stack: "retail-prod" });
        expect(parseStackName("acme/zonesafe/retail-prod")).to.deep.equal({ organization: "acme", stack: "retail-prod" });
        expect(cliError(() => parseStackName("a//b")).problem).to.match(/not a stack name/);
    });

    it("refuses, in one line that names the fix: no Pulumi.yaml, another runtime, no stack, several stacks, an unknown stack, bad YAML", () => {
        const empty = tempDir();
        expect(errorLine(cliError(() => loadProject(empty)))).to.equal(`zonesafe: no Pulumi.yaml in ${empty} (run zonesafe in a Pulumi project directory, or pass --cwd DIR)`);
        expect(cliError(() => loadProject(path.join(PROJECTS, "python-project"))).problem).to.match(/uses the python runtime/);
        const noStacks = loadProject(path.join(PROJECTS, "no-stacks"));
        expect(cliError(() => loadStack(noStacks, undefined)).problem).to.match(/has no stack: no Pulumi.<stack>.yaml/);
        const plain = loadProject(path.join(PROJECTS, "plain"));
        expect(cliError(() => loadStack(plain, undefined)).fix).to.equal("pass --stack with one of: dev, prod");
        const unknown = cliError(() => loadStack(plain, "staging"));
        expect(unknown.problem).to.match(/^unknown stack 'staging': no Pulumi.staging.yaml in /);
        expect(unknown.fix).to.equal("pass --stack with one of: dev, prod");
        const bad = project({ "Pulumi.yaml": "name: x\nruntime: nodejs\n", "Pulumi.dev.yaml": "config:\n  a: [1,\n  b: 2\n" });
        const yamlError = cliError(() => loadStack(loadProject(bad), "dev"));
        expect(yamlError.problem).to.match(/Pulumi\.dev\.yaml is not valid YAML at line \d+, column \d+/);
        expect(errorLine(yamlError)).to.not.include("\n");
        expect(cliError(() => parseOverrides(["novalue"], [])).fix).to.match(/--config key=value/);
        const noName = project({ "Pulumi.yaml": "runtime: nodejs\n" });
        expect(cliError(() => loadProject(noName)).fix).to.equal("add `name: <project>` to Pulumi.yaml");
    });
});
