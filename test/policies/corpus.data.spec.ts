/**
 * The corpus of hazards for the data and traffic products beyond the first six: a clean estate
 * (multi-AZ PostgreSQL with a read-only replica in another zone, TDSQL-C MySQL with a standby zone,
 * multi-AZ Elasticsearch with dedicated masters, a PolarisMesh registry, a MySQL cluster edition, a NAT
 * gateway with its EIP in each zone) and one mutation per hazard. Each is evaluated in both naming
 * routes, as a state and as a preview with unknowns, twice: through the pack's policies as the engine
 * runs them (the policy SDK's deserializer and unknown-checking proxies), and through the assessment
 * the health score uses. Every hazard must be caught on the right resource by the right policy, and
 * nothing else reported by the rules of these products; the clean estate must pass.
 */
import { expect } from "chai";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { policyOf } from "../../policies/adapters";
import { assess } from "../../policies/assessment";
import { RULES } from "../../policies/catalog";
import { scoreOfTallies } from "../../policies/score";
import { stackResourcesOfRecords } from "../../policies/resources";
import type { Rule, Service } from "../../policies/rule";
import { tokensOf } from "../../policies/tokens";
import { buildTopology } from "../../policies/topology";
import { resourceArgs, runResourcePolicy, UNKNOWN } from "../support/policyArgs";
import { dataEstate, eipAddress, ESTATE, ESTATE_ZONES, EstateMode, EstateResource, estateResource, NAMES, specsOfEstate } from "./dataEstate";
import { dataSafetyStatefulProtection } from "../../policies/stack/dataSafety";
import { checkStack, useTestEnvironment } from "./helpers";
import { recordsOf } from "./records";

/** The services whose rules the corpus covers. */
const SERVICES: readonly Service[] = ["postgresql", "cynosdb", "elasticsearch", "tse", "nat", "mysql"];
const CORPUS_RULES: readonly Rule[] = RULES.filter((r) => SERVICES.includes(r.service));

/** The resources of the products the corpus is about (every rule of the pack must pass them on the clean estate). */
const PRODUCT_NAMES: readonly string[] = [
    NAMES.postgresql,
    NAMES.postgresqlReadonly,
    NAMES.cynosdb,
    NAMES.elasticsearch,
    NAMES.tse,
    NAMES.mysql,
    ...ESTATE_ZONES.map((_, i) => NAMES.nat(i)),
];

/** One hazard: how it is introduced, and the policy and resource that must catch it. */
interface Hazard {
    readonly name: string;
    readonly policy: string;
    readonly resource: string;
    mutate(estate: EstateResource[]): void;
}

function patch(estate: EstateResource[], name: string, props: Record<string, unknown>, remove: string[] = []): void {
    const resource = estateResource(estate, name);
    const next: Record<string, unknown> = { ...resource.spec.props, ...props };
    remove.forEach((key) => delete next[key]);
    resource.spec.props = next;
}

