/**
 * `npm run bench`: how long `zonesafe preview` and `zonesafe assess` take, and how much memory they
 * hold, on synthetic estates of 100, 1,000 and 5,000 resources (bench/generate.ts).
 *
 * For each size it generates the program and its stack export, then runs, each as a child process and
 * each `--runs` times (medians reported): the program alone under the embedded engine (bench/floor.ts,
 * the floor any offline preview pays), `zonesafe preview` on the program, and `zonesafe assess` on the
 * export. It reads the evaluation's own timings from the JSON report, and samples the process tree for
 * peak memory and for the CPU time of the policy pack processes. It asserts nothing about time: it
 * writes the figures to bench/results/ (`latest.json`, `latest.md`, and a timestamped copy) and prints
 * the table, with each of the goals and whether the figures meet it.
 *
 * zonesafe's own pack is evaluated in-process by default (the fast path, cli/inProcess.ts); each command
 * also runs with `--engine-exact`, through the analyzer protocol in a pack process, in columns beside.
 *
 * Beside zonesafe's pack it runs both commands with the null pack (bench/nullPack.ts: zonesafe's 40
 * policies with checks that do nothing), the policy SDK's own floor for a pack of this shape, so that
 * the second table tells what the SDK costs from what zonesafe's checks and reports add.
 *
 * Flags: `--sizes 100,1000,5000`, `--runs 3`, `--bin <zonesafe launcher>` (to measure another
 * checkout; the floor always comes from this one), `--keep-pack-cache` (by default the first run
 * starts without the compiled pack copy, and that cold run is reported apart).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BENCH_STACK, writeProgram } from "./generate";
import { writeNullPack } from "./nullPack";
import { measure, Measured } from "./measure";
import { packCacheRoot } from "@zonesafe/engine/packCache";

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(ROOT, "bench", "results");
const TSX_CJS = require.resolve("tsx/cjs");
const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** The goals. */
const GOALS = {
    overheadShare: 0.15,
    assessWallMs: 3000,
    growth: 5.5,
    peakBytes: 1.5 * GIB,
};

interface Options {
    sizes: number[];
    runs: number;
    bin: string;
    keepPackCache: boolean;
}

function parseArgs(argv: string[]): Options {
    const opts: Options = { sizes: [100, 1000, 5000], runs: 3, bin: path.join(ROOT, "cli", "bin", "zonesafe.js"), keepPackCache: false };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined) throw new Error(`${a} needs a value`);
            return v;
        };
        if (a === "--sizes") opts.sizes = value().split(",").map((x) => Number(x.trim()));
        else if (a === "--runs") opts.runs = Number(value());
        else if (a === "--bin") opts.bin = path.resolve(value());
        else if (a === "--keep-pack-cache") opts.keepPackCache = true;
        else throw new Error(`unknown flag ${a} (flags: --sizes 100,1000,5000 --runs 3 --bin FILE --keep-pack-cache)`);
    }
    if (opts.sizes.some((n) => !Number.isInteger(n) || n < 30)) throw new Error("--sizes takes integers of at least 30");
    if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error("--runs takes a positive integer");
    return opts;
}

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The figures of one run of a zonesafe command. */
interface CommandRun {
    wallMs: number;
    peakTreeRssBytes: number;
    sumOfPeaksBytes: number;
    /** CPU seconds of the policy pack processes, and of the command's own process. */
    packCpuSeconds: number;
    commandCpuSeconds: number;
    /** Peak resident sets of the pack processes (summed) and of the command's own process. */
    packPeakBytes: number;
    commandPeakBytes: number;
    timings: Record<string, number | null>;
    resourceCount: number;
    findings: number;
    score: number | null;
    exitCode: number | null;
}

interface FloorRun {
    wallMs: number;
    programMs: number;
    peakTreeRssBytes: number;
}

function check(m: Measured, what: string): void {
    if (m.code !== 0 && m.code !== 1) {
        throw new Error(`${what} failed (exit ${m.code}):\n${m.stderr.slice(-4000)}`);
    }
}

