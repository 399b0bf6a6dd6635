/**
 * Runs a Pulumi program under the SDK's mock monitor — the embedded engine — and records every
 * resource registration the way the Pulumi engine hands resources to an analyzer: URN, type, name,
 * parent, provider, inputs in wire form, dependencies, property dependencies and options.
 *
 * The program runs inside a root `pulumi:pulumi:Stack` resource, as it does under the real engine, so
 * parents and URNs match what `pulumi preview` produces. What makes the run faster and smaller (the
 * SDK's promise stamps, V8's heap growth, the collection afterwards) is engine/runTuning.ts's.
 */
import type * as PulumiSdk from "@pulumi/pulumi";
import { collectGarbage, withCheapPromiseStacks, withTightHeap } from "./runTuning";
// Resource references and output values may not reach an analyzer: the recorder downgrades them.
import { OUTPUT_VALUE_SIG, RESOURCE_REF_SIG, ResourceRecord, ROOT_STACK_TYPE, SIG_KEY, StackRecord, UNKNOWN, WireProps, WireValue } from "./types";

/**
 * The Pulumi SDK, loaded on first use: it takes about a second to load, and importers of this module
 * that only convert values (such as the state importer) never need it.
 */
function sdk(): typeof PulumiSdk {
    return require("@pulumi/pulumi") as typeof PulumiSdk;
}

/** What a mock returns for a new resource: its id and state (outputs). */
export interface MockResult {
    id?: string;
    state?: Record<string, unknown>;
}

/** Options for {@link recordProgram}. */
export interface RecordOptions {
    /** The project name. Defaults to `project`. */
    project?: string;
    /** The stack name. Defaults to `dev`. */
    stack?: string;
    /** The organization. Defaults to `organization`. */
    organization?: string;
    /**
     * Whether to run as a preview: new resources then have unknown ids and unknown computed outputs,
     * as in `pulumi preview`. Defaults to `false` (every id and input-derived output is known).
     */
    preview?: boolean;
    /** The stack configuration, `project:key` → value (strings, as `Pulumi.<stack>.yaml` holds them). */
    config?: Record<string, string>;
    /** Configuration keys whose values are secrets. */
    secretKeys?: string[];
    /** Stack tags, carried on the record. */
    tags?: Record<string, string>;
    /**
     * Computes a new resource's id and state; the default echoes the inputs as state and, outside a
     * preview, names the id after the resource. Return `undefined` to fall back to the default.
     */
    newResource?: (args: PulumiSdk.runtime.MockResourceArgs) => MockResult | undefined;
    /** Answers invokes (data sources); the default returns an empty result. */
    call?: (args: PulumiSdk.runtime.MockCallArgs) => Record<string, unknown>;
    /**
     * Called with each record as soon as its registration completes (registration order), with its
     * provider already attached, so that a policy evaluation can start on it while the program runs,
     * as the engine analyzes each resource during step generation. The record is the one the result
     * holds; do not change it.
     */
    onRecord?: (record: ResourceRecord, index: number) => void;
    /**
     * Whether to record registrations (default `true`). `false` runs the program alone under the same
     * engine and records nothing: the floor any offline preview pays, which the benchmark measures.
     */
    record?: boolean;
}

/** The result of running a program: the records and the stack's outputs. */
export interface RecordResult {
    stack: StackRecord;
    /** The root stack's outputs (plain values; secrets unwrapped; unknowns as `undefined`). */
    outputs: Record<string, unknown>;
}

/**
 * Turns a wire value into the form an analyzer accepts: resource references become their id (custom
 * resources) or URN (components), output values become their value, or the unknown sentinel.
 */
export function toAnalyzerWire(v: WireValue | undefined): WireValue {
    if (v === undefined) return null;
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map(toAnalyzerWire);
    const sig = v[SIG_KEY];
    if (sig === RESOURCE_REF_SIG) {
        const id = v.id;
        return typeof id === "string" && id !== "" ? id : (v.urn as string);
    }
    if (sig === OUTPUT_VALUE_SIG) {
        if (!("value" in v)) return UNKNOWN;
        return toAnalyzerWire(v.value);
    }
    const out: Record<string, WireValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toAnalyzerWire(x);
    return out;
}

