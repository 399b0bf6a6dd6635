/**
 * Where the nodes of a managed data product sit, read from its properties: one reading shared by the
 * rules, the topology model and the AZ-failure simulation, so that a layout is never read two ways.
 *
 * - MySQL: the two- and three-node editions (`availabilityZone`, `firstSlaveZone`, `secondSlaveZone`,
 *   `slaveDeployMode`), the single-node basic edition, and the cluster edition
 *   (`deviceType: CLOUD_NATIVE_CLUSTER` with `clusterTopology`: one read-write node and 1–5 read-only
 *   nodes, each in its own zone; any read-only node can be promoted to read-write).
 * - PostgreSQL: `dbNodeSets` (a `Primary` node and `Standby` nodes, each with a zone), else a primary
 *   and a standby both in `availabilityZone`.
 * - TDSQL-C MySQL (CynosDB): `availableZone` and the standby zone `slaveZone`.
 * - Elasticsearch: `multiZoneInfos` when `deployMode` is 1, else `availabilityZone`.
 */
import { at, num, obj, objs, PlainObject, str, UNKNOWN, Unknown } from "./values";

/** A zone as read: a name, unknown during a preview, or not given. */
export type ZoneValue = string | Unknown | undefined;

/** The MySQL editions the layout distinguishes. */
export type MysqlEdition = "basic" | "two-node" | "three-node" | "cluster";

/** The `deviceType` of the MySQL cluster edition. */
export const MYSQL_CLUSTER_DEVICE = "CLOUD_NATIVE_CLUSTER";

/** The `deviceType` values of the single-node basic edition. */
const MYSQL_BASIC_DEVICES: readonly string[] = ["BASIC", "BASIC_V2"];

/** The nodes of a MySQL instance, by zone. */
export interface MysqlLayout {
    readonly edition: MysqlEdition;
    /** The zone of the primary (the read-write node of the cluster edition). */
    readonly primary: ZoneValue;
    /**
     * The zones of the nodes that can take over from the primary: the replicas of the two- and
     * three-node editions, the read-only nodes of the cluster edition (one entry per node; a node whose
     * zone the service picks, `isRandomZone`, or whose zone is unknown, is not listed).
     */
    readonly standbys: readonly string[];
    /** Cluster edition: read-only nodes whose zone the service picks (`isRandomZone: true`, no `zone`). */
    readonly randomZoneNodes: number;
    /** Whether every value the layout depends on is known. */
    readonly complete: boolean;
}

function isUnknown(value: unknown): boolean {
    return value === UNKNOWN;
}

/** Whether a MySQL instance is the cluster edition (its `deviceType`, or a `clusterTopology` given). */
export function isMysqlCluster(props: PlainObject): boolean | Unknown {
    const device = str(at(props, "deviceType"));
    if (device === MYSQL_CLUSTER_DEVICE) {
        return true;
    }
    const topology = at(props, "clusterTopology");
    if (device === UNKNOWN) {
        return topology !== undefined && topology !== UNKNOWN ? true : UNKNOWN;
    }
    return topology !== undefined && topology !== UNKNOWN && topology !== null;
}

/** Reads the layout of a MySQL instance (`tencentcloud_mysql_instance`). */
export function mysqlLayout(props: PlainObject): MysqlLayout {
    const cluster = isMysqlCluster(props);
    if (cluster === true) {
        return mysqlClusterLayout(props);
    }
    const primary = str(at(props, "availabilityZone"));
    const mode = num(at(props, "slaveDeployMode"));
    const first = str(at(props, "firstSlaveZone"));
    const second = str(at(props, "secondSlaveZone"));
    const device = str(at(props, "deviceType"));
    const complete = ![cluster, primary, mode, first, second, device].some(isUnknown);
    if (typeof device === "string" && MYSQL_BASIC_DEVICES.includes(device)) {
        return { edition: "basic", primary, standbys: [], randomZoneNodes: 0, complete };
    }
    const standbys: string[] = [];
    if (typeof primary === "string") {
        const multi = mode === 1;
        standbys.push(multi && typeof first === "string" ? first : primary);
        if (typeof second === "string") {
            standbys.push(multi ? second : primary);
        }
    }
    return { edition: second === undefined ? "two-node" : "three-node", primary, standbys, randomZoneNodes: 0, complete };
}

function mysqlClusterLayout(props: PlainObject): MysqlLayout {
    const topology = obj(at(props, "clusterTopology"));
    const fallback = str(at(props, "availabilityZone"));
    if (topology === UNKNOWN) {
        return { edition: "cluster", primary: fallback, standbys: [], randomZoneNodes: 0, complete: false };
    }
    const rw = str(at(topology ?? {}, "readWriteNode", "zone"));
    const primary = rw === undefined ? fallback : rw;
    const nodes = objs(at(topology ?? {}, "readOnlyNodes"));
    let complete = !isUnknown(primary) && nodes !== UNKNOWN;
    const standbys: string[] = [];
    let random = 0;
    for (const node of nodes === UNKNOWN ? [] : (nodes ?? [])) {
        if (node === UNKNOWN) {
            complete = false;
            continue;
        }
        const zone = str(at(node, "zone"));
        if (typeof zone === "string" && zone.trim() !== "") {
            standbys.push(zone.trim());
        } else if (zone === UNKNOWN) {
            complete = false;
        } else {
            random++;
        }
    }
    return { edition: "cluster", primary, standbys, randomZoneNodes: random, complete };
}

