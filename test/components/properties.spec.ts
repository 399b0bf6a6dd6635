/**
 * Property-based tests: random argument sets go to every component's planner; each is either
 * accepted with a valid highly available plan (the invariants below) or refused with a
 * ComponentArgsError naming each field, rule, value and fix — never a TypeError, never a partial
 * plan. A sample of refused argument sets is then run under mocks: a refused component creates
 * nothing, not even itself.
 */
import { expect } from "chai";
import * as fc from "fast-check";
import { Deployment } from "kubernetes-models/apps/v1";
import { ComponentArgsError } from "../../components/errors";
import { ThreeNodeMysql, planThreeNodeMysql } from "../../components/database/threeNodeMysql";
import { MultiAzMongodb, planMultiAzMongodb } from "../../components/database/multiAzMongodb";
import { MultiAzRedis, planMultiAzRedis } from "../../components/database/multiAzRedis";
import { SpreadWorkload, buildSpreadWorkloadManifests, planSpreadWorkload } from "../../components/kubernetes/spreadWorkload";
import { TkeCluster, planTkeCluster } from "../../components/kubernetes/tkeCluster";
import { ZonalNodePool, planZonalNodePool } from "../../components/kubernetes/zonalNodePool";
import { MultiAzClb, planMultiAzClb } from "../../components/loadbalancer/multiAzClb";
import { MultiAzCkafka, planMultiAzCkafka } from "../../components/messaging/multiAzCkafka";
import { NodeAlarms, planNodeAlarms } from "../../components/monitoring/nodeAlarms";
import { contains, parseIpv4Cidr } from "../../components/network/cidr";
import { ZonalNetwork, planZonalNetwork } from "../../components/network/zonalNetwork";
import { ElasticScalingGroup, planElasticScalingGroup } from "../../components/scaling/elasticScalingGroup";
import { parseScheduleTime } from "../../components/scaling/schedule";
import { TieredScalingPools, planTieredScalingPools } from "../../components/scaling/tieredScalingPools";
import { numericZoneId, parseZone } from "../../components/zones";
import { GZ, record } from "./support";


/** A value that is usually drawn from `arb`, sometimes missing, sometimes anything at all. */
function noisy<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
    return fc.oneof({ weight: 12, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.anything() });
}

const zoneName = fc.constantFrom(...GZ, "ap-guangzhou-7", "ap-shanghai-2", "ap-tokyo-1", "gz-3", "");
const zoneList = (max = 4) => fc.oneof({ weight: 3, arbitrary: fc.shuffledSubarray(GZ, { minLength: 1 }) }, { weight: 1, arbitrary: fc.array(zoneName, { maxLength: max }) });
const subnets = zoneList().map((zones) => zones.map((zone, i) => ({ zone, subnetId: `subnet-${i}` })));
const smallInt = (min: number, max: number) => fc.integer({ min, max });

/** Runs the planner; on refusal checks the error, on acceptance returns the plan for the invariants. */
function planOrRefusal<P>(plan: () => P): P | undefined {
    try {
        return plan();
    } catch (e) {
        expect(ComponentArgsError.isComponentArgsError(e), `expected a ComponentArgsError, got ${(e as Error)?.stack ?? e}`).to.equal(true);
        const err = e as ComponentArgsError;
        expect(err.problems.length).to.be.greaterThan(0);
        expect(err.errors).to.have.length(err.problems.length);
        for (const p of err.problems) {
            expect(p.field).to.be.a("string").and.not.equal("");
            expect(err.message).to.include(`\`${p.field}\``);
            expect(p.rule.length).to.be.greaterThan(3);
            expect(p.value.length).to.be.greaterThan(0);
            expect(p.fix.length).to.be.greaterThan(3);
        }
        return undefined;
    }
}

function distinctOneRegion(zones: string[], min = 2): void {
    expect(new Set(zones).size, `distinct zones in ${zones}`).to.equal(zones.length);
    expect(zones.length).to.be.at.least(min);
    expect(new Set(zones.map((z) => parseZone(z)!.region)).size).to.equal(1);
}

