/**
 * The event report: after a peak event, what Prometheus recorded over its window — the peak of each
 * tier and zone against the plan and the capacity, the headroom left, the error rate, the alerts that
 * fired and what the node guard did, the zones that degraded — and the follow-ups that feed the next
 * round of governance (findings still open, capacity that was short, waivers used).
 *
 * The queries are the event dashboard's (`@zonesafe/model`'s event metrics): the report reads back
 * what the dashboard showed.
 */
import {
    COMMON_CAUSE_ALERT,
    FAULT_LABEL,
    FIRING_ALERTS_QUERY,
    formatInOffsetOf,
    GUARD_REMOVED_SELECTOR,
    kindsOfTier,
    NODE_LABEL,
    PEAK_TIERS,
    PeakEvent,
    SIMULATED_TIERS,
    SimulatedTier,
    SINGLE_NODE_FAULT,
    tierErrorsQuery,
    tierRequestsQuery,
    ZONE_LABEL,
} from "@zonesafe/model";
import { MAX_POINTS_PER_SERIES, PrometheusClient, RangeSeries } from "./prometheus";

/** The report format and its major version. */
export const EVENT_REPORT_SCHEMA = "zonesafe.event-report/v1";

/** The shortest step of the range queries, seconds (Cloud Monitor's period). */
export const MIN_STEP_SECONDS = 60;

/** An error rate above this share of the requests is a follow-up, percent. */
export const ERROR_RATE_OBJECTIVE_PERCENT = 0.1;

/** Where a zone's series is missing a label. */
export const NO_ZONE = "(no zone)";

/** A span of time. */
export interface Span {
    readonly from: string;
    readonly to: string;
    readonly minutes: number;
}

/** One zone of a tier. */
export interface ZoneFigures {
    readonly zone: string;
    /** Its peak, requests per second (0 when it served nothing). */
    readonly peakQps: number;
    readonly peakAt: string | null;
    /** Whether it served nothing for a while as the tier served (or never during the window). */
    readonly degraded: boolean;
    /** When it served nothing while the tier served. */
    readonly outages: readonly Span[];
}

/** One tier's figures. */
export interface TierFigures {
    readonly tier: SimulatedTier;
    /** The tier's peak (its zones summed at each step), requests per second. */
    readonly peakQps: number;
    readonly peakAt: string | null;
    /** The event's planned peak, on the tiers it enters through; else null. */
    readonly plannedPeakQps: number | null;
    /** The peak as a share of the plan, percent. */
    readonly ofPlanPercent: number | null;
    readonly capacityQps: number | null;
    /** Capacity less the peak (negative: the peak went beyond it). */
    readonly headroomQps: number | null;
    readonly headroomPercent: number | null;
    /** Errors over requests across the window, percent; null where the tier has no error metric or no request. */
    readonly errorRatePercent: number | null;
    readonly zones: readonly ZoneFigures[];
    /** Whether Prometheus held any series of the tier over the window. */
    readonly observed: boolean;
}

/** An alert that fired during the window. */
export interface FiredAlert {
    readonly alertname: string;
    readonly labels: Record<string, string>;
    readonly firstAt: string;
    readonly lastAt: string;
    readonly zone: string | null;
    readonly node: string | null;
    /** What the node guard does on it: removes the node (single-node fault), pages a person (common cause), or nothing. */
    readonly guardAction: "removed" | "paged" | null;
}

/** A governance item for the next round. */
export interface FollowUp {
    readonly kind: "capacity" | "plan" | "zone" | "errors" | "alert" | "finding" | "waiver";
    readonly severity: "high" | "medium" | "low";
    readonly title: string;
    readonly fix: string;
}

/** The event report. */
export interface EventReport {
    readonly schema: typeof EVENT_REPORT_SCHEMA;
    readonly tool: { readonly name: "zonesafe"; readonly version: string };
    readonly generatedAt: string;
    readonly stack: string;
    readonly event: { readonly name: string; readonly start: string; readonly end: string; readonly peakQps: number; readonly warmUpMinutes: number };
    readonly prometheus: string;
    readonly window: { readonly from: string; readonly to: string; readonly stepSeconds: number; readonly complete: boolean };
    readonly tiers: readonly TierFigures[];
    readonly alerts: readonly FiredAlert[];
    readonly nodeGuard: { readonly removedNodes: readonly string[]; readonly pages: number };
    readonly degradedZones: readonly { readonly zone: string; readonly reasons: readonly string[] }[];
    readonly followUps: readonly FollowUp[];
    /** Where the open findings and waivers came from: a previous report file, or null. */
    readonly governanceSource: string | null;
    readonly notes: readonly string[];
}

