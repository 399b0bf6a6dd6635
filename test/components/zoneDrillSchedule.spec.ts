// ZoneDrillSchedule: a Chaos Mesh Schedule per zone of a TKE cluster, each validated against the
// vendored v2.8.3 CRDs, in the plan and as the custom resources the component registers under the
// embedded engine; every refused argument named with its rule and fix, all at once.
import { expect } from "chai";
import fc from "fast-check";
import { ComponentArgsError } from "../../components/errors";
import { isCron, planZoneDrillSchedule, ZoneDrillSchedule, ZoneDrillScheduleArgs } from "../../components/chaos/zoneDrillSchedule";
import { TkeCluster } from "../../components/kubernetes/tkeCluster";
import { ZonalNetwork } from "../../components/network/zonalNetwork";
import { LEGACY_ZONE_LABEL, ZONE_LABEL } from "@zonesafe/drills/chaosMesh";
import { WORKLOAD_MIGRATION_BUDGET_SECONDS, ZONE_RTO_TARGET_SECONDS } from "@zonesafe/model";
import { chaosMeshProblems } from "../drills/crds";
import { expectProblem, fieldsOf, GZ, inputsOf, ofType, one, record, refusal, T } from "./support";

const SCHEDULE = "kubernetes:chaos-mesh.org/v1alpha1:Schedule";
const cluster = (zones: string[]) => ({ clusterId: "cls-1", vpcId: "vpc-1", zonePlan: { zones } });
const base: ZoneDrillScheduleArgs = { cluster: cluster(GZ), namespaces: ["shop"], checkUrl: "https://shop.example.com/healthz" };

/** The templates of a rendered Schedule's Workflow. */
function templatesOf(schedule: { spec: Record<string, unknown> }): Array<Record<string, any>> {
    return (schedule.spec.workflow as { templates: Array<Record<string, any>> }).templates;
}

