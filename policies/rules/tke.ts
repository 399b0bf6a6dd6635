/**
 * TKE (Tencent Kubernetes Engine): node pools over several zones with an even spread and enough
 * nodes, no public IPs on workers, no public API server endpoint.
 */
import { boolean, defineConfig, integer, NO_CONFIG } from "../config";
import { describeZones } from "../topology";
import { plural, prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import { at, bool, num, obj, objs, PlainObject, UNKNOWN } from "../values";
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

/** The cluster's API server has no public endpoint. */
export const tkeClusterNoPublicEndpoint = resourceRule({
    kind: "resource",
    name: "tke-cluster-no-public-endpoint",
    description: "Checks whether a TKE cluster keeps its API server off the internet (`clusterInternet` not enabled), unless the configuration allows it.",
    severity: "high",
    pillar: "security",
    service: "tke",
    fix: "Set `clusterInternet: false` and reach the API server through the intranet endpoint (`clusterIntranet: true`) from a VPN or bastion. If a public endpoint is required, allow it in this policy's configuration and restrict it with `clusterInternetSecurityGroup`.",
    resources: ["tencentcloud_kubernetes_cluster"],
    config: defineConfig({
        allowPublicEndpoint: boolean({ default: false, description: "Allow a public API server endpoint." }),
    }),
    check(r, ctx) {
        if (ctx.config.allowPublicEndpoint || bool(at(r.props, "clusterInternet")) !== true) {
            return [];
        }
        return [`TKE cluster must not expose its API server to the internet; ${prop("clusterInternet")} is true.`];
    },
});

/** The TKE rules. */
export const tkeRules = [tkeNodePoolMultiAz, tkeNodePoolEvenSpread, tkeNodePoolMinSize, tkeWorkerNoPublicIp, tkeClusterNoPublicEndpoint];
