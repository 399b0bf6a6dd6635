/**
 * The guard at run time: matches events to the backend's nodes, runs the decision core, persists the
 * new state with the operations it owes, and only then carries them out, one node at a time in order,
 * retrying a failed call with backoff (reported in `/state`, never counted as done). At start it
 * reconciles with the backend (a removed node still in service is removed again) and with
 * Alertmanager's active alerts (alerts that fired or resolved while it was down).
 */
import { decide, faultyNodes, type GuardAction, type GuardEvent } from "./core";
import type { Backend, NodeTarget } from "./backend";
import type { GuardConfig } from "./config";
import { alertEvent, PayloadError, type RawEvent } from "./events";
import type { PersistedState, SavedTarget, StateStore } from "./store";
import { DONE_KEPT, savedTargetsOf } from "./store";

/** A structured log line's writer. */
export type Logger = (level: "info" | "warn" | "error", msg: string, fields?: Record<string, unknown>) => void;

/** The default logger: one JSON line per entry on standard output. */
export const jsonLogger: Logger = (level, msg, fields = {}) => {
    process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + "\n");
};

/** Retry timing of failed backend calls. */
export interface RetryOptions {
    /** The first retry's delay in ms; each next one doubles. Defaults to 500. */
    baseMs?: number;
    /** The longest delay in ms. Defaults to 30000. */
    maxMs?: number;
}

/** What one delivery did. */
export interface AcceptResult {
    accepted: number;
    duplicates: number;
    ignored: { nodeRef: string; reason: string }[];
}

/** The parts of the configuration the guard uses. */
export type GuardSettings = Pick<GuardConfig, "limit" | "restartOnRecovery" | "alertmanager" | "pageWebhook" | "sdPort">;

/** The node guard's running core: state, backend and the queue of operations. */
export class NodeGuard {
    private state: PersistedState;
    private inventory: NodeTarget[] = [];
    private unknownRefreshAt = 0;
    private refresher: NodeJS.Timeout | undefined;
    private chain: Promise<unknown> = Promise.resolve();
    private running = false;
    private timer: NodeJS.Timeout | undefined;
    private stopped = false;
    private readonly baseMs: number;
    private readonly maxMs: number;

    constructor(
        private readonly settings: GuardSettings,
        private readonly store: StateStore,
        private readonly backend: Backend,
        private readonly log: Logger = jsonLogger,
        retry: RetryOptions = {},
    ) {
        this.state = store.load();
        this.baseMs = retry.baseMs ?? 500;
        this.maxMs = retry.maxMs ?? 30000;
    }

    /** Runs `fn` after every earlier state change, so decisions and writes never interleave. */
    private serial<T>(fn: () => Promise<T> | T): Promise<T> {
        const next = this.chain.then(fn, fn);
        this.chain = next.catch(() => undefined);
        return next;
    }

    /** Discovers the backend's nodes (with retries) and reconciles; then starts owed operations. */
    async start(attempts = 5): Promise<void> {
        for (let i = 1; ; i++) {
            try {
                this.inventory = await this.backend.discover();
                break;
            } catch (err) {
                if (i >= attempts) throw new Error(`node guard: cannot list the backend's nodes after ${attempts} attempts: ${message(err)}; check the backend settings and credentials`, { cause: err });
                this.log("warn", "backend discovery failed; retrying", { attempt: i, error: message(err) });
                await sleep(Math.min(this.maxMs, this.baseMs * 2 ** (i - 1)));
            }
        }
        this.log("info", "backend nodes discovered", { nodes: [...new Set(this.inventory.map((t) => t.node))].sort() });
        await this.serial(() => this.reconcileBackend());
        if (this.settings.alertmanager !== undefined) await this.reconcileAlertmanager(this.settings.alertmanager);
        this.refresher = setInterval(() => void this.serial(() => this.refresh()), REFRESH_MS);
        this.refresher.unref();
        this.kick();
    }

    /** Lists the backend's nodes again; a failure keeps the last list. */
    private async refresh(): Promise<void> {
        try {
            this.inventory = await this.backend.discover();
        } catch (err) {
            this.log("warn", "backend discovery failed; keeping the last list of nodes", { error: message(err) });
        }
    }

    /** Stops retry timers (the state on disk stays as it is). */
    stop(): void {
        this.stopped = true;
        if (this.timer) clearTimeout(this.timer);
        if (this.refresher) clearInterval(this.refresher);
    }

