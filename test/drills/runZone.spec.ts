// `zonesafe drill run` on a zone's loss (az-loss-<zone>), for real against local parts: the retail-prod
// plan's experiment, a fake Kubernetes API server (nodes labelled with the numeric zone id, pods with a
// Ready condition; each Chaos Mesh object created is validated against the vendored v2.8.3 CRDs), the
// fake Tencent Cloud API (signatures checked) serving CFG and TencentDB, a real MariaDB from Debian for
// the heartbeat, and a health endpoint on 127.0.0.1 that goes down when the fault starts. The test plays
// the cloud and Chaos Mesh: by the runner's manual clock, the health endpoint comes back, CFG's fault
// actions end, the switch succeeds and the killed pods' replacements become Ready after planted delays,
// which the run must measure exactly.
import { expect } from "chai";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { Writable } from "node:stream";
import type { DrillExperiment, DrillPlan, KubernetesObject } from "@zonesafe/drills";
import { planDrills } from "@zonesafe/drills/planner";
import { DRILL_RESULT_SCHEMA_FILE, schemaErrors, schemaValidator, type DrillResult } from "../../cli/drill/results";
import { drillRunCommand, type RunOptions } from "../../cli/drill/run";
import { ManualClock } from "../../cli/drill/runner/clock";
import { drillSubjectOfStack } from "../../cli/drill/subject";
import { main } from "../../cli/main";
import { FakeKubernetes } from "../nodeGuard/fakeKubernetes";
import { BIN, tempDir } from "../cli/helpers";
import { retailProdStack } from "../resilience/fixtures";
import { FakeCdb } from "../support/fakeCdb";
import { FakeCfg } from "../support/fakeCfg";
import { MariaDbServer, requireMariaDb } from "../support/mariadb";
import { freePort } from "../support/processes";
import { FakeTencentCloudApi } from "../support/tencentcloudApi";
import { chaosMeshProblems } from "./crds";

const SECRET_ID = "AKIDzonedrill0000000000000000000000";
const SECRET_KEY = "zone-drill-secret-key-000000000000";
const KUBE_TOKEN = "kube-token-zone-drill-0000000000";
const EXPERIMENT = "az-loss-ap-guangzhou-3";
const ZONE_ID = "100003";
const ZONE_LABEL = "topology.kubernetes.io/zone";
const POLL_MS = 10_000;
/** CFG's fault action ids in the fake account. */
const ACTIONS = { clb: 101, redis: 102, mongodb: 103, ckafka: 104 };
const RESOLVE = [
    `cfg.action-id:clb-zone-switch=${ACTIONS.clb}`,
    `cfg.action-id:redis-zone-failover=${ACTIONS.redis}`,
    `cfg.action-id:mongodb-zone-failover=${ACTIONS.mongodb}`,
    `cfg.action-id:ckafka-zone-failover=${ACTIONS.ckafka}`,
    "clb.instance-id:shop-clb=lb-shop0001",
    "redis.instance-id:cart-cache=crs-cart0001",
    "mongodb.instance-id:catalog-db=cmgo-cat00001",
    "ckafka.instance-id:events=ckafka-evt00001",
    "mysql.instance-id:orders-db=cdb-orders01",
    "workload.instance-id:web=app=web",
    "workload.instance-id:api=app=api",
];

/** Collects what a stream receives. */
class Sink extends Writable {
    text = "";
    override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
        this.text += chunk.toString();
        done();
    }
}

/** The delays the test's cloud and cluster take to recover, ms after their fault. */
interface Planted {
    rto: number;
    cfg: Record<number, number>;
    pods: Record<string, number>;
    /** DescribeAsyncRequestInfo polls that see the switch RUNNING. */
    switchPolls: number;
}

const PASSING: Planted = { rto: 20_000, cfg: { [ACTIONS.clb]: 20_000, [ACTIONS.redis]: 10_000, [ACTIONS.mongodb]: 10_000, [ACTIONS.ckafka]: 30_000 }, pods: { web: 60_000, api: 60_000 }, switchPolls: 4 };

