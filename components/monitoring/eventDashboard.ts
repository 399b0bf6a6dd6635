/**
 * EventDashboard: the Grafana dashboard a peak event is watched on, generated from the stack's
 * topology (see eventDashboardPlan.ts) and deployed with the Pulumi Grafana provider: a folder, the
 * Managed Prometheus data source and the dashboard, on a Grafana given by URL or on a Tencent Cloud
 * Managed Grafana instance the component creates.
 */
import * as pulumi from "@pulumi/pulumi";
import * as grafana from "@pulumiverse/grafana";
import * as tencentcloud from "@pulumi/tencentcloud";
import type { EventMemberKind as ModelEventMemberKind, SimulatedTier } from "@zonesafe/model";
import { Validator } from "../errors";
import { Tags } from "../types";
import { DashboardEvent, DashboardMember, dashboardJson, EVENT_DASHBOARD_TYPE, EventDashboardPlan, grafanaUid, planEventDashboard, validateEventDashboardInput, buildEventDashboard } from "./eventDashboardPlan";

/** The folder title when none is given. */
export const DEFAULT_EVENT_FOLDER = "zonesafe events";

/** What a watched member is: the kind decides its tier and its metrics (`@zonesafe/model`'s event metrics, whose EVENT_MEMBER_KINDS it lists). */
export const EventMemberKind = { CLB: "clb", WORKLOAD: "workload", CKAFKA: "ckafka", MYSQL: "mysql", REDIS: "redis" } as const;
/** What a watched member is: `clb`, `workload`, `ckafka`, `mysql` or `redis`. */
export type EventMemberKind = (typeof EventMemberKind)[keyof typeof EventMemberKind];
// The kinds are the shared model's EVENT_MEMBER_KINDS: this does not compile if the two lists ever differ.
const memberKindsAgree: [EventMemberKind, ModelEventMemberKind] extends [ModelEventMemberKind, EventMemberKind] ? true : never = true;
void memberKindsAgree;

/** A member to watch: as the planner's, with an id that may be known only at deployment. */
export interface EventDashboardMemberArgs {
    /** What it is: `clb`, `workload`, `ckafka`, `mysql` or `redis`. */
    kind: EventMemberKind;
    /** Its name in the stack (the component's name). */
    name: string;
    /** The zones it runs in (at least one). */
    zones: string[];
    /** What selects its series (cloud instance id, or the workload's Service name). Omitted: by zone only. */
    id?: pulumi.Input<string>;
}

/** Each tier's capacity, requests per second (a tier left out has none drawn). */
export interface TierCapacityArgs {
    access?: number;
    compute?: number;
    middleware?: number;
    data?: number;
}
// The tiers are the shared model's simulated tiers: this does not compile if the two lists ever differ.
const capacityTiersAgree: [keyof TierCapacityArgs, SimulatedTier] extends [SimulatedTier, keyof TierCapacityArgs] ? true : never = true;
void capacityTiersAgree;

/** Basic auth of an HTTP API. */
export interface BasicAuthArgs {
    username: pulumi.Input<string>;
    /** A secret; never printed. */
    password: pulumi.Input<string>;
}

/** A Tencent Cloud Managed Grafana instance for the dashboard, when no Grafana URL is given. */
export interface ManagedGrafanaArgs {
    /** The instance's name. Defaults to `<name>-grafana`. */
    instanceName?: string;
    /** The VPC it runs in. */
    vpcId: pulumi.Input<string>;
    /** Its subnets (at least one). */
    subnetIds: pulumi.Input<string>[];
    /**
     * The admin's initial password (a secret; never printed); the provider then signs in as `admin`.
     * Omitted: Tencent Cloud sets one, and the provider takes its token from `grafanaAuth` or `GRAFANA_AUTH`.
     */
    adminPassword?: pulumi.Input<string>;
    /** Whether it is reachable from the internet (the provider reaches it there). Defaults to `true`. */
    enableInternet?: boolean;
}

/** A Tencent Cloud Managed Prometheus instance for the data source, when no Prometheus URL is given. */
export interface ManagedPrometheusArgs {
    /** The instance's name. Defaults to `<name>-prometheus`. */
    instanceName?: string;
    /** The VPC and subnet it runs in, and the subnet's zone (none of them can change later). */
    vpcId: pulumi.Input<string>;
    subnetId: pulumi.Input<string>;
    zone: string;
    /** Days of data kept: 15, 30, 45, 90, 180, 365 or 730. Defaults to `30` (the event report reads the window back). */
    dataRetentionDays?: number;
}

/** Days of data Managed Prometheus may keep. */
export const TMP_RETENTION_DAYS = [15, 30, 45, 90, 180, 365, 730] as const;
/** The port of Managed Prometheus' HTTP API on its VPC address. */
export const TMP_API_PORT = 9090;

