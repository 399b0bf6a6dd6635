/**
 * Alert deliveries read into the core's events: Alertmanager's webhook (version 4) and its API's
 * active alerts, and Tencent Cloud Monitor's alarm callback. A payload of another shape is refused with
 * a message saying what was expected. Nodes are named as the alert names them (an IP, a host name or an
 * instance id); the service matches them to the backend's nodes.
 */

import { COMMON_CAUSE_FAULT as COMMON_CAUSE, FAULT_LABEL, NODE_LABEL, SINGLE_NODE_FAULT as SINGLE_NODE } from "@zonesafe/model";

/** The alert labels the guard reads, from `@zonesafe/model` (the alert rules put them on every alert). */
export { COMMON_CAUSE, FAULT_LABEL, SINGLE_NODE };

/** An event before its node is matched to the backend's nodes. */
export interface RawEvent {
    kind: "node" | "common-cause";
    key: string;
    alert: string;
    startsAt: string;
    status: "firing" | "resolved";
    /** How the alert names its node (for node events). */
    nodeRef?: string;
}

/** A payload the guard cannot read; the server answers 400 with the message. */
export class PayloadError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The host part of an `instance` label (`10.0.0.1:9100`, `[fd00::1]:9100`, `node-1`). */
export function hostOf(instance: string): string {
    const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(instance);
    if (bracket) return bracket[1];
    const colons = instance.split(":").length - 1;
    return colons === 1 ? instance.slice(0, instance.lastIndexOf(":")) : instance;
}

/**
 * One text per instant, whoever wrote it: Alertmanager's webhook writes times in RFC 3339 with up to
 * nine fractional digits, trailing zeros trimmed (`…:18.93Z`), its API with three (`…:18.930Z`); both
 * become UTC with the fraction's trailing zeros trimmed, nanoseconds kept. Other text is kept as it is.
 */
export function canonicalTime(text: string): string {
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i.exec(text);
    if (!m) return text;
    const ms = Date.parse(`${m[1]}${m[3].toUpperCase()}`);
    if (Number.isNaN(ms)) return text;
    const fraction = (m[2] ?? "").padEnd(9, "0").replace(/0+$/, "");
    return `${new Date(ms).toISOString().slice(0, 19)}${fraction === "" ? "" : `.${fraction}`}Z`;
}

/** A stable text of a label set (sorted), Alertmanager's identity of an alert when it gives no fingerprint. */
function labelIdentity(labels: Record<string, string>): string {
    return Object.keys(labels)
        .sort()
        .map((k) => `${k}=${JSON.stringify(labels[k])}`)
        .join(",");
}

/**
 * One Alertmanager alert (webhook or API v2 shape) as an event; undefined for an alert the guard does
 * not act on (no `zonesafe_fault` label of a known value, or no node).
 */
export function alertEvent(alert: unknown, where: string, statusOverride?: "firing" | "resolved"): RawEvent | undefined {
    if (!isObject(alert) || !isObject(alert.labels)) throw new PayloadError(`${where} must be an object with \`labels\``);
    const labels = alert.labels as Record<string, unknown>;
    for (const [k, v] of Object.entries(labels)) if (typeof v !== "string") throw new PayloadError(`${where}.labels.${k} must be a string`);
    const status = statusOverride ?? alert.status;
    if (status !== "firing" && status !== "resolved") throw new PayloadError(`${where}.status must be "firing" or "resolved"; got ${JSON.stringify(status)}`);
    if (typeof alert.startsAt !== "string") throw new PayloadError(`${where}.startsAt must be a timestamp string`);
    const fault = labels[FAULT_LABEL];
    if (fault !== SINGLE_NODE && fault !== COMMON_CAUSE) return undefined;
    const alertId = typeof alert.fingerprint === "string" && alert.fingerprint !== "" ? alert.fingerprint : labelIdentity(labels as Record<string, string>);
    // The webhook and the API write the same startsAt differently: one text, so an episode is one episode.
    const startsAt = canonicalTime(alert.startsAt);
    const base = { alert: `am:${alertId}`, startsAt, status, key: `am:${alertId}|${status}|${startsAt}` } as const;
    if (fault === COMMON_CAUSE) return { kind: "common-cause", ...base };
    const nodeRef = (labels[NODE_LABEL] as string | undefined) ?? (typeof labels.instance === "string" ? hostOf(labels.instance) : undefined);
    if (nodeRef === undefined || nodeRef === "") return undefined;
    return { kind: "node", ...base, nodeRef };
}

/** The events of an Alertmanager webhook (version 4) payload. */
export function alertmanagerEvents(body: unknown): RawEvent[] {
    if (!isObject(body) || !Array.isArray(body.alerts)) throw new PayloadError("an Alertmanager webhook payload must be an object with an `alerts` list (webhook version 4)");
    if (body.version !== undefined && body.version !== "4") throw new PayloadError(`this guard reads Alertmanager webhook version 4; got version ${JSON.stringify(body.version)}`);
    return body.alerts.flatMap((a, i) => alertEvent(a, `alerts[${i}]`) ?? []);
}

/**
 * The events of a Tencent Cloud Monitor alarm callback. The documented shape ("Alarm Callback
 * Description", https://www.tencentcloud.com/document/product/248/38919):
 * `{ sessionId, alarmStatus: "1" | "0" (alarmed / resolved, a string or a number), alarmType: "metric" | "event",
 * alarmObjInfo: { region, namespace, dimensions: { unInstanceId, objId, ... } },
 * alarmPolicyInfo: { policyId, policyName, conditions: { metricName, ... } | eventName ... }, firstOccurTime, durationTime, recoverTime }`.
 * The node is the CVM's `unInstanceId` (else an `ip` dimension); the alert is policy + metric (or event) + node;
 * the episode starts at `firstOccurTime`.
 */
export function cloudMonitorEvents(body: unknown): RawEvent[] {
    if (!isObject(body) || typeof body.sessionId !== "string" || !isObject(body.alarmObjInfo)) {
        throw new PayloadError("a Cloud Monitor alarm callback must be an object with `sessionId`, `alarmStatus` and `alarmObjInfo`");
    }
    const code = String(body.alarmStatus);
    if (code !== "1" && code !== "0") throw new PayloadError(`alarmStatus must be 1 (alarmed) or 0 (resolved); got ${JSON.stringify(body.alarmStatus)}`);
    const status = code === "1" ? "firing" : "resolved";
    const dims = body.alarmObjInfo.dimensions;
    if (!isObject(dims)) throw new PayloadError("alarmObjInfo.dimensions must be an object naming the instance (unInstanceId)");
    const nodeRef = typeof dims.unInstanceId === "string" ? dims.unInstanceId : typeof dims.ip === "string" ? dims.ip : undefined;
    if (nodeRef === undefined) return [];
    const policy = isObject(body.alarmPolicyInfo) ? body.alarmPolicyInfo : {};
    const conditions = isObject(policy.conditions) ? policy.conditions : {};
    const what = typeof conditions.metricName === "string" ? conditions.metricName : typeof conditions.eventName === "string" ? conditions.eventName : String(body.alarmType ?? "alarm");
    const policyId = typeof policy.policyId === "string" ? policy.policyId : "policy";
    const alert = `cm:${policyId}:${what}:${nodeRef}`;
    const startsAt = typeof body.firstOccurTime === "string" ? body.firstOccurTime : "";
    return [{ kind: "node", key: `cm:${body.sessionId}|${status}`, alert, startsAt, status, nodeRef }];
}
