import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The ClbInstance resource.
 */
export declare class ClbInstance extends pulumi.CustomResource {
    /**
     * Gets an existing ClbInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbInstanceState, opts?: pulumi.CustomResourceOptions): ClbInstance;
    /**
     * Returns true if the given object is an instance of ClbInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ClbInstance;
    readonly addressIpv6: pulumi.Output<string>;
    /**
     * It's only applicable to public network CLB instances.
     */
    readonly addressIpVersion: pulumi.Output<string>;
    /**
     * Bandwidth package id.
     */
    readonly bandwidthPackageId: pulumi.Output<string | undefined>;
    /**
     * Name of the CLB.
     */
    readonly clbName: pulumi.Output<string>;
    readonly clbVips: pulumi.Output<string[]>;
    /**
     * Cluster ID.
     */
    readonly clusterId: pulumi.Output<string | undefined>;
    /**
     * Whether to enable delete protection.
     */
    readonly deleteProtect: pulumi.Output<boolean | undefined>;
    readonly domain: pulumi.Output<string>;
    /**
     * If create dynamic vip CLB instance, `true` or `false`.
     */
    readonly dynamicVip: pulumi.Output<boolean | undefined>;
    /**
     * The unique ID of the EIP, such as eip-1v2rmbwk, is only applicable to the intranet load balancing binding EIP.
     */
    readonly eipAddressId: pulumi.Output<string>;
    /**
     * Max bandwidth out, only applicable to open CLB.
     */
    readonly internetBandwidthMaxOut: pulumi.Output<number>;
    /**
     * Internet charge type, only applicable to open CLB.
     */
    readonly internetChargeType: pulumi.Output<string>;
    readonly ipv6Mode: pulumi.Output<string>;
    /**
     * Whether the target allow flow come from clb.
     */
    readonly loadBalancerPassToTarget: pulumi.Output<boolean | undefined>;
    /**
     * The id of log set.
     */
    readonly logSetId: pulumi.Output<string | undefined>;
    /**
     * The id of log topic.
     */
    readonly logTopicId: pulumi.Output<string | undefined>;
    /**
     * Setting master zone id of cross available zone disaster recovery, only applicable to open CLB.
     */
    readonly masterZoneId: pulumi.Output<string>;
    /**
     * Type of CLB instance.
     */
    readonly networkType: pulumi.Output<string>;
    /**
     * ID of the project within the CLB instance, `0` - Default Project.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Security groups of the CLB instance.
     */
    readonly securityGroups: pulumi.Output<string[]>;
    /**
     * This parameter is required to create LCU-supported instances.
     */
    readonly slaType: pulumi.Output<string>;
    /**
     * Setting slave zone id of cross available zone disaster recovery, only applicable to open CLB. this zone will undertake traffic when the master is down.
     */
    readonly slaveZoneId: pulumi.Output<string>;
    /**
     * Snat Ip List, required with `snat_pro=true`.
     */
    readonly snatIps: pulumi.Output<outputs.ClbInstanceSnatIp[] | undefined>;
    /**
     * Indicates whether Binding IPs of other VPCs feature switch.
     */
    readonly snatPro: pulumi.Output<boolean | undefined>;
    /**
     * In the case of purchasing a `INTERNAL` clb instance, the subnet id must be specified.
     */
    readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * The available tags within this CLB.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Region information of backend services are attached the CLB instance.
     */
    readonly targetRegionInfoRegion: pulumi.Output<string>;
    /**
     * Vpc information of backend services are attached the CLB instance.
     */
    readonly targetRegionInfoVpcId: pulumi.Output<string>;
    /**
     * Specifies the VIP for the application of a CLB instance.
     */
    readonly vip: pulumi.Output<string>;
    /**
     * Network operator, only applicable to open CLB.
     */
    readonly vipIsp: pulumi.Output<string>;
    /**
     * VPC ID of the CLB.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Available zone id, only applicable to open CLB.
     */
    readonly zoneId: pulumi.Output<string>;
    /**
     * Create a ClbInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbInstanceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ClbInstance resources.
 */
export interface ClbInstanceState {
    addressIpv6?: pulumi.Input<string>;
    /**
     * It's only applicable to public network CLB instances.
     */
    addressIpVersion?: pulumi.Input<string>;
    /**
     * Bandwidth package id.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * Name of the CLB.
     */
    clbName?: pulumi.Input<string>;
    clbVips?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Cluster ID.
     */
    clusterId?: pulumi.Input<string>;
    /**
     * Whether to enable delete protection.
     */
    deleteProtect?: pulumi.Input<boolean>;
    domain?: pulumi.Input<string>;
    /**
     * If create dynamic vip CLB instance, `true` or `false`.
     */
    dynamicVip?: pulumi.Input<boolean>;
    /**
     * The unique ID of the EIP, such as eip-1v2rmbwk, is only applicable to the intranet load balancing binding EIP.
     */
    eipAddressId?: pulumi.Input<string>;
    /**
     * Max bandwidth out, only applicable to open CLB.
     */
    internetBandwidthMaxOut?: pulumi.Input<number>;
    /**
     * Internet charge type, only applicable to open CLB.
     */
    internetChargeType?: pulumi.Input<string>;
    ipv6Mode?: pulumi.Input<string>;
    /**
     * Whether the target allow flow come from clb.
     */
    loadBalancerPassToTarget?: pulumi.Input<boolean>;
    /**
     * The id of log set.
     */
    logSetId?: pulumi.Input<string>;
    /**
     * The id of log topic.
     */
    logTopicId?: pulumi.Input<string>;
    /**
     * Setting master zone id of cross available zone disaster recovery, only applicable to open CLB.
     */
    masterZoneId?: pulumi.Input<string>;
    /**
     * Type of CLB instance.
     */
    networkType?: pulumi.Input<string>;
    /**
     * ID of the project within the CLB instance, `0` - Default Project.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Security groups of the CLB instance.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * This parameter is required to create LCU-supported instances.
     */
    slaType?: pulumi.Input<string>;
    /**
     * Setting slave zone id of cross available zone disaster recovery, only applicable to open CLB. this zone will undertake traffic when the master is down.
     */
    slaveZoneId?: pulumi.Input<string>;
    /**
     * Snat Ip List, required with `snat_pro=true`.
     */
    snatIps?: pulumi.Input<pulumi.Input<inputs.ClbInstanceSnatIp>[]>;
    /**
     * Indicates whether Binding IPs of other VPCs feature switch.
     */
    snatPro?: pulumi.Input<boolean>;
    /**
     * In the case of purchasing a `INTERNAL` clb instance, the subnet id must be specified.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The available tags within this CLB.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Region information of backend services are attached the CLB instance.
     */
    targetRegionInfoRegion?: pulumi.Input<string>;
    /**
     * Vpc information of backend services are attached the CLB instance.
     */
    targetRegionInfoVpcId?: pulumi.Input<string>;
    /**
     * Specifies the VIP for the application of a CLB instance.
     */
    vip?: pulumi.Input<string>;
    /**
     * Network operator, only applicable to open CLB.
     */
    vipIsp?: pulumi.Input<string>;
    /**
     * VPC ID of the CLB.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Available zone id, only applicable to open CLB.
     */
    zoneId?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a ClbInstance resource.
 */
export interface ClbInstanceArgs {
    /**
     * It's only applicable to public network CLB instances.
     */
    addressIpVersion?: pulumi.Input<string>;
    /**
     * Bandwidth package id.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * Name of the CLB.
     */
    clbName: pulumi.Input<string>;
    /**
     * Cluster ID.
     */
    clusterId?: pulumi.Input<string>;
    /**
     * Whether to enable delete protection.
     */
    deleteProtect?: pulumi.Input<boolean>;
    /**
     * If create dynamic vip CLB instance, `true` or `false`.
     */
    dynamicVip?: pulumi.Input<boolean>;
    /**
     * The unique ID of the EIP, such as eip-1v2rmbwk, is only applicable to the intranet load balancing binding EIP.
     */
    eipAddressId?: pulumi.Input<string>;
    /**
     * Max bandwidth out, only applicable to open CLB.
     */
    internetBandwidthMaxOut?: pulumi.Input<number>;
    /**
     * Internet charge type, only applicable to open CLB.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Whether the target allow flow come from clb.
     */
    loadBalancerPassToTarget?: pulumi.Input<boolean>;
    /**
     * The id of log set.
     */
    logSetId?: pulumi.Input<string>;
    /**
     * The id of log topic.
     */
    logTopicId?: pulumi.Input<string>;
    /**
     * Setting master zone id of cross available zone disaster recovery, only applicable to open CLB.
     */
    masterZoneId?: pulumi.Input<string>;
    /**
     * Type of CLB instance.
     */
    networkType: pulumi.Input<string>;
    /**
     * ID of the project within the CLB instance, `0` - Default Project.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Security groups of the CLB instance.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * This parameter is required to create LCU-supported instances.
     */
    slaType?: pulumi.Input<string>;
    /**
     * Setting slave zone id of cross available zone disaster recovery, only applicable to open CLB. this zone will undertake traffic when the master is down.
     */
    slaveZoneId?: pulumi.Input<string>;
    /**
     * Snat Ip List, required with `snat_pro=true`.
     */
    snatIps?: pulumi.Input<pulumi.Input<inputs.ClbInstanceSnatIp>[]>;
    /**
     * Indicates whether Binding IPs of other VPCs feature switch.
     */
    snatPro?: pulumi.Input<boolean>;
    /**
     * In the case of purchasing a `INTERNAL` clb instance, the subnet id must be specified.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The available tags within this CLB.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Region information of backend services are attached the CLB instance.
     */
    targetRegionInfoRegion?: pulumi.Input<string>;
    /**
     * Vpc information of backend services are attached the CLB instance.
     */
    targetRegionInfoVpcId?: pulumi.Input<string>;
    /**
     * Specifies the VIP for the application of a CLB instance.
     */
    vip?: pulumi.Input<string>;
    /**
     * Network operator, only applicable to open CLB.
     */
    vipIsp?: pulumi.Input<string>;
    /**
     * VPC ID of the CLB.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Available zone id, only applicable to open CLB.
     */
    zoneId?: pulumi.Input<string>;
}
