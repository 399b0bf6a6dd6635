import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import {
    BURST_MIN_THRESHOLD_GAP,
    BURST_SCALE_IN_CPU_PERCENT,
    BURST_SCALE_OUT_CPU_PERCENT,
    CLB_BACKEND_WEIGHT,
    EVENT_DURATION_HOURS,
    EVENT_LEAD_MINUTES,
    GATEWAY_BACKEND_LIMIT,
    GATEWAY_POOL_MAX,
    GATEWAY_POOL_MIN,
    LB_HEALTH_CHECK_GRACE_SECONDS,
    MIN_THRESHOLD_GAP,
    SCALE_IN_CPU_PERCENT,
    SCALE_OUT_CPU_PERCENT,
    SCALING_ALARM_CONTINUOUS_PERIODS,
    SCALING_ALARM_PERIOD_SECONDS,
    SCALING_COOLDOWN_SECONDS,
    SPLIT_ADVICE_FRACTION,
} from "../defaults";
import { Validator } from "../errors";
import { inheritOptions, resolveSubnets } from "../compose";
import type { NetworkLike } from "../compose";
import { AlarmTarget, COMPONENT_TAG, POOL_TAG, Tags, ZonalSubnet, mergeTags } from "../types";
import { evenSpread, validateZonalSubnets } from "../zones";
import { parseScheduleTime, shiftScheduleTime } from "./schedule";
import { AS_SCHEDULE_OFFSET, CapacityEvent, EventCapacityPlan, planEventCapacity, validateEvents, validateQpsPerUnit } from "./eventCapacity";
import { eventSchedules } from "./eventSchedules";

/** The component's type token. */
export const ELASTIC_SCALING_GROUP_TYPE = "zonesafe:scaling:ElasticScalingGroup";

/**
 * The gateway's three pools: `daily` (public pool, daily load), `burst` (compute platform, small
 * peaks: scales out first and in first), `event` (dedicated pool, brought up before a known peak).
 */
export const ScalingPoolKind = { DAILY: "daily", BURST: "burst", EVENT: "event" } as const;
/**
 * The gateway's three pools: `daily` (public pool, daily load), `burst` (compute platform, small
 * peaks: scales out first and in first), `event` (dedicated pool, brought up before a known peak).
 */
export type ScalingPoolKind = (typeof ScalingPoolKind)[keyof typeof ScalingPoolKind];

/** The published thresholds of each pool: scale out above, scale in below (CPU %), and the narrowest gap accepted. */
export const POOL_THRESHOLDS: Readonly<Record<ScalingPoolKind, { scaleOutCpu: number; scaleInCpu: number; minThresholdGap: number }>> = {
    daily: { scaleOutCpu: SCALE_OUT_CPU_PERCENT, scaleInCpu: SCALE_IN_CPU_PERCENT, minThresholdGap: MIN_THRESHOLD_GAP },
    burst: { scaleOutCpu: BURST_SCALE_OUT_CPU_PERCENT, scaleInCpu: BURST_SCALE_IN_CPU_PERCENT, minThresholdGap: BURST_MIN_THRESHOLD_GAP },
    event: { scaleOutCpu: SCALE_OUT_CPU_PERCENT, scaleInCpu: SCALE_IN_CPU_PERCENT, minThresholdGap: MIN_THRESHOLD_GAP },
};

/** A CLB listener (or forward rule) the group registers its instances on. */
export interface ScalingLoadBalancer {
    /** The CLB id (e.g. a MultiAzClb's `clbId`). */
    loadBalancerId: pulumi.Input<string>;
    /** The listener id. */
    listenerId: pulumi.Input<string>;
    /** The forward rule id, for layer-7 listeners. Defaults to none. */
    ruleId?: pulumi.Input<string>;
    /** The port instances serve on, 1–65535. */
    port: number;
    /** The instances' weight, 0–100. Defaults to `10`. */
    weight?: number;
}

/** When a known peak comes and how long the event pool stays up for it. */
export interface ScalingEventWindow {
    /** When the peak starts, `YYYY-MM-DDThh:mm:ss+08:00`. */
    peakStart: string;
    /** Minutes before `peakStart` the pool is brought up, 1–1440. Defaults to `60`. */
    leadMinutes?: number;
    /** Hours after `peakStart` the pool returns to its resting size, 1–720. Defaults to `24`. */
    durationHours?: number;
}

