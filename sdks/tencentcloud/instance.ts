// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The Instance resource.
 */
export class Instance extends pulumi.CustomResource {
    /**
     * Gets an existing Instance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceState, opts?: pulumi.CustomResourceOptions): Instance {
        return new Instance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/instance:Instance";

    /**
     * Returns true if the given object is an instance of Instance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Instance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Instance.__pulumiType;
    }

    /**
     * Associate a public IP address with an instance in a VPC or Classic.
     */
    declare public readonly allocatePublicIp: pulumi.Output<boolean | undefined>;
    /**
     * Anti-DDoS service package ID.
     */
    declare public readonly antiDdosPackageId: pulumi.Output<string>;
    /**
     * The available zone for the CVM instance.
     */
    declare public readonly availabilityZone: pulumi.Output<string>;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    declare public readonly bandwidthPackageId: pulumi.Output<string | undefined>;
    /**
     * CAM role name authorized to access.
     */
    declare public readonly camRoleName: pulumi.Output<string>;
    /**
     * Id of cdh instance.
     */
    declare public readonly cdhHostId: pulumi.Output<string>;
    /**
     * Type of instance created on cdh, the value of this parameter is in the format of CDH_XCXG based on the number of CPU cores and memory capacity.
     */
    declare public readonly cdhInstanceType: pulumi.Output<string>;
    declare public readonly cpu: pulumi.Output<number>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Settings for data disks.
     */
    declare public readonly dataDisks: pulumi.Output<outputs.InstanceDataDisk[]>;
    /**
     * Exclusive cluster id.
     */
    declare public readonly dedicatedClusterId: pulumi.Output<string | undefined>;
    /**
     * Whether the termination protection is enabled.
     */
    declare public readonly disableApiTermination: pulumi.Output<boolean>;
    /**
     * Disable enhance service for automation, it is enabled by default.
     */
    declare public readonly disableAutomationService: pulumi.Output<boolean | undefined>;
    /**
     * Disable enhance service for monitor, it is enabled by default.
     */
    declare public readonly disableMonitorService: pulumi.Output<boolean | undefined>;
    /**
     * Disable enhance service for security, it is enabled by default.
     */
    declare public readonly disableSecurityService: pulumi.Output<boolean | undefined>;
    declare public readonly expiredTime: pulumi.Output<string>;
    /**
     * Indicate whether to force delete the instance.
     */
    declare public readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * Whether to force the instance host to be replaced.
     */
    declare public readonly forceReplacePlacementGroupId: pulumi.Output<boolean | undefined>;
    /**
     * The hostname of the instance.
     */
    declare public readonly hostname: pulumi.Output<string>;
    /**
     * High-performance computing cluster ID.
     */
    declare public readonly hpcClusterId: pulumi.Output<string>;
    /**
     * The image to use for the instance.
     */
    declare public readonly imageId: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    declare public readonly instanceChargeType: pulumi.Output<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    declare public readonly instanceChargeTypePrepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Auto renewal flag.
     */
    declare public readonly instanceChargeTypePrepaidRenewFlag: pulumi.Output<string>;
    declare public readonly instanceName: pulumi.Output<string>;
    declare public readonly instanceStatus: pulumi.Output<string>;
    /**
     * The type of the instance.
     */
    declare public readonly instanceType: pulumi.Output<string>;
    /**
     * Internet charge type of the instance, Valid values are `BANDWIDTH_PREPAID`, `TRAFFIC_POSTPAID_BY_HOUR`, `BANDWIDTH_POSTPAID_BY_HOUR` and `BANDWIDTH_PACKAGE`.
     */
    declare public readonly internetChargeType: pulumi.Output<string>;
    /**
     * Maximum outgoing bandwidth to the public network, measured in Mbps (Mega bits per second).
     */
    declare public readonly internetMaxBandwidthOut: pulumi.Output<number>;
    /**
     * AddressType.
     */
    declare public readonly ipv4AddressType: pulumi.Output<string>;
    /**
     * Specify the number of randomly generated IPv6 addresses for the Elastic Network Interface.
     */
    declare public readonly ipv6AddressCount: pulumi.Output<number>;
    declare public readonly ipv6Addresses: pulumi.Output<string[]>;
    /**
     * IPv6 AddressType.
     */
    declare public readonly ipv6AddressType: pulumi.Output<string>;
    /**
     * Whether to keep image login or not, default is `false`.
     */
    declare public readonly keepImageLogin: pulumi.Output<boolean>;
    /**
     * The key pair to use for the instance, it looks like `skey-16jig7tx`.
     */
    declare public readonly keyIds: pulumi.Output<string[]>;
    /**
     * Please use `keyIds` instead.
     * @deprecated Please use `keyIds` instead.
     */
    declare public readonly keyName: pulumi.Output<string>;
    /**
     * Instance launch template ID.
     */
    declare public readonly launchTemplateId: pulumi.Output<string | undefined>;
    /**
     * The instance launch template version number.
     */
    declare public readonly launchTemplateVersion: pulumi.Output<number | undefined>;
    declare public readonly memory: pulumi.Output<number>;
    /**
     * A list of orderly security group IDs to associate with.
     */
    declare public readonly orderlySecurityGroups: pulumi.Output<string[]>;
    declare public readonly osName: pulumi.Output<string>;
    /**
     * Password for the instance.
     */
    declare public readonly password: pulumi.Output<string | undefined>;
    /**
     * The ID of a placement group.
     */
    declare public readonly placementGroupId: pulumi.Output<string>;
    /**
     * The private IP to be assigned to this instance, must be in the provided subnet and available.
     */
    declare public readonly privateIp: pulumi.Output<string>;
    /**
     * The project the instance belongs to, default to 0.
     */
    declare public readonly projectId: pulumi.Output<number>;
    declare public readonly publicIp: pulumi.Output<string>;
    declare public readonly publicIpv6Addresses: pulumi.Output<string[]>;
    /**
     * Release elastic IP.
     */
    declare public readonly releaseAddress: pulumi.Output<boolean | undefined>;
    /**
     * Set instance to running or stop.
     */
    declare public readonly runningFlag: pulumi.Output<boolean>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    declare public readonly securityGroups: pulumi.Output<string[]>;
    /**
     * Type of spot instance, only support `ONE-TIME` now.
     */
    declare public readonly spotInstanceType: pulumi.Output<string | undefined>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    declare public readonly spotMaxPrice: pulumi.Output<string | undefined>;
    /**
     * Billing method of a pay-as-you-go instance after shutdown.
     */
    declare public readonly stoppedMode: pulumi.Output<string | undefined>;
    /**
     * Instance shutdown mode.
     */
    declare public readonly stopType: pulumi.Output<string | undefined>;
    /**
     * The ID of a VPC subnet.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * System disk snapshot ID used to initialize the system disk.
     */
    declare public readonly systemDiskId: pulumi.Output<string>;
    /**
     * Name of the system disk.
     */
    declare public readonly systemDiskName: pulumi.Output<string>;
    /**
     * Resize online.
     */
    declare public readonly systemDiskResizeOnline: pulumi.Output<boolean | undefined>;
    /**
     * Size of the system disk. unit is GB, Default is 50GB.
     */
    declare public readonly systemDiskSize: pulumi.Output<number>;
    /**
     * System disk type.
     */
    declare public readonly systemDiskType: pulumi.Output<string>;
    /**
     * A mapping of tags to assign to the resource.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string}>;
    /**
     * The user data to be injected into this instance.
     */
    declare public readonly userData: pulumi.Output<string>;
    /**
     * The user data to be injected into this instance, in plain text.
     */
    declare public readonly userDataRaw: pulumi.Output<string>;
    /**
     * When used in combination with `userData` or `userDataRaw` will trigger a destroy and recreate of the CVM instance when set to `true`.
     */
    declare public readonly userDataReplaceOnChange: pulumi.Output<boolean | undefined>;
    declare public readonly uuid: pulumi.Output<string>;
    /**
     * The ID of a VPC network.
     */
    declare public readonly vpcId: pulumi.Output<string>;

