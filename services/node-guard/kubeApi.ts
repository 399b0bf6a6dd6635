/**
 * A minimal client of the Kubernetes REST API (node:http/https, a bearer token, the cluster's CA):
 * the few calls the guard's TKE backend and the drill runner make (list, patch, create, delete), with
 * every non-2xx answer turned into an error naming the call, the status and the API's message. The
 * token is sent, never printed.
 */
import * as http from "node:http";
import * as https from "node:https";

/** The environment variable a Kubernetes bearer token may come from (the guard's and the drill runner's). */
export const KUBERNETES_TOKEN_ENV = "KUBERNETES_TOKEN";

/** A non-2xx answer of the API. */
export class KubeApiError extends Error {
    constructor(
        message: string,
        readonly status: number,
    ) {
        super(message);
    }
}

/** The Kubernetes API of one cluster. */
export class KubeApi {
    readonly base: URL;

    constructor(
        server: string | URL,
        private readonly token: string | undefined,
        private readonly ca?: Buffer,
    ) {
        this.base = new URL(server);
    }

    /** One call; resolves to the parsed answer, rejects with a {@link KubeApiError} on a non-2xx status. */
    call(method: string, path: string, body?: unknown, contentType = "application/json"): Promise<any> {
        const url = new URL(path, this.base);
        const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
        const headers: Record<string, string | number> = { accept: "application/json", ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) };
        if (payload) Object.assign(headers, { "content-type": contentType, "content-length": payload.length });
        const options = { method, headers, timeout: 10_000, ...(this.ca ? { ca: this.ca } : {}) };
        return new Promise((resolve, reject) => {
            const req = (url.protocol === "https:" ? https : http).request(url, options, (res) => {
                const chunks: Buffer[] = [];
                res.on("data", (c: Buffer) => chunks.push(c));
                res.on("end", () => {
                    const text = Buffer.concat(chunks).toString("utf8");
                    let parsed: any;
                    try {
                        parsed = text === "" ? {} : JSON.parse(text);
                    } catch {
                        parsed = { message: text.slice(0, 200) };
                    }
                    const status = res.statusCode ?? 0;
                    if (status >= 200 && status < 300) resolve(parsed);
                    else reject(new KubeApiError(`the Kubernetes API answered ${method} ${url.pathname} with HTTP ${status}: ${parsed?.message ?? ""}`, status));
                });
            });
            req.on("timeout", () => req.destroy(new Error(`the Kubernetes API did not answer ${method} ${url.pathname} within 10 s`)));
            req.on("error", reject);
            req.end(payload);
        });
    }

    /** Cordons (`true`) or uncordons a Node. */
    async setUnschedulable(name: string, unschedulable: boolean): Promise<void> {
        await this.call("PATCH", `/api/v1/nodes/${encodeURIComponent(name)}`, { spec: { unschedulable } }, "application/merge-patch+json");
    }
}
