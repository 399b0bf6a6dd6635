/**
 * The data drills of a MySQL instance, run for real: `db-isolation` (its security groups swapped for
 * isolating ones, then a clone from backup at the recorded time) and `db-restore` (the drill's data
 * deleted, then rolled back to the recorded time into a new database). The drill touches only its own
 * database (the plan's, `zonesafe_drill` by default): a heartbeat writes rows with a monotonic sequence
 * there, up to and during the fault; the recorded time follows the last acknowledged write. Once the
 * copy is up, the runner reads it: the last acknowledged heartbeat must be there (RPO) and every table
 * of the drill's database must have the `CHECKSUM TABLE` the source had at the recorded time. RTO runs
 * from the fault to the copy answering.
 */
import type * as mysql from "mysql2/promise";
import { restoredDatabaseName } from "@zonesafe/drills";
import { CliError } from "../../errors";
import { realClock, type Clock } from "./clock";
import type { CdbDrillClient } from "./cloud";
import { baseTables, checksums, connect, databaseExists, deleteRows, describeTarget, retarget, type MysqlTarget } from "./database";
import { DEFAULT_HEARTBEAT_TABLE, HeartbeatWriter, measureRpo, presentSequences, recordedTimeAfter, type RpoMeasurement } from "./heartbeat";

/** The kinds of data drill. */
export const DATA_DRILL_KINDS = ["db-isolation", "db-restore"] as const;
/** A kind of data drill. */
export type DataDrillKind = (typeof DATA_DRILL_KINDS)[number];

/** Which instance a data drill acts on. */
export interface DataDrillTarget {
    kind: DataDrillKind;
    /** The TencentDB instance id. */
    instanceId: string;
    /** The drill's own database, created when missing. */
    database: string;
    /** Its heartbeat table. Defaults to `heartbeat`. */
    table?: string;
    /** `db-isolation`: the security groups swapped in (ones that admit nothing from the clients). */
    isolationSecurityGroups?: string[];
    /** `db-isolation`: further members of the CreateCloneInstance request (the plan's name and tags). */
    cloneRequest?: Record<string, unknown>;
    /** `db-restore`: the new database rolled back into. Defaults to `<database>_restored`. */
    restoredDatabase?: string;
}

/** How the drill paces itself. */
export interface DataDrillOptions {
    /** Heartbeat writes before the fault. Defaults to 5. */
    beats: number;
    /** Between two heartbeat writes, ms. Defaults to 1000. */
    beatIntervalMs: number;
    /** Between two polls of the cloud's request, ms. Defaults to 5000. */
    pollIntervalMs: number;
    /** The longest the recovery may take before the drill gives up, ms. Defaults to 2 hours. */
    timeoutMs: number;
}

/** The defaults of {@link DataDrillOptions}. */
export const DATA_DRILL_DEFAULTS: DataDrillOptions = { beats: 5, beatIntervalMs: 1000, pollIntervalMs: 5000, timeoutMs: 2 * 3600_000 };

/** What the drill needs from outside. */
export interface DataDrillDeps {
    cloud: CdbDrillClient;
    /** The instance's server (its database is the target's). */
    source: MysqlTarget;
    clock?: Clock;
    /** Progress lines. */
    log?: (line: string) => void;
    /** Identifies this run's heartbeat rows. */
    runId: string;
    /** Ends the wait for recovery early (an interrupted run); the fault is still undone. */
    signal?: AbortSignal;
}

/** One table's checksums. */
export interface TableChecksum {
    table: string;
    source: string | null;
    restored: string | null;
    equal: boolean;
}