describe("zonesafe drill run: a zone's loss (az-loss)", function () {
    this.timeout(60_000);
    let dir: string;
    let db: MariaDbServer;
    let api: FakeTencentCloudApi;
    let cdb: FakeCdb;
    let cfg: FakeCfg;
    let kube: FakeKubernetes;
    let health: http.Server;
    let healthUrl: string;
    let plan: DrillPlan;
    let experiment: DrillExperiment;
    let planFile: string;
    let namespace: string;
    /** How long after the Workflow is created its PodChaos kills (its Suspend template's deadline). */
    let killOffset: number;

    // The scenario of one test.
    let time: () => number;
    let planted: Planted;
    let faultAt: number | undefined;
    let workflowAt: number | undefined;
    let killed = false;
    let manual: ManualClock;

    const healthUp = () => faultAt === undefined || time() >= faultAt + planted.rto;

    function resetCluster(): void {
        kube.nodes.length = 0;
        kube.pods.length = 0;
        kube.objects.clear();
        kube.calls.length = 0;
        for (const [zone, n] of [["100003", 1], ["100003", 2], ["100004", 1], ["100006", 1]] as const) {
            kube.nodes.push({ name: `node-${zone}-${n}`, ip: `10.0.${zone.slice(-1)}.${n}`, labels: { [ZONE_LABEL]: zone }, unschedulable: false });
        }
        kube.nodes.push({ name: "node-100006-spare", ip: "10.0.6.9", labels: { [ZONE_LABEL]: "100006" }, unschedulable: true });
        for (const app of ["web", "api"]) {
            for (const node of ["node-100003-1", "node-100004-1", "node-100006-1"]) kube.pods.push({ name: `${app}-${node}`, namespace, node, labels: { app }, ready: true });
        }
    }

    /** Chaos Mesh as the test plays it: once the Workflow's pod kill is due, the zone's pods go and replacements start in another zone, Ready after the planted delay. */
    function playCluster(method: string, urlPath: string): void {
        if (method === "POST" && urlPath.endsWith("/workflows")) workflowAt = time();
        if (method === "PATCH") faultAt ??= time();
        if (workflowAt === undefined) return;
        const killAt = workflowAt + killOffset;
        if (!killed && time() >= killAt) {
            killed = true;
            for (const p of kube.pods.filter((x) => x.node.startsWith(`node-${ZONE_ID}`))) {
                p.node = "node-100004-1";
                p.name = `${p.name}-replaced`;
                p.ready = false;
            }
        }
        for (const p of kube.pods.filter((x) => x.name.endsWith("-replaced"))) p.ready = time() >= killAt + planted.pods[p.labels.app];
    }

    before(async function () {
        const tools = requireMariaDb(this);
        dir = tempDir("zonesafe-drill-zone-");
        db = await MariaDbServer.start(tools, "zone");
        api = new FakeTencentCloudApi(SECRET_ID, SECRET_KEY, "lb-unused");
        cdb = new FakeCdb(api);
        cdb.add({ instanceId: "cdb-orders01", vip: "127.0.0.1", vport: db.port, zone: "ap-guangzhou-3", securityGroups: ["sg-orders"], status: 1 });
        cfg = new FakeCfg(api);
        for (const [name, id] of Object.entries(ACTIONS)) cfg.actions.set(id, `${name} zone fault`);
        cfg.now = () => time();
        cfg.actionEnded = (t) => time() >= t.executedAt! + planted.cfg[t.actionId];
        cfg.onExecute = () => (faultAt ??= time());
        await api.start();
        kube = new FakeKubernetes(KUBE_TOKEN);
        kube.validate = (o) => chaosMeshProblems(o);
        kube.onRequest = playCluster;
        await kube.start();
        health = http.createServer((_req, res) => {
            res.writeHead(healthUp() ? 200 : 503, { "content-type": "text/plain" });
            res.end(healthUp() ? "ok" : "down");
        });
        await new Promise<void>((resolve) => health.listen(0, "127.0.0.1", () => resolve()));
        healthUrl = `http://127.0.0.1:${(health.address() as { port: number }).port}/healthz`;
        plan = planDrills(drillSubjectOfStack(retailProdStack(), "state"));
        experiment = plan.experiments.find((e) => e.id === EXPERIMENT)!;
        namespace = (experiment.steps.find((s) => s.action === "pod-kill")!.parameters.namespaces as string[])[0];
        const wf = experiment.chaosMesh.find((o) => o.kind === "Workflow")!;
        const suspend = (wf.spec.templates as Array<{ templateType: string; deadline?: string }>).find((t) => t.templateType === "Suspend")!;
        killOffset = Number(/^(\d+)s$/.exec(suspend.deadline!)![1]) * 1000;
        planFile = path.join(dir, "retail-prod.plan.json");
        fs.writeFileSync(planFile, JSON.stringify(plan, null, 2));
    });

    after(async () => {
        await api?.stop();
        await kube?.stop();
        await new Promise<void>((resolve) => {
            health?.close(() => resolve());
            health?.closeAllConnections();
        });
        await db?.stop();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    beforeEach(() => {
        const clock = new ManualClock();
        time = () => clock.now();
        manual = clock;
        planted = PASSING;
        faultAt = undefined;
        workflowAt = undefined;
        killed = false;
        api.calls.length = 0;
        api.refused.length = 0;
        cfg.tasks.clear();
        cfg.failing.clear();
        cdb.asyncPolls = PASSING.switchPolls;
        resetCluster();
    });

    const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY, ZONESAFE_MYSQL_PASSWORD: db.password, KUBERNETES_TOKEN: KUBE_TOKEN, ...extra });
    const args = () => [
        "drill", "run", "--plan", planFile, "--experiment", EXPERIMENT, "--confirm", "--production",
        "--endpoint", api.url, "--kube-api", kube.url, "--mysql", `mysql://drill@127.0.0.1:${db.port}`, "--check-url", healthUrl,
        ...RESOLVE.flatMap((r) => ["--resolve", r]),
    ];

    /** Runs the drill in-process on the manual clock; the exit code, output and result. */
    async function run(out: string): Promise<{ code: number; stdout: string; stderr: string; result: DrillResult }> {
        const stdout = new Sink();
        const stderr = new Sink();
        const opts: RunOptions = {
            plan: planFile, experiment: EXPERIMENT, confirm: true, production: true, endpoint: api.url, kubeApi: kube.url,
            mysql: `mysql://drill@127.0.0.1:${db.port}`, checkUrl: healthUrl, resolve: RESOLVE, out: path.join(dir, out),
            pollInterval: POLL_MS, beats: 1, beatInterval: 1000, checkSuccesses: 3,
        };
        const code = await drillRunCommand(opts, { stdout, stderr, cwd: dir, env: env() }, { clock: manual });
        const result = JSON.parse(fs.readFileSync(path.join(dir, out), "utf8")) as DrillResult;
        const v = schemaValidator(DRILL_RESULT_SCHEMA_FILE);
        expect(v(result), schemaErrors(v)).to.equal(true);
        return { code, stdout: stdout.text, stderr: stderr.text, result };
    }

    const measured = (r: DrillResult) => Object.fromEntries(r.hypotheses.map((h) => [h.id, h.measured]));

    /** Everything the drill changed is undone: nodes as before, no Chaos Mesh object, every CFG task ended. */
    function expectUndone(r: DrillResult): void {
        expect(kube.nodes.filter((n) => n.unschedulable).map((n) => n.name)).to.deep.equal(["node-100006-spare"]);
        expect([...kube.objects.keys()]).to.deep.equal([]);
        expect([...cfg.tasks.values()].map((t) => t.status)).to.deep.equal([1004, 1004, 1004, 1004]);
        expect(r.measurements.zone!.rollback.every((x) => x.done), JSON.stringify(r.measurements.zone!.rollback)).to.equal(true);
        expect(api.refused).to.deep.equal([]);
    }

    it("injects in plan order, measures every figure equal to the planted delays, RPO 0, and undoes everything", async () => {
        const { code, stdout, stderr, result } = await run("pass.json");
        expect(code, stdout + stderr).to.equal(0);
        expect(result.measurements.failure).to.equal(null);
        expect(measured(result)).to.deep.equal({
            "clb-switch-seconds:shop-clb": 20,
            "pod-migration-seconds:web": 60,
            "pod-migration-seconds:api": 60,
            "ckafka-failover-seconds:events": 30,
            "mysql-failover-seconds:orders-db": 40,
            "redis-failover-seconds:cart-cache": 10,
            "mongodb-election-seconds:catalog-db": 10,
            "rpo-seconds:orders-db": 0,
            "rto-seconds:ap-guangzhou-3": 20,
        });
        expect(result.passed).to.equal(true);
        expect(result.measurements.heartbeat).to.include({ missing: 0 });
        // In plan order: the CLB's CFG task, the cordon, the Workflow, CKafka, the switch, Redis, MongoDB.
        const order = [...api.calls.filter((c) => c.action === "ExecuteTask" || c.action === "SwitchDBInstanceMasterSlave")].map((c) => c.action);
        expect(order).to.deep.equal(["ExecuteTask", "ExecuteTask", "SwitchDBInstanceMasterSlave", "ExecuteTask", "ExecuteTask"]);
        const created = api.callsOf("CreateTaskFromAction").map((c) => c.params);
        expect(created.map((p) => [p.TaskActionId, p.TaskInstances])).to.deep.equal([
            [ACTIONS.clb, ["lb-shop0001"]],
            [ACTIONS.ckafka, ["ckafka-evt00001"]],
            [ACTIONS.redis, ["crs-cart0001"]],
            [ACTIONS.mongodb, ["cmgo-cat00001"]],
        ]);
        // The plan's switch as written: the first replica (in another zone), without waiting for the maintenance window.
        expect(api.callsOf("SwitchDBInstanceMasterSlave")[0].params).to.deep.equal({ InstanceId: "cdb-orders01", DstSlave: "first", WaitSwitch: false });
        // Only the zone's schedulable nodes were cordoned; the Workflow went in with the check URL resolved and valid against the CRDs.
        const patches = kube.calls.filter((c) => c.method === "PATCH").map((c) => [c.path, (c.body as { spec: { unschedulable: boolean } }).spec.unschedulable]);
        expect(patches).to.deep.equal([
            ["/api/v1/nodes/node-100003-1", true],
            ["/api/v1/nodes/node-100003-2", true],
            ["/api/v1/nodes/node-100003-2", false],
            ["/api/v1/nodes/node-100003-1", false],
        ]);
        const posted = kube.calls.filter((c) => c.method === "POST");
        expect(posted.map((c) => c.path)).to.deep.equal(["/apis/chaos-mesh.org/v1alpha1/namespaces/chaos-mesh/workflows"]);
        const wf = posted[0].body as KubernetesObject;
        expect(chaosMeshProblems(wf)).to.deep.equal([]);
        expect(JSON.stringify(wf)).not.to.include("{{resolve:");
        expect(JSON.stringify(wf)).to.include(healthUrl);
        expect(kube.calls.filter((c) => c.method === "DELETE").map((c) => c.path)).to.deep.equal([`/apis/chaos-mesh.org/v1alpha1/namespaces/chaos-mesh/workflows/${wf.metadata.name}`]);
        // Each CFG task ended with the verdict.
        expect([...cfg.tasks.values()].every((t) => t.isExpect === true && /RTO 20 s/.test(t.summary ?? ""))).to.equal(true);
        expectUndone(result);
        expect(stdout).to.match(/PASS — 9\/9 hypotheses held/);
        for (const s of [stdout, stderr, JSON.stringify(result)]) {
            expect(s).not.to.include(KUBE_TOKEN);
            expect(s).not.to.include(SECRET_KEY);
            expect(s).not.to.include(db.password);
        }
    });

    it("a recovery slower than its bound fails that hypothesis with the measured figure (exit 1), and everything is undone", async () => {
        planted = { ...PASSING, pods: { web: 60_000, api: 150_000 }, cfg: { ...PASSING.cfg, [ACTIONS.clb]: 40_000 } };
        const { code, stderr, result } = await run("slow.json");
        expect(code).to.equal(1);
        expect(result.passed).to.equal(false);
        const failed = result.hypotheses.filter((h) => !h.passed).map((h) => [h.id, h.measured]);
        expect(failed).to.deep.equal([
            ["clb-switch-seconds:shop-clb", 40],
            ["pod-migration-seconds:api", 150],
        ]);
        expect(stderr).to.include("hypothesis pod-migration-seconds:api failed: measured 150 s, expected <= 120 s");
        expect(stderr).to.include("hypothesis clb-switch-seconds:shop-clb failed: measured 40 s, expected <= 30 s");
        expect(measured(result)["pod-migration-seconds:web"]).to.equal(60);
        expectUndone(result);
        expect([...cfg.tasks.values()].every((t) => t.isExpect === true)).to.equal(true);
    });

    it("a fault action that fails ends the drill: exit 1, nothing measured after it, everything undone", async () => {
        cfg.onExecute = (t) => {
            faultAt ??= time();
            if (t.actionId === ACTIONS.redis) cfg.failing.add(t.taskId);
        };
        try {
            const { code, result } = await run("failed.json");
            expect(code).to.equal(1);
            expect(result.measurements.failure).to.match(/^CFG the action redis zone fault ended with status type 2$/);
            expect(result.measurements.recovered).to.equal(false);
            expect(result.hypotheses.find((h) => h.id === "rpo-seconds:orders-db")!.measured).to.equal(null);
            expectUndone(result);
            expect([...cfg.tasks.values()].every((t) => t.isExpect === false)).to.equal(true);
        } finally {
            cfg.onExecute = () => (faultAt ??= time());
        }
    });

    it("a first call the cloud refuses (an action id the account does not have): exit 2, one line, nothing changed", async () => {
        const stdout = new Sink();
        const stderr = new Sink();
        const argv = args().map((a) => (a === `cfg.action-id:clb-zone-switch=${ACTIONS.clb}` ? "cfg.action-id:clb-zone-switch=999" : a));
        const code = await main(["-q", ...argv], { stdout, stderr, cwd: dir, env: env() });
        expect(code, stderr.text).to.equal(2);
        expect(stderr.text.trimEnd().split("\n")).to.have.length(1);
        expect(stderr.text).to.match(/^zonesafe: the drill az-loss-ap-guangzhou-3 could not start: The action 999 is not found\.; no fault was injected/);
        expect(api.calls.map((c) => c.action)).to.deep.equal(["CreateTaskFromAction"]);
        expect(kube.calls.filter((c) => c.method !== "GET")).to.deep.equal([]);
        expect(cfg.tasks.size).to.equal(0);
    });

    it("SIGTERM during the watch: the process undoes everything before it exits", async function () {
        this.timeout(30_000);
        // The real clock: the command runs as a process (the compiled bin), the health endpoint never comes back.
        time = () => Date.now();
        planted = { ...PASSING, rto: 3_600_000 };
        const out = path.join(dir, "term.json");
        const child = spawn(process.execPath, [BIN, ...args(), "--poll-interval", "50ms", "--beats", "1", "--out", out], { env: { ...process.env, ...env() }, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
        // Once the watch has polled CFG twice (four tasks a poll), the faults are all in.
        for (let i = 0; i < 200 && api.callsOf("DescribeTask").length < 8; i++) await new Promise((r) => setTimeout(r, 50));
        expect(kube.objects.size, stderr).to.equal(1);
        child.kill("SIGTERM");
        const code = await exited;
        expect(code, stderr).to.equal(1);
        expect(stderr).to.match(/SIGTERM: stopping the drill and undoing its faults/);
        const result = JSON.parse(fs.readFileSync(out, "utf8")) as DrillResult;
        expect(result.measurements.failure).to.match(/interrupted/);
        expectUndone(result);
    });

    describe("refusals: exit 2, one line, no API call", () => {
        async function expectRefused(argv: string[], pattern: RegExp, extraEnv: NodeJS.ProcessEnv = env()): Promise<void> {
            const stdout = new Sink();
            const stderr = new Sink();
            const code = await main(argv, { stdout, stderr, cwd: dir, env: extraEnv });
            expect(code, stderr.text).to.equal(2);
            expect(stdout.text).to.equal("");
            const lines = stderr.text.trimEnd().split("\n");
            expect(lines, stderr.text).to.have.length(1);
            expect(lines[0]).to.match(pattern);
            expect(kube.calls).to.deep.equal([]);
            expect(api.calls).to.deep.equal([]);
            expect(kube.nodes.filter((n) => n.unschedulable)).to.have.length(1);
            expect(stderr.text).not.to.include(KUBE_TOKEN);
        }
        const without = (argv: string[], flag: string, withValue = true) => {
            const i = argv.indexOf(flag);
            return [...argv.slice(0, i), ...argv.slice(i + (withValue ? 2 : 1))];
        };

        it("production without --production", async () => {
            await expectRefused(without(args(), "--production", false), /retail-prod is a production stack .*nothing was changed/);
        });

        it("values the plan could not know, named", async () => {
            const argv = args().filter((a, i, all) => !(a.startsWith("cfg.action-id:redis") || (a === "--resolve" && all[i + 1]?.startsWith("cfg.action-id:redis"))));
            await expectRefused(argv, /needs values the plan could not know: cfg\.action-id:redis-zone-failover; nothing was changed \(pass each as --resolve WHAT=VALUE/);
        });

        it("no Kubernetes API, no token", async () => {
            await expectRefused(without(args(), "--kube-api"), /needs the cluster's Kubernetes API .*nothing was changed \(pass --kube-api/);
            await expectRefused(args(), /KUBERNETES_TOKEN is not set; nothing was changed/, env({ KUBERNETES_TOKEN: "" }));
        });

        it("a service that is not healthy before the drill", async () => {
            faultAt = time() - 1;
            planted = { ...PASSING, rto: 3_600_000 };
            const stdout = new Sink();
            const stderr = new Sink();
            const code = await main(args(), { stdout, stderr, cwd: dir, env: env() });
            expect(code, stderr.text).to.equal(2);
            expect(stderr.text.trimEnd().split("\n")).to.have.length(1);
            expect(stderr.text).to.match(/^zonesafe: the health URL \S+ does not answer 2xx before the drill; nothing was changed/);
            expect(api.calls).to.deep.equal([]);
            expect(kube.calls).to.deep.equal([]);
        });

        it("an unreachable Kubernetes API, an unreachable cloud endpoint", async () => {
            const port = await freePort();
            const argv = args();
            argv[argv.indexOf("--kube-api") + 1] = `http://127.0.0.1:${port}`;
            await expectRefused(argv, new RegExp(`the Kubernetes API http://127.0.0.1:${port} is unreachable \\(ECONNREFUSED\\); nothing was changed`));
            const argv2 = args();
            argv2[argv2.indexOf("--endpoint") + 1] = `http://127.0.0.1:${port}`;
            await expectRefused(argv2, new RegExp(`the API endpoint http://127.0.0.1:${port} is unreachable \\(ECONNREFUSED\\); nothing was changed`));
        });
    });
});
