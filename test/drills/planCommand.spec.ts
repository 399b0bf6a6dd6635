// `zonesafe drill plan`: in-process on the fixture states and a fixture project (JSON, YAML, Markdown,
// --out), every refused input as exit 2 with one line naming the problem and the fix, and once as a
// process on the reference stack retail-prod (the compiled command: run `npm run build` first).
import { expect } from "chai";
import * as fs from "node:fs";
import * as path from "node:path";
import { Writable } from "node:stream";
import { parse } from "yaml";
import { main } from "../../cli/main";
import { DrillPlan, isPlaceholder } from "@zonesafe/drills/plan";
import { ZONE_RTO_TARGET_SECONDS } from "@zonesafe/model";
import { PROJECTS, runCli, STATES, tempDir } from "../cli/helpers";
import { ROOT } from "../model/importGraph";
import { chaosMeshProblems, chaosObjectsOf, planSchemaErrors } from "./crds";

const STATE = path.join(STATES, "storefront-prod.official.json");

/** Runs the command in-process; returns its exit code and output. */
async function run(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const sink = (append: (s: string) => void) =>
        new Writable({
            write(chunk, _enc, cb) {
                append(String(chunk));
                cb();
            },
        });
    const io = { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), cwd, env: {} };
    const code = await main(args, io);
    return { code, stdout, stderr };
}

