/**
 * The labels of zonesafe's single-node fault alerts: the alert rules (`@zonesafe/components`'
 * `planAlertRules`) put them on every alert, and the node guard (`@zonesafe/node-guard`) acts on the
 * alerts that carry them.
 */

/** The label that marks a single-node fault alert, or the common-cause alert. */
export const FAULT_LABEL = "zonesafe_fault";
/** {@link FAULT_LABEL}'s value on the alerts of one node's fault: the guard removes the node while fewer than its limit are faulty. */
export const SINGLE_NODE_FAULT = "single-node";
/** {@link FAULT_LABEL}'s value on the common-cause alert (many nodes at once): nothing is removed while it fires. */
export const COMMON_CAUSE_FAULT = "common-cause";
/** The label naming the faulty node: the host part of the series' `instance`. */
export const NODE_LABEL = "node";
/** The label naming the fault item of an alert (`cpu`, `memory`, `network`, `disk`, `agent`, `queue`, `send-success`). */
export const ITEM_LABEL = "zonesafe_item";
/** The name of the common-cause alert. */
export const COMMON_CAUSE_ALERT = "ZonesafeCommonCause";
