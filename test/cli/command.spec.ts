/**
 * The `zonesafe` command as a process: against a Pulumi TypeScript project that does not use
 * zonesafe's components, with zonesafe's pack and with another pack, `assess` on fixture exports in
 * both naming routes and on `pulumi preview --json`, and every kind of bad input. Runs that evaluate
 * a pack start it with ts-node (several seconds each), so each run is made once and checked at length.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Writable } from "stream";
import { main } from "../../cli/main";
import { PROGRESS_LINE_PREFIX, stripAnsi } from "../../cli/term";
import { CliRun, describeRun, PROJECTS, reportSchemaErrors, ROOT, runAll, sarifSchemaErrors, STATES, TINY_PACK, tempDir } from "./helpers";

const PLAIN = path.join(PROJECTS, "plain");

function json(run: CliRun): any {
    try {
        return JSON.parse(run.stdout);
    } catch (e) {
        throw new Error(`stdout is not JSON (${(e as Error).message})\n${describeRun(run)}`, { cause: e });
    }
}

/** The one line an error run prints: `zonesafe: <problem> (<fix>)` (after progress lines, if any). */
function errorLine(run: CliRun): string {
    expect(run.code, describeRun(run)).to.equal(2);
    expect(run.stdout, describeRun(run)).to.equal("");
    const lines = run.stderr
        .trimEnd()
        .split("\n")
        .filter((l) => !l.startsWith(PROGRESS_LINE_PREFIX));
    expect(lines, describeRun(run)).to.have.length(1);
    expect(lines[0]).to.match(/^zonesafe: /);
    expect(run.stderr).to.not.match(/\n\s+at /, "no stack trace");
    return lines[0];
}

