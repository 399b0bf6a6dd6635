/**
 * Request bodies of the Tencent Cloud API calls the drills make (TencentCloud API 3.0), with the values
 * not known offline left as placeholders resolved at run time:
 * - the Chaotic Fault Generator (CFG, `cfg`, 2021-08-20): an experiment from one fault action on the
 *   instances (`CreateTaskFromAction`; the action's id is looked up with `DescribeActionLibraryList`),
 *   run (`ExecuteTask`), watched (`DescribeTask`) and closed with its verdict (`ModifyTaskRunStatus`);
 * - TencentDB for MySQL (`cdb`, 2017-03-20): the primary/replica switch (`SwitchDBInstanceMasterSlave`),
 *   the security-group swap (`ModifyDBInstanceSecurityGroups`), the clone from backup and binlog at a
 *   time (`CreateCloneInstance`) and the rollback into a new database (`StartBatchRollback`).
 */

import { CloudRequest, placeholder } from "./plan";

/** The CFG API version. */
export const CFG_VERSION = "2021-08-20";
/** The TencentDB for MySQL API version. */
export const CDB_VERSION = "2017-03-20";

/** The tag key CFG experiments carry, naming the zonesafe experiment. */
export const EXPERIMENT_TAG_KEY = "zonesafe:experiment";

/** `ModifyTaskRunStatus`'s status of a finished experiment. */
export const CFG_TASK_FINISHED = 1004;

/** The placeholder of a CFG fault action's id, by what the action does (`clb-zone-switch`). */
export const cfgActionPlaceholder = (action: string) => placeholder(`cfg.action-id:${action}`);
/** The placeholder of the CFG experiment created for a step. */
export const cfgTaskPlaceholder = (step: string) => placeholder(`cfg.task-id:${step}`);

/** An experiment from one CFG fault action on `instances`. */
export function cfgCreateTaskFromAction(
    region: string,
    o: { readonly action: string; readonly instances: readonly string[]; readonly title: string; readonly description: string; readonly experiment: string; readonly pauseMinutes: number },
): CloudRequest {
    return {
        service: "cfg",
        version: CFG_VERSION,
        action: "CreateTaskFromAction",
        region,
        body: {
            TaskActionId: cfgActionPlaceholder(o.action),
            TaskInstances: [...o.instances],
            TaskTitle: o.title,
            TaskDescription: o.description,
            TaskPauseDuration: o.pauseMinutes,
            TaskTags: [{ TagKey: EXPERIMENT_TAG_KEY, TagValue: o.experiment }],
        },
    };
}

/** Runs the CFG experiment created for `step`. */
export function cfgExecuteTask(region: string, step: string): CloudRequest {
    return { service: "cfg", version: CFG_VERSION, action: "ExecuteTask", region, body: { TaskId: cfgTaskPlaceholder(step) } };
}

/** Reads the state of the CFG experiment created for `step` (polled until its actions finish). */
export function cfgDescribeTask(region: string, step: string): CloudRequest {
    return { service: "cfg", version: CFG_VERSION, action: "DescribeTask", region, body: { TaskId: cfgTaskPlaceholder(step) } };
}

/** Closes the CFG experiment created for `step` with whether its hypotheses held. */
export function cfgFinishTask(region: string, step: string, experiment: string): CloudRequest {
    return {
        service: "cfg",
        version: CFG_VERSION,
        action: "ModifyTaskRunStatus",
        region,
        body: {
            TaskId: cfgTaskPlaceholder(step),
            Status: CFG_TASK_FINISHED,
            IsExpect: placeholder(`hypotheses-held:${experiment}`),
            Summary: placeholder(`summary:${experiment}`),
        },
    };
}

/** The four calls of one CFG fault step: create, execute, watch, close. */
export function cfgFaultRequests(
    region: string,
    o: { readonly step: string; readonly action: string; readonly instances: readonly string[]; readonly title: string; readonly description: string; readonly experiment: string; readonly pauseMinutes: number },
): CloudRequest[] {
    return [cfgCreateTaskFromAction(region, o), cfgExecuteTask(region, o.step), cfgDescribeTask(region, o.step), cfgFinishTask(region, o.step, o.experiment)];
}

/** Switches a MySQL instance's primary to its first replica (in another zone), outside the maintenance window. */
export function cdbSwitchMasterSlave(region: string, instanceId: string, dstSlave: "first" | "second" = "first"): CloudRequest {
    return { service: "cdb", version: CDB_VERSION, action: "SwitchDBInstanceMasterSlave", region, body: { InstanceId: instanceId, DstSlave: dstSlave, WaitSwitch: false } };
}

/**
 * Replaces a MySQL instance's security groups with `groups` (the API replaces the whole list). An item
 * may be a placeholder that stands for several ids (the groups the instance had before the drill).
 */
export function cdbModifySecurityGroups(region: string, instanceId: string, groups: readonly string[]): CloudRequest {
    return { service: "cdb", version: CDB_VERSION, action: "ModifyDBInstanceSecurityGroups", region, body: { InstanceId: instanceId, SecurityGroupIds: [...groups] } };
}

/** A clone of a MySQL instance from its backup and binlog up to `time` (`yyyy-mm-dd hh:mm:ss`). */
export function cdbCreateClone(region: string, instanceId: string, time: string, name: string): CloudRequest {
    return {
        service: "cdb",
        version: CDB_VERSION,
        action: "CreateCloneInstance",
        region,
        body: { InstanceId: instanceId, SpecifiedRollbackTime: time, InstanceName: name, ResourceTags: [{ TagKey: EXPERIMENT_TAG_KEY, TagValue: [name] }] },
    };
}

/** Rolls database `database` of a MySQL instance back to `time` into the new database `into` (database mode). */
export function cdbRollbackDatabase(region: string, instanceId: string, time: string, database: string, into: string): CloudRequest {
    return {
        service: "cdb",
        version: CDB_VERSION,
        action: "StartBatchRollback",
        region,
        body: { Instances: [{ InstanceId: instanceId, Strategy: "db", RollbackTime: time, Databases: [{ DatabaseName: database, NewDatabaseName: into }] }] },
    };
}
