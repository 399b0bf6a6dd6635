/**
 * Imports an existing deployment as a {@link StackRecord}, so that a live estate is assessed with the
 * same records a preview produces. Three documents are read:
 *
 * - `pulumi stack export` (`{version, deployment: {manifest, resources}}`, apitype `UntypedDeployment`
 *   holding a `DeploymentV3`; versions 1 to 3 are accepted);
 * - a local backend checkpoint (`{version, checkpoint: {stack, latest: {manifest, resources}}}`);
 * - `pulumi preview --json` (`{steps: [{op, urn, newState}], config, changeSummary}`, display
 *   `PreviewDigest`): the resources the preview would leave, from each step's `newState`.
 *
 * Secrets: an export holds them encrypted (`ciphertext`), which cannot be decrypted offline, so they
 * become a secret holding {@link REDACTED_SECRET}; `plaintext` secrets (from `--show-secrets`) keep their
 * value. `preview --json` blinds secrets to the string `"[secret]"`, which is read back as a secret.
 * Resources marked `delete` (replaced, awaiting deletion) are left out.
 */
import * as path from "path";
import { toAnalyzerWire } from "@zonesafe/engine/record";
import { ResourceRecord, ROOT_STACK_TYPE, SECRET_SIG, SIG_KEY, StackRecord, WireProps, WireValue } from "@zonesafe/engine/types";
import { CliError } from "./errors";
import { jsonDepth, readTextFile } from "./files";
import { REDACTED_SECRET } from "./project";
import { KNOWN_SECRETS } from "./redact";
import { CONTROL_CHARACTERS } from "./sanitize";

/** Which kind of document a state file was. */
export type StateKind = "stack-export" | "checkpoint" | "preview-json";

/** An imported state: the records, and what the reader noticed. */
export interface ImportedState {
    kind: StateKind;
    stack: StackRecord;
    /** The absolute path of the file read. */
    file: string;
    /** Notes for the user (left-out resources, missing unchanged resources, redacted secrets). */
    notes: string[];
}

/** The newest deployment schema version this reader understands (apitype `DeploymentSchemaVersionCurrent`). */
export const MAX_DEPLOYMENT_VERSION = 3;

/** Step operations after which the resource no longer exists (display `StepOp` values). */
const GONE_OPS = new Set(["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace", "read-discard"]);

/** The `[secret]` string `pulumi preview --json` writes in place of a secret. */
const BLINDED_SECRET = "[secret]";

