/**
 * The TKE backend, through the Kubernetes API (plain REST over Node's http/https, no client library):
 * the nodes are the cluster's Nodes matching `nodeSelector`, named by their InternalIP; removal cordons
 * the Node (`spec.unschedulable: true`) and evicts the workload's pods on it (the Eviction API, so pod
 * disruption budgets hold), restoration uncordons it. The bearer token comes from KUBERNETES_TOKEN or,
 * in a pod, the service account's token file; the CA from `caFile` or the service account's CA. A
 * Kubernetes Node cannot be rebooted through the API: with this backend `restartOnRecovery` must be false.
 *
 * Hand-written rather than through `@kubernetes/client-node` on purpose: the client's 1.x/2.x releases
 * are ES modules only (this package is CommonJS) and bring `@types/node` 26 into a workspace built
 * against Node 20's types; the guard needs four calls (list Nodes, patch a Node, list Pods, create an
 * Eviction), each a plain JSON request.
 */
import * as fs from "node:fs";
import type { Backend, NodeTarget } from "./backend";
import { KubeApi } from "./kubeApi";
import type { SavedTarget } from "./store";

/** Where a pod finds its service account's token and CA. */
export const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

/** The TKE backend's settings. */
export interface TkeBackendConfig {
    kind: "tke";
    /** The API server's URL; unset means the in-cluster address (KUBERNETES_SERVICE_HOST/PORT). */
    apiServer?: string;
    /** A PEM file of the API server's CA; unset means the service account's CA (for https). */
    caFile?: string;
    /** The label selector of the Nodes the guard watches (e.g. `pool=log-gateway`). */
    nodeSelector: string;
    /** The namespace of the workload's pods. */
    namespace: string;
    /** The label selector of the workload's pods evicted from a removed Node (e.g. `app=log-gateway`). */
    podSelector: string;
}

interface KubeNode {
    metadata?: { name?: string };
    spec?: { unschedulable?: boolean; providerID?: string };
    status?: { addresses?: { type?: string; address?: string }[] };
}

/** The TKE backend over the Kubernetes API. */
export class TkeBackend implements Backend {
    private readonly api: KubeApi;

    constructor(
        private readonly config: TkeBackendConfig,
        token: string | undefined,
        env: NodeJS.ProcessEnv = process.env,
    ) {
        const server = config.apiServer ?? (env.KUBERNETES_SERVICE_HOST ? `https://${env.KUBERNETES_SERVICE_HOST}:${env.KUBERNETES_SERVICE_PORT ?? "443"}` : undefined);
        if (server === undefined) throw new Error("the tke backend needs `backend.apiServer`, or to run in a pod (KUBERNETES_SERVICE_HOST)");
        const base = new URL(server);
        const caFile = config.caFile ?? (base.protocol === "https:" ? `${SERVICE_ACCOUNT_DIR}/ca.crt` : undefined);
        this.api = new KubeApi(base, token, caFile === undefined ? undefined : fs.readFileSync(caFile));
    }

    async discover(): Promise<NodeTarget[]> {
        const list = await this.api.call("GET", `/api/v1/nodes?${new URLSearchParams({ labelSelector: this.config.nodeSelector })}`);
        const out: NodeTarget[] = [];
        for (const n of (list.items ?? []) as KubeNode[]) {
            const ip = n.status?.addresses?.find((a) => a.type === "InternalIP")?.address;
            const name = n.metadata?.name;
            if (ip === undefined || name === undefined || n.spec?.unschedulable === true) continue;
            out.push({ node: ip, instanceId: name, port: 0, instanceName: name });
        }
        return out;
    }

    private async cordon(targets: SavedTarget[], unschedulable: boolean): Promise<void> {
        for (const name of new Set(targets.map((t) => t.instanceId))) {
            await this.api.setUnschedulable(name, unschedulable);
        }
    }

    async remove(_node: string, targets: SavedTarget[]): Promise<void> {
        await this.cordon(targets, true);
        const ns = encodeURIComponent(this.config.namespace);
        for (const name of new Set(targets.map((t) => t.instanceId))) {
            const q = new URLSearchParams({ labelSelector: this.config.podSelector, fieldSelector: `spec.nodeName=${name}` });
            const pods = await this.api.call("GET", `/api/v1/namespaces/${ns}/pods?${q}`);
            for (const pod of (pods.items ?? []) as { metadata?: { name?: string } }[]) {
                const podName = pod.metadata?.name;
                if (podName === undefined) continue;
                await this.api.call("POST", `/api/v1/namespaces/${ns}/pods/${encodeURIComponent(podName)}/eviction`, {
                    apiVersion: "policy/v1",
                    kind: "Eviction",
                    metadata: { name: podName, namespace: this.config.namespace },
                });
            }
        }
    }

    async register(_node: string, targets: SavedTarget[]): Promise<void> {
        await this.cordon(targets, false);
    }

    async restart(node: string): Promise<void> {
        throw new Error(`the tke backend cannot restart machines (node ${node}); set restartOnRecovery: false`);
    }
}
