/**
 * `zonesafe event report` against a real Prometheus (Debian's), started on 127.0.0.1 over a TSDB
 * backfilled by promtool from generated OpenMetrics: a planted peak per tier and zone, a zone's outage,
 * errors, alerts (one the node guard removes a node on, one it pages on) and a removed node, in a window
 * that ended an hour ago. The report must find exactly the planted figures, in text, JSON (valid
 * against its schema) and HTML (opened in Chromium with no console error); bad input exits 2 with one line.
 */
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Writable } from "stream";
import { pathToFileURL } from "url";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { BrowserContext } from "playwright-core";
import { planEventDashboard } from "@zonesafe/components";
import { formatInOffsetOf, GUARD_PAGES_QUERY, GUARD_REMOVED_QUERY, readEvents } from "@zonesafe/model";
import { PrometheusClient } from "../../cli/event/prometheus";
import { main } from "../../cli/main";
import { round2, type EventReport } from "../../cli/event/report";
import { requireChromium } from "../support/chromium";
import { PROMETHEUS, requireTools } from "../support/debianTools";
import { requirePromtool } from "../support/promtool";
import { PlantedPrometheus, PlantedSeries, startPlantedPrometheus } from "../support/prometheus";
import { freePort } from "../support/processes";
import { BIN, runCli } from "../cli/helpers";

const OFFSET = "+08:00";
const Z3 = "ap-guangzhou-3";
const Z4 = "ap-guangzhou-4";
const Z6 = "ap-guangzhou-6";
const MIN = 60;

/** The event: two hours that ended an hour ago (to the minute), in the stack's own time zone. */
const NOW = Date.now();
const START_S = Math.floor((NOW - 3 * 3600_000) / 60_000) * 60;
const END_S = START_S + 2 * 3600;
const at = (s: number) => formatInOffsetOf(s * 1000, OFFSET);
const atMin = (m: number) => at(START_S + m * MIN);

/** Minutes of the planted history, relative to the start: from 40 minutes before to 20 after the end. */
const MINUTES = Array.from({ length: 40 + 120 + 20 + 1 }, (_, i) => i - 40);

/** A gauge sampled every minute with `value(minute)`. */
function gauge(name: string, labels: Record<string, string>, value: (m: number) => number): PlantedSeries {
    return { name, labels, samples: MINUTES.map((m) => [START_S + m * MIN, value(m)] as const) };
}

/** A counter sampled every minute that grows by `perSecond(minute) × 60` up to each minute (so its rate at minute m is perSecond(m)). */
function counter(name: string, labels: Record<string, string>, perSecond: (m: number) => number): PlantedSeries {
    let total = 1_000_000;
    return {
        name,
        labels,
        samples: MINUTES.map((m) => {
            total += perSecond(m) * MIN;
            return [START_S + m * MIN, total] as const;
        }),
    };
}

/** A series sampled at each minute in [from, to] (relative minutes) with value 1. */
function during(name: string, labels: Record<string, string>, from: number, to: number): PlantedSeries {
    return { name, labels, samples: MINUTES.filter((m) => m >= from && m <= to).map((m) => [START_S + m * MIN, 1] as const) };
}

// Access: the CLB in two zones; zone 4 serves nothing from +30 to +40 min; both peak at +60.
const clb3 = (m: number) => (m === -20 ? 99_999 : m === 60 ? 5200 : 4000); // the spike before the start is outside the window
const clb4 = (m: number) => (m >= 30 && m < 40 ? 0 : m === 60 ? 4700 : 3800);
// Compute: ingress-nginx's counters in three zones, 0.5 % of them 5xx; zone 6 peaks from +60 to +70.
const web = (zone: string) => (m: number) => (zone === Z6 && m >= 60 && m < 70 ? 3500 : 2000);

