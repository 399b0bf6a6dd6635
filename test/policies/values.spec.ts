import { expect } from "chai";
import { Secret } from "@pulumi/policy";
import { at, bool, num, snapshot, snapshotObject, str, strOrStrs, strs, tagsOf, UNKNOWN, UNKNOWN_SENTINEL, unproxied } from "../../policies/values";
import { deserialize, secret, UNKNOWN as WIRE_UNKNOWN } from "../support/policyArgs";

describe("Reading property bags", () => {
    it("snapshots the SDK's unknown-checking proxy without throwing, marking unknowns", () => {
        const props = deserialize({ a: WIRE_UNKNOWN, b: [1, WIRE_UNKNOWN], c: { d: "x" } }, false);
        expect(() => props.a).to.throw(/can't be known during preview/);
        expect(snapshot(props)).to.deep.equal({ a: UNKNOWN_SENTINEL, b: [1, UNKNOWN_SENTINEL], c: { d: "x" } });
    });

    it("snapshots secrets as plain values, in a validation and in a remediation", () => {
        const wire = { password: secret("p@ss"), nested: { list: [secret(1)] } };
        expect(snapshot(deserialize(wire, false))).to.deep.equal({ password: "p@ss", nested: { list: [1] } });
        expect(snapshot(deserialize(wire, true))).to.deep.equal({ password: "p@ss", nested: { list: [1] } });
        expect(snapshot(new Secret({ a: 1 }))).to.deep.equal({ a: 1 });
        expect(snapshot(wire)).to.deep.equal({ password: "p@ss", nested: { list: [1] } });
    });

    it("copies the data behind the SDK's proxies to the same plain data as through them, in a validation and in a remediation", () => {
        const wire = { a: WIRE_UNKNOWN, b: [1, WIRE_UNKNOWN, { c: secret("s") }], d: { e: "x", f: [] }, password: secret("p"), n: null };
        for (const forRemediation of [false, true]) {
            const props = deserialize(wire, forRemediation);
            const behind = unproxied(props) as Record<string, unknown>;
            expect(behind).not.to.equal(props);
            // Behind the proxy nothing throws: the unknown is its sentinel string.
            expect(behind["a"]).to.equal(WIRE_UNKNOWN);
            expect(snapshotObject(props)).to.deep.equal(snapshot(props));
            expect(snapshotObject(props)).to.deep.equal({ a: UNKNOWN_SENTINEL, b: [1, UNKNOWN_SENTINEL, { c: "s" }], d: { e: "x", f: [] }, password: "p", n: null });
        }
        const plain = { a: 1 };
        expect(unproxied(plain)).to.equal(plain);
        expect(unproxied("x")).to.equal("x");
        // A bag that merely has a key of that name is not mistaken for a proxy.
        const lookalike = { __isSpecialProxy: "yes", __getSpecialProxyTarget: { b: 2 } };
        expect(unproxied(lookalike)).to.equal(lookalike);
    });

    it("keeps keys such as __proto__ as plain data and drops functions", () => {
        const raw = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}');
        const copy = snapshot({ ...raw, fn: () => 1 }) as Record<string, unknown>;
        expect(Object.keys(copy)).to.deep.equal(["__proto__", "ok"]);
        expect(({} as Record<string, unknown>)["polluted"]).to.equal(undefined);
    });

    it("reads typed values, telling absent from unknown", () => {
        const bag = { s: "x", n: "42", b: "true", u: UNKNOWN_SENTINEL, list: ["a", 1, UNKNOWN_SENTINEL], nested: { k: UNKNOWN_SENTINEL } };
        expect(str(at(bag, "s"))).to.equal("x");
        expect(num(at(bag, "n"))).to.equal(42);
        expect(bool(at(bag, "b"))).to.equal(true);
        expect(str(at(bag, "u"))).to.equal(UNKNOWN);
        expect(str(at(bag, "missing"))).to.equal(undefined);
        expect(num(at(bag, "s"))).to.equal(undefined);
        expect(strs(at(bag, "list"))).to.deep.equal(["a", UNKNOWN]);
        expect(at(bag, "nested", "k", "deeper")).to.equal(UNKNOWN);
        expect(at(bag, "toString")).to.equal(undefined);
    });

    it("reads a single-item primitive list in both naming routes' shapes", () => {
        // Static route: one string; official route: a list (AS/node pool terminationPolicies, TKE keyIds, disasterRecoverGroupIds).
        expect(strOrStrs(at({ terminationPolicies: "OLDEST_INSTANCE" }, "terminationPolicies"))).to.deep.equal(["OLDEST_INSTANCE"]);
        expect(strOrStrs(at({ terminationPolicies: ["NEWEST_INSTANCE"] }, "terminationPolicies"))).to.deep.equal(["NEWEST_INSTANCE"]);
        expect(strOrStrs(at({ keyIds: UNKNOWN_SENTINEL }, "keyIds"))).to.equal(UNKNOWN);
        expect(strOrStrs(at({ keyIds: [UNKNOWN_SENTINEL] }, "keyIds"))).to.deep.equal([UNKNOWN]);
        expect(strOrStrs(at({}, "keyIds"))).to.equal(undefined);
        expect(strOrStrs(at({ keyIds: 7 }, "keyIds"))).to.equal(undefined);
    });

    it("reads tags from maps and from key/value lists", () => {
        expect([...tagsOf({ tags: { a: "1", b: UNKNOWN_SENTINEL } })]).to.deep.equal([["a", "1"]]);
        expect([...tagsOf({ tags: [{ key: "a", value: "1" }, { tagKey: "b", tagValue: "2" }] })]).to.deep.equal([["a", "1"], ["b", "2"]]);
        expect([...tagsOf({ tagSet: { team: "shop" } })]).to.deep.equal([["team", "shop"]]);
    });
});
