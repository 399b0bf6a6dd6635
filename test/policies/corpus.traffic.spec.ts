/**
 * The corpus of hazards for traffic: a clean estate (a cross-AZ CLB forwarding to a target group of
 * CVMs in two zones, a scaling group behind it with existing instances attached in two zones, a NAT
 * gateway with its own EIP in each zone, a TKE cluster reached through a private endpoint) and one
 * mutation per hazard. Each is evaluated in both naming routes, as a state and as a preview with
 * unknowns, twice: through the pack's policies as the engine runs them (the policy SDK's
 * deserializer and unknown-checking proxies), and through the assessment the health score uses.
 * Every rule of the pack must pass the clean estate; each hazard must be caught on the right
 * resources and nothing else reported. The AZ-failure simulation sees the target group's instances
 * as one backend group.
 */
import { expect } from "chai";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { policyOf } from "../../policies/adapters";
import { assess } from "../../policies/assessment";
import { RULES } from "../../policies/catalog";
import { CLB_BACKEND_REMOVAL_SECONDS } from "../../policies/resilience/estimates";
import { formatSeconds } from "../../policies/resilience/model";
import { simulateAzFailures } from "../../policies/resilience/simulate";
import { stackResourcesOfRecords } from "../../policies/resources";
import { tokensOf } from "../../policies/tokens";
import { buildTopology, Topology } from "../../policies/topology";
import { resourceArgs, runResourcePolicy, StackResourceSpec, UNKNOWN } from "../support/policyArgs";
import { checkStack, ROUTES, useTestEnvironment } from "./helpers";
import { recordsOf } from "./records";
import { Declared, MODES, mutate, record, ref, trafficEstate } from "./traffic.fixtures";

/** Moves a CVM of the estate into ap-guangzhou-3. */
function intoZone3(estate: Declared[], name: string): Declared[] {
    return mutate(estate, name, (d) => ({ ...d, props: { ...d.props, availabilityZone: "ap-guangzhou-3", subnetId: ref("app-3") } }));
}

/** One hazard: how it is introduced, and what must catch it, as `policy @ resource`. */
interface Hazard {
    readonly name: string;
    mutate(estate: Declared[]): Declared[];
    readonly caught: readonly string[];
}

const HAZARDS: readonly Hazard[] = [
    {
        name: "a target group whose instances are all in one zone",
        mutate: (e) => intoZone3(e, "web-4a"),
        // The instances behind one target group are one tier, so the tier rule sees them too.
        caught: ["clb-target-group-multi-az @ web-tg", "cvm-instance-tier-spread @ web-3a", "cvm-instance-tier-spread @ web-4a"],
    },
    {
        name: "instances attached to a scaling group all in one zone",
        mutate: (e) => intoZone3(e, "ingest-4a"),
        caught: ["as-attachment-multi-az @ ingest-existing", "cvm-instance-tier-spread @ ingest-3a", "cvm-instance-tier-spread @ ingest-4a"],
    },
    {
        name: "one NAT gateway for private subnets in two zones",
        mutate: (e) => e.filter((d) => d.name !== "nat-4" && d.name !== "nat-eip-4"),
        caught: ["nat-gateway-per-zone @ nat-3"],
    },
    {
        name: "a NAT gateway without an EIP",
        mutate: (e) => mutate(e, "nat-4", (d) => ({ ...d, props: { ...d.props, assignedEipSets: [] } })),
        caught: ["nat-gateway-eip @ nat-4"],
    },
    {
        name: "a NAT gateway bound to another gateway's EIP",
        mutate: (e) => mutate(e, "nat-4", (d) => ({ ...d, props: { ...d.props, assignedEipSets: [ref("nat-eip-3", "publicIp")] } })),
        caught: ["nat-gateway-eip-binding @ nat-4"],
    },
    {
        name: "a cluster's API server opened to the internet through its endpoint resource",
        mutate: (e) => mutate(e, "shop-tke-endpoint", (d) => ({ ...d, props: { ...d.props, clusterInternet: true, clusterInternetSecurityGroup: ref("app-sg") } })),
        caught: ["tke-cluster-no-public-endpoint @ shop-tke-endpoint"],
    },
    {
        name: "a layer-4 listener with its health check switched off",
        mutate: (e) => mutate(e, "shop-tcp", (d) => ({ ...d, props: { ...d.props, healthCheckSwitch: false } })),
        caught: ["clb-listener-health-check @ shop-tcp"],
    },
    {
        // A field of provider versions newer than 1.82.42, as the provider documents a v2 target group.
        name: "a target group with its health check switched off",
        mutate: (e) => mutate(e, "web-tg", (d) => ({ ...d, props: { ...d.props, type: "v2", protocol: "TCP", healthCheck: { healthSwitch: false, protocol: "TCP" } } })),
        caught: ["clb-listener-health-check @ web-tg"],
    },
];

/** What the pack's policies report, run as the engine runs them (resource policies per resource, stack policies on the stack). */
async function viaPolicies(specs: readonly StackResourceSpec[]): Promise<string[]> {
    const nameOf = new Map(specs.map((s) => [s.urn as string, s.name]));
    const hits: string[] = [];
    for (const rule of RULES) {
        if (rule.kind === "resource") {
            const types = new Set(tokensOf(rule.resources));
            for (const spec of specs.filter((s) => types.has(s.type))) {
                const messages = await runResourcePolicy(policyOf(rule) as ResourceValidationPolicy, resourceArgs({ type: spec.type, name: spec.name, urn: spec.urn, props: spec.props }));
                messages.forEach(() => hits.push(`${rule.name} @ ${spec.name}`));
            }
        } else {
            for (const violation of await checkStack(rule, [...specs])) {
                hits.push(`${rule.name} @ ${nameOf.get(violation.urn ?? "") ?? violation.urn}`);
            }
        }
    }
    return [...new Set(hits)].sort();
}

