/**
 * CLB (Cloud Load Balancer): cross-AZ master/slave zones, backends in several zones, health checks,
 * deletion protection and listener protocols.
 */
import { defineConfig, integer, NO_CONFIG, stringList } from "../config";
import { describeZones } from "../topology";
import { plural, prop } from "../describe";
import { resourceRule, ResourceView, stackRule, StackViolation } from "../rule";
import { at, bool, list, obj, PlainObject, str, UNKNOWN } from "../values";

/** Protocols of layer-4 listeners, whose health checks are set on the listener itself. */
const LAYER4 = new Set(["TCP", "UDP", "TCP_SSL", "QUIC"]);

/** An OPEN CLB has a master zone and a different slave zone. */
export const clbInstanceMultiAz = resourceRule({
    kind: "resource",
    name: "clb-instance-multi-az",
    description: "Checks whether a public (OPEN) CLB instance has a master zone and a standby slave zone in a different availability zone.",
    severity: "high",
    pillar: "reliability",
    service: "clb",
    fix: "Set `masterZoneId` and a different `slaveZoneId` (two zones of the CLB's region) and do not pin the instance with `zoneId`. A cross-AZ CLB switches to the slave zone within about 30 seconds when the master zone fails.",
    resources: ["tencentcloud_clb_instance"],
    config: NO_CONFIG,
    check(r) {
        const network = str(at(r.props, "networkType"));
        if (typeof network !== "string" || network.toUpperCase() !== "OPEN") {
            // INTERNAL CLBs take their VIP from a subnet; an unknown type cannot be judged yet.
            return [];
        }
        const master = str(at(r.props, "masterZoneId"));
        const slave = str(at(r.props, "slaveZoneId"));
        const pinned = str(at(r.props, "zoneId"));
        if (master === UNKNOWN || slave === UNKNOWN) {
            return [];
        }
        if (master === undefined) {
            const pin = typeof pinned === "string" ? ` and \`zoneId\` pins it to ${pinned}` : "";
            return [
                `CLB instance must set ${prop("masterZoneId")} and ${prop("slaveZoneId")} in two different availability zones; ${prop("masterZoneId")} is not set${pin}, so the instance runs in a single zone.`,
            ];
        }
        if (slave === undefined) {
            return [
                `CLB instance must set ${prop("slaveZoneId")} to a standby zone other than its master zone; ${prop("slaveZoneId")} is not set (${prop("masterZoneId")} is ${master}), so the instance has no standby zone.`,
            ];
        }
        if (slave === master) {
            return [`CLB instance must use a ${prop("slaveZoneId")} different from its ${prop("masterZoneId")}; both are ${master}.`];
        }
        return [];
    },
});

/** A CLB instance has deletion protection on. */
export const clbInstanceDeletionProtection = resourceRule({
    kind: "resource",
    name: "clb-instance-deletion-protection",
    description: "Checks whether a CLB instance has deletion protection enabled.",
    severity: "medium",
    pillar: "reliability",
    service: "clb",
    fix: "Set `deleteProtect: true` on the CLB instance; turn it off deliberately before a planned removal. At the `remediate` level the pack sets it for you.",
    resources: ["tencentcloud_clb_instance"],
    config: NO_CONFIG,
    check(r) {
        const value = bool(at(r.props, "deleteProtect"));
        if (value === UNKNOWN || value === true) {
            return [];
        }
        const state = value === undefined ? "is not set (provider default false)" : "is false";
        return [`CLB instance must enable deletion protection; ${prop("deleteProtect")} ${state}.`];
    },
    remediate(props, r) {
        const value = bool(at(r.props, "deleteProtect"));
        if (value === true || value === UNKNOWN) {
            return false;
        }
        props["deleteProtect"] = true;
        return true;
    },
});

