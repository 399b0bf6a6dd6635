/**
 * Marshalling between the engine's records and the analyzer protocol's google-protobuf messages, as the
 * engine marshals them: `Analyze` and `AnalyzeStack` marshal properties without internal
 * (`__`-prefixed) keys, `Remediate` keeps them; secrets and unknowns travel as they are; resource
 * references and output values are downgraded (see {@link toAnalyzerValue}). Also the conversions of
 * the protocol's enums.
 *
 * {@link messageEncoder} is the plain encoding of the requests: google-protobuf messages, serialized.
 * engine/protoWire.ts encodes the same bytes faster; the reference evaluator uses this one.
 */
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { PolicyInfo, PolicySeverity } from "./protocol";
import {
    EnforcementLevel,
    isPlainObject,
    OUTPUT_VALUE_SIG,
    RecordProvider,
    ResourceRecord,
    RESOURCE_REF_SIG,
    SECRET_SIG,
    SIG_KEY,
    UNKNOWN,
    WireProps,
    WireValue,
} from "./types";

/** Converts an enforcement level from its proto enum (ADVISORY=0, MANDATORY=1, DISABLED=2, REMEDIATE=3). */
export function levelFromProto(level: number): EnforcementLevel {
    switch (level) {
        case analyzerPb.EnforcementLevel.ADVISORY:
            return "advisory";
        case analyzerPb.EnforcementLevel.MANDATORY:
            return "mandatory";
        case analyzerPb.EnforcementLevel.DISABLED:
            return "disabled";
        case analyzerPb.EnforcementLevel.REMEDIATE:
            return "remediate";
        default:
            throw new Error(`invalid enforcement level ${level} from the policy pack (expected 0..3)`);
    }
}

/** Converts an enforcement level to its proto enum. */
export function levelToProto(level: EnforcementLevel): analyzerPb.EnforcementLevel {
    switch (level) {
        case "advisory":
            return analyzerPb.EnforcementLevel.ADVISORY;
        case "mandatory":
            return analyzerPb.EnforcementLevel.MANDATORY;
        case "disabled":
            return analyzerPb.EnforcementLevel.DISABLED;
        case "remediate":
            return analyzerPb.EnforcementLevel.REMEDIATE;
        default:
            throw new Error(`invalid enforcement level "${String(level)}"; use advisory, mandatory, remediate or disabled`);
    }
}

/** Converts a severity from its proto enum; UNSPECIFIED (0) becomes `undefined`. */
export function severityFromProto(severity: number): PolicySeverity | undefined {
    switch (severity) {
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_LOW:
            return "low";
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_MEDIUM:
            return "medium";
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_HIGH:
            return "high";
        case analyzerPb.PolicySeverity.POLICY_SEVERITY_CRITICAL:
            return "critical";
        default:
            return undefined;
    }
}

/** Converts a policy type from its proto enum. */
export function policyTypeFromProto(t: number): PolicyInfo["policyType"] {
    if (t === analyzerPb.PolicyType.POLICY_TYPE_RESOURCE) return "resource";
    if (t === analyzerPb.PolicyType.POLICY_TYPE_STACK) return "stack";
    return "unknown";
}

/**
 * Marshals a wire value as the engine marshals property values for an analyzer: secrets, unknowns,
 * assets and archives pass through; resource references become their id (the unknown sentinel when
 * the id is empty) or their URN; output values become their value or the unknown sentinel, kept
 * secret when they were; `undefined` is dropped. With `skipInternalKeys`, object keys starting with
 * `__` are dropped at every depth (the engine does so for Analyze, AnalyzeStack and providers).
 */
export function toAnalyzerValue(v: unknown, skipInternalKeys: boolean): WireValue | undefined {
    if (v === undefined) return undefined;
    if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
    if (Array.isArray(v)) return v.map((x) => toAnalyzerValue(x, skipInternalKeys) ?? null);
    if (!isPlainObject(v)) return String(v);
    const sig = v[SIG_KEY];
    if (sig === SECRET_SIG) {
        return { [SIG_KEY]: SECRET_SIG, value: toAnalyzerValue(v.value, skipInternalKeys) ?? null };
    }
    if (sig === RESOURCE_REF_SIG) {
        if (typeof v.id === "string") return v.id === "" ? UNKNOWN : v.id;
        return typeof v.urn === "string" ? v.urn : UNKNOWN;
    }
    if (sig === OUTPUT_VALUE_SIG) {
        const inner: WireValue = "value" in v ? (toAnalyzerValue(v.value, skipInternalKeys) ?? null) : UNKNOWN;
        return v.secret === true ? { [SIG_KEY]: SECRET_SIG, value: inner } : inner;
    }
    if (typeof sig === "string") return v as WireValue; // asset or archive: the pack deserialises it
    const out: Record<string, WireValue> = {};
    for (const [k, x] of Object.entries(v)) {
        if (skipInternalKeys && k.startsWith("__")) continue;
        const w = toAnalyzerValue(x, skipInternalKeys);
        if (w !== undefined) out[k] = w;
    }
    return out;
}

/** Marshals a property bag into a protobuf Struct (see {@link toAnalyzerValue}). */
export function toStruct(props: WireProps | undefined, skipInternalKeys: boolean): Struct {
    const value = toAnalyzerValue(props ?? {}, skipInternalKeys);
    return Struct.fromJavaScript((isPlainObject(value) ? value : {}) as Record<string, WireValue>);
}

