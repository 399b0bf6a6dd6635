import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { REDIS_REPLICAS, REDIS_TYPE_ID } from "../defaults";
import { inheritOptions, resolveDataPlacement, resolveProtect, warnDeprecated } from "../compose";
import type { NetworkLike } from "../compose";
import { HIDDEN, Validator } from "../errors";
import { COMPONENT_TAG, Tags, ZonalSubnet, ZONE_TAG, mergeTags } from "../types";
import { resolveNumericZoneIds, roundRobin, validateZoneList, validateZoneNames } from "../zones";

/** The component's type token. */
export const MULTI_AZ_REDIS_TYPE = "zonesafe:database:MultiAzRedis";

/** Redis type ids of the standard (master/replica) architecture: 2.8, CKV 3.2, 4.0, 5.0. */
export const REDIS_STANDARD_TYPE_IDS: readonly number[] = [2, 3, 6, 8];
/** Redis type ids of the cluster architecture (need `shardNum`): CKV 3.2, 4.0, 5.0. */
export const REDIS_CLUSTER_TYPE_IDS: readonly number[] = [4, 7, 9];
/** Type ids that support a single replica only (Redis 2.8 and CKV standard). */
export const REDIS_SINGLE_REPLICA_TYPE_IDS: readonly number[] = [2, 3];
/** Shard counts the cluster architecture accepts. */
export const REDIS_SHARD_COUNTS: readonly number[] = [1, 3, 5, 8, 12, 16, 24, 32, 40, 48, 64, 80, 96, 128];

/** The arguments of a {@link MultiAzRedis}. */
export interface MultiAzRedisArgs {
    /**
     * The network the instance lives in: its VPC, the data-tier subnet of the first zone and the
     * data-tier security group. Either `network` or `vpcId` with `subnet` is required.
     */
    network?: NetworkLike;
    /**
     * The zones, at least 2 distinct: the master lives in the first. With `network` every zone must be one of its data tier, and they default to the
     * network's zones in zone-number order (so the first stays put when other zones change);
     * without it they are required, and the first must be `subnet`'s zone.
     */
    zones?: string[];
    /**
     * The zone of each replica; as long as `replicasNum`, at least one differs from the master's
     * zone. Defaults to round-robin over `zones` (2 replicas: one in the master's zone, one in the next).
     */
    replicaZones?: string[];
    /** Replicas per shard, 1–5 (1 for type ids 2 and 3). Defaults to `2`. */
    replicasNum?: number;
    /** Numeric zone ids by zone name, for regions outside the built-in table (see `REGION_ZONE_CODES`). Defaults to `{}`. */
    zoneIds?: Record<string, number>;
    /** The Redis type id (`tencentcloud_redis_zone_config`); standalone types are not accepted. Defaults to `8` (Redis 5.0, standard architecture). */
    typeId?: number;
    /** Shards; required for cluster type ids (4, 7, 9), one of 1, 3, 5, 8, 12, 16, 24, 32, 40, 48, 64, 80, 96, 128. Defaults to none. */
    shardNum?: number;
    /** Memory, MB (per shard for cluster types). */
    memSize: number;
    /** The password, from Pulumi secret config; 8–16 characters when given as a string. Required; there is no default. */
    password: pulumi.Input<string>;
    /** The VPC, without `network`. Refused together with `network`. */
    vpcId?: pulumi.Input<string>;
    /** The subnet with its zone, without `network`; its zone must be the first of `zones` (refused otherwise). */
    subnet?: ZonalSubnet;
    /** Deprecated (removed in the next release): a bare subnet id, whose zone cannot be checked; pass `subnet` or `network`. */
    subnetId?: pulumi.Input<string>;
    /** Security groups. Defaults to none. */
    securityGroups?: pulumi.Input<string>[];
    /** The port. Defaults to the provider's (6379). */
    port?: pulumi.Input<number>;
    /** Whether reads go to replicas (read/write splitting; best with 2 or more replicas). Defaults to `false`. */
    replicasReadOnly?: boolean;
    /** The instance's display name. Defaults to the component name. */
    instanceName?: string;
    /** Deprecated (removed in the next release): use the `protect` resource option, which the instance follows (`true` when neither is given). */
    protect?: boolean;
    /** Tags; the component adds its name and the master's zone. Defaults to `{}`. */
    tags?: Tags;
}