/** The arguments of {@link EventDashboard}. */
export interface EventDashboardArgs {
    /** The peak event: one of `readEvents()`'s events of `zonesafe:events`. */
    event: DashboardEvent;
    /** The stack's members the event goes through (the CLB, workloads, data stores), each with its zones. At least one. */
    members: EventDashboardMemberArgs[];
    /** Each tier's capacity, requests per second, drawn as a reference line. Defaults to none. */
    capacityQps?: TierCapacityArgs;
    /** Whether the node guard acts on the stack's nodes (its removals and pages get a row). Defaults to `false`. */
    nodeGuard?: boolean;
    /** The Prometheus HTTP API the data source queries (Managed Prometheus' `http://<ip>:9090`). Excludes `managedPrometheus`; one of the two is required. */
    prometheusUrl?: pulumi.Input<string>;
    /** A Managed Prometheus instance to create, whose API the data source queries, when no `prometheusUrl` is given. */
    managedPrometheus?: ManagedPrometheusArgs;
    /** Basic auth of the Prometheus API (Managed Prometheus: the account's APPID and an API token). Defaults to none. */
    prometheusBasicAuth?: BasicAuthArgs;
    /** The Grafana to deploy to. Excludes `managedGrafana`; one of the two is required. */
    grafanaUrl?: pulumi.Input<string>;
    /** The Grafana API token or `user:password` (a secret). Defaults to the provider's `GRAFANA_AUTH`. */
    grafanaAuth?: pulumi.Input<string>;
    /** A Managed Grafana instance to create and deploy to, when no `grafanaUrl` is given. */
    managedGrafana?: ManagedGrafanaArgs;
    /** The title of the folder the dashboard goes in. Defaults to `zonesafe events`. */
    folderTitle?: string;
    /** Tags of the Managed Grafana instance. */
    tags?: Tags;
}

/** The stack name used for titles: the running stack's. */
function stackName(): string {
    return pulumi.getStack() || "stack";
}

/** Checks the arguments the planner does not know (where to deploy), recording every problem on `v`. */
export function validateDeployment(args: EventDashboardArgs, v: Validator): void {
    const hasProm = args.prometheusUrl !== undefined && args.prometheusUrl !== "";
    if (hasProm && args.managedPrometheus !== undefined) {
        v.add("managedPrometheus", "must be omitted when `prometheusUrl` is given", "an instance", "either query the Prometheus at `prometheusUrl`, or drop it to create a Managed Prometheus instance.", { described: true });
    }
    if (!hasProm && args.managedPrometheus === undefined) {
        v.add("prometheusUrl", "is required unless `managedPrometheus` is given", args.prometheusUrl, "pass the Prometheus HTTP API URL (e.g. http://10.0.1.5:9090), or `managedPrometheus: { vpcId, subnetId, zone }` to create a Managed Prometheus instance.");
    }
    const p = args.managedPrometheus;
    if (p !== undefined && v.optionalObject("managedPrometheus", p)) {
        v.present("managedPrometheus.vpcId", p.vpcId, "pass the VPC the instance runs in.");
        v.present("managedPrometheus.subnetId", p.subnetId, "pass a subnet of the VPC.");
        v.nonEmptyString("managedPrometheus.zone", p.zone, "pass the subnet's zone, e.g. ap-guangzhou-3.");
        if (p.dataRetentionDays !== undefined) v.oneOf("managedPrometheus.dataRetentionDays", p.dataRetentionDays, TMP_RETENTION_DAYS);
        if (p.instanceName !== undefined) v.nonEmptyString("managedPrometheus.instanceName", p.instanceName);
    }
    if (typeof args.prometheusUrl === "string") {
        v.check(/^https?:\/\/[^\s/]+/.test(args.prometheusUrl), "prometheusUrl", "must be an http:// or https:// URL", args.prometheusUrl, "pass the Prometheus HTTP API URL, e.g. http://10.0.1.5:9090.");
    }
    if (typeof args.grafanaUrl === "string") {
        v.check(/^https?:\/\/[^\s/]+/.test(args.grafanaUrl), "grafanaUrl", "must be an http:// or https:// URL", args.grafanaUrl, "pass the Grafana URL, e.g. https://grafana.example.com.");
    }
    const hasUrl = args.grafanaUrl !== undefined && args.grafanaUrl !== "";
    if (hasUrl && args.managedGrafana !== undefined) {
        v.add("managedGrafana", "must be omitted when `grafanaUrl` is given", "an instance", "either deploy to the Grafana at `grafanaUrl`, or drop it to create a Managed Grafana instance.", { described: true });
    }
    if (!hasUrl && args.managedGrafana === undefined) {
        v.add("grafanaUrl", "is required unless `managedGrafana` is given", args.grafanaUrl, "pass the Grafana URL, or `managedGrafana: { vpcId, subnetIds, adminPassword }` to create a Tencent Cloud Managed Grafana instance.");
    }
    const g = args.managedGrafana;
    if (g !== undefined && v.optionalObject("managedGrafana", g)) {
        v.present("managedGrafana.vpcId", g.vpcId, "pass the VPC the instance runs in.");
        if (v.array("managedGrafana.subnetIds", g.subnetIds)) v.check(g.subnetIds.length > 0, "managedGrafana.subnetIds", "must list at least one subnet", g.subnetIds, "pass a subnet of the VPC.");
        if (g.instanceName !== undefined) v.nonEmptyString("managedGrafana.instanceName", g.instanceName);
        if (g.enableInternet !== undefined) v.boolean("managedGrafana.enableInternet", g.enableInternet);
    }
    if (args.folderTitle !== undefined) v.nonEmptyString("folderTitle", args.folderTitle);
}

