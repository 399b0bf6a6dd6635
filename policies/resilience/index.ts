/**
 * Resilience analysis of a stack: the AZ-failure simulation (RTO and RPO per tier for the loss of
 * each availability zone, judged against targets) and the event capacity check, as pure functions
 * over the topology model and as the pack's two stack policies.
 */
export * from "./capacity";
export * from "./estimates";
export * from "./kubernetes";
export * from "./model";
export * from "./policies";
export * from "./simulate";
