/**
 * TencentDB for MySQL (`cdb`) in the local fake of the Tencent Cloud API (tencentcloudApi.ts): the
 * actions a data drill calls, in the API's response shapes. The work a real instance does (cloning from
 * backup at a time, rolling a database back into a new one) is done by the test's hooks, for real on a
 * MariaDB server (mariadb.ts); an asynchronous request reports RUNNING until its hook has finished and
 * for `asyncPolls` more DescribeAsyncRequestInfo calls, then SUCCESS (or FAILED with the hook's error).
 */
import { CDB_VERSION } from "@zonesafe/drills/cloud";
import type { Backup, MariaDbServer, StopAt } from "./mariadb";
import type { FakeTencentCloudApi } from "./tencentcloudApi";

/** An instance known to the fake. */
export interface FakeDbInstance {
    instanceId: string;
    vip: string;
    vport: number;
    zone: string;
    securityGroups: string[];
    /** 0 creating, 1 running. */
    status: number;
    memory?: number;
    volume?: number;
}

/** What a clone hook is asked to do, and answers: where the clone listens. */
export type CloneHook = (req: { sourceId: string; time: string; cloneId: string }) => Promise<{ vip: string; vport: number }>;
/** What a rollback hook is asked to do. */
export type RollbackHook = (req: { instanceId: string; time: string; database: string; newDatabase: string; strategy: string }) => Promise<void>;

interface AsyncRequest {
    done: Promise<string | undefined>;
    left: number;
}

type Params = Record<string, unknown>;

/** The fake cdb product. */
export class FakeCdb {
    readonly instances = new Map<string, FakeDbInstance>();
    readonly clones: Array<{ SrcInstanceId: string; DstInstanceId: string; RollbackTargetTime: string; StartTime: string; TaskStatus: string }> = [];
    /** DescribeAsyncRequestInfo calls that see a request RUNNING once its work is done. */
    asyncPolls = 2;
    onClone: CloneHook | undefined;
    onRollback: RollbackHook | undefined;
    private readonly requests = new Map<string, AsyncRequest>();
    private next = 1;

    /** Serves the cdb actions on `api`. */
    constructor(api: FakeTencentCloudApi) {
        api.products.set(CDB_VERSION, (action, params) => this.handle(action, params));
    }

    /** Adds an instance. */
    add(instance: FakeDbInstance): void {
        this.instances.set(instance.instanceId, instance);
    }

    private start(work: () => Promise<void>): string {
        const id = `async-${this.next++}`;
        this.requests.set(id, {
            left: this.asyncPolls,
            done: work().then(
                () => undefined,
                (e: Error) => e.message,
            ),
        });
        return id;
    }

    private notFound(id: unknown): Params {
        return { Error: { Code: "InvalidParameter.InstanceNotFound", Message: `The instance ${String(id)} is not found.` } };
    }

