/**
 * TencentDB for MongoDB: a replica set over three distinct zones, including the primary's, with a
 * hidden-node zone.
 */
import { defineConfig, integer } from "../config";
import { plural, prop } from "../describe";
import { resourceRule } from "../rule";
import { at, hasUnknown, known, str, strs, UNKNOWN } from "../values";

/** Three distinct zones and a hidden-node zone among them. */
export const mongodbInstanceMultiAz = resourceRule({
    kind: "resource",
    name: "mongodb-instance-multi-az",
    description: "Checks whether a MongoDB instance spreads its replica set over 3 distinct availability zones (including its primary zone) and places its hidden node in one of them.",
    severity: "high",
    pillar: "reliability",
    service: "mongodb",
    fix: "Set `availabilityZoneLists` to three distinct zones of the region, including `availableZone`, and `hiddenZone` to one of them (required for a cross-AZ deployment). No zone then holds a majority of the nodes.",
    resources: ["tencentcloud_mongodb_instance", "tencentcloud_mongodb_sharding_instance"],
    config: defineConfig({
        minZones: integer({ default: 3, minimum: 2, description: "Minimum number of distinct availability zones of the replica set." }),
    }),
    check(r, ctx) {
        const primary = str(at(r.props, "availableZone"));
        const listed = strs(at(r.props, "availabilityZoneLists"));
        const hidden = str(at(r.props, "hiddenZone"));
        if (listed === UNKNOWN || primary === UNKNOWN || (listed !== undefined && hasUnknown(listed))) {
            return [];
        }
        const where = typeof primary === "string" ? ` (all nodes in ${primary})` : "";
        if (listed === undefined || listed.length === 0) {
            return [`MongoDB instance must spread its nodes over ${plural(ctx.config.minZones, "availability zone")}; ${prop("availabilityZoneLists")} is not set${where}.`];
        }
        const zones = [...new Set(known(listed))];
        const messages: string[] = [];
        if (zones.length < ctx.config.minZones) {
            messages.push(
                `MongoDB instance must spread its nodes over ${plural(ctx.config.minZones, "distinct availability zone")}; ${prop("availabilityZoneLists")} has ${zones.length} (${zones.join(", ")}).`,
            );
        }
        if (typeof primary === "string" && !zones.includes(primary)) {
            messages.push(
                `MongoDB instance must include its primary zone ${prop("availableZone")} (${primary}) in ${prop("availabilityZoneLists")}; it lists ${zones.join(", ")}.`,
            );
        }
        if (hidden === undefined) {
            messages.push(`MongoDB instance must set ${prop("hiddenZone")} for a cross-AZ deployment; it is not set.`);
        } else if (typeof hidden === "string" && !zones.includes(hidden)) {
            messages.push(`MongoDB instance must place its hidden node in one of ${prop("availabilityZoneLists")}; ${prop("hiddenZone")} is ${hidden}.`);
        }
        return messages;
    },
});

/** The MongoDB rules. */
export const mongodbRules = [mongodbInstanceMultiAz];
