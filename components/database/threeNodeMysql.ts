import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { CRITICAL_DATA_TIER, DATA_TIER_CLASSES, DataTierClass } from "@zonesafe/model";
import { BACKUP_RETENTION_DAYS, BACKUP_WINDOW, BINLOG_RETENTION_DAYS, MYSQL_ENGINE_VERSION, MYSQL_FAILOVER_SECONDS, MYSQL_INTRANET_PORT } from "../defaults";
import { HIDDEN, Validator } from "../errors";
import { checkStatedZone, inheritOptions, isNetworkLike, resolveProtect, warnDeprecated } from "../compose";
import type { NetworkLike } from "../compose";
import { COMPONENT_TAG, Tags, ZONE_TAG, ZonalSubnet, mergeTags } from "../types";
import { parseZone, roundRobin, stablePrimaryZone, stableZoneOrder, validateZone, validateZoneList, zoneKey } from "../zones";

/** The component's type token. */
export const THREE_NODE_MYSQL_TYPE = "zonesafe:database:ThreeNodeMysql";

/** How replicas confirm writes: `strong-sync` (zero RPO), `semi-sync`, or `async`. */
export const MysqlSyncMode = { ASYNC: "async", SEMI_SYNC: "semi-sync", STRONG_SYNC: "strong-sync" } as const;
/** How replicas confirm writes: `strong-sync` (zero RPO), `semi-sync`, or `async`. */
export type MysqlSyncMode = (typeof MysqlSyncMode)[keyof typeof MysqlSyncMode];
/** How critical the data is: `critical` data must not lose a committed write (strong sync). */
export const DataTier = { CRITICAL: "critical", STANDARD: "standard" } as const;
/** How critical the data is: `critical` data must not lose a committed write (strong sync). */
export type DataTier = (typeof DataTier)[keyof typeof DataTier];
// The data tiers are the shared model's: this does not compile if the two lists ever differ.
const dataTiersAgree: [DataTier, DataTierClass] extends [DataTierClass, DataTier] ? true : never = true;
void dataTiersAgree;

/** The provider's `slaveSyncMode` code of each sync mode (0 async, 1 semi-sync, 2 strong sync). */
export const SLAVE_SYNC_MODE: Readonly<Record<MysqlSyncMode, number>> = { async: 0, "semi-sync": 1, "strong-sync": 2 };
/** The provider's `slaveDeployMode` code of the multi-AZ layout (0 is single-AZ). */
export const MULTI_AZ_DEPLOY_MODE = 1;

/** MySQL backup models. */
export const MysqlBackupModel = { PHYSICAL: "physical", LOGICAL: "logical" } as const;
/** MySQL backup models. */
export type MysqlBackupModel = (typeof MysqlBackupModel)[keyof typeof MysqlBackupModel];

/** Backup settings. */
export interface MysqlBackupArgs {
    /** Days backups are kept, 7–1830. Defaults to `7`. */
    retentionDays?: number;
    /** Days binlogs are kept (point-in-time recovery), 7 to `retentionDays`. Defaults to `7`. */
    binlogDays?: number;
    /** The daily backup window, `HH:mm-HH:mm`. Defaults to `02:00-06:00`. */
    window?: string;
    /** `physical` or `logical` backups. Defaults to `physical`. */
    model?: MysqlBackupModel;
}

