import { expect } from "chai";
import * as fc from "fast-check";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as YAML from "yaml";
import {
    AlertRulesArgs,
    AlertRulesPlan,
    COMMON_CAUSE_ALERT,
    PrometheusAlertRule,
    alertRuleGroups,
    planAlertRules,
    promDuration,
    prometheusRuleResource,
    prometheusRuleSpec,
    renderAlertRulesYaml,
} from "../../components/monitoring/alertRules";
import { NodeAlarmsArgs, planNodeAlarms } from "../../components/monitoring/nodeAlarms";
import { AlarmTarget } from "../../components/types";
import { PROMTOOL_INSTALL, PromtoolRun, findPromtool, onCi, requirePromtool, runPromtool } from "../support/promtool";
import { GZ, expectProblem, refusal } from "./support";
import { fakeHookContext, stderrOf } from "../support/hookContext";

/**
 * A node pool's alarm target, given to NodeAlarms as its `target` (a bare AlarmTarget, which NodeAlarms
 * reads whether its `target` is typed as the target or as what carries it).
 */
const target = { kind: "nodePool", name: "pool", tagKey: "zonesafe:pool", tagValue: "pool", zones: GZ } satisfies AlarmTarget as unknown as NodeAlarmsArgs["target"];

/** The rule named `alert` of a plan. */
function ruleOf(plan: AlertRulesPlan, alert: string): PrometheusAlertRule {
    const found = plan.groups.flatMap((g) => g.rules).find((r) => r.alert === alert);
    expect(found, `rule ${alert}`).to.not.equal(undefined);
    return found!;
}

/** The single-node fault rules of a plan. */
const nodeRules = (plan: AlertRulesPlan) => plan.groups[0].rules;

const NODE_ALERTS = [
    ["ZonesafeNodeCpuBusy", "cpu"],
    ["ZonesafeNodeMemoryLow", "memory"],
    ["ZonesafeNodeDown", "network"],
    ["ZonesafeNodeNetworkErrors", "network"],
    ["ZonesafeNodeDiskFull", "disk"],
    ["ZonesafeNodeDiskReadOnly", "disk"],
    ["ZonesafeAgentUnavailable", "agent"],
    ["ZonesafeQueueTooLong", "queue"],
    ["ZonesafeSendSuccessLow", "send-success"],
];

