import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import { NETWORK_TIERS, NetworkTier } from "@zonesafe/model";
import {
    DEFAULT_APP_PORTS,
    DEFAULT_DATA_PORTS,
    DEFAULT_PUBLIC_INGRESS_CIDRS,
    DEFAULT_PUBLIC_PORTS,
    DEFAULT_SUBNET_PREFIX,
    DEFAULT_VPC_CIDR,
    DEFAULT_ZONE_COUNT,
    MIN_ZONES,
} from "../defaults";
import { Validator, describeValue } from "../errors";
import { COMPONENT_TAG, TIER_TAG, Tags, ZONE_TAG, ZonalSubnet, mergeTags } from "../types";
import { DEFAULT_ZONES_BY_REGION, defaultZones, parseZone, validateZoneList, zoneKey } from "../zones";
import { Ipv4Cidr, formatIpv4Cidr, isAligned, isIpv6Cidr, isPrivate, parseIpv4Cidr, prefixOf, subBlock } from "./cidr";

/** The component's type token. */
export const ZONAL_NETWORK_TYPE = "zonesafe:network:ZonalNetwork";

/** A network tier: access (public), business (app), data (the shared model's `NetworkTier`). */
export const Tier = { PUBLIC: "public", APP: "app", DATA: "data" } as const;
/** A network tier: access (public), business (app), data (the shared model's `NetworkTier`). */
export type Tier = (typeof Tier)[keyof typeof Tier];
// The tiers are the shared model's: this does not compile if the two lists ever differ.
const tiersAgree: [Tier, NetworkTier] extends [NetworkTier, Tier] ? true : never = true;
void tiersAgree;
/** The tiers, in the order their address ranges are carved. */
export const TIERS: readonly Tier[] = NETWORK_TIERS;

/**
 * How a tier's quarter of the VPC range is divided among the zones:
 * - `by-zone`: zone n of the region (`ap-guangzhou-3` → 3) gets block n − 1 of the quarter, so a
 *   zone's subnets keep their range whatever other zones are added, removed or reordered;
 * - `by-position`: the i-th zone of `zones` gets block i (the layout of 0.1), so removing or
 *   reordering zones moves the ranges of the zones after it (and replaces their subnets).
 */
export const CidrLayout = { BY_ZONE: "by-zone", BY_POSITION: "by-position" } as const;
/** How a tier's quarter of the VPC range is divided among the zones (see the constant). */
export type CidrLayout = (typeof CidrLayout)[keyof typeof CidrLayout];
/** The CIDR layouts. */
export const CIDR_LAYOUTS: readonly CidrLayout[] = ["by-zone", "by-position"];

