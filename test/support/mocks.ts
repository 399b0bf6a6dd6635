/**
 * Test support for running Pulumi programs under mocks: a thin layer over the recorder that the
 * `zonesafe` command uses, so tests and the command see a program the same way.
 */
import { ResourceRecord, StackRecord, WireProps, WireValue, SIG_KEY, SECRET_SIG, UNKNOWN } from "../../engine/types";
export { deployedOutputs, recordProgram, recordsOfType, RecordOptions, RecordResult } from "../../engine/record";

/** The one record of `type` (optionally named `name`); throws listing what exists when not exactly one matches. */
export function single(stack: StackRecord, type: string, name?: string): ResourceRecord {
    const found = stack.resources.filter((r) => r.type === type && (name === undefined || r.name === name));
    if (found.length !== 1) {
        const have = stack.resources.map((r) => `${r.type}::${r.name}`).join("\n  ");
        throw new Error(`expected exactly one ${type}${name ? ` named ${name}` : ""}, found ${found.length}; recorded:\n  ${have}`);
    }
    return found[0];
}

/** Counts records per type. */
export function countByType(stack: StackRecord): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of stack.resources) counts[r.type] = (counts[r.type] ?? 0) + 1;
    return counts;
}

/** The children (direct) of a resource, by parent URN. */
export function childrenOf(stack: StackRecord, parentUrn: string): ResourceRecord[] {
    return stack.resources.filter((r) => r.parent === parentUrn);
}

/** Whether a wire value is a secret. */
export function isSecret(v: WireValue | undefined): boolean {
    return typeof v === "object" && v !== null && !Array.isArray(v) && v[SIG_KEY] === SECRET_SIG;
}

/** Removes secret markers from wire-form properties, for comparisons. */
export function unwrapSecrets(v: WireValue): WireValue {
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map(unwrapSecrets);
    if (v[SIG_KEY] === SECRET_SIG) return unwrapSecrets(v.value);
    const out: WireProps = {};
    for (const [k, x] of Object.entries(v)) out[k] = unwrapSecrets(x);
    return out;
}

/** Whether a wire value is the preview's unknown sentinel. */
export function isUnknown(v: WireValue | undefined): boolean {
    return v === UNKNOWN;
}

