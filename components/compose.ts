/**
 * Composition by object: components take the ZonalNetwork, TkeCluster, node pool or scaling group
 * the program already holds and derive from it what they need (VPC, subnets with their zones,
 * provider, dependencies), instead of taking the same facts again as strings. The helpers here check
 * that a value stated next to such an object agrees with it, so a zone is never trusted on its own.
 */
import * as pulumi from "@pulumi/pulumi";
import { NetworkTier, parseZone } from "@zonesafe/model";
import { Validator, describeValue } from "./errors";
import { ZonalSubnet } from "./types";

/**
 * What a component needs of a ZonalNetwork: its VPC and each tier's subnets with their zones. A
 * ZonalNetwork is one; the structural type keeps the components free of import cycles, and other
 * languages pass the network's outputs `{ vpcId, subnets, securityGroupIds }`.
 */
export interface NetworkLike {
    /** The VPC's id. */
    vpcId: pulumi.Input<string>;
    /** The subnets of each tier. */
    subnets: NetworkTierSubnets;
    /** The security group id of each tier. */
    securityGroupIds: NetworkTierIds;
}

/** The zones a component spans: its `zonePlan.zones`. */
export interface ZonesPlan {
    /** The zones, e.g. `["ap-guangzhou-3", "ap-guangzhou-4"]`. */
    zones: string[];
}

/**
 * What other components need of a TkeCluster: its id, its VPC, and the network and zones it was
 * built in. A TkeCluster is one (its Kubernetes provider then comes with it); from other languages
 * pass its outputs `{ clusterId, vpcId }` and the provider in the resource options.
 */
export interface ClusterLike {
    /** The cluster's id. */
    clusterId: pulumi.Input<string>;
    /** The cluster's VPC id. */
    vpcId: pulumi.Input<string>;
    /** The network the cluster was built in, if any: node pools take their subnets from its app tier. */
    network?: NetworkLike;
    /** The app-tier zones of the cluster's network. */
    zonePlan?: ZonesPlan;
}

/**
 * What NodeAlarms need of the node guard: the Cloud Monitor notice whose URL callback is the guard,
 * and the guard's limit. A NodeFaultAutomation is one; from other languages pass its outputs
 * `{ noticeId, limit }`.
 */
export interface NodeGuardLike {
    /** The Cloud Monitor notice whose URL callback is the guard. */
    noticeId: pulumi.Input<string>;
    /** Faulty nodes at which the guard pages instead of removing. */
    limit: number;
}

/**
 * What other components need of a ZonalNodePool: its scaling group and zones (and its cluster). A
 * ZonalNodePool is one; from other languages pass its outputs `{ autoScalingGroupId, zonePlan }`.
 */
export interface NodePoolLike {
    /** The auto scaling group that holds the pool's nodes. */
    autoScalingGroupId: pulumi.Input<string>;
    /** The zones the nodes spread over. */
    zonePlan: ZonesPlan;
    /** The cluster the pool belongs to, if known: workloads on the pool use its provider. */
    cluster?: ClusterLike;
}

/**
 * What a CLB needs of an ElasticScalingGroup: its id and zones. An ElasticScalingGroup is one; from
 * other languages pass its outputs `{ scalingGroupId, zonePlan }`.
 */
export interface ScalingGroupLike {
    /** The scaling group's id. */
    scalingGroupId: pulumi.Input<string>;
    /** The zones its instances spread over. */
    zonePlan: ZonesPlan;
}

/** The zones and node port of a workload (its `zonePlan`). */
export interface WorkloadZonesPlan {
    /** The zones the pods are kept to. */
    zones: string[];
    /** Where the zones came from: `nodePool`, `cluster` or `zones`. */
    zonesFrom?: string;
    /** The Service's fixed node port, if any. */
    nodePort?: number;
}

/**
 * What a CLB needs of a SpreadWorkload: its zones, node port and node pool. A SpreadWorkload is
 * one; from other languages pass `{ zonePlan, nodePool: { autoScalingGroupId, zonePlan } }`.
 */
export interface WorkloadLike {
    /** The workload's zones and node port. */
    zonePlan: WorkloadZonesPlan;
    /** The node pool the pods run on. */
    nodePool?: NodePoolLike;
}

/** The Kubernetes provider an object carries as `provider` (a TkeCluster's), if any. */
export function providerOf(x: unknown): pulumi.ProviderResource | undefined {
    const p = typeof x === "object" && x !== null ? (x as { provider?: unknown }).provider : undefined;
    return pulumi.Resource.isInstance(p) ? (p as pulumi.ProviderResource) : undefined;
}

