/**
 * Property-based tests: every policy of the pack, fed random and malformed property bags (unknown
 * sentinels, secrets, wrong types, missing and extra keys) through the SDK's own deserializer and
 * proxies, and random configurations, never throws — in validation, remediation and stack analysis.
 */
import { expect } from "chai";
import * as fc from "fast-check";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { RULES } from "../../policies/catalog";
import { computeHealthScore } from "../../policies/score";
import { policies } from "../../policies/policies";
import { KUBERNETES_TOKENS, ResourceName, TENCENTCLOUD_TOKENS, TerraformName, tokensOf } from "../../policies/tokens";
import { snapshot } from "../../policies/values";
import { isSecret, resourceArgs, runRemediation, runResourcePolicy, runStackPolicy, secret, stackArgs, StackResourceSpec, UNKNOWN } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { good } from "./fixtures";
import { useTestEnvironment } from "./helpers";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Props = Record<string, Json>;

/** A starting bag per resource kind: the passing fixture where there is one. */
const BASES: Partial<Record<ResourceName, () => Record<string, unknown>>> = {
    tencentcloud_clb_instance: good.clbInstance,
    tencentcloud_clb_listener: good.clbListener,
    tencentcloud_clb_listener_rule: good.clbListenerRule,
    tencentcloud_clb_attachment: () => ({ clbId: "lb-shop", listenerId: "lbl-1", targets: [{ instanceId: "ins-a", port: 80, weight: 10 }] }),
    tencentcloud_kubernetes_node_pool: good.nodePool,
    tencentcloud_kubernetes_cluster: () => ({ ...good.cluster(), workerConfigs: [{ availabilityZone: "ap-guangzhou-3", publicIpAssigned: false }] }),
    tencentcloud_mysql_instance: good.mysql,
    tencentcloud_mysql_backup_policy: () => good.mysqlBackupPolicy(),
    tencentcloud_redis_instance: good.redis,
    tencentcloud_mongodb_instance: good.mongodb,
    tencentcloud_mongodb_sharding_instance: good.mongodb,
    tencentcloud_ckafka_instance: good.ckafka,
    tencentcloud_as_scaling_group: good.asGroup,
    tencentcloud_as_scaling_policy: () => good.asPolicy("out"),
    tencentcloud_as_scaling_config: () => ({ configurationName: "c", instanceTypes: ["S5.MEDIUM4"], publicIpAssigned: false, instanceTags: { a: "b" } }),
    tencentcloud_as_load_balancer: () => ({ autoScalingGroupId: "asg-ingest", forwardLoadBalancers: [{ loadBalancerId: "lb-shop", listenerId: "lbl-1" }] }),
    tencentcloud_instance: good.cvm,
    tencentcloud_security_group_rule_set: good.ruleSet,
    tencentcloud_security_group_rule: () => ({ securityGroupId: "sg-1", type: "INGRESS", policy: "ACCEPT", cidrIp: "10.0.0.0/8", ipProtocol: "TCP", portRange: "22" }),
    tencentcloud_monitor_alarm_policy: () => good.alarmPolicy(),
    tencentcloud_monitor_policy_binding_object: () => ({ policyId: "policy-1", dimensions: [{ dimensionsJson: '{"unInstanceId":"asg-ingest"}' }] }),
    tencentcloud_subnet: () => ({ availabilityZone: "ap-guangzhou-3", cidrBlock: "10.0.0.0/24", vpcId: "vpc-1", id: "subnet-a" }),
    tencentcloud_cos_bucket: () => ({ bucket: "assets-1250000000" }),
    tencentcloud_postgresql_instance: goodData.postgresql,
    tencentcloud_postgresql_readonly_instance: () => goodData.postgresqlReadonly(),
    tencentcloud_cynosdb_cluster: goodData.cynosdb,
    tencentcloud_elasticsearch_instance: goodData.elasticsearch,
    tencentcloud_tse_instance: goodData.tse,
    tencentcloud_nat_gateway: () => goodData.natGateway(),
    tencentcloud_eip: () => goodData.eip(),
    Deployment: () => good.deployment(),
    StatefulSet: () => ({ ...good.deployment("db"), kind: "StatefulSet" }),
    HorizontalPodAutoscaler: () => good.hpa(),
    PodDisruptionBudget: () => good.pdb(),
    Service: () => ({ metadata: { name: "web", annotations: { "service.kubernetes.io/tke-existed-lbid": "lb-shop" } }, spec: { type: "LoadBalancer", selector: { app: "web" } } }),
};

