/**
 * The three meanings of "tier" in zonesafe, each with its own name and vocabulary:
 * - a **network tier** is a band of subnets a ZonalNetwork carves (`public`, `app`, `data`);
 * - an **architecture tier** is the role a resource plays in the stack's topology (`access`,
 *   `compute`, `middleware`, `data`, `observability`, `network`); the AZ-failure simulation judges
 *   the first four ({@link SimulatedTier});
 * - a **data-tier class** is how much data loss a data tier tolerates (`critical`: zero RPO, strong
 *   sync; `standard`).
 */

/** The network tiers, in the order a ZonalNetwork carves their address ranges. */
export const NETWORK_TIERS = Object.freeze(["public", "app", "data"] as const);
/** A network tier: access (public), business (app), data. */
export type NetworkTier = (typeof NETWORK_TIERS)[number];

/** The architecture tiers a topology sorts resources into. */
export const ARCHITECTURE_TIERS = Object.freeze(["access", "compute", "middleware", "data", "observability", "network"] as const);
/** The architectural tier a resource serves. */
export type ArchitectureTier = (typeof ARCHITECTURE_TIERS)[number];

/** The architecture tiers the AZ-failure simulation judges, in report order. */
export const SIMULATED_TIERS = Object.freeze(["access", "compute", "middleware", "data"] as const satisfies readonly ArchitectureTier[]);
/** An architecture tier the AZ-failure simulation judges. */
export type SimulatedTier = (typeof SIMULATED_TIERS)[number];

/** The data-tier classes. */
export const DATA_TIER_CLASSES = Object.freeze(["critical", "standard"] as const);
/** How much data loss a data tier tolerates: `critical` means RPO 0 (strong sync). */
export type DataTierClass = (typeof DATA_TIER_CLASSES)[number];
/** The data-tier class that asks for zero RPO (strong sync). */
export const CRITICAL_DATA_TIER: DataTierClass = "critical";
