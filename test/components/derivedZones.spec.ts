/**
 * Zones are derived, never trusted (fast-check): a zone stated next to the subnet, network, pool
 * or group it describes is accepted exactly when it agrees, and refused otherwise with the field,
 * both zones and a fix; and every component accepted from a random network places every child in a
 * zone of its subnets.
 */
import { expect } from "chai";
import * as fc from "fast-check";
import { ComponentArgsError } from "../../components/errors";
import { MultiAzMongodb, planMultiAzMongodb } from "../../components/database/multiAzMongodb";
import { MultiAzRedis, planMultiAzRedis } from "../../components/database/multiAzRedis";
import { ThreeNodeMysql, planThreeNodeMysql } from "../../components/database/threeNodeMysql";
import { SpreadWorkload, planSpreadWorkload } from "../../components/kubernetes/spreadWorkload";
import { TkeCluster, planTkeCluster } from "../../components/kubernetes/tkeCluster";
import { ZonalNodePool, planZonalNodePool } from "../../components/kubernetes/zonalNodePool";
import { MultiAzClb, planMultiAzClb } from "../../components/loadbalancer/multiAzClb";
import { MultiAzCkafka, planMultiAzCkafka } from "../../components/messaging/multiAzCkafka";
import { NodeAlarms } from "../../components/monitoring/nodeAlarms";
import { ZonalNetwork } from "../../components/network/zonalNetwork";
import { ElasticScalingGroup, planElasticScalingGroup } from "../../components/scaling/elasticScalingGroup";
import { numericZoneId } from "../../components/zones";
import { T, numericZonesOf, ofType, placementZones, record } from "./support";

/** Four Guangzhou zones, and a zone of another region that no network here has. */
const ZONES = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-7"];
const zone = fc.constantFrom(...ZONES, "ap-shanghai-2");
/** 2–4 distinct zones of one region, in any order. */
const networkZones = fc.shuffledSubarray(ZONES, { minLength: 2 });

/** What the components read of a ZonalNetwork, over `zones` (plans need no engine). */
function networkIn(zones: string[]): ZonalNetwork {
    const tier = (t: string) => zones.map((z) => ({ zone: z, subnetId: `subnet-${t}-${z}` }));
    return { vpcId: "vpc-1", subnets: { public: tier("public"), app: tier("app"), data: tier("data") }, securityGroupIds: { public: "sg-p", app: "sg-a", data: "sg-d" } } as unknown as ZonalNetwork;
}

/** What the components read of a node pool or scaling group spanning `zones`. */
function poolIn(zones: string[]): ZonalNodePool & ElasticScalingGroup {
    return { zonePlan: { zones }, autoScalingGroupId: "asg-1", scalingGroupId: "asg-1", alarmTarget: { kind: "nodePool", name: "p", tagKey: "k", tagValue: "p", zones } } as unknown as ZonalNodePool & ElasticScalingGroup;
}

/** One stated zone set and whether it agrees with what it describes. */
interface Case {
    /** What is being checked, for failure messages. */
    label: string;
    /** Plans the component (throws a refusal or returns a plan). */
    plan: () => unknown;
    /** Whether the stated zone(s) agree with the subnet/network/pool. */
    agrees: boolean;
    /** The field a refusal must name. */
    field: string;
    /** Zones a refusal must mention: the stated one and (where one zone is derived) the derived one. */
    mention: string[];
}

const base = { rootPassword: "s3cret-Passw0rd", memSize: 4000, volumeSize: 200 };

