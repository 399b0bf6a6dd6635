/**
 * Passing property bags for the data and traffic products beyond the first six (PostgreSQL and its
 * read-only replicas, TDSQL-C MySQL, Elasticsearch, TSE, NAT gateways and EIPs), and the MySQL cluster
 * edition of the provider's documented example.
 */
import { secret } from "../support/policyArgs";

type Props = Record<string, unknown>;

/** Passing props, by resource kind. */
export const goodData = {
    postgresql: (): Props => ({
        name: "ledger",
        availabilityZone: "ap-guangzhou-3",
        dbNodeSets: [
            { role: "Primary", zone: "ap-guangzhou-3" },
            { zone: "ap-guangzhou-4" },
        ],
        memory: 4,
        storage: 250,
        vpcId: "vpc-shop",
        subnetId: "subnet-a",
        rootPassword: secret("pg-Passw0rd!"),
        backupPlan: { baseBackupRetentionPeriod: 14, backupPeriods: ["monday", "wednesday", "friday"], minBackupStartTime: "01:00:00", maxBackupStartTime: "03:00:00" },
        publicAccessSwitch: false,
        deleteProtection: true,
    }),
    postgresqlReadonly: (masterDbInstanceId = "postgres-ledger", zone = "ap-guangzhou-6"): Props => ({
        name: "ledger-ro",
        masterDbInstanceId,
        zone,
        dbVersion: "16.0",
        memory: 4,
        storage: 250,
        projectId: 0,
        vpcId: "vpc-shop",
        subnetId: "subnet-c",
        securityGroupsIds: ["sg-shop"],
    }),
    cynosdb: (): Props => ({
        clusterName: "orders-c",
        availableZone: "ap-guangzhou-3",
        slaveZone: "ap-guangzhou-4",
        dbType: "MYSQL",
        dbVersion: "8.0",
        instanceCount: 2,
        vpcId: "vpc-shop",
        subnetId: "subnet-a",
        password: secret("cynos-Passw0rd!"),
    }),
    elasticsearch: (): Props => ({
        instanceName: "search",
        version: "7.14.2",
        vpcId: "vpc-shop",
        availabilityZone: "-",
        deployMode: 1,
        multiZoneInfos: [
            { availabilityZone: "ap-guangzhou-3", subnetId: "subnet-a" },
            { availabilityZone: "ap-guangzhou-4", subnetId: "subnet-b" },
        ],
        nodeInfoLists: [
            { nodeNum: 4, nodeType: "ES.SA2.MEDIUM4", type: "hotData", diskType: "CLOUD_SSD", diskSize: 200 },
            { nodeNum: 3, nodeType: "ES.SA2.MEDIUM4", type: "dedicatedMaster" },
        ],
        cosBackup: { isAutoBackup: true, backupTime: "02:00" },
        publicAccess: "CLOSE",
        kibanaPublicAccess: "CLOSE",
        kibanaPrivateAccess: "OPEN",
        password: secret("es-Passw0rd!"),
    }),
    tse: (): Props => ({
        engineType: "polaris",
        engineVersion: "1.18.1",
        engineProductVersion: "PROFESSIONAL",
        engineRegion: "ap-guangzhou",
        engineName: "registry",
        engineNodeNum: 2,
        tradeType: 0,
        vpcId: "vpc-shop",
        subnetId: "subnet-a",
    }),
    natGateway: (zone = "ap-guangzhou-3", eips: string[] = ["203.0.113.10"]): Props => ({
        name: `egress-${zone}`,
        vpcId: "vpc-shop",
        zone,
        bandwidth: 100,
        maxConcurrent: 1000000,
        assignedEipSets: eips,
    }),
    eip: (name = "egress"): Props => ({ name, internetChargeType: "TRAFFIC_POSTPAID_BY_HOUR", internetMaxBandwidthOut: 100 }),
    /**
     * The provider's documented cluster-edition example ("Create instance by custom cluster_topology"):
     * a read-write node in ap-guangzhou-6, one read-only node in a zone the service picks, one in
     * ap-guangzhou-7.
     */
    mysqlClusterEdition: (): Props => ({
        instanceName: "tf-example",
        internetService: 1,
        engineVersion: "5.7",
        chargeType: "POSTPAID",
        rootPassword: secret("PassWord@123"),
        slaveDeployMode: 1,
        slaveSyncMode: 1,
        deviceType: "CLOUD_NATIVE_CLUSTER",
        availabilityZone: "ap-guangzhou-6",
        cpu: 2,
        memSize: 4000,
        volumeSize: 200,
        vpcId: "vpc-i5yyodl9",
        subnetId: "subnet-hhi88a58",
        intranetPort: 3306,
        securityGroups: ["sg-e6a8xxib"],
        parameters: { character_set_server: "utf8", max_connections: "1000" },
        tags: { createBy: "Terraform" },
        clusterTopology: {
            readWriteNode: { zone: "ap-guangzhou-6" },
            readOnlyNodes: [{ isRandomZone: true }, { zone: "ap-guangzhou-7" }],
        },
    }),
};
