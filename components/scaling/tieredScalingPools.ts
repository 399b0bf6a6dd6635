import * as pulumi from "@pulumi/pulumi";
import { DAILY_TRAFFIC_SHARE, GATEWAY_POOL_MAX, GATEWAY_POOL_MIN } from "../defaults";
import { inheritOptions } from "../compose";
import { ComponentArgsError, Problem, Validator } from "../errors";
import {
    ElasticScalingGroup,
    ElasticScalingGroupArgs,
    ElasticScalingGroupPlan,
    ScalingEventWindow,
    ScalingGroupCommonArgs,
    ScalingPoolKind,
    planElasticScalingGroup,
} from "./elasticScalingGroup";

/** The component's type token. */
export const TIERED_SCALING_POOLS_TYPE = "zonesafe:scaling:TieredScalingPools";

/** The pools, in the order they are built. */
export const POOL_KINDS: readonly ScalingPoolKind[] = ["daily", "burst", "event"];

/** The arguments of {@link TieredScalingPools}: one group's arguments, shared by the three pools, plus the pool sizes and the known peak. */
export interface TieredScalingPoolsArgs extends ScalingGroupCommonArgs {
    /**
     * The daily and burst pools' minimum, and the event pool's minimum during the peak; at least the
     * number of zones. Defaults to `300` (the gateway's published size).
     */
    poolMinSize?: number;
    /** Each pool's maximum, at most `backendLimit`. Defaults to `1000` (the gateway's published size). */
    poolMaxSize?: number;
    /** The known peak the event pool is brought up for. */
    event: ScalingEventWindow;
}

/** The resolved layout of TieredScalingPools (plain data). */
export interface TieredScalingPoolsPlan {
    /** Daily traffic split between the daily and burst pools. */
    dailyTrafficShare: TrafficShare;
    pools: PoolPlans;
}

/** How daily traffic splits between the daily and burst pools (parts, e.g. 7:3). */
export interface TrafficShare {
    /** The daily pool's part. */
    daily: number;
    /** The burst pool's part. */
    burst: number;
}

/** The plan of each pool. */
export interface PoolPlans {
    /** The daily pool's. */
    daily: ElasticScalingGroupPlan;
    /** The burst pool's. */
    burst: ElasticScalingGroupPlan;
    /** The event pool's. */
    event: ElasticScalingGroupPlan;
}

/** The scaling group id of each pool. */
export interface PoolScalingGroupIds {
    /** The daily pool's. */
    daily: pulumi.Output<string>;
    /** The burst pool's. */
    burst: pulumi.Output<string>;
    /** The event pool's. */
    event: pulumi.Output<string>;
}

/** The arguments of each pool, derived from the shared arguments. */
export function tieredPoolArgs(args: TieredScalingPoolsArgs): Record<ScalingPoolKind, ElasticScalingGroupArgs> {
    const { poolMinSize, poolMaxSize, event, ...shared } = (args ?? {}) as TieredScalingPoolsArgs;
    const min = poolMinSize ?? GATEWAY_POOL_MIN;
    const max = poolMaxSize ?? GATEWAY_POOL_MAX;
    return {
        daily: { ...shared, pool: "daily", minSize: min, maxSize: max },
        burst: { ...shared, pool: "burst", minSize: min, maxSize: max },
        // The event pool rests at one instance per zone and is raised to the pool minimum before the peak.
        event: {
            ...shared,
            pool: "event",
            minSize: restingSize(shared),
            maxSize: max,
            event: event === undefined || event === null || typeof event !== "object" ? event : { ...event, minSize: min },
        },
    };
}

/** One instance per zone of the group's subnets (explicit, or the network's chosen zones), when there are at least 2. */
function restingSize(a: Partial<ElasticScalingGroupArgs>): number | undefined {
    const zones = Array.isArray(a.subnets) ? a.subnets.length : Array.isArray(a.zones) ? a.zones.length : a.network?.subnets?.app?.length;
    return zones !== undefined && zones >= 2 ? zones : undefined;
}

