/**
 * The loss of a zone (`az-loss-<zone>`), run for real: the plan's steps injected in order — the zone's
 * Nodes cordoned, the Chaos Mesh objects created, each CFG experiment created and executed, the MySQL
 * primary switched while a heartbeat writes — then one poll loop measures, by the runner's clock:
 * - RTO: from the fault until the health URL answers 2xx for `successes` probes in a row (the first of them);
 * - each CFG step (CLB switch, Redis, MongoDB, CKafka): from its ExecuteTask until DescribeTask reports
 *   its fault action ended (for a CLB, and the health URL answering);
 * - the MySQL failover: from the switch until DescribeAsyncRequestInfo reports SUCCESS and a heartbeat
 *   write is acknowledged again;
 * - each workload's pod migration: from the pod kill until as many of its pods are Ready outside the
 *   zone as were Ready before the fault;
 * - RPO: whether the last acknowledged heartbeat is on the new primary.
 * Whatever happens (a failure, an interrupt), everything is undone: the Chaos Mesh objects deleted,
 * the CFG experiments ended, the Nodes uncordoned.
 */
import type * as mysql from "mysql2/promise";
import { PLACEHOLDER_PATTERN, type DrillExperiment, type DrillStep, type KubernetesObject } from "@zonesafe/drills";
import { realClock, type Clock } from "./clock";
import type { CfgDrillClient } from "./cfg";
import type { CdbDrillClient } from "./cloud";
import { connect, describeTarget, retarget, type MysqlTarget } from "./database";
import { DEFAULT_HEARTBEAT_TABLE, HeartbeatWriter, measureRpo, presentSequences, type RpoMeasurement } from "./heartbeat";
import type { KubeClient, KubePod } from "./kubernetes";

/** The step actions run through CFG. */
const CFG_ACTIONS = new Set(["clb-zone-switch", "redis-zone-failover", "mongodb-zone-failover", "ckafka-zone-failover"]);

/** How the zone drill paces itself. */
export interface ZoneDrillOptions {
    /** Between two polls (health, pods, the cloud's tasks), ms. Defaults to the plan's check interval (10 s). */
    pollIntervalMs: number;
    /** Probes in a row that must answer 2xx for the service to count as back. Defaults to 3. */
    successes: number;
    /** Heartbeat writes before the fault. Defaults to 5. */
    beats: number;
    /** Between two heartbeat writes before the fault, ms. Defaults to 1000. */
    beatIntervalMs: number;
    /** The longest the drill waits for everything to recover, ms. Defaults to twice the RTO target. */
    timeoutMs: number;
}

/** What the drill needs from outside. */
export interface ZoneDrillDeps {
    kube?: KubeClient;
    cfg?: CfgDrillClient;
    cdb?: CdbDrillClient;
    /** The MySQL instance's server, for the heartbeat (the plan's drill database is used). */
    mysql?: MysqlTarget;
    /** The service's health URL. */
    checkUrl: string;
    /** Placeholder values: `what` → value (`clb.instance-id:web-clb` → `lb-…`, `check-url` → URL). */
    resolved: ReadonlyMap<string, string>;
    runId: string;
    clock?: Clock;
    log?: (line: string) => void;
    signal?: AbortSignal;
}

/** One figure the drill measured for a step or a workload. */
export interface StepFigure {
    /** The step (or `<step>:<workload>` for a pod migration). */
    step: string;
    action: DrillStep["action"];
    /** The URN of the resource measured. */
    urn: string | null;
    name: string;
    /** Seconds; null when it did not recover before the drill ended. */
    seconds: number | null;
    detail: string;
}

/** One thing undone. */
export interface RollbackRecord {
    what: string;
    done: boolean;
    error: string | null;
}

/** What a zone drill measured. */
export interface ZoneDrillMeasurement {
    recovered: boolean;
    failure: string | null;
    rtoMs: number | null;
    rpo: RpoMeasurement | null;
    heartbeatFailures: number;
    polls: number;
    figures: StepFigure[];
    cordoned: string[];
    created: string[];
    cfgTasks: number[];
    rollback: RollbackRecord[];
    timeline: Array<{ atMs: number; event: string }>;
}

/** The defaults of {@link ZoneDrillOptions} for an experiment. */
export function zoneDrillDefaults(e: DrillExperiment): ZoneDrillOptions {
    const observe = e.steps.find((s) => s.action === "observe");
    const interval = Number(observe?.parameters.intervalSeconds ?? 10);
    const rto = e.hypotheses.find((h) => h.metric === "rto-seconds");
    const target = typeof rto?.expected === "number" ? rto.expected : e.durationSeconds;
    return { pollIntervalMs: interval * 1000, successes: 3, beats: 5, beatIntervalMs: 1000, timeoutMs: 2 * target * 1000 };
}

