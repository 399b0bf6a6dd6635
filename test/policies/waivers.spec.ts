import { expect } from "chai";
import { PackRuntime, policyOf } from "../../policies/adapters";
import { kubernetesWorkloadTopologySpread } from "../../policies/rules/kubernetes";
import { mysqlInstanceMultiAz } from "../../policies/rules/mysql";
import { tkeNodePoolMultiAz } from "../../policies/rules/tke";
import { clbInstanceDeletionProtection } from "../../policies/rules/clb";
import { waiverReportPolicy, waiverReportPolicyOf } from "../../policies/stack/waiverReport";
import { declaredWaivers, parseWaiverValue, waiverEnd } from "../../policies/waivers";
import { resourceArgs, runResourcePolicy, runStackPolicy, stackArgs, StackResourceSpec, urnOf } from "../support/policyArgs";
import { good } from "./fixtures";
import { checkResource, checkStack, K8S, NOW, remediate, tok, useTestEnvironment } from "./helpers";

type Props = Record<string, unknown>;

/** A two-node single-AZ MySQL instance (fails mysql-instance-multi-az) with extra tags. */
function legacyDb(tags: Record<string, string> = {}): Props {
    const { secondSlaveZone: _, ...props } = good.mysql();
    return { ...props, slaveDeployMode: 0, tags: { ...(props.tags as Record<string, string>), ...tags } };
}

const WAIVE = "zonesafe:waive:mysql-instance-multi-az";
const dbType = tok("tencentcloud_mysql_instance");
const dbUrn = urnOf(dbType, "reporting-db");

