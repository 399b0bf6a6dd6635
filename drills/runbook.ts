/**
 * The Markdown runbook of a drill plan: for each experiment, what must hold before it starts, the
 * steps in order (with the requests and the Chaos Mesh objects they apply), what to watch while the
 * fault holds, the hypotheses with their expected values and sources, how to roll back, and the values
 * resolved at run time. A person can follow it by hand; `zonesafe drill run` follows the same plan.
 */

import type { CloudRequest, DrillExperiment, DrillPlan, DrillStep, Hypothesis, HypothesisMetric, StepExecutor } from "./plan";

/** What a person watches for each metric while the fault holds. */
const WATCH: Readonly<Record<HypothesisMetric, string>> = {
    "rto-seconds": "the status endpoint: the time from the fault's start until it answers 2xx again and keeps doing so",
    "rpo-seconds": "the heartbeat writer: the last sequence it had acknowledged must be readable after recovery",
    "checksum-equal": "CHECKSUM TABLE on the source at the recorded time and on the restored copy",
    "clb-switch-seconds": "the CLB's instance status and the status endpoint: the time until requests are served from the slave zone",
    "pod-migration-seconds": "kubectl get pods -o wide -w in the workload's namespace: the time until every replica is Ready on a node outside the lost zone",
    "mysql-failover-seconds": "the instance's status (DescribeDBInstances) and the writer: the time until writes succeed on the new primary",
    "redis-failover-seconds": "the instance's status and a client: the time until commands succeed again",
    "mongodb-election-seconds": "rs.status() or the instance's status: the time until a primary outside the lost zone is elected",
    "ckafka-failover-seconds": "a producer and a consumer: the time until both succeed again on every partition",
};

/** Who carries a step out, for a reader. */
const EXECUTORS: Readonly<Record<StepExecutor, string>> = {
    "chaos-mesh": "Chaos Mesh",
    cfg: "Tencent Cloud CFG",
    tencentdb: "TencentDB API",
    runner: "operator / runner",
};

/** Escapes text for a Markdown table cell or a line: pipes and line breaks. */
function cell(text: string): string {
    return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function formatSeconds(s: number): string {
    if (s < 60) return `${s} s`;
    const m = Math.floor(s / 60);
    const rest = s - m * 60;
    return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** A hypothesis's expected value, in words: `≤ 30 s`, `= true`. */
export function expectedText(h: Hypothesis): string {
    const op = { "<=": "≤", "<": "<", "==": "=", ">=": "≥" }[h.comparator];
    return typeof h.expected === "boolean" ? `${op} ${h.expected}` : `${op} ${formatSeconds(h.expected)}`;
}

function requestLine(r: CloudRequest): string {
    return `\`${r.service}\` ${r.version} \`${r.action}\` (${r.region})`;
}

function fenced(language: string, text: string): string[] {
    const fence = text.includes("```") ? "~~~~" : "```";
    return [`${fence}${language}`, ...text.split("\n"), fence];
}

/** What each API call of a step is for, in the order a step makes them. */
const PURPOSE: Readonly<Record<string, string>> = {
    CreateTaskFromAction: "create the CFG experiment",
    ExecuteTask: "start it",
    DescribeTask: "watch it until its fault actions have run",
    ModifyTaskRunStatus: "close it with the verdict once the observation is over",
    SwitchDBInstanceMasterSlave: "switch the primary",
    ModifyDBInstanceSecurityGroups: "replace the security groups",
    CreateCloneInstance: "create the clone",
    StartBatchRollback: "start the rollback",
};

function stepLines(step: DrillStep, n: number): string[] {
    const lines = [`${n}. **${cell(step.title)}** — ${EXECUTORS[step.executor]}, step \`${step.id}\` (${step.tier} tier).`];
    if (step.targets.length > 0) lines.push(`   - Targets: ${step.targets.map((t) => `${t.kind} \`${t.name}\` (${t.id})`).join(", ")}.`);
    for (const r of step.requests) {
        const body = JSON.stringify(r.body);
        const what = `   - ${PURPOSE[r.action] ? `To ${PURPOSE[r.action]}, call` : "Call"} ${requestLine(r)}`;
        if (body.length <= 100) lines.push(`${what} with \`${body}\`.`);
        else lines.push(`${what} with:`, "", ...fenced("json", JSON.stringify(r.body, null, 2)).map((l) => `     ${l}`), "");
    }
    if (step.manifest) {
        lines.push(`   - Chaos Mesh ${step.manifest.kind} \`${step.manifest.metadata.name}\` (in the plan's JSON or YAML; the Workflow below applies the same fault).`);
    }
    lines.push(`   - Undo: ${step.rollback}`);
    return lines;
}

