import { expect } from "chai";
import { buildDiagramModel } from "../../cli/report/diagram";
import { stackResourcesOfRecords } from "../../policies/resources";
import {
    CYNOSDB_ASYNC_RPO_SECONDS,
    CYNOSDB_ZONE_FAILOVER_SECONDS,
    ELASTICSEARCH_NODE_REMOVAL_SECONDS,
    MYSQL_CLUSTER_FAILOVER_SECONDS,
    MYSQL_SEMI_SYNC_RPO_SECONDS,
    POSTGRESQL_ASYNC_RPO_SECONDS,
    POSTGRESQL_FAILOVER_SECONDS,
    POSTGRESQL_READONLY_REROUTE_SECONDS,
    TSE_FAILOVER_SECONDS,
} from "../../policies/resilience/estimates";
import type { ResourceOutcome, Simulation } from "../../policies/resilience/model";
import { DEFAULT_TARGETS, simulateAzFailures } from "../../policies/resilience/simulate";
import { buildTopology } from "../../policies/topology";
import { dataEstate, ESTATE, ESTATE_ZONES, EstateMode, EstateResource, estateResource, NAMES, specsOfEstate } from "../policies/dataEstate";
import { goodData } from "../policies/dataFixtures";
import { tok } from "../policies/helpers";
import { recordsOf } from "../policies/records";
import { UNKNOWN } from "../support/policyArgs";

const [ZA, ZB, ZC] = ESTATE_ZONES;

/** Targets the clean estate meets: the default RTO, and an RPO that admits PostgreSQL's asynchronous replication. */
const TARGETS = { rtoSeconds: DEFAULT_TARGETS.rtoSeconds, rpoSecondsData: 60 };

function simulate(estate: readonly EstateResource[], targets = TARGETS): Simulation {
    const records = recordsOf(specsOfEstate(estate), ESTATE.project, ESTATE.stack).filter((r) => r.type !== "pulumi:pulumi:Stack");
    return simulateAzFailures(buildTopology(stackResourcesOfRecords(records)), { targets });
}

/** The outcome of the subject named `name` when `zone` is lost. */
function outcome(sim: Simulation, zone: string, name: string): ResourceOutcome {
    const found = sim.disruptions
        .find((d) => d.zone === zone)
        ?.tiers.flatMap((t) => t.resources)
        .find((r) => r.name === name);
    if (!found) {
        throw new Error(`no outcome for ${name} when ${zone} is lost`);
    }
    return found;
}

function patch(estate: EstateResource[], name: string, props: Record<string, unknown>, remove: string[] = []): EstateResource[] {
    const resource = estateResource(estate, name);
    const next: Record<string, unknown> = { ...resource.spec.props, ...props };
    remove.forEach((key) => delete next[key]);
    resource.spec.props = next;
    return estate;
}

const MODES: readonly EstateMode[] = [
    { route: "official", preview: false },
    { route: "static", preview: false },
    { route: "official", preview: true },
    { route: "static", preview: true },
];

