/**
 * The node guard (stack rules): single-machine fault alarms are only half of the automation — the
 * other half is the guard that takes a faulty node out of service while few are faulty and pages a
 * person when many are. `monitoring-node-alarms-guard` advises that the alarms of every node pool and
 * scaling group notify a guard; `monitoring-node-guard-limit` checks that a guard stops removing at 2 to 5
 * faulty nodes.
 *
 * A Cloud Monitor notice is a guard's when one of its URL callbacks calls the guard's Cloud Monitor
 * path, or (while the URL is unknown in a preview) when zonesafe's NodeFaultAutomation created it. A
 * guard's limit is the annotation its Deployment carries (`zonesafe.io/node-guard-limit`), which
 * NodeFaultAutomation writes from the same value as the guard's configuration.
 */
import {
    NODE_GUARD_APP,
    NODE_GUARD_CLOUD_MONITOR_PATH,
    NODE_GUARD_COMPONENT_TYPE,
    NODE_GUARD_LIMIT_ANNOTATION,
    NODE_GUARD_MAX_LIMIT,
    NODE_GUARD_MIN_LIMIT,
} from "@zonesafe/model";
import { NO_CONFIG } from "../config";
import { labelOf } from "../describe";
import { stackRule, StackViolation } from "../rule";
import type { Topology, TopologyNode } from "../topology";
import { annotationsOf, at, num, objs, str, UNKNOWN } from "../values";

/** Whether a notice calls a guard back: yes, no, or unknown (its URLs are not known yet). */
function noticeCallsGuard(notice: TopologyNode): boolean | typeof UNKNOWN {
    if (notice.urn.includes(`${NODE_GUARD_COMPONENT_TYPE}$`)) return true;
    const urls = objs(at(notice.props, "urlNotices"));
    if (urls === UNKNOWN) return UNKNOWN;
    let unknown = false;
    for (const u of urls ?? []) {
        const url = u === UNKNOWN ? UNKNOWN : str(at(u, "url"));
        if (url === UNKNOWN) {
            unknown = true;
            continue;
        }
        if (typeof url !== "string") continue;
        try {
            if (new URL(url).pathname.replace(/\/+$/, "").endsWith(NODE_GUARD_CLOUD_MONITOR_PATH)) return true;
        } catch {
            // not a URL: not a guard's
        }
    }
    return unknown ? UNKNOWN : false;
}

/** Whether some alarm policy of the subject notifies a guard: yes, no, or unknown. */
function notifiesGuard(t: Topology, policies: readonly TopologyNode[]): boolean | typeof UNKNOWN {
    let unknown = false;
    for (const policy of policies) {
        const notices = t.resolve(policy, "noticeIds", ["alarm-notice"]);
        for (const notice of notices.nodes) {
            const calls = noticeCallsGuard(notice);
            if (calls === true) return true;
            if (calls === UNKNOWN) unknown = true;
        }
        if (!notices.complete) unknown = true;
    }
    return unknown ? UNKNOWN : false;
}

/** Node pools and scaling groups with alarms notify a node guard. */
export const nodeAlarmsNotifyGuard = stackRule({
    kind: "stack",
    name: "monitoring-node-alarms-guard",
    description:
        "Checks whether the single-machine fault alarms of every TKE node pool and Auto Scaling group notify a node guard, which takes a faulty node out of service while fewer than its limit are faulty and pages a person at the limit.",
    severity: "low",
    pillar: "reliability",
    service: "monitoring",
    config: NO_CONFIG,
    fix: "Deploy the node guard with zonesafe's NodeFaultAutomation and pass it to the pool's NodeAlarms as `guard`; or add a Cloud Monitor notice whose URL callback is a guard's `/cloud-monitor` to the pool's alarm policies.",
    check(t) {
        const violations: StackViolation[] = [];
        const subjects = t.ofKind("tke-nodepool", "as-group");
        let assessed = 0;
        for (const subject of subjects) {
            const policies = t.alarmPoliciesOf(subject).filter((p) => num(at(p.props, "enable")) !== 0);
            // Pools without alarms are monitoring-alarm-policy-coverage's finding, not this one's.
            if (policies.length === 0) continue;
            assessed++;
            if (notifiesGuard(t, policies) === false) {
                violations.push({
                    urn: subject.urn,
                    message: `${labelOf(subject)} has single-machine fault alarms (${policies.map((p) => p.name).join(", ")}) but none notifies a node guard, so a faulty node stays in service until a person acts.`,
                });
            }
        }
        return { assessed, violations };
    },
});

/** A guard's limit is between 2 and 5. */
export const nodeGuardLimit = stackRule({
    kind: "stack",
    name: "monitoring-node-guard-limit",
    description: `Checks whether every node guard stops removing nodes at ${NODE_GUARD_MIN_LIMIT} to ${NODE_GUARD_MAX_LIMIT} faulty nodes (its limit): at 1 it never removes one, above ${NODE_GUARD_MAX_LIMIT} it keeps removing through an outage with a common cause.`,
    severity: "medium",
    pillar: "reliability",
    service: "monitoring",
    config: NO_CONFIG,
    fix: `Set the guard's \`limit\` between ${NODE_GUARD_MIN_LIMIT} and ${NODE_GUARD_MAX_LIMIT} (3 by default): NodeFaultAutomation's \`limit\`, or \`limit\` in the guard's configuration and the \`${NODE_GUARD_LIMIT_ANNOTATION}\` annotation of its Deployment.`,
    check(t) {
        const violations: StackViolation[] = [];
        const guards = t.ofKind("workload").filter((w) => str(at(w.props, "metadata", "labels", "app.kubernetes.io/name")) === NODE_GUARD_APP);
        for (const guard of guards) {
            const declared = annotationsOf(guard.props).get(NODE_GUARD_LIMIT_ANNOTATION);
            if (declared === undefined) continue;
            const limit = Number(declared);
            if (!Number.isInteger(limit) || limit < NODE_GUARD_MIN_LIMIT || limit > NODE_GUARD_MAX_LIMIT) {
                violations.push({
                    urn: guard.urn,
                    message: `${labelOf(guard)} has a limit of ${JSON.stringify(declared)}; it must be an integer from ${NODE_GUARD_MIN_LIMIT} to ${NODE_GUARD_MAX_LIMIT} faulty nodes.`,
                });
            }
        }
        return { assessed: guards.length, violations };
    },
});