/** Subnets by tier. */
export interface NetworkTierSubnets {
    /** Public-tier subnets. */
    public: ZonalSubnet[];
    /** App-tier subnets. */
    app: ZonalSubnet[];
    /** Data-tier subnets. */
    data: ZonalSubnet[];
}

/** Ids by tier. */
export interface NetworkTierIds {
    /** The public tier's. */
    public: pulumi.Input<string>;
    /** The app tier's. */
    app: pulumi.Input<string>;
    /** The data tier's. */
    data: pulumi.Input<string>;
}

/** The subnets and VPC a component resolved from `network` or explicit arguments. */
export interface ResolvedSubnets {
    /** The subnets, each with its zone. */
    subnets: ZonalSubnet[];
    /** The VPC id. */
    vpcId: pulumi.Input<string> | undefined;
    /** Where they came from, for messages: `network.subnets.app` or `subnets`. */
    source: string;
}

/** Whether `x` looks like a ZonalNetwork (has a VPC id and subnets by tier). */
export function isNetworkLike(x: unknown): x is NetworkLike {
    if (typeof x !== "object" || x === null) return false;
    const n = x as Partial<NetworkLike>;
    return n.vpcId !== undefined && typeof n.subnets === "object" && n.subnets !== null && Array.isArray((n.subnets as NetworkTierSubnets).app);
}

/**
 * Resolves a component's subnets: a tier of `network`, or the explicit `subnets` (with `vpcId`).
 * Refuses both at once, and neither. When `zones` narrows a network's tier, the subnets of those
 * zones are taken in the order of `zones`, and a zone the network lacks is refused.
 */
export function resolveSubnets(
    v: Validator,
    a: { network?: unknown; subnets?: unknown; vpcId?: unknown },
    tier: NetworkTier,
    opts: { subnetsField?: string; zones?: readonly string[]; zonesField?: string } = {},
): ResolvedSubnets | undefined {
    const subnetsField = opts.subnetsField ?? "subnets";
    if (a.network !== undefined) {
        if (!isNetworkLike(a.network)) {
            v.add("network", "must be a ZonalNetwork", a.network, "pass the ZonalNetwork the component lives in, e.g. `network`.");
            return undefined;
        }
        v.check(a[subnetsField as "subnets"] === undefined, subnetsField, "must not be given together with `network` (the network's subnets are used)", a[subnetsField as "subnets"], `remove \`${subnetsField}\`, or remove \`network\` and pass \`vpcId\` with the subnets.`);
        v.check(a.vpcId === undefined, "vpcId", "must not be given together with `network` (the network's VPC is used)", a.vpcId, "remove `vpcId`.");
        const all = a.network.subnets[tier];
        let subnets = all;
        if (opts.zones !== undefined) {
            const zf = opts.zonesField ?? "zones";
            const byZone = new Map(all.map((s) => [s.zone, s]));
            let ok = true;
            opts.zones.forEach((z, i) => {
                if (!byZone.has(z)) {
                    ok = false;
                    v.add(`${zf}[${i}]`, `must be a zone of the network's ${tier} tier (${all.map((s) => s.zone).join(", ")})`, z, `pick zones of the network, or add ${z} to the ZonalNetwork's \`zones\`.`);
                }
            });
            if (!ok) return undefined;
            subnets = opts.zones.map((z) => byZone.get(z)!);
        }
        return { subnets, vpcId: a.network.vpcId, source: `network.subnets.${tier}` };
    }
    return { subnets: a[subnetsField as "subnets"] as ZonalSubnet[], vpcId: a.vpcId as pulumi.Input<string> | undefined, source: subnetsField };
}

/**
 * Refuses a zone stated next to the subnet (or object) it must agree with: `field` says `stated`,
 * the subnet says `actual`. Names the field, both zones and the fix.
 */
export function checkStatedZone(v: Validator, field: string, stated: unknown, actual: string, from: string, fix?: string): boolean {
    return v.check(
        stated === actual,
        field,
        `must be the zone of ${from} (${actual}); a zone stated apart from the subnet is never trusted`,
        stated,
        fix ?? `remove \`${field}\` (it is derived from ${from}), or pass a subnet in ${describeValue(stated)}.`,
    );
}

/** Refuses stated zones that are not exactly the derived ones (as sets). */
export function checkStatedZones(v: Validator, field: string, stated: unknown, actual: readonly string[], from: string): boolean {
    const ok = Array.isArray(stated) && stated.length === new Set(stated).size && stated.length === actual.length && stated.every((z) => actual.includes(z as string));
    return v.check(
        ok,
        field,
        `must be the zones of ${from} (${actual.join(", ")}); zones stated apart from what they describe are never trusted`,
        stated,
        `remove \`${field}\` (the zones are derived from ${from}).`,
    );
}

