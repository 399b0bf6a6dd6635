/**
 * Production recognition and default enforcement levels.
 *
 * A stack is a production stack when, in this order of precedence:
 * 1. its stack tag `zonesafe:environment` is set: `production` or `prod` means production, any other
 *    value means not production;
 * 2. else its stack configuration `zonesafe:environment` is set, read the same way;
 * 3. else its name is `prod` or `production`, or ends with `-prod`, `_prod`, `.prod`, `-production`,
 *    `_production` or `.production` (so `retail-prod` is production and `retail-nonprod` is not).
 *
 * Default levels: a high-severity reliability or security rule is `mandatory` in a production stack
 * and `advisory` elsewhere; every other policy is `advisory`. CrossGuard levels are fixed per policy
 * for a run, so the pack decides them when it starts: `index.ts` passes {@link initialConfigFor} as the
 * pack's initial configuration, computed from the stack's name and configuration, which the engine
 * hands the pack process (`PULUMI_STACK`, `PULUMI_CONFIG`). The engine reconciles levels as
 * policy defaults < the pack's initial configuration < the `--policy-pack-config` file, so a file
 * always wins. Stack tags reach the pack only after it has published its initial configuration, so a
 * stack recognised as production by its tag alone gets production *rules* (data safety, strong sync
 * for a critical data tier) but not production *levels*: set the configuration key as well
 * (`pulumi config set zonesafe:environment production`) or pass a configuration file.
 */
import type { PolicyPackConfig } from "@pulumi/policy";
import { CRITICAL_DATA_TIER, DATA_TIER_KEY, ENVIRONMENT_KEY } from "@zonesafe/model";
import type { Pillar, Severity, StackContext } from "./rule";

// The stack tag and configuration key of a stack's environment, the key (stack tag, configuration
// key, resource tag) of a data tier's class, and the class that asks for zero RPO (strong sync) are
// the shared model's.
export { CRITICAL_DATA_TIER, DATA_TIER_KEY, ENVIRONMENT_KEY };

const PRODUCTION_VALUES: ReadonlySet<string> = new Set(["production", "prod"]);
const PRODUCTION_NAME = /(^|[-_.])(prod|production)$/i;

/** What the pack process knows about its stack when it starts. */
export interface StackIdentity {
    /** The stack name, or "" when unknown. */
    readonly name: string;
    /** The stack configuration, `namespace:key` → value. */
    readonly config: Readonly<Record<string, string>>;
}

function declaredEnvironment(value: string | undefined): boolean | undefined {
    if (value === undefined || value.trim() === "") {
        return undefined;
    }
    return PRODUCTION_VALUES.has(value.trim().toLowerCase());
}

/** Whether a stack name marks a production stack (`prod`, `retail-prod`, `orders_production`). */
export function isProductionName(name: string): boolean {
    const last = name.split("/").pop() ?? "";
    return PRODUCTION_NAME.test(last.trim());
}

/** Whether a stack is a production stack, by tag, then configuration, then name. */
export function isProductionStack(identity: StackIdentity, tags: ReadonlyMap<string, string> = new Map()): boolean {
    return (
        declaredEnvironment(tags.get(ENVIRONMENT_KEY)) ??
        declaredEnvironment(identity.config[ENVIRONMENT_KEY]) ??
        isProductionName(identity.name)
    );
}

/** Whether a stack declares a critical (zero-RPO) data tier, by tag or configuration. */
export function declaresCriticalDataTier(identity: StackIdentity, tags: ReadonlyMap<string, string> = new Map()): boolean {
    const value = tags.get(DATA_TIER_KEY) ?? identity.config[DATA_TIER_KEY];
    return value !== undefined && value.trim().toLowerCase() === CRITICAL_DATA_TIER;
}

/** The stack context rules receive. */
export function stackContext(identity: StackIdentity, tags: ReadonlyMap<string, string> = new Map()): StackContext {
    return {
        name: identity.name,
        tags,
        config: identity.config,
        production: isProductionStack(identity, tags),
        criticalDataTier: declaresCriticalDataTier(identity, tags),
    };
}

/** What a policy's default level depends on. */
export interface LevelSubject {
    readonly name: string;
    readonly severity: Severity;
    readonly pillar: Pillar | "governance";
}

/** The default enforcement level of a policy: mandatory for high-severity availability and security rules in production. */
export function defaultLevel(policy: LevelSubject, production: boolean): "mandatory" | "advisory" {
    const guarded = policy.severity === "high" && (policy.pillar === "reliability" || policy.pillar === "security");
    return production && guarded ? "mandatory" : "advisory";
}

/**
 * The pack's initial configuration: an explicit level for every policy (always explicit, because an
 * entry without a level would travel as the protocol's default, advisory, and lower the policy).
 */
export function initialConfigFor(policies: readonly LevelSubject[], production: boolean): PolicyPackConfig {
    const config: PolicyPackConfig = {};
    for (const policy of policies) {
        config[policy.name] = { enforcementLevel: defaultLevel(policy, production) };
    }
    return config;
}
