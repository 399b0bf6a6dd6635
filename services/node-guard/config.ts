/**
 * The guard's configuration: a YAML file, checked whole before anything starts. Every problem is
 * reported at once with the field, the rule and the fix. `${NAME}` in a string is replaced by that
 * environment variable (for the token). Cloud credentials are never read from the file: they come
 * from TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY. The token's value never appears in an error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { getOwn } from "@zonesafe/model";
import { parse } from "yaml";
import type { ClbBackendConfig } from "./clb";
import { DEFAULT_LIMIT } from "./core";
import { POLARIS_TOKEN_ENV, type PolarisBackendConfig } from "./polaris";
import { KUBERNETES_TOKEN_ENV } from "./kubeApi";
import type { TkeBackendConfig } from "./tke";
import type { TseBackendConfig } from "./tse";

/** The default listen address. */
export const DEFAULT_LISTEN = "127.0.0.1:9095";

/** The environment variables the cloud credentials come from. */
export const SECRET_ID_ENV = "TENCENTCLOUD_SECRET_ID";
export const SECRET_KEY_ENV = "TENCENTCLOUD_SECRET_KEY";

/** The backend kinds the configuration names. */
export const BACKEND_KINDS = ["clb", "tse-polaris", "polaris", "tke"] as const;

/** The checked configuration. */
export interface GuardConfig {
    host: string;
    port: number;
    /** The webhook token (secret: never printed). */
    token: string;
    limit: number;
    stateFile: string;
    alertmanager?: string;
    pageWebhook: string;
    restartOnRecovery: boolean;
    /** The port Prometheus scrapes on each node, for `/sd`; unset means the backend targets' ports. */
    sdPort?: number;
    backend: ClbBackendConfig | PolarisBackendConfig | TkeBackendConfig | TseBackendConfig;
    /** The Tencent Cloud credentials (the clb and tse-polaris backends). */
    credentials: { secretId: string; secretKey: string };
    /** The Polaris access token (the polaris backend), if the server checks one. */
    polarisToken?: string;
    /** The Kubernetes bearer token (the tke backend) from the environment; unset means the service account's. */
    kubernetesToken?: string;
}

const KNOWN = ["listen", "token", "limit", "stateFile", "alertmanager", "page", "restartOnRecovery", "sdPort", "backend"];
const CLB_KNOWN = ["kind", "region", "endpoint", "loadBalancerId", "listenerId", "locationId"];
const POLARIS_KNOWN = ["kind", "url", "namespace", "service"];
const TSE_KNOWN = ["kind", "region", "endpoint", "instanceId", "namespace", "service"];
const TKE_KNOWN = ["kind", "apiServer", "caFile", "nodeSelector", "namespace", "podSelector"];
const SECRET_FIELDS = ["secretId", "secretKey", "secret_id", "secret_key", "SecretId", "SecretKey"];

/** The configuration's problems, one message each. */
export class ConfigError extends Error {
    constructor(
        readonly file: string,
        readonly problems: string[],
    ) {
        super(`node guard: ${file} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    }
}

/** A value as an error shows it, with any password in a URL masked. */
const shown = (v: unknown): string => JSON.stringify(v)?.replace(/\/\/([^/@\s"]*)@/g, "//***@") ?? "undefined";

const isHttpUrl = (v: unknown): v is string => {
    if (typeof v !== "string") return false;
    try {
        const u = new URL(v);
        return u.protocol === "http:" || u.protocol === "https:";
    } catch {
        return false;
    }
};

/**
 * Checks a parsed configuration; `env` supplies `${NAME}` substitutions and the credentials, `file`
 * names the file in messages and anchors a relative `stateFile`.
 */
export function checkConfig(raw: unknown, file: string, env: NodeJS.ProcessEnv = process.env): GuardConfig {
    const problems: string[] = [];
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(file, ["the file must be a YAML mapping of the fields listen, token, limit, stateFile, page, backend, ..."]);
    const c = raw as Record<string, unknown>;
    for (const key of Object.keys(c)) {
        if (SECRET_FIELDS.includes(key)) problems.push(`\`${key}\`: credentials are never read from the file; remove it and set ${SECRET_ID_ENV} and ${SECRET_KEY_ENV} in the guard's environment`);
        else if (!KNOWN.includes(key)) problems.push(`\`${key}\` is not a field of the node guard's configuration (known: ${KNOWN.join(", ")}); remove it or fix its spelling`);
    }

