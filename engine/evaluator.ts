/**
 * One interface over every way of evaluating policy packs. An {@link Evaluator} evaluates a finished
 * stack, or takes its resources as a program registers them (a session); what it does is the engine's
 * evaluation (engine/evaluate.ts), and how fast it does it is its {@link Machinery}: pre-encoded
 * requests, the pack cache, the no-op Remediate left out, resources in flight, a worker thread.
 *
 * {@link referenceEvaluator} has none of that machinery: google-protobuf messages, the engine's exact
 * start, Remediate on every resource, one resource at a time, on the calling thread. It is what the
 * tests compare every faster evaluator against, result for result.
 */
import { EvaluationProgress, EvaluationResult, EvaluationSession, evaluatePolicyPacks, PackSpec, StackIdentity, startEvaluation } from "./evaluate";
import { startEvaluationInWorker } from "./evaluateWorker";
import { checkConcurrency, FAST_MACHINERY, Machinery, REFERENCE_MACHINERY } from "./machinery";
import type { StackRecord } from "./types";

export type { Machinery } from "./machinery";
export { FAST_MACHINERY, REFERENCE_MACHINERY } from "./machinery";

/** What one evaluation is told besides the stack and the packs; none of it changes a result. */
export interface EvaluatorCallOptions {
    /** Called as the evaluation moves on. */
    onProgress?: (progress: EvaluationProgress) => void;
    /** How long each pack may take to start. Defaults to the analyzer's default (120 s). */
    startTimeoutMs?: number;
}

/** Evaluates policy packs on a stack as `pulumi preview --policy-pack DIR --policy-pack-config FILE` does. */
export interface Evaluator {
    /** How this evaluator goes about it. */
    readonly machinery: Readonly<Machinery>;
    /** Starts the packs, evaluates them on a finished stack, and stops them. */
    evaluate(stack: StackRecord, packs: PackSpec[], options?: EvaluatorCallOptions): Promise<EvaluationResult>;
    /**
     * Starts the packs for the stack `identity` names and returns a session that takes resources as they
     * register; close it to stop the packs. A bad config file fails here, before any pack starts.
     */
    start(identity: StackIdentity, packs: PackSpec[], options?: EvaluatorCallOptions): EvaluationSession;
}

/** An evaluator with the given machinery; a concurrency that is not a positive integer is refused here. */
export function createEvaluator(machinery: Readonly<Machinery>): Evaluator {
    const settings: Readonly<Machinery> = Object.freeze({ ...machinery, concurrency: checkConcurrency(machinery.concurrency) });
    const { worker, ...evaluation } = settings;
    return {
        machinery: settings,
        evaluate: (stack, packs, options = {}) => evaluatePolicyPacks(stack, packs, { ...evaluation, ...options }),
        start: (identity, packs, options = {}) => (worker ? startEvaluationInWorker : startEvaluation)(identity, packs, { ...evaluation, ...options }),
    };
}

/** The reference evaluator (see the module comment): the one every other is compared against. */
export const referenceEvaluator: Evaluator = createEvaluator(REFERENCE_MACHINERY);

/** An evaluator with all the speed machinery ({@link FAST_MACHINERY}), less what `overrides` turns off. */
export function fastEvaluator(overrides: Partial<Machinery> = {}): Evaluator {
    return createEvaluator({ ...FAST_MACHINERY, ...overrides });
}
