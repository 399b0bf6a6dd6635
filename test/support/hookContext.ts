/** A fake mocha `before` hook context, for testing the helpers that fail or mark a suite pending. */
import type { Context } from "mocha";

/** A `before` hook's context whose suite (`suiteTitle`) holds two tests; `skip` throws as mocha's does. */
export function fakeHookContext(suiteTitle: string): { ctx: Context; titles: () => string[]; skipped: () => boolean } {
    const tests = [{ title: "a" }, { title: "b" }];
    let skipped = false;
    const ctx = {
        test: { parent: { tests, fullTitle: () => suiteTitle } },
        skip: () => {
            skipped = true;
            throw new Error("skipped");
        },
    } as unknown as Context;
    return { ctx, titles: () => tests.map((t) => t.title), skipped: () => skipped };
}

/**
 * Runs `fn` (a helper that fails or marks a suite pending, through a fake hook context) with stderr
 * captured; returns what it wrote. The fake skip throws, as mocha's does, and is swallowed here.
 */
export function stderrOf(fn: () => void): string {
    const write = process.stderr.write;
    let written = "";
    process.stderr.write = ((chunk: string | Uint8Array) => {
        written += String(chunk);
        return true;
    }) as typeof process.stderr.write;
    try {
        fn();
    } catch {
        // the fake skip throws, as mocha's does
    } finally {
        process.stderr.write = write;
    }
    return written;
}
