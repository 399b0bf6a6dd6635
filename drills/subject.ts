/**
 * The drill subject: the small input the planner needs, built by the caller from a stack's topology
 * and its AZ-failure simulation (the `zonesafe` command does it in its drill module). It holds no
 * figure of its own: every expected value arrives here from the simulation's estimates and targets.
 */

import type { SimulatedTier } from "@zonesafe/model";
import type { DrillResourceKind } from "./plan";

/** A resource a drill may act on. */
export interface SubjectResource {
    readonly kind: DrillResourceKind;
    readonly urn: string;
    readonly name: string;
    /** Its cloud id (`cdb-…`, `lb-…`, `cls-…`, `crs-…`) when the state knows it. */
    readonly id?: string;
    /** The zones it occupies. */
    readonly zones: readonly string[];
    /** The zone of its primary (MySQL, Redis, MongoDB) or master zone (CLB), when known. */
    readonly primaryZone?: string;
    /** A workload's namespace. */
    readonly namespace?: string;
    /** A workload's pod labels (its selector's `matchLabels`). */
    readonly podLabels?: Readonly<Record<string, string>>;
    /** The URN of the TKE cluster a workload or node pool belongs to. */
    readonly cluster?: string;
}

/** One estimate the hypotheses take their expected value from. */
export interface SubjectEstimate {
    /** Its name in the AZ-failure model, e.g. `CLB_ZONE_SWITCH_SECONDS`. */
    readonly name: string;
    readonly seconds: number;
    /** Where the figure comes from, in words. */
    readonly detail: string;
}

/** The estimates a plan states as hypotheses. */
export interface SubjectEstimates {
    readonly clbSwitch: SubjectEstimate;
    readonly podMigration: SubjectEstimate;
    readonly mysqlFailover: SubjectEstimate;
    readonly redisFailover: SubjectEstimate;
    readonly mongodbElection: SubjectEstimate;
    readonly ckafkaFailover: SubjectEstimate;
}

/** The simulation's figures for one resource when a zone is lost. */
export interface SimulatedFigures {
    readonly rtoSeconds: number | null;
    readonly rpoSeconds: number | null;
}

/** One zone: the tiers present there with their resources, and what the simulation estimated for its loss. */
export interface SubjectZone {
    readonly zone: string;
    /** The tiers with at least one resource in the zone, in report order. */
    readonly tiers: ReadonlyArray<{ readonly tier: SimulatedTier; readonly resources: readonly SubjectResource[] }>;
    readonly simulated: {
        /** The stack's estimated RTO for this zone's loss; `null` when a tier does not survive. */
        readonly rtoSeconds: number | null;
        /** The worst estimated RPO among the resources held to the data-tier target. */
        readonly rpoSeconds: number | null;
        /** The simulation's verdict (`met`, `breached`, `undetermined`, `not-applicable`). */
        readonly status: string;
        /** Per resource URN. */
        readonly resources: Readonly<Record<string, SimulatedFigures>>;
    };
}

/** What the planner plans from. */
export interface DrillSubject {
    readonly project: string;
    readonly stack: string;
    /** Planned from a program run offline, or from a state file (cloud ids known). */
    readonly source: "program" | "state";
    /** The region the zones name, or `null`. */
    readonly region: string | null;
    readonly targets: { readonly rtoSeconds: number; readonly rpoSecondsData: number };
    readonly estimates: SubjectEstimates;
    /** Every zone a judged resource occupies, sorted. */
    readonly zones: readonly SubjectZone[];
    /** The MySQL instances (two data drills each). */
    readonly mysql: readonly SubjectResource[];
}