/** The resolved layout of a MultiAzRedis (plain data). */
export interface MultiAzRedisPlan {
    masterZone: string;
    zones: string[];
    typeId: number;
    replicasNum: number;
    replicaZones: string[];
    replicaZoneIds: number[];
    /** Replicas outside the master's zone: at least 1. */
    replicasOutsideMasterZone: number;
    replicasReadOnly: boolean;
    protect: boolean;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the replica placement. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planMultiAzRedis(name: string, args: MultiAzRedisArgs, opts?: pulumi.ComponentResourceOptions): MultiAzRedisPlan {
    const v = new Validator(MULTI_AZ_REDIS_TYPE, name);
    const a = (args ?? {}) as MultiAzRedisArgs;
    const placed = resolveDataPlacement(v, a);
    const zones = validateZoneList(v, "zones", placed.zones, { purpose: "for a multi-AZ Redis (a master zone and another zone for replicas)" });
    const typeId = a.typeId ?? REDIS_TYPE_ID;
    const typeOk = v.check(
        REDIS_STANDARD_TYPE_IDS.includes(typeId) || REDIS_CLUSTER_TYPE_IDS.includes(typeId),
        "typeId",
        `must be a master/replica type id (${[...REDIS_STANDARD_TYPE_IDS, ...REDIS_CLUSTER_TYPE_IDS].sort((x, y) => x - y).join(", ")})`,
        typeId,
        "use 8 (Redis 5.0 standard) or 9 (Redis 5.0 cluster); standalone Redis has no replica to fail over to.",
    );
    const replicasNum = a.replicasNum ?? REDIS_REPLICAS;
    const maxReplicas = typeOk && REDIS_SINGLE_REPLICA_TYPE_IDS.includes(typeId) ? 1 : 5;
    const replicasOk = v.integer("replicasNum", replicasNum, 1, maxReplicas);
    if (typeOk && REDIS_CLUSTER_TYPE_IDS.includes(typeId)) {
        v.oneOf("shardNum", a.shardNum, REDIS_SHARD_COUNTS, `set \`shardNum\` for cluster type ${typeId}: one of ${REDIS_SHARD_COUNTS.join(", ")}.`);
    } else if (typeOk) {
        v.check(a.shardNum === undefined, "shardNum", "applies only to cluster type ids (4, 7, 9)", a.shardNum, "remove `shardNum`.");
    }
    const overrides = a.zoneIds ?? {};
    const overridesOk = v.check(
        typeof overrides === "object" && overrides !== null && !Array.isArray(overrides),
        "zoneIds",
        "must map zone names to numeric ids",
        overrides,
        "pass `{ \"ap-xxx-1\": 123001 }`.",
    );

    let replicaZones: string[] | undefined;
    if (a.replicaZones !== undefined) {
        // Two replicas may share a zone, so repeats are allowed here.
        replicaZones = validateZoneNames(v, "replicaZones", a.replicaZones);
    } else if (zones && replicasOk) {
        replicaZones = roundRobin(replicasNum, zones);
    }
    let replicaZoneIds: number[] | undefined;
    if (replicaZones && zones && replicasOk) {
        v.check(
            replicaZones.length === replicasNum,
            "replicaZones",
            `must list one zone per replica (${replicasNum})`,
            replicaZones,
            `list ${replicasNum} zones, or change \`replicasNum\`.`,
        );
        v.check(
            replicaZones.some((z) => z !== zones[0]),
            "replicaZones",
            `must place at least one replica outside the master's zone (${zones[0]})`,
            replicaZones,
            `move a replica to ${zones[1]}.`,
        );
        replicaZones.forEach((z, i) => v.check(zones.includes(z), `replicaZones[${i}]`, "must be one of `zones`", z, `use one of ${zones.join(", ")}.`));
        if (overridesOk) replicaZoneIds = resolveNumericZoneIds(v, "replicaZones", replicaZones, overrides);
    }
    v.integer("memSize", a.memSize, 256, 1_024_000);
    if (typeof a.password === "string") {
        v.check(a.password.length >= 8 && a.password.length <= 16, "password", "must be 8–16 characters", HIDDEN, "read it from Pulumi secret config: `config.requireSecret(\"redisPassword\")`.");
    } else {
        v.present("password", a.password, "read it from Pulumi secret config: `config.requireSecret(\"redisPassword\")`; there is no default password.");
    }
    const replicasReadOnly = a.replicasReadOnly ?? false;
    v.boolean("replicasReadOnly", replicasReadOnly);
    if (a.instanceName !== undefined) v.nonEmptyString("instanceName", a.instanceName);
    const protect = resolveProtect(v, a.protect, opts);
    v.throwIfAny();

    return {
        masterZone: zones![0],
        zones: zones!,
        typeId,
        replicasNum,
        replicaZones: replicaZones!,
        replicaZoneIds: replicaZoneIds!,
        replicasOutsideMasterZone: replicaZones!.filter((z) => z !== zones![0]).length,
        replicasReadOnly,
        protect,
    };
}

/**
 * TencentDB for Redis with its replicas placed by zone: the master in the first zone and at least
 * one replica in another (`replicaZoneIds` as long as `redisReplicasNum`). By default two replicas:
 * one beside the master (a fast local failover) and one in the second zone (survives the zone).
 */
export class MultiAzRedis extends pulumi.ComponentResource {
    /** The Redis instance. */
    public readonly instance: tencentcloud.RedisInstance;
    /** The instance's id. */
    public readonly instanceId: pulumi.Output<string>;
    /** The resolved layout. */
    public readonly zonePlan: MultiAzRedisPlan;

