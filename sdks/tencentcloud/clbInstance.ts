// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The ClbInstance resource.
 */
export class ClbInstance extends pulumi.CustomResource {
    /**
     * Gets an existing ClbInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbInstanceState, opts?: pulumi.CustomResourceOptions): ClbInstance {
        return new ClbInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/clbInstance:ClbInstance";

    /**
     * Returns true if the given object is an instance of ClbInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ClbInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbInstance.__pulumiType;
    }

    declare public readonly addressIpv6: pulumi.Output<string>;
    /**
     * It's only applicable to public network CLB instances.
     */
    declare public readonly addressIpVersion: pulumi.Output<string>;
    /**
     * Bandwidth package id.
     */
    declare public readonly bandwidthPackageId: pulumi.Output<string | undefined>;
    /**
     * Name of the CLB.
     */
    declare public readonly clbName: pulumi.Output<string>;
    declare public readonly clbVips: pulumi.Output<string[]>;
    /**
     * Cluster ID.
     */
    declare public readonly clusterId: pulumi.Output<string | undefined>;
    /**
     * Whether to enable delete protection.
     */
    declare public readonly deleteProtect: pulumi.Output<boolean | undefined>;
    declare public readonly domain: pulumi.Output<string>;
    /**
     * If create dynamic vip CLB instance, `true` or `false`.
     */
    declare public readonly dynamicVip: pulumi.Output<boolean | undefined>;
    /**
     * The unique ID of the EIP, such as eip-1v2rmbwk, is only applicable to the intranet load balancing binding EIP.
     */
    declare public readonly eipAddressId: pulumi.Output<string>;
    /**
     * Max bandwidth out, only applicable to open CLB.
     */
    declare public readonly internetBandwidthMaxOut: pulumi.Output<number>;
    /**
     * Internet charge type, only applicable to open CLB.
     */
    declare public readonly internetChargeType: pulumi.Output<string>;
    declare public readonly ipv6Mode: pulumi.Output<string>;
    /**
     * Whether the target allow flow come from clb.
     */
    declare public readonly loadBalancerPassToTarget: pulumi.Output<boolean | undefined>;
    /**
     * The id of log set.
     */
    declare public readonly logSetId: pulumi.Output<string | undefined>;
    /**
     * The id of log topic.
     */
    declare public readonly logTopicId: pulumi.Output<string | undefined>;
    /**
     * Setting master zone id of cross available zone disaster recovery, only applicable to open CLB.
     */
    declare public readonly masterZoneId: pulumi.Output<string>;
    /**
     * Type of CLB instance.
     */
    declare public readonly networkType: pulumi.Output<string>;
    /**
     * ID of the project within the CLB instance, `0` - Default Project.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Security groups of the CLB instance.
     */
    declare public readonly securityGroups: pulumi.Output<string[]>;
    /**
     * This parameter is required to create LCU-supported instances.
     */
    declare public readonly slaType: pulumi.Output<string>;
    /**
     * Setting slave zone id of cross available zone disaster recovery, only applicable to open CLB. this zone will undertake traffic when the master is down.
     */
    declare public readonly slaveZoneId: pulumi.Output<string>;
    /**
     * Snat Ip List, required with `snat_pro=true`.
     */
    declare public readonly snatIps: pulumi.Output<outputs.ClbInstanceSnatIp[] | undefined>;
    /**
     * Indicates whether Binding IPs of other VPCs feature switch.
     */
    declare public readonly snatPro: pulumi.Output<boolean | undefined>;
    /**
     * In the case of purchasing a `INTERNAL` clb instance, the subnet id must be specified.
     */
    declare public readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * The available tags within this CLB.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Region information of backend services are attached the CLB instance.
     */
    declare public readonly targetRegionInfoRegion: pulumi.Output<string>;
    /**
     * Vpc information of backend services are attached the CLB instance.
     */
    declare public readonly targetRegionInfoVpcId: pulumi.Output<string>;
    /**
     * Specifies the VIP for the application of a CLB instance.
     */
    declare public readonly vip: pulumi.Output<string>;
    /**
     * Network operator, only applicable to open CLB.
     */
    declare public readonly vipIsp: pulumi.Output<string>;
    /**
     * VPC ID of the CLB.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Available zone id, only applicable to open CLB.
     */
    declare public readonly zoneId: pulumi.Output<string>;

