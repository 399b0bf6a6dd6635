import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { CKAFKA_DEFAULT_PARTITIONS, CKAFKA_REPLICATION_FACTOR, CKAFKA_SPECIFICATIONS_TYPE } from "../defaults";
import { inheritOptions, resolveDataPlacement, resolveProtect, warnDeprecated } from "../compose";
import type { NetworkLike } from "../compose";
import { Validator } from "../errors";
import { COMPONENT_TAG, Tags, ZonalSubnet, ZONE_TAG, mergeTags } from "../types";
import { resolveNumericZoneIds, validateZoneList } from "../zones";

/** The component's type token. */
export const MULTI_AZ_CKAFKA_TYPE = "zonesafe:messaging:MultiAzCkafka";

/** CKafka editions that span zones: `profession` (up to 4 zones) and `standard` (advanced edition, up to 2). */
export const CkafkaEdition = { PROFESSION: "profession", STANDARD: "standard" } as const;
/** CKafka editions that span zones: `profession` (up to 4 zones) and `standard` (advanced edition, up to 2). */
export type CkafkaEdition = (typeof CkafkaEdition)[keyof typeof CkafkaEdition];
/** The most zones each edition spans. */
export const CKAFKA_MAX_ZONES: Readonly<Record<CkafkaEdition, number>> = { profession: 4, standard: 2 };

/** The arguments of a {@link MultiAzCkafka}. */
export interface MultiAzCkafkaArgs {
    /**
     * The network the instance lives in: its VPC, the data-tier subnet of the first zone and the
     * data-tier security group. Either `network` or `vpcId` with `subnet` is required.
     */
    network?: NetworkLike;
    /**
     * The zones, at least 2 distinct (at most 4 for `profession`, 2 for `standard`); the first is the primary `zoneId`. With `network` every zone must be one of its data tier, and they default to the
     * network's zones in zone-number order (so the first stays put when other zones change);
     * without it they are required, and the first must be `subnet`'s zone.
     */
    zones?: string[];
    /** Numeric zone ids by zone name, for regions outside the built-in table (see `REGION_ZONE_CODES`). Defaults to `{}`. */
    zoneIds?: Record<string, number>;
    /** The edition. Defaults to `profession`. */
    specificationsType?: CkafkaEdition;
    /** The VPC (multi-zone instances live in a VPC), without `network`. Refused together with `network`. */
    vpcId?: pulumi.Input<string>;
    /** The subnet with its zone, without `network`; its zone must be the first of `zones` (refused otherwise). */
    subnet?: ZonalSubnet;
    /** Deprecated (removed in the next release): a bare subnet id, whose zone cannot be checked; pass `subnet` or `network`. */
    subnetId?: pulumi.Input<string>;
    /** Bandwidth, MB/s. Defaults to the provider's. */
    bandWidth?: pulumi.Input<number>;
    /** Disk, GB. Defaults to the provider's. */
    diskSize?: pulumi.Input<number>;
    /** Disk type, e.g. `CLOUD_SSD`. Defaults to the provider's. */
    diskType?: pulumi.Input<string>;
    /** Partition quota. Defaults to the provider's. */
    partition?: pulumi.Input<number>;
    /** Kafka version, e.g. `2.4.1`. Defaults to the provider's. */
    kafkaVersion?: pulumi.Input<string>;
    /** Message retention, minutes. Defaults to the provider's (10080, 7 days). */
    msgRetentionTime?: pulumi.Input<number>;
    /** Replication factor of auto-created topics, 2–3 (copies land in different zones). Defaults to `3`. */
    replicationFactor?: number;
    /** Whether producers may create topics implicitly. Defaults to `false`. */
    autoCreateTopics?: boolean;
    /** The instance's display name. Defaults to the component name. */
    instanceName?: string;
    /** Deprecated (removed in the next release): use the `protect` resource option, which the instance follows (`true` when neither is given). */
    protect?: boolean;
    /** Tags; the component adds its name and the primary zone. Defaults to `{}`. */
    tags?: Tags;
}

