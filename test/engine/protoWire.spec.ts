// The hand-rolled encoder of analyzer requests (engine/protoWire.ts) must send exactly the bytes
// google-protobuf sends, and the recorder's one-pass Struct reader must read exactly what
// `toAnalyzerWire(struct.toJavaScript())` reads: checked on random property bags holding every special
// value the wire format knows, and on every record of a reference stack.
import { expect } from "chai";
import * as fc from "fast-check";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { buildAnalyzeRequest, buildStackResource, messageEncoder, RequestEncoder } from "../../engine/marshal";
import { AnalyzerEncoder, encodeAnalyzeRequest, encodeStackResource, preEncoder } from "../../engine/protoWire";
import { structToWire, toAnalyzerWire } from "../../engine/record";
import { OUTPUT_VALUE_SIG, RESOURCE_REF_SIG, ResourceRecord, SECRET_SIG, SIG_KEY, UNKNOWN, WireProps, WireValue } from "../../engine/types";
import { runStack } from "../support/stacks";

const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";

/** Strings with ASCII, any code point, and now and then an unpaired surrogate. */
const text = fc.oneof(
    { weight: 6, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => `x${String.fromCharCode(c)}y`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
);
const key = fc.oneof({ weight: 8, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: fc.constantFrom("__internal", "__defaults", "10", "9", "") });

/** Wire values with secrets, unknowns, resource references, output values, assets and `undefined`s. */
const wire: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constant(null),
        fc.boolean(),
        fc.double(),
        fc.constantFrom(Number.NaN, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE),
        fc.integer(),
        text,
        fc.constant(UNKNOWN),
        fc.constant(undefined),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 5 }),
        tie("value").map((value) => ({ [SIG_KEY]: SECRET_SIG, value })),
        fc.record({ urn: text, id: fc.option(text, { nil: undefined }) }).map((r) => ({ [SIG_KEY]: RESOURCE_REF_SIG, ...r })),
        fc
            .record({ value: fc.option(tie("value"), { nil: undefined }), secret: fc.boolean() })
            .map((r) => (r.value === undefined ? { [SIG_KEY]: OUTPUT_VALUE_SIG, secret: r.secret } : { [SIG_KEY]: OUTPUT_VALUE_SIG, ...r })),
        text.map((p) => ({ [SIG_KEY]: ASSET_SIG, path: p })),
    ),
})).value;

const props = fc.dictionary(key, wire, { maxKeys: 6 }) as fc.Arbitrary<WireProps>;

const record: fc.Arbitrary<ResourceRecord> = fc
    .record({
        type: fc.oneof(fc.constant(""), text),
        name: text,
        urn: text,
        parent: fc.oneof(fc.constant(""), text),
        inputs: props,
        outputs: fc.option(props, { nil: undefined }),
        dependencies: fc.array(text, { maxLength: 3 }),
        propertyDependencies: fc.dictionary(key, fc.array(text, { maxLength: 2 }), { maxKeys: 3 }),
        protect: fc.boolean(),
        ignoreChanges: fc.array(text, { maxLength: 2 }),
        deleteBeforeReplace: fc.option(fc.boolean(), { nil: undefined }),
        aliases: fc.array(text, { maxLength: 2 }),
        timeouts: fc.option(
            fc.record({
                create: fc.option(fc.oneof(fc.double(), fc.constant(Number.NaN)), { nil: undefined }),
                delete: fc.option(fc.oneof(fc.double(), fc.constant(Number.NaN)), { nil: undefined }),
            }),
            { nil: undefined },
        ),
        provider: fc.option(fc.record({ type: text, name: text, urn: text, properties: props }), { nil: undefined }),
    })
    .map((r) => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        parent: r.parent,
        custom: true,
        providerRef: "",
        provider: r.provider,
        inputs: r.inputs,
        outputs: r.outputs,
        dependencies: r.dependencies,
        propertyDependencies: r.propertyDependencies,
        options: {
            protect: r.protect,
            ignoreChanges: r.ignoreChanges,
            deleteBeforeReplace: r.deleteBeforeReplace,
            additionalSecretOutputs: [],
            aliases: r.aliases,
            customTimeouts: r.timeouts,
        },
    }));

/** The bytes `make` returns, or the message of what it threw. */
function outcome(make: () => Uint8Array): { bytes: string } | { error: string } {
    try {
        return { bytes: Buffer.from(make()).toString("hex") };
    } catch (e) {
        return { error: (e as Error).message };
    }
}

