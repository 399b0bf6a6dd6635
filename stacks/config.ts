/**
 * The stack configuration, typed and validated in one place. Every key lives in the `zonesafe`
 * namespace of `Pulumi.<stack>.yaml`; a missing or invalid value fails before any resource is
 * created, with one message that names every bad key, the rule, the value and the fix.
 */
import * as pulumi from "@pulumi/pulumi";
import { CapacityFigures, DATA_TIER_CLASSES, DataTierClass, isPinnedImage, NODE_GUARD_DEFAULT_LIMIT, NODE_GUARD_MAX_LIMIT, NODE_GUARD_MIN_LIMIT, PeakEvent, readCapacityFigures, readEvents, readReadinessDays } from "@zonesafe/model";

/** The reference architectures a stack can build. */
export const BLUEPRINTS = ["retail", "beacon", "retail-legacy"] as const;
export type Blueprint = (typeof BLUEPRINTS)[number];

/** Deployment environments; `production` protects stateful resources and tightens the policy pack. */
export const ENVIRONMENTS = ["production", "staging", "development"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** How much data loss the data tier tolerates: `critical` means RPO 0 (strong sync); the shared model's classes. */
export const DATA_TIERS = DATA_TIER_CLASSES;
export type DataTier = DataTierClass;

/** A business workload of the retail blueprint. */
export interface WorkloadSettings {
    /** The workload's name (a DNS label). */
    name: string;
    /** The container image, pinned to a tag or digest. */
    image: string;
    /** The container port. */
    port: number;
    /** Minimum replicas (the autoscaler's floor). */
    minReplicas: number;
    /** Maximum replicas (the autoscaler's ceiling). */
    maxReplicas: number;
    /** CPU request, in millicores. */
    cpuMillicores: number;
    /** Memory request, in MiB. */
    memoryMiB: number;
}

/** A region the gateway serves, with its zones and its share of the traffic. */
export interface BeaconRegion {
    region: string;
    zones: string[];
    /** Relative share of the peak. Defaults to `1`. */
    weight: number;
}

/** The log-ingestion gateway's sizing. */
export interface BeaconSettings {
    /** The peak the gateway must absorb, in requests per second. */
    peakQps: number;
    /** What one gateway instance serves at its scale-out threshold, in requests per second. */
    qpsPerInstance: number;
    /** The businesses the gateway serves; each gets its own clusters. */
    businesses: string[];
    /** Backends one region's gateway may hold (the gateway's limit). */
    backendLimit: number;
    /** Above this many backends per region a cluster is split. */
    splitAbove: number;
    /** Start time of the next known peak event (ISO 8601), for the event pool's schedule. */
    eventStart: string;
    /** The regions and their traffic shares; defaults to the stack's region and zones. */
    regions: BeaconRegion[];
    /** The gateway's machine image. */
    imageId: string;
    /** Instance types, in order of preference. */
    instanceTypes: string[];
}

/** Where a region's CLBs write access logs: a CLS log set and a topic in it. */
export interface ClbAccessLogSettings {
    logSetId: string;
    logTopicId: string;
}

/**
 * The node guard the stack deploys (`zonesafe:nodeGuard`), which takes faulty nodes out of service.
 * Its token (`zonesafe:nodeGuardToken`) and, where it calls the Tencent Cloud API, its credentials
 * (`zonesafe:nodeGuardSecretId`, `zonesafe:nodeGuardSecretKey`) are secrets read where they are used.
 */
export interface NodeGuardSettings {
    /** The guard's image, pinned. */
    image: string;
    /** Where the guard pages a person. */
    pageWebhook: string;
    /** Faulty nodes at which the guard pages instead of removing, 2–5. */
    limit: number;
}

/** The validated settings of a stack. */
export interface StackSettings {
    blueprint: Blueprint;
    environment: Environment;
    region: string;
    zones: string[];
    dataTier: DataTier;
    /** Whether stateful resources carry `protect`. */
    protectData: boolean;
    /** TKE worker instance type. */
    nodeInstanceType: string;
    /** TKE workers per zone at the pool's minimum. */
    nodesPerZone: number;
    /** TKE workers per zone at the pool's maximum. */
    maxNodesPerZone: number;
    workloads: WorkloadSettings[];
    /** MySQL memory in MB and volume in GB. */
    mysql: { memSize: number; volumeSize: number; readonlyReplicas: number };
    /** Notification groups for alarms. */
    alarmNotifyGroups: string[];
    /** The public domain the access tier serves. */
    domain: string;
    /** The SSL certificate of the public HTTPS listener (an SSL certificate id, not a secret). */
    certificateId?: string;
    /** Per region, the CLS log set and topic its CLBs write access logs to; a region without one: no access logs. */
    clbAccessLogs: Record<string, ClbAccessLogSettings>;
    beacon?: BeaconSettings;
    /** The node guard, when the stack deploys one. */
    nodeGuard?: NodeGuardSettings;
    /** The peak events the stack prepares for (`zonesafe:events`): scheduled capacity before each. */
    events: PeakEvent[];
    /** Days ahead within which an event must be ready (`zonesafe:eventReadinessDays`), when the stack widens the pack's horizon. */
    eventReadinessDays?: number;
    /** What one node, pod replica or scaling instance serves (`zonesafe:capacity`), for sizing each event's scheduled capacity. */
    capacity: CapacityFigures;
}

/** A configuration problem: the key, the rule, the value and the fix. */
export interface ConfigProblem {
    key: string;
    message: string;
}

/** Thrown when the stack configuration is missing or invalid; lists every problem at once. */
export class ConfigError extends Error {
    constructor(public readonly problems: ConfigProblem[]) {
        super(
            `invalid stack configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
                problems.map((p) => `  - zonesafe:${p.key}: ${p.message}`).join("\n"),
        );
        this.name = "ConfigError";
    }
}

/** Reads a raw configuration value (string as stored in the stack file), or `undefined`. */
export type RawConfig = (key: string) => string | undefined;

/** The fewest zones each blueprint needs, and why. */
const MIN_ZONES: Record<Blueprint, number> = { retail: 3, beacon: 2, "retail-legacy": 1 };
const MIN_ZONES_WHY: Record<Blueprint, string> = {
    retail: "its MongoDB replica set spans three zones",
    beacon: "to survive the loss of one",
    "retail-legacy": "it lives in one",
};

const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const REGION = /^[a-z]{2}-[a-z]+(-[a-z]+)?$/;

/**
 * Parses and validates the stack configuration. Pure: `raw` supplies values by key (without the
 * namespace), so tests need no Pulumi runtime.
 */
export function parseSettings(raw: RawConfig): StackSettings {
    const problems: ConfigProblem[] = [];
    const fail = (key: string, message: string) => problems.push({ key, message });

    function oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
        const v = raw(key);
        if (v === undefined) {
            if (fallback !== undefined) return fallback;
            fail(key, `is required; set one of ${allowed.join(", ")} with \`pulumi config set zonesafe:${key} <value>\``);
            return allowed[0];
        }
        if (!(allowed as readonly string[]).includes(v)) {
            fail(key, `must be one of ${allowed.join(", ")}; got '${v}'`);
            return allowed[0];
        }
        return v as T;
    }

    function json<T>(key: string, fallback: T): T {
        const v = raw(key);
        if (v === undefined) return fallback;
        try {
            return JSON.parse(v) as T;
        } catch {
            fail(key, `must be valid YAML/JSON (a list or an object, as in the stack file); got '${v}'`);
            return fallback;
        }
    }

    function int(key: string, fallback: number | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number {
        const v = raw(key);
        if (v === undefined) {
            if (fallback !== undefined) return fallback;
            fail(key, `is required; set a whole number between ${min} and ${max}`);
            return min;
        }
        const n = Number(v);
        if (!Number.isInteger(n) || n < min || n > max) {
            fail(key, `must be a whole number between ${min} and ${max}; got '${v}'`);
            return fallback ?? min;
        }
        return n;
    }

    const blueprint = oneOf("blueprint", BLUEPRINTS);
    const environment = oneOf("environment", ENVIRONMENTS, "development");
    const dataTier = oneOf("dataTier", DATA_TIERS, environment === "production" ? "critical" : "standard");

    const region = raw("region");
    if (region === undefined) fail("region", "is required; set the Tencent Cloud region, e.g. `pulumi config set zonesafe:region ap-guangzhou`");
    else if (!REGION.test(region)) fail("region", `must be a Tencent Cloud region such as ap-guangzhou; got '${region}'`);

    const problemsBefore = problems.length;
    const zones = json<unknown>("zones", null);
    let zoneList: string[] = [];
    if (zones === null) {
        // Either unset, or already reported as unparsable.
        if (problems.length === problemsBefore) {
            fail("zones", "is required; list the availability zones to use, e.g. [ap-guangzhou-3, ap-guangzhou-4, ap-guangzhou-6]");
        }
    } else if (!Array.isArray(zones) || zones.some((z) => typeof z !== "string")) {
        fail("zones", `must be a list of zone names; got ${JSON.stringify(zones)}`);
    } else {
        zoneList = zones as string[];
        const distinct = new Set(zoneList);
        if (distinct.size !== zoneList.length) fail("zones", `must not repeat a zone; got ${zoneList.join(", ")}`);
        const minZones = MIN_ZONES[blueprint];
        if (distinct.size < minZones) {
            fail("zones", `must list at least ${minZones} distinct zones for the ${blueprint} blueprint (${MIN_ZONES_WHY[blueprint]}); got ${zoneList.length} (${zoneList.join(", ") || "none"})`);
        }
        if (region && REGION.test(region)) {
            const foreign = zoneList.filter((z) => !z.startsWith(`${region}-`));
            if (foreign.length) fail("zones", `must be zones of region ${region} (named ${region}-N); got ${foreign.join(", ")}`);
        }
    }

    const nodesPerZone = int("nodesPerZone", blueprint === "retail-legacy" ? 2 : 1, 1, 100);
    const maxNodesPerZone = int("maxNodesPerZone", Math.max(nodesPerZone, 3), 1, 500);
    if (maxNodesPerZone < nodesPerZone) fail("maxNodesPerZone", `must be at least nodesPerZone (${nodesPerZone}); got ${maxNodesPerZone}`);

    const workloads = json<unknown>("workloads", DEFAULT_WORKLOADS);
    const workloadList = validateWorkloads(workloads, fail);

    const mysqlRaw = json<Record<string, unknown>>("mysql", {});
    const mysql = {
        memSize: numberField(mysqlRaw, "mysql", "memSize", 4000, 1000, 488000, fail),
        volumeSize: numberField(mysqlRaw, "mysql", "volumeSize", 200, 25, 6000, fail),
        readonlyReplicas: numberField(mysqlRaw, "mysql", "readonlyReplicas", blueprint === "retail" ? 2 : 0, 0, 10, fail),
    };

    const notify = json<unknown>("alarmNotifyGroups", []);
    if (!Array.isArray(notify) || notify.some((g) => typeof g !== "string")) fail("alarmNotifyGroups", `must be a list of notification group ids; got ${JSON.stringify(notify)}`);

    let beacon: BeaconSettings | undefined;
    if (blueprint === "beacon") {
        const b = json<Record<string, unknown>>("beacon", {});
        if (raw("beacon") === undefined) {
            fail("beacon", "is required for the beacon blueprint; set at least peakQps and qpsPerInstance, e.g. { peakQps: 30000000, qpsPerInstance: 50000 }");
        }
        const businesses = b.businesses ?? ["default"];
        if (!Array.isArray(businesses) || businesses.length === 0 || businesses.some((x) => typeof x !== "string" || !DNS_LABEL.test(x))) {
            fail("beacon", `businesses must be a non-empty list of lower-case names; got ${JSON.stringify(businesses)}`);
        }
        beacon = {
            peakQps: numberField(b, "beacon", "peakQps", undefined, 1, 1e10, fail),
            qpsPerInstance: numberField(b, "beacon", "qpsPerInstance", undefined, 1, 1e7, fail),
            businesses: Array.isArray(businesses) ? (businesses as string[]) : ["default"],
            backendLimit: numberField(b, "beacon", "backendLimit", 1000, 1, 2000, fail),
            splitAbove: numberField(b, "beacon", "splitAbove", 500, 1, 2000, fail),
            eventStart: typeof b.eventStart === "string" ? b.eventStart : "",
            regions: validateRegions(b.regions, region, zoneList, fail),
            imageId: typeof b.imageId === "string" && b.imageId ? b.imageId : "",
            instanceTypes: Array.isArray(b.instanceTypes) && b.instanceTypes.every((t) => typeof t === "string") && b.instanceTypes.length ? (b.instanceTypes as string[]) : ["SA5.2XLARGE16"],
        };
        if (beacon.splitAbove > beacon.backendLimit) fail("beacon", `splitAbove (${beacon.splitAbove}) must not exceed backendLimit (${beacon.backendLimit})`);
        if (!beacon.eventStart || Number.isNaN(Date.parse(beacon.eventStart))) {
            fail("beacon", `eventStart must be the ISO 8601 start of the next known peak (the event pool is brought up before it), e.g. 2026-11-11T00:00:00+08:00; got ${JSON.stringify(b.eventStart)}`);
        }
        if (!beacon.imageId) fail("beacon", `imageId must name the gateway's machine image, e.g. img-abc12345; got ${JSON.stringify(b.imageId)}`);
    }

    const domain = raw("domain") ?? "shop.example.com";
    if (!/^(?=.{1,253}$)([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/.test(domain)) fail("domain", `must be a domain name such as shop.example.com; got '${domain}'`);
    const certificateId = raw("certificateId");
    if (blueprint === "retail" && certificateId === undefined) {
        fail("certificateId", "is required for the retail blueprint's public HTTPS listener; upload the certificate to SSL Certificates and set its id, e.g. `pulumi config set zonesafe:certificateId abcd1234`");
    }

    const clbAccessLogs: Record<string, ClbAccessLogSettings> = {};
    const logs = json<unknown>("clbAccessLogs", {});
    if (typeof logs !== "object" || logs === null || Array.isArray(logs)) {
        fail("clbAccessLogs", `must map regions to the CLS log set and topic of their CLB access logs, e.g. { ap-guangzhou: { logSetId: "<log set id>", logTopicId: "<topic id>" } }; got ${JSON.stringify(logs)}`);
    } else {
        for (const [logRegion, entry] of Object.entries(logs as Record<string, unknown>)) {
            const fields = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {};
            const { logSetId, logTopicId } = fields;
            if (!REGION.test(logRegion)) {
                fail("clbAccessLogs", `keys must be regions such as ap-guangzhou (CLS log sets are regional); got '${logRegion}'`);
            } else if (typeof logSetId === "string" && logSetId !== "" && typeof logTopicId === "string" && logTopicId !== "") {
                clbAccessLogs[logRegion] = { logSetId, logTopicId };
            } else {
                fail("clbAccessLogs", `${logRegion} must name a log set and a topic of that region, { logSetId, logTopicId }; got ${JSON.stringify(entry)}`);
            }
        }
    }

    // Events and capacity figures are read by the shared model, which names each bad field (`events[0].end`).
    const events = readEvents(raw("events"));
    events.problems.forEach((p) => fail(p.field, p.message));
    const readiness = readReadinessDays(raw("eventReadinessDays"));
    if (readiness.problem) fail(readiness.problem.field, readiness.problem.message);
    const capacity = readCapacityFigures(raw("capacity"));
    capacity.problems.forEach((p) => fail(p.field, p.message));

    const nodeGuard = validateNodeGuard(json<unknown>("nodeGuard", undefined), fail);

    if (problems.length) throw new ConfigError(problems);
    return {
        blueprint,
        environment,
        region: region!,
        zones: zoneList,
        dataTier,
        protectData: environment === "production",
        nodeInstanceType: raw("nodeInstanceType") ?? "SA5.LARGE8",
        nodesPerZone,
        maxNodesPerZone,
        workloads: workloadList,
        mysql,
        alarmNotifyGroups: notify as string[],
        domain,
        certificateId,
        clbAccessLogs,
        beacon,
        ...(nodeGuard ? { nodeGuard } : {}),
        events: [...events.events],
        ...(readiness.days !== undefined ? { eventReadinessDays: readiness.days } : {}),
        capacity: capacity.figures,
    };
}

function validateNodeGuard(v: unknown, report: (key: string, message: string) => void): NodeGuardSettings | undefined {
    if (v === undefined) return undefined;
    let failed = false;
    const fail = (key: string, message: string) => {
        failed = true;
        report(key, message);
    };
    const example = "{ image: registry.example.com/zonesafe/node-guard:0.1.0, pageWebhook: https://oncall.example.com/page, limit: 3 }";
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
        fail("nodeGuard", `must be the guard's settings, e.g. ${example}; got ${JSON.stringify(v)}`);
        return undefined;
    }
    const g = v as Record<string, unknown>;
    for (const key of Object.keys(g)) {
        if (!["image", "pageWebhook", "limit"].includes(key)) fail("nodeGuard", `${key} is not a setting of the guard; use image, pageWebhook and limit (the token is the secret zonesafe:nodeGuardToken)`);
    }
    if (typeof g.image !== "string" || !isPinnedImage(g.image)) fail("nodeGuard", `image must be the guard's image pinned to a tag or digest (not ':latest'), e.g. registry.example.com/zonesafe/node-guard:0.1.0; got ${JSON.stringify(g.image)}`);
    let webhook: URL | undefined;
    try {
        webhook = typeof g.pageWebhook === "string" ? new URL(g.pageWebhook) : undefined;
    } catch {
        webhook = undefined;
    }
    if (!webhook || !/^https?:$/.test(webhook.protocol)) fail("nodeGuard", `pageWebhook must be the http(s) URL that pages the on-call; got ${JSON.stringify(g.pageWebhook)}`);
    const limit = g.limit ?? NODE_GUARD_DEFAULT_LIMIT;
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit < NODE_GUARD_MIN_LIMIT || limit > NODE_GUARD_MAX_LIMIT) {
        fail("nodeGuard", `limit must be an integer from ${NODE_GUARD_MIN_LIMIT} to ${NODE_GUARD_MAX_LIMIT} (faulty nodes at which the guard pages instead of removing); got ${JSON.stringify(g.limit)}`);
    }
    if (failed) return undefined;
    return { image: g.image as string, pageWebhook: g.pageWebhook as string, limit: limit as number };
}

function validateRegions(v: unknown, region: string | undefined, zones: string[], fail: (key: string, message: string) => void): BeaconRegion[] {
    if (v === undefined) return region ? [{ region, zones, weight: 1 }] : [];
    if (!Array.isArray(v) || v.length === 0) {
        fail("beacon", `regions must be a non-empty list of { region, zones, weight }; got ${JSON.stringify(v)}`);
        return [];
    }
    const seen = new Set<string>();
    return v.map((r: any, i) => {
        const where = `regions[${i}]`;
        if (typeof r?.region !== "string" || !REGION.test(r.region)) fail("beacon", `${where}.region must be a Tencent Cloud region; got ${JSON.stringify(r?.region)}`);
        else if (seen.has(r.region)) fail("beacon", `${where}.region '${r.region}' is listed twice`);
        seen.add(r?.region);
        const z = r?.zones;
        if (!Array.isArray(z) || new Set(z).size < 2 || z.some((x: unknown) => typeof x !== "string" || !x.startsWith(`${r?.region}-`))) {
            fail("beacon", `${where}.zones must list at least 2 distinct zones of ${r?.region}; got ${JSON.stringify(z)}`);
        }
        const weight = r?.weight ?? 1;
        if (typeof weight !== "number" || !(weight > 0)) fail("beacon", `${where}.weight must be a positive number; got ${JSON.stringify(r?.weight)}`);
        return { region: r?.region, zones: Array.isArray(z) ? z : [], weight: typeof weight === "number" ? weight : 1 };
    });
}

function numberField(
    obj: Record<string, unknown>,
    key: string,
    field: string,
    fallback: number | undefined,
    min: number,
    max: number,
    fail: (key: string, message: string) => void,
): number {
    const v = obj?.[field];
    if (v === undefined) {
        if (fallback !== undefined) return fallback;
        fail(key, `${field} is required; set a number between ${min} and ${max}`);
        return min;
    }
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) {
        fail(key, `${field} must be a number between ${min} and ${max}; got ${JSON.stringify(v)}`);
        return fallback ?? min;
    }
    return v;
}