/** Everything a data drill measured. */
export interface DataDrillMeasurement {
    kind: DataDrillKind;
    instanceId: string;
    database: string;
    /** The point in time restored to (the server's local time, whole seconds). */
    recordedTime: string | null;
    /** Where the restored copy is. */
    restored: { instanceId: string; database: string } | null;
    /** Whether the copy came up and could be read. */
    recovered: boolean;
    /** Why it did not, when it did not. */
    failure: string | null;
    /** From the fault to the copy answering, ms by the runner's clock; null when it never did. */
    rtoMs: number | null;
    rpo: RpoMeasurement | null;
    checksums: TableChecksum[];
    checksumsEqual: boolean | null;
    /** Polls of the cloud's request. */
    polls: number;
    /** Heartbeat writes that were not acknowledged (expected while the instance is isolated). */
    heartbeatFailures: number;
    /** What happened, ms after the fault (negative: before it). */
    timeline: Array<{ atMs: number; event: string }>;
}

/**
 * Waits until the server's clock has reached `time` (a point-in-time restore cannot be asked for the
 * future, and the fault must come after it); when the server cannot be asked, waits a second of real
 * time. Real time, not the runner's clock: this is about the server's own.
 */
async function untilServerTime(conn: mysql.Connection, time: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
        try {
            const [rows] = await conn.query("SELECT NOW() >= ? AS ok", [time]);
            if (Number((rows as Array<{ ok: number }>)[0]?.ok) === 1) return;
        } catch {
            await realClock.sleep(1000);
            return;
        }
        await realClock.sleep(50);
    }
}

