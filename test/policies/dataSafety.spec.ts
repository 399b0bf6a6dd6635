/**
 * datasafety-stateful-protection over the data products beyond the first six: PostgreSQL
 * (`deleteProtection`), MySQL read-only instances (`destroyProtect`, newer provider versions),
 * Elasticsearch (`enableDestroyProtection`, newer provider versions; at 1.82.42 only `protect`) and
 * TDSQL-C MySQL (only `protect`; `forceDelete: true` is reported), in both naming routes and as
 * previews with unknowns.
 */
import { expect } from "chai";
import { dataSafetyStatefulProtection, hasDeletionProtection } from "../../policies/stack/dataSafety";
import type { TerraformName } from "../../policies/tokens";
import { UNKNOWN as VALUE_UNKNOWN } from "../../policies/values";
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { checkStack, ROUTES, Route, tok, useTestEnvironment } from "./helpers";

const production = { "zonesafe:environment": "production" };

const readonlyMysql = (): Record<string, unknown> => ({
    instanceName: "orders-ro",
    masterInstanceId: "cdb-orders",
    zone: "ap-guangzhou-4",
    memSize: 4000,
    volumeSize: 200,
});

/** A PostgreSQL instance, a MySQL read-only instance, an Elasticsearch instance and a TDSQL-C cluster, none protected by any means. */
const BARE: ReadonlyArray<{ tf: TerraformName; name: string; props: () => Record<string, unknown>; label: string }> = [
    { tf: "tencentcloud_postgresql_instance", name: "ledger", props: () => ({ ...goodData.postgresql(), deleteProtection: false }), label: "PostgreSQL instance" },
    { tf: "tencentcloud_mysql_readonly_instance", name: "orders-ro", props: readonlyMysql, label: "MySQL read-only instance" },
    { tf: "tencentcloud_elasticsearch_instance", name: "search", props: goodData.elasticsearch, label: "Elasticsearch instance" },
    { tf: "tencentcloud_cynosdb_cluster", name: "orders-c", props: goodData.cynosdb, label: "TDSQL-C MySQL cluster" },
];

function spec(tf: TerraformName, name: string, props: Record<string, unknown>, route: Route, protect = false): StackResourceSpec {
    const type = tok(tf, route);
    return { type, name, urn: urnOf(type, name), props, protect };
}

