import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { CliError } from "../../cli/errors";
import { loadProject, loadStack } from "../../cli/project";
import { resolveEntry, runProgram } from "../../cli/run";
import { SECRET_SIG, SIG_KEY, UNKNOWN } from "../../engine/types";
import { PROJECTS, tempDir } from "./helpers";

async function run(dir: string, stack?: string) {
    const project = loadProject(dir);
    return runProgram(project, loadStack(project, stack), { programOutput: "drop" });
}

async function failure(dir: string, stack?: string): Promise<CliError> {
    try {
        await run(dir, stack);
    } catch (e) {
        expect(e).to.be.instanceOf(CliError);
        return e as CliError;
    }
    throw new Error(`expected the program in ${dir} to fail`);
}

describe("cli/run: running any Pulumi TypeScript program under the embedded engine", () => {
    it("runs a program that does not use zonesafe's components, as a preview inside its root stack", async () => {
        const cwd = process.cwd();
        const result = await run(path.join(PROJECTS, "plain"), "dev");
        expect(process.cwd()).to.equal(cwd, "the working directory is restored");
        expect(result.entryFile).to.equal(path.join(PROJECTS, "plain", "index.ts"));
        const { stack } = result;
        expect([stack.project, stack.stack, stack.dryRun]).to.deep.equal(["plain-shop", "dev", true]);
        const types = stack.resources.map((r) => r.type);
        expect(types[0]).to.equal("pulumi:pulumi:Stack");
        expect(types).to.include.members(["tencentcloud:index/clbInstance:ClbInstance", "kubernetes:apps/v1:Deployment", "tencentcloud:index/securityGroupRuleSet:SecurityGroupRuleSet"]);
        const clb = stack.resources.find((r) => r.type === "tencentcloud:index/clbInstance:ClbInstance");
        expect(clb?.inputs.zoneId).to.equal("ap-guangzhou-3", "config reached the program");
        expect(clb?.inputs.vpcId).to.equal(UNKNOWN, "ids are unknown in a preview");
        const db = stack.resources.find((r) => r.type === "tencentcloud:index/mysqlInstance:MysqlInstance");
        expect(db?.inputs.rootPassword).to.deep.equal({ [SIG_KEY]: SECRET_SIG, value: "[secret]" });
        expect(stack.tags.environment).to.equal("development");
        expect(result.notes.join("\n")).to.match(/plain-shop:dbPassword cannot be decrypted offline/);
    });

    it("runs an ES module program through its default export, and a `main` named in Pulumi.yaml", async () => {
        const esm = await run(path.join(PROJECTS, "esm-program"));
        expect(esm.stack.resources.map((r) => r.name)).to.deep.equal(["esm-shop-dev", "esm-vpc"]);
        expect(esm.stack.resources[1].inputs.cidrBlock).to.equal("10.9.0.0/16");
        expect(resolveEntry(loadProject(path.join(PROJECTS, "esm-program"))).esm).to.equal(true);
        const things = await run(path.join(PROJECTS, "things"), "prod");
        expect(things.entryFile).to.equal(path.join(PROJECTS, "things", "program.ts"));
        expect(things.stack.resources.filter((r) => r.type === "tiny:index:Thing").map((r) => r.inputs.zone)).to.deep.equal(["ap-guangzhou-3", "ap-shanghai-2"]);
    });

    it("reports a program that throws as `the program failed: <message>`", async () => {
        const e = await failure(path.join(PROJECTS, "broken-program"));
        expect(e.problem).to.equal("the program failed: zones must list at least 2 distinct zones for a multi-AZ shop; got 1 (ap-guangzhou-3)");
        expect(e.cause).to.be.instanceOf(Error);
    });

    it("names missing dependencies and a missing entry point", async () => {
        const dir = tempDir();
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: deps\nruntime: nodejs\n");
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), "config: {}\n");
        fs.writeFileSync(path.join(dir, "index.ts"), 'import "@pulumi/pulumi";\n');
        const missingSdk = await failure(dir);
        expect(missingSdk.problem).to.match(/@pulumi\/pulumi cannot be found/);
        expect(missingSdk.fix).to.equal(`run npm install in ${dir}`);

        const inRepo = path.join(PROJECTS, "plain");
        const project = loadProject(inRepo);
        expect(() => resolveEntry({ ...project, main: "nowhere.ts" })).to.throw(CliError, /entry point .*nowhere\.ts does not exist/);
    });

    it("runs the program against zonesafe's SDK when the project has its own copy, and says so", async () => {
        const dir = tempDir();
        const sdk = path.join(dir, "node_modules", "@pulumi", "pulumi");
        fs.mkdirSync(sdk, { recursive: true });
        fs.writeFileSync(path.join(sdk, "package.json"), JSON.stringify({ name: "@pulumi/pulumi", version: "3.0.0", main: "index.js" }));
        fs.writeFileSync(path.join(sdk, "index.js"), 'throw new Error("the project\'s own SDK must not be loaded");\n');
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: own-sdk\nruntime: nodejs\n");
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), "config: {}\n");
        fs.writeFileSync(
            path.join(dir, "index.ts"),
            'import * as pulumi from "@pulumi/pulumi";\nnew pulumi.CustomResource("own:index:Thing", "thing", { size: 1 });\n',
        );
        const result = await run(dir);
        expect(result.stack.resources.map((r) => r.type)).to.deep.equal(["pulumi:pulumi:Stack", "own:index:Thing"]);
        expect(result.notes.join("\n")).to.match(/@pulumi\/pulumi 3\.0\.0 was replaced by zonesafe's 3\.248\.0/);
    });
});
