/**
 * The drill plan, version 1: the experiments that verify a stack's AZ-failure estimates, planned from
 * its own topology. A plan is data: `zonesafe drill plan` prints it (JSON, YAML or a Markdown runbook)
 * and `zonesafe drill run` executes one of its experiments, measures each hypothesis and writes the
 * measured value beside the expected one. The JSON Schema of this document is
 * `cli/schemas/drill-plan.v1.schema.json` (`urn:zonesafe:schema:drill-plan:v1`); version 1 only gains
 * optional members, a breaking change gets a new `schema` value and a new schema identifier.
 *
 * Values a plan cannot know before the run (a cloud instance id the program has not created yet, a
 * CFG action id, the time a backup was recorded) are {@link Placeholder} strings, `{{resolve:<what>}}`,
 * each listed in the experiment's `placeholders` with how the runner resolves it.
 */

import type { SimulatedTier } from "@zonesafe/model";

/** The `schema` value of a version-1 plan. */
export const DRILL_PLAN_SCHEMA = "zonesafe.drill-plan/v1";
/** The plan format's major version. */
export const DRILL_PLAN_VERSION = 1;

/** The kinds of experiment: the loss of one zone, and the two data drills of one MySQL instance. */
export const EXPERIMENT_KINDS = Object.freeze(["az-loss", "db-isolation", "db-restore"] as const);
/** The kind of an experiment. */
export type ExperimentKind = (typeof EXPERIMENT_KINDS)[number];

/** The resource kinds a drill acts on (the topology's kinds). */
export const DRILL_RESOURCE_KINDS = Object.freeze(["clb", "tke", "workload", "mysql", "redis", "mongodb", "ckafka"] as const);
/** A resource kind a drill acts on. */
export type DrillResourceKind = (typeof DRILL_RESOURCE_KINDS)[number];

/**
 * What a step does:
 * - `pod-kill`, `network-partition`: Chaos Mesh faults on the pods scheduled on the zone's TKE nodes;
 * - `clb-zone-switch`, `redis-zone-failover`, `mongodb-zone-failover`, `ckafka-zone-failover`: the
 *   cloud's own fault action through the Chaotic Fault Generator (CFG);
 * - `mysql-switch`: TencentDB's primary/replica switch (`SwitchDBInstanceMasterSlave`);
 * - `nodes-cordon`: the runner cordons the zone's nodes, so that killed pods are replaced in other zones;
 * - `heartbeat-start`, `heartbeat-stop`: the runner's monotonic heartbeat writer (the RPO probe);
 * - `record-time`: the runner records the time the restore goes back to;
 * - `mysql-isolate`, `mysql-reconnect`: swap the instance's security groups (`ModifyDBInstanceSecurityGroups`)
 *   to an isolating group and back;
 * - `mysql-clone`: a new instance from the backup and binlog up to the recorded time (`CreateCloneInstance`);
 * - `delete-data`: the runner deletes the drill's own rows (never business data it did not write);
 * - `mysql-rollback`: roll the database back into a new database (`StartBatchRollback`);
 * - `checksum-compare`: `CHECKSUM TABLE` on the source and the restored copy;
 * - `observe`: wait and watch the hypotheses (a Chaos Mesh `Suspend`).
 */
export const STEP_ACTIONS = Object.freeze([
    "pod-kill",
    "network-partition",
    "clb-zone-switch",
    "redis-zone-failover",
    "mongodb-zone-failover",
    "ckafka-zone-failover",
    "mysql-switch",
    "nodes-cordon",
    "heartbeat-start",
    "heartbeat-stop",
    "record-time",
    "mysql-isolate",
    "mysql-reconnect",
    "mysql-clone",
    "delete-data",
    "mysql-rollback",
    "checksum-compare",
    "observe",
] as const);
/** What a step does. */
export type StepAction = (typeof STEP_ACTIONS)[number];

/** Who carries a step out: Chaos Mesh in the cluster, a Tencent Cloud API, or the runner itself. */
export const STEP_EXECUTORS = Object.freeze(["chaos-mesh", "cfg", "tencentdb", "runner"] as const);
/** Who carries a step out. */
export type StepExecutor = (typeof STEP_EXECUTORS)[number];

