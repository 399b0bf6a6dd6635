/**
 * The analyzer gRPC client: a running policy pack (started by engine/packLaunch.ts as the engine
 * starts it) and the calls the engine makes on it, with the protos shipped in `@pulumi/pulumi`
 * (pulumi/pulumi `sdk/go/common/resource/plugin/analyzer_plugin.go`, the `analyzer` methods):
 * `Handshake` (UNIMPLEMENTED tolerated) and `ConfigureStack` right after the start, then
 * GetAnalyzerInfo, GetPluginInfo, Configure, Remediate, Analyze and AnalyzeStack. Replies are converted
 * into the protocol's types (engine/protocol.ts) with the pack version override of PulumiPolicy.yaml
 * applied.
 *
 * `remediate`, `analyze` and `analyzeStack` build their requests as google-protobuf messages
 * (engine/marshal.ts); the `…Encoded` forms send bytes an evaluator encoded (engine/evaluate.ts).
 *
 * The other concerns of starting a pack live in their own modules and are re-exported here for
 * existing importers: the protocol's types (protocol.ts), PulumiPolicy.yaml (manifest.ts), the
 * launcher and its environment (packEnv.ts), the start and its supervision (packLaunch.ts) and the
 * marshalling (marshal.ts). The pre-encoding (protoWire.ts) is the fast evaluator's, not the client's.
 */
import type { ChildProcess } from "child_process";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import type { PolicyPackManifest } from "./manifest";
import { defaultStackProps, fromStruct, levelFromProto, levelToProto, messageEncoder, policyTypeFromProto, severityFromProto } from "./marshal";
import { ENGINE_ADDRESS } from "./packEnv";
import { launchPolicyPack, PolicyPackStartOptions, TextTail } from "./packLaunch";
import type {
    AnalyzeDiagnostic,
    AnalyzeResult,
    AnalyzerInfo,
    JsonSchema,
    NotApplicable,
    PolicyConfigEntry,
    PolicyInfo,
    ReconciledPolicyConfig,
    Remediation,
    RemediateResult,
    StackConfigureRequest,
} from "./protocol";
import { supervisedChildren } from "./supervisor";
import type { ResourceRecord, WireProps, WireValue } from "./types";

export type {
    AnalyzeDiagnostic,
    AnalyzeResult,
    AnalyzerInfo,
    JsonSchema,
    NotApplicable,
    PolicyConfigSchema,
    PolicyInfo,
    PolicySeverity,
    Remediation,
    RemediateResult,
    StackConfigureRequest,
} from "./protocol";
export { readPolicyPackManifest } from "./manifest";
export type { PolicyPackManifest } from "./manifest";
export { ENGINE_ADDRESS, policyPackEnv, resolveRunPolicyPack } from "./packEnv";
export { DEFAULT_START_TIMEOUT_MS } from "./packLaunch";
export type { PolicyPackStartOptions } from "./packLaunch";
export {
    buildAnalyzeRequest,
    buildStackResource,
    defaultStackProps,
    levelFromProto,
    levelToProto,
    severityFromProto,
    toAnalyzerValue,
    toStruct,
} from "./marshal";

/** The largest message either side accepts (the Node.js policy server allows 400 MiB). */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

/** How long `close()` waits after SIGTERM before it sends SIGKILL. */
const KILL_GRACE_MS = 3_000;

/** An error from one analyzer call, with its gRPC status code. */
export class AnalyzerCallError extends Error {
    /** Creates the error for `method`, with the gRPC `code` the call failed with. */
    constructor(
        message: string,
        public readonly method: string,
        public readonly code: number,
    ) {
        super(message);
        this.name = "AnalyzerCallError";
    }
}

/** How many policy pack processes this process has started that are still running. */
export function runningPolicyPacks(): number {
    return supervisedChildren();
}

type Callback<T> = (err: grpc.ServiceError | null, res: T) => void;

