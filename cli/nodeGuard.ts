/**
 * `zonesafe node-guard`: run the node guard (`--config FILE`, the service of `@zonesafe/node-guard`),
 * or print a stack's alert rules as a Prometheus rule file (`rules --stack NAME`, or `--state FILE`
 * for a deployed stack), for teams that run their own Prometheus.
 *
 * The rules are read from what the stack's NodeFaultAutomation components register: the groups of a
 * `PrometheusRule`, or the rules of a Managed Prometheus alert group turned back into groups. The
 * program runs offline as in `zonesafe preview`.
 */
import * as path from "node:path";
import { Command } from "commander";
import * as YAML from "yaml";
import { NODE_GUARD_COMPONENT_TYPE } from "@zonesafe/model";
import type { ResourceRecord, WireValue } from "@zonesafe/engine";
import { CliError, EXIT_OK } from "./errors";
import { checkReportTarget, runInputs, writeReportFile } from "./files";
import { loadProject, loadStack } from "./project";
import { runProgram } from "./run";
import { importState, parseUrn } from "./state";

/** What the command needs of the process: its streams and working directory. */
export interface NodeGuardIo {
    stdout: { write(s: string): unknown };
    stderr: { write(s: string): unknown };
    cwd: string;
}

/** The type token of the Prometheus Operator's rule resource, as `@pulumi/kubernetes` registers it. */
export const PROMETHEUS_RULE_TYPE = "kubernetes:monitoring.coreos.com/v1:PrometheusRule";
/** The type token of Managed Prometheus' alert group in the Tencent Cloud provider. */
export const TMP_ALERT_GROUP_TYPE = "tencentcloud:index/monitorTmpAlertGroup:MonitorTmpAlertGroup";

/** One rule of a rule file. */
interface RuleOut {
    alert: string;
    expr: string;
    for?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
}

/** The rule groups of one guard's rules resource. */
export interface GuardRules {
    /** The NodeFaultAutomation's name. */
    guard: string;
    groups: { name: string; rules: RuleOut[] }[];
}

const plain = (v: WireValue | undefined): unknown => JSON.parse(JSON.stringify(v ?? null));

function stringMap(v: unknown): Record<string, string> | undefined {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
    return out;
}

/** The guard a rules resource belongs to: the nearest NodeFaultAutomation in its URN's parent types, by its own name. */
function guardOf(r: ResourceRecord): string | undefined {
    const parsed = parseUrn(r.urn);
    if (!parsed || !parsed.qualifiedType.split("$").includes(NODE_GUARD_COMPONENT_TYPE)) return undefined;
    return r.name.replace(/-rules$/, "");
}

/**
 * The alert rules of every node guard in a stack's records, in registration order. A rules resource
 * whose values are unknown (a preview that could not compute them) is reported, never guessed.
 */
export function guardRulesOf(resources: readonly ResourceRecord[]): GuardRules[] {
    const out: GuardRules[] = [];
    for (const r of resources) {
        const guard = guardOf(r);
        if (guard === undefined) continue;
        if (r.type === PROMETHEUS_RULE_TYPE) {
            const spec = plain(r.inputs.spec) as { groups?: { name?: unknown; rules?: unknown[] }[] } | null;
            const groups = (spec?.groups ?? []).map((g) => ({
                name: String(g.name),
                rules: (g.rules ?? []).map((x) => ruleOut(x as Record<string, unknown>, r)),
            }));
            out.push({ guard, groups });
        } else if (r.type === TMP_ALERT_GROUP_TYPE) {
            const rules = plain(r.inputs.rules);
            if (!Array.isArray(rules)) throw unknownRules(r);
            const byGroup = new Map<string, RuleOut[]>();
            for (const x of rules as Record<string, unknown>[]) {
                const rule = ruleOut({ alert: x.ruleName, expr: x.expr, for: x.duration, labels: x.labels, annotations: x.annotations }, r);
                // The alert group holds both planned groups; the common-cause rule is its own group in a rule file.
                const group = `${guard}-${rule.labels?.zonesafe_fault === "common-cause" ? "common-cause" : "single-node-faults"}`;
                byGroup.set(group, [...(byGroup.get(group) ?? []), rule]);
            }
            out.push({ guard, groups: [...byGroup].map(([name, rs]) => ({ name, rules: rs })) });
        }
    }
    return out;
}

function unknownRules(r: ResourceRecord): CliError {
    return new CliError(`the rules of node guard ${r.name} are not known before deployment`, "run zonesafe node-guard rules --state on the deployed stack's export");
}

