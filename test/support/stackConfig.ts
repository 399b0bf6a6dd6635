/** The stack configuration's tests: a raw-config reader over plain values and a production retail stack. */

/** A raw-config reader over plain values, as Pulumi stores them (objects and lists as JSON text). */
export function raw(values: Record<string, unknown>): (key: string) => string | undefined {
    return (key: string) => {
        const v = values[key];
        if (v === undefined) return undefined;
        return typeof v === "string" ? v : JSON.stringify(v);
    };
}

/** The keys a production retail stack needs, and nothing else. */
export const RETAIL = { blueprint: "retail", environment: "production", region: "ap-guangzhou", zones: ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"], certificateId: "cert-1" };