/** The one line of a refused run. */
function refused(r: { code: number; stdout: string; stderr: string }): string {
    expect(r.code, r.stderr).to.equal(2);
    expect(r.stdout).to.equal("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines, r.stderr).to.have.length(1);
    expect(lines[0]).to.match(/^zonesafe: .+ \(.+\)$/);
    return lines[0];
}

describe("zonesafe drill plan", function () {
    this.timeout(180_000);

    it("prints the JSON plan of a deployed stack (--state), valid against its schema, with the state's cloud ids", async () => {
        const r = await run(["drill", "plan", "--state", STATE]);
        expect(r.code, r.stderr).to.equal(0);
        const plan = JSON.parse(r.stdout) as DrillPlan;
        expect(planSchemaErrors(plan)).to.equal("");
        expect(plan.stack).to.deep.equal({ project: "storefront", stack: "prod", source: "state" });
        expect(plan.experiments.map((e) => e.id)).to.deep.equal(["az-loss-ap-guangzhou-3", "az-loss-ap-guangzhou-4", "db-isolation-orders", "db-restore-orders"]);
        // The state knows every cloud id: no instance id is left to resolve at run time.
        const targets = plan.experiments.flatMap((e) => e.steps.flatMap((s) => s.targets));
        expect(targets.filter((t) => t.kind !== "workload").map((t) => t.id)).to.include.members(["lb-8xq3k2ma"]);
        expect(targets.filter((t) => isPlaceholder(t.id))).to.deep.equal([]);
        for (const o of chaosObjectsOf(plan)) expect(chaosMeshProblems(o), o.metadata.name).to.deep.equal([]);
    });

    it("prints the same plan as YAML and as a Markdown runbook, and writes it with --out", async () => {
        const [json, yaml, md] = await Promise.all([
            run(["drill", "plan", "--state", STATE, "--check-url", "https://shop.example.com/healthz"]),
            run(["drill", "plan", "--state", STATE, "--check-url", "https://shop.example.com/healthz", "--format", "yaml"]),
            run(["drill", "plan", "--state", STATE, "--check-url", "https://shop.example.com/healthz", "--format", "md"]),
        ]);
        const a = JSON.parse(json.stdout) as DrillPlan;
        const b = parse(yaml.stdout) as DrillPlan;
        expect({ ...b, generatedAt: "" }).to.deep.equal({ ...a, generatedAt: "" });
        expect(md.code).to.equal(0);
        expect(md.stdout).to.match(/^# Drill runbook: storefront\/prod\n/);
        for (const e of a.experiments) {
            expect(md.stdout).to.contain(`## \`${e.id}\` — ${e.title}`);
            for (const h of e.hypotheses) expect(md.stdout).to.contain(`| \`${h.id}\` |`);
        }
        for (const heading of ["### Before you start", "### Steps", "### What to watch", "### Hypotheses", "### Rollback (abort at any time)"]) {
            expect(md.stdout.split(heading).length - 1, heading).to.equal(a.experiments.length);
        }
        const dir = tempDir();
        const out = path.join(dir, "plan.md");
        const w = await run(["drill", "plan", "--state", STATE, "--format", "md", "--out", out]);
        expect(w.code).to.equal(0);
        expect(w.stdout).to.equal("");
        expect(w.stderr).to.equal(`zonesafe: wrote ${out} (2 zone experiments, 2 data drills)\n`);
        expect(fs.readFileSync(out, "utf8")).to.match(/^# Drill runbook/);
    });

    it("takes the planning flags: namespace, zone label, duration, probe interval, drill database", async () => {
        const r = await run(["drill", "plan", "--state", STATE, "--namespace", "chaos-testing", "--zone-label", "failure-domain.beta.kubernetes.io/zone", "--duration", "10m", "--check-interval", "15s", "--drill-database", "drills"]);
        expect(r.code, r.stderr).to.equal(0);
        const plan = JSON.parse(r.stdout) as DrillPlan;
        const z3 = plan.experiments[0];
        expect(z3.durationSeconds).to.equal(600);
        const wf = z3.chaosMesh[0] as unknown as { metadata: { namespace?: string }; spec: { templates: Array<Record<string, any>> } };
        expect(wf.metadata.namespace).to.equal("chaos-testing");
        expect(wf.spec.templates.find((t) => t.templateType === "NetworkChaos")!.networkChaos.selector.nodeSelectors).to.deep.equal({ "failure-domain.beta.kubernetes.io/zone": "100003" });
        expect(wf.spec.templates.find((t) => t.name === "check-rto")!.statusCheck).to.include({ intervalSeconds: 15, failureThreshold: 60 });
        expect(plan.experiments[3].steps[0].parameters).to.deep.include({ database: "drills" });
        for (const o of chaosObjectsOf(plan)) expect(chaosMeshProblems(o), o.metadata.name).to.deep.equal([]);
    });

    it("plans from a program run offline, as preview runs it, with the pack config's targets", async () => {
        const dir = tempDir();
        const config = path.join(dir, "zonesafe.json");
        fs.writeFileSync(config, JSON.stringify({ "zonesafe-az-failure-simulation": { enforcementLevel: "advisory", rtoSeconds: 600 } }));
        const r = await run(["drill", "plan", "--cwd", path.join(PROJECTS, "plain"), "--stack", "prod", "--policy-pack-config", config, "-q"]);
        expect(r.code, r.stderr).to.equal(0);
        const plan = JSON.parse(r.stdout) as DrillPlan;
        expect(plan.stack.source).to.equal("program");
        expect(plan.targets.rtoSeconds).to.equal(600);
        expect(planSchemaErrors(plan)).to.equal("");
        fs.writeFileSync(config, JSON.stringify({ "zonesafe-az-failure-simulation": { rtoSeconds: "soon" } }));
        const bad = refused(await run(["drill", "plan", "--cwd", path.join(PROJECTS, "plain"), "--stack", "prod", "--policy-pack-config", config]));
        expect(bad).to.contain('zonesafe-az-failure-simulation.rtoSeconds is "soon", not a number of seconds the policy takes (set rtoSeconds to a whole number');
        const defaults = JSON.parse((await run(["drill", "plan", "--cwd", path.join(PROJECTS, "plain"), "--stack", "prod", "-q"])).stdout) as DrillPlan;
        expect(defaults.targets.rtoSeconds).to.equal(ZONE_RTO_TARGET_SECONDS);
    });

    it("refuses bad input with exit 2 and one line naming the problem and the fix", async () => {
        const cases: Array<[string[], RegExp]> = [
            [["drill", "plan", "--state", STATE, "--format", "sarif"], /--format sarif is not a drill plan format \(use --format json, --format yaml, --format md\)/],
            [["preview", "--format", "md"], /--format md is a drill plan format, not a report format of preview \(use --format text, json, sarif, html, mermaid\)/],
            [["drill", "plan", "--state", STATE, "--check-url", "ftp://example.com"], /--check-url must be an absolute http:\/\/ or https:\/\/ URL \(give the health endpoint/],
            [["drill", "plan", "--state", STATE, "--duration", "5s"], /--duration must be between 60 and 86400 seconds/],
            [["drill", "plan", "--state", STATE, "--duration", "soon"], /--duration/],
            [["drill", "plan", "--state", STATE, "--namespace", "Chaos_Mesh"], /--namespace must be a Kubernetes namespace name/],
            [["drill", "plan", "--state", STATE, "--check-interval", "1s"], /--check-interval must be between 2 and 300 seconds/],
            [["drill", "plan", "--state", STATE, "--drill-database", "a;b"], /--drill-database must be a MySQL database name/],
            [["drill", "plan", "--state", STATE, "--zone-label", "zone"], /--zone-label/],
            [["drill", "plan", "--state", STATE, "--stack", "prod"], /--state reads a deployed stack and cannot be combined with --stack or --cwd/],
            [["drill", "plan", "--state", path.join(STATES, "not-a-state.json")], /not-a-state\.json/],
            [["drill", "plan", "--state", path.join(ROOT, "no-such-state.json")], /no-such-state\.json/],
            [["drill", "plan", "--cwd", path.join(PROJECTS, "no-stacks")], /stack/i],
            [["drill", "plan", "--state", STATE, "--out", STATE], /--out/],
            [["drill", "plan", "--state", STATE, "--config", "a=b"], /--config and --secret set the program's configuration and cannot be combined with --state/],
        ];
        for (const [args, message] of cases) {
            const line = refused(await run(args));
            expect(line, args.join(" ")).to.match(message);
        }
        // The refused --out left the state untouched.
        expect(JSON.parse(fs.readFileSync(STATE, "utf8"))).to.be.an("object");
    });

    it("lists drill plan in the help", async () => {
        const r = await run(["drill", "--help"]);
        expect(r.code).to.equal(0);
        expect(r.stdout + r.stderr).to.match(/plan \[options\]\s+plan the chaos drills/);
    });

    it("as a process: zonesafe drill plan --stack retail-prod prints an experiment per zone and two data drills per MySQL instance", async () => {
        const r = await runCli(["drill", "plan", "--stack", "retail-prod", "-q"]);
        expect(r.code, r.stderr).to.equal(0);
        const plan = JSON.parse(r.stdout) as DrillPlan;
        expect(planSchemaErrors(plan)).to.equal("");
        const zones = plan.experiments.filter((e) => e.kind === "az-loss").map((e) => e.zone);
        expect(zones.length).to.be.at.least(3);
        expect(new Set(zones).size).to.equal(zones.length);
        const mysql = [...new Set(plan.experiments.filter((e) => e.kind !== "az-loss").map((e) => e.instance?.name))];
        expect(mysql.length).to.be.at.least(1);
        for (const name of mysql) {
            expect(plan.experiments.filter((e) => e.instance?.name === name).map((e) => e.kind), name).to.deep.equal(["db-isolation", "db-restore"]);
        }
        const objects = chaosObjectsOf(plan);
        expect(objects.length).to.equal(3 * plan.experiments.filter((e) => e.chaosMesh.length > 0).length);
        for (const o of objects) expect(chaosMeshProblems(o), o.metadata.name).to.deep.equal([]);
    });
});
