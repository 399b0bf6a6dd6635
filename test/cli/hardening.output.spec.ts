/**
 * The command's output under hostile input: no secret in any format or error line, reports that are
 * complete or not written at all and never written over an input or a special file, names whose
 * escapes and markup are shown and never executed, state files refused with an error that says what
 * is wrong with them, and no absolute path of the machine in the text, HTML and SARIF reports.
 *
 * The fixture program (test/fixtures/projects/hostile) pins its CLB to a zone given as
 * `pulumi.secret(...)`, which the CLB policy quotes; its resource names carry terminal escapes, HTML
 * and Markdown, and one is thousands of characters long.
 */
import { expect } from "chai";
import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { fakeHookContext, stderrOf } from "../support/hookContext";
import { CliError } from "../../cli/errors";
import { checkReportTarget, jsonDepth, readError, runInputs, writeFileAtomic, writeReportFile } from "../../cli/files";
import { parseOverrides } from "../../cli/project";
import { Redactor, REDACTION, secretsOfStack } from "../../cli/redact";
import { mermaidText, markdownText } from "../../cli/report/mermaid";
import { labelText, MAX_LABEL_LENGTH } from "../../cli/report/diagram";
import { buildReport } from "../../cli/report/model";
import { renderSarif } from "../../cli/report/sarif";
import { renderText } from "../../cli/report/text";
import { visibleControls } from "../../cli/sanitize";
import { importState, MAX_JSON_DEPTH } from "../../cli/state";
import { SECRET_SIG, SIG_KEY } from "../../engine/types";
import { requireChromium } from "../support/chromium";
import { CliOptions, CliRun, describeRun, PROJECTS, ROOT, runAll, STATES, tempDir } from "./helpers";

/** The zone the fixture program gives as a secret. */
const SECRET_ZONE = "ap-guangzhou-7";
/** The database password given with --secret. */
const DB_PASSWORD = "zs-db-Pa55word-9";
/** A secret config value of `assess`, which nothing quotes. */
const API_TOKEN = "zs-api-T0ken-5521";
const SECRETS = [SECRET_ZONE, DB_PASSWORD, API_TOKEN];
const HOSTILE = path.join(PROJECTS, "hostile");
/** The formats each command is run with as a process; text and SARIF are rendered from its JSON report model. */
const PROCESS_FORMATS = ["json", "mermaid", "html"] as const;
/** Runs of the whole command may be slow on a busy machine: the pack's first start compiles it. */
const SLOW: CliOptions = { timeoutMs: 600_000 };
/** A raw control character (C0 but tab and line feed, DEL, C1). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = new RegExp("[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]");
/** The same, or the replacement character that undecodable bytes become. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL_OR_REPLACEMENT = new RegExp("[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\ufffd]");

/** How often `needle` occurs in `text`. */
function count(text: string, needle: string): number {
    return text.split(needle).length - 1;
}

