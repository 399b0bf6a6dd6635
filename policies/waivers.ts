/**
 * Waivers: exempting one resource from one named policy, with a reason and an expiry date.
 *
 * A waiver is declared in one of three places:
 * - a resource tag (Tencent Cloud resources): key `zonesafe:waive:<policy-name>`, value
 *   `<YYYY-MM-DD>:<reason>`, e.g. `zonesafe:waive:mysql-instance-multi-az` =
 *   `2026-09-30:moving to the three-node edition in Q3 (OPS-142)`;
 * - an annotation (Kubernetes objects): `zonesafe.io/waive.<policy-name>` with the same value;
 * - the policy's own configuration, property `waivers` (every policy has it), in the
 *   `--policy-pack-config` file: `{"urn" | "name", "reason", "expires": "YYYY-MM-DD"}`; `urn` matches
 *   the resource's URN, `name` its logical name (both, when both are given).
 *
 * A waiver applies through the end of its expiry day (UTC). An expired waiver no longer applies:
 * the policy reports the resource again, and the `zonesafe-waivers` policy reports the expiry.
 * A malformed waiver (no reason, or not a real date) never applies and is reported too.
 */
import { WAIVER_ANNOTATION_PREFIX, WAIVER_TAG_PREFIX } from "@zonesafe/model";
import type { Option } from "./config";
import type { ResourceView } from "./rule";
import { annotationsOf, tagsOf } from "./values";

// The tag key prefix of a waiver on a Tencent Cloud resource and the annotation key prefix of one on
// a Kubernetes object are the shared model's.
export { WAIVER_ANNOTATION_PREFIX, WAIVER_TAG_PREFIX };

/** Where a waiver was declared. */
export type WaiverSource = "tag" | "annotation" | "config";

/** A waiver as declared, with its state at a given time. */
export interface Waiver {
    readonly policy: string;
    /** The URN of the waived resource. */
    readonly urn: string;
    /** The logical name of the waived resource. */
    readonly resourceName: string;
    readonly source: WaiverSource;
    /** The expiry date as written (`YYYY-MM-DD`). */
    readonly expires: string;
    readonly reason: string;
    /** `active`, `expired`, or `invalid` (then `problem` says why). */
    readonly status: "active" | "expired" | "invalid";
    readonly problem?: string;
}

/** A waiver entry of a policy's `waivers` configuration. */
export interface ConfigWaiver {
    readonly urn?: string;
    readonly name?: string;
    readonly reason: string;
    readonly expires: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last instant (UTC) a waiver expiring on `date` still applies, or `undefined` for a malformed date. */
export function waiverEnd(date: string): Date | undefined {
    const match = DATE.exec(date.trim());
    if (!match) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const start = new Date(Date.UTC(year, month - 1, day));
    if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) {
        return undefined;
    }
    return new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1);
}

function judge(expires: string, reason: string, now: Date): Pick<Waiver, "status" | "problem"> {
    const end = waiverEnd(expires);
    if (end === undefined) {
        return { status: "invalid", problem: `expiry "${expires}" is not a date of the form YYYY-MM-DD` };
    }
    if (reason.trim() === "") {
        return { status: "invalid", problem: "it gives no reason" };
    }
    return { status: now.getTime() <= end.getTime() ? "active" : "expired" };
}

/** Parses a tag or annotation value `<YYYY-MM-DD>:<reason>`. */
export function parseWaiverValue(value: string): { expires: string; reason: string } {
    const cut = value.indexOf(":");
    if (cut < 0) {
        return { expires: value.trim(), reason: "" };
    }
    return { expires: value.slice(0, cut).trim(), reason: value.slice(cut + 1).trim() };
}

/** Every waiver declared on a resource by tag or annotation, for any policy. */
export function declaredWaivers(resource: ResourceView, now: Date): Waiver[] {
    const found: Waiver[] = [];
    const sources: [WaiverSource, Map<string, string>, string][] = [
        ["tag", tagsOf(resource.props), WAIVER_TAG_PREFIX],
        ["annotation", annotationsOf(resource.props), WAIVER_ANNOTATION_PREFIX],
    ];
    for (const [source, entries, prefix] of sources) {
        for (const [key, value] of entries) {
            if (!key.startsWith(prefix) || key.length === prefix.length) {
                continue;
            }
            const { expires, reason } = parseWaiverValue(value);
            found.push({
                policy: key.slice(prefix.length),
                urn: resource.urn,
                resourceName: resource.name,
                source,
                expires,
                reason,
                ...judge(expires, reason, now),
            });
        }
    }
    return found;
}

/** Whether a configured waiver names this resource. */
export function configWaiverMatches(waiver: ConfigWaiver, resource: { urn: string; name: string }): boolean {
    if (waiver.urn === undefined && waiver.name === undefined) {
        return false;
    }
    return (waiver.urn === undefined || waiver.urn === resource.urn) && (waiver.name === undefined || waiver.name === resource.name);
}

/** The waivers of a policy's configuration that name this resource. */
export function configuredWaivers(policy: string, list: readonly ConfigWaiver[], resource: ResourceView, now: Date): Waiver[] {
    return list
        .filter((w) => configWaiverMatches(w, resource))
        .map((w) => ({
            policy,
            urn: resource.urn,
            resourceName: resource.name,
            source: "config" as const,
            expires: w.expires,
            reason: w.reason,
            ...judge(w.expires, w.reason, now),
        }));
}

/** The waivers of one policy on one resource, from tags, annotations and the policy's configuration. */
export function waiversFor(policy: string, resource: ResourceView, list: readonly ConfigWaiver[], now: Date): Waiver[] {
    return [...declaredWaivers(resource, now).filter((w) => w.policy === policy), ...configuredWaivers(policy, list, resource, now)];
}

/** The waiver that exempts a resource from a policy now, if any. */
export function activeWaiver(waivers: readonly Waiver[]): Waiver | undefined {
    return waivers.find((w) => w.status === "active");
}

/** The `waivers` configuration property every policy has. */
export const WAIVERS_OPTION: Option<ConfigWaiver[]> = {
    schema: {
        type: "array",
        default: [],
        description:
            "Resources exempted from this policy: each names the resource by `urn` or `name`, gives a `reason` and an `expires` date (YYYY-MM-DD, inclusive).",
        items: {
            type: "object",
            properties: {
                urn: { type: "string", minLength: 1 },
                name: { type: "string", minLength: 1 },
                reason: { type: "string", minLength: 1 },
                expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
            },
            required: ["reason", "expires"],
            additionalProperties: false,
        },
    },
    defaultValue: [],
    parse: (raw) => {
        if (!Array.isArray(raw)) {
            return undefined;
        }
        const out: ConfigWaiver[] = [];
        for (const item of raw) {
            if (typeof item !== "object" || item === null || Array.isArray(item)) {
                continue;
            }
            const { urn, name, reason, expires } = item as Record<string, unknown>;
            out.push({
                urn: typeof urn === "string" ? urn : undefined,
                name: typeof name === "string" ? name : undefined,
                reason: typeof reason === "string" ? reason : "",
                expires: typeof expires === "string" ? expires : "",
            });
        }
        return out;
    },
};

/** A one-line description of a waiver for reports. */
export function describeWaiver(waiver: Waiver): string {
    const where = waiver.source === "config" ? "policy configuration" : waiver.source;
    return `${waiver.policy} on ${waiver.resourceName} (${where}, expires ${waiver.expires}): ${waiver.reason || "no reason given"}`;
}
