/**
 * Helpers shared by the component tests: provider tokens, a mock that fills the computed outputs
 * components read (listener ids, kubeconfigs), refusal capture, and ready-made subnets.
 */
import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import { ComponentArgsError } from "../../components/errors";
import { ZonalSubnet } from "../../components/types";
import { ResourceRecord, StackRecord, WireProps, WireValue } from "../../engine/types";
import { deployedOutputs, RecordOptions, recordProgram, unwrapSecrets } from "../support/mocks";

/** Provider tokens of the official naming route. */
export const T = {
    vpc: "tencentcloud:index/vpc:Vpc",
    subnet: "tencentcloud:index/subnet:Subnet",
    securityGroup: "tencentcloud:index/securityGroup:SecurityGroup",
    ruleSet: "tencentcloud:index/securityGroupRuleSet:SecurityGroupRuleSet",
    clb: "tencentcloud:index/clbInstance:ClbInstance",
    listener: "tencentcloud:index/clbListener:ClbListener",
    rule: "tencentcloud:index/clbListenerRule:ClbListenerRule",
    attachment: "tencentcloud:index/clbAttachment:ClbAttachment",
    asLoadBalancer: "tencentcloud:index/asLoadBalancer:AsLoadBalancer",
    cluster: "tencentcloud:index/kubernetesCluster:KubernetesCluster",
    nodePool: "tencentcloud:index/kubernetesNodePool:KubernetesNodePool",
    mysql: "tencentcloud:index/mysqlInstance:MysqlInstance",
    mysqlRo: "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance",
    mysqlBackup: "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy",
    redis: "tencentcloud:index/redisInstance:RedisInstance",
    mongodb: "tencentcloud:index/mongodbInstance:MongodbInstance",
    ckafka: "tencentcloud:index/ckafkaInstance:CkafkaInstance",
    scalingConfig: "tencentcloud:index/asScalingConfig:AsScalingConfig",
    scalingGroup: "tencentcloud:index/asScalingGroup:AsScalingGroup",
    scalingPolicy: "tencentcloud:index/asScalingPolicy:AsScalingPolicy",
    schedule: "tencentcloud:index/asSchedule:AsSchedule",
    alarmPolicy: "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy",
    binding: "tencentcloud:index/monitorPolicyBindingObject:MonitorPolicyBindingObject",
    k8sProvider: "pulumi:providers:kubernetes",
    deployment: "kubernetes:apps/v1:Deployment",
    service: "kubernetes:core/v1:Service",
    pdb: "kubernetes:policy/v1:PodDisruptionBudget",
    hpa: "kubernetes:autoscaling/v2:HorizontalPodAutoscaler",
} as const;

/** Fills the computed outputs that components pass on (the default mock echoes inputs only). */
function newResource(args: pulumi.runtime.MockResourceArgs) {
    const extra: Record<string, unknown> = {};
    if (args.type === T.listener) extra.listenerId = `lbl-${args.name}`;
    if (args.type === T.rule) extra.ruleId = `loc-${args.name}`;
    if (args.type === T.cluster) {
        extra.kubeConfig = `kubeconfig-public-${args.name}`;
        extra.kubeConfigIntranet = `kubeconfig-intranet-${args.name}`;
    }
    if (args.type === T.nodePool) extra.autoScalingGroupId = `asg-${args.name}`;
    Object.assign(extra, deployedOutputs(args));
    return { id: `${args.name}-id`, state: { ...args.inputs, ...extra } };
}

/** Runs a program under mocks with the component mocks. */
export async function record(program: () => unknown, opts: RecordOptions = {}): Promise<StackRecord> {
    const r = await recordProgram(program, { newResource: opts.preview ? undefined : newResource, ...opts });
    return r.stack;
}

/** The records of a type. */
export function ofType(stack: StackRecord, type: string): ResourceRecord[] {
    return stack.resources.filter((r) => r.type === type);
}

/** The one record of a type (and name), asserting there is exactly one. */
export function one(stack: StackRecord, type: string, name?: string): ResourceRecord {
    const found = stack.resources.filter((r) => r.type === type && (name === undefined || r.name === name));
    expect(found, `records of ${type}${name ? ` named ${name}` : ""}`).to.have.length(1);
    return found[0];
}