/** The parts of google-protobuf's `Value` (and `ListValue`) the recorder reads. */
export interface PbValue {
    getKindCase(): number;
    getNumberValue(): number;
    getStringValue(): string;
    getBoolValue(): boolean;
    getStructValue(): PbStruct | undefined;
    getListValue(): { getValuesList(): PbValue[] } | undefined;
}
/** The part of google-protobuf's `Struct` the recorder reads. */
export interface PbStruct {
    getFieldsMap(): { forEach(fn: (value: PbValue, key: string) => void): void };
}

// google.protobuf.Value's kind cases.
const KIND_NULL = 1;
const KIND_NUMBER = 2;
const KIND_STRING = 3;
const KIND_BOOL = 4;
const KIND_STRUCT = 5;
const KIND_LIST = 6;

/** A `Value` in analyzer wire form, in one pass: what `toAnalyzerWire(value.toJavaScript())` returns. */
function valueToWire(v: PbValue): WireValue {
    switch (v.getKindCase()) {
        case KIND_NULL:
            return null;
        case KIND_NUMBER:
            return v.getNumberValue();
        case KIND_STRING:
            return v.getStringValue();
        case KIND_BOOL:
            return v.getBoolValue();
        case KIND_STRUCT:
            return structValueToWire(v.getStructValue());
        case KIND_LIST:
            return (v.getListValue()?.getValuesList() ?? []).map(valueToWire);
        default:
            throw new Error("Unexpected struct type");
    }
}

function structValueToWire(s: PbStruct | undefined): WireValue {
    const out: Record<string, WireValue> = {};
    // The fields map iterates its keys sorted, as Struct.toJavaScript does.
    s?.getFieldsMap().forEach((value, key) => {
        out[key] = valueToWire(value);
    });
    const sig = out[SIG_KEY];
    if (sig === RESOURCE_REF_SIG) {
        const id = out.id;
        return typeof id === "string" && id !== "" ? id : (out.urn as string);
    }
    if (sig === OUTPUT_VALUE_SIG) return "value" in out ? out.value : UNKNOWN;
    return out;
}

/**
 * Reads a protobuf Struct (or undefined) as wire-form properties fit for an analyzer, in one pass: the
 * same value as `toAnalyzerWire(struct.toJavaScript())`.
 */
export function structToWire(s: PbStruct | undefined): WireProps {
    if (!s) return {};
    const w = structValueToWire(s);
    return (w !== null && typeof w === "object" && !Array.isArray(w) ? w : {}) as WireProps;
}

function defaultNewResource(preview: boolean) {
    return (args: PulumiSdk.runtime.MockResourceArgs): { id: string | undefined; state: Record<string, unknown> } => ({
        id: preview ? undefined : args.id || `${args.name}-id`,
        state: preview ? args.inputs : { ...args.inputs, ...deployedOutputs(args) },
    });
}

/**
 * Outputs a deployment computes that echoing the inputs lacks and programs read: a TKE node pool's
 * Auto Scaling group id (`asg-<name>`), a LoadBalancer Service's address (the Kubernetes provider
 * reports the Service created once it has one), here a documentation address (RFC 5737).
 */
export function deployedOutputs(args: { type: string; name?: string; inputs: Record<string, unknown> }): Record<string, unknown> {
    // A TKE node pool's Auto Scaling group id, which schedules on the pool's group are built from.
    if (/^tencentcloud:(index\/kubernetesNodePool:KubernetesNodePool|Kubernetes\/nodePool:NodePool)$/.test(args.type) && args.name !== undefined) {
        return { autoScalingGroupId: `asg-${args.name}` };
    }
    if (args.type === "kubernetes:core/v1:Service" && (args.inputs.spec as { type?: string } | undefined)?.type === "LoadBalancer") {
        return { status: { loadBalancer: { ingress: [{ ip: "203.0.113.10" }] } } };
    }
    return {};
}

/**
 * Resolves a value that may hold outputs at any depth to plain data, with `undefined` where an output
 * is unknown (never hangs on an unknown, as an `apply` would).
 */
async function settleDeep(v: unknown): Promise<unknown> {
    const pulumi = sdk();
    if (pulumi.Output.isInstance(v)) {
        const out = v as any;
        return (await out.isKnown) ? settleDeep(await out.promise()) : undefined;
    }
    if (v instanceof Promise) return settleDeep(await v);
    if (Array.isArray(v)) return Promise.all(v.map(settleDeep));
    if (v !== null && typeof v === "object" && !pulumi.Resource.isInstance(v)) {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = await settleDeep(x);
        return out;
    }
    return v;
}

export { collectGarbage };

/** The organization a run records when none is given. */
export const DEFAULT_ORGANIZATION = "organization";