/** Runs a data drill; throws only for what prevents it from starting (nothing changed then). */
export async function runDataDrill(target: DataDrillTarget, deps: DataDrillDeps, options: Partial<DataDrillOptions> = {}): Promise<DataDrillMeasurement> {
    const opts = { ...DATA_DRILL_DEFAULTS, ...options };
    const clock = deps.clock ?? realClock;
    const log = deps.log ?? (() => undefined);
    const { cloud } = deps;
    const source = retarget(deps.source, { database: target.database });
    const table = target.table ?? DEFAULT_HEARTBEAT_TABLE;
    const restoredDatabase = target.restoredDatabase ?? restoredDatabaseName(target.database);
    const timeline: DataDrillMeasurement["timeline"] = [];
    let t0: number | undefined;
    const origin = clock.now();
    const note = (event: string) => {
        timeline.push({ atMs: clock.now() - (t0 ?? origin), event });
        log(event);
    };
    const m: DataDrillMeasurement = {
        kind: target.kind,
        instanceId: target.instanceId,
        database: source.database,
        recordedTime: null,
        restored: null,
        recovered: false,
        failure: null,
        rtoMs: null,
        rpo: null,
        checksums: [],
        checksumsEqual: null,
        polls: 0,
        heartbeatFailures: 0,
        timeline,
    };

    // Before anything changes: the instance, its groups and the database must all answer.
    const instance = await cloud.instance(target.instanceId);
    const originalGroups = target.kind === "db-isolation" ? await cloud.securityGroups(target.instanceId) : [];
    const conn = await connect(source, { createDatabase: true });
    let restoredConn: mysql.Connection | undefined;
    let swapped = false;
    try {
        if (target.kind === "db-restore" && (await databaseExists(conn, restoredDatabase))) {
            throw new CliError(`the database ${restoredDatabase} already exists on ${target.instanceId} (an earlier drill's copy); nothing was changed`, `drop ${restoredDatabase} once its checks are done, then run the drill again`);
        }
    } catch (e) {
        await conn.end().catch(() => undefined);
        throw e;
    }
    try {
        const writer = new HeartbeatWriter(conn, deps.runId, clock, table);
        await writer.prepare();
        note(`heartbeat: writing to ${describeTarget(source)}.${table}`);
        await writer.beats(opts.beats, opts.beatIntervalMs);
        const last = writer.lastAck;
        if (last === undefined) throw new Error(`no heartbeat write was acknowledged by ${describeTarget(source)}${writer.lastError ? `: ${writer.lastError}` : ""}`);
        // The source at the recorded time: no write of the drill's follows the last acknowledged one.
        m.recordedTime = recordedTimeAfter(last.serverTime);
        const tables = await baseTables(conn);
        const sourceSums = await checksums(conn, tables);
        note(`recorded time ${m.recordedTime} (after heartbeat ${last.seq}, the last acknowledged), CHECKSUM TABLE of ${tables.length} tables`);
        // The fault comes after the recorded time by the server's clock.
        await untilServerTime(conn, m.recordedTime);

        t0 = clock.now();
        if (target.kind === "db-isolation") {
            const groups = target.isolationSecurityGroups ?? [];
            // Undone whatever the answer: a call that timed out may still have been applied.
            swapped = true;
            await cloud.setSecurityGroups(target.instanceId, groups);
            note(`fault: security groups of ${target.instanceId} swapped from ${originalGroups.join(", ") || "none"} to ${groups.join(", ")}`);
        } else {
            await deleteRows(conn, [table]);
            note(`fault: every row of ${source.database}.${table} deleted (the drill's own rows)`);
        }
        m.heartbeatFailures = writer.failures;

        if (deps.signal?.aborted) throw new Error("the run was interrupted before the recovery was requested");
        let requestId: string;
        let restoredTarget: MysqlTarget;
        if (target.kind === "db-isolation") {
            requestId = await cloud.cloneAt(instance, m.recordedTime, originalGroups, target.cloneRequest);
            note(`recovery: CreateCloneInstance of ${target.instanceId} at ${m.recordedTime} (${requestId})`);
        } else {
            const newDatabase = restoredDatabase;
            requestId = await cloud.rollbackInto(target.instanceId, source.database, newDatabase, m.recordedTime);
            m.restored = { instanceId: target.instanceId, database: newDatabase };
            note(`recovery: StartBatchRollback of ${source.database} into ${newDatabase} at ${m.recordedTime} (${requestId})`);
        }
        const outcome = await cloud.waitFor(requestId, clock, opts.pollIntervalMs, opts.timeoutMs, deps.signal);
        m.polls = outcome.polls;
        if (outcome.status !== "SUCCESS") throw new Error(`the recovery request ${requestId} ended ${outcome.status}${outcome.info ? `: ${outcome.info}` : ""}`);
        if (target.kind === "db-isolation") {
            const cloneId = await cloud.cloneOf(target.instanceId, m.recordedTime);
            if (cloneId === undefined) throw new Error(`DescribeCloneList of ${target.instanceId} lists no clone at ${m.recordedTime}`);
            const clone = await cloud.instance(cloneId);
            if (clone.vip === undefined || clone.vport === undefined) throw new Error(`the clone ${cloneId} has no address yet`);
            m.restored = { instanceId: cloneId, database: source.database };
            restoredTarget = retarget(source, { host: clone.vip, port: clone.vport });
        } else {
            restoredTarget = retarget(source, { database: m.restored!.database });
        }
        restoredConn = await connect(restoredTarget);
        const answeredAt = clock.now();
        note(`recovered: ${describeTarget(restoredTarget)} answers`);
        const present = await presentSequences(restoredConn, deps.runId, table);
        const restoredSums = await checksums(restoredConn, tables);
        m.rtoMs = answeredAt - t0;
        m.recovered = true;
        m.rpo = measureRpo(writer.acks, present, writer.startedAt ?? origin);
        m.checksums = tables.map((t) => ({ table: t, source: sourceSums[t], restored: restoredSums[t], equal: sourceSums[t] === restoredSums[t] && sourceSums[t] !== null }));
        m.checksumsEqual = m.checksums.every((c) => c.equal);
    } catch (e) {
        if (t0 === undefined) throw e;
        m.failure = e instanceof Error ? e.message : String(e);
        note(`failed: ${m.failure}`);
    } finally {
        await restoredConn?.end().catch(() => undefined);
        await conn.end().catch(() => undefined);
        if (swapped) {
            await cloud.setSecurityGroups(target.instanceId, originalGroups).then(
                () => note(`restored: security groups of ${target.instanceId} back to ${originalGroups.join(", ")}`),
                (e: Error) => note(`NOT restored: the security groups of ${target.instanceId} (${originalGroups.join(", ")}): ${e.message}`),
            );
        }
    }
    return m;
}