/**
 * Whether a layer-4 listener whose `healthCheckSwitch` is left unset gets health checks. The
 * attribute is optional and computed: unset, the provider sends no switch and the CLB API's default
 * applies, which the API documents as on ("healthSwitch: 1: enable; 0: disable. Default value: 1",
 * Tencent Cloud CLB API, Create CLB Listeners, https://www.tencentcloud.com/document/api/214/1255;
 * CreateListener, https://www.tencentcloud.com/document/api/214/33842, does not restate it). No
 * default is documented for a listener rule's health check, so an unset rule switch is reported.
 */
const LISTENER_HEALTH_CHECK_DEFAULT_ON = true;

/** The health check switch a listener or rule ends up with, and why: set, or left to the API's documented default. */
function healthCheckState(r: ResourceView): { on: boolean | typeof UNKNOWN | undefined; set: boolean } {
    const value = bool(at(r.props, "healthCheckSwitch"));
    if (value !== undefined) {
        return { on: value, set: true };
    }
    // Unset: a layer-4 listener gets the documented default; a rule's default is not documented.
    return { on: r.resource === "tencentcloud_clb_listener_rule" ? undefined : LISTENER_HEALTH_CHECK_DEFAULT_ON, set: false };
}

/** Whether a listener's health check is configured on the listener (layer 4) rather than on its rules. */
function listenerOwnsHealthCheck(protocol: string | undefined | typeof UNKNOWN): boolean | typeof UNKNOWN {
    if (protocol === UNKNOWN) {
        return UNKNOWN;
    }
    return typeof protocol === "string" && LAYER4.has(protocol.toUpperCase());
}

/**
 * A target group's health check block, `healthCheck` (provider versions newer than 1.82.42: at v1.83.25
 * tencentcloud/services/clb/resource_tc_clb_target_group.go `health_check`, TypeList MaxItems 1,
 * optional and computed, with `health_switch` TypeBool required, "true: enable, false: disable"): one
 * object, or a single-item list where a route keeps the block as a list. `undefined` when absent.
 */
function targetGroupHealthCheck(props: PlainObject): PlainObject | undefined | typeof UNKNOWN {
    const block = at(props, "healthCheck");
    const one = obj(block);
    if (one !== undefined) {
        return one;
    }
    const items = list(block);
    if (items === UNKNOWN) {
        return UNKNOWN;
    }
    return items === undefined || items.length === 0 ? undefined : obj(items[0]);
}

/**
 * Whether a target group switches its health check off explicitly: `true` only for
 * `healthCheck.healthSwitch: false`. Left out, the provider sends no `HealthCheck` and the CLB API
 * documents no default for a target group's (CreateTargetGroup `HealthCheck`: "健康检查。"), while a
 * v1 target group (the provider's default `type`) is checked by the listener or rule that forwards to
 * it, which this rule checks on its own; so only an explicit `false` is reported.
 */
export function targetGroupHealthCheckOff(props: PlainObject): boolean | typeof UNKNOWN {
    const block = targetGroupHealthCheck(props);
    if (block === UNKNOWN) {
        return UNKNOWN;
    }
    const on = block === undefined ? undefined : bool(at(block, "healthSwitch"));
    return on === UNKNOWN ? UNKNOWN : on === false;
}

