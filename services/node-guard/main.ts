/**
 * The `zonesafe-node-guard` command: `zonesafe-node-guard --config FILE` checks the configuration,
 * loads the state, discovers the backend's nodes, reconciles, and serves until SIGTERM or SIGINT.
 */
import * as fs from "node:fs";
import type * as http from "node:http";
import type { Backend } from "./backend";
import { ClbBackend } from "./clb";
import { ConfigError, loadConfig, type GuardConfig } from "./config";
import { jsonLogger, message, NodeGuard, type Logger } from "./guard";
import { PolarisBackend } from "./polaris";
import { createServer } from "./server";
import { SERVICE_ACCOUNT_DIR, TkeBackend } from "./tke";
import { TseBackend } from "./tse";
import { StateStore } from "./store";

const USAGE = "usage: zonesafe-node-guard --config FILE";

/** A started guard: its HTTP server (listening) and its core. */
export interface RunningGuard {
    server: http.Server;
    guard: NodeGuard;
    /** The address it listens on (host:port). */
    address: string;
    close(): Promise<void>;
}

/** Starts a guard from a checked configuration; `backend` defaults to the configured one. */
export async function startGuard(config: GuardConfig, options: { backend?: Backend; log?: Logger; retry?: { baseMs?: number; maxMs?: number } } = {}): Promise<RunningGuard> {
    const log = options.log ?? jsonLogger;
    const backend = options.backend ?? configuredBackend(config);
    const guard = new NodeGuard(config, new StateStore(config.stateFile), backend, log, options.retry);
    await guard.start();
    const server = createServer(guard, config.token, log);
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => resolve());
    });
    const addr = server.address();
    const address = typeof addr === "object" && addr !== null ? `${addr.address.includes(":") ? `[${addr.address}]` : addr.address}:${addr.port}` : String(addr);
    log("info", "node guard listening", { address, limit: config.limit, backend: config.backend.kind, stateFile: config.stateFile });
    return {
        server,
        guard,
        address,
        close: () =>
            new Promise<void>((resolve) => {
                guard.stop();
                server.close(() => resolve());
                server.closeAllConnections();
            }),
    };
}

/** The backend a configuration names. */
function configuredBackend(config: GuardConfig): Backend {
    const b = config.backend;
    if (b.kind === "polaris") return new PolarisBackend(b, config.polarisToken);
    if (b.kind === "tse-polaris") return new TseBackend(b, config.credentials);
    if (b.kind === "tke") {
        let token = config.kubernetesToken;
        if (token === undefined && fs.existsSync(`${SERVICE_ACCOUNT_DIR}/token`)) token = fs.readFileSync(`${SERVICE_ACCOUNT_DIR}/token`, "utf8").trim();
        return new TkeBackend(b, token);
    }
    return new ClbBackend(b, config.credentials);
}

/** Runs the command; resolves to its exit code once it stops serving. */
export async function main(argv: string[]): Promise<number> {
    let file: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === "--config") file = argv[++i];
        else if (argv[i].startsWith("--config=")) file = argv[i].slice("--config=".length);
        else if (argv[i] === "--help" || argv[i] === "-h") {
            process.stdout.write(`${USAGE}\n`);
            return 0;
        } else {
            process.stderr.write(`zonesafe-node-guard: unknown argument ${JSON.stringify(argv[i])}\n${USAGE}\n`);
            return 2;
        }
    }
    if (file === undefined || file === "") {
        process.stderr.write(`zonesafe-node-guard: --config FILE is required\n${USAGE}\n`);
        return 2;
    }
    let running: RunningGuard;
    try {
        running = await startGuard(loadConfig(file));
    } catch (err) {
        process.stderr.write(`${err instanceof ConfigError ? err.message : `zonesafe-node-guard: ${message(err)}`}\n`);
        return 2;
    }
    return new Promise<number>((resolve) => {
        const stop = (signal: string) => {
            jsonLogger("info", "stopping", { signal });
            void running.close().then(() => resolve(0));
        };
        process.once("SIGTERM", () => stop("SIGTERM"));
        process.once("SIGINT", () => stop("SIGINT"));
    });
}