    let host = "127.0.0.1";
    let port = 9095;
    const listen = c.listen ?? DEFAULT_LISTEN;
    const m = typeof listen === "string" ? /^(.*):(\d{1,5})$/.exec(listen) : null;
    if (m === null || Number(m[2]) > 65535 || m[1] === "") problems.push(`\`listen\` must be host:port (e.g. ${DEFAULT_LISTEN}); got ${JSON.stringify(listen)}`);
    else [host, port] = [m[1].replace(/^\[(.*)\]$/, "$1"), Number(m[2])];

    let token = "";
    if (typeof c.token !== "string" || c.token === "") {
        problems.push("`token` is required: every webhook must carry it; set `token: ${NODE_GUARD_TOKEN}` and export NODE_GUARD_TOKEN");
    } else {
        const missing: string[] = [];
        token = c.token.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_all, name: string) => {
            // Own variables only: `${constructor}` names a variable, not a member every object has.
            const value = getOwn(env, name);
            if (value === undefined || value === "") missing.push(name);
            return value ?? "";
        });
        if (missing.length > 0) problems.push(`\`token\` names the environment variable${missing.length > 1 ? "s" : ""} ${missing.join(", ")}, which ${missing.length > 1 ? "are" : "is"} not set; export ${missing.join(", ")} before starting the guard`);
        else if (token.length < 16) problems.push(`\`token\` must be at least 16 characters long (it guards who can remove nodes); use a long random value`);
    }

    const limit = c.limit ?? DEFAULT_LIMIT;
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 2) problems.push(`\`limit\` must be an integer of at least 2 (the number of faulty nodes at which the guard stops removing and pages); got ${JSON.stringify(limit)}`);

    if (typeof c.stateFile !== "string" || c.stateFile === "") problems.push("`stateFile` is required: the path of the JSON file the guard keeps its state in (e.g. ./node-guard-state.json)");

    if (c.alertmanager !== undefined && !isHttpUrl(c.alertmanager)) problems.push(`\`alertmanager\` must be an http(s) URL of Alertmanager (e.g. http://127.0.0.1:9093); got ${shown(c.alertmanager)}`);

    const page = c.page as Record<string, unknown> | undefined;
    if (typeof page !== "object" || page === null || !isHttpUrl(page.webhook)) problems.push("`page.webhook` is required: the http(s) URL the guard POSTs a page to when it stops removing (e.g. the on-call's notice URL)");

    if (c.restartOnRecovery !== undefined && typeof c.restartOnRecovery !== "boolean") problems.push(`\`restartOnRecovery\` must be true or false; got ${JSON.stringify(c.restartOnRecovery)}`);
    if (c.sdPort !== undefined && (typeof c.sdPort !== "number" || !Number.isInteger(c.sdPort) || c.sdPort < 1 || c.sdPort > 65535)) problems.push(`\`sdPort\` must be a port number (1-65535); got ${JSON.stringify(c.sdPort)}`);

    const b = c.backend as Record<string, unknown> | undefined;
    if (typeof b !== "object" || b === null) {
        problems.push(`\`backend\` is required: { kind: clb, region, loadBalancerId, listenerId } or { kind: polaris, url, namespace, service }`);
    } else if (b.kind === "polaris") {
        for (const key of Object.keys(b)) {
            if (SECRET_FIELDS.includes(key) || key === "token") problems.push(`\`backend.${key}\`: secrets are never read from the file; remove it and set ${POLARIS_TOKEN_ENV} in the guard's environment`);
            else if (!POLARIS_KNOWN.includes(key)) problems.push(`\`backend.${key}\` is not a field of the polaris backend (known: ${POLARIS_KNOWN.join(", ")}); remove it or fix its spelling`);
        }
        if (!isHttpUrl(b.url)) problems.push(`\`backend.url\` must be the http(s) URL of the Polaris server's HTTP API (e.g. http://polaris:8090); got ${shown(b.url)}`);
        for (const key of ["namespace", "service"]) {
            if (typeof b[key] !== "string" || b[key] === "") problems.push(`\`backend.${key}\` is required: the Polaris ${key} of the nodes the guard watches`);
        }
        if (c.restartOnRecovery !== false) problems.push("`restartOnRecovery` must be false with the polaris backend: Polaris cannot restart a machine (a recovered node is un-isolated only)");
    } else if (b.kind === "tse-polaris") {
        for (const key of Object.keys(b)) {
            if (SECRET_FIELDS.includes(key)) problems.push(`\`backend.${key}\`: credentials are never read from the file; remove it and set ${SECRET_ID_ENV} and ${SECRET_KEY_ENV} in the guard's environment`);
            else if (!TSE_KNOWN.includes(key)) problems.push(`\`backend.${key}\` is not a field of the tse-polaris backend (known: ${TSE_KNOWN.join(", ")}); remove it or fix its spelling`);
        }
        if (typeof b.region !== "string" || !/^[a-z]+-[a-z-]+$/.test(b.region)) problems.push(`\`backend.region\` must be a Tencent Cloud region such as ap-guangzhou; got ${JSON.stringify(b.region)}`);
        if (typeof b.instanceId !== "string" || !/^ins-[a-z0-9]+$/.test(b.instanceId)) problems.push(`\`backend.instanceId\` must be the TSE engine's id such as ins-12345678; got ${JSON.stringify(b.instanceId)}`);
        for (const key of ["namespace", "service"]) {
            if (typeof b[key] !== "string" || b[key] === "") problems.push(`\`backend.${key}\` is required: the Polaris ${key} of the nodes the guard watches`);
        }
        if (b.endpoint !== undefined && !isHttpUrl(b.endpoint)) problems.push(`\`backend.endpoint\` must be an http(s) URL (scheme and host[:port]) of the Tencent Cloud API; got ${shown(b.endpoint)}`);
        if (c.restartOnRecovery !== false) problems.push("`restartOnRecovery` must be false with the tse-polaris backend: TSE cannot restart a machine (a recovered node is un-isolated only)");
    } else if (b.kind === "tke") {
        for (const key of Object.keys(b)) {
            if (SECRET_FIELDS.includes(key) || key === "token") problems.push(`\`backend.${key}\`: secrets are never read from the file; remove it and set ${KUBERNETES_TOKEN_ENV} (or run in a pod with a service account)`);
            else if (!TKE_KNOWN.includes(key)) problems.push(`\`backend.${key}\` is not a field of the tke backend (known: ${TKE_KNOWN.join(", ")}); remove it or fix its spelling`);
        }
        if (b.apiServer !== undefined && !isHttpUrl(b.apiServer)) problems.push(`\`backend.apiServer\` must be the http(s) URL of the Kubernetes API server; got ${shown(b.apiServer)}`);
        if (b.caFile !== undefined && (typeof b.caFile !== "string" || b.caFile === "")) problems.push("`backend.caFile` must be the path of the API server's CA (PEM)");
        const selectors: Record<string, string> = {
            nodeSelector: "the label selector of the Nodes the guard watches (e.g. pool=log-gateway)",
            namespace: "the namespace of the workload's pods",
            podSelector: "the label selector of the workload's pods evicted from a removed Node (e.g. app=log-gateway)",
        };
        for (const [key, what] of Object.entries(selectors)) {
            if (typeof b[key] !== "string" || b[key] === "") problems.push(`\`backend.${key}\` is required: ${what}`);
        }
        if (c.restartOnRecovery !== false) problems.push("`restartOnRecovery` must be false with the tke backend: the Kubernetes API cannot restart a machine (a recovered node is uncordoned only)");
        if (c.sdPort === undefined) problems.push("`sdPort` is required with the tke backend: the port Prometheus scrapes on each node (e.g. 9100 for node_exporter)");
    } else if (b.kind !== "clb") {
        problems.push(`\`backend.kind\` must be one of ${BACKEND_KINDS.join(", ")}; got ${JSON.stringify(b.kind)}`);
    } else {
        for (const key of Object.keys(b)) {
            if (SECRET_FIELDS.includes(key)) problems.push(`\`backend.${key}\`: credentials are never read from the file; remove it and set ${SECRET_ID_ENV} and ${SECRET_KEY_ENV} in the guard's environment`);
            else if (!CLB_KNOWN.includes(key)) problems.push(`\`backend.${key}\` is not a field of the clb backend (known: ${CLB_KNOWN.join(", ")}); remove it or fix its spelling`);
        }
        if (typeof b.region !== "string" || !/^[a-z]+-[a-z-]+$/.test(b.region)) problems.push(`\`backend.region\` must be a Tencent Cloud region such as ap-guangzhou; got ${JSON.stringify(b.region)}`);
        if (typeof b.loadBalancerId !== "string" || !/^lb-[a-z0-9]+$/.test(b.loadBalancerId)) problems.push(`\`backend.loadBalancerId\` must be a CLB id such as lb-12345678; got ${JSON.stringify(b.loadBalancerId)}`);
        if (typeof b.listenerId !== "string" || !/^lbl-[a-z0-9]+$/.test(b.listenerId)) problems.push(`\`backend.listenerId\` must be a listener id such as lbl-12345678; got ${JSON.stringify(b.listenerId)}`);
        if (b.locationId !== undefined && (typeof b.locationId !== "string" || !/^loc-[a-z0-9]+$/.test(b.locationId))) problems.push(`\`backend.locationId\` must be a rule id such as loc-12345678; got ${JSON.stringify(b.locationId)}`);
        if (b.endpoint !== undefined && !isHttpUrl(b.endpoint)) problems.push(`\`backend.endpoint\` must be an http(s) URL (scheme and host[:port]) of the Tencent Cloud API; got ${shown(b.endpoint)}`);
    }

    const secretId = env[SECRET_ID_ENV] ?? "";
    const secretKey = env[SECRET_KEY_ENV] ?? "";
    const needsCloud = typeof b !== "object" || b === null || b.kind === "clb" || b.kind === "tse-polaris";
    if (needsCloud && (secretId === "" || secretKey === "")) problems.push(`the cloud credentials are missing: set ${SECRET_ID_ENV} and ${SECRET_KEY_ENV} in the guard's environment (they are never read from the file)`);

    if (problems.length > 0) throw new ConfigError(file, problems);
    return {
        host,
        port,
        token,
        limit: limit as number,
        stateFile: path.resolve(path.dirname(path.resolve(file)), c.stateFile as string),
        alertmanager: c.alertmanager as string | undefined,
        pageWebhook: (page as Record<string, string>).webhook,
        restartOnRecovery: (c.restartOnRecovery as boolean | undefined) ?? true,
        sdPort: c.sdPort as number | undefined,
        backend: b as unknown as GuardConfig["backend"],
        credentials: { secretId, secretKey },
        ...(env[POLARIS_TOKEN_ENV] ? { polarisToken: env[POLARIS_TOKEN_ENV] } : {}),
        ...(env[KUBERNETES_TOKEN_ENV] ? { kubernetesToken: env[KUBERNETES_TOKEN_ENV] } : {}),
    };
}

/** Reads and checks a configuration file. */
export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): GuardConfig {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (err) {
        throw new ConfigError(file, [`cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); pass an existing file with --config`]);
    }
    let raw: unknown;
    try {
        raw = parse(text);
    } catch (err) {
        throw new ConfigError(file, [`it is not valid YAML: ${(err as Error).message.split("\n")[0]}; fix the syntax`]);
    }
    return checkConfig(raw, file, env);
}
