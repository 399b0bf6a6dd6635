/**
 * The drill planner: a pure function from a {@link DrillSubject} (the stack's zones, the resources in
 * each, its MySQL instances, the simulation's estimates and targets) to a {@link DrillPlan}:
 * - per zone, `az-loss-<zone>`: a step per tier present there (TKE: the zone's pods lose their network,
 *   then are killed with the zone's nodes cordoned; CLB, Redis, MongoDB, CKafka: the cloud's own fault
 *   action through CFG; MySQL: the primary/replica switch), with the hypotheses "each tier recovers
 *   within its estimate", "the stack recovers within the RTO target" and "the data tier loses nothing";
 * - per MySQL instance, `db-isolation-<name>` (security-group swap, then a clone from backup at the
 *   recorded time) and `db-restore-<name>` (delete the drill's rows, then roll back into a new
 *   database), each with the hypotheses "RPO 0" and "checksums equal".
 * Every expected value comes from the subject; the planner states no figure of its own.
 */

import { zoneIdOf } from "@zonesafe/model";
import type { SimulatedTier } from "@zonesafe/model";
import { killAfterSecondsOf, networkLossChaos, podKillChaos, StatusCheckInput, ZONE_LABEL, ZoneLabel, ZONE_LABELS, zoneLossWorkflow, ZoneLossInput } from "./chaosMesh";
import { cdbCreateClone, cdbModifySecurityGroups, cdbRollbackDatabase, cdbSwitchMasterSlave, cfgFaultRequests } from "./cloud";
import {
    azLossId,
    dbIsolationId,
    dbRestoreId,
    DRILL_PLAN_SCHEMA,
    DRILL_PLAN_VERSION,
    DrillExperiment,
    DrillPlan,
    DrillStep,
    DrillTarget,
    Hypothesis,
    HypothesisMetric,
    isPlaceholder,
    placeholder,
    PlaceholderSpec,
} from "./plan";
import type { DrillSubject, SubjectEstimate, SubjectResource, SubjectZone } from "./subject";

/** How a plan is made. */
export interface PlanOptions {
    /** The time the plan is stamped with. Defaults to now. */
    readonly now?: Date;
    /** The HTTP(S) endpoint the status checks probe; it answers 2xx while the service serves. Defaults to a placeholder. */
    readonly checkUrl?: string;
    /** The namespace the Chaos Mesh objects are created in. Defaults to {@link DEFAULT_CHAOS_NAMESPACE}. */
    readonly namespace?: string;
    /** The node label a zone is selected by. Defaults to `topology.kubernetes.io/zone`. */
    readonly zoneLabel?: ZoneLabel;
    /** How long a zone stays lost, seconds. Defaults to the RTO target: a stack not back by then fails it. */
    readonly durationSeconds?: number;
    /** Seconds between two probes of a status check. Defaults to {@link DEFAULT_CHECK_INTERVAL_SECONDS}. */
    readonly checkIntervalSeconds?: number;
    /** The database the data drills write their heartbeat rows to. Defaults to {@link DEFAULT_DRILL_DATABASE}. */
    readonly drillDatabase?: string;
}

/** The default namespace of the Chaos Mesh objects. */
export const DEFAULT_CHAOS_NAMESPACE = "chaos-mesh";
/** The default probe interval of a status check, seconds. */
export const DEFAULT_CHECK_INTERVAL_SECONDS = 10;
/** The default database of the data drills' heartbeat rows. */
export const DEFAULT_DRILL_DATABASE = "zonesafe_drill";

/** The new database a restore drill rolls back into: the drill's database with `_restored` (MySQL's 64-character limit kept). */
export function restoredDatabaseName(database: string): string {
    return `${database}_restored`.slice(0, 64);
}
/** The heartbeat table the runner writes in the drill database. */
export const HEARTBEAT_TABLE = "heartbeat";
/** The status-check endpoint when none is given. */
export const CHECK_URL_PLACEHOLDER = placeholder("check-url");
/** How long the CFG pauses an experiment that is left waiting, minutes. */
export const CFG_PAUSE_MINUTES = 30;

