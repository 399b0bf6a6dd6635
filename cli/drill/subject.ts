/**
 * The drill subject of a stack: its zones with the resources in each, its MySQL instances, and the
 * AZ-failure simulation's estimates and targets, read from the pack's own topology and simulation (the
 * same model the report's resilience section uses). The planner (@zonesafe/drills) turns it into a plan.
 */
import type { DrillResourceKind } from "@zonesafe/drills/plan";
import type { DrillSubject, SubjectEstimates, SubjectResource, SubjectZone } from "@zonesafe/drills/subject";
import { parseZone, SIMULATED_TIERS } from "@zonesafe/model";
import type { StackRecord } from "@zonesafe/engine/types";
import { mysqlLayout } from "@zonesafe/policies/dataZones";
import {
    CKAFKA_ZONE_FAILOVER_SECONDS,
    CLB_ZONE_SWITCH_SECONDS,
    MONGODB_ELECTION_SECONDS,
    MYSQL_FAILOVER_SECONDS,
    REDIS_FAILOVER_SECONDS,
    WORKLOAD_MIGRATION_BUDGET_SECONDS,
} from "@zonesafe/policies/resilience/estimates";
import type { Simulation } from "@zonesafe/policies/resilience/model";
import { azFailureConfig, checkAzFailure } from "@zonesafe/policies/resilience/policies";
import type { Topology, TopologyNode } from "@zonesafe/policies/topology";
import { at, isPlainObject, str } from "@zonesafe/policies/values";
import { topologyOfStack } from "../stackTopology";

/** The estimates a plan states as hypotheses, each named as the AZ-failure model names it. */
export const DRILL_ESTIMATES: SubjectEstimates = {
    clbSwitch: { name: "CLB_ZONE_SWITCH_SECONDS", seconds: CLB_ZONE_SWITCH_SECONDS, detail: "an OPEN CLB switching from its master zone to its slave zone (source practice)" },
    podMigration: { name: "WORKLOAD_MIGRATION_BUDGET_SECONDS", seconds: WORKLOAD_MIGRATION_BUDGET_SECONDS, detail: "workloads moving off a failed node or zone (source practice)" },
    mysqlFailover: { name: "MYSQL_FAILOVER_SECONDS", seconds: MYSQL_FAILOVER_SECONDS, detail: "a three-node MySQL failing over to its replica in another zone (source practice)" },
    redisFailover: { name: "REDIS_FAILOVER_SECONDS", seconds: REDIS_FAILOVER_SECONDS, detail: "a multi-AZ Redis promoting a replica in another zone (estimate)" },
    mongodbElection: { name: "MONGODB_ELECTION_SECONDS", seconds: MONGODB_ELECTION_SECONDS, detail: "a MongoDB replica set electing a new primary (MongoDB manual)" },
    ckafkaFailover: { name: "CKAFKA_ZONE_FAILOVER_SECONDS", seconds: CKAFKA_ZONE_FAILOVER_SECONDS, detail: "a multi-zone CKafka moving its partition leaders to brokers in the surviving zones (estimate)" },
};

/** The topology kinds a drill acts on, as the plan names them. */
const DRILL_KINDS: Readonly<Record<string, DrillResourceKind>> = {
    clb: "clb",
    "tke-nodepool": "tke",
    workload: "workload",
    ckafka: "ckafka",
    mysql: "mysql",
    redis: "redis",
    mongodb: "mongodb",
};

/** A string value of a resource's property, when known. */
function known(node: TopologyNode, ...path: string[]): string | undefined {
    const v = str(at(node.props, ...path));
    return typeof v === "string" && v !== "" ? v : undefined;
}

/** The zone of a resource's primary (CLB: its master zone), when the properties say it. */
function primaryZoneOf(node: TopologyNode): string | undefined {
    switch (node.kind) {
        case "clb":
            return known(node, "masterZoneId") ?? known(node, "zoneId");
        case "mysql": {
            const primary = mysqlLayout(node.props).primary;
            return typeof primary === "string" ? primary : undefined;
        }
        case "redis":
            return known(node, "availabilityZone");
        case "mongodb":
            return known(node, "availableZone");
        default:
            return undefined;
    }
}

