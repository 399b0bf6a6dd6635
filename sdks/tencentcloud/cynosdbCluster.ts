// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The CynosdbCluster resource.
 */
export class CynosdbCluster extends pulumi.CustomResource {
    /**
     * Gets an existing CynosdbCluster resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CynosdbClusterState, opts?: pulumi.CustomResourceOptions): CynosdbCluster {
        return new CynosdbCluster(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/cynosdbCluster:CynosdbCluster";

    /**
     * Returns true if the given object is an instance of CynosdbCluster. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is CynosdbCluster {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === CynosdbCluster.__pulumiType;
    }

    /**
     * Specify whether the cluster can auto-pause while `dbMode` is `SERVERLESS`.
     */
    declare public readonly autoPause: pulumi.Output<string | undefined>;
    /**
     * Specify auto-pause delay in second while `dbMode` is `SERVERLESS`.
     */
    declare public readonly autoPauseDelay: pulumi.Output<number | undefined>;
    /**
     * Auto renew flag.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * The available zone of the CynosDB Cluster.
     */
    declare public readonly availableZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    declare public readonly charset: pulumi.Output<string>;
    /**
     * Name of CynosDB cluster.
     */
    declare public readonly clusterName: pulumi.Output<string>;
    declare public readonly clusterStatus: pulumi.Output<string>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Kernel version, you can enter it when modifying.
     */
    declare public readonly cynosVersion: pulumi.Output<string>;
    /**
     * Specify DB mode, only available when `dbType` is `MYSQL`.
     */
    declare public readonly dbMode: pulumi.Output<string>;
    /**
     * Type of CynosDB, and available values include `MYSQL`.
     */
    declare public readonly dbType: pulumi.Output<string>;
    /**
     * Version of CynosDB, which is related to `dbType`.
     */
    declare public readonly dbVersion: pulumi.Output<string>;
    /**
     * Indicate whether to delete cluster instance directly or not.
     */
    declare public readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * The number of instances, the range is (0,16], the default value is 2 (i.e. one RW instance + one Ro instance), the passed n means 1 RW instance + n-1 Ro instances (with the same specifications), if you need a more accurate cluster composition, please use InstanceInitInfos.
     */
    declare public readonly instanceCount: pulumi.Output<number>;
    /**
     * The number of CPU cores of read-write type instance in the CynosDB cluster.
     */
    declare public readonly instanceCpuCore: pulumi.Output<number | undefined>;
    declare public readonly instanceId: pulumi.Output<string>;
    /**
     * Instance initialization configuration information, mainly used to select instances of different specifications when purchasing a cluster.
     */
    declare public readonly instanceInitInfos: pulumi.Output<outputs.CynosdbClusterInstanceInitInfo[] | undefined>;
    /**
     * Duration time for maintenance, unit in second.
     */
    declare public readonly instanceMaintainDuration: pulumi.Output<number | undefined>;
    /**
     * Offset time from 00:00, unit in second.
     */
    declare public readonly instanceMaintainStartTime: pulumi.Output<number | undefined>;
    /**
     * Weekdays for maintenance.
     */
    declare public readonly instanceMaintainWeekdays: pulumi.Output<string[]>;
    /**
     * Memory capacity of read-write type instance, unit in GB.
     */
    declare public readonly instanceMemorySize: pulumi.Output<number | undefined>;
    declare public readonly instanceName: pulumi.Output<string>;
    declare public readonly instanceStatus: pulumi.Output<string>;
    declare public readonly instanceStorageSize: pulumi.Output<number>;
    /**
     * Maximum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    declare public readonly maxCpu: pulumi.Output<number | undefined>;
    /**
     * Minimum CPU core count, required while `dbMode` is `SERVERLESS`, request DescribeServerlessInstanceSpecs for more reference.
     */
    declare public readonly minCpu: pulumi.Output<number | undefined>;
    /**
     * Recycling time of the old address, must be filled in when modifying the vpcRecycling time of the old address, must be filled in when modifying the vpc.
     */
    declare public readonly oldIpReserveHours: pulumi.Output<number | undefined>;
    /**
     * Specify parameter list of database.
     */
    declare public readonly paramItems: pulumi.Output<outputs.CynosdbClusterParamItem[] | undefined>;
    /**
     * The ID of the parameter template.
     */
    declare public readonly paramTemplateId: pulumi.Output<number>;
    /**
     * Password of `root` account.
     */
    declare public readonly password: pulumi.Output<string>;
    /**
     * Port of CynosDB cluster.
     */
    declare public readonly port: pulumi.Output<number | undefined>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    declare public readonly prarmTemplateId: pulumi.Output<number>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    declare public readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * ID of the project.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    declare public readonly roGroupAddrs: pulumi.Output<outputs.CynosdbClusterRoGroupAddr[]>;
    declare public readonly roGroupId: pulumi.Output<string>;
    declare public readonly roGroupInstances: pulumi.Output<outputs.CynosdbClusterRoGroupInstance[]>;
    /**
     * IDs of security group for `roGroup`.
     */
    declare public readonly roGroupSgs: pulumi.Output<string[] | undefined>;
    declare public readonly rwGroupAddrs: pulumi.Output<outputs.CynosdbClusterRwGroupAddr[]>;
    declare public readonly rwGroupId: pulumi.Output<string>;
    declare public readonly rwGroupInstances: pulumi.Output<outputs.CynosdbClusterRwGroupInstance[]>;
    /**
     * IDs of security group for `rwGroup`.
     */
    declare public readonly rwGroupSgs: pulumi.Output<string[] | undefined>;
    declare public readonly serverlessStatus: pulumi.Output<string>;
    /**
     * Specify whether to pause or resume serverless cluster. values: `resume`, `pause`.
     */
    declare public readonly serverlessStatusFlag: pulumi.Output<string | undefined>;
    /**
     * Multi zone Addresses of the CynosDB Cluster.
     */
    declare public readonly slaveZone: pulumi.Output<string | undefined>;
    /**
     * Storage limit of CynosDB cluster instance, unit in GB.
     */
    declare public readonly storageLimit: pulumi.Output<number | undefined>;
    /**
     * Cluster storage billing mode, pay-as-you-go: `0`-yearly/monthly: `1`-The default is pay-as-you-go.
     */
    declare public readonly storagePayMode: pulumi.Output<number>;
    declare public readonly storageUsed: pulumi.Output<number>;
    /**
     * ID of the subnet within this VPC.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * The tags of the CynosDB cluster.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * ID of the VPC.
     */
    declare public readonly vpcId: pulumi.Output<string>;

