import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The AsScalingConfig resource.
 */
export declare class AsScalingConfig extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingConfig resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScalingConfigState, opts?: pulumi.CustomResourceOptions): AsScalingConfig;
    /**
     * Returns true if the given object is an instance of AsScalingConfig. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AsScalingConfig;
    /**
     * Anti-DDoS service package ID.
     */
    readonly antiDdosPackageId: pulumi.Output<string | undefined>;
    /**
     * Bandwidth package ID.
     */
    readonly bandwidthPackageId: pulumi.Output<string | undefined>;
    /**
     * CAM role name authorized to access.
     */
    readonly camRoleName: pulumi.Output<string | undefined>;
    /**
     * Name of a launch configuration.
     */
    readonly configurationName: pulumi.Output<string>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Configurations of data disk.
     */
    readonly dataDisks: pulumi.Output<outputs.AsScalingConfigDataDisk[] | undefined>;
    /**
     * Dedicated Cluster ID.
     */
    readonly dedicatedClusterId: pulumi.Output<string | undefined>;
    /**
     * Placement group ID.
     */
    readonly disasterRecoverGroupIds: pulumi.Output<string[]>;
    /**
     * Policy of cloud disk type.
     */
    readonly diskTypePolicy: pulumi.Output<string | undefined>;
    /**
     * To specify whether to enable cloud automation tools service.
     */
    readonly enhancedAutomationToolsService: pulumi.Output<boolean | undefined>;
    /**
     * To specify whether to enable cloud monitor service.
     */
    readonly enhancedMonitorService: pulumi.Output<boolean | undefined>;
    /**
     * To specify whether to enable cloud security service.
     */
    readonly enhancedSecurityService: pulumi.Output<boolean | undefined>;
    /**
     * Related settings of the cloud server hostname (HostName).
     */
    readonly hostNameSettings: pulumi.Output<outputs.AsScalingConfigHostNameSettings | undefined>;
    /**
     * Image Family Name.
     */
    readonly imageFamily: pulumi.Output<string | undefined>;
    /**
     * An available image ID for a cvm instance.
     */
    readonly imageId: pulumi.Output<string | undefined>;
    /**
     * Charge type of instance.
     */
    readonly instanceChargeType: pulumi.Output<string | undefined>;
    /**
     * The tenancy (in month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    readonly instanceChargeTypePrepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Auto renewal flag.
     */
    readonly instanceChargeTypePrepaidRenewFlag: pulumi.Output<string>;
    /**
     * Settings of CVM instance names.
     */
    readonly instanceNameSettings: pulumi.Output<outputs.AsScalingConfigInstanceNameSettings | undefined>;
    /**
     * A list of tags used to associate different resources.
     */
    readonly instanceTags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Specified types of CVM instances.
     */
    readonly instanceTypes: pulumi.Output<string[]>;
    /**
     * Charge types for network traffic.
     */
    readonly internetChargeType: pulumi.Output<string | undefined>;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    readonly internetMaxBandwidthOut: pulumi.Output<number | undefined>;
    /**
     * AddressType.
     */
    readonly ipv4AddressType: pulumi.Output<string>;
    /**
     * Whether to delete the bound EIP when the instance is destroyed.
     */
    readonly isKeepEip: pulumi.Output<boolean>;
    /**
     * Specify whether to keep original settings of a CVM image.
     */
    readonly keepImageLogin: pulumi.Output<boolean | undefined>;
    /**
     * ID list of keys.
     */
    readonly keyIds: pulumi.Output<string[] | undefined>;
    /**
     * Password to access.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * Specifys to which project the configuration belongs.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Specify whether to assign an Internet IP address.
     */
    readonly publicIpAssigned: pulumi.Output<boolean | undefined>;
    /**
     * Security groups to which a CVM instance belongs.
     */
    readonly securityGroupIds: pulumi.Output<string[] | undefined>;
    /**
     * Type of spot instance, only support `one-time` now.
     */
    readonly spotInstanceType: pulumi.Output<string | undefined>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    readonly spotMaxPrice: pulumi.Output<string | undefined>;
    readonly status: pulumi.Output<string>;
    /**
     * Volume of system disk in GB.
     */
    readonly systemDiskSize: pulumi.Output<number | undefined>;
    /**
     * Type of a CVM disk.
     */
    readonly systemDiskType: pulumi.Output<string | undefined>;
    /**
     * Tags of launch configuration.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    readonly userData: pulumi.Output<string | undefined>;
    /**
     * Create a AsScalingConfig resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScalingConfigArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AsScalingConfig resources.
 */
