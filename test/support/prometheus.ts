/**
 * A real Prometheus holding history that a test planted: series written as OpenMetrics, turned into
 * TSDB blocks by `promtool tsdb create-blocks-from openmetrics`, and Debian's `prometheus` started on
 * 127.0.0.1 at a free port over that data directory (no scrape job, so nothing but the planted data).
 * Where promtool or prometheus is missing, the suite is pending locally and fails under CI
 * (debianTools.ts, promtool.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { runPromtool } from "./promtool";
import { ServiceProcess, startOnFreePort } from "./processes";

/** One planted series: its metric name, labels and `[seconds, value]` samples in time order. */
export interface PlantedSeries {
    readonly name: string;
    readonly labels: Record<string, string>;
    readonly samples: readonly (readonly [number, number])[];
}

/** How long the started Prometheus keeps blocks: long enough that the planted past is never dropped. */
export const PLANTED_RETENTION = "3650d";

const escape = (v: string) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");

/**
 * The series as OpenMetrics text: one family per metric name (typed `unknown`, so the names stay as
 * written; `rate()` reads any series), each series' samples in time order, `# EOF` at the end.
 */
export function toOpenMetrics(series: readonly PlantedSeries[]): string {
    const families = new Map<string, PlantedSeries[]>();
    for (const s of series) families.set(s.name, [...(families.get(s.name) ?? []), s]);
    const lines: string[] = [];
    for (const [name, members] of families) {
        lines.push(`# TYPE ${name} unknown`);
        for (const s of members) {
            const labels = Object.entries(s.labels)
                .map(([k, v]) => `${k}="${escape(v)}"`)
                .join(",");
            const sel = labels ? `${name}{${labels}}` : name;
            for (const [t, v] of s.samples) lines.push(`${sel} ${v} ${t}`);
        }
    }
    lines.push("# EOF");
    return `${lines.join("\n")}\n`;
}

/** A running Prometheus over planted data. */
export interface PlantedPrometheus {
    readonly url: string;
    readonly proc: ServiceProcess;
    /** promtool's account of the blocks it wrote. */
    readonly backfill: string;
    stop(): Promise<void>;
}

/**
 * Writes the series to `<dir>/planted.om`, backfills `<dir>/data` with promtool, and starts
 * Prometheus over it; resolves once `/-/ready` answers and the planted data is queryable.
 */
export async function startPlantedPrometheus(tools: { prometheus: string; promtool: string }, dir: string, series: readonly PlantedSeries[]): Promise<PlantedPrometheus> {
    const om = path.join(dir, "planted.om");
    const data = path.join(dir, "data");
    fs.mkdirSync(data, { recursive: true });
    fs.writeFileSync(om, toOpenMetrics(series));
    const run = await runPromtool(tools.promtool, ["tsdb", "create-blocks-from", "openmetrics", om, data], dir, 120_000);
    if (run.code !== 0) throw new Error(`promtool tsdb create-blocks-from openmetrics failed (exit ${run.code}):\n${run.stderr}${run.stdout}`);
    const config = path.join(dir, "prometheus.yml");
    fs.writeFileSync(config, "global:\n  scrape_interval: 1h\n  evaluation_interval: 1h\nscrape_configs: []\n");
    const { proc, port } = await startOnFreePort(
        "prometheus",
        path.join(dir, "prometheus.log"),
        (p) => ({
            binary: tools.prometheus,
            args: [`--config.file=${config}`, `--storage.tsdb.path=${data}`, `--storage.tsdb.retention.time=${PLANTED_RETENTION}`, `--web.listen-address=127.0.0.1:${p}`],
            cwd: dir,
        }),
        (p) => `http://127.0.0.1:${p}/-/ready`,
        { timeoutMs: 60_000 },
    );
    return { url: `http://127.0.0.1:${port}`, proc, backfill: run.stdout + run.stderr, stop: async () => void (await proc.stop("SIGTERM")) };
}
