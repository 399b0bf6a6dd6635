// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The CkafkaInstance resource.
 */
export class CkafkaInstance extends pulumi.CustomResource {
    /**
     * Gets an existing CkafkaInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CkafkaInstanceState, opts?: pulumi.CustomResourceOptions): CkafkaInstance {
        return new CkafkaInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/ckafkaInstance:CkafkaInstance";

    /**
     * Returns true if the given object is an instance of CkafkaInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is CkafkaInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === CkafkaInstance.__pulumiType;
    }

    /**
     * Instance bandwidth in MBps.
     */
    declare public readonly bandWidth: pulumi.Output<number>;
    /**
     * The charge type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Instance configuration.
     */
    declare public readonly config: pulumi.Output<outputs.CkafkaInstanceConfig | undefined>;
    /**
     * Disk Size.
     */
    declare public readonly diskSize: pulumi.Output<number>;
    /**
     * Type of disk.
     */
    declare public readonly diskType: pulumi.Output<string>;
    /**
     * Dynamic message retention policy configuration.
     */
    declare public readonly dynamicRetentionConfig: pulumi.Output<outputs.CkafkaInstanceDynamicRetentionConfig>;
    /**
     * Elastic bandwidth switch 0 not turned on 1 turned on (0 default).
     */
    declare public readonly elasticBandwidthSwitch: pulumi.Output<number | undefined>;
    /**
     * Instance name.
     */
    declare public readonly instanceName: pulumi.Output<string>;
    /**
     * Description of instance type.
     */
    declare public readonly instanceType: pulumi.Output<number>;
    /**
     * Kafka version (0.10.2/1.1.1/2.4.1).
     */
    declare public readonly kafkaVersion: pulumi.Output<string>;
    /**
     * The size of a single message in bytes at the instance level.
     */
    declare public readonly maxMessageByte: pulumi.Output<number>;
    /**
     * The maximum retention time of instance logs, in minutes. the default is 10080 (7 days), the maximum is 30 days, and the default 0 is not filled, which means that the log retention time recovery policy is not enabled.
     */
    declare public readonly msgRetentionTime: pulumi.Output<number>;
    /**
     * Indicates whether the instance is multi zones.
     */
    declare public readonly multiZoneFlag: pulumi.Output<boolean | undefined>;
    /**
     * Partition Size.
     */
    declare public readonly partition: pulumi.Output<number>;
    /**
     * Prepaid purchase time, such as 1, is one month.
     */
    declare public readonly period: pulumi.Output<number | undefined>;
    /**
     * Bandwidth of the public network.
     */
    declare public readonly publicNetwork: pulumi.Output<number>;
    /**
     * It has been deprecated from version 1.82.37.
     * @deprecated It has been deprecated from version 1.82.37.
     */
    declare public readonly rebalanceTime: pulumi.Output<number | undefined>;
    /**
     * Prepaid automatic renewal mark, 0 means the default state, the initial state, 1 means automatic renewal, 2 means clear no automatic renewal (user setting).
     */
    declare public readonly renewFlag: pulumi.Output<number>;
    /**
     * Specifications type of instance.
     */
    declare public readonly specificationsType: pulumi.Output<string | undefined>;
    /**
     * Subnet id, it will be basic network if not set.
     */
    declare public readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * It has been deprecated from version 1.78.5, because it do not support change.
     * @deprecated It has been deprecated from version 1.78.5, because it do not support change.
     */
    declare public readonly tags: pulumi.Output<outputs.CkafkaInstanceTag[]>;
    /**
     * Tag set of instance.
     */
    declare public readonly tagSet: pulumi.Output<{[key: string]: string}>;
    /**
     * POSTPAID_BY_HOUR scale-down mode - 1: stable transformation; - 2: High-speed transformer.
     */
    declare public readonly upgradeStrategy: pulumi.Output<number | undefined>;
    declare public readonly vip: pulumi.Output<string>;
    /**
     * Vpc id, it will be basic network if not set.
     */
    declare public readonly vpcId: pulumi.Output<string | undefined>;
    declare public readonly vport: pulumi.Output<string>;
    /**
     * Available zone id.
     */
    declare public readonly zoneId: pulumi.Output<number>;
    /**
     * List of available zone id.
     */
    declare public readonly zoneIds: pulumi.Output<number[] | undefined>;

