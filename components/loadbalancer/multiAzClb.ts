import { createHash } from "node:crypto";
import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import {
    CLB_BACKEND_WEIGHT,
    CLB_CROSS_AZ_SWITCH_SECONDS,
    CLB_HEALTHY_THRESHOLD,
    CLB_HEALTH_CHECK_INTERVAL_SECONDS,
    CLB_HEALTH_CHECK_TIMEOUT_SECONDS,
    CLB_UNHEALTHY_THRESHOLD,
    MIN_ZONES,
} from "../defaults";
import { Validator, isNonEmptyString } from "../errors";
import { checkStatedZones, inheritOptions, isNetworkLike } from "../compose";
import type { NetworkLike, NodePoolLike, ScalingGroupLike, WorkloadLike } from "../compose";
import { COMPONENT_TAG, Tags, ZonalSubnet, mergeTags } from "../types";
import { distinctZones, stablePrimaryZone, stableZoneOrder, validateZone, validateZoneList } from "../zones";

/** The component's type token. */
export const MULTI_AZ_CLB_TYPE = "zonesafe:loadbalancer:MultiAzClb";

/** CLB network types: `OPEN` (public, master/slave zones) or `INTERNAL` (VIP from a subnet). */
export const ClbNetworkType = { OPEN: "OPEN", INTERNAL: "INTERNAL" } as const;
/** CLB network types: `OPEN` (public, master/slave zones) or `INTERNAL` (VIP from a subnet). */
export type ClbNetworkType = (typeof ClbNetworkType)[keyof typeof ClbNetworkType];
/** Listener protocols. Layer-7 (`HTTP`, `HTTPS`) listeners route through forward rules. */
export const ClbProtocol = { TCP: "TCP", UDP: "UDP", TCP_SSL: "TCP_SSL", HTTP: "HTTP", HTTPS: "HTTPS" } as const;
/** Listener protocols. Layer-7 (`HTTP`, `HTTPS`) listeners route through forward rules. */
export type ClbProtocol = (typeof ClbProtocol)[keyof typeof ClbProtocol];
const LAYER4: readonly ClbProtocol[] = ["TCP", "UDP", "TCP_SSL"];
const LAYER7: readonly ClbProtocol[] = ["HTTP", "HTTPS"];

/** Listener scheduling methods. */
export const ClbScheduler = { WRR: "WRR", LEAST_CONN: "LEAST_CONN" } as const;
/** Listener scheduling methods. */
export type ClbScheduler = (typeof ClbScheduler)[keyof typeof ClbScheduler];

/** Health check settings of a listener (layer 4) or forward rule (layer 7). Always on. */
export interface ClbHealthCheck {
    /** Whether the health check runs; `false` is refused (a CLB without health checks cannot drop a failed zone). Defaults to `true`. */
    enabled?: boolean;
    /** Seconds between checks, 2–300. Defaults to `5`. */
    intervalSeconds?: number;
    /** Seconds to wait for an answer, 2–60 and less than the interval. Defaults to `2`. */
    timeoutSeconds?: number;
    /** Successes that mark a backend healthy, 2–10. Defaults to `3`. */
    healthyThreshold?: number;
    /** Failures that mark a backend unhealthy, 2–10. Defaults to `3`. */
    unhealthyThreshold?: number;
    /** Path an HTTP(S) rule checks. Only for layer-7 rules. Defaults to `/`. */
    httpPath?: string;
}

/** A CVM backend in a known zone. */
export interface ClbInstanceBackend {
    /** Marks a CVM backend. */
    kind: "instance";
    /** The CVM instance id. */
    instanceId: pulumi.Input<string>;
    /** The instance's zone. */
    zone: string;
    /** The backend port, 1–65535. */
    port: number;
    /** Forwarding weight, 0–100. Defaults to `10`. */
    weight?: number;
}

/** An Auto Scaling group backend: the group registers its instances on the listener as they come and go. */
export interface ClbScalingGroupBackend {
    /** Marks a scaling-group backend. */
    kind: "scalingGroup";
    /** The scaling group id. */
    scalingGroupId: pulumi.Input<string>;
    /** The zones the group's subnets cover (at least 2). */
    zones: string[];
    /** The backend port, 1–65535. */
    port: number;
    /** Forwarding weight, 0–100. Defaults to `10`. */
    weight?: number;
}

/** The id forms of a backend: a CVM instance, or a scaling group this program does not hold. */
export const ClbBackendKind = { INSTANCE: "instance", SCALING_GROUP: "scalingGroup" } as const;
/** The id forms of a backend. */
export type ClbBackendKind = (typeof ClbBackendKind)[keyof typeof ClbBackendKind];