const HAZARDS: readonly Hazard[] = [
    {
        name: "PostgreSQL without a standby in another zone",
        policy: "postgresql-instance-multi-az",
        resource: NAMES.postgresql,
        mutate: (e) => patch(e, NAMES.postgresql, {}, ["dbNodeSets"]),
    },
    {
        name: "PostgreSQL backups kept 3 days",
        policy: "postgresql-instance-backup-plan",
        resource: NAMES.postgresql,
        mutate: (e) => patch(e, NAMES.postgresql, { backupPlan: { baseBackupRetentionPeriod: 3, backupPeriods: ["monday", "thursday"] } }),
    },
    {
        name: "PostgreSQL backups on one weekday",
        policy: "postgresql-instance-backup-plan",
        resource: NAMES.postgresql,
        mutate: (e) => patch(e, NAMES.postgresql, { backupPlan: { baseBackupRetentionPeriod: 7, backupPeriods: ["sunday"] } }),
    },
    {
        name: "PostgreSQL open to the internet",
        policy: "postgresql-instance-no-public-access",
        resource: NAMES.postgresql,
        mutate: (e) => patch(e, NAMES.postgresql, { publicAccessSwitch: true }),
    },
    {
        name: "PostgreSQL without deletion protection",
        policy: "postgresql-instance-deletion-protection",
        resource: NAMES.postgresql,
        mutate: (e) => patch(e, NAMES.postgresql, {}, ["deleteProtection"]),
    },
    {
        name: "PostgreSQL read-only replica in the primary's zone",
        policy: "postgresql-readonly-instance-other-zone",
        resource: NAMES.postgresqlReadonly,
        mutate: (e) => patch(e, NAMES.postgresqlReadonly, { zone: ESTATE_ZONES[0] }),
    },
    {
        name: "TDSQL-C MySQL without a standby zone",
        policy: "cynosdb-cluster-multi-az",
        resource: NAMES.cynosdb,
        mutate: (e) => patch(e, NAMES.cynosdb, {}, ["slaveZone"]),
    },
    {
        name: "TDSQL-C MySQL with the writer alone",
        policy: "cynosdb-cluster-read-only-instance",
        resource: NAMES.cynosdb,
        mutate: (e) => patch(e, NAMES.cynosdb, { instanceCount: 1 }),
    },
    {
        name: "Elasticsearch in one zone",
        policy: "elasticsearch-instance-multi-az",
        resource: NAMES.elasticsearch,
        mutate: (e) => patch(e, NAMES.elasticsearch, { availabilityZone: ESTATE_ZONES[0] }, ["deployMode", "multiZoneInfos"]),
    },
    {
        name: "Elasticsearch without dedicated masters",
        policy: "elasticsearch-instance-dedicated-master",
        resource: NAMES.elasticsearch,
        mutate: (e) => patch(e, NAMES.elasticsearch, { nodeInfoLists: [{ nodeNum: 4, nodeType: "ES.SA2.MEDIUM4", type: "hotData" }] }),
    },
    {
        name: "Elasticsearch without COS backups",
        policy: "elasticsearch-instance-cos-backup",
        resource: NAMES.elasticsearch,
        mutate: (e) => patch(e, NAMES.elasticsearch, { cosBackup: { isAutoBackup: false, backupTime: "02:00" } }),
    },
    {
        name: "Elasticsearch open to the internet",
        policy: "elasticsearch-instance-no-public-access",
        resource: NAMES.elasticsearch,
        mutate: (e) => patch(e, NAMES.elasticsearch, { publicAccess: "OPEN" }),
    },
    {
        name: "Kibana open to the internet",
        policy: "elasticsearch-instance-no-public-access",
        resource: NAMES.elasticsearch,
        mutate: (e) => patch(e, NAMES.elasticsearch, { kibanaPublicAccess: "OPEN" }),
    },
    {
        name: "PolarisMesh registry on the one-node edition",
        policy: "tse-instance-node-count",
        resource: NAMES.tse,
        mutate: (e) => patch(e, NAMES.tse, { engineProductVersion: "BASE" }, ["engineNodeNum"]),
    },
    {
        name: "one NAT gateway for subnets in three zones",
        policy: "nat-gateway-per-zone",
        resource: NAMES.nat(0),
        mutate: (e) => {
            for (const i of [1, 2]) {
                e.splice(e.indexOf(estateResource(e, NAMES.nat(i))), 1);
            }
        },
    },
    {
        name: "NAT gateway without an EIP",
        policy: "nat-gateway-eip",
        resource: NAMES.nat(1),
        mutate: (e) => {
            patch(e, NAMES.nat(1), { assignedEipSets: [] });
            delete estateResource(e, NAMES.nat(1)).spec.propertyDependencies?.["assignedEipSets"];
        },
    },
    {
        name: "NAT gateway bound to another gateway's EIP",
        policy: "nat-gateway-eip-binding",
        resource: NAMES.nat(1),
        mutate: (e) => {
            const gateway = estateResource(e, NAMES.nat(1)).spec;
            const shared = estateResource(e, NAMES.eip(0)).spec;
            if (gateway.propertyDependencies?.["assignedEipSets"]) {
                gateway.propertyDependencies["assignedEipSets"] = [shared.urn as string];
            } else {
                patch(e, NAMES.nat(1), { assignedEipSets: [eipAddress(0)] });
            }
        },
    },
    {
        name: "MySQL cluster edition with every read-only node in the read-write node's zone",
        policy: "mysql-instance-multi-az",
        resource: NAMES.mysql,
        mutate: (e) => patch(e, NAMES.mysql, { clusterTopology: { readWriteNode: { zone: ESTATE_ZONES[0] }, readOnlyNodes: [{ zone: ESTATE_ZONES[0] }] } }),
    },
];