function ruleOut(x: Record<string, unknown>, r: ResourceRecord): RuleOut {
    if (typeof x.alert !== "string" || typeof x.expr !== "string") throw unknownRules(r);
    const labels = stringMap(x.labels);
    const annotations = stringMap(x.annotations);
    return {
        alert: x.alert,
        expr: x.expr,
        ...(typeof x.for === "string" && x.for !== "0s" ? { for: x.for } : {}),
        ...(labels ? { labels } : {}),
        ...(annotations ? { annotations } : {}),
    };
}

/** The rule file (YAML) of the given guards' rules. */
export function renderRuleFile(rules: readonly GuardRules[], source: string): string {
    const doc = new YAML.Document({ groups: rules.flatMap((g) => g.groups) });
    doc.commentBefore = ` The node guards' alert rules of ${source} (${rules.map((g) => g.guard).join(", ")}), generated by zonesafe node-guard rules.`;
    return doc.toString({ lineWidth: 0 });
}

/** Options of `zonesafe node-guard rules`. */
export interface RulesOptions {
    cwd?: string;
    stack?: string;
    state?: string;
    guard?: string;
    out?: string;
}

/** `zonesafe node-guard rules`: prints (or writes) the stack's rule file. */
export async function nodeGuardRulesCommand(opts: RulesOptions, io: NodeGuardIo): Promise<number> {
    if (opts.state !== undefined && (opts.stack !== undefined || opts.cwd !== undefined)) {
        throw new CliError("--state reads a deployed stack's export, --stack and --cwd a program: give one of them", "drop --state, or drop --stack and --cwd");
    }
    let resources: readonly ResourceRecord[];
    let source: string;
    let target: string | undefined;
    if (opts.state !== undefined) {
        const imported = importState(path.resolve(io.cwd, opts.state));
        if (opts.out !== undefined) target = checkReportTarget(opts.out, io.cwd, runInputs([], [imported.file]));
        resources = imported.stack.resources;
        source = `the stack in ${path.basename(imported.file)}`;
    } else {
        const project = loadProject(path.resolve(io.cwd, opts.cwd ?? "."));
        const settings = loadStack(project, opts.stack);
        if (opts.out !== undefined) target = checkReportTarget(opts.out, io.cwd, runInputs([], [project.file, settings.file], [project.dir]));
        const run = await runProgram(project, settings, { programOutput: "drop" });
        resources = run.stack.resources;
        source = `stack ${settings.name}`;
    }
    let rules = guardRulesOf(resources);
    if (opts.guard !== undefined) {
        const known = rules.map((g) => g.guard);
        rules = rules.filter((g) => g.guard === opts.guard);
        if (rules.length === 0) throw new CliError(`${source} has no node guard named ${opts.guard}`, known.length ? `use one of: ${known.join(", ")}` : "deploy one with NodeFaultAutomation");
    }
    if (rules.length === 0) {
        throw new CliError(`${source} deploys no node guard, so it has no node guard rules`, "add a NodeFaultAutomation to the program (components/README.md, NodeFaultAutomation)");
    }
    const text = renderRuleFile(rules, source);
    if (target !== undefined) {
        writeReportFile(target, text);
    } else {
        io.stdout.write(text);
    }
    return EXIT_OK;
}

/** `zonesafe node-guard --config FILE`: runs the guard until SIGTERM or SIGINT; its exit code. */
export async function nodeGuardServeCommand(config: string | undefined, io: NodeGuardIo): Promise<number> {
    if (config === undefined) throw new CliError("node-guard needs --config FILE (the guard's configuration) or the rules subcommand", "run zonesafe node-guard --config node-guard.yaml, or zonesafe node-guard rules --stack NAME");
    const { main } = await import("@zonesafe/node-guard/main");
    return main(["--config", path.resolve(io.cwd, config)]);
}

/** Adds `node-guard` and `node-guard rules` to the command. */
export function registerNodeGuardCommands(program: Command, io: NodeGuardIo, setExit: (code: number) => void): void {
    const guard = program
        .command("node-guard")
        .description("run the node guard, which takes faulty nodes out of service and pages at its limit; or print a stack's alert rules")
        .option("--config <file>", "the guard's configuration (YAML); the token and cloud credentials come from the environment")
        .action(async (o: { config?: string }) => setExit(await nodeGuardServeCommand(o.config, io)));
    guard
        .command("rules")
        .description("print the alert rules of a stack's node guards as a Prometheus rule file")
        .option("--cwd <dir>", "the project directory, holding Pulumi.yaml (default: the current directory)")
        .option("-s, --stack <name>", "the stack whose program deploys the guards (default: the only one)")
        .option("--state <file>", "a deployed stack's `pulumi stack export` instead of the program")
        .option("--guard <name>", "only this NodeFaultAutomation's rules")
        // --out is the command's global option (write to FILE instead of stdout).
        .action(async (_o: unknown, cmd: Command) => setExit(await nodeGuardRulesCommand(cmd.optsWithGlobals() as RulesOptions, io)));
}
