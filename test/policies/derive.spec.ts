import { expect } from "chai";
import { evaluateTopology } from "../../policies/core";
import { stackResourcesOf } from "../../policies/resources";
import { AZ_FAILURE_POLICY, azFailureConfig, checkAzFailure, checkCapacity, eventCapacityConfig } from "../../policies/resilience/policies";
import { buildTopology, Topology } from "../../policies/topology";
import { stackArgs } from "../support/policyArgs";
import { legacyStack, retailStack } from "./fixtures";
import { DEV, NOW } from "./helpers";

function topologyOf(specs = legacyStack()): Topology {
    return buildTopology(stackResourcesOf(stackArgs({ resources: specs }).resources));
}

describe("Whole-stack results derived once per topology (Topology.derive)", () => {
    it("computes a result once per name and equal inputs, and again for any input that differs", () => {
        const t = topologyOf();
        let runs = 0;
        const derive = (name: string, inputs: unknown) => t.derive(name, inputs, () => ({ run: ++runs }));
        const first = derive("x", [{ a: 1, b: [1, 2] }, new Date(NOW.getTime())]);
        expect(derive("x", [{ a: 1, b: [1, 2] }, new Date(NOW.getTime())])).to.equal(first);
        expect(runs).to.equal(1);
        // Inputs JSON would write alike stay apart: a missing value and undefined, NaN and null, the contents of maps.
        const distinct: unknown[] = [
            [{ a: 1, b: [1, 2] }, new Date(NOW.getTime() + 1)],
            { a: 1, b: [1, 2, 3] },
            { a: undefined },
            {},
            { a: NaN },
            { a: null },
            { a: Infinity },
            new Map([["k", "v"]]),
            new Map([["k", "w"]]),
        ];
        const results = distinct.map((inputs) => derive("x", inputs));
        expect(new Set(results).size).to.equal(distinct.length);
        expect(results).to.not.include(first);
        // The same inputs under another name are another result.
        expect(derive("y", [{ a: 1, b: [1, 2] }, new Date(NOW.getTime())])).to.not.equal(first);
        expect(runs).to.equal(distinct.length + 2);
    });

    it("shares the assessment and the AZ-failure simulation between evaluations of equal inputs, and only then", () => {
        const t = topologyOf(retailStack());
        const a = evaluateTopology(t, { identity: DEV, now: NOW });
        const b = evaluateTopology(t, { identity: DEV, now: new Date(NOW.getTime()), levels: { [AZ_FAILURE_POLICY]: "mandatory" } });
        expect(b.assessment).to.equal(a.assessment);
        expect(b.azFailure).to.equal(a.azFailure);
        expect(checkAzFailure(t, azFailureConfig.parse({}))).to.equal(a.azFailure);
        expect(checkCapacity(t, eventCapacityConfig.parse({}), DEV.config)).to.equal(a.capacity);

        // Another time, another configuration, another topology: computed anew, and the same as from scratch.
        const later = evaluateTopology(t, { identity: DEV, now: new Date(NOW.getTime() + 1) });
        expect(later.assessment).to.not.equal(a.assessment);
        const tight = evaluateTopology(t, { identity: DEV, now: NOW, configs: { [AZ_FAILURE_POLICY]: { rtoSeconds: 1 } } });
        expect(tight.azFailure).to.not.equal(a.azFailure);
        const fresh = evaluateTopology(topologyOf(retailStack()), { identity: DEV, now: NOW, configs: { [AZ_FAILURE_POLICY]: { rtoSeconds: 1 } } });
        expect(tight.azFailure).to.deep.equal(fresh.azFailure);
        expect(tight.findings).to.deep.equal(fresh.findings);
        expect(later.findings).to.deep.equal(evaluateTopology(topologyOf(retailStack()), { identity: DEV, now: new Date(NOW.getTime() + 1) }).findings);
    });
});
