/**
 * Data safety (stack rule): in a production stack, stateful resources (databases, caches, brokers,
 * buckets) are protected from deletion.
 */
import { NO_CONFIG } from "../config";
import { labelOf } from "../describe";
import { stackRule, StackViolation } from "../rule";
import { at, bool } from "../values";

/** Deletion-protection switches a provider may offer on a resource. */
const PROTECTION_SWITCHES = ["deletionProtection", "deleteProtect"];

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
            if (node.protect || PROTECTION_SWITCHES.some((s) => bool(at(node.props, s)) === true)) {
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
