/**
 * The heartbeat of a data drill: a writer that inserts rows with a monotonic sequence into the drilled
 * database while the fault is injected, and the RPO measured from them. A write counts once the server
 * has acknowledged it (the INSERT, in autocommit, returned). After recovery the last acknowledged
 * sequence must be present in the restored copy (RPO 0); otherwise RPO is the time between the last
 * acknowledged write present (the end of the unbroken run of writes from the first) and the last
 * acknowledged write.
 */
import type * as mysql from "mysql2/promise";
import { HEARTBEAT_TABLE } from "@zonesafe/drills/planner";
import type { Clock } from "./clock";
import { ident } from "./database";

/** The heartbeat table when the plan names none: the planner's, in the drill's own database. */
export const DEFAULT_HEARTBEAT_TABLE = HEARTBEAT_TABLE;

/** One acknowledged write. */
export interface Ack {
    seq: number;
    /** When the acknowledgement arrived, by the runner's clock (ms). */
    at: number;
    /** The server's own time of the write (`NOW(6)`, the server's local time), which the binary log's events carry. */
    serverTime: string;
}

/** Writes the heartbeat of one run. */
export class HeartbeatWriter {
    readonly acks: Ack[] = [];
    /** Writes that failed (not acknowledged): how many, and the last error. */
    failures = 0;
    lastError: string | undefined;
    /** When the writer started, by the runner's clock. */
    startedAt: number | undefined;
    private seq = 0;

    constructor(
        private readonly conn: mysql.Connection,
        readonly runId: string,
        private readonly clock: Clock,
        /** The table, in the connection's database (so backups and the binary log carry it). */
        readonly table: string = DEFAULT_HEARTBEAT_TABLE,
    ) {}

    /** Creates the table when missing (in the connection's database, by an unqualified name, so a renamed replay keeps it). */
    async prepare(): Promise<void> {
        await this.conn.query(
            `CREATE TABLE IF NOT EXISTS ${ident(this.table)} (run_id VARCHAR(64) NOT NULL, seq BIGINT NOT NULL, written_at DATETIME(6) NOT NULL, PRIMARY KEY (run_id, seq)) ENGINE=InnoDB`,
        );
        this.startedAt ??= this.clock.now();
    }

    /** One write; the acknowledgement, or undefined when the write failed. */
    async beat(): Promise<Ack | undefined> {
        const seq = ++this.seq;
        try {
            await this.conn.query(`INSERT INTO ${ident(this.table)} (run_id, seq, written_at) VALUES (?, ?, NOW(6))`, [this.runId, seq]);
            const at = this.clock.now();
            const [rows] = await this.conn.query(`SELECT written_at AS t FROM ${ident(this.table)} WHERE run_id = ? AND seq = ?`, [this.runId, seq]);
            const ack: Ack = { seq, at, serverTime: String((rows as Array<{ t: string }>)[0]?.t ?? "") };
            this.acks.push(ack);
            return ack;
        } catch (e) {
            this.failures++;
            this.lastError = e instanceof Error ? e.message : String(e);
            return undefined;
        }
    }

    /** `count` writes, `intervalMs` apart. */
    async beats(count: number, intervalMs: number): Promise<void> {
        for (let i = 0; i < count; i++) {
            if (i > 0) await this.clock.sleep(intervalMs);
            await this.beat();
        }
    }

    /** The last acknowledged write. */
    get lastAck(): Ack | undefined {
        return this.acks[this.acks.length - 1];
    }
}

/** What the heartbeat shows after recovery. */
export interface RpoMeasurement {
    /** Milliseconds of acknowledged writes lost: 0 when the last acknowledged write is present. */
    rpoMs: number;
    /** The last acknowledged sequence. */
    lastAcknowledged: number;
    /** The last sequence present in the restored copy with every earlier acknowledged one present too (0 when none). */
    lastPresent: number;
    /** Acknowledged writes missing from the restored copy. */
    missing: number;
    acknowledged: number;
}

/**
 * The RPO from the acknowledged writes and the sequences present after recovery: 0 when every
 * acknowledged write is present; otherwise the time between the last acknowledged write of the
 * unbroken run present from the first (or the writer's start when not even the first is) and the last
 * acknowledged write.
 */
export function measureRpo(acks: readonly Ack[], present: ReadonlySet<number>, startedAt: number): RpoMeasurement {
    const last = acks[acks.length - 1];
    if (last === undefined) return { rpoMs: 0, lastAcknowledged: 0, lastPresent: 0, missing: 0, acknowledged: 0 };
    const missing = acks.filter((a) => !present.has(a.seq)).length;
    const firstMissing = acks.findIndex((a) => !present.has(a.seq));
    if (firstMissing < 0) return { rpoMs: 0, lastAcknowledged: last.seq, lastPresent: last.seq, missing: 0, acknowledged: acks.length };
    const kept = firstMissing === 0 ? undefined : acks[firstMissing - 1];
    return {
        rpoMs: Math.max(0, last.at - (kept?.at ?? startedAt)),
        lastAcknowledged: last.seq,
        lastPresent: kept?.seq ?? 0,
        missing,
        acknowledged: acks.length,
    };
}

/** The sequences of a run present in a (restored) database; an empty set when the table is missing. */
export async function presentSequences(conn: mysql.Connection, runId: string, table: string = DEFAULT_HEARTBEAT_TABLE): Promise<Set<number>> {
    try {
        const [rows] = await conn.query(`SELECT seq FROM ${ident(table)} WHERE run_id = ?`, [runId]);
        return new Set((rows as Array<{ seq: number | string }>).map((r) => Number(r.seq)));
    } catch (e) {
        if ((e as { code?: string }).code === "ER_NO_SUCH_TABLE") return new Set();
        throw e;
    }
}

/**
 * The recorded time of a restore: the first whole second after the server time of the last
 * acknowledged write (the binary log's events and the API's rollback times have whole seconds, and a
 * point-in-time restore replays the events before it), as `YYYY-MM-DD hh:mm:ss` in the server's time.
 */
export function recordedTimeAfter(serverTime: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(serverTime);
    if (!m) throw new Error(`the server time ${JSON.stringify(serverTime)} is not YYYY-MM-DD hh:mm:ss`);
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) + 1000;
    return new Date(t).toISOString().replace("T", " ").slice(0, 19);
}
