/**
 * The recorder's speed machinery: what makes a program run faster and smaller under the embedded engine
 * without changing anything it does or sees. While a program runs, the Pulumi SDK's promise stamps are
 * empty stacks and V8's heap grows by a fixed factor; after it, one compacting collection gives the
 * program's garbage back to the system. The recorder (engine/record.ts) applies the first two around a
 * run; the command calls {@link collectGarbage} once the program has finished.
 */

/**
 * The Pulumi SDK stamps every internal promise with `new Error().stack` (`debuggablePromise`), only to
 * name it if it leaks and `PULUMI_DEBUG_PROMISE_LEAKS` is set; under tsx every such stack is also
 * source-mapped. For the dozens of promises each resource makes, that capture is most of a program's
 * run and of its memory. While a program runs here, the stamp is an empty stack unless that variable is
 * set: everything the program does and sees is unchanged, a leaked promise is still reported with its
 * context, and errors keep their stacks.
 */
export function withCheapPromiseStacks(): () => void {
    const debuggable = require("@pulumi/pulumi/runtime/debuggable") as {
        debuggablePromise?: (p: Promise<unknown>, ctx: unknown) => Promise<unknown>;
        debugPromiseLeaks?: boolean;
    };
    const original = debuggable.debuggablePromise;
    if (typeof original !== "function" || debuggable.debugPromiseLeaks) return () => undefined;
    debuggable.debuggablePromise = function (p: Promise<unknown>, ctx: unknown): Promise<unknown> {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return original(p, ctx);
        } finally {
            Error.stackTraceLimit = limit;
        }
    };
    return () => {
        debuggable.debuggablePromise = original;
    };
}

/**
 * How far V8 lets the heap grow past what the last full collection kept, while a program runs. Most of
 * what a Pulumi program allocates under the engine (promises and closures of every output) is dead
 * soon after its registration completes, but it outlives the young generation; with V8's default,
 * dynamic growth factor the old generation then swells to several times the live set before it is
 * collected (at 5,000 resources: over 1 GiB used, 160 MiB live). A fixed 30 % keeps the heap near the
 * live set: about a fifth less peak memory for the program, for somewhat more frequent collections
 * (in our measurements between nothing and a tenth of the run's time). The program sees no difference.
 */
const HEAP_GROWING_PERCENT = 30;

/** Sets V8's heap growing factor for the run; returns the function that puts the default back. */
export function withTightHeap(): () => void {
    const v8 = require("v8") as typeof import("v8");
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    return () => v8.setFlagsFromString("--heap-growing-percent=0");
}

/**
 * Runs a full, compacting garbage collection now. After a program has run, most of its heap is
 * garbage, and the pages V8 grew for it stay resident (at 5,000 resources about 0.8 GiB for 0.17 GiB
 * of live objects) while the rest of the command works; compacting lets V8 give them back. Blocks for
 * about half a second at 5,000 resources.
 */
export function collectGarbage(): void {
    const v8 = require("v8") as typeof import("v8");
    v8.setFlagsFromString("--expose-gc");
    const gc = (require("vm") as typeof import("vm")).runInNewContext("gc") as (() => void) | undefined;
    v8.setFlagsFromString("--compact-on-every-full-gc");
    try {
        gc?.();
    } finally {
        v8.setFlagsFromString("--no-compact-on-every-full-gc");
    }
}
