/**
 * Debian's Prometheus server, Alertmanager and node_exporter, which the node guard's end-to-end test
 * runs for real (nothing is downloaded). As with promtool: where one is missing, the test never reads
 * as a pass: under CI it fails, naming what is missing and how to install it; elsewhere it is pending,
 * with the reason on stderr and in every test's title.
 */
import * as path from "path";
import type { Context } from "mocha";
import { isExecutable, onCi } from "./promtool";

/** A command of a Debian package, and the variable that may point at another binary. */
export interface DebianTool {
    /** The command on PATH. */
    command: string;
    /** The Debian package that installs it. */
    package: string;
    /** An environment variable that names the binary instead. */
    env: string;
}

/** The Prometheus server. */
export const PROMETHEUS: DebianTool = { command: "prometheus", package: "prometheus", env: "ZONESAFE_PROMETHEUS" };
/** Alertmanager, as Debian names its command. */
export const ALERTMANAGER: DebianTool = { command: "prometheus-alertmanager", package: "prometheus-alertmanager", env: "ZONESAFE_ALERTMANAGER" };
/** node_exporter, as Debian names its command. */
export const NODE_EXPORTER: DebianTool = { command: "prometheus-node-exporter", package: "prometheus-node-exporter", env: "ZONESAFE_NODE_EXPORTER" };

/** The tool's binary: its variable when set, else the first `command` on PATH; `undefined` when there is none. */
export function findTool(tool: DebianTool, env: NodeJS.ProcessEnv = process.env): string | undefined {
    const given = env[tool.env];
    if (given !== undefined && given !== "") return isExecutable(given) ? given : undefined;
    for (const dir of (env.PATH ?? "").split(path.delimiter)) {
        if (dir === "") continue;
        const candidate = path.join(dir, tool.command);
        if (isExecutable(candidate)) return candidate;
    }
    return undefined;
}

/** Why the tool is missing, in one sentence with the fix. */
export function toolMissing(tool: DebianTool, env: NodeJS.ProcessEnv = process.env): string {
    const given = env[tool.env];
    const where = given ? `${tool.env}=${given} is not an executable file` : `${tool.command} is not on PATH`;
    return `${where}; install it with \`apt-get install ${tool.package}\` (Debian/Ubuntu), or set ${tool.env} to its binary`;
}

/**
 * For a `before` hook: each tool's binary, by command. When any is missing, throws under CI (see
 * `onCi`); otherwise warns on stderr, marks every test of the suite pending with the reasons in its
 * title, and skips them.
 */
export function requireTools(ctx: Context, tools: DebianTool[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
    const found: Record<string, string> = {};
    const missing: string[] = [];
    for (const tool of tools) {
        const binary = findTool(tool, env);
        if (binary === undefined) missing.push(toolMissing(tool, env));
        else found[tool.command] = binary;
    }
    if (missing.length === 0) return found;
    const reason = missing.join("; ");
    if (onCi(env)) throw new Error(`the end-to-end test cannot run on CI: ${reason}`);
    const suite = ctx.test?.parent;
    process.stderr.write(`\n  PENDING end-to-end tests${suite ? ` (${suite.fullTitle()})` : ""}: ${reason}. Under CI they fail.\n\n`);
    for (const t of suite?.tests ?? []) t.title += ` [pending: ${reason}]`;
    ctx.skip();
}