/** The arguments of a {@link ThreeNodeMysql}. */
export interface ThreeNodeMysqlArgs {
    /**
     * The network the instance lives in: its VPC, the data-tier subnet of the primary's zone and the
     * data-tier security group. Either `network` or `vpcId` with `subnet` is required.
     */
    network?: NetworkLike;
    /** The VPC, for a subnet outside a network this program holds. Refused together with `network`. */
    vpcId?: pulumi.Input<string>;
    /** The subnet of the instance's VIP (a data-tier subnet) with its zone: the primary's zone. Refused together with `network`. */
    subnet?: ZonalSubnet;
    /**
     * Removed: a bare subnet id says nothing of its zone, so the primary's zone could not be checked.
     * Refused with the fix (`subnet: { zone, subnetId }` or `network`).
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Zone A: the primary and the first replica. Derived: the zone of `subnet`, or with `network` the
     * network's lowest-numbered zone (stable when other zones change). When stated it must agree with
     * `subnet` (refused otherwise); with `network` it picks the network's data subnet of that zone.
     */
    primaryZone?: string;
    /**
     * Zone B: the second replica; must differ from the primary's zone (the multi-AZ, three-node
     * layout). With `network` defaults to its next zone by zone number after the primary's (and must be
     * one of its zones); required with an explicit `subnet`.
     */
    secondReplicaZone?: string;
    /** How critical the data is. Defaults to `critical`. */
    dataTier?: DataTier;
    /** Replication mode; `async` is refused for `critical` data. Defaults to `strong-sync` for `critical`, `semi-sync` for `standard`. */
    syncMode?: MysqlSyncMode;
    /** The root password, from Pulumi secret config (`config.requireSecret(...)`); at least 8 characters. Required; there is no default. */
    rootPassword: pulumi.Input<string>;
    /** Memory, MB (e.g. 4000). */
    memSize: number;
    /** Disk, GB (e.g. 200). */
    volumeSize: number;
    /** CPU cores. Defaults to the provider's choice for `memSize`. */
    cpu?: number;
    /** The MySQL version. Defaults to `8.0`. */
    engineVersion?: string;
    /** The instance's display name. Defaults to the component name. */
    instanceName?: string;
    /** Security groups (e.g. a ZonalNetwork's data-tier group). Defaults to none. */
    securityGroups?: pulumi.Input<string>[];
    /**
     * The intranet port, 1024–65535. Defaults to `3307`: not the well-known 3306 (the provider's
     * default), which scanners inside the network probe first. Clients read it from `instance.intranetPort`.
     */
    intranetPort?: pulumi.Input<number>;
    /** Backup policy. Defaults to 7-day retention, 7-day binlogs, 02:00–06:00, physical. */
    backup?: MysqlBackupArgs;
    /** Read-only instances for read/write splitting, 0–10, spread round-robin across `readonlyZones`. Defaults to `0`. */
    readonlyReplicas?: number;
    /** Zones of the read-only instances. Defaults to `[primaryZone, secondReplicaZone]`. */
    readonlyZones?: string[];
    /**
     * Deprecated (removed in the next release): use the `protect` resource option, which the
     * instances follow (`true` when neither is given). Accepted when it agrees with the option, with a warning.
     */
    protect?: boolean;
    /** Tags of every instance; the component adds its name and zone. Defaults to `{}`. */
    tags?: Tags;
}

/** One planned read-only instance. */
export interface ReadonlyPlan {
    /** 1-based index of the instance among the read-only instances. */
    index: number;
    /** 1-based ordinal of the instance among the read-only instances of its zone. */
    ordinal: number;
    /**
     * The resource name, keyed by zone and ordinal within the zone: `orders-ro-ap-guangzhou-4` for
     * the first in a zone, `orders-ro-ap-guangzhou-4-2` for the second.
     */
    resourceName: string;
    /** The name 0.1 gave the instance, by position (`orders-ro-1`); the instance carries it as an alias. */
    legacyName: string;
    /** The instance's display name suffix after the MySQL instance name: `ro-ap-guangzhou-4`, `ro-ap-guangzhou-4-2`. */
    suffix: string;
    zone: string;
}

/** Names read-only instances placed in `zones` (one entry each) by their zone and ordinal within it. */
function planReadonly(name: string, zones: string[]): ReadonlyPlan[] {
    const seen = new Map<string, number>();
    return zones.map((zone, i) => {
        const ordinal = (seen.get(zone) ?? 0) + 1;
        seen.set(zone, ordinal);
        const suffix = `ro-${zoneKey(zone)}${ordinal > 1 ? `-${ordinal}` : ""}`;
        return { index: i + 1, ordinal, resourceName: `${name}-${suffix}`, legacyName: `${name}-ro-${i + 1}`, suffix, zone };
    });
}