const MODES: readonly EstateMode[] = [
    { route: "official", preview: false },
    { route: "static", preview: false },
    { route: "official", preview: true },
    { route: "static", preview: true },
];

function describeMode(mode: EstateMode): string {
    return `${mode.route} route, ${mode.preview ? "preview with unknowns" : "state"}`;
}

/** A finding as `policy @ name`. */
type Hit = string;

/** What the pack's policies report, run as the engine runs them (resource policies per resource, stack policies on the stack). */
async function viaPolicies(estate: readonly EstateResource[], rules: readonly Rule[]): Promise<Hit[]> {
    const specs = specsOfEstate(estate);
    const nameOf = new Map(specs.map((s) => [s.urn as string, s.name]));
    const hits: Hit[] = [];
    for (const rule of rules) {
        if (rule.kind === "resource") {
            const types = new Set(tokensOf(rule.resources));
            for (const spec of specs.filter((s) => types.has(s.type))) {
                const messages = await runResourcePolicy(policyOf(rule) as ResourceValidationPolicy, resourceArgs({ type: spec.type, name: spec.name, urn: spec.urn, props: spec.props }));
                messages.forEach(() => hits.push(`${rule.name} @ ${spec.name}`));
            }
        } else {
            for (const violation of await checkStack(rule, specs)) {
                hits.push(`${rule.name} @ ${nameOf.get(violation.urn ?? "") ?? violation.urn}`);
            }
        }
    }
    return hits.sort();
}

/** What the assessment (the health score's input) finds, every rule of the pack over the estate's topology. */
function viaAssessment(estate: readonly EstateResource[], mode: EstateMode): { hits: Hit[]; all: { policy: string; name: string }[] } {
    const records = recordsOf(specsOfEstate(estate), ESTATE.project, ESTATE.stack);
    const topology = buildTopology(stackResourcesOfRecords(records.filter((r) => r.type !== "pulumi:pulumi:Stack")));
    const stack = { name: ESTATE.stack, tags: new Map<string, string>(), config: {}, production: false, criticalDataTier: false };
    const { findings } = assess(topology, { stack, now: new Date("2026-06-15T12:00:00Z") });
    const all = findings.map((f) => ({ policy: f.policy, name: topology.byUrn(f.urn)?.name ?? f.urn }));
    expect(mode.preview ? records.some((r) => JSON.stringify(r.inputs).includes(UNKNOWN)) : true).to.equal(true);
    return { hits: all.filter((f) => SERVICES.includes(f.policy.split("-")[0] as Service)).map((f) => `${f.policy} @ ${f.name}`).sort(), all };
}

/** A hazard of a production stack: how it is introduced, and what must catch it, as `policy @ resource`. */
interface ProductionHazard {
    readonly name: string;
    readonly caught: readonly Hit[];
    mutate(estate: EstateResource[]): void;
}

function unprotect(estate: EstateResource[], name: string): void {
    estateResource(estate, name).spec.protect = false;
}

