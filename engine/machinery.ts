/**
 * The speed machinery of an evaluation, as settings: how requests are encoded, how packs start, whether
 * provably no-op Remediate calls are left out, how many resources are in flight, and whether a session
 * runs on a worker thread. No setting changes a result; the reference settings are the engine's own
 * way, one resource at a time, and the tests compare every other setting against them
 * (engine/evaluator.ts puts an evaluator over each).
 */
import { messageEncoder, RequestEncoder } from "./marshal";
import { preEncoder } from "./protoWire";

/** How many resources the fast evaluator has in flight at once. */
export const DEFAULT_CONCURRENCY = 64;

/** How an evaluation is carried out; every combination gives the same results. */
export interface Machinery {
    /**
     * Encode the per-resource and stack requests straight into protobuf bytes (engine/protoWire.ts)
     * instead of building google-protobuf messages (engine/marshal.ts); the bytes are the same.
     */
    preEncode: boolean;
    /**
     * Start packs from their compiled copy (engine/packCache.ts) instead of letting the runner's ts-node
     * type-check them on every start; a pack the copy does not cover starts as the engine starts it.
     */
    packCache: boolean;
    /** Leave out Remediate on a pack where it provably does nothing (see `remediateIsNoop`). */
    skipNoopRemediate: boolean;
    /** How many resources may be in flight at once (each runs Remediate then Analyze on every pack). */
    concurrency: number;
    /**
     * Run a session (resources added while a program runs) on a worker thread
     * (engine/evaluateWorker.ts), so that a busy main thread does not hold the packs back. The
     * evaluation of a finished stack always runs on the calling thread.
     */
    worker: boolean;
}

/**
 * The reference: requests as google-protobuf messages, packs started exactly as the engine starts
 * them, Remediate on every resource, one resource at a time, on the calling thread.
 */
export const REFERENCE_MACHINERY: Readonly<Machinery> = Object.freeze({
    preEncode: false,
    packCache: false,
    skipNoopRemediate: false,
    concurrency: 1,
    worker: false,
});

/** Everything that makes an evaluation faster, as `zonesafe preview` and `assess` use it by default. */
export const FAST_MACHINERY: Readonly<Machinery> = Object.freeze({
    preEncode: true,
    packCache: true,
    skipNoopRemediate: true,
    concurrency: DEFAULT_CONCURRENCY,
    worker: true,
});

/** The request encoder of a setting of {@link Machinery.preEncode}. */
export function encoderOf(preEncode: boolean): RequestEncoder {
    return preEncode ? preEncoder : messageEncoder;
}

/** Checks a concurrency setting: a positive integer ({@link DEFAULT_CONCURRENCY} when not given). */
export function checkConcurrency(c: number | undefined): number {
    const value = c ?? DEFAULT_CONCURRENCY;
    if (!Number.isInteger(value) || value < 1) {
        throw new Error(`concurrency must be a positive integer (1 evaluates one resource at a time); got ${String(c)}.`);
    }
    return value;
}