/** A record's inputs with secrets unwrapped. */
export function inputsOf(r: ResourceRecord): WireProps {
    return unwrapSecrets(r.inputs) as WireProps;
}

/** Plain values of a wire list. */
export function list(v: WireValue | undefined): WireValue[] {
    expect(v, "a list").to.be.an("array");
    return v as WireValue[];
}

/** Calls `fn`, expecting a refusal; returns the error. */
export function refusal(fn: () => unknown): ComponentArgsError {
    try {
        fn();
    } catch (e) {
        if (ComponentArgsError.isComponentArgsError(e)) return e;
        throw e;
    }
    throw new Error("expected the arguments to be refused, but they were accepted");
}

/** The refused fields of an error. */
export function fieldsOf(e: ComponentArgsError): string[] {
    return e.problems.map((p) => p.field);
}

/** Asserts the refusal names `field` and that the message mentions each fragment. */
export function expectProblem(e: ComponentArgsError, field: string, ...fragments: string[]): void {
    const p = e.problems.find((x) => x.field === field);
    expect(p, `a problem on \`${field}\`; got ${fieldsOf(e).join(", ")}\n${e.message}`).to.not.equal(undefined);
    expect(e.message).to.include(`\`${field}\``);
    for (const f of fragments) expect(e.message).to.include(f);
    expect(p!.fix.length, "the problem says how to fix it").to.be.greaterThan(5);
}

/** Three Guangzhou zones. */
export const GZ = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"];

/** Subnets in the given zones, with literal ids. */
export function subnetsIn(zones: string[], tier = "app"): ZonalSubnet[] {
    return zones.map((zone, i) => ({ zone, subnetId: `subnet-${tier}-${i + 1}` }));
}

/** Input keys that name a zone (or zones) on the provider's resources. */
const ZONE_KEYS = new Set([
    "availabilityZone",
    "availableZone",
    "availabilityZoneLists",
    "hiddenZone",
    "zone",
    "masterZoneId",
    "slaveZoneId",
    "firstSlaveZone",
    "secondSlaveZone",
]);

/**
 * Every zone a record's inputs place something in: the zone-named inputs, and the zones a pod's
 * node affinity keeps it to (`topology.kubernetes.io/zone In [...]`). Numeric zone ids are not
 * included (see `numericZonesOf`).
 */
export function zonesOf(r: ResourceRecord): string[] {
    const out: string[] = [];
    const walk = (v: unknown, key?: string): void => {
        if (Array.isArray(v)) {
            v.forEach((x) => walk(x, key));
        } else if (typeof v === "object" && v !== null) {
            const o = v as Record<string, unknown>;
            if (o.key === "topology.kubernetes.io/zone" && Array.isArray(o.values)) out.push(...(o.values as string[]));
            for (const [k, x] of Object.entries(o)) walk(x, k);
        } else if (typeof v === "string" && key !== undefined && ZONE_KEYS.has(key)) {
            out.push(v);
        }
    };
    walk(inputsOf(r));
    return out;
}

/** The numeric zone ids a record's inputs name (Redis `replicaZoneIds`, CKafka `zoneId`/`zoneIds`). */
export function numericZonesOf(r: ResourceRecord): number[] {
    const i = inputsOf(r);
    const ids = [i.replicaZoneIds, i.zoneIds, i.zoneId].flat().filter((x) => typeof x === "number");
    return ids as number[];
}

/**
 * Every zone a record is placed in, within a recorded stack: {@link zonesOf}, plus the zones of the
 * subnets it names (`subnetId`, `subnetIds`, `clusterIntranetSubnetId`), looked up among the
 * stack's subnets by their mock ids (`<name>-id`). A subnet id of no recorded subnet is reported as
 * `unknown subnet <id>`, so a test comparing against known zones fails on it.
 */
export function placementZones(stack: StackRecord, r: ResourceRecord): string[] {
    const byId = new Map(ofType(stack, T.subnet).map((s) => [`${s.name}-id`, s.inputs.availabilityZone as string]));
    const i = inputsOf(r);
    const ids = [i.subnetId, i.subnetIds, i.clusterIntranetSubnetId].flat().filter((x): x is string => typeof x === "string");
    return [...zonesOf(r), ...ids.map((id) => byId.get(id) ?? `unknown subnet ${id}`)];
}