/** Wild argument sets: every field may be missing, malformed or anything at all. */
const wild = {
    network: fc.record(
        {
            zones: noisy(zoneList()),
            region: noisy(fc.constantFrom("ap-guangzhou", "ap-shanghai", "ap-tokyo")),
            zoneCount: noisy(smallInt(0, 4)),
            cidrBlock: noisy(fc.constantFrom("10.0.0.0/16", "172.16.0.0/20", "192.168.0.0/24", "10.1.0.0/8", "8.8.0.0/16", "10.0.0.0/30")),
            subnetPrefix: noisy(smallInt(10, 30)),
            dataPorts: noisy(fc.array(smallInt(0, 70000), { maxLength: 4 })),
            extraDataIngressCidrs: noisy(fc.array(fc.constantFrom("10.9.0.0/16", "0.0.0.0/0", "::/0", "2001:db8::/32", "bad"), { maxLength: 3 })),
        },
        { requiredKeys: [] },
    ),
    clb: fc.record(
        {
            networkType: noisy(fc.constantFrom("OPEN", "INTERNAL")),
            vpcId: noisy(fc.constant("vpc-1")),
            zones: noisy(zoneList()),
            subnet: noisy(fc.record({ zone: zoneName, subnetId: fc.constant("subnet-1") })),
            deleteProtect: noisy(fc.boolean()),
            listeners: noisy(
                fc.array(
                    fc.record({
                        name: noisy(fc.constantFrom("web", "api", "bad name")),
                        protocol: noisy(fc.constantFrom("TCP", "UDP", "HTTP", "HTTPS", "TCP_SSL")),
                        port: noisy(smallInt(0, 70000)),
                        certificateId: fc.option(fc.constant("cert-1"), { nil: undefined }),
                        healthCheck: noisy(fc.record({ enabled: noisy(fc.boolean()), intervalSeconds: noisy(smallInt(1, 10)), timeoutSeconds: noisy(smallInt(1, 10)) }, { requiredKeys: [] })),
                        rules: noisy(fc.array(fc.record({ domain: fc.constant("a.example.com"), url: fc.constantFrom("/", "x") }), { maxLength: 2 })),
                        backends: noisy(
                            fc.array(
                                fc.oneof(
                                    fc.record({ kind: fc.constant("instance"), instanceId: fc.constant("ins-1"), zone: zoneName, port: smallInt(0, 70000) }),
                                    fc.record({ kind: fc.constant("scalingGroup"), scalingGroupId: fc.constant("asg-1"), zones: zoneList(), port: smallInt(1, 65535) }),
                                ),
                                { maxLength: 3 },
                            ),
                        ),
                    }),
                    { maxLength: 3 },
                ),
            ),
        },
        { requiredKeys: [] },
    ),
    tke: fc.record(
        {
            vpcId: noisy(fc.constant("vpc-1")),
            intranetSubnet: noisy(fc.record({ zone: zoneName, subnetId: fc.constant("subnet-1") })),
            publicEndpoint: noisy(fc.boolean()),
            publicEndpointSecurityGroup: fc.option(fc.constant("sg-1"), { nil: undefined }),
            networkType: noisy(fc.constantFrom("GR", "VPC-CNI", "CiliumOverlay")),
            clusterCidr: noisy(fc.constantFrom("172.16.0.0/16", "8.8.0.0/16", "10.0.0.1/16")),
            eniSubnets: noisy(subnets),
        },
        { requiredKeys: [] },
    ),
    pool: fc.record(
        {
            clusterId: noisy(fc.constant("cls-1")),
            vpcId: noisy(fc.constant("vpc-1")),
            subnets: noisy(subnets),
            instanceType: noisy(fc.constant("SA5.LARGE8")),
            minSize: noisy(smallInt(-1, 8)),
            maxSize: noisy(smallInt(0, 30)),
            desiredCapacity: noisy(smallInt(0, 30)),
            publicIpAssigned: noisy(fc.boolean()),
            internetMaxBandwidthOut: noisy(smallInt(0, 100)),
        },
        { requiredKeys: [] },
    ),
    workload: fc.record(
        {
            image: noisy(fc.constantFrom("registry.example.com/a:1.0", "nginx", "nginx:latest", `app@sha256:${"b".repeat(64)}`)),
            containerPort: noisy(smallInt(0, 70000)),
            zones: noisy(zoneList()),
            minReplicas: noisy(smallInt(0, 8)),
            maxReplicas: noisy(smallInt(0, 40)),
            targetCpuUtilization: noisy(smallInt(0, 120)),
            nodeFailureTolerationSeconds: noisy(smallInt(0, 400)),
            pdbMinAvailable: noisy(smallInt(0, 8)),
            healthCheckPath: noisy(fc.constantFrom("/healthz", "healthz")),
            resources: noisy(fc.record({ requests: noisy(fc.record({ cpu: fc.constantFrom("100m", "1", "lots") }, { requiredKeys: [] })) }, { requiredKeys: [] })),
            service: noisy(fc.record({ type: noisy(fc.constantFrom("ClusterIP", "LoadBalancer")), existingLoadBalancerId: fc.option(fc.constant("lb-1"), { nil: undefined }) }, { requiredKeys: [] })),
        },
        { requiredKeys: [] },
    ),
    mysql: fc.record(
        {
            vpcId: noisy(fc.constant("vpc-1")),
            subnet: noisy(fc.record({ zone: zoneName, subnetId: fc.constant("subnet-1") })),
            primaryZone: noisy(zoneName),
            secondReplicaZone: noisy(zoneName),
            dataTier: noisy(fc.constantFrom("critical", "standard")),
            syncMode: noisy(fc.constantFrom("async", "semi-sync", "strong-sync")),
            rootPassword: noisy(fc.constantFrom("Passw0rd-long", "short")),
            memSize: noisy(smallInt(0, 64000)),
            volumeSize: noisy(smallInt(0, 2000)),
            backup: noisy(fc.record({ retentionDays: noisy(smallInt(0, 40)), binlogDays: noisy(smallInt(0, 40)) }, { requiredKeys: [] })),
            readonlyReplicas: noisy(smallInt(0, 12)),
            readonlyZones: noisy(zoneList()),
        },
        { requiredKeys: [] },
    ),
    redis: fc.record(
        {
            zones: noisy(zoneList()),
            replicaZones: noisy(fc.array(zoneName, { maxLength: 6 })),
            replicasNum: noisy(smallInt(0, 6)),
            typeId: noisy(fc.constantFrom(2, 5, 6, 7, 8, 9)),
            shardNum: noisy(fc.constantFrom(1, 2, 3)),
            memSize: noisy(smallInt(0, 16384)),
            password: noisy(fc.constantFrom("Redis-pass1", "x")),
            vpcId: noisy(fc.constant("vpc-1")),
            subnetId: noisy(fc.constant("subnet-1")),
        },
        { requiredKeys: [] },
    ),
    mongodb: fc.record(
        {
            zones: noisy(zoneList()),
            hiddenZone: noisy(zoneName),
            nodeNum: noisy(smallInt(1, 8)),
            memory: noisy(smallInt(0, 64)),
            volume: noisy(smallInt(0, 500)),
            password: noisy(fc.constantFrom("Mongo-pass1", "x")),
            vpcId: noisy(fc.constant("vpc-1")),
            subnetId: noisy(fc.constant("subnet-1")),
        },
        { requiredKeys: [] },
    ),
    ckafka: fc.record(
        {
            zones: noisy(zoneList()),
            zoneIds: noisy(fc.dictionary(zoneName, smallInt(-1, 400000), { maxKeys: 2 })),
            specificationsType: noisy(fc.constantFrom("profession", "standard", "basic")),
            replicationFactor: noisy(smallInt(0, 4)),
            vpcId: noisy(fc.constant("vpc-1")),
            subnetId: noisy(fc.constant("subnet-1")),
        },
        { requiredKeys: [] },
    ),
    scaling: fc.record(
        {
            vpcId: noisy(fc.constant("vpc-1")),
            subnets: noisy(subnets),
            imageId: noisy(fc.constant("img-1")),
            instanceTypes: noisy(fc.array(fc.constant("SA5.LARGE8"), { maxLength: 2 })),
            pool: noisy(fc.constantFrom("daily", "burst", "event")),
            minSize: noisy(smallInt(0, 600)),
            maxSize: noisy(smallInt(0, 1500)),
            scaleOutCpu: noisy(smallInt(0, 110)),
            scaleInCpu: noisy(smallInt(0, 110)),
            minThresholdGap: noisy(smallInt(0, 40)),
            backendLimit: noisy(fc.constantFrom(200, 1000)),
            loadBalancers: noisy(fc.array(fc.record({ loadBalancerId: fc.constant("lb-1"), listenerId: fc.constant("lbl-1"), port: smallInt(0, 70000) }), { maxLength: 2 })),
            event: noisy(fc.record({ peakStart: noisy(fc.constantFrom("2025-11-11T00:00:00+08:00", "2025-13-01T00:00:00+08:00", "tomorrow")), leadMinutes: noisy(smallInt(0, 2000)) }, { requiredKeys: [] })),
        },
        { requiredKeys: [] },
    ),
    tiered: fc.record(
        {
            vpcId: noisy(fc.constant("vpc-1")),
            subnets: noisy(subnets),
            imageId: noisy(fc.constant("img-1")),
            instanceTypes: noisy(fc.constant(["SA5.LARGE8"])),
            poolMinSize: noisy(smallInt(0, 600)),
            poolMaxSize: noisy(smallInt(0, 1500)),
            event: noisy(fc.record({ peakStart: noisy(fc.constantFrom("2025-11-11T00:00:00+08:00", "soon")) }, { requiredKeys: [] })),
        },
        { requiredKeys: [] },
    ),
    alarms: fc.record(
        {
            target: noisy(fc.record({ kind: noisy(fc.constantFrom("nodePool", "scalingGroup")), name: fc.constant("pool"), tagKey: fc.constant("zonesafe:pool"), tagValue: fc.constant("pool"), zones: noisy(zoneList()) })),
            cpuPercent: noisy(smallInt(0, 120)),
            periodSeconds: noisy(fc.constantFrom(30, 60, 300)),
            continuePeriods: noisy(smallInt(0, 12)),
            lanOutMbps: noisy(smallInt(-5, 1000)),
            businessMetrics: noisy(fc.array(fc.record({ name: fc.constantFrom("queue-length", "Bad Name"), namespace: fc.constant("custom"), metricName: fc.constant("q"), operator: fc.constantFrom("gt", "lt", "bigger"), threshold: fc.double() }), { maxLength: 2 })),
        },
        { requiredKeys: [] },
    ),
};

