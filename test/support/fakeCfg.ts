/**
 * Tencent Cloud's Chaotic Fault Generator (`cfg`, API 2021-08-20) in the local fake of the Tencent Cloud
 * API (tencentcloudApi.ts): the four actions a zone drill calls, their parameters checked as the API
 * documents them (a numeric action id the account has, instance ids rather than placeholders, a known
 * task), answers in the API's shapes. A task's fault action reports running (2003) until `actionEnded`
 * says it has ended (the test decides, e.g. by its manual clock), then ended (2004) with success — or
 * with failure for the tasks the test marks `failing`. `ModifyTaskRunStatus` to 1004 ends a task.
 */
import { CFG_VERSION } from "@zonesafe/drills/cloud";
import type { FakeTencentCloudApi } from "./tencentcloudApi";

type Params = Record<string, unknown>;

/** A task known to the fake. */
export interface FakeCfgTask {
    taskId: number;
    actionId: number;
    instances: string[];
    title: string;
    tags: Array<{ TagKey: string; TagValue: string }>;
    /** 1001 not started, 1002 running, 1004 finished. */
    status: number;
    /** When ExecuteTask arrived (the test's clock). */
    executedAt: number | undefined;
    isExpect: boolean | undefined;
    summary: string | undefined;
}

const invalid = (message: string): Params => ({ Error: { Code: "InvalidParameter", Message: message } });
const PLACEHOLDER = /\{\{resolve:/;

/** The fake cfg product. */
export class FakeCfg {
    readonly tasks = new Map<number, FakeCfgTask>();
    /** The fault actions the account may use: id → title. */
    readonly actions = new Map<number, string>();
    /** Whether a task's fault action has ended (default: at once). */
    actionEnded: (task: FakeCfgTask) => boolean = () => true;
    /** Tasks whose fault action ends failed. */
    readonly failing = new Set<number>();
    /** The test's clock, for `executedAt`. */
    now: () => number = () => Date.now();
    /** Called when a task is executed. */
    onExecute: ((task: FakeCfgTask) => void) | undefined;
    private next = 7001;

    /** Serves the cfg actions on `api`. */
    constructor(api: FakeTencentCloudApi) {
        api.products.set(CFG_VERSION, (action, params) => this.handle(action, params));
    }

    private task(p: Params): FakeCfgTask | Params {
        if (typeof p.TaskId !== "number" || !Number.isInteger(p.TaskId)) return invalid("TaskId must be an integer.");
        return this.tasks.get(p.TaskId) ?? { Error: { Code: "ResourceNotFound", Message: `The task ${p.TaskId} is not found.` } };
    }

    private handle(action: string, p: Params): Params {
        switch (action) {
            case "CreateTaskFromAction": {
                if (typeof p.TaskActionId !== "number" || !Number.isInteger(p.TaskActionId)) return invalid("TaskActionId must be an integer (DescribeActionLibraryList's ActionId).");
                if (!this.actions.has(p.TaskActionId)) return { Error: { Code: "ResourceNotFound", Message: `The action ${p.TaskActionId} is not found.` } };
                const instances = p.TaskInstances;
                if (!Array.isArray(instances) || instances.length === 0 || !instances.every((i) => typeof i === "string" && i !== "" && !PLACEHOLDER.test(i))) return invalid("TaskInstances must list instance ids.");
                for (const k of ["TaskTitle", "TaskDescription"]) if (p[k] !== undefined && (typeof p[k] !== "string" || PLACEHOLDER.test(p[k] as string))) return invalid(`${k} must be a string.`);
                if (p.TaskPauseDuration !== undefined && (typeof p.TaskPauseDuration !== "number" || p.TaskPauseDuration <= 0)) return invalid("TaskPauseDuration must be a positive number of minutes.");
                const tags = (p.TaskTags ?? []) as Array<{ TagKey: string; TagValue: string }>;
                if (!Array.isArray(tags) || !tags.every((t) => typeof t.TagKey === "string" && typeof t.TagValue === "string")) return invalid("TaskTags must be TagKey/TagValue pairs.");
                const task: FakeCfgTask = { taskId: this.next++, actionId: p.TaskActionId, instances: instances as string[], title: String(p.TaskTitle ?? ""), tags, status: 1001, executedAt: undefined, isExpect: undefined, summary: undefined };
                this.tasks.set(task.taskId, task);
                return { TaskId: task.taskId };
            }
            case "ExecuteTask": {
                const task = this.task(p);
                if ("Error" in task) return task;
                if ((task as FakeCfgTask).status !== 1001) return { Error: { Code: "FailedOperation", Message: "The task has already been executed." } };
                const t = task as FakeCfgTask;
                t.status = 1002;
                t.executedAt = this.now();
                this.onExecute?.(t);
                return {};
            }
            case "DescribeTask": {
                const task = this.task(p);
                if ("Error" in task) return task;
                const t = task as FakeCfgTask;
                const ended = t.status === 1004 || (t.status === 1002 && this.actionEnded(t));
                const failed = ended && this.failing.has(t.taskId);
                return {
                    Task: {
                        TaskId: t.taskId,
                        TaskTitle: t.title,
                        TaskStatus: t.status === 1002 && ended ? 1003 : t.status,
                        TaskStatusType: t.status === 1004 ? (failed ? 2 : 1) : 0,
                        TaskGroups: [
                            {
                                TaskGroupId: 1,
                                TaskGroupTitle: "fault",
                                TaskGroupInstanceList: t.instances,
                                TaskGroupActions: [
                                    {
                                        TaskGroupActionId: 1,
                                        ActionId: t.actionId,
                                        ActionTitle: this.actions.get(t.actionId),
                                        ActionAttribute: 1,
                                        TaskGroupActionStatus: t.status === 1001 ? 2001 : ended ? 2004 : 2003,
                                        TaskGroupActionStatusType: ended ? (failed ? 2 : 1) : 0,
                                    },
                                ],
                            },
                        ],
                    },
                };
            }
            case "ModifyTaskRunStatus": {
                const task = this.task(p);
                if ("Error" in task) return task;
                const t = task as FakeCfgTask;
                if (![1001, 1002, 1003, 1004].includes(Number(p.Status))) return invalid("Status must be 1001, 1002, 1003 or 1004.");
                if (p.Status === 1004) {
                    if (typeof p.IsExpect !== "boolean") return invalid("IsExpect is required when the task ends.");
                    if (typeof p.Summary !== "string" || p.Summary === "") return invalid("Summary is required when the task ends.");
                    t.isExpect = p.IsExpect;
                    t.summary = p.Summary;
                }
                t.status = Number(p.Status);
                return {};
            }
            default:
                return { Error: { Code: "InvalidAction", Message: `The action ${action} is not served by this fake.` } };
        }
    }
}
