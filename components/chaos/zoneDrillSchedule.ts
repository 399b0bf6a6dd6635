import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { azLossId, DEFAULT_CHAOS_NAMESPACE, DEFAULT_CHECK_INTERVAL_SECONDS, killAfterSecondsOf, planOptionProblems, StatusCheckInput, ZONE_LABEL, ZoneLabel, zoneLossSchedule } from "@zonesafe/drills";
import type { KubernetesObject } from "@zonesafe/drills";
import { WORKLOAD_MIGRATION_BUDGET_SECONDS, ZONE_RTO_TARGET_SECONDS, zoneIdOf } from "@zonesafe/model";
import { inheritOptions, withClusterProvider } from "../compose";
import type { ClusterLike } from "../compose";
import { DNS_LABEL, isOutputLike, Validator } from "../errors";

/** The component's type token. */
export const ZONE_DRILL_SCHEDULE_TYPE = "zonesafe:chaos:ZoneDrillSchedule";

/** The namespace of the Chaos Mesh objects when none is given (the drills planner's default). */
export const DEFAULT_DRILL_NAMESPACE = DEFAULT_CHAOS_NAMESPACE;
/** The probe interval of the status checks when none is given, seconds (the drills planner's default). */
export const DEFAULT_DRILL_CHECK_INTERVAL_SECONDS = DEFAULT_CHECK_INTERVAL_SECONDS;
/** The days of the month the zones' drills run on by default: the first zone on the 1st, the next a week later, … */
export const DEFAULT_DRILL_DAYS = Object.freeze([1, 8, 15, 22] as const);
/** The hour (cluster time, usually UTC) the drills start at by default: a quiet hour. */
export const DEFAULT_DRILL_HOUR = 3;

/** The arguments of a {@link ZoneDrillSchedule}. */
export interface ZoneDrillScheduleArgs {
    /** The TKE cluster the drills run in (a TkeCluster: its Kubernetes provider and zones come with it). Chaos Mesh 2.8 must be installed there. */
    cluster: ClusterLike;
    /** The zones to drill, each lost in turn. Defaults to the cluster's zones; stated zones must be the cluster's. */
    zones?: string[];
    /** The namespaces whose pods on a lost zone's nodes are hit. At least one. */
    namespaces: string[];
    /** The service's health endpoint (http:// or https://), which answers 2xx while the service serves: the status checks probe it. */
    checkUrl: string;
    /**
     * Each zone's cron (five fields, or `@monthly`, …), by zone. Defaults to monthly at 03:00, the zones a
     * week apart (the 1st, 8th, 15th, 22nd). Two zones may never share a cron: that would lose both at once.
     */
    schedules?: Record<string, string>;
    /** How long a zone stays lost, seconds (60 to 86400). Defaults to `rtoSeconds`. */
    durationSeconds?: number;
    /** The RTO target: a run aborts (recovering every fault) when the endpoint fails this long in a row. Defaults to 15 minutes. */
    rtoSeconds?: number;
    /** Seconds between two probes (2 to 300). Defaults to 10. */
    checkIntervalSeconds?: number;
    /** The namespace of the Chaos Mesh objects. Defaults to `chaos-mesh`. */
    namespace?: string;
    /**
     * The node label a zone is selected by: `topology.kubernetes.io/zone` (the default) or, on older
     * clusters, `failure-domain.beta.kubernetes.io/zone`; TKE sets either to the numeric zone id.
     */
    zoneLabel?: string;
    /** Whether the schedules are paused (Chaos Mesh's pause annotation), e.g. around a peak event. Defaults to `false`. */
    paused?: boolean;
}

/** One zone's scheduled drill. */
export interface ZoneDrillPlan {
    zone: string;
    /** The numeric zone id the node label holds. */
    zoneId: number;
    /** The experiment id, `az-loss-<zone>`. */
    experiment: string;
    /** When it runs (cron). */
    cron: string;
    /** The Schedule's name. */
    name: string;
}

/** The resolved layout of a ZoneDrillSchedule (plain data). */
export interface ZoneDrillSchedulePlan {
    /** Each zone's drill, in zone order. */
    zones: ZoneDrillPlan[];
    /** The namespace of the Chaos Mesh objects. */
    namespace: string;
    /** The namespaces whose pods are hit. */
    namespaces: string[];
    /** The node label zones are selected by. */
    zoneLabel: string;
    durationSeconds: number;
    rtoSeconds: number;
    checkIntervalSeconds: number;
    paused: boolean;
}