const twoOrMoreZones = fc.shuffledSubarray(GZ, { minLength: 2 });
const subnetsOf = (zones: string[]) => zones.map((zone, i) => ({ zone, subnetId: `subnet-${i}` }));
const twoOrMoreSubnets = twoOrMoreZones.map(subnetsOf);
const PEAK = "2025-11-11T00:00:00+08:00";

/** Argument sets drawn from the accepted ranges (most are accepted; the invariants then run). */
const valid = {
    network: fc.record({
        zones: twoOrMoreZones,
        cidrBlock: fc.constantFrom("10.0.0.0/16", "172.16.0.0/16", "192.168.0.0/16", "10.20.0.0/20"),
        subnetPrefix: smallInt(24, 26),
        dataPorts: fc.uniqueArray(smallInt(1, 65535), { minLength: 1, maxLength: 4 }),
        extraDataIngressCidrs: fc.subarray(["10.9.0.0/16", "2001:db8::/32"]),
    }),
    clb: fc.oneof(
        fc.record({ networkType: fc.constant("OPEN"), vpcId: fc.constant("vpc-1"), zones: twoOrMoreZones }),
        fc.record({ networkType: fc.constant("INTERNAL"), vpcId: fc.constant("vpc-1"), subnet: fc.constantFrom(...subnetsOf(GZ)) }),
    ).chain((clb) =>
        fc
            .array(
                fc.record({
                    layer7: fc.boolean(),
                    backendZones: fc.option(twoOrMoreZones, { nil: undefined }),
                    interval: smallInt(3, 30),
                }),
                { minLength: 1, maxLength: 3 },
            )
            .map((ls) => ({
                ...clb,
                listeners: ls.map((l, i) => {
                    const backends = (l.backendZones ?? []).map((zone, j) => ({ kind: "instance", instanceId: `ins-${j}`, zone, port: 8080 }));
                    const healthCheck = { intervalSeconds: l.interval, timeoutSeconds: 2 };
                    return l.layer7
                        ? { name: `l${i}`, protocol: "HTTP", port: 8000 + i, healthCheck, rules: [{ domain: "a.example.com", url: "/", backends }] }
                        : { name: `l${i}`, protocol: "TCP", port: 8000 + i, healthCheck, backends };
                }),
            })),
    ),
    tke: fc.oneof(
        fc.record({ vpcId: fc.constant("vpc-1"), intranetSubnet: fc.constantFrom(...subnetsOf(GZ)), clusterCidr: fc.constantFrom("172.16.0.0/16", "192.168.0.0/16") }),
        fc.record({ vpcId: fc.constant("vpc-1"), intranetSubnet: fc.constantFrom(...subnetsOf(GZ)), networkType: fc.constant("VPC-CNI"), eniSubnets: twoOrMoreSubnets }),
        fc.record({ vpcId: fc.constant("vpc-1"), publicEndpoint: fc.constant(true), publicEndpointSecurityGroup: fc.constant("sg-1") }),
    ),
    pool: fc.record({ zones: twoOrMoreZones, extraMin: smallInt(0, 5), extraMax: smallInt(0, 10), extraDesired: smallInt(0, 10) }).map((r) => {
        const minSize = r.zones.length + r.extraMin;
        const maxSize = minSize + r.extraMax;
        return { clusterId: "cls-1", vpcId: "vpc-1", subnets: subnetsOf(r.zones), instanceType: "SA5.LARGE8", minSize, maxSize, desiredCapacity: Math.min(maxSize, minSize + r.extraDesired) };
    }),
    workload: fc
        .record({
            zones: twoOrMoreZones,
            extra: smallInt(0, 10),
            extraMax: smallInt(0, 30),
            cpu: smallInt(1, 100),
            toleration: smallInt(1, 60),
            pdb: fc.boolean(),
            path: fc.option(fc.constantFrom("/", "/healthz"), { nil: undefined }),
            port: smallInt(1, 65535),
        })
        .map((r) => {
            const minReplicas = Math.max(2, r.zones.length) + r.extra;
            return {
                image: "registry.example.com/a:1.0",
                containerPort: r.port,
                zones: r.zones,
                minReplicas,
                maxReplicas: minReplicas + r.extraMax,
                targetCpuUtilization: r.cpu,
                nodeFailureTolerationSeconds: r.toleration,
                pdbMinAvailable: r.pdb ? minReplicas - 1 : undefined,
                healthCheckPath: r.path,
            };
        }),
    mysql: fc
        .record({
            zones: fc.shuffledSubarray(GZ, { minLength: 2, maxLength: 2 }),
            dataTier: fc.constantFrom("critical", "standard"),
            syncMode: fc.constantFrom("semi-sync", "strong-sync", undefined),
            retention: smallInt(7, 30),
            binlog: smallInt(0, 23),
            readonlyReplicas: smallInt(0, 4),
        })
        .map((r) => ({
            vpcId: "vpc-1",
            subnet: { zone: r.zones[0], subnetId: "subnet-1" },
            secondReplicaZone: r.zones[1],
            dataTier: r.dataTier,
            syncMode: r.syncMode,
            rootPassword: "Passw0rd-long",
            memSize: 4000,
            volumeSize: 200,
            backup: { retentionDays: r.retention, binlogDays: 7 + (r.binlog % (r.retention - 6)) },
            readonlyReplicas: r.readonlyReplicas,
        })),
    redis: fc.record({
        zones: twoOrMoreZones,
        replicasNum: smallInt(1, 5),
        typeId: fc.constantFrom(6, 8),
        memSize: smallInt(1024, 16384),
        password: fc.constant("Redis-pass1"),
        vpcId: fc.constant("vpc-1"),
        subnetId: fc.constant("subnet-1"),
    }),
    mongodb: fc.record({
        zones: fc.shuffledSubarray(GZ, { minLength: 3 }),
        hiddenZone: fc.option(fc.constantFrom(...GZ), { nil: undefined }),
        nodeNum: fc.constantFrom(3, 5, 7),
        memory: smallInt(2, 64),
        volume: smallInt(10, 500),
        password: fc.constant("Mongo-pass1"),
        vpcId: fc.constant("vpc-1"),
        subnetId: fc.constant("subnet-1"),
    }),
    ckafka: fc.record({ zones: twoOrMoreZones, replicationFactor: smallInt(2, 3), vpcId: fc.constant("vpc-1"), subnetId: fc.constant("subnet-1") }),
    scaling: fc
        .record({
            zones: twoOrMoreZones,
            pool: fc.constantFrom("daily", "burst", "event"),
            extraMin: smallInt(0, 300),
            extraMax: smallInt(0, 700),
            out: smallInt(50, 95),
            gapExtra: smallInt(0, 20),
            lead: smallInt(1, 1440),
            lbs: smallInt(0, 2),
        })
        .map((r) => {
            const minSize = r.zones.length + r.extraMin;
            const gap = r.pool === "burst" ? 10 : 20;
            return {
                vpcId: "vpc-1",
                subnets: subnetsOf(r.zones),
                imageId: "img-1",
                instanceTypes: ["SA5.LARGE8"],
                pool: r.pool,
                minSize,
                maxSize: Math.min(1000, minSize + r.extraMax),
                scaleOutCpu: r.out,
                scaleInCpu: r.out - gap - r.gapExtra,
                loadBalancers: Array.from({ length: r.lbs }, (_, i) => ({ loadBalancerId: "lb-1", listenerId: `lbl-${i}`, port: 8080 })),
                event: r.pool === "event" ? { peakStart: PEAK, leadMinutes: r.lead } : undefined,
            };
        }),
    tiered: fc.record({ zones: twoOrMoreZones, min: smallInt(3, 300), extraMax: smallInt(0, 700) }).map((r) => ({
        vpcId: "vpc-1",
        subnets: subnetsOf(r.zones),
        imageId: "img-1",
        instanceTypes: ["SA5.LARGE8"],
        poolMinSize: r.min,
        poolMaxSize: Math.min(1000, r.min + r.extraMax),
        event: { peakStart: PEAK },
    })),
    alarms: fc.record({
        target: fc.record({ kind: fc.constantFrom("nodePool", "scalingGroup"), name: fc.constant("pool"), tagKey: fc.constant("zonesafe:pool"), tagValue: fc.constant("pool"), zones: twoOrMoreZones }),
        cpuPercent: smallInt(1, 100),
        periodSeconds: fc.constantFrom(60, 300),
        continuePeriods: smallInt(1, 10),
        lanOutMbps: fc.option(smallInt(1, 10000), { nil: undefined }),
        businessMetrics: fc.subarray([
            { name: "queue-length", namespace: "custom", metricName: "queue_len", operator: "gt", threshold: 10000 },
            { name: "send-success-rate", namespace: "custom", metricName: "send_rate", operator: "lt", threshold: 99.9 },
        ]),
    }),
};

