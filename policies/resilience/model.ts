/**
 * The shape of the AZ-failure simulation's result, after Resilience Hub's `DisruptionCompliance`:
 * per disruption (the loss of one availability zone), per tier, per resource, whether it keeps
 * serving, the capacity left, the estimated recovery time (RTO) and data loss (RPO), and why; then
 * the stack's RTO and RPO (its worst tier's) and whether they meet the targets. Every figure is an
 * estimate computed from the plan (see estimates.ts), not a measurement.
 */

import { SIMULATED_TIERS, SimulatedTier } from "@zonesafe/model";

/** The tiers the simulation judges, in report order (the shared model's `SimulatedTier`). */
export type SimTier = SimulatedTier;

/** Every judged tier, in report order. */
export const SIM_TIERS: readonly SimTier[] = SIMULATED_TIERS;

/** Whether a disruption meets the targets, as Resilience Hub reports a policy's compliance. */
export type ComplianceStatus = "met" | "breached" | "undetermined" | "not-applicable";

/** What happens to one resource (or one group of interchangeable resources) when a zone is lost. */
export interface ResourceOutcome {
    /** The resource judged; for a group of interchangeable backends, the first member. */
    readonly urn: string;
    /** Its logical name (or the group's). */
    readonly name: string;
    /** How messages name it: kind and name (`MySQL instance orders-db`). */
    readonly title: string;
    /** The topology kind (`mysql`, `workload`, …) or `cvm-group` for CVMs behind one CLB attachment. */
    readonly kind: string;
    readonly tier: SimTier;
    /** The zones it occupies. */
    readonly zones: readonly string[];
    /** Every resource the outcome stands for (the resource itself, or every member of the group). */
    readonly members: readonly string[];
    /** Whether the lost zone is one of its zones. */
    readonly affected: boolean;
    /** Whether it keeps serving (at its required capacity) once its automatic recovery completes. */
    readonly survives: boolean;
    /** The share of its serving capacity left when its recovery completes, before new capacity is provisioned (0–1). */
    readonly capacityLeft: number;
    /** Estimated seconds until it serves again; `null` when it does not survive (no bound). */
    readonly rtoSeconds: number | null;
    /** Estimated seconds of committed data lost; 0 for stateless resources; `null` when it does not survive. */
    readonly rpoSeconds: number | null;
    /** Whether the data-tier RPO target applies to it (databases of record, unless tagged `zonesafe:data-tier: standard`; not caches). */
    readonly heldToRpo: boolean;
    /** Whether every fact the verdict needs was known (false during a preview that leaves zones unknown). */
    readonly complete: boolean;
    /** Why: names the resource and the cause. */
    readonly reason: string;
}

/** One tier under one disruption: its resources and its worst figures. */
export interface TierOutcome {
    readonly tier: SimTier;
    /** Whether every resource of the tier survives. */
    readonly survives: boolean;
    /** The least capacity left among its resources (1 when it has none). */
    readonly capacityLeft: number;
    /** The worst RTO among its resources; `null` when one does not survive. */
    readonly rtoSeconds: number | null;
    /** The worst RPO among its resources; `null` when one does not survive. */
    readonly rpoSeconds: number | null;
    readonly resources: readonly ResourceOutcome[];
}

/** The targets a disruption is judged against. */
export interface ResilienceTargets {
    /** The stack's RTO target for the loss of one zone, seconds. */
    readonly rtoSeconds: number;
    /** The data tier's RPO target, seconds. */
    readonly rpoSecondsData: number;
}

/** The loss of one availability zone. */
export interface DisruptionOutcome {
    /** The disruption type, as Resilience Hub names it. */
    readonly type: "AZ";
    /** The zone lost. */
    readonly zone: string;
    readonly tiers: readonly TierOutcome[];
    /** The stack's estimated RTO: its worst tier's; `null` when a tier does not survive. */
    readonly rtoSeconds: number | null;
    /** The worst RPO among the resources held to the data-tier target; `null` when one does not survive. */
    readonly rpoSeconds: number | null;
    readonly status: ComplianceStatus;
    /** Resources that go down with the zone (every zone they occupy is lost). */
    readonly down: readonly string[];
    /** Resources that lose part of their zones but keep at least one. */
    readonly degraded: readonly string[];
    /** One line per unmet target, naming the resource and the figures. */
    readonly breaches: readonly string[];
}

/** The whole simulation. */
export interface Simulation {
    /** Always true: every figure is an estimate from the plan. */
    readonly estimate: true;
    readonly targets: ResilienceTargets;
    /** Every zone a judged resource occupies, sorted; one disruption each. */
    readonly zones: readonly string[];
    readonly disruptions: readonly DisruptionOutcome[];
    /** The stack's RTO for the loss of any one zone: the worst disruption's; `null` when one has no bound. */
    readonly rtoSeconds: number | null;
    /** The stack's RPO for the loss of any one zone: the worst disruption's; `null` when one has no bound. */
    readonly rpoSeconds: number | null;
    /** `breached` when a disruption is; `met` when all are; `not-applicable` when no resource has a zone. */
    readonly status: ComplianceStatus;
}

/** "30 s", "2 min 5 s", "unbounded". */
export function formatSeconds(seconds: number | null): string {
    if (seconds === null) {
        return "unbounded";
    }
    if (seconds < 60) {
        return `${Math.round(seconds * 10) / 10} s`;
    }
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds - minutes * 60);
    return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** The larger of two bounds, where `null` (no bound) is the largest. */
export function worse(a: number | null, b: number | null): number | null {
    return a === null || b === null ? null : Math.max(a, b);
}