describe("datasafety-stateful-protection: PostgreSQL, MySQL read-only, Elasticsearch, TDSQL-C", () => {
    useTestEnvironment();

    for (const route of ROUTES) {
        describe(`${route} route`, () => {
            it("reports each of them unprotected in a production stack, with the TDSQL-C cluster's missing switch named", async () => {
                const stack = BARE.map((b) => spec(b.tf, b.name, b.props(), route));
                const reported = await checkStack(dataSafetyStatefulProtection, stack, { stackTags: production });
                const must = "must be protected from deletion in a production stack; the `protect` resource option is not set and it has no deletion protection";
                expect(reported).to.have.deep.members(
                    BARE.map((b) => ({
                        urn: urnOf(tok(b.tf, route), b.name),
                        message: `${b.label} ${must}${b.tf === "tencentcloud_cynosdb_cluster" ? " (the provider offers none for it)" : ""}.`,
                    })),
                );
            });

            it("passes all four with the `protect` option (the only signal for Elasticsearch at 1.82.42 and for TDSQL-C)", async () => {
                const stack = BARE.map((b) => spec(b.tf, b.name, b.props(), route, true));
                expect(await checkStack(dataSafetyStatefulProtection, stack, { stackTags: production })).to.deep.equal([]);
            });

            it("accepts PostgreSQL `deleteProtection: true`, MySQL read-only `destroyProtect: on` and Elasticsearch `enableDestroyProtection: OPEN`", async () => {
                const stack = [
                    spec("tencentcloud_postgresql_instance", "ledger", goodData.postgresql(), route),
                    spec("tencentcloud_mysql_readonly_instance", "orders-ro", { ...readonlyMysql(), destroyProtect: "on" }, route),
                    spec("tencentcloud_elasticsearch_instance", "search", { ...goodData.elasticsearch(), enableDestroyProtection: "OPEN" }, route),
                ];
                expect(await checkStack(dataSafetyStatefulProtection, stack, { stackTags: production })).to.deep.equal([]);
            });

            it("reports MySQL read-only `destroyProtect: off` and Elasticsearch `enableDestroyProtection: CLOSE`", async () => {
                const stack = [
                    spec("tencentcloud_mysql_readonly_instance", "orders-ro", { ...readonlyMysql(), destroyProtect: "off" }, route),
                    spec("tencentcloud_elasticsearch_instance", "search", { ...goodData.elasticsearch(), enableDestroyProtection: "CLOSE" }, route),
                ];
                const reported = await checkStack(dataSafetyStatefulProtection, stack, { stackTags: production });
                expect(reported.map((r) => r.urn)).to.have.members([urnOf(tok("tencentcloud_mysql_readonly_instance", route), "orders-ro"), urnOf(tok("tencentcloud_elasticsearch_instance", route), "search")]);
            });

            it("reports a TDSQL-C cluster with `forceDelete: true` even when it is protected", async () => {
                const cluster = spec("tencentcloud_cynosdb_cluster", "orders-c", { ...goodData.cynosdb(), forceDelete: true }, route, true);
                expect(await checkStack(dataSafetyStatefulProtection, [cluster], { stackTags: production })).to.deep.equal([
                    {
                        urn: cluster.urn,
                        message:
                            "TDSQL-C MySQL cluster must not set `forceDelete` to true in a production stack: a deletion then removes the cluster and all its instances at once instead of leaving them in the recycle bin.",
                    },
                ]);
                const unprotected = { ...cluster, protect: false };
                expect((await checkStack(dataSafetyStatefulProtection, [unprotected], { stackTags: production })).map((r) => r.message.split(";")[0].split(":")[0])).to.deep.equal([
                    "TDSQL-C MySQL cluster must not set `forceDelete` to true in a production stack",
                    "TDSQL-C MySQL cluster must be protected from deletion in a production stack",
                ]);
                const safe = spec("tencentcloud_cynosdb_cluster", "orders-c", { ...goodData.cynosdb(), forceDelete: false }, route, true);
                expect(await checkStack(dataSafetyStatefulProtection, [safe], { stackTags: production })).to.deep.equal([]);
            });

            it("stays silent in a preview while a switch or `forceDelete` is unknown, and outside production", async () => {
                const stack = [
                    spec("tencentcloud_postgresql_instance", "ledger", { ...goodData.postgresql(), deleteProtection: UNKNOWN }, route),
                    spec("tencentcloud_mysql_readonly_instance", "orders-ro", { ...readonlyMysql(), destroyProtect: UNKNOWN }, route),
                    spec("tencentcloud_elasticsearch_instance", "search", { ...goodData.elasticsearch(), enableDestroyProtection: UNKNOWN }, route),
                    spec("tencentcloud_cynosdb_cluster", "orders-c", { ...goodData.cynosdb(), forceDelete: UNKNOWN }, route, true),
                ];
                expect(await checkStack(dataSafetyStatefulProtection, stack, { stackTags: production })).to.deep.equal([]);
                const bare = BARE.map((b) => spec(b.tf, b.name, b.props(), route));
                expect(await checkStack(dataSafetyStatefulProtection, bare)).to.deep.equal([]);
            });
        });
    }

    it("reads each switch only at its on value", () => {
        expect(hasDeletionProtection({ enableDestroyProtection: " open " })).to.equal(true);
        expect(hasDeletionProtection({ enableDestroyProtection: "CLOSE" })).to.equal(false);
        expect(hasDeletionProtection({ deleteProtection: true })).to.equal(true);
        expect(hasDeletionProtection({ deleteProtection: false, destroyProtect: "ON" })).to.equal(true);
        expect(hasDeletionProtection({ deleteProtection: false })).to.equal(false);
        expect(hasDeletionProtection({ deleteProtection: false, enableDestroyProtection: UNKNOWN })).to.equal(VALUE_UNKNOWN);
    });
});
