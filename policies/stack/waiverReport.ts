/**
 * The waiver report (stack policy): every waiver declared in the stack, so that exemptions stay
 * visible in every preview — in use, expired (no longer applying), malformed, naming no policy of
 * the pack, or exempting nothing at present. The evaluation core lists them (../core.ts); this is
 * the CrossGuard policy that reports them.
 */
import type { StackValidationPolicy } from "@pulumi/policy";
import { PackRuntime, reportPolicy } from "../adapters";
import { NO_CONFIG } from "../config";
import { WAIVER_REPORT_POLICY, waiverReportInfo } from "./waiverReportCheck";

export { WAIVER_REPORT_POLICY, waiverMessage, waiverReportInfo } from "./waiverReportCheck";

/** The waiver report policy of a pack whose policies share `runtime` (config waivers of every policy count). */
export function waiverReportPolicyOf(runtime: PackRuntime): StackValidationPolicy {
    return reportPolicy(waiverReportInfo, NO_CONFIG.schema, (args, reportViolation) => {
        runtime.note(WAIVER_REPORT_POLICY, args.getConfig);
        for (const v of runtime.coreOf(args).violationsOf(WAIVER_REPORT_POLICY)) {
            reportViolation(v.message, v.urn);
        }
    });
}

/** The waiver report policy on its own (the other policies at their defaults). */
export const waiverReportPolicy: StackValidationPolicy = waiverReportPolicyOf(new PackRuntime());