    /**
     * Create a ClbInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ClbInstanceArgs | ClbInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ClbInstanceState | undefined;
            resourceInputs["addressIpv6"] = state?.addressIpv6;
            resourceInputs["addressIpVersion"] = state?.addressIpVersion;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["clbName"] = state?.clbName;
            resourceInputs["clbVips"] = state?.clbVips;
            resourceInputs["clusterId"] = state?.clusterId;
            resourceInputs["deleteProtect"] = state?.deleteProtect;
            resourceInputs["domain"] = state?.domain;
            resourceInputs["dynamicVip"] = state?.dynamicVip;
            resourceInputs["eipAddressId"] = state?.eipAddressId;
            resourceInputs["internetBandwidthMaxOut"] = state?.internetBandwidthMaxOut;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["ipv6Mode"] = state?.ipv6Mode;
            resourceInputs["loadBalancerPassToTarget"] = state?.loadBalancerPassToTarget;
            resourceInputs["logSetId"] = state?.logSetId;
            resourceInputs["logTopicId"] = state?.logTopicId;
            resourceInputs["masterZoneId"] = state?.masterZoneId;
            resourceInputs["networkType"] = state?.networkType;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["slaType"] = state?.slaType;
            resourceInputs["slaveZoneId"] = state?.slaveZoneId;
            resourceInputs["snatIps"] = state?.snatIps;
            resourceInputs["snatPro"] = state?.snatPro;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["targetRegionInfoRegion"] = state?.targetRegionInfoRegion;
            resourceInputs["targetRegionInfoVpcId"] = state?.targetRegionInfoVpcId;
            resourceInputs["vip"] = state?.vip;
            resourceInputs["vipIsp"] = state?.vipIsp;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zoneId"] = state?.zoneId;
        } else {
            const args = argsOrState as ClbInstanceArgs | undefined;
            if (args?.clbName === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbName'");
            }
            if (args?.networkType === undefined && !opts.urn) {
                throw new Error("Missing required property 'networkType'");
            }
            resourceInputs["addressIpVersion"] = args?.addressIpVersion;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["clbName"] = args?.clbName;
            resourceInputs["clusterId"] = args?.clusterId;
            resourceInputs["deleteProtect"] = args?.deleteProtect;
            resourceInputs["dynamicVip"] = args?.dynamicVip;
            resourceInputs["eipAddressId"] = args?.eipAddressId;
            resourceInputs["internetBandwidthMaxOut"] = args?.internetBandwidthMaxOut;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["loadBalancerPassToTarget"] = args?.loadBalancerPassToTarget;
            resourceInputs["logSetId"] = args?.logSetId;
            resourceInputs["logTopicId"] = args?.logTopicId;
            resourceInputs["masterZoneId"] = args?.masterZoneId;
            resourceInputs["networkType"] = args?.networkType;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["slaType"] = args?.slaType;
            resourceInputs["slaveZoneId"] = args?.slaveZoneId;
            resourceInputs["snatIps"] = args?.snatIps;
            resourceInputs["snatPro"] = args?.snatPro;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["targetRegionInfoRegion"] = args?.targetRegionInfoRegion;
            resourceInputs["targetRegionInfoVpcId"] = args?.targetRegionInfoVpcId;
            resourceInputs["vip"] = args?.vip;
            resourceInputs["vipIsp"] = args?.vipIsp;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zoneId"] = args?.zoneId;
            resourceInputs["addressIpv6"] = undefined /*out*/;
            resourceInputs["clbVips"] = undefined /*out*/;
            resourceInputs["domain"] = undefined /*out*/;
            resourceInputs["ipv6Mode"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