describe("ZoneDrillSchedule", function () {
    this.timeout(120_000);

    describe("plan", () => {
        it("drills every zone of the cluster a week apart each month, the RTO target and the migration budget as status checks", () => {
            const { plan, schedules } = planZoneDrillSchedule("shop-drills", base);
            expect(plan.zones.map((z) => [z.zone, z.zoneId, z.cron, z.name])).to.deep.equal([
                ["ap-guangzhou-3", 100003, "0 3 1 * *", "shop-drills-az-loss-ap-guangzhou-3"],
                ["ap-guangzhou-4", 100004, "0 3 8 * *", "shop-drills-az-loss-ap-guangzhou-4"],
                ["ap-guangzhou-6", 100006, "0 3 15 * *", "shop-drills-az-loss-ap-guangzhou-6"],
            ]);
            expect(plan).to.include({ namespace: "chaos-mesh", zoneLabel: ZONE_LABEL, rtoSeconds: ZONE_RTO_TARGET_SECONDS, durationSeconds: ZONE_RTO_TARGET_SECONDS, checkIntervalSeconds: 10, paused: false });
            expect(schedules.map((s) => [s.kind, s.spec.schedule, s.spec.type, s.spec.concurrencyPolicy])).to.deep.equal([
                ["Schedule", "0 3 1 * *", "Workflow", "Forbid"],
                ["Schedule", "0 3 8 * *", "Workflow", "Forbid"],
                ["Schedule", "0 3 15 * *", "Workflow", "Forbid"],
            ]);
            const templates = templatesOf(schedules[1]);
            const checks = templates.filter((t) => t.templateType === "StatusCheck");
            expect(checks.map((c) => [c.name, c.statusCheck.failureThreshold, c.abortWithStatusCheck])).to.deep.equal([
                ["check-migration", WORKLOAD_MIGRATION_BUDGET_SECONDS / 10, false],
                ["check-rto", ZONE_RTO_TARGET_SECONDS / 10, true],
            ]);
            const net = templates.find((t) => t.templateType === "NetworkChaos")!;
            expect(net.networkChaos.selector).to.deep.equal({ namespaces: ["shop"], nodeSelectors: { [ZONE_LABEL]: "100004" } });
            expect(net.deadline).to.equal("900s");
        });

        it("renders Schedules that validate against the Chaos Mesh v2.8.3 CRDs, for any accepted arguments", () => {
            fc.assert(
                fc.property(
                    fc.subarray(GZ, { minLength: 1 }),
                    fc.array(fc.constantFrom("shop", "team-a", "default"), { minLength: 1, maxLength: 3 }).map((a) => [...new Set(a)]),
                    fc.integer({ min: 60, max: 3600 }),
                    fc.integer({ min: 2, max: 60 }),
                    fc.constantFrom(ZONE_LABEL, LEGACY_ZONE_LABEL),
                    fc.boolean(),
                    (zones, namespaces, rtoSeconds, checkIntervalSeconds, zoneLabel, paused) => {
                        const { plan, schedules } = planZoneDrillSchedule("drills", { ...base, zones, namespaces, rtoSeconds, checkIntervalSeconds, zoneLabel, paused });
                        expect(schedules).to.have.length(zones.length);
                        expect(new Set(plan.zones.map((z) => z.cron)).size).to.equal(zones.length);
                        for (const s of schedules) {
                            expect(chaosMeshProblems(s), s.metadata.name).to.deep.equal([]);
                            expect(s.metadata.annotations?.["experiment.chaos-mesh.org/pause"]).to.equal(paused ? "true" : undefined);
                        }
                    },
                ),
                { numRuns: 40 },
            );
        });

        it("takes its own crons, one per zone", () => {
            const { plan } = planZoneDrillSchedule("drills", { ...base, schedules: { "ap-guangzhou-4": "30 2 * * 0", "ap-guangzhou-6": "@monthly" } });
            expect(plan.zones.map((z) => z.cron)).to.deep.equal(["0 3 1 * *", "30 2 * * 0", "@monthly"]);
            for (const c of ["0 3 1 * *", "*/15 1-4 1,15 * 1-5", "@weekly"]) expect(isCron(c), c).to.equal(true);
            for (const c of ["0 3 1 *", "60 3 1 * *", "0 24 * * *", "0 3 32 * *", "every month", "", "0 3 1 * * *"]) expect(isCron(c), c).to.equal(false);
        });

        it("refuses every unsafe argument at once, naming the field, the rule and the fix", () => {
            const e = refusal(() =>
                planZoneDrillSchedule("drills", {
                    cluster: cluster(GZ),
                    zones: ["ap-guangzhou-3", "ap-guangzhou-7"],
                    namespaces: ["Shop"],
                    checkUrl: "shop.example.com/healthz",
                    schedules: { "ap-guangzhou-3": "0 3 1 * *", "ap-guangzhou-7": "0 3 1 * *", "ap-shanghai-2": "0 3 2 * *" },
                    durationSeconds: 10,
                    checkIntervalSeconds: 0,
                }),
            );
            expect(fieldsOf(e)).to.have.members(["zones[1]", "namespaces[0]", "checkUrl", "durationSeconds", "checkIntervalSeconds", "schedules.ap-shanghai-2", "schedules.ap-guangzhou-7"]);
            expectProblem(e, "zones[1]", "must be a zone of the cluster (ap-guangzhou-3, ap-guangzhou-4, ap-guangzhou-6)", '"ap-guangzhou-7"');
            expectProblem(e, "checkUrl", "must be an absolute http:// or https:// URL");
            expectProblem(e, "schedules.ap-guangzhou-7", "must differ from the cron of ap-guangzhou-3: two zones lost at once is not a zone drill");
            expectProblem(e, "durationSeconds", "must be an integer between 60 and 86400", "10");
        });

        it("refuses a single-zone cluster, a missing cluster, no namespace, a bad cron and a name too long for the Schedules", () => {
            expectProblem(refusal(() => planZoneDrillSchedule("drills", { ...base, cluster: cluster(["ap-guangzhou-3"]) })), "cluster", "must span at least 2 zones");
            expectProblem(refusal(() => planZoneDrillSchedule("drills", { ...base, cluster: undefined as never })), "cluster", "is required");
            expectProblem(refusal(() => planZoneDrillSchedule("drills", { ...base, namespaces: [] })), "namespaces", "must name at least one namespace");
            expectProblem(refusal(() => planZoneDrillSchedule("drills", { ...base, schedules: { "ap-guangzhou-3": "monthly" } })), "schedules.ap-guangzhou-3", "must be a cron of five fields", '"monthly"');
            expectProblem(refusal(() => planZoneDrillSchedule("a".repeat(45), base)), "name", "must leave room for the Schedule names");
            expectProblem(refusal(() => planZoneDrillSchedule("drills", { ...base, cluster: { clusterId: "cls-1", vpcId: "vpc-1" } })), "zones", "is required when the cluster does not say its zones");
            expectProblem(refusal(() => planZoneDrillSchedule("drills", { ...base, cluster: cluster(["ap-nowhere-1", "ap-nowhere-2"]) })), "cluster", "numeric zone ids are known");
            expectProblem(refusal(() => planZoneDrillSchedule("drills", { ...base, zoneLabel: "zone" })), "zoneLabel", "must be one of topology.kubernetes.io/zone");
        });
    });

    describe("under the embedded engine", () => {
        it("registers a Chaos Mesh Schedule per zone with the cluster's provider, each valid against the CRDs", async () => {
            const stack = await record(() => {
                const network = new ZonalNetwork("net", { zones: GZ });
                const tke = new TkeCluster("tke", { network });
                new ZoneDrillSchedule("shop-drills", { cluster: tke, namespaces: ["shop"], checkUrl: "https://shop.example.com/healthz" });
            });
            const component = one(stack, "zonesafe:chaos:ZoneDrillSchedule");
            const provider = one(stack, T.k8sProvider);
            const schedules = ofType(stack, SCHEDULE);
            expect(schedules.map((s) => s.name)).to.deep.equal(GZ.map((z) => `shop-drills-${z}`));
            for (const s of schedules) {
                expect(s.parent).to.equal(component.urn);
                expect(s.providerRef.startsWith(provider.urn)).to.equal(true);
                expect(chaosMeshProblems(inputsOf(s)), s.name).to.deep.equal([]);
            }
            expect((inputsOf(schedules[2]).spec as any).schedule).to.equal("0 3 15 * *");
        });

        it("creates nothing when refused", async () => {
            let error: unknown;
            const stack = await record(() => {
                try {
                    new ZoneDrillSchedule("shop-drills", { ...base, namespaces: [] });
                } catch (e) {
                    error = e;
                }
            });
            expect(ComponentArgsError.isComponentArgsError(error)).to.equal(true);
            expect(stack.resources.map((r) => r.type)).to.deep.equal(["pulumi:pulumi:Stack"]);
        });
    });
});
