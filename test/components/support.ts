/**
 * Helpers shared by the component tests: provider tokens, a mock that fills the computed outputs
 * components read (listener ids, kubeconfigs), refusal capture, and ready-made subnets.
 */
import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import { ComponentArgsError } from "../../components/errors";
import { ZonalSubnet } from "../../components/types";
import { ResourceRecord, StackRecord, WireProps, WireValue } from "../../engine/types";
import { RecordOptions, recordProgram, unwrapSecrets } from "../support/mocks";

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