/**
 * A Grafana dashboard for a peak event, generated from the stack's topology: a row per tier, a series
 * per zone, the planned peak and each tier's capacity as reference lines, and the node guard's
 * removals and pages; with its folder and Managed Prometheus data source.
 */
export class EventDashboard extends pulumi.ComponentResource {
    /** The dashboard's JSON, as deployed. */
    public readonly configJson: pulumi.Output<string>;
    /** The dashboard's uid on its Grafana. */
    public readonly dashboardUid: pulumi.Output<string>;
    /** The dashboard's URL on its Grafana. */
    public readonly url: pulumi.Output<string>;
    /** The Prometheus API the data source queries (another event's dashboard can take it as `prometheusUrl`). */
    public readonly prometheusUrl: pulumi.Output<string>;
    /** The Grafana the dashboard is on (another event's dashboard can take it as `grafanaUrl`). */
    public readonly grafanaUrl: pulumi.Output<string>;

    /** The dashboard's uid and shape (its model with the members' ids left out). TypeScript only, as the getters below. */
    public get plan(): EventDashboardPlan {
        return parts.get(this)!.plan;
    }
    /** The folder, data source and dashboard (Pulumi Grafana provider resources). */
    public get folder(): grafana.oss.Folder {
        return parts.get(this)!.folder;
    }
    public get dataSource(): grafana.oss.DataSource {
        return parts.get(this)!.dataSource;
    }
    public get dashboard(): grafana.oss.Dashboard {
        return parts.get(this)!.dashboard;
    }
    /** The Grafana provider the resources are deployed with. */
    public get provider(): grafana.Provider {
        return parts.get(this)!.provider;
    }
    /** The Managed Grafana instance, when the component created one. */
    public get instance(): tencentcloud.MonitorGrafanaInstance | undefined {
        return parts.get(this)!.instance;
    }
    /** The Managed Prometheus instance, when the component created one. */
    public get prometheus(): tencentcloud.MonitorTmpInstance | undefined {
        return parts.get(this)!.prometheus;
    }

