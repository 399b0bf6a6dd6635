/**
 * @zonesafe/node-guard: the service that takes single-node fault alerts and removes faulty nodes from
 * service while fewer than the limit are faulty, pages at the limit, and restores recovered nodes.
 */
export { COMMON_CAUSE_REASON, decide, DEFAULT_LIMIT, emptyState, faultyNodes, firingOf } from "./core";
export type { CommonCauseEvent, DecideOptions, GuardAction, GuardEvent, GuardState, NodeAlertEvent, OpenPage } from "./core";
export { BACKEND_KINDS, checkConfig, ConfigError, DEFAULT_LISTEN, loadConfig, SECRET_ID_ENV, SECRET_KEY_ENV } from "./config";
export type { GuardConfig } from "./config";
export { alertmanagerEvents, canonicalTime, cloudMonitorEvents, COMMON_CAUSE, FAULT_LABEL, hostOf, PayloadError, SINGLE_NODE } from "./events";
export type { RawEvent } from "./events";
export { ClbBackend } from "./clb";
export type { ClbBackendConfig } from "./clb";
export { PolarisBackend, POLARIS_TOKEN_ENV } from "./polaris";
export type { PolarisBackendConfig } from "./polaris";
export { KUBERNETES_TOKEN_ENV } from "./kubeApi";
export { TkeBackend } from "./tke";
export type { TkeBackendConfig } from "./tke";
export { TseBackend } from "./tse";
export type { TseBackendConfig } from "./tse";
export type { Backend, NodeTarget } from "./backend";
export { jsonLogger, NodeGuard, withoutCredentials } from "./guard";
export type { Logger } from "./guard";
export { authorized, createServer, MAX_BODY_BYTES } from "./server";
export { main, startGuard } from "./main";
export type { RunningGuard } from "./main";
export { initialState, savedTargetsOf, StateStore, STATE_VERSION } from "./store";
export type { PersistedState, SavedTarget } from "./store";
