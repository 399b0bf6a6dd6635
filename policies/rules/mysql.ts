/**
 * TencentDB for MySQL: three-node multi-AZ layout, semi-sync or strong-sync replication (strong for
 * a zero-RPO data tier), a backup policy with enough retention, no public access.
 */
import { boolean, defineConfig, integer, NO_CONFIG } from "../config";
import { prop } from "../describe";
import { CRITICAL_DATA_TIER, DATA_TIER_KEY } from "../levels";
import { resourceRule, ResourceView, stackRule, StackContext, StackViolation } from "../rule";
import { at, num, str, tagsOf, UNKNOWN } from "../values";
import { isMysqlCluster, mysqlLayout } from "../dataZones";

const SYNC_MODES: Readonly<Record<number, string>> = { 0: "async", 1: "semi-sync", 2: "strong sync" };

/** Multi-AZ mode, with the second replica in a zone other than the primary's. */
export const mysqlInstanceMultiAz = resourceRule({
    kind: "resource",
    name: "mysql-instance-multi-az",
    description: "Checks whether a MySQL instance is deployed in multi-AZ mode as three nodes, with its second replica in an availability zone other than the primary's (the cluster edition: a read-only node in a zone other than the read-write node's).",
    severity: "high",
    pillar: "reliability",
    service: "mysql",
    fix: "Set `slaveDeployMode: 1` (multi-AZ) and `secondSlaveZone` to a zone other than `availabilityZone`, which requests the three-node edition: primary and first replica in zone A, second replica in zone B. Failover to the remote replica takes under a minute. For the cluster edition (`deviceType: CLOUD_NATIVE_CLUSTER`), put at least one `clusterTopology.readOnlyNodes` entry in a `zone` other than `readWriteNode.zone`: any read-only node can be promoted to read-write.",
    resources: ["tencentcloud_mysql_instance"],
    config: defineConfig({
        requireThreeNode: boolean({ default: true, description: "Require the three-node layout (a `secondSlaveZone`); when false, a two-node multi-AZ instance passes." }),
    }),
    check(r, ctx) {
        const cluster = isMysqlCluster(r.props);
        if (cluster !== false) {
            return cluster === true ? clusterEditionMessages(r.props) : [];
        }
        const messages: string[] = [];
        const mode = num(at(r.props, "slaveDeployMode"));
        const primary = str(at(r.props, "availabilityZone"));
        const first = str(at(r.props, "firstSlaveZone"));
        const second = str(at(r.props, "secondSlaveZone"));
        if (mode !== UNKNOWN && mode !== 1) {
            const state = mode === undefined ? "is not set (provider default 0, single AZ)" : `is ${mode} (single AZ)`;
            messages.push(`MySQL instance must be deployed across availability zones with ${prop("slaveDeployMode")} 1; it ${state}.`);
        }
        if (second === UNKNOWN || primary === UNKNOWN) {
            return messages;
        }
        if (second === undefined) {
            if (ctx.config.requireThreeNode) {
                messages.push(
                    `MySQL instance must run as three nodes with a second replica in another availability zone; ${prop("secondSlaveZone")} is not set (two-node layout).`,
                );
            } else if (mode === 1 && typeof first === "string" && first === primary) {
                messages.push(`MySQL instance must place its replica in an availability zone other than the primary's; ${prop("firstSlaveZone")} and ${prop("availabilityZone")} are both ${primary}.`);
            }
        } else if (typeof primary === "string" && second === primary) {
            messages.push(
                `MySQL instance must place its second replica in an availability zone other than the primary's; ${prop("secondSlaveZone")} and ${prop("availabilityZone")} are both ${primary}.`,
            );
        }
        return messages;
    },
});

/**
 * The cluster edition (one read-write node, 1–5 read-only nodes, each with its own zone) survives the
 * loss of the read-write node's zone when a read-only node sits in another zone: `slaveDeployMode` and
 * the slave zones do not describe it.
 */
