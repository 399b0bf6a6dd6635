/**
 * Runs an evaluation session (engine/evaluate.ts) on a worker thread, beside a program that runs on
 * the main thread.
 *
 * A program under the embedded engine keeps the main thread busy for long stretches (its top level
 * creates every resource before the first registration completes), and while it does, the main
 * thread's event loop neither sends nor receives gRPC messages: a pack would sit started but
 * unconfigured, and resources would wait for the program to finish. On its own thread the analyzer
 * client talks to the packs as soon as they are up and sends each resource as it registers; the main
 * thread only copies each record across (structured clone). The session, and so the order of calls and
 * every result, is the one the main thread would run: this module only carries messages.
 *
 * The packs are child processes of this process either way; their pids are registered on the main
 * thread too, so that they die with it.
 */
import * as path from "path";
import { isMainThread, parentPort, Worker, workerData } from "worker_threads";
import { trackProcess } from "./supervisor";
import {
    assembleResult,
    checkConcurrencyOption,
    EvaluateOptions,
    EvaluationCore,
    EvaluationProgress,
    EvaluationResult,
    EvaluationSession,
    PackSpec,
    preloadPackConfigs,
    Session,
    StackIdentity,
    startEvaluationSession,
    sameIdentity,
    identityOf,
} from "./evaluate";
import type { ResourceRecord, StackRecord } from "./types";

/** Marks the worker data of an evaluation worker. */
const WORKER_KIND = "zonesafe-evaluation";

/** What the main thread hands the worker. */
interface WorkerInit {
    kind: typeof WORKER_KIND;
    identity: StackIdentity;
    packs: PackSpec[];
    opts: Omit<EvaluateOptions, "onProgress">;
    progress: boolean;
    /** The session's start, in epoch milliseconds. */
    startedAt: number;
}

type ToWorker = { t: "add"; rec: ResourceRecord } | { t: "finish" } | { t: "close" };

type FromWorker =
    | { t: "progress"; p: EvaluationProgress }
    | { t: "spawn"; pid: number }
    | { t: "result"; core: EvaluationCore }
    | { t: "error"; message: string; stack?: string }
    | { t: "closed" };

function epochNow(): number {
    return performance.timeOrigin + performance.now();
}

/**
 * Starts the policy packs and an evaluation session on a worker thread (see the module comment); the
 * session's interface and results are those of `startEvaluation`. Config files are read here first,
 * so that a bad file fails at once.
 */
export function startEvaluationInWorker(identity: StackIdentity, packs: PackSpec[], opts: EvaluateOptions = {}): EvaluationSession {
    checkConcurrencyOption(opts.concurrency);
    preloadPackConfigs(packs);
    const { onProgress, ...rest } = opts;
    const init: WorkerInit = { kind: WORKER_KIND, identity, packs, opts: rest, progress: onProgress !== undefined, startedAt: epochNow() };
    return new WorkerSession(init, onProgress);
}

/** The main thread's handle on a session that runs in a worker. */
class WorkerSession implements EvaluationSession {
    private readonly worker: Worker;
    private readonly added: ResourceRecord[] = [];
    private readonly untrack: Array<() => void> = [];
    private pendingResult: { resolve: (c: EvaluationCore) => void; reject: (e: Error) => void } | undefined;
    private failure: Error | undefined;
    private closing: Promise<void> | undefined;
    private finished = false;
    private readonly exited: Promise<void>;

    constructor(
        private readonly init: WorkerInit,
        private readonly onProgress: ((p: EvaluationProgress) => void) | undefined,
    ) {
        const bootstrap =
            `require(${JSON.stringify(require.resolve("tsx/cjs/api"))}).register();` + `require(${JSON.stringify(path.join(__dirname, "evaluateWorker"))});`;
        this.worker = new Worker(bootstrap, { eval: true, workerData: init });
        this.worker.on("message", (m: FromWorker) => this.onMessage(m));
        this.worker.on("error", (e) => this.fail(e));
        this.exited = new Promise((resolve) => this.worker.once("exit", () => resolve()));
        this.worker.once("exit", (code) => {
            for (const u of this.untrack.splice(0)) u();
            if (!this.closing) this.fail(new Error(`The evaluation worker exited (code ${code}) before the evaluation finished.`));
        });
    }

