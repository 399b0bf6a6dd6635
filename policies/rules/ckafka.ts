/**
 * CKafka: multi-zone deployment.
 */
import { defineConfig, integer } from "../config";
import { plural, prop } from "../describe";
import { resourceRule } from "../rule";
import { at, bool, hasUnknown, known, nums, UNKNOWN } from "../values";
import { zoneLabel } from "../zones";

/** Multi-zone on, over at least two zones. */
export const ckafkaInstanceMultiAz = resourceRule({
    kind: "resource",
    name: "ckafka-instance-multi-az",
    description: "Checks whether a CKafka instance is deployed across availability zones (`multiZoneFlag` with at least 2 `zoneIds`).",
    severity: "high",
    pillar: "reliability",
    service: "ckafka",
    fix: "Set `multiZoneFlag: true` and `zoneIds` to at least two zone ids of the region (the region needs three or more zones); partition replicas are then placed on brokers in different zones and the client VIP moves to a healthy zone on failure.",
    resources: ["tencentcloud_ckafka_instance"],
    config: defineConfig({
        minZones: integer({ default: 2, minimum: 2, description: "Minimum number of zones in `zoneIds`." }),
    }),
    check(r, ctx) {
        const flag = bool(at(r.props, "multiZoneFlag"));
        if (flag === UNKNOWN) {
            return [];
        }
        if (flag !== true) {
            const state = flag === undefined ? "is not set (provider default false)" : "is false";
            return [`CKafka instance must be deployed across availability zones; ${prop("multiZoneFlag")} ${state}.`];
        }
        const ids = nums(at(r.props, "zoneIds"));
        if (ids === UNKNOWN || (ids !== undefined && hasUnknown(ids))) {
            return [];
        }
        const zones = [...new Set(known(ids ?? []))];
        if (zones.length < ctx.config.minZones) {
            const listed = zones.length === 0 ? "none" : zones.map((z) => zoneLabel(z)).join(", ");
            return [`CKafka instance must list at least ${plural(ctx.config.minZones, "zone")} in ${prop("zoneIds")}; it lists ${zones.length} (${listed}).`];
        }
        return [];
    },
});

/** The CKafka rules. */
export const ckafkaRules = [ckafkaInstanceMultiAz];