/** A known peak the event pool is brought up for, and the pool's minimum during it. */
export interface ScalingEvent extends ScalingEventWindow {
    /** The pool's minimum during the peak, between `minSize` and `maxSize`. Defaults to `ceil(maxSize × 300 / 1000)` (the published pool's min:max), at least `minSize`. */
    minSize?: number;
}

/**
 * The arguments every scaling group shares: placement, image, instances, scaling steps, load
 * balancers, disks and tags. ElasticScalingGroup adds its pool and sizes; TieredScalingPools its
 * pool sizes and the known peak.
 */
export interface ScalingGroupCommonArgs {
    /** The network whose app tier the instances use (its VPC, subnets and app-tier security group). Either `network` or `vpcId` with `subnets` is required. */
    network?: NetworkLike;
    /** The zones of the network's app tier to use, at least 2. Defaults to every zone of the network. Only with `network`. */
    zones?: string[];
    /** The VPC, for subnets outside a network this program holds. Refused together with `network`. */
    vpcId?: pulumi.Input<string>;
    /** Explicit subnets, one per zone, at least 2 distinct zones; instances spread evenly (`EQUALITY`). Refused together with `network`. */
    subnets?: ZonalSubnet[];
    /** The image of the instances. */
    imageId: pulumi.Input<string>;
    /** Instance types, in order of preference (at least one). */
    instanceTypes: pulumi.Input<string>[];
    /** Seconds between scaling activities, 0–3600. Defaults to `300`. */
    cooldownSeconds?: number;
    /** Instances added per scale-out, 1–1000. Defaults to the number of zones (keeps the spread even). */
    scaleOutStep?: number;
    /** Instances removed per scale-in, 1–1000. Defaults to the number of zones. */
    scaleInStep?: number;
    /** Backends the gateway accepts per region; `maxSize` may not exceed it, and above half of it a warning advises splitting. Defaults to `1000`. */
    backendLimit?: number;
    /** CLB listeners to register instances on; with any, unhealthy backends are replaced and health checks use the CLB. Defaults to `[]`. */
    loadBalancers?: ScalingLoadBalancer[];
    /** Seconds a new instance may fail the CLB health check, 0–7200. Defaults to `120`. */
    healthCheckGraceSeconds?: number;
    /** Security groups of the instances. Defaults to the network's app-tier group with `network`, else none. */
    securityGroupIds?: pulumi.Input<string>[];
    /** SSH key ids. Defaults to none. */
    keyIds?: pulumi.Input<string>[];
    /** Base64 user data. Defaults to none. */
    userData?: pulumi.Input<string>;
    /** System disk type. Defaults to the provider's. */
    systemDiskType?: pulumi.Input<string>;
    /** System disk size, GB. Defaults to the provider's. */
    systemDiskSize?: pulumi.Input<number>;
    /** Whether instances get public IPs. Defaults to `false`. */
    publicIpAssigned?: boolean;
    /** Whether the Cloud Monitor agent runs on instances (NodeAlarms and unhealthy replacement use it). Defaults to `true`. */
    enhancedMonitorService?: boolean;
    /** Tags of the group and its instances; the component adds its name and the alarm tag. Defaults to `{}`. */
    tags?: Tags;
    /**
     * Peak events (the stack's `zonesafe:events`): before each, a schedule raises the group to the
     * instances the peak needs (start − warm-up) and another brings it back after the end. Children
     * are named by event. Defaults to none.
     */
    events?: CapacityEvent[];
    /** Requests per second one instance serves, for sizing each event; without it an event raises the group to `maxSize`. Defaults to none. */
    qpsPerInstance?: number;
}