describe("Waivers", () => {
    useTestEnvironment();

    describe("parsing", () => {
        it("reads `<date>:<reason>`", () => {
            expect(parseWaiverValue("2026-09-30: moving to three nodes (OPS-142)")).to.deep.equal({ expires: "2026-09-30", reason: "moving to three nodes (OPS-142)" });
            expect(parseWaiverValue("2026-09-30")).to.deep.equal({ expires: "2026-09-30", reason: "" });
        });

        it("ends a waiver at the end of its expiry day (UTC), and refuses impossible dates", () => {
            expect(waiverEnd("2026-06-15")?.toISOString()).to.equal("2026-06-15T23:59:59.999Z");
            expect(waiverEnd("2026-02-30")).to.equal(undefined);
            expect(waiverEnd("15/06/2026")).to.equal(undefined);
        });

        it("judges each declared waiver at a given time", () => {
            const view = {
                urn: "u",
                name: "db",
                type: dbType,
                resource: "tencentcloud_mysql_instance" as const,
                protect: false,
                props: {
                    tags: {
                        "zonesafe:waive:a": "2026-06-15:today is the last day",
                        "zonesafe:waive:b": "2026-06-14:yesterday",
                        "zonesafe:waive:c": "2026-06-20:",
                        "zonesafe:waive:": "2026-06-20:no policy",
                        other: "x",
                    },
                },
            };
            expect(declaredWaivers(view, NOW).map((w) => [w.policy, w.status, w.problem])).to.deep.equal([
                ["a", "active", undefined],
                ["b", "expired", undefined],
                ["c", "invalid", "it gives no reason"],
            ]);
        });
    });

    describe("exempting resources", () => {
        it("a tag waiver exempts a resource from the named policy only", async () => {
            const props = legacyDb({ [WAIVE]: "2026-09-30:read-only reporting copy (OPS-142)" });
            expect(await checkResource(mysqlInstanceMultiAz, { type: dbType, props })).to.deep.equal([]);
            const other = legacyDb({ "zonesafe:waive:mysql-instance-sync-mode": "2026-09-30:another policy" });
            expect(await checkResource(mysqlInstanceMultiAz, { type: dbType, props: other })).to.have.length(2);
        });

        it("an expired waiver no longer applies", async () => {
            const props = legacyDb({ [WAIVE]: "2026-06-14:expired yesterday" });
            expect(await checkResource(mysqlInstanceMultiAz, { type: dbType, props })).to.have.length(2);
        });

        it("a waiver without a reason does not apply", async () => {
            const props = legacyDb({ [WAIVE]: "2026-09-30" });
            expect(await checkResource(mysqlInstanceMultiAz, { type: dbType, props })).to.have.length(2);
        });

        it("a configured waiver exempts by name or by URN", async () => {
            const byName = { waivers: [{ name: "reporting-db", reason: "reporting copy", expires: "2026-09-30" }] };
            expect(await checkResource(mysqlInstanceMultiAz, { type: dbType, name: "reporting-db", props: legacyDb(), config: byName })).to.deep.equal([]);
            const byUrn = { waivers: [{ urn: dbUrn, reason: "reporting copy", expires: "2026-09-30" }] };
            expect(await checkResource(mysqlInstanceMultiAz, { type: dbType, name: "reporting-db", urn: dbUrn, props: legacyDb(), config: byUrn })).to.deep.equal([]);
            expect(await checkResource(mysqlInstanceMultiAz, { type: dbType, name: "orders-db", props: legacyDb(), config: byName })).to.have.length(2);
        });

        it("an annotation waiver exempts a Kubernetes object", async () => {
            const props = good.deployment() as any;
            delete props.spec.template.spec.topologySpreadConstraints;
            props.metadata.annotations = { "zonesafe.io/waive.kubernetes-workload-topology-spread": "2026-12-31:single-zone batch job" };
            expect(await checkResource(kubernetesWorkloadTopologySpread, { type: K8S.deployment, props })).to.deep.equal([]);
        });

        it("a waived resource is not remediated", async () => {
            const props = { ...good.clbInstance(), deleteProtect: false, tags: { "zonesafe:waive:clb-instance-deletion-protection": "2026-12-31:test load balancer, torn down nightly" } };
            expect(await remediate(clbInstanceDeletionProtection, { type: tok("tencentcloud_clb_instance"), props })).to.equal(undefined);
        });

        it("a tag waiver exempts a resource from a stack rule", async () => {
            const subnet: StackResourceSpec = { type: tok("tencentcloud_subnet"), name: "a", props: { availabilityZone: "ap-guangzhou-3", id: "subnet-a" } };
            const pool: StackResourceSpec = {
                type: tok("tencentcloud_kubernetes_node_pool"),
                name: "batch",
                props: { ...good.nodePool(), subnetIds: ["subnet-a"], tags: { "zonesafe:waive:tke-nodepool-multi-az": "2026-12-31:batch pool, restartable" } },
            };
            expect(await checkStack(tkeNodePoolMultiAz, [subnet, pool])).to.deep.equal([]);
        });
    });

    describe("zonesafe-waivers", () => {
        it("reports every waiver: in use, expired, malformed, unknown policy, exempting nothing", async () => {
            const resources: StackResourceSpec[] = [
                { type: dbType, name: "reporting-db", urn: dbUrn, props: legacyDb({ [WAIVE]: "2026-09-30:reporting copy (OPS-142)" }) },
                { type: dbType, name: "old-db", props: legacyDb({ [WAIVE]: "2026-01-31:migration finished in January" }) },
                { type: dbType, name: "odd-db", props: legacyDb({ [WAIVE]: "next quarter:someday" }) },
                { type: dbType, name: "typo-db", props: { ...good.mysql(), tags: { "zonesafe:waive:mysql-multi-az": "2026-09-30:typo" } } },
                { type: dbType, name: "fine-db", props: { ...good.mysql(), tags: { [WAIVE]: "2026-09-30:kept just in case" } } },
            ];
            const reported = await runStackPolicy(waiverReportPolicy, stackArgs({ resources }));
            expect(reported).to.deep.equal([
                { urn: dbUrn, message: "Waiver in use until 2026-09-30: mysql-instance-multi-az on reporting-db (tag): reporting copy (OPS-142)." },
                { urn: urnOf(dbType, "old-db"), message: "Waiver expired on 2026-01-31 and no longer applies: mysql-instance-multi-az on old-db (tag): migration finished in January." },
                {
                    urn: urnOf(dbType, "odd-db"),
                    message: 'Waiver is not valid and does not apply, because expiry "next quarter" is not a date of the form YYYY-MM-DD: mysql-instance-multi-az on odd-db (tag).',
                },
                { urn: urnOf(dbType, "typo-db"), message: "Waiver names no rule of this pack and has no effect: mysql-multi-az on typo-db (tag)." },
                { urn: urnOf(dbType, "fine-db"), message: "Waiver exempts no current violation (expires 2026-09-30): mysql-instance-multi-az on fine-db (tag): kept just in case." },
            ]);
        });

        it("reports waivers from a policy's configuration once that policy has run in the same pack", async () => {
            const config = { waivers: [{ name: "reporting-db", reason: "reporting copy", expires: "2026-09-30" }] };
            const args = resourceArgs({ type: dbType, name: "reporting-db", urn: dbUrn, props: legacyDb(), config });
            const runtime = new PackRuntime();
            expect(await runResourcePolicy(policyOf(mysqlInstanceMultiAz, runtime) as never, args)).to.deep.equal([]);
            const stack = stackArgs({ resources: [{ type: dbType, name: "reporting-db", urn: dbUrn, props: legacyDb() }] });
            // Another pack (another runtime) never sees this one's configuration.
            expect(await runStackPolicy(waiverReportPolicyOf(new PackRuntime()), stack)).to.deep.equal([]);
            const reported = await runStackPolicy(waiverReportPolicyOf(runtime), stack);
            expect(reported).to.deep.equal([{ urn: dbUrn, message: "Waiver in use until 2026-09-30: mysql-instance-multi-az on reporting-db (policy configuration): reporting copy." }]);
        });
    });
});
