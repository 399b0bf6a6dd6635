import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { TKE_CLUSTER_CIDR, TKE_CONTAINER_RUNTIME, TKE_DEPLOY_TYPE, TKE_NETWORK_TYPE } from "../defaults";
import { Validator } from "../errors";
import { isAligned, isPrivate, parseIpv4Cidr } from "../network/cidr";
import { inheritOptions, isNetworkLike } from "../compose";
import type { NetworkLike } from "../compose";
import { COMPONENT_TAG, Tags, ZonalSubnet, mergeTags } from "../types";
import { stablePrimaryZone, validateZonalSubnets, validateZone } from "../zones";

/** The component's type token. */
export const TKE_CLUSTER_TYPE = "zonesafe:kubernetes:TkeCluster";

/** TKE pod network modes. `VPC-CNI` gives pods VPC addresses from `eniSubnets`. */
export const TkeNetworkType = { GR: "GR", VPC_CNI: "VPC-CNI" } as const;
/** TKE pod network modes. `VPC-CNI` gives pods VPC addresses from `eniSubnets`. */
export type TkeNetworkType = (typeof TkeNetworkType)[keyof typeof TkeNetworkType];

/** The arguments of a {@link TkeCluster}. */
export interface TkeClusterArgs {
    /**
     * The network the cluster lives in: its VPC, and (unless `intranetSubnet` or `publicEndpoint`
     * says otherwise) the app-tier subnet of its lowest-numbered zone for the private API endpoint.
     * Its app-tier zones become the cluster's `zonePlan.zones`. Either `network` or `vpcId` is required.
     */
    network?: NetworkLike;
    /** The VPC, for a cluster in a network this program does not hold. Refused together with `network`. Defaults to `network`'s. */
    vpcId?: pulumi.Input<string>;
    /** The cluster's display name. Defaults to the component name. */
    clusterName?: string;
    /** The Kubernetes version. Defaults to the provider's default version. */
    clusterVersion?: pulumi.Input<string>;
    /**
     * The subnet the API server's intranet endpoint lives in. The workload provider then uses the
     * intranet kubeconfig. Required unless `publicEndpoint` is true or `network` is given. Defaults
     * to the app-tier subnet of `network`'s lowest-numbered zone (stable when other zones change),
     * unless `publicEndpoint` is true.
     */
    intranetSubnet?: ZonalSubnet;
    /**
     * Whether the API server gets a public endpoint; requires `publicEndpointSecurityGroup`.
     * Defaults to `false`.
     */
    publicEndpoint?: boolean;
    /** The security group guarding the public endpoint. Required when `publicEndpoint` is true. Defaults to none. */
    publicEndpointSecurityGroup?: pulumi.Input<string>;
    /** The pod network mode. Defaults to `GR`. */
    networkType?: TkeNetworkType;
    /** `GR` only: the pod range, a private IPv4 network that must not overlap the VPC. Defaults to `172.16.0.0/16`. */
    clusterCidr?: string;
    /** The Service range (private IPv4). Defaults to the provider's choice. */
    serviceCidr?: string;
    /** `VPC-CNI` only: the pod subnets, at least 2 distinct zones. Required for `VPC-CNI`. Defaults to none. */
    eniSubnets?: ZonalSubnet[];
    /** The most pods per node (GR mode). Defaults to the provider's. */
    clusterMaxPodNum?: pulumi.Input<number>;
    /** The managed control plane's size level, e.g. `L20`. Defaults to the provider's. */
    clusterLevel?: pulumi.Input<string>;
    /** Whether the managed control plane grows its level with the cluster (avoids an overloaded API server). Defaults to `true`. */
    autoUpgradeClusterLevel?: boolean;
    /** Whether deletion protection is on. Defaults to `true`. */
    deletionProtection?: boolean;
    /**
     * Whether the cluster's log agent runs on its nodes (`logAgent.enabled`), so container and node
     * logs can be shipped to CLS for audit and incident analysis. Defaults to `true`.
     */
    logAgent?: boolean;
    /** Tags of the cluster; the component adds its name. Defaults to `{}`. */
    tags?: Tags;
}

/** Which API endpoint the workload provider's kubeconfig uses. */
export const TkeEndpoint = { INTRANET: "intranet", PUBLIC: "public" } as const;
/** Which API endpoint the workload provider's kubeconfig uses. */
export type TkeEndpoint = (typeof TkeEndpoint)[keyof typeof TkeEndpoint];