/** Deletion protection in a production stack (`datasafety-stateful-protection`): the clean estate protects every data product with `protect`. */
const PRODUCTION_HAZARDS: readonly ProductionHazard[] = [
    {
        name: "Elasticsearch without `protect` (no provider switch at 1.82.42)",
        caught: [`datasafety-stateful-protection @ ${NAMES.elasticsearch}`],
        mutate: (e) => unprotect(e, NAMES.elasticsearch),
    },
    {
        name: "Elasticsearch with destroy protection closed and no `protect`",
        caught: [`datasafety-stateful-protection @ ${NAMES.elasticsearch}`],
        mutate: (e) => {
            unprotect(e, NAMES.elasticsearch);
            patch(e, NAMES.elasticsearch, { enableDestroyProtection: "CLOSE" });
        },
    },
    {
        name: "TDSQL-C MySQL without `protect` (the provider offers no switch)",
        caught: [`datasafety-stateful-protection @ ${NAMES.cynosdb}`],
        mutate: (e) => unprotect(e, NAMES.cynosdb),
    },
    {
        name: "TDSQL-C MySQL deleted past the recycle bin (`forceDelete: true`)",
        caught: [`datasafety-stateful-protection @ ${NAMES.cynosdb}`],
        mutate: (e) => patch(e, NAMES.cynosdb, { forceDelete: true }),
    },
    {
        name: "PostgreSQL without `protect` nor `deleteProtection`",
        caught: [`datasafety-stateful-protection @ ${NAMES.postgresql}`, `postgresql-instance-deletion-protection @ ${NAMES.postgresql}`],
        mutate: (e) => {
            unprotect(e, NAMES.postgresql);
            patch(e, NAMES.postgresql, { deleteProtection: false });
        },
    },
];

/** The production stack's findings of the data-safety rule and of these products' rules, through the policies and through the assessment. */
async function inProduction(estate: readonly EstateResource[]): Promise<{ policies: Hit[]; assessment: Hit[] }> {
    const specs = specsOfEstate(estate);
    const nameOf = new Map(specs.map((s) => [s.urn as string, s.name]));
    const safety = (await checkStack(dataSafetyStatefulProtection, specs, { stackTags: { "zonesafe:environment": "production" } })).map(
        (v) => `${dataSafetyStatefulProtection.name} @ ${nameOf.get(v.urn ?? "") ?? v.urn}`,
    );
    const policies = [...(await viaPolicies(estate, CORPUS_RULES)), ...safety].sort();
    const records = recordsOf(specs, ESTATE.project, ESTATE.stack).filter((r) => r.type !== "pulumi:pulumi:Stack");
    const topology = buildTopology(stackResourcesOfRecords(records));
    const stack = { name: ESTATE.stack, tags: new Map<string, string>(), config: {}, production: true, criticalDataTier: false };
    const assessment = assess(topology, { stack, now: new Date("2026-06-15T12:00:00Z") })
        .findings.filter((f) => f.policy === dataSafetyStatefulProtection.name || SERVICES.includes(f.policy.split("-")[0] as Service))
        .map((f) => `${f.policy} @ ${topology.byUrn(f.urn)?.name ?? f.urn}`)
        .sort();
    return { policies, assessment };
}