async function runCommand(bin: string, args: string[], reportFile: string, what: string): Promise<CommandRun> {
    fs.rmSync(reportFile, { force: true });
    const m = await measure(process.execPath, [bin, ...args, "--format", "json", "--out", reportFile, "--quiet"], { cwd: ROOT });
    check(m, what);
    const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as {
        timings: Record<string, number | null>;
        stack: { resourceCount: number };
        summary: { total: number };
        score: { value: number } | null;
    };
    const packs = m.processes.filter((p) => p.command.includes("run-policy-pack"));
    const own = m.processes.find((p) => p.command.includes(path.basename(bin)));
    return {
        wallMs: m.wallMs,
        peakTreeRssBytes: m.peakTreeRssBytes,
        sumOfPeaksBytes: m.sumOfPeaksBytes,
        packCpuSeconds: packs.reduce((a, p) => a + p.cpuSeconds, 0),
        commandCpuSeconds: own?.cpuSeconds ?? 0,
        packPeakBytes: packs.reduce((a, p) => a + p.peakRssBytes, 0),
        commandPeakBytes: own?.peakRssBytes ?? 0,
        timings: report.timings,
        resourceCount: report.stack.resourceCount,
        findings: report.summary.total,
        score: report.score?.value ?? null,
        exitCode: m.code,
    };
}

async function runFloor(dir: string): Promise<FloorRun> {
    const m = await measure(process.execPath, ["--require", TSX_CJS, path.join(__dirname, "floor.ts"), "--cwd", dir, "--stack", BENCH_STACK], { cwd: ROOT });
    if (m.code !== 0) throw new Error(`the floor run failed (exit ${m.code}):\n${m.stderr.slice(-4000)}`);
    const out = JSON.parse(m.stdout.trim().split("\n").pop() ?? "{}") as { programMs: number };
    return { wallMs: m.wallMs, programMs: out.programMs, peakTreeRssBytes: m.peakTreeRssBytes };
}

/** Generates the program and the export of an estate of `size` resources (the export only when missing or stale). */
async function prepare(size: number): Promise<{ dir: string; exportFile: string }> {
    const base = path.join(RESULTS, "work", `n${size}`);
    const dir = path.join(base, "project");
    const exportFile = path.join(base, "export.json");
    const before = fs.existsSync(path.join(dir, "index.ts")) ? fs.readFileSync(path.join(dir, "index.ts"), "utf8") : undefined;
    writeProgram(dir, size);
    const changed = before !== fs.readFileSync(path.join(dir, "index.ts"), "utf8");
    if (changed || !fs.existsSync(exportFile)) {
        const m = await measure(process.execPath, ["--require", TSX_CJS, path.join(__dirname, "exportStack.ts"), dir, BENCH_STACK, exportFile], { cwd: ROOT });
        if (m.code !== 0) throw new Error(`exporting the ${size}-resource estate failed:\n${m.stderr.slice(-4000)}`);
    }
    return { dir, exportFile };
}

interface SizeResult {
    size: number;
    floor: FloorRun[];
    preview: CommandRun[];
    assess: CommandRun[];
    /** The same commands through the analyzer protocol (`--engine-exact`). */
    exactPreview: CommandRun[];
    exactAssess: CommandRun[];
    /** The same commands with the null pack instead of zonesafe's. */
    nullPreview: CommandRun[];
    nullAssess: CommandRun[];
}