/** The gRPC paths of the per-resource and stack methods, whose requests are sent as encoded bytes. */
const METHODS = {
    remediate: analyzerGrpc.AnalyzerService.remediate.path,
    analyze: analyzerGrpc.AnalyzerService.analyze.path,
    analyzeStack: analyzerGrpc.AnalyzerService.analyzeStack.path,
};

function asBuffer(bytes: Uint8Array): Buffer {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A response decoder that skips google-protobuf for an empty response (the usual answer). */
function decodeUnlessEmpty<T>(type: { deserializeBinary(bytes: Uint8Array): T }): (bytes: Buffer) => T | undefined {
    return (bytes) => (bytes.length === 0 ? undefined : type.deserializeBinary(bytes));
}

/**
 * A running policy pack and a gRPC client to it. Start one with {@link PolicyPackProcess.start};
 * always {@link PolicyPackProcess.close} it (children left running are killed when this process exits).
 */
export class PolicyPackProcess {
    /** The pack's name once {@link getAnalyzerInfo} has answered; until then the directory's name. */
    private packName: string;
    private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
    private exitStatus: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    private closing: Promise<void> | undefined;

    private constructor(
        /** The absolute pack directory. */
        public readonly dir: string,
        /** What PulumiPolicy.yaml says. */
        public readonly manifest: PolicyPackManifest,
        /** The options the pack was started with (its environment). */
        public readonly startOptions: PolicyPackStartOptions,
        private readonly child: ChildProcess,
        /** The port the pack serves on. */
        public readonly port: number,
        /** Milliseconds from spawn to the port line. */
        public readonly startMs: number,
        private readonly client: analyzerGrpc.AnalyzerClient,
        private readonly stderr: TextTail,
        private readonly stdout: TextTail,
        /** The directory the runner runs in: the pack's, or its compiled copy's. */
        public readonly runDir: string,
        /** Why the pack did not run from a compiled copy although one was asked for, if so. */
        public readonly packCacheNote: string | undefined,
    ) {
        this.packName = path.basename(dir);
        this.exited = new Promise((resolve) => {
            const done = (code: number | null, signal: NodeJS.Signals | null) => {
                this.exitStatus = { code, signal };
                resolve(this.exitStatus);
            };
            if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode, child.signalCode);
            else child.once("exit", done);
        });
    }

    /** The pack process id. */
    get pid(): number {
        return this.child.pid ?? -1;
    }

    /** Whether the pack process has exited. */
    get hasExited(): boolean {
        return this.exitStatus !== undefined;
    }

    /** The end of what the pack wrote to stderr. */
    stderrTail(): string {
        return this.stderr.toString();
    }

    /** The end of what the pack wrote to stdout after its port (policies' `console.log`). */
    stdoutTail(): string {
        return this.stdout.toString();
    }

    /**
     * Starts the pack in `dir` as the engine does and performs the handshake. Rejects with an error
     * naming the directory when it is not a pack, and with the pack's stderr when it exits (for
     * example on a TypeScript error) or stays silent longer than `startTimeoutMs`.
     */
    static async start(dir: string, opts: PolicyPackStartOptions): Promise<PolicyPackProcess> {
        const { dir: absDir, manifest, child, port, startMs, stderr, stdout, runDir, cacheNote } = await launchPolicyPack(dir, opts);
        const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
            "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
        });
        const proc = new PolicyPackProcess(absDir, manifest, { ...opts }, child, port, startMs, client, stderr, stdout, runDir, cacheNote);
        try {
            await proc.handshake();
        } catch (e) {
            await proc.close();
            throw e;
        }
        return proc;
    }

    private label(): string {
        return `policy pack '${this.packName}' (${this.dir})`;
    }

    private closedError(method: string): AnalyzerCallError {
        return new AnalyzerCallError(`${this.label()} is closed; ${method} cannot run. Start the pack again.`, method, grpc.status.CANCELLED);
    }

    private callError(method: string, err: grpc.ServiceError): AnalyzerCallError {
        const details = err.details || err.message;
        let msg = `${this.label()} failed ${method}: ${details}`;
        if (this.exitStatus || err.code === grpc.status.UNAVAILABLE) {
            const s = this.exitStatus;
            const how = s ? (s.signal ? ` (signal ${s.signal})` : ` (code ${s.code})`) : "";
            const tail = this.stderr.toString().trim();
            msg += `\nThe pack process ${s ? `exited${how}` : "is unreachable"}.${tail ? ` Its stderr ends with:\n${tail}` : ""}`;
        }
        return new AnalyzerCallError(msg, method, err.code);
    }

    private call<Req, Res>(method: string, req: Req, invoke: (req: Req, cb: Callback<Res>) => unknown): Promise<Res> {
        if (this.closing) return Promise.reject(this.closedError(method));
        return new Promise<Res>((resolve, reject) => {
            invoke(req, (err, res) => (err ? reject(this.callError(method, err)) : resolve(res)));
        });
    }

    /**
     * Sends an already encoded request: the bytes go out as they are, with no google-protobuf message
     * built or serialized on this side.
     */
    private callEncoded<Res>(method: string, grpcPath: string, request: Uint8Array, decode: (bytes: Buffer) => Res): Promise<Res> {
        if (this.closing) return Promise.reject(this.closedError(method));
        return new Promise<Res>((resolve, reject) => {
            this.client.makeUnaryRequest<Uint8Array, Res>(grpcPath, asBuffer, decode, request, (err, res) =>
                err ? reject(this.callError(method, err)) : resolve(res as Res),
            );
        });
    }

    /** Calls `Handshake` as the engine does; a pack that does not implement it answers "unimplemented". */
    async handshake(): Promise<"ok" | "unimplemented"> {
        const req = new analyzerPb.AnalyzerHandshakeRequest()
            .setEngineAddress(ENGINE_ADDRESS)
            .setRootDirectory(this.dir)
            .setProgramDirectory(this.dir);
        try {
            await this.call("Handshake", req, (r, cb: Callback<analyzerPb.AnalyzerHandshakeResponse>) => this.client.handshake(r, cb));
            return "ok";
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return "unimplemented";
            throw e;
        }
    }

    /** Tells the pack which stack it checks (`ConfigureStack`); a pack that does not implement it is fine. */
    async configureStack(req: StackConfigureRequest): Promise<void> {
        const msg = new analyzerPb.AnalyzerStackConfigureRequest()
            .setStack(req.stack)
            .setProject(req.project)
            .setOrganization(req.organization ?? "")
            .setDryRun(req.dryRun)
            .setConfigSecretKeysList([...(req.configSecretKeys ?? [])]);
        for (const [k, v] of Object.entries(req.config)) msg.getConfigMap().set(k, v);
        for (const [k, v] of Object.entries(req.tags)) msg.getTagsMap().set(k, v);
        try {
            await this.call("ConfigureStack", msg, (r, cb: Callback<analyzerPb.AnalyzerStackConfigureResponse>) => this.client.configureStack(r, cb));
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return;
            throw e;
        }
    }

    /** Asks the pack for its policies and initial config, converted as the engine converts them. */
    async getAnalyzerInfo(): Promise<AnalyzerInfo> {
        const res = await this.call("GetAnalyzerInfo", new Empty(), (r, cb: Callback<analyzerPb.AnalyzerInfo>) => this.client.getAnalyzerInfo(r, cb));
        const policies = res.getPoliciesList().map((p): PolicyInfo => {
            const schema = p.getConfigschema();
            const framework = p.getFramework();
            const info: PolicyInfo = {
                name: p.getName(),
                displayName: p.getDisplayname(),
                description: p.getDescription(),
                message: p.getMessage(),
                enforcementLevel: levelFromProto(p.getEnforcementlevel()),
                policyType: policyTypeFromProto(p.getPolicyType()),
                tags: p.getTagsList(),
                remediationSteps: p.getRemediationSteps(),
                url: p.getUrl(),
            };
            if (schema) {
                info.configSchema = {
                    properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, JsonSchema>,
                    required: schema.getRequiredList(),
                };
            }
            const severity = severityFromProto(p.getSeverity());
            if (severity) info.severity = severity;
            if (framework) {
                info.framework = {
                    name: framework.getName(),
                    version: framework.getVersion(),
                    reference: framework.getReference(),
                    specification: framework.getSpecification(),
                };
            }
            return info;
        });
        policies.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const initialConfig: Record<string, PolicyConfigEntry> = {};
        res.getInitialconfigMap().forEach((v: analyzerPb.PolicyConfig, k: string) => {
            initialConfig[k] = {
                // proto3 has no "unset": an entry without a level reads as ADVISORY (0), as in the engine.
                enforcementLevel: levelFromProto(v.getEnforcementlevel()),
                properties: (v.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>,
            };
        });
        this.packName = res.getName() || this.packName;
        return {
            name: res.getName(),
            displayName: res.getDisplayname(),
            version: this.manifest.version ?? res.getVersion(),
            description: res.getDescription() || this.manifest.description || "",
            supportsConfig: res.getSupportsconfig(),
            policies,
            initialConfig,
        };
    }

    /** Asks the pack for its plugin version (the @pulumi/policy version for a Node.js pack). */
    async getPluginInfo(): Promise<{ version: string }> {
        const res = await this.call("GetPluginInfo", new Empty(), (r, cb: Callback<pluginPb.PluginInfo>) => this.client.getPluginInfo(r, cb));
        return { version: res.getVersion() };
    }

    /**
     * Sends the reconciled config (`Configure`); the Node.js server replaces its whole config with it.
     * An empty config is not sent, as in the engine.
     */
    async configure(config: ReconciledPolicyConfig): Promise<void> {
        const names = Object.keys(config);
        if (names.length === 0) return;
        const req = new analyzerPb.ConfigureAnalyzerRequest();
        const map = req.getPolicyconfigMap();
        for (const name of names) {
            const entry = config[name];
            map.set(
                name,
                new analyzerPb.PolicyConfig()
                    .setEnforcementlevel(levelToProto(entry.enforcementLevel))
                    .setProperties(Struct.fromJavaScript((entry.properties ?? {}) as Record<string, WireValue>)),
            );
        }
        await this.call("Configure", req, (r, cb: Callback<Empty>) => this.client.configure(r, cb));
    }

    /**
     * Runs the pack's remediations on a resource (`Remediate`), with `props` (default: its inputs).
     * A pack that does not implement Remediate answers with no remediations, as the engine tolerates.
     */
    async remediate(rec: ResourceRecord, props: WireProps = rec.inputs): Promise<RemediateResult> {
        return this.remediateEncoded(rec, messageEncoder.analyzeRequest(rec, props, false).bytes);
    }

    /** {@link remediate} with the request already encoded (by a `RequestEncoder`, engine/marshal.ts). */
    async remediateEncoded(rec: ResourceRecord, request: Uint8Array): Promise<RemediateResult> {
        let res: analyzerPb.RemediateResponse | undefined;
        try {
            res = await this.callEncoded("Remediate", METHODS.remediate, request, decodeUnlessEmpty(analyzerPb.RemediateResponse));
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return { remediations: [], notApplicable: [] };
            throw e;
        }
        if (!res) return { remediations: [], notApplicable: [] };
        return {
            remediations: res.getRemediationsList().map((r): Remediation => {
                const out: Remediation = {
                    policyName: r.getPolicyname(),
                    policyPackName: r.getPolicypackname(),
                    policyPackVersion: this.manifest.version ?? r.getPolicypackversion(),
                    description: r.getDescription(),
                };
                if (r.hasProperties()) out.properties = fromStruct(r.getProperties());
                if (r.getDiagnostic() !== "") out.diagnostic = r.getDiagnostic();
                return out;
            }),
            notApplicable: this.notApplicable(res.getNotApplicableList()),
        };
    }

    /** Runs the pack's resource policies on a resource (`Analyze`), with `props` (default: its inputs). */
    async analyze(rec: ResourceRecord, props: WireProps = rec.inputs): Promise<AnalyzeResult> {
        return this.analyzeEncoded(messageEncoder.analyzeRequest(rec, props, true).bytes);
    }

    /** {@link analyze} with the request already encoded (by a `RequestEncoder`, engine/marshal.ts). */
    async analyzeEncoded(request: Uint8Array): Promise<AnalyzeResult> {
        const res = await this.callEncoded("Analyze", METHODS.analyze, request, decodeUnlessEmpty(analyzerPb.AnalyzeResponse));
        return res ? this.analyzeResult(res) : { diagnostics: [], notApplicable: [] };
    }

    /**
     * Runs the pack's stack policies on all resources (`AnalyzeStack`), each with `propsOf(record)`
     * (default: {@link defaultStackProps}). A pack that does not implement it answers with nothing.
     */
    async analyzeStack(records: readonly ResourceRecord[], propsOf: (rec: ResourceRecord, index: number) => WireProps = defaultStackProps): Promise<AnalyzeResult> {
        return this.analyzeStackEncoded(messageEncoder.analyzeStackRequest(records.map((r, i) => messageEncoder.stackResource(r, propsOf(r, i)))));
    }

    /** {@link analyzeStack} with the request already encoded (by a `RequestEncoder`, engine/marshal.ts). */
    async analyzeStackEncoded(request: Uint8Array): Promise<AnalyzeResult> {
        try {
            const res = await this.callEncoded("AnalyzeStack", METHODS.analyzeStack, request, decodeUnlessEmpty(analyzerPb.AnalyzeResponse));
            return res ? this.analyzeResult(res) : { diagnostics: [], notApplicable: [] };
        } catch (e) {
            if (e instanceof AnalyzerCallError && e.code === grpc.status.UNIMPLEMENTED) return { diagnostics: [], notApplicable: [] };
            throw e;
        }
    }

    private analyzeResult(res: analyzerPb.AnalyzeResponse): AnalyzeResult {
        return {
            diagnostics: res.getDiagnosticsList().map((d): AnalyzeDiagnostic => {
                const out: AnalyzeDiagnostic = {
                    policyName: d.getPolicyname(),
                    policyPackName: d.getPolicypackname(),
                    policyPackVersion: this.manifest.version ?? d.getPolicypackversion(),
                    description: d.getDescription(),
                    message: d.getMessage(),
                    enforcementLevel: levelFromProto(d.getEnforcementlevel()),
                    urn: d.getUrn(),
                };
                const severity = severityFromProto(d.getSeverity());
                if (severity) out.severity = severity;
                return out;
            }),
            notApplicable: this.notApplicable(res.getNotApplicableList()),
        };
    }

    private notApplicable(list: analyzerPb.PolicyNotApplicable[]): NotApplicable[] {
        return list.map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() }));
    }

    /** Closes the client and stops the pack (SIGTERM, then SIGKILL); resolves once it has exited. */
    close(): Promise<void> {
        if (!this.closing) {
            this.closing = (async () => {
                this.client.close();
                if (!this.exitStatus) {
                    this.child.ref(); // wait for the exit even though the child was unref'd
                    this.child.kill("SIGTERM");
                    const timer = setTimeout(() => {
                        if (!this.exitStatus) this.child.kill("SIGKILL");
                    }, KILL_GRACE_MS);
                    await this.exited;
                    clearTimeout(timer);
                }
            })();
        }
        return this.closing;
    }
}
