/**
 * The guard's HTTP interface (Node's own http module):
 * - `POST /alertmanager`: Alertmanager's webhook (version 4), with `Authorization: Bearer <token>`.
 * - `POST /cloud-monitor`: Tencent Cloud Monitor's alarm callback, with the token as the password of
 *   basic auth in the callback URL (`http://guard:<token>@host:port/cloud-monitor`), or as a bearer.
 * - `GET /state` (token required): removed nodes, the open page, owed and failing operations.
 * - `GET /healthz`: 200 when serving.
 * - `GET /sd`: the backend's nodes as a Prometheus `http_sd_configs` target list, labelled
 *   `zonesafe_in_service`; `GET /sd?inService=true`: only the nodes in service.
 * A wrong token is 401, malformed JSON or an unknown shape 400, a body over the limit 413; an alert for
 * a node the backend does not know is logged and ignored (202). Deliveries are answered after the
 * state they changed is on disk; the backend calls follow.
 */
import * as crypto from "node:crypto";
import * as http from "node:http";
import { alertmanagerEvents, cloudMonitorEvents, PayloadError, type RawEvent } from "./events";
import { message, type Logger, type NodeGuard } from "./guard";

/** The largest request body the guard reads. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Whether a request carries the token (bearer, or basic auth's password), compared in constant time. */
export function authorized(header: string | undefined, token: string): boolean {
    if (header === undefined) return false;
    let given: string | undefined;
    const bearer = /^Bearer\s+(.+)$/i.exec(header);
    const basic = /^Basic\s+(.+)$/i.exec(header);
    if (bearer) given = bearer[1].trim();
    else if (basic) {
        const decoded = Buffer.from(basic[1].trim(), "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        given = colon < 0 ? undefined : decoded.slice(colon + 1);
    }
    if (given === undefined) return false;
    const a = crypto.createHash("sha256").update(given).digest();
    const b = crypto.createHash("sha256").update(token).digest();
    return crypto.timingSafeEqual(a, b);
}

class HttpError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message);
    }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const declared = Number(req.headers["content-length"] ?? "0");
        if (declared > MAX_BODY_BYTES) {
            reject(new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`));
            req.resume();
            return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        req.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                reject(new HttpError(413, `the body is larger than ${MAX_BODY_BYTES} bytes`));
                req.resume();
                return;
            }
            chunks.push(chunk);
        });
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
    });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body) + "\n";
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
}

/** Creates (does not start) the guard's HTTP server. */
export function createServer(guard: NodeGuard, token: string, log: Logger): http.Server {
    const webhook = async (req: http.IncomingMessage, parse: (body: unknown) => RawEvent[]): Promise<{ result: Awaited<ReturnType<NodeGuard["accept"]>>; body: unknown }> => {
        const acceptedAt = Date.now();
        if (!authorized(req.headers.authorization, token)) throw new HttpError(401, "a valid token is required (Authorization: Bearer <token>, or basic auth with the token as the password)");
        const raw = await readBody(req);
        let body: unknown;
        try {
            body = JSON.parse(raw.toString("utf8"));
        } catch (err) {
            throw new HttpError(400, `the body is not JSON: ${message(err)}`);
        }
        let events: RawEvent[];
        try {
            events = parse(body);
        } catch (err) {
            if (err instanceof PayloadError) throw new HttpError(400, err.message);
            throw err;
        }
        return { result: await guard.accept(events, acceptedAt), body };
    };

    return http.createServer((req, res) => {
        const url = new URL(req.url ?? "/", "http://guard");
        const route = `${req.method} ${url.pathname}`;
        const handle = async (): Promise<void> => {
            switch (route) {
                case "GET /healthz":
                    return send(res, 200, { ok: true });
                case "GET /sd":
                    return send(res, 200, guard.serviceDiscovery(url.searchParams.get("inService") === "true"));
                case "GET /state":
                    if (!authorized(req.headers.authorization, token)) throw new HttpError(401, "a valid token is required (Authorization: Bearer <token>)");
                    return send(res, 200, guard.snapshot());
                case "POST /alertmanager": {
                    const { result } = await webhook(req, alertmanagerEvents);
                    return send(res, 202, result);
                }
                case "POST /cloud-monitor": {
                    const { result, body } = await webhook(req, cloudMonitorEvents);
                    // The callback's documented acknowledgement, plus what the guard did.
                    return send(res, 200, { sessionId: (body as { sessionId: string }).sessionId, retCode: 0, ...result });
                }
                default:
                    if (["/healthz", "/sd", "/state", "/alertmanager", "/cloud-monitor"].includes(url.pathname)) throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`);
                    throw new HttpError(404, `no such path: ${url.pathname} (the guard serves POST /alertmanager, POST /cloud-monitor, GET /state, GET /healthz, GET /sd)`);
            }
        };
        handle().catch((err: unknown) => {
            const status = err instanceof HttpError ? err.status : 500;
            if (status >= 500) log("error", "request failed", { route, error: message(err) });
            else log("warn", "request refused", { route, status, error: message(err) });
            req.resume();
            if (!res.headersSent) send(res, status, { error: message(err) });
            else res.end();
        });
    });
}
