// A local fake of the Tencent Cloud API endpoint for tests: an HTTP server on 127.0.0.1 that checks
// each request's TC3-HMAC-SHA256 signature, records the calls, and answers the CLB and CVM actions the
// node guard uses (DescribeTargets, DeregisterTargets, RegisterTargets, RebootInstances,
// DescribeInstances, and TSE's DescribeGovernanceInstances and ModifyGovernanceInstances) in the API's
// response shapes (further products plug in through `products`, e.g. TencentDB in fakeCdb.ts), keeping the listener's targets as the real API would;
// a rebooted instance reports REBOOTING for `rebootPolls` DescribeInstances calls, then RUNNING.
//
// The signature check is written here by hand, from the documented algorithm ("Signature v3",
// https://www.tencentcloud.com/document/api/266/34114): no library verifies these signatures on the
// server side (the SDKs only sign). The algorithm:
//   CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n hex(SHA256(payload))
//   StringToSign     = "TC3-HMAC-SHA256" \n X-TC-Timestamp \n CredentialScope (date/service/tc3_request) \n hex(SHA256(CanonicalRequest))
//   SecretDate = HMAC("TC3" + SecretKey, date); SecretService = HMAC(SecretDate, service);
//   SecretSigning = HMAC(SecretService, "tc3_request"); Signature = hex(HMAC(SecretSigning, StringToSign))
//   Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<CredentialScope>, SignedHeaders=<...>, Signature=<...>
// One deviation, because this fake listens on an ephemeral port while the real endpoint is on the
// default port: the canonical `host` header is the host name without the port (what the SDK signs, and
// what the Host header is on the real endpoint).
import * as crypto from "node:crypto";
import * as http from "node:http";

/** A CVM known to the fake: its id, private IP and name. */
export interface FakeInstance {
    instanceId: string;
    privateIp: string;
    name?: string;
}

/** One recorded API call (signature checked). */
export interface RecordedCall {
    action: string;
    service: string;
    version: string;
    region: string;
    params: Record<string, unknown>;
    /** When the request arrived (ms since the epoch). */
    at: number;
}

/** A refused request (bad signature or unknown key). */
export interface RefusedCall {
    action: string;
    code: string;
    at: number;
}

const hmac = (key: crypto.BinaryLike, data: string) => crypto.createHmac("sha256", key).update(data, "utf8").digest();
const sha256hex = (data: Buffer | string) => crypto.createHash("sha256").update(data).digest("hex");

/** The fake endpoint. */
export class FakeTencentCloudApi {
    readonly calls: RecordedCall[] = [];
    readonly refused: RefusedCall[] = [];
    /** Registered targets per listener id: instanceId and port. */
    readonly targets = new Map<string, { instanceId: string; port: number; weight: number }[]>();
    private readonly instances = new Map<string, FakeInstance>();
    private readonly failures = new Map<string, number>();
    /** Instances rebooting, with how many more DescribeInstances calls see them so. */
    private readonly rebooting = new Map<string, number>();
    /** TSE governance instances per engine id. */
    readonly governance = new Map<string, Record<string, unknown>[]>();
    /** How many DescribeInstances calls see a rebooted instance REBOOTING. */
    rebootPolls = 1;
    private server: http.Server | undefined;
    /** The endpoint URL (http://127.0.0.1:PORT) once started. */
    url = "";

    constructor(
        private readonly secretId: string,
        private readonly secretKey: string,
        readonly loadBalancerId: string,
    ) {}

    /** Adds instances and registers them on a listener at a port. */
    addTargets(listenerId: string, port: number, instances: FakeInstance[]): void {
        for (const i of instances) this.instances.set(i.instanceId, i);
        this.targets.set(listenerId, [...(this.targets.get(listenerId) ?? []), ...instances.map((i) => ({ instanceId: i.instanceId, port, weight: 10 }))]);
    }

    /** Makes the next `times` calls of an action fail with an InternalError. */
    failNext(action: string, times: number): void {
        this.failures.set(action, times);
    }

    /** The recorded calls of one action. */
    callsOf(action: string): RecordedCall[] {
        return this.calls.filter((c) => c.action === action);
    }

    /** Whether an instance's private IP is registered on a listener. */
    registered(listenerId: string, privateIp: string): boolean {
        return (this.targets.get(listenerId) ?? []).some((t) => this.instances.get(t.instanceId)?.privateIp === privateIp);
    }

