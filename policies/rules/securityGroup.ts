/**
 * Security groups: no ingress from the whole internet to database, cache, broker or admin ports.
 */
import { defineConfig, integerList } from "../config";
import { labelOf, prop } from "../describe";
import { resourceRule } from "../rule";
import { at, known, objs, PlainObject, str, strs, UNKNOWN } from "../values";

/** What the default sensitive ports serve. */
const PORT_NAMES: Readonly<Record<number, string>> = {
    22: "SSH",
    3306: "MySQL",
    3307: "MySQL",
    3389: "RDP",
    6379: "Redis",
    9092: "Kafka",
    27017: "MongoDB",
};

/** Whether a CIDR block is the whole IPv4 or IPv6 internet. */
export function isWorldCidr(value: string): boolean {
    const cidr = value.trim().toLowerCase();
    if (cidr === "0.0.0.0" || cidr === "::" || cidr === "any") {
        return true;
    }
    const match = /^(.+)\/0$/.exec(cidr);
    return match !== null && (/^[\d.]+$/.test(match[1]) || match[1].includes(":"));
}

/** Whether a port specification means every port (`ALL`, `-1` or unset). */
function isAllPorts(spec: string | undefined): boolean {
    return spec === undefined || spec.trim() === "" || spec.trim().toUpperCase() === "ALL" || spec.trim() === "-1";
}

/**
 * The ports of `ports` a port specification covers: `ALL`, unset, `22`, `80,443`, `3000-4000`.
 * `undefined` when the specification cannot be read.
 */
export function coveredPorts(spec: string | undefined, ports: readonly number[]): number[] | undefined {
    if (isAllPorts(spec)) {
        return [...ports].sort((a, b) => a - b);
    }
    const covered = new Set<number>();
    for (const part of (spec ?? "").split(",")) {
        const range = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
        if (!range) {
            return undefined;
        }
        const low = Number(range[1]);
        const high = range[2] === undefined ? low : Number(range[2]);
        ports.filter((p) => p >= low && p <= high).forEach((p) => covered.add(p));
    }
    return [...covered].sort((a, b) => a - b);
}

/** Whether a protocol reaches TCP services (TCP, ALL, or unset). */
function reachesTcp(protocol: string | undefined): boolean {
    return protocol === undefined || ["TCP", "ALL", "-1"].includes(protocol.trim().toUpperCase());
}

function portList(ports: readonly number[]): string {
    return ports.map((p) => (PORT_NAMES[p] ? `${p} (${PORT_NAMES[p]})` : String(p))).join(", ");
}

/** One ingress entry, read from a rule set's `ingresses[i]`, a lite rule's `ingresses[i]` or a single rule. */
export interface Ingress {
    readonly path: string;
    readonly action: string | undefined;
    readonly cidrs: string[];
    readonly protocol: string | undefined;
    readonly ports: string | undefined;
    readonly unknown: boolean;
}

function ingressOfRuleSetEntry(entry: PlainObject, index: number): Ingress {
    const fields = ["action", "cidrBlock", "ipv6CidrBlock", "protocol", "port"].map((f) => str(at(entry, f)));
    const [action, cidr, cidr6, protocol, ports] = fields;
    return {
        path: `ingresses[${index}]`,
        action: typeof action === "string" ? action : undefined,
        cidrs: [cidr, cidr6].filter((c): c is string => typeof c === "string"),
        protocol: typeof protocol === "string" ? protocol : undefined,
        ports: typeof ports === "string" ? ports : undefined,
        unknown: fields.includes(UNKNOWN),
    };
}

/**
 * One ingress entry of a (deprecated) lite rule: `[action]#[source]#[port]#[protocol]`, e.g.
 * `ACCEPT#0.0.0.0/0#3306#TCP` (provider source at v1.82.42:
 * tencentcloud/services/vpc/resource_tc_security_group_lite_rule.go, `ingress`, a list of strings whose
 * Pulumi name is `ingresses`). `undefined` when the entry is not in that format.
 */
export function ingressOfLiteRuleEntry(entry: string, index: number, key = "ingresses"): Ingress | undefined {
    const parts = entry.split("#").map((part) => part.trim());
    if (parts.length !== 4) {
        return undefined;
    }
    const [action, source, ports, protocol] = parts;
    return { path: `${key}[${index}]`, action, cidrs: [source], protocol, ports, unknown: false };
}