/** A workload's selector labels, when every one is known. */
function podLabelsOf(node: TopologyNode): Record<string, string> | undefined {
    const labels = at(node.props, "spec", "selector", "matchLabels");
    if (!isPlainObject(labels)) return undefined;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(labels)) {
        if (typeof v !== "string") return undefined;
        out[k] = v;
    }
    return out;
}

/** The subject resource of a topology node (a node pool stands for its cluster). */
function resourceOf(t: Topology, node: TopologyNode, kind: DrillResourceKind, zones: readonly string[]): SubjectResource {
    const subject = kind === "tke" ? (t.clusterOf(node) ?? node) : node;
    const id = subject.ids[0];
    const primaryZone = primaryZoneOf(node);
    const cluster = kind === "workload" || kind === "tke" ? t.clusterOf(node) : undefined;
    const namespace = kind === "workload" ? (known(node, "metadata", "namespace") ?? "default") : undefined;
    const podLabels = kind === "workload" ? podLabelsOf(node) : undefined;
    return {
        kind,
        urn: subject.urn,
        name: subject.name,
        ...(id !== undefined ? { id } : {}),
        zones: [...zones],
        ...(primaryZone !== undefined ? { primaryZone } : {}),
        ...(namespace !== undefined ? { namespace } : {}),
        ...(podLabels !== undefined ? { podLabels } : {}),
        ...(cluster !== undefined ? { cluster: cluster.urn } : {}),
    };
}

/** The drill subject of a stack from its topology and simulation. */
export function drillSubjectOf(stack: Pick<StackRecord, "project" | "stack">, topology: Topology, simulation: Simulation, source: "program" | "state"): DrillSubject {
    const zones: SubjectZone[] = simulation.disruptions.map((d) => {
        const figures: Record<string, { rtoSeconds: number | null; rpoSeconds: number | null }> = {};
        const tiers = SIMULATED_TIERS.map((tier) => {
            const seen = new Set<string>();
            const resources: SubjectResource[] = [];
            for (const outcome of d.tiers.find((x) => x.tier === tier)?.resources ?? []) {
                const kind = DRILL_KINDS[outcome.kind];
                const node = topology.byUrn(outcome.urn);
                figures[outcome.urn] = { rtoSeconds: outcome.rtoSeconds, rpoSeconds: outcome.rpoSeconds };
                if (kind === undefined || node === undefined || !outcome.affected) continue;
                const resource = resourceOf(topology, node, kind, outcome.zones);
                if (seen.has(resource.urn)) continue;
                seen.add(resource.urn);
                resources.push(resource);
                if (resource.urn !== outcome.urn) figures[resource.urn] = figures[outcome.urn];
            }
            return { tier, resources };
        }).filter((t) => t.resources.length > 0);
        return { zone: d.zone, tiers, simulated: { rtoSeconds: d.rtoSeconds, rpoSeconds: d.rpoSeconds, status: d.status, resources: figures } };
    });
    const mysql = topology.ofKind("mysql").map((node) => {
        const layout = mysqlLayout(node.props);
        const nodeZones = [layout.primary, ...layout.standbys].filter((z): z is string => typeof z === "string");
        return resourceOf(topology, node, "mysql", [...new Set(nodeZones)].sort());
    });
    const first = simulation.zones.map((z) => parseZone(z)).find((p) => p !== undefined);
    return {
        project: stack.project,
        stack: stack.stack,
        source,
        region: first?.region ?? null,
        targets: { rtoSeconds: simulation.targets.rtoSeconds, rpoSecondsData: simulation.targets.rpoSecondsData },
        estimates: DRILL_ESTIMATES,
        zones,
        mysql,
    };
}

/**
 * The drill subject of a stack's records: the topology the report uses, and the AZ-failure simulation
 * with the AZ-failure policy's configuration (`rtoSeconds`, `rpoSecondsData`; missing keys take their
 * defaults).
 */
export function drillSubjectOfStack(stack: StackRecord, source: "program" | "state", azFailure: Record<string, unknown> = {}): DrillSubject {
    const topology = topologyOfStack(stack);
    const simulation = checkAzFailure(topology, azFailureConfig.parse(azFailure)).simulation;
    return drillSubjectOf(stack, topology, simulation, source);
}
