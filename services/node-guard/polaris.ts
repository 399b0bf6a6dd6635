/**
 * The self-hosted Polaris backend, through Polaris's HTTP OpenAPI: the nodes are the instances of one
 * service in one namespace (`GET /naming/v1/instances`), named by their host; removal isolates a node's
 * instances and restoration un-isolates them (`PUT /naming/v1/instances` with `isolate`), so consumers
 * stop and resume routing to them while the registrations stay. The access token, when the server
 * checks one, comes from the POLARIS_TOKEN environment variable and is sent as `X-Polaris-Token`.
 * Polaris cannot restart a machine: with this backend `restartOnRecovery` must be false.
 */
import type { Backend, NodeTarget } from "./backend";
import type { SavedTarget } from "./store";

/** The environment variable the Polaris access token comes from. */
export const POLARIS_TOKEN_ENV = "POLARIS_TOKEN";

/** Polaris's success code in answers. */
const OK = 200000;

/** The Polaris backend's settings. */
export interface PolarisBackendConfig {
    kind: "polaris";
    /** The Polaris server's HTTP API (e.g. http://polaris:8090). */
    url: string;
    namespace: string;
    service: string;
}

interface PolarisInstance {
    id?: string;
    host?: string;
    port?: number;
    weight?: number;
    isolate?: boolean;
}

/** The Polaris backend over its HTTP OpenAPI. */
export class PolarisBackend implements Backend {
    constructor(
        private readonly config: PolarisBackendConfig,
        private readonly token: string | undefined,
    ) {}

    private async call(method: "GET" | "PUT", pathAndQuery: string, body?: unknown): Promise<Record<string, unknown>> {
        const res = await fetch(new URL(pathAndQuery, this.config.url), {
            method,
            headers: { "content-type": "application/json", ...(this.token ? { "X-Polaris-Token": this.token } : {}) },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            signal: AbortSignal.timeout(10000),
        });
        let answer: Record<string, unknown>;
        try {
            answer = (await res.json()) as Record<string, unknown>;
        } catch {
            throw new Error(`Polaris answered HTTP ${res.status} without JSON`);
        }
        const code = Number(answer.code);
        if (!res.ok || code !== OK) throw new Error(`Polaris answered HTTP ${res.status}, code ${String(answer.code)}: ${String(answer.info ?? "")}`);
        return answer;
    }

    async discover(): Promise<NodeTarget[]> {
        const out: NodeTarget[] = [];
        const pageSize = 100;
        for (let offset = 0; ; offset += pageSize) {
            const q = new URLSearchParams({ service: this.config.service, namespace: this.config.namespace, offset: String(offset), limit: String(pageSize) });
            const answer = await this.call("GET", `/naming/v1/instances?${q}`);
            const instances = (answer.instances as PolarisInstance[] | undefined) ?? [];
            for (const i of instances) {
                if (i.host === undefined || i.port === undefined || i.isolate === true) continue;
                out.push({ node: i.host, instanceId: i.id ?? `${i.host}:${i.port}`, port: i.port, ...(i.weight === undefined ? {} : { weight: i.weight }) });
            }
            if (instances.length < pageSize || offset + pageSize >= Number(answer.amount ?? 0)) return out;
        }
    }

    private isolate(node: string, targets: SavedTarget[], isolate: boolean): Promise<Record<string, unknown>> {
        return this.call(
            "PUT",
            "/naming/v1/instances",
            targets.map((t) => ({ service: this.config.service, namespace: this.config.namespace, host: node, port: t.port, isolate })),
        );
    }

    async remove(node: string, targets: SavedTarget[]): Promise<void> {
        await this.isolate(node, targets, true);
    }

    async register(node: string, targets: SavedTarget[]): Promise<void> {
        await this.isolate(node, targets, false);
    }

    async restart(node: string): Promise<void> {
        throw new Error(`the polaris backend cannot restart machines (node ${node}); set restartOnRecovery: false`);
    }
}