    /**
     * Create a CkafkaInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: CkafkaInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: CkafkaInstanceArgs | CkafkaInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as CkafkaInstanceState | undefined;
            resourceInputs["bandWidth"] = state?.bandWidth;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["config"] = state?.config;
            resourceInputs["diskSize"] = state?.diskSize;
            resourceInputs["diskType"] = state?.diskType;
            resourceInputs["dynamicRetentionConfig"] = state?.dynamicRetentionConfig;
            resourceInputs["elasticBandwidthSwitch"] = state?.elasticBandwidthSwitch;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceType"] = state?.instanceType;
            resourceInputs["kafkaVersion"] = state?.kafkaVersion;
            resourceInputs["maxMessageByte"] = state?.maxMessageByte;
            resourceInputs["msgRetentionTime"] = state?.msgRetentionTime;
            resourceInputs["multiZoneFlag"] = state?.multiZoneFlag;
            resourceInputs["partition"] = state?.partition;
            resourceInputs["period"] = state?.period;
            resourceInputs["publicNetwork"] = state?.publicNetwork;
            resourceInputs["rebalanceTime"] = state?.rebalanceTime;
            resourceInputs["renewFlag"] = state?.renewFlag;
            resourceInputs["specificationsType"] = state?.specificationsType;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["tagSet"] = state?.tagSet;
            resourceInputs["upgradeStrategy"] = state?.upgradeStrategy;
            resourceInputs["vip"] = state?.vip;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["vport"] = state?.vport;
            resourceInputs["zoneId"] = state?.zoneId;
            resourceInputs["zoneIds"] = state?.zoneIds;
        } else {
            const args = argsOrState as CkafkaInstanceArgs | undefined;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.zoneId === undefined && !opts.urn) {
                throw new Error("Missing required property 'zoneId'");
            }
            resourceInputs["bandWidth"] = args?.bandWidth;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["config"] = args?.config;
            resourceInputs["diskSize"] = args?.diskSize;
            resourceInputs["diskType"] = args?.diskType;
            resourceInputs["dynamicRetentionConfig"] = args?.dynamicRetentionConfig;
            resourceInputs["elasticBandwidthSwitch"] = args?.elasticBandwidthSwitch;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["instanceType"] = args?.instanceType;
            resourceInputs["kafkaVersion"] = args?.kafkaVersion;
            resourceInputs["maxMessageByte"] = args?.maxMessageByte;
            resourceInputs["msgRetentionTime"] = args?.msgRetentionTime;
            resourceInputs["multiZoneFlag"] = args?.multiZoneFlag;
            resourceInputs["partition"] = args?.partition;
            resourceInputs["period"] = args?.period;
            resourceInputs["publicNetwork"] = args?.publicNetwork;
            resourceInputs["rebalanceTime"] = args?.rebalanceTime;
            resourceInputs["renewFlag"] = args?.renewFlag;
            resourceInputs["specificationsType"] = args?.specificationsType;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["tagSet"] = args?.tagSet;
            resourceInputs["upgradeStrategy"] = args?.upgradeStrategy;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zoneId"] = args?.zoneId;
            resourceInputs["zoneIds"] = args?.zoneIds;
            resourceInputs["vip"] = undefined /*out*/;
            resourceInputs["vport"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(CkafkaInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering CkafkaInstance resources.
 */
export interface CkafkaInstanceState {
    /**
     * Instance bandwidth in MBps.
     */
    bandWidth?: pulumi.Input<number>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Instance configuration.
     */
    config?: pulumi.Input<inputs.CkafkaInstanceConfig>;
    /**
     * Disk Size.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Type of disk.
     */
    diskType?: pulumi.Input<string>;
    /**
     * Dynamic message retention policy configuration.
     */
    dynamicRetentionConfig?: pulumi.Input<inputs.CkafkaInstanceDynamicRetentionConfig>;
    /**
     * Elastic bandwidth switch 0 not turned on 1 turned on (0 default).
     */
    elasticBandwidthSwitch?: pulumi.Input<number>;
    /**
     * Instance name.
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Description of instance type.
     */
    instanceType?: pulumi.Input<number>;
    /**
     * Kafka version (0.10.2/1.1.1/2.4.1).
     */
    kafkaVersion?: pulumi.Input<string>;
    /**
     * The size of a single message in bytes at the instance level.
     */
    maxMessageByte?: pulumi.Input<number>;
    /**
     * The maximum retention time of instance logs, in minutes. the default is 10080 (7 days), the maximum is 30 days, and the default 0 is not filled, which means that the log retention time recovery policy is not enabled.
     */
    msgRetentionTime?: pulumi.Input<number>;
    /**
     * Indicates whether the instance is multi zones.
     */
    multiZoneFlag?: pulumi.Input<boolean>;
    /**
     * Partition Size.
     */
    partition?: pulumi.Input<number>;
    /**
     * Prepaid purchase time, such as 1, is one month.
     */
    period?: pulumi.Input<number>;
    /**
     * Bandwidth of the public network.
     */
    publicNetwork?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.82.37.
     * @deprecated It has been deprecated from version 1.82.37.
     */
    rebalanceTime?: pulumi.Input<number>;
    /**
     * Prepaid automatic renewal mark, 0 means the default state, the initial state, 1 means automatic renewal, 2 means clear no automatic renewal (user setting).
     */
    renewFlag?: pulumi.Input<number>;
    /**
     * Specifications type of instance.
     */
    specificationsType?: pulumi.Input<string>;
    /**
     * Subnet id, it will be basic network if not set.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * It has been deprecated from version 1.78.5, because it do not support change.
     * @deprecated It has been deprecated from version 1.78.5, because it do not support change.
     */
    tags?: pulumi.Input<pulumi.Input<inputs.CkafkaInstanceTag>[]>;
    /**
     * Tag set of instance.
     */
    tagSet?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * POSTPAID_BY_HOUR scale-down mode - 1: stable transformation; - 2: High-speed transformer.
     */
    upgradeStrategy?: pulumi.Input<number>;
    vip?: pulumi.Input<string>;
    /**
     * Vpc id, it will be basic network if not set.
     */
    vpcId?: pulumi.Input<string>;
    vport?: pulumi.Input<string>;
    /**
     * Available zone id.
     */
    zoneId?: pulumi.Input<number>;
    /**
     * List of available zone id.
     */
    zoneIds?: pulumi.Input<pulumi.Input<number>[]>;
}

/**
 * The set of arguments for constructing a CkafkaInstance resource.
 */
export interface CkafkaInstanceArgs {
    /**
     * Instance bandwidth in MBps.
     */
    bandWidth?: pulumi.Input<number>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Instance configuration.
     */
    config?: pulumi.Input<inputs.CkafkaInstanceConfig>;
    /**
     * Disk Size.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Type of disk.
     */
    diskType?: pulumi.Input<string>;
    /**
     * Dynamic message retention policy configuration.
     */
    dynamicRetentionConfig?: pulumi.Input<inputs.CkafkaInstanceDynamicRetentionConfig>;
    /**
     * Elastic bandwidth switch 0 not turned on 1 turned on (0 default).
     */
    elasticBandwidthSwitch?: pulumi.Input<number>;
    /**
     * Instance name.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Description of instance type.
     */
    instanceType?: pulumi.Input<number>;
    /**
     * Kafka version (0.10.2/1.1.1/2.4.1).
     */
    kafkaVersion?: pulumi.Input<string>;
    /**
     * The size of a single message in bytes at the instance level.
     */
    maxMessageByte?: pulumi.Input<number>;
    /**
     * The maximum retention time of instance logs, in minutes. the default is 10080 (7 days), the maximum is 30 days, and the default 0 is not filled, which means that the log retention time recovery policy is not enabled.
     */
    msgRetentionTime?: pulumi.Input<number>;
    /**
     * Indicates whether the instance is multi zones.
     */
    multiZoneFlag?: pulumi.Input<boolean>;
    /**
     * Partition Size.
     */
    partition?: pulumi.Input<number>;
    /**
     * Prepaid purchase time, such as 1, is one month.
     */
    period?: pulumi.Input<number>;
    /**
     * Bandwidth of the public network.
     */
    publicNetwork?: pulumi.Input<number>;
    /**
     * It has been deprecated from version 1.82.37.
     * @deprecated It has been deprecated from version 1.82.37.
     */
    rebalanceTime?: pulumi.Input<number>;
    /**
     * Prepaid automatic renewal mark, 0 means the default state, the initial state, 1 means automatic renewal, 2 means clear no automatic renewal (user setting).
     */
    renewFlag?: pulumi.Input<number>;
    /**
     * Specifications type of instance.
     */
    specificationsType?: pulumi.Input<string>;
    /**
     * Subnet id, it will be basic network if not set.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * It has been deprecated from version 1.78.5, because it do not support change.
     * @deprecated It has been deprecated from version 1.78.5, because it do not support change.
     */
    tags?: pulumi.Input<pulumi.Input<inputs.CkafkaInstanceTag>[]>;
    /**
     * Tag set of instance.
     */
    tagSet?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * POSTPAID_BY_HOUR scale-down mode - 1: stable transformation; - 2: High-speed transformer.
     */
    upgradeStrategy?: pulumi.Input<number>;
    /**
     * Vpc id, it will be basic network if not set.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Available zone id.
     */
    zoneId: pulumi.Input<number>;
    /**
     * List of available zone id.
     */
    zoneIds?: pulumi.Input<pulumi.Input<number>[]>;
}