    /** A removed node whose targets are still in the backend, with no removal owed, is removed again. */
    private reconcileBackend(): void {
        const inService = new Set(this.inventory.map((t) => t.node));
        let changed = false;
        for (const node of this.state.guard.removed) {
            const owed = this.state.pending.some((p) => p.action.kind === "remove" && p.action.node === node);
            if (inService.has(node) && !owed) {
                this.log("warn", "a removed node is still in the backend; removing it again", { node });
                this.enqueue({ kind: "remove", node }, Date.now());
                changed = true;
            }
        }
        if (changed) this.store.save(this.state);
    }

    /**
     * Feeds Alertmanager's active alerts as firing events, except those silenced or inhibited (its webhook
     * would not deliver them either), and resolves the episodes it no longer has at all (a silenced alert
     * still fires, so its episode stays open).
     */
    private async reconcileAlertmanager(base: string): Promise<void> {
        let alerts: unknown;
        try {
            const { url, headers } = withoutCredentials(new URL("/api/v2/alerts?active=true", base));
            const res = await fetch(url, { headers, signal: AbortSignal.timeout(10000) });
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
            alerts = await res.json();
            if (!Array.isArray(alerts)) throw new Error("the answer is not a list of alerts");
        } catch (err) {
            this.log("warn", "cannot read Alertmanager's active alerts; going on with the saved state", { alertmanager: withoutCredentials(new URL(base)).url.href, error: message(err) });
            return;
        }
        const events: RawEvent[] = [];
        const active = new Set<string>();
        for (const [i, a] of (alerts as unknown[]).entries()) {
            try {
                const e = alertEvent(a, `alerts[${i}]`, "firing");
                if (e === undefined) continue;
                active.add(`${e.alert}|${e.startsAt}`);
                const state = (a as { status?: { state?: unknown } }).status?.state;
                if (state === undefined || state === "active") events.push(e);
            } catch (err) {
                this.log("warn", "skipping an Alertmanager alert of unknown shape", { error: message(err) });
            }
        }
        const g = this.state.guard;
        const episodes: { node?: string; episode: string }[] = [
            ...Object.entries(g.firing).flatMap(([node, eps]) => eps.map((episode) => ({ node, episode }))),
            ...g.commonCause.map((episode) => ({ episode })),
        ];
        const resolved: GuardEvent[] = [];
        for (const { node, episode } of episodes) {
            if (!episode.startsWith("am:") || active.has(episode)) continue;
            const cut = episode.lastIndexOf("|");
            const [alert, startsAt] = [episode.slice(0, cut), episode.slice(cut + 1)];
            const key = `${alert}|resolved|${startsAt}`;
            resolved.push(node === undefined ? { kind: "common-cause", key, alert, startsAt, status: "resolved" } : { kind: "node", key, alert, startsAt, node, status: "resolved" });
        }
        const result = await this.accept(events, Date.now(), resolved);
        this.log("info", "reconciled with Alertmanager", { active: events.length, resolvedWhileDown: resolved.length, ...result });
    }

    /** The node an alert names (its IP, instance id or instance name), or undefined when the backend has none such. */
    resolveNode(ref: string): string | undefined {
        const known = this.knownTargets();
        return known.find((t) => t.node === ref || t.instanceId === ref || t.instanceName === ref)?.node;
    }

    /** The targets the guard knows: those in service and those it removed. */
    private knownTargets(): NodeTarget[] {
        const saved = Object.entries(this.state.removedTargets).flatMap(([node, ts]) => ts.map((t) => ({ ...t, node })));
        const seen = new Set(this.inventory.map((t) => `${t.node}|${t.instanceId}|${t.port}`));
        return [...this.inventory, ...saved.filter((t) => !seen.has(`${t.node}|${t.instanceId}|${t.port}`))];
    }