    private onMessage(m: FromWorker): void {
        switch (m.t) {
            case "progress":
                this.onProgress?.(m.p);
                break;
            case "spawn":
                this.untrack.push(trackProcess(m.pid));
                break;
            case "result":
                this.pendingResult?.resolve(m.core);
                this.pendingResult = undefined;
                break;
            case "error": {
                const e = new Error(m.message);
                if (m.stack) e.stack = m.stack;
                this.fail(e);
                break;
            }
            case "closed":
                break;
        }
    }

    private fail(e: Error): void {
        this.failure ??= e;
        this.pendingResult?.reject(e);
        this.pendingResult = undefined;
    }

    add(rec: ResourceRecord): void {
        if (this.finished) throw new Error("EvaluationSession.add: the session has finished; add resources before finish().");
        this.added.push(rec);
        if (!this.failure) this.post({ t: "add", rec });
    }

    private post(m: ToWorker): void {
        this.worker.postMessage(m);
    }

    async finish(stack: StackRecord): Promise<EvaluationResult> {
        if (this.finished) throw new Error("EvaluationSession.finish: the session has already finished.");
        this.finished = true;
        if (!sameIdentity(identityOf(stack), this.init.identity)) {
            throw new Error(
                `EvaluationSession.finish: the stack ${stack.project}/${stack.stack} is not the one the session was started for ` +
                    `(${this.init.identity.project}/${this.init.identity.stack}, with its config, secret keys and tags).`,
            );
        }
        if (stack.resources.length !== this.added.length || stack.resources.some((r, i) => r !== this.added[i])) {
            throw new Error("EvaluationSession.finish: the stack's resources are not exactly the resources added, in order.");
        }
        if (this.failure) throw this.failure;
        const core = await new Promise<EvaluationCore>((resolve, reject) => {
            this.pendingResult = { resolve, reject };
            this.post({ t: "finish" });
        });
        return assembleResult(stack, core);
    }

    close(): Promise<void> {
        this.closing ??= (async () => {
            this.finished = true;
            this.post({ t: "close" });
            await this.exited;
        })();
        return this.closing;
    }
}

/** The worker's side: one session, driven by the main thread's messages. */
function runWorker(init: WorkerInit): void {
    const port = parentPort;
    if (!port) return;
    const send = (m: FromWorker) => port.postMessage(m);
    const reportError = (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        send({ t: "error", message: err.message, stack: err.stack });
    };
    // The session drops each record once it is evaluated; this thread counts them, the main thread
    // holds them and checks the finished stack against them.
    let added = 0;
    let session: Session;
    try {
        session = startEvaluationSession(
            init.identity,
            init.packs,
            { ...init.opts, onProgress: init.progress ? (p) => send({ t: "progress", p }) : undefined },
            { t0: init.startedAt - performance.timeOrigin, onSpawn: (pid) => send({ t: "spawn", pid }), compact: true },
        );
    } catch (e) {
        reportError(e);
        port.close();
        return;
    }
    port.on("message", (m: ToWorker) => {
        switch (m.t) {
            case "add":
                added++;
                try {
                    session.add(m.rec);
                } catch (e) {
                    reportError(e);
                }
                break;
            case "finish": {
                const stack: StackRecord = { ...init.identity, resources: new Array<ResourceRecord>(added) };
                session.finishCore(stack).then(
                    (core) => send({ t: "result", core }),
                    (e: unknown) => reportError(e),
                );
                break;
            }
            case "close":
                session.close().then(
                    () => {
                        send({ t: "closed" });
                        port.close();
                    },
                    (e: unknown) => {
                        reportError(e);
                        port.close();
                    },
                );
                break;
        }
    });
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.kind === WORKER_KIND) {
    runWorker(workerData as WorkerInit);
}