/** The resolved layout of a TkeCluster (plain data). */
export interface TkeClusterPlan {
    /** Always `MANAGED_CLUSTER`. */
    deployType: string;
    networkType: TkeNetworkType;
    /** Which kubeconfig the workload provider uses. */
    endpoint: TkeEndpoint;
    publicEndpoint: boolean;
    /** The zone of the intranet endpoint's subnet. */
    intranetSubnetZone?: string;
    /** `VPC-CNI`: the zones of the pod subnets. */
    eniSubnetZones: string[];
    /** The app-tier zones of the cluster's network (empty without `network`). */
    zones: string[];
    clusterCidr?: string;
    deletionProtection: boolean;
    autoUpgradeClusterLevel: boolean;
    logAgent: boolean;
}

function validatePrivateCidr(v: Validator, field: string, value: unknown): boolean {
    const c = parseIpv4Cidr(value);
    return v.check(
        c !== undefined && isAligned(c) && isPrivate(c),
        field,
        "must be a private IPv4 network (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) with no host bits",
        value,
        "choose a private range that does not overlap the VPC, e.g. 172.16.0.0/16.",
    );
}

/**
 * Resolves defaults, validates (every problem at once) and plans the cluster. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planTkeCluster(name: string, args: TkeClusterArgs): TkeClusterPlan {
    const v = new Validator(TKE_CLUSTER_TYPE, name);
    const a = (args ?? {}) as TkeClusterArgs;
    const publicEndpoint = a.publicEndpoint ?? false;
    const networkType = a.networkType ?? TKE_NETWORK_TYPE;
    const deletionProtection = a.deletionProtection ?? true;
    const autoUpgradeClusterLevel = a.autoUpgradeClusterLevel ?? true;
    const logAgent = a.logAgent ?? true;
    let intranetSubnet = a.intranetSubnet;
    let zones: string[] = [];
    if (a.network !== undefined) {
        if (v.check(isNetworkLike(a.network), "network", "must be a ZonalNetwork", a.network, "pass the ZonalNetwork the cluster lives in.")) {
            v.check(a.vpcId === undefined, "vpcId", "must not be given together with `network` (the network's VPC is used)", a.vpcId, "remove `vpcId`.");
            zones = a.network.subnets.app.map((s) => s.zone);
            if (intranetSubnet === undefined && publicEndpoint !== true) {
                const zone = stablePrimaryZone(zones);
                intranetSubnet = a.network.subnets.app.find((s) => s.zone === zone);
            }
        }
    } else {
        v.present("vpcId", a.vpcId, "pass `network` (a ZonalNetwork), or the `vpcId` of the cluster's VPC.");
    }
    v.boolean("publicEndpoint", publicEndpoint);
    v.boolean("deletionProtection", deletionProtection);
    v.boolean("autoUpgradeClusterLevel", autoUpgradeClusterLevel);
    v.boolean("logAgent", logAgent);
    if (a.clusterName !== undefined) v.nonEmptyString("clusterName", a.clusterName);
    const networkOk = v.oneOf("networkType", networkType, Object.values(TkeNetworkType));

    const plan: TkeClusterPlan = {
        deployType: TKE_DEPLOY_TYPE,
        networkType,
        endpoint: "intranet",
        publicEndpoint,
        eniSubnetZones: [],
        zones,
        deletionProtection,
        autoUpgradeClusterLevel,
        logAgent,
    };
    if (intranetSubnet !== undefined) {
        const s = intranetSubnet as Partial<ZonalSubnet>;
        if (v.check(typeof s === "object" && s !== null, "intranetSubnet", "must be `{ zone, subnetId }`", s, "pass a subnet of the app tier.")) {
            v.present("intranetSubnet.subnetId", s.subnetId);
            if (validateZone(v, "intranetSubnet.zone", s.zone)) plan.intranetSubnetZone = s.zone;
            if (plan.intranetSubnetZone !== undefined && zones.length > 0) {
                v.check(zones.includes(s.zone!), "intranetSubnet.zone", `must be a zone of the network's app tier (${zones.join(", ")})`, s.zone, "pass one of `network.subnets.app`, or omit `intranetSubnet`.");
            }
        }
    } else if (publicEndpoint === true) {
        plan.endpoint = "public";
    } else {
        v.add(
            "intranetSubnet",
            "is required when `publicEndpoint` is false (the workload provider needs an API endpoint)",
            undefined,
            "pass `network` (its app tier holds the private endpoint) or `intranetSubnet: { zone, subnetId }`.",
        );
    }
    if (publicEndpoint === true) {
        v.present("publicEndpointSecurityGroup", a.publicEndpointSecurityGroup, "pass the security group that limits who reaches the public API endpoint.");
    }
    if (networkOk && networkType === "GR") {
        const clusterCidr = a.clusterCidr ?? TKE_CLUSTER_CIDR;
        if (validatePrivateCidr(v, "clusterCidr", clusterCidr)) plan.clusterCidr = clusterCidr;
        v.check(a.eniSubnets === undefined, "eniSubnets", "applies only to VPC-CNI clusters", a.eniSubnets, "remove `eniSubnets`, or set `networkType: \"VPC-CNI\"`.");
    } else if (networkOk) {
        v.check(a.clusterCidr === undefined, "clusterCidr", "applies only to GR clusters", a.clusterCidr, "remove `clusterCidr` (VPC-CNI pods take addresses from `eniSubnets`).");
        const zones = validateZonalSubnets(v, "eniSubnets", a.eniSubnets, { purpose: "for VPC-CNI pod subnets" });
        if (zones) plan.eniSubnetZones = zones;
    }
    if (a.serviceCidr !== undefined) validatePrivateCidr(v, "serviceCidr", a.serviceCidr);
    v.throwIfAny();
    return plan;
}

/**
 * A managed TKE cluster in a VPC, with a private API endpoint by default, and a
 * `@pulumi/kubernetes` Provider built from its kubeconfig for the workloads placed on it. Nodes
 * come from {@link ZonalNodePool}s, which spread them across zones.
 */