/** A finding and a waiver of a previous report (`zonesafe preview --format json`), as far as the event report reads them. */
export interface PreviousReport {
    readonly file: string;
    readonly findings: readonly { policy: string; level: string; severity: string; resourceName: string | null; message: string; fix: string | null }[];
    readonly waivers: readonly { policy: string | null; resourceName: string | null; message: string }[];
}

/** What the report needs besides Prometheus. */
export interface EventReportInput {
    readonly stack: string;
    readonly event: PeakEvent;
    /** Each tier's capacity, requests per second, where known. */
    readonly capacityQps: Partial<Record<SimulatedTier, number>>;
    readonly previous?: PreviousReport;
    /** Now, milliseconds since the epoch. */
    readonly now: number;
    readonly toolVersion: string;
}

/**
 * The highest value of a series (time → value) and when it first came. Compared at two decimals: rates
 * carry floating-point noise, and the first step at the peak is its time.
 */
function peakOf(series: ReadonlyMap<number, number>): { value: number; t: number | undefined } {
    let value = 0;
    let t: number | undefined;
    for (const [time, v] of [...series].sort((a, b) => a[0] - b[0])) {
        if (round2(v) > round2(value)) {
            value = v;
            t = time;
        }
    }
    return { value, t };
}

/** Rounds to two decimals (figures of rates carry floating-point noise). */
export function round2(x: number): number {
    return Math.round(x * 100) / 100;
}

/** The step of the range queries over a window: a minute, more when the window is long. */
export function stepFor(startSec: number, endSec: number): number {
    return Math.max(MIN_STEP_SECONDS, Math.ceil((endSec - startSec) / (MAX_POINTS_PER_SERIES - 1) / MIN_STEP_SECONDS) * MIN_STEP_SECONDS);
}

/** Spans of consecutive steps (seconds) in `times`, given the step. */
function spans(times: number[], step: number, offsetOf: string): Span[] {
    const out: Span[] = [];
    let start: number | undefined;
    let last = 0;
    for (const t of [...times].sort((a, b) => a - b)) {
        if (start !== undefined && t - last <= step) {
            last = t;
            continue;
        }
        if (start !== undefined) out.push(span(start, last, step, offsetOf));
        start = t;
        last = t;
    }
    if (start !== undefined) out.push(span(start, last, step, offsetOf));
    return out;
}

function span(first: number, last: number, step: number, offsetOf: string): Span {
    return { from: formatInOffsetOf(first * 1000, offsetOf), to: formatInOffsetOf((last + step) * 1000, offsetOf), minutes: round2((last + step - first) / 60) };
}

/** Values by zone and by step time, from a by-zone range query. */
function byZone(series: RangeSeries[]): Map<string, Map<number, number>> {
    const out = new Map<string, Map<number, number>>();
    for (const s of series) {
        const zone = s.metric[ZONE_LABEL] ?? NO_ZONE;
        const m = out.get(zone) ?? new Map<number, number>();
        for (const [t, v] of s.values) if (Number.isFinite(v)) m.set(t, (m.get(t) ?? 0) + v);
        out.set(zone, m);
    }
    return out;
}