/**
 * A backend of a listener or rule: exactly one of
 * - `nodePool` (a ZonalNodePool: its scaling group registers the nodes; `port` is the node port),
 * - `scalingGroup` (an ElasticScalingGroup: it registers its instances on `port`),
 * - `workload` (a SpreadWorkload with a `nodePool` and a fixed `service.nodePort`: its pool's nodes
 *   on that node port; `port` defaults to it),
 * - `kind: "instance"` with `instanceId` and `zone` (a CVM), or `kind: "scalingGroup"` with
 *   `scalingGroupId` and `zones` (a group this program does not hold; the zones are then the
 *   caller's word, the only form where they are).
 * The zones of an object backend come from the object; stated `zones` that differ are refused.
 */
export interface ClbBackend {
    /** The id form: `instance` or `scalingGroup`. Omit it with `nodePool`, `scalingGroup` or `workload`. */
    kind?: ClbBackendKind;
    /** A node pool whose nodes serve on `port`. */
    nodePool?: NodePoolLike;
    /** A scaling group whose instances serve on `port`. */
    scalingGroup?: ScalingGroupLike;
    /** A workload reached through its Service's node port on its node pool's nodes. */
    workload?: WorkloadLike;
    /** `kind: "instance"`: the CVM instance id. */
    instanceId?: pulumi.Input<string>;
    /** `kind: "instance"`: the instance's zone. */
    zone?: string;
    /** `kind: "scalingGroup"`: the scaling group id. */
    scalingGroupId?: pulumi.Input<string>;
    /** `kind: "scalingGroup"`: the zones the group's subnets cover (at least 2). With an object backend, must equal its zones (better: omit). */
    zones?: string[];
    /** The backend port, 1–65535. Required, except for `workload` (its node port). */
    port?: number;
    /** Forwarding weight, 0–100. Defaults to `10`. */
    weight?: number;
}

/** A backend resolved to what the CLB attaches. */
interface ResolvedBackend {
    kind: ClbBackendKind;
    instanceId?: pulumi.Input<string>;
    scalingGroupId?: pulumi.Input<string>;
    port: number;
    weight: number;
    zones: string[];
}

/** A listener's layer: 4 (TCP/UDP) or 7 (HTTP/HTTPS). */
export const ClbLayer = { L4: 4, L7: 7 } as const;
/** A listener's layer: 4 (TCP/UDP) or 7 (HTTP/HTTPS). */
export type ClbLayer = (typeof ClbLayer)[keyof typeof ClbLayer];

/** A forward rule of a layer-7 listener. */
export interface ClbRuleSpec {
    /** The domain the rule matches. */
    domain: string;
    /** The URL path the rule matches, starting with `/`. */
    url: string;
    /** The rule's health check. Defaults to the listener's `healthCheck`. */
    healthCheck?: ClbHealthCheck;
    /** The rule's backends; when present they must span at least 2 zones. Defaults to `[]`. */
    backends?: ClbBackend[];
}

/** A listener. */
export interface ClbListenerSpec {
    /** The listener's name: letters, digits, `_` and `-`. */
    name: string;
    /** The protocol. */
    protocol: ClbProtocol;
    /** The port, 1–65535, unique per CLB. */
    port: number;
    /** The server certificate; required for `HTTPS` and `TCP_SSL`. Defaults to none. */
    certificateId?: pulumi.Input<string>;
    /** The scheduling method. Defaults to `WRR`. */
    scheduler?: ClbScheduler;
    /** The health check (layer-4 listeners; the default for layer-7 rules). Defaults to on, 5 s interval, 2 s timeout, 3/3 thresholds. */
    healthCheck?: ClbHealthCheck;
    /** Forward rules; required (at least one) for `HTTP`/`HTTPS`, refused for layer 4. Defaults to `[]`. */
    rules?: ClbRuleSpec[];
    /** Backends of a layer-4 listener (layer-7 backends go on rules); when present they must span at least 2 zones. Defaults to `[]`. */
    backends?: ClbBackend[];
}

/** Where a CLB ships its access logs: a CLS log set and a topic in it. */
export interface ClbAccessLog {
    /** The CLS log set. */
    logSetId: pulumi.Input<string>;
    /** The CLS topic, in that log set. */
    logTopicId: pulumi.Input<string>;
}