/** The region of a zone list, when every zone parses and they share one; else `undefined`. */
export function regionOf(zones: readonly string[]): string | undefined {
    const regions = new Set(zones.map((z) => parseZone(z)?.region));
    if (regions.size !== 1) return undefined;
    const [r] = regions;
    return r;
}

/**
 * The `protect` a data component's children get: the resource option when given, else the
 * deprecated `protect` argument (kept for one release, logged), else `true`. A deprecated argument
 * that contradicts the option is refused.
 */
export function resolveProtect(v: Validator, argument: unknown, opts: pulumi.ComponentResourceOptions | undefined): boolean {
    const option = opts?.protect;
    if (argument !== undefined) {
        if (!v.boolean("protect", argument)) return true;
        if (option !== undefined) {
            v.check(
                argument === option,
                "protect",
                "is deprecated and must not contradict the `protect` resource option",
                argument,
                `remove the \`protect\` argument; the resource option (${option}) decides.`,
            );
        }
        return option ?? (argument as boolean);
    }
    return option ?? true;
}

/** Logs the deprecation of an argument that duplicates a resource option or the provider. */
export function warnDeprecated(resource: pulumi.Resource, component: string, field: string, instead: string): void {
    pulumi.log.warn(`${component}: the \`${field}\` argument is deprecated and will be removed in the next release; ${instead}`, resource);
}

/**
 * Merges the provider of an object the component was given (a cluster's, a network's) into the
 * component's options when the caller gave none for that package, and adds `dependsOn`.
 */
export function inheritOptions(
    opts: pulumi.ComponentResourceOptions | undefined,
    from: unknown,
    pkg: string,
    dependsOn: pulumi.Resource[] = [],
): pulumi.ComponentResourceOptions {
    const out: pulumi.ComponentResourceOptions = { ...(opts ?? {}) };
    const own = out.provider !== undefined || (out.providers !== undefined && hasProviderFor(out.providers, pkg));
    if (!own && pulumi.Resource.isInstance(from)) {
        const p = from.getProvider(`${pkg}:index:x`);
        if (p !== undefined) out.providers = [...providerList(out.providers), p];
    }
    if (dependsOn.length > 0) {
        const given = out.dependsOn;
        out.dependsOn =
            given === undefined || Array.isArray(given)
                ? [...((given as pulumi.Input<pulumi.Resource>[] | undefined) ?? []), ...dependsOn]
                : pulumi.output(given as pulumi.Input<pulumi.Resource | pulumi.Resource[]>).apply((d) => [...(Array.isArray(d) ? d : [d]), ...dependsOn]);
    }
    return out;
}

/**
 * Adds the Kubernetes provider a cluster carries (see {@link providerOf}) to a component's own options
 * (the copy {@link inheritOptions} made) when they give no `provider`, and returns them.
 */
export function withClusterProvider(own: pulumi.ComponentResourceOptions, cluster: unknown): pulumi.ComponentResourceOptions {
    const clusterProvider = providerOf(cluster);
    if (clusterProvider !== undefined && own.provider === undefined) own.providers = [...providerList(own.providers), clusterProvider];
    return own;
}

function providerList(p: pulumi.ComponentResourceOptions["providers"]): pulumi.ProviderResource[] {
    if (p === undefined) return [];
    return Array.isArray(p) ? p : Object.values(p);
}

function hasProviderFor(p: NonNullable<pulumi.ComponentResourceOptions["providers"]>, pkg: string): boolean {
    // ProviderResource.getPackage exists at runtime but is not declared in the SDK's types.
    if (Array.isArray(p)) return p.some((x) => (x as unknown as { getPackage?: () => string }).getPackage?.() === pkg);
    return Object.prototype.hasOwnProperty.call(p, pkg);
}

/** The arguments a multi-zone data service (Redis, MongoDB, CKafka) takes for its placement. */
export interface DataPlacementArgs {
    /** The network: VPC, the data subnet of the first zone, the data security group. */
    network?: NetworkLike;
    /** The zones, the first holding the master/primary. */
    zones?: string[];
    /** The VPC without `network`. */
    vpcId?: pulumi.Input<string>;
    /** The subnet (with its zone, which must be the first of `zones`) without `network`. */
    subnet?: ZonalSubnet;
    /** Deprecated: a bare subnet id (its zone cannot be checked). */
    subnetId?: pulumi.Input<string>;
}

