// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MysqlInstance resource.
 */
export class MysqlInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MysqlInstanceState, opts?: pulumi.CustomResourceOptions): MysqlInstance {
        return new MysqlInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/mysqlInstance:MysqlInstance";

    /**
     * Returns true if the given object is an instance of MysqlInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MysqlInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MysqlInstance.__pulumiType;
    }

    /**
     * Auto renew flag.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * Indicates which availability zone will be used.
     */
    declare public readonly availabilityZone: pulumi.Output<string>;
    /**
     * Pay type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Cluster Edition node topology configuration.
     */
    declare public readonly clusterTopology: pulumi.Output<outputs.MysqlInstanceClusterTopology>;
    /**
     * CPU cores.
     */
    declare public readonly cpu: pulumi.Output<number>;
    /**
     * Specify device type, available values: - `UNIVERSAL` (default): universal instance, - `EXCLUSIVE`: exclusive instance, - `BASIC_V2`: ONTKE single-node instance, - `CLOUD_NATIVE_CLUSTER`: cluster version standard type, - `CLOUD_NATIVE_CLUSTER_EXCLUSIVE`: cluster version enhanced type.
     */
    declare public readonly deviceType: pulumi.Output<string>;
    /**
     * Instance engine type.
     */
    declare public readonly engineType: pulumi.Output<string>;
    /**
     * The version number of the database engine to use.
     */
    declare public readonly engineVersion: pulumi.Output<string | undefined>;
    /**
     * Specify whether to enable fast upgrade when upgrade instance spec, available value: `1` - enabled, `0` - disabled.
     */
    declare public readonly fastUpgrade: pulumi.Output<number | undefined>;
    /**
     * Zone information about first slave instance.
     */
    declare public readonly firstSlaveZone: pulumi.Output<string>;
    /**
     * Indicate whether to delete instance directly or not.
     */
    declare public readonly forceDelete: pulumi.Output<boolean | undefined>;
    declare public readonly gtid: pulumi.Output<number>;
    /**
     * The name of a mysql instance.
     */
    declare public readonly instanceName: pulumi.Output<string>;
    declare public readonly internetHost: pulumi.Output<string>;
    declare public readonly internetPort: pulumi.Output<number>;
    /**
     * Indicates whether to enable the access to an instance from public network: 0 - No, 1 - Yes.
     */
    declare public readonly internetService: pulumi.Output<number | undefined>;
    declare public readonly intranetIp: pulumi.Output<string>;
    /**
     * Public access port.
     */
    declare public readonly intranetPort: pulumi.Output<number | undefined>;
    declare public readonly locked: pulumi.Output<number>;
    /**
     * Latency threshold.
     */
    declare public readonly maxDeayTime: pulumi.Output<number | undefined>;
    /**
     * Memory size (in MB).
     */
    declare public readonly memSize: pulumi.Output<number>;
    /**
     * List of parameters to use.
     */
    declare public readonly parameters: pulumi.Output<{[key: string]: string}>;
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
     * Project ID, default value is 0.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Password of root account.
     */
    declare public readonly rootPassword: pulumi.Output<string | undefined>;
    /**
     * Zone information about second slave instance.
     */
    declare public readonly secondSlaveZone: pulumi.Output<string | undefined>;
    /**
     * Security groups to use.
     */
    declare public readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Availability zone deployment method.
     */
    declare public readonly slaveDeployMode: pulumi.Output<number | undefined>;
    /**
     * Data replication mode. 0 - Async replication; 1 - Semisync replication; 2 - Strongsync replication.
     */
    declare public readonly slaveSyncMode: pulumi.Output<number | undefined>;
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
     * Whether it is a kernel subversion upgrade, supported values: 1 - upgrade the kernel subversion; 0 - upgrade the database engine version.
     */
    declare public readonly upgradeSubversion: pulumi.Output<number | undefined>;
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
     * Create a MysqlInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MysqlInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MysqlInstanceArgs | MysqlInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MysqlInstanceState | undefined;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["clusterTopology"] = state?.clusterTopology;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["deviceType"] = state?.deviceType;
            resourceInputs["engineType"] = state?.engineType;
            resourceInputs["engineVersion"] = state?.engineVersion;
            resourceInputs["fastUpgrade"] = state?.fastUpgrade;
            resourceInputs["firstSlaveZone"] = state?.firstSlaveZone;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["gtid"] = state?.gtid;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["internetHost"] = state?.internetHost;
            resourceInputs["internetPort"] = state?.internetPort;
            resourceInputs["internetService"] = state?.internetService;
            resourceInputs["intranetIp"] = state?.intranetIp;
            resourceInputs["intranetPort"] = state?.intranetPort;
            resourceInputs["locked"] = state?.locked;
            resourceInputs["maxDeayTime"] = state?.maxDeayTime;
            resourceInputs["memSize"] = state?.memSize;
            resourceInputs["parameters"] = state?.parameters;
            resourceInputs["paramTemplateId"] = state?.paramTemplateId;
            resourceInputs["payType"] = state?.payType;
            resourceInputs["period"] = state?.period;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["rootPassword"] = state?.rootPassword;
            resourceInputs["secondSlaveZone"] = state?.secondSlaveZone;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["slaveDeployMode"] = state?.slaveDeployMode;
            resourceInputs["slaveSyncMode"] = state?.slaveSyncMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["taskStatus"] = state?.taskStatus;
            resourceInputs["upgradeSubversion"] = state?.upgradeSubversion;
            resourceInputs["volumeSize"] = state?.volumeSize;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitSwitch"] = state?.waitSwitch;
        } else {
            const args = argsOrState as MysqlInstanceArgs | undefined;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.memSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'memSize'");
            }
            if (args?.volumeSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'volumeSize'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["clusterTopology"] = args?.clusterTopology;
            resourceInputs["cpu"] = args?.cpu;
            resourceInputs["deviceType"] = args?.deviceType;
            resourceInputs["engineType"] = args?.engineType;
            resourceInputs["engineVersion"] = args?.engineVersion;
            resourceInputs["fastUpgrade"] = args?.fastUpgrade;
            resourceInputs["firstSlaveZone"] = args?.firstSlaveZone;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["internetService"] = args?.internetService;
            resourceInputs["intranetPort"] = args?.intranetPort;
            resourceInputs["maxDeayTime"] = args?.maxDeayTime;
            resourceInputs["memSize"] = args?.memSize;
            resourceInputs["parameters"] = args?.parameters;
            resourceInputs["paramTemplateId"] = args?.paramTemplateId;
            resourceInputs["payType"] = args?.payType;
            resourceInputs["period"] = args?.period;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["rootPassword"] = args?.rootPassword ? pulumi.secret(args.rootPassword) : undefined;
            resourceInputs["secondSlaveZone"] = args?.secondSlaveZone;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["slaveDeployMode"] = args?.slaveDeployMode;
            resourceInputs["slaveSyncMode"] = args?.slaveSyncMode;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["upgradeSubversion"] = args?.upgradeSubversion;
            resourceInputs["volumeSize"] = args?.volumeSize;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitSwitch"] = args?.waitSwitch;
            resourceInputs["gtid"] = undefined /*out*/;
            resourceInputs["internetHost"] = undefined /*out*/;
            resourceInputs["internetPort"] = undefined /*out*/;
            resourceInputs["intranetIp"] = undefined /*out*/;
            resourceInputs["locked"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
            resourceInputs["taskStatus"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["rootPassword"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(MysqlInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    parameters?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    parameters?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
