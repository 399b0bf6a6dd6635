/**
 * The node guard's decision core: a pure function from the guard's state and one alert event to the
 * next state and the actions to carry out. Nothing here does I/O, reads the clock or keeps anything
 * between calls, so every promise below is checked by property tests over random event sequences.
 *
 * The rules (the design's "single-machine fault items"):
 * - A node is faulty while at least one of its alerts fires; a node's several alerts count once.
 * - While fewer than `limit` nodes are faulty (and the common-cause alert does not fire), every faulty
 *   node is removed from service.
 * - When `limit` or more nodes are faulty, or the common-cause alert fires, nothing more is removed and
 *   a person is paged once for the episode: so many faults at once point to a common cause that
 *   removing more nodes would make worse.
 * - A removed node is restarted (when `restartOnRecovery`) and registered again once all its alerts
 *   have resolved.
 * - At most `limit - 1` nodes are ever removed at once, whatever the order, duplication or replay of
 *   the events: a node is removed only while fewer than `limit` nodes are faulty, and a removed node
 *   stays faulty until it is restored.
 * - An event received twice acts once (its `key`), and a firing event that arrives after the
 *   resolution of the same alert episode (`alert` + `startsAt`) is stale and changes nothing.
 */

import { getOwn, NODE_GUARD_DEFAULT_LIMIT, setOwn } from "@zonesafe/model";

/** The default number of faulty nodes at which the guard stops removing and pages (the shared model's). */
export const DEFAULT_LIMIT = NODE_GUARD_DEFAULT_LIMIT;

/** How many event keys the state remembers for idempotence (the oldest are forgotten first). */
export const SEEN_KEYS_KEPT = 5000;

/** One alert about one node, as a webhook or callback delivered it. */
export interface NodeAlertEvent {
    kind: "node";
    /** The delivery's identity: an event with a key already seen acts no more. */
    key: string;
    /** The alert's identity (Alertmanager's fingerprint, or policy + metric + instance for Cloud Monitor). */
    alert: string;
    /** When this episode of the alert started; with `alert`, it names one firing-to-resolved episode. */
    startsAt: string;
    /** The node (its private IP, as the backend knows it). */
    node: string;
    status: "firing" | "resolved";
}

/** The common-cause alert: many nodes alarm at once, so nothing is removed while it fires. */
export interface CommonCauseEvent {
    kind: "common-cause";
    key: string;
    alert: string;
    startsAt: string;
    status: "firing" | "resolved";
}

/** An event the core decides on. */
export type GuardEvent = NodeAlertEvent | CommonCauseEvent;

/** What the guard must do; carried out by the service after the new state is persisted. */
export type GuardAction =
    | { kind: "remove"; node: string }
    | { kind: "restart"; node: string }
    | { kind: "register"; node: string }
    | { kind: "page"; reason: string; nodes: string[] };

/** An open page: the guard is holding (removing nothing) and a person was told why. */
export interface OpenPage {
    reason: string;
    nodes: string[];
}

/** The decision state: plain JSON, persisted by the store after every change. */
export interface GuardState {
    /** Each faulty node's firing alert episodes (`alert|startsAt`), sorted. */
    firing: Record<string, string[]>;
    /** The nodes removed from service, sorted. */
    removed: string[];
    /** The common-cause alert's firing episodes. */
    commonCause: string[];
    /** The page of the current holding episode, if any. */
    page: OpenPage | null;
    /** Event keys already acted on and resolved episodes, newest last, at most SEEN_KEYS_KEPT. */
    seen: string[];
}

/** Options of the decision. */
export interface DecideOptions {
    /** The number of faulty nodes at which removal stops and a person is paged. Defaults to `DEFAULT_LIMIT`. */
    limit?: number;
    /** Whether a recovered node is restarted before it is registered again. Defaults to `true`. */
    restartOnRecovery?: boolean;
}

/** The state of a guard that has seen nothing. */
export function emptyState(): GuardState {
    return { firing: {}, removed: [], commonCause: [], page: null, seen: [] };
}