/** The arguments of a {@link MultiAzClb}. */
export interface MultiAzClbArgs {
    /** `OPEN` (public) or `INTERNAL`. Defaults to `INTERNAL`. */
    networkType?: ClbNetworkType;
    /**
     * The network the CLB lives in: its VPC; for `OPEN` the master and slave zones default to the
     * network's two lowest-numbered zones, for `INTERNAL` the VIP's subnet to the app-tier subnet of
     * the lowest-numbered zone (stable when other zones change); the security group defaults to the
     * public tier's (`OPEN`) or the app tier's (`INTERNAL`). Either `network` or `vpcId` is required.
     */
    network?: NetworkLike;
    /** The VPC, for a CLB outside a network this program holds. Refused together with `network`. */
    vpcId?: pulumi.Input<string>;
    /**
     * For `OPEN`: the master zone first, then the slave zone (at least 2 distinct zones); the CLB
     * switches to the slave zone in about 30 s when the master fails. With `network` every zone must
     * be one of the network's. Refused for `INTERNAL`. Defaults to the network's two lowest-numbered
     * zones; required for `OPEN` without `network`.
     */
    zones?: string[];
    /** For `INTERNAL`: the subnet the VIP comes from. Refused for `OPEN`; required for `INTERNAL` without `network`. */
    subnet?: ZonalSubnet;
    /** The CLB's display name. Defaults to the component name. */
    clbName?: string;
    /** Security groups of the CLB. Defaults to the network's public-tier (`OPEN`) or app-tier (`INTERNAL`) group with `network`, else none. */
    securityGroups?: pulumi.Input<string>[];
    /** Whether deletion protection is on. Defaults to `true`. */
    deleteProtect?: boolean;
    /** `OPEN` only: the internet charge type. Defaults to the provider's. */
    internetChargeType?: pulumi.Input<string>;
    /** `OPEN` only: the maximum outbound bandwidth, Mbps. Defaults to the provider's. */
    internetBandwidthMaxOut?: pulumi.Input<number>;
    /** The listeners, at least one. */
    listeners: ClbListenerSpec[];
    /**
     * Where the CLB ships its access logs (both the log set and the topic). Strongly advised: access
     * logs are the record of who called what through the entry point. Defaults to none (no access logs).
     */
    accessLog?: ClbAccessLog;
    /** Tags of the CLB; the component adds its name. Defaults to `{}`. */
    tags?: Tags;
}

/** A resolved health check. */
export interface HealthCheckPlan {
    intervalSeconds: number;
    timeoutSeconds: number;
    healthyThreshold: number;
    unhealthyThreshold: number;
    httpPath?: string;
}

/** The zones of a backend list and how many backends each has. */
export interface BackendPlan {
    instances: number;
    scalingGroups: number;
    zones: string[];
}

/** A resolved rule. */
export interface RulePlan {
    /** 1-based index of the rule in its listener's `rules` as given. */
    index: number;
    /** The rule's resource name, keyed by its listener and a hash of its domain and url: `web-listener-https-443-rule-1a2b3c4d`. */
    resourceName: string;
    /** The name 0.1 gave the rule, by position (`web-listener-1-rule-1`); the rule carries it as an alias. */
    legacyName: string;
    domain: string;
    url: string;
    healthCheck: HealthCheckPlan;
    backends: BackendPlan;
}

/** A resolved listener. */
export interface ListenerPlan {
    /** 1-based index of the listener in `listeners` as given. */
    index: number;
    /** The listener's resource name, keyed by protocol and port: `web-listener-https-443`. */
    resourceName: string;
    /** The name 0.1 gave the listener, by position (`web-listener-1`); the listener carries it as an alias. */
    legacyName: string;
    name: string;
    protocol: ClbProtocol;
    port: number;
    scheduler: ClbScheduler;
    layer: ClbLayer;
    healthCheck: HealthCheckPlan;
    rules: RulePlan[];
    backends: BackendPlan;
}

/** The resolved layout of a MultiAzClb (plain data). */
export interface MultiAzClbPlan {
    networkType: ClbNetworkType;
    /** `OPEN`: the master zone. */
    masterZone?: string;
    /** `OPEN`: the slave zone (differs from the master). */
    slaveZone?: string;
    /** `INTERNAL`: the zone of the VIP's subnet. */
    subnetZone?: string;
    /** About how long the cross-AZ switch takes, seconds. */
    switchoverSeconds: number;
    deleteProtect: boolean;
    listeners: ListenerPlan[];
}

const LISTENER_NAME = /^[\p{L}\p{N}_-]{1,80}$/u;

/** The resource name of a listener: by protocol and port (a port is unique per CLB), never by position. */
export function listenerResourceName(name: string, protocol: ClbProtocol, port: number): string {
    return `${name}-listener-${protocol.toLowerCase()}-${port}`;
}

/**
 * The resource name of a forward rule: its listener's name and the first 8 hex digits of the
 * SHA-256 of `<domain> <url>` (domain and url are unique per listener; the hash keeps the name
 * short and free of `/` and `*`), never by position.
 */
export function ruleResourceName(listenerName: string, domain: string, url: string): string {
    return `${listenerName}-rule-${createHash("sha256").update(`${domain} ${url}`).digest("hex").slice(0, 8)}`;
}

