// A local fake of a Polaris server's HTTP OpenAPI for the node guard's tests: one service's instances,
// `GET /naming/v1/instances` (paged) and `PUT /naming/v1/instances` (isolate), answers in Polaris's
// shape ({ code: 200000, info, amount, size, instances }), `X-Polaris-Token` checked, calls recorded.
import * as http from "node:http";

export interface FakePolarisInstance {
    id: string;
    host: string;
    port: number;
    weight: number;
    isolate: boolean;
}

export class FakePolaris {
    readonly instances: FakePolarisInstance[] = [];
    readonly calls: { method: string; path: string; body: unknown; at: number }[] = [];
    url = "";
    private server: http.Server | undefined;

    constructor(
        private readonly token: string,
        readonly namespace: string,
        readonly service: string,
    ) {}

    async start(): Promise<void> {
        this.server = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on("data", (c: Buffer) => chunks.push(c));
            req.on("end", () => {
                const answer = (status: number, body: Record<string, unknown>) => {
                    res.writeHead(status, { "content-type": "application/json" });
                    res.end(JSON.stringify(body));
                };
                if (req.headers["x-polaris-token"] !== this.token) return answer(401, { code: 401000, info: "access token is not valid" });
                const url = new URL(req.url ?? "/", "http://x");
                const text = Buffer.concat(chunks).toString("utf8");
                this.calls.push({ method: req.method ?? "", path: url.pathname, body: text === "" ? undefined : JSON.parse(text), at: Date.now() });
                if (url.pathname !== "/naming/v1/instances") return answer(404, { code: 404000, info: "not found" });
                if (req.method === "GET") {
                    if (url.searchParams.get("service") !== this.service || url.searchParams.get("namespace") !== this.namespace) return answer(200, { code: 200000, info: "execute success", amount: 0, size: 0, instances: [] });
                    const offset = Number(url.searchParams.get("offset") ?? 0);
                    const limit = Number(url.searchParams.get("limit") ?? 100);
                    const page = this.instances.slice(offset, offset + limit);
                    return answer(200, { code: 200000, info: "execute success", amount: this.instances.length, size: page.length, instances: page });
                }
                if (req.method === "PUT") {
                    for (const u of JSON.parse(text) as { service: string; namespace: string; host: string; port: number; isolate?: boolean }[]) {
                        const i = this.instances.find((x) => x.host === u.host && x.port === u.port && u.service === this.service && u.namespace === this.namespace);
                        if (!i) return answer(404, { code: 400202, info: "not found resource" });
                        if (u.isolate !== undefined) i.isolate = u.isolate;
                    }
                    return answer(200, { code: 200000, info: "execute success", amount: 0, size: 0 });
                }
                return answer(405, { code: 400000, info: "method not allowed" });
            });
        });
        await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", () => resolve()));
        this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    }

    isolated(host: string): boolean {
        return this.instances.filter((i) => i.host === host).every((i) => i.isolate);
    }

    async stop(): Promise<void> {
        await new Promise<void>((resolve) => {
            this.server?.close(() => resolve());
            this.server?.closeAllConnections();
        });
    }
}