function clusterEditionMessages(props: Parameters<typeof mysqlLayout>[0]): string[] {
    const layout = mysqlLayout(props);
    const primary = layout.primary;
    if (typeof primary !== "string") {
        return [];
    }
    if (layout.standbys.some((zone) => zone !== primary) || !layout.complete) {
        return [];
    }
    const must = "MySQL instance (cluster edition) must keep a read-only node in an availability zone other than its read-write node's";
    if (at(props, "clusterTopology") === undefined) {
        return [`${must}; ${prop("clusterTopology")} is not set, so the zones of its nodes are not chosen.`];
    }
    const listed = layout.standbys.length + layout.randomZoneNodes;
    if (listed === 0) {
        return [`${must}; ${prop("clusterTopology.readOnlyNodes")} lists no node (read-write node in ${primary}).`];
    }
    const random = layout.randomZoneNodes > 0 ? `${layout.randomZoneNodes} in a zone the service picks (\`isRandomZone\`), which may be ${primary}` : "";
    const same = layout.standbys.length > 0 ? `${layout.standbys.length} in ${primary}` : "";
    return [`${must} (${primary}); of its ${listed} ${prop("clusterTopology.readOnlyNodes")}, ${[same, random].filter((s) => s !== "").join(" and ")}.`];
}

/** Why a MySQL instance must use strong sync, or `undefined` when semi-sync is enough. */
export function strongSyncReason(r: ResourceView, stack: StackContext, required: boolean): string | undefined {
    const tag = tagsOf(r.props).get(DATA_TIER_KEY);
    if (tag !== undefined && tag.trim().toLowerCase() === CRITICAL_DATA_TIER) {
        return `its tag \`${DATA_TIER_KEY}\` is ${tag}`;
    }
    if (stack.criticalDataTier) {
        return `the stack declares \`${DATA_TIER_KEY}\` ${CRITICAL_DATA_TIER}`;
    }
    return required ? "this policy's configuration requires strong sync" : undefined;
}

/** Semi-sync or strong-sync replication; strong for a zero-RPO data tier. */
export const mysqlInstanceSyncMode = resourceRule({
    kind: "resource",
    name: "mysql-instance-sync-mode",
    description: "Checks whether a MySQL instance replicates with semi-sync or strong sync, and with strong sync where the data tier is declared critical (zero RPO).",
    severity: "high",
    pillar: "reliability",
    service: "mysql",
    fix: "Set `slaveSyncMode: 1` (semi-sync) or `2` (strong sync, three-node only). A critical data tier (tag `zonesafe:data-tier: critical` on the instance, or on the stack) needs `slaveSyncMode: 2` for an RPO of zero.",
    resources: ["tencentcloud_mysql_instance"],
    config: defineConfig({
        requireStrongSync: boolean({ default: false, description: "Require strong sync on every MySQL instance, not only on a declared critical data tier." }),
    }),
    check(r, ctx) {
        const mode = num(at(r.props, "slaveSyncMode"));
        if (mode === UNKNOWN) {
            return [];
        }
        const value = mode ?? 0;
        const state = mode === undefined ? "is not set (provider default 0, async)" : `is ${mode} (${SYNC_MODES[mode] ?? "unknown mode"})`;
        const strong = strongSyncReason(r, ctx.stack, ctx.config.requireStrongSync);
        if (strong !== undefined && value !== 2) {
            return [`MySQL instance must replicate with strong sync (${prop("slaveSyncMode")} 2) because ${strong}; ${prop("slaveSyncMode")} ${state}.`];
        }
        if (value !== 1 && value !== 2) {
            return [`MySQL instance must replicate with semi-sync or strong sync (${prop("slaveSyncMode")} 1 or 2); ${prop("slaveSyncMode")} ${state}.`];
        }
        return [];
    },
});