/** Health checks are on for every layer-4 listener and every listener rule. */
export const clbListenerHealthCheck = resourceRule({
    kind: "resource",
    name: "clb-listener-health-check",
    description:
        "Checks whether health checks are switched on for every layer-4 CLB listener (left unset, the CLB API's documented default switches them on) and every layer-7 listener rule (whose default is not documented, so it must be set), and not switched off on a CLB target group (`healthCheck.healthSwitch: false`, newer provider versions).",
    severity: "high",
    pillar: "reliability",
    service: "clb",
    fix: "Do not set `healthCheckSwitch: false` on TCP/UDP/TCP_SSL/QUIC listeners (left unset, the CLB API's default switches health checks on), set `healthCheckSwitch: true` on every HTTP/HTTPS listener rule, with a health check path or port the backend answers, and do not set `healthCheck.healthSwitch: false` on a target group. At the `remediate` level the pack switches it on for you.",
    resources: ["tencentcloud_clb_listener", "tencentcloud_clb_listener_rule", "tencentcloud_clb_target_group"],
    config: NO_CONFIG,
    check(r) {
        if (r.resource === "tencentcloud_clb_target_group") {
            return targetGroupHealthCheckOff(r.props) === true
                ? [`CLB target group must keep its health check on; ${prop("healthCheck.healthSwitch")} is false, so the load balancer keeps sending requests to instances that are down, a lost zone's included.`]
                : [];
        }
        const isRule = r.resource === "tencentcloud_clb_listener_rule";
        if (!isRule) {
            const owns = listenerOwnsHealthCheck(str(at(r.props, "protocol")));
            if (owns !== true) {
                return [];
            }
        }
        const state = healthCheckState(r);
        if (state.on === UNKNOWN || state.on === true) {
            return [];
        }
        if (isRule) {
            const why = state.set ? "is false" : "is not set, and the CLB API documents no default for a listener rule's health check";
            return [`CLB listener rule must switch health checks on; ${prop("healthCheckSwitch")} ${why}.`];
        }
        return [
            `CLB listener (${str(at(r.props, "protocol")) as string}) must switch health checks on; ${prop("healthCheckSwitch")} is false (left unset, the CLB API's default would switch them on).`,
        ];
    },
    remediate(props, r) {
        if (r.resource === "tencentcloud_clb_target_group") {
            if (targetGroupHealthCheckOff(r.props) !== true) {
                return false;
            }
            const block = { ...(targetGroupHealthCheck(r.props) as PlainObject), healthSwitch: true };
            // Keep the shape the program gave: one object, or a single-item list.
            props["healthCheck"] = obj(at(r.props, "healthCheck")) !== undefined ? block : [block];
            return true;
        }
        const isRule = r.resource === "tencentcloud_clb_listener_rule";
        if (!isRule && listenerOwnsHealthCheck(str(at(r.props, "protocol"))) !== true) {
            return false;
        }
        const state = healthCheckState(r);
        if (state.on === UNKNOWN || state.on === true) {
            return false;
        }
        props["healthCheckSwitch"] = true;
        return true;
    },
});

/** Listener protocols are encrypted where they carry plain-text application traffic. */
export const clbListenerProtocol = resourceRule({
    kind: "resource",
    name: "clb-listener-protocol",
    description: "Checks whether a CLB listener uses an encrypted protocol instead of a plain-text one (HTTP by default).",
    severity: "low",
    pillar: "security",
    service: "clb",
    fix: "Terminate TLS on the CLB: use an HTTPS listener with a certificate (`certificateId`) instead of HTTP, or TCP_SSL instead of TCP; redirect HTTP to HTTPS with a listener rule if clients still arrive on port 80.",
    resources: ["tencentcloud_clb_listener"],
    config: defineConfig({
        insecureProtocols: stringList({
            default: ["HTTP"],
            description: "Listener protocols reported as plain text (add TCP or UDP to flag every unencrypted layer-4 listener).",
        }),
    }),
    check(r, ctx) {
        const protocol = str(at(r.props, "protocol"));
        if (typeof protocol !== "string") {
            return [];
        }
        const insecure = ctx.config.insecureProtocols.map((p) => p.toUpperCase());
        if (!insecure.includes(protocol.toUpperCase())) {
            return [];
        }
        return [`CLB listener must use an encrypted protocol (HTTPS, TCP_SSL or QUIC); ${prop("protocol")} is ${protocol}.`];
    },
});