function planHealthCheck(v: Validator, field: string, hc: unknown, layer7: boolean, base?: HealthCheckPlan): HealthCheckPlan | undefined {
    if (!v.optionalObject(field, hc, "pass `{ intervalSeconds, timeoutSeconds, ... }` or omit it.")) return undefined;
    const h = (hc ?? {}) as ClbHealthCheck;
    const enabled = h.enabled ?? true;
    v.check(enabled === true, `${field}.enabled`, "must be true: a listener without health checks keeps sending traffic to a failed zone", h.enabled, "remove `enabled: false`.");
    const plan: HealthCheckPlan = {
        intervalSeconds: h.intervalSeconds ?? base?.intervalSeconds ?? CLB_HEALTH_CHECK_INTERVAL_SECONDS,
        timeoutSeconds: h.timeoutSeconds ?? base?.timeoutSeconds ?? CLB_HEALTH_CHECK_TIMEOUT_SECONDS,
        healthyThreshold: h.healthyThreshold ?? base?.healthyThreshold ?? CLB_HEALTHY_THRESHOLD,
        unhealthyThreshold: h.unhealthyThreshold ?? base?.unhealthyThreshold ?? CLB_UNHEALTHY_THRESHOLD,
    };
    const ok = [
        v.integer(`${field}.intervalSeconds`, plan.intervalSeconds, 2, 300),
        v.integer(`${field}.timeoutSeconds`, plan.timeoutSeconds, 2, 60),
        v.integer(`${field}.healthyThreshold`, plan.healthyThreshold, 2, 10),
        v.integer(`${field}.unhealthyThreshold`, plan.unhealthyThreshold, 2, 10),
    ].every(Boolean);
    if (ok) {
        v.check(
            plan.timeoutSeconds < plan.intervalSeconds,
            `${field}.timeoutSeconds`,
            `must be less than \`intervalSeconds\` (${plan.intervalSeconds})`,
            plan.timeoutSeconds,
            "lower the timeout or raise the interval.",
        );
    }
    if (layer7) {
        const path = h.httpPath ?? base?.httpPath ?? "/";
        if (v.check(typeof path === "string" && path.startsWith("/"), `${field}.httpPath`, "must be a path starting with /", path, "use a path such as /healthz.")) {
            plan.httpPath = path;
        }
    } else if (h.httpPath !== undefined) {
        v.add(`${field}.httpPath`, "applies only to HTTP/HTTPS rules", h.httpPath, "remove it from the layer-4 listener.");
    }
    return ok ? plan : undefined;
}

/** Resolves one backend (an object or an id form) to what the CLB attaches; records problems on `v`. */
function resolveBackend(v: Validator, f: string, b: unknown): ResolvedBackend | undefined {
    if (typeof b !== "object" || b === null) {
        v.add(f, "must be a backend", b, "pass `{ nodePool, port }`, `{ scalingGroup, port }`, `{ workload }` or `{ kind: \"instance\", instanceId, zone, port }`.");
        return undefined;
    }
    const be = b as ClbBackend;
    const objects = (["nodePool", "scalingGroup", "workload"] as const).filter((k) => be[k] !== undefined);
    if (objects.length > 1 || (objects.length === 1 && be.kind !== undefined)) {
        v.add(f, "must be exactly one backend: one of `nodePool`, `scalingGroup`, `workload` or a `kind`", [...objects, ...(be.kind !== undefined ? ["kind"] : [])], "split it into one backend per object.");
        return undefined;
    }
    const weight = be.weight ?? CLB_BACKEND_WEIGHT;
    let ok = v.integer(`${f}.weight`, weight, 0, 100);
    if (objects.length === 1) {
        const which = objects[0];
        let zones: string[] | undefined;
        let scalingGroupId: pulumi.Input<string> | undefined;
        let port = be.port;
        if (which === "nodePool") {
            const p = be.nodePool as Partial<NodePoolLike>;
            if (!v.check(Array.isArray(p.zonePlan?.zones) && p.autoScalingGroupId !== undefined, `${f}.nodePool`, "must be a ZonalNodePool", p, "pass the ZonalNodePool whose nodes serve the listener.")) return undefined;
            zones = p.zonePlan!.zones;
            scalingGroupId = p.autoScalingGroupId;
        } else if (which === "scalingGroup") {
            const g = be.scalingGroup as Partial<ScalingGroupLike>;
            if (!v.check(Array.isArray(g.zonePlan?.zones) && g.scalingGroupId !== undefined, `${f}.scalingGroup`, "must be an ElasticScalingGroup", g, "pass the ElasticScalingGroup whose instances serve the listener.")) return undefined;
            zones = g.zonePlan!.zones;
            scalingGroupId = g.scalingGroupId;
        } else {
            const w = be.workload as Partial<WorkloadLike>;
            if (!v.check(Array.isArray(w.zonePlan?.zones), `${f}.workload`, "must be a SpreadWorkload", w, "pass the SpreadWorkload the listener serves.")) return undefined;
            const pool = w.nodePool;
            if (!v.check(pool !== undefined, `${f}.workload`, "must have been given a `nodePool` (the CLB reaches its pods through that pool's nodes)", w.zonePlan!.zonesFrom, "build the SpreadWorkload with `nodePool`.")) return undefined;
            const nodePort = w.zonePlan!.nodePort;
            if (!v.check(nodePort !== undefined, `${f}.workload`, "must have a fixed `service.nodePort` (the port the CLB forwards to on every node)", nodePort, "set `service: { nodePort: 30080 }` on the SpreadWorkload.")) return undefined;
            if (port !== undefined) ok = v.check(port === nodePort, `${f}.port`, `must be the workload's node port (${nodePort})`, port, "remove `port`; it is the workload's `service.nodePort`.") && ok;
            port = nodePort;
            zones = w.zonePlan!.zones;
            scalingGroupId = pool!.autoScalingGroupId;
        }
        ok = v.integer(`${f}.port`, port, 1, 65535) && ok;
        if (be.zones !== undefined) ok = checkStatedZones(v, `${f}.zones`, be.zones, zones, `the ${which === "workload" ? "workload" : which === "nodePool" ? "node pool" : "scaling group"}`) && ok;
        for (const k of ["instanceId", "zone", "scalingGroupId"] as const) {
            if (be[k] !== undefined) ok = v.check(false, `${f}.${k}`, `must not be given with \`${which}\` (it comes from the object)`, be[k], `remove \`${k}\`.`) && ok;
        }
        return ok ? { kind: ClbBackendKind.SCALING_GROUP, scalingGroupId, port: port!, weight, zones } : undefined;
    }
    ok = v.integer(`${f}.port`, be.port, 1, 65535) && ok;
    if (be.kind === "instance") {
        ok = v.present(`${f}.instanceId`, be.instanceId) && ok;
        ok = validateZone(v, `${f}.zone`, be.zone) && ok;
        return ok ? { kind: ClbBackendKind.INSTANCE, instanceId: be.instanceId, port: be.port!, weight, zones: [be.zone!] } : undefined;
    }
    if (be.kind === "scalingGroup") {
        ok = v.present(`${f}.scalingGroupId`, be.scalingGroupId) && ok;
        const groupZones = validateZoneList(v, `${f}.zones`, be.zones, { purpose: "for a scaling group behind a multi-AZ CLB" });
        return ok && groupZones ? { kind: ClbBackendKind.SCALING_GROUP, scalingGroupId: be.scalingGroupId, port: be.port!, weight, zones: groupZones } : undefined;
    }
    v.oneOf(`${f}.kind`, be.kind, Object.values(ClbBackendKind), "pass `nodePool`, `scalingGroup` or `workload`, or `kind: \"instance\"`/`\"scalingGroup\"` with ids.");
    return undefined;
}