type Kind = keyof typeof wild;
/** Half drawn from the accepted ranges, half wild. */
const gens = Object.fromEntries(
    (Object.keys(wild) as Kind[]).map((k) => [k, fc.oneof(valid[k] as fc.Arbitrary<unknown>, wild[k] as fc.Arbitrary<unknown>)]),
) as Record<Kind, fc.Arbitrary<unknown>>;

/** Generated argument sets are loosely typed on purpose: the planners must cope with anything. */
type Loose = any;

/**
 * Feeds `gen` to `plan`: refusals must be clean ComponentArgsErrors, acceptances must satisfy
 * `invariants`. At least a quarter of the runs must land on each side, so both are exercised.
 */
function property<P>(gen: fc.Arbitrary<unknown>, plan: (a: Loose) => P, invariants: (plan: P) => void, numRuns: number): void {
    const tally = { accepted: 0, refused: 0 };
    fc.assert(
        fc.property(gen, (a) => {
            const p = planOrRefusal(() => plan(a));
            if (p === undefined) {
                tally.refused++;
                return;
            }
            tally.accepted++;
            invariants(p);
        }),
        { numRuns },
    );
    expect(tally.accepted, "accepted argument sets").to.be.at.least(numRuns / 4);
    expect(tally.refused, "refused argument sets").to.be.at.least(numRuns / 4);
}

