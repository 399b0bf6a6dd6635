/**
 * The two resilience policies (AZ-failure simulation, event capacity) of a pack whose policies share
 * a {@link PackRuntime}: the same checks the evaluation core runs (../resilience/policies.ts), on the
 * topology the pack derives once per stack content.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { environment, PackRuntime, readOwnConfig, reportPolicy } from "../adapters";
import {
    AZ_FAILURE_POLICY,
    azFailureConfig,
    azFailureSimulationInfo,
    checkAzFailure,
    checkCapacity,
    EVENT_CAPACITY_POLICY,
    eventCapacityConfig,
    eventCapacityInfo,
} from "../resilience/policies";

/** The AZ-failure simulation policy over `runtime`. */
export function azFailurePolicyOf(runtime: PackRuntime): StackValidationPolicy {
    return reportPolicy(azFailureSimulationInfo, azFailureConfig.schema, (args, reportViolation) => {
        runtime.note(AZ_FAILURE_POLICY, args.getConfig);
        const config = azFailureConfig.parse(readOwnConfig(AZ_FAILURE_POLICY, args));
        for (const v of checkAzFailure(runtime.topologyOf(args.resources), config).violations) {
            reportViolation(v.message, v.urn || undefined);
        }
    });
}

/** The event capacity policy over `runtime`. */
export function eventCapacityPolicyOf(runtime: PackRuntime): StackValidationPolicy {
    return reportPolicy(eventCapacityInfo, eventCapacityConfig.schema, (args, reportViolation) => {
        runtime.note(EVENT_CAPACITY_POLICY, args.getConfig);
        const config = eventCapacityConfig.parse(readOwnConfig(EVENT_CAPACITY_POLICY, args));
        for (const v of checkCapacity(runtime.topologyOf(args.resources), config, environment.identity().config).violations) {
            reportViolation(v.message, v.urn || undefined);
        }
    });
}

/** Both resilience policies over `runtime`, in registration order. */
export function resiliencePoliciesOf(runtime: PackRuntime): StackValidationPolicy[] {
    return [azFailurePolicyOf(runtime), eventCapacityPolicyOf(runtime)];
}