function planBackends(v: Validator, field: string, value: unknown): BackendPlan {
    const plan: BackendPlan = { instances: 0, scalingGroups: 0, zones: [] };
    if (value === undefined) return plan;
    if (!Array.isArray(value)) {
        v.add(field, "must be a list of backends", value, "pass `[{ nodePool, port }]` or omit it.");
        return plan;
    }
    const zones: string[] = [];
    let ok = true;
    value.forEach((b, i) => {
        const r = resolveBackend(v, `${field}[${i}]`, b);
        if (!r) {
            ok = false;
            return;
        }
        zones.push(...r.zones);
        if (r.kind === "instance") plan.instances++;
        else plan.scalingGroups++;
    });
    plan.zones = distinctZones(zones);
    if (ok && value.length > 0 && plan.zones.length < MIN_ZONES) {
        v.add(
            field,
            `must spread across at least ${MIN_ZONES} zones`,
            `${plan.zones.length} (${plan.zones.join(", ")})`,
            "add backends in another zone, so that losing one zone leaves healthy backends.",
            { described: true },
        );
    }
    return plan;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the CLB: its zones, listeners,
 * rules and backend spread. Throws a `ComponentArgsError` when the arguments are refused.
 */
export function planMultiAzClb(name: string, args: MultiAzClbArgs): MultiAzClbPlan {
    const v = new Validator(MULTI_AZ_CLB_TYPE, name);
    const a = (args ?? {}) as MultiAzClbArgs;
    const networkType = a.networkType ?? "INTERNAL";
    const deleteProtect = a.deleteProtect ?? true;
    v.oneOf("networkType", networkType, Object.values(ClbNetworkType));
    let network: NetworkLike | undefined;
    if (a.network !== undefined) {
        if (v.check(isNetworkLike(a.network), "network", "must be a ZonalNetwork", a.network, "pass the ZonalNetwork the CLB lives in.")) network = a.network;
        v.check(a.vpcId === undefined, "vpcId", "must not be given together with `network` (the network's VPC is used)", a.vpcId, "remove `vpcId`.");
    } else {
        v.present("vpcId", a.vpcId, "pass `network` (a ZonalNetwork), or the `vpcId` of the CLB's VPC.");
    }
    v.boolean("deleteProtect", deleteProtect);
    if (a.clbName !== undefined) v.nonEmptyString("clbName", a.clbName);
    if (a.accessLog !== undefined) {
        const log = a.accessLog as Partial<ClbAccessLog> | null;
        if (v.check(typeof log === "object" && log !== null, "accessLog", "must be `{ logSetId, logTopicId }`", log, "pass the CLS log set and topic the CLB writes to.")) {
            v.present("accessLog.logSetId", log!.logSetId, "set `accessLog.logSetId` to the CLS log set of the topic.");
            v.present("accessLog.logTopicId", log!.logTopicId, "set `accessLog.logTopicId` to a CLS topic of that log set.");
        }
    }

    const plan: MultiAzClbPlan = { networkType, switchoverSeconds: CLB_CROSS_AZ_SWITCH_SECONDS, deleteProtect, listeners: [] };
    const networkZones = network?.subnets.public.map((s) => s.zone);
    if (networkType === "OPEN") {
        const stated = a.zones ?? (networkZones ? stableZoneOrder(networkZones).slice(0, 2) : undefined);
        const zones = validateZoneList(v, a.zones === undefined && networkZones ? "network.zones" : "zones", stated, { purpose: "for an OPEN CLB (a master zone and a different slave zone)" });
        if (zones && networkZones && a.zones !== undefined) {
            zones.forEach((z, i) => v.check(networkZones.includes(z), `zones[${i}]`, `must be a zone of the network (${networkZones.join(", ")})`, z, "remove `zones` (the network's lowest-numbered zones are used), or pick zones of the network."));
        }
        if (zones) {
            plan.masterZone = zones[0];
            plan.slaveZone = zones[1];
        }
        v.check(a.subnet === undefined, "subnet", "applies only to INTERNAL CLBs", a.subnet, "remove `subnet`, or set `networkType: \"INTERNAL\"`.");
    } else if (networkType === "INTERNAL") {
        v.check(a.zones === undefined, "zones", "applies only to OPEN CLBs (an INTERNAL CLB's zone is its subnet's)", a.zones, "remove `zones`.");
        const s = (a.subnet ?? internalSubnetOf(network)) as Partial<ZonalSubnet> | undefined;
        if (network && a.subnet !== undefined && typeof s === "object" && s !== null && typeof s.zone === "string") {
            v.check(network.subnets.app.some((x) => x.zone === s.zone) || network.subnets.public.some((x) => x.zone === s.zone), "subnet.zone", `must be a zone of the network (${networkZones!.join(", ")})`, s.zone, "pass a subnet of the network, or omit `subnet`.");
        }
        if (v.check(typeof s === "object" && s !== null, "subnet", "is required for an INTERNAL CLB (its VIP comes from the subnet)", s, "pass `subnet: { zone, subnetId }`, e.g. a ZonalNetwork's `subnets.app[0]`.")) {
            v.present("subnet.subnetId", s!.subnetId);
            if (validateZone(v, "subnet.zone", s!.zone)) plan.subnetZone = s!.zone;
        }
    }

    if (!Array.isArray(a.listeners) || a.listeners.length === 0) {
        v.add("listeners", "must list at least one listener", a.listeners, "add a listener such as `{ name: \"https\", protocol: \"HTTPS\", port: 443, ... }`.");
    } else {
        const names = new Set<string>();
        const ports = new Set<number>();
        a.listeners.forEach((l, i) => {
            const f = `listeners[${i}]`;
            if (typeof l !== "object" || l === null) {
                v.add(f, "must be a listener", l, "pass `{ name, protocol, port }`.");
                return;
            }
            const nameOk = v.check(isNonEmptyString(l.name) && LISTENER_NAME.test(l.name), `${f}.name`, "must be 1–80 letters, digits, `_` or `-`", l.name, "rename the listener, e.g. \"https-443\".");
            if (nameOk) v.check(!names.has(l.name), `${f}.name`, "must be unique among the listeners", l.name, "give each listener its own name.");
            if (nameOk) names.add(l.name);
            const protocolOk = v.oneOf(`${f}.protocol`, l.protocol, [...LAYER4, ...LAYER7]);
            const portOk = v.integer(`${f}.port`, l.port, 1, 65535);
            if (portOk) {
                v.check(!ports.has(l.port), `${f}.port`, "must be unique among the listeners", l.port, "give each listener its own port.");
                ports.add(l.port);
            }
            const scheduler = l.scheduler ?? "WRR";
            v.oneOf(`${f}.scheduler`, scheduler, Object.values(ClbScheduler));
            if (!protocolOk) return;
            const layer7 = LAYER7.includes(l.protocol);
            if (l.protocol === "HTTPS" || l.protocol === "TCP_SSL") {
                v.present(`${f}.certificateId`, l.certificateId, `set \`${f}.certificateId\` to the server certificate's id.`);
            }
            const healthCheck = planHealthCheck(v, `${f}.healthCheck`, l.healthCheck, layer7);
            const legacyName = `${name}-listener-${i + 1}`;
            // A refused port cannot name anything (the arguments are refused anyway); the rest is still checked.
            const listener: ListenerPlan = {
                index: i + 1,
                resourceName: portOk ? listenerResourceName(name, l.protocol, l.port) : legacyName,
                legacyName,
                name: l.name,
                protocol: l.protocol,
                port: l.port,
                scheduler,
                layer: layer7 ? 7 : 4,
                healthCheck: healthCheck ?? { intervalSeconds: 0, timeoutSeconds: 0, healthyThreshold: 0, unhealthyThreshold: 0 },
                rules: [],
                backends: { instances: 0, scalingGroups: 0, zones: [] },
            };
            if (layer7) {
                v.check(l.backends === undefined || (Array.isArray(l.backends) && l.backends.length === 0), `${f}.backends`, "must be empty for an HTTP/HTTPS listener (backends attach to its rules)", l.backends, `move the backends to \`${f}.rules[n].backends\`.`);
                if (!Array.isArray(l.rules) || l.rules.length === 0) {
                    v.add(`${f}.rules`, "must list at least one forward rule for an HTTP/HTTPS listener", l.rules, "add `{ domain, url, backends }`.");
                } else {
                    const seen = new Set<string>();
                    l.rules.forEach((r, j) => {
                        const rf = `${f}.rules[${j}]`;
                        if (typeof r !== "object" || r === null) {
                            v.add(rf, "must be a forward rule", r, "pass `{ domain, url }`.");
                            return;
                        }
                        const domainOk = v.nonEmptyString(`${rf}.domain`, r.domain);
                        const urlOk = v.check(typeof r.url === "string" && r.url.startsWith("/"), `${rf}.url`, "must be a path starting with /", r.url, "use a path such as /.");
                        const named = domainOk && urlOk;
                        if (named) {
                            const key = `${r.domain} ${r.url}`;
                            v.check(!seen.has(key), rf, "must not repeat another rule's domain and url", key, "merge the two rules.");
                            seen.add(key);
                        }
                        const rhc = planHealthCheck(v, `${rf}.healthCheck`, r.healthCheck, true, healthCheck);
                        listener.rules.push({
                            index: j + 1,
                            resourceName: named ? ruleResourceName(listener.resourceName, r.domain, r.url) : `${listener.legacyName}-rule-${j + 1}`,
                            legacyName: `${listener.legacyName}-rule-${j + 1}`,
                            domain: r.domain,
                            url: r.url,
                            healthCheck: rhc ?? listener.healthCheck,
                            backends: planBackends(v, `${rf}.backends`, r.backends),
                        });
                    });
                }
            } else {
                v.check(l.rules === undefined || (Array.isArray(l.rules) && l.rules.length === 0), `${f}.rules`, "applies only to HTTP/HTTPS listeners", l.rules, "remove the rules from the layer-4 listener.");
                listener.backends = planBackends(v, `${f}.backends`, l.backends);
            }
            plan.listeners.push(listener);
        });
    }
    v.throwIfAny();
    return plan;
}

/** The app-tier subnet of a network's lowest-numbered zone: an INTERNAL CLB's default VIP subnet. */
function internalSubnetOf(network: NetworkLike | undefined): ZonalSubnet | undefined {
    if (network === undefined) return undefined;
    const zone = stablePrimaryZone(network.subnets.app.map((s) => s.zone));
    return network.subnets.app.find((s) => s.zone === zone);
}

/** The listener resources of a MultiAzClb, with their rules. */
export interface ClbListenerResources {
    listener: tencentcloud.ClbListener;
    listenerId: pulumi.Output<string>;
    rules: tencentcloud.ClbListenerRule[];
    ruleIds: pulumi.Output<string>[];
}

/**
 * A Cloud Load Balancer that survives the loss of an availability zone: an `OPEN` CLB gets a
 * master zone and a different slave zone (the switch takes about 30 s); an `INTERNAL` CLB takes its
 * VIP from a subnet. Every listener (layer 4) or forward rule (layer 7) health-checks its
 * backends, and backends given here must span at least two zones. Deletion protection is on by
 * default.
 */
export class MultiAzClb extends pulumi.ComponentResource {
    /** The CLB instance. */
    public readonly clb: tencentcloud.ClbInstance;
    /** The CLB's id. */
    public readonly clbId: pulumi.Output<string>;
    /** The listeners, in argument order, with their rules. */
    public readonly listeners: ClbListenerResources[];
    /** Backend attachments of CVM instances. */
    public readonly attachments: tencentcloud.ClbAttachment[];
    /** Backend attachments of scaling groups. */
    public readonly scalingGroupAttachments: tencentcloud.AsLoadBalancer[];
    /** The resolved layout. */
    public readonly zonePlan: MultiAzClbPlan;

    constructor(name: string, args: MultiAzClbArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planMultiAzClb(name, args);
        super(MULTI_AZ_CLB_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;

        this.clb = new tencentcloud.ClbInstance(
            `${name}-clb`,
            {
                clbName: args.clbName ?? name,
                networkType: plan.networkType,
                vpcId: args.network?.vpcId ?? args.vpcId!,
                ...(plan.networkType === "OPEN"
                    ? {
                          masterZoneId: plan.masterZone,
                          slaveZoneId: plan.slaveZone,
                          internetChargeType: args.internetChargeType,
                          internetBandwidthMaxOut: args.internetBandwidthMaxOut,
                      }
                    : { subnetId: (args.subnet ?? internalSubnetOf(args.network))!.subnetId }),
                securityGroups:
                    args.securityGroups ??
                    (args.network !== undefined ? [plan.networkType === "OPEN" ? args.network.securityGroupIds.public : args.network.securityGroupIds.app] : undefined),
                deleteProtect: plan.deleteProtect,
                logSetId: args.accessLog?.logSetId,
                logTopicId: args.accessLog?.logTopicId,
                tags: mergeTags(args.tags, { [COMPONENT_TAG]: name }),
            },
            { parent: this },
        );
        this.clbId = this.clb.id;
        this.listeners = [];
        this.attachments = [];
        this.scalingGroupAttachments = [];

        plan.listeners.forEach((lp, i) => {
            const spec = args.listeners[i];
            const hc = lp.healthCheck;
            const listener = new tencentcloud.ClbListener(
                lp.resourceName,
                {
                    clbId: this.clb.id,
                    listenerName: lp.name,
                    protocol: lp.protocol,
                    port: lp.port,
                    scheduler: lp.layer === 4 ? lp.scheduler : undefined,
                    certificateId: spec.certificateId,
                    certificateSslMode: spec.certificateId !== undefined ? "UNIDIRECTIONAL" : undefined,
                    ...(lp.layer === 4
                        ? {
                              healthCheckSwitch: true,
                              healthCheckIntervalTime: hc.intervalSeconds,
                              healthCheckTimeOut: hc.timeoutSeconds,
                              healthCheckHealthNum: hc.healthyThreshold,
                              healthCheckUnhealthNum: hc.unhealthyThreshold,
                          }
                        : {}),
                },
                { parent: this, aliases: [{ name: lp.legacyName }] },
            );
            const resources: ClbListenerResources = { listener, listenerId: listener.listenerId, rules: [], ruleIds: [] };
            if (lp.layer === 4) {
                this.attachBackends(lp, spec.backends ?? [], listener.listenerId, undefined);
            }
            lp.rules.forEach((rp, j) => {
                const rhc = rp.healthCheck;
                const rule = new tencentcloud.ClbListenerRule(
                    rp.resourceName,
                    {
                        clbId: this.clb.id,
                        listenerId: listener.listenerId,
                        domain: rp.domain,
                        url: rp.url,
                        scheduler: lp.scheduler,
                        healthCheckSwitch: true,
                        healthCheckIntervalTime: rhc.intervalSeconds,
                        healthCheckTimeOut: rhc.timeoutSeconds,
                        healthCheckHealthNum: rhc.healthyThreshold,
                        healthCheckUnhealthNum: rhc.unhealthyThreshold,
                        healthCheckHttpPath: rhc.httpPath,
                        healthCheckHttpCode: 2,
                    },
                    { parent: this, aliases: [{ name: rp.legacyName }] },
                );
                resources.rules.push(rule);
                resources.ruleIds.push(rule.ruleId);
                this.attachBackends(rp, spec.rules![j].backends ?? [], listener.listenerId, rule);
            });
            this.listeners.push(resources);
        });

        this.registerOutputs({
            clbId: this.clbId,
            listenerIds: this.listeners.map((l) => l.listenerId),
            ruleIds: this.listeners.map((l) => l.ruleIds),
            zonePlan: plan,
        });
    }

    /** Attaches backends to a listener or rule; the attachments are named after it (`owner.resourceName`) and alias its 0.1 name. */
    private attachBackends(
        owner: { resourceName: string; legacyName: string },
        backends: ClbBackend[],
        listenerId: pulumi.Output<string>,
        rule: tencentcloud.ClbListenerRule | undefined,
    ): void {
        const named = (suffix: string) => ({ name: `${owner.resourceName}-${suffix}`, aliases: [{ name: `${owner.legacyName}-${suffix}` }] });
        const resolved = backends.map((b, i) => resolveBackend(new Validator(MULTI_AZ_CLB_TYPE, this.zonePlan.networkType), `backends[${i}]`, b)!);
        const instances = resolved.filter((b) => b.kind === "instance");
        if (instances.length > 0) {
            const n = named("backends");
            this.attachments.push(
                new tencentcloud.ClbAttachment(
                    n.name,
                    {
                        clbId: this.clb.id,
                        listenerId,
                        ruleId: rule?.ruleId,
                        targets: instances.map((b) => ({ instanceId: b.instanceId!, port: b.port, weight: b.weight })),
                    },
                    { parent: this, aliases: n.aliases },
                ),
            );
        }
        resolved
            .filter((b) => b.kind === "scalingGroup")
            .forEach((b, k) => {
                const n = named(`asg-${k + 1}`);
                this.scalingGroupAttachments.push(
                    new tencentcloud.AsLoadBalancer(
                        n.name,
                        {
                            autoScalingGroupId: b.scalingGroupId!,
                            forwardLoadBalancers: [
                                {
                                    loadBalancerId: this.clb.id,
                                    listenerId,
                                    locationId: rule?.ruleId,
                                    targetAttributes: [{ port: b.port, weight: b.weight }],
                                },
                            ],
                        },
                        { parent: this, aliases: n.aliases },
                    ),
                );
            });
    }
}