/** The nodes of a PostgreSQL instance (`tencentcloud_postgresql_instance`), by zone. */
export interface PostgresqlLayout {
    /** The zone of the primary node. */
    readonly primary: ZoneValue;
    /** The zones of the standby nodes (one entry per node). */
    readonly standbys: readonly string[];
    /** Whether `dbNodeSets` is given (without it, the standby shares the primary's zone). */
    readonly nodeSets: boolean;
    readonly complete: boolean;
}

/** Reads the layout of a PostgreSQL instance. */
export function postgresqlLayout(props: PlainObject): PostgresqlLayout {
    const zone = str(at(props, "availabilityZone"));
    const sets = objs(at(props, "dbNodeSets"));
    if (sets === UNKNOWN) {
        return { primary: zone, standbys: [], nodeSets: true, complete: false };
    }
    if (sets === undefined || sets.length === 0) {
        return { primary: zone, standbys: typeof zone === "string" ? [zone] : [], nodeSets: false, complete: zone !== UNKNOWN };
    }
    let complete = zone !== UNKNOWN;
    let primary: ZoneValue;
    const standbys: string[] = [];
    for (const set of sets) {
        if (set === UNKNOWN) {
            complete = false;
            continue;
        }
        const role = str(at(set, "role"));
        const nodeZone = str(at(set, "zone"));
        if (role === UNKNOWN || nodeZone === UNKNOWN) {
            complete = false;
            continue;
        }
        if (role === "Primary" && primary === undefined) {
            primary = nodeZone;
        } else if (typeof nodeZone === "string") {
            standbys.push(nodeZone);
        }
    }
    return { primary: primary ?? zone, standbys, nodeSets: true, complete };
}

/** The zones of a TDSQL-C MySQL cluster (`tencentcloud_cynosdb_cluster`): primary and standby. */
export function cynosdbZones(props: PlainObject): { readonly primary: ZoneValue; readonly standby: ZoneValue } {
    return { primary: str(at(props, "availableZone")), standby: str(at(props, "slaveZone")) };
}

/** The zones of an Elasticsearch instance (`tencentcloud_elasticsearch_instance`) and its deployment mode. */
export interface ElasticsearchLayout {
    /** `deployMode`: 0 single-AZ (the provider default), 1 multi-AZ. */
    readonly mode: number | Unknown;
    /** The zones of `multiZoneInfos` (multi-AZ) or `availabilityZone` (single-AZ, unless left at `-`). */
    readonly zones: readonly string[];
    readonly complete: boolean;
}

/** Reads the zones of an Elasticsearch instance. */
export function elasticsearchLayout(props: PlainObject): ElasticsearchLayout {
    const mode = num(at(props, "deployMode"));
    const infos = objs(at(props, "multiZoneInfos"));
    const single = str(at(props, "availabilityZone"));
    const zones: string[] = [];
    let complete = mode !== UNKNOWN && infos !== UNKNOWN && single !== UNKNOWN;
    if (mode === 1) {
        for (const info of infos === UNKNOWN ? [] : (infos ?? [])) {
            const zone = info === UNKNOWN ? UNKNOWN : str(at(info, "availabilityZone"));
            if (zone === UNKNOWN) {
                complete = false;
            } else if (typeof zone === "string" && zone.trim() !== "" && zone !== "-") {
                zones.push(zone.trim());
            }
        }
    } else if (typeof single === "string" && single.trim() !== "" && single !== "-") {
        zones.push(single.trim());
    }
    return { mode: mode ?? 0, zones, complete };
}

/** One unknown zone: what an incomplete layout adds to its zones. */
const STILL_UNKNOWN: readonly ZoneValue[] = [UNKNOWN];

/**
 * The zones a data product's nodes occupy, as read values (the topology model turns them into a zone
 * set); `undefined` for kinds this module does not read.
 */
export function productZoneValues(kind: string, props: PlainObject): readonly ZoneValue[] | undefined {
    switch (kind) {
        case "mysql": {
            const layout = mysqlLayout(props);
            return [layout.primary, ...layout.standbys, ...(layout.complete ? [] : STILL_UNKNOWN)];
        }
        case "postgresql": {
            const layout = postgresqlLayout(props);
            return [layout.primary, ...layout.standbys, ...(layout.complete ? [] : STILL_UNKNOWN)];
        }
        case "cynosdb": {
            const { primary, standby } = cynosdbZones(props);
            return [primary, standby];
        }
        case "elasticsearch": {
            const layout = elasticsearchLayout(props);
            return [...layout.zones, ...(layout.complete ? [] : STILL_UNKNOWN)];
        }
        default:
            return undefined;
    }
}
