/**
 * TKE (Tencent Kubernetes Engine): node pools over several zones with an even spread and enough
 * nodes, no public IPs on workers or masters, no public API server endpoint, the log agent on, and
 * Secrets encrypted with a KMS key.
 */
import { boolean, defineConfig, integer, NO_CONFIG } from "../config";
import { describeZones, TopologyNode } from "../topology";
import { plural, prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import { at, bool, num, obj, objs, PlainObject, str, UNKNOWN } from "../values";
import { evenSpreadMessages, zoneSpanViolations } from "./spread";

/** Why an instance configuration assigns a public IP, or `undefined` when it does not (or cannot be told). */
export function publicIpReason(config: PlainObject, path: string, flag = "publicIpAssigned"): string | undefined {
    const assigned = bool(at(config, flag));
    if (assigned === true) {
        return `${prop(`${path}${flag}`)} is true`;
    }
    const bandwidth = num(at(config, "internetMaxBandwidthOut"));
    if (assigned === undefined && typeof bandwidth === "number" && bandwidth > 0) {
        return `${prop(`${path}internetMaxBandwidthOut`)} is ${bandwidth} Mbps and ${prop(`${path}${flag}`)} is not set`;
    }
    return undefined;
}

/** A node pool's subnets span at least two zones. */
export const tkeNodePoolMultiAz = stackRule({
    kind: "stack",
    name: "tke-nodepool-multi-az",
    description: "Checks whether each TKE node pool places its nodes in at least 2 availability zones (its `subnetIds` resolve to subnets in different zones).",
    severity: "high",
    pillar: "reliability",
    service: "tke",
    fix: "List subnets from at least two availability zones in the node pool's `subnetIds` (one subnet per zone) and set `multiZoneSubnetPolicy: EQUALITY`, so that an AZ failure leaves nodes to reschedule pods onto.",
    config: defineConfig({
        minZones: integer({ default: 2, minimum: 1, description: "Minimum number of availability zones of a node pool." }),
    }),
    check(t, ctx) {
        return zoneSpanViolations(t, "tke-nodepool", "TKE node pool must place nodes", ctx.config.minZones);
    },
});

/** A node pool with several subnets spreads its nodes evenly. */
export const tkeNodePoolEvenSpread = resourceRule({
    kind: "resource",
    name: "tke-nodepool-even-spread",
    description: "Checks whether a TKE node pool with several subnets spreads its nodes evenly over them (`multiZoneSubnetPolicy: EQUALITY`).",
    severity: "high",
    pillar: "reliability",
    service: "tke",
    fix: "Set `multiZoneSubnetPolicy: EQUALITY` on the node pool. With the default PRIORITY, nodes fill the first subnet (and its zone) before any other.",
    resources: ["tencentcloud_kubernetes_node_pool"],
    config: NO_CONFIG,
    check(r) {
        return evenSpreadMessages(r.props, "TKE node pool must spread nodes");
    },
});

/** A node pool keeps at least one node per zone (and at least two). */
export const tkeNodePoolMinSize = stackRule({
    kind: "stack",
    name: "tke-nodepool-min-size",
    description: "Checks whether each TKE node pool keeps at least as many nodes as it has availability zones, and at least 2.",
    severity: "medium",
    pillar: "reliability",
    service: "tke",
    fix: "Raise the node pool's `minSize` to at least the number of its availability zones (and at least 2), so every zone keeps a node after a scale-in.",
    config: defineConfig({
        minNodes: integer({ default: 2, minimum: 1, description: "Minimum `minSize` of a node pool, whatever its zones." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        const pools = t.ofKind("tke-nodepool");
        for (const pool of pools) {
            const min = num(at(pool.props, "minSize"));
            if (min === UNKNOWN) {
                continue;
            }
            const zones = t.zonesOf(pool).zones;
            const needed = Math.max(ctx.config.minNodes, zones.length);
            const actual = min ?? 0;
            if (actual >= needed) {
                continue;
            }
            const why = zones.length >= ctx.config.minNodes ? ` (one per availability zone: ${describeZones(zones)})` : "";
            const state = min === undefined ? "is not set (0)" : `is ${min}`;
            violations.push({
                urn: pool.urn,
                message: `TKE node pool must keep at least ${plural(needed, "node")}${why}; ${prop("minSize")} ${state}.`,
            });
        }
        return { assessed: pools.length, violations };
    },
});

/** Worker nodes get no public IP. */
export const tkeWorkerNoPublicIp = resourceRule({
    kind: "resource",
    name: "tke-worker-no-public-ip",
    description: "Checks whether TKE worker nodes (node pools and a cluster's worker configurations) are created without public IP addresses.",
    severity: "high",
    pillar: "security",
    service: "tke",
    fix: "Set `publicIpAssigned: false` and no `internetMaxBandwidthOut` in the node pool's `autoScalingConfig` (or the cluster's `workerConfigs`); reach the internet through a NAT gateway and the nodes through a bastion.",
    resources: ["tencentcloud_kubernetes_node_pool", "tencentcloud_kubernetes_cluster"],
    config: defineConfig({
        allowPublicIp: boolean({ default: false, description: "Allow public IPs on worker nodes." }),
    }),
    check(r, ctx) {
        if (ctx.config.allowPublicIp) {
            return [];
        }
        if (r.resource === "tencentcloud_kubernetes_node_pool") {
            const config = obj(at(r.props, "autoScalingConfig"));
            const reason = config === UNKNOWN || config === undefined ? undefined : publicIpReason(config, "autoScalingConfig.");
            return reason ? [`TKE node pool must not assign public IPs to worker nodes; ${reason}.`] : [];
        }
        const workers = objs(at(r.props, "workerConfigs"));
        if (workers === UNKNOWN || workers === undefined) {
            return [];
        }
        const messages: string[] = [];
        workers.forEach((worker, i) => {
            const reason = worker === UNKNOWN ? undefined : publicIpReason(worker, `workerConfigs[${i}].`);
            if (reason) {
                messages.push(`TKE cluster must not assign public IPs to worker nodes; ${reason}.`);
            }
        });
        return messages;
    },
});

/** Master nodes (a self-deployed cluster's `masterConfigs`) get no public IP, like workers. */
export const tkeMasterNoPublicIp = resourceRule({
    kind: "resource",
    name: "tke-master-no-public-ip",
    description: "Checks whether the master nodes of a TKE cluster (its `masterConfigs`, in an independent cluster) are created without public IP addresses.",
    severity: "high",
    pillar: "security",
    service: "tke",
    fix: "Set `publicIpAssigned: false` and no `internetMaxBandwidthOut` in every `masterConfigs` entry; reach the API server through the intranet endpoint (`clusterIntranet: true`) and the masters through a bastion.",
    resources: ["tencentcloud_kubernetes_cluster"],
    config: defineConfig({
        allowPublicIp: boolean({ default: false, description: "Allow public IPs on master nodes." }),
    }),
    check(r, ctx) {
        if (ctx.config.allowPublicIp) {
            return [];
        }
        const masters = objs(at(r.props, "masterConfigs"));
        if (masters === UNKNOWN || masters === undefined) {
            return [];
        }
        const messages: string[] = [];
        masters.forEach((master, i) => {
            const reason = master === UNKNOWN ? undefined : publicIpReason(master, `masterConfigs[${i}].`);
            if (reason) {
                messages.push(`TKE cluster must not assign public IPs to master nodes; ${reason}.`);
            }
        });
        return messages;
    },
});

/**
 * The cluster's API server has no public endpoint: the cluster's own `clusterInternet`, or a
 * `KubernetesClusterEndpoint` (tencentcloud_kubernetes_cluster_endpoint, the provider's documented way
 * to open the endpoints of an existing cluster) with `clusterInternet: true`.
 */
export const tkeClusterNoPublicEndpoint = resourceRule({
    kind: "resource",
    name: "tke-cluster-no-public-endpoint",
    description: "Checks whether a TKE cluster keeps its API server off the internet (`clusterInternet` not enabled on the cluster or on a `KubernetesClusterEndpoint`), unless the configuration allows it.",
    severity: "high",
    pillar: "security",
    service: "tke",
    fix: "Set `clusterInternet: false` (on the cluster or its `KubernetesClusterEndpoint`) and reach the API server through the intranet endpoint (`clusterIntranet: true`) from a VPN or bastion. If a public endpoint is required, allow it in this policy's configuration and restrict it with `clusterInternetSecurityGroup`.",
    resources: ["tencentcloud_kubernetes_cluster", "tencentcloud_kubernetes_cluster_endpoint"],
    config: defineConfig({
        allowPublicEndpoint: boolean({ default: false, description: "Allow a public API server endpoint." }),
    }),
    check(r, ctx) {
        if (ctx.config.allowPublicEndpoint || bool(at(r.props, "clusterInternet")) !== true) {
            return [];
        }
        return r.resource === "tencentcloud_kubernetes_cluster_endpoint"
            ? [`TKE cluster endpoint must not expose the cluster's API server to the internet; ${prop("clusterInternet")} is true.`]
            : [`TKE cluster must not expose its API server to the internet; ${prop("clusterInternet")} is true.`];
    },
});

/** The cluster's log agent collects container and node logs. */
export const tkeClusterLogAgent = resourceRule({
    kind: "resource",
    name: "tke-cluster-log-agent",
    description: "Checks whether a TKE cluster has its log agent enabled (`logAgent.enabled`), so container and node logs reach CLS for audit and incident analysis.",
    severity: "low",
    pillar: "security",
    service: "tke",
    fix: "Set `logAgent: { enabled: true }` on the cluster (the TkeCluster component does by default) and ship the logs to a CLS log set with collection rules; the agent is off unless enabled.",
    resources: ["tencentcloud_kubernetes_cluster"],
    config: NO_CONFIG,
    check(r) {
        const agent = at(r.props, "logAgent");
        const enabled = bool(at(agent, "enabled"));
        if (enabled === true || enabled === UNKNOWN || agent === UNKNOWN) {
            return [];
        }
        const state = enabled === false ? "is false" : agent === undefined ? "is not set (the agent is off)" : "is not set";
        return [`TKE cluster must enable its log agent; ${prop(agent === undefined ? "logAgent" : "logAgent.enabled")} ${state}.`];
    },
});

/**
 * Every cluster's Secrets are encrypted in etcd with a KMS key: a
 * `tencentcloud_kubernetes_encryption_protection` whose `clusterId` is the cluster (provider source at
 * v1.82.42: tencentcloud/services/tke/resource_tc_kubernetes_encryption_protection.go, `cluster_id`
 * required, `kms_configuration` one block with `key_id` and `kms_region`).
 */
export const tkeClusterSecretsEncryption = stackRule({
    kind: "stack",
    name: "tke-cluster-secrets-encryption",
    description: "Checks whether each TKE cluster encrypts its Secrets in etcd with a KMS key: a `KubernetesEncryptionProtection` (tencentcloud_kubernetes_encryption_protection) whose `clusterId` is the cluster.",
    severity: "low",
    pillar: "security",
    service: "tke",
    fix: "Add a `tencentcloud_kubernetes_encryption_protection` resource with `clusterId` set to the cluster's id and `kmsConfiguration: { keyId, kmsRegion }` naming a KMS key of the cluster's region (the official route's token is `tencentcloud:index/kubernetesEncryptionProtection:KubernetesEncryptionProtection`).",
    config: NO_CONFIG,
    check(t) {
        const clusters = t.ofKind("tke-cluster");
        const protections = t.nodes.filter((n) => n.resource === "tencentcloud_kubernetes_encryption_protection");
        const covered = new Set<TopologyNode>();
        let undecided = false;
        for (const protection of protections) {
            const ref = t.resolve(protection, "clusterId", ["tke-cluster"]);
            ref.nodes.forEach((c) => covered.add(c));
            // A reference unknown during a preview, with no dependency naming its cluster: undecided.
            // A known id of a cluster outside the stack covers none of the stack's clusters.
            if (ref.nodes.length === 0 && str(at(protection.props, "clusterId")) === UNKNOWN) {
                undecided = true;
            }
        }
        if (undecided) {
            return { assessed: clusters.length, violations: [] };
        }
        const violations: StackViolation[] = clusters
            .filter((c) => !covered.has(c))
            .map((c) => ({
                urn: c.urn,
                message: `TKE cluster must encrypt its Secrets with a KMS key; no ${prop("KubernetesEncryptionProtection")} refers to it in ${prop("clusterId")}.`,
            }));
        return { assessed: clusters.length, violations };
    },
});

/** The TKE rules. */
export const tkeRules = [
    tkeNodePoolMultiAz,
    tkeNodePoolEvenSpread,
    tkeNodePoolMinSize,
    tkeWorkerNoPublicIp,
    tkeMasterNoPublicIp,
    tkeClusterNoPublicEndpoint,
    tkeClusterLogAgent,
    tkeClusterSecretsEncryption,
];
