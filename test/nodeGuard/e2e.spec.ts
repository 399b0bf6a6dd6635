// End to end, with the real parts on 127.0.0.1: Debian's Prometheus (the planned rule file, targets
// discovered from the guard's /sd), Alertmanager (routing to the guard's webhook with its bearer
// token), a real node_exporter, four fake gateway nodes (127.0.0.11-14) exposing the business metrics
// and node_exporter-like disk series, the compiled guard as its own process with the CLB backend on
// the local fake Tencent Cloud API (signatures checked, calls recorded), and a page receiver.
// Faults are injected by flipping a fake node's metrics: node 1 (agent down) and node 2 (disk full)
// are deregistered; node 3 (queue too long) is kept, a person is paged and ZonesafeCommonCause fires;
// the guard is killed and restarted mid-way and loses nothing; node 1 recovers, is rebooted and
// registered again, and node 3 is removed once fewer than 3 nodes are faulty.
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { planAlertRules, renderAlertRulesYaml } from "../../components/monitoring/alertRules";
import { ALERTMANAGER, findTool, NODE_EXPORTER, PROMETHEUS, requireTools } from "../support/debianTools";
import { freePort, ServiceProcess, startOnFreePort, type ProcessSpec } from "../support/processes";
import { FakeTencentCloudApi, type RecordedCall } from "../support/tencentcloudApi";
import { clbGuardConfig, GUARD_ENV, LB, LISTENER, Receiver, SECRET_ID, SECRET_KEY, TOKEN } from "./helpers";
import { fakeHookContext, stderrOf } from "../support/hookContext";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "services", "node-guard", "bin", "zonesafe-node-guard.js");
const IPS = ["127.0.0.11", "127.0.0.12", "127.0.0.13", "127.0.0.14"];
const INSTANCE = (ip: string) => `ins-${IPS.indexOf(ip) + 1}`;
/** The rules' `for`, seconds: short, so the spec runs in well under a minute and a half. */
const FOR_SECONDS = 3;

/** A fake gateway node: the business metrics and node_exporter-like disk series, flipped by the test. */
class FakeNode {
    agentUp = 1;
    queueLength = 12;
    diskUsedPercent = 40;
    /** When Prometheus scraped it (ms since the epoch). */
    readonly scrapes: number[] = [];
    private readonly born = Date.now();
    private server: http.Server | undefined;

    constructor(readonly ip: string) {}

    /** The exposition text: gauges as set, counters growing with time (every send succeeds). */
    metrics(): string {
        const sent = Math.floor(((Date.now() - this.born) / 1000) * 50);
        const size = 100 * 2 ** 30;
        const fsLabels = '{device="/dev/vda1",fstype="ext4",mountpoint="/"}';
        return [
            "# TYPE zonesafe_agent_up gauge",
            `zonesafe_agent_up ${this.agentUp}`,
            "# TYPE zonesafe_queue_length gauge",
            `zonesafe_queue_length ${this.queueLength}`,
            "# TYPE zonesafe_send_total counter",
            `zonesafe_send_total ${sent}`,
            "# TYPE zonesafe_send_success_total counter",
            `zonesafe_send_success_total ${sent}`,
            "# TYPE node_filesystem_size_bytes gauge",
            `node_filesystem_size_bytes${fsLabels} ${size}`,
            "# TYPE node_filesystem_avail_bytes gauge",
            `node_filesystem_avail_bytes${fsLabels} ${Math.round((size * (100 - this.diskUsedPercent)) / 100)}`,
            "# TYPE node_filesystem_readonly gauge",
            `node_filesystem_readonly${fsLabels} 0`,
            "",
        ].join("\n");
    }

    listen(port: number): Promise<void> {
        const server = http.createServer((req, res) => {
            if (req.url === "/metrics") {
                this.scrapes.push(Date.now());
                res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
                res.end(this.metrics());
            } else {
                res.writeHead(404).end();
            }
        });
        this.server = server;
        return new Promise((resolve, reject) => {
            server.once("error", reject);
            server.listen(port, this.ip, () => resolve());
        });
    }