describe("zonesafe (the command, run as a process)", function () {
    this.timeout(600_000);

    describe("checks a project that does not use zonesafe's components, and fixture exports", () => {
        const out = tempDir();
        let runs: CliRun[];
        const tinyConfig = path.join(out, "tiny.json");
        before(async () => {
            fs.writeFileSync(tinyConfig, JSON.stringify({ "tiny-max-replicas": { maxReplicas: 10 } }));
            fs.writeFileSync(path.join(out, "zonesafe.json"), "{}");
            runs = await runAll([
                { args: ["preview", "--stack", "dev"], opts: { cwd: PLAIN, env: { FORCE_COLOR: "1" } } },
                { args: ["preview", "--cwd", PLAIN, "--stack", "prod", "--format", "json"], opts: { cwd: os.tmpdir() } },
                { args: ["preview", "--cwd", "test/fixtures/projects/plain", "--stack", "prod", "--format", "sarif", "--out", path.join(out, "plain.sarif")] },
                {
                    args: [
                        "preview", "--cwd", path.join(PROJECTS, "things"), "--stack", "dev",
                        "--policy-pack", TINY_PACK, "--policy-pack", "policies",
                        "--policy-pack-config", tinyConfig, "--policy-pack-config", path.join(out, "zonesafe.json"),
                        "--format", "html", "--out", path.join(out, "things.html"),
                    ],
                },
                { args: ["assess", "--state", path.join(STATES, "storefront-prod.official.json"), "--format", "json"] },
                { args: ["assess", "--state", path.join(STATES, "storefront-prod.static.json"), "--format", "json"] },
                { args: ["--format", "sarif", "assess", "--state", path.join(STATES, "storefront-prod.preview.json"), "--quiet"] },
            ]);
        });

        it("preview prints the plan, findings by level with fixes, the score and the result as text; colored when forced", () => {
            const run = runs[0];
            expect(run.code, describeRun(run)).to.equal(0);
            expect(run.stdout).to.include("\u001b[");
            const text = stripAnsi(run.stdout);
            expect(text).to.match(/^zonesafe preview · plain-shop\/dev · 7 resources · pack zonesafe /);
            expect(text).to.match(/tencentcloud:index\/clbInstance:ClbInstance +1 +1 +-/);
            expect(text).to.match(/Findings: 0 mandatory, \d+ advisory/);
            expect(text).to.include("▲ [high] clb-instance-multi-az · shop-clb (tencentcloud:index/clbInstance:ClbInstance)");
            expect(text).to.match(/fix: Set `masterZoneId` and a different `slaveZoneId`/);
            expect(text).to.match(/securitygroup-ingress-restricted-ports · shop-web-rules/);
            expect(text).to.match(/kubernetes-workload-replicas · shop-front/);
            expect(text).to.match(/Health score: \d+\/100/);
            expect(text).to.include('plain-shop:dbPassword cannot be decrypted offline and ran as "[secret]"');
            expect(text.trimEnd().split("\n").pop()).to.equal("PASS — no mandatory violation (exit code 0)");
        });

        it("preview --format json follows the schema, exits 1 on a mandatory violation, and runs from another directory", () => {
            const run = runs[1];
            expect(run.code, describeRun(run)).to.equal(1);
            const report = json(run);
            expect(run.stderr).to.include("shop front in ap-guangzhou-4, ports 443 open to the internet", "the program's own output goes to stderr");
            expect(reportSchemaErrors(report)).to.equal("");
            expect(report.command).to.equal("preview");
            expect(report.stack).to.deep.include({ project: "plain-shop", stack: "prod", dryRun: true });
            expect(report.source.stackFile, "paths relative to where the command ran").to.equal(path.relative(fs.realpathSync(os.tmpdir()), path.join(PLAIN, "Pulumi.prod.yaml")).split(path.sep).join("/"));
            expect(report.plan.zones).to.deep.equal(["ap-guangzhou-4"]);
            const mandatory = report.findings.filter((f: any) => f.level === "mandatory").map((f: any) => f.policy);
            expect(mandatory).to.include.members(["clb-instance-multi-az", "mysql-instance-multi-az", "kubernetes-workload-replicas", "securitygroup-ingress-restricted-ports"]);
            for (const f of report.findings) {
                expect(f).to.have.all.keys("id", "policy", "pack", "packVersion", "level", "severity", "pillar", "urn", "resourceType", "resourceName", "message", "description", "fix", "tags");
                expect(f.fix, f.policy).to.be.a("string");
            }
            expect(report.score.value).to.be.a("number").and.within(0, 100);
            expect(report.result).to.deep.equal({ exitCode: 1, passed: false, mandatoryViolations: mandatory.length });
        });

        it("preview --format sarif --out writes SARIF 2.1.0 that the schema accepts, pointing at the stack file", () => {
            const run = runs[2];
            expect(run.code, describeRun(run)).to.equal(1);
            expect(run.stdout).to.equal("");
            expect(run.stderr.trimEnd().split("\n").pop()).to.match(/^zonesafe: wrote .*plain\.sarif \(\d+ mandatory, \d+ advisory; exit code 1\)$/);
            const log = JSON.parse(fs.readFileSync(path.join(out, "plain.sarif"), "utf8"));
            expect(sarifSchemaErrors(log)).to.equal("");
            const results = log.runs[0].results;
            expect(results.length).to.be.greaterThan(0);
            expect(results[0].level).to.equal("error");
            expect(results[0].locations[0].physicalLocation.artifactLocation.uri).to.equal("test/fixtures/projects/plain/Pulumi.prod.yaml");
            expect(log.runs[0].automationDetails.id).to.equal("zonesafe/plain-shop/prod/");
        });

        it("evaluates another pack beside zonesafe's, with per-pack configs, and writes a self-contained HTML report", () => {
            const run = runs[3];
            expect(run.code, describeRun(run)).to.equal(1);
            const html = fs.readFileSync(path.join(out, "things.html"), "utf8");
            expect(html).to.match(/^<!DOCTYPE html>/);
            expect(html).to.not.match(/<script|\ssrc=|href=/i);
            expect(html).to.include("tiny-known-zone").and.include("tiny-secret-length");
            expect(html).to.not.include("Thing must have replicas &lt;= ", "the config file raised maxReplicas");
            expect(html).to.include("tiny-required-tags", "a remediation was applied to thing-a");
            expect(html).to.include("zonesafe 0.1.0").and.include("tiny-pack 0.1.0");
        });

        it("assess reads stack exports in both naming routes alike", () => {
            const [official, stat] = [json(runs[4]), json(runs[5])];
            for (const [run, report] of [[runs[4], official], [runs[5], stat]] as const) {
                expect(run.code, describeRun(run)).to.equal(1);
                expect(reportSchemaErrors(report)).to.equal("");
                expect(report.source.kind).to.equal("stack-export");
                expect(report.stack).to.deep.include({ project: "storefront", stack: "prod", dryRun: false, resourceCount: 15 });
            }
            const key = (r: any) => r.findings.map((f: any) => `${f.level} ${f.policy} ${f.resourceName}`).sort();
            expect(key(stat)).to.deep.equal(key(official));
            expect(key(official)).to.include.members(["mandatory clb-instance-multi-az front", "mandatory securitygroup-ingress-restricted-ports web-rules"]);
            expect(official.findings.some((f: any) => f.policy === "mysql-instance-multi-az")).to.equal(false, "a waiver exempts the MySQL instance");
            expect(official.waivers.map((w: any) => [w.policy, w.resourceName])).to.deep.equal([
                ["clb-instance-multi-az", "front"],
                ["mysql-instance-multi-az", "orders"],
            ]);
            expect(stat.score.value).to.equal(official.score.value);
            expect(stat.plan.zones).to.deep.equal(["ap-guangzhou-3", "ap-guangzhou-4"]);
            expect(official.notes.join("\n")).to.match(/marked for deletion/);
        });

        it("assess reads `pulumi preview --json` and writes SARIF to stdout", () => {
            const run = runs[6];
            expect(run.code, describeRun(run)).to.equal(1);
            expect(run.stderr).to.equal("", "--quiet prints only the report");
            const log = JSON.parse(run.stdout);
            expect(sarifSchemaErrors(log)).to.equal("");
            const names = log.runs[0].results.map((r: any) => r.locations[0].logicalLocations[0].name);
            expect(names).to.include("storefront-worker");
            expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).to.equal("test/fixtures/states/storefront-prod.preview.json");
        });
    });

    describe("refuses bad input with one line and exit code 2", () => {
        let runs: CliRun[];
        const empty = tempDir();
        before(async () => {
            runs = await runAll(
                [
                    { args: ["preview", "--cwd", empty] },
                    { args: ["preview", "--cwd", PLAIN, "--stack", "staging"] },
                    { args: ["preview", "--cwd", path.join(PROJECTS, "broken-program")] },
                    { args: ["assess", "--state", path.join(STATES, "malformed.json")] },
                    { args: ["assess", "--state", path.join(STATES, "truncated.json")] },
                    { args: ["preview", "--format", "xml"] },
                    { args: ["preview", "--cwd", path.join(PROJECTS, "broken-program")], opts: { env: { ZONESAFE_DEBUG: "1" } } },
                    { args: ["preview", "--cwd", PLAIN], opts: { cwd: os.tmpdir() } },
                ],
                3,
            );
        });

        it("no Pulumi.yaml", () => {
            expect(errorLine(runs[0])).to.equal(`zonesafe: no Pulumi.yaml in ${empty} (run zonesafe in a Pulumi project directory, or pass --cwd DIR)`);
        });

        it("an unknown stack, and several stacks with none chosen", () => {
            expect(errorLine(runs[1])).to.match(/^zonesafe: unknown stack 'staging': no Pulumi\.staging\.yaml in .* \(pass --stack with one of: dev, prod\)$/);
            expect(errorLine(runs[7])).to.match(/^zonesafe: the project plain-shop has 2 stacks \(pass --stack with one of: dev, prod\)$/);
        });

        it("a program that throws, with the stack trace only under ZONESAFE_DEBUG=1", () => {
            expect(errorLine(runs[2])).to.equal(
                "zonesafe: the program failed: zones must list at least 2 distinct zones for a multi-AZ shop; got 1 (ap-guangzhou-3) (fix the program; ZONESAFE_DEBUG=1 shows the stack trace)",
            );
            const debug = runs[6];
            expect(debug.code).to.equal(2);
            expect(debug.stderr.split("\n").find((l) => !l.startsWith(PROGRESS_LINE_PREFIX))).to.match(/^zonesafe: the program failed: zones must list/);
            expect(debug.stderr).to.match(/\n\s+at .*index\.ts/);
        });

        it("a malformed or truncated export, naming the file and the position", () => {
            expect(errorLine(runs[3])).to.match(/^zonesafe: .*malformed\.json is not valid JSON at line 344, column \d+: Expected ',' or '}' after property value \(the file is damaged; /);
            expect(errorLine(runs[4])).to.match(/^zonesafe: .*truncated\.json is truncated: the JSON ends early at line \d+, column \d+ \(the file is damaged; /);
        });

        it("an unknown format", () => {
            expect(errorLine(runs[5])).to.equal(
                "zonesafe: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif, html, mermaid, yaml, md. (run zonesafe --help for the usage)",
            );
        });
    });
});

describe("zonesafe in-process: usage errors and flags", () => {
    /** A stream that keeps what is written to it. */
    const sink = (into: string[]) =>
        new Writable({
            write(chunk: Buffer, _encoding, callback) {
                into.push(String(chunk));
                callback();
            },
        });
    const io = () => {
        const out: string[] = [];
        const err: string[] = [];
        return { out, err, io: { stdout: sink(out), stderr: sink(err), cwd: ROOT, env: {} } };
    };

    async function usage(args: string[]): Promise<string> {
        const t = io();
        const code = await main(args, t.io);
        expect(code, t.err.join("")).to.equal(2);
        const lines = t.err.join("").trimEnd().split("\n");
        return lines[lines.length - 1];
    }

    it("names each usage problem and its fix", async () => {
        expect(await usage([])).to.equal("zonesafe: no command given (run zonesafe preview or zonesafe assess --state FILE)");
        expect(await usage(["deploy"])).to.equal("zonesafe: unknown command 'deploy' (run zonesafe --help for the usage)");
        expect(await usage(["assess"])).to.equal("zonesafe: required option '--state <file>' not specified (run zonesafe --help for the usage)");
        expect(await usage(["preview", "--bogus"])).to.equal("zonesafe: unknown option '--bogus' (run zonesafe --help for the usage)");
        expect(await usage(["--format", "html", "preview", "--cwd", PLAIN, "--stack", "dev"])).to.equal("zonesafe: --format html needs --out FILE (add --out report.html)");
        expect(await usage(["preview", "--cwd", PLAIN, "--stack", "dev", "--policy-pack-config", "a.json", "--policy-pack-config", "b.json"])).to.equal(
            "zonesafe: 2 --policy-pack-config file(s) for 1 policy pack(s) (give one --policy-pack-config per --policy-pack, in the same order)",
        );
        expect(await usage(["preview", "--policy-pack", "nowhere"])).to.equal(
            `zonesafe: the policy pack directory ${path.join(ROOT, "nowhere")} does not exist (pass --policy-pack with the directory that holds PulumiPolicy.yaml)`,
        );
        expect(await usage(["preview", "--policy-pack", "test"])).to.match(/^zonesafe: .*test is not a policy pack: it has no PulumiPolicy\.yaml/);
        expect(await usage(["preview", "--cwd", PLAIN, "--stack", "dev", "--policy-pack-config", "missing.json"])).to.equal(
            `zonesafe: the policy pack config ${path.join(ROOT, "missing.json")} does not exist (pass --policy-pack-config with a JSON file)`,
        );
        expect(await usage(["preview", "--cwd", PLAIN, "--stack", "dev", "--policy-pack-config", "test"])).to.equal(
            `zonesafe: the policy pack config ${path.join(ROOT, "test")} is a directory; a regular file is needed (pass --policy-pack-config with a JSON file)`,
        );
        expect(await usage(["assess", "--state", path.join(STATES, "not-a-state.json")])).to.match(/is neither a `pulumi stack export`/);
        expect(await usage(["preview", "--cwd", path.join(PROJECTS, "python-project")])).to.match(/uses the python runtime; zonesafe preview runs only Node\.js/);
    });

    it("prints the version and help with exit code 0", async () => {
        const v = io();
        expect(await main(["--version"], v.io)).to.equal(0);
        expect(v.out.join("")).to.equal(`${JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version}\n`);
        const h = io();
        expect(await main(["--help"], h.io)).to.equal(0);
        expect(h.out.join("")).to.include("preview").and.include("assess").and.include("--policy-pack-config <file>");
        const ph = io();
        expect(await main(["preview", "--help"], ph.io)).to.equal(0);
        expect(ph.out.join("")).to.include("--stack <name>").and.include("--secret <key=value>");
    });
});