export interface AsScalingConfigState {
    /**
     * Anti-DDoS service package ID.
     */
    antiDdosPackageId?: pulumi.Input<string>;
    /**
     * Bandwidth package ID.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * Name of a launch configuration.
     */
    configurationName?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    /**
     * Configurations of data disk.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.AsScalingConfigDataDisk>[]>;
    /**
     * Dedicated Cluster ID.
     */
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * Placement group ID.
     */
    disasterRecoverGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Policy of cloud disk type.
     */
    diskTypePolicy?: pulumi.Input<string>;
    /**
     * To specify whether to enable cloud automation tools service.
     */
    enhancedAutomationToolsService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: pulumi.Input<boolean>;
    /**
     * Related settings of the cloud server hostname (HostName).
     */
    hostNameSettings?: pulumi.Input<inputs.AsScalingConfigHostNameSettings>;
    /**
     * Image Family Name.
     */
    imageFamily?: pulumi.Input<string>;
    /**
     * An available image ID for a cvm instance.
     */
    imageId?: pulumi.Input<string>;
    /**
     * Charge type of instance.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * The tenancy (in month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
    /**
     * Settings of CVM instance names.
     */
    instanceNameSettings?: pulumi.Input<inputs.AsScalingConfigInstanceNameSettings>;
    /**
     * A list of tags used to associate different resources.
     */
    instanceTags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specified types of CVM instances.
     */
    instanceTypes?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * AddressType.
     */
    ipv4AddressType?: pulumi.Input<string>;
    /**
     * Whether to delete the bound EIP when the instance is destroyed.
     */
    isKeepEip?: pulumi.Input<boolean>;
    /**
     * Specify whether to keep original settings of a CVM image.
     */
    keepImageLogin?: pulumi.Input<boolean>;
    /**
     * ID list of keys.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Password to access.
     */
    password?: pulumi.Input<string>;
    /**
     * Specifys to which project the configuration belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: pulumi.Input<boolean>;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Type of spot instance, only support `one-time` now.
     */
    spotInstanceType?: pulumi.Input<string>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    spotMaxPrice?: pulumi.Input<string>;
    status?: pulumi.Input<string>;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: pulumi.Input<number>;
    /**
     * Type of a CVM disk.
     */
    systemDiskType?: pulumi.Input<string>;
    /**
     * Tags of launch configuration.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    userData?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a AsScalingConfig resource.
 */
export interface AsScalingConfigArgs {
    /**
     * Anti-DDoS service package ID.
     */
    antiDdosPackageId?: pulumi.Input<string>;
    /**
     * Bandwidth package ID.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * Name of a launch configuration.
     */
    configurationName: pulumi.Input<string>;
    /**
     * Configurations of data disk.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.AsScalingConfigDataDisk>[]>;
    /**
     * Dedicated Cluster ID.
     */
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * Placement group ID.
     */
    disasterRecoverGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Policy of cloud disk type.
     */
    diskTypePolicy?: pulumi.Input<string>;
    /**
     * To specify whether to enable cloud automation tools service.
     */
    enhancedAutomationToolsService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: pulumi.Input<boolean>;
    /**
     * Related settings of the cloud server hostname (HostName).
     */
    hostNameSettings?: pulumi.Input<inputs.AsScalingConfigHostNameSettings>;
    /**
     * Image Family Name.
     */
    imageFamily?: pulumi.Input<string>;
    /**
     * An available image ID for a cvm instance.
     */
    imageId?: pulumi.Input<string>;
    /**
     * Charge type of instance.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * The tenancy (in month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
    /**
     * Settings of CVM instance names.
     */
    instanceNameSettings?: pulumi.Input<inputs.AsScalingConfigInstanceNameSettings>;
    /**
     * A list of tags used to associate different resources.
     */
    instanceTags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specified types of CVM instances.
     */
    instanceTypes: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * AddressType.
     */
    ipv4AddressType?: pulumi.Input<string>;
    /**
     * Whether to delete the bound EIP when the instance is destroyed.
     */
    isKeepEip?: pulumi.Input<boolean>;
    /**
     * Specify whether to keep original settings of a CVM image.
     */
    keepImageLogin?: pulumi.Input<boolean>;
    /**
     * ID list of keys.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Password to access.
     */
    password?: pulumi.Input<string>;
    /**
     * Specifys to which project the configuration belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: pulumi.Input<boolean>;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Type of spot instance, only support `one-time` now.
     */
    spotInstanceType?: pulumi.Input<string>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    spotMaxPrice?: pulumi.Input<string>;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: pulumi.Input<number>;
    /**
     * Type of a CVM disk.
     */
    systemDiskType?: pulumi.Input<string>;
    /**
     * Tags of launch configuration.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    userData?: pulumi.Input<string>;
}
