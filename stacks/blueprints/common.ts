/**
 * What every blueprint shares: the outputs it returns and the tags every resource of the stack
 * carries. Kept apart from program.ts, which picks the blueprint, so that no blueprint imports the
 * module that imports it.
 */
import * as pulumi from "@pulumi/pulumi";
import { BLUEPRINT_TAG, ENVIRONMENT_KEY, STACK_TAG } from "@zonesafe/model";
import type { StackSettings } from "../config";

/** The outputs every blueprint returns. */
export interface StackOutputs {
    blueprint: string;
    environment: string;
    region: string;
    /** Where each tier's resources live, by zone. */
    zonePlan: Record<string, unknown>;
    /** The stack's entry points. */
    endpoints: Record<string, pulumi.Input<string | undefined>>;
    [key: string]: unknown;
}

/** Tags every resource of the stack carries; the policy pack reads `zonesafe:environment`. */
export function stackTags(s: StackSettings): Record<string, string> {
    return {
        [STACK_TAG]: pulumi.getStack(),
        [BLUEPRINT_TAG]: s.blueprint,
        [ENVIRONMENT_KEY]: s.environment,
    };
}