    async stop(): Promise<void> {
        const server = this.server;
        if (!server?.listening) return;
        await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        });
    }
}

/** The four nodes, listening on one port (each on its own address), found free on all four. */
async function startNodes(): Promise<{ nodes: FakeNode[]; port: number }> {
    for (let attempt = 1; ; attempt++) {
        const port = await freePort(IPS[0]);
        const nodes = IPS.map((ip) => new FakeNode(ip));
        try {
            for (const n of nodes) await n.listen(port);
            return { nodes, port };
        } catch (err) {
            for (const n of nodes) await n.stop();
            if (attempt >= 5) throw new Error(`cannot find a port free on ${IPS.join(", ")}: ${String(err)}`, { cause: err });
        }
    }
}

/** The answer of a Prometheus HTTP API call (`data`), or an error naming the call. */
async function promApi<T>(base: string, route: string): Promise<T> {
    const res = await fetch(`${base}${route}`, { signal: AbortSignal.timeout(5000) });
    const body = (await res.json()) as { status: string; data: T; error?: string };
    if (body.status !== "success") throw new Error(`Prometheus ${route}: ${body.error ?? res.status}`);
    return body.data;
}

interface PromAlert {
    labels: Record<string, string>;
    state: string;
    activeAt: string;
}

describe("node guard end to end: Prometheus, Alertmanager, node_exporter, the guard and the cloud API", function () {
    this.timeout(120000);
    const procs: ServiceProcess[] = [];
    const dirs: string[] = [];
    let api: FakeTencentCloudApi;
    let pager: Receiver;
    let nodes: FakeNode[] = [];
    let guard: ServiceProcess;
    let guardSpec: ProcessSpec;
    let guardUrl = "";
    let promUrl = "";
    let amUrl = "";
    const timings: string[] = [];

    /** A new temporary folder, removed in `after`. */
    function tempDir(name: string): string {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zonesafe-e2e-${name}-`));
        dirs.push(dir);
        return dir;
    }

    /** Polls `check` every `everyMs` until true; on timeout the error has every process's log tail. */
    async function until(what: string, check: () => boolean | Promise<boolean>, ms = 30000, everyMs = 50): Promise<void> {
        const deadline = Date.now() + ms;
        while (Date.now() < deadline) {
            if (await check()) return;
            await new Promise((r) => setTimeout(r, everyMs));
        }
        const tails = procs.map((p) => `--- ${p.name} (${p.running ? "running" : "stopped"}):\n${p.logTail(15)}`).join("\n");
        throw new Error(`timed out after ${ms} ms waiting for ${what}\nfake API calls: ${JSON.stringify(api.calls.map((c) => [c.action, c.params]))}\n${tails}`);
    }

    /** The guard's `/state`. */
    async function guardState(): Promise<{ removed: string[]; faulty: string[]; page: unknown; commonCauseFiring: boolean; pending: unknown[]; done: { action: { kind: string; node?: string }; acceptedAt: number; calledAt: number }[] }> {
        const res = await fetch(`${guardUrl}/state`, { headers: { authorization: `Bearer ${TOKEN}` }, signal: AbortSignal.timeout(5000) });
        expect(res.status).to.equal(200);
        return (await res.json()) as never;
    }

    /** The instance ids of a CLB or CVM call. */
    function idsOf(call: RecordedCall): string[] {
        if (Array.isArray(call.params.InstanceIds)) return call.params.InstanceIds as string[];
        return ((call.params.Targets as { InstanceId: string }[] | undefined) ?? []).map((t) => t.InstanceId);
    }
    const callsFor = (action: string, ip: string) => api.callsOf(action).filter((c) => idsOf(c).includes(INSTANCE(ip)));

    /** The alerts Prometheus has (pending and firing). */
    const promAlerts = async () => (await promApi<{ alerts: PromAlert[] }>(promUrl, "/api/v1/alerts")).alerts;

    /** Alertmanager's successful webhook deliveries so far (from its own metrics). */
    async function amDelivered(): Promise<number> {
        const text = await (await fetch(`${amUrl}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
        const value = (name: string) => Number(new RegExp(`^${name}\\{[^}]*integration="webhook"[^}]*\\} (\\S+)$`, "m").exec(text)?.[1] ?? "0");
        return value("alertmanager_notifications_total") - value("alertmanager_notifications_failed_total");
    }

    /**
     * Injects a fault on a node (`flip`), waits for its removal, and reports flip → alert pending,
     * flip → webhook accepted by the guard, webhook → DeregisterTargets, flip → DeregisterTargets.
     */
    async function faultAndRemoval(ip: string, what: string, flip: () => void): Promise<void> {
        const flipped = Date.now();
        flip();
        await until(`DeregisterTargets for ${ip} (${what})`, () => callsFor("DeregisterTargets", ip).length > 0, 60000);
        const call = callsFor("DeregisterTargets", ip)[0];
        let done: Awaited<ReturnType<typeof guardState>>["done"][number] | undefined;
        await until(`the guard counting ${ip}'s removal done`, async () => {
            done = (await guardState()).done.find((d) => d.action.kind === "remove" && d.action.node === ip);
            return done !== undefined;
        });
        const alert = (await promAlerts()).find((a) => a.labels.node === ip && a.labels.zonesafe_fault === "single-node");
        expect(alert, `Prometheus' alert for ${ip}`).to.not.equal(undefined);
        expect(alert!.state).to.equal("firing");
        const line =
            `${ip} (${what}): threshold crossed → DeregisterTargets ${call.at - flipped} ms ` +
            `(→ alert pending ${Date.parse(alert!.activeAt) - flipped} ms, rule for ${FOR_SECONDS} s, → webhook accepted ${done!.acceptedAt - flipped} ms); ` +
            `webhook → DeregisterTargets ${call.at - done!.acceptedAt} ms`;
        timings.push(line);
        process.stdout.write(`      ${line}\n`);
        // Generous bounds that only keep a hang from passing.
        expect(call.at - flipped).to.be.below(45000);
        expect(call.at - done!.acceptedAt).to.be.below(5000);
    }

    /** Starts the compiled guard (again) on its port, waiting for /healthz. */
    async function startGuard(): Promise<ServiceProcess> {
        const p = new ServiceProcess("zonesafe-node-guard", guardSpec, path.join(guardSpec.cwd, "guard.log")).start();
        procs.push(p);
        await p.waitReady(`${guardUrl}/healthz`);
        return p;
    }

    before(async function () {
        const tools = requireTools(this, [PROMETHEUS, ALERTMANAGER, NODE_EXPORTER]);
        // The bin runs dist: build the service first.
        execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-b", path.join(ROOT, "services", "node-guard")], { cwd: ROOT, stdio: "inherit" });

        api = new FakeTencentCloudApi(SECRET_ID, SECRET_KEY, LB);
        api.addTargets(
            LISTENER,
            8080,
            IPS.map((ip) => ({ instanceId: INSTANCE(ip), privateIp: ip, name: `gateway-${IPS.indexOf(ip) + 1}` })),
        );
        // A rebooted instance reports REBOOTING for 3 polls, so registering node 1 takes a few retries:
        // long enough that node 3's removal, decided as node 1 comes back, must wait for it.
        api.rebootPolls = 3;
        await api.start();
        pager = new Receiver();
        await pager.start();
        const started = await startNodes();
        nodes = started.nodes;

        // A real node_exporter, scraped as job "node" beside the fake nodes: the system rules read its series.
        const neDir = tempDir("node-exporter");
        const ne = await startOnFreePort(
            "prometheus-node-exporter",
            path.join(neDir, "node-exporter.log"),
            (port) => ({
                binary: tools[NODE_EXPORTER.command],
                args: [`--web.listen-address=127.0.0.1:${port}`, "--collector.disable-defaults", "--collector.cpu", "--collector.meminfo", "--collector.netdev"],
                cwd: neDir,
            }),
            (port) => `http://127.0.0.1:${port}/metrics`,
        );
        procs.push(ne.proc);

        // The guard's port is chosen first: Alertmanager's configuration names it.
        const guardPort = await freePort();
        guardUrl = `http://127.0.0.1:${guardPort}`;

        const amDir = tempDir("alertmanager");
        fs.writeFileSync(
            path.join(amDir, "alertmanager.yml"),
            [
                "route:",
                "  receiver: node-guard",
                "  group_by: ['...']",
                "  group_wait: 1s",
                "  group_interval: 1s",
                "  repeat_interval: 4s",
                "receivers:",
                "  - name: node-guard",
                "    webhook_configs:",
                `      - url: ${guardUrl}/alertmanager`,
                "        send_resolved: true",
                "        http_config:",
                "          authorization:",
                `            credentials: ${TOKEN}`,
                "",
            ].join("\n"),
        );
        const am = await startOnFreePort(
            "prometheus-alertmanager",
            path.join(amDir, "alertmanager.log"),
            (port) => ({
                binary: tools[ALERTMANAGER.command],
                args: [`--config.file=${path.join(amDir, "alertmanager.yml")}`, `--storage.path=${path.join(amDir, "data")}`, `--web.listen-address=127.0.0.1:${port}`, "--cluster.listen-address="],
                cwd: amDir,
            }),
            (port) => `http://127.0.0.1:${port}/-/ready`,
        );
        procs.push(am.proc);
        amUrl = `http://127.0.0.1:${am.port}`;

        const guardDir = tempDir("guard");
        fs.writeFileSync(
            path.join(guardDir, "guard.yaml"),
            clbGuardConfig({ apiUrl: api.url, pageUrl: `${pager.url}/page`, listen: `127.0.0.1:${guardPort}`, extra: [`alertmanager: ${amUrl}`, `sdPort: ${started.port}`] }),
        );
        guardSpec = {
            binary: process.execPath,
            args: [BIN, "--config", path.join(guardDir, "guard.yaml")],
            cwd: guardDir,
            env: GUARD_ENV,
        };
        guard = await startGuard();

        // Thresholds the real machine never crosses (its CPU and memory are shared, so only the fake
        // nodes' faults count); the fake nodes' disks are at 40% and fault at 97%.
        const plan = planAlertRules("e2e-gateway", { cpuPercent: 100, memoryPercent: 99, diskPercent: 90, forSeconds: FOR_SECONDS });
        const promDir = tempDir("prometheus");
        fs.writeFileSync(path.join(promDir, "rules.yml"), renderAlertRulesYaml(plan));
        fs.writeFileSync(
            path.join(promDir, "prometheus.yml"),
            [
                "global:",
                "  scrape_interval: 1s",
                "  scrape_timeout: 1s",
                "  evaluation_interval: 1s",
                "rule_files: [rules.yml]",
                "alerting:",
                "  alertmanagers:",
                `    - static_configs: [{ targets: ["127.0.0.1:${am.port}"] }]`,
                "scrape_configs:",
                "  - job_name: node",
                "    http_sd_configs:",
                `      - url: ${guardUrl}/sd`,
                "        refresh_interval: 2s",
                "    static_configs:",
                `      - targets: ["127.0.0.1:${ne.port}"]`,
                "",
            ].join("\n"),
        );
        const prom = await startOnFreePort(
            "prometheus",
            path.join(promDir, "prometheus.log"),
            (port) => ({
                binary: tools[PROMETHEUS.command],
                args: [
                    `--config.file=${path.join(promDir, "prometheus.yml")}`,
                    `--storage.tsdb.path=${path.join(promDir, "data")}`,
                    `--web.listen-address=127.0.0.1:${port}`,
                    "--rules.alert.resend-delay=1s",
                ],
                cwd: promDir,
            }),
            (port) => `http://127.0.0.1:${port}/-/ready`,
        );
        procs.push(prom.proc);
        promUrl = `http://127.0.0.1:${prom.port}`;
    });

    after(async () => {
        for (const p of procs) await p.stop("SIGKILL");
        for (const n of nodes) await n.stop();
        await api?.stop();
        await pager?.stop();
        if (timings.length > 0) process.stdout.write(`\n      measured:\n${timings.map((t) => `        ${t}`).join("\n")}\n`);
        for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    });

    it("Prometheus discovers the four nodes from the guard's /sd, scrapes them and node_exporter, and evaluates every planned rule", async () => {
        await until(
            "Prometheus scraping the four nodes and node_exporter",
            async () => {
                const { activeTargets } = await promApi<{ activeTargets: { labels: Record<string, string>; health: string }[] }>(promUrl, "/api/v1/targets");
                return activeTargets.filter((t) => t.labels.job === "node" && t.health === "up").length === 5;
            },
            30000,
            200,
        );
        const { activeTargets } = await promApi<{ activeTargets: { labels: Record<string, string> }[] }>(promUrl, "/api/v1/targets");
        expect(activeTargets.map((t) => t.labels.node).filter(Boolean).sort()).to.deep.equal(IPS);
        // Real node_exporter series reach the rules' selectors.
        const mem = await promApi<{ result: unknown[] }>(promUrl, `/api/v1/query?query=${encodeURIComponent('node_memory_MemTotal_bytes{job="node"}')}`);
        expect(mem.result).to.have.length(1);
        await until(
            "every rule evaluated once",
            async () => {
                const { groups } = await promApi<{ groups: { rules: { health: string }[] }[] }>(promUrl, "/api/v1/rules");
                return groups.length === 2 && groups.every((g) => g.rules.every((r) => r.health === "ok"));
            },
            15000,
            200,
        );
        const { groups } = await promApi<{ groups: { name: string; rules: { name: string; lastError?: string }[] }[] }>(promUrl, "/api/v1/rules");
        expect(groups.map((g) => g.name).sort()).to.deep.equal(["e2e-gateway-common-cause", "e2e-gateway-single-node-faults"]);
        expect(groups.flatMap((g) => g.rules).filter((r) => r.lastError)).to.deep.equal([]);
        expect(await promAlerts(), "no alert while every node is healthy").to.deep.equal([]);
        expect(api.callsOf("DeregisterTargets")).to.deep.equal([]);
    });

    it("a fault on node 1 (agent down) gets it deregistered", async () => {
        await faultAndRemoval(IPS[0], "agent down", () => (nodes[0].agentUp = 0));
        expect(api.registered(LISTENER, IPS[0])).to.equal(false);
    });

    it("a fault on node 2 (disk full, a system item) gets it deregistered too", async () => {
        await faultAndRemoval(IPS[1], "disk 97% full", () => (nodes[1].diskUsedPercent = 97));
        expect(api.registered(LISTENER, IPS[1])).to.equal(false);
        expect((await guardState()).removed).to.deep.equal([IPS[0], IPS[1]]);
    });

    it("the guard killed (SIGKILL) and started again loses nothing: no call repeated, Alertmanager's redeliveries are duplicates", async () => {
        const callsBefore = api.calls.filter((c) => c.action !== "DescribeTargets" && c.action !== "DescribeInstances").length;
        expect(await guard.stop("SIGKILL")).to.equal("killed by SIGKILL");
        guard = await startGuard();
        // At start it read Alertmanager's active alerts: nodes 1 and 2's, both already acted on.
        await until("the restarted guard reconciling with Alertmanager", () => guard.log.includes('"msg":"reconciled with Alertmanager"'));
        const reconciled = JSON.parse(guard.log.split("\n").find((l) => l.includes('"msg":"reconciled with Alertmanager"'))!) as Record<string, unknown>;
        expect(reconciled).to.include({ active: 2, resolvedWhileDown: 0, accepted: 0, duplicates: 2 });
        // Alertmanager delivers again (repeat_interval) to the new process, which changes nothing.
        const delivered = await amDelivered();
        await until("a redelivery from Alertmanager to the restarted guard", async () => (await amDelivered()) > delivered, 20000, 200);
        const s = await guardState();
        expect(s.removed).to.deep.equal([IPS[0], IPS[1]]);
        expect(s.pending).to.deep.equal([]);
        expect(api.calls.filter((c) => c.action !== "DescribeTargets" && c.action !== "DescribeInstances")).to.have.length(callsBefore);
        expect(api.callsOf("DeregisterTargets").map(idsOf)).to.deep.equal([["ins-1"], ["ins-2"]]);
        expect(api.refused).to.deep.equal([]);
    });

    it("a fault on node 3 (queue too long) is not removed: a person is paged and ZonesafeCommonCause fires", async () => {
        nodes[2].queueLength = 50000;
        await until("the page", () => pager.bodies.length > 0, 45000);
        expect(pager.bodies).to.have.length(1);
        expect(pager.bodies[0]).to.include({ source: "zonesafe-node-guard", limit: 3 });
        // Node 3's own alert or the common-cause alert, whichever Alertmanager delivers first, makes the guard hold.
        expect((pager.bodies[0] as { reason: string }).reason).to.match(/^common cause suspected: /);
        expect((pager.bodies[0] as { nodes: string[] }).nodes).to.include.members([IPS[0], IPS[1]]);
        await until(
            "ZonesafeCommonCause firing in Prometheus",
            async () => (await promAlerts()).some((a) => a.labels.alertname === "ZonesafeCommonCause" && a.state === "firing"),
            15000,
            200,
        );
        const common = (await promAlerts()).find((a) => a.labels.alertname === "ZonesafeCommonCause")!;
        expect(common.labels).to.include({ zonesafe_fault: "common-cause", severity: "page" });
        // The common-cause alert reaches the guard too (through Alertmanager), and still nothing more is removed.
        await until("the guard seeing the common-cause alert", async () => (await guardState()).commonCauseFiring);
        const s = await guardState();
        expect(s.faulty).to.deep.equal([IPS[0], IPS[1], IPS[2]]);
        expect(s.removed).to.deep.equal([IPS[0], IPS[1]]);
        expect(callsFor("DeregisterTargets", IPS[2])).to.deep.equal([]);
        expect(api.registered(LISTENER, IPS[2])).to.equal(true);
    });

    it("node 1 recovers: rebooted, registered again, and only then node 3 is removed (never more than 2 out)", async () => {
        const recovered = Date.now();
        nodes[0].agentUp = 1;
        await until("RegisterTargets for node 1", () => callsFor("RegisterTargets", IPS[0]).length > 0, 45000);
        await until("DeregisterTargets for node 3 once fewer than 3 nodes are faulty", () => callsFor("DeregisterTargets", IPS[2]).length > 0, 30000);
        const reboot = callsFor("RebootInstances", IPS[0]);
        const register = callsFor("RegisterTargets", IPS[0]);
        expect(reboot).to.have.length(1);
        expect(reboot[0].params).to.deep.equal({ InstanceIds: ["ins-1"], StopType: "SOFT_FIRST" });
        expect(register).to.have.length(1);
        expect(reboot[0].at).to.be.below(register[0].at);
        // Node 1 is out of service until it is registered again: node 3 goes only after that.
        expect(callsFor("DeregisterTargets", IPS[2])[0].at).to.be.at.least(register[0].at);
        expect(api.registered(LISTENER, IPS[0])).to.equal(true);
        const line = `${IPS[0]} recovered → RebootInstances ${reboot[0].at - recovered} ms, → RegisterTargets ${register[0].at - recovered} ms`;
        timings.push(line);
        process.stdout.write(`      ${line}\n`);

        // Every call once, and the nodes out of service never more than limit - 1 = 2 at any moment.
        const changes = api.calls.filter((c) => c.action === "DeregisterTargets" || c.action === "RegisterTargets" || c.action === "RebootInstances");
        expect(changes.map((c) => [c.action, ...idsOf(c)])).to.deep.equal([
            ["DeregisterTargets", "ins-1"],
            ["DeregisterTargets", "ins-2"],
            ["RebootInstances", "ins-1"],
            ["RegisterTargets", "ins-1"],
            ["DeregisterTargets", "ins-3"],
        ]);
        let out = new Set<string>();
        let most = 0;
        for (const c of changes) {
            if (c.action === "DeregisterTargets") out = new Set([...out, ...idsOf(c)]);
            if (c.action === "RebootInstances") continue;
            if (c.action === "RegisterTargets") for (const id of idsOf(c)) out.delete(id);
            most = Math.max(most, out.size);
        }
        expect(most).to.equal(2);
        await until("the guard's state settled", async () => (await guardState()).pending.length === 0);
        const s = await guardState();
        expect(s.removed).to.deep.equal([IPS[1], IPS[2]]);
        expect(s.page).to.equal(null);
        expect(pager.bodies).to.have.length(1);
        expect(api.refused).to.deep.equal([]);
        // Removed nodes are still scraped (the guard's /sd lists them), so their alerts stay true.
        expect(nodes[1].scrapes.filter((t) => t > recovered).length).to.be.above(0);
        expect(guard.log + pager.bodies.map((b) => JSON.stringify(b)).join("")).not.to.include(SECRET_KEY);
    });
});

