/**
 * Encodes the analyzer's request messages straight from wire-form property bags into protobuf bytes,
 * byte for byte what `buildAnalyzeRequest(...).serializeBinary()` and `buildStackResource(...)` produce
 * through google-protobuf, without building a google-protobuf object tree first (that tree, and
 * `Struct.fromJavaScript`, cost more than the gRPC call itself).
 *
 * What has to match google-protobuf exactly:
 * - the value conversion of {@link toAnalyzerValue} (secrets, unknowns, resource references and output
 *   values, `__`-prefixed keys dropped for Analyze and AnalyzeStack, `undefined` dropped);
 * - struct and map entries sorted by key (`jspb.Map` sorts its keys when it serializes);
 * - proto3 presence: empty strings, `false` and zero doubles are left out of messages, while oneof
 *   members of `google.protobuf.Value` and map keys are always written;
 * - strings as UTF-8. google-protobuf encodes an unpaired surrogate its own way, so a string that is
 *   not well formed makes the whole message fall back to google-protobuf;
 * - doubles as IEEE 754, except NaN, which google-protobuf writes with every mantissa bit set.
 *
 * A test compares both encoders on the reference stacks and on random property bags.
 *
 * This is speed machinery: {@link preEncoder} is the fast evaluator's encoder; the reference evaluator
 * uses engine/marshal.ts's `messageEncoder`, which gives the same bytes.
 */
import { buildAnalyzeRequest, buildStackResource, EncodedRequest, RequestEncoder } from "./marshal";
import type { RecordProvider, ResourceRecord, WireProps } from "./types";

export type { EncodedRequest } from "./marshal";
import { OUTPUT_VALUE_SIG, RESOURCE_REF_SIG, SECRET_SIG, SIG_KEY, UNKNOWN } from "./types";

/** `String.prototype.isWellFormed` (Node 20; not yet in the ES2022 lib this project compiles against). */
const isWellFormedImpl = (String.prototype as unknown as { isWellFormed: (this: string) => boolean }).isWellFormed;

/** Whether a string has no unpaired surrogate. */
function isWellFormed(s: string): boolean {
    return isWellFormedImpl.call(s);
}

/** Thrown inside the encoder when google-protobuf must encode the message instead. */
class NeedsFallback extends Error {}

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;

/** A growable protobuf writer; nested messages reserve one length byte and move when it needs more. */
class Writer {
    buf: Buffer;
    pos = 0;
    /** Whether an object key starting with `__` was seen (then Analyze and Remediate bytes differ). */
    sawInternalKey = false;

    constructor(size = 64 * 1024) {
        this.buf = Buffer.allocUnsafe(size);
    }

    reset(): void {
        this.pos = 0;
        this.sawInternalKey = false;
    }

    ensure(n: number): void {
        if (this.pos + n <= this.buf.length) return;
        let size = this.buf.length * 2;
        while (size < this.pos + n) size *= 2;
        const next = Buffer.allocUnsafe(size);
        this.buf.copy(next, 0, 0, this.pos);
        this.buf = next;
    }

    varint(v: number): void {
        this.ensure(10);
        const b = this.buf;
        while (v > 127) {
            b[this.pos++] = (v & 127) | 128;
            v = Math.floor(v / 128);
        }
        b[this.pos++] = v;
    }

    tag(field: number, wireType: number): void {
        this.varint((field << 3) | wireType);
    }

    /** A string field, always written (the caller applies proto3 presence). */
    string(field: number, s: string): void {
        if (!isWellFormed(s)) throw new NeedsFallback();
        this.tag(field, WIRE_BYTES);
        if (s.length < 43) {
            // At most 3 bytes per UTF-16 unit: the length fits one varint byte.
            this.ensure(1 + s.length * 3);
            const n = this.buf.write(s, this.pos + 1, "utf8");
            this.buf[this.pos] = n;
            this.pos += 1 + n;
            return;
        }
        const n = Buffer.byteLength(s, "utf8");
        this.varint(n);
        this.ensure(n);
        this.buf.write(s, this.pos, "utf8");
        this.pos += n;
    }

