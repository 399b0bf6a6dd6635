import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The CynosdbCluster resource.
 */
export declare class CynosdbCluster extends pulumi.CustomResource {
    /**
     * Gets an existing CynosdbCluster resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CynosdbClusterState, opts?: pulumi.CustomResourceOptions): CynosdbCluster;
    /**
     * Returns true if the given object is an instance of CynosdbCluster. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is CynosdbCluster;
    /**
     * Specify whether the cluster can auto-pause while `dbMode` is `SERVERLESS`.
     */
    readonly autoPause: pulumi.Output<string | undefined>;
    /**
     * Specify auto-pause delay in second while `dbMode` is `SERVERLESS`.
     */
    readonly autoPauseDelay: pulumi.Output<number | undefined>;
    /**
     * Auto renew flag.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * The available zone of the CynosDB Cluster.
     */
    readonly availableZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    readonly charset: pulumi.Output<string>;
    /**
     * Name of CynosDB cluster.
     */
    readonly clusterName: pulumi.Output<string>;
    readonly clusterStatus: pulumi.Output<string>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Kernel version, you can enter it when modifying.
     */
    readonly cynosVersion: pulumi.Output<string>;
    /**
     * Specify DB mode, only available when `dbType` is `MYSQL`.
     */
    readonly dbMode: pulumi.Output<string>;
    /**
     * Type of CynosDB, and available values include `MYSQL`.
     */
    readonly dbType: pulumi.Output<string>;
    /**
     * Version of CynosDB, which is related to `dbType`.
     */
    readonly dbVersion: pulumi.Output<string>;
    /**
     * Indicate whether to delete cluster instance directly or not.
     */
    readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * The number of instances, the range is (0,16], the default value is 2 (i.e. one RW instance + one Ro instance), the passed n means 1 RW instance + n-1 Ro instances (with the same specifications), if you need a more accurate cluster composition, please use InstanceInitInfos.
     */
    readonly instanceCount: pulumi.Output<number>;
    /**
     * The number of CPU cores of read-write type instance in the CynosDB cluster.
     */
    readonly instanceCpuCore: pulumi.Output<number | undefined>;
    readonly instanceId: pulumi.Output<string>;
    /**
     * Instance initialization configuration information, mainly used to select instances of different specifications when purchasing a cluster.
     */
    readonly instanceInitInfos: pulumi.Output<outputs.CynosdbClusterInstanceInitInfo[] | undefined>;
    /**
     * Duration time for maintenance, unit in second.
     */
    readonly instanceMaintainDuration: pulumi.Output<number | undefined>;
    /**
     * Offset time from 00:00, unit in second.
     */
    readonly instanceMaintainStartTime: pulumi.Output<number | undefined>;
    /**
     * Weekdays for maintenance.
     */
    readonly instanceMaintainWeekdays: pulumi.Output<string[]>;
    /**
     * Memory capacity of read-write type instance, unit in GB.
     */
    readonly instanceMemorySize: pulumi.Output<number | undefined>;
    readonly instanceName: pulumi.Output<string>;
    readonly instanceStatus: pulumi.Output<string>;
    readonly instanceStorageSize: pulumi.Output<number>;
    /**
     * Maximum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    readonly maxCpu: pulumi.Output<number | undefined>;
    /**
     * Minimum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    readonly minCpu: pulumi.Output<number | undefined>;
    /**
     * Recycling time of the old address, must be filled in when modifying the vpcRecycling time of the old address, must be filled in when modifying the vpc.
     */
    readonly oldIpReserveHours: pulumi.Output<number | undefined>;
    /**
     * Specify parameter list of database.
     */
    readonly paramItems: pulumi.Output<outputs.CynosdbClusterParamItem[] | undefined>;
    /**
     * The ID of the parameter template.
     */
    readonly paramTemplateId: pulumi.Output<number>;
    /**
     * Password of `root` account.
     */
    readonly password: pulumi.Output<string>;
    /**
     * Port of CynosDB cluster.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    readonly prarmTemplateId: pulumi.Output<number>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * ID of the project.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    readonly roGroupAddrs: pulumi.Output<outputs.CynosdbClusterRoGroupAddr[]>;
    readonly roGroupId: pulumi.Output<string>;
    readonly roGroupInstances: pulumi.Output<outputs.CynosdbClusterRoGroupInstance[]>;
    /**
     * IDs of security group for `roGroup`.
     */
    readonly roGroupSgs: pulumi.Output<string[] | undefined>;
    readonly rwGroupAddrs: pulumi.Output<outputs.CynosdbClusterRwGroupAddr[]>;
    readonly rwGroupId: pulumi.Output<string>;
    readonly rwGroupInstances: pulumi.Output<outputs.CynosdbClusterRwGroupInstance[]>;
    /**
     * IDs of security group for `rwGroup`.
     */
    readonly rwGroupSgs: pulumi.Output<string[] | undefined>;
    readonly serverlessStatus: pulumi.Output<string>;
    /**
     * Specify whether to pause or resume serverless cluster. values: `resume`, `pause`.
     */
    readonly serverlessStatusFlag: pulumi.Output<string | undefined>;
    /**
     * Multi zone Addresses of the CynosDB Cluster.
     */
    readonly slaveZone: pulumi.Output<string | undefined>;
    /**
     * Storage limit of CynosDB cluster instance, unit in GB.
     */
    readonly storageLimit: pulumi.Output<number | undefined>;
    /**
     * Cluster storage billing mode, pay-as-you-go: `0`-yearly/monthly: `1`-The default is pay-as-you-go.
     */
    readonly storagePayMode: pulumi.Output<number>;
    readonly storageUsed: pulumi.Output<number>;
    /**
     * ID of the subnet within this VPC.
     */
    readonly subnetId: pulumi.Output<string>;
    /**
     * The tags of the CynosDB cluster.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * ID of the VPC.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Create a CynosdbCluster resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: CynosdbClusterArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering CynosdbCluster resources.
 */
export interface CynosdbClusterState {
    /**
     * Specify whether the cluster can auto-pause while `dbMode` is `SERVERLESS`.
     */
    autoPause?: pulumi.Input<string>;
    /**
     * Specify auto-pause delay in second while `dbMode` is `SERVERLESS`.
     */
    autoPauseDelay?: pulumi.Input<number>;
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * The available zone of the CynosDB Cluster.
     */
    availableZone?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    charset?: pulumi.Input<string>;
    /**
     * Name of CynosDB cluster.
     */
    clusterName?: pulumi.Input<string>;
    clusterStatus?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    /**
     * Kernel version, you can enter it when modifying.
     */
    cynosVersion?: pulumi.Input<string>;
    /**
     * Specify DB mode, only available when `dbType` is `MYSQL`.
     */
    dbMode?: pulumi.Input<string>;
    /**
     * Type of CynosDB, and available values include `MYSQL`.
     */
    dbType?: pulumi.Input<string>;
    /**
     * Version of CynosDB, which is related to `dbType`.
     */
    dbVersion?: pulumi.Input<string>;
    /**
     * Indicate whether to delete cluster instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * The number of instances, the range is (0,16], the default value is 2 (i.e. one RW instance + one Ro instance), the passed n means 1 RW instance + n-1 Ro instances (with the same specifications), if you need a more accurate cluster composition, please use InstanceInitInfos.
     */
    instanceCount?: pulumi.Input<number>;
    /**
     * The number of CPU cores of read-write type instance in the CynosDB cluster.
     */
    instanceCpuCore?: pulumi.Input<number>;
    instanceId?: pulumi.Input<string>;
    /**
     * Instance initialization configuration information, mainly used to select instances of different specifications when purchasing a cluster.
     */
    instanceInitInfos?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterInstanceInitInfo>[]>;
    /**
     * Duration time for maintenance, unit in second.
     */
    instanceMaintainDuration?: pulumi.Input<number>;
    /**
     * Offset time from 00:00, unit in second.
     */
    instanceMaintainStartTime?: pulumi.Input<number>;
    /**
     * Weekdays for maintenance.
     */
    instanceMaintainWeekdays?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Memory capacity of read-write type instance, unit in GB.
     */
    instanceMemorySize?: pulumi.Input<number>;
    instanceName?: pulumi.Input<string>;
    instanceStatus?: pulumi.Input<string>;
    instanceStorageSize?: pulumi.Input<number>;
    /**
     * Maximum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    maxCpu?: pulumi.Input<number>;
    /**
     * Minimum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    minCpu?: pulumi.Input<number>;
    /**
     * Recycling time of the old address, must be filled in when modifying the vpcRecycling time of the old address, must be filled in when modifying the vpc.
     */
    oldIpReserveHours?: pulumi.Input<number>;
    /**
     * Specify parameter list of database.
     */
    paramItems?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterParamItem>[]>;
    /**
     * The ID of the parameter template.
     */
    paramTemplateId?: pulumi.Input<number>;
    /**
     * Password of `root` account.
     */
    password?: pulumi.Input<string>;
    /**
     * Port of CynosDB cluster.
     */
    port?: pulumi.Input<number>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    prarmTemplateId?: pulumi.Input<number>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * ID of the project.
     */
    projectId?: pulumi.Input<number>;
    roGroupAddrs?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterRoGroupAddr>[]>;
    roGroupId?: pulumi.Input<string>;
    roGroupInstances?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterRoGroupInstance>[]>;
    /**
     * IDs of security group for `roGroup`.
     */
    roGroupSgs?: pulumi.Input<pulumi.Input<string>[]>;
    rwGroupAddrs?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterRwGroupAddr>[]>;
    rwGroupId?: pulumi.Input<string>;
    rwGroupInstances?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterRwGroupInstance>[]>;
    /**
     * IDs of security group for `rwGroup`.
     */
    rwGroupSgs?: pulumi.Input<pulumi.Input<string>[]>;
    serverlessStatus?: pulumi.Input<string>;
    /**
     * Specify whether to pause or resume serverless cluster. values: `resume`, `pause`.
     */
    serverlessStatusFlag?: pulumi.Input<string>;
    /**
     * Multi zone Addresses of the CynosDB Cluster.
     */
    slaveZone?: pulumi.Input<string>;
    /**
     * Storage limit of CynosDB cluster instance, unit in GB.
     */
    storageLimit?: pulumi.Input<number>;
    /**
     * Cluster storage billing mode, pay-as-you-go: `0`-yearly/monthly: `1`-The default is pay-as-you-go.
     */
    storagePayMode?: pulumi.Input<number>;
    storageUsed?: pulumi.Input<number>;
    /**
     * ID of the subnet within this VPC.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The tags of the CynosDB cluster.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ID of the VPC.
     */
    vpcId?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a CynosdbCluster resource.
 */
export interface CynosdbClusterArgs {
    /**
     * Specify whether the cluster can auto-pause while `dbMode` is `SERVERLESS`.
     */
    autoPause?: pulumi.Input<string>;
    /**
     * Specify auto-pause delay in second while `dbMode` is `SERVERLESS`.
     */
    autoPauseDelay?: pulumi.Input<number>;
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * The available zone of the CynosDB Cluster.
     */
    availableZone: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Name of CynosDB cluster.
     */
    clusterName: pulumi.Input<string>;
    /**
     * Kernel version, you can enter it when modifying.
     */
    cynosVersion?: pulumi.Input<string>;
    /**
     * Specify DB mode, only available when `dbType` is `MYSQL`.
     */
    dbMode?: pulumi.Input<string>;
    /**
     * Type of CynosDB, and available values include `MYSQL`.
     */
    dbType: pulumi.Input<string>;
    /**
     * Version of CynosDB, which is related to `dbType`.
     */
    dbVersion: pulumi.Input<string>;
    /**
     * Indicate whether to delete cluster instance directly or not.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * The number of instances, the range is (0,16], the default value is 2 (i.e. one RW instance + one Ro instance), the passed n means 1 RW instance + n-1 Ro instances (with the same specifications), if you need a more accurate cluster composition, please use InstanceInitInfos.
     */
    instanceCount?: pulumi.Input<number>;
    /**
     * The number of CPU cores of read-write type instance in the CynosDB cluster.
     */
    instanceCpuCore?: pulumi.Input<number>;
    /**
     * Instance initialization configuration information, mainly used to select instances of different specifications when purchasing a cluster.
     */
    instanceInitInfos?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterInstanceInitInfo>[]>;
    /**
     * Duration time for maintenance, unit in second.
     */
    instanceMaintainDuration?: pulumi.Input<number>;
    /**
     * Offset time from 00:00, unit in second.
     */
    instanceMaintainStartTime?: pulumi.Input<number>;
    /**
     * Weekdays for maintenance.
     */
    instanceMaintainWeekdays?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Memory capacity of read-write type instance, unit in GB.
     */
    instanceMemorySize?: pulumi.Input<number>;
    /**
     * Maximum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    maxCpu?: pulumi.Input<number>;
    /**
     * Minimum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    minCpu?: pulumi.Input<number>;
    /**
     * Recycling time of the old address, must be filled in when modifying the vpcRecycling time of the old address, must be filled in when modifying the vpc.
     */
    oldIpReserveHours?: pulumi.Input<number>;
    /**
     * Specify parameter list of database.
     */
    paramItems?: pulumi.Input<pulumi.Input<inputs.CynosdbClusterParamItem>[]>;
    /**
     * The ID of the parameter template.
     */
    paramTemplateId?: pulumi.Input<number>;
    /**
     * Password of `root` account.
     */
    password: pulumi.Input<string>;
    /**
     * Port of CynosDB cluster.
     */
    port?: pulumi.Input<number>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    prarmTemplateId?: pulumi.Input<number>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * ID of the project.
     */
    projectId?: pulumi.Input<number>;
    /**
     * IDs of security group for `roGroup`.
     */
    roGroupSgs?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * IDs of security group for `rwGroup`.
     */
    rwGroupSgs?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specify whether to pause or resume serverless cluster. values: `resume`, `pause`.
     */
    serverlessStatusFlag?: pulumi.Input<string>;
    /**
     * Multi zone Addresses of the CynosDB Cluster.
     */
    slaveZone?: pulumi.Input<string>;
    /**
     * Storage limit of CynosDB cluster instance, unit in GB.
     */
    storageLimit?: pulumi.Input<number>;
    /**
     * Cluster storage billing mode, pay-as-you-go: `0`-yearly/monthly: `1`-The default is pay-as-you-go.
     */
    storagePayMode?: pulumi.Input<number>;
    /**
     * ID of the subnet within this VPC.
     */
    subnetId: pulumi.Input<string>;
    /**
     * The tags of the CynosDB cluster.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ID of the VPC.
     */
    vpcId: pulumi.Input<string>;
}