/** Where a data service lives. */
export interface DataPlacement {
    /** The zones, master/primary first (`undefined` when they could not be resolved). */
    zones: string[] | undefined;
    /** The VPC's id. */
    vpcId: pulumi.Input<string> | undefined;
    /** The subnet's id. */
    subnetId: pulumi.Input<string> | undefined;
    /** The network's data-tier security group, with `network`. */
    securityGroupId?: pulumi.Input<string>;
    /** Whether the deprecated bare `subnetId` was used. */
    deprecatedSubnetId: boolean;
}

/**
 * Resolves a data service's zones and subnet. With `network`, the zones default to the network's
 * data-tier zones in zone-number order (the first `defaultCount`), so the master stays in the
 * lowest-numbered zone whatever other zones are added or removed; stated zones must be the
 * network's; the subnet is the data subnet of the first zone. With `subnet`, the first zone must be
 * the subnet's. A bare `subnetId` (0.1) is still accepted for one release; its zone is unchecked.
 */
export function resolveDataPlacement(v: Validator, a: DataPlacementArgs, defaultCount?: number): DataPlacement {
    const out: DataPlacement = { zones: undefined, vpcId: undefined, subnetId: undefined, deprecatedSubnetId: false };
    if (a.network !== undefined) {
        if (!v.check(isNetworkLike(a.network), "network", "must be a ZonalNetwork", a.network, "pass the ZonalNetwork the service lives in.")) return out;
        v.check(a.vpcId === undefined, "vpcId", "must not be given together with `network` (the network's VPC is used)", a.vpcId, "remove `vpcId`.");
        v.check(a.subnet === undefined && a.subnetId === undefined, a.subnet !== undefined ? "subnet" : "subnetId", "must not be given together with `network` (the network's data subnet of the first zone is used)", a.subnet ?? a.subnetId, "remove it, or remove `network`.");
        const data = a.network.subnets.data;
        const networkZones = data.map((s) => s.zone);
        let zones: string[];
        if (a.zones !== undefined) {
            if (!Array.isArray(a.zones)) {
                out.zones = a.zones;
                return out;
            }
            let ok = true;
            a.zones.forEach((z, i) => {
                ok = v.check(networkZones.includes(z), `zones[${i}]`, `must be a zone of the network's data tier (${networkZones.join(", ")})`, z, "remove `zones` (the network's zones are used), or pick zones of the network.") && ok;
            });
            if (!ok) return out;
            zones = a.zones;
        } else {
            const ordered = [...networkZones].sort((x, y) => (parseZone(x)?.number ?? 0) - (parseZone(y)?.number ?? 0));
            zones = defaultCount !== undefined ? ordered.slice(0, defaultCount) : ordered;
        }
        out.zones = zones;
        out.vpcId = a.network.vpcId;
        out.subnetId = data.find((s) => s.zone === zones[0])?.subnetId;
        out.securityGroupId = a.network.securityGroupIds.data;
        return out;
    }
    out.zones = a.zones;
    out.vpcId = a.vpcId;
    v.present("vpcId", a.vpcId, "pass `network` (a ZonalNetwork), or the `vpcId` of the subnet.");
    if (a.subnet !== undefined) {
        v.check(a.subnetId === undefined, "subnetId", "must not be given together with `subnet`", a.subnetId, "remove `subnetId`.");
        const s = a.subnet as Partial<ZonalSubnet>;
        if (!v.check(typeof s === "object" && s !== null, "subnet", "must be `{ zone, subnetId }`", s, "pass one of a ZonalNetwork's `subnets.data`.")) return out;
        v.present("subnet.subnetId", s.subnetId);
        out.subnetId = s.subnetId;
        if (Array.isArray(a.zones) && typeof a.zones[0] === "string" && typeof s.zone === "string") {
            checkStatedZone(v, "zones[0]", a.zones[0], s.zone, "`subnet` (the master/primary lives in the subnet's zone)", `list ${s.zone} first in \`zones\`, or pass the subnet of ${a.zones[0]}.`);
        }
        return out;
    }
    if (a.subnetId !== undefined) {
        out.subnetId = a.subnetId;
        out.deprecatedSubnetId = true;
        return out;
    }
    v.add("subnet", "is required without `network`", undefined, "pass `network` (a ZonalNetwork), or `subnet: { zone, subnetId }`.");
    return out;
}

/** `x` when it is a Pulumi resource (a node pool, a scaling group given as an alarm target), else `undefined`. */
export function resourceOf(x: unknown): pulumi.Resource | undefined {
    return pulumi.Resource.isInstance(x) ? x : undefined;
}
