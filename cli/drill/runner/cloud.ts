/**
 * The cloud side of a data drill: TencentDB for MySQL (`cdb`, API 2017-03-20) through Tencent Cloud's
 * Node.js SDK, signed with TC3-HMAC-SHA256, against the public endpoint or an override (`--endpoint`).
 * Swapping security groups, cloning from backup at a time, rolling back into a new database, switching
 * master and slave, and polling the asynchronous requests they start.
 */
import { Client as CdbClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/cdb/v20170320/cdb_client";
import { apiProfile } from "@zonesafe/node-guard/clb";
import { CliError } from "../../errors";
import type { Clock } from "./clock";
import { probeAddress } from "./kubernetes";

/** The variables that hold the API key. */
export const SECRET_ID_ENV = "TENCENTCLOUD_SECRET_ID";
export const SECRET_KEY_ENV = "TENCENTCLOUD_SECRET_KEY";

/** An API key. */
export interface Credentials {
    secretId: string;
    secretKey: string;
}

/** The API key from the environment; a CliError naming the missing variable otherwise. */
export function credentialsFrom(env: NodeJS.ProcessEnv): Credentials {
    const secretId = env[SECRET_ID_ENV];
    const secretKey = env[SECRET_KEY_ENV];
    const missing = [secretId ? undefined : SECRET_ID_ENV, secretKey ? undefined : SECRET_KEY_ENV].filter((x) => x !== undefined);
    if (missing.length > 0) throw new CliError(`${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set`, "export the API key of a sub-account allowed to run the drill's TencentDB actions");
    return { secretId: secretId!, secretKey: secretKey! };
}

/** The host and port an endpoint URL (or the public cdb endpoint) is reached at. */
export function endpointAddress(endpoint: string | undefined): { host: string; port: number; url: string } {
    if (endpoint === undefined) return { host: "cdb.tencentcloudapi.com", port: 443, url: "https://cdb.tencentcloudapi.com" };
    let url: URL;
    try {
        url = new URL(endpoint);
    } catch {
        throw new CliError(`--endpoint ${JSON.stringify(endpoint)} is not a URL`, "give the API endpoint as a URL, e.g. https://cdb.tencentcloudapi.com");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new CliError(`--endpoint must be http: or https:; got ${url.protocol}`, "give the API endpoint as a URL, e.g. https://cdb.tencentcloudapi.com");
    const port = url.port !== "" ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
    return { host: url.hostname.replace(/^\[|\]$/g, ""), port, url: `${url.protocol}//${url.host}` };
}

/** Checks that the endpoint accepts a TCP connection (no API call is made); a CliError otherwise. */
export function probeEndpoint(endpoint: string | undefined, timeoutMs = 5000): Promise<void> {
    return probeAddress(endpointAddress(endpoint).url, "the API endpoint", timeoutMs, "check --endpoint and the network, then run the drill again");
}

/** An instance as the drill needs it. */
export interface DbInstance {
    instanceId: string;
    /** 0 creating, 1 running, 4 isolating, 5 isolated. */
    status: number | undefined;
    vip: string | undefined;
    vport: number | undefined;
    zone: string | undefined;
    memory: number | undefined;
    volume: number | undefined;
    vpcId: string | undefined;
    subnetId: string | undefined;
}

/** The outcome of polling an asynchronous request. */
export interface AsyncOutcome {
    status: string;
    info: string;
    polls: number;
}

/** TencentDB for MySQL, as the drill uses it. */
export class CdbDrillClient {
    private readonly cdb: CdbClient;

    constructor(endpoint: string | undefined, region: string, credentials: Credentials) {
        this.cdb = new CdbClient({ credential: { ...credentials }, region, profile: apiProfile(endpoint === undefined ? undefined : endpointAddress(endpoint).url, "cdb") });
    }

    /** The security groups bound to an instance. */
    async securityGroups(instanceId: string): Promise<string[]> {
        const res = await this.cdb.DescribeDBSecurityGroups({ InstanceId: instanceId });
        return (res.Groups ?? []).map((g) => g.SecurityGroupId).filter((id): id is string => typeof id === "string");
    }

    /** Replaces an instance's security groups (the whole set). */
    async setSecurityGroups(instanceId: string, ids: string[]): Promise<void> {
        await this.cdb.ModifyDBInstanceSecurityGroups({ InstanceId: instanceId, SecurityGroupIds: ids });
    }

    /** One instance; a clear error when the API does not know it. */
    async instance(instanceId: string): Promise<DbInstance> {
        const res = await this.cdb.DescribeDBInstances({ InstanceIds: [instanceId] });
        const i = (res.Items ?? []).find((x) => x.InstanceId === instanceId);
        if (i === undefined) throw new Error(`the TencentDB instance ${instanceId} is not found in this region`);
        return {
            instanceId,
            status: i.Status,
            vip: i.Vip,
            vport: i.Vport,
            zone: i.Zone,
            memory: i.Memory,
            volume: i.Volume,
            vpcId: i.UniqVpcId,
            subnetId: i.UniqSubnetId,
        };
    }

    /**
     * Clones an instance from its backups at a time (`YYYY-MM-DD hh:mm:ss`, the instance's time) with
     * the source's size, network, zone and security groups, plus `extra` members (a name, tags); the
     * request id.
     */
    async cloneAt(source: DbInstance, time: string, securityGroups: string[], extra: Record<string, unknown> = {}): Promise<string> {
        const res = await this.cdb.CreateCloneInstance({
            ...extra,
            InstanceId: source.instanceId,
            SpecifiedRollbackTime: time,
            InstanceName: typeof extra.InstanceName === "string" ? extra.InstanceName : `${source.instanceId}-drill-clone`,
            ...(source.memory === undefined ? {} : { Memory: source.memory }),
            ...(source.volume === undefined ? {} : { Volume: source.volume }),
            ...(source.vpcId === undefined ? {} : { UniqVpcId: source.vpcId }),
            ...(source.subnetId === undefined ? {} : { UniqSubnetId: source.subnetId }),
            ...(source.zone === undefined ? {} : { Zone: source.zone }),
            ...(securityGroups.length === 0 ? {} : { SecurityGroup: securityGroups }),
        });
        if (!res.AsyncRequestId) throw new Error(`CreateCloneInstance of ${source.instanceId} returned no AsyncRequestId`);
        return res.AsyncRequestId;
    }

    /** The clone made from `instanceId` at `time` (the newest when several); undefined until the API lists it. */
    async cloneOf(instanceId: string, time: string): Promise<string | undefined> {
        const res = await this.cdb.DescribeCloneList({ InstanceId: instanceId, Limit: 100 });
        const items = (res.Items ?? []).filter((c) => c.RollbackTargetTime === time && c.DstInstanceId);
        items.sort((a, b) => String(b.StartTime ?? "").localeCompare(String(a.StartTime ?? "")));
        return items[0]?.DstInstanceId;
    }

    /** Rolls a database back to a time into a new database on the same instance; the request id. */
    async rollbackInto(instanceId: string, database: string, newDatabase: string, time: string): Promise<string> {
        const res = await this.cdb.StartBatchRollback({
            Instances: [{ InstanceId: instanceId, Strategy: "db", RollbackTime: time, Databases: [{ DatabaseName: database, NewDatabaseName: newDatabase }] }],
        });
        if (!res.AsyncRequestId) throw new Error(`StartBatchRollback of ${instanceId} returned no AsyncRequestId`);
        return res.AsyncRequestId;
    }

    /** Switches master and slave; the request id. */
    /** Starts the primary/replica switch; `request` carries the plan's other fields (`DstSlave`, `WaitSwitch`). */
    async switchMaster(instanceId: string, request: Record<string, unknown> = {}): Promise<string> {
        const res = await this.cdb.SwitchDBInstanceMasterSlave({ ...request, InstanceId: instanceId });
        if (!res.AsyncRequestId) throw new Error(`SwitchDBInstanceMasterSlave of ${instanceId} returned no AsyncRequestId`);
        return res.AsyncRequestId;
    }

    /**
     * Polls an asynchronous request every `intervalMs` until it ends (SUCCESS, FAILED, KILLED), until
     * `timeoutMs` of the clock's time has passed (TIMEOUT), or until `signal` aborts (INTERRUPTED).
     */
    async waitFor(requestId: string, clock: Clock, intervalMs: number, timeoutMs: number, signal?: AbortSignal): Promise<AsyncOutcome> {
        const until = clock.now() + timeoutMs;
        for (let polls = 1; ; polls++) {
            if (signal?.aborted) return { status: "INTERRUPTED", info: "the run was interrupted before the request ended", polls: polls - 1 };
            const res = await this.cdb.DescribeAsyncRequestInfo({ AsyncRequestId: requestId });
            const status = String(res.Status ?? "UNKNOWN");
            if (status === "SUCCESS" || status === "FAILED" || status === "KILLED") return { status, info: String(res.Info ?? ""), polls };
            if (clock.now() + intervalMs > until) return { status: "TIMEOUT", info: `still ${status} after ${timeoutMs} ms`, polls };
            await clock.sleep(intervalMs);
        }
    }
}