/** The arguments of a {@link ZonalNetwork}. */
export interface ZonalNetworkArgs {
    /**
     * The availability zones, at least 2, distinct, one region; each tier gets one subnet per zone.
     * Defaults to the first `zoneCount` zones of `region` (see `DEFAULT_ZONES_BY_REGION`).
     */
    zones?: string[];
    /**
     * The region whose default zones to use when `zones` is omitted: `ap-guangzhou`, `ap-shanghai`,
     * `ap-beijing` or `ap-nanjing`. With `zones`, it must be theirs (refused otherwise). Defaults to
     * the default provider's region (`tencentcloud:region`) when no provider is given in the
     * options, so the region is said once; with an explicit provider, pass `zones`.
     */
    region?: string;
    /** How many of the region's default zones to use, 2 or 3; ignored when `zones` is given. Defaults to `3`. */
    zoneCount?: number;
    /**
     * The VPC's IPv4 range, a network address inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16,
     * prefix 12–28. It is split into four equal quarters: public, app, data and a spare one.
     * Defaults to `10.0.0.0/16`.
     */
    cidrBlock?: string;
    /**
     * The prefix length of every subnet; each quarter of the VPC must hold one per zone, and it may
     * be at most 28. Defaults to `24`.
     */
    subnetPrefix?: number;
    /** TCP ports the public tier admits from `publicIngressCidrs`. Defaults to `[80, 443]`. */
    publicPorts?: number[];
    /** TCP ports the app tier admits from the public tier's subnets. Defaults to `[80, 443, 8080]`. */
    appPorts?: number[];
    /** TCP ports the data tier admits from the app tier's subnets. Defaults to `[3306, 6379, 27017, 9092]`. */
    dataPorts?: number[];
    /** Sources (IPv4 or IPv6 CIDRs) admitted to the public tier's ports. Defaults to `["0.0.0.0/0"]`. */
    publicIngressCidrs?: string[];
    /**
     * Further sources admitted to the data tier's ports (e.g. a bastion or a peered VPC). Never
     * `0.0.0.0/0` or `::/0`: refused. Defaults to `[]`.
     */
    extraDataIngressCidrs?: string[];
    /** Tags for every resource; the component adds its name, tier and zone. Defaults to `{}`. */
    tags?: Tags;
    /**
     * How subnet ranges are carved from each tier's quarter: `"by-zone"` (zone n of the region takes
     * block n − 1, stable under any change of the zone list) or `"by-position"` (the i-th listed zone
     * takes block i, the layout of 0.1: set it on a network created by 0.1 so that its subnets keep
     * their ranges). Defaults to `"by-zone"`.
     */
    cidrLayout?: CidrLayout;
}

/** One planned subnet. */
export interface SubnetPlan {
    tier: Tier;
    zone: string;
    /** 1-based index of the zone in the zone list as given. */
    index: number;
    /** The child's resource name, keyed by tier and zone, e.g. `net-subnet-app-ap-guangzhou-3`. */
    resourceName: string;
    /** The name 0.1 gave the child, by position (`net-subnet-app-1`); the subnet carries it as an alias. */
    legacyName: string;
    /** Which block of the tier's quarter the subnet takes (0-based; see {@link CidrLayout}). */
    block: number;
    cidrBlock: string;
}

/** One planned ingress rule of a tier's security group. */
export interface IngressPlan {
    cidrBlock: string;
    ipv6: boolean;
    port: number;
    description: string;
}

/** The resolved layout of a ZonalNetwork (plain data). */
export interface ZonalNetworkPlan {
    zones: string[];
    cidrLayout: CidrLayout;
    vpcCidr: string;
    subnetPrefix: number;
    subnets: SubnetPlan[];
    ingress: IngressPlansByTier;
}

/** The ingress rules of each tier's security group. */
export interface IngressPlansByTier {
    /** The public tier's. */
    public: IngressPlan[];
    /** The app tier's. */
    app: IngressPlan[];
    /** The data tier's. */
    data: IngressPlan[];
}

interface ResolvedArgs {
    zones: unknown;
    cidrBlock: unknown;
    subnetPrefix: unknown;
    publicPorts: unknown;
    appPorts: unknown;
    dataPorts: unknown;
    publicIngressCidrs: unknown;
    extraDataIngressCidrs: unknown;
    cidrLayout: unknown;
}

/**
 * The default provider's region (`tencentcloud:region` in the stack's configuration) when the
 * options name no provider; `undefined` otherwise (an explicit provider's region is an output).
 */
function providerRegion(opts: pulumi.ComponentResourceOptions | undefined): string | undefined {
    if (opts?.provider !== undefined || opts?.providers !== undefined || opts?.parent !== undefined) return undefined;
    return new pulumi.Config("tencentcloud").get("region");
}