/** No access from the internet. */
export const mysqlInstanceNoPublicAccess = resourceRule({
    kind: "resource",
    name: "mysql-instance-no-public-access",
    description: "Checks whether a MySQL instance keeps public network access off.",
    severity: "high",
    pillar: "security",
    service: "mysql",
    fix: "Set `internetService: 0` and reach the database from inside the VPC (through a bastion or a private link for administrators).",
    resources: ["tencentcloud_mysql_instance"],
    config: NO_CONFIG,
    check(r) {
        const value = num(at(r.props, "internetService"));
        return value === 1 ? [`MySQL instance must not be reachable from the internet; ${prop("internetService")} is 1.`] : [];
    },
});

/** A backup policy for the instance, keeping backups long enough. */
export const mysqlInstanceBackupPolicy = stackRule({
    kind: "stack",
    name: "mysql-instance-backup-policy",
    description: "Checks whether each MySQL instance has a backup policy resource (`tencentcloud_mysql_backup_policy`) that keeps backups for at least 7 days.",
    severity: "medium",
    pillar: "reliability",
    service: "mysql",
    fix: "Add a MySQL backup policy whose `mysqlId` is the instance's id, with `retentionPeriod` of at least 7 days (and `binlogPeriod` to match), so a deletion or corruption can be restored to a point in time.",
    config: defineConfig({
        minRetentionDays: integer({ default: 7, minimum: 1, maximum: 1830, description: "Minimum backup retention in days." }),
    }),
    check(t, ctx) {
        const violations: StackViolation[] = [];
        const instances = t.ofKind("mysql");
        const policies = t.ofKind("mysql-backup-policy");
        const unresolved = policies.some((p) => !t.resolve(p, "mysqlId", ["mysql"]).complete);
        for (const mysql of instances) {
            const mine = t.backupPoliciesOf(mysql);
            if (mine.length === 0) {
                if (!unresolved) {
                    violations.push({
                        urn: mysql.urn,
                        message: `MySQL instance must have a backup policy (a \`tencentcloud_mysql_backup_policy\` whose ${prop("mysqlId")} is this instance); none refers to it.`,
                    });
                }
                continue;
            }
            for (const policy of mine) {
                const retention = num(at(policy.props, "retentionPeriod"));
                if (retention === UNKNOWN) {
                    continue;
                }
                const days = retention ?? 7;
                if (days < ctx.config.minRetentionDays) {
                    violations.push({
                        urn: policy.urn,
                        message: `MySQL backup policy must keep backups for at least ${ctx.config.minRetentionDays} days; ${prop("retentionPeriod")} is ${retention === undefined ? "not set (provider default 7)" : retention}.`,
                    });
                }
            }
        }
        return { assessed: instances.length, violations };
    },
});

/** The intranet port MySQL listens on unless told otherwise (`intranet_port`, provider default 3306). */
export const MYSQL_DEFAULT_PORT = 3306;

/** The instance listens on a port other than the well-known default. */
export const mysqlInstanceDefaultPort = resourceRule({
    kind: "resource",
    name: "mysql-instance-default-port",
    description: "Checks whether a MySQL instance listens on an intranet port other than the default 3306 (`intranetPort`), which scanners inside the network probe first.",
    severity: "low",
    pillar: "security",
    service: "mysql",
    fix: "Set `intranetPort` to a port other than 3306 (1024–65535; the ThreeNodeMysql component uses 3307 by default) and give clients the port with the address. A port is no access control: keep the database's security group closed to everything but its clients.",
    resources: ["tencentcloud_mysql_instance"],
    config: NO_CONFIG,
    check(r) {
        const port = num(at(r.props, "intranetPort"));
        if (port === undefined) {
            return [`MySQL instance must not listen on the default port; ${prop("intranetPort")} is not set (provider default ${MYSQL_DEFAULT_PORT}).`];
        }
        return port === MYSQL_DEFAULT_PORT ? [`MySQL instance must not listen on the default port; ${prop("intranetPort")} is ${MYSQL_DEFAULT_PORT}.`] : [];
    },
});

/** The MySQL rules. */
export const mysqlRules = [mysqlInstanceMultiAz, mysqlInstanceSyncMode, mysqlInstanceBackupPolicy, mysqlInstanceNoPublicAccess, mysqlInstanceDefaultPort];