describe("Corpus of hazards: data and traffic products", () => {
    useTestEnvironment();

    it("covers every rule of these products with at least one hazard", () => {
        const covered = new Set(HAZARDS.map((h) => h.policy));
        const uncovered = CORPUS_RULES.filter((r) => r.service !== "mysql" && !covered.has(r.name)).map((r) => r.name);
        expect(uncovered).to.deep.equal([]);
    });

    it("counts these products' hazards in the health score, through the catalog", () => {
        const stack = { name: ESTATE.stack, tags: new Map<string, string>(), config: {}, production: false, criticalDataTier: false };
        const scoreOf = (estate: readonly EstateResource[]) => {
            const records = recordsOf(specsOfEstate(estate), ESTATE.project, ESTATE.stack).filter((r) => r.type !== "pulumi:pulumi:Stack");
            return scoreOfTallies(assess(buildTopology(stackResourcesOfRecords(records)), { stack, now: new Date("2026-06-15T12:00:00Z") }).tallies);
        };
        const clean = scoreOf(dataEstate({ route: "static", preview: false }));
        const hazardous = dataEstate({ route: "static", preview: false });
        patch(hazardous, NAMES.elasticsearch, { publicAccess: "OPEN" });
        patch(hazardous, NAMES.cynosdb, {}, ["slaveZone"]);
        const worse = scoreOf(hazardous);
        expect(worse.deductions.map((d) => d.policy)).to.include.members(["elasticsearch-instance-no-public-access", "cynosdb-cluster-multi-az"]);
        expect(clean.deductions.map((d) => d.policy).filter((p) => SERVICES.includes(p.split("-")[0] as Service))).to.deep.equal([]);
        // One high-severity item each, every subject at risk (1 of 1): 3 × 1.5 points off security and off reliability.
        expect(worse.pillars.security.score).to.equal(clean.pillars.security.score - 4.5);
        expect(worse.pillars.reliability.score).to.be.below(clean.pillars.reliability.score);
    });

    it("lets a waiver tag exempt a hazard of these products, as for every rule", async () => {
        const estate = dataEstate({ route: "official", preview: true });
        patch(estate, NAMES.cynosdb, { tags: { "zonesafe:waive:cynosdb-cluster-multi-az": "2026-09-30:reporting copy, standby zone in Q3" } }, ["slaveZone"]);
        expect(await viaPolicies(estate, CORPUS_RULES)).to.deep.equal([]);
        const records = recordsOf(specsOfEstate(estate), ESTATE.project, ESTATE.stack).filter((r) => r.type !== "pulumi:pulumi:Stack");
        const stack = { name: ESTATE.stack, tags: new Map<string, string>(), config: {}, production: false, criticalDataTier: false };
        const { findings } = assess(buildTopology(stackResourcesOfRecords(records)), { stack, now: new Date("2026-06-15T12:00:00Z") });
        const waived = findings.filter((f) => f.policy === "cynosdb-cluster-multi-az");
        expect(waived).to.have.length(1);
        expect(waived[0].waiver?.reason).to.equal("reporting copy, standby zone in Q3");
    });

    for (const mode of MODES) {
        describe(describeMode(mode), () => {
            it("passes the clean estate: no finding from these products' rules, and none from any rule on their resources", async () => {
                const estate = dataEstate(mode);
                expect(await viaPolicies(estate, CORPUS_RULES)).to.deep.equal([]);
                const assessed = viaAssessment(estate, mode);
                expect(assessed.hits).to.deep.equal([]);
                expect(assessed.all.filter((f) => PRODUCT_NAMES.includes(f.name))).to.deep.equal([]);
            });

            it("passes the clean estate in a production stack, and Elasticsearch whose only protection is `enableDestroyProtection: OPEN` (newer provider versions)", async () => {
                expect(await inProduction(dataEstate(mode))).to.deep.equal({ policies: [], assessment: [] });
                const estate = dataEstate(mode);
                unprotect(estate, NAMES.elasticsearch);
                patch(estate, NAMES.elasticsearch, { enableDestroyProtection: "OPEN" });
                expect(await inProduction(estate)).to.deep.equal({ policies: [], assessment: [] });
            });

            for (const hazard of PRODUCTION_HAZARDS) {
                it(`catches, in a production stack, ${hazard.name}: ${hazard.caught.join(", ")}`, async () => {
                    const estate = dataEstate(mode);
                    hazard.mutate(estate);
                    const expected = [...hazard.caught].sort();
                    expect(await inProduction(estate)).to.deep.equal({ policies: expected, assessment: expected });
                });
            }

            for (const hazard of HAZARDS) {
                it(`catches ${hazard.name} with ${hazard.policy} on ${hazard.resource}`, async () => {
                    const estate = dataEstate(mode);
                    hazard.mutate(estate);
                    const expected = [`${hazard.policy} @ ${hazard.resource}`];
                    expect(await viaPolicies(estate, CORPUS_RULES)).to.deep.equal(expected);
                    expect(viaAssessment(estate, mode).hits).to.deep.equal(expected);
                });
            }
        });
    }
});
