/**
 * CVM: a tier's standalone instances not all in one zone; no public IPs; the monitoring agent kept;
 * no credentials in user data; no instance in the default VPC or the default security group.
 */
import { TIER_TAG } from "@zonesafe/model";
import { boolean, defineConfig, integer, NO_CONFIG } from "../config";
import { labelOf, plural, prop } from "../describe";
import { resourceRule, stackRule, StackViolation } from "../rule";
import type { Topology, TopologyNode } from "../topology";
import { at, bool, obj, objs, PlainObject, Read, str, tagsOf, UNKNOWN } from "../values";
import { publicIpReason } from "./tke";

/** The tag that names the tier of an instance (the shared model's). */
export { TIER_TAG };

/**
 * The tier an instance belongs to, by a real signal: its `zonesafe:tier` (or `tier`) tag, else the
 * backend group it serves in behind a load balancer, else its launch shape (launch template, or
 * image, instance type and security groups). Names never group instances: a bastion, a build box
 * and two app servers are three tiers whatever they are called. `undefined` while its shape is not known.
 */
export function tierOf(t: Topology, cvm: TopologyNode): { key: string; label: string; tagged: boolean } | undefined {
    const tags = tagsOf(cvm.props);
    const tagged = tags.get(TIER_TAG) ?? tags.get("tier");
    if (tagged !== undefined) {
        return { key: `tag:${tagged}`, label: tagged, tagged: true };
    }
    const group = t.instanceGroupOf(cvm);
    return group === undefined ? undefined : { key: group.key, label: group.label, tagged: false };
}

/** A name without a trailing index (`web-1`, `web-2a` → `web`). */
function stemOf(node: TopologyNode): string {
    return node.name.replace(/[-_.]?\d+[a-z]?$/, "");
}

/**
 * An untagged tier's name for messages: its members' common name apart from an index (`web-1`,
 * `web-2` → `web`) when no other instance shares it, else what groups them.
 */
function tierLabel(t: Topology, members: readonly TopologyNode[], label: string, tagged: boolean): string {
    const stems = new Set(members.map(stemOf));
    const [stem] = stems;
    const shared = t.ofKind("cvm").some((c) => !members.includes(c) && stemOf(c) === stem);
    return !tagged && stems.size === 1 && !shared ? stem : label;
}

/** A tier's standalone instances are not all in one zone. */
export const cvmInstanceTierSpread = stackRule({
    kind: "stack",
    name: "cvm-instance-tier-spread",
    description:
        "Checks whether the standalone CVM instances of a tier (same `zonesafe:tier` tag, same backend group behind a load balancer, or same launch template, or image, instance type and security groups) are not all in one availability zone.",
    severity: "high",
    pillar: "reliability",
    service: "cvm",
    fix: "Place the tier's instances in at least two availability zones, or replace them with an Auto Scaling group over subnets in several zones (`multiZoneSubnetPolicy: EQUALITY`); a spread placement group (`placementGroupId`) additionally keeps instances of one zone on different hosts. Tag instances with `zonesafe:tier` where the pack should group them otherwise.",
    config: defineConfig({
        minInstances: integer({ default: 2, minimum: 1, description: "Tiers with fewer standalone instances than this are not checked." }),
    }),
    check(t, ctx) {
        const tiers = new Map<string, { label: string; tagged: boolean; members: TopologyNode[] }>();
        for (const cvm of t.ofKind("cvm")) {
            const tier = tierOf(t, cvm);
            if (tier !== undefined) {
                const entry = tiers.get(tier.key) ?? { label: tier.label, tagged: tier.tagged, members: [] };
                entry.members.push(cvm);
                tiers.set(tier.key, entry);
            }
        }
        const violations: StackViolation[] = [];
        let assessed = 0;
        for (const { label, tagged, members } of tiers.values()) {
            if (members.length < ctx.config.minInstances) {
                continue;
            }
            assessed += members.length;
            const sets = members.map((m) => t.zonesOf(m));
            if (!sets.every((s) => s.complete)) {
                continue;
            }
            const zones = [...new Set(sets.flatMap((s) => s.zones))].sort();
            if (zones.length !== 1) {
                continue;
            }
            for (const member of members) {
                violations.push({
                    urn: member.urn,
                    message: `CVM instance must not share one availability zone with every other instance of its tier \`${tierLabel(t, members, label, tagged)}\`; all ${plural(members.length, "instance")} are in ${zones[0]}.`,
                });
            }
        }
        return { assessed, violations };
    },
});