/** Applies the defaults of {@link ZonalNetworkArgs}. */
export function resolveZonalNetworkArgs(args: ZonalNetworkArgs): ResolvedArgs {
    const zones = args.zones ?? (typeof args.region === "string" ? defaultZones(args.region, args.zoneCount ?? DEFAULT_ZONE_COUNT) : undefined);
    return {
        zones,
        cidrBlock: args.cidrBlock ?? DEFAULT_VPC_CIDR,
        subnetPrefix: args.subnetPrefix ?? DEFAULT_SUBNET_PREFIX,
        publicPorts: args.publicPorts ?? [...DEFAULT_PUBLIC_PORTS],
        appPorts: args.appPorts ?? [...DEFAULT_APP_PORTS],
        dataPorts: args.dataPorts ?? [...DEFAULT_DATA_PORTS],
        publicIngressCidrs: args.publicIngressCidrs ?? [...DEFAULT_PUBLIC_INGRESS_CIDRS],
        extraDataIngressCidrs: args.extraDataIngressCidrs ?? [],
        cidrLayout: args.cidrLayout ?? "by-zone",
    };
}

function validatePorts(v: Validator, field: string, value: unknown): number[] | undefined {
    if (!Array.isArray(value) || value.length === 0) {
        v.add(field, "must list at least one TCP port", value, `pass ports such as [443].`);
        return undefined;
    }
    let ok = true;
    value.forEach((p, i) => {
        ok = v.integer(`${field}[${i}]`, p, 1, 65535) && ok;
    });
    if (!ok) return undefined;
    const ports = value as number[];
    if (new Set(ports).size !== ports.length) {
        v.add(field, "must list each port once", ports, "remove the repeated ports.");
        return undefined;
    }
    return ports;
}

function validateSources(v: Validator, field: string, value: unknown, allowAll: boolean): string[] | undefined {
    if (!Array.isArray(value)) {
        v.add(field, "must be a list of CIDRs", value, "pass CIDRs such as [\"10.1.0.0/16\"].");
        return undefined;
    }
    let ok = true;
    value.forEach((c, i) => {
        const prefix = prefixOf(c);
        const v4 = parseIpv4Cidr(c);
        if (prefix === undefined || (v4 !== undefined && !isAligned(v4))) {
            ok = false;
            v.add(`${field}[${i}]`, "must be an IPv4 or IPv6 CIDR with no host bits", c, "write the network address, e.g. 10.1.0.0/16.");
        } else if (!allowAll && prefix === 0) {
            ok = false;
            v.add(`${field}[${i}]`, "must never admit every address (0.0.0.0/0 or ::/0) to the data tier", c, "name the CIDRs that need the data tier, e.g. a bastion's /32.");
        }
    });
    return ok ? (value as string[]) : undefined;
}

/**
 * Resolves defaults, validates (every problem at once) and plans the network: one subnet per tier
 * per zone carved from the VPC range, and each tier's ingress rules. Throws a `ComponentArgsError`
 * when the arguments are refused.
 */