const PLANTED: PlantedSeries[] = [
    gauge("qce_lb_public_totalreq_sum", { instance_id: "lb-e2e", zone: Z3 }, clb3),
    gauge("qce_lb_public_totalreq_sum", { instance_id: "lb-e2e", zone: Z4 }, clb4),
    gauge("qce_lb_public_http5xx_sum", { instance_id: "lb-e2e", zone: Z3 }, (m) => clb3(m) / 100),
    gauge("qce_lb_public_http5xx_sum", { instance_id: "lb-e2e", zone: Z4 }, (m) => clb4(m) / 100),
    ...[Z3, Z4, Z6].flatMap((zone) => [
        counter("nginx_ingress_controller_requests", { service: "orders", status: "200", zone }, (m) => web(zone)(m) * 0.995),
        counter("nginx_ingress_controller_requests", { service: "orders", status: "503", zone }, (m) => web(zone)(m) * 0.005),
    ]),
    gauge("qce_cdb_qps_max", { instance_id: "cdb-e2e", zone: Z3 }, () => 1500),
    gauge("qce_redis_mem_commands_max", { instance_id: "crs-e2e", zone: Z3 }, () => 800),
    gauge("qce_redis_mem_commands_max", { instance_id: "crs-e2e", zone: Z4 }, () => 600),
    during("ALERTS", { alertname: "ZonesafeNodeCpuHigh", alertstate: "firing", zonesafe_fault: "single-node", zonesafe_item: "cpu", node: "10.0.1.7", zone: Z4 }, 30, 38),
    during("ALERTS", { alertname: "ZonesafeNodeCpuHigh", alertstate: "pending", zonesafe_fault: "single-node", zonesafe_item: "cpu", node: "10.0.1.8", zone: Z3 }, 50, 52),
    // A rule may label its alerts `__proto__` or `constructor` (valid Prometheus label names).
    during("ALERTS", { alertname: "ZonesafeCommonCause", alertstate: "firing", zonesafe_fault: "common-cause", ["__proto__"]: "rule-label", constructor: "another" }, 62, 65),
    during("ALERTS", { alertname: "ZonesafeNodeDown", alertstate: "firing", node: "10.0.9.9" }, -30, -10), // before the window
    during("up", { job: "node", instance: "10.0.1.7:9100", node: "10.0.1.7", zonesafe_in_service: "false" }, 31, 45),
    during("up", { job: "node", instance: "10.0.1.8:9100", node: "10.0.1.8", zonesafe_in_service: "true" }, -40, 140),
];

const EVENTS = [
    { name: "flash-sale", start: at(START_S), end: at(END_S), peakQps: 10000, warmUpMinutes: 30 },
    { name: "live-sale", start: at(START_S + 150 * MIN), end: formatInOffsetOf(NOW + 3600_000, OFFSET), peakQps: 8000, warmUpMinutes: 0 },
    { name: "next-sale", start: formatInOffsetOf(NOW + 2 * 86400_000, OFFSET), end: formatInOffsetOf(NOW + 2 * 86400_000 + 3600_000, OFFSET), peakQps: 12000, warmUpMinutes: 60 },
];

/** A project with the stack `evt`: three zones, 4 nodes per zone at most, 1000 req/s per node (compute capacity 12000). */
function writeProject(dir: string): void {
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: evt\nruntime: nodejs\n");
    const yaml = [
        "config:",
        "  zonesafe:blueprint: retail",
        `  zonesafe:zones: ["${Z3}", "${Z4}", "${Z6}"]`,
        "  zonesafe:maxNodesPerZone: 4",
        '  zonesafe:capacity: { "qpsPerNode": 1000 }',
        `  zonesafe:events: ${JSON.stringify(EVENTS)}`,
        "",
    ].join("\n");
    fs.writeFileSync(path.join(dir, "Pulumi.evt.yaml"), yaml);
    // The same event planned lower on a stack with half the per-node figure: the plan was exceeded, capacity was short.
    const small = yaml.replace('"qpsPerNode": 1000', '"qpsPerNode": 500').replace('"peakQps":10000', '"peakQps":7000');
    fs.writeFileSync(path.join(dir, "Pulumi.evt-small.yaml"), small);
    // A previous policy report of the stack: one finding still open, one waiver used.
    fs.writeFileSync(
        path.join(dir, "preview.json"),
        JSON.stringify({
            schema: "zonesafe.report/v1",
            stack: { stack: "evt" },
            findings: [{ policy: "mysql-instance-backup", level: "advisory", severity: "medium", resourceName: "orders-db", message: "MySQL must keep backups 7 days", fix: "set backupRetentionDays to 7" }],
            waivers: [{ pack: "zonesafe", policy: "clb-instance-multi-az", urn: "urn:x", resourceName: "edge", message: "single-zone edge CLB until Q1" }],
        }),
    );
}

const sink = (into: string[]) =>
    new Writable({
        write(chunk: Buffer, _e, cb) {
            into.push(String(chunk));
            cb();
        },
    });

async function zonesafe(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { stdout: sink(out), stderr: sink(err), cwd, env: {} });
    return { code, out: out.join(""), err: err.join("") };
}

