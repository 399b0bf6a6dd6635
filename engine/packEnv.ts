/**
 * Where and with what environment the engine runs a Node.js pack (pulumi/pulumi `constructEnv` and the
 * `pulumi-analyzer-policy` launcher): `node <@pulumi/pulumi/cmd/run-policy-pack> <engine address> .`
 * in the pack directory, with the parent environment plus `PULUMI_CONFIG` and the organization,
 * project, stack and dry-run variables (both the `PULUMI_NODEJS_*` and the `PULUMI_*` spellings, each
 * only when non-empty).
 */

/**
 * The engine address handed to the pack. `run-policy-pack` drops it (a Node.js pack never calls the
 * engine), so no engine listens there.
 */
export const ENGINE_ADDRESS = "127.0.0.1:0";

/** The stack a pack is started for, as the engine describes it in the pack's environment. */
export interface StackEnvironment {
    project: string;
    stack: string;
    /** The organization. Defaults to none (the variables are then left out). */
    organization?: string;
    dryRun: boolean;
    /** The stack config (`project:key` → value), passed as `PULUMI_CONFIG`. Defaults to `{}`. */
    config?: Record<string, string>;
}

/** Finds `@pulumi/pulumi/cmd/run-policy-pack` from the pack directory first, then from this project. */
export function resolveRunPolicyPack(dir: string): string {
    try {
        return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
    } catch {
        return require.resolve("@pulumi/pulumi/cmd/run-policy-pack");
    }
}

/** The environment the engine gives a Node.js pack: the parent's, plus the stack's identity and config. */
export function policyPackEnv(parent: NodeJS.ProcessEnv, opts: StackEnvironment): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...parent };
    const set = (k: string, v: string | undefined) => {
        if (v !== undefined && v !== "") env[k] = v;
    };
    set("PULUMI_CONFIG", JSON.stringify(opts.config ?? {}));
    const dryRun = String(opts.dryRun);
    set("PULUMI_NODEJS_ORGANIZATION", opts.organization);
    set("PULUMI_NODEJS_PROJECT", opts.project);
    set("PULUMI_NODEJS_STACK", opts.stack);
    set("PULUMI_NODEJS_DRY_RUN", dryRun);
    set("PULUMI_ORGANIZATION", opts.organization);
    set("PULUMI_PROJECT", opts.project);
    set("PULUMI_STACK", opts.stack);
    set("PULUMI_DRY_RUN", dryRun);
    return env;
}