export function planZonalNetwork(name: string, args: ZonalNetworkArgs): ZonalNetworkPlan {
    const v = new Validator(ZONAL_NETWORK_TYPE, name);
    const r = resolveZonalNetworkArgs(args ?? {});
    let zones: string[] | undefined;
    if (r.zones === undefined) {
        v.add(
            "zones",
            `is required unless \`region\` (for a ZonalNetwork without an explicit provider: \`tencentcloud:region\`) is one of ${Object.keys(DEFAULT_ZONES_BY_REGION).join(", ")}`,
            args?.region === undefined ? "no zones and no region" : `no zones and region ${describeValue(args.region)}`,
            "list the zones, e.g. zones: [\"ap-guangzhou-3\", \"ap-guangzhou-4\", \"ap-guangzhou-6\"].",
            { described: true },
        );
    } else {
        if (args.zones === undefined && args.zoneCount !== undefined) {
            v.integer("zoneCount", args.zoneCount, MIN_ZONES, DEFAULT_ZONE_COUNT);
        }
        zones = validateZoneList(v, "zones", r.zones, { purpose: "for a multi-AZ network" });
        if (zones && args.zones !== undefined && args.region !== undefined) {
            const region = parseZone(zones[0])!.region;
            v.check(
                args.region === region,
                "region",
                `must be the region of \`zones\` (${region}); the region is derived from the zones`,
                args.region,
                "remove `region` (it only picks default zones when `zones` is omitted).",
            );
        }
    }

    const vpc = parseIpv4Cidr(r.cidrBlock);
    let vpcOk = false;
    if (!vpc || !isAligned(vpc)) {
        v.add("cidrBlock", "must be an IPv4 network address with a prefix, e.g. 10.0.0.0/16", r.cidrBlock, "write the VPC range as a.b.c.d/p with no host bits.");
    } else if (!isPrivate(vpc) || vpc.prefix < 12 || vpc.prefix > 28) {
        v.add("cidrBlock", "must lie in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a prefix of 12–28", r.cidrBlock, "choose a private range such as 10.0.0.0/16.");
    } else {
        vpcOk = true;
    }
    const subnetPrefixOk = v.integer("subnetPrefix", r.subnetPrefix, 12, 28);
    const layoutOk = v.oneOf("cidrLayout", r.cidrLayout, CIDR_LAYOUTS, `use "by-zone" (the default) or "by-position" (the ranges 0.1 gave a network it created).`);
    if (vpcOk && subnetPrefixOk && layoutOk && zones) {
        checkRoom(v, vpc!, r.subnetPrefix as number, r.cidrLayout as CidrLayout, zones);
    }
    const publicPorts = validatePorts(v, "publicPorts", r.publicPorts);
    const appPorts = validatePorts(v, "appPorts", r.appPorts);
    const dataPorts = validatePorts(v, "dataPorts", r.dataPorts);
    const publicSources = validateSources(v, "publicIngressCidrs", r.publicIngressCidrs, true);
    if (publicSources) v.check(publicSources.length > 0, "publicIngressCidrs", "must list at least one source", publicSources, "pass the CIDRs that may reach the access tier.");
    const extraDataSources = validateSources(v, "extraDataIngressCidrs", r.extraDataIngressCidrs, false);
    v.throwIfAny();

    // Every value below passed validation.
    const validZones = zones!;
    const prefix = r.subnetPrefix as number;
    const vpcBlock = vpc as Ipv4Cidr;
    const layout = r.cidrLayout as CidrLayout;
    const quarterSize = 2 ** (prefix - vpcBlock.prefix - 2);
    const subnets: SubnetPlan[] = TIERS.flatMap((tier, t) =>
        validZones.map((zone, i) => {
            const block = subnetBlock(layout, zone, i);
            return {
                tier,
                zone,
                index: i + 1,
                resourceName: `${name}-subnet-${tier}-${zoneKey(zone)}`,
                legacyName: `${name}-subnet-${tier}-${i + 1}`,
                block,
                cidrBlock: formatIpv4Cidr(subBlock(vpcBlock, prefix, t * quarterSize + block)),
            };
        }),
    );
    const cidrsOf = (tier: Tier) => subnets.filter((s) => s.tier === tier);
    const rule = (cidrBlock: string, port: number, description: string): IngressPlan => ({ cidrBlock, ipv6: isIpv6Cidr(cidrBlock), port, description });
    const ingress: Record<Tier, IngressPlan[]> = {
        public: publicSources!.flatMap((c) => publicPorts!.map((p) => rule(c, p, `public tier ${p} from ${c}`))),
        app: cidrsOf("public").flatMap((s) => appPorts!.map((p) => rule(s.cidrBlock, p, `app tier ${p} from public subnet ${s.zone}`))),
        data: [
            ...cidrsOf("app").flatMap((s) => dataPorts!.map((p) => rule(s.cidrBlock, p, `data tier ${p} from app subnet ${s.zone}`))),
            ...extraDataSources!.flatMap((c) => dataPorts!.map((p) => rule(c, p, `data tier ${p} from ${c}`))),
        ],
    };
    return { zones: validZones, cidrLayout: layout, vpcCidr: formatIpv4Cidr(vpcBlock), subnetPrefix: prefix, subnets, ingress };
}

