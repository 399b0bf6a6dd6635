/**
 * TDSQL-C for MySQL (CynosDB): a standby zone other than the primary's; a read-only instance beside
 * the writer.
 */
import { NO_CONFIG } from "../config";
import { cynosdbZones } from "../dataZones";
import { prop } from "../describe";
import { resourceRule } from "../rule";
import { at, hasUnknown, list, num, obj, objs, str, UNKNOWN } from "../values";

/** A standby zone other than the primary's. */
export const cynosdbClusterMultiAz = resourceRule({
    kind: "resource",
    name: "cynosdb-cluster-multi-az",
    description: "Checks whether a TDSQL-C MySQL cluster has a standby zone (`slaveZone`) other than its primary zone (`availableZone`).",
    severity: "high",
    pillar: "reliability",
    service: "cynosdb",
    fix: "Set `slaveZone` to a zone of the region other than `availableZone` (the provider adds it with AddClusterSlaveZone, without replacing the cluster): the cluster then moves to the standby zone when the primary zone is lost.",
    resources: ["tencentcloud_cynosdb_cluster"],
    config: NO_CONFIG,
    check(r) {
        const { primary, standby } = cynosdbZones(r.props);
        if (primary === UNKNOWN || standby === UNKNOWN) {
            return [];
        }
        const where = typeof primary === "string" ? ` (every node in ${primary})` : "";
        if (standby === undefined) {
            return [`TDSQL-C MySQL cluster must have a standby availability zone; ${prop("slaveZone")} is not set${where}.`];
        }
        if (typeof primary === "string" && standby === primary) {
            return [`TDSQL-C MySQL cluster must have a standby zone other than its primary zone; ${prop("slaveZone")} and ${prop("availableZone")} are both ${primary}.`];
        }
        return [];
    },
});

/** The provider's `instanceCount` default: one read-write and one read-only instance. */
const DEFAULT_INSTANCE_COUNT = 2;

/** A read-only instance beside the writer. */
export const cynosdbClusterReadOnlyInstance = resourceRule({
    kind: "resource",
    name: "cynosdb-cluster-read-only-instance",
    description: "Checks whether a TDSQL-C MySQL cluster runs at least one read-only instance beside its read-write instance (`instanceCount` of 2 or more, or an `ro` entry in `instanceInitInfos`).",
    severity: "medium",
    pillar: "reliability",
    service: "cynosdb",
    fix: "Leave `instanceCount` at its default 2 (one read-write and one read-only instance) or raise it, or add an `instanceInitInfos` entry with `instanceType: ro` and `instanceCount` of at least 1: a read-only instance can be promoted when the writer fails.",
    resources: ["tencentcloud_cynosdb_cluster"],
    config: NO_CONFIG,
    check(r) {
        const infos = objs(at(r.props, "instanceInitInfos"));
        if (infos === UNKNOWN || (infos !== undefined && hasUnknown(infos))) {
            return [];
        }
        const must = "TDSQL-C MySQL cluster must run a read-only instance beside its read-write instance";
        if (infos !== undefined && infos.length > 0) {
            let readOnly = 0;
            for (const info of infos) {
                const type = str(at(obj(info) ?? {}, "instanceType"));
                const count = num(at(obj(info) ?? {}, "instanceCount"));
                if (type === UNKNOWN || count === UNKNOWN) {
                    return [];
                }
                if (typeof type === "string" && type.toLowerCase() === "ro") {
                    readOnly += count ?? 0;
                }
            }
            return readOnly > 0 ? [] : [`${must}; ${prop("instanceInitInfos")} has no \`ro\` entry with an ${prop("instanceCount")} of 1 or more.`];
        }
        const count = num(at(r.props, "instanceCount"));
        if (count === UNKNOWN || (count ?? DEFAULT_INSTANCE_COUNT) >= 2 || list(at(r.props, "instanceInitInfos")) === UNKNOWN) {
            return [];
        }
        return [`${must}; ${prop("instanceCount")} is ${count} (the writer alone).`];
    },
});

/** The TDSQL-C MySQL rules. */
export const cynosdbRules = [cynosdbClusterMultiAz, cynosdbClusterReadOnlyInstance];