/** A value with every placeholder that has a value replaced (deeply). */
export function resolveDeep<T>(value: T, resolved: ReadonlyMap<string, string>): T {
    if (typeof value === "string") {
        const m = PLACEHOLDER_PATTERN.exec(value);
        return (m && resolved.has(m[1]) ? resolved.get(m[1]) : value) as T;
    }
    if (Array.isArray(value)) return value.map((v) => resolveDeep(v, resolved)) as T;
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, resolved)])) as T;
    return value;
}

/** The placeholders the injection needs before it starts (ids and action ids; not what the run itself fills in). */
export function unresolvedBeforeStart(e: DrillExperiment, resolved: ReadonlyMap<string, string>): string[] {
    const missing = new Set<string>();
    const visit = (v: unknown) => {
        if (typeof v === "string") {
            const m = PLACEHOLDER_PATTERN.exec(v);
            if (m && !resolved.has(m[1]) && !/^(cfg\.task-id|hypotheses-held|summary|workload\.instance-id|tke\.instance-id):?/.test(m[1])) missing.add(m[1]);
        } else if (Array.isArray(v)) v.forEach(visit);
        else if (v !== null && typeof v === "object") Object.values(v).forEach(visit);
    };
    for (const s of e.steps) {
        if (s.action === "observe") continue;
        for (const r of s.requests.filter((x) => x.action === "CreateTaskFromAction" || x.action === "SwitchDBInstanceMasterSlave")) visit(r.body);
    }
    visit(chaosObjectsOf(e));
    return [...missing].sort();
}

/** The Chaos Mesh objects the drill creates: the experiment's Workflow when it has one, else each step's own object. */
export function chaosObjectsOf(e: DrillExperiment): KubernetesObject[] {
    return e.chaosMesh.length > 0 ? [...e.chaosMesh] : e.steps.flatMap((s) => (s.manifest ? [s.manifest] : []));
}

/** `"30s"`, `"1m30s"` → ms. */
function goDurationMs(d: unknown): number {
    let ms = 0;
    for (const m of String(d ?? "").matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3600_000 }[m[2] as "s"];
    return ms;
}

/** How long after the Workflow starts its PodChaos kills the pods: the Suspend templates before it in its Serial parent. */
export function podKillOffsetMs(objects: readonly KubernetesObject[]): number {
    for (const o of objects.filter((x) => x.kind === "Workflow")) {
        const templates = (o.spec.templates ?? []) as Array<{ name: string; templateType: string; children?: string[]; deadline?: string }>;
        const kill = templates.find((t) => t.templateType === "PodChaos");
        if (!kill) continue;
        const parent = templates.find((t) => t.templateType === "Serial" && (t.children ?? []).includes(kill.name));
        if (!parent) return 0;
        let offset = 0;
        for (const child of parent.children ?? []) {
            if (child === kill.name) break;
            const t = templates.find((x) => x.name === child);
            if (t?.templateType === "Suspend") offset += goDurationMs(t.deadline);
        }
        return offset;
    }
    return 0;
}

/** Probes the health URL once: whether it answered 2xx within 5 s. */
export async function healthy(url: string): Promise<boolean> {
    try {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "manual" });
        await res.arrayBuffer().catch(() => undefined);
        return res.status >= 200 && res.status < 300;
    } catch {
        return false;
    }
}

interface Watch {
    step: DrillStep;
    urn: string | null;
    name: string;
    startedAt: number;
    doneAt: number | null;
    detail: string;
}

interface PodWatch extends Watch {
    selector: string | undefined;
    namespaces: string[];
    readyBefore: number;
}

