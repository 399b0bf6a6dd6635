export { CIDR_LAYOUTS, CidrLayout, NetworkSubnet, SubnetPlan, IngressPlan, TIERS, Tier, ZonalNetwork, ZonalNetworkArgs, ZonalNetworkPlan, planZonalNetwork } from "./zonalNetwork";
