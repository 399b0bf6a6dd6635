/**
 * The tag, annotation and configuration keys zonesafe writes and reads: the components and the
 * reference stacks set them, the policy pack and the command read them.
 */

/** The tag key naming the component that created a resource. */
export const COMPONENT_TAG = "zonesafe:component";
/** The tag key naming a resource's zone. */
export const ZONE_TAG = "zonesafe:zone";
/**
 * The tag key naming a resource's tier: a subnet's or security group's network tier
 * ({@link NetworkTier}), or the group a standalone CVM belongs to (the pack groups instances by it).
 */
export const TIER_TAG = "zonesafe:tier";
/** The tag key carried by every instance of a node pool or scaling group; alarm policies bind by it. */
export const POOL_TAG = "zonesafe:pool";
/** The tag key naming the stack a resource belongs to. */
export const STACK_TAG = "zonesafe:stack";
/** The tag key naming the reference blueprint that built a resource. */
export const BLUEPRINT_TAG = "zonesafe:blueprint";
/** The tag key naming the business a resource serves (the beacon blueprint's clusters). */
export const BUSINESS_TAG = "zonesafe:business";
/** The tag key naming the cluster a resource belongs to (the beacon blueprint's clusters). */
export const CLUSTER_TAG = "zonesafe:cluster";
/** The stack tag, stack configuration key and resource tag that declare a stack's environment. */
export const ENVIRONMENT_KEY = "zonesafe:environment";
/**
 * The stack tag, stack configuration key and resource tag that declare a data tier's class
 * ({@link DataTierClass}): `critical` asks for zero RPO.
 */
export const DATA_TIER_KEY = "zonesafe:data-tier";
/** The stack configuration key holding the beacon blueprint's sizing (JSON), peak figures included. */
export const BEACON_CONFIG_KEY = "zonesafe:beacon";
/** The tag key prefix of a waiver on a Tencent Cloud resource: `zonesafe:waive:<policy-name>`. */
export const WAIVER_TAG_PREFIX = "zonesafe:waive:";
/** The annotation key prefix of a waiver on a Kubernetes object: `zonesafe.io/waive.<policy-name>`. */
export const WAIVER_ANNOTATION_PREFIX = "zonesafe.io/waive.";
/**
 * The annotation of a Kubernetes workload that must run exactly one pod (a controller whose state
 * would be acted on twice by two replicas), its value the reason. A Deployment that declares it,
 * runs one replica and replaces its pod with the `Recreate` strategy is a singleton by design: the
 * pack's replica rule does not ask it for two.
 */
export const SINGLETON_ANNOTATION = "zonesafe.io/singleton";