    double(field: number, v: number): void {
        this.tag(field, WIRE_FIXED64);
        this.ensure(8);
        if (Number.isNaN(v)) {
            // google-protobuf writes every NaN with all mantissa bits set, not as the canonical NaN.
            this.buf.writeUInt32LE(0xffffffff, this.pos);
            this.buf.writeUInt32LE(0x7fffffff, this.pos + 4);
        } else {
            this.buf.writeDoubleLE(v, this.pos);
        }
        this.pos += 8;
    }

    bool(field: number, v: boolean): void {
        this.tag(field, WIRE_VARINT);
        this.varint(v ? 1 : 0);
    }

    bytes(field: number, bytes: Uint8Array): void {
        this.tag(field, WIRE_BYTES);
        this.varint(bytes.length);
        this.ensure(bytes.length);
        this.buf.set(bytes, this.pos);
        this.pos += bytes.length;
    }

    /** Starts a length-delimited field; returns where its length byte is. */
    begin(field: number): number {
        this.tag(field, WIRE_BYTES);
        this.ensure(1);
        return this.pos++;
    }

    /** Ends the field {@link begin} started, writing its length (and moving its body when it needs more bytes). */
    end(lengthAt: number): void {
        const len = this.pos - lengthAt - 1;
        if (len < 128) {
            this.buf[lengthAt] = len;
            return;
        }
        let extra = 0;
        for (let v = len; v > 127; v = Math.floor(v / 128)) extra++;
        this.ensure(extra);
        this.buf.copyWithin(lengthAt + 1 + extra, lengthAt + 1, this.pos);
        let at = lengthAt;
        let v = len;
        while (v > 127) {
            this.buf[at++] = (v & 127) | 128;
            v = Math.floor(v / 128);
        }
        this.buf[at] = v;
        this.pos += extra;
    }

    /** A copy of what was written. */
    take(): Buffer {
        const out = Buffer.allocUnsafe(this.pos);
        this.buf.copy(out, 0, 0, this.pos);
        return out;
    }
}

