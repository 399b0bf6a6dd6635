/**
 * TencentDB for Redis (CRS): a replica in a zone other than the master's; no public address.
 */
import { NO_CONFIG } from "../config";
import { prop } from "../describe";
import { resourceRule } from "../rule";
import { at, hasUnknown, known, nums, str, UNKNOWN } from "../values";
import { zoneIdOf } from "../zones";

/** A replica in another zone than the master's. */
export const redisInstanceMultiAz = resourceRule({
    kind: "resource",
    name: "redis-instance-multi-az",
    description: "Checks whether a Redis instance keeps at least one replica in an availability zone other than the master's.",
    severity: "high",
    pillar: "reliability",
    service: "redis",
    fix: "Set `replicaZoneIds` (numeric zone ids, one per replica; `redisReplicasNum` must match) so that at least one replica sits in another zone: the recommended layout keeps one replica in the master's zone for a fast local failover and one in a second zone for an AZ failure.",
    resources: ["tencentcloud_redis_instance"],
    config: NO_CONFIG,
    check(r) {
        const master = str(at(r.props, "availabilityZone"));
        const replicas = nums(at(r.props, "replicaZoneIds"));
        if (master === UNKNOWN || replicas === UNKNOWN || typeof master !== "string") {
            return [];
        }
        if (replicas === undefined || replicas.length === 0) {
            return [
                `Redis instance must place a replica in an availability zone other than the master's; ${prop("replicaZoneIds")} is not set, so replicas stay in the master's zone ${master}.`,
            ];
        }
        const masterId = zoneIdOf(master);
        if (masterId === undefined || hasUnknown(replicas)) {
            return [];
        }
        const ids = known(replicas);
        if (ids.every((id) => id === masterId)) {
            return [
                `Redis instance must place a replica in an availability zone other than the master's; every ${prop("replicaZoneIds")} entry is the master's zone ${master} (${ids.join(", ")}).`,
            ];
        }
        return [];
    },
});

/** No public (WAN) address. */
export const redisInstanceNoPublicAddress = resourceRule({
    kind: "resource",
    name: "redis-instance-no-public-address",
    description: "Checks whether a Redis instance keeps its public (WAN) address switched off.",
    severity: "high",
    pillar: "security",
    service: "redis",
    fix: "Set `wanAddressSwitch: close` and reach Redis from inside the VPC.",
    resources: ["tencentcloud_redis_instance"],
    config: NO_CONFIG,
    check(r) {
        const wan = str(at(r.props, "wanAddressSwitch"));
        return typeof wan === "string" && wan.toLowerCase() === "open"
            ? [`Redis instance must not have a public address; ${prop("wanAddressSwitch")} is ${wan}.`]
            : [];
    },
});

/** The Redis rules. */
export const redisRules = [redisInstanceMultiAz, redisInstanceNoPublicAddress];