    /**
     * Create a CynosdbCluster resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: CynosdbClusterArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: CynosdbClusterArgs | CynosdbClusterState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as CynosdbClusterState | undefined;
            resourceInputs["autoPause"] = state?.autoPause;
            resourceInputs["autoPauseDelay"] = state?.autoPauseDelay;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["availableZone"] = state?.availableZone;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["charset"] = state?.charset;
            resourceInputs["clusterName"] = state?.clusterName;
            resourceInputs["clusterStatus"] = state?.clusterStatus;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["cynosVersion"] = state?.cynosVersion;
            resourceInputs["dbMode"] = state?.dbMode;
            resourceInputs["dbType"] = state?.dbType;
            resourceInputs["dbVersion"] = state?.dbVersion;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["instanceCount"] = state?.instanceCount;
            resourceInputs["instanceCpuCore"] = state?.instanceCpuCore;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["instanceInitInfos"] = state?.instanceInitInfos;
            resourceInputs["instanceMaintainDuration"] = state?.instanceMaintainDuration;
            resourceInputs["instanceMaintainStartTime"] = state?.instanceMaintainStartTime;
            resourceInputs["instanceMaintainWeekdays"] = state?.instanceMaintainWeekdays;
            resourceInputs["instanceMemorySize"] = state?.instanceMemorySize;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceStatus"] = state?.instanceStatus;
            resourceInputs["instanceStorageSize"] = state?.instanceStorageSize;
            resourceInputs["maxCpu"] = state?.maxCpu;
            resourceInputs["minCpu"] = state?.minCpu;
            resourceInputs["oldIpReserveHours"] = state?.oldIpReserveHours;
            resourceInputs["paramItems"] = state?.paramItems;
            resourceInputs["paramTemplateId"] = state?.paramTemplateId;
            resourceInputs["password"] = state?.password;
            resourceInputs["port"] = state?.port;
            resourceInputs["prarmTemplateId"] = state?.prarmTemplateId;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["roGroupAddrs"] = state?.roGroupAddrs;
            resourceInputs["roGroupId"] = state?.roGroupId;
            resourceInputs["roGroupInstances"] = state?.roGroupInstances;
            resourceInputs["roGroupSgs"] = state?.roGroupSgs;
            resourceInputs["rwGroupAddrs"] = state?.rwGroupAddrs;
            resourceInputs["rwGroupId"] = state?.rwGroupId;
            resourceInputs["rwGroupInstances"] = state?.rwGroupInstances;
            resourceInputs["rwGroupSgs"] = state?.rwGroupSgs;
            resourceInputs["serverlessStatus"] = state?.serverlessStatus;
            resourceInputs["serverlessStatusFlag"] = state?.serverlessStatusFlag;
            resourceInputs["slaveZone"] = state?.slaveZone;
            resourceInputs["storageLimit"] = state?.storageLimit;
            resourceInputs["storagePayMode"] = state?.storagePayMode;
            resourceInputs["storageUsed"] = state?.storageUsed;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
        } else {
            const args = argsOrState as CynosdbClusterArgs | undefined;
            if (args?.availableZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availableZone'");
            }
            if (args?.clusterName === undefined && !opts.urn) {
                throw new Error("Missing required property 'clusterName'");
            }
            if (args?.dbType === undefined && !opts.urn) {
                throw new Error("Missing required property 'dbType'");
            }
            if (args?.dbVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'dbVersion'");
            }
            if (args?.password === undefined && !opts.urn) {
                throw new Error("Missing required property 'password'");
            }
            if (args?.subnetId === undefined && !opts.urn) {
                throw new Error("Missing required property 'subnetId'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["autoPause"] = args?.autoPause;
            resourceInputs["autoPauseDelay"] = args?.autoPauseDelay;
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["availableZone"] = args?.availableZone;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["clusterName"] = args?.clusterName;
            resourceInputs["cynosVersion"] = args?.cynosVersion;
            resourceInputs["dbMode"] = args?.dbMode;
            resourceInputs["dbType"] = args?.dbType;
            resourceInputs["dbVersion"] = args?.dbVersion;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["instanceCount"] = args?.instanceCount;
            resourceInputs["instanceCpuCore"] = args?.instanceCpuCore;
            resourceInputs["instanceInitInfos"] = args?.instanceInitInfos;
            resourceInputs["instanceMaintainDuration"] = args?.instanceMaintainDuration;
            resourceInputs["instanceMaintainStartTime"] = args?.instanceMaintainStartTime;
            resourceInputs["instanceMaintainWeekdays"] = args?.instanceMaintainWeekdays;
            resourceInputs["instanceMemorySize"] = args?.instanceMemorySize;
            resourceInputs["maxCpu"] = args?.maxCpu;
            resourceInputs["minCpu"] = args?.minCpu;
            resourceInputs["oldIpReserveHours"] = args?.oldIpReserveHours;
            resourceInputs["paramItems"] = args?.paramItems;
            resourceInputs["paramTemplateId"] = args?.paramTemplateId;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["port"] = args?.port;
            resourceInputs["prarmTemplateId"] = args?.prarmTemplateId;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["roGroupSgs"] = args?.roGroupSgs;
            resourceInputs["rwGroupSgs"] = args?.rwGroupSgs;
            resourceInputs["serverlessStatusFlag"] = args?.serverlessStatusFlag;
            resourceInputs["slaveZone"] = args?.slaveZone;
            resourceInputs["storageLimit"] = args?.storageLimit;
            resourceInputs["storagePayMode"] = args?.storagePayMode;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["charset"] = undefined /*out*/;
            resourceInputs["clusterStatus"] = undefined /*out*/;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["instanceId"] = undefined /*out*/;
            resourceInputs["instanceName"] = undefined /*out*/;
            resourceInputs["instanceStatus"] = undefined /*out*/;
            resourceInputs["instanceStorageSize"] = undefined /*out*/;
            resourceInputs["roGroupAddrs"] = undefined /*out*/;
            resourceInputs["roGroupId"] = undefined /*out*/;
            resourceInputs["roGroupInstances"] = undefined /*out*/;
            resourceInputs["rwGroupAddrs"] = undefined /*out*/;
            resourceInputs["rwGroupId"] = undefined /*out*/;
            resourceInputs["rwGroupInstances"] = undefined /*out*/;
            resourceInputs["serverlessStatus"] = undefined /*out*/;
            resourceInputs["storageUsed"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(CynosdbCluster.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * ID of the VPC.
     */
    vpcId: pulumi.Input<string>;
}
