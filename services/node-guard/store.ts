/**
 * The guard's durable state: one JSON file, written atomically (a temporary file beside it, fsync,
 * rename, fsync of the folder), so that a guard killed at any moment finds either the old or the new
 * state, never half of one. A file that cannot be read as a state is refused with one error naming the
 * file and the fix: it records which nodes are out of service, and a silent reset would forget them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { getOwn } from "@zonesafe/model";
import { emptyState, type GuardAction, type GuardState } from "./core";

/** The state file's format version. */
export const STATE_VERSION = 1;

/** How many finished operations the state keeps for `/state`. */
export const DONE_KEPT = 200;

/** A backend operation the guard owes: queued with the state that decided it, done only when it succeeded. */
export interface PendingOperation {
    /** A unique id, in queue order. */
    id: number;
    action: GuardAction;
    /** When the event that decided it was accepted (ms since the epoch). */
    acceptedAt: number;
    attempts: number;
    /** The last failure's message, if the operation failed. */
    lastError?: string;
    /** Not to be tried again before this time (ms since the epoch). */
    notBefore: number;
}

/** A finished backend operation, with its timings. */
export interface DoneOperation {
    id: number;
    action: GuardAction;
    acceptedAt: number;
    /** When the successful call started. */
    calledAt: number;
    finishedAt: number;
    attempts: number;
}

/** One backend target of a node (what it takes to register it again). */
export interface SavedTarget {
    instanceId: string;
    port: number;
    weight?: number;
}

/** Everything the guard persists. */
export interface PersistedState {
    version: number;
    guard: GuardState;
    pending: PendingOperation[];
    done: DoneOperation[];
    /** The next operation id. */
    nextId: number;
    /** The backend targets of each removed node, as they were when it was removed. */
    removedTargets: Record<string, SavedTarget[]>;
}

/** The saved targets of a removed node (none when it has no entry), read through own keys only, as `firingOf` reads. */
export function savedTargetsOf(state: Pick<PersistedState, "removedTargets">, node: string): SavedTarget[] {
    return getOwn(state.removedTargets, node) ?? [];
}

/** A state with nothing in it. */
export function initialState(): PersistedState {
    return { version: STATE_VERSION, guard: emptyState(), pending: [], done: [], nextId: 1, removedTargets: {} };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** What is wrong with a parsed state file, or undefined when it is a state. */
function problem(data: unknown): string | undefined {
    if (!isObject(data)) return "it is not a JSON object";
    if (data.version !== STATE_VERSION) return `its version is ${JSON.stringify(data.version)}, this guard reads version ${STATE_VERSION}`;
    const g = data.guard;
    if (!isObject(g)) return "`guard` is missing";
    if (!isObject(g.firing) || !Object.values(g.firing).every(isStringArray)) return "`guard.firing` must map nodes to lists of alert episodes";
    if (!isStringArray(g.removed)) return "`guard.removed` must be a list of nodes";
    if (!isStringArray(g.commonCause)) return "`guard.commonCause` must be a list of alert episodes";
    if (!isStringArray(g.seen)) return "`guard.seen` must be a list of event keys";
    if (g.page !== null && !(isObject(g.page) && typeof g.page.reason === "string" && isStringArray(g.page.nodes))) return "`guard.page` must be null or { reason, nodes }";
    if (!Array.isArray(data.pending) || !data.pending.every((p) => isObject(p) && typeof p.id === "number" && isObject(p.action) && typeof p.attempts === "number")) {
        return "`pending` must be a list of operations";
    }
    if (!Array.isArray(data.done)) return "`done` must be a list of operations";
    if (typeof data.nextId !== "number") return "`nextId` must be a number";
    if (!isObject(data.removedTargets)) return "`removedTargets` must map nodes to targets";
    return undefined;
}

/** Reads and writes one state file. */
export class StateStore {
    /** @param file the state file's path. */
    constructor(readonly file: string) {}

    /**
     * Loads the state: the initial state when the file does not exist yet; throws one error naming the
     * file and the fix when it exists but is not a state.
     */
    load(): PersistedState {
        let text: string;
        try {
            text = fs.readFileSync(this.file, "utf8");
        } catch (err) {
            if ((err as NodeJS.ErrnoException).code === "ENOENT") return initialState();
            throw new Error(`node guard: cannot read the state file ${this.file}: ${(err as Error).message}; fix its permissions or point \`stateFile\` at a readable path.`, { cause: err });
        }
        let data: unknown;
        let why: string | undefined;
        try {
            data = JSON.parse(text);
            why = problem(data);
        } catch (err) {
            why = `it is not JSON (${(err as Error).message})`;
        }
        if (why !== undefined) {
            throw new Error(
                `node guard: the state file ${this.file} is corrupt: ${why}. It records which nodes are out of service, so the guard never resets it by itself: ` +
                    "restore it from a backup or repair it; only if every node is back in service, move it away and start the guard again (it then starts empty and reconciles from Alertmanager).",
            );
        }
        return data as PersistedState;
    }

    /** Writes the state atomically and durably. */
    save(state: PersistedState): void {
        const dir = path.dirname(this.file);
        fs.mkdirSync(dir, { recursive: true });
        const tmp = path.join(dir, `.${path.basename(this.file)}.${process.pid}.tmp`);
        const fd = fs.openSync(tmp, "w", 0o600);
        try {
            fs.writeSync(fd, JSON.stringify(state, null, 1) + "\n");
            fs.fsyncSync(fd);
        } finally {
            fs.closeSync(fd);
        }
        fs.renameSync(tmp, this.file);
        try {
            const dfd = fs.openSync(dir, "r");
            try {
                fs.fsyncSync(dfd);
            } finally {
                fs.closeSync(dfd);
            }
        } catch {
            // Some file systems refuse fsync on a folder; the rename itself is still atomic.
        }
    }
}
