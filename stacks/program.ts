/**
 * Builds the stack the configuration asks for: settings are validated first (every bad key named at
 * once), then the blueprint composes the components.
 */
import { loadSettings } from "./config";
import { buildBeacon } from "./blueprints/beacon";
import type { StackOutputs } from "./blueprints/common";
import { buildLegacy } from "./blueprints/legacy";
import { buildRetail } from "./blueprints/retail";

export { stackTags } from "./blueprints/common";
export type { StackOutputs } from "./blueprints/common";

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
