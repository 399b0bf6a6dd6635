/**
 * The Kubernetes side of a zone's loss, through the cluster's REST API (plain JSON requests over Node's
 * http/https, as the node guard's TKE backend makes them): the zone's Nodes listed by their zone label and
 * cordoned or uncordoned (a merge patch of `spec.unschedulable`), Chaos Mesh objects created and deleted
 * (`/apis/chaos-mesh.org/v1alpha1/namespaces/<ns>/<plural>`), and the pods of the drilled namespaces with
 * the Node each runs on and whether it is Ready. The bearer token is sent, never printed.
 */
import * as fs from "node:fs";
import * as net from "node:net";
import type { KubernetesObject } from "@zonesafe/drills";
import { KubeApi, KubeApiError, KUBERNETES_TOKEN_ENV } from "@zonesafe/node-guard/kubeApi";
import { CliError } from "../../errors";

/** The variable the API server's URL may come from (else `--kube-api`). */
export const KUBE_API_ENV = "KUBERNETES_API_SERVER";
/** The variable the bearer token comes from (the node guard's too). */
export const KUBE_TOKEN_ENV = KUBERNETES_TOKEN_ENV;

/** The URL path segment of each Chaos Mesh kind (the CRDs' `plural`). */
export const CHAOS_MESH_PLURALS: Readonly<Record<string, string>> = {
    Workflow: "workflows",
    Schedule: "schedules",
    NetworkChaos: "networkchaos",
    PodChaos: "podchaos",
    StatusCheck: "statuschecks",
};

/** A Node as the drill needs it. */
export interface KubeNode {
    name: string;
    unschedulable: boolean;
    labels: Record<string, string>;
}

/** A pod as the drill needs it. */
export interface KubePod {
    name: string;
    namespace: string;
    node: string | undefined;
    ready: boolean;
    labels: Record<string, string>;
}

export { KubeApiError };

/** The cluster's API: what the zone drill does through it. */
export class KubeClient {
    private readonly api: KubeApi;

    constructor(server: string, token: string, ca?: Buffer) {
        this.api = new KubeApi(server, token, ca);
    }

    /** The Nodes matching a label selector. */
    async nodes(labelSelector: string): Promise<KubeNode[]> {
        const list = await this.api.call("GET", `/api/v1/nodes?${new URLSearchParams({ labelSelector })}`);
        return ((list.items ?? []) as Array<{ metadata?: { name?: string; labels?: Record<string, string> }; spec?: { unschedulable?: boolean } }>)
            .filter((n) => typeof n.metadata?.name === "string")
            .map((n) => ({ name: n.metadata!.name!, unschedulable: n.spec?.unschedulable === true, labels: n.metadata?.labels ?? {} }));
    }

    /** Cordons (`true`) or uncordons a Node. */
    async setUnschedulable(name: string, unschedulable: boolean): Promise<void> {
        await this.api.setUnschedulable(name, unschedulable);
    }

    /** The pods of a namespace (optionally by label selector). */
    async pods(namespace: string, labelSelector?: string): Promise<KubePod[]> {
        const q = labelSelector ? `?${new URLSearchParams({ labelSelector })}` : "";
        const list = await this.api.call("GET", `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods${q}`);
        type Pod = { metadata?: { name?: string; labels?: Record<string, string>; deletionTimestamp?: string }; spec?: { nodeName?: string }; status?: { conditions?: Array<{ type?: string; status?: string }> } };
        return ((list.items ?? []) as Pod[])
            .filter((p) => typeof p.metadata?.name === "string")
            .map((p) => ({
                name: p.metadata!.name!,
                namespace,
                node: p.spec?.nodeName,
                ready: p.metadata?.deletionTimestamp === undefined && (p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"),
                labels: p.metadata?.labels ?? {},
            }));
    }

    private objectPath(o: KubernetesObject, named: boolean): string {
        const plural = CHAOS_MESH_PLURALS[o.kind];
        if (plural === undefined) throw new Error(`the runner does not create ${o.kind} objects`);
        const [group, version] = o.apiVersion.split("/");
        const ns = encodeURIComponent(o.metadata.namespace ?? "default");
        return `/apis/${group}/${version}/namespaces/${ns}/${plural}${named ? `/${encodeURIComponent(o.metadata.name)}` : ""}`;
    }

    /** Creates a custom resource. */
    async create(o: KubernetesObject): Promise<void> {
        await this.api.call("POST", this.objectPath(o, false), o);
    }

    /** Deletes a custom resource; true when it was there. */
    async remove(o: KubernetesObject): Promise<boolean> {
        try {
            await this.api.call("DELETE", this.objectPath(o, true));
            return true;
        } catch (e) {
            if (e instanceof KubeApiError && e.status === 404) return false;
            throw e;
        }
    }
}

/** The API server's URL from `--kube-api` or the environment, its token and CA; a CliError naming what is missing. */
export function kubeAccess(opts: { kubeApi?: string; kubeCa?: string }, env: NodeJS.ProcessEnv): { server: string; token: string; ca?: Buffer } {
    const server = opts.kubeApi ?? env[KUBE_API_ENV];
    if (server === undefined || server === "") throw new CliError("the zone drill needs the cluster's Kubernetes API to cordon nodes and create the Chaos Mesh objects; nothing was changed", `pass --kube-api https://HOST:PORT (or set ${KUBE_API_ENV}) and export ${KUBE_TOKEN_ENV}`);
    let url: URL;
    try {
        url = new URL(server);
    } catch {
        throw new CliError(`--kube-api ${JSON.stringify(server)} is not a URL`, "give the API server as a URL, e.g. https://cls-xxxx.ccs.tencent-cloud.com");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new CliError(`--kube-api must be http: or https:; got ${url.protocol}`, "give the API server as a URL, e.g. https://cls-xxxx.ccs.tencent-cloud.com");
    const token = env[KUBE_TOKEN_ENV];
    if (token === undefined || token === "") throw new CliError(`${KUBE_TOKEN_ENV} is not set; nothing was changed`, "export the bearer token of a service account allowed to patch nodes, list pods and manage chaos-mesh.org objects");
    let ca: Buffer | undefined;
    if (opts.kubeCa !== undefined) {
        try {
            ca = fs.readFileSync(opts.kubeCa);
        } catch (e) {
            throw new CliError(`--kube-ca ${opts.kubeCa} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, "pass the PEM file of the API server's CA");
        }
    }
    return { server: `${url.protocol}//${url.host}`, token, ...(ca ? { ca } : {}) };
}

/** Checks that an address accepts a TCP connection (no request is made); a CliError naming `what`, with `fix` as its advice, otherwise. */
export function probeAddress(server: string, what: string, timeoutMs = 5000, fix = "check the address and the network, then run the drill again"): Promise<void> {
    const url = new URL(server);
    const port = url.port !== "" ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
    return new Promise((resolve, reject) => {
        const socket = net.connect({ host: url.hostname.replace(/^\[|\]$/g, ""), port });
        const fail = (why: string) => {
            socket.destroy();
            reject(new CliError(`${what} ${url.protocol}//${url.host} is unreachable (${why}); nothing was changed`, fix));
        };
        socket.setTimeout(timeoutMs, () => fail(`no connection within ${timeoutMs} ms`));
        socket.once("error", (e: NodeJS.ErrnoException) => fail(e.code ?? e.message));
        socket.once("connect", () => {
            socket.end();
            resolve();
        });
    });
}