/** The resolved layout of a MultiAzCkafka (plain data). */
export interface MultiAzCkafkaPlan {
    primaryZone: string;
    zones: string[];
    zoneId: number;
    zoneIds: number[];
    /** Always `true`: the instance spans zones. */
    multiZoneFlag: boolean;
    specificationsType: CkafkaEdition;
    replicationFactor: number;
    autoCreateTopics: boolean;
    protect: boolean;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the instance's zones. Throws a
 * `ComponentArgsError` when the arguments are refused.
 */
export function planMultiAzCkafka(name: string, args: MultiAzCkafkaArgs, opts?: pulumi.ComponentResourceOptions): MultiAzCkafkaPlan {
    const v = new Validator(MULTI_AZ_CKAFKA_TYPE, name);
    const a = (args ?? {}) as MultiAzCkafkaArgs;
    const specificationsType = a.specificationsType ?? (CKAFKA_SPECIFICATIONS_TYPE as CkafkaEdition);
    const editionOk = v.oneOf("specificationsType", specificationsType, Object.values(CkafkaEdition), "use \"profession\" (up to 4 zones) or \"standard\" (advanced edition, 2 zones).");
    const placed = resolveDataPlacement(v, a, editionOk ? CKAFKA_MAX_ZONES[specificationsType] : undefined);
    const zones = validateZoneList(v, "zones", placed.zones, {
        max: editionOk ? CKAFKA_MAX_ZONES[specificationsType] : undefined,
        purpose: editionOk ? `for a multi-zone CKafka ${specificationsType} instance` : "for a multi-zone CKafka instance",
    });
    const overrides = a.zoneIds ?? {};
    let ids: number[] | undefined;
    if (v.check(typeof overrides === "object" && overrides !== null && !Array.isArray(overrides), "zoneIds", "must map zone names to numeric ids", overrides, "pass `{ \"ap-xxx-1\": 123001 }`.") && zones) {
        ids = resolveNumericZoneIds(v, "zones", zones, overrides);
        if (ids) v.check(new Set(ids).size === ids.length, "zoneIds", "must give each zone its own id", ids, "fix the repeated ids.");
    }
    const replicationFactor = a.replicationFactor ?? CKAFKA_REPLICATION_FACTOR;
    v.integer("replicationFactor", replicationFactor, 2, 3, "use 2 or 3 copies, so that a topic survives the loss of a zone.");
    const autoCreateTopics = a.autoCreateTopics ?? false;
    v.boolean("autoCreateTopics", autoCreateTopics);
    if (a.instanceName !== undefined) v.nonEmptyString("instanceName", a.instanceName);
    const protect = resolveProtect(v, a.protect, opts);
    v.throwIfAny();

    return {
        primaryZone: zones![0],
        zones: zones!,
        zoneId: ids![0],
        zoneIds: ids!,
        multiZoneFlag: true,
        specificationsType,
        replicationFactor,
        autoCreateTopics,
        protect,
    };
}

/**
 * A CKafka instance deployed across zones (`multiZoneFlag` on, `zoneIds` of at least two zones,
 * `zoneId` the first of them): partition replicas are forced onto brokers in different zones and
 * the VIP drifts to a healthy zone when one fails.
 */
export class MultiAzCkafka extends pulumi.ComponentResource {
    /** The CKafka instance. */
    public readonly instance: tencentcloud.CkafkaInstance;
    /** The instance's id. */
    public readonly instanceId: pulumi.Output<string>;
    /** The resolved layout. */
    public readonly zonePlan: MultiAzCkafkaPlan;

    constructor(name: string, args: MultiAzCkafkaArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planMultiAzCkafka(name, args, opts);
        const placed = resolveDataPlacement(new Validator(MULTI_AZ_CKAFKA_TYPE, name), args, CKAFKA_MAX_ZONES[plan.specificationsType]);
        super(MULTI_AZ_CKAFKA_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;
        if (args.protect !== undefined) warnDeprecated(this, name, "protect", "set the `protect` resource option instead (the instance follows it).");
        if (placed.deprecatedSubnetId) warnDeprecated(this, name, "subnetId", "pass `network` or `subnet: { zone, subnetId }` so that the master's zone is checked against the subnet.");

        this.instance = new tencentcloud.CkafkaInstance(
            `${name}-instance`,
            {
                instanceName: args.instanceName ?? name,
                specificationsType: plan.specificationsType,
                multiZoneFlag: plan.multiZoneFlag,
                zoneId: plan.zoneId,
                zoneIds: plan.zoneIds,
                vpcId: placed.vpcId!,
                subnetId: placed.subnetId!,
                bandWidth: args.bandWidth,
                diskSize: args.diskSize,
                diskType: args.diskType,
                partition: args.partition,
                kafkaVersion: args.kafkaVersion,
                msgRetentionTime: args.msgRetentionTime,
                config: {
                    autoCreateTopicEnable: plan.autoCreateTopics,
                    defaultNumPartitions: CKAFKA_DEFAULT_PARTITIONS,
                    defaultReplicationFactor: plan.replicationFactor,
                },
                tagSet: mergeTags(args.tags, { [COMPONENT_TAG]: name, [ZONE_TAG]: plan.primaryZone }),
            },
            { parent: this, protect: plan.protect },
        );
        this.instanceId = this.instance.id;

        this.registerOutputs({ instanceId: this.instanceId, zonePlan: plan });
    }
}
