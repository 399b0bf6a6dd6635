import { expect } from "chai";
import { ResourceRecord, StackRecord } from "../../engine/types";
import { planBeacon } from "../../stacks/blueprints/beacon";
import { countByType, isSecret } from "../support/mocks";
import { runStack } from "../support/stacks";

const T = {
    subnet: "tencentcloud:index/subnet:Subnet",
    clb: "tencentcloud:index/clbInstance:ClbInstance",
    nodePool: "tencentcloud:index/kubernetesNodePool:KubernetesNodePool",
    mysql: "tencentcloud:index/mysqlInstance:MysqlInstance",
    mysqlRo: "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance",
    backup: "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy",
    redis: "tencentcloud:index/redisInstance:RedisInstance",
    mongodb: "tencentcloud:index/mongodbInstance:MongodbInstance",
    ckafka: "tencentcloud:index/ckafkaInstance:CkafkaInstance",
    alarm: "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy",
    group: "tencentcloud:index/asScalingGroup:AsScalingGroup",
    policy: "tencentcloud:index/asScalingPolicy:AsScalingPolicy",
    schedule: "tencentcloud:index/asSchedule:AsSchedule",
    deployment: "kubernetes:apps/v1:Deployment",
};

const of = (s: StackRecord, type: string) => s.resources.filter((r) => r.type === type);
const one = (s: StackRecord, type: string) => {
    const found = of(s, type);
    expect(found, type).to.have.length(1);
    return found[0];
};
/** The zones of the subnets a record's property was built from. */
function zonesOf(s: StackRecord, r: ResourceRecord, property: string): string[] {
    const byUrn = new Map(s.resources.map((x) => [x.urn, x]));
    return [...new Set((r.propertyDependencies[property] ?? []).map((u) => byUrn.get(u)?.inputs.availabilityZone as string))].sort();
}

const GZ = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"];

