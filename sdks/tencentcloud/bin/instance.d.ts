import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The Instance resource.
 */
export declare class Instance extends pulumi.CustomResource {
    /**
     * Gets an existing Instance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceState, opts?: pulumi.CustomResourceOptions): Instance;
    /**
     * Returns true if the given object is an instance of Instance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Instance;
    /**
     * Associate a public IP address with an instance in a VPC or Classic.
     */
    readonly allocatePublicIp: pulumi.Output<boolean | undefined>;
    /**
     * Anti-DDoS service package ID.
     */
    readonly antiDdosPackageId: pulumi.Output<string>;
    /**
     * The available zone for the CVM instance.
     */
    readonly availabilityZone: pulumi.Output<string>;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    readonly bandwidthPackageId: pulumi.Output<string | undefined>;
    /**
     * CAM role name authorized to access.
     */
    readonly camRoleName: pulumi.Output<string>;
    /**
     * Id of cdh instance.
     */
    readonly cdhHostId: pulumi.Output<string>;
    /**
     * Type of instance created on cdh, the value of this parameter is in the format of CDH_XCXG based on the number of CPU cores and memory capacity.
     */
    readonly cdhInstanceType: pulumi.Output<string>;
    readonly cpu: pulumi.Output<number>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Settings for data disks.
     */
    readonly dataDisks: pulumi.Output<outputs.InstanceDataDisk[]>;
    /**
     * Exclusive cluster id.
     */
    readonly dedicatedClusterId: pulumi.Output<string | undefined>;
    /**
     * Whether the termination protection is enabled.
     */
    readonly disableApiTermination: pulumi.Output<boolean>;
    /**
     * Disable enhance service for automation, it is enabled by default.
     */
    readonly disableAutomationService: pulumi.Output<boolean | undefined>;
    /**
     * Disable enhance service for monitor, it is enabled by default.
     */
    readonly disableMonitorService: pulumi.Output<boolean | undefined>;
    /**
     * Disable enhance service for security, it is enabled by default.
     */
    readonly disableSecurityService: pulumi.Output<boolean | undefined>;
    readonly expiredTime: pulumi.Output<string>;
    /**
     * Indicate whether to force delete the instance.
     */
    readonly forceDelete: pulumi.Output<boolean | undefined>;
    /**
     * Whether to force the instance host to be replaced.
     */
    readonly forceReplacePlacementGroupId: pulumi.Output<boolean | undefined>;
    /**
     * The hostname of the instance.
     */
    readonly hostname: pulumi.Output<string>;
    /**
     * High-performance computing cluster ID.
     */
    readonly hpcClusterId: pulumi.Output<string>;
    /**
     * The image to use for the instance.
     */
    readonly imageId: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    readonly instanceChargeType: pulumi.Output<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    readonly instanceChargeTypePrepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Auto renewal flag.
     */
    readonly instanceChargeTypePrepaidRenewFlag: pulumi.Output<string>;
    readonly instanceName: pulumi.Output<string>;
    readonly instanceStatus: pulumi.Output<string>;
    /**
     * The type of the instance.
     */
    readonly instanceType: pulumi.Output<string>;
    /**
     * Internet charge type of the instance, Valid values are `BANDWIDTH_PREPAID`, `TRAFFIC_POSTPAID_BY_HOUR`, `BANDWIDTH_POSTPAID_BY_HOUR` and `BANDWIDTH_PACKAGE`.
     */
    readonly internetChargeType: pulumi.Output<string>;
    /**
     * Maximum outgoing bandwidth to the public network, measured in Mbps (Mega bits per second).
     */
    readonly internetMaxBandwidthOut: pulumi.Output<number>;
    /**
     * AddressType.
     */
    readonly ipv4AddressType: pulumi.Output<string>;
    /**
     * Specify the number of randomly generated IPv6 addresses for the Elastic Network Interface.
     */
    readonly ipv6AddressCount: pulumi.Output<number>;
    readonly ipv6Addresses: pulumi.Output<string[]>;
    /**
     * IPv6 AddressType.
     */
    readonly ipv6AddressType: pulumi.Output<string>;
    /**
     * Whether to keep image login or not, default is `false`.
     */
    readonly keepImageLogin: pulumi.Output<boolean>;
    /**
     * The key pair to use for the instance, it looks like `skey-16jig7tx`.
     */
    readonly keyIds: pulumi.Output<string[]>;
    /**
     * Please use `keyIds` instead.
     * @deprecated Please use `keyIds` instead.
     */
    readonly keyName: pulumi.Output<string>;
    /**
     * Instance launch template ID.
     */
    readonly launchTemplateId: pulumi.Output<string | undefined>;
    /**
     * The instance launch template version number.
     */
    readonly launchTemplateVersion: pulumi.Output<number | undefined>;
    readonly memory: pulumi.Output<number>;
    /**
     * A list of orderly security group IDs to associate with.
     */
    readonly orderlySecurityGroups: pulumi.Output<string[]>;
    readonly osName: pulumi.Output<string>;
    /**
     * Password for the instance.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * The ID of a placement group.
     */
    readonly placementGroupId: pulumi.Output<string>;
    /**
     * The private IP to be assigned to this instance, must be in the provided subnet and available.
     */
    readonly privateIp: pulumi.Output<string>;
    /**
     * The project the instance belongs to, default to 0.
     */
    readonly projectId: pulumi.Output<number>;
    readonly publicIp: pulumi.Output<string>;
    readonly publicIpv6Addresses: pulumi.Output<string[]>;
    /**
     * Release elastic IP.
     */
    readonly releaseAddress: pulumi.Output<boolean | undefined>;
    /**
     * Set instance to running or stop.
     */
    readonly runningFlag: pulumi.Output<boolean>;
    /**
     * It will be deprecated.
     * @deprecated It will be deprecated.
     */
    readonly securityGroups: pulumi.Output<string[]>;
    /**
     * Type of spot instance, only support `ONE-TIME` now.
     */
    readonly spotInstanceType: pulumi.Output<string | undefined>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    readonly spotMaxPrice: pulumi.Output<string | undefined>;
    /**
     * Billing method of a pay-as-you-go instance after shutdown.
     */
    readonly stoppedMode: pulumi.Output<string | undefined>;
    /**
     * Instance shutdown mode.
     */
    readonly stopType: pulumi.Output<string | undefined>;
    /**
     * The ID of a VPC subnet.
     */
    readonly subnetId: pulumi.Output<string>;
    /**
     * System disk snapshot ID used to initialize the system disk.
     */
    readonly systemDiskId: pulumi.Output<string>;
    /**
     * Name of the system disk.
     */
    readonly systemDiskName: pulumi.Output<string>;
    /**
     * Resize online.
     */
    readonly systemDiskResizeOnline: pulumi.Output<boolean | undefined>;
    /**
     * Size of the system disk. unit is GB, Default is 50GB.
     */
    readonly systemDiskSize: pulumi.Output<number>;
    /**
     * System disk type.
     */
    readonly systemDiskType: pulumi.Output<string>;
    /**
     * A mapping of tags to assign to the resource.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * The user data to be injected into this instance.
     */
    readonly userData: pulumi.Output<string>;
    /**
     * The user data to be injected into this instance, in plain text.
     */
    readonly userDataRaw: pulumi.Output<string>;
    /**
     * When used in combination with `userData` or `userDataRaw` will trigger a destroy and recreate of the CVM instance when set to `true`.
     */
    readonly userDataReplaceOnChange: pulumi.Output<boolean | undefined>;
    readonly uuid: pulumi.Output<string>;
    /**
     * The ID of a VPC network.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Create a Instance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: InstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
