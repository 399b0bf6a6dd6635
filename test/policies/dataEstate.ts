/**
 * A clean estate of the data and traffic products beyond the first six, in either naming route, as a
 * state (ids known, references by id) or as a preview (ids and references unknown, carried by property
 * dependencies): a VPC with a subnet in each of three zones, a NAT gateway with its EIP in each zone,
 * a multi-AZ PostgreSQL with a read-only replica in a third zone, a TDSQL-C MySQL cluster with a standby
 * zone, a multi-AZ Elasticsearch with dedicated masters and COS backups, a PolarisMesh registry, and a
 * MySQL cluster edition whose read-only nodes sit in other zones than its read-write node.
 */
import { StackResourceSpec, UNKNOWN, urnOf } from "../support/policyArgs";
import { goodData } from "./dataFixtures";
import { good } from "./fixtures";
import { tok } from "./helpers";
import type { TerraformName } from "../../policies/tokens";

/** The zones of the estate. */
export const ESTATE_ZONES = ["ap-guangzhou-3", "ap-guangzhou-4", "ap-guangzhou-6"] as const;

/** How the estate is recorded. */
export interface EstateMode {
    readonly route: "official" | "static";
    /** A preview: ids of new resources unknown, references carried by property dependencies. */
    readonly preview: boolean;
}

/** The project and stack of the estate's URNs. */
export const ESTATE = { project: "zonesafe", stack: "data-estate" };

/** The logical names of the estate's resources. */
export const NAMES = {
    vpc: "vpc",
    subnet: (i: number) => `subnet-${i}`,
    eip: (i: number) => `egress-eip-${i}`,
    nat: (i: number) => `egress-${i}`,
    postgresql: "ledger",
    postgresqlReadonly: "ledger-ro",
    cynosdb: "orders-c",
    elasticsearch: "search",
    tse: "registry",
    mysql: "catalog-db",
    mysqlBackup: "catalog-db-backup",
} as const;

/** The public address of the estate's `i`-th EIP (known in a state, unknown in a preview). */
export function eipAddress(i: number): string {
    return `203.0.113.${10 + i}`;
}

/** A resource of the estate: its Terraform name and spec. */
export interface EstateResource {
    readonly tf: TerraformName;
    spec: StackResourceSpec;
}

/** The estate, as editable resources (mutations change a spec's props). */
export function dataEstate(mode: EstateMode): EstateResource[] {
    const resources: EstateResource[] = [];
    const urnByName = new Map<string, string>();
    const add = (tf: TerraformName, name: string, props: Record<string, unknown>, refs: Record<string, [string, string]> = {}, id?: string) => {
        const type = tok(tf, mode.route);
        const urn = urnOf(type, name, ESTATE.stack, ESTATE.project);
        urnByName.set(name, urn);
        const bag: Record<string, unknown> = { ...props };
        const propertyDependencies: Record<string, string[]> = {};
        for (const [key, [target, targetId]] of Object.entries(refs)) {
            bag[key] = mode.preview ? UNKNOWN : targetId;
            if (mode.preview) {
                propertyDependencies[key] = [urnByName.get(target) as string];
            }
        }
        if (id !== undefined) {
            bag["id"] = mode.preview ? UNKNOWN : id;
        }
        const spec: StackResourceSpec = { type, name, urn, props: bag, protect: true };
        if (Object.keys(propertyDependencies).length > 0) {
            spec.propertyDependencies = propertyDependencies;
            spec.dependencies = [...new Set(Object.values(propertyDependencies).flat())];
        }
        resources.push({ tf, spec });
    };
    add("tencentcloud_vpc", NAMES.vpc, { name: "data", cidrBlock: "10.8.0.0/16" }, {}, "vpc-data");
    ESTATE_ZONES.forEach((zone, i) => {
        add("tencentcloud_subnet", NAMES.subnet(i), { name: `data-${i}`, cidrBlock: `10.8.${i}.0/24`, availabilityZone: zone }, { vpcId: [NAMES.vpc, "vpc-data"] }, `subnet-data-${i}`);
    });
    ESTATE_ZONES.forEach((zone, i) => {
        add("tencentcloud_eip", NAMES.eip(i), { ...goodData.eip(`egress-${i}`), publicIp: mode.preview ? UNKNOWN : eipAddress(i) }, {}, `eip-data-${i}`);
        const nat = { ...goodData.natGateway(zone), assignedEipSets: [mode.preview ? UNKNOWN : eipAddress(i)] };
        add("tencentcloud_nat_gateway", NAMES.nat(i), nat, { vpcId: [NAMES.vpc, "vpc-data"], subnetId: [NAMES.subnet(i), `subnet-data-${i}`] }, `nat-data-${i}`);
        const gateway = resources[resources.length - 1].spec;
        if (mode.preview) {
            gateway.propertyDependencies = { ...gateway.propertyDependencies, assignedEipSets: [urnByName.get(NAMES.eip(i)) as string] };
        }
    });
    const net = { vpcId: [NAMES.vpc, "vpc-data"] as [string, string], subnetId: [NAMES.subnet(0), "subnet-data-0"] as [string, string] };
    add("tencentcloud_postgresql_instance", NAMES.postgresql, goodData.postgresql(), net, "postgres-ledger");
    add(
        "tencentcloud_postgresql_readonly_instance",
        NAMES.postgresqlReadonly,
        goodData.postgresqlReadonly("postgres-ledger", ESTATE_ZONES[2]),
        { masterDbInstanceId: [NAMES.postgresql, "postgres-ledger"], vpcId: net.vpcId, subnetId: [NAMES.subnet(2), "subnet-data-2"] },
        "pgro-ledger",
    );
    add("tencentcloud_cynosdb_cluster", NAMES.cynosdb, goodData.cynosdb(), net, "cynosdbmysql-orders");
    const es = goodData.elasticsearch();
    add("tencentcloud_elasticsearch_instance", NAMES.elasticsearch, { ...es, multiZoneInfos: ESTATE_ZONES.slice(0, 2).map((zone, i) => ({ availabilityZone: zone, subnetId: `subnet-data-${i}` })) }, { vpcId: net.vpcId }, "es-search");
    add("tencentcloud_tse_instance", NAMES.tse, goodData.tse(), net, "ins-registry");
    const cluster = goodData.mysqlClusterEdition();
    add(
        "tencentcloud_mysql_instance",
        NAMES.mysql,
        {
            ...cluster,
            internetService: 0,
            intranetPort: 3310,
            availabilityZone: ESTATE_ZONES[0],
            clusterTopology: { readWriteNode: { zone: ESTATE_ZONES[0] }, readOnlyNodes: [{ zone: ESTATE_ZONES[1] }, { zone: ESTATE_ZONES[2] }] },
        },
        net,
        "cdb-catalog",
    );
    add("tencentcloud_mysql_backup_policy", NAMES.mysqlBackup, good.mysqlBackupPolicy("cdb-catalog"), { mysqlId: [NAMES.mysql, "cdb-catalog"] });
    return resources;
}

/** The specs of an estate. */
export function specsOfEstate(resources: readonly EstateResource[]): StackResourceSpec[] {
    return resources.map((r) => r.spec);
}

/** The resource of an estate with this logical name. */
export function estateResource(resources: readonly EstateResource[], name: string): EstateResource {
    const found = resources.find((r) => r.spec.name === name);
    if (!found) {
        throw new Error(`no resource ${name} in the estate`);
    }
    return found;
}
