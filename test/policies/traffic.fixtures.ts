/**
 * Traffic estates for the topology, rule and corpus tests: resources declared once with references
 * between them, then materialised the two ways the pack meets them, in either naming route:
 * - `state`: as a stack export records it, ids and computed outputs known, references by id;
 * - `preview`: as a preview records it, ids and computed outputs unknown, each reference carried
 *   by the property dependencies of the top-level property that holds it.
 */
import { ExtraTerraformName, TENCENTCLOUD_EXTRA_TOKENS, TENCENTCLOUD_TOKENS, TerraformName } from "../../policies/tokens";
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import type { Route } from "./helpers";

/** The token of a resource the pack reads, in a naming route. */
function tokenOf(tf: TerraformName | ExtraTerraformName, route: Route): string {
    const pair = tf in TENCENTCLOUD_TOKENS ? TENCENTCLOUD_TOKENS[tf as TerraformName] : TENCENTCLOUD_EXTRA_TOKENS[tf as ExtraTerraformName];
    const token = pair[route];
    if (token === undefined) {
        throw new Error(`${tf} has no token in the ${route} route`);
    }
    return token;
}

/** How a stack is recorded. */
export type Mode = "state" | "preview";

/** Both recording modes. */
export const MODES: readonly Mode[] = ["state", "preview"];

/** A reference to another resource of the estate: its id, or one of its computed outputs. */
export interface Ref {
    readonly ref: string;
    readonly output?: string;
}

/** A reference to `name`'s id (or its computed `output`). */
export function ref(name: string, output?: string): Ref {
    return { ref: name, output };
}

/** One resource of an estate, before it is recorded. */
export interface Declared {
    readonly tf: TerraformName | ExtraTerraformName;
    readonly name: string;
    /** The id the provider gives it (known in a state only). */
    readonly id: string;
    /** Inputs; references anywhere inside are `ref(...)`. */
    readonly props: Record<string, unknown>;
    /** Computed outputs (known in a state only), such as a CVM's `privateIp` or an EIP's `publicIp`. */
    readonly outputs?: Record<string, unknown>;
}

function isRef(value: unknown): value is Ref {
    return typeof value === "object" && value !== null && typeof (value as Ref).ref === "string" && Object.keys(value).every((k) => k === "ref" || k === "output");
}

/** Records an estate as a stack export or a preview would, with the tokens of one naming route. */
export function record(estate: readonly Declared[], mode: Mode, route: Route = "official"): StackResourceSpec[] {
    const byName = new Map(estate.map((d) => [d.name, d]));
    const urnOfDeclared = (d: Declared) => urnOf(tokenOf(d.tf, route), d.name);
    return estate.map((d) => {
        const dependencies: Record<string, string[]> = {};
        const resolve = (value: unknown, top: string): unknown => {
            if (isRef(value)) {
                const target = byName.get(value.ref);
                if (!target) {
                    throw new Error(`${d.name} refers to ${value.ref}, which the estate does not declare`);
                }
                const urns = (dependencies[top] ??= []);
                if (!urns.includes(urnOfDeclared(target))) {
                    urns.push(urnOfDeclared(target));
                }
                if (mode === "preview") {
                    return UNKNOWN;
                }
                return value.output === undefined ? target.id : target.outputs?.[value.output];
            }
            if (Array.isArray(value)) {
                return value.map((v) => resolve(v, top));
            }
            if (typeof value === "object" && value !== null) {
                return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, top)]));
            }
            return value;
        };
        const props = Object.fromEntries(Object.entries(d.props).map(([k, v]) => [k, resolve(v, k)]));
        const known = mode === "state" ? { ...(d.outputs ?? {}), id: d.id } : { id: UNKNOWN };
        return {
            type: tokenOf(d.tf, route),
            name: d.name,
            urn: urnOfDeclared(d),
            props: { ...props, ...known },
            // In a state the references are resolved by id alone, so none are carried.
            propertyDependencies: mode === "preview" ? dependencies : {},
        };
    });
}

/** Replaces the declared resource `name` (or drops it when `change` returns `undefined`). */
export function mutate(estate: readonly Declared[], name: string, change: (d: Declared) => Declared | undefined): Declared[] {
    if (!estate.some((d) => d.name === name)) {
        throw new Error(`the estate has no resource ${name}`);
    }
    return estate.flatMap((d) => {
        if (d.name !== name) {
            return [d];
        }
        const changed = change(d);
        return changed ? [changed] : [];
    });
}

/** The URN `record` gives a declared resource in a route. */
export function urnIn(estate: readonly Declared[], name: string, route: Route = "official"): string {
    const d = estate.find((x) => x.name === name);
    if (!d) {
        throw new Error(`the estate has no resource ${name}`);
    }
    return urnOf(tokenOf(d.tf, route), d.name);
}

const Z3 = "ap-guangzhou-3";
const Z4 = "ap-guangzhou-4";

/** The two zones of the clean estate. */
export const ZONES = [Z3, Z4] as const;