    private async handle(action: string, p: Params): Promise<Params> {
        switch (action) {
            case "DescribeDBSecurityGroups": {
                const i = this.instances.get(String(p.InstanceId));
                if (!i) return this.notFound(p.InstanceId);
                return { Groups: i.securityGroups.map((id) => ({ SecurityGroupId: id, SecurityGroupName: id, ProjectId: 0, Inbound: [], Outbound: [] })) };
            }
            case "ModifyDBInstanceSecurityGroups": {
                const i = this.instances.get(String(p.InstanceId));
                if (!i) return this.notFound(p.InstanceId);
                const ids = p.SecurityGroupIds as string[] | undefined;
                if (!Array.isArray(ids) || ids.length === 0) return { Error: { Code: "InvalidParameter", Message: "SecurityGroupIds must list at least one group." } };
                i.securityGroups = [...ids];
                return {};
            }
            case "DescribeDBInstances": {
                const ids = (p.InstanceIds as string[] | undefined) ?? [...this.instances.keys()];
                const items = ids
                    .map((id) => this.instances.get(id))
                    .filter((i): i is FakeDbInstance => i !== undefined)
                    .map((i) => ({ InstanceId: i.instanceId, Vip: i.vip, Vport: i.vport, Zone: i.zone, Status: i.status, Memory: i.memory ?? 1000, Volume: i.volume ?? 25, UniqVpcId: "vpc-drill", UniqSubnetId: "subnet-drill" }));
                return { TotalCount: items.length, Items: items };
            }
            case "CreateCloneInstance": {
                const src = this.instances.get(String(p.InstanceId));
                if (!src) return this.notFound(p.InstanceId);
                const time = String(p.SpecifiedRollbackTime ?? "");
                if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(time)) return { Error: { Code: "InvalidParameter", Message: "SpecifiedRollbackTime must be yyyy-mm-dd hh:mm:ss." } };
                if (!this.onClone) return { Error: { Code: "UnsupportedOperation", Message: "No clone hook is set in this test." } };
                const cloneId = `cdb-clone${this.next}`;
                const clone: FakeDbInstance = { instanceId: cloneId, vip: "", vport: 0, zone: String(p.Zone ?? src.zone), securityGroups: (p.SecurityGroup as string[]) ?? [], status: 0 };
                this.instances.set(cloneId, clone);
                const item = { SrcInstanceId: src.instanceId, DstInstanceId: cloneId, RollbackTargetTime: time, StartTime: new Date().toISOString().replace("T", " ").slice(0, 19), TaskStatus: "running" };
                this.clones.push(item);
                const hook = this.onClone;
                const id = this.start(async () => {
                    const at = await hook({ sourceId: src.instanceId, time, cloneId });
                    Object.assign(clone, { vip: at.vip, vport: at.vport, status: 1 });
                    item.TaskStatus = "success";
                });
                return { AsyncRequestId: id };
            }
            case "DescribeCloneList": {
                const items = this.clones.filter((c) => c.SrcInstanceId === p.InstanceId);
                return { TotalCount: items.length, Items: items.map((c) => ({ ...c })) };
            }
            case "StartBatchRollback": {
                const list = (p.Instances as Params[] | undefined) ?? [];
                if (list.length !== 1) return { Error: { Code: "InvalidParameter", Message: "This fake rolls back one instance at a time." } };
                const r = list[0];
                if (!this.instances.has(String(r.InstanceId))) return this.notFound(r.InstanceId);
                const dbs = (r.Databases as Array<{ DatabaseName: string; NewDatabaseName: string }> | undefined) ?? [];
                if (dbs.length !== 1) return { Error: { Code: "InvalidParameter", Message: "This fake rolls back one database at a time." } };
                if (!this.onRollback) return { Error: { Code: "UnsupportedOperation", Message: "No rollback hook is set in this test." } };
                const hook = this.onRollback;
                return {
                    AsyncRequestId: this.start(() =>
                        hook({ instanceId: String(r.InstanceId), time: String(r.RollbackTime), strategy: String(r.Strategy), database: dbs[0].DatabaseName, newDatabase: dbs[0].NewDatabaseName }),
                    ),
                };
            }
            case "SwitchDBInstanceMasterSlave": {
                if (!this.instances.has(String(p.InstanceId))) return this.notFound(p.InstanceId);
                // The API's documented values: the replica to promote, and whether to wait for the maintenance window.
                if (p.DstSlave !== undefined && !["first", "second"].includes(String(p.DstSlave))) return { Error: { Code: "InvalidParameterValue", Message: `DstSlave ${String(p.DstSlave)} is not first or second.` } };
                if (p.WaitSwitch !== undefined && typeof p.WaitSwitch !== "boolean") return { Error: { Code: "InvalidParameterValue", Message: "WaitSwitch must be a boolean." } };
                return { AsyncRequestId: this.start(async () => undefined) };
            }
            case "DescribeAsyncRequestInfo": {
                const r = this.requests.get(String(p.AsyncRequestId));
                if (!r) return { Error: { Code: "InvalidParameter", Message: `AsyncRequestId ${String(p.AsyncRequestId)} is not found.` } };
                const error = await r.done;
                if (error !== undefined) return { Status: "FAILED", Info: error };
                if (r.left > 0) {
                    r.left--;
                    return { Status: "RUNNING", Info: "" };
                }
                return { Status: "SUCCESS", Info: "" };
            }
            default:
                return { Error: { Code: "InvalidAction", Message: `The action ${action} is not served by this fake.` } };
        }
    }
}

/**
 * Makes the fake's clones and rollbacks real restores on MariaDB: the backup of `database` loaded,
 * then the source's binlog replayed up to the recorded time into the clone server (a clone) or into
 * the new database on the source (a rollback). While `loseLastWrite()` holds, the replay stops just
 * before the last heartbeat insert, so the copy misses the last acknowledged write.
 */
export function restoreFromBackup(
    cdb: FakeCdb,
    o: { source: MariaDbServer; cloneServer: MariaDbServer; backup: Backup; database: string; loseLastWrite: () => boolean },
): void {
    const stopAt = async (time: string): Promise<StopAt> =>
        o.loseLastWrite() ? { position: await o.source.lastInsertInto(o.backup, "heartbeat", { datetime: time }) } : { datetime: time };
    cdb.onClone = async ({ time }) => {
        await o.cloneServer.sql(`DROP DATABASE IF EXISTS ${o.database}`);
        await o.source.restore(o.backup, o.database, await stopAt(time), o.cloneServer);
        return { vip: "127.0.0.1", vport: o.cloneServer.port };
    };
    cdb.onRollback = async ({ time, newDatabase }) => o.source.restore(o.backup, newDatabase, await stopAt(time));
}
