/**
 * Tencent Cloud Service Engine (TSE): a registry (PolarisMesh, the gateway's registry; also ZooKeeper
 * and Nacos) with enough nodes to survive the loss of a zone.
 *
 * What the provider lets you set: the engine (`engineType`), its edition (`engineProductVersion`) and
 * the node count (`engineNodeNum`, within the edition's allowed counts), one subnet (`subnetId`), and,
 * for ZooKeeper professional only, a cross-region layout (`engineRegionInfos`). It has no zone per
 * node: the service places the nodes. So the pack can only ask for an edition and a node count that
 * can survive a zone (at least 2 PolarisMesh servers, which keep no state of their own; at least 3
 * ZooKeeper or Nacos nodes, a quorum of 2 surviving the loss of one).
 */
import { NO_CONFIG } from "../config";
import { prop } from "../describe";
import { resourceRule } from "../rule";
import { at, num, objs, PlainObject, str, UNKNOWN, Unknown } from "../values";

/** The engines the pack knows, by `engineType`. */
export type TseEngine = "zookeeper" | "nacos" | "polarismesh";

/** Node counts the service allows, by engine and edition (`engineProductVersion`). */
export const TSE_NODE_COUNTS: Readonly<Record<TseEngine, Readonly<Record<string, readonly number[]>>>> = {
    zookeeper: { TRIAL: [1], STANDARD: [3, 5, 7], PROFESSIONAL: [3, 5, 7] },
    nacos: { TRIAL: [1], STANDARD: [3, 5, 7] },
    polarismesh: { BASE: [1], PROFESSIONAL: [2, 3] },
};

/** Nodes an engine needs to keep serving when the nodes of one zone are lost (one node per zone). */
export const TSE_MIN_NODES: Readonly<Record<TseEngine, number>> = { zookeeper: 3, nacos: 3, polarismesh: 2 };

/** The engine of a TSE instance, from `engineType` (`polaris` and `polarismesh` are PolarisMesh). */
export function tseEngineOf(props: PlainObject): TseEngine | undefined | Unknown {
    const type = str(at(props, "engineType"));
    if (typeof type !== "string") {
        return type;
    }
    const lowered = type.trim().toLowerCase();
    if (lowered === "polaris" || lowered === "polarismesh") {
        return "polarismesh";
    }
    return lowered === "zookeeper" || lowered === "nacos" ? lowered : undefined;
}

/**
 * How many nodes a TSE instance runs: `engineNodeNum`; else the `replica` counts of
 * `engineRegionInfos` (ZooKeeper professional's cross-region layout); else the edition's smallest
 * allowed count. A stated count decides over the edition: the provider's own PolarisMesh example
 * sets `BASE` with `engineNodeNum: 2`, although its edition table lists one node for `BASE`.
 */
export function tseNodesOf(
    props: PlainObject,
): { readonly engine: TseEngine; readonly edition: string; readonly nodes: number; readonly stated: boolean; readonly via?: "engineRegionInfos" } | undefined | Unknown {
    const engine = tseEngineOf(props);
    const edition = str(at(props, "engineProductVersion"));
    const count = num(at(props, "engineNodeNum"));
    if (engine === UNKNOWN || edition === UNKNOWN || count === UNKNOWN) {
        return UNKNOWN;
    }
    if (engine === undefined || edition === undefined) {
        return undefined;
    }
    const allowed = TSE_NODE_COUNTS[engine][edition.toUpperCase()];
    if (count !== undefined) {
        return { engine, edition, nodes: count, stated: true };
    }
    const regions = objs(at(props, "engineRegionInfos"));
    if (regions === UNKNOWN) {
        return UNKNOWN;
    }
    if (regions !== undefined && regions.length > 0) {
        let replicas = 0;
        for (const region of regions) {
            const replica = region === UNKNOWN ? UNKNOWN : num(at(region, "replica"));
            if (replica === UNKNOWN) {
                return UNKNOWN;
            }
            replicas += replica ?? 0;
        }
        return { engine, edition, nodes: replicas, stated: true, via: "engineRegionInfos" };
    }
    return allowed === undefined ? undefined : { engine, edition, nodes: Math.min(...allowed), stated: false };
}

/** Enough nodes to survive a zone. */
export const tseInstanceNodeCount = resourceRule({
    kind: "resource",
    name: "tse-instance-node-count",
    description: "Checks whether a TSE registry (PolarisMesh, ZooKeeper, Nacos) runs an edition and node count that survive the loss of a zone: at least 2 PolarisMesh nodes (PROFESSIONAL), at least 3 ZooKeeper or Nacos nodes (STANDARD or PROFESSIONAL).",
    severity: "high",
    pillar: "reliability",
    service: "tse",
    fix: "For PolarisMesh set `engineProductVersion: PROFESSIONAL` with `engineNodeNum` 2 or 3 (BASE runs one node); for ZooKeeper or Nacos `STANDARD` (or ZooKeeper `PROFESSIONAL`) with `engineNodeNum` 3, 5 or 7 (TRIAL runs one node). The provider sets no zone per node: the service spreads them.",
    resources: ["tencentcloud_tse_instance"],
    config: NO_CONFIG,
    check(r) {
        const read = tseNodesOf(r.props);
        if (read === UNKNOWN || read === undefined) {
            return [];
        }
        const min = TSE_MIN_NODES[read.engine];
        if (read.nodes >= min) {
            return [];
        }
        const state = read.via
            ? `the ${prop("engineRegionInfos")} replicas add up to ${read.nodes}`
            : read.stated
              ? `${prop("engineNodeNum")} is ${read.nodes}`
              : `${prop("engineProductVersion")} is ${read.edition} (${read.nodes} node)`;
        const why = read.engine === "polarismesh" ? "so that a node outside the lost zone keeps serving" : "to keep a quorum when a zone is lost";
        return [`TSE instance (${read.engine}) must run at least ${min} nodes ${why}; ${state}.`];
    },
});

/** The TSE rules. */
export const tseRules = [tseInstanceNodeCount];