    /**
     * Create a Instance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: InstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: InstanceArgs | InstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as InstanceState | undefined;
            resourceInputs["allocatePublicIp"] = state?.allocatePublicIp;
            resourceInputs["antiDdosPackageId"] = state?.antiDdosPackageId;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["camRoleName"] = state?.camRoleName;
            resourceInputs["cdhHostId"] = state?.cdhHostId;
            resourceInputs["cdhInstanceType"] = state?.cdhInstanceType;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["dataDisks"] = state?.dataDisks;
            resourceInputs["dedicatedClusterId"] = state?.dedicatedClusterId;
            resourceInputs["disableApiTermination"] = state?.disableApiTermination;
            resourceInputs["disableAutomationService"] = state?.disableAutomationService;
            resourceInputs["disableMonitorService"] = state?.disableMonitorService;
            resourceInputs["disableSecurityService"] = state?.disableSecurityService;
            resourceInputs["expiredTime"] = state?.expiredTime;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["forceReplacePlacementGroupId"] = state?.forceReplacePlacementGroupId;
            resourceInputs["hostname"] = state?.hostname;
            resourceInputs["hpcClusterId"] = state?.hpcClusterId;
            resourceInputs["imageId"] = state?.imageId;
            resourceInputs["instanceChargeType"] = state?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = state?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = state?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceStatus"] = state?.instanceStatus;
            resourceInputs["instanceType"] = state?.instanceType;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = state?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = state?.ipv4AddressType;
            resourceInputs["ipv6AddressCount"] = state?.ipv6AddressCount;
            resourceInputs["ipv6Addresses"] = state?.ipv6Addresses;
            resourceInputs["ipv6AddressType"] = state?.ipv6AddressType;
            resourceInputs["keepImageLogin"] = state?.keepImageLogin;
            resourceInputs["keyIds"] = state?.keyIds;
            resourceInputs["keyName"] = state?.keyName;
            resourceInputs["launchTemplateId"] = state?.launchTemplateId;
            resourceInputs["launchTemplateVersion"] = state?.launchTemplateVersion;
            resourceInputs["memory"] = state?.memory;
            resourceInputs["orderlySecurityGroups"] = state?.orderlySecurityGroups;
            resourceInputs["osName"] = state?.osName;
            resourceInputs["password"] = state?.password;
            resourceInputs["placementGroupId"] = state?.placementGroupId;
            resourceInputs["privateIp"] = state?.privateIp;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["publicIp"] = state?.publicIp;
            resourceInputs["publicIpv6Addresses"] = state?.publicIpv6Addresses;
            resourceInputs["releaseAddress"] = state?.releaseAddress;
            resourceInputs["runningFlag"] = state?.runningFlag;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["spotInstanceType"] = state?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = state?.spotMaxPrice;
            resourceInputs["stoppedMode"] = state?.stoppedMode;
            resourceInputs["stopType"] = state?.stopType;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["systemDiskId"] = state?.systemDiskId;
            resourceInputs["systemDiskName"] = state?.systemDiskName;
            resourceInputs["systemDiskResizeOnline"] = state?.systemDiskResizeOnline;
            resourceInputs["systemDiskSize"] = state?.systemDiskSize;
            resourceInputs["systemDiskType"] = state?.systemDiskType;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["userData"] = state?.userData;
            resourceInputs["userDataRaw"] = state?.userDataRaw;
            resourceInputs["userDataReplaceOnChange"] = state?.userDataReplaceOnChange;
            resourceInputs["uuid"] = state?.uuid;
            resourceInputs["vpcId"] = state?.vpcId;
        } else {
            const args = argsOrState as InstanceArgs | undefined;

            resourceInputs["allocatePublicIp"] = args?.allocatePublicIp;
            resourceInputs["antiDdosPackageId"] = args?.antiDdosPackageId;
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["camRoleName"] = args?.camRoleName;
            resourceInputs["cdhHostId"] = args?.cdhHostId;
            resourceInputs["cdhInstanceType"] = args?.cdhInstanceType;
            resourceInputs["dataDisks"] = args?.dataDisks;
            resourceInputs["dedicatedClusterId"] = args?.dedicatedClusterId;
            resourceInputs["disableApiTermination"] = args?.disableApiTermination;
            resourceInputs["disableAutomationService"] = args?.disableAutomationService;
            resourceInputs["disableMonitorService"] = args?.disableMonitorService;
            resourceInputs["disableSecurityService"] = args?.disableSecurityService;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["forceReplacePlacementGroupId"] = args?.forceReplacePlacementGroupId;
            resourceInputs["hostname"] = args?.hostname;
            resourceInputs["hpcClusterId"] = args?.hpcClusterId;
            resourceInputs["imageId"] = args?.imageId;
            resourceInputs["instanceChargeType"] = args?.instanceChargeType;
            resourceInputs["instanceChargeTypePrepaidPeriod"] = args?.instanceChargeTypePrepaidPeriod;
            resourceInputs["instanceChargeTypePrepaidRenewFlag"] = args?.instanceChargeTypePrepaidRenewFlag;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["instanceType"] = args?.instanceType;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = args?.internetMaxBandwidthOut;
            resourceInputs["ipv4AddressType"] = args?.ipv4AddressType;
            resourceInputs["ipv6AddressCount"] = args?.ipv6AddressCount;
            resourceInputs["ipv6AddressType"] = args?.ipv6AddressType;
            resourceInputs["keepImageLogin"] = args?.keepImageLogin;
            resourceInputs["keyIds"] = args?.keyIds;
            resourceInputs["keyName"] = args?.keyName;
            resourceInputs["launchTemplateId"] = args?.launchTemplateId;
            resourceInputs["launchTemplateVersion"] = args?.launchTemplateVersion;
            resourceInputs["orderlySecurityGroups"] = args?.orderlySecurityGroups;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["placementGroupId"] = args?.placementGroupId;
            resourceInputs["privateIp"] = args?.privateIp;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["releaseAddress"] = args?.releaseAddress;
            resourceInputs["runningFlag"] = args?.runningFlag;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["spotInstanceType"] = args?.spotInstanceType;
            resourceInputs["spotMaxPrice"] = args?.spotMaxPrice;
            resourceInputs["stoppedMode"] = args?.stoppedMode;
            resourceInputs["stopType"] = args?.stopType;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["systemDiskId"] = args?.systemDiskId;
            resourceInputs["systemDiskName"] = args?.systemDiskName;
            resourceInputs["systemDiskResizeOnline"] = args?.systemDiskResizeOnline;
            resourceInputs["systemDiskSize"] = args?.systemDiskSize;
            resourceInputs["systemDiskType"] = args?.systemDiskType;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["userData"] = args?.userData;
            resourceInputs["userDataRaw"] = args?.userDataRaw;
            resourceInputs["userDataReplaceOnChange"] = args?.userDataReplaceOnChange;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["cpu"] = undefined /*out*/;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["expiredTime"] = undefined /*out*/;
            resourceInputs["instanceStatus"] = undefined /*out*/;
            resourceInputs["ipv6Addresses"] = undefined /*out*/;
            resourceInputs["memory"] = undefined /*out*/;
            resourceInputs["osName"] = undefined /*out*/;
            resourceInputs["publicIp"] = undefined /*out*/;
            resourceInputs["publicIpv6Addresses"] = undefined /*out*/;
            resourceInputs["uuid"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(Instance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering Instance resources.
 */
export interface InstanceState {
    /**
     * Associate a public IP address with an instance in a VPC or Classic.
     */
    allocatePublicIp?: pulumi.Input<boolean>;
    /**
     * Anti-DDoS service package ID.
     */
    antiDdosPackageId?: pulumi.Input<string>;
    /**
     * The available zone for the CVM instance.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * Id of cdh instance.
     */
    cdhHostId?: pulumi.Input<string>;
    /**
     * Type of instance created on cdh, the value of this parameter is in the format of CDH_XCXG based on the number of CPU cores and memory capacity.
     */
    cdhInstanceType?: pulumi.Input<string>;
    cpu?: pulumi.Input<number>;
    createTime?: pulumi.Input<string>;
    /**
     * Settings for data disks.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.InstanceDataDisk>[]>;
    /**
     * Exclusive cluster id.
     */
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * Whether the termination protection is enabled.
     */
    disableApiTermination?: pulumi.Input<boolean>;
    /**
     * Disable enhance service for automation, it is enabled by default.
     */
    disableAutomationService?: pulumi.Input<boolean>;
    /**
     * Disable enhance service for monitor, it is enabled by default.
     */
    disableMonitorService?: pulumi.Input<boolean>;
    /**
     * Disable enhance service for security, it is enabled by default.
     */
    disableSecurityService?: pulumi.Input<boolean>;
    expiredTime?: pulumi.Input<string>;
    /**
     * Indicate whether to force delete the instance.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * Whether to force the instance host to be replaced.
     */
    forceReplacePlacementGroupId?: pulumi.Input<boolean>;
    /**
     * The hostname of the instance.
     */
    hostname?: pulumi.Input<string>;
    /**
     * High-performance computing cluster ID.
     */
    hpcClusterId?: pulumi.Input<string>;
    /**
     * The image to use for the instance.
     */
    imageId?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
    instanceName?: pulumi.Input<string>;
    instanceStatus?: pulumi.Input<string>;
    /**
     * The type of the instance.
     */
    instanceType?: pulumi.Input<string>;
    /**
     * Internet charge type of the instance, Valid values are `BANDWIDTH_PREPAID`, `TRAFFIC_POSTPAID_BY_HOUR`, `BANDWIDTH_POSTPAID_BY_HOUR` and `BANDWIDTH_PACKAGE`.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Maximum outgoing bandwidth to the public network, measured in Mbps (Mega bits per second).
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * AddressType.
     */
    ipv4AddressType?: pulumi.Input<string>;
    /**
     * Specify the number of randomly generated IPv6 addresses for the Elastic Network Interface.
     */
    ipv6AddressCount?: pulumi.Input<number>;
    ipv6Addresses?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * IPv6 AddressType.
     */
    ipv6AddressType?: pulumi.Input<string>;
    /**
     * Whether to keep image login or not, default is `false`.
     */
    keepImageLogin?: pulumi.Input<boolean>;
    /**
     * The key pair to use for the instance, it looks like `skey-16jig7tx`.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Please use `keyIds` instead.
     * @deprecated Please use `keyIds` instead.
     */
    keyName?: pulumi.Input<string>;
    /**
     * Instance launch template ID.
     */
    launchTemplateId?: pulumi.Input<string>;
    /**
     * The instance launch template version number.
     */
    launchTemplateVersion?: pulumi.Input<number>;
    memory?: pulumi.Input<number>;
    /**
     * A list of orderly security group IDs to associate with.
     */
    orderlySecurityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    osName?: pulumi.Input<string>;
    /**
     * Password for the instance.
     */
    password?: pulumi.Input<string>;
    /**
     * The ID of a placement group.
     */
    placementGroupId?: pulumi.Input<string>;
    /**
     * The private IP to be assigned to this instance, must be in the provided subnet and available.
     */
    privateIp?: pulumi.Input<string>;
    /**
     * The project the instance belongs to, default to 0.
     */
    projectId?: pulumi.Input<number>;
    publicIp?: pulumi.Input<string>;
    publicIpv6Addresses?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Release elastic IP.
     */
    releaseAddress?: pulumi.Input<boolean>;
    /**
     * Set instance to running or stop.
     */
    runningFlag?: pulumi.Input<boolean>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Type of spot instance, only support `ONE-TIME` now.
     */
    spotInstanceType?: pulumi.Input<string>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    spotMaxPrice?: pulumi.Input<string>;
    /**
     * Billing method of a pay-as-you-go instance after shutdown.
     */
    stoppedMode?: pulumi.Input<string>;
    /**
     * Instance shutdown mode.
     */
    stopType?: pulumi.Input<string>;
    /**
     * The ID of a VPC subnet.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * System disk snapshot ID used to initialize the system disk.
     */
    systemDiskId?: pulumi.Input<string>;
    /**
     * Name of the system disk.
     */
    systemDiskName?: pulumi.Input<string>;
    /**
     * Resize online.
     */
    systemDiskResizeOnline?: pulumi.Input<boolean>;
    /**
     * Size of the system disk. unit is GB, Default is 50GB.
     */
    systemDiskSize?: pulumi.Input<number>;
    /**
     * System disk type.
     */
    systemDiskType?: pulumi.Input<string>;
    /**
     * A mapping of tags to assign to the resource.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * The user data to be injected into this instance.
     */
    userData?: pulumi.Input<string>;
    /**
     * The user data to be injected into this instance, in plain text.
     */
    userDataRaw?: pulumi.Input<string>;
    /**
     * When used in combination with `userData` or `userDataRaw` will trigger a destroy and recreate of the CVM instance when set to `true`.
     */
    userDataReplaceOnChange?: pulumi.Input<boolean>;
    uuid?: pulumi.Input<string>;
    /**
     * The ID of a VPC network.
     */
    vpcId?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a Instance resource.
 */
export interface InstanceArgs {
    /**
     * Associate a public IP address with an instance in a VPC or Classic.
     */
    allocatePublicIp?: pulumi.Input<boolean>;
    /**
     * Anti-DDoS service package ID.
     */
    antiDdosPackageId?: pulumi.Input<string>;
    /**
     * The available zone for the CVM instance.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * Id of cdh instance.
     */
    cdhHostId?: pulumi.Input<string>;
    /**
     * Type of instance created on cdh, the value of this parameter is in the format of CDH_XCXG based on the number of CPU cores and memory capacity.
     */
    cdhInstanceType?: pulumi.Input<string>;
    /**
     * Settings for data disks.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.InstanceDataDisk>[]>;
    /**
     * Exclusive cluster id.
     */
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * Whether the termination protection is enabled.
     */
    disableApiTermination?: pulumi.Input<boolean>;
    /**
     * Disable enhance service for automation, it is enabled by default.
     */
    disableAutomationService?: pulumi.Input<boolean>;
    /**
     * Disable enhance service for monitor, it is enabled by default.
     */
    disableMonitorService?: pulumi.Input<boolean>;
    /**
     * Disable enhance service for security, it is enabled by default.
     */
    disableSecurityService?: pulumi.Input<boolean>;
    /**
     * Indicate whether to force delete the instance.
     */
    forceDelete?: pulumi.Input<boolean>;
    /**
     * Whether to force the instance host to be replaced.
     */
    forceReplacePlacementGroupId?: pulumi.Input<boolean>;
    /**
     * The hostname of the instance.
     */
    hostname?: pulumi.Input<string>;
    /**
     * High-performance computing cluster ID.
     */
    hpcClusterId?: pulumi.Input<string>;
    /**
     * The image to use for the instance.
     */
    imageId?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
    instanceName?: pulumi.Input<string>;
    /**
     * The type of the instance.
     */
    instanceType?: pulumi.Input<string>;
    /**
     * Internet charge type of the instance, Valid values are `BANDWIDTH_PREPAID`, `TRAFFIC_POSTPAID_BY_HOUR`, `BANDWIDTH_POSTPAID_BY_HOUR` and `BANDWIDTH_PACKAGE`.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Maximum outgoing bandwidth to the public network, measured in Mbps (Mega bits per second).
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * AddressType.
     */
    ipv4AddressType?: pulumi.Input<string>;
    /**
     * Specify the number of randomly generated IPv6 addresses for the Elastic Network Interface.
     */
    ipv6AddressCount?: pulumi.Input<number>;
    /**
     * IPv6 AddressType.
     */
    ipv6AddressType?: pulumi.Input<string>;
    /**
     * Whether to keep image login or not, default is `false`.
     */
    keepImageLogin?: pulumi.Input<boolean>;
    /**
     * The key pair to use for the instance, it looks like `skey-16jig7tx`.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Please use `keyIds` instead.
     * @deprecated Please use `keyIds` instead.
     */
    keyName?: pulumi.Input<string>;
    /**
     * Instance launch template ID.
     */
    launchTemplateId?: pulumi.Input<string>;
    /**
     * The instance launch template version number.
     */
    launchTemplateVersion?: pulumi.Input<number>;
    /**
     * A list of orderly security group IDs to associate with.
     */
    orderlySecurityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Password for the instance.
     */
    password?: pulumi.Input<string>;
    /**
     * The ID of a placement group.
     */
    placementGroupId?: pulumi.Input<string>;
    /**
     * The private IP to be assigned to this instance, must be in the provided subnet and available.
     */
    privateIp?: pulumi.Input<string>;
    /**
     * The project the instance belongs to, default to 0.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Release elastic IP.
     */
    releaseAddress?: pulumi.Input<boolean>;
    /**
     * Set instance to running or stop.
     */
    runningFlag?: pulumi.Input<boolean>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Type of spot instance, only support `ONE-TIME` now.
     */
    spotInstanceType?: pulumi.Input<string>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    spotMaxPrice?: pulumi.Input<string>;
    /**
     * Billing method of a pay-as-you-go instance after shutdown.
     */
    stoppedMode?: pulumi.Input<string>;
    /**
     * Instance shutdown mode.
     */
    stopType?: pulumi.Input<string>;
    /**
     * The ID of a VPC subnet.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * System disk snapshot ID used to initialize the system disk.
     */
    systemDiskId?: pulumi.Input<string>;
    /**
     * Name of the system disk.
     */
    systemDiskName?: pulumi.Input<string>;
    /**
     * Resize online.
     */
    systemDiskResizeOnline?: pulumi.Input<boolean>;
    /**
     * Size of the system disk. unit is GB, Default is 50GB.
     */
    systemDiskSize?: pulumi.Input<number>;
    /**
     * System disk type.
     */
    systemDiskType?: pulumi.Input<string>;
    /**
     * A mapping of tags to assign to the resource.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * The user data to be injected into this instance.
     */
    userData?: pulumi.Input<string>;
    /**
     * The user data to be injected into this instance, in plain text.
     */
    userDataRaw?: pulumi.Input<string>;
    /**
     * When used in combination with `userData` or `userDataRaw` will trigger a destroy and recreate of the CVM instance when set to `true`.
     */
    userDataReplaceOnChange?: pulumi.Input<boolean>;
    /**
     * The ID of a VPC network.
     */
    vpcId?: pulumi.Input<string>;
}