/** Values that are legal on the wire but wrong, unknown or secret. */
const weird: fc.Arbitrary<Json> = fc.oneof(
    fc.constantFrom<Json>(UNKNOWN, null, true, false, 0, -1, 1.5, 1e300, "", "ALL", "0.0.0.0/0", "::/0", "ap-guangzhou-3", "100003", "EQUALITY", "OPEN", "INTERNAL", "50%", "true", "HTTP", "ACCEPT", "kubernetes.io/hostname", "topology.kubernetes.io/zone", [], {}),
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    (fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>).map((v) => secret(v) as unknown as Json),
    fc.array(fc.constantFrom<Json>(UNKNOWN, "subnet-a", 100003, null, "ap-guangzhou-4"), { maxLength: 4 }),
);

/** Every path (of object keys and array indices) in a bag; a wire-form secret is one value, as on the wire. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
    const here = prefix.length > 0 ? [prefix] : [];
    if (isSecret(value)) {
        return here;
    }
    if (Array.isArray(value)) {
        return [...here, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
    }
    if (value !== null && typeof value === "object") {
        return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
    }
    return here;
}

/** The bag with the value at `path` replaced (or, with `undefined`, removed). */
function replaceAt(bag: Json, path: (string | number)[], value: Json | undefined): Json {
    if (path.length === 0) {
        return value === undefined ? null : value;
    }
    const [head, ...rest] = path;
    if (Array.isArray(bag) && typeof head === "number") {
        const copy = [...bag];
        if (rest.length === 0 && value === undefined) {
            copy.splice(head, 1);
        } else {
            copy[head] = replaceAt(copy[head], rest, value);
        }
        return copy;
    }
    if (bag !== null && typeof bag === "object" && !Array.isArray(bag) && typeof head === "string") {
        const copy: { [key: string]: Json } = { ...bag };
        if (rest.length === 0 && value === undefined) {
            delete copy[head];
        } else {
            copy[head] = replaceAt(copy[head] ?? null, rest, value);
        }
        return copy;
    }
    return bag;
}

/** Random bags for a resource kind: its passing bag with random parts replaced, or a random bag. */
function bagFor(name: ResourceName | undefined): fc.Arbitrary<Props> {
    const base = (name && BASES[name]?.()) ?? {};
    const plain = JSON.parse(JSON.stringify(base)) as Props;
    const edits = fc.array(fc.tuple(fc.nat(), fc.option(weird, { nil: undefined })), { minLength: 1, maxLength: 6 });
    const mutated = edits.map((list) => {
        let bag: Json = plain;
        for (const [pick, value] of list) {
            const paths = pathsOf(bag);
            if (paths.length === 0) {
                break;
            }
            bag = replaceAt(bag, paths[pick % paths.length], value);
        }
        return (bag !== null && typeof bag === "object" && !Array.isArray(bag) ? bag : {}) as Props;
    });
    return fc.oneof(mutated, fc.dictionary(fc.string({ maxLength: 12 }), weird, { maxKeys: 6 }));
}

/** Random configurations for a policy: its own keys and `waivers`, with random values. */
function configFor(keys: string[]): fc.Arbitrary<Record<string, Json>> {
    return fc.dictionary(fc.constantFrom(...keys, "waivers", "unexpected"), weird, { maxKeys: 4 });
}

const ALL_TYPES: string[] = [
    ...Object.values(TENCENTCLOUD_TOKENS).flatMap((p) => [p.official, p.static]),
    ...Object.values(KUBERNETES_TOKENS).flat(),
    "pulumi:providers:kubernetes",
    "random:index/randomPassword:RandomPassword",
];

const NAME_BY_TYPE = new Map<string, ResourceName>();
for (const [tf, pair] of Object.entries(TENCENTCLOUD_TOKENS) as [TerraformName, { official: string; static: string }][]) {
    NAME_BY_TYPE.set(pair.official, tf);
    NAME_BY_TYPE.set(pair.static, tf);
}
for (const [kind, tokens] of Object.entries(KUBERNETES_TOKENS)) {
    tokens.forEach((t) => NAME_BY_TYPE.set(t, kind as ResourceName));
}

const REFERENCE_KEYS = ["masterDbInstanceId", "vpcId", "subnetIds", "subnetId", "clbId", "mysqlId", "scalingGroupId", "clusterId", "policyId", "dimensions", "spec", "metadata", "kubeconfig", "targets", "forwardBalancerIds", "configurationId"];

