/**
 * IPv4 CIDR arithmetic for carving tier subnets out of a VPC range, and the checks the network
 * component applies to CIDRs it is given. Pure functions.
 */

/** An IPv4 CIDR block: its network address as an unsigned 32-bit number and its prefix length. */
export interface Ipv4Cidr {
    base: number;
    prefix: number;
}

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const IPV6_CIDR = /^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\/(\d{1,3})$/;

/** Parses `a.b.c.d/p`; `undefined` when malformed (octet > 255, prefix > 32). */
export function parseIpv4Cidr(text: unknown): Ipv4Cidr | undefined {
    if (typeof text !== "string") return undefined;
    const m = IPV4_CIDR.exec(text.trim());
    if (!m) return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix > 32) return undefined;
    const base = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    return { base, prefix };
}

/** The netmask of a prefix length as an unsigned 32-bit number. */
export function maskOf(prefix: number): number {
    return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Whether the block's address has no host bits set (`10.0.0.0/16`, not `10.0.1.0/16`). */
export function isAligned(c: Ipv4Cidr): boolean {
    return (c.base & maskOf(c.prefix)) >>> 0 === c.base;
}

/** Formats a block as `a.b.c.d/p`. */
export function formatIpv4Cidr(c: Ipv4Cidr): string {
    const b = c.base;
    return `${b >>> 24}.${(b >>> 16) & 255}.${(b >>> 8) & 255}.${b & 255}/${c.prefix}`;
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: Ipv4Cidr, inner: Ipv4Cidr): boolean {
    return inner.prefix >= outer.prefix && (inner.base & maskOf(outer.prefix)) >>> 0 === outer.base;
}

/** The private ranges a Tencent Cloud VPC may use. */
export const PRIVATE_RANGES: readonly Ipv4Cidr[] = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map((c) => parseIpv4Cidr(c)!);

/** Whether the block lies within one of the private ranges. */
export function isPrivate(c: Ipv4Cidr): boolean {
    return PRIVATE_RANGES.some((r) => contains(r, c));
}

/** The `index`-th block of prefix `prefix` inside `outer` (the caller checks it fits). */
export function subBlock(outer: Ipv4Cidr, prefix: number, index: number): Ipv4Cidr {
    const size = 2 ** (32 - prefix);
    return { base: (outer.base + index * size) >>> 0, prefix };
}

/** Whether `text` looks like an IPv6 CIDR (`::/0`, `2001:db8::/32`). */
export function isIpv6Cidr(text: unknown): text is string {
    if (typeof text !== "string") return false;
    const m = IPV6_CIDR.exec(text.trim());
    return m !== null && Number(m[1]) <= 128;
}

/** The prefix length of an IPv4 or IPv6 CIDR, or `undefined` when it is neither. */
export function prefixOf(text: unknown): number | undefined {
    const v4 = parseIpv4Cidr(text);
    if (v4) return v4.prefix;
    if (isIpv6Cidr(text)) return Number((text as string).split("/")[1]);
    return undefined;
}
