/**
 * The waiver report as a whole-stack check (no policy SDK): its name, metadata and the line of each
 * waiver. The evaluation core (../core.ts) lists the waivers; the CrossGuard policy (waiverReport.ts)
 * reports them.
 */
import type { WaiverUse } from "../assessment";
import { RULES_BY_NAME } from "../catalog";
import type { Waiver } from "../waivers";

/** The name of the waiver report policy. */
export const WAIVER_REPORT_POLICY = "zonesafe-waivers";

/** The metadata of the waiver report policy. */
export const waiverReportInfo = {
    name: WAIVER_REPORT_POLICY,
    description: "Checks whether the stack declares waivers (resource tags `zonesafe:waive:<policy>`, annotations `zonesafe.io/waive.<policy>`, each policy's `waivers` configuration) and reports every one: in use, expired, malformed or exempting nothing.",
    severity: "low",
    pillar: "governance",
    service: "zonesafe",
    fix: "Review the waivers reported: renew an expired waiver with a new date and reason or fix the resource; remove a waiver that exempts nothing.",
} as const;

function origin(waiver: Waiver): string {
    return waiver.source === "config" ? "policy configuration" : waiver.source;
}

/** The report line of one waiver. */
export function waiverMessage(use: WaiverUse): string {
    const w = use.waiver;
    const subject = `${w.policy} on ${w.resourceName} (${origin(w)})`;
    if (!RULES_BY_NAME.has(w.policy)) {
        return `Waiver names no rule of this pack and has no effect: ${subject}.`;
    }
    switch (w.status) {
        case "invalid":
            return `Waiver is not valid and does not apply, because ${w.problem ?? "it is malformed"}: ${subject}.`;
        case "expired":
            return `Waiver expired on ${w.expires} and no longer applies: ${subject}: ${w.reason}.`;
        default:
            return use.used
                ? `Waiver in use until ${w.expires}: ${subject}: ${w.reason}.`
                : `Waiver exempts no current violation (expires ${w.expires}): ${subject}: ${w.reason}.`;
    }
}
