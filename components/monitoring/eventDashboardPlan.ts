/**
 * The event dashboard planner: from the stack's topology as the components know it (its members by
 * tier, the zones each runs in, their ids where known) and a peak event, a Grafana dashboard built with
 * Grafana's foundation SDK — a row per tier, a series per zone, the event's planned peak and each
 * tier's capacity as reference lines (constant series and dashed thresholds), and the node guard's
 * removals and pages when a guard watches the stack. Pure: plain data in, a dashboard model out.
 *
 * The metrics are `@zonesafe/model`'s event metrics, which the event report reads back.
 */
import * as dashboard from "@grafana/grafana-foundation-sdk/dashboard";
import * as common from "@grafana/grafana-foundation-sdk/common";
import { DataqueryBuilder } from "@grafana/grafana-foundation-sdk/prometheus";
import { PanelBuilder as TimeseriesPanelBuilder } from "@grafana/grafana-foundation-sdk/timeseries";
import {
    EVENT_MEMBER_KINDS,
    EventMemberKind,
    GUARD_PAGES_QUERY,
    GUARD_REMOVED_QUERY,
    MEMBER_METRICS,
    NODE_LABEL,
    PEAK_TIERS,
    PeakEvent,
    SIMULATED_TIERS,
    SimulatedTier,
    SINGLE_NODE_ALERTS_QUERY,
    TIER_OF_MEMBER,
    tierErrorsQuery,
    tierRequestsQuery,
} from "@zonesafe/model";
import { Validator } from "../errors";

/** The type token of the event dashboard component, under which the planner reports refusals. */
export const EVENT_DASHBOARD_TYPE = "zonesafe:monitoring:EventDashboard";


/** Grafana's longest dashboard and data source uid. */
export const GRAFANA_UID_MAX = 40;

/** How long after the event the dashboard's time range runs on, in milliseconds. */
export const AFTER_EVENT_MS = 60 * 60_000;

/** The event a dashboard watches: one of `readEvents()`'s events of `zonesafe:events`. */
export type DashboardEvent = PeakEvent;

/** One member of the stack the dashboard watches, as the components know it. */
export interface DashboardMember {
    /** What it is: `clb`, `workload`, `ckafka`, `mysql` or `redis`; the kind decides its tier and metrics. */
    readonly kind: EventMemberKind;
    /** Its name in the stack (the component's name). */
    readonly name: string;
    /** The zones it runs in (at least one). */
    readonly zones: readonly string[];
    /**
     * What selects its series: the cloud instance id for Cloud Monitor metrics, the Service name for a
     * workload. Omitted (or unknown until deployment): the tier's panels select by zone only.
     */
    readonly id?: string;
}

/** The plain input of the planner. */
export interface EventDashboardInput {
    /** The stack's name, in the dashboard's title and uid. */
    readonly stack: string;
    readonly event: DashboardEvent;
    readonly members: readonly DashboardMember[];
    /** Each tier's capacity, requests per second, drawn as a reference line where given. */
    readonly capacityQps?: Partial<Record<SimulatedTier, number>>;
    /** Whether the node guard acts on the stack's nodes: adds its removals and pages. Defaults to `false`. */
    readonly nodeGuard?: boolean;
    /** The uid of the Prometheus data source the panels query. */
    readonly datasourceUid: string;
}

/** A tier of the dashboard. */
export interface DashboardTierPlan {
    readonly tier: SimulatedTier;
    /** Every zone a member of the tier runs in, sorted. */
    readonly zones: readonly string[];
    /** The kinds of member in the tier. */
    readonly kinds: readonly EventMemberKind[];
    /** The tier's members' names. */
    readonly members: readonly string[];
    readonly capacityQps?: number;
    /** Whether the planned peak is drawn on the tier. */
    readonly showsPeak: boolean;
}

/** The resolved dashboard: its identity, its tiers and the model built with the foundation SDK. */
export interface EventDashboardPlan {
    readonly uid: string;
    readonly title: string;
    readonly tiers: readonly DashboardTierPlan[];
    readonly nodeGuard: boolean;
    readonly dashboard: dashboard.Dashboard;
}