/** The arguments of an {@link ElasticScalingGroup}. */
export interface ElasticScalingGroupArgs extends ScalingGroupCommonArgs {
    /** Which of the gateway's pools this group is; decides the default thresholds and gap rule. Defaults to `daily`. */
    pool?: ScalingPoolKind;
    /** The fewest instances, at least the number of zones. Defaults to `max(2, zones)`. */
    minSize?: number;
    /** The most instances, at most `backendLimit`. Defaults to `ceil(minSize × 1000 / 300)` (the published pool's max:min), at most `backendLimit`. */
    maxSize?: number;
    /** Instances to start with, between `minSize` and `maxSize`. Defaults to `minSize`. */
    desiredCapacity?: number;
    /** Scale out when average CPU stays above this %, 1–100. Defaults to `60` (`50` for `burst`). */
    scaleOutCpu?: number;
    /** Scale in when average CPU stays below this %, 0–99. Defaults to `20` (`40` for `burst`). */
    scaleInCpu?: number;
    /**
     * The narrowest accepted gap between `scaleOutCpu` and `scaleInCpu`, 10–90 points (a narrow gap
     * makes the group flap). Defaults to `20` (`10` for `burst`, whose published 50/40 is deliberate).
     */
    minThresholdGap?: number;
    /** The known peak: required for the `event` pool, refused for the others. Defaults to none. */
    event?: ScalingEvent;
}

/** The resolved event schedule. */
export interface ScalingEventPlan {
    peakStart: string;
    /** When the scale-up schedule fires (`peakStart − leadMinutes`). */
    scaleUpAt: string;
    /** When the scale-down schedule fires (`peakStart + durationHours`). */
    scaleDownAt: string;
    leadMinutes: number;
    peakMinSize: number;
}

/** How the group judges an instance unhealthy: by its CLB health check (`CLB`, with a load balancer) or by the CVM's state (`CVM`). */
export const AsHealthCheckType = { CLB: "CLB", CVM: "CVM" } as const;
/** How the group judges an instance unhealthy: by its CLB health check (`CLB`, with a load balancer) or by the CVM's state (`CVM`). */
export type AsHealthCheckType = (typeof AsHealthCheckType)[keyof typeof AsHealthCheckType];

/** The resolved layout of an ElasticScalingGroup (plain data). */
export interface ElasticScalingGroupPlan {
    pool: ScalingPoolKind;
    zones: string[];
    /** Always `EQUALITY`: instances spread evenly over the subnets. */
    multiZoneSubnetPolicy: string;
    minSize: number;
    maxSize: number;
    desiredCapacity: number;
    minPerZone: Record<string, number>;
    scaleOutCpu: number;
    scaleInCpu: number;
    minThresholdGap: number;
    cooldownSeconds: number;
    scaleOutStep: number;
    scaleInStep: number;
    backendLimit: number;
    /** Whether `maxSize` exceeds half of `backendLimit`. */
    splitAdvised: boolean;
    healthCheckType: AsHealthCheckType;
    healthCheckGraceSeconds: number;
    /** Always `true`: instances Cloud Monitor finds unhealthy are replaced. */
    replaceMonitorUnhealthy: boolean;
    replaceLoadBalancerUnhealthy: boolean;
    loadBalancers: number;
    publicIpAssigned: boolean;
    enhancedMonitorService: boolean;
    event?: ScalingEventPlan;
    /** Each peak event's scheduled capacity (present when events are given). */
    events?: EventCapacityPlan[];
    /** Warnings the component logs. */
    warnings: string[];
}

