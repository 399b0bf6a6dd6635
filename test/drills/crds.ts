// Validates Chaos Mesh objects against the vendored v2.8.3 CRDs (drills/crds/), strictly: unknown
// fields are errors, as `kubectl apply --validate=strict` makes them. Plus what the CRDs leave to Chaos
// Mesh's webhook and controller: a Workflow template's type, the field that type needs, and children
// that name templates of the same Workflow.
import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020";
import type { DrillPlan, KubernetesObject } from "@zonesafe/drills/plan";
import addFormats from "ajv-formats";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { ROOT } from "../model/importGraph";

/** The folder of the vendored CRDs. */
export const CRD_DIR = path.join(ROOT, "drills", "crds");

/** kind → CRD file. */
export const CRD_FILES: Readonly<Record<string, string>> = {
    PodChaos: "chaos-mesh.org_podchaos.yaml",
    NetworkChaos: "chaos-mesh.org_networkchaos.yaml",
    Workflow: "chaos-mesh.org_workflows.yaml",
    Schedule: "chaos-mesh.org_schedules.yaml",
    StatusCheck: "chaos-mesh.org_statuschecks.yaml",
};

/**
 * Chaos Mesh's workflow template types (api/v1alpha1/workflow_types.go, v2.8): the control templates,
 * and each chaos kind, with the template field each needs.
 */
export const TEMPLATE_FIELDS: Readonly<Record<string, string | undefined>> = {
    Task: "task",
    Serial: "children",
    Parallel: "children",
    Suspend: undefined,
    Schedule: "schedule",
    StatusCheck: "statusCheck",
    AWSChaos: "awsChaos",
    AzureChaos: "azureChaos",
    BlockChaos: "blockChaos",
    DNSChaos: "dnsChaos",
    GCPChaos: "gcpChaos",
    HTTPChaos: "httpChaos",
    IOChaos: "ioChaos",
    JVMChaos: "jvmChaos",
    KernelChaos: "kernelChaos",
    NetworkChaos: "networkChaos",
    PhysicalMachineChaos: "physicalmachineChaos",
    PodChaos: "podChaos",
    StressChaos: "stressChaos",
    TimeChaos: "timeChaos",
};

/** A Go duration (`300s`, `1m30s`). */
const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;
/** A DNS-1123 subdomain, as object names must be. */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * An OpenAPI v3 structural schema as JSON Schema: `nullable` becomes a `null` type, a boolean
 * `exclusiveMinimum`/`exclusiveMaximum` a numeric one, and an object
 * schema with `properties` and no `additionalProperties` refuses unknown fields.
 */