let running = false;

/**
 * Whether a program is running under {@link recordProgram} now: an unhandled rejection is then the
 * program's, and the run reports it.
 */
export function isRecording(): boolean {
    return running;
}

/**
 * Runs `program` under mocks inside a root Stack and records every registration. The program may
 * create resources directly, or return (a promise of) the stack's outputs. A program that throws, and
 * an error raised while resources resolve (such as a `ResourceError` in an `apply`), rejects with that
 * error once the run has settled. Runs are serialized: the Pulumi runtime has one global state.
 */
export async function recordProgram(program: () => unknown, opts: RecordOptions = {}): Promise<RecordResult> {
    if (running) {
        throw new Error("recordProgram: another program is still running in this process; await it first (the Pulumi runtime has one global state)");
    }
    running = true;
    const pulumi = sdk();
    const restorePromiseStacks = withCheapPromiseStacks();
    const restoreHeap = withTightHeap();
    const project = opts.project ?? "project";
    const stackName = opts.stack ?? "dev";
    const preview = opts.preview ?? false;
    const fallback = defaultNewResource(preview);
    const records: ResourceRecord[] = [];
    const failures: unknown[] = [];
    // The language host ends a program at its first unhandled rejection. A rejected input leaves the
    // registrations that wait on it pending for ever, so `disconnect()` (which waits for every
    // registration) would never return: the first rejection ends the wait instead.
    let failNow: (reason: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (failNow = reject));
    failed.catch(() => undefined);
    const onRejection = (reason: unknown) => {
        failures.push(reason);
        failNow(reason);
    };
    process.on("unhandledRejection", onRejection);
    try {
        await pulumi.runtime.setMocks(
            {
                newResource: (args) => {
                    const r = opts.newResource?.(args) ?? fallback(args);
                    return { id: r.id ?? (preview ? (undefined as unknown as string) : `${args.name}-id`), state: r.state ?? args.inputs };
                },
                call: (args) => opts.call?.(args) ?? {},
            },
            project,
            stackName,
            preview,
            opts.organization ?? DEFAULT_ORGANIZATION,
        );
        pulumi.runtime.setAllConfig(opts.config ?? {}, opts.secretKeys ?? []);
        const monitor = pulumi.runtime.getMonitor() as any;
        // The engine leaves the root stack's type out of its children's URNs; the mock monitor does not.
        const newUrn = monitor.newUrn.bind(monitor);
        monitor.newUrn = (parent: string, type: string, name: string) =>
            newUrn(parent && parent.split("::")[2] === ROOT_STACK_TYPE ? "" : parent, type, name);
        if (opts.record !== false) {
            const register = monitor.registerResource.bind(monitor);
            const byUrn = new Map<string, ResourceRecord>();
            const onRecord = opts.onRecord;
            monitor.registerResource = (req: any, callback: (err: unknown, resp: any) => void) =>
                register(req, (err: unknown, resp: any) => {
                    if (!err && resp) {
                        const rec = recordOf(req, resp, preview, project, stackName);
                        // A provider registers before anything that names it (the reference carries its id).
                        attachProvider(rec, byUrn);
                        byUrn.set(rec.urn, rec);
                        records.push(rec);
                        onRecord?.(rec, records.length - 1);
                    }
                    callback(err, resp);
                });
        }

        const outputs: Record<string, unknown> = {};
        let programError: unknown;
        try {
            // Settle each output on its own: in a preview the stack's outputs as a whole are unknown as
            // soon as one of them is, while the known ones still have values.
            const run = async () => {
                let returned: Record<string, unknown> = {};
                await pulumi.runtime.runInPulumiStack(async () => {
                    returned = ((await program()) ?? {}) as Record<string, unknown>;
                    return returned;
                });
                for (const [k, v] of Object.entries(returned)) outputs[k] = await settleDeep(v);
            };
            // An output that waits on a rejected input would never settle either.
            await Promise.race([run(), failed]);
        } catch (e) {
            programError = e;
        }
        try {
            await Promise.race([pulumi.runtime.disconnect(), failed]);
        } catch {
            // A rejection: give the registrations still in flight a moment to finish, then report it.
            await Promise.race([pulumi.runtime.disconnect(), new Promise((resolve) => setTimeout(resolve, FAILED_RUN_GRACE_MS))]);
        }
        // Let rejections of outputs nobody awaited surface before judging the run.
        await new Promise((resolve) => setImmediate(resolve));
        if (programError !== undefined) throw programError;
        if (failures.length > 0) throw failures[0];
        return {
            stack: {
                project,
                stack: stackName,
                organization: opts.organization ?? DEFAULT_ORGANIZATION,
                dryRun: preview,
                config: { ...(opts.config ?? {}) },
                configSecretKeys: [...(opts.secretKeys ?? [])],
                tags: { ...(opts.tags ?? {}) },
                resources: records,
            },
            outputs,
        };
    } finally {
        process.off("unhandledRejection", onRejection);
        restorePromiseStacks();
        restoreHeap();
        running = false;
    }
}

