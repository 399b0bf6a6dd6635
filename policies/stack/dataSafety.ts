/**
 * Data safety (stack rule): in a production stack, stateful resources (databases, caches, brokers,
 * buckets) are protected from deletion.
 */
import { NO_CONFIG } from "../config";
import { labelOf } from "../describe";
import { stackRule, StackViolation } from "../rule";
import { at, bool, num, PlainObject, str, UNKNOWN, Unknown } from "../values";

/**
 * Deletion-protection switches a provider may offer on a resource, each with the value that turns it
 * on. `deleteProtectionEnable` (CKafka, `1` on) and `destroyProtect` (MySQL, `on`) are fields of
 * provider versions newer than 1.82.42, which the official route exposes when it is given a newer
 * provider version (tencentcloud/services/ckafka/resource_tc_ckafka_instance.go `delete_protection_enable`
 * TypeInt "`1` enable, `0` disable"; tencentcloud/services/cdb/resource_tc_mysql_instance.go
 * `destroy_protect` TypeString "`on` … `off`").
 */
const PROTECTION_SWITCHES: readonly ((props: PlainObject) => boolean | Unknown)[] = [
    (p) => isOn(bool(at(p, "deletionProtection")), true),
    (p) => isOn(bool(at(p, "deleteProtect")), true),
    (p) => isOn(num(at(p, "deleteProtectionEnable")), 1),
    (p) => {
        const value = str(at(p, "destroyProtect"));
        return isOn(typeof value === "string" ? value.trim().toLowerCase() : value, "on");
    },
];

function isOn<T>(value: T | undefined | Unknown, on: T): boolean | Unknown {
    return value === UNKNOWN ? UNKNOWN : value === on;
}

/**
 * Whether a resource's props turn on one of the provider's deletion-protection switches: `true`,
 * `false`, or {@link UNKNOWN} when none is on and one is unknown during a preview.
 */
export function hasDeletionProtection(props: PlainObject): boolean | Unknown {
    const states = PROTECTION_SWITCHES.map((on) => on(props));
    return states.includes(true) ? true : states.includes(UNKNOWN) ? UNKNOWN : false;
}

/** Stateful resources are protected in production. */
export const dataSafetyStatefulProtection = stackRule({
    kind: "stack",
    name: "datasafety-stateful-protection",
    description: "Checks whether, in a production stack, every stateful resource (MySQL, Redis, MongoDB, CKafka, COS bucket) is protected from deletion: the `protect` resource option, or a provider deletion-protection switch.",
    severity: "high",
    pillar: "reliability",
    service: "datasafety",
    fix: "Set the `protect: true` resource option on databases, caches, brokers and buckets of production stacks (the engine then refuses to delete them until it is removed), or the provider's deletion protection where the resource offers one.",
    config: NO_CONFIG,
    check(t, ctx) {
        if (!ctx.stack.production) {
            return { assessed: 0, violations: [] };
        }
        const violations: StackViolation[] = [];
        const stateful = t.ofKind("mysql", "redis", "mongodb", "ckafka", "cos-bucket");
        for (const node of stateful) {
            if (node.protect || hasDeletionProtection(node.props) !== false) {
                continue;
            }
            violations.push({
                urn: node.urn,
                message: `${labelOf(node)} must be protected from deletion in a production stack; the ${"`protect`"} resource option is not set and it has no deletion protection.`,
            });
        }
        return { assessed: stateful.length, violations };
    },
});