/** The resolved layout of a ThreeNodeMysql (plain data). */
export interface ThreeNodeMysqlPlan {
    dataTier: DataTier;
    syncMode: MysqlSyncMode;
    slaveSyncMode: number;
    slaveDeployMode: number;
    /** Zone A: the primary. */
    primaryZone: string;
    /** Zone A: the first replica. */
    firstReplicaZone: string;
    /** Zone B: the second replica. */
    secondReplicaZone: string;
    zones: string[];
    failoverSeconds: number;
    /** Recovery point objective, seconds: 0 with strong sync. */
    rpoSeconds?: number;
    engineVersion: string;
    backup: MysqlBackupPlan;
    readonly: ReadonlyPlan[];
    protect: boolean;
}

/** The resolved backup settings of a ThreeNodeMysql. */
export interface MysqlBackupPlan {
    /** Days backups are kept. */
    retentionDays: number;
    /** Days binlogs are kept. */
    binlogDays: number;
    /** The backup window, `HH:mm-HH:mm`. */
    window: string;
    /** Physical or logical backups. */
    model: MysqlBackupModel;
}

/** Where a MySQL instance lives: the VPC, the VIP's subnet (whose zone is the primary's) and the second replica's zone. */
export interface MysqlPlacement {
    /** The VPC's id. */
    vpcId: pulumi.Input<string>;
    /** The VIP's subnet, in the primary's zone. */
    subnet: ZonalSubnet;
    /** The field the primary's zone is reported under. */
    primaryField: string;
    /** The second replica's zone, as stated or derived. */
    secondReplicaZone: string | undefined;
    /** The network's data-tier security group, with `network`. */
    securityGroupId?: pulumi.Input<string>;
}

/** Resolves the VPC, subnet and zones of a MySQL instance; refuses a stated zone that contradicts its subnet. */
export function resolveMysqlPlacement(v: Validator, a: ThreeNodeMysqlArgs): MysqlPlacement | undefined {
    if (a.subnetId !== undefined) {
        v.add(
            "subnetId",
            "was removed: a bare subnet id says nothing of its zone, so the primary's zone could not be checked against it",
            a.subnetId,
            "pass `network` (the data-tier subnet of the primary's zone is used) or `subnet: { zone, subnetId }`.",
        );
        return undefined;
    }
    if (a.network !== undefined) {
        if (!v.check(isNetworkLike(a.network), "network", "must be a ZonalNetwork", a.network, "pass the ZonalNetwork the instance lives in.")) return undefined;
        v.check(a.vpcId === undefined, "vpcId", "must not be given together with `network` (the network's VPC is used)", a.vpcId, "remove `vpcId`.");
        v.check(a.subnet === undefined, "subnet", "must not be given together with `network` (the network's data subnet of the primary's zone is used)", a.subnet, "remove `subnet`, or `network`.");
        const data = a.network.subnets.data;
        const zones = data.map((s) => s.zone);
        const primary = a.primaryZone ?? stablePrimaryZone(zones);
        const subnet = data.find((s) => s.zone === primary);
        if (!v.check(subnet !== undefined, "primaryZone", `must be a zone of the network's data tier (${zones.join(", ")})`, a.primaryZone, "remove `primaryZone` (the lowest-numbered zone is used), or pick a zone of the network.")) return undefined;
        let second = a.secondReplicaZone;
        if (second !== undefined) {
            if (!v.check(zones.includes(second), "secondReplicaZone", `must be a zone of the network's data tier (${zones.join(", ")})`, second, "remove `secondReplicaZone` (the next zone is used), or pick a zone of the network.")) return undefined;
        } else {
            const order = stableZoneOrder(zones);
            second = order.find((z) => parseZone(z)!.number > parseZone(primary!)!.number) ?? order.find((z) => z !== primary);
        }
        return { vpcId: a.network.vpcId, subnet: subnet!, primaryField: a.primaryZone !== undefined ? "primaryZone" : "network", secondReplicaZone: second, securityGroupId: a.network.securityGroupIds.data };
    }
    v.present("vpcId", a.vpcId, "pass `network` (a ZonalNetwork), or the `vpcId` of the subnet.");
    const s = a.subnet as Partial<ZonalSubnet> | undefined;
    if (!v.check(typeof s === "object" && s !== null, "subnet", "is required without `network`: the VIP's subnet with its zone (the primary's)", s, "pass `network`, or `subnet: { zone, subnetId }` (e.g. one of a ZonalNetwork's `subnets.data`).")) return undefined;
    v.present("subnet.subnetId", s!.subnetId);
    if (!validateZone(v, "subnet.zone", s!.zone)) return undefined;
    if (a.primaryZone !== undefined && !checkStatedZone(v, "primaryZone", a.primaryZone, s!.zone!, "`subnet`", `remove \`primaryZone\` (the primary goes to the subnet's zone), or pass a subnet in ${a.primaryZone}.`)) return undefined;
    v.present("secondReplicaZone", a.secondReplicaZone, "name the second replica's zone: another zone of the region (with `network` it is derived).");
    return { vpcId: a.vpcId!, subnet: s as ZonalSubnet, primaryField: "subnet.zone", secondReplicaZone: a.secondReplicaZone };
}