describe("Debian tools lookup (test support)", () => {
    let dir: string;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-debian-tools-"));
        fs.mkdirSync(path.join(dir, "bin"));
        fs.mkdirSync(path.join(dir, "empty"));
        for (const t of [PROMETHEUS, ALERTMANAGER]) fs.writeFileSync(path.join(dir, "bin", t.command), "#!/bin/sh\n", { mode: 0o755 });
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const fakeContext = () => fakeHookContext("e2e");

    it("finds each tool on PATH or at its variable, and nothing where there is none", () => {
        const bin = path.join(dir, "bin");
        expect(findTool(PROMETHEUS, { PATH: [path.join(dir, "empty"), bin].join(path.delimiter) })).to.equal(path.join(bin, "prometheus"));
        expect(findTool(NODE_EXPORTER, { PATH: bin })).to.equal(undefined);
        expect(findTool(ALERTMANAGER, { PATH: bin, ZONESAFE_ALERTMANAGER: path.join(dir, "nowhere") })).to.equal(undefined);
        expect(findTool(ALERTMANAGER, { PATH: "", ZONESAFE_ALERTMANAGER: path.join(bin, "prometheus-alertmanager") })).to.equal(path.join(bin, "prometheus-alertmanager"));
        const { ctx } = fakeContext();
        expect(requireTools(ctx, [PROMETHEUS, ALERTMANAGER], { PATH: bin })).to.deep.equal({ prometheus: path.join(bin, "prometheus"), "prometheus-alertmanager": path.join(bin, "prometheus-alertmanager") });
    });

    it("fails under CI when a tool is missing, naming it and how to install it", () => {
        const { ctx, skipped } = fakeContext();
        expect(() => requireTools(ctx, [PROMETHEUS, ALERTMANAGER, NODE_EXPORTER], { CI: "true", PATH: path.join(dir, "bin") })).to.throw(
            "the end-to-end test cannot run on CI: prometheus-node-exporter is not on PATH; install it with `apt-get install prometheus-node-exporter` (Debian/Ubuntu), or set ZONESAFE_NODE_EXPORTER to its binary",
        );
        expect(skipped()).to.equal(false);
    });

    it("elsewhere marks the suite pending, with the reason in every title and on stderr", () => {
        const { ctx, titles, skipped } = fakeContext();
        const written = stderrOf(() => requireTools(ctx, [PROMETHEUS, NODE_EXPORTER], { PATH: path.join(dir, "empty") }));
        expect(skipped()).to.equal(true);
        expect(written).to.include("PENDING end-to-end tests (e2e): prometheus is not on PATH").and.to.include("prometheus-node-exporter is not on PATH").and.to.include("Under CI they fail.");
        for (const t of titles()) expect(t).to.match(/ \[pending: prometheus is not on PATH; install it with `apt-get install prometheus`.*; prometheus-node-exporter is not on PATH/);
    });
});
