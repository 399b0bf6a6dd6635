/**
 * The two resilience stack policies of the pack: their names, configurations and descriptions, and
 * their pure check functions over the topology (the evaluation core runs these; the CrossGuard
 * policies over a pack's runtime are in ../stack/resilience.ts).
 *
 * - `zonesafe-az-failure-simulation`: every availability zone of the stack is taken away in turn;
 *   a resource that does not come back, or comes back later than the RTO target, or (in the data
 *   tier) loses more data than the RPO target, is reported with the estimate and its cause.
 * - `zonesafe-event-capacity`: with a peak configured (or declared by the stack's `zonesafe:beacon`
 *   configuration), the scaling groups and autoscalers must reach the capacity it needs.
 *
 * Neither policy runs inside the health score: the score already counts the single-AZ rules these
 * simulations are built from, and a simulation repeats them at stack scale.
 */
import { EVENTS_CONFIG_KEY, readEvents } from "@zonesafe/model";
import { defineConfig, integer, number, Option, stringList } from "../config";
import type { Topology } from "../topology";
import { CapacityReport, checkEventCapacity, PeakConfig, resolvePeak } from "./capacity";
import { formatSeconds, Simulation } from "./model";
import { breachesOf, DEFAULT_RPO_EXEMPT_KINDS, DEFAULT_TARGETS, simulateAzFailures } from "./simulate";

/** The name of the AZ-failure simulation policy. */
export const AZ_FAILURE_POLICY = "zonesafe-az-failure-simulation";
/** The name of the event capacity policy. */
export const EVENT_CAPACITY_POLICY = "zonesafe-event-capacity";

/** A string option (the pack's config module offers numbers, booleans and lists). */
function text(args: { default: string; description: string }): Option<string> {
    return {
        schema: { type: "string", default: args.default, description: args.description },
        defaultValue: args.default,
        parse: (raw) => (typeof raw === "string" ? raw : undefined),
    };
}

/** The AZ-failure simulation's configuration: the targets. */
export const azFailureConfig = defineConfig({
    rtoSeconds: integer({ default: DEFAULT_TARGETS.rtoSeconds, minimum: 0, description: "The stack's recovery time objective for the loss of one availability zone, seconds (source practice: 15 minutes)." }),
    rpoSecondsData: number({ default: DEFAULT_TARGETS.rpoSecondsData, minimum: 0, description: "The data tier's recovery point objective, seconds of committed data that may be lost (source practice: 0 for critical data)." }),
    rpoExemptKinds: stringList({
        default: [...DEFAULT_RPO_EXEMPT_KINDS],
        description: "Data-tier kinds (`mysql`, `mongodb`, `redis`) whose RPO is reported but not held to `rpoSecondsData` (caches). Resources tagged `zonesafe:data-tier: standard` are not held to it either.",
    }),
});

/** The event capacity check's configuration: the peak and what one unit serves. */
export const eventCapacityConfig = defineConfig({
    peakQps: number({ default: 0, minimum: 0, description: "The peak to absorb, requests per second; 0 takes the stack's `zonesafe:beacon` `peakQps`, and without one the check does not run." }),
    qpsPerInstance: number({ default: 0, minimum: 0, description: "Requests per second one Auto Scaling instance serves at its scale-out threshold; 0: not checked (or the stack's `zonesafe:beacon` figure)." }),
    qpsPerReplica: number({ default: 0, minimum: 0, description: "Requests per second one pod replica serves at its autoscaler's target; 0: not checked." }),
    qpsPerNode: number({ default: 0, minimum: 0, description: "Requests per second one TKE node serves; 0: not checked." }),
    eventStart: text({ default: "", description: "When the event starts (ISO 8601, e.g. `2026-11-11T00:00:00+08:00`); a scheduled scale-out must start before it. Empty: not checked." }),
    backendLimit: integer({ default: 1000, minimum: 1, description: "Backends the load-balancing gateway accepts per region; no scaling group counts beyond it." }),
});