/** A CLB's backends span several zones and number at least two. */
export const clbBackendsMultiAz = stackRule({
    kind: "stack",
    name: "clb-backends-multi-az",
    description:
        "Checks whether the backends of each CLB instance (attached CVMs, target groups' instances, scaling groups with the instances attached to them, TKE node pools behind a Service) span at least 2 availability zones and number at least 2.",
    severity: "high",
    pillar: "reliability",
    service: "clb",
    fix: "Attach backends from at least two availability zones: CVMs in different zones, a scaling group or TKE node pool whose subnets span several zones (with `multiZoneSubnetPolicy: EQUALITY`), and keep at least two of them.",
    config: defineConfig({
        minZones: integer({ default: 2, minimum: 1, description: "Minimum number of availability zones the backends of a CLB must span." }),
        minBackends: integer({ default: 2, minimum: 1, description: "Minimum number of backend instances of a CLB." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        let assessed = 0;
        for (const clb of t.ofKind("clb")) {
            const backends = t.backendsOf(clb);
            if (backends.length === 0) {
                continue;
            }
            assessed++;
            const via = backends.map((b) => `${b.via.name}`).join(", ");
            const counts = backends.map((b) => b.count);
            if (counts.every((c): c is number => c !== undefined)) {
                const total = counts.reduce((a, b) => a + b, 0);
                if (total < ctx.config.minBackends) {
                    violations.push({
                        urn: clb.urn,
                        message: `CLB instance must have at least ${ctx.config.minBackends} backends; it has ${total} (via ${via}).`,
                    });
                }
            }
            const zones = new Set(backends.flatMap((b) => b.zones.zones));
            const complete = backends.every((b) => b.zones.complete);
            if (complete && zones.size > 0 && zones.size < ctx.config.minZones) {
                violations.push({
                    urn: clb.urn,
                    message: `CLB instance must have backends in at least ${plural(ctx.config.minZones, "availability zone")}; its backends are all in ${describeZones([...zones].sort())} (via ${via}).`,
                });
            }
        }
        return { assessed, violations };
    },
});

/** A target group that serves a listener or rule has instances in several zones. */
export const clbTargetGroupMultiAz = stackRule({
    kind: "stack",
    name: "clb-target-group-multi-az",
    description:
        "Checks whether each CLB target group bound to a listener or rule (`ClbTargetGroupAttachment`) has instances (`targetGroupInstances`) in at least 2 availability zones and at least 2 of them: the listener or rule it serves reaches no other backend.",
    severity: "high",
    pillar: "reliability",
    service: "clb",
    fix: "Put instances from at least two availability zones in the target group (`targetGroupInstances`, each `bindIp` an instance's private address), at least two in all; a listener or rule forwarding to a target group has no other backend when that group's zone fails.",
    config: defineConfig({
        minZones: integer({ default: 2, minimum: 1, description: "Minimum number of availability zones of a target group's instances." }),
        minInstances: integer({ default: 2, minimum: 1, description: "Minimum number of instances of a target group." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        const bound = new Set(t.ofKind("clb-target-group-attachment").flatMap((a) => t.resolve(a, "targetGroupId", ["clb-target-group"]).nodes));
        for (const group of bound) {
            const members = t.targetGroupMembersOf(group);
            if (members.count !== undefined && members.count < ctx.config.minInstances) {
                violations.push({
                    urn: group.urn,
                    message: `CLB target group must have at least ${plural(ctx.config.minInstances, "instance")}; ${prop("targetGroupInstances")} lists ${members.count}.`,
                });
            }
            const zones = members.zones.zones;
            if (members.zones.complete && zones.length > 0 && zones.length < ctx.config.minZones) {
                violations.push({
                    urn: group.urn,
                    message: `CLB target group must have instances in at least ${plural(ctx.config.minZones, "availability zone")}; its instances (${members.nodes.map((n) => n.name).join(", ")}) are all in ${describeZones(zones)}.`,
                });
            }
        }
        return { assessed: bound.size, violations };
    },
});

/** The CLB rules. */
export const clbRules = [clbInstanceMultiAz, clbInstanceDeletionProtection, clbListenerHealthCheck, clbListenerProtocol, clbBackendsMultiAz, clbTargetGroupMultiAz];