/** The export of test/fixtures/states with the CLB's zone turned into a plaintext secret (as `pulumi stack export --show-secrets` writes it). */
function exportWithSecretZone(): object {
    const doc = JSON.parse(fs.readFileSync(path.join(STATES, "storefront-prod.official.json"), "utf8"));
    const clb = doc.deployment.resources.find((r: { type: string }) => r.type.endsWith("clbInstance:ClbInstance"));
    const secret = { [SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(SECRET_ZONE) };
    clb.inputs.zoneId = secret;
    clb.outputs.zoneId = secret;
    delete clb.inputs.tags["zonesafe:waive:clb-instance-multi-az"];
    delete clb.outputs.tags["zonesafe:waive:clb-instance-multi-az"];
    return doc;
}

/** The part of a Mermaid comment outside its fenced diagram. */
function outsideFence(comment: string): string {
    return comment.replace(/```mermaid[\s\S]*?```/g, "");
}

describe("cli/hardening: the command's output under hostile input", function () {
    this.timeout(1_200_000);
    let tmp: string;
    let exportFile: string;
    const outputs: Record<string, string> = {};
    let runs: CliRun[];

    before(() => {
        tmp = tempDir("zonesafe-hardening-");
        exportFile = path.join(tmp, "storefront-secret.export.json");
        fs.writeFileSync(exportFile, JSON.stringify(exportWithSecretZone(), null, 2));
    });

    /** The runs of the whole command every format is checked on, started by the first test that needs them. */
    let started: Promise<void> | undefined;
    const commandRuns = (): Promise<void> => (started ??= runCommands());
    const runCommands = async (): Promise<void> => {
        // Three runs per command: JSON (the report model, which the text and SARIF formats render, as
        // the command does), Mermaid and HTML (which also draw the diagram).
        const out = (cmd: string, format: string) => (format === "html" ? ["--out", path.join(tmp, `${cmd}.html`)] : []);
        const previewArgs = PROCESS_FORMATS.map((format) => ["preview", "--cwd", HOSTILE, "--secret", `dbPassword=${DB_PASSWORD}`, "--format", format, ...out("preview", format)]);
        const assessArgs = PROCESS_FORMATS.map((format) => ["assess", "--state", exportFile, "--secret", `zonesafe:apiToken=${API_TOKEN}`, "--format", format, ...out("assess", format)]);
        runs = await runAll([...previewArgs, ...assessArgs].map((args) => ({ args, opts: SLOW })));
        for (const [cmd, offset] of [["preview", 0], ["assess", PROCESS_FORMATS.length]] as const) {
            PROCESS_FORMATS.forEach((format, i) => {
                outputs[`${cmd}.${format}`] = format === "html" ? fs.readFileSync(path.join(tmp, `${cmd}.html`), "utf8") : runs[offset + i].stdout;
            });
            const report = JSON.parse(outputs[`${cmd}.json`]);
            outputs[`${cmd}.text`] = renderText(report, { cwd: ROOT });
            outputs[`${cmd}.sarif`] = renderSarif(report, { cwd: ROOT });
        }
    };

    describe("secrets", () => {
        it("never shows a secret: program secrets quoted by a policy, secret config and --secret values, in every format of preview and assess", async () => {
            await commandRuns();
            for (const run of runs) expect(run.code, describeRun(run)).to.be.oneOf([0, 1]);
            for (const [name, text] of Object.entries(outputs)) {
                expect(text.length, name).to.be.greaterThan(0);
                for (const secret of SECRETS) expect(count(text, secret), `${secret} in ${name}`).to.equal(0);
            }
            for (const run of runs) for (const secret of SECRETS) expect(count(run.stderr, secret), `${secret} on stderr of ${run.args.join(" ")}`).to.equal(0);
            // The policy did quote the zone: the message is there, with the secret redacted.
            for (const json of [outputs["preview.json"], outputs["assess.json"]]) {
                const report = JSON.parse(json);
                const clb = report.findings.find((f: { policy: string; message: string }) => f.policy === "clb-instance-multi-az" && f.message.includes("`zoneId`"));
                expect(clb?.message, json.slice(0, 300)).to.include(`pins it to ${REDACTION}`);
                expect(report.plan.zones).to.include(REDACTION);
            }
            expect(outputs["preview.text"]).to.include(`lose ${REDACTION}`);
            expect(outputs["preview.mermaid"]).to.include(REDACTION);
        });

        it("never echoes a secret in an error: the SDK's error for a bad secret config value, and a --secret without a key", async () => {
            const [bad, keyless] = await runAll([
                { args: ["preview", "--cwd", HOSTILE, "--secret", "replicas=zs-not-a-number-31", "--secret", `dbPassword=${DB_PASSWORD}`, "-q"], opts: SLOW },
                { args: ["assess", "--state", exportFile, "--secret", "=zs-lonely-value-8"] },
            ]);
            expect(bad.code, describeRun(bad)).to.equal(2);
            expect(bad.stderr).to.match(/^zonesafe: the program failed: .*is not a valid number/m);
            expect(bad.stderr).to.include(REDACTION);
            expect(bad.stderr + bad.stdout).to.not.include("zs-not-a-number-31");
            expect(keyless.code, describeRun(keyless)).to.equal(2);
            expect(keyless.stderr.trim().split("\n")).to.have.length(1);
            expect(keyless.stderr).to.include("--secret").and.not.include("zs-lonely-value-8");
            expect(() => parseOverrides([], ["no-equals-sign-secret"])).to.throw(CliError).that.satisfies((e: CliError) => !e.message.includes("no-equals-sign-secret"));
        });

        it("redacts long values inside any text and short ones only where a field is exactly the value", () => {
            const r = new Redactor(["hunter2-long-secret", "80", "  ", REDACTION]);
            expect(r.size).to.equal(2);
            expect(r.text("password hunter2-long-secret!")).to.equal(`password ${REDACTION}!`);
            expect(r.text("port 8080")).to.equal("port 8080");
            expect(r.text("80")).to.equal(REDACTION);
            const deep = r.deep({ a: ["x hunter2-long-secret", { "hunter2-long-secret": 80, b: "80" }], n: 80 });
            expect(deep).to.deep.equal({ a: [`x ${REDACTION}`, { [REDACTION]: 80, b: REDACTION }], n: 80 });
            const stack = importState(exportFile).stack;
            stack.config["zonesafe:token"] = '{"key":"nested-secret-value"}';
            stack.configSecretKeys = ["zonesafe:token"];
            expect(secretsOfStack(stack)).to.include.members([SECRET_ZONE, "nested-secret-value"]);
        });
    });

    describe("files", () => {
        it("writes a report through a temporary file: a failed write (a full disk) leaves the previous report intact and nothing behind", async () => {
            await commandRuns();
            const dir = tempDir("zonesafe-out-");
            const file = path.join(dir, "report.json");
            fs.writeFileSync(file, "previous report\n");
            const full = (fd: number, text: string) => {
                fs.writeSync(fd, text.slice(0, 10));
                throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
            };
            expect(() => writeReportFile(file, "x".repeat(100_000), full)).to.throw(CliError, /cannot write .*report\.json: the disk is full; the previous file is unchanged/);
            expect(fs.readFileSync(file, "utf8")).to.equal("previous report\n");
            expect(fs.readdirSync(dir)).to.deep.equal(["report.json"]);
            writeFileAtomic(file, "new report\n");
            expect(fs.readFileSync(file, "utf8")).to.equal("new report\n");
            expect(fs.readdirSync(dir)).to.deep.equal(["report.json"]);
            // The HTML reports of the runs above were written the same way: no temporary file beside them.
            expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).to.deep.equal([]);
        });

        it("refuses --out naming an input (the state, a policy pack config, the program's files) or a special file, in one line, without hanging", async () => {
            const dir = tempDir("zonesafe-out-");
            const state = path.join(dir, "state.json");
            fs.copyFileSync(exportFile, state);
            const before = fs.readFileSync(state, "utf8");
            const project = path.join(dir, "shop");
            fs.cpSync(HOSTILE, project, { recursive: true });
            const fifo = path.join(dir, "fifo");
            await new Promise<void>((resolve, reject) => execFile("mkfifo", [fifo], (err) => (err ? reject(err) : resolve())));
            const config = path.join(dir, "config.json");
            fs.writeFileSync(config, "{}\n");
            const cases: Array<{ args: string[]; problem: RegExp }> = [
                { args: ["assess", "--state", state, "--out", state], problem: /is an input of this run/ },
                { args: ["assess", "--state", state, "--out", path.relative(ROOT, state)], problem: /is an input of this run/ },
                { args: ["assess", "--state", state, "--policy-pack-config", config, "--out", config], problem: /is an input of this run/ },
                { args: ["preview", "--cwd", project, "--out", path.join(project, "Pulumi.dev.yaml")], problem: /is an input of this run/ },
                { args: ["preview", "--cwd", project, "--out", path.join(project, "index.ts")], problem: /is an input of this run|is a file of the program/ },
                { args: ["preview", "--cwd", project, "--out", path.join(project, "package.json")], problem: /is a file of the program/ },
                { args: ["assess", "--state", state, "--out", "/proc/self/zonesafe-report.json"], problem: /is under \/proc/ },
                { args: ["assess", "--state", state, "--out", "/proc/self/comm"], problem: /is under \/proc/ },
                { args: ["assess", "--state", state, "--out", "/dev/full"], problem: /is under \/dev/ },
                { args: ["assess", "--state", state, "--out", fifo], problem: /is a named pipe \(FIFO\); a report is written to a regular file/ },
                { args: ["assess", "--state", state, "--out", dir], problem: /is a directory/ },
            ];
            const results = await runAll(cases.map((c) => ({ args: c.args })), 2);
            results.forEach((run, i) => {
                expect(run.code, describeRun(run)).to.equal(2);
                const lines = run.stderr.trim().split("\n");
                expect(lines, describeRun(run)).to.have.length(1);
                expect(lines[0]).to.match(/^zonesafe: --out .*\(pass --out with a new file name for the report\)$/);
                expect(lines[0], describeRun(run)).to.match(cases[i].problem);
                expect(run.ms, describeRun(run)).to.be.below(30_000);
            });
            expect(fs.readFileSync(state, "utf8")).to.equal(before);
            expect(fs.readFileSync(path.join(project, "Pulumi.dev.yaml"), "utf8")).to.equal(fs.readFileSync(path.join(HOSTILE, "Pulumi.dev.yaml"), "utf8"));
            // A new file, or a previous report, is fine.
            expect(checkReportTarget("report.json", dir, runInputs([], [state]))).to.equal(path.join(dir, "report.json"));
            expect(checkReportTarget("new/dir/report.html", project, runInputs([{ dir: ROOT }], [], [project]))).to.equal(path.join(project, "new", "dir", "report.html"));
        });
    });

    describe("escaping", () => {
        it("shows control characters of names in the text report as escapes, never as they are", async () => {
            await commandRuns();
            const text = outputs["preview.text"];
            expect(text).to.not.match(RAW_CONTROL);
            expect(text).to.include("\\x1b]8;;https://evil.example/\\x07shop-clb");
            expect(text).to.include("<script>alert(1)</script>\\x1b[2J\\x1b[31m\\x9b1m");
            expect(visibleControls("a\u001b[31mb\u202ec\nd")).to.equal("a\\x1b[31mb\\u202ec\nd");
        });

        it("escapes Markdown and HTML in the Mermaid comment and caps its labels; the HTML report escapes every name", async () => {
            await commandRuns();
            const comment = outputs["preview.mermaid"];
            expect(comment).to.not.match(RAW_CONTROL);
            expect(comment).to.not.include("<img").and.not.include("<script");
            const markdown = outsideFence(comment);
            expect(markdown).to.include("&lt;img src=x onerror=alert(1)&gt;");
            expect(markdown).to.include("\\[click\\](https://evil.example/)");
            expect(markdown).to.not.include("@everyone");
            // Names are cut like diagram labels in lists and tables, and a message quoting a huge name is cut too.
            expect(Math.max(...markdown.split("\n").map((l) => l.length))).to.be.below(1100);
            const fence = /```mermaid\n([\s\S]*?)```/.exec(comment)?.[1] ?? "";
            expect(fence).to.include("#lt;script#gt;alert(1)#lt;/script#gt;\\x1b[2J");
            expect(fence).to.not.include("d".repeat(MAX_LABEL_LENGTH));
            expect(Math.max(...fence.split("\n").map((l) => l.length))).to.be.below(400);
            expect(markdownText("<b>*x*</b> [a](b) @me `c` | ~d~ ![i](j)")).to.equal("&lt;b&gt;\\*x\\*&lt;/b&gt; \\[a\\](b) &#64;me \\`c\\` \\| \\~d\\~ \\!\\[i\\](j)");
            expect(mermaidText('x\n```\n<img src="y">')).to.equal("x\\n#96;#96;#96;\\n#lt;img src=#quot;y#quot;#gt;");
            expect(labelText("z".repeat(500))).to.have.length(MAX_LABEL_LENGTH);

            for (const html of [outputs["preview.html"], outputs["assess.html"]]) {
                expect(html).to.not.include("<script").and.not.include("<img");
            }
            const html = outputs["preview.html"];
            expect(html).to.include("&lt;script&gt;alert(1)&lt;/script&gt;");
            const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
            expect(svgs.length).to.be.greaterThan(1);
            for (const svg of svgs) expect(svg).to.not.include("d".repeat(MAX_LABEL_LENGTH));
        });
    });

    describe("state files", () => {
        const fix = /\(pass the output of `pulumi stack export --file FILE` or `pulumi preview --json > FILE`\)$/;
        const importError = (file: string): CliError => {
            try {
                importState(file);
            } catch (e) {
                if (e instanceof CliError) return e;
                throw e;
            }
            throw new Error(`${file} was accepted`);
        };

        it("says what a directory, a named pipe or a device is, that a regular file is needed, and never opens it", async () => {
            const dir = tempDir("zonesafe-state-");
            const fifo = path.join(dir, "state.fifo");
            await new Promise<void>((resolve, reject) => execFile("mkfifo", [fifo], (err) => (err ? reject(err) : resolve())));
            const started = Date.now();
            expect(importError(dir).message).to.match(/the state file .* is a directory; a regular file is needed/).and.match(fix);
            expect(importError(fifo).message).to.match(/is a named pipe \(FIFO\); a regular file is needed/);
            expect(importError("/dev/zero").message).to.match(/the state file \/dev\/zero is a character device; a regular file is needed/);
            expect(importError(path.join(dir, "missing.json")).message).to.match(/does not exist/);
            expect(Date.now() - started).to.be.below(2000);
        });

        it("turns EACCES and EIO into a sentence with the path and the fix", () => {
            const denied = readError("/srv/state.json", Object.assign(new Error("EACCES: permission denied, open '/srv/state.json'"), { code: "EACCES" }), "the state file", "pass a file");
            expect(denied.message).to.equal("cannot read the state file /srv/state.json: permission denied (make it readable by this user (for example `chmod u+r /srv/state.json`) or run as its owner)");
            const io = readError("/mnt/nfs/state.json", Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" }), "the state file", "pass a file");
            expect(io.message).to.match(/^cannot read the state file \/mnt\/nfs\/state\.json: input\/output error .*\(check the disk, or copy the file to a healthy local disk and pass that copy\)$/);
        });

        it("recognizes binary and UTF-16 files without echoing their bytes, and never quotes the content in a syntax error", () => {
            const dir = tempDir("zonesafe-state-");
            const write = (name: string, data: Buffer | string) => {
                const file = path.join(dir, name);
                fs.writeFileSync(file, data);
                return file;
            };
            const json = JSON.stringify({ version: 3, deployment: { resources: [] } });
            const cases: Array<[string, RegExp]> = [
                [write("bin.json", Buffer.from([0x00, 0x01, 0x7b, 0x00, 0xff, 0x1b, 0x5b])), /is a binary file \(it holds NUL bytes\), not text/],
                [write("utf16le-bom.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, "utf16le")])), /is UTF-16 text; zonesafe reads UTF-8 \(convert it/],
                [write("utf16le.json", Buffer.from(json, "utf16le")), /is UTF-16 text/],
                [write("utf16be.json", Buffer.from(json, "utf16le").swap16()), /is UTF-16 text/],
                [write("latin1.json", Buffer.from([0x7b, 0x22, 0xe9, 0xe8, 0x22, 0x7d])), /is not UTF-8 text/],
                [write("ctl.json", '\u001b[31m{"password": "hunter2-in-file"}'), /is not valid JSON.*: Unexpected token U\+001B \(the file is damaged/],
                [write("ctl-inside.json", '{"password": "hunter2-in-file" \u001b[31m}'), /is not valid JSON at line 1, column \d+/],
                [write("quote.json", '{"password": "hunter2-in-file" oops}'), /is not valid JSON at line 1, column \d+/],
            ];
            for (const [file, problem] of cases) {
                const message = importError(file).message;
                expect(message, file).to.match(problem);
                expect(message, file).to.not.match(RAW_CONTROL_OR_REPLACEMENT);
                expect(message, file).to.not.include("hunter2");
            }
        });

        it("refuses JSON nested deeper than the limit with that limit, instead of overflowing the stack", () => {
            const dir = tempDir("zonesafe-state-");
            const deep = path.join(dir, "deep.json");
            fs.writeFileSync(deep, `{"version": 3, "deployment": {"resources": [${"[".repeat(200_000)}${"]".repeat(200_000)}]}}`);
            expect(importError(deep).message).to.match(new RegExp(`nests arrays and objects 200003 levels deep; zonesafe reads at most ${MAX_JSON_DEPTH}`)).and.match(/pass the output of .*\)$/);
            expect(jsonDepth('{"a": "[[[[", "b": [[{"c": "\\"]]"}]]}')).to.equal(4);
        });

        it("refuses an export that holds one URN twice, naming the URN", () => {
            const doc = JSON.parse(fs.readFileSync(path.join(STATES, "storefront-prod.official.json"), "utf8"));
            const dup = doc.deployment.resources[4];
            doc.deployment.resources.push({ ...dup });
            const file = path.join(tempDir("zonesafe-state-"), "dup.json");
            fs.writeFileSync(file, JSON.stringify(doc));
            expect(importError(file).message).to.include(`holds the resource ${dup.urn} twice (resources 5 and ${doc.deployment.resources.length}); the engine refuses duplicate URNs`);
        });
    });

    describe("paths, counts and the example export", () => {
        it("shows no absolute path of the machine in the text, HTML and SARIF reports", async () => {
            await commandRuns();
            // A path may lead out of the current directory (`../../tmp/…`), but never starts at the root.
            const absolute = (dir: string) => new RegExp(`(^|[\\s"'(>=])${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m");
            for (const key of ["preview.text", "preview.html", "preview.sarif", "assess.text", "assess.html", "assess.sarif"]) {
                expect(outputs[key], key).to.not.match(absolute(ROOT));
                expect(outputs[key], key).to.not.match(absolute(tmp));
                expect(outputs[key], key).to.not.include("file://");
            }
            const sarif = JSON.parse(outputs["preview.sarif"]);
            expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).to.deep.equal({ uri: "test/fixtures/projects/hostile/Pulumi.dev.yaml", uriBaseId: "%SRCROOT%" });
        });

        it("gives a project outside the repository relative SARIF URIs too (zonesafe preview --cwd ../shop)", () => {
            const outside = tempDir("zonesafe-shop-");
            const ev = { packs: [], findings: [], remediations: [], stack: importState(exportFile).stack, timings: { startMs: 0, resourcesMs: 0, stackMs: 0 } };
            const report = buildReport({
                command: "preview",
                source: { kind: "program", path: outside, entryFile: path.join(outside, "index.ts"), stackFile: path.join(outside, "Pulumi.dev.yaml") },
                evaluation: ev,
                notes: [],
                evaluationMs: 0,
                totalMs: 0,
            });
            report.findings.push({ id: "x", policy: "p", pack: "k", packVersion: "1", level: "advisory", severity: null, pillar: null, urn: "", resourceType: null, resourceName: null, message: "m", description: "", fix: null, tags: [] });
            const sarif = renderSarif(report, { cwd: ROOT });
            // Relative, even outside the repository: no string of the log starts with an absolute path.
            expect(sarif).to.not.include(`"${outside}`).and.not.include("file:");
            const uri = JSON.parse(sarif).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri as string;
            expect(uri).to.match(/^(\.\.\/)+.*\/Pulumi\.dev\.yaml$/);
            expect(path.resolve(ROOT, uri)).to.equal(path.join(outside, "Pulumi.dev.yaml"));
            const text = renderText(report, { cwd: ROOT });
            expect(text).to.match(/ from program (\.\.\/)+\S*\/index\.ts, config (\.\.\/)+\S*\/Pulumi\.dev\.yaml/);
        });

        it("counts the same resources in the header and the plan, and explains zone columns that sum to more", async () => {
            await commandRuns();
            const text = outputs["preview.text"];
            const header = /· (\d+) resources? ·/.exec(text)?.[1];
            const plan = /Plan: (\d+) resources?/.exec(text)?.[1];
            const total = /\n {2}total +(\d+) /.exec(text)?.[1];
            expect(header).to.equal(plan).and.equal(total);
            expect(JSON.parse(outputs["preview.json"]).plan.resourceCount).to.equal(Number(plan));
            const html = outputs["preview.html"];
            expect(html).to.include(`${plan} resources · `);
        });

        it("ships an example export that the README's assess command checks, and that the script reproduces", async () => {
            const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
            const line = readme.split("\n").find((l) => l.startsWith("npx zonesafe assess --state examples/"));
            expect(line, "the README's assess example").to.be.a("string");
            const args = (line as string).replace(/#.*$/, "").trim().split(/\s+/).slice(2);
            const regenerated = path.join(tmp, "retail-prod.export.json");
            const [run] = await runAll([{ args, opts: SLOW }]);
            expect(run.code, describeRun(run)).to.equal(0);
            expect(run.stdout).to.match(/^zonesafe assess · zonesafe\/retail-prod · \d+ resources/);
            await new Promise<void>((resolve, reject) =>
                execFile(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "example-export.ts"), "retail-prod", regenerated], { cwd: ROOT }, (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve())),
            );
            // The same resources as the program registers today (property values may lag behind a
            // component's defaults until the file is regenerated).
            const resources = (file: string) =>
                (JSON.parse(fs.readFileSync(file, "utf8")).deployment.resources as Array<{ urn: string; type: string; parent?: string }>).map((r) => `${r.urn} ${r.type} ${r.parent ?? ""}`);
            expect(resources(path.join(ROOT, "examples", "retail-prod.export.json")), "examples/retail-prod.export.json is out of date: run node --import tsx scripts/example-export.ts").to.deep.equal(resources(regenerated));
        });

        it("fails browser tests under CI when Chromium is missing, and otherwise marks them pending with how to install it", () => {
            const { ctx, titles, skipped } = fakeHookContext("suite");
            const env = { ZONESAFE_CHROMIUM: path.join(tmp, "no-chromium") };
            expect(() => requireChromium(ctx, { ...env, CI: "true" })).to.throw(/the browser tests cannot run on CI: .*apt-get install chromium/);
            const warned = stderrOf(() => requireChromium(ctx, env));
            expect(skipped()).to.equal(true);
            expect(warned).to.match(/PENDING browser tests \(suite\): .*apt-get install chromium.*Under CI=true they fail/);
            for (const t of titles()) expect(t).to.match(/\[pending: .*apt-get install chromium/);
        });
    });
});