/** The block of its tier's quarter that the subnet of `zone` (the `position`-th zone, 0-based) takes. */
function subnetBlock(layout: CidrLayout, zone: string, position: number): number {
    return layout === "by-zone" ? parseZone(zone)!.number - 1 : position;
}

/** Requires every zone's block to fit in a quarter of the VPC (each tier takes one quarter). */
function checkRoom(v: Validator, vpc: Ipv4Cidr, prefix: number, layout: CidrLayout, zones: string[]): void {
    const quarterPrefix = vpc.prefix + 2;
    const perQuarter = prefix >= quarterPrefix ? 2 ** (prefix - quarterPrefix) : 0;
    const blocks = zones.map((z, i) => subnetBlock(layout, z, i));
    const needed = Math.max(...blocks) + 1;
    if (perQuarter >= needed) return;
    // The longest subnet prefix that holds `needed` blocks per quarter, and the VPC prefix that allows it with /28 subnets.
    const bits = Math.ceil(Math.log2(needed));
    const wantPrefix = quarterPrefix + bits;
    const widen = wantPrefix <= 28 ? `use a subnet prefix of /${wantPrefix} or longer, or a larger VPC range` : `use a VPC range of /${28 - bits - 2} or larger`;
    if (layout === "by-position") {
        v.add("subnetPrefix", `must leave room for ${zones.length} subnets in each quarter (/${quarterPrefix}) of the VPC`, prefix, `${widen}.`);
        return;
    }
    const late = zones.filter((z, i) => blocks[i] >= perQuarter);
    v.add(
        "subnetPrefix",
        `must leave room in each quarter (/${quarterPrefix}) of the VPC for block n − 1 of every zone n (cidrLayout "by-zone"): ` +
            `${late.join(", ")} need${late.length === 1 ? "s" : ""} ${needed} blocks, the quarter holds ${perQuarter}`,
        prefix,
        `${widen}; or set cidrLayout: "by-position" to number the subnets by their place in \`zones\` (ranges then move when zones change).`,
    );
}

/** A subnet the network created, with its zone. */
/** The subnets of each tier, in zone order. */
export interface NetworkSubnetsByTier {
    /** The public tier's. */
    public: NetworkSubnet[];
    /** The app tier's. */
    app: NetworkSubnet[];
    /** The data tier's. */
    data: NetworkSubnet[];
}

/** The security group of each tier. */
export interface SecurityGroupsByTier {
    /** The public tier's. */
    public: tencentcloud.SecurityGroup;
    /** The app tier's. */
    app: tencentcloud.SecurityGroup;
    /** The data tier's. */
    data: tencentcloud.SecurityGroup;
}

/** The security group id of each tier. */
export interface SecurityGroupIdsByTier {
    /** The public tier's. */
    public: pulumi.Output<string>;
    /** The app tier's. */
    app: pulumi.Output<string>;
    /** The data tier's. */
    data: pulumi.Output<string>;
}

/** The ingress rule set of each tier's security group. */
export interface SecurityGroupRuleSetsByTier {
    /** The public tier's. */
    public: tencentcloud.SecurityGroupRuleSet;
    /** The app tier's. */
    app: tencentcloud.SecurityGroupRuleSet;
    /** The data tier's. */
    data: tencentcloud.SecurityGroupRuleSet;
}

export interface NetworkSubnet extends ZonalSubnet {
    /** The subnet resource. */
    subnet: tencentcloud.Subnet;
    /** The subnet's id. */
    subnetId: pulumi.Output<string>;
    /** The subnet's range. */
    cidrBlock: string;
}

/**
 * A VPC with one subnet per availability zone for each tier (public, app, data) and one security
 * group per tier, the data tier admitting only the app tier's subnets on its own ports.
 *
 * Pass a tier's `subnets` (`{zone, subnetId}`) to the node pools, scaling groups and databases that
 * live in it; the zones travel with the ids, so those components can check their own spread.
 */
