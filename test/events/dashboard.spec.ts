/**
 * The event dashboard: the planner's model, built with Grafana's foundation SDK, checked against the
 * SDK's types and structurally for every tier and zone; the EventDashboard component under the
 * embedded engine on the reference stacks; its refusals.
 */
import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import type * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import { defaultDashboard } from "@grafana/grafana-foundation-sdk/dashboard";
import { ComponentArgsError, EventDashboard, EventMemberKind, planEventDashboard } from "@zonesafe/components";
import type { DashboardMember, EventDashboardInput, EventDashboardPlan } from "@zonesafe/components";
import { EVENT_MEMBER_KINDS, GUARD_PAGES_QUERY, GUARD_REMOVED_QUERY, MEMBER_METRICS, readEvents, TIER_OF_MEMBER, ZONE_LABEL } from "@zonesafe/model";
import type { ResourceRecord, StackRecord } from "../../engine/types";
import { isSecret, recordProgram, unwrapSecrets } from "../support/mocks";
import { runStack, STACKS } from "../support/stacks";
import { loadProject, loadStack } from "../../cli/project";
import { ROOT } from "../support/schema";

const EVENT = readEvents([{ name: "double-11", start: "2027-11-11T00:00:00+08:00", end: "2027-11-12T02:00:00+08:00", peakQps: 120000, warmUpMinutes: 60 }]).events[0];
const GZ = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"];

const MEMBERS: DashboardMember[] = [
    { kind: "clb", name: "retail-public", zones: GZ.slice(0, 2), id: "lb-0001" },
    { kind: "workload", name: "orders", zones: GZ, id: "orders" },
    { kind: "workload", name: "cart", zones: GZ, id: "cart" },
    { kind: "ckafka", name: "events", zones: GZ, id: "ckafka-01" },
    { kind: "mysql", name: "orders-db", zones: GZ.slice(0, 2), id: "cdb-01" },
    { kind: "redis", name: "cache", zones: GZ.slice(0, 2), id: "crs-01" },
];

function input(over: Partial<EventDashboardInput> = {}): EventDashboardInput {
    return { stack: "retail-prod", event: EVENT, members: MEMBERS, capacityQps: { access: 200000, compute: 150000 }, nodeGuard: true, datasourceUid: "zs-prom", ...over };
}

type AnyPanel = dashboard.Panel | dashboard.RowPanel;

/** The panels of each row, in layout order: a row header, then its panels until the next row. */
function rows(d: dashboard.Dashboard): { row: dashboard.RowPanel; panels: dashboard.Panel[] }[] {
    const out: { row: dashboard.RowPanel; panels: dashboard.Panel[] }[] = [];
    for (const p of (d.panels ?? []) as AnyPanel[]) {
        if (p.type === "row") out.push({ row: p as dashboard.RowPanel, panels: [] });
        else out[out.length - 1].panels.push(p as dashboard.Panel);
    }
    return out;
}

interface Target {
    expr: string;
    legendFormat?: string;
    refId: string;
    datasource?: { type?: string; uid?: string };
}
const targetsOf = (p: dashboard.Panel) => (p.targets ?? []) as unknown as Target[];

/**
 * Checks a dashboard model for every tier and zone of the members: a row per tier naming its members;
 * its request panel with one series per zone selecting that zone (and the members' ids where every
 * member of a kind has one), the planned peak on the access and compute tiers, the capacity where
 * given, thresholds at both; an error panel where a kind has an error metric; the guard's row.
 */