describe("component properties (fast-check)", () => {
    it("ZonalNetwork: three tiers per distinct zone, subnets inside the VPC, data tier never open to all", () => {
        property(
            gens.network,
            (a) => planZonalNetwork("net", a),
            (plan) => {
                distinctOneRegion(plan.zones);
                expect(plan.subnets).to.have.length(plan.zones.length * 3);
                const vpc = parseIpv4Cidr(plan.vpcCidr)!;
                for (const s of plan.subnets) expect(contains(vpc, parseIpv4Cidr(s.cidrBlock)!)).to.equal(true);
                expect(new Set(plan.subnets.map((s) => s.cidrBlock)).size).to.equal(plan.subnets.length);
                for (const r of plan.ingress.data) expect(r.cidrBlock.endsWith("/0")).to.equal(false);
            },
            300,
        );
    });

    it("MultiAzClb: an OPEN CLB has two different zones, an INTERNAL one a subnet, backends span zones", () => {
        property(
            gens.clb,
            (a) => planMultiAzClb("web", a),
            (plan) => {
                if (plan.networkType === "OPEN") {
                    expect(plan.masterZone).to.be.a("string");
                    expect(plan.slaveZone).to.be.a("string").and.not.equal(plan.masterZone);
                } else {
                    expect(plan.subnetZone).to.be.a("string");
                }
                expect(plan.listeners.length).to.be.greaterThan(0);
                for (const l of plan.listeners) {
                    for (const part of [l, ...l.rules]) {
                        expect(part.healthCheck.timeoutSeconds).to.be.below(part.healthCheck.intervalSeconds);
                        const b = part.backends;
                        if (b.instances + b.scalingGroups > 0) expect(b.zones.length).to.be.at.least(2);
                    }
                    if (l.layer === 7) expect(l.rules.length).to.be.greaterThan(0);
                }
            },
            300,
        );
    });

    it("TkeCluster: always an API endpoint; VPC-CNI pod subnets in two zones or more", () => {
        property(
            gens.tke,
            (a) => planTkeCluster("tke", a),
            (plan) => {
                expect(plan.endpoint === "public" ? plan.publicEndpoint : plan.intranetSubnetZone !== undefined).to.equal(true);
                if (plan.networkType === "VPC-CNI") distinctOneRegion(plan.eniSubnetZones);
            },
            300,
        );
    });

    it("ZonalNodePool: EQUALITY over two zones or more, minimum at least the zones, survives a zone loss", () => {
        property(
            gens.pool,
            (a) => planZonalNodePool("pool", a),
            (plan) => {
                distinctOneRegion(plan.zones);
                expect(plan.multiZoneSubnetPolicy).to.equal("EQUALITY");
                expect(plan.minSize).to.be.at.least(plan.zones.length);
                expect(plan.desiredCapacity).to.be.within(plan.minSize, plan.maxSize);
                expect(plan.minNodesAfterZoneLoss).to.be.at.least(1);
                expect(Object.values(plan.minPerZone).every((n) => n >= 1)).to.equal(true);
                if (!plan.publicIpAssigned) expect(plan.internetMaxBandwidthOut).to.equal(0);
            },
            300,
        );
    });

    it("SpreadWorkload: replicas ≥ max(2, zones), a PDB that allows drains, eviction under 2 minutes, schema-valid manifests", () => {
        property(
            gens.workload,
            (a) => ({ plan: planSpreadWorkload("api", a), manifests: buildSpreadWorkloadManifests("api", a) }),
            ({ plan, manifests }) => {
                distinctOneRegion(plan.zones);
                expect(plan.minReplicas).to.be.at.least(Math.max(2, plan.zones.length));
                expect(plan.maxReplicas).to.be.at.least(plan.minReplicas);
                expect(plan.evictionSeconds).to.be.below(120);
                expect(plan.minReplicasAfterZoneLoss).to.be.at.least(1);
                if ("minAvailable" in plan.pdb) expect(plan.pdb.minAvailable).to.be.below(plan.minReplicas);
                else expect(plan.pdb.maxUnavailable).to.equal(1);
                new Deployment(manifests.deployment as Loose).validate();
            },
            150,
        );
    });

    it("ThreeNodeMysql: multi-AZ mode, second replica in another zone, safe sync, 7-day backups", () => {
        property(
            gens.mysql,
            (a) => planThreeNodeMysql("db", a),
            (plan) => {
                expect(plan.slaveDeployMode).to.equal(1);
                expect(plan.secondReplicaZone).to.not.equal(plan.primaryZone);
                expect(plan.firstReplicaZone).to.equal(plan.primaryZone);
                if (plan.dataTier === "critical") expect(plan.slaveSyncMode).to.be.oneOf([1, 2]);
                expect(plan.backup.retentionDays).to.be.at.least(7);
                expect(plan.backup.binlogDays).to.be.within(7, plan.backup.retentionDays);
                if (plan.readonly.length >= 2) expect(new Set(plan.readonly.map((r) => r.zone)).size).to.be.at.least(2);
            },
            300,
        );
    });

    it("MultiAzRedis: replica zone ids as long as the replica count, one outside the master's zone", () => {
        property(
            gens.redis,
            (a) => planMultiAzRedis("cache", a),
            (plan) => {
                distinctOneRegion(plan.zones);
                expect(plan.replicaZoneIds).to.have.length(plan.replicasNum);
                expect(plan.replicaZones).to.have.length(plan.replicasNum);
                expect(plan.replicaZoneIds.some((id) => id !== numericZoneId(plan.masterZone))).to.equal(true);
            },
            300,
        );
    });

    it("MultiAzMongodb: three distinct zones with the primary's, hidden zone among them, no majority in a zone", () => {
        property(
            gens.mongodb,
            (a) => planMultiAzMongodb("docs", a),
            (plan) => {
                distinctOneRegion(plan.zones, 3);
                expect(plan.zones).to.have.length(3).and.include(plan.primaryZone).and.include(plan.hiddenZone);
                expect(plan.survivesZoneLoss).to.equal(true);
            },
            300,
        );
    });

    it("MultiAzCkafka: multi-zone on, two distinct zone ids or more, zoneId among them", () => {
        property(
            gens.ckafka,
            (a) => planMultiAzCkafka("logs", a),
            (plan) => {
                expect(plan.multiZoneFlag).to.equal(true);
                expect(new Set(plan.zoneIds).size).to.equal(plan.zoneIds.length).and.be.at.least(2);
                expect(plan.zoneIds).to.include(plan.zoneId);
            },
            300,
        );
    });

    it("ElasticScalingGroup: EQUALITY over two zones, max within the backend limit, a wide enough threshold gap", () => {
        property(
            gens.scaling,
            (a) => planElasticScalingGroup("gw", a),
            (plan) => {
                distinctOneRegion(plan.zones);
                expect(plan.multiZoneSubnetPolicy).to.equal("EQUALITY");
                expect(plan.minSize).to.be.at.least(plan.zones.length);
                expect(plan.maxSize).to.be.within(plan.minSize, plan.backendLimit);
                expect(plan.scaleOutCpu - plan.scaleInCpu).to.be.at.least(plan.minThresholdGap).and.at.least(10);
                expect(plan.replaceMonitorUnhealthy).to.equal(true);
                expect(plan.splitAdvised).to.equal(plan.maxSize > plan.backendLimit / 2);
                expect(plan.warnings.length > 0).to.equal(plan.splitAdvised);
                if (plan.pool === "event") {
                    expect(parseScheduleTime(plan.event!.scaleUpAt)!).to.be.below(parseScheduleTime(plan.event!.peakStart)!);
                    expect(plan.event!.peakMinSize).to.be.within(plan.minSize, plan.maxSize);
                } else {
                    expect(plan.event).to.equal(undefined);
                }
            },
            300,
        );
    });

    it("TieredScalingPools: the three pools with their published thresholds", () => {
        property(
            gens.tiered,
            (a) => planTieredScalingPools("gw", a),
            (plan) => {
                expect([plan.pools.daily.scaleOutCpu, plan.pools.daily.scaleInCpu]).to.deep.equal([60, 20]);
                expect([plan.pools.burst.scaleOutCpu, plan.pools.burst.scaleInCpu]).to.deep.equal([50, 40]);
                expect(plan.pools.event.event).to.not.equal(undefined);
                for (const p of Object.values(plan.pools)) expect(p.maxSize).to.be.at.most(p.backendLimit);
            },
            150,
        );
    });

    it("NodeAlarms: a policy per fault item, each with a rule or an event, over two zones or more", () => {
        property(
            gens.alarms,
            (a) => planNodeAlarms("alarms", a),
            (plan) => {
                distinctOneRegion(plan.zones);
                expect(plan.policies.slice(0, 4).map((p) => p.item)).to.deep.equal(["cpu", "memory", "network", "disk"]);
                for (const p of plan.policies) expect(p.rules.length + p.events.length).to.be.greaterThan(0);
                // Nothing removes a node unless a guard is notified; with one, its limit is the removal rule's.
                expect(plan.removal).to.equal(undefined);
            },
            300,
        );
    });

    describe("under mocks, a refused component creates nothing", () => {
        const cases: [string, fc.Arbitrary<unknown>, (a: Loose) => unknown, (a: Loose) => void][] = [
            ["ZonalNetwork", gens.network, (a) => planZonalNetwork("c", a), (a) => new ZonalNetwork("c", a)],
            ["MultiAzClb", gens.clb, (a) => planMultiAzClb("c", a), (a) => new MultiAzClb("c", a)],
            ["TkeCluster", gens.tke, (a) => planTkeCluster("c", a), (a) => new TkeCluster("c", a)],
            ["ZonalNodePool", gens.pool, (a) => planZonalNodePool("c", a), (a) => new ZonalNodePool("c", a)],
            ["SpreadWorkload", gens.workload, (a) => planSpreadWorkload("c", a), (a) => new SpreadWorkload("c", a)],
            ["ThreeNodeMysql", gens.mysql, (a) => planThreeNodeMysql("c", a), (a) => new ThreeNodeMysql("c", a)],
            ["MultiAzRedis", gens.redis, (a) => planMultiAzRedis("c", a), (a) => new MultiAzRedis("c", a)],
            ["MultiAzMongodb", gens.mongodb, (a) => planMultiAzMongodb("c", a), (a) => new MultiAzMongodb("c", a)],
            ["MultiAzCkafka", gens.ckafka, (a) => planMultiAzCkafka("c", a), (a) => new MultiAzCkafka("c", a)],
            ["ElasticScalingGroup", gens.scaling, (a) => planElasticScalingGroup("c", a), (a) => new ElasticScalingGroup("c", a)],
            ["TieredScalingPools", gens.tiered, (a) => planTieredScalingPools("c", a), (a) => new TieredScalingPools("c", a)],
            ["NodeAlarms", gens.alarms, (a) => planNodeAlarms("c", a), (a) => new NodeAlarms("c", a)],
        ];
        for (const [label, gen, plan, construct] of cases) {
            it(label, async () => {
                const refused = fc.sample(gen, { numRuns: 200, seed: 42 }).filter((a) => {
                    try {
                        plan(a);
                        return false;
                    } catch {
                        return true;
                    }
                });
                expect(refused.length, "the generator yields refused argument sets").to.be.greaterThan(0);
                for (const a of refused.slice(0, 3)) {
                    let error: unknown;
                    const stack = await record(() => {
                        try {
                            construct(a);
                        } catch (e) {
                            error = e;
                        }
                    });
                    expect(ComponentArgsError.isComponentArgsError(error)).to.equal(true);
                    expect(stack.resources.map((r) => r.type)).to.deep.equal(["pulumi:pulumi:Stack"]);
                }
            });
        }
    });
});