const WINDOW = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Resolves defaults, validates (every problem at once) and plans the three-node layout. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planThreeNodeMysql(name: string, args: ThreeNodeMysqlArgs, opts?: pulumi.ComponentResourceOptions): ThreeNodeMysqlPlan {
    const v = new Validator(THREE_NODE_MYSQL_TYPE, name);
    const a = { ...((args ?? {}) as ThreeNodeMysqlArgs) };
    const placed = resolveMysqlPlacement(v, a);
    if (placed) {
        a.primaryZone = placed.subnet.zone;
        a.secondReplicaZone = placed.secondReplicaZone;
    }
    const primaryOk = placed !== undefined && validateZone(v, placed.primaryField, a.primaryZone);
    const secondOk = placed !== undefined && validateZone(v, "secondReplicaZone", a.secondReplicaZone);
    if (primaryOk && secondOk) {
        if (
            v.check(
                a.secondReplicaZone !== a.primaryZone,
                "secondReplicaZone",
                "must differ from `primaryZone` (zone A holds the primary and the first replica; zone B holds the second replica)",
                a.secondReplicaZone,
                "pick another zone of the same region for the second replica.",
            )
        ) {
            v.check(
                parseZone(a.primaryZone)!.region === parseZone(a.secondReplicaZone)!.region,
                "secondReplicaZone",
                "must be in the same region as `primaryZone`",
                a.secondReplicaZone,
                `pick a zone of ${parseZone(a.primaryZone)!.region}.`,
            );
        }
    }
    const dataTier = a.dataTier ?? CRITICAL_DATA_TIER;
    const tierOk = v.oneOf("dataTier", dataTier, DATA_TIER_CLASSES);
    const syncMode = a.syncMode ?? (dataTier === CRITICAL_DATA_TIER ? "strong-sync" : "semi-sync");
    if (v.oneOf("syncMode", syncMode, Object.values(MysqlSyncMode)) && tierOk && dataTier === CRITICAL_DATA_TIER) {
        v.check(
            syncMode !== "async",
            "syncMode",
            "must be strong-sync or semi-sync for critical data (async replication loses committed writes on failover)",
            syncMode,
            "use \"strong-sync\" (zero RPO), or \"semi-sync\".",
        );
    }
    if (typeof a.rootPassword === "string") {
        v.check(a.rootPassword.length >= 8 && a.rootPassword.length <= 64, "rootPassword", "must be 8–64 characters", HIDDEN, "read it from Pulumi secret config: `config.requireSecret(\"mysqlRootPassword\")`.");
    } else {
        v.present("rootPassword", a.rootPassword, "read it from Pulumi secret config: `config.requireSecret(\"mysqlRootPassword\")`; there is no default password.");
    }
    v.integer("memSize", a.memSize, 1000, 1_000_000);
    v.integer("volumeSize", a.volumeSize, 25, 64_000);
    if (a.cpu !== undefined) v.integer("cpu", a.cpu, 1, 128);
    if (typeof a.intranetPort === "number") v.integer("intranetPort", a.intranetPort, 1024, 65535);
    const engineVersion = a.engineVersion ?? MYSQL_ENGINE_VERSION;
    v.oneOf("engineVersion", engineVersion, ["5.7", "8.0"] as const, "use 5.7 or 8.0 (the versions with the three-node, multi-AZ layout).");
    if (a.instanceName !== undefined) v.nonEmptyString("instanceName", a.instanceName);

    const b = (v.optionalObject("backup", a.backup) ? a.backup ?? {} : {}) as MysqlBackupArgs;
    const retentionDays = b.retentionDays ?? BACKUP_RETENTION_DAYS;
    const binlogDays = b.binlogDays ?? BINLOG_RETENTION_DAYS;
    const window = b.window ?? BACKUP_WINDOW;
    const model = b.model ?? "physical";
    if (v.integer("backup.retentionDays", retentionDays, BACKUP_RETENTION_DAYS, 1830, `keep backups at least ${BACKUP_RETENTION_DAYS} days (at most 1830).`)) {
        v.integer("backup.binlogDays", binlogDays, BINLOG_RETENTION_DAYS, retentionDays, `keep binlogs between ${BINLOG_RETENTION_DAYS} days and \`backup.retentionDays\` (${retentionDays}).`);
    }
    v.check(typeof window === "string" && WINDOW.test(window), "backup.window", "must be a window `HH:mm-HH:mm`", window, "use e.g. \"02:00-06:00\".");
    v.oneOf("backup.model", model, Object.values(MysqlBackupModel));

    const readonlyReplicas = a.readonlyReplicas ?? 0;
    const roCountOk = v.integer("readonlyReplicas", readonlyReplicas, 0, 10);
    let readonlyZones: string[] | undefined;
    if (a.readonlyZones !== undefined) {
        readonlyZones = validateZoneList(v, "readonlyZones", a.readonlyZones, { min: 1, purpose: "for read-only instances" });
        if (readonlyZones && roCountOk && readonlyReplicas >= 2) {
            v.check(
                readonlyZones.length >= 2,
                "readonlyZones",
                "must list at least 2 zones when there are 2 or more read-only instances",
                readonlyZones,
                "add a zone, so that reads survive the loss of one.",
            );
        }
        if (readonlyZones && primaryOk) {
            const region = parseZone(a.primaryZone)!.region;
            readonlyZones.forEach((z, i) => v.check(parseZone(z)!.region === region, `readonlyZones[${i}]`, "must be in the region of `primaryZone`", z, `pick a zone of ${region}.`));
        }
    } else if (primaryOk && secondOk) {
        readonlyZones = [a.primaryZone!, a.secondReplicaZone!];
    }
    const protect = resolveProtect(v, a.protect, opts);
    v.throwIfAny();

    const roZones = roundRobin(readonlyReplicas, readonlyZones!);
    return {
        dataTier,
        syncMode,
        slaveSyncMode: SLAVE_SYNC_MODE[syncMode],
        slaveDeployMode: MULTI_AZ_DEPLOY_MODE,
        primaryZone: a.primaryZone!,
        firstReplicaZone: a.primaryZone!,
        secondReplicaZone: a.secondReplicaZone!,
        zones: [a.primaryZone!, a.secondReplicaZone!],
        failoverSeconds: MYSQL_FAILOVER_SECONDS,
        rpoSeconds: syncMode === "strong-sync" ? 0 : undefined,
        engineVersion,
        backup: { retentionDays, binlogDays, window, model },
        readonly: planReadonly(name, roZones),
        protect,
    };
}