/** A uid Grafana accepts (letters, digits, `-`, `_`; at most {@link GRAFANA_UID_MAX}), stable for the same inputs. */
export function grafanaUid(...parts: string[]): string {
    const raw = parts
        .join("-")
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, "-")
        .replace(/-+/g, "-")
        .replace(/^-|-$/g, "");
    if (raw.length <= GRAFANA_UID_MAX) return raw;
    let h = 0;
    for (const c of raw) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    const tail = h.toString(36);
    return `${raw.slice(0, GRAFANA_UID_MAX - tail.length - 1)}-${tail}`;
}

/** Checks the planner's input, recording every problem on `v`. */
export function validateEventDashboardInput(input: EventDashboardInput, v: Validator): void {
    v.nonEmptyString("stack", input.stack, "pass the stack's name (pulumi.getStack()).");
    v.nonEmptyString("datasourceUid", input.datasourceUid, "name the Prometheus data source's uid.");
    const e = input.event as Partial<DashboardEvent> | undefined;
    if (v.check(typeof e === "object" && e !== null, "event", "must be a peak event", e, "pass one of the events readEvents() returns for `zonesafe:events`.")) {
        v.nonEmptyString("event.name", e!.name, "give the event a name, e.g. double-11.");
        const timesOk =
            v.check(typeof e!.startMs === "number" && Number.isFinite(e!.startMs), "event.startMs", "must be the start in milliseconds", e!.startMs, "read the event with readEvents().") &&
            v.check(typeof e!.endMs === "number" && Number.isFinite(e!.endMs), "event.endMs", "must be the end in milliseconds", e!.endMs, "read the event with readEvents().");
        if (timesOk) v.check(e!.endMs! > e!.startMs!, "event.end", "must be after the start", e!.end, "set an end after the start.");
        v.number("event.peakQps", e!.peakQps, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, "set the planned peak in requests per second, above 0.");
        v.integer("event.warmUpMinutes", e!.warmUpMinutes, 0, 1440);
    }
    if (v.array("members", input.members, "list the stack's members: { kind, name, zones, id? }.")) {
        v.check(input.members.length > 0, "members", "must list at least one member to watch", input.members, "pass the CLB, workloads and data stores the event goes through.");
        const seen = new Set<string>();
        input.members.forEach((m, i) => {
            const at = `members[${i}]`;
            v.oneOf(`${at}.kind`, m?.kind, EVENT_MEMBER_KINDS);
            if (v.nonEmptyString(`${at}.name`, m?.name)) {
                const key = `${m.kind}/${m.name}`;
                v.check(!seen.has(key), `${at}.name`, `must be unique among the ${String(m.kind)} members`, m.name, "list each member once.");
                seen.add(key);
            }
            if (v.array(`${at}.zones`, m?.zones, "list the zones the member runs in.")) {
                v.check(m.zones.length > 0 && m.zones.every((z) => typeof z === "string" && z.trim() !== ""), `${at}.zones`, "must list at least one zone, each a non-empty string", m.zones, "list the zones the member runs in, e.g. [\"ap-guangzhou-3\"].");
                v.check(new Set(m.zones).size === m.zones.length, `${at}.zones`, "must not repeat a zone", m.zones, "list each zone once.");
            }
            if (m?.id !== undefined) v.nonEmptyString(`${at}.id`, m.id, "pass the member's id, or omit it.");
        });
    }
    if (v.optionalObject("capacityQps", input.capacityQps, "map tiers to requests per second, e.g. { access: 150000 }.") && input.capacityQps) {
        for (const [tier, qps] of Object.entries(input.capacityQps)) {
            if (qps === undefined) continue;
            if (v.oneOf(`capacityQps.${tier}`, tier, SIMULATED_TIERS, `use one of ${SIMULATED_TIERS.join(", ")} as the key.`)) {
                v.number(`capacityQps.${tier}`, qps, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, `set \`capacityQps.${tier}\` to the tier's capacity in requests per second, above 0.`);
            }
        }
    }
    if (input.nodeGuard !== undefined) v.boolean("nodeGuard", input.nodeGuard);
}