function experimentLines(e: DrillExperiment): string[] {
    const lines: string[] = [`<a id="${e.id}"></a>`, "", `## \`${e.id}\` — ${e.title}`, ""];
    const where = e.zone === null ? "zone unknown" : `zone ${e.zone}${e.zoneId !== null ? ` (id ${e.zoneId})` : ""}`;
    const hold = e.kind === "az-loss" ? `the zone stays lost for ${formatSeconds(e.durationSeconds)} at most` : "the fault ends when the restored copy has been checked";
    lines.push(`Kind \`${e.kind}\`, ${where}; ${hold}.`, "");
    lines.push("### Before you start", "", ...e.preconditions.map((p) => `- [ ] ${p}`), "");
    lines.push("### Steps", "");
    e.steps.forEach((s, i) => lines.push(...stepLines(s, i + 1)));
    lines.push("");
    if (e.chaosMesh.length > 0) {
        lines.push(
            "The Chaos Mesh Workflow runs the cluster's faults and the status checks together; a failed RTO check aborts it, which recovers every fault (`kubectl apply -f -`):",
            "",
            ...e.chaosMesh.flatMap((o) => [...fenced("json", JSON.stringify(o, null, 2)), ""]),
        );
    }
    lines.push("### What to watch", "");
    const metrics = [...new Set(e.hypotheses.map((h) => h.metric))];
    for (const m of metrics) lines.push(`- \`${m}\`: ${WATCH[m]}.`);
    lines.push("", "### Hypotheses", "", "| Hypothesis | Expected | Source | Statement |", "|---|---|---|---|");
    for (const h of e.hypotheses) {
        const simulated = h.source.simulated === null ? "" : `; simulated ${formatSeconds(h.source.simulated)}`;
        lines.push(`| \`${cell(h.id)}\` | ${cell(expectedText(h))} | ${cell(`${h.source.estimate}: ${h.source.detail}${simulated}`)} | ${cell(h.statement)} |`);
    }
    lines.push("", "A hypothesis fails when the measured value does not meet the expected one; the drill then fails.", "");
    lines.push("### Rollback (abort at any time)", "", ...e.rollback.map((r, i) => `${i + 1}. ${r}`), "");
    if (e.placeholders.length > 0) {
        lines.push("### Values resolved at run time", "", "| Placeholder | What | How |", "|---|---|---|");
        for (const p of e.placeholders) lines.push(`| \`${cell(p.token)}\` | ${cell(p.what)} | ${cell(p.resolvedBy)} |`);
        lines.push("");
    }
    return lines;
}

/** The Markdown runbook of a plan. */
export function renderRunbook(plan: DrillPlan): string {
    const lines: string[] = [
        `# Drill runbook: ${plan.stack.project}/${plan.stack.stack}`,
        "",
        `Plan \`${plan.schema}\` made ${plan.generatedAt} from the ${plan.stack.source === "program" ? "program (cloud ids are resolved at run time)" : "stack's state"}` +
            `${plan.region ? `, region ${plan.region}` : ""}. Targets: RTO ${formatSeconds(plan.targets.rtoSeconds)} for the loss of one zone, data-tier RPO ${formatSeconds(plan.targets.rpoSecondsData)}.`,
        "",
        "Each experiment injects a real fault. Run one at a time, in a window agreed with the service's owners, with someone ready to roll back. " +
            "Run it with `zonesafe drill run --plan FILE --experiment ID --confirm` (a production stack also needs `--production`), or by hand from the steps below. " +
            "Values written `{{resolve:…}}` are resolved when the experiment runs; each experiment lists how.",
        "",
        "## Experiments",
        "",
        "| Experiment | Kind | Zone | Steps | Hypotheses |",
        "|---|---|---|---|---|",
        ...plan.experiments.map((e) => `| [\`${e.id}\`](#${e.id}) | ${e.kind} | ${e.zone ?? "unknown"} | ${e.steps.length} | ${e.hypotheses.length} |`),
        "",
    ];
    if (plan.experiments.length === 0) lines.push("No experiment: the stack has no resource a drill acts on.", "");
    for (const e of plan.experiments) lines.push(...experimentLines(e));
    if (plan.notes.length > 0) lines.push("## Notes", "", ...plan.notes.map((n) => `- ${n}`), "");
    return lines.join("\n");
}