export function strictSchema(schema: Json): Json {
    if (Array.isArray(schema)) return schema.map(strictSchema);
    if (schema === null || typeof schema !== "object") return schema;
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(schema)) {
        out[k] = k === "properties" && v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, strictSchema(s)])) : k === "enum" || k === "default" ? v : strictSchema(v);
    }
    // OpenAPI v3.0 (draft-4 style): a boolean exclusive bound qualifies `minimum`/`maximum`.
    for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
        if (typeof out[flag] === "boolean") {
            if (out[flag] === true && typeof out[bound] === "number") {
                out[flag] = out[bound];
                delete out[bound];
            } else {
                delete out[flag];
            }
        }
    }
    if (out.nullable === true) {
        delete out.nullable;
        if (typeof out.type === "string") out.type = [out.type, "null"];
    }
    if (out.properties !== undefined && out.additionalProperties === undefined && out["x-kubernetes-preserve-unknown-fields"] !== true) {
        out.additionalProperties = false;
    }
    return out;
}

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function validatorFor(kind: string): ValidateFunction {
    let v = validators.get(kind);
    if (v) return v;
    if (!ajv) {
        ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
        addFormats(ajv, ["date-time"]);
        ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
        ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
        ajv.addFormat("byte", /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
        for (const k of ["x-kubernetes-int-or-string", "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-preserve-unknown-fields"]) ajv.addKeyword(k);
    }
    const file = CRD_FILES[kind];
    if (!file) throw new Error(`no CRD vendored for kind ${kind}`);
    const crd = parse(fs.readFileSync(path.join(CRD_DIR, file), "utf8")) as {
        spec: { group: string; names: { kind: string }; versions: Array<{ name: string; schema: { openAPIV3Schema: Json } }> };
    };
    if (crd.spec.names.kind !== kind || crd.spec.group !== "chaos-mesh.org") throw new Error(`${file} is not the CRD of ${kind}`);
    const version = crd.spec.versions.find((x) => x.name === "v1alpha1");
    if (!version) throw new Error(`${file} has no v1alpha1`);
    v = ajv.compile(strictSchema(version.schema.openAPIV3Schema) as object);
    validators.set(kind, v);
    return v;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
    return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}

/** The Workflow spec's problems the CRD cannot see. */
export function workflowProblems(spec: { entry?: unknown; templates?: unknown }, where: string): string[] {
    const problems: string[] = [];
    const templates = Array.isArray(spec.templates) ? (spec.templates as Array<Record<string, unknown>>) : [];
    const names = new Set<string>();
    for (const t of templates) {
        const name = String(t.name);
        if (names.has(name)) problems.push(`${where}: template ${name} is defined twice`);
        names.add(name);
        if (!DNS_SUBDOMAIN.test(name) || name.length > 63) problems.push(`${where}: template name ${name} is not a DNS label`);
        const type = String(t.templateType);
        if (!(type in TEMPLATE_FIELDS)) {
            problems.push(`${where}: template ${name} has an unknown templateType ${type}`);
            continue;
        }
        const field = TEMPLATE_FIELDS[type];
        if (field !== undefined && t[field] === undefined) problems.push(`${where}: template ${name} (${type}) has no ${field}`);
        for (const [other, otherField] of Object.entries(TEMPLATE_FIELDS)) {
            if (otherField !== undefined && otherField !== field && otherField !== "children" && t[otherField] !== undefined) problems.push(`${where}: template ${name} (${type}) carries ${otherField} of ${other}`);
        }
        if ((type === "Suspend" || type === "StatusCheck") && t.deadline === undefined) problems.push(`${where}: template ${name} (${type}) has no deadline`);
        if (t.deadline !== undefined && !GO_DURATION.test(String(t.deadline))) problems.push(`${where}: template ${name} deadline ${String(t.deadline)} is not a Go duration`);
        if ((type === "Serial" || type === "Parallel") && (!Array.isArray(t.children) || t.children.length === 0)) problems.push(`${where}: template ${name} (${type}) has no children`);
    }
    for (const t of templates) {
        for (const child of Array.isArray(t.children) ? t.children : []) {
            if (!names.has(String(child))) problems.push(`${where}: template ${String(t.name)} names the undefined child ${String(child)}`);
        }
    }
    if (!names.has(String(spec.entry))) problems.push(`${where}: entry ${String(spec.entry)} names no template`);
    return problems;
}

/** Every problem of a Chaos Mesh object: the CRD's schema (strict) and the Workflow checks. Empty when valid. */
export function chaosMeshProblems(object: unknown): string[] {
    const o = object as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown }; spec?: Record<string, unknown> };
    if (o === null || typeof o !== "object") return ["not an object"];
    if (o.apiVersion !== "chaos-mesh.org/v1alpha1") return [`apiVersion ${String(o.apiVersion)} is not chaos-mesh.org/v1alpha1`];
    const kind = String(o.kind);
    if (!(kind in CRD_FILES)) return [`kind ${kind} has no vendored CRD`];
    const where = `${kind} ${String(o.metadata?.name)}`;
    const problems: string[] = [];
    const name = o.metadata?.name;
    if (typeof name !== "string" || !DNS_SUBDOMAIN.test(name) || name.length > 253) problems.push(`${where}: metadata.name is not a DNS subdomain`);
    if (o.metadata?.namespace !== undefined && !(typeof o.metadata.namespace === "string" && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(o.metadata.namespace))) problems.push(`${where}: metadata.namespace is not a DNS label`);
    const validate = validatorFor(kind);
    if (!validate(object)) problems.push(...formatErrors(validate.errors).map((e) => `${where}: ${e}`));
    if (kind === "Workflow" && o.spec) problems.push(...workflowProblems(o.spec, where));
    if (kind === "Schedule" && o.spec?.type === "Workflow") {
        const wf = o.spec.workflow as { entry?: unknown; templates?: unknown } | undefined;
        if (!wf) problems.push(`${where}: a Workflow schedule has no workflow`);
        else problems.push(...workflowProblems(wf, where));
    }
    for (const key of ["duration"]) {
        const d = o.spec?.[key];
        if (d !== undefined && !GO_DURATION.test(String(d))) problems.push(`${where}: spec.${key} ${String(d)} is not a Go duration`);
    }
    return problems;
}

let planValidator: ReturnType<Ajv2020["compile"]> | undefined;
/** The plan's schema errors, "" when it validates. */
export function planSchemaErrors(plan: unknown): string {
    if (!planValidator) {
        const ajv = new Ajv2020({ allErrors: true, strict: true });
        addFormats(ajv);
        planValidator = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, "cli", "schemas", "drill-plan.v1.schema.json"), "utf8")));
    }
    return planValidator(plan) ? "" : (planValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`).join("\n");
}

/** Every Chaos Mesh object a plan holds: each experiment's Workflow and each step's own object. */
export function chaosObjectsOf(plan: DrillPlan): KubernetesObject[] {
    return plan.experiments.flatMap((e) => [...e.chaosMesh, ...e.steps.flatMap((s) => (s.manifest ? [s.manifest] : []))]);
}