function checkStructure(d: dashboard.Dashboard, inp: EventDashboardInput): void {
    const tiers = [...new Set(inp.members.map((m) => TIER_OF_MEMBER[m.kind]))];
    const byTier = rows(d);
    expect(byTier.map((r) => (r.row.title ?? "").split(":")[0].toLowerCase())).to.deep.equal([...["access", "compute", "middleware", "data"].filter((t) => tiers.includes(t as never)), ...(inp.nodeGuard ? ["node guard"] : [])]);
    const ids = new Set<number>();
    for (const p of (d.panels ?? []) as AnyPanel[]) {
        expect(p.id, "every panel has an id").to.be.a("number");
        expect(ids.has(p.id!), `panel id ${p.id} is unique`).to.equal(false);
        ids.add(p.id!);
        expect(p.gridPos, "every panel is placed").to.not.equal(undefined);
    }
    for (const tier of tiers) {
        const members = inp.members.filter((m) => TIER_OF_MEMBER[m.kind] === tier);
        const zones = [...new Set(members.flatMap((m) => m.zones))].sort();
        const { row, panels } = byTier.find((r) => (r.row.title ?? "").toLowerCase().startsWith(tier))!;
        expect(row.collapsed).to.equal(false);
        for (const m of members) expect(row.title).to.contain(m.name);
        const requests = panels.find((p) => /requests\/s/.test(p.title ?? ""))!;
        expect(requests, `${tier}: a request panel`).to.not.equal(undefined);
        expect(requests.type).to.equal("timeseries");
        const targets = targetsOf(requests);
        for (const t of targets) expect(t.datasource).to.deep.equal({ type: "prometheus", uid: inp.datasourceUid });
        expect(new Set(targets.map((t) => t.refId)).size, "refIds are unique").to.equal(targets.length);
        for (const zone of zones) {
            const series = targets.filter((t) => t.legendFormat === zone);
            expect(series, `${tier}/${zone}: one series`).to.have.length(1);
            expect(series[0].expr).to.contain(`${ZONE_LABEL}="${zone}"`);
            for (const m of members) {
                expect(series[0].expr, `${tier}/${zone} reads ${m.kind}`).to.contain(MEMBER_METRICS[m.kind].requests.metric);
                if (m.id) expect(series[0].expr, `${tier}/${zone} selects ${m.name}`).to.contain(m.id);
            }
        }
        const steps = (requests.fieldConfig!.defaults.thresholds?.steps ?? []).map((s) => s.value);
        const peak = targets.filter((t) => t.legendFormat === "planned peak");
        if (tier === "access" || tier === "compute") {
            expect(peak.map((t) => t.expr), `${tier}: the planned peak`).to.deep.equal([`vector(${inp.event.peakQps})`]);
            expect(steps).to.include(inp.event.peakQps);
        } else expect(peak, `${tier}: no planned peak`).to.have.length(0);
        const cap = inp.capacityQps?.[tier];
        const capacity = targets.filter((t) => t.legendFormat === "capacity");
        if (cap !== undefined) {
            expect(capacity.map((t) => t.expr)).to.deep.equal([`vector(${cap})`]);
            expect(steps).to.include(cap);
        } else expect(capacity).to.have.length(0);
        expect(requests.fieldConfig!.defaults.custom?.thresholdsStyle).to.deep.equal({ mode: "dashed" });
        expect(targets).to.have.length(zones.length + peak.length + capacity.length);
        const withErrors = members.some((m) => MEMBER_METRICS[m.kind].errors);
        const errors = panels.find((p) => /errors\/s/.test(p.title ?? ""));
        expect(errors !== undefined, `${tier}: an error panel exactly when a kind has an error metric`).to.equal(withErrors);
        if (errors) expect(targetsOf(errors).map((t) => t.legendFormat)).to.deep.equal(zones);
    }
    const guard = byTier.find((r) => (r.row.title ?? "").startsWith("Node guard"));
    if (inp.nodeGuard) {
        const exprs = guard!.panels.flatMap((p) => targetsOf(p).map((t) => t.expr));
        expect(exprs).to.include(GUARD_REMOVED_QUERY);
        expect(exprs.some((e) => e.includes(GUARD_PAGES_QUERY))).to.equal(true);
    } else expect(guard).to.equal(undefined);
}