function summarize(r: SizeResult) {
    const floorWall = median(r.floor.map((x) => x.wallMs));
    const previewWall = median(r.preview.map((x) => x.wallMs));
    return {
        size: r.size,
        resources: r.preview[0]?.resourceCount ?? r.size,
        floorWallMs: floorWall,
        floorProgramMs: median(r.floor.map((x) => x.programMs)),
        floorPeakBytes: Math.max(...r.floor.map((x) => x.peakTreeRssBytes)),
        previewWallMs: previewWall,
        previewProgramMs: median(r.preview.map((x) => x.timings.programMs ?? 0)),
        previewEvaluationMs: median(r.preview.map((x) => x.timings.evaluationMs ?? 0)),
        previewAfterProgramMs: median(r.preview.map((x) => (x.timings.totalMs ?? 0) - (x.timings.programMs ?? 0))),
        previewStackMs: median(r.preview.map((x) => x.timings.stackMs ?? 0)),
        // In-process (these runs), the evaluation follows the program's end: the report is what comes after both.
        previewReportMs: median(r.preview.map((x) => (x.timings.totalMs ?? 0) - (x.timings.programMs ?? 0) - (x.timings.evaluationMs ?? 0))),
        previewPackCpuS: median(r.preview.map((x) => x.packCpuSeconds)),
        previewCommandCpuS: median(r.preview.map((x) => x.commandCpuSeconds)),
        previewPeakBytes: Math.max(...r.preview.map((x) => x.peakTreeRssBytes)),
        previewSumOfPeaksBytes: Math.max(...r.preview.map((x) => x.sumOfPeaksBytes)),
        overheadMs: previewWall - floorWall,
        overheadShare: (previewWall - floorWall) / floorWall,
        assessWallMs: median(r.assess.map((x) => x.wallMs)),
        assessEvaluationMs: median(r.assess.map((x) => x.timings.evaluationMs ?? 0)),
        assessStackMs: median(r.assess.map((x) => x.timings.stackMs ?? 0)),
        assessOutsideEvaluationMs: median(r.assess.map((x) => (x.timings.totalMs ?? 0) - (x.timings.evaluationMs ?? 0))),
        assessPackCpuS: median(r.assess.map((x) => x.packCpuSeconds)),
        assessPeakBytes: Math.max(...r.assess.map((x) => x.peakTreeRssBytes)),
        findings: r.preview[0]?.findings ?? null,
        score: r.preview[0]?.score ?? null,
        exactPreviewWallMs: median(r.exactPreview.map((x) => x.wallMs)),
        exactOverheadShare: (median(r.exactPreview.map((x) => x.wallMs)) - floorWall) / floorWall,
        exactPreviewPeakBytes: Math.max(...r.exactPreview.map((x) => x.peakTreeRssBytes)),
        exactAssessWallMs: median(r.exactAssess.map((x) => x.wallMs)),
        exactAssessPeakBytes: Math.max(...r.exactAssess.map((x) => x.peakTreeRssBytes)),
        nullPreviewWallMs: median(r.nullPreview.map((x) => x.wallMs)),
        nullOverheadShare: (median(r.nullPreview.map((x) => x.wallMs)) - floorWall) / floorWall,
        nullPreviewStackMs: median(r.nullPreview.map((x) => x.timings.stackMs ?? 0)),
        nullPreviewPackCpuS: median(r.nullPreview.map((x) => x.packCpuSeconds)),
        nullAssessWallMs: median(r.nullAssess.map((x) => x.wallMs)),
        nullAssessStackMs: median(r.nullAssess.map((x) => x.timings.stackMs ?? 0)),
        nullAssessPackCpuS: median(r.nullAssess.map((x) => x.packCpuSeconds)),
    };
}

type Summary = ReturnType<typeof summarize>;

const s1 = (ms: number) => (ms / 1000).toFixed(2);
const mib = (b: number) => `${Math.round(b / MIB)}`;
const pct = (x: number) => `${Math.round(x * 100)} %`;

