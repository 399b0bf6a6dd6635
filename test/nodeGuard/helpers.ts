// Shared pieces of the node guard's tests: the fake cloud with four nodes, a page receiver, a fake
// Alertmanager API, alert payloads and a polling wait.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { checkConfig, startGuard, type GuardConfig, type Logger, type RunningGuard } from "@zonesafe/node-guard";
import { FakeTencentCloudApi } from "../support/tencentcloudApi";

export const SECRET_ID = "AKIDnodeguardtest0001";
export const SECRET_KEY = "node-guard-test-secret-key-0001";
export const TOKEN = "node-guard-test-token-0123456789";
export const LB = "lb-guard01";
export const LISTENER = "lbl-guard01";
export const NODES = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"];

/** The fake API with four CVMs (ins-1..4 at 10.0.0.1..4) on the listener at port 8080. */
export async function fakeCloud(): Promise<FakeTencentCloudApi> {
    const api = new FakeTencentCloudApi(SECRET_ID, SECRET_KEY, LB);
    api.addTargets(
        LISTENER,
        8080,
        NODES.map((ip, i) => ({ instanceId: `ins-${i + 1}`, privateIp: ip, name: `gateway-${i + 1}` })),
    );
    await api.start();
    return api;
}

/** A local HTTP receiver that records JSON bodies (the page webhook, a fake Alertmanager). */
export class Receiver {
    readonly bodies: unknown[] = [];
    /** The Authorization header of each request. */
    readonly authorizations: (string | undefined)[] = [];
    url = "";
    private server: http.Server | undefined;
    constructor(private readonly answer: (req: http.IncomingMessage) => { status: number; body: unknown } = () => ({ status: 200, body: {} })) {}

    async start(): Promise<string> {
        this.server = http.createServer((req, res) => {
            const chunks: Buffer[] = [];
            req.on("data", (c: Buffer) => chunks.push(c));
            req.on("end", () => {
                const text = Buffer.concat(chunks).toString("utf8");
                this.authorizations.push(req.headers.authorization);
                if (text !== "") this.bodies.push(JSON.parse(text));
                const { status, body } = this.answer(req);
                res.writeHead(status, { "content-type": "application/json" });
                res.end(JSON.stringify(body));
            });
        });
        await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", () => resolve()));
        this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
        return this.url;
    }

    async stop(): Promise<void> {
        await new Promise<void>((resolve) => {
            this.server?.close(() => resolve());
            this.server?.closeAllConnections();
        });
    }
}

/** An Alertmanager webhook (version 4) alert about a node. */
export function amAlert(node: string, status: "firing" | "resolved", name = "NodeCpuHigh", startsAt = "2026-01-01T00:00:00Z", extra: Record<string, string> = {}) {
    return {
        status,
        labels: { alertname: name, node, instance: `${node}:9100`, zonesafe_fault: "single-node", ...extra },
        annotations: {},
        startsAt,
        endsAt: status === "resolved" ? "2026-01-01T00:05:00Z" : "0001-01-01T00:00:00Z",
        generatorURL: "http://127.0.0.1:9090/graph",
        fingerprint: `${name}-${node}`.replace(/[^a-z0-9]/gi, "").toLowerCase(),
    };
}

/** An Alertmanager webhook payload. */
export function amPayload(alerts: unknown[]) {
    return { version: "4", groupKey: "{}:{}", truncatedAlerts: 0, status: "firing", receiver: "node-guard", groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "http://127.0.0.1:9093", alerts };
}

/** POSTs JSON with a bearer token (none when `token` is null). */
export async function post(url: string, body: unknown, token: string | null = TOKEN, raw?: string): Promise<{ status: number; body: any; text: string }> {
    const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
        body: raw ?? JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        parsed = undefined;
    }
    return { status: res.status, body: parsed, text };
}