/** The metrics a hypothesis is measured by. */
export const HYPOTHESIS_METRICS = Object.freeze([
    "rto-seconds",
    "rpo-seconds",
    "checksum-equal",
    "clb-switch-seconds",
    "pod-migration-seconds",
    "mysql-failover-seconds",
    "redis-failover-seconds",
    "mongodb-election-seconds",
    "ckafka-failover-seconds",
] as const);
/** What a hypothesis measures. */
export type HypothesisMetric = (typeof HYPOTHESIS_METRICS)[number];

/** How the measured value is compared with the expected one (`measured <comparator> expected`). */
export const COMPARATORS = Object.freeze(["<=", "<", "==", ">="] as const);
/** A comparator. */
export type Comparator = (typeof COMPARATORS)[number];

/** A value resolved at run time: `{{resolve:<what>}}`, e.g. `{{resolve:mysql.instance-id:orders-db}}`. */
export type Placeholder = `{{resolve:${string}}}`;

/** The pattern of a {@link Placeholder}; group 1 is what it stands for. */
export const PLACEHOLDER_PATTERN = /^\{\{resolve:([^{}]+)\}\}$/;

/** The placeholder for `what` (`mysql.instance-id:orders-db`). */
export function placeholder(what: string): Placeholder {
    return `{{resolve:${what}}}`;
}

/** Whether a value is a {@link Placeholder}. */
export function isPlaceholder(value: unknown): value is Placeholder {
    return typeof value === "string" && PLACEHOLDER_PATTERN.test(value);
}

/** A placeholder an experiment uses, and how the runner resolves it. */
export interface PlaceholderSpec {
    /** The placeholder string as it appears in requests and parameters. */
    readonly token: Placeholder;
    /** What it stands for, in words. */
    readonly what: string;
    /** How the runner finds the value (the API call, or the moment it records it). */
    readonly resolvedBy: string;
    /** The resource it belongs to, when it is one's id. */
    readonly urn?: string;
}

/** A resource a step acts on. */
export interface DrillTarget {
    readonly kind: DrillResourceKind;
    /** The resource's Pulumi URN. */
    readonly urn: string;
    /** Its logical name. */
    readonly name: string;
    /** Its cloud id (`cdb-…`, `lb-…`, `cls-…`) when the state knows it, else a placeholder. */
    readonly id: string;
    /** The zones it occupies. */
    readonly zones: readonly string[];
}

/** A Tencent Cloud API request a step sends (TencentCloud API 3.0: service, version, action, region, body). */
export interface CloudRequest {
    /** The service's endpoint prefix: `cfg` or `cdb`. */
    readonly service: "cfg" | "cdb";
    /** The API version (`2021-08-20` for CFG, `2017-03-20` for TencentDB for MySQL). */
    readonly version: string;
    /** The API action, e.g. `CreateTaskFromAction`, `ModifyDBInstanceSecurityGroups`. */
    readonly action: string;
    /** The region the request is sent to. */
    readonly region: string;
    /** The request body as the API takes it; values not known offline are placeholders. */
    readonly body: Readonly<Record<string, unknown>>;
}

/** A Kubernetes object (a Chaos Mesh custom resource). */
export interface KubernetesObject {
    readonly apiVersion: string;
    readonly kind: string;
    readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Readonly<Record<string, string>>; readonly annotations?: Readonly<Record<string, string>> };
    readonly spec: Readonly<Record<string, unknown>>;
}

/** One step of an experiment, in order. */
export interface DrillStep {
    /** Unique within the experiment, e.g. `compute-pod-kill`. */
    readonly id: string;
    /** The architecture tier the step acts on. */
    readonly tier: SimulatedTier;
    readonly action: StepAction;
    readonly executor: StepExecutor;
    /** What the step does, in one sentence a person can follow. */
    readonly title: string;
    /** The resources it acts on (none for the runner's own steps). */
    readonly targets: readonly DrillTarget[];
    /** The fault's parameters (duration, mode, label selector, security groups, …). */
    readonly parameters: Readonly<Record<string, string | number | boolean | readonly string[]>>;
    /** The API requests the step sends, in order (cfg and tencentdb steps). */
    readonly requests: readonly CloudRequest[];
    /** The Chaos Mesh object the step applies on its own (chaos-mesh steps). */
    readonly manifest?: KubernetesObject;
    /** How to undo the step when the experiment is aborted. */
    readonly rollback: string;
}