describe("event dashboard", () => {
    describe("the planner (foundation SDK builders)", () => {
        it("builds a dashboard of the SDK's type with a row per tier, a series per zone and the reference lines", () => {
            const plan: EventDashboardPlan = planEventDashboard("d", input());
            // Type-level: the model is the SDK's Dashboard (a wrong shape would not compile here).
            const model: dashboard.Dashboard = plan.dashboard;
            const sdkDefaults = defaultDashboard();
            expect(model.schemaVersion).to.equal(sdkDefaults.schemaVersion);
            expect(model.uid).to.equal("zonesafe-retail-prod-double-11");
            expect(model.uid!.length).to.be.at.most(40);
            expect(model.time).to.deep.equal({ from: "2027-11-10T15:00:00.000Z", to: "2027-11-11T19:00:00.000Z" });
            checkStructure(model, input());
            // The JSON Grafana receives is the same model.
            const round = JSON.parse(JSON.stringify(model)) as dashboard.Dashboard;
            checkStructure(round, input());
        });

        it("draws no guard row without a guard, no capacity line without a capacity, and selects by zone only when a member's id is unknown", () => {
            const members = MEMBERS.map((m) => (m.kind === "mysql" ? { ...m, id: undefined } : m));
            const inp = input({ nodeGuard: false, capacityQps: undefined, members });
            const plan = planEventDashboard("d", inp);
            checkStructure(plan.dashboard, inp);
            const data = rows(plan.dashboard).find((r) => (r.row.title ?? "").startsWith("Data"))!;
            const expr = targetsOf(data.panels[0])[0].expr;
            expect(expr).to.match(/qce_cdb_qps_max\{zone="ap-guangzhou-3"\}/);
            expect(expr).to.contain('instance_id=~"crs-01"');
        });

        it("takes the member kinds the model's event metrics know, as the component's enum lists them", () => {
            expect(Object.values(EventMemberKind).sort()).to.deep.equal([...EVENT_MEMBER_KINDS].sort());
            for (const k of EVENT_MEMBER_KINDS) expect(MEMBER_METRICS[k].requests.metric, k).to.match(/^[a-z_]+$/);
        });

        it("refuses bad input with every problem named (field, rule, fix)", () => {
            const bad = input({
                stack: "",
                members: [
                    { kind: "nope" as never, name: "x", zones: ["a"] },
                    { kind: "clb", name: "", zones: [] },
                    { kind: "mysql", name: "db", zones: ["a", "a"] },
                ],
                capacityQps: { access: -1, edge: 5 } as never,
                event: { ...EVENT, peakQps: 0, endMs: EVENT.startMs },
            });
            let err: unknown;
            try {
                planEventDashboard("d", bad);
            } catch (e) {
                err = e;
            }
            expect(ComponentArgsError.isComponentArgsError(err)).to.equal(true);
            const fields = (err as ComponentArgsError).problems.map((p) => p.field);
            expect(fields).to.include.members(["stack", "members[0].kind", "members[1].name", "members[1].zones", "members[2].zones", "capacityQps.access", "capacityQps.edge", "event.peakQps", "event.end"]);
            for (const p of (err as ComponentArgsError).problems) expect(p.fix, p.field).to.match(/\S/);
            expect((err as Error).message).to.contain('zonesafe:monitoring:EventDashboard "d" refused its arguments');
        });
    });

    describe("under the embedded engine, on the reference stacks", () => {
        const runs: Record<string, StackRecord> = {};
        const zonePlans: Record<string, any> = {};
        before(async function () {
            this.timeout(120_000);
            for (const name of STACKS) {
                const run = await runStack(name, { preview: false });
                runs[name] = run.stack;
                zonePlans[name] = (run.outputs as any).zonePlan;
            }
        });

        const ofType = (s: StackRecord, type: string) => s.resources.filter((r) => r.type === type);

        for (const name of STACKS) {
            it(`${name}: a dashboard exactly for each declared event, built from the stack's own members`, () => {
                const project = loadProject(ROOT);
                const events = readEvents(loadStack(project, name).config["zonesafe:events"]).events;
                const s = runs[name];
                const dashboards = ofType(s, "grafana:oss/dashboard:Dashboard");
                expect(dashboards.map((d) => d.name)).to.deep.equal(events.map((e) => `retail-${e.name}`));
                if (events.length === 0) {
                    expect(ofType(s, "zonesafe:monitoring:EventDashboard")).to.have.length(0);
                    expect(s.resources.filter((r) => r.type.startsWith("grafana:") || r.type === "pulumi:providers:grafana")).to.have.length(0);
                    return;
                }
                expect(ofType(s, "grafana:oss/folder:Folder")).to.have.length(1);
                expect(ofType(s, "grafana:oss/dataSource:DataSource")).to.have.length(events.length);
                expect(ofType(s, "tencentcloud:index/monitorGrafanaInstance:MonitorGrafanaInstance")).to.have.length(1);
                expect(ofType(s, "tencentcloud:index/monitorTmpInstance:MonitorTmpInstance")).to.have.length(1);
                const component = ofType(s, "zonesafe:monitoring:EventDashboard")[0];
                for (const r of s.resources.filter((x) => x.type.startsWith("grafana:"))) {
                    expect(r.parent, `${r.type} is the component's child`).to.equal(component.urn);
                    expect(r.providerRef, `${r.type} deploys with the component's Grafana provider`).to.match(/pulumi:providers:grafana::retail-double-11-grafana::/);
                }
                const ds = ofType(s, "grafana:oss/dataSource:DataSource")[0];
                expect(ds.inputs.type).to.equal("prometheus");
                const d: ResourceRecord = dashboards[0];
                expect(d.inputs.folder).to.equal(ofType(s, "grafana:oss/folder:Folder")[0].inputs.uid);
                const model = JSON.parse(d.inputs.configJson as string) as dashboard.Dashboard;
                // The stack's members as the blueprint built them (its zone plan output): every tier and zone.
                const zp = zonePlans[name];
                const workloads = ofType(s, "kubernetes:apps/v1:Deployment").map((x) => x.name.replace(/-deployment$/, ""));
                const members: DashboardMember[] = [
                    { kind: "clb", name: "retail-public", zones: [zp.access.masterZone, zp.access.slaveZone] },
                    ...workloads.map((w, i) => ({ kind: "workload" as const, name: w, zones: zp.compute.workloads[i].zones })),
                    { kind: "ckafka", name: "retail-events", zones: zp.middleware.zones },
                    { kind: "mysql", name: "retail-orders", zones: zp.data.mysql.zones },
                    { kind: "redis", name: "retail-cache", zones: zp.data.redis.zones },
                ];
                expect(new Set(members.flatMap((m) => m.zones))).to.deep.equal(new Set(GZ));
                const capacity = model.panels!.flatMap((p) => targetsOf(p as dashboard.Panel)).filter((t) => t.legendFormat === "capacity");
                const cap = capacity.length ? Number(/vector\((\d+)\)/.exec(capacity[0].expr)![1]) : undefined;
                checkStructure(model, { stack: name, event: events[0], members, nodeGuard: false, datasourceUid: ds.inputs.uid as string, capacityQps: cap !== undefined ? { compute: cap } : undefined });
                // The cloud ids the mocks gave the members select their series.
                const exprs = model.panels!.flatMap((p) => targetsOf(p as dashboard.Panel).map((t) => t.expr)).join("\n");
                for (const t of ["tencentcloud:index/clbInstance:ClbInstance", "tencentcloud:index/mysqlInstance:MysqlInstance", "tencentcloud:index/redisInstance:RedisInstance"]) {
                    const ids = ofType(s, t).map((r) => `${r.name}-id`);
                    expect(ids.length, t).to.be.greaterThan(0);
                    for (const id of ids) expect(exprs, t).to.contain(id);
                }
            });
        }
    });

    describe("the component's deployment targets", () => {
        it("retail with two events: one Managed Prometheus and one Managed Grafana, the second dashboard on the first's", async () => {
            const second = { name: "spring-festival", start: "2028-01-26T20:00:00+08:00", end: "2028-01-27T02:00:00+08:00", peakQps: 90000, warmUpMinutes: 90 };
            const project = loadProject(ROOT);
            const first = JSON.parse(loadStack(project, "retail-prod").config["zonesafe:events"]) as unknown[];
            const { stack } = await runStack("retail-prod", { preview: false, config: { "zonesafe:events": JSON.stringify([...first, second]) } });
            const of = (t: string) => stack.resources.filter((r) => r.type === t);
            expect(of("grafana:oss/dashboard:Dashboard").map((r) => r.name)).to.deep.equal(["retail-double-11", "retail-spring-festival"]);
            expect(of("tencentcloud:index/monitorGrafanaInstance:MonitorGrafanaInstance")).to.have.length(1);
            expect(of("tencentcloud:index/monitorTmpInstance:MonitorTmpInstance")).to.have.length(1);
            const [ds1, ds2] = of("grafana:oss/dataSource:DataSource");
            expect(ds2.inputs.url, "the second data source queries the first's Prometheus").to.equal(ds1.inputs.url);
            const model = JSON.parse(of("grafana:oss/dashboard:Dashboard")[1].inputs.configJson as string) as dashboard.Dashboard;
            expect(model.uid).to.equal("zonesafe-retail-prod-spring-festival");
            expect(model.time).to.deep.equal({ from: "2028-01-26T10:30:00.000Z", to: "2028-01-26T19:00:00.000Z" });
        });

        it("deploys to a given Grafana with its token and Prometheus' basic auth as secrets, and creates no instance", async () => {
            const { stack } = await recordProgram(
                () => ({
                    uid: new EventDashboard("watch", {
                        event: EVENT,
                        members: MEMBERS.map((m) => ({ ...m, zones: [...m.zones], id: pulumi.output(m.id!) })),
                        prometheusUrl: "http://10.0.1.5:9090",
                        prometheusBasicAuth: { username: "1250000000", password: pulumi.secret("tmp-token") },
                        grafanaUrl: "https://grafana.example.com",
                        grafanaAuth: "glsa_token",
                        nodeGuard: true,
                    }).plan.uid,
                }),
                { project: "p", stack: "shop", preview: false },
            );
            expect(stack.resources.filter((r) => r.type.startsWith("tencentcloud:"))).to.have.length(0);
            const provider = stack.resources.find((r) => r.type === "pulumi:providers:grafana")!;
            expect(provider.inputs.url).to.equal("https://grafana.example.com");
            expect(isSecret(provider.inputs.auth), "the Grafana token is a secret").to.equal(true);
            const ds = stack.resources.find((r) => r.type === "grafana:oss/dataSource:DataSource")!;
            expect(ds.inputs).to.deep.include({ url: "http://10.0.1.5:9090", basicAuthEnabled: true, basicAuthUsername: "1250000000", uid: "zonesafe-prom-shop" });
            expect(isSecret(ds.inputs.secureJsonDataEncoded), "the Prometheus token is a secret").to.equal(true);
            // Outside its secrets no input holds a token; inside them the data source's does.
            const blind = (v: unknown): unknown => (isSecret(v as never) ? "[secret]" : Array.isArray(v) ? v.map(blind) : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, blind(x)])) : v);
            const everything = JSON.stringify(stack.resources.map((r) => blind(r.inputs)));
            expect(everything).to.not.contain("tmp-token");
            expect(everything).to.not.contain("glsa_token");
            expect(JSON.parse(unwrapSecrets(ds.inputs.secureJsonDataEncoded) as string)).to.deep.equal({ basicAuthPassword: "tmp-token" });
            const d = stack.resources.find((r) => r.type === "grafana:oss/dashboard:Dashboard")!;
            const model = JSON.parse(d.inputs.configJson as string) as dashboard.Dashboard;
            checkStructure(model, { ...input(), stack: "shop", capacityQps: undefined, datasourceUid: "zonesafe-prom-shop" });
        });
    });

    describe("the component's refusals", () => {
        it("refuses where to deploy before creating anything, with each problem named", async () => {
            const record = await recordProgram(
                async () => {
                    try {
                        new EventDashboard("watch", {
                            event: EVENT,
                            members: [],
                            prometheusUrl: "ftp://x",
                            grafanaUrl: "https://grafana.example.com",
                            managedGrafana: { vpcId: "vpc-1", subnetIds: [] },
                        });
                    } catch (e) {
                        pulumi.log.info(`refused: ${(e as Error).message}`);
                        expect(ComponentArgsError.isComponentArgsError(e)).to.equal(true);
                        const fields = (e as ComponentArgsError).problems.map((p) => p.field);
                        expect(fields).to.deep.equal(["members", "prometheusUrl", "managedGrafana", "managedGrafana.subnetIds"]);
                        return;
                    }
                    throw new Error("EventDashboard accepted bad arguments");
                },
                { project: "p", stack: "s", preview: true },
            );
            expect(record.stack.resources.filter((r) => r.type !== "pulumi:pulumi:Stack")).to.have.length(0);
        });
    });
});
