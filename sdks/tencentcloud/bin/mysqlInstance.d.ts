import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MysqlInstance resource.
 */
export declare class MysqlInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MysqlInstanceState, opts?: pulumi.CustomResourceOptions): MysqlInstance;
    /**
     * Returns true if the given object is an instance of MysqlInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MysqlInstance;
    /**
     * Auto renew flag.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * Indicates which availability zone will be used.
     */
    readonly availabilityZone: pulumi.Output<string>;
    /**
     * Pay type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Cluster Edition node topology configuration.
     */
    readonly clusterTopology: pulumi.Output<outputs.MysqlInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    readonly cpu: pulumi.Output<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    readonly deviceType: pulumi.Output<string>;
    /**
     * Instance engine type.
     */
    readonly engineType: pulumi.Output<string>;
    /**
     * The version number of the database engine to use.
     */
    readonly engineVersion: pulumi.Output<string | undefined>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    readonly fastUpgrade: pulumi.Output<number | undefined>;
    /**
     * Zone information about first slave instance.
     */
    readonly firstSlaveZone: pulumi.Output<string>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    readonly forceDelete: pulumi.Output<boolean | undefined>;
    readonly gtid: pulumi.Output<number>;
    /**
     * The name of a mysql instance.
     */
    readonly instanceName: pulumi.Output<string>;
    readonly internetHost: pulumi.Output<string>;
    readonly internetPort: pulumi.Output<number>;
    /**
     * Indicates whether to enable the access to an instance from public network: 0 - No, 1 - Yes.
     */
    readonly internetService: pulumi.Output<number | undefined>;
    readonly intranetIp: pulumi.Output<string>;
    /**
     * Public access port.
     */
    readonly intranetPort: pulumi.Output<number | undefined>;
    readonly locked: pulumi.Output<number>;
    /**
     * Latency threshold.
     */
    readonly maxDeayTime: pulumi.Output<number | undefined>;
    /**
     * Memory size (in MB).
     */
    readonly memSize: pulumi.Output<number>;
    /**
     * List of parameters to use.
     */
    readonly parameters: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * Specify parameter template id.
     */
    readonly paramTemplateId: pulumi.Output<number | undefined>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    readonly payType: pulumi.Output<number | undefined>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    readonly period: pulumi.Output<number | undefined>;
    /**
     * Period of instance.
     */
    readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Project ID, default value is 0.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Password of root account.
     */
    readonly rootPassword: pulumi.Output<string | undefined>;
    /**
     * Zone information about second slave instance.
     */
    readonly secondSlaveZone: pulumi.Output<string | undefined>;
    /**
     * Security groups to use.
     */
    readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Availability zone deployment method.
     */
    readonly slaveDeployMode: pulumi.Output<number | undefined>;
    /**
     * Data replication mode. 0 - Async replication; 1 - Semisync replication; 2 - Strongsync replication.
     */
    readonly slaveSyncMode: pulumi.Output<number | undefined>;
    readonly status: pulumi.Output<number>;
    /**
     * Private network ID.
     */
    readonly subnetId: pulumi.Output<string>;
    /**
     * Instance tags.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    readonly taskStatus: pulumi.Output<number>;
    /**
     * Whether it is a kernel subversion upgrade, supported values: 1 - upgrade the kernel subversion; 0 - upgrade the database engine version.
     */
    readonly upgradeSubversion: pulumi.Output<number | undefined>;
    /**
     * Disk size (in GB).
     */
    readonly volumeSize: pulumi.Output<number>;
    /**
     * ID of VPC, which can be modified once every 24 hours and can't be removed.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Switch the method of accessing new instances, default is `0`.
     */
    readonly waitSwitch: pulumi.Output<number | undefined>;
    /**
     * Create a MysqlInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MysqlInstanceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MysqlInstance resources.
 */