function isObject(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Line and column (both 1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
    const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
    const lines = before.split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * The deepest nesting a state document may have. Real deployments stay far below it (a Kubernetes
 * manifest nests a few dozen levels); a deeper document is refused before any recursion meets it.
 */
export const MAX_JSON_DEPTH = 1000;

/** A character of a JSON syntax error, printable: control and non-ASCII characters as `U+XXXX`. */
function printable(ch: string): string {
    return /^[\x21-\x7e]$/.test(ch) ? `'${ch}'` : `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Parses JSON text; a syntax error becomes a one-line {@link CliError} naming the file and the position.
 * The message never quotes the file's content (it may hold secrets or binary bytes), and a document
 * nested deeper than {@link MAX_JSON_DEPTH} is refused with that limit.
 */
export function parseJsonFile(file: string, text: string, fix: string): unknown {
    if (text.trim() === "") throw new CliError(`${file} is empty`, fix);
    const depth = jsonDepth(text);
    if (depth > MAX_JSON_DEPTH) {
        throw new CliError(`${file} nests arrays and objects ${depth} levels deep; zonesafe reads at most ${MAX_JSON_DEPTH}`, fix);
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        if (e instanceof RangeError) {
            throw new CliError(`${file} nests arrays and objects too deeply to read`, fix);
        }
        const msg = (e as Error).message;
        const m = /at position (\d+)/.exec(msg);
        if (/Unexpected end of JSON input/.test(msg) || (m && Number(m[1]) >= text.trimEnd().length)) {
            const at = lineColumn(text, text.trimEnd().length);
            throw new CliError(`${file} is truncated: the JSON ends early at line ${at.line}, column ${at.column}`, fix);
        }
        const at = m ? lineColumn(text, Number(m[1])) : undefined;
        const reason = msg
            .replace(/\s*in JSON at position \d+.*$/s, "")
            .replace(/\s*\(line \d+ column \d+\)$/, "")
            .replace(/,\s*".*?is not valid JSON\s*$/s, "")
            .replace(/^Unexpected token '(.)'/su, (_m, ch: string) => `Unexpected token ${printable(ch)}`)
            .replace(CONTROL_CHARACTERS, (ch) => printable(ch));
        throw new CliError(`${file} is not valid JSON${at ? ` at line ${at.line}, column ${at.column}` : ""}: ${reason}`, fix);
    }
}

/** Splits a URN (`urn:pulumi:<stack>::<project>::<qualified type>::<name>`); `undefined` when it is not one. */
export function parseUrn(urn: string): { stack: string; project: string; qualifiedType: string; type: string; name: string } | undefined {
    if (!urn.startsWith("urn:pulumi:")) return undefined;
    const parts = urn.slice("urn:pulumi:".length).split("::");
    if (parts.length < 4) return undefined;
    const [stack, project, qualifiedType, ...rest] = parts;
    const types = qualifiedType.split("$");
    return { stack, project, qualifiedType, type: types[types.length - 1], name: rest.join("::") };
}

/** Converts a property value from state form to the wire form an analyzer sees. */
export function stateToWire(v: unknown, blindedSecrets: boolean): WireValue {
    return toAnalyzerWire(unsealSecrets(v, blindedSecrets));
}

/**
 * Rewrites the secrets of a state value to wire-form secrets (redacted when encrypted). A part that
 * holds no secret is returned as it is, not copied: {@link stateToWire} copies the whole value next.
 */
function unsealSecrets(v: unknown, blindedSecrets: boolean): WireValue {
    if (v === undefined || v === null) return null;
    if (typeof v === "string") {
        if (blindedSecrets && v === BLINDED_SECRET) return { [SIG_KEY]: SECRET_SIG, value: REDACTED_SECRET };
        return v;
    }
    if (typeof v !== "object") return v as WireValue;
    if (Array.isArray(v)) {
        let out: WireValue[] | undefined;
        for (let i = 0; i < v.length; i++) {
            const x = unsealSecrets(v[i], blindedSecrets);
            if (out === undefined && x !== v[i]) out = (v as WireValue[]).slice(0, i);
            out?.push(x);
        }
        return out ?? (v as WireValue[]);
    }
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) {
        if ("value" in o) return { [SIG_KEY]: SECRET_SIG, value: unsealSecrets(o.value, blindedSecrets) };
        if (typeof o.plaintext === "string") {
            let inner: unknown;
            try {
                inner = JSON.parse(o.plaintext);
            } catch {
                inner = o.plaintext;
            }
            return { [SIG_KEY]: SECRET_SIG, value: unsealSecrets(inner, blindedSecrets) };
        }
        return { [SIG_KEY]: SECRET_SIG, value: REDACTED_SECRET };
    }
    // An object with an own `__proto__` key is always copied, as the copy's assignment drops the key.
    let out: Record<string, WireValue> | undefined = Object.hasOwn(o, "__proto__") ? {} : undefined;
    const keys = Object.keys(o);
    for (let i = 0; i < keys.length; i++) {
        const x = o[keys[i]];
        const w = unsealSecrets(x, blindedSecrets);
        if (out === undefined && w !== x) {
            out = {};
            for (let j = 0; j < i; j++) out[keys[j]] = o[keys[j]] as WireValue;
        }
        if (out !== undefined) out[keys[i]] = w;
    }
    return out ?? (o as Record<string, WireValue>);
}

function wireProps(v: unknown, blindedSecrets: boolean): WireProps {
    if (!isObject(v)) return {};
    const w = stateToWire(v, blindedSecrets);
    return isObject(w) ? (w as WireProps) : {};
}

function strings(v: unknown): string[] {
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Whether a wire value holds a secret whose value was redacted. */
function hasRedactedSecret(v: WireValue): boolean {
    if (v === null || typeof v !== "object") return false;
    if (Array.isArray(v)) return v.some(hasRedactedSecret);
    if (v[SIG_KEY] === SECRET_SIG && v.value === REDACTED_SECRET) return true;
    return Object.values(v).some(hasRedactedSecret);
}

/** Builds a record from one `ResourceV3`-shaped object; `where` names it in errors. */
function recordOf(r: Record<string, unknown>, where: string, file: string, blindedSecrets: boolean): ResourceRecord {
    const urn = r.urn;
    const parsed = typeof urn === "string" ? parseUrn(urn) : undefined;
    if (!parsed) {
        throw new CliError(`${file}: ${where} has no valid urn`, "export the stack again with `pulumi stack export --file FILE`");
    }
    const type = typeof r.type === "string" && r.type !== "" ? r.type : parsed.type;
    const custom = r.custom === true;
    const timeouts = isObject(r.customTimeouts) ? r.customTimeouts : undefined;
    const num = (x: unknown) => (typeof x === "number" && x > 0 ? x : undefined);
    return {
        urn: urn as string,
        type,
        name: parsed.name,
        parent: typeof r.parent === "string" ? r.parent : "",
        custom,
        providerRef: typeof r.provider === "string" ? r.provider : "",
        inputs: wireProps(r.inputs, blindedSecrets),
        outputs: custom ? wireProps(r.outputs, blindedSecrets) : undefined,
        id: custom && typeof r.id === "string" && r.id !== "" ? r.id : undefined,
        dependencies: strings(r.dependencies),
        propertyDependencies: isObject(r.propertyDependencies)
            ? Object.fromEntries(Object.entries(r.propertyDependencies).map(([k, v]) => [k, strings(v)]))
            : {},
        options: {
            protect: r.protect === true,
            ignoreChanges: strings(r.ignoreChanges),
            additionalSecretOutputs: strings(r.additionalSecretOutputs),
            aliases: strings(r.aliases),
            customTimeouts: timeouts ? { create: num(timeouts.create), update: num(timeouts.update), delete: num(timeouts.delete) } : undefined,
        },
    };
}

/** Fills each record's `provider` from the provider resource its reference (`urn::id`) names. */
function attachProviders(records: ResourceRecord[]): void {
    const byUrn = new Map(records.map((r) => [r.urn, r]));
    for (const r of records) {
        if (!r.providerRef) continue;
        const p = byUrn.get(r.providerRef.slice(0, r.providerRef.lastIndexOf("::")));
        if (p) r.provider = { type: p.type, name: p.name, urn: p.urn, properties: p.inputs };
    }
}

/** The project and stack the URNs name; throws when they disagree. */
function identity(records: ResourceRecord[], file: string): { project: string; stack: string } {
    const root = records.find((r) => r.type === ROOT_STACK_TYPE) ?? records[0];
    const id = parseUrn(root.urn) as { project: string; stack: string };
    const other = records.find((r) => {
        const p = parseUrn(r.urn);
        return p && (p.project !== id.project || p.stack !== id.stack);
    });
    if (other) {
        throw new CliError(`${file} mixes stacks: ${root.urn} and ${other.urn}`, "export one stack per file");
    }
    return id;
}

function fromResources(
    raw: unknown[],
    kind: StateKind,
    file: string,
    extra: { config?: Record<string, string>; dryRun: boolean; notes: string[]; blindedSecrets: boolean },
): ImportedState {
    const records: ResourceRecord[] = [];
    const positions = new Map<string, number>();
    let pendingDelete = 0;
    raw.forEach((r, i) => {
        if (!isObject(r)) {
            throw new CliError(`${file}: resource ${i + 1} is not an object`, "export the stack again with `pulumi stack export --file FILE`");
        }
        if (r.delete === true) {
            pendingDelete++;
            return;
        }
        const record = recordOf(r, `resource ${i + 1}`, file, extra.blindedSecrets);
        const first = positions.get(record.urn);
        if (first !== undefined) {
            throw new CliError(
                `${file} holds the resource ${record.urn} twice (resources ${first} and ${i + 1}); the engine refuses duplicate URNs`,
                "export the stack again with `pulumi stack export --file FILE`; a hand-edited state must list each URN once",
            );
        }
        positions.set(record.urn, i + 1);
        records.push(record);
    });
    if (records.length === 0) {
        throw new CliError(`${file} holds no resources`, "export a stack that has been deployed (`pulumi stack export --file FILE`), or run zonesafe preview on its program");
    }
    attachProviders(records);
    const { project, stack } = identity(records, file);
    const notes = [...extra.notes];
    if (pendingDelete > 0) notes.push(`${pendingDelete} resource(s) marked for deletion (replaced) were left out`);
    if (records.some((r) => hasRedactedSecret(r.inputs) || (r.outputs && hasRedactedSecret(r.outputs)))) {
        notes.push(
            extra.blindedSecrets
                ? "secrets, which `pulumi preview --json` blinds, were read as \"[secret]\""
                : "encrypted secrets cannot be decrypted offline and were read as \"[secret]\"",
        );
    }
    return {
        kind,
        file,
        notes,
        stack: { project, stack, dryRun: extra.dryRun, config: extra.config ?? {}, tags: {}, resources: records },
    };
}

/**
 * Reads `pulumi stack export` output, a checkpoint file or `pulumi preview --json` output. The secrets
 * it holds in plain text join the process's known secrets, which no report or error shows.
 */
export function importState(fileArg: string): ImportedState {
    const imported = readState(fileArg);
    KNOWN_SECRETS.addStack(imported.stack);
    return imported;
}

function readState(fileArg: string): ImportedState {
    const file = path.resolve(fileArg);
    const fix = "pass the output of `pulumi stack export --file FILE` or `pulumi preview --json > FILE`";
    const text = readTextFile(file, "the state file", fix);
    const doc = parseJsonFile(file, text, `the file is damaged; ${fix}`);
    if (!isObject(doc)) {
        throw new CliError(`${file} is not a Pulumi deployment: its top level is not an object`, fix);
    }

    if ("deployment" in doc || "checkpoint" in doc) {
        const version = doc.version;
        if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
            throw new CliError(`${file} has no valid deployment version`, fix);
        }
        if (version > MAX_DEPLOYMENT_VERSION) {
            throw new CliError(
                `${file} is a version ${version} deployment; this zonesafe reads versions 1 to ${MAX_DEPLOYMENT_VERSION}`,
                "export it with a Pulumi CLI that writes version 3, or upgrade zonesafe",
            );
        }
        const kind: StateKind = "deployment" in doc ? "stack-export" : "checkpoint";
        const deployment = kind === "stack-export" ? doc.deployment : isObject(doc.checkpoint) ? doc.checkpoint.latest : undefined;
        if (!isObject(deployment)) {
            throw new CliError(`${file} has no deployment (the stack has never been updated)`, fix);
        }
        const resources = deployment.resources ?? [];
        if (!Array.isArray(resources)) throw new CliError(`${file}: deployment.resources is not a list`, fix);
        return fromResources(resources, kind, file, { dryRun: false, notes: [], blindedSecrets: false });
    }

    if ("steps" in doc) {
        if (!Array.isArray(doc.steps)) throw new CliError(`${file}: steps is not a list`, fix);
        const seen = new Set<string>();
        const states: unknown[] = [];
        doc.steps.forEach((s, i) => {
            if (!isObject(s) || typeof s.op !== "string") {
                throw new CliError(`${file}: step ${i + 1} has no op`, fix);
            }
            if (GONE_OPS.has(s.op) || !isObject(s.newState)) return;
            const urn = typeof s.newState.urn === "string" ? s.newState.urn : s.urn;
            if (typeof urn !== "string" || seen.has(urn)) return;
            seen.add(urn);
            states.push({ ...s.newState, urn });
        });
        const notes: string[] = [];
        const summary = isObject(doc.changeSummary) ? doc.changeSummary : {};
        const sames = typeof summary.same === "number" ? summary.same : 0;
        const sameSteps = doc.steps.filter((s) => isObject(s) && s.op === "same").length;
        if (sames > sameSteps) {
            notes.push(`${sames - sameSteps} unchanged resource(s) are not in the preview; run \`pulumi preview --json --show-sames\` to assess them too`);
        }
        const config: Record<string, string> = {};
        if (isObject(doc.config)) for (const [k, v] of Object.entries(doc.config)) config[k] = typeof v === "string" ? v : JSON.stringify(v);
        return fromResources(states, "preview-json", file, { config, dryRun: true, notes, blindedSecrets: true });
    }

    throw new CliError(`${file} is neither a \`pulumi stack export\` (version and deployment) nor a \`pulumi preview --json\` document (steps)`, fix);
}