const cases: fc.Arbitrary<Case> = fc.oneof(
    // ThreeNodeMysql: primaryZone next to an explicit subnet.
    fc.tuple(fc.constantFrom(...ZONES), zone, fc.constantFrom(...ZONES)).map(([subnetZone, stated, second]): Case => ({
        label: `mysql subnet ${subnetZone}, primaryZone ${stated}`,
        plan: () => planThreeNodeMysql("db", { ...base, vpcId: "vpc-1", subnet: { zone: subnetZone, subnetId: "s" }, primaryZone: stated, secondReplicaZone: second === subnetZone ? ZONES.find((z) => z !== subnetZone)! : second }),
        agrees: stated === subnetZone,
        field: "primaryZone",
        mention: [stated, subnetZone],
    })),
    // ThreeNodeMysql: primaryZone in a network.
    fc.tuple(networkZones, zone).map(([zones, stated]): Case => ({
        label: `mysql network ${zones.join(",")}, primaryZone ${stated}`,
        plan: () => planThreeNodeMysql("db", { ...base, network: networkIn(zones), primaryZone: stated }),
        agrees: zones.includes(stated),
        field: "primaryZone",
        mention: [stated, ...zones],
    })),
    // Redis, MongoDB, CKafka: the first zone next to an explicit subnet.
    fc.tuple(fc.shuffledSubarray(ZONES, { minLength: 3, maxLength: 3 }), zone, fc.constantFrom("redis", "mongodb", "ckafka")).map(([zones, subnetZone, kind]): Case => {
        const a = { zones, vpcId: "vpc-1", subnet: { zone: subnetZone, subnetId: "s" } };
        const plan = kind === "redis" ? () => planMultiAzRedis("r", { ...a, memSize: 1024, password: "Redis-pass1" }) : kind === "mongodb" ? () => planMultiAzMongodb("m", { ...a, memory: 4, volume: 100, password: "Mongo-pass1" }) : () => planMultiAzCkafka("k", a);
        return { label: `${kind} zones ${zones.join(",")}, subnet ${subnetZone}`, plan, agrees: zones[0] === subnetZone, field: "zones[0]", mention: [zones[0], subnetZone] };
    }),
    // Node pool and scaling group: zones narrowing a network.
    fc.tuple(networkZones, fc.uniqueArray(zone, { minLength: 2, maxLength: 3 }), fc.boolean()).map(([zones, stated, pool]): Case => {
        const bad = stated.findIndex((z) => !zones.includes(z));
        const plan = pool
            ? () => planZonalNodePool("p", { clusterId: "cls-1", network: networkIn(zones), zones: stated, instanceType: "SA5.LARGE8" })
            : () => planElasticScalingGroup("g", { network: networkIn(zones), zones: stated, imageId: "img-1", instanceTypes: ["SA5.LARGE8"] });
        return { label: `${pool ? "pool" : "group"} network ${zones.join(",")}, zones ${stated.join(",")}`, plan, agrees: bad < 0, field: `zones[${Math.max(bad, 0)}]`, mention: [stated[Math.max(bad, 0)]] };
    }),
    // SpreadWorkload: zones on a node pool.
    fc.tuple(networkZones, fc.uniqueArray(zone, { minLength: 2, maxLength: 3 })).map(([zones, stated]): Case => {
        const bad = stated.findIndex((z) => !zones.includes(z));
        return {
            label: `workload pool ${zones.join(",")}, zones ${stated.join(",")}`,
            plan: () => planSpreadWorkload("api", { nodePool: poolIn(zones), zones: stated, image: "r/app:1.0.0", containerPort: 8080, minReplicas: 4 }),
            agrees: bad < 0,
            field: `zones[${Math.max(bad, 0)}]`,
            mention: [stated[Math.max(bad, 0)], ...zones],
        };
    }),
    // MultiAzClb: a pool or group backend described by zones.
    fc.tuple(networkZones, fc.uniqueArray(zone, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([zones, stated, isPool]): Case => ({
        label: `clb backend ${isPool ? "pool" : "group"} ${zones.join(",")}, zones ${stated.join(",")}`,
        plan: () =>
            planMultiAzClb("lb", {
                vpcId: "vpc-1",
                subnet: { zone: "ap-guangzhou-3", subnetId: "s" },
                listeners: [{ name: "tcp", protocol: "TCP", port: 80, backends: [isPool ? { nodePool: poolIn(zones), zones: stated, port: 30080 } : { scalingGroup: poolIn(zones), zones: stated, port: 8080 }] }],
            }),
        agrees: stated.length === zones.length && stated.every((z) => zones.includes(z)),
        field: "listeners[0].backends[0].zones",
        mention: zones,
    })),
    // TkeCluster: the intranet subnet's zone in a network.
    fc.tuple(networkZones, zone).map(([zones, stated]): Case => ({
        label: `tke network ${zones.join(",")}, intranetSubnet ${stated}`,
        plan: () => planTkeCluster("tke", { network: networkIn(zones), intranetSubnet: { zone: stated, subnetId: "s" } }),
        agrees: zones.includes(stated),
        field: "intranetSubnet.zone",
        mention: [stated, ...zones],
    })),
);

describe("zones are derived, never trusted (fast-check)", () => {
    it("a stated zone is accepted exactly when it agrees with its subnet, network, pool or group; otherwise refused naming the field, both zones and a fix", () => {
        const tally = { accepted: 0, refused: 0 };
        fc.assert(
            fc.property(cases, (c) => {
                let error: unknown;
                try {
                    c.plan();
                } catch (e) {
                    error = e;
                }
                if (c.agrees) {
                    expect(error, `${c.label}: accepted`).to.equal(undefined);
                    tally.accepted++;
                    return;
                }
                expect(ComponentArgsError.isComponentArgsError(error), `${c.label}: refused with a ComponentArgsError, got ${String(error)}`).to.equal(true);
                const p = (error as ComponentArgsError).problems.find((x) => x.field === c.field);
                expect(p, `${c.label}: a problem on ${c.field}; got ${(error as Error).message}`).to.not.equal(undefined);
                const text = `${p!.rule} ${p!.value} ${p!.fix}`;
                for (const z of c.mention) expect(text, `${c.label}: names ${z}`).to.include(z);
                expect(p!.fix.length).to.be.greaterThan(10);
                tally.refused++;
            }),
            { numRuns: 600, seed: 14 },
        );
        expect(tally.accepted, "accepted").to.be.at.least(100);
        expect(tally.refused, "refused").to.be.at.least(100);
    });

    it("every component accepted from a random network places every child in a zone of its subnets", async function () {
        this.timeout(240_000);
        const programs = fc.sample(
            fc.record({
                zones: networkZones,
                poolZones: fc.option(fc.shuffledSubarray(ZONES, { minLength: 2 }), { nil: undefined }),
                primary: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
                internal: fc.boolean(),
            }),
            { numRuns: 12, seed: 1414 },
        );
        let checked = 0;
        for (const p of programs) {
            const poolZones = p.poolZones?.filter((z) => p.zones.includes(z));
            const narrowed = poolZones && poolZones.length >= 2 ? poolZones : undefined;
            const primary = p.primary && p.zones.includes(p.primary) ? p.primary : undefined;
            const stack = await record(() => {
                const network = new ZonalNetwork("net", { zones: p.zones });
                const cluster = new TkeCluster("tke", { network });
                const nodes = new ZonalNodePool("nodes", { cluster, zones: narrowed, instanceType: "SA5.LARGE8" });
                const group = new ElasticScalingGroup("gw", { network, imageId: "img-1", instanceTypes: ["SA5.LARGE8"] });
                new NodeAlarms("nodes", { target: nodes });
                const api = new SpreadWorkload("api", { nodePool: nodes, image: "r/app:1.0.0", containerPort: 8080, service: { nodePort: 30080 } });
                new MultiAzClb("lb", {
                    networkType: p.internal ? "INTERNAL" : "OPEN",
                    network,
                    listeners: [{ name: "tcp", protocol: "TCP", port: 80, backends: [{ workload: api }, { scalingGroup: group, port: 8080 }] }],
                });
                new ThreeNodeMysql("db", { ...base, network, primaryZone: primary, readonlyReplicas: 2 });
                new MultiAzRedis("cache", { network, memSize: 1024, password: "Redis-pass1" });
                if (p.zones.length >= 3) new MultiAzMongodb("docs", { network, memory: 4, volume: 100, password: "Mongo-pass1" });
                new MultiAzCkafka("events", { network });
            });
            const ids = p.zones.map((z) => numericZoneId(z));
            for (const r of stack.resources) {
                for (const z of placementZones(stack, r)) expect(p.zones, `${r.type}::${r.name} in ${p.zones.join(",")}`).to.include(z);
                for (const id of numericZonesOf(r)) expect(ids, `${r.type}::${r.name} zone id`).to.include(id);
            }
            if (narrowed) {
                for (const z of placementZones(stack, ofType(stack, T.nodePool)[0])) expect(narrowed).to.include(z);
                for (const z of placementZones(stack, ofType(stack, T.deployment)[0])) expect(narrowed).to.include(z);
            }
            if (primary) expect(ofType(stack, T.mysql)[0].inputs.availabilityZone).to.equal(primary);
            checked++;
        }
        expect(checked).to.equal(12);
    });
});