describe("AZ-failure simulation: data and traffic products", () => {
    for (const mode of MODES) {
        describe(`${mode.route} route, ${mode.preview ? "preview" : "state"}`, () => {
            it("keeps the clean estate serving through the loss of any zone (but for a lone read replica's own zone), with each product's documented or conservative figures", () => {
                const sim = simulate(dataEstate(mode));
                expect(sim.zones).to.deep.equal([...ESTATE_ZONES]);
                expect(sim.disruptions.map((d) => d.status)).to.deep.equal(["met", "met", "breached"]);
                expect(sim.disruptions[2].breaches).to.deep.equal([
                    `PostgreSQL read-only instance ${NAMES.postgresqlReadonly} of ${NAMES.postgresql} is in ${ZC}: no read replica is left. Estimated RTO unbounded (target 15 min).`,
                ]);
                const pg = outcome(sim, ZA, NAMES.postgresql);
                expect(pg).to.deep.include({ tier: "data", survives: true, rtoSeconds: POSTGRESQL_FAILOVER_SECONDS, rpoSeconds: POSTGRESQL_ASYNC_RPO_SECONDS, complete: true });
                expect(pg.reason).to.contain(`standby node in ${ZB}`);
                expect(outcome(sim, ZB, NAMES.postgresql)).to.deep.include({ survives: true, rtoSeconds: 0 });
                expect(outcome(sim, ZC, NAMES.postgresqlReadonly)).to.deep.include({ survives: false });
                const mysql = outcome(sim, ZA, NAMES.mysql);
                expect(mysql).to.deep.include({ survives: true, rtoSeconds: MYSQL_CLUSTER_FAILOVER_SECONDS, rpoSeconds: MYSQL_SEMI_SYNC_RPO_SECONDS, zones: [ZA, ZB, ZC] });
                expect(mysql.reason).to.contain("cluster edition");
                expect(outcome(sim, ZA, NAMES.cynosdb)).to.deep.include({ survives: true, rtoSeconds: CYNOSDB_ZONE_FAILOVER_SECONDS, rpoSeconds: CYNOSDB_ASYNC_RPO_SECONDS, complete: true });
                expect(outcome(sim, ZA, NAMES.cynosdb).reason).to.contain("`syncWay` async (not set: the API's default async)");
                expect(outcome(sim, ZA, NAMES.elasticsearch)).to.deep.include({ survives: true, capacityLeft: 0.5, rtoSeconds: ELASTICSEARCH_NODE_REMOVAL_SECONDS, rpoSeconds: 0 });
                expect(outcome(sim, ZA, NAMES.tse)).to.deep.include({ tier: "middleware", survives: true, rtoSeconds: TSE_FAILOVER_SECONDS });
                const nat = outcome(sim, ZB, "NAT gateways of VPC vpc");
                expect(nat).to.deep.include({ tier: "access", survives: true, rtoSeconds: 0 });
                expect(nat.capacityLeft).to.be.closeTo(2 / 3, 1e-9);
            });

            it("takes a TDSQL-C cluster's data loss from `syncWay` and `semiSyncTimeout`: sync 0, semi-sync the timeout, async the lag estimate", () => {
                const rpoOf = (props: Record<string, unknown>) => {
                    const found = outcome(simulate(patch(dataEstate(mode), NAMES.cynosdb, props)), ZA, NAMES.cynosdb);
                    expect(found.survives).to.equal(true);
                    return { rpo: found.rpoSeconds, complete: found.complete, reason: found.reason };
                };
                const strong = rpoOf({ syncWay: "sync" });
                expect(strong).to.deep.include({ rpo: 0, complete: true });
                expect(strong.reason).to.contain("no committed transaction is lost");
                const semi = rpoOf({ syncWay: "semisync" });
                expect(semi).to.deep.include({ rpo: 10, complete: true });
                expect(semi.reason).to.contain("within `semiSyncTimeout` (10 s, the default)");
                expect(rpoOf({ syncWay: "semisync", semiSyncTimeout: 3000 })).to.deep.include({ rpo: 3 });
                expect(rpoOf({ syncWay: "semisync", semiSyncTimeout: 600_000 })).to.deep.include({ rpo: CYNOSDB_ASYNC_RPO_SECONDS });
                expect(rpoOf({ syncWay: "async", semiSyncTimeout: 3000 })).to.deep.include({ rpo: CYNOSDB_ASYNC_RPO_SECONDS, complete: true });
                // A preview: an unknown way is read as the worse (async) and the verdict marked incomplete.
                expect(rpoOf({ syncWay: UNKNOWN })).to.deep.include({ rpo: CYNOSDB_ASYNC_RPO_SECONDS, complete: false });
                expect(rpoOf({ syncWay: "semisync", semiSyncTimeout: UNKNOWN })).to.deep.include({ rpo: 10, complete: false });
                // The data tier's RPO target of 0 is met only with strong sync.
                const strict = { rtoSeconds: DEFAULT_TARGETS.rtoSeconds, rpoSecondsData: 0 };
                const breachesOfCynosdb = (props: Record<string, unknown>) =>
                    (simulate(patch(dataEstate(mode), NAMES.cynosdb, props), strict).disruptions.find((d) => d.zone === ZA)?.breaches ?? []).filter((b) => b.includes(NAMES.cynosdb));
                expect(breachesOfCynosdb({ syncWay: "sync" })).to.deep.equal([]);
                expect(breachesOfCynosdb({ syncWay: "semisync" })).to.have.length(1);
            });

            it("reports the read-only replica group lost only with its own zone", () => {
                const sim = simulate(dataEstate(mode), TARGETS);
                const ro = outcome(sim, ZC, NAMES.postgresqlReadonly);
                expect(ro.reason).to.equal(`PostgreSQL read-only instance ${NAMES.postgresqlReadonly} of ${NAMES.postgresql} is in ${ZC}: no read replica is left.`);
                const second = dataEstate(mode);
                const replica = estateResource(second, NAMES.postgresqlReadonly);
                second.push({ tf: replica.tf, spec: { ...replica.spec, name: "ledger-ro-2", urn: `${replica.spec.urn}-2`, props: { ...replica.spec.props, zone: ZB } } });
                expect(outcome(simulate(second), ZC, NAMES.postgresql + " read-only group")).to.deep.include({ survives: true, capacityLeft: 0.5, rtoSeconds: POSTGRESQL_READONLY_REROUTE_SECONDS });
            });

            it("breaches on each single-zone product when its zone is lost", () => {
                const cases: [string, (e: EstateResource[]) => EstateResource[], string, string][] = [
                    [NAMES.postgresql, (e) => patch(e, NAMES.postgresql, {}, ["dbNodeSets"]), ZA, "(`dbNodeSets` not set: the standby shares the primary's zone)"],
                    [NAMES.cynosdb, (e) => patch(e, NAMES.cynosdb, {}, ["slaveZone"]), ZA, "(`slaveZone` is not set)"],
                    [NAMES.elasticsearch, (e) => patch(e, NAMES.elasticsearch, { availabilityZone: ZA }, ["deployMode", "multiZoneInfos"]), ZA, "(`deployMode` 0, single AZ)"],
                    [NAMES.elasticsearch, (e) => patch(e, NAMES.elasticsearch, { nodeInfoLists: [{ nodeNum: 4, nodeType: "ES.SA2.MEDIUM4", type: "hotData" }] }), ZA, "short of the majority needed to elect a master"],
                    [NAMES.tse, (e) => patch(e, NAMES.tse, { engineProductVersion: "BASE" }, ["engineNodeNum"]), ZA, "fewer than the 2 that survive the loss of a zone"],
                    [
                        NAMES.mysql,
                        (e) => patch(e, NAMES.mysql, { clusterTopology: { readWriteNode: { zone: ZA }, readOnlyNodes: [{ isRandomZone: true }] } }),
                        ZA,
                        "zones the service picks (`isRandomZone`)",
                    ],
                ];
                for (const [name, mutate, zone, why] of cases) {
                    const sim = simulate(mutate(dataEstate(mode)));
                    const lost = outcome(sim, zone, name);
                    expect(lost.survives, name).to.equal(false);
                    expect(lost.reason).to.contain(why);
                    expect(sim.disruptions.find((d) => d.zone === zone)?.status, name).to.equal("breached");
                }
            });

            it("cuts the egress of the other zones' subnets when the VPC's one NAT gateway loses its zone, and not otherwise", () => {
                const estate = dataEstate(mode);
                for (const i of [1, 2]) {
                    estate.splice(estate.indexOf(estateResource(estate, NAMES.nat(i))), 1);
                }
                const sim = simulate(estate);
                expect(outcome(sim, ZA, NAMES.nat(0)).reason).to.equal(
                    `NAT gateway ${NAMES.nat(0)} of VPC vpc in ${ZA} carried the egress of subnets in ${ZB}, ${ZC}, which no gateway in its own zone replaces: their egress is cut until their routes point to a surviving gateway.`,
                );
                expect(outcome(sim, ZA, NAMES.nat(0)).survives).to.equal(false);
                expect(sim.disruptions.find((d) => d.zone === ZB)?.status).to.equal("met");
            });
        });
    }

    it("reads the provider's documented cluster-edition example as surviving its read-write zone's loss through the read-only node in ap-guangzhou-7", () => {
        const estate: EstateResource[] = [
            {
                tf: "tencentcloud_mysql_instance",
                spec: { type: tok("tencentcloud_mysql_instance"), name: "example", urn: "urn:pulumi:docs::zonesafe::x::example", props: goodData.mysqlClusterEdition() },
            },
        ];
        const sim = simulate(estate, DEFAULT_TARGETS);
        expect(sim.zones).to.deep.equal(["ap-guangzhou-6", "ap-guangzhou-7"]);
        const lost6 = outcome(sim, "ap-guangzhou-6", "example");
        expect(lost6).to.deep.include({ survives: true, rtoSeconds: MYSQL_CLUSTER_FAILOVER_SECONDS, rpoSeconds: MYSQL_SEMI_SYNC_RPO_SECONDS });
        expect(lost6.reason).to.contain("promotes its read-only node in ap-guangzhou-7");
    });

    it("draws the products in the architecture diagram with their nodes' roles per zone, from the same layout as the simulation", () => {
        const estate = dataEstate({ route: "static", preview: false });
        const records = recordsOf(specsOfEstate(estate), ESTATE.project, ESTATE.stack).filter((r) => r.type !== "pulumi:pulumi:Stack");
        const topology = buildTopology(stackResourcesOfRecords(records));
        const model = buildDiagramModel(topology, [], simulateAzFailures(topology, { targets: TARGETS }));
        const drawn = (name: string) => model.resources.find((r) => r.name === name);
        expect(drawn(NAMES.mysql)?.placements).to.deep.equal([
            { zone: ZA, role: "read-write" },
            { zone: ZB, role: "read-only" },
            { zone: ZC, role: "read-only" },
        ]);
        expect(drawn(NAMES.postgresql)?.placements).to.deep.equal([
            { zone: ZA, role: "primary" },
            { zone: ZB, role: "standby" },
        ]);
        expect(drawn(NAMES.cynosdb)?.placements).to.deep.equal([
            { zone: ZA, role: "primary" },
            { zone: ZB, role: "standby" },
        ]);
        expect(drawn(NAMES.elasticsearch)?.tier).to.equal("data");
        expect(drawn(NAMES.tse)?.tier).to.equal("middleware");
    });

    it("leaves a disruption undetermined, not breached, while a PostgreSQL node set is unknown in a preview", () => {
        const estate = patch(dataEstate({ route: "official", preview: true }), NAMES.postgresql, { dbNodeSets: UNKNOWN });
        const sim = simulate(estate);
        expect(outcome(sim, ZA, NAMES.postgresql).complete).to.equal(false);
        expect(sim.disruptions.find((d) => d.zone === ZA)?.status).to.equal("undetermined");
    });
});