/** Polls `check` until it is true or `ms` pass; throws with `what` on timeout. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15000): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
        if (await check()) return;
        await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`timed out waiting for ${what}`);
}

/**
 * A guard configuration on the fake cloud's CLB backend, as YAML: `listen` and the page webhook as
 * given, the token from the environment, the state file beside the configuration; `extra` lines
 * (e.g. `alertmanager: ...`, `sdPort: ...`, or fields a test makes wrong) are added before `backend`.
 */
export function clbGuardConfig(o: { apiUrl: string; pageUrl: string; listen?: string; extra?: string[] }): string {
    return [
        `listen: ${o.listen ?? "127.0.0.1:0"}`,
        "token: ${NODE_GUARD_TOKEN}",
        "limit: 3",
        "stateFile: ./state.json",
        `page: { webhook: ${o.pageUrl} }`,
        "restartOnRecovery: true",
        ...(o.extra ?? []),
        "backend:",
        "  kind: clb",
        "  region: ap-guangzhou",
        `  endpoint: ${o.apiUrl}`,
        `  loadBalancerId: ${LB}`,
        `  listenerId: ${LISTENER}`,
        "",
    ].join("\n");
}

/** The environment a guard process reads its token and cloud credentials from. */
export const GUARD_ENV: NodeJS.ProcessEnv = { ...process.env, NODE_GUARD_TOKEN: TOKEN, TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY };

/** A guard running as its own process, with everything it printed. */
export interface GuardProcess {
    child: ChildProcess;
    out: string[];
    /** `http://host:port` it listens on. */
    base: string;
    exited: Promise<number | null>;
}

/** Starts `node <args>` (a command that runs the guard) and resolves once the guard logs that it listens. */
export function spawnGuardProcess(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<GuardProcess> {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, env: opts.env ?? GUARD_ENV, stdio: ["ignore", "pipe", "pipe"] });
    const out: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return new Promise((resolve, reject) => {
        let buffer = "";
        child.stdout!.on("data", (d: Buffer) => {
            out.push(d.toString());
            buffer += d.toString();
            const m = /"msg":"node guard listening","address":"([^"]+)"/.exec(buffer);
            if (m) resolve({ child, out, base: `http://${m[1]}`, exited });
        });
        child.stderr!.on("data", (d: Buffer) => out.push(d.toString()));
        void exited.then((code) => reject(new Error(`the guard exited (${code}) before listening: ${out.join("")}`)));
    });
}

/**
 * A guard in the test's own process and what its tests set up around it: a page receiver, a state
 * directory, the guard's log lines. `setUp` and `tearDown` go in `beforeEach`/`afterEach`; `config`
 * checks a configuration listening on a free port, paging the receiver, with the token from `TOKEN`.
 */
export class GuardHarness {
    pager = new Receiver();
    dir = "";
    running: RunningGuard | undefined;
    logs: string[] = [];
    readonly log: Logger = (level, msg, fields) => this.logs.push(JSON.stringify({ level, msg, ...fields }));

    constructor(private readonly prefix: string) {}

    async setUp(): Promise<void> {
        this.pager = new Receiver();
        await this.pager.start();
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), this.prefix));
        this.logs = [];
    }

    async tearDown(): Promise<void> {
        await this.running?.close();
        this.running = undefined;
        await this.pager.stop();
        fs.rmSync(this.dir, { recursive: true, force: true });
    }

    /** The checked configuration: these `fields` (the backend at least) over the defaults; `env` beside the token. */
    config(fields: Record<string, unknown>, env: NodeJS.ProcessEnv = {}): GuardConfig {
        return checkConfig(
            { listen: "127.0.0.1:0", token: "${NODE_GUARD_TOKEN}", stateFile: "state.json", page: { webhook: this.pager.url }, ...fields },
            path.join(this.dir, "guard.yaml"),
            { NODE_GUARD_TOKEN: TOKEN, ...env },
        );
    }

    /** Starts the guard; its base URL. */
    async start(config: GuardConfig, retry: { baseMs: number; maxMs: number } = { baseMs: 20, maxMs: 200 }): Promise<string> {
        this.running = await startGuard(config, { log: this.log, retry });
        return `http://${this.running.address}`;
    }
}