/** The metadata of the AZ-failure simulation policy (for the pack's metadata table). */
export const azFailureSimulationInfo = {
    name: AZ_FAILURE_POLICY,
    description:
        "Checks whether the stack survives the loss of any one availability zone within its targets: each zone is taken away in turn and every CLB, node pool, workload, scaling group, CVM, CKafka, MySQL, Redis and MongoDB resource must keep serving with an estimated RTO within `rtoSeconds` (15 minutes by default) and, in the data tier, an estimated RPO within `rpoSecondsData` (0 by default).",
    severity: "high",
    pillar: "reliability",
    service: "zonesafe",
    fix: "Give each reported resource a presence in a second zone: a CLB slave zone, node pools and scaling groups over subnets in several zones, workloads not pinned to one zone, three-node MySQL with strong sync for zero RPO, Redis and CKafka replicas in other zones, MongoDB over three zones. The message names the zone, the cause and the estimate.",
} as const;

/** The metadata of the event capacity policy (for the pack's metadata table). */
export const eventCapacityInfo = {
    name: EVENT_CAPACITY_POLICY,
    description:
        "Checks whether, for a configured peak (QPS, and what one instance, replica or node serves), every scaling group and autoscaler can reach the capacity the peak needs within its maximum and the gateway's backend limit, and whether a scheduled scale-out starts before the event.",
    severity: "high",
    pillar: "reliability",
    service: "zonesafe",
    fix: "Raise `maxSize`/`maxReplicas` (up to the backend limit of 1000 per region, then split by business, then by region, then add a cluster), add a scale-out policy to groups that have none, and move a scheduled scale-out's `startTime` before the event.",
} as const;

/** What the AZ-failure check found. */
export interface AzFailureResult {
    readonly simulation: Simulation;
    readonly violations: ReadonlyArray<{ readonly urn: string; readonly message: string }>;
}

/** Runs the simulation with a policy configuration and turns every complete breach into one violation per resource. */
export function checkAzFailure(t: Topology, config: typeof azFailureConfig.defaults): AzFailureResult {
    return t.derive("az-failure", config, () => simulateAzFailure(t, config));
}

function simulateAzFailure(t: Topology, config: typeof azFailureConfig.defaults): AzFailureResult {
    const targets = { rtoSeconds: config.rtoSeconds, rpoSecondsData: config.rpoSecondsData };
    const simulation = simulateAzFailures(t, { targets, rpoExemptKinds: config.rpoExemptKinds });
    const byUrn = new Map<string, { label: string; zones: string[]; lines: string[] }>();
    for (const d of simulation.disruptions) {
        for (const tier of d.tiers) {
            for (const o of tier.resources) {
                const lines = o.complete ? breachesOf(o, targets) : [];
                if (lines.length === 0) {
                    continue;
                }
                const entry = byUrn.get(o.urn) ?? { label: o.title, zones: [], lines: [] };
                entry.zones.push(d.zone);
                entry.lines.push(...lines.map((l) => `losing ${d.zone}: ${l}`));
                byUrn.set(o.urn, entry);
            }
        }
    }
    const goal = `RTO ${formatSeconds(targets.rtoSeconds)}, data-tier RPO ${formatSeconds(targets.rpoSecondsData)}`;
    const violations = [...byUrn.entries()].map(([urn, e]) => ({
        urn,
        message: `${e.label} must survive the loss of ${e.zones.length === 1 ? `availability zone ${e.zones[0]}` : `availability zones ${e.zones.join(", ")} (one at a time)`} within the stack's targets (${goal}); estimated: ${e.lines.join(" ")}`,
    }));
    return { simulation, violations };
}

/** Runs the event capacity check with a policy configuration and the stack's own configuration. */
export function checkCapacity(t: Topology, config: typeof eventCapacityConfig.defaults, stackConfig: Readonly<Record<string, string>>): CapacityReport {
    return t.derive("event-capacity", [config, stackConfig], () => checkPeak(t, config, stackConfig));
}

function checkPeak(t: Topology, config: typeof eventCapacityConfig.defaults, stackConfig: Readonly<Record<string, string>>): CapacityReport {
    const peak: PeakConfig = resolvePeak(
        {
            peakQps: config.peakQps,
            qpsPerInstance: config.qpsPerInstance,
            qpsPerReplica: config.qpsPerReplica,
            qpsPerNode: config.qpsPerNode,
            eventStart: config.eventStart,
            backendLimit: config.backendLimit,
        },
        stackConfig,
    );
    // The policy's own peak is one check; else each event the stack declares (zonesafe:events) is one.
    return checkEventCapacity(t, peak, config.peakQps > 0 ? [] : readEvents(stackConfig[EVENTS_CONFIG_KEY]).events);
}