/** The tiers of the input, in the simulation's tier order, each with its zones, kinds and capacity. */
export function dashboardTiers(input: EventDashboardInput): DashboardTierPlan[] {
    return SIMULATED_TIERS.flatMap((tier) => {
        const members = input.members.filter((m) => TIER_OF_MEMBER[m.kind] === tier);
        if (members.length === 0) return [];
        const kinds = EVENT_MEMBER_KINDS.filter((k) => members.some((m) => m.kind === k));
        const zones = [...new Set(members.flatMap((m) => m.zones))].sort();
        const capacityQps = input.capacityQps?.[tier];
        return [{ tier, zones, kinds, members: members.map((m) => m.name), ...(capacityQps !== undefined ? { capacityQps } : {}), showsPeak: PEAK_TIERS.includes(tier) }];
    });
}

/** The series refIds of a panel: A, B, ..., Z, AA, AB, ... */
function refId(i: number): string {
    let s = "";
    let n = i;
    do {
        s = String.fromCharCode(65 + (n % 26)) + s;
        n = Math.floor(n / 26) - 1;
    } while (n >= 0);
    return s;
}

/** A query of the data source. */
function query(ds: common.DataSourceRef, ref: string, expr: string, legend: string): DataqueryBuilder {
    return new DataqueryBuilder().datasource(ds).refId(ref).expr(expr).legendFormat(legend).range();
}

/** A legend that lists every series with its peak, as the event is watched for. */
function legend(): common.VizLegendOptionsBuilder {
    return new common.VizLegendOptionsBuilder().showLegend(true).displayMode(common.LegendDisplayMode.Table).placement(common.LegendPlacement.Bottom).calcs(["max", "lastNotNull"]);
}

const TIER_TITLES: Record<SimulatedTier, string> = {
    access: "Access",
    compute: "Compute",
    middleware: "Middleware",
    data: "Data",
};

/** The legend of the planned peak's series. */
export const PEAK_LEGEND = "planned peak";
/** The legend of a tier's capacity series. */
export const CAPACITY_LEGEND = "capacity";

/**
 * Plans the dashboard: validates the input (throwing one ComponentArgsError listing every problem)
 * and builds the dashboard model with the foundation SDK's builders.
 */
export function planEventDashboard(name: string, input: EventDashboardInput, componentType = EVENT_DASHBOARD_TYPE): EventDashboardPlan {
    const v = new Validator(componentType, name);
    validateEventDashboardInput(input, v);
    v.throwIfAny();
    return buildEventDashboard(input);
}

