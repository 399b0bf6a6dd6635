// The evaluation core over a recorded stack at an injected time, as the event-readiness and event
// capacity specs run it on retail-prod.
import { CoreResult, CoreOptions, evaluateTopology } from "../../policies/core";
import { topologyOfStack } from "../../cli/stackTopology";
import { StackRecord } from "../../engine/types";

/** Ten days before Double 11 (2027-11-11T00:00:00+08:00): inside the default 14-day horizon. Never the wall clock. */
export const TEN_DAYS_BEFORE = new Date("2027-11-01T00:00:00Z");

/** What {@link evaluateRecord} changes: the time, config overrides (`undefined` removes a key), policy configs and levels. */
export interface RecordEvaluation {
    now?: Date;
    config?: Record<string, string | undefined>;
    configs?: CoreOptions["configs"];
    levels?: CoreOptions["levels"];
}

/** The core over `stack` at `now` (ten days before Double 11 unless given), with its config overridden. */
export function evaluateRecord(stack: StackRecord, o: RecordEvaluation = {}): CoreResult {
    const config: Record<string, string> = { ...stack.config };
    for (const [k, v] of Object.entries(o.config ?? {})) {
        if (v === undefined) delete config[k];
        else config[k] = v;
    }
    return evaluateTopology(topologyOfStack(stack), { identity: { name: stack.stack, config }, now: o.now ?? TEN_DAYS_BEFORE, configs: o.configs, levels: o.levels });
}

/** A copy of `stack` with its resources changed by `fn` (which gets a deep copy to change). */
export function withResources(stack: StackRecord, fn: (resources: StackRecord["resources"]) => StackRecord["resources"]): StackRecord {
    return { ...stack, resources: fn(structuredClone(stack.resources)) };
}
