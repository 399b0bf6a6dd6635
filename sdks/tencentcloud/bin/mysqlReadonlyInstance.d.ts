import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MysqlReadonlyInstance resource.
 */
export declare class MysqlReadonlyInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlReadonlyInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MysqlReadonlyInstanceState, opts?: pulumi.CustomResourceOptions): MysqlReadonlyInstance;
    /**
     * Returns true if the given object is an instance of MysqlReadonlyInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MysqlReadonlyInstance;
    /**
     * Auto renew flag.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * Pay type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Cluster Edition node topology configuration.
     */
    readonly clusterTopology: pulumi.Output<outputs.MysqlReadonlyInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    readonly cpu: pulumi.Output<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    readonly deviceType: pulumi.Output<string>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    readonly fastUpgrade: pulumi.Output<number | undefined>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * The name of a mysql instance.
     */
    readonly instanceName: pulumi.Output<string>;
    readonly intranetIp: pulumi.Output<string>;
    /**
     * Public access port.
     */
    readonly intranetPort: pulumi.Output<number | undefined>;
    readonly locked: pulumi.Output<number>;
    /**
     * Indicates the master instance ID of recovery instances.
     */
    readonly masterInstanceId: pulumi.Output<string>;
    /**
     * The region information of the master instance.
     */
    readonly masterRegion: pulumi.Output<string>;
    /**
     * Memory size (in MB).
     */
    readonly memSize: pulumi.Output<number>;
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
     * Read only group id.
     */
    readonly roGroupId: pulumi.Output<string>;
    /**
     * Security groups to use.
     */
    readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Availability zone deployment method.
     */
    readonly slaveDeployMode: pulumi.Output<number | undefined>;
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
     * Zone information, this parameter defaults to, the system automatically selects an Availability Zone.
     */
    readonly zone: pulumi.Output<string>;
    /**
     * Create a MysqlReadonlyInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MysqlReadonlyInstanceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering MysqlReadonlyInstance resources.
 */
export interface MysqlReadonlyInstanceState {
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Pay type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Cluster Edition node topology configuration.
     */
    clusterTopology?: pulumi.Input<inputs.MysqlReadonlyInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    cpu?: pulumi.Input<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    deviceType?: pulumi.Input<string>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    fastUpgrade?: pulumi.Input<number>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * The name of a mysql instance.
     */
    instanceName?: pulumi.Input<string>;
    intranetIp?: pulumi.Input<string>;
    /**
     * Public access port.
     */
    intranetPort?: pulumi.Input<number>;
    locked?: pulumi.Input<number>;
    /**
     * Indicates the master instance ID of recovery instances.
     */
    masterInstanceId?: pulumi.Input<string>;
    /**
     * The region information of the master instance.
     */
    masterRegion?: pulumi.Input<string>;
    /**
     * Memory size (in MB).
     */
    memSize?: pulumi.Input<number>;
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
     * Read only group id.
     */
    roGroupId?: pulumi.Input<string>;
    /**
     * Security groups to use.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Availability zone deployment method.
     */
    slaveDeployMode?: pulumi.Input<number>;
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
    /**
     * Zone information, this parameter defaults to, the system automatically selects an Availability Zone.
     */
    zone?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a MysqlReadonlyInstance resource.
 */
export interface MysqlReadonlyInstanceArgs {
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Pay type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Cluster Edition node topology configuration.
     */
    clusterTopology?: pulumi.Input<inputs.MysqlReadonlyInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    cpu?: pulumi.Input<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    deviceType?: pulumi.Input<string>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    fastUpgrade?: pulumi.Input<number>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * The name of a mysql instance.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Public access port.
     */
    intranetPort?: pulumi.Input<number>;
    /**
     * Indicates the master instance ID of recovery instances.
     */
    masterInstanceId: pulumi.Input<string>;
    /**
     * The region information of the master instance.
     */
    masterRegion?: pulumi.Input<string>;
    /**
     * Memory size (in MB).
     */
    memSize: pulumi.Input<number>;
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
     * Read only group id.
     */
    roGroupId?: pulumi.Input<string>;
    /**
     * Security groups to use.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Availability zone deployment method.
     */
    slaveDeployMode?: pulumi.Input<number>;
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
    /**
     * Zone information, this parameter defaults to, the system automatically selects an Availability Zone.
     */
    zone?: pulumi.Input<string>;
}