describe("alert rules (planAlertRules)", () => {
    it("plans a rule per fault item, all seven items, each labelled single-node, with NodeAlarms' defaults", () => {
        const plan = planAlertRules("gw");
        expect(plan.groups.map((g) => g.name)).to.deep.equal(["gw-single-node-faults", "gw-common-cause"]);
        expect(nodeRules(plan).map((r) => [r.alert, r.labels.zonesafe_item])).to.deep.equal(NODE_ALERTS);
        expect(new Set(nodeRules(plan).map((r) => r.labels.zonesafe_item))).to.have.lengthOf(7);
        for (const r of nodeRules(plan)) {
            expect(r.labels.zonesafe_fault, r.alert).to.equal("single-node");
            expect(r.for, r.alert).to.equal("3m");
            expect(r.expr, r.alert).to.match(/^label_replace\(.*, "node", "\$\{1\}\$\{2\}\$\{3\}", "instance", `[^`]+`\) (>|<|==) [0-9.e+-]+$/);
        }
        expect(ruleOf(plan, "ZonesafeNodeCpuBusy").expr).to.include('node_cpu_seconds_total{job="node", mode="idle"}[1m]').and.to.match(/ > 90$/);
        expect(ruleOf(plan, "ZonesafeNodeMemoryLow").expr).to.include("node_memory_MemAvailable_bytes").and.to.match(/ > 90$/);
        expect(ruleOf(plan, "ZonesafeNodeDiskFull").expr).to.include("node_filesystem_avail_bytes").and.to.match(/ > 85$/);
        expect(ruleOf(plan, "ZonesafeNodeDown").expr).to.include('up{job="node"}').and.to.match(/ == 0$/);
        expect(ruleOf(plan, "ZonesafeAgentUnavailable").expr).to.include("zonesafe_agent_up").and.to.match(/ == 0$/);
        expect(ruleOf(plan, "ZonesafeQueueTooLong").expr).to.include("zonesafe_queue_length").and.to.match(/ > 10000$/);
        expect(ruleOf(plan, "ZonesafeSendSuccessLow").expr).to.include("rate(zonesafe_send_success_total[1m])").and.to.match(/ < 99$/);
        expect(plan.groups.flatMap((g) => g.rules).map((r) => r.alert)).to.not.include("ZonesafeNodeLanOutHigh");
    });

    it("plans the common-cause rule: distinct nodes with firing single-node alerts, at the limit, not itself single-node", () => {
        const common = planAlertRules("gw").groups[1].rules;
        expect(common).to.have.lengthOf(1);
        expect(common[0].alert).to.equal(COMMON_CAUSE_ALERT);
        expect(common[0].expr).to.equal('count(count by (node) (ALERTS{alertstate="firing", zonesafe_fault="single-node"})) >= 3');
        expect(common[0].labels).to.deep.equal({ zonesafe_fault: "common-cause", severity: "page" });
        expect(common[0].for).to.equal(undefined);
        expect(planAlertRules("gw", { commonCauseNodes: 5 }).groups[1].rules[0].expr).to.match(/\) >= 5$/);
    });

    it("takes NodeAlarms' own arguments: the same thresholds, and `for` of period × consecutive periods", () => {
        const alarms: NodeAlarmsArgs = { target, noticeIds: ["notice-1"], cpuPercent: 80, memoryPercent: 70, diskPercent: 60, lanOutMbps: 800, periodSeconds: 300, continuePeriods: 2 };
        const plan = planAlertRules("gw", alarms);
        const cloud = planNodeAlarms("gw", alarms);
        const cloudValue = (item: string) => cloud.policies.find((p) => p.item === item)!.rules[0].value;
        expect(ruleOf(plan, "ZonesafeNodeCpuBusy").expr).to.match(new RegExp(` > ${cloudValue("cpu")}$`));
        expect(ruleOf(plan, "ZonesafeNodeMemoryLow").expr).to.match(new RegExp(` > ${cloudValue("memory")}$`));
        expect(ruleOf(plan, "ZonesafeNodeDiskFull").expr).to.match(new RegExp(` > ${cloudValue("disk")}$`));
        expect(ruleOf(plan, "ZonesafeNodeLanOutHigh").expr).to.include("node_network_transmit_bytes_total").and.to.match(new RegExp(` > ${cloudValue("network")}$`));
        expect(ruleOf(plan, "ZonesafeNodeCpuBusy").expr).to.include("[5m]");
        for (const r of nodeRules(plan)) expect(r.for, r.alert).to.equal("10m");
        // Without arguments both planners resolve the same defaults.
        const defaults = planNodeAlarms("gw", { target });
        expect(planAlertRules("gw").args).to.include({ cpuPercent: defaults.policies[0].rules[0].value, periodSeconds: defaults.periodSeconds, continuePeriods: defaults.continuePeriods });
    });

    it("waits `forSeconds` when given (a Prometheus of one's own), keeping the period's rate windows; refuses a bad one", () => {
        const plan = planAlertRules("gw", { periodSeconds: 300, continuePeriods: 2, forSeconds: 30 });
        for (const r of nodeRules(plan)) expect(r.for, r.alert).to.equal("30s");
        expect(plan.for).to.equal("30s");
        expect(ruleOf(plan, "ZonesafeNodeCpuBusy").expr).to.include("[5m]");
        expect(planAlertRules("gw", { forSeconds: 120 }).for).to.equal("2m");
        expect(planAlertRules("gw", { forSeconds: 0 }).for).to.equal("0s");
        expect(planAlertRules("gw", { periodSeconds: 300, continuePeriods: 2 }).args.forSeconds).to.equal(600);
        for (const bad of [-1, 2.5, 86401, Number.NaN, "30"]) {
            const e = refusal(() => planAlertRules("gw", { forSeconds: bad as number }));
            expectProblem(e, "forSeconds", "must be an integer between 0 and 86400");
        }
    });

    it("reads the business metrics and node_exporter's job as given", () => {
        const plan = planAlertRules("gw", {
            nodeExporterMatchers: 'job="node-exporter", cluster="gz"',
            agentUpMetric: 'up{job="log-agent"}',
            queueLengthMetric: "gateway_queue_length",
            queueLengthMax: 5000,
            sendSuccessMetric: 'gateway_sent_total{result="ok"}',
            sendTotalMetric: "gateway_sent_total",
            sendSuccessPercent: 99.5,
        });
        expect(ruleOf(plan, "ZonesafeNodeDown").expr).to.include('max by (instance) (up{job="node-exporter", cluster="gz"})');
        expect(ruleOf(plan, "ZonesafeAgentUnavailable").expr).to.include('min by (instance) (up{job="log-agent"})');
        expect(ruleOf(plan, "ZonesafeQueueTooLong").expr).to.include("max by (instance) (gateway_queue_length)").and.to.match(/ > 5000$/);
        expect(ruleOf(plan, "ZonesafeSendSuccessLow").expr).to.include('rate(gateway_sent_total{result="ok"}[1m])').and.to.match(/ < 99.5$/);
    });

    it("refuses bad arguments, listing every problem with field, rule, value and fix", () => {
        const e = refusal(() =>
            planAlertRules("gw", {
                cpuPercent: 150,
                memoryPercent: 0,
                diskPercent: Number.NaN,
                lanOutMbps: -1,
                periodSeconds: 30,
                continuePeriods: 11,
                nodeExporterMatchers: "{job=node}",
                networkErrorsPerSecond: 0,
                agentUpMetric: "agent up",
                queueLengthMetric: "",
                queueLengthMax: -5,
                sendSuccessMetric: 'x{a="b"',
                sendTotalMetric: "9total",
                sendSuccessPercent: 101,
                commonCauseNodes: 1,
            }),
        );
        expect(e.componentType).to.equal("zonesafe:monitoring:NodeAlertRules");
        expect(e.problems.map((p) => p.field)).to.have.members([
            "cpuPercent",
            "memoryPercent",
            "diskPercent",
            "lanOutMbps",
            "periodSeconds",
            "continuePeriods",
            "nodeExporterMatchers",
            "networkErrorsPerSecond",
            "agentUpMetric",
            "queueLengthMetric",
            "queueLengthMax",
            "sendSuccessMetric",
            "sendTotalMetric",
            "sendSuccessPercent",
            "commonCauseNodes",
        ]);
        expectProblem(e, "cpuPercent", "between 1 and 100", "got 150");
        expectProblem(e, "periodSeconds", "must be one of 60, 300");
        expectProblem(e, "nodeExporterMatchers", "label matchers without braces", 'got "{job=node}"');
        expect(planAlertRules("gw", { nodeExporterMatchers: 'job=~"node\\\\.exporter", env!="dev"' }).groups[0].rules[2].expr).to.include('up{job=~"node\\\\.exporter", env!="dev"}');
        expectProblem(e, "agentUpMetric", "metric name", 'got "agent up"');
        expectProblem(e, "commonCauseNodes", "between 2 and 1000", "got 1");
        expectProblem(e, "sendSuccessPercent", "at most 100", "got 101");
        for (const p of e.problems) expect(p.fix.length, p.field).to.be.greaterThan(5);
    });

    it("refuses a group name Prometheus users could not read, and reports under the calling component's type", () => {
        const e = refusal(() => planAlertRules("bad name!", { cpuPercent: 0 }, "zonesafe:monitoring:NodeFaultAutomation"));
        expect(e.componentType).to.equal("zonesafe:monitoring:NodeFaultAutomation");
        expect(e.problems.map((p) => p.field)).to.have.members(["name", "cpuPercent"]);
        expect(e.message).to.include('NodeFaultAutomation "bad name!" refused its arguments (2 problems)');
    });

    it("renders a rule file that reads back as the planned groups, and the PrometheusRule resource", () => {
        const plan = planAlertRules("gw", { lanOutMbps: 500 });
        const text = renderAlertRulesYaml(plan);
        expect(text.startsWith("# ")).to.equal(true);
        expect(YAML.parse(text)).to.deep.equal(alertRuleGroups(plan));
        expect(prometheusRuleSpec(plan)).to.deep.equal(alertRuleGroups(plan));
        const resource = prometheusRuleResource(plan, { name: "gw-node-faults", namespace: "monitoring", labels: { prometheus: "k8s", role: "alert-rules" } });
        expect(resource).to.deep.include({ apiVersion: "monitoring.coreos.com/v1", kind: "PrometheusRule" });
        expect(resource.metadata).to.deep.equal({ name: "gw-node-faults", namespace: "monitoring", labels: { prometheus: "k8s", role: "alert-rules" } });
        expect(resource.spec.groups.flatMap((g) => g.rules)).to.have.lengthOf(11);
        expect(resource.spec.groups.flatMap((g) => g.rules).map((r) => r.alert)).to.include("ZonesafeNodeLanOutHigh");
    });

    it("writes durations as Prometheus does", () => {
        expect([60, 180, 300, 600, 3600, 7200, 90, 0].map(promDuration)).to.deep.equal(["1m", "3m", "5m", "10m", "1h", "2h", "90s", "0s"]);
    });
});

// ---------------------------------------------------------------------------------------------
// Random arguments
// ---------------------------------------------------------------------------------------------

const labelValue = fc.stringMatching(/^[a-zA-Z0-9 ._-]{0,10}$/);
const metricName = fc.stringMatching(/^[a-z_:][a-z0-9_:]{0,16}$/);
const selector = fc.oneof(metricName, fc.tuple(metricName, fc.constantFrom("=", "!=", "=~", "!~"), labelValue).map(([m, op, val]) => `${m}{job${op}"${val}"}`));
const percent = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.double({ min: 1, max: 100, noNaN: true }));
const positiveNumber = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0.001, max: 1e6, noNaN: true }));

/** Valid arguments: each field absent (its default) or a random valid value. */
const validArgs: fc.Arbitrary<AlertRulesArgs> = fc.record(
    {
        cpuPercent: percent,
        memoryPercent: percent,
        diskPercent: percent,
        lanOutMbps: positiveNumber,
        periodSeconds: fc.constantFrom(60, 300),
        continuePeriods: fc.integer({ min: 1, max: 10 }),
        nodeExporterMatchers: fc.tuple(labelValue, fc.option(labelValue, { nil: undefined })).map(([job, env]) => `job="${job}"${env === undefined ? "" : `, env=~"${env}"`}`),
        networkErrorsPerSecond: positiveNumber,
        agentUpMetric: selector,
        queueLengthMetric: selector,
        queueLengthMax: positiveNumber,
        sendSuccessMetric: selector,
        sendTotalMetric: selector,
        sendSuccessPercent: fc.oneof(fc.constant(100), fc.double({ min: 0.01, max: 100, noNaN: true })),
        commonCauseNodes: fc.integer({ min: 2, max: 1000 }),
    },
    { requiredKeys: [] },
);

/** The threshold each alert compares with, from the resolved arguments. */
function thresholdOf(plan: AlertRulesPlan, alert: string): number | undefined {
    const a = plan.args;
    const table: Record<string, number | undefined> = {
        ZonesafeNodeCpuBusy: a.cpuPercent,
        ZonesafeNodeMemoryLow: a.memoryPercent,
        ZonesafeNodeDiskFull: a.diskPercent,
        ZonesafeNodeLanOutHigh: a.lanOutMbps,
        ZonesafeNodeNetworkErrors: a.networkErrorsPerSecond,
        ZonesafeQueueTooLong: a.queueLengthMax,
        ZonesafeSendSuccessLow: a.sendSuccessPercent,
        ZonesafeNodeDown: 0,
        ZonesafeAgentUnavailable: 0,
        ZonesafeNodeDiskReadOnly: 1,
        [COMMON_CAUSE_ALERT]: a.commonCauseNodes,
    };
    return table[alert];
}

describe("alert rules for random arguments (fast-check)", () => {
    it("every alert is labelled, waits period × consecutive periods, and compares with its threshold", () => {
        fc.assert(
            fc.property(validArgs, (args) => {
                const plan = planAlertRules("pool", args);
                const wantFor = promDuration((args.periodSeconds ?? 60) * (args.continuePeriods ?? 3));
                expect(nodeRules(plan).some((r) => r.alert === "ZonesafeNodeLanOutHigh")).to.equal(args.lanOutMbps !== undefined);
                expect(new Set(nodeRules(plan).map((r) => r.labels.zonesafe_item))).to.deep.equal(new Set(["cpu", "memory", "network", "disk", "agent", "queue", "send-success"]));
                for (const r of nodeRules(plan)) {
                    expect(r.labels.zonesafe_fault).to.equal("single-node");
                    expect(r.for).to.equal(wantFor);
                    expect(r.expr).to.match(/^label_replace\(.*, "node", "\$\{1\}\$\{2\}\$\{3\}", "instance", `[^`]+`\) /);
                    expect(r.expr.endsWith(` ${String(thresholdOf(plan, r.alert))}`), `${r.alert}: ${r.expr}`).to.equal(true);
                }
                const given: [keyof AlertRulesArgs, string][] = [
                    ["cpuPercent", "ZonesafeNodeCpuBusy"],
                    ["memoryPercent", "ZonesafeNodeMemoryLow"],
                    ["diskPercent", "ZonesafeNodeDiskFull"],
                    ["queueLengthMax", "ZonesafeQueueTooLong"],
                    ["sendSuccessPercent", "ZonesafeSendSuccessLow"],
                ];
                for (const [field, alert] of given) {
                    if (args[field] !== undefined) expect(ruleOf(plan, alert).expr.endsWith(` ${String(args[field])}`)).to.equal(true);
                }
                for (const field of ["agentUpMetric", "queueLengthMetric", "sendSuccessMetric", "sendTotalMetric"] as const) {
                    if (args[field] !== undefined) expect(nodeRules(plan).some((r) => r.expr.includes(args[field]!)), field).to.equal(true);
                }
                const common = plan.groups[1].rules[0];
                expect(common.labels.zonesafe_fault).to.equal("common-cause");
                expect(common.expr.endsWith(`>= ${args.commonCauseNodes ?? 3}`)).to.equal(true);
                expect(YAML.parse(renderAlertRulesYaml(plan))).to.deep.equal(alertRuleGroups(plan));
            }),
            { numRuns: 300 },
        );
    });

    it("refuses every bad field, and only those, whatever the combination", () => {
        const bad = fc.record(
            {
                cpuPercent: fc.constantFrom(0, 100.5, -1, Number.NaN, Number.POSITIVE_INFINITY, "90"),
                memoryPercent: fc.constantFrom(0, 101, "90"),
                diskPercent: fc.constantFrom(0.5, 1000, "85%"),
                lanOutMbps: fc.constantFrom(0, -3, Number.NaN, "800"),
                periodSeconds: fc.constantFrom(30, 120, 0, "60"),
                continuePeriods: fc.constantFrom(0, 11, 2.5),
                nodeExporterMatchers: fc.constantFrom("", "  ", "job=node", '{job="node"}', 'job="node",,', 'job=~"node\\d"', 7),
                networkErrorsPerSecond: fc.constantFrom(0, -1, Number.NaN),
                agentUpMetric: fc.constantFrom("", "agent up", "1up", 'up{job="a"', "up{job=a}"),
                queueLengthMetric: fc.constantFrom("", "queue-length", 5),
                queueLengthMax: fc.constantFrom(0, -1, Number.POSITIVE_INFINITY),
                sendSuccessMetric: fc.constantFrom("", "ok total"),
                sendTotalMetric: fc.constantFrom("", "total)"),
                sendSuccessPercent: fc.constantFrom(0, -1, 100.01, Number.NaN),
                commonCauseNodes: fc.constantFrom(0, 1, 1001, 2.5, "3"),
            },
            { requiredKeys: [] },
        );
        fc.assert(
            fc.property(bad, validArgs, (wrong, right) => {
                fc.pre(Object.keys(wrong).length > 0);
                const args = { ...right, ...wrong } as unknown as AlertRulesArgs;
                const e = refusal(() => planAlertRules("pool", args));
                expect(e.problems.map((p) => p.field)).to.have.members(Object.keys(wrong));
                for (const p of e.problems) expect(p.fix.length).to.be.greaterThan(5);
            }),
            { numRuns: 300 },
        );
    });
});

