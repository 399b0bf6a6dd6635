/**
 * Data safety (stack rule): in a production stack, stateful resources (databases, caches, brokers,
 * buckets, search clusters) are protected from deletion.
 */
import { NO_CONFIG } from "../config";
import { labelOf } from "../describe";
import { stackRule, StackViolation } from "../rule";
import { at, bool, num, PlainObject, Read, str, UNKNOWN, Unknown } from "../values";

/**
 * Deletion-protection switches a provider may offer on a resource, each with the value that turns it
 * on. `deleteProtection` (PostgreSQL, bool, default false) is a field of provider 1.82.42
 * (tencentcloud/services/postgresql/resource_tc_postgresql_instance.go `delete_protection`). The others
 * are fields of provider versions newer than 1.82.42, which the official route exposes when it is
 * given a newer provider version (all at v1.83.25):
 * - `deleteProtectionEnable` (CKafka): tencentcloud/services/ckafka/resource_tc_ckafka_instance.go
 *   `delete_protection_enable` TypeInt "`1` enable, `0` disable";
 * - `destroyProtect` (MySQL and MySQL read-only instances): tencentcloud/services/cdb/resource_tc_mysql_instance.go
 *   `destroy_protect` TypeString "`on` (enable destroy protection), `off`", in `TencentMsyqlBasicInfo()`,
 *   which resource_tc_mysql_readonly_instance.go merges; it is sent on create and update for every role;
 * - `enableDestroyProtection` (Elasticsearch): tencentcloud/services/es/resource_tc_elasticsearch_instance.go
 *   `enable_destroy_protection` TypeString "`OPEN` (enable protection) and `CLOSE`"; when `OPEN` the
 *   cloud API's DeleteInstance fails until it is set to `CLOSE`.
 * At 1.82.42 Elasticsearch has no such switch, so there only the `protect` resource option counts.
 */
const PROTECTION_SWITCHES: readonly ((props: PlainObject) => boolean | Unknown)[] = [
    (p) => isOn(bool(at(p, "deletionProtection")), true),
    (p) => isOn(bool(at(p, "deleteProtect")), true),
    (p) => isOn(bool(at(p, "deleteProtection")), true),
    (p) => isOn(num(at(p, "deleteProtectionEnable")), 1),
    (p) => isOn(word(at(p, "destroyProtect")), "on"),
    (p) => isOn(word(at(p, "enableDestroyProtection")), "open"),
];

function isOn<T>(value: T | undefined | Unknown, on: T): boolean | Unknown {
    return value === UNKNOWN ? UNKNOWN : value === on;
}

/** A string switch, trimmed and lower-cased. */
function word(value: Read): string | undefined | Unknown {
    const s = str(value);
    return typeof s === "string" ? s.trim().toLowerCase() : s;
}

/**
 * The stateful kinds the rule covers. TDSQL-C MySQL (`cynosdb`) has no deletion-protection switch up
 * to provider 1.83.25, so only the `protect` option protects it; MySQL read-only instances hold a copy
 * of their primary's data but are covered as the provider offers them the same switch.
 */
const STATEFUL_KINDS = ["mysql", "mysql-readonly", "postgresql", "cynosdb", "elasticsearch", "redis", "mongodb", "ckafka", "cos-bucket"] as const;

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
    description:
        "Checks whether, in a production stack, every stateful resource (MySQL and its read-only instances, PostgreSQL, TDSQL-C MySQL, Elasticsearch, Redis, MongoDB, CKafka, COS bucket) is protected from deletion: the `protect` resource option, or a provider deletion-protection switch; and that no TDSQL-C MySQL cluster sets `forceDelete: true`.",
    severity: "high",
    pillar: "reliability",
    service: "datasafety",
    fix: "Set the `protect: true` resource option on databases, caches, brokers, buckets and search clusters of production stacks (the engine then refuses to delete them until it is removed), or the provider's deletion protection where the resource offers one (PostgreSQL `deleteProtection: true`; with newer provider versions MySQL `destroyProtect: on`, CKafka `deleteProtectionEnable: 1`, Elasticsearch `enableDestroyProtection: OPEN`). Leave TDSQL-C `forceDelete` at its default false, so a deleted cluster stays in the recycle bin.",
    config: NO_CONFIG,
    check(t, ctx) {
        if (!ctx.stack.production) {
            return { assessed: 0, violations: [] };
        }
        const violations: StackViolation[] = [];
        const stateful = t.ofKind(...STATEFUL_KINDS);
        for (const node of stateful) {
            if (node.kind === "cynosdb" && bool(at(node.props, "forceDelete")) === true) {
                // tencentcloud/services/cynosdb/extension_cynosdb.go `force_delete` (bool,
                // default false): "If set true, the cluster and its all related instances will be
                // deleted instead of staying recycle bin." Unsafe whatever else protects the cluster.
                violations.push({
                    urn: node.urn,
                    message: `${labelOf(node)} must not set ${"`forceDelete`"} to true in a production stack: a deletion then removes the cluster and all its instances at once instead of leaving them in the recycle bin.`,
                });
            }
            if (node.protect || hasDeletionProtection(node.props) !== false) {
                continue;
            }
            violations.push({
                urn: node.urn,
                message: `${labelOf(node)} must be protected from deletion in a production stack; the ${"`protect`"} resource option is not set and it has no deletion protection${node.kind === "cynosdb" ? " (the provider offers none for it)" : ""}.`,
            });
        }
        return { assessed: stateful.length, violations };
    },
});