/** A ZoneDrillSchedule's layout and the Chaos Mesh Schedules it renders (one per zone). */
export interface RenderedZoneDrills {
    readonly plan: ZoneDrillSchedulePlan;
    readonly schedules: readonly KubernetesObject[];
}

/** One field of a five-field cron: `*`, a number, a range, a list, each with an optional step. */
const CRON_FIELD = /^(\*|[0-9]+(-[0-9]+)?)(\/[0-9]+)?(,(\*|[0-9]+(-[0-9]+)?)(\/[0-9]+)?)*$/;
const CRON_DESCRIPTORS = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];
/** The bounds of the five cron fields: minute, hour, day of month, month, day of week. */
const CRON_BOUNDS: ReadonlyArray<readonly [number, number]> = [
    [0, 59],
    [0, 23],
    [1, 31],
    [1, 12],
    [0, 7],
];

/** Whether `cron` is a five-field cron (numbers within each field's bounds) or a descriptor such as `@monthly`. */
export function isCron(cron: unknown): cron is string {
    if (typeof cron !== "string") return false;
    const text = cron.trim();
    if (CRON_DESCRIPTORS.includes(text)) return true;
    const fields = text.split(/\s+/);
    if (fields.length !== 5) return false;
    return fields.every((f, i) => CRON_FIELD.test(f) && (f.match(/[0-9]+/g) ?? []).every((n, j, all) => {
        // A step (after '/') is a count, not a value of the field.
        const isStep = f.includes("/") && j === all.length - 1 && f.endsWith(`/${n}`);
        const v = Number(n);
        return isStep ? v >= 1 : v >= CRON_BOUNDS[i][0] && v <= CRON_BOUNDS[i][1];
    }));
}