/** The reason a page gives when the guard holds. */
export const COMMON_CAUSE_REASON = "common cause suspected";

const episode = (e: GuardEvent): string => `${e.alert}|${e.startsAt}`;
const resolvedMark = (e: GuardEvent): string => `resolved:${episode(e)}`;

function remember(seen: string[], ...keys: string[]): string[] {
    const next = [...seen, ...keys];
    return next.length > SEEN_KEYS_KEPT ? next.slice(next.length - SEEN_KEYS_KEPT) : next;
}

/**
 * A node's firing alert episodes (none when it has no entry). Node names come from outside, and one
 * may be `constructor` or `__proto__`: the table is read through its own keys only.
 */
export function firingOf(state: Pick<GuardState, "firing">, node: string): readonly string[] {
    return getOwn(state.firing, node) ?? [];
}

/** The faulty nodes of a state, sorted. */
export function faultyNodes(state: GuardState): string[] {
    return Object.entries(state.firing)
        .filter(([, episodes]) => episodes.length > 0)
        .map(([node]) => node)
        .sort();
}

/**
 * Decides what one event changes: returns the next state (a new object; `state` is not modified) and
 * the actions, in the order they must run.
 */
export function decide(state: GuardState, event: GuardEvent, options: DecideOptions = {}): { state: GuardState; actions: GuardAction[] } {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const restartOnRecovery = options.restartOnRecovery ?? true;
    if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`limit must be an integer of at least 2; got ${limit}`);
    const seen = new Set(state.seen);
    if (seen.has(`key:${event.key}`)) return { state, actions: [] };
    // A firing event for an episode that already resolved arrived late (reordered or replayed).
    const stale = event.status === "firing" && seen.has(resolvedMark(event));
    const marks = [`key:${event.key}`, ...(event.status === "resolved" && !seen.has(resolvedMark(event)) ? [resolvedMark(event)] : [])];
    const next: GuardState = {
        firing: { ...state.firing },
        removed: [...state.removed],
        commonCause: [...state.commonCause],
        page: state.page,
        seen: remember(state.seen, ...marks),
    };
    const actions: GuardAction[] = [];
    if (!stale) {
        if (event.kind === "common-cause") {
            const set = new Set(next.commonCause);
            if (event.status === "firing") set.add(episode(event));
            else set.delete(episode(event));
            next.commonCause = [...set].sort();
        } else {
            const set = new Set(firingOf(next, event.node));
            if (event.status === "firing") set.add(episode(event));
            else set.delete(episode(event));
            if (set.size > 0) setOwn(next.firing, event.node, [...set].sort());
            else delete next.firing[event.node];
            // A removed node whose alerts have all resolved comes back.
            if (set.size === 0 && next.removed.includes(event.node)) {
                next.removed = next.removed.filter((n) => n !== event.node);
                if (restartOnRecovery) actions.push({ kind: "restart", node: event.node });
                actions.push({ kind: "register", node: event.node });
            }
        }
    }
    actions.push(...settle(next, limit));
    return { state: next, actions };
}

/** Removes the faulty nodes still in service, or holds and pages; changes `state` in place. */
function settle(state: GuardState, limit: number): GuardAction[] {
    const faulty = faultyNodes(state);
    const holding = faulty.length >= limit || state.commonCause.length > 0;
    if (holding) {
        if (state.page !== null) return [];
        const reason = faulty.length >= limit ? `${COMMON_CAUSE_REASON}: ${faulty.length} nodes faulty at once (limit ${limit})` : `${COMMON_CAUSE_REASON}: the common-cause alert fires`;
        state.page = { reason, nodes: faulty };
        return [{ kind: "page", reason, nodes: faulty }];
    }
    state.page = null;
    const actions: GuardAction[] = [];
    for (const node of faulty) {
        if (state.removed.includes(node)) continue;
        // faulty.length < limit and removed ⊆ faulty, so this never passes limit - 1.
        state.removed = [...state.removed, node].sort();
        actions.push({ kind: "remove", node });
    }
    return actions;
}
