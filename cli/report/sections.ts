/**
 * The extension point of the HTML report: further analyses (an architecture diagram, an AZ-failure
 * simulation) contribute sections computed from the report model. Each provider returns zero or more
 * sections; the HTML renderer places them after the summary, in provider order.
 */
import type { Report } from "./model";
import { drillPlanSection } from "../drill/planSection";

/** One extra section of the HTML report; `html` is trusted markup built by the provider (escape inputs). */
export interface HtmlSection {
    /** The section's element id (letters, digits and dashes). */
    id: string;
    title: string;
    html: string;
}

/** Computes extra sections from the report model. */
export type HtmlSectionProvider = (report: Report) => HtmlSection[];

/** The providers whose sections every HTML report carries, in order. */
export const SECTION_PROVIDERS: readonly HtmlSectionProvider[] = [drillPlanSection];

/** The extra sections of a report, from every provider in {@link SECTION_PROVIDERS}. */
export function extraSections(report: Report, providers: readonly HtmlSectionProvider[] = SECTION_PROVIDERS): HtmlSection[] {
    return providers.flatMap((provider) => provider(report));
}
