/**
 * A log-ingestion gateway at tens of millions of QPS: per business and per region, clusters of a
 * public CLB in front of three tiered elastic pools (daily, burst, event) with the gateway's
 * published thresholds, sized from the configured peak so that no cluster's gateway passes the
 * split threshold (500 backends); single-machine fault alarms on every pool.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { MultiAzClb, NodeAlarms, NodeFaultAutomation, TieredScalingPools, ZonalNetwork } from "@zonesafe/components";
import { BUSINESS_TAG, CLUSTER_TAG, declaredEvent } from "@zonesafe/model";
import { BeaconRegion, BeaconSettings, requireSecret, StackSettings } from "../config";
import { stackTags, StackOutputs } from "./common";

/** The port the gateway instances listen on behind the CLB. */
export const GATEWAY_PORT = 8443;
/** The number of elastic pools per cluster (daily, burst, event). */
export const POOLS_PER_CLUSTER = 3;

/** One gateway cluster: a CLB and its three pools, for one business in one region. */
export interface BeaconClusterPlan {
    /** Stable resource-name stem, e.g. `logs-gz-1`. */
    name: string;
    business: string;
    region: string;
    zones: string[];
    /** Instances the cluster must run at the peak. */
    instancesAtPeak: number;
    /** Each pool's minimum (daily and burst pools; the event pool's minimum during the event). */
    poolMinSize: number;
    /** Each pool's maximum; three pools together stay within the split threshold. */
    poolMaxSize: number;
}

/** The gateway's plan: instances needed at the peak and the clusters that carry them. */
export interface BeaconPlan {
    instancesAtPeak: number;
    clusters: BeaconClusterPlan[];
}

/** A short, stable label for a region, e.g. `ap-guangzhou` → `guangzhou`. */
function regionLabel(region: string): string {
    return region.replace(/^[a-z]+-/, "");
}

/**
 * Sizes the gateway from the peak: instances = ⌈peak QPS / QPS per instance⌉, shared by the regions
 * by weight and equally by the businesses; each share is split into as few clusters as keep three
 * pools' maxima within `splitAbove` backends.
 */
export function planBeacon(b: BeaconSettings, regions: BeaconRegion[]): BeaconPlan {
    const instancesAtPeak = Math.ceil(b.peakQps / b.qpsPerInstance);
    const totalWeight = regions.reduce((sum, r) => sum + r.weight, 0);
    const perClusterMax = POOLS_PER_CLUSTER * Math.floor(b.splitAbove / POOLS_PER_CLUSTER);
    const clusters: BeaconClusterPlan[] = [];
    for (const r of regions) {
        for (const business of b.businesses) {
            const share = Math.ceil((instancesAtPeak * r.weight) / totalWeight / b.businesses.length);
            const count = Math.max(1, Math.ceil(share / perClusterMax));
            const poolMaxSize = Math.max(r.zones.length, Math.ceil(share / count / POOLS_PER_CLUSTER));
            const poolMinSize = Math.max(r.zones.length, Math.ceil(poolMaxSize * 0.3));
            for (let i = 1; i <= count; i++) {
                clusters.push({
                    name: `${business}-${regionLabel(r.region)}-${i}`,
                    business,
                    region: r.region,
                    zones: r.zones,
                    instancesAtPeak: Math.ceil(share / count),
                    poolMinSize,
                    poolMaxSize,
                });
            }
        }
    }
    return { instancesAtPeak, clusters };
}

/** Builds the beacon blueprint. */
export function buildBeacon(s: StackSettings): StackOutputs {
    const b = s.beacon!;
    const tags = stackTags(s);
    const plan = planBeacon(b, b.regions);
    const networks = new Map<string, ZonalNetwork>();
    const providers = new Map<string, tencentcloud.Provider>();
    for (const r of b.regions) {
        const label = regionLabel(r.region);
        const provider = new tencentcloud.Provider(`beacon-${label}`, { region: r.region });
        providers.set(r.region, provider);
        networks.set(r.region, new ZonalNetwork(`beacon-${label}`, { zones: r.zones, tags }, { provider }));
    }

    // The node guards run on the team's operations cluster (its kubeconfig is a secret), one guard per
    // gateway cluster: each takes its CLB's faulty backends out of service and pages at its limit.
    const guards = s.nodeGuard
        ? {
              settings: s.nodeGuard,
              kubernetes: new k8s.Provider("beacon-node-guards", { kubeconfig: requireSecret("nodeGuardKubeconfig") }),
              token: requireSecret("nodeGuardToken"),
              credentials: { secretId: requireSecret("nodeGuardSecretId"), secretKey: requireSecret("nodeGuardSecretKey") },
          }
        : undefined;
    const endpoints: Record<string, pulumi.Input<string | undefined>> = {};
    const clusterPlans: Record<string, unknown>[] = [];
    // Each region's components take its network, and with it the region's provider.
    for (const c of plan.clusters) {
        const network = networks.get(c.region)!;
        const clusterTags = { ...tags, [BUSINESS_TAG]: c.business, [CLUSTER_TAG]: c.name };
        const clb = new MultiAzClb(`beacon-${c.name}`, {
            networkType: "OPEN",
            network,
            accessLog: s.clbAccessLogs[c.region],
            listeners: [{ name: "ingest", protocol: "TCP", port: 443 }],
            tags: clusterTags,
        });
        const pools = new TieredScalingPools(`beacon-${c.name}`, {
            network,
            imageId: b.imageId,
            instanceTypes: b.instanceTypes,
            poolMinSize: c.poolMinSize,
            poolMaxSize: c.poolMaxSize,
            backendLimit: b.backendLimit,
            loadBalancers: [{ loadBalancerId: clb.clbId, listenerId: clb.listeners[0].listenerId, port: GATEWAY_PORT }],
            event: { peakStart: b.eventStart },
            // The stack's declared peak events (zonesafe:events), if any: every pool is raised to its maximum before each.
            events: s.events.map(declaredEvent),
            tags: clusterTags,
        });
        const guard = guards
            ? new NodeFaultAutomation(
                  `beacon-${c.name}`,
                  {
                      image: guards.settings.image,
                      token: guards.token,
                      pageWebhook: guards.settings.pageWebhook,
                      limit: guards.settings.limit,
                      backend: { kind: "clb", loadBalancerId: clb.clbId, listenerId: clb.listeners[0].listenerId, region: c.region },
                      credentials: guards.credentials,
                  },
                  // The guard's Cloud Monitor notice belongs to its gateway's region.
                  { providers: [guards.kubernetes, providers.get(c.region)!] },
              )
            : undefined;
        for (const kind of ["daily", "burst", "event"] as const) {
            new NodeAlarms(`beacon-${c.name}-${kind}`, { target: pools.pools[kind], guard, noticeIds: s.alarmNotifyGroups });
        }
        endpoints[`${c.name}ClbId`] = clb.clbId;
        clusterPlans.push({ ...c, access: clb.zonePlan, pools: pools.zonePlan });
    }

    return {
        blueprint: s.blueprint,
        environment: s.environment,
        region: s.region,
        endpoints,
        zonePlan: { zones: s.zones, instancesAtPeak: plan.instancesAtPeak, clusters: clusterPlans },
    };
}