    async start(port = 0): Promise<string> {
        this.server = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on("data", (c: Buffer) => chunks.push(c));
            req.on("end", () => {
                const body = Buffer.concat(chunks);
                void Promise.resolve(this.handle(req, body)).then((answer) => {
                    const text = JSON.stringify({ Response: { ...answer, RequestId: crypto.randomUUID() } });
                    res.writeHead(200, { "content-type": "application/json", "x-tc-traceid": String(req.headers["x-tc-traceid"] ?? "") });
                    res.end(text);
                });
            });
        });
        await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", () => resolve()));
        const addr = this.server.address() as { port: number };
        this.url = `http://127.0.0.1:${addr.port}`;
        return this.url;
    }

    async stop(): Promise<void> {
        if (!this.server) return;
        await new Promise<void>((resolve) => {
            this.server!.close(() => resolve());
            this.server!.closeAllConnections();
        });
    }

    /** Checks the signature; returns an error code and message, or undefined when it verifies. */
    verify(req: http.IncomingMessage, body: Buffer): { code: string; message: string; service?: string } | { service: string } {
        const auth = String(req.headers.authorization ?? "");
        const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z0-9]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(auth);
        if (!m) return { code: "AuthFailure.SignatureFailure", message: "The Authorization header is not a TC3-HMAC-SHA256 signature." };
        const [, secretId, date, service, signedHeaders, signature] = m;
        if (secretId !== this.secretId) return { code: "AuthFailure.SecretIdNotFound", message: "The SecretId is not found." };
        const timestamp = Number(req.headers["x-tc-timestamp"]);
        if (!Number.isInteger(timestamp)) return { code: "AuthFailure.SignatureFailure", message: "X-TC-Timestamp is missing." };
        if (Math.abs(Date.now() / 1000 - timestamp) > 300) return { code: "AuthFailure.SignatureExpire", message: "The signature expired." };
        if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return { code: "AuthFailure.SignatureFailure", message: "The credential scope's date is not the timestamp's date." };
        const url = new URL(req.url ?? "/", "http://x");
        const canonicalHeaders = signedHeaders
            .split(";")
            .map((h) => {
                let value = String(req.headers[h] ?? "").trim();
                if (h === "host") value = value.replace(/:\d+$/, "");
                return `${h}:${h === "content-type" ? value : value.toLowerCase()}\n`;
            })
            .join("");
        const canonicalRequest = [req.method, url.pathname, url.search.slice(1), canonicalHeaders, signedHeaders, sha256hex(body)].join("\n");
        const scope = `${date}/${service}/tc3_request`;
        const stringToSign = ["TC3-HMAC-SHA256", String(timestamp), scope, sha256hex(canonicalRequest)].join("\n");
        const signing = hmac(hmac(hmac(`TC3${this.secretKey}`, date), service), "tc3_request");
        const expected = hmac(signing, stringToSign).toString("hex");
        if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
            return { code: "AuthFailure.SignatureFailure", message: "The provided credentials could not be validated. Please check your signature is correct." };
        }
        return { service };
    }

    /**
     * Further products served by their own handlers, by API version (X-TC-Version: with an endpoint
     * override the SDK signs every product as the host's first label, so the version tells them apart),
     * e.g. TencentDB for MySQL's `2017-03-20` (fakeCdb.ts).
     */
    readonly products = new Map<string, (action: string, params: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>>();

    private handle(req: http.IncomingMessage, body: Buffer): Record<string, unknown> | Promise<Record<string, unknown>> {
        const action = String(req.headers["x-tc-action"] ?? "");
        const checked = this.verify(req, body);
        if ("code" in checked) {
            this.refused.push({ action, code: checked.code, at: Date.now() });
            return { Error: { Code: checked.code, Message: checked.message } };
        }
        let params: Record<string, unknown>;
        try {
            params = JSON.parse(body.toString("utf8") || "{}") as Record<string, unknown>;
        } catch {
            return { Error: { Code: "InvalidParameter", Message: "The body is not JSON." } };
        }
        this.calls.push({ action, service: checked.service, version: String(req.headers["x-tc-version"] ?? ""), region: String(req.headers["x-tc-region"] ?? ""), params, at: Date.now() });
        const failures = this.failures.get(action) ?? 0;
        if (failures > 0) {
            this.failures.set(action, failures - 1);
            return { Error: { Code: "InternalError", Message: "An internal error occurred (injected by the test)." } };
        }
        const product = this.products.get(String(req.headers["x-tc-version"] ?? ""));
        if (product) return Promise.resolve().then(() => product(action, params)).catch((e: Error) => ({ Error: { Code: "InternalError", Message: e.message } }));
        const targetsOf = (p: Record<string, unknown>) => (p.Targets as { InstanceId: string; Port: number; Weight?: number }[]) ?? [];
        switch (action) {
            case "DescribeTargets": {
                if (params.LoadBalancerId !== this.loadBalancerId) return { Error: { Code: "InvalidParameter.LBIdNotFound", Message: `LoadBalancerId ${String(params.LoadBalancerId)} not found.` } };
                const ids = (params.ListenerIds as string[] | undefined) ?? [...this.targets.keys()];
                return {
                    Listeners: ids.map((id) => ({
                        ListenerId: id,
                        Protocol: "TCP",
                        Port: 80,
                        Rules: [],
                        Targets: (this.targets.get(id) ?? []).map((t) => {
                            const inst = this.instances.get(t.instanceId)!;
                            return { Type: "CVM", InstanceId: t.instanceId, Port: t.port, Weight: t.weight, PrivateIpAddresses: [inst.privateIp], PublicIpAddresses: [], InstanceName: inst.name ?? t.instanceId };
                        }),
                    })),
                };
            }
            case "DeregisterTargets": {
                const id = String(params.ListenerId);
                const drop = targetsOf(params);
                this.targets.set(
                    id,
                    (this.targets.get(id) ?? []).filter((t) => !drop.some((d) => d.InstanceId === t.instanceId && d.Port === t.port)),
                );
                return {};
            }
            case "RegisterTargets": {
                const id = String(params.ListenerId);
                const list = this.targets.get(id) ?? [];
                for (const t of targetsOf(params)) {
                    if (!this.instances.has(t.InstanceId)) return { Error: { Code: "InvalidParameter", Message: `Instance ${t.InstanceId} not found.` } };
                    if (!list.some((x) => x.instanceId === t.InstanceId && x.port === t.Port)) list.push({ instanceId: t.InstanceId, port: t.Port, weight: t.Weight ?? 10 });
                }
                this.targets.set(id, list);
                return {};
            }
            case "RebootInstances":
                for (const id of (params.InstanceIds as string[]) ?? []) {
                    if (!this.instances.has(id)) return { Error: { Code: "InvalidInstanceId.NotFound", Message: `Instance ${id} not found.` } };
                    this.rebooting.set(id, this.rebootPolls);
                }
                return {};
            case "DescribeInstances": {
                const ids = (params.InstanceIds as string[] | undefined) ?? [...this.instances.keys()];
                const set = ids
                    .filter((id) => this.instances.has(id))
                    .map((id) => {
                        const left = this.rebooting.get(id);
                        const busy = left !== undefined && left > 0;
                        if (left !== undefined) this.rebooting.set(id, left - 1);
                        const inst = this.instances.get(id)!;
                        return {
                            InstanceId: id,
                            InstanceName: inst.name ?? id,
                            PrivateIpAddresses: [inst.privateIp],
                            InstanceState: busy ? "REBOOTING" : "RUNNING",
                            ...(left === undefined ? {} : { LatestOperation: "RebootInstances", LatestOperationState: busy ? "OPERATING" : "SUCCESS" }),
                        };
                    });
                return { TotalCount: set.length, InstanceSet: set };
            }
            case "DescribeGovernanceInstances": {
                const list = this.governance.get(String(params.InstanceId));
                if (!list) return { Error: { Code: "ResourceNotFound.InstanceNotFound", Message: `TSE instance ${String(params.InstanceId)} not found.` } };
                const hosts = typeof params.Host === "string" ? params.Host.split(",") : undefined;
                const matching = list.filter((g) => g.Service === params.Service && g.Namespace === params.Namespace && (hosts === undefined || hosts.includes(String(g.Host))));
                const offset = Number(params.Offset ?? 0);
                const limit = Number(params.Limit ?? 20);
                return { TotalCount: matching.length, Content: matching.slice(offset, offset + limit).map((g) => ({ ...g })) };
            }
            case "ModifyGovernanceInstances": {
                const list = this.governance.get(String(params.InstanceId));
                if (!list) return { Error: { Code: "ResourceNotFound.InstanceNotFound", Message: `TSE instance ${String(params.InstanceId)} not found.` } };
                for (const u of (params.GovernanceInstances as Record<string, unknown>[]) ?? []) {
                    const i = list.findIndex((g) => g.Id === u.Id);
                    if (i < 0) return { Error: { Code: "ResourceNotFound", Message: `Governance instance ${String(u.Id)} not found.` } };
                    // As the API does: a field left out takes its default.
                    list[i] = { Weight: 100, Healthy: true, Isolate: false, EnableHealthCheck: false, ...u, CreateTime: list[i].CreateTime };
                }
                return { Result: true };
            }
            default:
                return { Error: { Code: "InvalidAction", Message: `The action ${action} is not served by this fake.` } };
        }
    }
}
