// The node guard's decision core: the rules on examples, then fast-check over random event logs with
// duplicates, replays, reordering and flapping.
import { expect } from "chai";
import fc from "fast-check";
import { decide, emptyState, faultyNodes, firingOf, type GuardAction, type GuardEvent, type GuardState } from "@zonesafe/node-guard";

let serial = 0;
/** A node alert event; the key is unique unless given. */
function alert(node: string, status: "firing" | "resolved", name = "cpu", startsAt = "t0", key?: string): GuardEvent {
    return { kind: "node", key: key ?? `${node}|${name}|${status}|${startsAt}|${serial++}`, alert: `${name}@${node}`, startsAt, node, status };
}

function run(events: GuardEvent[], options = {}, from: GuardState = emptyState()): { state: GuardState; actions: GuardAction[] } {
    let state = from;
    const actions: GuardAction[] = [];
    for (const e of events) {
        const out = decide(state, e, options);
        state = out.state;
        actions.push(...out.actions);
    }
    return { state, actions };
}

describe("node guard: decision core", () => {
    it("removes the first two faulty nodes, pages once at the third and removes nothing more", () => {
        const { state, actions } = run([alert("n1", "firing"), alert("n2", "firing"), alert("n3", "firing"), alert("n4", "firing")]);
        expect(actions).to.deep.equal([
            { kind: "remove", node: "n1" },
            { kind: "remove", node: "n2" },
            { kind: "page", reason: "common cause suspected: 3 nodes faulty at once (limit 3)", nodes: ["n1", "n2", "n3"] },
        ]);
        expect(state.removed).to.deep.equal(["n1", "n2"]);
        expect(faultyNodes(state)).to.deep.equal(["n1", "n2", "n3", "n4"]);
    });

    it("restarts and registers a removed node only when all its alerts have resolved", () => {
        const first = run([alert("n1", "firing", "cpu"), alert("n1", "firing", "disk")]);
        expect(first.actions).to.deep.equal([{ kind: "remove", node: "n1" }]); // two alerts, one node
        const half = run([alert("n1", "resolved", "cpu")], {}, first.state);
        expect(half.actions).to.deep.equal([]);
        expect(half.state.removed).to.deep.equal(["n1"]);
        const all = run([alert("n1", "resolved", "disk")], {}, half.state);
        expect(all.actions).to.deep.equal([
            { kind: "restart", node: "n1" },
            { kind: "register", node: "n1" },
        ]);
        expect(all.state.removed).to.deep.equal([]);
    });

    it("registers without a restart when restartOnRecovery is false", () => {
        const { actions } = run([alert("n1", "firing"), alert("n1", "resolved")], { restartOnRecovery: false });
        expect(actions).to.deep.equal([
            { kind: "remove", node: "n1" },
            { kind: "register", node: "n1" },
        ]);
    });

    it("acts once on an event received twice, and ignores a firing that arrives after its resolution", () => {
        const e = alert("n1", "firing", "cpu", "t1", "k1");
        const once = run([e, e]);
        expect(once.actions).to.deep.equal([{ kind: "remove", node: "n1" }]);
        // Resolved first, then the late firing of the same episode (another delivery key).
        const late = run([alert("n2", "resolved", "cpu", "t5"), alert("n2", "firing", "cpu", "t5")]);
        expect(late.actions).to.deep.equal([]);
        expect(faultyNodes(late.state)).to.deep.equal([]);
    });

    it("holds while the common-cause alert fires, and removes again once it and the count are back below the limit", () => {
        const cc = (status: "firing" | "resolved"): GuardEvent => ({ kind: "common-cause", key: `cc-${status}`, alert: "cc", startsAt: "t0", status });
        const held = run([cc("firing"), alert("n1", "firing")]);
        expect(held.actions).to.deep.equal([{ kind: "page", reason: "common cause suspected: the common-cause alert fires", nodes: [] }]);
        const after = run([cc("resolved")], {}, held.state);
        expect(after.actions).to.deep.equal([{ kind: "remove", node: "n1" }]);
        expect(after.state.page).to.equal(null);
    });

    it("honours another limit and refuses a limit below 2", () => {
        const { state } = run(["a", "b", "c", "d", "e"].map((n) => alert(n, "firing")), { limit: 5 });
        expect(state.removed).to.deep.equal(["a", "b", "c", "d"]);
        expect(() => decide(emptyState(), alert("a", "firing"), { limit: 1 })).to.throw(RangeError, "limit must be an integer of at least 2; got 1");
    });

    it("does not modify the state it is given", () => {
        const state = run([alert("n1", "firing")]).state;
        const copy = JSON.parse(JSON.stringify(state));
        decide(state, alert("n2", "firing"));
        expect(state).to.deep.equal(copy);
    });
});