/** A random stack: resources of any kind, with random references between them. */
const stackArb: fc.Arbitrary<{ resources: StackResourceSpec[]; stackTags: Record<string, string> }> = fc
    .array(fc.constantFrom(...ALL_TYPES), { minLength: 1, maxLength: 12 })
    .chain((types) =>
        fc.record({
            bags: fc.tuple(...types.map((t) => bagFor(NAME_BY_TYPE.get(t)))),
            links: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...REFERENCE_KEYS), fc.nat()), { maxLength: 10 }),
            protect: fc.array(fc.boolean(), { minLength: types.length, maxLength: types.length }),
            providers: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: types.length, maxLength: types.length }),
            stackTags: fc.dictionary(fc.constantFrom("zonesafe:environment", "zonesafe:data-tier", "team"), fc.constantFrom("production", "prod", "critical", "dev", "")),
        }).map(({ bags, links, protect, providers, stackTags }) => {
            const resources: StackResourceSpec[] = types.map((type, i) => ({
                type,
                name: `r${i % 4}`,
                urn: `urn:pulumi:fuzz::zonesafe::${type}::r${i}`,
                props: bags[i],
                protect: protect[i],
            }));
            for (const [from, key, to] of links) {
                const source = resources[from % resources.length];
                const target = resources[to % resources.length].urn as string;
                source.propertyDependencies = { ...(source.propertyDependencies ?? {}), [key]: [...(source.propertyDependencies?.[key] ?? []), target] };
                source.dependencies = [...(source.dependencies ?? []), target];
            }
            providers.forEach((p, i) => {
                if (p !== undefined) {
                    resources[i].provider = resources[p % resources.length].urn;
                }
            });
            return { resources, stackTags };
        }),
    );

describe("Property-based: no policy throws on random and malformed input", () => {
    useTestEnvironment();

    const resourceRules = RULES.filter((r) => r.kind === "resource");
    for (const rule of resourceRules) {
        const policy = policies.find((p) => p.name === rule.name) as ResourceValidationPolicy;
        const types = [...tokensOf(rule.resources), ...fc.sample(fc.constantFrom(...ALL_TYPES), { numRuns: 2, seed: 7 })];
        const keys = Object.keys(rule.config.schema.properties);
        it(`${rule.name}: validation and remediation`, async () => {
            await fc.assert(
                fc.asyncProperty(fc.constantFrom(...types), fc.nat(), configFor(keys.length > 0 ? keys : ["none"]), fc.boolean(), async (type, seed, config, tagged) => {
                    const [props] = fc.sample(bagFor(NAME_BY_TYPE.get(type)), { numRuns: 1, seed });
                    const stackTags: Record<string, string> = tagged ? { "zonesafe:environment": "production", "zonesafe:data-tier": "critical" } : {};
                    const messages = await runResourcePolicy(policy, resourceArgs({ type, props, config, stackTags }));
                    expect(messages.every((m) => typeof m === "string" && m.length > 0)).to.equal(true);
                    await runRemediation(policy, resourceArgs({ type, props, config, stackTags, forRemediation: true }));
                }),
                { numRuns: 150 },
            );
        });
    }

    const stackPolicies = policies.filter((p): p is StackValidationPolicy => "validateStack" in p);
    for (const policy of stackPolicies) {
        const keys = Object.keys(policy.configSchema?.properties ?? {});
        it(`${policy.name}: stack analysis`, async () => {
            await fc.assert(
                fc.asyncProperty(stackArb, configFor(keys.length > 0 ? keys : ["none"]), async ({ resources, stackTags }, config) => {
                    const reported = await runStackPolicy(policy, stackArgs({ resources, stackTags, config }));
                    expect(reported.every((r) => typeof r.message === "string" && r.message.length > 0)).to.equal(true);
                }),
                { numRuns: 60 },
            );
        });
    }

    it("snapshots any JavaScript value without throwing", () => {
        fc.assert(
            fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), (value) => {
                snapshot(value);
            }),
        );
    });

    it("scores any list of findings within 0–100", () => {
        fc.assert(
            fc.property(
                fc.array(fc.record({ policy: fc.oneof(fc.constantFrom(...RULES.map((r) => r.name)), fc.string()), urn: fc.string(), severity: fc.constantFrom<"high" | "medium" | "low">("high", "medium", "low"), pillar: fc.string() }, { requiredKeys: ["policy"] })),
                (findings) => {
                    const score = computeHealthScore(findings).score;
                    return score >= 0 && score <= 100;
                },
            ),
        );
    });
});