    /**
     * Decides on a delivery's events, persists the state with the operations they owe, and starts them.
     * Events whose node the backend does not know are logged and ignored. Resolves after the write.
     */
    accept(raws: RawEvent[], acceptedAt: number, extra: GuardEvent[] = []): Promise<AcceptResult> {
        return this.serial(async () => {
            // A node the last listing does not have may have joined since: list again (at most every few seconds).
            if (raws.some((r) => r.kind === "node" && this.resolveNode(r.nodeRef ?? "") === undefined) && Date.now() - this.unknownRefreshAt >= REDISCOVER_MS) {
                this.unknownRefreshAt = Date.now();
                await this.refresh();
            }
            const result: AcceptResult = { accepted: 0, duplicates: 0, ignored: [] };
            const events: GuardEvent[] = [...extra];
            for (const raw of raws) {
                if (raw.kind === "common-cause") {
                    events.push({ kind: "common-cause", key: raw.key, alert: raw.alert, startsAt: raw.startsAt, status: raw.status });
                    continue;
                }
                const node = this.resolveNode(raw.nodeRef ?? "");
                if (node === undefined) {
                    this.log("warn", "alert for a node the backend does not know; ignored", { nodeRef: raw.nodeRef, alert: raw.alert, status: raw.status });
                    result.ignored.push({ nodeRef: raw.nodeRef ?? "", reason: "not a node of the backend" });
                    continue;
                }
                events.push({ kind: "node", key: raw.key, alert: raw.alert, startsAt: raw.startsAt, node, status: raw.status });
            }
            const before = this.state;
            let guard = this.state.guard;
            const actions: GuardAction[] = [];
            for (const event of events) {
                const out = decide(guard, event, { limit: this.settings.limit, restartOnRecovery: this.settings.restartOnRecovery });
                if (out.state === guard) result.duplicates++;
                else result.accepted++;
                guard = out.state;
                actions.push(...out.actions);
            }
            if (guard === before.guard) return result;
            this.state = { ...before, guard, pending: [...before.pending], removedTargets: { ...before.removedTargets } };
            for (const action of actions) this.enqueue(action, acceptedAt);
            try {
                this.store.save(this.state);
            } catch (err) {
                this.state = before;
                throw err;
            }
            for (const action of actions) this.log("info", "decided", { action: action.kind, ...("node" in action ? { node: action.node } : { nodes: action.nodes, reason: action.reason }) });
            this.kick();
            return result;
        });
    }

    /** Queues an operation (in memory; the caller persists). A removal saves the node's targets for its return. */
    private enqueue(action: GuardAction, acceptedAt: number): void {
        if (action.kind === "remove") {
            const targets = this.knownTargets()
                .filter((t) => t.node === action.node)
                .map((t): SavedTarget => ({ instanceId: t.instanceId, port: t.port, ...(t.weight === undefined ? {} : { weight: t.weight }) }));
            if (targets.length > 0) this.state.removedTargets = { ...this.state.removedTargets, [action.node]: targets };
        }
        this.state.pending = [...this.state.pending, { id: this.state.nextId, action, acceptedAt, attempts: 0, notBefore: 0 }];
        this.state.nextId++;
    }

    /** Starts the worker if it is idle. */
    private kick(): void {
        if (this.running || this.stopped) return;
        this.running = true;
        void this.work().finally(() => {
            this.running = false;
        });
    }

    /**
     * Carries out owed operations: per node in queue order, the first of each node only, until none is
     * due; a removal waits for every restoration queued before it.
     */
    private async work(): Promise<void> {
        while (!this.stopped) {
            const now = Date.now();
            const blocked = new Set<string>();
            let due: PersistedState["pending"][number] | undefined;
            let wait = Infinity;
            // A node being restored is out of service until its registration is done, though the core
            // already counts it back: a removal queued after a restoration waits for it, so no more
            // than limit - 1 nodes are ever out of the backend at once.
            let restoring = false;
            for (const op of this.state.pending) {
                const lane = "node" in op.action ? op.action.node : "page";
                const waiting = op.action.kind === "remove" && restoring;
                if (op.action.kind === "restart" || op.action.kind === "register") restoring = true;
                if (blocked.has(lane)) continue;
                blocked.add(lane);
                if (waiting) continue;
                if (op.notBefore <= now) {
                    due = op;
                    break;
                }
                wait = Math.min(wait, op.notBefore - now);
            }
            if (due === undefined) {
                if (wait !== Infinity) {
                    if (this.timer) clearTimeout(this.timer);
                    this.timer = setTimeout(() => this.kick(), wait);
                }
                return;
            }
            const calledAt = Date.now();
            let error: unknown;
            try {
                await this.execute(due.action);
            } catch (err) {
                error = err;
            }
            const finishedAt = Date.now();
            const op = due;
            await this.serial(() => {
                const attempts = op.attempts + 1;
                if (error === undefined) {
                    this.state = {
                        ...this.state,
                        pending: this.state.pending.filter((p) => p.id !== op.id),
                        done: [...this.state.done, { id: op.id, action: op.action, acceptedAt: op.acceptedAt, calledAt, finishedAt, attempts }].slice(-DONE_KEPT),
                    };
                    if (op.action.kind === "register" && !this.state.guard.removed.includes(op.action.node)) {
                        const node = op.action.node;
                        const back = savedTargetsOf(this.state, node).map((t) => ({ ...t, node }));
                        this.inventory = [...this.inventory.filter((t) => t.node !== node), ...back];
                        const rest = { ...this.state.removedTargets };
                        delete rest[op.action.node];
                        this.state.removedTargets = rest;
                    }
                    this.log("info", "done", { action: op.action.kind, ...("node" in op.action ? { node: op.action.node } : {}), attempts, msFromAlert: calledAt - op.acceptedAt });
                } else {
                    const delay = Math.min(this.maxMs, this.baseMs * 2 ** (attempts - 1));
                    this.state = {
                        ...this.state,
                        pending: this.state.pending.map((p) => (p.id === op.id ? { ...p, attempts, lastError: message(error), notBefore: finishedAt + delay } : p)),
                    };
                    this.log("error", "backend call failed; will retry", { action: op.action.kind, ...("node" in op.action ? { node: op.action.node } : {}), attempts, retryInMs: delay, error: message(error) });
                }
                this.store.save(this.state);
            });
        }
    }

