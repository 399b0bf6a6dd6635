/**
 * `zonesafe event report --stack NAME --event NAME --prometheus URL [--report FILE]`: the report of a
 * peak event from what Prometheus recorded over its window (see report.ts), in the global `--format`
 * (text, json or html) and to `--out` or stdout. Bad input — an unknown stack or event (the known ones
 * listed), a window that has not started, an unreachable Prometheus — exits 2 with one line.
 */
import * as path from "path";
import type { Command } from "commander";
import { computeCapacityQps, EVENTS_CONFIG_KEY, readCapacityFigures, readEvents, SimulatedTier } from "@zonesafe/model";
import { CliError, EXIT_OK } from "../errors";
import { readTextFile, writeReportFile } from "../files";
import { loadProject, loadStack, StackSettings } from "../project";
import { toolVersion } from "../report/model";
import { displayPath } from "../report/paths";
import { parsePrometheusUrl, PrometheusClient } from "./prometheus";
import { buildEventReport, PreviousReport } from "./report";
import { renderEventHtml, renderEventJson, renderEventText } from "./render";

/** The formats of the event report. */
export const EVENT_REPORT_FORMATS = ["text", "json", "html"] as const;

/** The options of `zonesafe event report`, with the global ones it reads. */
export interface EventReportOptions {
    stack: string;
    event: string;
    prometheus: string;
    report?: string;
    cwd?: string;
    format: string;
    out?: string;
}

/** Where the command writes. */
export interface EventIo {
    stdout: NodeJS.WritableStream;
    cwd: string;
}

/** The stack's declared zones (`zonesafe:zones`), or none. */
function zonesOf(stack: StackSettings): string[] {
    const raw = stack.config["zonesafe:zones"];
    if (raw === undefined) return [];
    try {
        const v = JSON.parse(raw) as unknown;
        return Array.isArray(v) ? v.filter((z): z is string => typeof z === "string") : [];
    } catch {
        return [];
    }
}

/** Each tier's capacity as the stack's config states it (the blueprint's figure for the compute tier). */
export function capacityOf(stack: StackSettings, zones: readonly string[]): Partial<Record<SimulatedTier, number>> {
    const maxNodesPerZone = Number(stack.config["zonesafe:maxNodesPerZone"]);
    const figures = readCapacityFigures(stack.config["zonesafe:capacity"]).figures;
    const compute = Number.isFinite(maxNodesPerZone) && zones.length > 0 ? computeCapacityQps(maxNodesPerZone, zones.length, figures.qpsPerNode) : undefined;
    return compute !== undefined ? { compute } : {};
}

/** Reads a previous policy report (`zonesafe preview --format json`) for its open findings and waivers. */
export function readPreviousReport(file: string, stack: string): PreviousReport {
    const fix = "pass the JSON report of `zonesafe preview --stack <stack> --format json --out FILE`";
    const text = readTextFile(file, "the --report file", fix);
    let doc: { schema?: unknown; stack?: { stack?: unknown }; findings?: unknown; waivers?: unknown };
    try {
        doc = JSON.parse(text) as typeof doc;
    } catch {
        throw new CliError(`--report ${file} is not JSON`, fix);
    }
    if (typeof doc !== "object" || doc === null || doc.schema !== "zonesafe.report/v1" || !Array.isArray(doc.findings) || !Array.isArray(doc.waivers)) {
        throw new CliError(`--report ${file} is not a zonesafe report (schema zonesafe.report/v1)`, fix);
    }
    if (doc.stack?.stack !== stack) {
        throw new CliError(`--report ${file} is the report of stack ${JSON.stringify(doc.stack?.stack)}, not of ${stack}`, "pass the report of the same stack");
    }
    const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
    return {
        file,
        findings: (doc.findings as Record<string, unknown>[]).map((f) => ({
            policy: String(f.policy),
            level: String(f.level),
            severity: String(f.severity),
            resourceName: str(f.resourceName),
            message: String(f.message),
            fix: str(f.fix),
        })),
        waivers: (doc.waivers as Record<string, unknown>[]).map((w) => ({ policy: str(w.policy), resourceName: str(w.resourceName), message: String(w.message) })),
    };
}

