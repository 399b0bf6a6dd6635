/**
 * The browser the HTML tests drive: Debian's `chromium` (no browser is downloaded). Where it is
 * missing, a browser test never reads as a pass: under `CI=true` it fails, saying what is missing and
 * how to install it; elsewhere it is pending, and both the warning on stderr and the pending tests'
 * titles say why and how to install it.
 */
import * as fs from "fs";
import type { Context } from "mocha";

/** Where the browser is looked for: `ZONESAFE_CHROMIUM` when set, then the usual Debian and Ubuntu paths. */
export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** How to get the browser. */
export const CHROMIUM_INSTALL = "install it with `apt-get install chromium` (Debian/Ubuntu), or set ZONESAFE_CHROMIUM to a Chromium binary";

/** The Chromium binary to drive, or `undefined` when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
    const given = env.ZONESAFE_CHROMIUM;
    if (given !== undefined && given !== "") return fs.existsSync(given) ? given : undefined;
    return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
}

/** Why the browser is missing, in one sentence. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string {
    const given = env.ZONESAFE_CHROMIUM;
    const where = given ? `ZONESAFE_CHROMIUM=${given} does not exist` : `Chromium is not installed (looked for ${CHROMIUM_CANDIDATES.join(", ")})`;
    return `${where}; ${CHROMIUM_INSTALL}`;
}

/**
 * For a `before` hook of a browser suite: the binary to drive. When there is none, throws under
 * `CI=true`; otherwise warns on stderr, marks every test of the suite pending with the reason in its
 * title, and skips them.
 */
export function requireChromium(ctx: Context, env: NodeJS.ProcessEnv = process.env): string {
    const found = findChromium(env);
    if (found) return found;
    const reason = chromiumMissing(env);
    if (env.CI === "true") throw new Error(`the browser tests cannot run on CI: ${reason}`);
    const suite = ctx.test?.parent;
    process.stderr.write(`\n  PENDING browser tests${suite ? ` (${suite.fullTitle()})` : ""}: ${reason}. Under CI=true they fail.\n\n`);
    for (const t of suite?.tests ?? []) t.title += ` [pending: ${reason}]`;
    ctx.skip();
}