/**
 * TencentDB for MySQL in the three-node layout: the primary and the first replica in zone A, the
 * second replica in zone B (`slaveDeployMode` 1), replicated with strong sync (zero RPO) by default
 * for critical data, or semi-sync; a backup policy keeping at least 7 days with binlogs; no public
 * access; optional read-only instances spread across zones for read/write splitting. Failover
 * takes under 60 s. The root password comes from Pulumi secret config and is stored as a secret.
 */
export class ThreeNodeMysql extends pulumi.ComponentResource {
    /** The MySQL instance (primary and two replicas). */
    public readonly instance: tencentcloud.MysqlInstance;
    /** The instance's id. */
    public readonly instanceId: pulumi.Output<string>;
    /** The backup policy. */
    public readonly backupPolicy: tencentcloud.MysqlBackupPolicy;
    /** The read-only instances. */
    public readonly readonlyInstances: tencentcloud.MysqlReadonlyInstance[];
    /** The read-only instances' ids. */
    public readonly readonlyInstanceIds: pulumi.Output<string>[];
    /** The resolved layout. */
    public readonly zonePlan: ThreeNodeMysqlPlan;

    constructor(name: string, args: ThreeNodeMysqlArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planThreeNodeMysql(name, args, opts);
        const placed = resolveMysqlPlacement(new Validator(THREE_NODE_MYSQL_TYPE, name), args)!;
        super(THREE_NODE_MYSQL_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;
        if (args.protect !== undefined) warnDeprecated(this, name, "protect", "set the `protect` resource option instead (the instances follow it).");
        const securityGroups = args.securityGroups ?? (placed.securityGroupId !== undefined ? [placed.securityGroupId] : undefined);
        const own = { [COMPONENT_TAG]: name };
        const childOpts = { parent: this, protect: plan.protect };

        this.instance = new tencentcloud.MysqlInstance(
            `${name}-instance`,
            {
                instanceName: args.instanceName ?? name,
                engineVersion: plan.engineVersion,
                memSize: args.memSize,
                volumeSize: args.volumeSize,
                cpu: args.cpu,
                vpcId: placed.vpcId,
                subnetId: placed.subnet.subnetId,
                securityGroups,
                intranetPort: args.intranetPort ?? MYSQL_INTRANET_PORT,
                internetService: 0,
                rootPassword: pulumi.secret(args.rootPassword),
                availabilityZone: plan.primaryZone,
                firstSlaveZone: plan.firstReplicaZone,
                secondSlaveZone: plan.secondReplicaZone,
                slaveDeployMode: plan.slaveDeployMode,
                slaveSyncMode: plan.slaveSyncMode,
                forceDelete: false,
                tags: mergeTags(args.tags, { ...own, [ZONE_TAG]: plan.primaryZone }),
            },
            { ...childOpts, additionalSecretOutputs: ["rootPassword"] },
        );
        this.instanceId = this.instance.id;

        this.backupPolicy = new tencentcloud.MysqlBackupPolicy(
            `${name}-backup`,
            {
                mysqlId: this.instance.id,
                retentionPeriod: plan.backup.retentionDays,
                binlogPeriod: plan.backup.binlogDays,
                backupTime: plan.backup.window,
                backupModel: plan.backup.model,
            },
            { parent: this },
        );

        this.readonlyInstances = plan.readonly.map(
            (ro) =>
                new tencentcloud.MysqlReadonlyInstance(
                    ro.resourceName,
                    {
                        masterInstanceId: this.instance.id,
                        instanceName: `${args.instanceName ?? name}-${ro.suffix}`,
                        memSize: args.memSize,
                        volumeSize: args.volumeSize,
                        cpu: args.cpu,
                        zone: ro.zone,
                        vpcId: placed.vpcId,
                        subnetId: placed.subnet.subnetId,
                        securityGroups,
                        forceDelete: false,
                        tags: mergeTags(args.tags, { ...own, [ZONE_TAG]: ro.zone }),
                    },
                    { ...childOpts, aliases: [{ name: ro.legacyName }] },
                ),
        );
        this.readonlyInstanceIds = this.readonlyInstances.map((r) => r.id);

        this.registerOutputs({
            instanceId: this.instanceId,
            backupPolicyId: this.backupPolicy.id,
            readonlyInstanceIds: this.readonlyInstanceIds,
            zonePlan: plan,
        });
    }
}
