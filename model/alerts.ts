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

/** Faulty nodes at which the node guard stops removing and pages a person, unless configured otherwise. */
export const NODE_GUARD_DEFAULT_LIMIT = 3;
/** The smallest limit the guard policy accepts: at 1 the guard would never remove a node. */
export const NODE_GUARD_MIN_LIMIT = 2;
/** The largest limit the guard policy accepts: beyond it an outage with a common cause is met by removing nodes. */
export const NODE_GUARD_MAX_LIMIT = 5;
/** The port the node guard listens on when deployed by zonesafe's component. */
export const NODE_GUARD_PORT = 9095;
/** The guard's path for Alertmanager's webhook (version 4). */
export const NODE_GUARD_ALERTMANAGER_PATH = "/alertmanager";
/** The guard's path for Tencent Cloud Monitor's alarm callbacks. */
export const NODE_GUARD_CLOUD_MONITOR_PATH = "/cloud-monitor";
/** The Kubernetes label (`app.kubernetes.io/name`) on the guard's objects, by which tools find a deployed guard. */
export const NODE_GUARD_APP = "zonesafe-node-guard";
/** The key of the guard's configuration file in its ConfigMap. */
export const NODE_GUARD_CONFIG_KEY = "node-guard.yaml";
/** The type token of the component that deploys the guard (`@zonesafe/components`' NodeFaultAutomation); its children's URNs carry it. */
export const NODE_GUARD_COMPONENT_TYPE = "zonesafe:monitoring:NodeFaultAutomation";
/** The annotation on the guard's Deployment that declares its limit, read by the guard-limit policy. */
export const NODE_GUARD_LIMIT_ANNOTATION = "zonesafe.io/node-guard-limit";