/** No public IP on CVM instances or the instances a launch configuration creates. */
export const cvmInstanceNoPublicIp = resourceRule({
    kind: "resource",
    name: "cvm-instance-no-public-ip",
    description: "Checks whether CVM instances (standalone, or launched by an Auto Scaling launch configuration) are created without a public IP address, unless the configuration allows it.",
    severity: "high",
    pillar: "security",
    service: "cvm",
    fix: "Set `allocatePublicIp: false` on the instance (or `publicIpAssigned: false` and no `internetMaxBandwidthOut` on the launch configuration); publish services through a CLB and reach instances through a bastion. Waive the policy for a bastion host.",
    resources: ["tencentcloud_instance", "tencentcloud_as_scaling_config"],
    config: defineConfig({
        allowPublicIp: boolean({ default: false, description: "Allow public IPs on CVM instances." }),
    }),
    check(r, ctx) {
        if (ctx.config.allowPublicIp) {
            return [];
        }
        if (r.resource === "tencentcloud_as_scaling_config") {
            const reason = publicIpReason(r.props, "");
            return reason ? [`Auto Scaling launch configuration must not assign public IPs to instances; ${reason}.`] : [];
        }
        return bool(at(r.props, "allocatePublicIp")) === true
            ? [`CVM instance must not have a public IP; ${prop("allocatePublicIp")} is true.`]
            : [];
    },
});

/** Where an instance configuration switches the cloud monitoring agent off, or `undefined`. */
function monitorAgentOff(config: PlainObject, path: string): string | undefined {
    return bool(at(config, "enhancedMonitorService")) === false ? `${prop(`${path}enhancedMonitorService`)} is false` : undefined;
}

/**
 * The cloud monitoring agent stays on: `disableMonitorService` of a CVM instance, and
 * `enhancedMonitorService` of a launch configuration, a node pool's `autoScalingConfig` and a TKE
 * cluster's `masterConfigs`/`workerConfigs` (the provider installs the agent unless told otherwise).
 */
export const cvmInstanceMonitorAgent = resourceRule({
    kind: "resource",
    name: "cvm-instance-monitor-agent",
    description: "Checks whether CVM instances (standalone, launched by a launch configuration or a TKE node pool, or a TKE cluster's nodes) keep the cloud monitoring agent installed (`disableMonitorService` not true, `enhancedMonitorService` not false).",
    severity: "low",
    pillar: "reliability",
    service: "cvm",
    fix: "Remove `disableMonitorService: true` from the instance (or `enhancedMonitorService: false` from the launch configuration, the node pool's `autoScalingConfig` or the cluster's node configurations): without the agent, Cloud Monitor has no memory, disk or process metrics for the instance and the node alarms stay blind.",
    resources: ["tencentcloud_instance", "tencentcloud_as_scaling_config", "tencentcloud_kubernetes_node_pool", "tencentcloud_kubernetes_cluster"],
    config: NO_CONFIG,
    check(r) {
        switch (r.resource) {
            case "tencentcloud_instance":
                return bool(at(r.props, "disableMonitorService")) === true
                    ? [`CVM instance must keep the cloud monitoring agent; ${prop("disableMonitorService")} is true.`]
                    : [];
            case "tencentcloud_as_scaling_config": {
                const off = monitorAgentOff(r.props, "");
                return off ? [`Auto Scaling launch configuration must keep the cloud monitoring agent on its instances; ${off}.`] : [];
            }
            case "tencentcloud_kubernetes_node_pool": {
                const config = obj(at(r.props, "autoScalingConfig"));
                const off = config === UNKNOWN || config === undefined ? undefined : monitorAgentOff(config, "autoScalingConfig.");
                return off ? [`TKE node pool must keep the cloud monitoring agent on its nodes; ${off}.`] : [];
            }
            default: {
                const messages: string[] = [];
                for (const role of ["masterConfigs", "workerConfigs"]) {
                    const configs = objs(at(r.props, role));
                    if (configs === UNKNOWN || configs === undefined) {
                        continue;
                    }
                    configs.forEach((config, i) => {
                        const off = config === UNKNOWN ? undefined : monitorAgentOff(config, `${role}[${i}].`);
                        if (off) {
                            messages.push(`TKE cluster must keep the cloud monitoring agent on its nodes; ${off}.`);
                        }
                    });
                }
                return messages;
            }
        }
    },
});