export class TkeCluster extends pulumi.ComponentResource {
    /** The cluster. */
    public readonly cluster: tencentcloud.KubernetesCluster;
    /** The cluster's id. */
    public readonly clusterId: pulumi.Output<string>;
    /** The kubeconfig the provider uses (intranet unless only the public endpoint is on); secret. */
    public readonly kubeconfig: pulumi.Output<string>;
    /** The cluster's VPC id. */
    public readonly vpcId: pulumi.Output<string>;
    /** The resolved layout. */
    public readonly zonePlan: TkeClusterPlan;

    constructor(name: string, args: TkeClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planTkeCluster(name, args);
        super(TKE_CLUSTER_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;
        const intranetSubnet =
            args.intranetSubnet ?? (plan.intranetSubnetZone !== undefined ? args.network?.subnets.app.find((s) => s.zone === plan.intranetSubnetZone) : undefined);

        this.cluster = new tencentcloud.KubernetesCluster(
            `${name}-cluster`,
            {
                vpcId: args.network?.vpcId ?? args.vpcId!,
                clusterName: args.clusterName ?? name,
                clusterVersion: args.clusterVersion,
                clusterDeployType: plan.deployType,
                containerRuntime: TKE_CONTAINER_RUNTIME,
                networkType: plan.networkType,
                clusterCidr: plan.clusterCidr,
                serviceCidr: args.serviceCidr,
                eniSubnetIds: plan.networkType === "VPC-CNI" ? args.eniSubnets!.map((s) => s.subnetId) : undefined,
                clusterMaxPodNum: args.clusterMaxPodNum,
                clusterInternet: plan.publicEndpoint,
                clusterInternetSecurityGroup: plan.publicEndpoint ? args.publicEndpointSecurityGroup : undefined,
                clusterIntranet: intranetSubnet !== undefined,
                clusterIntranetSubnetId: intranetSubnet?.subnetId,
                clusterLevel: args.clusterLevel,
                autoUpgradeClusterLevel: plan.autoUpgradeClusterLevel,
                deletionProtection: plan.deletionProtection,
                logAgent: { enabled: plan.logAgent },
                tags: mergeTags(args.tags, { [COMPONENT_TAG]: name }),
            },
            { parent: this },
        );
        this.clusterId = this.cluster.id;
        this.vpcId = this.cluster.vpcId;
        if (args.network !== undefined) clusterNetworks.set(this, args.network);
        this.kubeconfig = pulumi.secret(plan.endpoint === "intranet" ? this.cluster.kubeConfigIntranet : this.cluster.kubeConfig);
        clusterProviders.set(this, new k8s.Provider(`${name}-k8s`, { kubeconfig: this.kubeconfig }, { parent: this }));

        this.registerOutputs({ clusterId: this.clusterId, kubeconfig: this.kubeconfig, zonePlan: plan });
    }

    /**
     * The Kubernetes provider for workloads on this cluster (TypeScript only; other languages build
     * one from `kubeconfig`).
     */
    public get provider(): k8s.Provider {
        return clusterProviders.get(this)!;
    }

    /** The ZonalNetwork the cluster was built in (`args.network`), if any: node pools take their subnets from it. */
    public get network(): NetworkLike | undefined {
        return clusterNetworks.get(this);
    }
}

/** The network of each cluster, kept off the instance so that it is no output of the component. */
const clusterNetworks = new WeakMap<TkeCluster, NetworkLike>();
/** The Kubernetes provider of each cluster, kept off the instance: a provider is no output type of a component package. */
const clusterProviders = new WeakMap<TkeCluster, k8s.Provider>();