/** One refused planning option: the option, the rule it breaks, and the fix. */
export interface PlanOptionProblem {
    readonly field: string;
    readonly rule: string;
    readonly fix: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The problems of planning options (none when they are usable). */
export function planOptionProblems(o: PlanOptions): PlanOptionProblem[] {
    const problems: PlanOptionProblem[] = [];
    if (o.checkUrl !== undefined && !isHttpUrl(o.checkUrl)) {
        problems.push({ field: "checkUrl", rule: "must be an absolute http:// or https:// URL", fix: "give the health endpoint of the service, e.g. https://shop.example.com/healthz" });
    }
    if (o.namespace !== undefined && !(DNS_LABEL.test(o.namespace) && o.namespace.length <= 63)) {
        problems.push({ field: "namespace", rule: "must be a Kubernetes namespace name (lower-case letters, digits and '-', at most 63)", fix: "use the namespace Chaos Mesh watches, e.g. chaos-mesh" });
    }
    if (o.zoneLabel !== undefined && !(ZONE_LABELS as readonly string[]).includes(o.zoneLabel)) {
        problems.push({ field: "zoneLabel", rule: `must be one of ${ZONE_LABELS.join(", ")}`, fix: `use ${ZONE_LABEL} (TKE sets it to the numeric zone id)` });
    }
    if (o.durationSeconds !== undefined && !(Number.isInteger(o.durationSeconds) && o.durationSeconds >= 60 && o.durationSeconds <= 86_400)) {
        problems.push({ field: "durationSeconds", rule: "must be an integer between 60 and 86400", fix: "hold the zone's loss at least as long as the RTO target, e.g. 900" });
    }
    if (o.checkIntervalSeconds !== undefined && !(Number.isInteger(o.checkIntervalSeconds) && o.checkIntervalSeconds >= 2 && o.checkIntervalSeconds <= 300)) {
        problems.push({ field: "checkIntervalSeconds", rule: "must be an integer between 2 and 300", fix: "probe every 10 seconds or so" });
    }
    if (o.drillDatabase !== undefined && !DATABASE_NAME.test(o.drillDatabase)) {
        problems.push({ field: "drillDatabase", rule: "must be a MySQL database name (letters, digits, '_', at most 64)", fix: `use ${DEFAULT_DRILL_DATABASE}` });
    }
    if (o.now !== undefined && !(o.now instanceof Date && Number.isFinite(o.now.getTime()))) {
        problems.push({ field: "now", rule: "must be a valid Date", fix: "pass new Date()" });
    }
    return problems;
}

/** The error {@link planDrills} throws for unusable options, listing every problem. */
export class PlanOptionsError extends Error {
    constructor(readonly problems: readonly PlanOptionProblem[]) {
        super(problems.map((p) => `${p.field} ${p.rule} (${p.fix})`).join("; "));
        this.name = "PlanOptionsError";
    }
}

/** An absolute http:// or https:// URL with a host, and no blank or control character. */
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;

function isHttpUrl(value: string): boolean {
    return typeof value === "string" && HTTP_URL.test(value) && [...value].every((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f);
}

/** A name usable in ids and object names: lower case, `[a-z0-9-]`, no leading or trailing '-'. */
export function slug(name: string): string {
    const s = name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/-+/g, "-")
        .replace(/^-|-$/g, "");
    return s === "" ? "x" : s;
}

/** An object name of at most 63 characters, kept unique by a short hash when it had to be cut. */
function objectName(name: string): string {
    if (name.length <= 63) return name;
    let h = 0;
    for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return `${name.slice(0, 54).replace(/-$/, "")}-${h.toString(36).slice(0, 7)}`;
}

/** Builds the drill plan of a subject. Throws {@link PlanOptionsError} for unusable options. */
export function planDrills(subject: DrillSubject, options: PlanOptions = {}): DrillPlan {
    const problems = planOptionProblems(options);
    if (problems.length > 0) throw new PlanOptionsError(problems);
    const ctx: Context = {
        subject,
        region: subject.region ?? "{{resolve:region}}",
        checkUrl: options.checkUrl ?? CHECK_URL_PLACEHOLDER,
        namespace: options.namespace ?? DEFAULT_CHAOS_NAMESPACE,
        zoneLabel: options.zoneLabel ?? ZONE_LABEL,
        durationSeconds: options.durationSeconds ?? Math.max(60, subject.targets.rtoSeconds),
        interval: options.checkIntervalSeconds ?? DEFAULT_CHECK_INTERVAL_SECONDS,
        database: options.drillDatabase ?? DEFAULT_DRILL_DATABASE,
        notes: [],
    };
    const experiments: DrillExperiment[] = [];
    for (const zone of subject.zones) {
        const experiment = zoneLoss(ctx, zone);
        if (experiment) experiments.push(experiment);
    }
    for (const mysql of subject.mysql) {
        experiments.push(dbIsolation(ctx, mysql), dbRestore(ctx, mysql));
    }
    if (subject.mysql.length === 0) ctx.notes.push("The stack has no MySQL instance: no data drill is planned.");
    return {
        schema: DRILL_PLAN_SCHEMA,
        planVersion: DRILL_PLAN_VERSION,
        stack: { project: subject.project, stack: subject.stack, source: subject.source },
        generatedAt: (options.now ?? new Date()).toISOString(),
        region: subject.region,
        targets: { rtoSeconds: subject.targets.rtoSeconds, rpoSecondsData: subject.targets.rpoSecondsData },
        checkUrl: ctx.checkUrl,
        experiments,
        notes: ctx.notes,
    };
}

interface Context {
    readonly subject: DrillSubject;
    readonly region: string;
    readonly checkUrl: string;
    readonly namespace: string;
    readonly zoneLabel: ZoneLabel;
    readonly durationSeconds: number;
    readonly interval: number;
    readonly database: string;
    readonly notes: string[];
}

/** Collects the placeholders an experiment uses, each once. */
class Placeholders {
    private readonly specs = new Map<string, PlaceholderSpec>();