/** Runs `zonesafe event report`; returns the exit code (errors are thrown as CliError). */
export async function eventReportCommand(opts: EventReportOptions, io: EventIo, now = Date.now()): Promise<number> {
    if (!(EVENT_REPORT_FORMATS as readonly string[]).includes(opts.format)) {
        throw new CliError(`event report has no --format ${opts.format}`, `use one of ${EVENT_REPORT_FORMATS.join(", ")}`);
    }
    const cwd = path.resolve(io.cwd, opts.cwd ?? ".");
    const project = loadProject(cwd);
    const stack = loadStack(project, opts.stack);
    const reading = readEvents(stack.config[EVENTS_CONFIG_KEY]);
    if (reading.problems.length > 0) {
        const p = reading.problems[0];
        throw new CliError(`${EVENTS_CONFIG_KEY} of stack ${stack.name} is invalid: ${p.field} ${p.message}`, "fix the stack's events in its Pulumi.<stack>.yaml");
    }
    const event = reading.events.find((x) => x.name === opts.event);
    if (event === undefined) {
        const known = reading.events.map((x) => x.name);
        throw new CliError(
            `stack ${stack.name} declares no event named ${JSON.stringify(opts.event)}${known.length ? `; known events: ${known.join(", ")}` : ` (it declares no event in ${EVENTS_CONFIG_KEY})`}`,
            known.length ? `pass one of them with --event` : `declare the event in ${EVENTS_CONFIG_KEY} of Pulumi.${stack.name}.yaml`,
        );
    }
    if (event.startMs > now) {
        throw new CliError(`event ${event.name} starts at ${event.start}, in the future: there is nothing to report yet`, "run the report once the event has started; during the event it covers the window up to now");
    }
    const client = new PrometheusClient(parsePrometheusUrl(opts.prometheus));
    const reportFile = opts.report !== undefined ? path.resolve(io.cwd, opts.report) : undefined;
    // The report names the file as the other reports do: relative to the current directory.
    const previous = reportFile !== undefined ? { ...readPreviousReport(reportFile, stack.name), file: displayPath(reportFile, io.cwd) } : undefined;
    if (opts.format === "html" && !opts.out) throw new CliError("--format html needs --out FILE", "add --out event-report.html");
    const zones = zonesOf(stack);
    const report = await buildEventReport(client, { stack: stack.name, event, capacityQps: capacityOf(stack, zones), previous, now, toolVersion: toolVersion() });
    const text = opts.format === "json" ? renderEventJson(report) : opts.format === "html" ? renderEventHtml(report) : renderEventText(report);
    if (opts.out) writeReportFile(path.resolve(io.cwd, opts.out), text);
    else io.stdout.write(text);
    return EXIT_OK;
}

/** Registers `zonesafe event report` on the program. */
export function registerEventCommands(program: Command, io: EventIo, setExit: (code: number) => void): void {
    const event = program.command("event").description("peak events: the report after one, from what Prometheus recorded");
    event
        .command("report")
        .description("report a peak event from Prometheus: peak per tier and zone against the plan, headroom, errors, alerts, degraded zones, follow-ups")
        .requiredOption("-s, --stack <name>", "the stack whose Pulumi.<stack>.yaml declares the event")
        .requiredOption("--event <name>", "the event's name in zonesafe:events")
        .requiredOption("--prometheus <url>", "the Prometheus server's URL (its HTTP API answers under /api/v1)")
        .option("--report <file>", "the JSON report of `zonesafe preview --format json` of the stack, for its open findings and waivers")
        .option("--cwd <dir>", "the project directory, holding Pulumi.yaml (default: the current directory)")
        .action(async (_o, cmd: Command) => setExit(await eventReportCommand(cmd.optsWithGlobals() as EventReportOptions, io)));
}