    /** One operation against the backend or the page webhook. */
    private async execute(action: GuardAction): Promise<void> {
        if (action.kind === "page") {
            const body = JSON.stringify({ source: "zonesafe-node-guard", reason: action.reason, nodes: action.nodes, limit: this.settings.limit, at: new Date().toISOString() });
            const { url, headers } = withoutCredentials(new URL(this.settings.pageWebhook));
            const res = await fetch(url, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body, signal: AbortSignal.timeout(10000) });
            if (!res.ok) throw new Error(`the page webhook answered HTTP ${res.status}`);
            return;
        }
        const saved = savedTargetsOf(this.state, action.node);
        const targets = saved.length > 0 ? saved : this.knownTargets().filter((t) => t.node === action.node);
        if (targets.length === 0) throw new Error(`no backend target is known for node ${action.node}`);
        if (action.kind === "remove") await this.backend.remove(action.node, targets);
        else if (action.kind === "register") await this.backend.register(action.node, targets);
        else await this.backend.restart(action.node, targets);
    }

    /** The state as `/state` shows it. */
    snapshot(): Record<string, unknown> {
        const g = this.state.guard;
        return {
            limit: this.settings.limit,
            faulty: faultyNodes(g),
            removed: g.removed,
            page: g.page,
            commonCauseFiring: g.commonCause.length > 0,
            pending: this.state.pending,
            failing: this.state.pending.filter((p) => p.lastError !== undefined),
            done: this.state.done,
            nodes: [...new Set(this.knownTargets().map((t) => t.node))].sort(),
        };
    }

    /**
     * The backend's nodes as a Prometheus `http_sd_configs` target list, each labelled `node`,
     * `instance_id` and `zonesafe_in_service` ("true", or "false" for a node the guard removed). Removed
     * nodes are listed too unless `onlyInService`: Prometheus must keep watching a removed node, or its
     * alerts would resolve for want of data and bring it back while it is still faulty.
     */
    serviceDiscovery(onlyInService = false): { targets: string[]; labels: Record<string, string> }[] {
        const removed = new Set(this.state.guard.removed);
        const byNode = new Map<string, NodeTarget[]>();
        for (const t of this.knownTargets()) if (!onlyInService || !removed.has(t.node)) byNode.set(t.node, [...(byNode.get(t.node) ?? []), t]);
        return [...byNode.keys()].sort().map((node) => {
            const ts = byNode.get(node)!;
            const ports = this.settings.sdPort !== undefined ? [this.settings.sdPort] : [...new Set(ts.map((t) => t.port))].sort((a, b) => a - b);
            const host = node.includes(":") ? `[${node}]` : node;
            return { targets: ports.map((p) => `${host}:${p}`), labels: { node, instance_id: ts[0].instanceId, zonesafe_in_service: String(!removed.has(node)) } };
        });
    }

    /** Waits until no operation is owed or `timeoutMs` passed (tests and shutdown). */
    async idle(timeoutMs = 10000): Promise<boolean> {
        const until = Date.now() + timeoutMs;
        while (Date.now() < until) {
            if (this.state.pending.length === 0) return true;
            await sleep(10);
        }
        return false;
    }
}

/**
 * A URL's user and password moved into a basic `Authorization` header (fetch refuses URLs that carry
 * them, and its error would quote the URL, password included).
 */
export function withoutCredentials(url: URL): { url: URL; headers: Record<string, string> } {
    if (url.username === "" && url.password === "") return { url, headers: {} };
    const auth = Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64");
    const bare = new URL(url.href);
    bare.username = "";
    bare.password = "";
    return { url: bare, headers: { authorization: `Basic ${auth}` } };
}

/** An error's message, without a stack. */
export function message(err: unknown): string {
    if (err instanceof PayloadError) return err.message;
    return err instanceof Error ? err.message : String(err);
}

/** How often the guard lists the backend's nodes again. */
const REFRESH_MS = 60000;
/** The shortest time between two listings caused by alerts for nodes the guard does not know. */
const REDISCOVER_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
