/**
 * TencentDB for PostgreSQL: a standby node in a second zone, a backup plan that keeps enough days on
 * enough weekdays, no public access, deletion protection; read-only replicas outside the primary's zone.
 */
import { defineConfig, integer, NO_CONFIG } from "../config";
import { postgresqlLayout } from "../dataZones";
import { plural, prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import { at, bool, hasUnknown, known, num, obj, str, strs, UNKNOWN } from "../values";

/** A standby node in a zone other than the primary's. */
export const postgresqlInstanceMultiAz = resourceRule({
    kind: "resource",
    name: "postgresql-instance-multi-az",
    description: "Checks whether a PostgreSQL instance keeps a standby node in an availability zone other than its primary node's (`dbNodeSets`).",
    severity: "high",
    pillar: "reliability",
    service: "postgresql",
    fix: "Set `dbNodeSets` to a `Primary` node in `availabilityZone` and a `Standby` node in a second zone of the region (the provider's multi-AZ layout): the standby takes over when the primary's zone is lost.",
    resources: ["tencentcloud_postgresql_instance"],
    config: NO_CONFIG,
    check(r) {
        const layout = postgresqlLayout(r.props);
        const primary = layout.primary;
        if (typeof primary !== "string" || layout.standbys.some((zone) => zone !== primary) || !layout.complete) {
            return [];
        }
        const must = "PostgreSQL instance must keep a standby node in an availability zone other than its primary's";
        if (!layout.nodeSets) {
            return [`${must}; ${prop("dbNodeSets")} is not set, so its standby shares the primary's zone ${primary}.`];
        }
        return [`${must}; every ${prop("dbNodeSets")} node is in ${primary}.`];
    },
});

const WEEKDAYS: readonly string[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/**
 * The retention when `backupPlan` is not set: "by default, a full backup starts at midnight every day
 * and the generated backup files will be retained for seven days" (PostgreSQL API `ModifyBackupPlan`,
 * tencentcloud.com/document/product/409/45149; the API accepts 7–1830 days and at least two weekdays).
 */
const DEFAULT_RETENTION_DAYS = 7;

/** Backups kept long enough, taken on enough weekdays. */
export const postgresqlInstanceBackupPlan = resourceRule({
    kind: "resource",
    name: "postgresql-instance-backup-plan",
    description: "Checks whether a PostgreSQL instance's backup plan keeps backups at least 7 days and takes them on at least two weekdays (an unset plan is the service's default: a full backup every day, kept 7 days).",
    severity: "medium",
    pillar: "reliability",
    service: "postgresql",
    fix: "Leave `backupPlan` unset (a daily full backup kept 7 days), or set `backupPlan.baseBackupRetentionPeriod` to at least 7 days and `backupPlan.backupPeriods` to at least two weekdays (e.g. `[\"monday\", \"thursday\"]`), so a deletion or corruption can be restored to a recent point.",
    resources: ["tencentcloud_postgresql_instance"],
    config: defineConfig({
        minRetentionDays: integer({ default: 7, minimum: 1, maximum: 1830, description: "Minimum days a base backup is kept (`baseBackupRetentionPeriod`)." }),
        minWeekdays: integer({ default: 2, minimum: 1, maximum: 7, description: "Minimum number of distinct weekdays in `backupPeriods`." }),
    }),
    check(r, ctx) {
        const plan = obj(at(r.props, "backupPlan"));
        if (plan === UNKNOWN) {
            return [];
        }
        const messages: string[] = [];
        const retention = plan === undefined ? undefined : num(at(plan, "baseBackupRetentionPeriod"));
        if (retention !== UNKNOWN) {
            const days = retention ?? DEFAULT_RETENTION_DAYS;
            if (days < ctx.config.minRetentionDays) {
                const state =
                    plan === undefined
                        ? `${prop("backupPlan")} is not set (provider default ${DEFAULT_RETENTION_DAYS} days)`
                        : retention === undefined
                          ? `${prop("backupPlan.baseBackupRetentionPeriod")} is not set (provider default ${DEFAULT_RETENTION_DAYS} days)`
                          : `${prop("backupPlan.baseBackupRetentionPeriod")} is ${retention}`;
                messages.push(`PostgreSQL instance must keep backups for at least ${plural(ctx.config.minRetentionDays, "day")}; ${state}.`);
            }
        }
        const periods = plan === undefined ? undefined : strs(at(plan, "backupPeriods"));
        if (periods !== UNKNOWN && periods !== undefined && periods.length > 0 && !hasUnknown(periods)) {
            const days = [...new Set(known(periods).map((d) => d.trim().toLowerCase()).filter((d) => WEEKDAYS.includes(d)))];
            if (days.length < ctx.config.minWeekdays) {
                messages.push(
                    `PostgreSQL instance must take backups on at least ${plural(ctx.config.minWeekdays, "weekday")}; ${prop("backupPlan.backupPeriods")} lists ${days.length === 0 ? "none" : days.join(", ")}.`,
                );
            }
        }
        return messages;
    },
});

/** No access from the internet. */
export const postgresqlInstanceNoPublicAccess = resourceRule({
    kind: "resource",
    name: "postgresql-instance-no-public-access",
    description: "Checks whether a PostgreSQL instance keeps public network access off (`publicAccessSwitch`).",
    severity: "high",
    pillar: "security",
    service: "postgresql",
    fix: "Set `publicAccessSwitch: false` (the default) and reach the database from inside the VPC (through a bastion or a private link for administrators).",
    resources: ["tencentcloud_postgresql_instance"],
    config: NO_CONFIG,
    check(r) {
        return bool(at(r.props, "publicAccessSwitch")) === true ? [`PostgreSQL instance must not be reachable from the internet; ${prop("publicAccessSwitch")} is true.`] : [];
    },
});

/** Deletion protection. */
export const postgresqlInstanceDeletionProtection = resourceRule({
    kind: "resource",
    name: "postgresql-instance-deletion-protection",
    description: "Checks whether a PostgreSQL instance has deletion protection enabled (`deleteProtection`).",
    severity: "medium",
    pillar: "reliability",
    service: "postgresql",
    fix: "Set `deleteProtection: true`, so the instance cannot be deleted by mistake (through the console, the API or a replacement).",
    resources: ["tencentcloud_postgresql_instance"],
    config: NO_CONFIG,
    check(r) {
        const value = bool(at(r.props, "deleteProtection"));
        if (value === UNKNOWN || value === true) {
            return [];
        }
        return [`PostgreSQL instance must have deletion protection; ${prop("deleteProtection")} ${value === undefined ? "is not set (provider default false)" : "is false"}.`];
    },
});

/** Read-only replicas outside the primary's zone. */
export const postgresqlReadonlyInstanceOtherZone = stackRule({
    kind: "stack",
    name: "postgresql-readonly-instance-other-zone",
    description: "Checks whether each PostgreSQL read-only instance sits in an availability zone other than its primary instance's primary node.",
    severity: "medium",
    pillar: "reliability",
    service: "postgresql",
    fix: "Create the read-only instance with `zone` set to a zone other than the primary's `availabilityZone` (`zone` forces a replacement): reads keep a replica when the primary's zone is lost.",
    config: NO_CONFIG,
    check(t) {
        const replicas = t.ofKind("postgresql-readonly");
        const violations: StackViolation[] = [];
        for (const replica of replicas) {
            const zone = str(at(replica.props, "zone"));
            if (typeof zone !== "string") {
                continue;
            }
            for (const master of t.resolve(replica, "masterDbInstanceId", ["postgresql"]).nodes) {
                const primary = postgresqlLayout(master.props).primary;
                if (typeof primary === "string" && primary === zone) {
                    violations.push({
                        urn: replica.urn,
                        message: `PostgreSQL read-only instance must sit in an availability zone other than its primary's; ${prop("zone")} is ${zone}, the zone of ${master.name}'s primary node.`,
                    });
                    break;
                }
            }
        }
        return { assessed: replicas.length, violations };
    },
});

/** The PostgreSQL rules. */
export const postgresqlRules = [
    postgresqlInstanceMultiAz,
    postgresqlInstanceBackupPlan,
    postgresqlInstanceNoPublicAccess,
    postgresqlInstanceDeletionProtection,
    postgresqlReadonlyInstanceOtherZone,
];