/** Runs a zone's loss; throws only for what prevents it from starting (nothing changed then). */
export async function runZoneDrill(e: DrillExperiment, deps: ZoneDrillDeps, options: Partial<ZoneDrillOptions> = {}): Promise<ZoneDrillMeasurement> {
    const opts = { ...zoneDrillDefaults(e), ...options };
    const clock = deps.clock ?? realClock;
    const log = deps.log ?? (() => undefined);
    const timeline: ZoneDrillMeasurement["timeline"] = [];
    const origin = clock.now();
    let t0: number | undefined;
    const note = (event: string) => {
        timeline.push({ atMs: clock.now() - (t0 ?? origin), event });
        log(event);
    };
    const m: ZoneDrillMeasurement = { recovered: false, failure: null, rtoMs: null, rpo: null, heartbeatFailures: 0, polls: 0, figures: [], cordoned: [], created: [], cfgTasks: [], rollback: [], timeline };
    const objects = chaosObjectsOf(e).map((o) => resolveDeep(o, deps.resolved));
    const createdObjects: KubernetesObject[] = [];
    const tasks: Array<{ id: number; step: DrillStep }> = [];
    const cfgWatches: Array<Watch & { taskId: number }> = [];
    const podWatches: PodWatch[] = [];
    let switchWatch: (Watch & { requestId: string }) | undefined;
    let conn: mysql.Connection | undefined;
    let writer: HeartbeatWriter | undefined;
    let killAt: number | undefined;
    const zoneNodes = new Set<string>();
    const heartbeat = e.steps.find((s) => s.action === "heartbeat-start");

    // Before anything changes: the zone's nodes and the workloads' pods are read, the database answers.
    const cordonStep = e.steps.find((s) => s.action === "nodes-cordon");
    const nodeSelector = String(cordonStep?.parameters.nodeSelector ?? "");
    if (cordonStep && deps.kube) for (const n of await deps.kube.nodes(nodeSelector)) zoneNodes.add(n.name);
    const killStep = e.steps.find((s) => s.action === "pod-kill") ?? e.steps.find((s) => s.action === "network-partition");
    const podsOf = async (ns: readonly string[], selector: string | undefined): Promise<KubePod[]> => (await Promise.all(ns.map((n) => deps.kube!.pods(n, selector)))).flat();
    if (killStep && deps.kube) {
        const namespaces = (killStep.parameters.namespaces as readonly string[] | undefined) ?? [];
        for (const t of killStep.targets.filter((x) => x.kind === "workload")) {
            const selector = deps.resolved.get(`workload.instance-id:${t.name}`);
            const readyBefore = (await podsOf(namespaces, selector)).filter((p) => p.ready).length;
            podWatches.push({ step: killStep, urn: t.urn, name: t.name, startedAt: 0, doneAt: null, detail: "", selector, namespaces: [...namespaces], readyBefore });
        }
    }
    if (heartbeat && deps.mysql) {
        const database = String(heartbeat.parameters.database);
        const target = retarget(deps.mysql, { database });
        conn = await connect(target, { createDatabase: true });
        writer = new HeartbeatWriter(conn, deps.runId, clock, String(heartbeat.parameters.table ?? DEFAULT_HEARTBEAT_TABLE));
        await writer.prepare();
        note(`heartbeat: writing to ${describeTarget(target)}.${writer.table}`);
    }

    try {
        for (const step of e.steps) {
            if (deps.signal?.aborted) throw new Error("the run was interrupted during the injection");
            const target = step.targets[0];
            if (step.action === "nodes-cordon") {
                t0 ??= clock.now();
                const listed = new Map((await deps.kube!.nodes(nodeSelector)).map((n) => [n.name, n]));
                for (const name of zoneNodes) {
                    if (listed.get(name)?.unschedulable) continue;
                    m.cordoned.push(name);
                    await deps.kube!.setUnschedulable(name, true);
                }
                note(`fault: cordoned ${m.cordoned.length} node(s) in ${e.zone} (${nodeSelector}): ${m.cordoned.join(", ") || "none"}`);
            } else if (step.executor === "chaos-mesh") {
                t0 ??= clock.now();
                const fromWorkflow = e.chaosMesh.length > 0;
                const toCreate = fromWorkflow ? objects.filter((o) => !createdObjects.includes(o)) : step.manifest ? [resolveDeep(step.manifest, deps.resolved)] : [];
                for (const o of toCreate) {
                    createdObjects.push(o);
                    m.created.push(`${o.kind}/${o.metadata.namespace ?? "default"}/${o.metadata.name}`);
                    await deps.kube!.create(o);
                    note(`fault: created ${o.kind} ${o.metadata.namespace}/${o.metadata.name}`);
                    if (o.kind === "Workflow") killAt ??= clock.now() + podKillOffsetMs([o]);
                    if (o.kind === "PodChaos") killAt ??= clock.now();
                }
            } else if (CFG_ACTIONS.has(step.action)) {
                t0 ??= clock.now();
                const create = step.requests.find((r) => r.action === "CreateTaskFromAction");
                if (!create) throw new Error(`the step ${step.id} has no CreateTaskFromAction request`);
                const body = resolveDeep({ ...create.body }, deps.resolved) as Record<string, unknown>;
                body.TaskActionId = Number(body.TaskActionId);
                const taskId = await deps.cfg!.create(body);
                tasks.push({ id: taskId, step });
                m.cfgTasks.push(taskId);
                await deps.cfg!.execute(taskId);
                cfgWatches.push({ step, urn: target?.urn ?? null, name: target?.name ?? step.id, startedAt: clock.now(), doneAt: null, detail: "", taskId });
                note(`fault: CFG task ${taskId} (${step.action}) on ${String((body.TaskInstances as string[] | undefined)?.join(", "))} executed`);
            } else if (step.action === "heartbeat-start" && writer) {
                await writer.beats(opts.beats, opts.beatIntervalMs);
                if (writer.lastAck === undefined) throw new Error(`no heartbeat write was acknowledged${writer.lastError ? `: ${writer.lastError}` : ""}`);
                note(`heartbeat: ${writer.acks.length} writes acknowledged, the last ${writer.lastAck.seq}`);
            } else if (step.action === "mysql-switch") {
                t0 ??= clock.now();
                // The plan's request as written (the replica to promote, no wait for the maintenance window), its ids resolved.
                const planned = step.requests.find((r) => r.action === "SwitchDBInstanceMasterSlave");
                const body = resolveDeep({ ...(planned?.body ?? {}), InstanceId: target?.id ?? "" }, deps.resolved) as Record<string, unknown>;
                const instanceId = String(body.InstanceId);
                const requestId = await deps.cdb!.switchMaster(instanceId, body);
                switchWatch = { step, urn: target?.urn ?? null, name: target?.name ?? instanceId, startedAt: clock.now(), doneAt: null, detail: "", requestId };
                note(`fault: SwitchDBInstanceMasterSlave of ${instanceId} (${requestId})`);
            }
        }
        t0 ??= clock.now();
        const startPods = killAt ?? t0;
        for (const w of podWatches) w.startedAt = startPods;

        // The watch: one loop polls everything until all has recovered, the time is up, or an interrupt.
        const until = t0 + opts.timeoutMs;
        let inARow = 0;
        let firstOfRun: number | undefined;
        let switched = false;
        for (;;) {
            m.polls++;
            const now = clock.now();
            const up = await healthy(deps.checkUrl);
            if (up) {
                firstOfRun ??= now;
                inARow++;
                if (inARow >= opts.successes && m.rtoMs === null) {
                    m.rtoMs = firstOfRun - t0;
                    note(`recovered: ${deps.checkUrl} answered 2xx ${inARow} times in a row from ${(firstOfRun - t0) / 1000} s`);
                }
            } else {
                inARow = 0;
                firstOfRun = undefined;
            }
            for (const w of cfgWatches.filter((x) => x.doneAt === null)) {
                const s = await deps.cfg!.state(w.taskId);
                if (s.state === "failed") throw new Error(`CFG ${s.detail}`);
                if (s.state === "done" && (w.step.action !== "clb-zone-switch" || up)) {
                    w.doneAt = now;
                    w.detail = `from ExecuteTask until DescribeTask reported the fault action ended${w.step.action === "clb-zone-switch" ? " and the health URL answered" : ""}`;
                    note(`recovered: ${w.step.action} of ${w.name} after ${(now - w.startedAt) / 1000} s`);
                }
            }
            if (switchWatch && switchWatch.doneAt === null) {
                if (!switched) {
                    // One poll: no wait (a timeout of 0), the loop paces itself.
                    const r = await deps.cdb!.waitFor(switchWatch.requestId, clock, opts.pollIntervalMs, 0);
                    if (r.status === "FAILED" || r.status === "KILLED") throw new Error(`the switch ${switchWatch.requestId} ended ${r.status}${r.info ? `: ${r.info}` : ""}`);
                    switched = r.status === "SUCCESS";
                }
                if (switched && (!writer || (await writer.beat()) !== undefined)) {
                    switchWatch.doneAt = now;
                    switchWatch.detail = `from SwitchDBInstanceMasterSlave until DescribeAsyncRequestInfo reported SUCCESS${writer ? " and a heartbeat write was acknowledged" : ""}`;
                    note(`recovered: the MySQL switch of ${switchWatch.name} after ${(now - switchWatch.startedAt) / 1000} s`);
                }
            } else if (writer) {
                await writer.beat();
            }
            if (now >= startPods) {
                for (const w of podWatches.filter((x) => x.doneAt === null)) {
                    const pods = await podsOf(w.namespaces, w.selector);
                    const readyOutside = pods.filter((p) => p.ready && p.node !== undefined && !zoneNodes.has(p.node)).length;
                    if (readyOutside >= w.readyBefore) {
                        w.doneAt = now;
                        w.detail = `from the pod kill until ${readyOutside} of its pods (${w.readyBefore} were Ready before) were Ready outside ${e.zone}${w.selector ? ` (${w.selector})` : ` (every pod of ${w.namespaces.join(", ")})`}`;
                        note(`recovered: ${w.name}'s pods Ready outside the zone after ${(now - w.startedAt) / 1000} s`);
                    }
                }
            }
            const pending = m.rtoMs === null || cfgWatches.some((w) => w.doneAt === null) || (switchWatch !== undefined && switchWatch.doneAt === null) || podWatches.some((w) => w.doneAt === null);
            if (!pending) break;
            if (deps.signal?.aborted) throw new Error("the run was interrupted before everything recovered");
            if (clock.now() + opts.pollIntervalMs > until) throw new Error(`not everything recovered within ${opts.timeoutMs / 1000} s`);
            await clock.sleep(opts.pollIntervalMs);
        }
        m.recovered = true;
        if (writer && conn) {
            m.rpo = measureRpo(writer.acks, await presentSequences(conn, deps.runId, writer.table), writer.startedAt ?? origin);
            note(`heartbeat: last acknowledged ${m.rpo.lastAcknowledged}, present up to ${m.rpo.lastPresent}`);
        }
    } catch (e2) {
        // Nothing changed yet (the first call was refused): the drill did not start.
        if (m.cordoned.length === 0 && createdObjects.length === 0 && tasks.length === 0 && switchWatch === undefined) {
            await conn?.end().catch(() => undefined);
            throw e2;
        }
        m.failure = e2 instanceof Error ? e2.message : String(e2);
        note(`failed: ${m.failure}`);
    } finally {
        m.heartbeatFailures = writer?.failures ?? 0;
        const figure = (w: Watch, action: DrillStep["action"], step: string): StepFigure => ({
            step,
            action,
            urn: w.urn,
            name: w.name,
            seconds: w.doneAt === null ? null : (w.doneAt - w.startedAt) / 1000,
            detail: w.doneAt === null ? `did not recover before the drill ended` : w.detail,
        });
        m.figures = [
            ...cfgWatches.map((w) => figure(w, w.step.action, w.step.id)),
            ...(switchWatch ? [figure(switchWatch, "mysql-switch", switchWatch.step.id)] : []),
            ...podWatches.map((w) => figure(w, "pod-kill", `${w.step.id}:${w.name}`)),
        ];
        await undo(m, deps, createdObjects, tasks, note);
        await conn?.end().catch(() => undefined);
    }
    return m;
}