/** A CVM of the estate, in a subnet, with its private address known once created. */
export function cvm(name: string, subnet: string, zone: string, ip: string, extra: Record<string, unknown> = {}): Declared {
    return {
        tf: "tencentcloud_instance",
        name,
        id: `ins-${name}`,
        props: {
            instanceName: name,
            availabilityZone: zone,
            imageId: "img-app-2026",
            instanceType: "S5.MEDIUM4",
            vpcId: ref("vpc"),
            subnetId: ref(subnet),
            orderlySecurityGroups: [ref("app-sg")],
            allocatePublicIp: false,
            ...extra,
        },
        outputs: { privateIp: ip },
    };
}

/**
 * A well-built traffic estate over two zones: a cross-AZ CLB whose HTTPS rule forwards to a target
 * group of CVMs in both zones; an Auto Scaling group over both zones, behind the CLB, with two
 * existing CVMs attached (one per zone); a NAT gateway with its own EIP in each zone for the private
 * subnets; and a TKE cluster reached only through a private endpoint. Everything else a rule of the
 * pack asks is there too (access logs, scaling policies and alarms, security groups, the cluster's
 * log agent and KMS encryption), so that no rule reports anything on it.
 */
export function trafficEstate(): Declared[] {
    return [
        { tf: "tencentcloud_vpc", name: "vpc", id: "vpc-shop", props: { name: "shop", cidrBlock: "10.0.0.0/16" } },
        { tf: "tencentcloud_security_group", name: "app-sg", id: "sg-app", props: { name: "app", description: "application servers" } },
        ...ZONES.map((zone, i) => ({
            tf: "tencentcloud_subnet" as const,
            name: `app-${zone.slice(-1)}`,
            id: `subnet-app-${zone.slice(-1)}`,
            props: { name: `app-${zone.slice(-1)}`, vpcId: ref("vpc"), cidrBlock: `10.0.${i + 1}.0/24`, availabilityZone: zone },
        })),
        {
            tf: "tencentcloud_clb_instance",
            name: "shop-clb",
            id: "lb-shop",
            props: { clbName: "shop", networkType: "OPEN", vpcId: ref("vpc"), masterZoneId: Z3, slaveZoneId: Z4, deleteProtect: true, logSetId: "cls-logset-shop", logTopicId: "cls-topic-clb" },
        },
        {
            tf: "tencentcloud_clb_listener",
            name: "shop-https",
            id: "lbl-https",
            props: { clbId: ref("shop-clb"), listenerName: "https", protocol: "HTTPS", port: 443, certificateId: "cert-shop", certificateSslMode: "UNIDIRECTIONAL" },
            outputs: { listenerId: "lbl-https" },
        },
        {
            tf: "tencentcloud_clb_listener_rule",
            name: "shop-root",
            id: "loc-root",
            props: { clbId: ref("shop-clb"), listenerId: ref("shop-https", "listenerId"), domain: "shop.example.com", url: "/", healthCheckSwitch: true, targetType: "TARGETGROUP" },
            outputs: { ruleId: "loc-root" },
        },
        {
            tf: "tencentcloud_clb_listener",
            name: "shop-tcp",
            id: "lbl-tcp",
            // Health check left unset: the CLB API's documented default (on) applies.
            props: { clbId: ref("shop-clb"), listenerName: "tcp", protocol: "TCP", port: 7000, targetType: "TARGETGROUP" },
            outputs: { listenerId: "lbl-tcp" },
        },
        cvm("web-3a", "app-3", Z3, "10.0.1.11"),
        cvm("web-4a", "app-4", Z4, "10.0.2.11"),
        {
            tf: "tencentcloud_clb_target_group",
            name: "web-tg",
            id: "lbtg-web",
            props: {
                targetGroupName: "web",
                vpcId: ref("vpc"),
                port: 8080,
                targetGroupInstances: [
                    { bindIp: ref("web-3a", "privateIp"), port: 8080, weight: 10 },
                    { bindIp: ref("web-4a", "privateIp"), port: 8080, weight: 10 },
                ],
            },
        },
        {
            tf: "tencentcloud_clb_target_group_attachment",
            name: "web-tg-root",
            id: "lbtg-web#loc-root",
            props: { clbId: ref("shop-clb"), listenerId: ref("shop-https", "listenerId"), ruleId: ref("shop-root", "ruleId"), targetGroupId: ref("web-tg") },
        },
        {
            tf: "tencentcloud_clb_target_group_attachment",
            name: "web-tg-tcp",
            id: "lbtg-web#lbl-tcp",
            props: { clbId: ref("shop-clb"), listenerId: ref("shop-tcp", "listenerId"), targetGroupId: ref("web-tg") },
        },
        {
            tf: "tencentcloud_as_scaling_config",
            name: "ingest-config",
            id: "asc-ingest",
            props: {
                configurationName: "ingest",
                imageId: "img-ingest-2026",
                instanceTypes: ["S5.LARGE8"],
                publicIpAssigned: false,
                securityGroupIds: [ref("app-sg")],
                instanceTags: { "zonesafe:pool": "ingest" },
            },
        },
        {
            tf: "tencentcloud_as_scaling_group",
            name: "ingest",
            id: "asg-ingest",
            props: {
                scalingGroupName: "ingest",
                configurationId: ref("ingest-config"),
                vpcId: ref("vpc"),
                subnetIds: [ref("app-3"), ref("app-4")],
                multiZoneSubnetPolicy: "EQUALITY",
                minSize: 2,
                maxSize: 20,
                replaceLoadBalancerUnhealthy: true,
                forwardBalancerIds: [{ loadBalancerId: ref("shop-clb"), listenerId: ref("shop-tcp", "listenerId"), targetAttributes: [{ port: 9000, weight: 10 }] }],
            },
        },
        ...(["out", "in"] as const).map((direction) => ({
            tf: "tencentcloud_as_scaling_policy" as const,
            name: `ingest-cpu-${direction}`,
            id: `asp-ingest-${direction}`,
            props: {
                scalingGroupId: ref("ingest"),
                policyName: `cpu-${direction}`,
                metricName: "CPU_UTILIZATION",
                comparisonOperator: direction === "out" ? "GREATER_THAN" : "LESS_THAN",
                threshold: direction === "out" ? 60 : 20,
                adjustmentType: "CHANGE_IN_CAPACITY",
                adjustmentValue: direction === "out" ? 2 : -1,
                period: 300,
                continuousTime: 3,
                cooldown: 300,
            },
        })),
        {
            tf: "tencentcloud_monitor_alarm_policy",
            name: "ingest-alarms",
            id: "policy-ingest",
            props: {
                policyName: "ingest-health",
                monitorType: "MT_QCE",
                namespace: "cvm_device",
                enable: 1,
                conditions: {
                    isUnionRule: 0,
                    rules: ["CpuUsage", "MemUsage", "CvmDiskUsage", "LanOuttraffic"].map((metricName) => ({ metricName, operator: "ge", value: "85", period: 60, continuePeriod: 3 })),
                },
                policyTags: [{ key: "zonesafe:pool", value: "ingest" }],
                noticeIds: [ref("ingest-guard")],
            },
        },
        {
            // The node guard's Cloud Monitor notice: it takes a faulty ingest node out of service.
            tf: "tencentcloud_monitor_alarm_notice",
            name: "ingest-guard",
            id: "notice-ingest-guard",
            props: { name: "ingest-guard", noticeType: "ALL", noticeLanguage: "en-US", urlNotices: [{ url: "https://guard:token-0123456789abcdef@guard.example.com/cloud-monitor", startTime: 0, endTime: 86399 }] },
        },
        cvm("ingest-3a", "app-3", Z3, "10.0.1.21", { imageId: "img-ingest-2026", instanceType: "S5.LARGE8" }),
        cvm("ingest-4a", "app-4", Z4, "10.0.2.21", { imageId: "img-ingest-2026", instanceType: "S5.LARGE8" }),
        {
            tf: "tencentcloud_as_attachment",
            name: "ingest-existing",
            id: "asg-ingest#attach",
            props: { scalingGroupId: ref("ingest"), instanceIds: [ref("ingest-3a"), ref("ingest-4a")] },
        },
        ...ZONES.map((zone) => ({
            tf: "tencentcloud_eip" as const,
            name: `nat-eip-${zone.slice(-1)}`,
            id: `eip-nat-${zone.slice(-1)}`,
            props: { name: `nat-${zone.slice(-1)}`, internetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", internetMaxBandwidthOut: 100 },
            outputs: { publicIp: `203.0.113.${zone.slice(-1)}` },
        })),
        ...ZONES.map((zone) => ({
            tf: "tencentcloud_nat_gateway" as const,
            name: `nat-${zone.slice(-1)}`,
            id: `nat-${zone.slice(-1)}`,
            props: { name: `nat-${zone.slice(-1)}`, vpcId: ref("vpc"), zone, bandwidth: 100, maxConcurrent: 1000000, assignedEipSets: [ref(`nat-eip-${zone.slice(-1)}`, "publicIp")] },
        })),
        {
            tf: "tencentcloud_kubernetes_cluster",
            name: "shop-tke",
            id: "cls-shop",
            props: {
                clusterName: "shop",
                vpcId: ref("vpc"),
                clusterCidr: "172.16.0.0/16",
                clusterVersion: "1.30.0",
                clusterInternet: false,
                clusterIntranet: false,
                logAgent: { enabled: true },
            },
        },
        {
            tf: "tencentcloud_kubernetes_encryption_protection",
            name: "shop-tke-kms",
            id: "cls-shop#kms",
            props: { clusterId: ref("shop-tke"), kmsConfiguration: { keyId: "kms-key-shop", kmsRegion: "ap-guangzhou" } },
        },
        {
            tf: "tencentcloud_kubernetes_cluster_endpoint",
            name: "shop-tke-endpoint",
            id: "cls-shop#endpoint",
            props: { clusterId: ref("shop-tke"), clusterIntranet: true, clusterIntranetSubnetId: ref("app-3"), clusterInternet: false },
        },
    ];
}