describe("engine/protoWire", () => {
    it("encodes Remediate, Analyze and AnalyzeStack requests byte for byte as google-protobuf does", () => {
        fc.assert(
            fc.property(record, (rec) => {
                for (const skip of [false, true]) {
                    const theirs = outcome(() => buildAnalyzeRequest(rec, rec.inputs, skip).serializeBinary());
                    const ours = outcome(() => encodeAnalyzeRequest(rec, rec.inputs, skip).bytes);
                    expect(ours).to.deep.equal(theirs);
                }
                const stackProps = rec.outputs ?? rec.inputs;
                expect(outcome(() => encodeStackResource(rec, stackProps))).to.deep.equal(outcome(() => buildStackResource(rec, stackProps).serializeBinary()));
            }),
            { numRuns: 1000 },
        );
    });

    it("says when Remediate and Analyze need different bytes (internal keys), and never otherwise", () => {
        fc.assert(
            fc.property(record, (rec) => {
                let remediate;
                try {
                    remediate = encodeAnalyzeRequest(rec, rec.inputs, false);
                } catch {
                    return;
                }
                if (!remediate.hasInternalKeys) {
                    expect(Buffer.from(remediate.bytes).equals(encodeAnalyzeRequest(rec, rec.inputs, true).bytes)).to.equal(true);
                }
            }),
            { numRuns: 300 },
        );
    });

    it("builds the AnalyzeStack request from encoded resources as google-protobuf builds it, with either request encoder", () => {
        const fresh = new AnalyzerEncoder({
            analyzeRequest: (r, p, s) => buildAnalyzeRequest(r, p, s).serializeBinary(),
            stackResource: (r, p) => buildStackResource(r, p).serializeBinary(),
        });
        const encoders: Array<[string, RequestEncoder]> = [
            ["a new pre-encoder", fresh],
            ["the shared pre-encoder", preEncoder],
            ["the message encoder", messageEncoder],
        ];
        fc.assert(
            fc.property(fc.array(record, { maxLength: 4 }), (records) => {
                let theirs: Uint8Array;
                try {
                    theirs = new analyzerPb.AnalyzeStackRequest().setResourcesList(records.map((r) => buildStackResource(r, r.inputs))).serializeBinary();
                } catch {
                    return;
                }
                for (const [name, encoder] of encoders) {
                    const ours = encoder.analyzeStackRequest(records.map((r) => encoder.stackResource(r, r.inputs)));
                    expect(Buffer.from(ours).toString("hex"), name).to.equal(Buffer.from(theirs).toString("hex"));
                }
            }),
            { numRuns: 100 },
        );
    });

    it("gives Remediate and Analyze requests the same bytes with the message encoder as with the pre-encoder", () => {
        fc.assert(
            fc.property(record, (rec) => {
                for (const skip of [false, true]) {
                    const plain = outcome(() => messageEncoder.analyzeRequest(rec, rec.inputs, skip).bytes);
                    expect(outcome(() => preEncoder.analyzeRequest(rec, rec.inputs, skip).bytes)).to.deep.equal(plain);
                }
            }),
            { numRuns: 300 },
        );
    });

    it("reads a Struct in one pass as toAnalyzerWire(toJavaScript()) reads it", () => {
        fc.assert(
            fc.property(props, (p) => {
                let struct: Struct;
                try {
                    // What a program sends: JSON-like values (undefined is not a Struct value).
                    struct = Struct.fromJavaScript(JSON.parse(JSON.stringify(p)) as Record<string, WireValue>);
                } catch {
                    return;
                }
                expect(structToWire(struct)).to.deep.equal(toAnalyzerWire(struct.toJavaScript() as WireValue));
                expect(Object.keys(structToWire(struct))).to.deep.equal(Object.keys(struct.toJavaScript()));
            }),
            { numRuns: 300 },
        );
    });

    it("encodes every record of a reference stack as google-protobuf does", async function () {
        this.timeout(120_000);
        const { stack } = await runStack("retail-prod");
        for (const rec of stack.resources) {
            for (const skip of [false, true]) {
                expect(Buffer.from(encodeAnalyzeRequest(rec, rec.inputs, skip).bytes).equals(Buffer.from(buildAnalyzeRequest(rec, rec.inputs, skip).serializeBinary()))).to.equal(
                    true,
                    rec.urn,
                );
            }
            const p = rec.outputs ?? rec.inputs;
            expect(encodeStackResource(rec, p).equals(Buffer.from(buildStackResource(rec, p).serializeBinary()))).to.equal(true, rec.urn);
        }
    });
});