/** What betrays cloud API credentials in a script: the provider's variables, or a SecretId. */
const CREDENTIAL_SIGNS: readonly { readonly pattern: RegExp; readonly label: string }[] = [
    { pattern: /TENCENTCLOUD_SECRET_ID/i, label: "TENCENTCLOUD_SECRET_ID" },
    { pattern: /TENCENTCLOUD_SECRET_KEY/i, label: "TENCENTCLOUD_SECRET_KEY" },
    { pattern: /\bAKID[0-9A-Za-z]{32}\b/, label: "a SecretId (AKID…)" },
];

/** A base64 text's decoded form, when it is base64 (user data is base64-encoded), else `undefined`. */
function decodedBase64(text: string): string | undefined {
    const compact = text.replace(/\s+/g, "");
    if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
        return undefined;
    }
    return Buffer.from(compact, "base64").toString("utf8");
}

/** The credential signs a script holds, plain or base64-encoded: labels only, never the values. */
export function credentialSigns(script: string): string[] {
    const texts = [script, decodedBase64(script)].filter((t): t is string => t !== undefined);
    return CREDENTIAL_SIGNS.filter((sign) => texts.some((t) => sign.pattern.test(t))).map((sign) => sign.label);
}

/** The scripts of a resource that run on its instances, by path. */
function scriptsOf(r: { resource: string | undefined; props: PlainObject }): { path: string; value: Read }[] {
    const p = r.props;
    switch (r.resource) {
        case "tencentcloud_instance":
            return [{ path: "userData", value: at(p, "userData") }, { path: "userDataRaw", value: at(p, "userDataRaw") }];
        case "tencentcloud_as_scaling_config":
            return [{ path: "userData", value: at(p, "userData") }];
        case "tencentcloud_kubernetes_node_pool":
            return [
                { path: "nodeConfig.userData", value: at(p, "nodeConfig", "userData") },
                { path: "nodeConfig.preStartUserScript", value: at(p, "nodeConfig", "preStartUserScript") },
            ];
        default: {
            const scripts: { path: string; value: Read }[] = [{ path: "preStartUserScript", value: at(p, "preStartUserScript") }];
            for (const role of ["masterConfigs", "workerConfigs"]) {
                const configs = objs(at(p, role));
                if (configs !== UNKNOWN && configs !== undefined) {
                    configs.forEach((config, i) => {
                        if (config !== UNKNOWN) {
                            scripts.push({ path: `${role}[${i}].userData`, value: at(config, "userData") });
                        }
                    });
                }
            }
            return scripts;
        }
    }
}

/** No cloud API credentials in user data. */
export const cvmInstanceUserDataSecrets = resourceRule({
    kind: "resource",
    name: "cvm-instance-user-data-secrets",
    description: "Checks whether the user data of CVM instances, launch configurations, TKE node pools and a TKE cluster's nodes (`userData`, `userDataRaw`, `preStartUserScript`, plain or base64) is free of cloud API credentials (`TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY`, a SecretId).",
    severity: "high",
    pillar: "security",
    service: "cvm",
    fix: "Remove the credentials from the user data and rotate the key pair: anyone who can read the instance's metadata or the stack's state can read them. Give the instance a CAM role (`camRoleName`) instead; the SDKs and the CLI then take temporary credentials from the metadata service.",
    resources: ["tencentcloud_instance", "tencentcloud_as_scaling_config", "tencentcloud_kubernetes_node_pool", "tencentcloud_kubernetes_cluster"],
    config: NO_CONFIG,
    check(r) {
        const messages: string[] = [];
        for (const script of scriptsOf(r)) {
            const text = str(script.value);
            if (typeof text !== "string") {
                continue;
            }
            const signs = credentialSigns(text);
            if (signs.length > 0) {
                messages.push(`${labelOf(r)} must not carry cloud API credentials in its user data; ${prop(script.path)} contains ${signs.join(" and ")} (value not shown).`);
            }
        }
        return messages;
    },
});

