// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The AsScalingConfig resource.
 */
export class AsScalingConfig extends pulumi.CustomResource {
    /**
     * Gets an existing AsScalingConfig resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AsScalingConfigState, opts?: pulumi.CustomResourceOptions): AsScalingConfig {
        return new AsScalingConfig(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/asScalingConfig:AsScalingConfig";

    /**
     * Returns true if the given object is an instance of AsScalingConfig. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AsScalingConfig {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsScalingConfig.__pulumiType;
    }

    /**
     * Anti-DDoS service package ID.
     */
    declare public readonly antiDdosPackageId: pulumi.Output<string | undefined>;
    /**
     * Bandwidth package ID.
     */
    declare public readonly bandwidthPackageId: pulumi.Output<string | undefined>;
    /**
     * CAM role name authorized to access.
     */
    declare public readonly camRoleName: pulumi.Output<string | undefined>;
    /**
     * Name of a launch configuration.
     */
    declare public readonly configurationName: pulumi.Output<string>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Configurations of data disk.
     */
    declare public readonly dataDisks: pulumi.Output<outputs.AsScalingConfigDataDisk[] | undefined>;
    /**
     * Dedicated Cluster ID.
     */
    declare public readonly dedicatedClusterId: pulumi.Output<string | undefined>;
    /**
     * Placement group ID.
     */
    declare public readonly disasterRecoverGroupIds: pulumi.Output<string[]>;
    /**
     * Policy of cloud disk type.
     */
    declare public readonly diskTypePolicy: pulumi.Output<string | undefined>;
    /**
     * To specify whether to enable cloud automation tools service.
     */
    declare public readonly enhancedAutomationToolsService: pulumi.Output<boolean | undefined>;
    /**
     * To specify whether to enable cloud monitor service.
     */
    declare public readonly enhancedMonitorService: pulumi.Output<boolean | undefined>;
    /**
     * To specify whether to enable cloud security service.
     */
    declare public readonly enhancedSecurityService: pulumi.Output<boolean | undefined>;
    /**
     * Related settings of the cloud server hostname (HostName).
     */
    declare public readonly hostNameSettings: pulumi.Output<outputs.AsScalingConfigHostNameSettings | undefined>;
    /**
     * Image Family Name.
     */
    declare public readonly imageFamily: pulumi.Output<string | undefined>;
    /**
     * An available image ID for a cvm instance.
     */
    declare public readonly imageId: pulumi.Output<string | undefined>;
    /**
     * Charge type of instance.
     */
    declare public readonly instanceChargeType: pulumi.Output<string | undefined>;
    /**
     * The tenancy (in month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    declare public readonly instanceChargeTypePrepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Auto renewal flag.
     */
    declare public readonly instanceChargeTypePrepaidRenewFlag: pulumi.Output<string>;
    /**
     * Settings of CVM instance names.
     */
    declare public readonly instanceNameSettings: pulumi.Output<outputs.AsScalingConfigInstanceNameSettings | undefined>;
    /**
     * A list of tags used to associate different resources.
     */
    declare public readonly instanceTags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Specified types of CVM instances.
     */
    declare public readonly instanceTypes: pulumi.Output<string[]>;
    /**
     * Charge types for network traffic.
     */
    declare public readonly internetChargeType: pulumi.Output<string | undefined>;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    declare public readonly internetMaxBandwidthOut: pulumi.Output<number | undefined>;
    /**
     * AddressType.
     */
    declare public readonly ipv4AddressType: pulumi.Output<string>;
    /**
     * Whether to delete the bound EIP when the instance is destroyed.
     */
    declare public readonly isKeepEip: pulumi.Output<boolean>;
    /**
     * Specify whether to keep original settings of a CVM image.
     */
    declare public readonly keepImageLogin: pulumi.Output<boolean | undefined>;
    /**
     * ID list of keys.
     */
    declare public readonly keyIds: pulumi.Output<string[] | undefined>;
    /**
     * Password to access.
     */
    declare public readonly password: pulumi.Output<string | undefined>;
    /**
     * Specifys to which project the configuration belongs.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Specify whether to assign an Internet IP address.
     */
    declare public readonly publicIpAssigned: pulumi.Output<boolean | undefined>;
    /**
     * Security groups to which a CVM instance belongs.
     */
    declare public readonly securityGroupIds: pulumi.Output<string[] | undefined>;
    /**
     * Type of spot instance, only support `one-time` now.
     */
    declare public readonly spotInstanceType: pulumi.Output<string | undefined>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    declare public readonly spotMaxPrice: pulumi.Output<string | undefined>;
    declare public readonly status: pulumi.Output<string>;
    /**
     * Volume of system disk in GB.
     */
    declare public readonly systemDiskSize: pulumi.Output<number | undefined>;
    /**
     * Type of a CVM disk.
     */
    declare public readonly systemDiskType: pulumi.Output<string | undefined>;
    /**
     * Tags of launch configuration.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    declare public readonly userData: pulumi.Output<string | undefined>;

    /**
     * Create a AsScalingConfig resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: AsScalingConfigArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: AsScalingConfigArgs | AsScalingConfigState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AsScalingConfigState | undefined;
            resourceInputs["antiDdosPackageId"] = state?.antiDdosPackageId;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["camRoleName"] = state?.camRoleName;
            resourceInputs["configurationName"] = state?.configurationName;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["dataDisks"] = state?.dataDisks;
            resourceInputs["dedicatedClusterId"] = state?.dedicatedClusterId;
            resourceInputs["disasterRecoverGroupIds"] = state?.disasterRecoverGroupIds;
            resourceInputs["diskTypePolicy"] = state?.diskTypePolicy;
            resourceInputs["enhancedAutomationToolsService"] = state?.enhancedAutomationToolsService;
            resourceInputs["enhancedMonitorService"] = state?.enhancedMonitorService;
            resourceInputs["enhancedSecurityService"] = state?.enhancedSecurityService;
            resourceInputs["hostNameSettings"] = state?.hostNameSettings;
            resourceInputs["imageFamily"] = state?.imageFamily;
            resourceInputs["imageId"] = state?.imageId;
            resourceInputs["instanceChargeType"] = state?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = state?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = state?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceNameSettings"] = state?.instanceNameSettings;
            resourceInputs["instanceTags"] = state?.instanceTags;
            resourceInputs["instanceTypes"] = state?.instanceTypes;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = state?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = state?.ipv4AddressType;
            resourceInputs["isKeepEip"] = state?.isKeepEip;
            resourceInputs["keepImageLogin"] = state?.keepImageLogin;
            resourceInputs["keyIds"] = state?.keyIds;
            resourceInputs["password"] = state?.password;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["publicIpAssigned"] = state?.publicIpAssigned;
            resourceInputs["securityGroupIds"] = state?.securityGroupIds;
            resourceInputs["spotInstanceType"] = state?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = state?.spotMaxPrice;
            resourceInputs["status"] = state?.status;
            resourceInputs["systemDiskSize"] = state?.systemDiskSize;
            resourceInputs["systemDiskType"] = state?.systemDiskType;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["userData"] = state?.userData;
        } else {
            const args = argsOrState as AsScalingConfigArgs | undefined;
            if (args?.configurationName === undefined && !opts.urn) {
                throw new Error("Missing required property 'configurationName'");
            }
            if (args?.instanceTypes === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceTypes'");
            }
            resourceInputs["antiDdosPackageId"] = args?.antiDdosPackageId;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["camRoleName"] = args?.camRoleName;
            resourceInputs["configurationName"] = args?.configurationName;
            resourceInputs["dataDisks"] = args?.dataDisks;
            resourceInputs["dedicatedClusterId"] = args?.dedicatedClusterId;
            resourceInputs["disasterRecoverGroupIds"] = args?.disasterRecoverGroupIds;
            resourceInputs["diskTypePolicy"] = args?.diskTypePolicy;
            resourceInputs["enhancedAutomationToolsService"] = args?.enhancedAutomationToolsService;
            resourceInputs["enhancedMonitorService"] = args?.enhancedMonitorService;
            resourceInputs["enhancedSecurityService"] = args?.enhancedSecurityService;
            resourceInputs["hostNameSettings"] = args?.hostNameSettings;
            resourceInputs["imageFamily"] = args?.imageFamily;
            resourceInputs["imageId"] = args?.imageId;
            resourceInputs["instanceChargeType"] = args?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = args?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = args?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceNameSettings"] = args?.instanceNameSettings;
            resourceInputs["instanceTags"] = args?.instanceTags;
            resourceInputs["instanceTypes"] = args?.instanceTypes;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = args?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = args?.ipv4AddressType;
            resourceInputs["isKeepEip"] = args?.isKeepEip;
            resourceInputs["keepImageLogin"] = args?.keepImageLogin;
            resourceInputs["keyIds"] = args?.keyIds;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["publicIpAssigned"] = args?.publicIpAssigned;
            resourceInputs["securityGroupIds"] = args?.securityGroupIds;
            resourceInputs["spotInstanceType"] = args?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = args?.spotMaxPrice;
            resourceInputs["systemDiskSize"] = args?.systemDiskSize;
            resourceInputs["systemDiskType"] = args?.systemDiskType;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["userData"] = args?.userData;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(AsScalingConfig.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    instanceTags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    instanceTags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    userData?: pulumi.Input<string>;
}
