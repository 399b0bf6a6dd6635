/**
 * The CLB backend: the nodes are the CVM targets of one listener (or one layer-7 rule) of one load
 * balancer, named by their private IP. Removal is `DeregisterTargets`, restoration `RegisterTargets`
 * with the port and weight the node had, restart CVM `RebootInstances`; all through Tencent Cloud's
 * Node.js SDK (its per-product clients), signed with TC3-HMAC-SHA256. A node is registered again only
 * once CVM `DescribeInstances` shows it RUNNING with no operation under way (a reboot takes a while);
 * until then the registration fails and the guard retries it with backoff.
 */
import { Client as ClbClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/clb/v20180317/clb_client";
import type { Backend as ClbTarget } from "tencentcloud-sdk-nodejs/tencentcloud/services/clb/v20180317/clb_models";
import { Client as CvmClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/cvm/v20170312/cvm_client";
import type { Backend, NodeTarget } from "./backend";
import type { SavedTarget } from "./store";

/** The CLB backend: targets of one listener (or one of its rules) of one load balancer. */
export interface ClbBackendConfig {
    kind: "clb";
    region: string;
    /** The Tencent Cloud API endpoint (scheme and host[:port]) for every product, for tests; unset means the public endpoints. */
    endpoint?: string;
    loadBalancerId: string;
    listenerId: string;
    /** The forwarding rule of a layer-7 listener. */
    locationId?: string;
}

/** The client options of a product: the endpoint override (scheme and host) when one is configured. */
export function apiProfile(endpoint: string | undefined, product: string): { httpProfile: { endpoint: string; protocol: string; reqTimeout: number } } {
    if (endpoint === undefined) return { httpProfile: { endpoint: `${product}.tencentcloudapi.com`, protocol: "https://", reqTimeout: 10 } };
    const url = new URL(endpoint);
    return { httpProfile: { endpoint: url.host, protocol: `${url.protocol}//`, reqTimeout: 10 } };
}

/** The CLB backend over the Tencent Cloud API. */
export class ClbBackend implements Backend {
    private readonly clb: ClbClient;
    private readonly cvm: CvmClient;

    constructor(
        private readonly config: ClbBackendConfig,
        credentials: { secretId: string; secretKey: string },
    ) {
        const credential = { secretId: credentials.secretId, secretKey: credentials.secretKey };
        this.clb = new ClbClient({ credential, region: config.region, profile: apiProfile(config.endpoint, "clb") });
        this.cvm = new CvmClient({ credential, region: config.region, profile: apiProfile(config.endpoint, "cvm") });
    }

    async discover(): Promise<NodeTarget[]> {
        const res = await this.clb.DescribeTargets({ LoadBalancerId: this.config.loadBalancerId, ListenerIds: [this.config.listenerId] });
        const out: NodeTarget[] = [];
        for (const listener of res.Listeners ?? []) {
            if (listener.ListenerId !== undefined && listener.ListenerId !== this.config.listenerId) continue;
            const targets: ClbTarget[] =
                this.config.locationId === undefined ? (listener.Targets ?? []) : (listener.Rules ?? []).filter((r) => r.LocationId === this.config.locationId).flatMap((r) => r.Targets ?? []);
            for (const t of targets) {
                const ip = t.PrivateIpAddresses?.[0];
                if (ip === undefined || t.InstanceId === undefined || t.Port === undefined) continue;
                out.push({ node: ip, instanceId: t.InstanceId, port: t.Port, weight: t.Weight, instanceName: t.InstanceName });
            }
        }
        return out;
    }

    private where(): { LoadBalancerId: string; ListenerId: string; LocationId?: string } {
        return { LoadBalancerId: this.config.loadBalancerId, ListenerId: this.config.listenerId, ...(this.config.locationId === undefined ? {} : { LocationId: this.config.locationId }) };
    }

    async remove(_node: string, targets: SavedTarget[]): Promise<void> {
        await this.clb.DeregisterTargets({ ...this.where(), Targets: targets.map((t) => ({ InstanceId: t.instanceId, Port: t.port })) });
    }

    async register(node: string, targets: SavedTarget[]): Promise<void> {
        const ids = [...new Set(targets.map((t) => t.instanceId))];
        const res = await this.cvm.DescribeInstances({ InstanceIds: ids });
        for (const id of ids) {
            const i = (res.InstanceSet ?? []).find((x) => x.InstanceId === id);
            if (i === undefined) throw new Error(`instance ${id} of node ${node} is not found in CVM; it cannot be registered again`);
            if (i.InstanceState !== "RUNNING" || i.LatestOperationState === "OPERATING") {
                throw new Error(`instance ${id} of node ${node} is not running yet (${i.InstanceState ?? "unknown"}${i.LatestOperation ? `, ${i.LatestOperation} ${i.LatestOperationState ?? ""}`.trimEnd() : ""}); it is registered once it runs`);
            }
        }
        await this.clb.RegisterTargets({ ...this.where(), Targets: targets.map((t) => ({ InstanceId: t.instanceId, Port: t.port, ...(t.weight === undefined ? {} : { Weight: t.weight }) })) });
    }

    async restart(_node: string, targets: SavedTarget[]): Promise<void> {
        await this.cvm.RebootInstances({ InstanceIds: [...new Set(targets.map((t) => t.instanceId))], StopType: "SOFT_FIRST" });
    }
}
