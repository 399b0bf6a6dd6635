/**
 * A small client of Prometheus' HTTP API (`/api/v1/query`, `/api/v1/query_range`) on Node's fetch.
 * Every failure (unreachable, a timeout, an HTTP error, an error status, a body that is not the API's)
 * is a CliError naming the server and the fix; credentials in the URL are never printed.
 */
import { CliError } from "../errors";

/** How long one request may take. */
export const PROMETHEUS_TIMEOUT_MS = 15_000;

/** The most points Prometheus returns per series of a range query. */
export const MAX_POINTS_PER_SERIES = 11_000;

/** One series of a range query: its labels and its `[seconds, value]` samples. */
export interface RangeSeries {
    readonly metric: Record<string, string>;
    readonly values: readonly [number, number][];
}

/** One series of an instant query. */
export interface InstantSample {
    readonly metric: Record<string, string>;
    readonly value: [number, number];
}

/** The URL as it may be printed: without user and password. */
export function displayUrl(url: URL): string {
    const u = new URL(url.toString());
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/$/, "");
}

/** Parses `--prometheus`: an http(s) URL; the API paths are appended to its path. */
export function parsePrometheusUrl(value: string): URL {
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        throw new CliError(`--prometheus ${JSON.stringify(value)} is not a URL`, "pass the Prometheus server's URL, e.g. --prometheus http://127.0.0.1:9090");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new CliError(`--prometheus must be an http:// or https:// URL; got ${url.protocol}`, "pass the Prometheus server's URL, e.g. --prometheus http://127.0.0.1:9090");
    }
    return url;
}

/** A Prometheus server's HTTP API. */
export class PrometheusClient {
    constructor(
        public readonly url: URL,
        private readonly timeoutMs = PROMETHEUS_TIMEOUT_MS,
    ) {}

    /** The URL as it may be printed. */
    get display(): string {
        return displayUrl(this.url);
    }

    private async call(path: string, params: Record<string, string>): Promise<unknown> {
        const target = new URL(this.url.toString());
        target.pathname = `${target.pathname.replace(/\/$/, "")}${path}`;
        const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
        if (target.username !== "" || target.password !== "") {
            headers.Authorization = `Basic ${Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString("base64")}`;
            target.username = "";
            target.password = "";
        }
        let res: Response;
        try {
            res = await fetch(target, { method: "POST", headers, body: new URLSearchParams(params).toString(), signal: AbortSignal.timeout(this.timeoutMs) });
        } catch (e) {
            const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
            throw new CliError(`Prometheus at ${this.display} is unreachable: ${cause}`, "check --prometheus (the server's URL) and that the server runs");
        }
        const text = await res.text();
        let body: { status?: string; data?: unknown; error?: string; errorType?: string } | undefined;
        try {
            body = JSON.parse(text) as typeof body;
        } catch {
            body = undefined;
        }
        if (body === undefined || typeof body !== "object" || body === null || typeof body.status !== "string") {
            throw new CliError(`${this.display} did not answer as a Prometheus HTTP API (HTTP ${res.status} on ${path})`, "pass the URL of a Prometheus server (its /api/v1 must answer)");
        }
        if (body.status !== "success") {
            throw new CliError(`Prometheus at ${this.display} refused ${path}: ${body.errorType ?? "error"}: ${body.error ?? `HTTP ${res.status}`}`, "check the server's version and access rights");
        }
        return body.data;
    }

    /** A range query: every series with its samples in `[startSec, endSec]` at `stepSec`. */
    async queryRange(expr: string, startSec: number, endSec: number, stepSec: number): Promise<RangeSeries[]> {
        const data = (await this.call("/api/v1/query_range", { query: expr, start: String(startSec), end: String(endSec), step: String(stepSec) })) as { resultType?: string; result?: { metric: Record<string, string>; values: [number, string][] }[] };
        if (data?.resultType !== "matrix" || !Array.isArray(data.result)) throw new CliError(`Prometheus at ${this.display} answered a range query without a matrix`, "pass the URL of a Prometheus server");
        return data.result.map((s) => ({ metric: s.metric, values: s.values.map(([t, v]) => [Number(t), Number(v)] as [number, number]) }));
    }

    /** An instant query of a range selector (`metric[600s]`) at `timeSec`: the raw samples, as recorded. */
    async querySamples(expr: string, timeSec: number): Promise<RangeSeries[]> {
        const data = (await this.call("/api/v1/query", { query: expr, time: String(timeSec) })) as { resultType?: string; result?: { metric: Record<string, string>; values: [number, string][] }[] };
        if (data?.resultType !== "matrix" || !Array.isArray(data.result)) throw new CliError(`Prometheus at ${this.display} answered a range selector without a matrix`, "pass the URL of a Prometheus server");
        return data.result.map((s) => ({ metric: s.metric, values: s.values.map(([t, v]) => [Number(t), Number(v)] as [number, number]) }));
    }

    /** An instant query at `timeSec`. */
    async query(expr: string, timeSec: number): Promise<InstantSample[]> {
        const data = (await this.call("/api/v1/query", { query: expr, time: String(timeSec) })) as { resultType?: string; result?: { metric: Record<string, string>; value: [number, string] }[] };
        if (data?.resultType !== "vector" || !Array.isArray(data.result)) throw new CliError(`Prometheus at ${this.display} answered an instant query without a vector`, "pass the URL of a Prometheus server");
        return data.result.map((s) => ({ metric: s.metric, value: [Number(s.value[0]), Number(s.value[1])] }));
    }
}
