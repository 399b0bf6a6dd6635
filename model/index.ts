/**
 * The facts every layer of zonesafe shares, each defined once: regions and numeric zone ids, tag and
 * annotation keys, tiers, the wire-format sentinels and image pinning. Plain TypeScript with no
 * dependency: the components, the policy pack, the engine, the command and the reference stacks
 * import it, and it imports none of them.
 */
export * from "./alerts";
export * from "./cron";
export * from "./events";
export * from "./eventMetrics";
export * from "./images";
export * from "./keys";
export * from "./recovery";
export * from "./tags";
export * from "./tiers";
export * from "./wire";
export * from "./zones";
