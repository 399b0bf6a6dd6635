/**
 * zonesafe-specific helpers for policy tests: tokens in both naming routes, running one rule's
 * policy on one resource or one stack, and controlling the stack identity and the clock.
 */
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { environment, policyOf } from "../../policies/adapters";
import type { StackIdentity } from "../../policies/levels";
import type { Rule } from "../../policies/rule";
import { KUBERNETES_TOKENS, TENCENTCLOUD_TOKENS, TerraformName } from "../../policies/tokens";
import {
    Reported,
    resourceArgs,
    ResourceArgsOptions,
    runRemediation,
    runResourcePolicy,
    runStackPolicy,
    stackArgs,
    StackResourceSpec,
} from "../support/policyArgs";

/** The two naming routes. */
export const ROUTES = ["official", "static"] as const;
export type Route = (typeof ROUTES)[number];

/** The token of a Tencent Cloud resource in a naming route. */
export function tok(tf: TerraformName, route: Route = "official"): string {
    return TENCENTCLOUD_TOKENS[tf][route];
}

/** Kubernetes tokens. */
export const K8S = {
    deployment: KUBERNETES_TOKENS.Deployment[0],
    statefulSet: KUBERNETES_TOKENS.StatefulSet[0],
    pdb: KUBERNETES_TOKENS.PodDisruptionBudget[0],
    hpa: KUBERNETES_TOKENS.HorizontalPodAutoscaler[0],
    service: KUBERNETES_TOKENS.Service[0],
} as const;

/** Runs a resource rule's policy on one resource; returns the messages. */
export function checkResource(rule: Rule, o: ResourceArgsOptions): Promise<string[]> {
    return runResourcePolicy(policyOf(rule) as ResourceValidationPolicy, resourceArgs(o));
}

/** Runs a resource rule's remediation on one resource; returns the wire-form props or `undefined`. */
export function remediate(rule: Rule, o: ResourceArgsOptions): Promise<Record<string, unknown> | undefined> {
    return runRemediation(policyOf(rule) as ResourceValidationPolicy, resourceArgs({ ...o, forRemediation: true }));
}

/** Runs a stack rule's policy on a stack; returns the violations. */
export function checkStack(
    rule: Rule,
    resources: StackResourceSpec[],
    o: { stackTags?: Record<string, string>; config?: Record<string, unknown> } = {},
): Promise<Reported[]> {
    return runStackPolicy(policyOf(rule) as StackValidationPolicy, stackArgs({ resources, ...o }));
}

/** Runs `fn` with a given stack identity (name, configuration) and clock, restoring them afterwards. */
export async function withEnvironment<T>(
    setup: { identity?: StackIdentity; now?: Date },
    fn: () => Promise<T> | T,
): Promise<T> {
    const saved = { identity: environment.identity, now: environment.now };
    if (setup.identity) {
        const identity = setup.identity;
        environment.identity = () => identity;
    }
    if (setup.now) {
        const now = setup.now;
        environment.now = () => now;
    }
    try {
        return await fn();
    } finally {
        environment.identity = saved.identity;
        environment.now = saved.now;
    }
}

/** A non-production identity (the default for tests). */
export const DEV: StackIdentity = { name: "dev", config: {} };

/** A fixed "now" for tests: waivers expiring before it are expired. */
export const NOW = new Date("2026-06-15T12:00:00Z");

/**
 * Installs, for the enclosing mocha `describe`, a non-production stack identity and the fixed clock
 * {@link NOW}, so results never depend on the process environment or on the date.
 */
export function useTestEnvironment(identity: StackIdentity = DEV): void {
    let saved: { identity: typeof environment.identity; now: typeof environment.now } | undefined;
    before(() => {
        saved = { identity: environment.identity, now: environment.now };
        environment.identity = () => identity;
        environment.now = () => NOW;
    });
    after(() => {
        if (saved) {
            environment.identity = saved.identity;
            environment.now = saved.now;
        }
    });
}
