/**
 * Runs the project's own stacks under mocks, each with its own `Pulumi.<stack>.yaml`, the way the
 * `zonesafe preview` command reads them.
 */
import * as path from "node:path";
import { loadProject, loadStack } from "../../cli/project";
import { buildStack } from "../../stacks/program";
import { ROOT } from "./schema";
import { recordProgram, RecordResult } from "./mocks";

/** The stacks that ship with the project. */
export const STACKS = ["retail-prod", "retail-dev", "beacon-prod", "retail-legacy"] as const;

/** The policy pack's directory. */
export const POLICY_PACK_DIR = path.join(ROOT, "policies");

/** Runs one of the project's stacks under mocks (a preview unless `preview: false`). */
export async function runStack(name: string, opts: { preview?: boolean; config?: Record<string, string> } = {}): Promise<RecordResult> {
    const project = loadProject(ROOT);
    const stack = loadStack(project, name);
    return recordProgram(buildStack, {
        project: project.name,
        stack: stack.name,
        preview: opts.preview ?? true,
        config: { ...stack.config, ...(opts.config ?? {}) },
        secretKeys: stack.secretKeys,
        tags: stack.tags,
    });
}