/** The retail blueprint's default business workloads: storefront API, orders and payments. */
export const DEFAULT_WORKLOADS: WorkloadSettings[] = [
    { name: "storefront-api", image: "ccr.ccs.tencentyun.com/retail/storefront-api:1.8.2", port: 8080, minReplicas: 4, maxReplicas: 40, cpuMillicores: 500, memoryMiB: 1024 },
    { name: "orders", image: "ccr.ccs.tencentyun.com/retail/orders:3.2.0", port: 8080, minReplicas: 4, maxReplicas: 30, cpuMillicores: 1000, memoryMiB: 2048 },
    { name: "payments", image: "ccr.ccs.tencentyun.com/retail/payments:2.5.1", port: 8443, minReplicas: 4, maxReplicas: 20, cpuMillicores: 1000, memoryMiB: 2048 },
];

function validateWorkloads(v: unknown, fail: (key: string, message: string) => void): WorkloadSettings[] {
    if (!Array.isArray(v)) {
        fail("workloads", `must be a list of workloads; got ${JSON.stringify(v)}`);
        return [];
    }
    const out: WorkloadSettings[] = [];
    const names = new Set<string>();
    v.forEach((w: any, i) => {
        const where = `workloads[${i}]`;
        if (typeof w !== "object" || w === null) {
            fail("workloads", `${where} must be an object with name, image and port; got ${JSON.stringify(w)}`);
            return;
        }
        if (typeof w.name !== "string" || !DNS_LABEL.test(w.name)) fail("workloads", `${where}.name must be a DNS label (lower-case letters, digits, '-'); got ${JSON.stringify(w.name)}`);
        else if (names.has(w.name)) fail("workloads", `${where}.name '${w.name}' is used twice; workload names must be unique`);
        names.add(w.name);
        if (typeof w.image !== "string" || w.image.length === 0) fail("workloads", `${where}.image must be a container image reference; got ${JSON.stringify(w.image)}`);
        else if (!isPinnedImage(w.image)) fail("workloads", `${where}.image must pin a tag or digest (not ':latest'); got '${w.image}'`);
        const n = (field: string, fallback: number, min: number, max: number) => {
            const x = w[field] ?? fallback;
            if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max) {
                fail("workloads", `${where}.${field} must be a whole number between ${min} and ${max}; got ${JSON.stringify(w[field])}`);
                return fallback;
            }
            return x;
        };
        const port = n("port", 8080, 1, 65535);
        const minReplicas = n("minReplicas", 2, 1, 1000);
        const maxReplicas = n("maxReplicas", Math.max(minReplicas * 5, 10), 1, 5000);
        if (maxReplicas < minReplicas) fail("workloads", `${where}.maxReplicas (${maxReplicas}) must be at least minReplicas (${minReplicas})`);
        out.push({
            name: w.name,
            image: w.image,
            port,
            minReplicas,
            maxReplicas,
            cpuMillicores: n("cpuMillicores", 250, 10, 64000),
            memoryMiB: n("memoryMiB", 512, 16, 262144),
        });
    });
    return out;
}

/** Reads the stack's settings from Pulumi configuration (namespace `zonesafe`). */
export function loadSettings(): StackSettings {
    const cfg = new pulumi.Config("zonesafe");
    return parseSettings((key) => cfg.get(key));
}

/** A secret the stack must set (a database password): there is never a default. */
export function requireSecret(key: string): pulumi.Output<string> {
    const cfg = new pulumi.Config("zonesafe");
    const v = cfg.getSecret(key);
    if (v === undefined) {
        throw new ConfigError([{ key, message: `is required and must be a secret; set it with \`pulumi config set --secret zonesafe:${key}\`` }]);
    }
    return v;
}