/**
 * Resolves defaults, validates (every problem at once) and renders the Schedules. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planZoneDrillSchedule(name: string, args: ZoneDrillScheduleArgs): RenderedZoneDrills {
    const v = new Validator(ZONE_DRILL_SCHEDULE_TYPE, name);
    const a = (args ?? {}) as ZoneDrillScheduleArgs;
    v.check(typeof name === "string" && DNS_LABEL.test(name), "name", "must be a DNS label (lowercase letters, digits and '-', at most 63)", name, 'rename the component, e.g. "shop-drills".');
    const clusterOk = v.check(typeof a.cluster === "object" && a.cluster !== null && a.cluster.clusterId !== undefined, "cluster", "is required (the TkeCluster the drills run in)", a.cluster, "pass the TkeCluster, e.g. `cluster: tke`.");
    const clusterZones = clusterOk && Array.isArray(a.cluster.zonePlan?.zones) ? a.cluster.zonePlan!.zones : undefined;

    // Zones: the cluster's, or a subset of them.
    let zones: string[] = [];
    if (a.zones !== undefined) {
        if (v.array("zones", a.zones)) {
            zones = a.zones as string[];
            a.zones.forEach((z, i) => {
                if (clusterZones !== undefined) {
                    v.check(clusterZones.includes(z as string), `zones[${i}]`, `must be a zone of the cluster (${clusterZones.join(", ")})`, z, "remove `zones` to drill every zone of the cluster, or name only its zones.");
                }
            });
            v.check(new Set(zones).size === zones.length, "zones", "must not repeat a zone", a.zones, "name each zone once.");
        }
    } else if (clusterOk) {
        if (clusterZones === undefined) v.add("zones", "is required when the cluster does not say its zones (a cluster built outside this program)", a.zones, "pass the cluster's zones, e.g. `zones: [\"ap-guangzhou-3\", \"ap-guangzhou-4\"]`.");
        else zones = [...clusterZones];
    }
    const span = clusterZones ?? zones;
    if (clusterOk && span.length > 0) {
        v.check(new Set(span).size >= 2, "cluster", "must span at least 2 zones: losing the only zone of a cluster takes the whole service down, which no drill should do on a schedule", span, "drill a cluster whose node pools spread over several zones.");
    }
    zones.forEach((z, i) => {
        const field = a.zones !== undefined ? `zones[${i}]` : "cluster";
        v.check(typeof z === "string" && zoneIdOf(z) !== undefined, field, "must be a zone of a region whose numeric zone ids are known (TKE labels nodes with the number, e.g. 100003)", z, "use a zone such as ap-guangzhou-3.");
    });

    // Namespaces.
    if (v.array("namespaces", a.namespaces, "pass the namespaces of the workloads to hit, e.g. `namespaces: [\"shop\"]`.")) {
        v.check(a.namespaces.length > 0, "namespaces", "must name at least one namespace", a.namespaces, "pass the namespaces of the workloads to hit, e.g. `namespaces: [\"shop\"]`.");
        a.namespaces.forEach((ns, i) => v.check(typeof ns === "string" && DNS_LABEL.test(ns), `namespaces[${i}]`, "must be a Kubernetes namespace name", ns, "use the namespace's name, e.g. \"shop\"."));
        v.check(new Set(a.namespaces).size === a.namespaces.length, "namespaces", "must not repeat a namespace", a.namespaces, "name each namespace once.");
    }

    // The options the drills' planner checks (one rule each, one place).
    const rtoSeconds = a.rtoSeconds ?? ZONE_RTO_TARGET_SECONDS;
    v.integer("rtoSeconds", rtoSeconds, 60, 86_400, "set `rtoSeconds` to the stack's RTO target in seconds, e.g. 900.");
    if (isOutputLike(a.checkUrl)) v.add("checkUrl", "must be a plain string (the status checks are written into the Schedule as it is planned)", "<output>", "pass the endpoint as a string.", { described: true });
    else v.nonEmptyString("checkUrl", a.checkUrl, "pass the service's health endpoint, e.g. \"https://shop.example.com/healthz\".");
    const options = {
        checkUrl: typeof a.checkUrl === "string" && a.checkUrl.trim() !== "" ? a.checkUrl : undefined,
        namespace: a.namespace,
        zoneLabel: a.zoneLabel as ZoneLabel | undefined,
        durationSeconds: a.durationSeconds ?? (Number.isInteger(rtoSeconds) ? rtoSeconds : undefined),
        checkIntervalSeconds: a.checkIntervalSeconds,
    };
    for (const p of planOptionProblems(options)) {
        const value = (a as unknown as Record<string, unknown>)[p.field] ?? (options as Record<string, unknown>)[p.field];
        v.add(p.field, p.rule, value, `${p.fix}.`);
    }
    if (a.paused !== undefined) v.boolean("paused", a.paused);

    // Schedules: one cron per zone, no two alike.
    const crons = new Map<string, string>();
    if (v.optionalObject("schedules", a.schedules)) {
        for (const [zone, cron] of Object.entries(a.schedules ?? {})) {
            if (!zones.includes(zone)) {
                v.add(`schedules.${zone}`, `must name a zone of the drill (${zones.join(", ") || "none"})`, cron, "key each cron by one of the drilled zones.");
                continue;
            }
            if (v.check(isCron(cron), `schedules.${zone}`, "must be a cron of five fields (minute hour day-of-month month day-of-week) or a descriptor such as @monthly", cron, 'use e.g. "0 3 1 * *" (03:00 on the 1st of each month).')) {
                crons.set(zone, cron.trim());
            }
        }
    }
    zones.forEach((zone, i) => {
        if (!crons.has(zone)) crons.set(zone, `0 ${DEFAULT_DRILL_HOUR} ${DEFAULT_DRILL_DAYS[i % DEFAULT_DRILL_DAYS.length]} * *`);
    });
    const seen = new Map<string, string>();
    for (const zone of zones) {
        const cron = crons.get(zone)!;
        const other = seen.get(cron);
        if (other !== undefined) {
            v.add(`schedules.${zone}`, `must differ from the cron of ${other}: two zones lost at once is not a zone drill`, cron, `give ${zone} another day, e.g. "0 ${DEFAULT_DRILL_HOUR} ${DEFAULT_DRILL_DAYS[(zones.indexOf(zone) + 1) % DEFAULT_DRILL_DAYS.length]} * *".`);
        } else {
            seen.set(cron, zone);
        }
    }
    for (const zone of zones) {
        const objectName = `${name}-${azLossId(zone)}`;
        if (typeof name === "string" && DNS_LABEL.test(name) && objectName.length > 63) {
            v.add("name", `must leave room for the Schedule names (${objectName} is longer than 63 characters)`, name, `shorten the component name to at most ${Math.max(1, 63 - (objectName.length - name.length))} characters.`);
            break;
        }
    }
    v.throwIfAny();

    const namespace = a.namespace ?? DEFAULT_DRILL_NAMESPACE;
    const zoneLabel = (a.zoneLabel ?? ZONE_LABEL) as ZoneLabel;
    const interval = a.checkIntervalSeconds ?? DEFAULT_DRILL_CHECK_INTERVAL_SECONDS;
    const durationSeconds = a.durationSeconds ?? rtoSeconds;
    const paused = a.paused ?? false;
    const checkUrl = a.checkUrl;
    const plans: ZoneDrillPlan[] = zones.map((zone) => ({ zone, zoneId: zoneIdOf(zone)!, experiment: azLossId(zone), cron: crons.get(zone)!, name: `${name}-${azLossId(zone)}` }));
    const schedules = plans.map((p) => {
        const checks: StatusCheckInput[] = [
            {
                name: "check-migration",
                hypothesis: `the service answers again within ${WORKLOAD_MIGRATION_BUDGET_SECONDS} s of its pods in ${p.zone} being killed (workload migration budget)`,
                url: checkUrl,
                toleratedSeconds: WORKLOAD_MIGRATION_BUDGET_SECONDS,
                abort: false,
            },
            { name: "check-rto", hypothesis: `the service serves again within ${rtoSeconds} s of losing ${p.zone} (RTO target)`, url: checkUrl, toleratedSeconds: rtoSeconds, abort: true },
        ];
        const schedule = zoneLossSchedule({
            name: p.name,
            namespace,
            experiment: p.experiment,
            zoneId: p.zoneId,
            zoneLabel,
            namespaces: a.namespaces,
            durationSeconds,
            killAfterSeconds: killAfterSecondsOf(durationSeconds, interval),
            checks,
            checkIntervalSeconds: interval,
            cron: p.cron,
        });
        return paused ? { ...schedule, metadata: { ...schedule.metadata, annotations: { ...schedule.metadata.annotations, "experiment.chaos-mesh.org/pause": "true" } } } : schedule;
    });
    return { plan: { zones: plans, namespace, namespaces: [...a.namespaces], zoneLabel, durationSeconds, rtoSeconds, checkIntervalSeconds: interval, paused }, schedules };
}

/**
 * Scheduled zone drills on a TKE cluster: for each zone, a Chaos Mesh `Schedule` (custom resource)
 * that runs a `Workflow` losing that zone — every packet of the pods on the zone's nodes dropped, then
 * those pods killed — while `StatusCheck`s probe the service's health endpoint: one holds it to the
 * workload migration budget (2 minutes), one to the RTO target (15 minutes by default), and the latter
 * aborts the run (recovering every fault) when the service stays down longer. The zones run a week
 * apart each month by default, never two at once; `paused` holds them all, e.g. around a peak event.
 *
 * Nodes are selected by the label TKE sets, `topology.kubernetes.io/zone`, which holds the numeric
 * zone id (`100003` for ap-guangzhou-3). Chaos Mesh 2.8 must be installed in the cluster; the objects
 * validate against its v2.8.3 CRDs. Pass the `cluster` (a TkeCluster): its Kubernetes provider and
 * zones come with it. A Kubernetes provider in `opts.provider` still wins.
 */