    constructor(name: string, args: MultiAzRedisArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planMultiAzRedis(name, args, opts);
        const placed = resolveDataPlacement(new Validator(MULTI_AZ_REDIS_TYPE, name), args);
        super(MULTI_AZ_REDIS_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;
        if (args.protect !== undefined) warnDeprecated(this, name, "protect", "set the `protect` resource option instead (the instance follows it).");
        if (placed.deprecatedSubnetId) warnDeprecated(this, name, "subnetId", "pass `network` or `subnet: { zone, subnetId }` so that the master's zone is checked against the subnet.");

        this.instance = new tencentcloud.RedisInstance(
            `${name}-instance`,
            {
                name: args.instanceName ?? name,
                availabilityZone: plan.masterZone,
                typeId: plan.typeId,
                memSize: args.memSize,
                redisShardNum: args.shardNum,
                redisReplicasNum: plan.replicasNum,
                replicaZoneIds: plan.replicaZoneIds,
                replicasReadOnly: plan.replicasReadOnly,
                password: pulumi.secret(args.password),
                vpcId: placed.vpcId!,
                subnetId: placed.subnetId!,
                securityGroups: args.securityGroups ?? (placed.securityGroupId !== undefined ? [placed.securityGroupId] : undefined),
                port: args.port,
                forceDelete: false,
                tags: mergeTags(args.tags, { [COMPONENT_TAG]: name, [ZONE_TAG]: plan.masterZone }),
            },
            { parent: this, protect: plan.protect, additionalSecretOutputs: ["password"] },
        );
        this.instanceId = this.instance.id;

        this.registerOutputs({ instanceId: this.instanceId, zonePlan: plan });
    }
}
