// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MysqlReadonlyInstance resource.
 */
export class MysqlReadonlyInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlReadonlyInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MysqlReadonlyInstanceState, opts?: pulumi.CustomResourceOptions): MysqlReadonlyInstance {
        return new MysqlReadonlyInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance";

    /**
     * Returns true if the given object is an instance of MysqlReadonlyInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MysqlReadonlyInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MysqlReadonlyInstance.__pulumiType;
    }

    /**
     * Auto renew flag.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * Pay type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Cluster Edition node topology configuration.
     */
    declare public readonly clusterTopology: pulumi.Output<outputs.MysqlReadonlyInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    declare public readonly cpu: pulumi.Output<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    declare public readonly deviceType: pulumi.Output<string>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    declare public readonly fastUpgrade: pulumi.Output<number | undefined>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    declare public readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * The name of a mysql instance.
     */
    declare public readonly instanceName: pulumi.Output<string>;
    declare public readonly intranetIp: pulumi.Output<string>;
    /**
     * Public access port.
     */
    declare public readonly intranetPort: pulumi.Output<number | undefined>;
    declare public readonly locked: pulumi.Output<number>;
    /**
     * Indicates the master instance ID of recovery instances.
     */
    declare public readonly masterInstanceId: pulumi.Output<string>;
    /**
     * The region information of the master instance.
     */
    declare public readonly masterRegion: pulumi.Output<string>;
    /**
     * Memory size (in MB).
     */
    declare public readonly memSize: pulumi.Output<number>;
    /**
     * Specify parameter template id.
     */
    declare public readonly paramTemplateId: pulumi.Output<number | undefined>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    declare public readonly payType: pulumi.Output<number | undefined>;
    /**
     * It has been deprecated from version 1.36.0.
     * @deprecated It has been deprecated from version 1.36.0.
     */
    declare public readonly period: pulumi.Output<number | undefined>;
    /**
     * Period of instance.
     */
    declare public readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Read only group id.
     */
    declare public readonly roGroupId: pulumi.Output<string>;
    /**
     * Security groups to use.
     */
    declare public readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Availability zone deployment method.
     */
    declare public readonly slaveDeployMode: pulumi.Output<number | undefined>;
    declare public readonly status: pulumi.Output<number>;
    /**
     * Private network ID.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * Instance tags.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    declare public readonly taskStatus: pulumi.Output<number>;
    /**
     * Disk size (in GB).
     */
    declare public readonly volumeSize: pulumi.Output<number>;
    /**
     * ID of VPC, which can be modified once every 24 hours and can't be removed.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Switch the method of accessing new instances, default is `0`.
     */
    declare public readonly waitSwitch: pulumi.Output<number | undefined>;
    /**
     * Zone information, this parameter defaults to, the system automatically selects an Availability Zone.
     */
    declare public readonly zone: pulumi.Output<string>;

    /**
     * Create a MysqlReadonlyInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MysqlReadonlyInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MysqlReadonlyInstanceArgs | MysqlReadonlyInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MysqlReadonlyInstanceState | undefined;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["clusterTopology"] = state?.clusterTopology;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["deviceType"] = state?.deviceType;
            resourceInputs["fastUpgrade"] = state?.fastUpgrade;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["intranetIp"] = state?.intranetIp;
            resourceInputs["intranetPort"] = state?.intranetPort;
            resourceInputs["locked"] = state?.locked;
            resourceInputs["masterInstanceId"] = state?.masterInstanceId;
            resourceInputs["masterRegion"] = state?.masterRegion;
            resourceInputs["memSize"] = state?.memSize;
            resourceInputs["paramTemplateId"] = state?.paramTemplateId;
            resourceInputs["payType"] = state?.payType;
            resourceInputs["period"] = state?.period;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["roGroupId"] = state?.roGroupId;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["slaveDeployMode"] = state?.slaveDeployMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["taskStatus"] = state?.taskStatus;
            resourceInputs["volumeSize"] = state?.volumeSize;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitSwitch"] = state?.waitSwitch;
            resourceInputs["zone"] = state?.zone;
        } else {
            const args = argsOrState as MysqlReadonlyInstanceArgs | undefined;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.masterInstanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'masterInstanceId'");
            }
            if (args?.memSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'memSize'");
            }
            if (args?.volumeSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'volumeSize'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["clusterTopology"] = args?.clusterTopology;
            resourceInputs["cpu"] = args?.cpu;
            resourceInputs["deviceType"] = args?.deviceType;
            resourceInputs["fastUpgrade"] = args?.fastUpgrade;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["intranetPort"] = args?.intranetPort;
            resourceInputs["masterInstanceId"] = args?.masterInstanceId;
            resourceInputs["masterRegion"] = args?.masterRegion;
            resourceInputs["memSize"] = args?.memSize;
            resourceInputs["paramTemplateId"] = args?.paramTemplateId;
            resourceInputs["payType"] = args?.payType;
            resourceInputs["period"] = args?.period;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["roGroupId"] = args?.roGroupId;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["slaveDeployMode"] = args?.slaveDeployMode;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["volumeSize"] = args?.volumeSize;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitSwitch"] = args?.waitSwitch;
            resourceInputs["zone"] = args?.zone;
            resourceInputs["intranetIp"] = undefined /*out*/;
            resourceInputs["locked"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
            resourceInputs["taskStatus"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MysqlReadonlyInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