export class ZoneDrillSchedule extends pulumi.ComponentResource {
    /** The resolved layout: each zone's cron and numeric id, the namespaces, the bounds. */
    public readonly zonePlan: ZoneDrillSchedulePlan;

    constructor(name: string, args: ZoneDrillScheduleArgs, opts?: pulumi.ComponentResourceOptions) {
        const rendered = planZoneDrillSchedule(name, args);
        const own = withClusterProvider(inheritOptions(opts, undefined, "kubernetes", pulumi.Resource.isInstance(args.cluster) ? [args.cluster] : []), args.cluster);
        super(ZONE_DRILL_SCHEDULE_TYPE, name, {}, own);
        this.zonePlan = rendered.plan;
        drillSchedules.set(
            this,
            rendered.schedules.map((s, i) => new k8s.apiextensions.CustomResource(`${name}-${rendered.plan.zones[i].zone}`, { ...s } as k8s.apiextensions.CustomResourceArgs, { parent: this })),
        );
        this.registerOutputs({ zonePlan: rendered.plan });
    }

    /**
     * The Chaos Mesh Schedules, one per zone in zone order (TypeScript only: a custom resource of no
     * package is no output type of a component package; other languages read `zonePlan`).
     */
    public get schedules(): k8s.apiextensions.CustomResource[] {
        return drillSchedules.get(this) ?? [];
    }
}

/** The Schedules of each component, kept off the instance so that they are no output of the component. */
const drillSchedules = new WeakMap<ZoneDrillSchedule, k8s.apiextensions.CustomResource[]>();
