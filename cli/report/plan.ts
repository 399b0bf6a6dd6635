/**
 * The plan of a stack for reports: every resource with the zones it occupies, counted by type and by
 * zone. Zones come from the policy pack's topology model (which resolves subnets, node pools and
 * numeric zone ids, through property dependencies during a preview and by id in a state), and, for
 * resource types that model does not know, from the usual zone properties, so any program gets a plan.
 */
import type * as StackTopology from "../stackTopology";
import type { ResourceRecord, StackRecord, WireValue } from "@zonesafe/engine/types";
import { ROOT_STACK_TYPE, SECRET_SIG, SIG_KEY, UNKNOWN } from "@zonesafe/engine/types";
import { getOwn, setOwn } from "@zonesafe/model";

/** One resource in the plan. */
export interface PlanResource {
    urn: string;
    type: string;
    name: string;
    /** The parent's URN, or "" at the top. */
    parent: string;
    custom: boolean;
    /** The architectural tier (access, compute, middleware, data, observability, network), when known. */
    tier?: string;
    /** The zones the resource occupies, sorted. */
    zones: string[];
    /** Whether `zones` is the whole answer (false when a zone is unknown during a preview, for example). */
    zonesComplete: boolean;
}

/** Resources of one type, counted per zone. */
export interface PlanTypeRow {
    type: string;
    count: number;
    /** Zone → how many resources of this type occupy it (a multi-zone resource counts in each). */
    zones: Record<string, number>;
    /** Resources of this type with no zone. */
    unzoned: number;
}

/** The plan: resources by type and zone. */
export interface Plan {
    resourceCount: number;
    /** Every zone any resource occupies, sorted. */
    zones: string[];
    byType: PlanTypeRow[];
    byZone: Array<{ zone: string; count: number }>;
    resources: PlanResource[];
}

/** Zone-like property names read for resource types the topology model does not know. */
const GENERIC_ZONE_PROPS = ["availabilityZone", "availableZone", "zone", "zoneId", "masterZoneId", "slaveZoneId"];

function plainString(v: WireValue | undefined): string | undefined | typeof UNKNOWN {
    if (v === UNKNOWN) return UNKNOWN;
    if (typeof v === "string" && v !== "") return v;
    if (v && typeof v === "object" && !Array.isArray(v) && v[SIG_KEY] === SECRET_SIG) return plainString(v.value);
    return undefined;
}

/** Zones from the common zone properties of a resource the model does not know. */
function genericZones(r: ResourceRecord): { zones: string[]; complete: boolean } {
    const props = { ...r.inputs, ...(r.outputs ?? {}) };
    const zones = new Set<string>();
    let complete = true;
    for (const key of GENERIC_ZONE_PROPS) {
        const v = plainString(props[key]);
        if (v === UNKNOWN) complete = false;
        else if (v !== undefined) zones.add(v);
    }
    return { zones: [...zones].sort(), complete };
}

/** Builds the plan of a stack (the root stack resource itself is left out). */
export function buildPlan(stack: StackRecord): Plan {
    // The pack's topology model is loaded only when a plan is built.
    const { topologyOfStack } = require("../stackTopology") as typeof StackTopology;
    const topology = topologyOfStack(stack);
    const resources: PlanResource[] = [];
    stack.resources.forEach((r, i) => {
        if (r.type === ROOT_STACK_TYPE) {
            return;
        }
        const node = topology.nodes[i];
        let zones: string[];
        let complete: boolean;
        if (node.kind === "other") {
            ({ zones, complete } = genericZones(r));
        } else {
            const set = topology.zonesOf(node);
            zones = [...set.zones].sort();
            complete = set.complete;
        }
        const res: PlanResource = { urn: r.urn, type: r.type, name: r.name, parent: r.parent, custom: r.custom, zones, zonesComplete: complete };
        if (node.tier) res.tier = node.tier;
        resources.push(res);
    });
    const byTypeMap = new Map<string, PlanTypeRow>();
    const byZoneMap = new Map<string, number>();
    for (const r of resources) {
        const row = byTypeMap.get(r.type) ?? { type: r.type, count: 0, zones: {}, unzoned: 0 };
        row.count++;
        if (r.zones.length === 0) row.unzoned++;
        for (const z of r.zones) {
            // A zone is a property's text, which may be `__proto__` or `constructor`.
            setOwn(row.zones, z, (getOwn(row.zones, z) ?? 0) + 1);
            byZoneMap.set(z, (byZoneMap.get(z) ?? 0) + 1);
        }
        byTypeMap.set(r.type, row);
    }
    const zones = [...byZoneMap.keys()].sort();
    return {
        resourceCount: resources.length,
        zones,
        byType: [...byTypeMap.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
        byZone: zones.map((zone) => ({ zone, count: byZoneMap.get(zone) as number })),
        resources,
    };
}