/** The topology the command and the health score build from the recorded stack. */
function topologyOf(specs: StackResourceSpec[]): Topology {
    const records = recordsOf(specs, "zonesafe", "test");
    return buildTopology(stackResourcesOfRecords(records.filter((r) => r.type !== "pulumi:pulumi:Stack")));
}

/** What the assessment (the health score's input) finds: every rule of the pack over the topology. */
function viaAssessment(specs: StackResourceSpec[]): string[] {
    const topology = topologyOf(specs);
    const stack = { name: "test", tags: new Map<string, string>(), config: {}, production: false, criticalDataTier: false };
    const { findings } = assess(topology, { stack, now: new Date("2026-06-15T12:00:00Z") });
    return [...new Set(findings.map((f) => `${f.policy} @ ${topology.byUrn(f.urn)?.name ?? f.urn}`))].sort();
}

describe("Corpus of hazards: traffic (target groups, attached instances, NAT gateways, cluster endpoints)", () => {
    useTestEnvironment();

    for (const route of ROUTES) {
        for (const mode of MODES) {
            describe(`${route} route, ${mode === "preview" ? "preview with unknowns" : "state"}`, () => {
                it("records what it claims: unknowns and dependencies in a preview, ids in a state", () => {
                    const specs = record(trafficEstate(), mode, route);
                    const serialized = JSON.stringify(specs.map((s) => s.props));
                    expect(serialized.includes(UNKNOWN)).to.equal(mode === "preview");
                    expect(specs.some((s) => Object.keys(s.propertyDependencies ?? {}).length > 0)).to.equal(mode === "preview");
                });

                it("passes the clean estate: no rule of the pack reports anything", async () => {
                    const specs = record(trafficEstate(), mode, route);
                    expect(await viaPolicies(specs)).to.deep.equal([]);
                    expect(viaAssessment(specs)).to.deep.equal([]);
                });

                for (const hazard of HAZARDS) {
                    it(`catches ${hazard.name}: ${hazard.caught.join(", ")}`, async () => {
                        const specs = record(hazard.mutate(trafficEstate()), mode, route);
                        const expected = [...hazard.caught].sort();
                        expect(await viaPolicies(specs)).to.deep.equal(expected);
                        expect(viaAssessment(specs)).to.deep.equal(expected);
                    });
                }

                it("judges the target group's instances as one backend group in the AZ-failure simulation", () => {
                    const judged = (estate: Declared[]) =>
                        simulateAzFailures(topologyOf(record(estate, mode, route))).disruptions.map((d) => {
                            const outcome = d.tiers.flatMap((t) => t.resources).find((r) => r.title.startsWith("CLB backend group web-tg"));
                            return { zone: d.zone, survives: outcome?.survives, capacityLeft: outcome?.capacityLeft, reason: outcome?.reason };
                        });
                    expect(judged(trafficEstate())).to.deep.equal([
                        {
                            zone: "ap-guangzhou-3",
                            survives: true,
                            capacityLeft: 0.5,
                            reason: `CLB target group web-tg keeps 1 CVM instance of 2 outside ap-guangzhou-3; the health check drops the lost ones in about ${formatSeconds(CLB_BACKEND_REMOVAL_SECONDS)}.`,
                        },
                        {
                            zone: "ap-guangzhou-4",
                            survives: true,
                            capacityLeft: 0.5,
                            reason: `CLB target group web-tg keeps 1 CVM instance of 2 outside ap-guangzhou-4; the health check drops the lost ones in about ${formatSeconds(CLB_BACKEND_REMOVAL_SECONDS)}.`,
                        },
                    ]);
                    // A v2 target group whose health check is switched off keeps sending the lost zone's instance its share.
                    const unchecked = mutate(trafficEstate(), "web-tg", (d) => ({ ...d, props: { ...d.props, type: "v2", protocol: "TCP", healthCheck: [{ healthSwitch: false, protocol: "TCP" }] } }));
                    expect(judged(unchecked)[0]).to.deep.equal({
                        zone: "ap-guangzhou-3",
                        survives: false,
                        capacityLeft: 0.5,
                        reason: "CLB target group web-tg keeps 1 CVM instance of 2 outside ap-guangzhou-3, but its health check is switched off (`healthCheck.healthSwitch` false): the load balancer keeps sending the lost instances their share of requests until they are removed by hand.",
                    });
                    const checked = mutate(trafficEstate(), "web-tg", (d) => ({ ...d, props: { ...d.props, type: "v2", protocol: "TCP", healthCheck: { healthSwitch: true, protocol: "TCP" } } }));
                    expect(judged(checked)).to.deep.equal(judged(trafficEstate()));
                    const [lost] = judged(intoZone3(trafficEstate(), "web-4a"));
                    expect(lost).to.deep.equal({
                        zone: "ap-guangzhou-3",
                        survives: false,
                        capacityLeft: 0,
                        reason: "CVM instances web-3a, web-4a behind CLB target group web-tg are all in ap-guangzhou-3: the backend group has nothing left.",
                    });
                });
            });
        }
    }

    it("catches every hazard on at least one of the traffic rules it is about", () => {
        const traffic = ["clb-target-group-multi-az", "as-attachment-multi-az", "nat-gateway-per-zone", "nat-gateway-eip", "nat-gateway-eip-binding", "tke-cluster-no-public-endpoint", "clb-listener-health-check"];
        for (const name of traffic) {
            expect(RULES.some((r) => r.name === name), name).to.equal(true);
            expect(HAZARDS.some((h) => h.caught.some((c) => c.startsWith(`${name} @ `))), name).to.equal(true);
        }
    });
});