function compareKeys(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes a `google.protobuf.Value` body for `v` as {@link toAnalyzerValue} converts it. */
function value(w: Writer, v: unknown, skip: boolean): void {
    if (v === null || v === undefined) {
        w.tag(1, WIRE_VARINT);
        w.varint(0);
        return;
    }
    switch (typeof v) {
        case "string":
            w.string(3, v);
            return;
        case "number":
            w.double(2, v);
            return;
        case "boolean":
            w.bool(4, v);
            return;
        case "object":
            break;
        default:
            w.string(3, String(v));
            return;
    }
    if (Array.isArray(v)) {
        const list = w.begin(6);
        for (const x of v) {
            const at = w.begin(1);
            value(w, x, skip);
            w.end(at);
        }
        w.end(list);
        return;
    }
    const o = v as Record<string, unknown>;
    const sig = o[SIG_KEY];
    if (sig === SECRET_SIG) {
        secret(w, o.value, skip);
        return;
    }
    if (sig === RESOURCE_REF_SIG) {
        const id = o.id;
        const urn = o.urn;
        w.string(3, typeof id === "string" ? (id === "" ? UNKNOWN : id) : typeof urn === "string" ? urn : UNKNOWN);
        return;
    }
    if (sig === OUTPUT_VALUE_SIG) {
        if (o.secret === true) {
            if ("value" in o) secret(w, o.value, skip);
            else secretOf(w, UNKNOWN);
            return;
        }
        if ("value" in o) value(w, o.value, skip);
        else w.string(3, UNKNOWN);
        return;
    }
    const at = w.begin(5);
    if (typeof sig === "string") rawStructBody(w, o);
    else structBody(w, o, skip);
    w.end(at);
}

/** A secret `{SIG_KEY: SECRET_SIG, value}` whose value is converted. */
function secret(w: Writer, inner: unknown, skip: boolean): void {
    const s = w.begin(5);
    entryString(w, SIG_KEY, SECRET_SIG);
    const e = w.begin(1);
    w.string(1, "value");
    const v = w.begin(2);
    value(w, inner, skip);
    w.end(v);
    w.end(e);
    w.end(s);
}

/** A secret whose value is the string `inner`. */
function secretOf(w: Writer, inner: string): void {
    const s = w.begin(5);
    entryString(w, SIG_KEY, SECRET_SIG);
    entryString(w, "value", inner);
    w.end(s);
}

/** A struct entry whose value is a string. */
function entryString(w: Writer, key: string, s: string): void {
    const e = w.begin(1);
    w.string(1, key);
    const v = w.begin(2);
    w.string(3, s);
    w.end(v);
    w.end(e);
}

/** The entries of a `google.protobuf.Struct` for an object, converted, sorted by key. */
function structBody(w: Writer, o: Record<string, unknown>, skip: boolean): void {
    const keys = Object.keys(o);
    if (keys.length > 1) keys.sort(compareKeys);
    for (const k of keys) {
        if (k.charCodeAt(0) === 95 && k.charCodeAt(1) === 95) {
            w.sawInternalKey = true;
            if (skip) continue;
        }
        const x = o[k];
        if (x === undefined) continue;
        const e = w.begin(1);
        w.string(1, k);
        const v = w.begin(2);
        value(w, x, skip);
        w.end(v);
        w.end(e);
    }
}

/** A struct as `Struct.fromJavaScript` builds it, without conversion (assets and archives). */
function rawStructBody(w: Writer, o: Record<string, unknown>): void {
    const keys: string[] = [];
    for (const k in o) keys.push(k);
    keys.sort(compareKeys);
    for (const k of keys) {
        const e = w.begin(1);
        w.string(1, k);
        const v = w.begin(2);
        rawValue(w, o[k]);
        w.end(v);
        w.end(e);
    }
}

function rawValue(w: Writer, v: unknown): void {
    if (v === null) {
        w.tag(1, WIRE_VARINT);
        w.varint(0);
    } else if (typeof v === "string") w.string(3, v);
    else if (typeof v === "number") w.double(2, v);
    else if (typeof v === "boolean") w.bool(4, v);
    else if (Array.isArray(v)) {
        const list = w.begin(6);
        for (const x of v) {
            const at = w.begin(1);
            rawValue(w, x);
            w.end(at);
        }
        w.end(list);
    } else if (typeof v === "object") {
        const at = w.begin(5);
        rawStructBody(w, v as Record<string, unknown>);
        w.end(at);
    } else {
        // google-protobuf throws "Unexpected struct type."; let it say so.
        throw new NeedsFallback();
    }
}

/** A `properties` Struct field, as `toStruct(props, skip)` builds it. */
function properties(w: Writer, field: number, props: WireProps | undefined, skip: boolean): void {
    const p = (props ?? {}) as Record<string, unknown>;
    // A property bag that is itself a special value is converted as a whole: leave that to google-protobuf.
    if (SIG_KEY in p) throw new NeedsFallback();
    const at = w.begin(field);
    structBody(w, p, skip);
    w.end(at);
}

function stringIfAny(w: Writer, field: number, s: string | undefined): void {
    if (s !== undefined && s.length > 0) w.string(field, s);
}

function repeatedStrings(w: Writer, field: number, list: readonly string[] | undefined): void {
    if (!list) return;
    for (const s of list) w.string(field, s);
}

function doubleIfNonZero(w: Writer, field: number, v: number | undefined): void {
    const d = v ?? 0;
    if (d !== 0) w.double(field, d);
}

/** `AnalyzerResourceOptions`, as `buildOptions` fills it. */
function options(w: Writer, field: number, rec: ResourceRecord): void {
    const o = rec.options ?? ({} as Partial<ResourceRecord["options"]>);
    const at = w.begin(field);
    if (o.protect) w.bool(1, true);
    repeatedStrings(w, 2, o.ignoreChanges);
    if (o.deleteBeforeReplace) w.bool(3, true);
    if (o.deleteBeforeReplace !== undefined) w.bool(4, true);
    repeatedStrings(w, 5, o.additionalSecretOutputs);
    repeatedStrings(w, 6, o.aliases);
    const t = w.begin(7);
    doubleIfNonZero(w, 1, o.customTimeouts?.create);
    doubleIfNonZero(w, 2, o.customTimeouts?.update);
    doubleIfNonZero(w, 3, o.customTimeouts?.delete);
    w.end(t);
    stringIfAny(w, 8, rec.parent ?? "");
    w.end(at);
}

/** `AnalyzerProviderResource`, as `buildProvider` fills it (its properties without internal keys). */
function provider(w: Writer, field: number, p: RecordProvider): void {
    const at = w.begin(field);
    stringIfAny(w, 1, p.type);
    properties(w, 2, p.properties, true);
    stringIfAny(w, 3, p.urn);
    stringIfAny(w, 4, p.name);
    w.end(at);
}

function analyzeRequestBody(w: Writer, rec: ResourceRecord, props: WireProps, skip: boolean): void {
    stringIfAny(w, 1, rec.type);
    properties(w, 2, props, skip);
    stringIfAny(w, 3, rec.urn);
    stringIfAny(w, 4, rec.name);
    options(w, 5, rec);
    if (rec.provider) provider(w, 6, rec.provider);
}

function stackResourceBody(w: Writer, rec: ResourceRecord, props: WireProps): void {
    analyzeRequestBody(w, rec, props, true);
    stringIfAny(w, 7, rec.parent ?? "");
    repeatedStrings(w, 8, rec.dependencies);
    const deps = Object.entries(rec.propertyDependencies ?? {}).filter(([, urns]) => urns.length > 0);
    deps.sort((a, b) => compareKeys(a[0], b[0]));
    for (const [key, urns] of deps) {
        const e = w.begin(9);
        w.string(1, key);
        const v = w.begin(2);
        repeatedStrings(w, 1, urns);
        w.end(v);
        w.end(e);
    }
}

/** Encodes messages; keeps one scratch buffer, so one encoder must not be used re-entrantly. */
export class AnalyzerEncoder implements RequestEncoder<Buffer> {
    private readonly w = new Writer();

    constructor(
        /** The google-protobuf encoding, used when a message holds what this encoder leaves to it. */
        private readonly fallback: {
            analyzeRequest(rec: ResourceRecord, props: WireProps, skipInternalKeys: boolean): Uint8Array;
            stackResource(rec: ResourceRecord, props: WireProps): Uint8Array;
        },
    ) {}

    /** The `AnalyzeRequest` for Remediate (`skipInternalKeys` false) or Analyze (true). */
    analyzeRequest(rec: ResourceRecord, props: WireProps, skipInternalKeys: boolean): EncodedRequest {
        const w = this.w;
        w.reset();
        try {
            analyzeRequestBody(w, rec, props, skipInternalKeys);
            return { bytes: w.take(), hasInternalKeys: w.sawInternalKey };
        } catch (e) {
            if (!(e instanceof NeedsFallback)) throw e;
            return { bytes: Buffer.from(this.fallback.analyzeRequest(rec, props, skipInternalKeys)), hasInternalKeys: true };
        }
    }

    /** One `AnalyzerResource` of an AnalyzeStack request, without its field tag. */
    stackResource(rec: ResourceRecord, props: WireProps): Buffer {
        const w = this.w;
        w.reset();
        try {
            stackResourceBody(w, rec, props);
            return w.take();
        } catch (e) {
            if (!(e instanceof NeedsFallback)) throw e;
            return Buffer.from(this.fallback.stackResource(rec, props));
        }
    }

    /** An `AnalyzeStackRequest` from encoded resources (see {@link stackResource}). */
    analyzeStackRequest(resources: readonly Uint8Array[]): Buffer {
        const w = this.w;
        w.reset();
        for (const r of resources) w.bytes(1, r);
        return w.take();
    }
}

/** The pre-encoder of analyzer requests; one per thread (it encodes synchronously into one buffer). */
export const preEncoder = new AnalyzerEncoder({
    analyzeRequest: (rec, props, skip) => buildAnalyzeRequest(rec, props, skip).serializeBinary(),
    stackResource: (rec, props) => buildStackResource(rec, props).serializeBinary(),
});

/**
 * Encodes the `AnalyzeRequest` the engine sends for Remediate (`skipInternalKeys` false) or Analyze
 * (true): the same bytes as `buildAnalyzeRequest`, faster. `hasInternalKeys` false means both
 * encodings are the same bytes.
 */
export function encodeAnalyzeRequest(rec: ResourceRecord, props: WireProps, skipInternalKeys: boolean): EncodedRequest {
    return preEncoder.analyzeRequest(rec, props, skipInternalKeys);
}

/** Encodes one resource of an AnalyzeStack request: the same bytes as `buildStackResource`, faster. */
export function encodeStackResource(rec: ResourceRecord, props: WireProps): Buffer {
    return preEncoder.stackResource(rec, props);
}