// ---------------------------------------------------------------------------------------------
// promtool: the rule file as Prometheus reads it, and the rules' unit tests
// ---------------------------------------------------------------------------------------------

/** A series of an input: its selector and values (promtool's expanding notation). */
type Series = { series: string; values: string };
/** One expected alert of a promtool `alert_rule_test`. */
type ExpAlert = { exp_labels: Record<string, string>; exp_annotations: Record<string, string> };

/** The labels of a single-node alert of `item` on `instance`, its node being `node`. */
function nodeAlert(item: string, instance: string, node: string, annotations: Record<string, string>, extra: Record<string, string> = {}): ExpAlert {
    return { exp_labels: { severity: "warning", zonesafe_fault: "single-node", zonesafe_item: item, instance, node, ...extra }, exp_annotations: annotations };
}

/** CPU idle seconds of one-CPU node `instance` at `busyPercent`, sampled every 15 s. */
function cpuAt(instance: string, busyPercent: number, steps = 40): Series {
    const idlePer15s = ((100 - busyPercent) / 100) * 15;
    return { series: `node_cpu_seconds_total{job="node", instance="${instance}", cpu="0", mode="idle"}`, values: `0+${idlePer15s}x${steps}` };
}

/** The common-cause alert with `nodes` nodes alarming, at the default limit of 3. */
function commonCauseAlert(nodes: number): ExpAlert {
    return {
        exp_labels: { zonesafe_fault: "common-cause", severity: "page" },
        exp_annotations: {
            summary: `${nodes} nodes alarm at once: common cause suspected`,
            description: "3 or more nodes alarm at once, which points to a common cause (a zone, a release, a dependency): no node is removed automatically; a person decides.",
        },
    };
}

