/**
 * The HTML escaper every page and section of the command uses. A leaf module, so that a section the
 * report's section list loads can import it without a cycle through the report renderer.
 */

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