function table(rows: Summary[], machine: string): string {
    const lines = [
        `Machine: ${machine}. Medians of the runs; memory is the peak of the whole process tree (packs included).`,
        "",
        "preview: the whole command; program alone: the same program under the same engine, nothing else (bench/floor.ts);",
        "after the program: from the program's end to the report written; AnalyzeStack: the pack's last call; report: from the",
        "evaluation's end to the report written; pack CPU: CPU time of the policy pack process. assess: the whole command on the",
        "stack export; import + report: everything but the evaluation.",
        "",
        "| resources | preview s | program alone s | added by zonesafe s (% of program alone) | after the program s | AnalyzeStack s | report s | pack CPU s | preview peak MiB | program alone peak MiB | assess s | assess AnalyzeStack s | assess import + report s | assess pack CPU s | assess peak MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ];
    for (const r of rows) {
        lines.push(
            `| ${r.resources} | ${s1(r.previewWallMs)} | ${s1(r.floorWallMs)} | ${s1(r.overheadMs)} (${pct(r.overheadShare)}) | ${s1(r.previewAfterProgramMs)} | ${s1(r.previewStackMs)} | ${s1(r.previewReportMs)} | ${r.previewPackCpuS.toFixed(1)} | ${mib(r.previewPeakBytes)} | ${mib(r.floorPeakBytes)} | ${s1(r.assessWallMs)} | ${s1(r.assessStackMs)} | ${s1(r.assessOutsideEvaluationMs)} | ${r.assessPackCpuS.toFixed(1)} | ${mib(r.assessPeakBytes)} |`,
        );
    }
    lines.push(
        "",
        "zonesafe's pack in-process (the default, the columns above) and through the analyzer protocol (`--engine-exact`):",
        "",
        "| resources | preview s: in-process, protocol | added to the program alone: in-process, protocol | assess s: in-process, protocol | peak MiB (preview, assess): in-process; protocol |",
        "|---:|---:|---:|---:|---:|",
    );
    for (const r of rows) {
        lines.push(
            `| ${r.resources} | ${s1(r.previewWallMs)}, ${s1(r.exactPreviewWallMs)} | ${pct(r.overheadShare)}, ${pct(r.exactOverheadShare)} | ${s1(r.assessWallMs)}, ${s1(r.exactAssessWallMs)} | ${mib(r.previewPeakBytes)}, ${mib(r.assessPeakBytes)}; ${mib(r.exactPreviewPeakBytes)}, ${mib(r.exactAssessPeakBytes)} |`,
        );
    }
    lines.push(
        "",
        "The policy SDK's floor: the same commands with the null pack (zonesafe's policies, each a resource or stack policy as in",
        "zonesafe, with checks that do nothing; bench/nullPack.ts). What @pulumi/policy's analyzer server costs for a pack of this",
        "shape: its start, decoding every request, deserializing every resource once per resource policy (Analyze) and once per",
        "stack policy (AnalyzeStack).",
        "",
        "| resources | null-pack preview s (% over program alone) | null-pack AnalyzeStack s | null-pack CPU s | null-pack assess s | null-pack assess AnalyzeStack s | zonesafe over the null pack: preview s, assess s |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const r of rows) {
        lines.push(
            `| ${r.resources} | ${s1(r.nullPreviewWallMs)} (${pct(r.nullOverheadShare)}) | ${s1(r.nullPreviewStackMs)} | ${r.nullPreviewPackCpuS.toFixed(1)} | ${s1(r.nullAssessWallMs)} | ${s1(r.nullAssessStackMs)} | ${s1(r.previewWallMs - r.nullPreviewWallMs)}, ${s1(r.assessWallMs - r.nullAssessWallMs)} |`,
        );
    }
    return lines.join("\n");
}

function goals(rows: Summary[]): string[] {
    const by = new Map(rows.map((r) => [r.size, r]));
    const out: string[] = [];
    const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
    for (const n of [1000, 5000]) {
        const r = by.get(n);
        if (r) out.push(`zonesafe's addition at ${n}: ${pct(r.overheadShare)} of the program alone (goal ≤ ${pct(GOALS.overheadShare)}): ${verdict(r.overheadShare <= GOALS.overheadShare)}`);
    }
    const big = by.get(5000);
    const mid = by.get(1000);
    if (big) {
        out.push(`assess of 5,000: ${s1(big.assessWallMs)} s (goal < ${s1(GOALS.assessWallMs)} s): ${verdict(big.assessWallMs < GOALS.assessWallMs)}`);
        out.push(`through the protocol (--engine-exact) at 5,000: assess ${s1(big.exactAssessWallMs)} s, preview ${pct(big.exactOverheadShare)} over the program alone`);
        out.push(
            `the policy SDK's floor at 5,000 (null pack): assess ${s1(big.nullAssessWallMs)} s, preview ${pct(big.nullOverheadShare)} over the program alone`,
        );
    }
    if (big && mid) {
        const gp = big.previewWallMs / mid.previewWallMs;
        const ga = big.assessWallMs / mid.assessWallMs;
        out.push(`growth 1,000 → 5,000: preview ×${gp.toFixed(2)}, assess ×${ga.toFixed(2)} (goal ≤ ×${GOALS.growth}): ${verdict(gp <= GOALS.growth && ga <= GOALS.growth)}`);
    }
    if (big) {
        const peak = Math.max(big.previewPeakBytes, big.assessPeakBytes);
        out.push(`peak memory at 5,000: ${mib(peak)} MiB (goal < ${mib(GOALS.peakBytes)} MiB): ${verdict(peak < GOALS.peakBytes)}`);
    }
    return out;
}

/** The arguments of `zonesafe preview` on a generated project. */
function previewArgs(dir: string): string[] {
    return ["preview", "--cwd", dir, "--stack", BENCH_STACK];
}

async function main(): Promise<void> {
    const opts = parseArgs(process.argv.slice(2));
    const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${Math.round(os.totalmem() / GIB)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
    process.stderr.write(`zonesafe bench: sizes ${opts.sizes.join(", ")}, ${opts.runs} run(s) each; ${machine}\n`);
    fs.mkdirSync(RESULTS, { recursive: true });
    const reports = path.join(RESULTS, "reports");
    fs.mkdirSync(reports, { recursive: true });

    const nullPack = writeNullPack(path.join(RESULTS, "work", "null-pack"));
    const prepared = new Map<number, { dir: string; exportFile: string }>();
    for (const size of opts.sizes) {
        process.stderr.write(`  generating the ${size}-resource estate and its export\n`);
        prepared.set(size, await prepare(size));
    }

    // The first preview after a pack change (no compiled copy): in-process it compiles nothing; through
    // the protocol (`--engine-exact`) it builds the compiled copy of the pack (unless it is kept).
    let cold: { size: number; wallMs: number; packStartMs: number | null; inProcessWallMs: number } | undefined;
    const first = opts.sizes[0];
    if (!opts.keepPackCache) fs.rmSync(packCacheRoot(path.join(ROOT, "policies")), { recursive: true, force: true });
    {
        const p = prepared.get(first) as { dir: string };
        const r = await runCommand(opts.bin, previewArgs(p.dir), path.join(reports, "warmup.json"), "the warm-up preview");
        process.stderr.write(`  warm-up preview of ${first}, in-process: ${s1(r.wallMs)} s\n`);
        const e = await runCommand(opts.bin, [...previewArgs(p.dir), "--engine-exact"], path.join(reports, "warmup-exact.json"), "the protocol warm-up preview");
        cold = { size: first, wallMs: e.wallMs, packStartMs: e.timings.packStartMs, inProcessWallMs: r.wallMs };
        process.stderr.write(`  warm-up preview of ${first} through the protocol (${opts.keepPackCache ? "pack copy kept" : "no pack copy yet"}): ${s1(e.wallMs)} s\n`);
        // The null pack's first start reads the runner's modules from a cold disk cache: not measured either.
        const n = await runCommand(opts.bin, [...previewArgs(p.dir), "--policy-pack", nullPack], path.join(reports, "warmup-null.json"), "the null pack's warm-up preview");
        process.stderr.write(`  warm-up preview of ${first} with the null pack: ${s1(n.wallMs)} s\n`);
    }

    const results: SizeResult[] = [];
    for (const size of opts.sizes) {
        const p = prepared.get(size) as { dir: string; exportFile: string };
        const res: SizeResult = { size, floor: [], preview: [], assess: [], exactPreview: [], exactAssess: [], nullPreview: [], nullAssess: [] };
        const preview = previewArgs(p.dir);
        const assess = ["assess", "--state", p.exportFile, "--config", "zonesafe:environment=production"];
        const withNullPack = ["--policy-pack", nullPack];
        for (let i = 0; i < opts.runs; i++) {
            res.floor.push(await runFloor(p.dir));
            res.preview.push(await runCommand(opts.bin, preview, path.join(reports, `preview-${size}.json`), `preview of ${size}`));
            res.assess.push(await runCommand(opts.bin, assess, path.join(reports, `assess-${size}.json`), `assess of ${size}`));
            res.exactPreview.push(await runCommand(opts.bin, [...preview, "--engine-exact"], path.join(reports, `exact-preview-${size}.json`), `protocol preview of ${size}`));
            res.exactAssess.push(await runCommand(opts.bin, [...assess, "--engine-exact"], path.join(reports, `exact-assess-${size}.json`), `protocol assess of ${size}`));
            res.nullPreview.push(await runCommand(opts.bin, [...preview, ...withNullPack], path.join(reports, `null-preview-${size}.json`), `null-pack preview of ${size}`));
            res.nullAssess.push(await runCommand(opts.bin, [...assess, ...withNullPack], path.join(reports, `null-assess-${size}.json`), `null-pack assess of ${size}`));
            const last = (xs: Array<{ wallMs: number }>) => s1(xs[xs.length - 1].wallMs);
            process.stderr.write(
                `  ${size}: run ${i + 1}/${opts.runs}: program alone ${last(res.floor)} s, preview ${last(res.preview)} s, assess ${last(res.assess)} s; protocol: preview ${last(res.exactPreview)} s, assess ${last(res.exactAssess)} s; null pack: preview ${last(res.nullPreview)} s, assess ${last(res.nullAssess)} s\n`,
            );
        }
        results.push(res);
    }

    const rows = results.map(summarize);
    const text = [table(rows, machine), "", ...goals(rows).map((g) => `- ${g}`)].join("\n");
    const doc = { generatedAt: new Date().toISOString(), machine, options: { ...opts, bin: path.relative(ROOT, opts.bin) }, coldStart: cold, summary: rows, runs: results };
    const stamp = doc.generatedAt.replace(/[:.]/g, "-");
    fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.json`), JSON.stringify(doc, null, 2) + "\n");
    fs.writeFileSync(path.join(RESULTS, "latest.json"), JSON.stringify(doc, null, 2) + "\n");
    fs.writeFileSync(path.join(RESULTS, "latest.md"), text + "\n");
    process.stdout.write(`${text}\n`);
    if (cold) {
        process.stdout.write(`- first preview after a pack change (${cold.size} resources), in-process (nothing to compile): ${s1(cold.inProcessWallMs)} s\n`);
        process.stdout.write(`- first preview (${cold.size} resources) through the protocol, ${opts.keepPackCache ? "with the pack copy kept" : "building the pack's compiled copy"}: ${s1(cold.wallMs)} s\n`);
    }
}

main().catch((e: unknown) => {
    process.stderr.write(`zonesafe bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
});