    constructor(name: string, args: EventDashboardArgs, opts?: pulumi.ComponentResourceOptions) {
        const stack = stackName();
        const datasourceUid = grafanaUid("zonesafe-prom", stack);
        // Plan before anything exists: every problem of the arguments at once.
        const v = new Validator(EVENT_DASHBOARD_TYPE, name);
        const given: EventDashboardMemberArgs[] = Array.isArray(args.members) ? args.members : [];
        // Ids known now are checked; ids known only at deployment are resolved below.
        const plainMembers: DashboardMember[] = given.map((m) => ({ ...m, id: typeof m?.id === "string" ? m.id : undefined }));
        validateEventDashboardInput({ stack, event: args.event, members: Array.isArray(args.members) ? plainMembers : (args.members as never), capacityQps: args.capacityQps, nodeGuard: args.nodeGuard, datasourceUid }, v);
        validateDeployment(args, v);
        v.throwIfAny();
        const plan = planEventDashboard(name, { stack, event: args.event, members: plainMembers.map((m) => ({ ...m, id: undefined })), capacityQps: args.capacityQps, nodeGuard: args.nodeGuard, datasourceUid });
        super(EVENT_DASHBOARD_TYPE, name, {}, opts);
        let instance: tencentcloud.MonitorGrafanaInstance | undefined;
        let prometheus: tencentcloud.MonitorTmpInstance | undefined;
        let provider: grafana.Provider;

        const g = args.managedGrafana;
        if (g !== undefined && (args.grafanaUrl === undefined || args.grafanaUrl === "")) {
            instance = new tencentcloud.MonitorGrafanaInstance(
                `${name}-grafana`,
                {
                    instanceName: g.instanceName ?? `${name}-grafana`,
                    vpcId: g.vpcId,
                    subnetIds: g.subnetIds,
                    ...(g.adminPassword !== undefined ? { grafanaInitPassword: pulumi.secret(g.adminPassword) } : {}),
                    enableInternet: g.enableInternet ?? true,
                    tags: args.tags,
                },
                { parent: this },
            );
            const enableInternet = g.enableInternet ?? true;
            const auth = g.adminPassword !== undefined ? pulumi.interpolate`admin:${g.adminPassword}` : args.grafanaAuth;
            provider = new grafana.Provider(
                `${name}-grafana`,
                { url: enableInternet ? instance.internetUrl : instance.internalUrl, ...(auth !== undefined ? { auth: pulumi.secret(auth) } : {}) },
                { parent: this },
            );
        } else {
            provider = new grafana.Provider(`${name}-grafana`, { url: args.grafanaUrl, ...(args.grafanaAuth !== undefined ? { auth: pulumi.secret(args.grafanaAuth) } : {}) }, { parent: this });
        }
        const child = { parent: this, provider };
        this.grafanaUrl = instance !== undefined ? ((g?.enableInternet ?? true) ? instance.internetUrl : instance.internalUrl) : pulumi.output(args.grafanaUrl ?? "");

        const folder = new grafana.oss.Folder(name, { title: args.folderTitle ?? DEFAULT_EVENT_FOLDER, uid: grafanaUid("zonesafe-events", stack) }, child);
        const mp = args.managedPrometheus;
        let prometheusUrl = args.prometheusUrl;
        if (mp !== undefined && (prometheusUrl === undefined || prometheusUrl === "")) {
            prometheus = new tencentcloud.MonitorTmpInstance(
                `${name}-prometheus`,
                { instanceName: mp.instanceName ?? `${name}-prometheus`, vpcId: mp.vpcId, subnetId: mp.subnetId, zone: mp.zone, dataRetentionTime: mp.dataRetentionDays ?? 30, tags: args.tags },
                { parent: this },
            );
            prometheusUrl = pulumi.interpolate`http://${prometheus.ipv4Address}:${TMP_API_PORT}`;
        }
        this.prometheusUrl = pulumi.output(prometheusUrl ?? "");
        const auth = args.prometheusBasicAuth;
        const dataSource = new grafana.oss.DataSource(
            `${name}-prometheus`,
            {
                type: "prometheus",
                name: `zonesafe ${stack} Managed Prometheus`,
                uid: datasourceUid,
                url: prometheusUrl,
                accessMode: "proxy",
                ...(auth
                    ? {
                          basicAuthEnabled: true,
                          basicAuthUsername: auth.username,
                          secureJsonDataEncoded: pulumi.secret(pulumi.output(auth.password).apply((p) => JSON.stringify({ basicAuthPassword: p }))),
                      }
                    : {}),
                jsonDataEncoded: JSON.stringify({ httpMethod: "POST", timeInterval: "60s" }),
            },
            child,
        );
        // The members' ids (known at deployment) narrow each tier's queries to the stack's own members.
        const ids = pulumi.all(given.map((m) => (m.id === undefined ? undefined : pulumi.output(m.id))));
        this.configJson = ids.apply((resolved) =>
            dashboardJson(
                buildEventDashboard({
                    stack,
                    event: args.event,
                    members: plainMembers.map((m, i) => ({ ...m, id: resolved[i] === undefined || resolved[i] === "" ? undefined : resolved[i] })),
                    capacityQps: args.capacityQps,
                    nodeGuard: args.nodeGuard,
                    datasourceUid,
                }),
            ),
        );
        const dashboard = new grafana.oss.Dashboard(name, { folder: folder.uid, configJson: this.configJson, overwrite: true, message: `zonesafe: ${args.event.name}` }, { ...child, dependsOn: [dataSource] });
        this.url = dashboard.url;
        this.dashboardUid = pulumi.output(plan.uid);
        parts.set(this, { plan, folder, dataSource, dashboard, provider, instance, prometheus });

        this.registerOutputs({ configJson: this.configJson, dashboardUid: this.dashboardUid, url: this.url, prometheusUrl: this.prometheusUrl, grafanaUrl: this.grafanaUrl });
    }
}

/** What each EventDashboard made, kept off the instance so that none of it is an output of the component package. */
const parts = new WeakMap<
    EventDashboard,
    {
        plan: EventDashboardPlan;
        folder: grafana.oss.Folder;
        dataSource: grafana.oss.DataSource;
        dashboard: grafana.oss.Dashboard;
        provider: grafana.Provider;
        instance?: tencentcloud.MonitorGrafanaInstance;
        prometheus?: tencentcloud.MonitorTmpInstance;
    }
>();