describe("node guard: decision core properties (fast-check)", () => {
    // Two node names are members of every object: the core must treat them as any other name.
    const NODES = ["10.0.0.1", "10.0.0.2", "10.0.0.3", "constructor", "__proto__"];
    const ALERTS = ["cpu", "disk", "agent"];
    /** A log of deliveries: alert episodes firing and resolving, with redelivered and replayed entries and shuffled order. */
    const arbLog = fc
        .array(
            fc.record({
                node: fc.constantFrom(...NODES),
                name: fc.constantFrom(...ALERTS),
                episode: fc.integer({ min: 0, max: 2 }),
                status: fc.constantFrom("firing" as const, "resolved" as const),
                common: fc.boolean(),
            }),
            { maxLength: 60 },
        )
        .chain((entries) => {
            const events: GuardEvent[] = entries.map((e, i) =>
                e.common && i % 7 === 0
                    ? { kind: "common-cause", key: `cc|${e.status}|${e.episode}`, alert: "common", startsAt: `s${e.episode}`, status: e.status }
                    : { kind: "node", key: `${e.node}|${e.name}|${e.status}|${e.episode}`, alert: `${e.name}@${e.node}`, startsAt: `s${e.episode}`, node: e.node, status: e.status },
            );
            // Duplicates and replays: some deliveries repeated at random later places; then a random order.
            return fc.tuple(fc.constant(events), fc.array(fc.nat(), { maxLength: 20 })).chain(([evs, dups]) => {
                const withDups = [...evs, ...(evs.length === 0 ? [] : dups.map((d) => evs[d % evs.length]))];
                return fc.shuffledSubarray(withDups, { minLength: withDups.length, maxLength: withDups.length });
            });
        });
    const arbLimit = fc.integer({ min: 2, max: 5 });

    it("never has more than limit - 1 nodes removed, after any event", () => {
        fc.assert(
            fc.property(arbLog, arbLimit, (log, limit) => {
                let state = emptyState();
                const out = new Set<string>();
                for (const e of log) {
                    const r = decide(state, e, { limit });
                    state = r.state;
                    for (const a of r.actions) {
                        if (a.kind === "remove") {
                            expect(out.has(a.node), `removed twice: ${a.node}`).to.equal(false);
                            out.add(a.node);
                        }
                        if (a.kind === "register") out.delete(a.node);
                    }
                    expect(out.size).to.be.at.most(limit - 1);
                    expect([...out].sort()).to.deep.equal(state.removed);
                }
            }),
            { numRuns: 400 },
        );
    });

    it("restores a node only when none of its alerts fires, and keeps every removed node faulty", () => {
        fc.assert(
            fc.property(arbLog, arbLimit, (log, limit) => {
                let state = emptyState();
                for (const e of log) {
                    const r = decide(state, e, { limit });
                    state = r.state;
                    for (const a of r.actions) if (a.kind === "register") expect(firingOf(state, a.node)).to.deep.equal([]);
                    for (const n of state.removed) expect(firingOf(state, n).length).to.be.greaterThan(0);
                }
            }),
            { numRuns: 400 },
        );
    });

    it("pages once per holding episode, and never while below the limit without the common-cause alert", () => {
        fc.assert(
            fc.property(arbLog, arbLimit, (log, limit) => {
                let state = emptyState();
                for (const e of log) {
                    const wasOpen = state.page !== null;
                    const r = decide(state, e, { limit });
                    state = r.state;
                    const pages = r.actions.filter((a) => a.kind === "page");
                    const holding = faultyNodes(state).length >= limit || state.commonCause.length > 0;
                    expect(pages.length).to.equal(holding && !wasOpen ? 1 : 0);
                    expect(state.page !== null).to.equal(holding);
                    if (holding) expect(r.actions.filter((a) => a.kind === "remove")).to.deep.equal([]);
                }
            }),
            { numRuns: 400 },
        );
    });

    it("replaying the whole log onto the final state changes nothing", () => {
        fc.assert(
            fc.property(arbLog, arbLimit, (log, limit) => {
                const final = run(log, { limit }).state;
                const replay = run(log, { limit }, final);
                expect(replay.actions).to.deep.equal([]);
                expect(replay.state).to.deep.equal(final);
            }),
            { numRuns: 300 },
        );
    });

    it("delivering every event twice in a row decides the same as delivering it once", () => {
        fc.assert(
            fc.property(arbLog, arbLimit, (log, limit) => {
                const once = run(log, { limit });
                const twice = run(
                    log.flatMap((e) => [e, e]),
                    { limit },
                );
                expect(twice.actions).to.deep.equal(once.actions);
                expect(twice.state).to.deep.equal(once.state);
            }),
            { numRuns: 300 },
        );
    });
});