/** A pool's field renamed to the TieredScalingPools argument it comes from. */
const FIELD_OF: Readonly<Record<string, string>> = { minSize: "poolMinSize", maxSize: "poolMaxSize", "event.minSize": "poolMinSize" };

/**
 * Plans the three pools, validating each (every problem at once, each reported once under the
 * TieredScalingPools argument it comes from). Throws a `ComponentArgsError` when refused.
 */
export function planTieredScalingPools(name: string, args: TieredScalingPoolsArgs): TieredScalingPoolsPlan {
    const v = new Validator(TIERED_SCALING_POOLS_TYPE, name);
    const a = (args ?? {}) as TieredScalingPoolsArgs;
    if (a.poolMinSize !== undefined) v.integer("poolMinSize", a.poolMinSize, 1, 100_000);
    const poolArgs = tieredPoolArgs(a);
    const pools = {} as Record<ScalingPoolKind, ElasticScalingGroupPlan>;
    const seen = new Set<string>();
    const problems: Problem[] = [...v.problems];
    for (const kind of POOL_KINDS) {
        try {
            pools[kind] = planElasticScalingGroup(`${name}-${kind}`, poolArgs[kind]);
        } catch (e) {
            if (!ComponentArgsError.isComponentArgsError(e)) throw e;
            for (const p of e.problems) {
                const field = FIELD_OF[p.field] ?? p.field;
                // Problems of the shared arguments appear in every pool: report each once.
                const key = `${field}|${p.rule}|${p.value}`;
                if (seen.has(key)) continue;
                seen.add(key);
                problems.push({ ...p, field, rule: FIELD_OF[p.field] ? `${p.rule} (${kind} pool)` : p.rule });
            }
        }
    }
    if (problems.length > 0) throw new ComponentArgsError(TIERED_SCALING_POOLS_TYPE, name, problems);
    return { dailyTrafficShare: DAILY_TRAFFIC_SHARE, pools };
}

/**
 * The log-ingestion gateway's three resource pools as scaling groups behind the same listeners:
 * a daily pool (public pool, 60 %/20 %), a burst pool that scales out first and in first
 * (compute platform, 50 %/40 %), and an event pool (dedicated, 60 %/20 %) resting at one instance
 * per zone and brought up to the pool minimum by a schedule before a known peak. Daily traffic
 * splits between the daily and burst pools 7:3.
 */
export class TieredScalingPools extends pulumi.ComponentResource {
    /** The pools' scaling group ids. */
    public readonly scalingGroupIds: PoolScalingGroupIds;
    /** The resolved layout. */
    public readonly zonePlan: TieredScalingPoolsPlan;

    constructor(name: string, args: TieredScalingPoolsArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planTieredScalingPools(name, args);
        super(TIERED_SCALING_POOLS_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;
        const poolArgs = tieredPoolArgs(args);
        const pools = {} as Record<ScalingPoolKind, ElasticScalingGroup>;
        const ids = {} as Record<ScalingPoolKind, pulumi.Output<string>>;
        for (const kind of POOL_KINDS) {
            pools[kind] = new ElasticScalingGroup(`${name}-${kind}`, poolArgs[kind], { parent: this });
            ids[kind] = pools[kind].scalingGroupId;
        }
        tieredPools.set(this, pools);
        this.scalingGroupIds = ids;
        this.registerOutputs({ scalingGroupIds: ids, zonePlan: plan });
    }

    /**
     * The pools (TypeScript only: a component is no output type of a component package; other
     * languages use `scalingGroupIds` and `zonePlan`).
     */
    public get pools(): Record<ScalingPoolKind, ElasticScalingGroup> {
        return tieredPools.get(this)!;
    }
}

/** The pools of each TieredScalingPools, kept off the instance so that they are no output of the component. */
const tieredPools = new WeakMap<TieredScalingPools, Record<ScalingPoolKind, ElasticScalingGroup>>();