export class ZonalNetwork extends pulumi.ComponentResource {
    /** The VPC. */
    public readonly vpc: tencentcloud.Vpc;
    /** The VPC's id. */
    public readonly vpcId: pulumi.Output<string>;
    /** The subnets of each tier, in zone order. */
    public readonly subnets: NetworkSubnetsByTier;
    /** The security group of each tier. */
    public readonly securityGroups: SecurityGroupsByTier;
    /** The security group id of each tier. */
    public readonly securityGroupIds: SecurityGroupIdsByTier;
    /** The ingress rule set of each tier's security group. */
    public readonly securityGroupRuleSets: SecurityGroupRuleSetsByTier;
    /** The resolved layout: zones, subnet ranges, ingress rules. */
    public readonly zonePlan: ZonalNetworkPlan;

    constructor(name: string, args: ZonalNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        // Without zones, the region comes from `region`, else from the default provider's configuration.
        const region = args?.region ?? (args?.zones === undefined ? providerRegion(opts) : undefined);
        const plan = planZonalNetwork(name, region === undefined ? args : { ...args, region });
        super(ZONAL_NETWORK_TYPE, name, {}, opts);
        this.zonePlan = plan;
        const own = { [COMPONENT_TAG]: name };

        this.vpc = new tencentcloud.Vpc(
            `${name}-vpc`,
            { name, cidrBlock: plan.vpcCidr, tags: mergeTags(args.tags, own) },
            { parent: this },
        );
        this.vpcId = this.vpc.id;

        const subnets = { public: [], app: [], data: [] } as Record<Tier, NetworkSubnet[]>;
        for (const s of plan.subnets) {
            const subnet = new tencentcloud.Subnet(
                s.resourceName,
                {
                    vpcId: this.vpc.id,
                    availabilityZone: s.zone,
                    cidrBlock: s.cidrBlock,
                    name: `${name}-${s.tier}-${s.zone}`,
                    tags: mergeTags(args.tags, { ...own, [TIER_TAG]: s.tier, [ZONE_TAG]: s.zone }),
                },
                { parent: this, aliases: [{ name: s.legacyName }] },
            );
            subnets[s.tier].push({ zone: s.zone, subnet, subnetId: subnet.id, cidrBlock: s.cidrBlock });
        }
        this.subnets = subnets;

        const groups = {} as Record<Tier, tencentcloud.SecurityGroup>;
        const groupIds = {} as Record<Tier, pulumi.Output<string>>;
        const ruleSets = {} as Record<Tier, tencentcloud.SecurityGroupRuleSet>;
        for (const tier of TIERS) {
            groups[tier] = new tencentcloud.SecurityGroup(
                `${name}-sg-${tier}`,
                {
                    name: `${name}-${tier}`,
                    description: `${tier} tier of ${name}`,
                    tags: mergeTags(args.tags, { ...own, [TIER_TAG]: tier }),
                },
                { parent: this },
            );
            groupIds[tier] = groups[tier].id;
            ruleSets[tier] = new tencentcloud.SecurityGroupRuleSet(
                `${name}-sg-${tier}-rules`,
                {
                    securityGroupId: groups[tier].id,
                    ingresses: plan.ingress[tier].map((r) => ({
                        action: "ACCEPT",
                        ...(r.ipv6 ? { ipv6CidrBlock: r.cidrBlock } : { cidrBlock: r.cidrBlock }),
                        protocol: "TCP",
                        port: String(r.port),
                        description: r.description,
                    })),
                },
                { parent: this },
            );
        }
        this.securityGroups = groups;
        this.securityGroupIds = groupIds;
        this.securityGroupRuleSets = ruleSets;

        this.registerOutputs({
            vpcId: this.vpcId,
            subnetIds: Object.fromEntries(TIERS.map((t) => [t, subnets[t].map((s) => s.subnetId)])),
            securityGroupIds: groupIds,
            zonePlan: plan,
        });
    }
}