describe("stacks", () => {
    describe("retail-prod", () => {
        let stack: StackRecord;
        let outputs: Record<string, any>;
        before(async () => ({ stack, outputs } = await runStack("retail-prod")));

        it("has the retail architecture's resources", () => {
            expect(countByType(stack)).to.include({
                [T.clb]: 1,
                [T.nodePool]: 1,
                [T.subnet]: 9,
                [T.mysql]: 1,
                [T.mysqlRo]: 2,
                [T.backup]: 1,
                [T.redis]: 1,
                [T.mongodb]: 1,
                [T.ckafka]: 1,
                [T.alarm]: 4,
                [T.deployment]: 3,
                "kubernetes:policy/v1:PodDisruptionBudget": 3,
                "kubernetes:autoscaling/v2:HorizontalPodAutoscaler": 3,
            });
        });

        it("places every tier across zones", () => {
            const subnetZones = of(stack, T.subnet).map((s) => s.inputs.availabilityZone);
            for (const z of GZ) expect(subnetZones.filter((x) => x === z), z).to.have.length(3, "one subnet per tier in each zone");
            const clb = one(stack, T.clb);
            expect(clb.inputs).to.include({ networkType: "OPEN", masterZoneId: GZ[0], slaveZoneId: GZ[1], deleteProtect: true });
            const pool = one(stack, T.nodePool);
            expect(pool.inputs.multiZoneSubnetPolicy).to.equal("EQUALITY");
            expect(zonesOf(stack, pool, "subnetIds")).to.deep.equal(GZ, "node pool subnets, resolved through property dependencies");
            expect(pool.inputs.minSize).to.equal(9);
            const mysql = one(stack, T.mysql);
            expect(mysql.inputs).to.include({ slaveDeployMode: 1, slaveSyncMode: 2, availabilityZone: GZ[0], firstSlaveZone: GZ[0], secondSlaveZone: GZ[1], internetService: 0 });
            expect(isSecret(mysql.inputs.rootPassword)).to.equal(true);
            expect(of(stack, T.mysqlRo).map((r) => r.inputs.zone)).to.deep.equal([GZ[0], GZ[1]]);
            expect(one(stack, T.backup).inputs.retentionPeriod).to.be.at.least(7);
            expect(one(stack, T.redis).inputs.replicaZoneIds).to.deep.equal([100003, 100004]);
            const mongo = one(stack, T.mongodb);
            expect([...(mongo.inputs.availabilityZoneLists as string[])].sort()).to.deep.equal(GZ);
            expect(GZ).to.include(mongo.inputs.hiddenZone);
            expect(one(stack, T.ckafka).inputs.multiZoneFlag).to.equal(true);
        });

        it("protects every stateful resource of production", () => {
            for (const t of [T.mysql, T.mysqlRo, T.redis, T.mongodb, T.ckafka]) {
                for (const r of of(stack, t)) expect(r.options.protect, r.name).to.equal(true);
            }
        });

        it("spreads workloads across zones and nodes", () => {
            for (const d of of(stack, T.deployment)) {
                const spec = (d.inputs.spec as any).template.spec;
                expect(spec.topologySpreadConstraints.map((c: any) => c.topologyKey)).to.deep.equal(["topology.kubernetes.io/zone", "kubernetes.io/hostname"]);
            }
        });

        it("outputs the endpoints and the resolved zone plan", async () => {
            // Outside a preview, so that the ids the endpoints hold are known.
            ({ outputs } = await runStack("retail-prod", { preview: false }));
            expect(Object.keys(outputs.endpoints)).to.include.members(["publicClbId", "mysqlInstanceId", "redisInstanceId", "mongodbInstanceId", "ckafkaInstanceId"]);
            expect(outputs.zonePlan.zones).to.deep.equal(GZ);
            expect(outputs.zonePlan.data.mysql).to.include({ primaryZone: GZ[0], secondReplicaZone: GZ[1] });
        });
    });

    describe("retail-dev", () => {
        it("keeps the highly available layout at a smaller size, unprotected", async () => {
            const { stack } = await runStack("retail-dev");
            expect(of(stack, T.deployment)).to.have.length(2);
            expect(one(stack, T.nodePool).inputs.minSize).to.equal(3);
            expect(one(stack, T.mysql).inputs.slaveSyncMode).to.equal(1, "standard tier: semi-sync");
            expect(one(stack, T.mysql).options.protect).to.equal(false);
        });
    });

    describe("beacon-prod", () => {
        let stack: StackRecord;
        // Outside a preview, so that each scaling group's load balancer id is known.
        before(async () => ({ stack } = await runStack("beacon-prod", { preview: false })));

        it("is sized from the peak: 1,500 instances in four clusters, by business and by region", () => {
            const plan = planBeacon(
                { peakQps: 3e7, qpsPerInstance: 2e4, businesses: ["logs", "metrics"], backendLimit: 1000, splitAbove: 500, eventStart: "", imageId: "", instanceTypes: [],
                    regions: [{ region: "ap-guangzhou", zones: GZ, weight: 3 }, { region: "ap-shanghai", zones: ["ap-shanghai-2", "ap-shanghai-4", "ap-shanghai-5"], weight: 2 }] },
                [{ region: "ap-guangzhou", zones: GZ, weight: 3 }, { region: "ap-shanghai", zones: ["ap-shanghai-2", "ap-shanghai-4", "ap-shanghai-5"], weight: 2 }],
            );
            expect(plan.instancesAtPeak).to.equal(1500);
            expect(plan.clusters.map((c) => [c.name, c.instancesAtPeak, c.poolMaxSize])).to.deep.equal([
                ["logs-guangzhou-1", 450, 150],
                ["metrics-guangzhou-1", 450, 150],
                ["logs-shanghai-1", 300, 100],
                ["metrics-shanghai-1", 300, 100],
            ]);
            expect(of(stack, T.clb)).to.have.length(4);
            expect(of(stack, T.group)).to.have.length(12);
        });

        it("keeps every cluster's gateway within 500 backends and every pool within the backend limit", () => {
            const byCluster = new Map<string, number>();
            for (const g of of(stack, T.group)) {
                expect(g.inputs.maxSize as number).to.be.at.most(1000);
                expect(g.inputs.multiZoneSubnetPolicy).to.equal("EQUALITY");
                expect(g.inputs).to.include({ replaceMonitorUnhealthy: true, replaceLoadBalancerUnhealthy: true });
                const lb = (g.inputs.forwardBalancerIds as any[])[0].loadBalancerId as string;
                byCluster.set(lb, (byCluster.get(lb) ?? 0) + (g.inputs.maxSize as number));
            }
            expect(byCluster.size).to.equal(4);
            for (const [lb, total] of byCluster) expect(total, lb).to.be.at.most(500);
        });

        it("uses the gateway's published thresholds: 60/20 for daily and event pools, 50/40 for the burst pool", () => {
            const thresholds = (suffix: string) =>
                of(stack, T.policy)
                    .filter((p) => p.name.includes(`-${suffix}-`))
                    .map((p) => [p.inputs.comparisonOperator, p.inputs.threshold]);
            expect(new Set(thresholds("daily").map(String))).to.deep.equal(new Set(["GREATER_THAN,60", "LESS_THAN,20"]));
            expect(new Set(thresholds("burst").map(String))).to.deep.equal(new Set(["GREATER_THAN,50", "LESS_THAN,40"]));
            expect(new Set(thresholds("event").map(String))).to.deep.equal(new Set(["GREATER_THAN,60", "LESS_THAN,20"]));
        });

        it("brings the event pool up before the peak and has alarms on every pool", () => {
            const ups = of(stack, T.schedule).filter((s) => s.name.endsWith("event-up"));
            expect(ups).to.have.length(4);
            for (const u of ups) expect(Date.parse(u.inputs.startTime as string)).to.be.below(Date.parse("2026-11-11T00:00:00+08:00"));
            expect(of(stack, T.alarm)).to.have.length(12 * 4);
        });

        it("runs a node guard per gateway cluster on the operations cluster, which every pool's alarms notify and whose backend is the cluster's CLB", () => {
            const notices = stack.resources.filter((r) => r.type === "tencentcloud:index/monitorAlarmNotice:MonitorAlarmNotice");
            expect(notices.map((n) => n.name)).to.deep.equal(["logs-guangzhou-1", "metrics-guangzhou-1", "logs-shanghai-1", "metrics-shanghai-1"].map((c) => `beacon-${c}-notice`));
            const k8sProviders = stack.resources.filter((r) => r.type === "pulumi:providers:kubernetes");
            expect(k8sProviders.map((p) => p.name)).to.deep.equal(["beacon-node-guards"]);
            for (const notice of notices) {
                const cluster = notice.name.replace(/^beacon-|-notice$/g, "");
                const alarms = of(stack, T.alarm).filter((a) => a.name.startsWith(`beacon-${cluster}-`));
                expect(alarms).to.have.length(12);
                for (const a of alarms) expect(a.inputs.noticeIds, a.name).to.deep.equal(["notice-beacon-oncall", notice.id]);
                const config = stack.resources.find((r) => r.type === "kubernetes:core/v1:ConfigMap" && r.name === `beacon-${cluster}-config`)!;
                const clb = stack.resources.find((r) => r.type === T.clb && r.name === `beacon-${cluster}-clb`)!;
                const yaml = (config.inputs.data as Record<string, string>)["node-guard.yaml"];
                expect(yaml).to.contain(`loadBalancerId: ${clb.id}`).and.contain(`region: ap-${cluster.split("-")[1]}`).and.contain("limit: 3");
                const deployment = stack.resources.find((r) => r.type === "kubernetes:apps/v1:Deployment" && r.name === `beacon-${cluster}-deployment`)!;
                expect(deployment.providerRef).to.include("::beacon-node-guards::");
            }
        });

        it("gives each region's provider to everything built on that region's network, with no provider restated", () => {
            const providers = stack.resources.filter((r) => r.type === "pulumi:providers:tencentcloud");
            expect(providers.map((p) => p.name)).to.have.members(["beacon-guangzhou", "beacon-shanghai"]);
            const custom = stack.resources.filter((r) => r.custom && r.type.startsWith("tencentcloud:"));
            expect(custom.length).to.be.greaterThan(50);
            for (const r of custom) {
                const region = /guangzhou/.test(r.name) ? "guangzhou" : /shanghai/.test(r.name) ? "shanghai" : undefined;
                expect(region, `${r.type}::${r.name} names its region`).to.not.equal(undefined);
                expect(r.providerRef, `${r.type}::${r.name}`).to.include(`::beacon-${region}::`);
            }
        });
    });

    describe("retail-legacy", () => {
        it("puts every tier in one zone", async () => {
            const { stack } = await runStack("retail-legacy");
            expect(of(stack, T.subnet).map((s) => s.inputs.availabilityZone)).to.deep.equal(["ap-guangzhou-3"]);
            expect(one(stack, T.clb).inputs.slaveZoneId).to.equal(undefined);
            expect(one(stack, T.mysql).inputs).to.include({ slaveDeployMode: 0, slaveSyncMode: 0 });
            expect(one(stack, T.mysql).inputs.secondSlaveZone).to.equal(undefined);
            expect(one(stack, T.redis).inputs.replicaZoneIds).to.deep.equal([100003]);
            expect(one(stack, T.mongodb).inputs.availabilityZoneLists).to.equal(undefined);
            expect(one(stack, T.ckafka).inputs.multiZoneFlag).to.equal(false);
            expect((one(stack, T.deployment).inputs.spec as any).replicas).to.equal(1);
        });
    });

    describe("configuration errors", () => {
        it("a missing secret names the key and the command that sets it", async () => {
            let error: unknown;
            try {
                await runStack("retail-prod", { config: { "zonesafe:mysqlRootPassword": undefined as unknown as string } });
            } catch (e) {
                error = e;
            }
            expect(String(error)).to.contain("zonesafe:mysqlRootPassword: is required and must be a secret; set it with `pulumi config set --secret zonesafe:mysqlRootPassword`");
        });

        it("an invalid value names the key, the value and the fix", async () => {
            let error: unknown;
            try {
                await runStack("beacon-prod", { config: { "zonesafe:zones": JSON.stringify(["ap-guangzhou-3"]) } });
            } catch (e) {
                error = e;
            }
            expect(String(error)).to.contain("zonesafe:zones: must list at least 2 distinct zones for the beacon blueprint (to survive the loss of one); got 1 (ap-guangzhou-3)");
        });
    });
});