function liteRuleIngresses(props: PlainObject): Ingress[] {
    const ingresses: Ingress[] = [];
    // `ingresses` is the bridged name; `ingress` is accepted as a program may write the Terraform name.
    for (const key of ["ingresses", "ingress"]) {
        const entries = strs(at(props, key));
        if (entries === UNKNOWN || entries === undefined) {
            continue;
        }
        entries.forEach((entry, i) => {
            const ingress = entry === UNKNOWN ? undefined : ingressOfLiteRuleEntry(entry, i, key);
            if (ingress) {
                ingresses.push(ingress);
            }
        });
    }
    return ingresses;
}

/** No world-open ingress to sensitive ports. */
export const securityGroupIngressRestrictedPorts = resourceRule({
    kind: "resource",
    name: "securitygroup-ingress-restricted-ports",
    description: "Checks whether security group ingress rules (rule sets, single rules and the deprecated lite rules) keep 0.0.0.0/0 and ::/0 away from database, cache, broker and administration ports (3306 and 3307 (the ThreeNodeMysql component's default), 6379, 27017, 9092, 22, 3389 by default).",
    severity: "high",
    pillar: "security",
    service: "securitygroup",
    fix: "Accept these ports only from the VPC's CIDR blocks or from the security groups of the clients (`sourceSecurityId`), and reach administration ports through a bastion or a VPN.",
    resources: ["tencentcloud_security_group_rule_set", "tencentcloud_security_group_rule", "tencentcloud_security_group_lite_rule"],
    config: defineConfig({
        ports: integerList({
            default: [3306, 3307, 6379, 27017, 9092, 22, 3389],
            minimum: 0,
            maximum: 65535,
            description: "Ports that must never accept ingress from the whole internet.",
        }),
    }),
    check(r, ctx) {
        const ingresses: Ingress[] = [];
        if (r.resource === "tencentcloud_security_group_rule_set") {
            const entries = objs(at(r.props, "ingresses"));
            if (entries === UNKNOWN || entries === undefined) {
                return [];
            }
            entries.forEach((entry, i) => {
                if (entry !== UNKNOWN) {
                    ingresses.push(ingressOfRuleSetEntry(entry, i));
                }
            });
        } else if (r.resource === "tencentcloud_security_group_lite_rule") {
            ingresses.push(...liteRuleIngresses(r.props));
        } else {
            const type = str(at(r.props, "type"));
            if (typeof type !== "string" || type.toUpperCase() !== "INGRESS") {
                return [];
            }
            const fields = ["policy", "cidrIp", "ipProtocol", "portRange"].map((f) => str(at(r.props, f)));
            const [policy, cidr, protocol, ports] = fields;
            ingresses.push({
                path: "",
                action: typeof policy === "string" ? policy : undefined,
                cidrs: typeof cidr === "string" ? [cidr] : [],
                protocol: typeof protocol === "string" ? protocol : undefined,
                ports: typeof ports === "string" ? ports : undefined,
                unknown: fields.includes(UNKNOWN),
            });
        }
        const label = labelOf(r);
        const messages: string[] = [];
        for (const ingress of ingresses) {
            if (ingress.unknown || ingress.action === undefined || ingress.action.toUpperCase() !== "ACCEPT") {
                continue;
            }
            const world = known(ingress.cidrs).filter(isWorldCidr);
            if (world.length === 0 || !reachesTcp(ingress.protocol)) {
                continue;
            }
            const covered = coveredPorts(ingress.ports, ctx.config.ports);
            if (covered === undefined || covered.length === 0) {
                continue;
            }
            const where = ingress.path === "" ? "the rule" : prop(ingress.path);
            const portText = isAllPorts(ingress.ports) ? "all ports" : /^\s*\d+\s*$/.test(ingress.ports ?? "") ? `port ${ingress.ports}` : `ports ${ingress.ports}`;
            messages.push(
                `${label} must not accept ${world.join(" or ")} on ${portList(covered)}; ${where} accepts ${ingress.protocol ?? "ALL"} traffic on ${portText} from ${world.join(", ")}.`,
            );
        }
        return messages;
    },
});

/** The security group rules. */
export const securityGroupRules = [securityGroupIngressRestrictedPorts];