describe("alert rules under promtool", function () {
    let promtool: string;
    let dir: string;

    before(function () {
        promtool = requirePromtool(this);
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-rules-"));
    });

    after(() => {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    /** Writes the rules of `plan` and a promtool test file of `tests`, then runs `promtool test rules`. */
    async function runRuleTests(name: string, plan: AlertRulesPlan, tests: unknown[]): Promise<PromtoolRun> {
        fs.writeFileSync(path.join(dir, `${name}.rules.yml`), renderAlertRulesYaml(plan));
        const file = path.join(dir, `${name}.test.yml`);
        fs.writeFileSync(file, YAML.stringify({ rule_files: [`${name}.rules.yml`], evaluation_interval: "1m", tests }));
        return runPromtool(promtool, ["test", "rules", file], dir);
    }

    /** Runs the rule unit tests `tests` on the rules of `plan`; they must pass. */
    async function testRules(name: string, plan: AlertRulesPlan, tests: unknown[]): Promise<void> {
        const run = await runRuleTests(name, plan, tests);
        expect(run.code, `promtool test rules ${name}:\n${run.stdout}\n${run.stderr}`).to.equal(0);
        expect(run.stdout).to.include("SUCCESS");
    }

    it("passes `promtool check rules`, with defaults and with every argument given", async () => {
        const files = [planAlertRules("gw"), planAlertRules("gw", {
                lanOutMbps: 800,
                periodSeconds: 300,
                continuePeriods: 10,
                commonCauseNodes: 5,
                nodeExporterMatchers: 'job=~"node\\\\.exporter", env!="dev"',
                agentUpMetric: 'up{job="log-agent"}',
                sendSuccessMetric: 'gateway_sent_total{result="ok"}',
                sendTotalMetric: "gateway_sent_total",
            })].map((plan, i) => {
            const file = path.join(dir, `check-${i}.yml`);
            fs.writeFileSync(file, renderAlertRulesYaml(plan));
            return file;
        });
        const run = await runPromtool(promtool, ["check", "rules", ...files], dir);
        expect(run.code, `${run.stdout}\n${run.stderr}`).to.equal(0);
        expect(run.stdout).to.include("SUCCESS: 10 rules found").and.to.include("SUCCESS: 11 rules found");
    });

    it("refuses a broken rule file, so a passing check means something", async () => {
        const plan = planAlertRules("gw");
        plan.groups[0].rules[0].expr = plan.groups[0].rules[0].expr.replace("rate(", "rate((");
        const file = path.join(dir, "broken.yml");
        fs.writeFileSync(file, renderAlertRulesYaml(plan));
        const run = await runPromtool(promtool, ["check", "rules", file], dir);
        expect(run.code).to.not.equal(0);
        expect(`${run.stdout}${run.stderr}`).to.include("ZonesafeNodeCpuBusy");
    });

    it("passes `promtool check rules` for a handful of random arguments", async () => {
        const samples = fc.sample(validArgs, { numRuns: 6, seed: 16 });
        const files = samples.map((args, i) => {
            const file = path.join(dir, `random-${i}.yml`);
            fs.writeFileSync(file, renderAlertRulesYaml(planAlertRules(`pool-${i}`, args)));
            return file;
        });
        const run = await runPromtool(promtool, ["check", "rules", ...files], dir);
        expect(run.code, `${run.stdout}\n${run.stderr}\nargs: ${JSON.stringify(samples)}`).to.equal(0);
        expect(run.stdout.match(/SUCCESS: \d+ rules found/g)).to.have.lengthOf(samples.length);
    });

    it("CPU above the threshold for the period fires with the node's label; below, or not yet long enough, does not", async () => {
        const cpu = (busy: string, instance: string, node: string) =>
            nodeAlert("cpu", instance, node, { summary: `CPU ${busy}% busy on ${node}`, description: "CPU busy above 90% for 3m." });
        await testRules("cpu", planAlertRules("gw"), [
            {
                interval: "15s",
                input_series: [cpuAt("10.0.0.1:9100", 95), cpuAt("10.0.0.2:9100", 50), cpuAt("10.0.0.4:9100", 89), cpuAt("[fd00::3]:9100", 97), cpuAt("gw-5", 99), cpuAt("fd00::6", 98)],
                alert_rule_test: [
                    { eval_time: "3m", alertname: "ZonesafeNodeCpuBusy", exp_alerts: [] },
                    {
                        eval_time: "5m",
                        alertname: "ZonesafeNodeCpuBusy",
                        exp_alerts: [cpu("95", "10.0.0.1:9100", "10.0.0.1"), cpu("97", "[fd00::3]:9100", "fd00::3"), cpu("99", "gw-5", "gw-5"), cpu("98", "fd00::6", "fd00::6")],
                    },
                    // Four nodes at once: a common cause is suspected as well.
                    { eval_time: "5m", alertname: COMMON_CAUSE_ALERT, exp_alerts: [commonCauseAlert(4)] },
                ],
            },
        ]);
    });

    it("fails a rule unit test whose expected node is wrong, so the passing ones mean something", async () => {
        const run = await runRuleTests("wrong-node", planAlertRules("gw"), [
            {
                interval: "15s",
                input_series: [cpuAt("10.0.0.1:9100", 95)],
                alert_rule_test: [
                    {
                        eval_time: "5m",
                        alertname: "ZonesafeNodeCpuBusy",
                        exp_alerts: [nodeAlert("cpu", "10.0.0.1:9100", "10.0.0.9", { summary: "CPU 95% busy on 10.0.0.1", description: "CPU busy above 90% for 3m." })],
                    },
                ],
            },
        ]);
        expect(run.code).to.not.equal(0);
        expect(`${run.stdout}${run.stderr}`).to.include("ZonesafeNodeCpuBusy").and.to.include('node="10.0.0.1"');
    });

    it("takes the threshold and the periods from the arguments (50%, 5-minute periods, 2 of them: fires after 10m)", async () => {
        const annotations = { summary: "CPU 60% busy on 10.0.0.1", description: "CPU busy above 50% for 10m." };
        await testRules("cpu-args", planAlertRules("gw", { cpuPercent: 50, periodSeconds: 300, continuePeriods: 2 }), [
            {
                interval: "15s",
                input_series: [cpuAt("10.0.0.1:9100", 60, 60), cpuAt("10.0.0.2:9100", 45, 60)],
                alert_rule_test: [
                    { eval_time: "9m", alertname: "ZonesafeNodeCpuBusy", exp_alerts: [] },
                    { eval_time: "12m", alertname: "ZonesafeNodeCpuBusy", exp_alerts: [nodeAlert("cpu", "10.0.0.1:9100", "10.0.0.1", annotations)] },
                ],
            },
        ]);
    });

    it("a node's CPU and agent alerts carry the same node, and count once: 2 faulty nodes raise no common-cause alert", async () => {
        await testRules("two-nodes", planAlertRules("gw"), [
            {
                interval: "15s",
                input_series: [
                    cpuAt("10.0.0.1:9100", 95),
                    cpuAt("10.0.0.2:9100", 96),
                    { series: 'zonesafe_agent_up{job="gateway", instance="10.0.0.1:9400"}', values: "0x40" },
                    { series: 'zonesafe_agent_up{job="gateway", instance="10.0.0.2:9400"}', values: "1x40" },
                ],
                alert_rule_test: [
                    {
                        eval_time: "6m",
                        alertname: "ZonesafeNodeCpuBusy",
                        exp_alerts: [
                            nodeAlert("cpu", "10.0.0.1:9100", "10.0.0.1", { summary: "CPU 95% busy on 10.0.0.1", description: "CPU busy above 90% for 3m." }),
                            nodeAlert("cpu", "10.0.0.2:9100", "10.0.0.2", { summary: "CPU 96% busy on 10.0.0.2", description: "CPU busy above 90% for 3m." }),
                        ],
                    },
                    {
                        eval_time: "6m",
                        alertname: "ZonesafeAgentUnavailable",
                        exp_alerts: [nodeAlert("agent", "10.0.0.1:9400", "10.0.0.1", { summary: "Agent unavailable on 10.0.0.1", description: "zonesafe_agent_up is 0 for 3m." })],
                    },
                    { eval_time: "6m", alertname: COMMON_CAUSE_ALERT, exp_alerts: [] },
                ],
                promql_expr_test: [
                    {
                        expr: 'count by (node) (ALERTS{alertstate="firing", zonesafe_fault="single-node"})',
                        eval_time: "6m",
                        exp_samples: [
                            { labels: '{node="10.0.0.1"}', value: 2 },
                            { labels: '{node="10.0.0.2"}', value: 1 },
                        ],
                    },
                ],
            },
        ]);
    });

    it("3 faulty nodes (CPU, agent, queue) raise ZonesafeCommonCause; at a limit of 4 they do not", async () => {
        const series: Series[] = [
            cpuAt("10.0.0.1:9100", 95),
            cpuAt("10.0.0.2:9100", 20),
            cpuAt("10.0.0.3:9100", 20),
            { series: 'zonesafe_agent_up{instance="10.0.0.2:9400"}', values: "0x40" },
            { series: 'zonesafe_queue_length{instance="10.0.0.3:9400"}', values: "20000x40" },
            { series: 'zonesafe_queue_length{instance="10.0.0.4:9400"}', values: "10000x40" },
        ];
        const common = commonCauseAlert(3);
        await testRules("three-nodes", planAlertRules("gw"), [
            {
                interval: "15s",
                input_series: series,
                alert_rule_test: [
                    {
                        eval_time: "6m",
                        alertname: "ZonesafeQueueTooLong",
                        exp_alerts: [nodeAlert("queue", "10.0.0.3:9400", "10.0.0.3", { summary: "Queue 20k long on 10.0.0.3", description: "Queue longer than 10000 for 3m." })],
                    },
                    { eval_time: "2m", alertname: COMMON_CAUSE_ALERT, exp_alerts: [] },
                    { eval_time: "6m", alertname: COMMON_CAUSE_ALERT, exp_alerts: [common] },
                ],
            },
        ]);
        await testRules("three-nodes-limit-4", planAlertRules("gw", { commonCauseNodes: 4 }), [
            { interval: "15s", input_series: series, alert_rule_test: [{ eval_time: "6m", alertname: COMMON_CAUSE_ALERT, exp_alerts: [] }] },
        ]);
    });

    it("send success below its threshold fires; at or above it does not", async () => {
        await testRules("send-success", planAlertRules("gw"), [
            {
                interval: "15s",
                input_series: [
                    { series: 'zonesafe_send_total{instance="10.0.0.4:9400"}', values: "0+100x40" },
                    { series: 'zonesafe_send_success_total{instance="10.0.0.4:9400"}', values: "0+95x40" },
                    { series: 'zonesafe_send_total{instance="10.0.0.5:9400"}', values: "0+100x40" },
                    { series: 'zonesafe_send_success_total{instance="10.0.0.5:9400"}', values: "0+99.5x40" },
                ],
                alert_rule_test: [
                    {
                        eval_time: "6m",
                        alertname: "ZonesafeSendSuccessLow",
                        exp_alerts: [nodeAlert("send-success", "10.0.0.4:9400", "10.0.0.4", { summary: "Send success 95% on 10.0.0.4", description: "Send success rate below 99% for 3m." })],
                    },
                ],
            },
        ]);
    });

    it("memory, disk and an unreachable node fire with their node; healthy nodes do not", async () => {
        const fsLabels = (instance: string, mountpoint: string, fstype = "ext4") => `{job="node", instance="${instance}", device="/dev/vda1", fstype="${fstype}", mountpoint="${mountpoint}"}`;
        await testRules("system", planAlertRules("gw"), [
            {
                interval: "15s",
                input_series: [
                    { series: 'node_memory_MemAvailable_bytes{job="node", instance="10.0.0.6:9100"}', values: "5x40" },
                    { series: 'node_memory_MemTotal_bytes{job="node", instance="10.0.0.6:9100"}', values: "100x40" },
                    { series: 'node_memory_MemAvailable_bytes{job="node", instance="10.0.0.7:9100"}', values: "50x40" },
                    { series: 'node_memory_MemTotal_bytes{job="node", instance="10.0.0.7:9100"}', values: "100x40" },
                    { series: `node_filesystem_avail_bytes${fsLabels("10.0.0.7:9100", "/data")}`, values: "10x40" },
                    { series: `node_filesystem_size_bytes${fsLabels("10.0.0.7:9100", "/data")}`, values: "100x40" },
                    { series: `node_filesystem_avail_bytes${fsLabels("10.0.0.6:9100", "/run", "tmpfs")}`, values: "0x40" },
                    { series: `node_filesystem_size_bytes${fsLabels("10.0.0.6:9100", "/run", "tmpfs")}`, values: "100x40" },
                    { series: 'up{job="node", instance="10.0.0.8:9100"}', values: "0x40" },
                    { series: 'up{job="node", instance="10.0.0.6:9100"}', values: "1x40" },
                    { series: 'up{job="gateway", instance="10.0.0.6:9400"}', values: "0x40" },
                ],
                alert_rule_test: [
                    {
                        eval_time: "5m",
                        alertname: "ZonesafeNodeMemoryLow",
                        exp_alerts: [nodeAlert("memory", "10.0.0.6:9100", "10.0.0.6", { summary: "Memory 95% used on 10.0.0.6", description: "Memory used above 90% (available below 10%) for 3m." })],
                    },
                    {
                        eval_time: "5m",
                        alertname: "ZonesafeNodeDiskFull",
                        exp_alerts: [nodeAlert("disk", "10.0.0.7:9100", "10.0.0.7", { summary: "Disk /data 90% used on 10.0.0.7", description: "Disk used above 85% for 3m." }, { mountpoint: "/data" })],
                    },
                    {
                        eval_time: "5m",
                        alertname: "ZonesafeNodeDown",
                        exp_alerts: [nodeAlert("network", "10.0.0.8:9100", "10.0.0.8", { summary: "10.0.0.8 is unreachable", description: "node_exporter on the node could not be scraped for 3m (node down or unreachable)." })],
                    },
                ],
            },
        ]);
    });
});

describe("promtool lookup (test support)", () => {
    let dir: string;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonesafe-promtool-"));
        fs.mkdirSync(path.join(dir, "bin"));
        fs.writeFileSync(path.join(dir, "bin", "promtool"), "#!/bin/sh\n", { mode: 0o755 });
        fs.mkdirSync(path.join(dir, "empty"));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const fakeContext = () => fakeHookContext("rules");


    it("finds promtool on PATH or at ZONESAFE_PROMTOOL, and nothing where there is none", () => {
        const bin = path.join(dir, "bin");
        expect(findPromtool({ PATH: [path.join(dir, "empty"), bin].join(path.delimiter) })).to.equal(path.join(bin, "promtool"));
        expect(findPromtool({ PATH: path.join(dir, "empty") })).to.equal(undefined);
        expect(findPromtool({ PATH: bin, ZONESAFE_PROMTOOL: path.join(dir, "nowhere") })).to.equal(undefined);
        expect(findPromtool({ PATH: "", ZONESAFE_PROMTOOL: path.join(bin, "promtool") })).to.equal(path.join(bin, "promtool"));
    });

    it("fails under CI when promtool is missing, saying how to install it", () => {
        for (const CI of ["true", "1", "yes"]) {
            expect(onCi({ CI })).to.equal(true);
            const { ctx } = fakeContext();
            expect(() => requirePromtool(ctx, { CI, PATH: path.join(dir, "empty") })).to.throw(/cannot run on CI: promtool is not on PATH; install it with `apt-get install prometheus`/);
        }
    });

    it("elsewhere marks the suite pending, with the reason in every title and on stderr", () => {
        for (const CI of [undefined, "", "false", "0"]) {
            expect(onCi({ CI })).to.equal(false);
            const { ctx, titles, skipped } = fakeContext();
            const stderr = stderrOf(() => requirePromtool(ctx, { CI, PATH: path.join(dir, "empty") }));
            expect(skipped()).to.equal(true);
            expect(stderr).to.include("PENDING promtool tests (rules)").and.to.include(PROMTOOL_INSTALL);
            for (const t of titles()) expect(t).to.include(`[pending: promtool is not on PATH; ${PROMTOOL_INSTALL}]`);
        }
    });
});