/** Where an expected value comes from. */
export interface HypothesisSource {
    /** The estimate's name in the AZ-failure model (e.g. `CLB_ZONE_SWITCH_SECONDS`), or `target`. */
    readonly estimate: string;
    /** The simulation's own figure for this zone and tier, seconds, when it computed one. */
    readonly simulated: number | null;
    /** Why this is the expected value, in words. */
    readonly detail: string;
}

/** A steady-state hypothesis: a measured value compared with an expected one. */
export interface Hypothesis {
    /** Unique within the experiment, e.g. `clb-switch-seconds:web-clb`. */
    readonly id: string;
    readonly metric: HypothesisMetric;
    readonly comparator: Comparator;
    /** Seconds for the time metrics, `true` for `checksum-equal`. */
    readonly expected: number | boolean;
    readonly unit: "seconds" | "boolean";
    readonly source: HypothesisSource;
    /** The resource it is measured on, when it is one's. */
    readonly urn?: string;
    /** The statement, e.g. "CLB web-clb serves from the remaining zones within 30 s". */
    readonly statement: string;
}

/** One experiment. */
export interface DrillExperiment {
    /** `az-loss-<zone>`, `db-isolation-<mysql>` or `db-restore-<mysql>`. */
    readonly id: string;
    readonly kind: ExperimentKind;
    readonly title: string;
    /** The zone lost (az-loss) or the MySQL instance's primary zone (data drills; `null` when not known). */
    readonly zone: string | null;
    /** Its numeric id (the label TKE puts on nodes); `null` when the region's code is unknown. */
    readonly zoneId: number | null;
    /** The MySQL instance of a data drill. */
    readonly instance?: DrillTarget;
    /** What must hold before the experiment starts. */
    readonly preconditions: readonly string[];
    readonly steps: readonly DrillStep[];
    readonly hypotheses: readonly Hypothesis[];
    /** How long the fault is held, seconds. */
    readonly durationSeconds: number;
    /** What a person undoes, in order, when the experiment is aborted. */
    readonly rollback: readonly string[];
    /** The values resolved at run time. */
    readonly placeholders: readonly PlaceholderSpec[];
    /** The Chaos Mesh objects of the whole experiment (az-loss with TKE: a Workflow). */
    readonly chaosMesh: readonly KubernetesObject[];
}

/** The whole plan. */
export interface DrillPlan {
    readonly schema: typeof DRILL_PLAN_SCHEMA;
    readonly planVersion: typeof DRILL_PLAN_VERSION;
    readonly stack: { readonly project: string; readonly stack: string; readonly source: "program" | "state" };
    /** ISO 8601 time the plan was made. */
    readonly generatedAt: string;
    /** The stack's region, when its zones name one. */
    readonly region: string | null;
    /** The targets the hypotheses hold the stack to. */
    readonly targets: { readonly rtoSeconds: number; readonly rpoSecondsData: number };
    /** The HTTP endpoint the status checks probe; a placeholder when none was given. */
    readonly checkUrl: string;
    readonly experiments: readonly DrillExperiment[];
    /** Why a zone or instance got no experiment, or a step was left out. */
    readonly notes: readonly string[];
}

/** The experiment id of a zone loss. */
export const azLossId = (zone: string): string => `az-loss-${zone}`;
/** The experiment id of a MySQL isolation drill. */
export const dbIsolationId = (mysql: string): string => `db-isolation-${mysql}`;
/** The experiment id of a MySQL restore drill. */
export const dbRestoreId = (mysql: string): string => `db-restore-${mysql}`;

/** The experiment of `id`, or `undefined`. */
export function findExperiment(plan: DrillPlan, id: string): DrillExperiment | undefined {
    return plan.experiments.find((e) => e.id === id);
}
