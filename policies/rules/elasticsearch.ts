/**
 * Elasticsearch Service: a multi-AZ deployment, dedicated master nodes, automatic backups to COS, no
 * public access to the cluster or to Kibana.
 */
import { defineConfig, integer, NO_CONFIG } from "../config";
import { elasticsearchLayout } from "../dataZones";
import { plural, prop } from "../describe";
import { resourceRule } from "../rule";
import { at, bool, hasUnknown, num, obj, objs, str, UNKNOWN } from "../values";

/** Multi-AZ: `deployMode` 1 over at least two zones. */
export const elasticsearchInstanceMultiAz = resourceRule({
    kind: "resource",
    name: "elasticsearch-instance-multi-az",
    description: "Checks whether an Elasticsearch instance is deployed across availability zones (`deployMode` 1 with `multiZoneInfos` over at least 2 distinct zones).",
    severity: "high",
    pillar: "reliability",
    service: "elasticsearch",
    fix: "Set `deployMode: 1` and `multiZoneInfos` to two or three zones of the region (each with a subnet of that zone), with a data node count that is a multiple of the zone count and indices with at least one replica: the service places the replicas of a shard in different zones.",
    resources: ["tencentcloud_elasticsearch_instance"],
    config: defineConfig({
        minZones: integer({ default: 2, minimum: 2, description: "Minimum number of distinct zones in `multiZoneInfos`." }),
    }),
    check(r, ctx) {
        const layout = elasticsearchLayout(r.props);
        if (layout.mode === UNKNOWN) {
            return [];
        }
        if (layout.mode !== 1) {
            const state = num(at(r.props, "deployMode")) === undefined ? "is not set (provider default 0, single AZ)" : `is ${layout.mode} (single AZ)`;
            return [`Elasticsearch instance must be deployed across availability zones with ${prop("deployMode")} 1; it ${state}.`];
        }
        const zones = [...new Set(layout.zones)];
        if (!layout.complete || zones.length >= ctx.config.minZones) {
            return [];
        }
        return [
            `Elasticsearch instance must list at least ${plural(ctx.config.minZones, "distinct zone")} in ${prop("multiZoneInfos")}; it lists ${zones.length}${zones.length === 0 ? "" : ` (${zones.join(", ")})`}.`,
        ];
    },
});

/** Dedicated master nodes. */
export const elasticsearchInstanceDedicatedMaster = resourceRule({
    kind: "resource",
    name: "elasticsearch-instance-dedicated-master",
    description: "Checks whether an Elasticsearch instance runs dedicated master nodes (a `nodeInfoLists` entry of `type` dedicatedMaster, at least 3 nodes).",
    severity: "medium",
    pillar: "reliability",
    service: "elasticsearch",
    fix: "Add a `nodeInfoLists` entry with `type: dedicatedMaster` and `nodeNum: 3` (or 5): the service spreads them over the zones so that a zone's loss leaves a quorum to elect a master, and data nodes under load never stall the cluster state.",
    resources: ["tencentcloud_elasticsearch_instance"],
    config: defineConfig({
        minMasters: integer({ default: 3, minimum: 1, description: "Minimum number of dedicated master nodes." }),
    }),
    check(r, ctx) {
        const nodes = objs(at(r.props, "nodeInfoLists"));
        if (nodes === UNKNOWN || nodes === undefined || hasUnknown(nodes)) {
            return [];
        }
        let masters = 0;
        let listed = false;
        for (const node of nodes) {
            const entry = obj(node) ?? {};
            const type = str(at(entry, "type"));
            const count = num(at(entry, "nodeNum"));
            if (type === UNKNOWN) {
                return [];
            }
            if (type === "dedicatedMaster") {
                if (count === UNKNOWN) {
                    return [];
                }
                listed = true;
                masters += count ?? 0;
            }
        }
        if (!listed) {
            return [`Elasticsearch instance must run dedicated master nodes; no ${prop("nodeInfoLists")} entry has ${prop("type")} dedicatedMaster.`];
        }
        return masters < ctx.config.minMasters
            ? [`Elasticsearch instance must run at least ${plural(ctx.config.minMasters, "dedicated master node")}; its dedicatedMaster ${prop("nodeNum")} is ${masters}.`]
            : [];
    },
});

/** Automatic backups to COS. */
export const elasticsearchInstanceCosBackup = resourceRule({
    kind: "resource",
    name: "elasticsearch-instance-cos-backup",
    description: "Checks whether an Elasticsearch instance backs itself up to COS automatically (`cosBackup.isAutoBackup`).",
    severity: "medium",
    pillar: "reliability",
    service: "elasticsearch",
    fix: "Set `cosBackup: { isAutoBackup: true, backupTime: \"02:00\" }` (a daily snapshot to COS at an off-peak hour), so indices can be restored after a deletion or corruption.",
    resources: ["tencentcloud_elasticsearch_instance"],
    config: NO_CONFIG,
    check(r) {
        const backup = obj(at(r.props, "cosBackup"));
        if (backup === UNKNOWN) {
            return [];
        }
        if (backup === undefined) {
            return [`Elasticsearch instance must back up to COS automatically; ${prop("cosBackup")} is not set (no automatic backup).`];
        }
        const auto = bool(at(backup, "isAutoBackup"));
        return auto === false || auto === undefined
            ? [`Elasticsearch instance must back up to COS automatically; ${prop("cosBackup.isAutoBackup")} is ${auto === false ? "false" : "not set"}.`]
            : [];
    },
});

/** No public access to the cluster or to Kibana. */
export const elasticsearchInstanceNoPublicAccess = resourceRule({
    kind: "resource",
    name: "elasticsearch-instance-no-public-access",
    description: "Checks whether an Elasticsearch instance keeps public network access to the cluster (`publicAccess`) and to Kibana (`kibanaPublicAccess`) closed.",
    severity: "high",
    pillar: "security",
    service: "elasticsearch",
    fix: "Set `publicAccess: CLOSE` and `kibanaPublicAccess: CLOSE` (with `kibanaPrivateAccess: OPEN` for Kibana from the VPC); reach the cluster through its VPC address.",
    resources: ["tencentcloud_elasticsearch_instance"],
    config: NO_CONFIG,
    check(r) {
        const messages: string[] = [];
        for (const [key, what] of [
            ["publicAccess", "the cluster"],
            ["kibanaPublicAccess", "Kibana"],
        ] as const) {
            const value = str(at(r.props, key));
            if (typeof value === "string" && value.toUpperCase() === "OPEN") {
                messages.push(`Elasticsearch instance must not expose ${what} to the internet; ${prop(key)} is ${value}.`);
            }
        }
        return messages;
    },
});

/** The Elasticsearch rules. */
export const elasticsearchRules = [elasticsearchInstanceMultiAz, elasticsearchInstanceDedicatedMaster, elasticsearchInstanceCosBackup, elasticsearchInstanceNoPublicAccess];