/** Reads a protobuf Struct (or undefined) as a wire-form property bag. */
export function fromStruct(s: Struct | undefined): WireProps {
    return (s ? s.toJavaScript() : {}) as WireProps;
}

/** The resource options of a record as `AnalyzerResourceOptions`. */
export function buildOptions(rec: ResourceRecord): analyzerPb.AnalyzerResourceOptions {
    const o = rec.options ?? ({} as Partial<ResourceRecord["options"]>);
    const timeouts = new analyzerPb.AnalyzerResourceOptions.CustomTimeouts()
        .setCreate(o.customTimeouts?.create ?? 0)
        .setUpdate(o.customTimeouts?.update ?? 0)
        .setDelete(o.customTimeouts?.delete ?? 0);
    return new analyzerPb.AnalyzerResourceOptions()
        .setProtect(o.protect ?? false)
        .setIgnorechangesList([...(o.ignoreChanges ?? [])])
        .setDeletebeforereplace(o.deleteBeforeReplace ?? false)
        .setDeletebeforereplacedefined(o.deleteBeforeReplace !== undefined)
        .setAdditionalsecretoutputsList([...(o.additionalSecretOutputs ?? [])])
        .setAliasesList([...(o.aliases ?? [])])
        .setCustomtimeouts(timeouts)
        .setParent(rec.parent ?? "");
}

/** A record's provider as `AnalyzerProviderResource`. */
export function buildProvider(p: RecordProvider): analyzerPb.AnalyzerProviderResource {
    return new analyzerPb.AnalyzerProviderResource()
        .setType(p.type)
        .setName(p.name)
        .setUrn(p.urn)
        .setProperties(toStruct(p.properties, true));
}

/**
 * Builds the `AnalyzeRequest` the engine sends for `Analyze` (`skipInternalKeys` true) or `Remediate`
 * (false): type, URN, name, the given properties, the options and the provider.
 */
export function buildAnalyzeRequest(rec: ResourceRecord, props: WireProps, skipInternalKeys: boolean): analyzerPb.AnalyzeRequest {
    const req = new analyzerPb.AnalyzeRequest()
        .setType(rec.type)
        .setUrn(rec.urn)
        .setName(rec.name)
        .setProperties(toStruct(props, skipInternalKeys))
        .setOptions(buildOptions(rec));
    if (rec.provider) req.setProvider(buildProvider(rec.provider));
    return req;
}

/**
 * Builds the `AnalyzerResource` the engine sends in `AnalyzeStack`: the same fields as Analyze plus
 * parent, dependencies and property dependencies (properties with no dependency left out).
 */
export function buildStackResource(rec: ResourceRecord, props: WireProps): analyzerPb.AnalyzerResource {
    const res = new analyzerPb.AnalyzerResource()
        .setType(rec.type)
        .setUrn(rec.urn)
        .setName(rec.name)
        .setProperties(toStruct(props, true))
        .setOptions(buildOptions(rec))
        .setParent(rec.parent ?? "")
        .setDependenciesList([...(rec.dependencies ?? [])]);
    if (rec.provider) res.setProvider(buildProvider(rec.provider));
    const deps = res.getPropertydependenciesMap();
    for (const [key, urns] of Object.entries(rec.propertyDependencies ?? {})) {
        if (urns.length === 0) continue;
        deps.set(key, new analyzerPb.AnalyzerPropertyDependencies().setUrnsList([...urns]));
    }
    return res;
}

/** The properties AnalyzeStack sees by default: the outputs where the record has them, else the inputs. */
export function defaultStackProps(rec: ResourceRecord): WireProps {
    return rec.outputs ?? rec.inputs;
}

/** An encoded `AnalyzeRequest`, and whether its properties held `__` keys (which Analyze drops). */
export interface EncodedRequest {
    bytes: Buffer;
    /** When false, the Remediate (keep internal keys) and Analyze (drop them) encodings are the same bytes. */
    hasInternalKeys: boolean;
}

/**
 * How the requests of an evaluation become bytes. Every encoder gives the bytes google-protobuf gives;
 * `E` is what it keeps of one AnalyzeStack resource until the stack is sent.
 */
export interface RequestEncoder<E = unknown> {
    /** The `AnalyzeRequest` for Remediate (`skipInternalKeys` false) or Analyze (true). */
    analyzeRequest(rec: ResourceRecord, props: WireProps, skipInternalKeys: boolean): EncodedRequest;
    /** One resource of an AnalyzeStack request. */
    stackResource(rec: ResourceRecord, props: WireProps): E;
    /** The `AnalyzeStackRequest` of the given resources. */
    analyzeStackRequest(resources: readonly E[]): Uint8Array;
}

/**
 * The plain encoder: google-protobuf messages built by {@link buildAnalyzeRequest} and
 * {@link buildStackResource}, serialized. It never claims two encodings are the same bytes.
 */
export const messageEncoder: RequestEncoder<analyzerPb.AnalyzerResource> = {
    analyzeRequest: (rec, props, skipInternalKeys) => ({
        bytes: Buffer.from(buildAnalyzeRequest(rec, props, skipInternalKeys).serializeBinary()),
        hasInternalKeys: true,
    }),
    stackResource: (rec, props) => buildStackResource(rec, props),
    analyzeStackRequest: (resources) => new analyzerPb.AnalyzeStackRequest().setResourcesList([...resources]).serializeBinary(),
};
