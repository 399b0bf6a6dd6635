/**
 * Types shared by several components: subnets known by zone, tags, and the target of node alarms.
 */
import * as pulumi from "@pulumi/pulumi";

/** What the instances NodeAlarms watch belong to. */
export const AlarmTargetKind = { NODE_POOL: "nodePool", SCALING_GROUP: "scalingGroup" } as const;
/** What the instances NodeAlarms watch belong to. */
export type AlarmTargetKind = (typeof AlarmTargetKind)[keyof typeof AlarmTargetKind];

/**
 * A subnet and the zone it lives in. Components that place nodes by subnet id take these, so that
 * the zone plan is known when the component is constructed even though the id is an output.
 */
export interface ZonalSubnet {
    /** The subnet's availability zone, e.g. `ap-guangzhou-3`. */
    zone: string;
    /** The subnet's id, e.g. a `Subnet.id` created in the same program. */
    subnetId: pulumi.Input<string>;
}

/** Resource tags: plain keys, values that may be outputs. */
export type Tags = Record<string, pulumi.Input<string>>;

// The tag keys components write (the component, a resource's zone, a subnet's or security group's
// tier, the pool of a node pool's or scaling group's instances) are the shared model's.
export { COMPONENT_TAG, POOL_TAG, TIER_TAG, ZONE_TAG } from "@zonesafe/model";

/**
 * The instances NodeAlarms watch: every CVM carrying tag `tagKey=tagValue`. ZonalNodePool and
 * ElasticScalingGroup tag their instances and expose one of these as `alarmTarget`.
 */
export interface AlarmTarget {
    /** What the instances belong to. */
    kind: AlarmTargetKind;
    /** The node pool's or scaling group's component name. */
    name: string;
    /** The tag key on every instance. */
    tagKey: string;
    /** The tag value on every instance. */
    tagValue: string;
    /** The zones the instances spread over. */
    zones: string[];
}

/** Merges user tags with the component's own (the component's keys win). */
export function mergeTags(user: Tags | undefined, own: Record<string, string>): Tags {
    return { ...(user ?? {}), ...own };
}
