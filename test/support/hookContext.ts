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
