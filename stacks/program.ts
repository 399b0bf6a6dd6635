/**
 * Builds the stack the configuration asks for: settings are validated first (every bad key named at
 * once), then the blueprint composes the components.
 */
import * as pulumi from "@pulumi/pulumi";
import { loadSettings, StackSettings } from "./config";
import { buildBeacon } from "./blueprints/beacon";
import { buildLegacy } from "./blueprints/legacy";
import { buildRetail } from "./blueprints/retail";

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
        "zonesafe:stack": pulumi.getStack(),
        "zonesafe:blueprint": s.blueprint,
        "zonesafe:environment": s.environment,
    };
}

/** Runs the blueprint the stack is configured for and returns its outputs. */
export async function buildStack(): Promise<StackOutputs> {
    const settings = loadSettings();
    switch (settings.blueprint) {
        case "retail":
            return buildRetail(settings);
        case "beacon":
            return buildBeacon(settings);
        case "retail-legacy":
            return buildLegacy(settings);
    }
}
