// The node guard's state file: written atomically and read back; a missing file is a fresh start; a
// corrupt file is refused with one error naming the file and the fix, never reset.
import { expect } from "chai";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decide, firingOf, initialState, savedTargetsOf, StateStore } from "@zonesafe/node-guard";

describe("node guard: the state file", () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "node-guard-store-"));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("starts empty when the file does not exist, and reads back what it wrote", () => {
        const store = new StateStore(path.join(dir, "sub", "state.json"));
        expect(store.load()).to.deep.equal(initialState());
        const state = initialState();
        state.guard = decide(state.guard, { kind: "node", key: "k", alert: "a", startsAt: "t", node: "10.0.0.1", status: "firing" }).state;
        state.pending = [{ id: 1, action: { kind: "remove", node: "10.0.0.1" }, acceptedAt: 5, attempts: 0, notBefore: 0 }];
        state.removedTargets = { "10.0.0.1": [{ instanceId: "ins-1", port: 8080, weight: 10 }] };
        store.save(state);
        expect(new StateStore(store.file).load()).to.deep.equal(state);
        expect((fs.statSync(store.file).mode & 0o777).toString(8)).to.equal("600");
    });

    it("keeps a node named like an object member (`__proto__`, `constructor`) as a node, through the file", () => {
        const store = new StateStore(path.join(dir, "state.json"));
        const state = initialState();
        for (const node of ["__proto__", "constructor"]) {
            state.guard = decide(state.guard, { kind: "node", key: node, alert: "a", startsAt: "t", node, status: "firing" }).state;
        }
        state.removedTargets = Object.fromEntries([["__proto__", [{ instanceId: "ins-p", port: 80 }]]]);
        store.save(state);
        const back = new StateStore(store.file).load();
        expect(back.guard.removed).to.deep.equal(["__proto__", "constructor"]);
        expect(back.guard.page).to.equal(null);
        expect(firingOf(back.guard, "__proto__")).to.deep.equal(["a|t"]);
        expect(firingOf(back.guard, "constructor")).to.deep.equal(["a|t"]);
        expect(firingOf(back.guard, "toString")).to.deep.equal([]);
        expect(savedTargetsOf(back, "__proto__")).to.deep.equal([{ instanceId: "ins-p", port: 80 }]);
        expect(savedTargetsOf(back, "constructor")).to.deep.equal([]);
        expect(Object.getPrototypeOf(back.guard.firing)).to.equal(Object.prototype);
    });

    it("replaces the file whole: no temporary file is left and the old content is gone", () => {
        const store = new StateStore(path.join(dir, "state.json"));
        const a = initialState();
        a.nextId = 7;
        store.save(a);
        const b = initialState();
        b.nextId = 8;
        store.save(b);
        expect(fs.readdirSync(dir)).to.deep.equal(["state.json"]);
        expect(store.load().nextId).to.equal(8);
    });

    for (const [what, content, why] of [
        ["not JSON", "{\"version\": 1, ", "it is not JSON"],
        ["truncated to nothing", "", "it is not JSON"],
        ["another version", JSON.stringify({ ...initialState(), version: 9 }), "its version is 9, this guard reads version 1"],
        ["a broken removed list", JSON.stringify({ ...initialState(), guard: { ...initialState().guard, removed: "10.0.0.1" } }), "`guard.removed` must be a list of nodes"],
        ["an array", "[]", "it is not a JSON object"],
    ] as const) {
        it(`refuses a corrupt file (${what}) naming the file and the fix, and leaves it as it is`, () => {
            const file = path.join(dir, "state.json");
            fs.writeFileSync(file, content);
            expect(() => new StateStore(file).load())
                .to.throw(Error)
                .with.property("message")
                .that.satisfies((m: string) => m.startsWith(`node guard: the state file ${file} is corrupt: ${why}`) && m.includes("never resets it by itself") && m.includes("restore it from a backup or repair it"));
            expect(fs.readFileSync(file, "utf8")).to.equal(content);
        });
    }
});
