// A local fake of the few Kubernetes API calls the node guard's tke backend makes: list Nodes by label,
// merge-patch a Node's `spec.unschedulable`, list pods by label and node, and evict a pod (Eviction API).
// The bearer token is checked; answers are in the API's shapes (NodeList, PodList, Status); calls recorded.
// For the zone drill also: custom resources created and deleted under /apis/<group>/<version>/namespaces/<ns>/<plural>
// (each creation checked by `validate`, e.g. against the Chaos Mesh CRDs), a pod's Ready condition, and
// `onRequest`, called before each request is answered (a test moves its pods by its own clock there).
import * as http from "node:http";

export interface FakeNode {
    name: string;
    ip: string;
    labels: Record<string, string>;
    unschedulable: boolean;
}

export interface FakePod {
    name: string;
    namespace: string;
    node: string;
    labels: Record<string, string>;
    /** Whether its Ready condition is True (default true). */
    ready?: boolean;
}

const matches = (selector: string | null, labels: Record<string, string>) =>
    (selector ?? "")
        .split(",")
        .filter((s) => s !== "")
        .every((term) => {
            const [k, v] = term.split("=");
            return labels[k] === v;
        });

export class FakeKubernetes {
    readonly nodes: FakeNode[] = [];
    readonly pods: FakePod[] = [];
    readonly calls: { method: string; path: string; contentType?: string; body: unknown }[] = [];
    /** Custom resources by `<plural>/<namespace>/<name>`. */
    readonly objects = new Map<string, Record<string, unknown>>();
    /** The problems of a custom resource about to be created (none: it is created). */
    validate: ((object: Record<string, unknown>) => string[]) | undefined;
    /** Called before each request is answered. */
    onRequest: ((method: string, path: string) => void) | undefined;
    url = "";
    private server: http.Server | undefined;

    constructor(private readonly token: string) {}

    async start(): Promise<void> {
        this.server = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on("data", (c: Buffer) => chunks.push(c));
            req.on("end", () => {
                const send = (status: number, body: unknown) => {
                    res.writeHead(status, { "content-type": "application/json" });
                    res.end(JSON.stringify(body));
                };
                const status = (code: number, reason: string, message: string) => send(code, { kind: "Status", apiVersion: "v1", status: "Failure", reason, message, code });
                if (req.headers.authorization !== `Bearer ${this.token}`) return status(401, "Unauthorized", "Unauthorized");
                const url = new URL(req.url ?? "/", "http://x");
                const text = Buffer.concat(chunks).toString("utf8");
                this.calls.push({ method: req.method ?? "", path: url.pathname, contentType: req.headers["content-type"], body: text === "" ? undefined : JSON.parse(text) });
                this.onRequest?.(req.method ?? "", url.pathname);
                let m: RegExpExecArray | null;
                if ((m = /^\/apis\/[^/]+\/[^/]+\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(url.pathname))) {
                    const [, ns, plural, name] = m;
                    if (req.method === "POST" && name === undefined) {
                        const o = JSON.parse(text) as { metadata?: { name?: string; namespace?: string } } & Record<string, unknown>;
                        if (o.metadata?.namespace !== undefined && o.metadata.namespace !== ns) return status(400, "BadRequest", "the namespace of the object does not match the namespace of the request");
                        const problems = this.validate?.(o) ?? [];
                        if (problems.length > 0) return status(422, "Invalid", problems.join("; "));
                        const key = `${plural}/${ns}/${String(o.metadata?.name)}`;
                        if (this.objects.has(key)) return status(409, "AlreadyExists", `${plural} "${String(o.metadata?.name)}" already exists`);
                        this.objects.set(key, o);
                        return send(201, o);
                    }
                    if (req.method === "DELETE" && name !== undefined) {
                        const key = `${plural}/${ns}/${decodeURIComponent(name)}`;
                        if (!this.objects.delete(key)) return status(404, "NotFound", `${plural} "${name}" not found`);
                        return send(200, { kind: "Status", apiVersion: "v1", status: "Success", code: 200 });
                    }
                }
                if (req.method === "GET" && url.pathname === "/api/v1/nodes") {
                    const items = this.nodes
                        .filter((n) => matches(url.searchParams.get("labelSelector"), n.labels))
                        .map((n) => ({ metadata: { name: n.name, labels: n.labels }, spec: { unschedulable: n.unschedulable || undefined, providerID: `qcloud:///800002/${n.name}` }, status: { addresses: [{ type: "InternalIP", address: n.ip }, { type: "Hostname", address: n.name }] } }));
                    return send(200, { kind: "NodeList", apiVersion: "v1", items });
                }
                if (req.method === "PATCH" && (m = /^\/api\/v1\/nodes\/([^/]+)$/.exec(url.pathname))) {
                    if (req.headers["content-type"] !== "application/merge-patch+json") return status(415, "UnsupportedMediaType", "merge patch expected");
                    const node = this.nodes.find((n) => n.name === decodeURIComponent(m![1]));
                    if (!node) return status(404, "NotFound", `nodes "${m[1]}" not found`);
                    node.unschedulable = JSON.parse(text).spec?.unschedulable === true;
                    return send(200, { kind: "Node", metadata: { name: node.name }, spec: { unschedulable: node.unschedulable } });
                }
                if (req.method === "GET" && (m = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/.exec(url.pathname))) {
                    const field = url.searchParams.get("fieldSelector") ?? "";
                    const onNode = field.startsWith("spec.nodeName=") ? field.slice("spec.nodeName=".length) : undefined;
                    const items = this.pods
                        .filter((p) => p.namespace === m![1] && matches(url.searchParams.get("labelSelector"), p.labels) && (onNode === undefined || p.node === onNode))
                        .map((p) => ({ metadata: { name: p.name, namespace: p.namespace, labels: p.labels }, spec: { nodeName: p.node }, status: { conditions: [{ type: "Ready", status: p.ready === false ? "False" : "True" }] } }));
                    return send(200, { kind: "PodList", apiVersion: "v1", items });
                }
                if (req.method === "POST" && (m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/eviction$/.exec(url.pathname))) {
                    const i = this.pods.findIndex((p) => p.namespace === m![1] && p.name === m![2]);
                    if (i < 0) return status(404, "NotFound", `pods "${m[2]}" not found`);
                    if (JSON.parse(text).kind !== "Eviction") return status(400, "BadRequest", "an Eviction is expected");
                    this.pods.splice(i, 1);
                    return send(201, { kind: "Status", apiVersion: "v1", status: "Success", code: 201 });
                }
                return status(404, "NotFound", `no route ${req.method} ${url.pathname}`);
            });
        });
        await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", () => resolve()));
        this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    }

    async stop(): Promise<void> {
        await new Promise<void>((resolve) => {
            this.server?.close(() => resolve());
            this.server?.closeAllConnections();
        });
    }
}