/** Undoes everything, in reverse order of the injection, recording each. */
async function undo(m: ZoneDrillMeasurement, deps: ZoneDrillDeps, objects: KubernetesObject[], tasks: Array<{ id: number; step: DrillStep }>, note: (event: string) => void): Promise<void> {
    const attempt = async (what: string, action: () => Promise<unknown>) => {
        try {
            await action();
            m.rollback.push({ what, done: true, error: null });
            note(`undone: ${what}`);
        } catch (e) {
            const error = e instanceof Error ? e.message : String(e);
            m.rollback.push({ what, done: false, error });
            note(`NOT undone: ${what}: ${error}`);
        }
    };
    for (const o of [...objects].reverse()) await attempt(`deleted ${o.kind} ${o.metadata.namespace}/${o.metadata.name}`, () => deps.kube!.remove(o));
    const held = m.failure === null && m.figures.every((f) => f.seconds !== null);
    const summary = `zonesafe: RTO ${m.rtoMs === null ? "not measured" : `${m.rtoMs / 1000} s`}; ${m.figures.map((f) => `${f.name} ${f.seconds === null ? "not recovered" : `${f.seconds} s`}`).join("; ")}${m.failure ? `; failed: ${m.failure}` : ""}`;
    for (const t of [...tasks].reverse()) await attempt(`ended CFG task ${t.id} (${t.step.action})`, () => deps.cfg!.finish(t.id, held, summary.slice(0, 500)));
    for (const name of [...m.cordoned].reverse()) await attempt(`uncordoned node ${name}`, () => deps.kube!.setUnschedulable(name, false));
}
