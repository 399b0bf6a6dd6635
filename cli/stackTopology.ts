/**
 * The topology of a run's stack, built once per stack record and shared by every part of a report that
 * reads it (the plan, the resilience analysis, the pack adapter's assessment). It holds every resource,
 * the root stack resource included, as the pack's stack policies receive them, so the report's figures
 * are computed on the same model as the pack's.
 */
import type { StackRecord } from "@zonesafe/engine/types";
import { stackResourcesOfRecords } from "@zonesafe/policies/resources";
import { buildTopology, Topology } from "@zonesafe/policies/topology";

const built = new WeakMap<StackRecord, Topology>();

/** The topology of a stack's records (node `i` is resource `i`), built on first use. */
export function topologyOfStack(stack: StackRecord): Topology {
    let topology = built.get(stack);
    if (topology === undefined) {
        topology = buildTopology(stackResourcesOfRecords(stack.resources));
        built.set(stack, topology);
    }
    return topology;
}
