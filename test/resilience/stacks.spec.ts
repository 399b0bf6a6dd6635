/**
 * The resilience analysis on the project's own stacks (stacks/, run under mocks as `zonesafe preview`
 * runs them): the legacy stack fails the loss of its zone, the production stacks pass, and the beacon
 * gateway's capacity holds its configured peak and not one beyond its pools' maximum.
 */
import { expect } from "chai";
import type { StackRecord } from "../../engine/types";
import { checkAzFailure, checkCapacity, azFailureConfig, eventCapacityConfig } from "../../policies/resilience/policies";
import { runStack } from "../support/stacks";
import { topologyOfStack } from "./fixtures";

describe("resilience on the project's stacks", function () {
    this.timeout(120_000);
    const stacks = new Map<string, StackRecord>();
    const stack = async (name: string): Promise<StackRecord> => {
        if (!stacks.has(name)) stacks.set(name, (await runStack(name)).stack);
        return stacks.get(name)!;
    };

    for (const name of ["retail-prod", "beacon-prod"]) {
        it(`${name} survives the loss of each of its zones within RTO 15 min and RPO 0`, async () => {
            const s = await stack(name);
            const result = checkAzFailure(topologyOfStack(s), azFailureConfig.defaults);
            expect(result.violations).to.deep.equal([]);
            const sim = result.simulation;
            expect(sim.status).to.equal("met");
            expect(sim.zones.length).to.be.at.least(3);
            expect(sim.rtoSeconds).to.be.a("number").and.to.be.at.most(900);
            expect(sim.rpoSeconds).to.equal(0);
            for (const d of sim.disruptions) {
                expect(d.tiers.every((t) => t.survives), `${name} without ${d.zone}`).to.equal(true);
            }
        });
    }

    it("retail-prod recovers its three-node MySQL in 60 s with RPO 0 and its workloads within the 2-minute budget", async () => {
        const sim = checkAzFailure(topologyOfStack(await stack("retail-prod")), azFailureConfig.defaults).simulation;
        const first = sim.disruptions[0];
        const data = first.tiers.find((t) => t.tier === "data")!;
        const mysql = data.resources.find((r) => r.kind === "mysql")!;
        expect(mysql).to.include({ survives: true, rtoSeconds: 60, rpoSeconds: 0, heldToRpo: true });
        const workloads = first.tiers.find((t) => t.tier === "compute")!.resources.filter((r) => r.kind === "workload");
        expect(workloads.length).to.be.greaterThan(0);
        for (const w of workloads) {
            expect(w.survives, w.reason).to.equal(true);
            expect(w.rtoSeconds, w.reason).to.be.at.most(120);
        }
    });

    it("retail-legacy fails: losing its zone takes every tier down, with no RTO bound", async () => {
        const result = checkAzFailure(topologyOfStack(await stack("retail-legacy")), azFailureConfig.defaults);
        const sim = result.simulation;
        expect(sim.status).to.equal("breached");
        expect(sim.rtoSeconds).to.equal(null);
        expect(sim.disruptions).to.have.length(1);
        expect(sim.disruptions[0].tiers.map((t) => [t.tier, t.survives])).to.deep.equal([
            ["access", false],
            ["compute", false],
            ["middleware", false],
            ["data", false],
        ]);
        const mysql = sim.disruptions[0].tiers.find((t) => t.tier === "data")!.resources.find((r) => r.kind === "mysql")!;
        expect(mysql).to.include({ survives: false, rtoSeconds: null });
        expect(result.violations.length).to.be.at.least(4);
    });

    describe("beacon-prod's event capacity", () => {
        it("passes at the peak its configuration declares", async () => {
            const s = await stack("beacon-prod");
            const beacon = JSON.parse(s.config["zonesafe:beacon"]) as { peakQps: number; qpsPerInstance: number };
            const report = checkCapacity(topologyOfStack(s), eventCapacityConfig.defaults, s.config);
            expect(report.configured).to.equal(true);
            expect(report.violations).to.deep.equal([]);
            const gateway = report.checks[0];
            expect(gateway.needed).to.equal(Math.ceil(beacon.peakQps / beacon.qpsPerInstance));
            expect(gateway.reachable).to.be.at.least(gateway.needed);
            expect(gateway.members.every((m) => m.scalesOut && m.maxSize <= 1000)).to.equal(true);
            expect(report.schedules.length).to.be.greaterThan(0);
            expect(report.schedules.every((x) => x.startsBefore === true)).to.equal(true);
        });

        it("fails at a peak beyond its pools' maximum", async () => {
            const s = await stack("beacon-prod");
            const beacon = JSON.parse(s.config["zonesafe:beacon"]) as { qpsPerInstance: number };
            const t = topologyOfStack(s);
            const max = checkCapacity(t, eventCapacityConfig.defaults, s.config).checks[0].reachable;
            const beyond = (max + 1) * beacon.qpsPerInstance;
            const report = checkCapacity(t, { ...eventCapacityConfig.defaults, peakQps: beyond, qpsPerInstance: beacon.qpsPerInstance }, s.config);
            expect(report.passes).to.equal(false);
            expect(report.checks[0]).to.include({ needed: max + 1, reachable: max, passes: false });
            expect(report.violations).to.have.length(1);
            expect(report.violations[0].message).to.match(/^Auto Scaling groups must together reach the \d+ instances a peak of/);
        });
    });
});