/** Whether a property is absent (not merely unknown during a preview). */
function absent(value: Read): boolean {
    return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

/**
 * No instance in the default VPC. A Pulumi program holds no `.default.` reference string (the peers'
 * signal): what it shows is an instance given no `vpcId` and no `subnetId` (the CVM API then places
 * it in the account's default network), or a VPC or subnet of the stack that the provider reports as
 * the default one (`isDefault`, an output the state holds once the default VPC is imported). A VPC
 * looked up by a data source, or given as a literal id, is not seen.
 */
export const cvmInstanceDefaultVpc = stackRule({
    kind: "stack",
    name: "cvm-instance-default-vpc",
    description: "Checks whether CVM instances stay out of the default VPC: an instance with no `vpcId` and `subnetId` (placed in the account's default network), or in a VPC or subnet of the stack marked `isDefault`.",
    severity: "low",
    pillar: "security",
    service: "cvm",
    fix: "Create the instance in a VPC of your own with subnets per tier and zone (`vpcId` and `subnetId`, e.g. from the ZonalNetwork component); the default VPC is shared by everything created without a network and its subnets are not tiered.",
    config: NO_CONFIG,
    check(t) {
        const violations: StackViolation[] = [];
        const instances = t.ofKind("cvm");
        for (const cvm of instances) {
            const vpcId = at(cvm.props, "vpcId");
            const subnetId = at(cvm.props, "subnetId");
            if (absent(vpcId) && absent(subnetId)) {
                violations.push({ urn: cvm.urn, message: `CVM instance must not be placed in the default VPC; ${prop("vpcId")} and ${prop("subnetId")} are not set, so it lands in the account's default network.` });
                continue;
            }
            const marked = [...t.resolve(cvm, "vpcId", ["vpc"]).nodes, ...t.resolve(cvm, "subnetId", ["subnet"]).nodes].find(
                (n) => bool(at(n.props, "isDefault")) === true,
            );
            if (marked) {
                const what = marked.kind === "vpc" ? "VPC" : "subnet";
                const which = marked.kind === "vpc" ? "vpcId" : "subnetId";
                violations.push({ urn: cvm.urn, message: `CVM instance must not be placed in the default VPC; its ${prop(which)} refers to the default ${what} \`${marked.name}\` (\`isDefault\` is true).` });
            }
        }
        return { assessed: instances.length, violations };
    },
});

/**
 * No instance in the default security group: an instance given no `securityGroups` and no
 * `orderlySecurityGroups` (the CVM API then binds the project's default group), or bound to a group of
 * the stack named `default`. A group given as a literal id is not seen.
 */
export const cvmInstanceDefaultSecurityGroup = stackRule({
    kind: "stack",
    name: "cvm-instance-default-security-group",
    description: "Checks whether CVM instances avoid the default security group: an instance with no `orderlySecurityGroups` or `securityGroups` (bound to the project's default group), or bound to a security group of the stack named `default`.",
    severity: "low",
    pillar: "security",
    service: "cvm",
    fix: "Bind the instance to security groups of its own tier (`orderlySecurityGroups`) that accept only what the tier serves; the default group is shared by everything created without one.",
    config: NO_CONFIG,
    check(t) {
        const violations: StackViolation[] = [];
        const instances = t.ofKind("cvm");
        for (const cvm of instances) {
            const orderly = at(cvm.props, "orderlySecurityGroups");
            const legacy = at(cvm.props, "securityGroups");
            if (absent(orderly) && absent(legacy)) {
                violations.push({
                    urn: cvm.urn,
                    message: `CVM instance must not use the default security group; neither ${prop("orderlySecurityGroups")} nor ${prop("securityGroups")} is set, so the default group is bound.`,
                });
                continue;
            }
            const groups = [...t.resolve(cvm, "orderlySecurityGroups", ["security-group"]).nodes, ...t.resolve(cvm, "securityGroups", ["security-group"]).nodes];
            const named = groups.find((g) => {
                const name = str(at(g.props, "name"));
                return typeof name === "string" && name.trim().toLowerCase() === "default";
            });
            if (named) {
                violations.push({ urn: cvm.urn, message: `CVM instance must not use the default security group; it is bound to \`${named.name}\`, a security group named \`default\`.` });
            }
        }
        return { assessed: instances.length, violations };
    },
});

/** The CVM rules. */
export const cvmRules = [cvmInstanceTierSpread, cvmInstanceNoPublicIp, cvmInstanceMonitorAgent, cvmInstanceUserDataSecrets, cvmInstanceDefaultVpc, cvmInstanceDefaultSecurityGroup];

