/**
 * The Tencent Cloud TSE backend (managed Polaris, the governance center), through Tencent Cloud's
 * Node.js SDK (its `tse` 2020-12-07 client): the nodes are the instances of one service in one
 * namespace of one TSE engine (`DescribeGovernanceInstances`), named by their host; removal isolates a
 * node's instances and restoration un-isolates them (`ModifyGovernanceInstances`). Each change sends
 * the instances back as just described, with only `Isolate` changed: fields left out of an update take
 * the API's defaults (weight 100, healthy, no health check), which would overwrite the registration.
 * TSE cannot restart a machine: with this backend `restartOnRecovery` must be false.
 */
import { Client as TseClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/tse/v20201207/tse_client";
import type { GovernanceInstance } from "tencentcloud-sdk-nodejs/tencentcloud/services/tse/v20201207/tse_models";
import type { Backend, NodeTarget } from "./backend";
import { apiProfile } from "./clb";

/** The TSE backend's settings. */
export interface TseBackendConfig {
    kind: "tse-polaris";
    region: string;
    /** The Tencent Cloud API endpoint (scheme and host[:port]), for tests; unset means the public one. */
    endpoint?: string;
    /** The TSE engine's id (ins-...). */
    instanceId: string;
    namespace: string;
    service: string;
}

/** The TSE backend over the Tencent Cloud API. */
export class TseBackend implements Backend {
    private readonly tse: TseClient;

    constructor(
        private readonly config: TseBackendConfig,
        credentials: { secretId: string; secretKey: string },
    ) {
        this.tse = new TseClient({ credential: { ...credentials }, region: config.region, profile: apiProfile(config.endpoint, "tse") });
    }

    /** The service's instances (isolated ones too), optionally on one host. */
    private async instances(host?: string): Promise<GovernanceInstance[]> {
        const out: GovernanceInstance[] = [];
        for (let offset = 0; ; offset += 100) {
            const res = await this.tse.DescribeGovernanceInstances({
                InstanceId: this.config.instanceId,
                Namespace: this.config.namespace,
                Service: this.config.service,
                ...(host === undefined ? {} : { Host: host }),
                Offset: offset,
                Limit: 100,
            });
            const page = res.Content ?? [];
            out.push(...page);
            if (page.length < 100 || out.length >= (res.TotalCount ?? 0)) return out;
        }
    }

    async discover(): Promise<NodeTarget[]> {
        return (await this.instances())
            .filter((i) => i.Host !== undefined && i.Port !== undefined && i.Isolate !== true)
            .map((i) => ({ node: i.Host!, instanceId: i.Id ?? `${i.Host}:${i.Port}`, port: i.Port!, ...(i.Weight === undefined ? {} : { weight: i.Weight }) }));
    }

    private async isolate(node: string, isolate: boolean): Promise<void> {
        const found = (await this.instances(node)).filter((i) => i.Host === node);
        if (found.length === 0) throw new Error(`no instance of ${this.config.namespace}/${this.config.service} is on host ${node} in TSE ${this.config.instanceId}`);
        await this.tse.ModifyGovernanceInstances({
            InstanceId: this.config.instanceId,
            GovernanceInstances: found.map((i) => ({
                Service: this.config.service,
                Namespace: this.config.namespace,
                Id: i.Id,
                Host: i.Host,
                Port: i.Port,
                Weight: i.Weight,
                Healthy: i.Healthy,
                Protocol: i.Protocol,
                InstanceVersion: i.InstanceVersion,
                EnableHealthCheck: i.EnableHealthCheck,
                Ttl: i.Ttl,
                Metadatas: i.Metadatas,
                Isolate: isolate,
            })),
        });
    }

    async remove(node: string): Promise<void> {
        await this.isolate(node, true);
    }

    async register(node: string): Promise<void> {
        await this.isolate(node, false);
    }

    async restart(node: string): Promise<void> {
        throw new Error(`the tse-polaris backend cannot restart machines (node ${node}); set restartOnRecovery: false`);
    }
}