describe("zonesafe event report (real Prometheus, backfilled)", function () {
    this.timeout(180_000);
    let dir: string;
    let prom: PlantedPrometheus | undefined;
    let report: EventReport;
    let text: string;
    const timings: Record<string, number> = {};

    before(async function () {
        const tools = requireTools(this, [PROMETHEUS]);
        const promtool = requirePromtool(this);
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-event-report-"));
        writeProject(dir);
        let t = Date.now();
        prom = await startPlantedPrometheus({ prometheus: tools.prometheus, promtool }, dir, PLANTED);
        timings.backfillAndStart = Date.now() - t;
        t = Date.now();
        const json = await zonesafe(["event", "report", "--stack", "evt", "--event", "flash-sale", "--prometheus", prom.url, "--report", "preview.json", "--format", "json"], dir);
        timings.jsonReport = Date.now() - t;
        expect(json.code, json.err).to.equal(0);
        report = JSON.parse(json.out) as EventReport;
        const txt = await zonesafe(["event", "report", "-s", "evt", "--event", "flash-sale", "--prometheus", prom.url, "--report", "preview.json"], dir);
        expect(txt.code, txt.err).to.equal(0);
        text = txt.out;
    });

    after(async () => {
        await prom?.stop();
        if (dir && process.env.ZONESAFE_KEEP_EVENT_REPORT !== "1") fs.rmSync(dir, { recursive: true, force: true });
        if (Object.keys(timings).length) process.stderr.write(`      event report timings (ms): ${JSON.stringify(timings)}\n`);
    });

    it("is valid against its JSON schema", () => {
        const ajv = new Ajv2020({ allErrors: true, strict: true });
        addFormats(ajv);
        const validate = ajv.compile(JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../cli/schemas/event-report.v1.schema.json"), "utf8")));
        expect(validate(report), JSON.stringify(validate.errors, null, 2)).to.equal(true);
        expect(report.schema).to.equal("zonesafe.event-report/v1");
        expect(report.window).to.deep.equal({ from: atMin(0), to: atMin(120), stepSeconds: 60, complete: true });
    });

    it("finds exactly the planted peaks per tier and zone, against the plan and the capacity", () => {
        const tier = (name: string) => report.tiers.find((t) => t.tier === name)!;
        const zone = (t: string, z: string) => tier(t).zones.find((x) => x.zone === z)!;
        expect(tier("access")).to.include({ peakQps: 9900, peakAt: atMin(60), plannedPeakQps: 10000, ofPlanPercent: 99, capacityQps: null, headroomQps: null, errorRatePercent: 1, observed: true });
        expect(zone("access", Z3)).to.deep.include({ peakQps: 5200, peakAt: atMin(60), degraded: false });
        expect(zone("access", Z4)).to.deep.include({ peakQps: 4700, peakAt: atMin(60), degraded: true, outages: [{ from: atMin(30), to: atMin(40), minutes: 10 }] });
        expect(tier("access").zones.map((z) => z.zone)).to.deep.equal([Z3, Z4]);

        expect(tier("compute")).to.include({ peakQps: 7500, peakAt: atMin(60), plannedPeakQps: 10000, ofPlanPercent: 75, capacityQps: 12000, headroomQps: 4500, headroomPercent: 37.5, errorRatePercent: 0.5 });
        expect(tier("compute").zones.map((z) => [z.zone, z.peakQps, z.degraded])).to.deep.equal([
            [Z3, 2000, false],
            [Z4, 2000, false],
            [Z6, 3500, false],
        ]);
        expect(zone("compute", Z6).peakAt).to.equal(atMin(60));

        expect(tier("data")).to.include({ peakQps: 2900, plannedPeakQps: null, capacityQps: null, errorRatePercent: null });
        expect(tier("data").zones.map((z) => [z.zone, z.peakQps])).to.deep.equal([
            [Z3, 2300],
            [Z4, 600],
        ]);
        expect(tier("middleware")).to.include({ observed: false, peakQps: 0 });
        expect(report.notes).to.include("middleware: Prometheus holds no series of the tier's metrics over the window");
    });

    it("lists exactly the alerts that fired in the window and what the node guard did", () => {
        expect(report.alerts.map((a) => [a.alertname, a.firstAt, a.lastAt, a.zone, a.node, a.guardAction])).to.deep.equal([
            ["ZonesafeNodeCpuHigh", atMin(30), atMin(38), Z4, "10.0.1.7", "removed"],
            ["ZonesafeCommonCause", atMin(62), atMin(65), null, null, "paged"],
        ]);
        expect(report.alerts[0].labels).to.deep.equal({ alertname: "ZonesafeNodeCpuHigh", zonesafe_fault: "single-node", zonesafe_item: "cpu", node: "10.0.1.7", zone: Z4 });
        expect(Object.entries(report.alerts[1].labels)).to.have.deep.members([
            ["alertname", "ZonesafeCommonCause"],
            ["zonesafe_fault", "common-cause"],
            ["__proto__", "rule-label"],
            ["constructor", "another"],
        ]);
        expect(report.nodeGuard).to.deep.equal({ removedNodes: ["10.0.1.7"], pages: 1 });
        expect(report.degradedZones).to.deep.equal([
            {
                zone: Z4,
                reasons: [`access: served nothing from ${atMin(30)} to ${atMin(40)} (10 min) while the tier served`, `alert ZonesafeNodeCpuHigh fired from ${atMin(30)} to ${atMin(38)}`],
            },
        ]);
    });

    it("lists the follow-ups as governance items: errors, the degraded zone, the alerts, the open finding and the waiver", () => {
        expect(report.followUps.map((f) => [f.kind, f.severity])).to.deep.equal([
            ["zone", "high"],
            ["errors", "medium"],
            ["errors", "medium"],
            ["alert", "medium"],
            ["alert", "medium"],
            ["finding", "low"],
            ["waiver", "low"],
        ]);
        expect(report.followUps[1].title).to.equal("access: 1% of the requests failed (objective 0.1%)");
        expect(report.followUps[5].title).to.equal("still open: mysql-instance-backup on orders-db: MySQL must keep backups 7 days");
        expect(report.followUps[5].fix).to.equal("set backupRetentionDays to 7");
        expect(report.governanceSource, "relative to the current directory").to.equal("preview.json");
        expect(report.followUps.some((f) => f.kind === "capacity" || f.kind === "plan"), "nothing short, no plan exceeded").to.equal(false);
    });

    it("prints the same figures as text", () => {
        expect(text).to.contain(`Event report: flash-sale on stack evt`);
        expect(text).to.contain(`  access     peak 9,900 req/s at ${atMin(60)}; plan 10,000 (99%); errors 1%`);
        expect(text).to.contain(`  compute    peak 7,500 req/s at ${atMin(60)}; plan 10,000 (75%); capacity 12,000, headroom 4,500 req/s (37.5%); errors 0.5%`);
        expect(text).to.contain(`    ${Z4.padEnd(18)} peak 4,700 req/s at ${atMin(60)}  DEGRADED: ${atMin(30)} to ${atMin(40)} (10 min)`);
        expect(text).to.contain(`  ZonesafeNodeCpuHigh from ${atMin(30)} to ${atMin(38)}`);
        expect(text).to.contain("Node guard: removed 10.0.1.7; 1 page");
        expect(text).to.contain("Follow-ups (7)");
    });

    it("names the capacity that was short and the plan that was exceeded as follow-ups", async () => {
        const r = await zonesafe(["--format", "json", "event", "report", "--stack", "evt-small", "--event", "flash-sale", "--prometheus", prom!.url], dir);
        expect(r.code, r.err).to.equal(0);
        const small = JSON.parse(r.out) as EventReport;
        const compute = small.tiers.find((t) => t.tier === "compute")!;
        expect(compute).to.include({ peakQps: 7500, plannedPeakQps: 7000, capacityQps: 6000, headroomQps: -1500, headroomPercent: -25, ofPlanPercent: 107.14 });
        const items = small.followUps.filter((f) => f.kind === "capacity" || f.kind === "plan").map((f) => [f.kind, f.severity, f.title]);
        expect(items).to.deep.equal([
            ["capacity", "high", "compute: the peak 7500 req/s went 1500 req/s beyond the capacity of 6000 req/s"],
            ["capacity", "high", "compute: the capacity of 6000 req/s is below the planned peak of 7000 req/s"],
            ["plan", "medium", "access: the peak 9900 req/s was 141.43% of the planned 7000 req/s"],
            ["plan", "medium", "compute: the peak 7500 req/s was 107.14% of the planned 7000 req/s"],
        ]);
        expect(small.governanceSource).to.equal(null);
        expect(small.notes.some((n) => n.startsWith("findings still open and waivers used are not listed: pass --report"))).to.equal(true);
    });

    it("reports an event still running up to now, and says so", async () => {
        const before = Math.floor(Date.now() / 1000);
        const r = await zonesafe(["--format", "json", "event", "report", "--stack", "evt", "--event", "live-sale", "--prometheus", prom!.url], dir);
        expect(r.code, r.err).to.equal(0);
        const live = JSON.parse(r.out) as EventReport;
        expect(live.window.complete).to.equal(false);
        expect(live.window.from).to.equal(atMin(150));
        const to = Date.parse(live.window.to) / 1000;
        expect(to).to.be.within(before, Math.floor(Date.now() / 1000));
        expect(live.notes[0]).to.equal(`the event is still running: the report covers its window up to ${live.window.to}`);
        // Nothing was planted after +140 min but the guard's in-service target: no tier has data, no alert fired.
        expect(live.tiers.every((t) => !t.observed)).to.equal(true);
        expect(live.alerts).to.deep.equal([]);
    });

    it("reads what the event dashboard draws: every panel query runs on the real Prometheus and shows the planted figures", async () => {
        const plan = planEventDashboard("evt", {
            stack: "evt",
            event: readEvents(EVENTS).events[0],
            datasourceUid: "prom",
            nodeGuard: true,
            capacityQps: { compute: 12000 },
            members: [
                { kind: "clb", name: "edge", zones: [Z3, Z4], id: "lb-e2e" },
                { kind: "workload", name: "orders", zones: [Z3, Z4, Z6], id: "orders" },
                { kind: "mysql", name: "orders-db", zones: [Z3], id: "cdb-e2e" },
                { kind: "redis", name: "cache", zones: [Z3, Z4], id: "crs-e2e" },
            ],
        });
        const client = new PrometheusClient(new URL(prom!.url));
        const seen: Record<string, number[]> = {};
        for (const panel of plan.dashboard.panels ?? []) {
            for (const t of ((panel as { targets?: { expr: string; legendFormat: string }[] }).targets ?? [])) {
                const result = await client.query(t.expr, START_S + 60 * MIN);
                seen[`${panel.title} / ${t.legendFormat}`] = result.map((r) => round2(r.value[1]));
            }
        }
        expect(seen).to.deep.include({
            "Access requests/s by zone / ap-guangzhou-3": [5200],
            "Access requests/s by zone / ap-guangzhou-4": [4700],
            "Access requests/s by zone / planned peak": [10000],
            "Access errors/s by zone / ap-guangzhou-4": [47],
            "Compute requests/s by zone / ap-guangzhou-6": [3500],
            "Compute requests/s by zone / capacity": [12000],
            "Compute errors/s by zone / ap-guangzhou-6": [17.5],
            // MySQL and Redis in one zone, summed; Redis alone in the other.
            "Data requests/s by zone / ap-guangzhou-3": [2300],
            "Data requests/s by zone / ap-guangzhou-4": [600],
        });
        const removed = await client.query(GUARD_REMOVED_QUERY, START_S + 40 * MIN);
        expect(removed.map((r) => [r.metric.node, r.value[1]])).to.deep.equal([["10.0.1.7", 1]]);
        const paged = await client.query(`count(${GUARD_PAGES_QUERY})`, START_S + 63 * MIN);
        expect(paged.map((r) => r.value[1])).to.deep.equal([1]);
    });

    describe("as HTML, in Chromium", () => {
        let context: BrowserContext | undefined;
        const consoleErrors: string[] = [];
        const requests: string[] = [];
        let file: string;
        let page: import("playwright-core").Page;

        before(async function () {
            const browser = requireChromium(this);
            file = path.join(dir, "event-report.html");
            const html = await zonesafe(["--format", "html", "--out", "event-report.html", "event", "report", "--stack", "evt", "--event", "flash-sale", "--prometheus", prom!.url, "--report", "preview.json"], dir);
            expect(html.code, html.err).to.equal(0);
            const { chromium } = await import("playwright-core");
            context = await chromium.launchPersistentContext(path.join(dir, "profile"), {
                executablePath: browser,
                headless: true,
                args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            page = context.pages()[0] ?? (await context.newPage());
            page.on("console", (m) => {
                if (m.type() === "error") consoleErrors.push(m.text());
            });
            page.on("pageerror", (e) => consoleErrors.push(e.message));
            page.on("request", (r) => requests.push(r.url()));
            await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
        });

        after(async () => {
            await context?.close();
        });

        it("opens with no console error, no script and nothing fetched, and shows the planted figures", async () => {
            expect(consoleErrors).to.deep.equal([]);
            expect(requests).to.deep.equal([pathToFileURL(file).href]);
            expect(await page.locator("script").count()).to.equal(0);
            expect(await page.locator("h1").textContent()).to.equal("Event report: flash-sale on evt");
            const rows = await page.locator("#tiers tbody tr").allInnerTexts();
            expect(rows.find((r) => r.startsWith("access"))).to.match(/^access\s+9,900\s+/);
            expect(rows.find((r) => r.startsWith("compute"))).to.match(/^compute\s+7,500\s+\S+\s+10,000\s+12,000\s+4,500\s+37\.5%\s+0\.5%/);
            expect(await page.locator("#alerts tbody tr").count()).to.equal(2);
            expect(await page.locator("#degraded li").allInnerTexts()).to.deep.equal([`${Z4}: access: served nothing from ${atMin(30)} to ${atMin(40)} (10 min) while the tier served; alert ZonesafeNodeCpuHigh fired from ${atMin(30)} to ${atMin(38)}`]);
            expect(await page.locator("#follow-ups tbody tr").count()).to.equal(7);
        });
    });

    describe("bad input: exit 2 with one line", () => {
        it("an unknown event lists the known ones", async () => {
            const r = await zonesafe(["event", "report", "--stack", "evt", "--event", "black-friday", "--prometheus", prom!.url], dir);
            expect(r.code).to.equal(2);
            expect(r.out).to.equal("");
            expect(r.err).to.equal('zonesafe: stack evt declares no event named "black-friday"; known events: flash-sale, live-sale, next-sale (pass one of them with --event)\n');
        });

        it("a window in the future", async () => {
            const r = await zonesafe(["event", "report", "--stack", "evt", "--event", "next-sale", "--prometheus", prom!.url], dir);
            expect(r.code).to.equal(2);
            expect(r.err).to.equal(`zonesafe: event next-sale starts at ${EVENTS[2].start}, in the future: there is nothing to report yet (run the report once the event has started; during the event it covers the window up to now)\n`);
        });

        it("an unreachable Prometheus (a port nothing listens on)", async () => {
            const port = await freePort();
            const r = await zonesafe(["event", "report", "--stack", "evt", "--event", "flash-sale", "--prometheus", `http://user:hunter2@127.0.0.1:${port}`], dir);
            expect(r.code).to.equal(2);
            expect(r.err.split("\n")).to.have.length(2);
            expect(r.err).to.match(new RegExp(`^zonesafe: Prometheus at http://127\\.0\\.0\\.1:${port} is unreachable: .+ \\(check --prometheus \\(the server's URL\\) and that the server runs\\)\\n$`));
            expect(r.err).to.not.contain("hunter2");
        });

        it("a previous report of another stack", async () => {
            const r = await zonesafe(["event", "report", "--stack", "evt-small", "--event", "flash-sale", "--prometheus", prom!.url, "--report", "preview.json"], dir);
            expect(r.code).to.equal(2);
            expect(r.err).to.equal(`zonesafe: --report ${path.join(dir, "preview.json")} is the report of stack "evt", not of evt-small (pass the report of the same stack)\n`);
        });

        it("a format the report has not, and HTML without --out", async () => {
            const sarif = await zonesafe(["--format", "sarif", "event", "report", "--stack", "evt", "--event", "flash-sale", "--prometheus", prom!.url], dir);
            expect(sarif.code).to.equal(2);
            expect(sarif.err).to.equal("zonesafe: event report has no --format sarif (use one of text, json, html)\n");
            const html = await zonesafe(["--format", "html", "event", "report", "--stack", "evt", "--event", "flash-sale", "--prometheus", prom!.url], dir);
            expect(html.code).to.equal(2);
            expect(html.err).to.equal("zonesafe: --format html needs --out FILE (add --out event-report.html)\n");
        });

        it("the compiled command exits 2 with one line as well", async () => {
            expect(fs.existsSync(path.resolve(path.dirname(BIN), "../dist/event/commands.js")), "cli/dist has the event command (run npm run build)").to.equal(true);
            const r = await runCli(["event", "report", "--cwd", dir, "--stack", "evt", "--event", "black-friday", "--prometheus", prom!.url]);
            expect(r.code).to.equal(2);
            expect(r.stderr.trimEnd().split("\n")).to.have.length(1);
            expect(r.stderr).to.contain("known events: flash-sale, live-sale, next-sale");
        });
    });
});