function recordOf(req: any, resp: any, preview: boolean, project: string, stack: string): ResourceRecord {
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps: any, key: string) => {
        propertyDependencies[key] = deps.getUrnsList();
    });
    const timeouts = req.getCustomtimeouts();
    const id: string = resp.getId();
    const custom: boolean = req.getCustom();
    const outputs = structToWire(resp.getObject());
    const providerRef: string = req.getProvider();
    return {
        urn: resp.getUrn(),
        type: req.getType(),
        name: req.getName(),
        parent: req.getParent(),
        custom,
        providerRef,
        inputs: structToWire(req.getObject()),
        outputs: custom ? outputs : undefined,
        id: custom ? (id || (preview ? UNKNOWN : undefined)) : undefined,
        dependencies: req.getDependenciesList(),
        propertyDependencies,
        options: {
            protect: req.getProtect() ?? false,
            ignoreChanges: req.getIgnorechangesList(),
            deleteBeforeReplace: req.getDeletebeforereplacedefined() ? req.getDeletebeforereplace() : undefined,
            additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
            aliases: aliasUrnsOf(req, project, stack),
            customTimeouts: timeouts
                ? { create: parseDuration(timeouts.getCreate()), update: parseDuration(timeouts.getUpdate()), delete: parseDuration(timeouts.getDelete()) }
                : undefined,
        },
    };
}

/**
 * The URNs of a registration's aliases, as the engine hands them to an analyzer. The SDK sends alias
 * specs to a monitor that supports them (the mock monitor does); the engine turns each spec into a URN
 * with its defaults — the resource's own name and type, the current stack and project, the resource's
 * parent unless the spec names another or none — and the parent's type chain in front of the type,
 * the root stack's type left out as in every URN. An alias given as a URN stays as it is.
 */
function aliasUrnsOf(req: any, project: string, stack: string): string[] {
    const urns: string[] = [...req.getAliasurnsList()];
    for (const alias of req.getAliasesList()) {
        if (alias.hasUrn()) {
            urns.push(alias.getUrn());
            continue;
        }
        const spec = alias.getSpec();
        if (!spec) continue;
        const parent: string = spec.getNoparent() ? "" : spec.getParenturn() || req.getParent() || "";
        const type: string = spec.getType() || req.getType();
        const parentType = parent ? parent.split("::")[2] : undefined;
        const qualified = parentType && parentType !== ROOT_STACK_TYPE ? `${parentType}$${type}` : type;
        urns.push(`urn:pulumi:${spec.getStack() || stack}::${spec.getProject() || project}::${qualified}::${spec.getName() || req.getName()}`);
    }
    return urns;
}

/** How long a run that failed with an unhandled rejection waits for its registrations still in flight. */
const FAILED_RUN_GRACE_MS = 200;

/** Parses a Go duration string such as `10m` or `1h30m` into seconds; `undefined` when empty. */
export function parseDuration(s: string): number | undefined {
    if (!s) return undefined;
    let total = 0;
    const re = /(\d+(?:\.\d+)?)(h|ms|m|s)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
        const n = Number(m[1]);
        total += m[2] === "h" ? n * 3600 : m[2] === "m" ? n * 60 : m[2] === "s" ? n : n / 1000;
    }
    return total;
}

/** Fills a record's `provider` from the provider resource its `providerRef` (`urn::id`) names. */
function attachProvider(r: ResourceRecord, byUrn: ReadonlyMap<string, ResourceRecord>): void {
    if (!r.providerRef) return;
    const p = byUrn.get(r.providerRef.slice(0, r.providerRef.lastIndexOf("::")));
    if (p) r.provider = { type: p.type, name: p.name, urn: p.urn, properties: p.inputs };
}

/** The records of a given type (token), in registration order. */
export function recordsOfType(stack: StackRecord, type: string): ResourceRecord[] {
    return stack.resources.filter((r) => r.type === type);
}