export interface MysqlInstanceState {
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Indicates which availability zone will be used.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * Pay type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Cluster Edition node topology configuration.
     */
    clusterTopology?: pulumi.Input<inputs.MysqlInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    cpu?: pulumi.Input<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    deviceType?: pulumi.Input<string>;
    /**
     * Instance engine type.
     */
    engineType?: pulumi.Input<string>;
    /**
     * The version number of the database engine to use.
     */
    engineVersion?: pulumi.Input<string>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    fastUpgrade?: pulumi.Input<number>;
    /**
     * Zone information about first slave instance.
     */
    firstSlaveZone?: pulumi.Input<string>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    gtid?: pulumi.Input<number>;
    /**
     * The name of a mysql instance.
     */
    instanceName?: pulumi.Input<string>;
    internetHost?: pulumi.Input<string>;
    internetPort?: pulumi.Input<number>;
    /**
     * Indicates whether to enable the access to an instance from public network: 0 - No, 1 - Yes.
     */
    internetService?: pulumi.Input<number>;
    intranetIp?: pulumi.Input<string>;
    /**
     * Public access port.
     */
    intranetPort?: pulumi.Input<number>;
    locked?: pulumi.Input<number>;
    /**
     * Latency threshold.
     */
    maxDeayTime?: pulumi.Input<number>;
    /**
     * Memory size (in MB).
     */
    memSize?: pulumi.Input<number>;
    /**
     * List of parameters to use.
     */
    parameters?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specify parameter template id.
     */
    paramTemplateId?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    payType?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    period?: pulumi.Input<number>;
    /**
     * Period of instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * Project ID, default value is 0.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Password of root account.
     */
    rootPassword?: pulumi.Input<string>;
    /**
     * Zone information about second slave instance.
     */
    secondSlaveZone?: pulumi.Input<string>;
    /**
     * Security groups to use.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Availability zone deployment method.
     */
    slaveDeployMode?: pulumi.Input<number>;
    /**
     * Data replication mode. 0 - Async replication; 1 - Semisync replication; 2 - Strongsync replication.
     */
    slaveSyncMode?: pulumi.Input<number>;
    status?: pulumi.Input<number>;
    /**
     * Private network ID.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Instance tags.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    taskStatus?: pulumi.Input<number>;
    /**
     * Whether it is a kernel subversion upgrade, supported values: 1 - upgrade the kernel subversion; 0 - upgrade the database engine version.
     */
    upgradeSubversion?: pulumi.Input<number>;
    /**
     * Disk size (in GB).
     */
    volumeSize?: pulumi.Input<number>;
    /**
     * ID of VPC, which can be modified once every 24 hours and can't be removed.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Switch the method of accessing new instances, default is `0`.
     */
    waitSwitch?: pulumi.Input<number>;
}
/**
 * The set of arguments for constructing a MysqlInstance resource.
 */
export interface MysqlInstanceArgs {
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Indicates which availability zone will be used.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * Pay type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Cluster Edition node topology configuration.
     */
    clusterTopology?: pulumi.Input<inputs.MysqlInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    cpu?: pulumi.Input<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    deviceType?: pulumi.Input<string>;
    /**
     * Instance engine type.
     */
    engineType?: pulumi.Input<string>;
    /**
     * The version number of the database engine to use.
     */
    engineVersion?: pulumi.Input<string>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    fastUpgrade?: pulumi.Input<number>;
    /**
     * Zone information about first slave instance.
     */
    firstSlaveZone?: pulumi.Input<string>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * The name of a mysql instance.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Indicates whether to enable the access to an instance from public network: 0 - No, 1 - Yes.
     */
    internetService?: pulumi.Input<number>;
    /**
     * Public access port.
     */
    intranetPort?: pulumi.Input<number>;
    /**
     * Latency threshold.
     */
    maxDeayTime?: pulumi.Input<number>;
    /**
     * Memory size (in MB).
     */
    memSize: pulumi.Input<number>;
    /**
     * List of parameters to use.
     */
    parameters?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specify parameter template id.
     */
    paramTemplateId?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    payType?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    period?: pulumi.Input<number>;
    /**
     * Period of instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * Project ID, default value is 0.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Password of root account.
     */
    rootPassword?: pulumi.Input<string>;
    /**
     * Zone information about second slave instance.
     */
    secondSlaveZone?: pulumi.Input<string>;
    /**
     * Security groups to use.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Availability zone deployment method.
     */
    slaveDeployMode?: pulumi.Input<number>;
    /**
     * Data replication mode. 0 - Async replication; 1 - Semisync replication; 2 - Strongsync replication.
     */
    slaveSyncMode?: pulumi.Input<number>;
    /**
     * Private network ID.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Instance tags.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Whether it is a kernel subversion upgrade, supported values: 1 - upgrade the kernel subversion; 0 - upgrade the database engine version.
     */
    upgradeSubversion?: pulumi.Input<number>;
    /**
     * Disk size (in GB).
     */
    volumeSize: pulumi.Input<number>;
    /**
     * ID of VPC, which can be modified once every 24 hours and can't be removed.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Switch the method of accessing new instances, default is `0`.
     */
    waitSwitch?: pulumi.Input<number>;
}