    /** The placeholder for `what`, recorded with how it is resolved. */
    use(what: string, description: string, resolvedBy: string, urn?: string): string {
        const token = placeholder(what);
        if (!this.specs.has(token)) this.specs.set(token, { token, what: description, resolvedBy, ...(urn ? { urn } : {}) });
        return token;
    }

    get list(): PlaceholderSpec[] {
        return [...this.specs.values()];
    }
}

/** How the runner finds a resource's cloud id, per kind. */
const ID_LOOKUP: Readonly<Record<SubjectResource["kind"], string>> = {
    clb: "clb DescribeLoadBalancers by name, or the stack's state",
    tke: "tke DescribeClusters by name, or the stack's state",
    workload: "the cluster's API (the workload has no cloud id)",
    mysql: "cdb DescribeDBInstances by name, or the stack's state",
    redis: "redis DescribeInstances by name, or the stack's state",
    mongodb: "mongodb DescribeDBInstances by name, or the stack's state",
    ckafka: "ckafka DescribeInstances by name, or the stack's state",
};

function targetOf(r: SubjectResource, ph: Placeholders): DrillTarget {
    const id = r.id !== undefined && r.id !== "" && !isPlaceholder(r.id) ? r.id : ph.use(`${r.kind}.instance-id:${r.name}`, `the cloud id of ${r.kind} ${r.name}`, ID_LOOKUP[r.kind], r.urn);
    return { kind: r.kind, urn: r.urn, name: r.name, id, zones: [...r.zones] };
}

function simulatedOf(zone: SubjectZone, urn: string): number | null {
    return zone.simulated.resources[urn]?.rtoSeconds ?? null;
}

function timeHypothesis(id: string, metric: HypothesisMetric, estimate: SubjectEstimate, statement: string, simulated: number | null, urn?: string): Hypothesis {
    return {
        id,
        metric,
        comparator: "<=",
        expected: estimate.seconds,
        unit: "seconds",
        source: { estimate: estimate.name, simulated, detail: estimate.detail },
        ...(urn ? { urn } : {}),
        statement,
    };
}

function seconds(s: number): string {
    if (s < 60) return `${s} s`;
    const m = Math.floor(s / 60);
    const rest = s - m * 60;
    return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** The experiment of a zone's loss; `undefined` (with a note) when no tier in the zone has a drill action. */
function zoneLoss(ctx: Context, zone: SubjectZone): DrillExperiment | undefined {
    const id = azLossId(zone.zone);
    const zoneId = zoneIdOf(zone.zone) ?? null;
    const ph = new Placeholders();
    const steps: DrillStep[] = [];
    const hypotheses: Hypothesis[] = [];
    const checks: StatusCheckInput[] = [];
    const chaosMesh = [];
    const est = ctx.subject.estimates;
    const rollback: string[] = [];
    const preconditions = [
        `The stack ${ctx.subject.project}/${ctx.subject.stack} is healthy in every zone and no other change or drill is under way.`,
        ctx.checkUrl === CHECK_URL_PLACEHOLDER
            ? "The service has a status endpoint that answers 2xx from outside the cluster while it serves; give it to the run (the plan holds {{resolve:check-url}} until then)."
            : `The status endpoint ${ctx.checkUrl} answers 2xx from outside the cluster.`,
    ];
    const resourcesOf = (tier: SimulatedTier): readonly SubjectResource[] => zone.tiers.find((t) => t.tier === tier)?.resources ?? [];
    const pauseMinutes = CFG_PAUSE_MINUTES;
    const cfgStep = (tier: SimulatedTier, r: SubjectResource, action: DrillStep["action"], title: string, undo: string, parameters: DrillStep["parameters"] = {}): DrillStep => {
        const target = targetOf(r, ph);
        const stepId = `${tier}-${action}-${slug(r.name)}`;
        ph.use(`cfg.action-id:${action}`, `the id of CFG's fault action for ${action}`, "cfg DescribeActionLibraryList, the action for this product and fault");
        ph.use(`cfg.task-id:${stepId}`, `the CFG experiment created for step ${stepId}`, "the TaskId CreateTaskFromAction returns");
        ph.use(`hypotheses-held:${id}`, "whether every hypothesis held", "the runner's measurement, when the experiment ends");
        ph.use(`summary:${id}`, "the measured values against the expected ones", "the runner's measurement, when the experiment ends");
        return {
            id: stepId,
            tier,
            action,
            executor: "cfg",
            title,
            targets: [target],
            parameters: { zone: zone.zone, ...parameters },
            requests: cfgFaultRequests(ctx.region, { step: stepId, action, instances: [target.id], title: `${id}: ${title}`, description: `zonesafe drill ${id}`, experiment: id, pauseMinutes }),
            rollback: undo,
        };
    };

    // Access: each CLB whose master zone is lost switches to its slave zone.
    for (const clb of resourcesOf("access").filter((r) => r.kind === "clb")) {
        if (clb.primaryZone !== undefined && clb.primaryZone !== zone.zone) {
            ctx.notes.push(`${id}: CLB ${clb.name} keeps its master zone ${clb.primaryZone}; only its slave zone is lost, so no switch is drilled.`);
            continue;
        }
        steps.push(cfgStep("access", clb, "clb-zone-switch", `Fail CLB ${clb.name}'s master zone ${zone.zone} over to its slave zone`, "End the CFG experiment (ModifyTaskRunStatus), which recovers its fault; check that the CLB serves from its zones again."));
        const h = timeHypothesis(`clb-switch-seconds:${clb.name}`, "clb-switch-seconds", est.clbSwitch, `CLB ${clb.name} serves from its slave zone within ${seconds(est.clbSwitch.seconds)}.`, simulatedOf(zone, clb.urn), clb.urn);
        hypotheses.push(h);
        checks.push({ name: objectName(`check-clb-${slug(clb.name)}`), hypothesis: h.statement, url: ctx.checkUrl, toleratedSeconds: est.clbSwitch.seconds, abort: false });
    }

    // Compute: the zone's pods lose their network, then are killed with the zone's nodes cordoned.
    const workloads = resourcesOf("compute").filter((r) => r.kind === "workload");
    const clusters = resourcesOf("compute").filter((r) => r.kind === "tke");
    if (workloads.length > 0 && zoneId === null) {
        ctx.notes.push(`${id}: the numeric id of ${zone.zone} is unknown (its region's code is not in the zone table), so its nodes cannot be selected by label; the TKE faults are left out.`);
    } else if (workloads.length > 0 && zoneId !== null) {
        const namespaces = [...new Set(workloads.map((w) => w.namespace ?? "default"))].sort();
        const workloadTargets = workloads.map((w) => targetOf(w, ph));
        const clusterTargets = clusters.map((c) => targetOf(c, ph));
        const selector = `${ctx.zoneLabel}=${zoneId}`;
        const input: ZoneLossInput = {
            name: objectName(`zonesafe-${id}`),
            namespace: ctx.namespace,
            experiment: id,
            zoneId,
            zoneLabel: ctx.zoneLabel,
            namespaces,
            durationSeconds: ctx.durationSeconds,
            killAfterSeconds: killAfterSecondsOf(ctx.durationSeconds, ctx.interval),
            checks,
            checkIntervalSeconds: ctx.interval,
        };
        steps.push({
            id: "compute-nodes-cordon",
            tier: "compute",
            action: "nodes-cordon",
            executor: "runner",
            title: `Cordon the nodes in ${zone.zone} (label ${selector}) so that no pod is scheduled there during the drill`,
            targets: clusterTargets,
            parameters: { zone: zone.zone, zoneId, nodeSelector: selector },
            requests: [],
            rollback: `Uncordon the nodes: kubectl uncordon -l ${selector}`,
        });
        steps.push({
            id: "compute-network-partition",
            tier: "compute",
            action: "network-partition",
            executor: "chaos-mesh",
            title: `Drop every packet to and from the pods on nodes in ${zone.zone} (namespaces ${namespaces.join(", ")}) for ${seconds(ctx.durationSeconds)}`,
            targets: workloadTargets,
            parameters: { zone: zone.zone, zoneId, nodeSelector: selector, namespaces, loss: "100%", durationSeconds: ctx.durationSeconds },
            requests: [],
            manifest: networkLossChaos(input),
            rollback: `Delete the NetworkChaos: kubectl delete networkchaos -n ${ctx.namespace} ${input.name}-network`,
        });
        steps.push({
            id: "compute-pod-kill",
            tier: "compute",
            action: "pod-kill",
            executor: "chaos-mesh",
            title: `Kill the pods on nodes in ${zone.zone}; their replacements must become Ready in the other zones`,
            targets: workloadTargets,
            parameters: { zone: zone.zone, zoneId, nodeSelector: selector, namespaces },
            requests: [],
            manifest: podKillChaos(input),
            rollback: "Nothing to undo: the killed pods are replaced by their controllers; uncordon the nodes so that they spread again.",
        });
        for (const w of workloads) {
            hypotheses.push(
                timeHypothesis(
                    `pod-migration-seconds:${w.name}`,
                    "pod-migration-seconds",
                    est.podMigration,
                    `Workload ${w.name}'s pods from ${zone.zone} are Ready in other zones within ${seconds(est.podMigration.seconds)}.`,
                    simulatedOf(zone, w.urn),
                    w.urn,
                ),
            );
        }
        rollback.push(`Delete the Chaos Mesh objects of the experiment (Chaos Mesh recovers their faults): kubectl delete workflow,networkchaos,podchaos -n ${ctx.namespace} -l zonesafe.io/experiment=${id}`);
        preconditions.push(
            `Chaos Mesh 2.8 runs in the cluster${clusters.length > 0 ? ` ${clusters.map((c) => c.name).join(", ")}` : ""} and may act on namespaces ${namespaces.join(", ")}.`,
            `The nodes in ${zone.zone} carry the label ${selector} (kubectl get nodes -l ${selector} lists them).`,
            `The nodes in the other zones have room for the pods of ${zone.zone}.`,
        );
        chaosMesh.push(input);
    }

    // Middleware: CKafka moves its partition leaders out of the zone.
    for (const kafka of resourcesOf("middleware").filter((r) => r.kind === "ckafka")) {
        steps.push(cfgStep("middleware", kafka, "ckafka-zone-failover", `Take CKafka ${kafka.name}'s brokers in ${zone.zone} down`, "End the CFG experiment (ModifyTaskRunStatus), which recovers its fault; check that the brokers have rejoined."));
        hypotheses.push(timeHypothesis(`ckafka-failover-seconds:${kafka.name}`, "ckafka-failover-seconds", est.ckafkaFailover, `CKafka ${kafka.name} serves from the other zones within ${seconds(est.ckafkaFailover.seconds)}.`, simulatedOf(zone, kafka.urn), kafka.urn));
    }

    // Data: the stores whose primary is in the zone fail over.
    const data = resourcesOf("data");
    const primaries = data.filter((r) => r.primaryZone === zone.zone);
    for (const r of data.filter((d) => d.primaryZone !== zone.zone)) {
        ctx.notes.push(`${id}: ${r.kind} ${r.name} keeps its primary in ${r.primaryZone ?? "an unknown zone"}; only a replica is lost in ${zone.zone}, so no switch is drilled.`);
    }
    const mysqls = primaries.filter((r) => r.kind === "mysql");
    if (mysqls.length > 0) {
        steps.push({
            id: "data-heartbeat-start",
            tier: "data",
            action: "heartbeat-start",
            executor: "runner",
            title: `Start writing heartbeat rows with a monotonic sequence to ${ctx.database}.${HEARTBEAT_TABLE} on ${mysqls.map((m) => m.name).join(", ")}, keeping the last acknowledged one`,
            targets: mysqls.map((m) => targetOf(m, ph)),
            parameters: { database: ctx.database, table: HEARTBEAT_TABLE },
            requests: [],
            rollback: `Stop the writer; drop ${ctx.database}.${HEARTBEAT_TABLE} when the drill is over.`,
        });
    }
    for (const r of primaries) {
        if (r.kind === "mysql") {
            const target = targetOf(r, ph);
            steps.push({
                id: `data-mysql-switch-${slug(r.name)}`,
                tier: "data",
                action: "mysql-switch",
                executor: "tencentdb",
                title: `Switch MySQL ${r.name}'s primary in ${zone.zone} to its first replica in another zone`,
                targets: [target],
                parameters: { zone: zone.zone, dstSlave: "first" },
                requests: [cdbSwitchMasterSlave(ctx.region, target.id)],
                rollback: `Nothing to undo: the new primary serves; switch back with SwitchDBInstanceMasterSlave when ${zone.zone} is preferred again.`,
            });
            hypotheses.push(timeHypothesis(`mysql-failover-seconds:${r.name}`, "mysql-failover-seconds", est.mysqlFailover, `MySQL ${r.name} accepts writes on its new primary within ${seconds(est.mysqlFailover.seconds)}.`, simulatedOf(zone, r.urn), r.urn));
        } else if (r.kind === "redis") {
            steps.push(cfgStep("data", r, "redis-zone-failover", `Fail Redis ${r.name}'s primary in ${zone.zone} over to a replica in another zone`, "End the CFG experiment (ModifyTaskRunStatus), which recovers its fault."));
            hypotheses.push(timeHypothesis(`redis-failover-seconds:${r.name}`, "redis-failover-seconds", est.redisFailover, `Redis ${r.name} serves from a promoted replica within ${seconds(est.redisFailover.seconds)}.`, simulatedOf(zone, r.urn), r.urn));
        } else if (r.kind === "mongodb") {
            steps.push(cfgStep("data", r, "mongodb-zone-failover", `Take MongoDB ${r.name}'s primary in ${zone.zone} down so that the replica set elects another`, "End the CFG experiment (ModifyTaskRunStatus), which recovers its fault; check that the node has rejoined as a secondary."));
            hypotheses.push(timeHypothesis(`mongodb-election-seconds:${r.name}`, "mongodb-election-seconds", est.mongodbElection, `MongoDB ${r.name} elects a primary in another zone within ${seconds(est.mongodbElection.seconds)}.`, simulatedOf(zone, r.urn), r.urn));
        }
    }
    if (steps.length === 0) {
        ctx.notes.push(`${id}: no resource in ${zone.zone} has a drill action (CLB master zone, TKE workloads, CKafka, or a MySQL, Redis or MongoDB primary); no experiment is planned.`);
        return undefined;
    }
    if (mysqls.length > 0) {
        steps.push({
            id: "data-heartbeat-stop",
            tier: "data",
            action: "heartbeat-stop",
            executor: "runner",
            title: `Stop the heartbeat writer and check that the last acknowledged sequence is present on the new primary`,
            targets: mysqls.map((m) => targetOf(m, ph)),
            parameters: { database: ctx.database, table: HEARTBEAT_TABLE },
            requests: [],
            rollback: "Nothing to undo (the writer's start step drops the table).",
        });
        for (const m of mysqls) {
            hypotheses.push(rpoHypothesis(ctx, m, `MySQL ${m.name} loses no acknowledged write in the switch (the last acknowledged heartbeat is on the new primary).`));
        }
    }
    steps.push({
        id: "observe",
        tier: steps[steps.length - 1].tier,
        action: "observe",
        executor: "runner",
        title: `Hold the zone's loss for ${seconds(ctx.durationSeconds)} while the status checks probe ${ctx.checkUrl}; the stack must serve again before the RTO target`,
        targets: [],
        parameters: { durationSeconds: ctx.durationSeconds, checkUrl: ctx.checkUrl, intervalSeconds: ctx.interval },
        requests: [],
        rollback: "Abort: end every fault above (their rollbacks, in reverse order).",
    });
    const target = ctx.subject.targets.rtoSeconds;
    const rto: Hypothesis = {
        id: `rto-seconds:${zone.zone}`,
        metric: "rto-seconds",
        comparator: "<=",
        expected: target,
        unit: "seconds",
        source: { estimate: "target", simulated: zone.simulated.rtoSeconds, detail: `the stack's RTO target for the loss of one zone (the simulation's verdict: ${zone.simulated.status}${zone.simulated.rtoSeconds === null ? ", no bound" : ""})` },
        statement: `The stack serves again within ${seconds(target)} of losing ${zone.zone}.`,
    };
    hypotheses.push(rto);
    checks.push({ name: "check-rto", hypothesis: rto.statement, url: ctx.checkUrl, toleratedSeconds: target, abort: true });
    if (ctx.checkUrl === CHECK_URL_PLACEHOLDER) ph.use("check-url", "the service's health endpoint the status checks probe", "zonesafe drill plan --check-url URL, or the runner's --check-url");
    // Undo in reverse order: every step's own rollback, the Chaos Mesh objects first.
    for (const s of [...steps].reverse()) {
        if (s.executor === "chaos-mesh" || s.action === "observe" || s.rollback.startsWith("Nothing to undo")) continue;
        if (!rollback.includes(s.rollback)) rollback.push(s.rollback);
    }
    return {
        id,
        kind: "az-loss",
        title: `Loss of zone ${zone.zone}${zoneId !== null ? ` (zone id ${zoneId})` : ""}`,
        zone: zone.zone,
        zoneId,
        preconditions,
        steps,
        hypotheses,
        durationSeconds: ctx.durationSeconds,
        rollback,
        placeholders: ph.list,
        chaosMesh: chaosMesh.map((input) => zoneLossWorkflow({ ...input, checks })),
    };
}

/** A data drill's zone: the instance's primary zone (else its first), `null` when not known. */
function dataZone(m: SubjectResource): { zone: string | null; zoneId: number | null } {
    const zone = m.primaryZone ?? m.zones[0];
    return zone === undefined ? { zone: null, zoneId: null } : { zone, zoneId: zoneIdOf(zone) ?? null };
}

function rpoHypothesis(ctx: Context, m: SubjectResource, statement: string): Hypothesis {
    return {
        id: `rpo-seconds:${m.name}`,
        metric: "rpo-seconds",
        comparator: "<=",
        expected: ctx.subject.targets.rpoSecondsData,
        unit: "seconds",
        source: { estimate: "target", simulated: null, detail: "the data tier's RPO target" },
        urn: m.urn,
        statement,
    };
}

function checksumHypothesis(m: SubjectResource, statement: string): Hypothesis {
    return {
        id: `checksum-equal:${m.name}`,
        metric: "checksum-equal",
        comparator: "==",
        expected: true,
        unit: "boolean",
        source: { estimate: "target", simulated: null, detail: "a restore is exact: CHECKSUM TABLE of the restored copy equals the source's at the recorded time" },
        urn: m.urn,
        statement,
    };
}

function dataPreconditions(ctx: Context, m: SubjectResource): string[] {
    return [
        `MySQL ${m.name} has binlog and automatic backups on, with a backup taken before the recorded time (DescribeBackups lists it).`,
        `The runner can connect to ${m.name} with an account that may create ${ctx.database} and write to it; the drill touches no other database.`,
        `No other change or drill is under way on ${m.name}.`,
    ];
}

/** Marks the start of the data drill: heartbeat rows written, then the time and checksum recorded. */
function recordSteps(ctx: Context, target: DrillTarget, time: string): DrillStep[] {
    return [
        {
            id: "heartbeat-start",
            tier: "data",
            action: "heartbeat-start",
            executor: "runner",
            title: `Start writing heartbeat rows with a monotonic sequence to ${ctx.database}.${HEARTBEAT_TABLE} on ${target.name}, keeping the last acknowledged one`,
            targets: [target],
            parameters: { database: ctx.database, table: HEARTBEAT_TABLE },
            requests: [],
            rollback: `Stop the writer; drop ${ctx.database}.${HEARTBEAT_TABLE} when the drill is over.`,
        },
        {
            id: "record-time",
            tier: "data",
            action: "record-time",
            executor: "runner",
            title: `Stop the writer, record the last acknowledged sequence, the time (${time}) and CHECKSUM TABLE ${ctx.database}.${HEARTBEAT_TABLE}`,
            targets: [target],
            parameters: { database: ctx.database, table: HEARTBEAT_TABLE, recordedTime: time },
            requests: [],
            rollback: "Nothing to undo.",
        },
    ];
}

function dbIsolation(ctx: Context, m: SubjectResource): DrillExperiment {
    const id = dbIsolationId(slug(m.name));
    const ph = new Placeholders();
    const target = targetOf(m, ph);
    const time = ph.use(`recorded-time:${id}`, "the time the restore goes back to (yyyy-mm-dd hh:mm:ss, the instance's time zone)", "recorded by the runner in step record-time, after the last acknowledged heartbeat");
    const isolation = ph.use(`mysql.isolation-security-group:${m.name}`, "a security group that allows no inbound traffic, to isolate the instance", "given to the runner (--isolation-security-group) or created for the drill with vpc CreateSecurityGroup");
    const original = ph.use(`mysql.security-groups:${m.name}`, `the security group ids ${m.name} had before the drill (stands for the whole list)`, "cdb DescribeDBSecurityGroups, before the swap");
    const cloneName = `${slug(m.name)}-drill-clone`.slice(0, 60);
    const steps: DrillStep[] = [
        ...recordSteps(ctx, target, time),
        {
            id: "mysql-isolate",
            tier: "data",
            action: "mysql-isolate",
            executor: "tencentdb",
            title: `Isolate ${m.name}: record its security groups (DescribeDBSecurityGroups), then replace them with the isolating group`,
            targets: [target],
            parameters: { securityGroupIds: [isolation] },
            requests: [cdbModifySecurityGroups(ctx.region, target.id, [isolation])],
            rollback: `Give ${m.name} its security groups back (ModifyDBInstanceSecurityGroups with the recorded list).`,
        },
        {
            id: "mysql-clone",
            tier: "data",
            action: "mysql-clone",
            executor: "tencentdb",
            title: `Clone ${m.name} from its backup and binlog up to the recorded time into the new instance ${cloneName}`,
            targets: [target],
            parameters: { recordedTime: time, cloneName },
            requests: [cdbCreateClone(ctx.region, target.id, time, cloneName)],
            rollback: `Isolate and destroy the clone ${cloneName} (IsolateDBInstance, then OfflineIsolatedInstances) once the checks are done.`,
        },
        {
            id: "checksum-compare",
            tier: "data",
            action: "checksum-compare",
            executor: "runner",
            title: `On the clone ${cloneName}: the last acknowledged heartbeat is present and CHECKSUM TABLE ${ctx.database}.${HEARTBEAT_TABLE} equals the recorded one`,
            targets: [target],
            parameters: { database: ctx.database, table: HEARTBEAT_TABLE, against: cloneName },
            requests: [],
            rollback: "Nothing to undo.",
        },
        {
            id: "mysql-reconnect",
            tier: "data",
            action: "mysql-reconnect",
            executor: "tencentdb",
            title: `Reconnect ${m.name}: give it back its own security groups`,
            targets: [target],
            parameters: { securityGroupIds: [original] },
            requests: [cdbModifySecurityGroups(ctx.region, target.id, [original])],
            rollback: `Check ${m.name}'s security groups with DescribeDBSecurityGroups.`,
        },
    ];
    return {
        id,
        kind: "db-isolation",
        title: `MySQL ${m.name}: isolation by security group, then a clone from backup at the recorded time`,
        ...dataZone(m),
        instance: target,
        preconditions: [...dataPreconditions(ctx, m), `The applications tolerate ${m.name} being unreachable for the drill, or the drill runs on a copy of production.`],
        steps,
        hypotheses: [
            rpoHypothesis(ctx, m, `The clone of ${m.name} holds every heartbeat acknowledged before the recorded time.`),
            checksumHypothesis(m, `CHECKSUM TABLE ${ctx.database}.${HEARTBEAT_TABLE} on the clone equals the source's at the recorded time.`),
        ],
        durationSeconds: ctx.durationSeconds,
        rollback: [
            `Give ${m.name} its security groups back: ModifyDBInstanceSecurityGroups with the list recorded before the swap.`,
            `Destroy the clone ${cloneName}: IsolateDBInstance, then OfflineIsolatedInstances.`,
            `Drop ${ctx.database} on ${m.name} when the drill is over.`,
        ],
        placeholders: ph.list,
        chaosMesh: [],
    };
}

function dbRestore(ctx: Context, m: SubjectResource): DrillExperiment {
    const id = dbRestoreId(slug(m.name));
    const ph = new Placeholders();
    const target = targetOf(m, ph);
    const time = ph.use(`recorded-time:${id}`, "the time the rollback goes back to (yyyy-mm-dd hh:mm:ss, the instance's time zone)", "recorded by the runner in step record-time, after the last acknowledged heartbeat");
    const restored = restoredDatabaseName(ctx.database);
    const steps: DrillStep[] = [
        ...recordSteps(ctx, target, time),
        {
            id: "delete-data",
            tier: "data",
            action: "delete-data",
            executor: "runner",
            title: `Delete every row of ${ctx.database}.${HEARTBEAT_TABLE} (the drill's own rows only)`,
            targets: [target],
            parameters: { database: ctx.database, table: HEARTBEAT_TABLE },
            requests: [],
            rollback: `The rollback below restores them into ${restored}.`,
        },
        {
            id: "mysql-rollback",
            tier: "data",
            action: "mysql-rollback",
            executor: "tencentdb",
            title: `Roll ${ctx.database} back to the recorded time into the new database ${restored}`,
            targets: [target],
            parameters: { database: ctx.database, newDatabase: restored, strategy: "db", recordedTime: time },
            requests: [cdbRollbackDatabase(ctx.region, target.id, time, ctx.database, restored)],
            rollback: `Drop ${restored} once the checks are done.`,
        },
        {
            id: "checksum-compare",
            tier: "data",
            action: "checksum-compare",
            executor: "runner",
            title: `In ${restored}: the last acknowledged heartbeat is present and CHECKSUM TABLE ${HEARTBEAT_TABLE} equals the one recorded`,
            targets: [target],
            parameters: { database: restored, table: HEARTBEAT_TABLE, against: ctx.database },
            requests: [],
            rollback: "Nothing to undo.",
        },
    ];
    return {
        id,
        kind: "db-restore",
        title: `MySQL ${m.name}: delete data, then roll back to the recorded time into a new database`,
        ...dataZone(m),
        instance: target,
        preconditions: dataPreconditions(ctx, m),
        steps,
        hypotheses: [
            rpoHypothesis(ctx, m, `${restored} holds every heartbeat acknowledged before the recorded time.`),
            checksumHypothesis(m, `CHECKSUM TABLE ${HEARTBEAT_TABLE} in ${restored} equals ${ctx.database}'s at the recorded time.`),
        ],
        durationSeconds: ctx.durationSeconds,
        rollback: [`Drop ${restored} on ${m.name}.`, `Drop ${ctx.database} on ${m.name} when the drill is over.`],
        placeholders: ph.list,
        chaosMesh: [],
    };
}
