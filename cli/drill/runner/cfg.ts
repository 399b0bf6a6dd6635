/**
 * Tencent Cloud's Chaotic Fault Generator (CFG, `cfg`, API 2021-08-20) as a zone drill uses it, through
 * the Node.js SDK (the endpoint override as for TencentDB): an experiment created from one fault action
 * on the instances (`CreateTaskFromAction`), run (`ExecuteTask`), read (`DescribeTask`) until its fault
 * action has ended, and closed with its verdict (`ModifyTaskRunStatus` to 1004, which recovers the fault).
 */
import { Client as CfgClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/cfg/v20210820/cfg_client";
import { apiProfile } from "@zonesafe/node-guard/clb";
import { CFG_TASK_FINISHED } from "@zonesafe/drills/cloud";
import { endpointAddress, type Credentials } from "./cloud";

/** `TaskGroupActionStatus`: the action has ended. */
const ACTION_ENDED = 2004;
/** `TaskGroupActionStatusType`: 1 success, 2 failed, 3 stopped. */
const ACTION_SUCCEEDED = 1;
/** `TaskStatus`: paused (CFG pauses after the fault action) and finished. */
const TASK_PAUSED = 1003;

/** Where a CFG experiment's fault stands. */
export interface CfgTaskState {
    /** `done`: the fault actions ended successfully; `failed`: one failed or was stopped; `running` otherwise. */
    state: "running" | "done" | "failed";
    detail: string;
}

/** CFG, as the drill uses it. */
export class CfgDrillClient {
    private readonly cfg: CfgClient;

    constructor(endpoint: string | undefined, region: string, credentials: Credentials) {
        this.cfg = new CfgClient({ credential: { ...credentials }, region, profile: apiProfile(endpoint === undefined ? undefined : endpointAddress(endpoint).url, "cfg") });
    }

    /** Creates an experiment from the plan's request body (placeholders resolved); its task id. */
    async create(body: Record<string, unknown>): Promise<number> {
        const res = await this.cfg.CreateTaskFromAction(body as never);
        if (typeof res.TaskId !== "number") throw new Error("CreateTaskFromAction returned no TaskId");
        return res.TaskId;
    }

    /** Runs it. */
    async execute(taskId: number): Promise<void> {
        await this.cfg.ExecuteTask({ TaskId: taskId });
    }

    /** Where its fault actions stand. */
    async state(taskId: number): Promise<CfgTaskState> {
        const res = await this.cfg.DescribeTask({ TaskId: taskId });
        const task = res.Task;
        if (task === undefined) return { state: "running", detail: "DescribeTask returned no task" };
        const actions = (task.TaskGroups ?? []).flatMap((g) => g.TaskGroupActions ?? []).filter((a) => a.ActionAttribute === undefined || a.ActionAttribute === 1);
        const failed = actions.find((a) => a.TaskGroupActionStatus === ACTION_ENDED && a.TaskGroupActionStatusType !== ACTION_SUCCEEDED);
        if (failed) return { state: "failed", detail: `the action ${failed.ActionTitle ?? failed.ActionId} ended with status type ${failed.TaskGroupActionStatusType}` };
        const ended = actions.length > 0 && actions.every((a) => a.TaskGroupActionStatus === ACTION_ENDED);
        if (ended || (actions.length === 0 && task.TaskStatus === TASK_PAUSED)) return { state: "done", detail: `task ${taskId}: the fault action ended (task status ${task.TaskStatus})` };
        return { state: "running", detail: `task ${taskId}: status ${task.TaskStatus}` };
    }

    /** Ends the experiment (which recovers its fault) with whether the hypotheses held. */
    async finish(taskId: number, held: boolean, summary: string): Promise<void> {
        await this.cfg.ModifyTaskRunStatus({ TaskId: taskId, Status: CFG_TASK_FINISHED, IsExpect: held, Summary: summary });
    }
}