/** Builds the report: the queries over the event's window and the figures derived from them. */
export async function buildEventReport(client: PrometheusClient, input: EventReportInput): Promise<EventReport> {
    const { event } = input;
    const at = (sec: number) => formatInOffsetOf(sec * 1000, event.start);
    const startSec = Math.floor(event.startMs / 1000);
    const endSec = Math.floor(Math.min(event.endMs, input.now) / 1000);
    const step = stepFor(startSec, endSec);
    const notes: string[] = [];
    const complete = event.endMs <= input.now;
    if (!complete) notes.push(`the event is still running: the report covers its window up to ${at(endSec)}`);

    const tiers: TierFigures[] = [];
    for (const tier of SIMULATED_TIERS) {
        const kinds = kindsOfTier(tier);
        const requests = byZone(await client.queryRange(tierRequestsQuery(kinds), startSec, endSec, step));
        const errorsQuery = tierErrorsQuery(kinds);
        const errors = errorsQuery ? byZone(await client.queryRange(errorsQuery, startSec, endSec, step)) : undefined;
        const observed = requests.size > 0;
        const total = new Map<number, number>();
        for (const m of requests.values()) for (const [t, v] of m) total.set(t, (total.get(t) ?? 0) + v);
        const { value: peakQps, t: peakT } = peakOf(total);
        const serving = [...total].filter(([, v]) => round2(v) > 0).map(([t]) => t);
        const zoneNames = [...requests.keys()].sort();
        const zones: ZoneFigures[] = zoneNames.map((zone) => {
            const m = requests.get(zone) ?? new Map<number, number>();
            const { value: zp, t: zt } = peakOf(m);
            const idle = serving.filter((t) => !(round2(m.get(t) ?? 0) > 0));
            const outages = spans(idle, step, event.start);
            return { zone, peakQps: round2(zp), peakAt: zt === undefined ? null : at(zt), degraded: outages.length > 0, outages };
        });
        const planned = PEAK_TIERS.includes(tier) ? event.peakQps : null;
        const capacity = input.capacityQps[tier] ?? null;
        let errorRatePercent: number | null = null;
        if (errors) {
            let req = 0;
            let err = 0;
            for (const m of requests.values()) for (const v of m.values()) req += v;
            for (const m of errors.values()) for (const v of m.values()) err += v;
            errorRatePercent = req > 0 ? round2((err / req) * 100) : null;
        }
        const peak = round2(peakQps);
        tiers.push({
            tier,
            peakQps: peak,
            peakAt: peakT === undefined ? null : at(peakT),
            plannedPeakQps: planned,
            ofPlanPercent: planned !== null && observed ? round2((peak / planned) * 100) : null,
            capacityQps: capacity,
            headroomQps: capacity !== null && observed ? round2(capacity - peak) : null,
            headroomPercent: capacity !== null && observed ? round2(((capacity - peak) / capacity) * 100) : null,
            errorRatePercent,
            zones,
            observed,
        });
    }

    // Alerts and removals from their raw samples over the window (a range selector), as recorded: a
    // range query would stretch each by the lookback.
    const range = `[${endSec - startSec + 1}s]`;
    const alerts: FiredAlert[] = (await client.querySamples(`${FIRING_ALERTS_QUERY}${range}`, endSec))
        .filter((s) => s.values.length > 0)
        .map((s) => {
            // From entries: a label named `__proto__` (a valid Prometheus label name) is kept like any other.
            const labels: Record<string, string> = Object.fromEntries(Object.entries(s.metric).filter(([k]) => k !== "__name__" && k !== "alertstate"));
            const times = s.values.map(([t]) => t);
            const alertname = labels.alertname ?? "(unnamed)";
            const guardAction = alertname === COMMON_CAUSE_ALERT ? "paged" : labels[FAULT_LABEL] === SINGLE_NODE_FAULT ? "removed" : null;
            return { alertname, labels, firstAt: at(Math.min(...times)), lastAt: at(Math.max(...times)), zone: labels[ZONE_LABEL] ?? null, node: labels[NODE_LABEL] ?? null, guardAction } as FiredAlert;
        })
        .sort((a, b) => a.firstAt.localeCompare(b.firstAt) || a.alertname.localeCompare(b.alertname) || JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels)));
    const removedNodes = [...new Set((await client.querySamples(`${GUARD_REMOVED_SELECTOR}${range}`, endSec)).filter((s) => s.values.length > 0).map((s) => s.metric[NODE_LABEL] ?? "(unnamed)"))].sort();
    const pages = alerts.filter((a) => a.guardAction === "paged").length;

    const degraded = new Map<string, string[]>();
    const addDegraded = (zone: string, reason: string) => degraded.set(zone, [...(degraded.get(zone) ?? []), reason]);
    for (const t of tiers) {
        for (const z of t.zones) {
            if (!z.degraded) continue;
            const never = z.peakQps === 0;
            addDegraded(z.zone, never ? `${t.tier}: served nothing during the window` : `${t.tier}: served nothing ${z.outages.map((o) => `from ${o.from} to ${o.to} (${o.minutes} min)`).join(", ")} while the tier served`);
        }
    }
    for (const a of alerts) if (a.zone !== null) addDegraded(a.zone, `alert ${a.alertname} fired from ${a.firstAt} to ${a.lastAt}`);
    const degradedZones = [...degraded].sort((a, b) => a[0].localeCompare(b[0])).map(([zone, reasons]) => ({ zone, reasons }));

    const followUps: FollowUp[] = [];
    for (const t of tiers) {
        if (!t.observed) continue;
        if (t.capacityQps !== null && t.headroomQps !== null && t.headroomQps < 0) {
            followUps.push({ kind: "capacity", severity: "high", title: `${t.tier}: the peak ${t.peakQps} req/s went ${-t.headroomQps} req/s beyond the capacity of ${t.capacityQps} req/s`, fix: "raise the tier's maximum (node pool, replicas) or its per-unit figure in zonesafe:capacity before the next event" });
        }
        if (t.capacityQps !== null && t.plannedPeakQps !== null && t.capacityQps < t.plannedPeakQps) {
            followUps.push({ kind: "capacity", severity: "high", title: `${t.tier}: the capacity of ${t.capacityQps} req/s is below the planned peak of ${t.plannedPeakQps} req/s`, fix: "scale the tier's maximum to the plan; event-readiness fails on it for the next event" });
        }
        if (t.plannedPeakQps !== null && t.peakQps > t.plannedPeakQps) {
            followUps.push({ kind: "plan", severity: "medium", title: `${t.tier}: the peak ${t.peakQps} req/s was ${t.ofPlanPercent}% of the planned ${t.plannedPeakQps} req/s`, fix: "raise peakQps of the next event in zonesafe:events, and its scheduled capacity with it" });
        }
        if (t.errorRatePercent !== null && t.errorRatePercent > ERROR_RATE_OBJECTIVE_PERCENT) {
            followUps.push({ kind: "errors", severity: "medium", title: `${t.tier}: ${t.errorRatePercent}% of the requests failed (objective ${ERROR_RATE_OBJECTIVE_PERCENT}%)`, fix: "find the failing zone or member on the event dashboard and fix the cause before the next event" });
        }
    }
    for (const z of degradedZones) followUps.push({ kind: "zone", severity: "high", title: `zone ${z.zone} degraded: ${z.reasons.join("; ")}`, fix: "run the AZ-failure drill for the zone and fix what kept it from serving" });
    for (const name of [...new Set(alerts.map((a) => a.alertname))]) {
        const fired = alerts.filter((a) => a.alertname === name);
        followUps.push({ kind: "alert", severity: "medium", title: `alert ${name} fired ${fired.length} time${fired.length === 1 ? "" : "s"}${fired.some((a) => a.node) ? ` (nodes ${[...new Set(fired.map((a) => a.node).filter((n) => n))].join(", ")})` : ""}`, fix: "review the cause; tune the rule if it fired without a fault" });
    }
    if (input.previous) {
        for (const f of input.previous.findings) {
            followUps.push({ kind: "finding", severity: f.level === "mandatory" ? "high" : "low", title: `still open: ${f.policy}${f.resourceName ? ` on ${f.resourceName}` : ""}: ${f.message}`, fix: f.fix ?? "fix the finding or waive it with a reason and an expiry" });
        }
        for (const w of input.previous.waivers) {
            followUps.push({ kind: "waiver", severity: "low", title: `waiver used: ${w.policy ?? "(a policy)"}${w.resourceName ? ` on ${w.resourceName}` : ""}: ${w.message}`, fix: "fix what it waives, or renew it knowingly, before the next event" });
        }
    } else {
        notes.push("findings still open and waivers used are not listed: pass --report with the JSON report of `zonesafe preview --stack <stack> --format json`");
    }
    const severityOrder = { high: 0, medium: 1, low: 2 } as const;
    followUps.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
    for (const t of tiers) if (!t.observed) notes.push(`${t.tier}: Prometheus holds no series of the tier's metrics over the window`);

    return {
        schema: EVENT_REPORT_SCHEMA,
        tool: { name: "zonesafe", version: input.toolVersion },
        generatedAt: new Date(input.now).toISOString(),
        stack: input.stack,
        event: { name: event.name, start: event.start, end: event.end, peakQps: event.peakQps, warmUpMinutes: event.warmUpMinutes },
        prometheus: client.display,
        window: { from: at(startSec), to: at(endSec), stepSeconds: step, complete },
        tiers,
        alerts,
        nodeGuard: { removedNodes, pages },
        degradedZones,
        followUps,
        governanceSource: input.previous?.file ?? null,
        notes,
    };
}