/** Builds the dashboard from a valid input (see {@link planEventDashboard}). */
export function buildEventDashboard(input: EventDashboardInput): EventDashboardPlan {
    const { event } = input;
    const tiers = dashboardTiers(input);
    const ds: common.DataSourceRef = { type: "prometheus", uid: input.datasourceUid };
    const uid = grafanaUid("zonesafe", input.stack, event.name);
    const title = `${input.stack}: ${event.name} (${event.start} to ${event.end})`;
    const from = new Date(event.startMs - event.warmUpMinutes * 60_000).toISOString();
    const to = new Date(event.endMs + AFTER_EVENT_MS).toISOString();
    const byKind = (kinds: readonly EventMemberKind[]) => {
        const out: Partial<Record<EventMemberKind, string[]>> = {};
        for (const k of kinds) {
            const ids = input.members.filter((m) => m.kind === k && m.id !== undefined).map((m) => m.id!);
            // Select by id only when every member of the kind has one: otherwise one without would be left out.
            if (ids.length === input.members.filter((m) => m.kind === k).length) out[k] = ids;
        }
        return out;
    };

    const builder = new dashboard.DashboardBuilder(title)
        .uid(uid)
        .description(`Peak event ${event.name} of stack ${input.stack}: planned peak ${event.peakQps} requests/s; capacity up ${event.warmUpMinutes} min before the start. Generated by zonesafe from the stack's topology.`)
        .tags(["zonesafe", "event", event.name, input.stack])
        .timezone("browser")
        .time({ from, to })
        .refresh("30s")
        .readonly()
        .tooltip(dashboard.DashboardCursorSync.Crosshair);

    for (const t of tiers) {
        const members = byKind(t.kinds);
        // Rows stay expanded: the row, then its panels at the top level (Grafana's model of an open row).
        builder.withRow(new dashboard.RowBuilder(`${TIER_TITLES[t.tier]}: ${t.members.join(", ")}`).collapsed(false));
        const requests = new TimeseriesPanelBuilder()
            .title(`${TIER_TITLES[t.tier]} requests/s by zone`)
            .description(t.kinds.map((k) => `${k}: ${MEMBER_METRICS[k].source}`).join("; "))
            .unit("reqps")
            .min(0)
            .legend(legend())
            .height(8)
            .span(t.kinds.some((k) => MEMBER_METRICS[k].errors) ? 16 : 24)
            .datasource(ds);
        let n = 0;
        for (const zone of t.zones) requests.withTarget(query(ds, refId(n++), tierRequestsQuery(t.kinds, members, zone), zone));
        const steps: dashboard.Threshold[] = [{ value: null, color: "green" }];
        if (t.showsPeak) {
            requests.withTarget(query(ds, refId(n++), `vector(${event.peakQps})`, PEAK_LEGEND));
            steps.push({ value: event.peakQps, color: "orange" });
        }
        if (t.capacityQps !== undefined) {
            requests.withTarget(query(ds, refId(n), `vector(${t.capacityQps})`, CAPACITY_LEGEND));
            steps.push({ value: t.capacityQps, color: "red" });
        }
        steps.sort((a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity));
        requests
            .thresholds(new dashboard.ThresholdsConfigBuilder().mode(dashboard.ThresholdsMode.Absolute).steps(steps))
            .thresholdsStyle(new common.GraphThresholdsStyleConfigBuilder().mode(common.GraphThresholdsStyleMode.Dashed))
            .overrideByName(PEAK_LEGEND, [{ id: "custom.lineStyle", value: { fill: "dash", dash: [10, 10] } }, { id: "color", value: { mode: "fixed", fixedColor: "orange" } }])
            .overrideByName(CAPACITY_LEGEND, [{ id: "custom.lineStyle", value: { fill: "dash", dash: [10, 10] } }, { id: "color", value: { mode: "fixed", fixedColor: "red" } }]);
        builder.withPanel(requests);
        if (t.kinds.some((k) => MEMBER_METRICS[k].errors)) {
            const errors = new TimeseriesPanelBuilder().title(`${TIER_TITLES[t.tier]} errors/s by zone`).unit("reqps").min(0).legend(legend()).height(8).span(8).datasource(ds);
            t.zones.forEach((zone, i) => errors.withTarget(query(ds, refId(i), tierErrorsQuery(t.kinds, members, zone)!, zone)));
            builder.withPanel(errors);
        }
    }

    const guard = input.nodeGuard ?? false;
    if (guard) {
        builder.withRow(new dashboard.RowBuilder("Node guard: removals and pages").collapsed(false));
        builder.withPanel(
            new TimeseriesPanelBuilder()
                .title("Nodes removed from service discovery")
                .description("Targets of the node guard's /sd labelled zonesafe_in_service=\"false\", by node.")
                .min(0)
                .height(8)
                .span(8)
                .datasource(ds)
                .withTarget(query(ds, "A", GUARD_REMOVED_QUERY, `{{${NODE_LABEL}}}`)),
        );
        builder.withPanel(
            new TimeseriesPanelBuilder()
                .title("Single-node fault alerts")
                .min(0)
                .height(8)
                .span(8)
                .datasource(ds)
                .withTarget(query(ds, "A", `count by (${NODE_LABEL}) (${SINGLE_NODE_ALERTS_QUERY})`, `{{${NODE_LABEL}}}`)),
        );
        builder.withPanel(
            new TimeseriesPanelBuilder()
                .title("Pages: common cause suspected")
                .min(0)
                .height(8)
                .span(8)
                .datasource(ds)
                .withTarget(query(ds, "A", `count(${GUARD_PAGES_QUERY})`, "pages")),
        );
    }
    const model = builder.build();
    // Stable panel ids in layout order (Grafana links and the report refer to them).
    (model.panels ?? []).forEach((p, i) => (p.id = i + 1));
    return { uid, title, tiers, nodeGuard: guard, dashboard: model };
}

/** The dashboard as the JSON Grafana's API and `grafana.oss.Dashboard`'s `configJson` take. */
export function dashboardJson(plan: EventDashboardPlan): string {
    return JSON.stringify(plan.dashboard);
}