/** The VPC and subnets of a group, from `network` or the explicit arguments. */
export function resolveGroupSubnets(v: Validator, a: ElasticScalingGroupArgs): { vpcId: pulumi.Input<string>; subnets: ZonalSubnet[]; source: string } | undefined {
    if (a.network === undefined) {
        v.present("vpcId", a.vpcId, "pass `network` (its app tier is used), or the `vpcId` of the subnets.");
        v.check(a.zones === undefined, "zones", "applies only with `network` (explicit subnets carry their zones)", a.zones, "remove `zones`; the subnets' zones are used.");
    }
    const r = resolveSubnets(v, a, "app", { zones: a.zones });
    return r ? { vpcId: r.vpcId!, subnets: r.subnets, source: r.source } : undefined;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the group: zones, sizes,
 * thresholds, health checks and the event schedule. Throws a `ComponentArgsError` when the
 * arguments are refused. Pure.
 */
export function planElasticScalingGroup(name: string, args: ElasticScalingGroupArgs): ElasticScalingGroupPlan {
    const v = new Validator(ELASTIC_SCALING_GROUP_TYPE, name);
    const a = (args ?? {}) as ElasticScalingGroupArgs;
    const placed = resolveGroupSubnets(v, a);
    v.present("imageId", a.imageId);
    if (v.check(Array.isArray(a.instanceTypes) && a.instanceTypes.length > 0, "instanceTypes", "must list at least one instance type", a.instanceTypes, "pass e.g. [\"SA5.LARGE8\"], with a second type as a fallback.")) {
        a.instanceTypes.forEach((t, i) => v.present(`instanceTypes[${i}]`, t));
    }
    const zones = placed ? validateZonalSubnets(v, placed.source, placed.subnets, { purpose: "for a scaling group" }) : undefined;
    const zoneCount = zones?.length ?? 0;
    const pool = a.pool ?? "daily";
    const poolOk = v.oneOf("pool", pool, Object.values(ScalingPoolKind));
    const published = POOL_THRESHOLDS[poolOk ? pool : "daily"];

    const backendLimit = a.backendLimit ?? GATEWAY_BACKEND_LIMIT;
    const limitOk = v.integer("backendLimit", backendLimit, 1, 100_000);
    const minSize = a.minSize ?? Math.max(2, zoneCount);
    let sizesOk = v.integer("minSize", minSize, 1, 100_000);
    if (sizesOk && zones) {
        sizesOk = v.check(minSize >= zoneCount, "minSize", `must be at least the number of zones (${zoneCount}), so every zone keeps an instance`, minSize, `raise \`minSize\` to ${zoneCount}.`);
    }
    const defaultMax = () => Math.min(Math.ceil((minSize * GATEWAY_POOL_MAX) / GATEWAY_POOL_MIN), limitOk ? backendLimit : GATEWAY_BACKEND_LIMIT);
    const maxSize = a.maxSize ?? (sizesOk ? Math.max(defaultMax(), minSize) : undefined);
    let maxOk = false;
    if (a.maxSize !== undefined || sizesOk) {
        maxOk = v.integer("maxSize", maxSize, 1, 100_000);
        if (maxOk && sizesOk) maxOk = v.check(maxSize! >= minSize, "maxSize", `must be at least \`minSize\` (${minSize})`, maxSize, "raise `maxSize` or lower `minSize`.");
        if (maxOk && limitOk) {
            maxOk = v.check(
                maxSize! <= backendLimit,
                "maxSize",
                `must not exceed the gateway's backend limit per region (\`backendLimit\`, ${backendLimit})`,
                maxSize,
                "lower `maxSize`, or split the service by business, then by region, then add a cluster.",
            );
        }
    }
    const desiredCapacity = a.desiredCapacity ?? minSize;
    if ((a.desiredCapacity !== undefined || (sizesOk && maxOk)) && v.integer("desiredCapacity", desiredCapacity, 0, 100_000) && sizesOk && maxOk) {
        v.check(desiredCapacity >= minSize && desiredCapacity <= maxSize!, "desiredCapacity", `must lie between \`minSize\` (${minSize}) and \`maxSize\` (${maxSize})`, desiredCapacity, "set it within the group's bounds.");
    }

    const scaleOutCpu = a.scaleOutCpu ?? published.scaleOutCpu;
    const scaleInCpu = a.scaleInCpu ?? published.scaleInCpu;
    const minThresholdGap = a.minThresholdGap ?? published.minThresholdGap;
    const outOk = v.integer("scaleOutCpu", scaleOutCpu, 1, 100);
    const inOk = v.integer("scaleInCpu", scaleInCpu, 0, 99);
    const gapOk = v.integer(
        "minThresholdGap",
        minThresholdGap,
        BURST_MIN_THRESHOLD_GAP,
        90,
        `keep it at least ${BURST_MIN_THRESHOLD_GAP} (the burst pool's published 50/40 is the narrowest accepted).`,
    );
    if (outOk && inOk && gapOk) {
        v.check(
            scaleOutCpu - scaleInCpu >= minThresholdGap,
            "scaleInCpu",
            `must be at least ${minThresholdGap} points below \`scaleOutCpu\` (${scaleOutCpu}) for a ${poolOk ? `${pool} ` : ""}pool, or the group flaps`,
            scaleInCpu,
            `lower \`scaleInCpu\` to ${Math.max(0, scaleOutCpu - minThresholdGap)} or less (published: ${published.scaleOutCpu}/${published.scaleInCpu}).`,
        );
    }
    const cooldownSeconds = a.cooldownSeconds ?? SCALING_COOLDOWN_SECONDS;
    v.integer("cooldownSeconds", cooldownSeconds, 0, 3600);
    const scaleOutStep = a.scaleOutStep ?? Math.max(1, zoneCount);
    const scaleInStep = a.scaleInStep ?? Math.max(1, zoneCount);
    v.integer("scaleOutStep", scaleOutStep, 1, 1000);
    v.integer("scaleInStep", scaleInStep, 1, 1000);

    const loadBalancers = a.loadBalancers ?? [];
    if (v.array("loadBalancers", loadBalancers)) {
        loadBalancers.forEach((lb, i) => {
            if (!v.check(typeof lb === "object" && lb !== null, `loadBalancers[${i}]`, "must be `{ loadBalancerId, listenerId, port }`", lb, "pass the CLB id, listener id and port.")) return;
            v.present(`loadBalancers[${i}].loadBalancerId`, lb.loadBalancerId);
            v.present(`loadBalancers[${i}].listenerId`, lb.listenerId);
            v.integer(`loadBalancers[${i}].port`, lb.port, 1, 65535);
            v.integer(`loadBalancers[${i}].weight`, lb.weight ?? CLB_BACKEND_WEIGHT, 0, 100);
        });
    }
    const healthCheckGraceSeconds = a.healthCheckGraceSeconds ?? LB_HEALTH_CHECK_GRACE_SECONDS;
    v.integer("healthCheckGraceSeconds", healthCheckGraceSeconds, 0, 7200);
    const publicIpAssigned = a.publicIpAssigned ?? false;
    const enhancedMonitorService = a.enhancedMonitorService ?? true;
    v.boolean("publicIpAssigned", publicIpAssigned);
    v.boolean("enhancedMonitorService", enhancedMonitorService);

    let event: ScalingEventPlan | undefined;
    if (poolOk && pool === "event") {
        const e = a.event as ScalingEvent | undefined;
        if (v.check(typeof e === "object" && e !== null && !Array.isArray(e), "event", "is required for the event pool (it is brought up by a schedule before a known peak)", e, "pass `event: { peakStart: \"2025-11-11T00:00:00+08:00\" }`.")) {
            const startOk = v.check(parseScheduleTime(e!.peakStart) !== undefined, "event.peakStart", "must be a time `YYYY-MM-DDThh:mm:ss+08:00`", e!.peakStart, "write e.g. \"2025-11-11T00:00:00+08:00\".");
            const leadMinutes = e!.leadMinutes ?? EVENT_LEAD_MINUTES;
            const durationHours = e!.durationHours ?? EVENT_DURATION_HOURS;
            const leadOk = v.integer("event.leadMinutes", leadMinutes, 1, 1440);
            const durationOk = v.integer("event.durationHours", durationHours, 1, 720);
            let peakMinSize: number | undefined;
            if (sizesOk && maxOk) {
                peakMinSize = e!.minSize ?? Math.max(minSize, Math.ceil((maxSize! * GATEWAY_POOL_MIN) / GATEWAY_POOL_MAX));
                if (!v.check(
                    Number.isInteger(peakMinSize) && peakMinSize >= minSize && peakMinSize <= maxSize!,
                    "event.minSize",
                    `must be an integer between \`minSize\` (${minSize}) and \`maxSize\` (${maxSize})`,
                    peakMinSize,
                    "set the peak minimum within the pool's bounds.",
                )) peakMinSize = undefined;
            }
            if (startOk && leadOk && durationOk && peakMinSize !== undefined) {
                event = {
                    peakStart: e!.peakStart,
                    scaleUpAt: shiftScheduleTime(e!.peakStart, -leadMinutes),
                    scaleDownAt: shiftScheduleTime(e!.peakStart, durationHours * 60),
                    leadMinutes,
                    peakMinSize,
                };
            }
        }
    } else if (poolOk) {
        v.check(a.event === undefined, "event", "applies only to the event pool", a.event, "remove `event`, or set `pool: \"event\"`.");
    }
    const events = validateEvents(v, "events", a.events);
    validateQpsPerUnit(v, "qpsPerInstance", a.qpsPerInstance);
    v.throwIfAny();
    const eventPlans = planEventCapacity(events!, { minSize, maxSize: maxSize!, desired: desiredCapacity, qpsPerUnit: a.qpsPerInstance }, AS_SCHEDULE_OFFSET);

    const splitAdvised = maxSize! > backendLimit * SPLIT_ADVICE_FRACTION;
    const warnings = splitAdvised
        ? [
              `${name}: maxSize ${maxSize} is above half of the gateway's backend limit per region (${backendLimit}); ` +
                  "split the service by business, then by region, then add a cluster.",
          ]
        : [];
    const hasLb = loadBalancers.length > 0;
    return {
        pool,
        zones: zones!,
        multiZoneSubnetPolicy: "EQUALITY",
        minSize,
        maxSize: maxSize!,
        desiredCapacity,
        minPerZone: evenSpread(minSize, zones!),
        scaleOutCpu,
        scaleInCpu,
        minThresholdGap,
        cooldownSeconds,
        scaleOutStep,
        scaleInStep,
        backendLimit,
        splitAdvised,
        healthCheckType: hasLb ? "CLB" : "CVM",
        healthCheckGraceSeconds,
        replaceMonitorUnhealthy: true,
        replaceLoadBalancerUnhealthy: hasLb,
        loadBalancers: loadBalancers.length,
        publicIpAssigned,
        enhancedMonitorService,
        event,
        ...(eventPlans.length > 0 ? { events: eventPlans } : {}),
        warnings,
    };
}

/**
 * An Auto Scaling group (launch configuration + group) over at least two availability zones
 * (`EQUALITY`), registered on CLB listeners, replacing instances that Cloud Monitor or the CLB
 * health check finds unhealthy, with a CPU scale-out and a scale-in alarm policy and cooldowns.
 * Defaults follow the log-ingestion gateway's published table (scale out above 60 % CPU, in below
 * 20 %; the burst pool 50 %/40 %). `maxSize` never exceeds the gateway's backend limit per region
 * (default 1000); above half of it the component warns to split the service. The `event` pool is
 * brought up by a schedule before a known peak and returns to its resting size afterwards.
 */
export class ElasticScalingGroup extends pulumi.ComponentResource {
    /** The launch configuration. */
    public readonly scalingConfig: tencentcloud.AsScalingConfig;
    /** The scaling group. */
    public readonly scalingGroup: tencentcloud.AsScalingGroup;
    /** The scaling group's id. */
    public readonly scalingGroupId: pulumi.Output<string>;
    /** The scale-out alarm policy. */
    public readonly scaleOutPolicy: tencentcloud.AsScalingPolicy;
    /** The scale-in alarm policy. */
    public readonly scaleInPolicy: tencentcloud.AsScalingPolicy;
    /** The event pool's schedules (bring up, bring down); empty for other pools. */
    public readonly schedules: tencentcloud.AsSchedule[];
    /** Each peak event's schedules (scale out, then back), in event order. */
    public readonly eventSchedules: tencentcloud.AsSchedule[];
    /** The instances NodeAlarms should watch. */
    public readonly alarmTarget: AlarmTarget;
    /** The resolved layout. */
    public readonly zonePlan: ElasticScalingGroupPlan;

    constructor(name: string, args: ElasticScalingGroupArgs, opts?: pulumi.ComponentResourceOptions) {
        const plan = planElasticScalingGroup(name, args);
        const placed = resolveGroupSubnets(new Validator(ELASTIC_SCALING_GROUP_TYPE, name), args)!;
        super(ELASTIC_SCALING_GROUP_TYPE, name, {}, inheritOptions(opts, args.network, "tencentcloud"));
        this.zonePlan = plan;
        this.alarmTarget = { kind: "scalingGroup", name, tagKey: POOL_TAG, tagValue: name, zones: plan.zones };
        for (const w of plan.warnings) pulumi.log.warn(w, this);
        const tags = mergeTags(args.tags, { [COMPONENT_TAG]: name, [POOL_TAG]: name });

        this.scalingConfig = new tencentcloud.AsScalingConfig(
            `${name}-config`,
            {
                configurationName: name,
                imageId: args.imageId,
                instanceTypes: args.instanceTypes,
                securityGroupIds: args.securityGroupIds ?? (args.network !== undefined ? [args.network.securityGroupIds.app] : undefined),
                keyIds: args.keyIds,
                userData: args.userData,
                systemDiskType: args.systemDiskType,
                systemDiskSize: args.systemDiskSize,
                publicIpAssigned: plan.publicIpAssigned,
                internetMaxBandwidthOut: plan.publicIpAssigned ? undefined : 0,
                enhancedMonitorService: plan.enhancedMonitorService,
                instanceTags: tags,
            },
            { parent: this },
        );

        const lbs = args.loadBalancers ?? [];
        this.scalingGroup = new tencentcloud.AsScalingGroup(
            `${name}-group`,
            {
                scalingGroupName: name,
                configurationId: this.scalingConfig.id,
                vpcId: placed.vpcId,
                subnetIds: placed.subnets.map((s) => s.subnetId),
                multiZoneSubnetPolicy: plan.multiZoneSubnetPolicy,
                minSize: plan.minSize,
                maxSize: plan.maxSize,
                desiredCapacity: plan.desiredCapacity,
                defaultCooldown: plan.cooldownSeconds,
                forwardBalancerIds: lbs.length
                    ? lbs.map((lb) => ({
                          loadBalancerId: lb.loadBalancerId,
                          listenerId: lb.listenerId,
                          ruleId: lb.ruleId,
                          targetAttributes: [{ port: lb.port, weight: lb.weight ?? CLB_BACKEND_WEIGHT }],
                      }))
                    : undefined,
                healthCheckType: plan.healthCheckType,
                lbHealthCheckGracePeriod: plan.healthCheckType === "CLB" ? plan.healthCheckGraceSeconds : undefined,
                replaceMonitorUnhealthy: plan.replaceMonitorUnhealthy,
                replaceLoadBalancerUnhealthy: plan.replaceLoadBalancerUnhealthy,
                replaceMode: "RECREATE",
                // A list on the official route (a single-item primitive list keeps its list shape there).
                terminationPolicies: ["OLDEST_INSTANCE"],
                retryPolicy: "IMMEDIATE_RETRY",
                tags,
            },
            { parent: this },
        );
        this.scalingGroupId = this.scalingGroup.id;

        const policy = (suffix: string, operator: string, threshold: number, adjustment: number) =>
            new tencentcloud.AsScalingPolicy(
                `${name}-${suffix}`,
                {
                    scalingGroupId: this.scalingGroup.id,
                    policyName: `${name}-${suffix}`,
                    policyType: "SIMPLE",
                    metricName: "CPU_UTILIZATION",
                    comparisonOperator: operator,
                    threshold,
                    statistic: "AVERAGE",
                    period: SCALING_ALARM_PERIOD_SECONDS,
                    continuousTime: SCALING_ALARM_CONTINUOUS_PERIODS,
                    adjustmentType: "CHANGE_IN_CAPACITY",
                    adjustmentValue: adjustment,
                    cooldown: plan.cooldownSeconds,
                },
                { parent: this },
            );
        this.scaleOutPolicy = policy("scale-out", "GREATER_THAN", plan.scaleOutCpu, plan.scaleOutStep);
        this.scaleInPolicy = policy("scale-in", "LESS_THAN", plan.scaleInCpu, -plan.scaleInStep);

        this.schedules = [];
        if (plan.event) {
            const e = plan.event;
            this.schedules.push(
                new tencentcloud.AsSchedule(
                    `${name}-event-up`,
                    {
                        scalingGroupId: this.scalingGroup.id,
                        scheduleActionName: `${name}-event-up`,
                        startTime: e.scaleUpAt,
                        minSize: e.peakMinSize,
                        maxSize: plan.maxSize,
                        desiredCapacity: e.peakMinSize,
                    },
                    { parent: this },
                ),
                new tencentcloud.AsSchedule(
                    `${name}-event-down`,
                    {
                        scalingGroupId: this.scalingGroup.id,
                        scheduleActionName: `${name}-event-down`,
                        startTime: e.scaleDownAt,
                        minSize: plan.minSize,
                        maxSize: plan.maxSize,
                        desiredCapacity: plan.minSize,
                    },
                    { parent: this },
                ),
            );
        }

        this.eventSchedules = eventSchedules(this, name, this.scalingGroup.id, plan.events ?? []);

        this.registerOutputs({
            ...(this.eventSchedules.length > 0 ? { eventScheduleIds: this.eventSchedules.map((s) => s.id) } : {}),
            scalingConfigId: this.scalingConfig.id,
            scalingGroupId: this.scalingGroupId,
            scaleOutPolicyId: this.scaleOutPolicy.id,
            scaleInPolicyId: this.scaleInPolicy.id,
            scheduleIds: this.schedules.map((s) => s.id),
            alarmTarget: this.alarmTarget,
            zonePlan: plan,
        });
    }
}
