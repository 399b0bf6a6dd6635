/**
 * zonesafe components: multi-AZ building blocks for Tencent Cloud whose defaults are the highly
 * available layout and which refuse an unsafe one, listing every problem at once.
 */
export * from "./network";
export * from "./loadbalancer";
export * from "./kubernetes";
export * from "./database";
export * from "./messaging";
export * from "./scaling";
export * from "./monitoring";
export * from "./chaos";
export { AlarmTarget, AlarmTargetKind, Tags, ZonalSubnet } from "./types";
export { ClusterLike, NetworkLike, NetworkTierIds, NetworkTierSubnets, NodeGuardLike, NodePoolLike, ScalingGroupLike, WorkloadLike, WorkloadZonesPlan, ZonesPlan } from "./compose";
export { ComponentArgsError, Problem } from "./errors";
export * as zones from "./zones";
export * as defaults from "./defaults";
