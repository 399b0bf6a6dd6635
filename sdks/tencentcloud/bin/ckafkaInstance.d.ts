import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The CkafkaInstance resource.
 */
export declare class CkafkaInstance extends pulumi.CustomResource {
    /**
     * Gets an existing CkafkaInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CkafkaInstanceState, opts?: pulumi.CustomResourceOptions): CkafkaInstance;
    /**
     * Returns true if the given object is an instance of CkafkaInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is CkafkaInstance;
    /**
     * Instance bandwidth in MBps.
     */
    readonly bandWidth: pulumi.Output<number>;
    /**
     * The charge type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Instance configuration.
     */
    readonly config: pulumi.Output<outputs.CkafkaInstanceConfig | undefined>;
    /**
     * Disk Size.
     */
    readonly diskSize: pulumi.Output<number>;
    /**
     * Type of disk.
     */
    readonly diskType: pulumi.Output<string>;
    /**
     * Dynamic message retention policy configuration.
     */
    readonly dynamicRetentionConfig: pulumi.Output<outputs.CkafkaInstanceDynamicRetentionConfig>;
    /**
     * Elastic bandwidth switch 0 not turned on 1 turned on (0 default).
     */
    readonly elasticBandwidthSwitch: pulumi.Output<number | undefined>;
    /**
     * Instance name.
     */
    readonly instanceName: pulumi.Output<string>;
    /**
     * Description of instance type.
     */
    readonly instanceType: pulumi.Output<number>;
    /**
     * Kafka version (0.10.2/1.1.1/2.4.1).
     */
    readonly kafkaVersion: pulumi.Output<string>;
    /**
     * The size of a single message in bytes at the instance level.
     */
    readonly maxMessageByte: pulumi.Output<number>;
    /**
     * The maximum retention time of instance logs, in minutes. the default is 10080 (7 days), the maximum is 30 days, and the default 0 is not filled, which means that the log retention time recovery policy is not enabled.
     */
    readonly msgRetentionTime: pulumi.Output<number>;
    /**
     * Indicates whether the instance is multi zones.
     */
    readonly multiZoneFlag: pulumi.Output<boolean | undefined>;
    /**
     * Partition Size.
     */
    readonly partition: pulumi.Output<number>;
    /**
     * Prepaid purchase time, such as 1, is one month.
     */
    readonly period: pulumi.Output<number | undefined>;
    /**
     * Bandwidth of the public network.
     */
    readonly publicNetwork: pulumi.Output<number>;
    /**
     * It has been deprecated from version 1.82.37.
     * @deprecated It has been deprecated from version 1.82.37.
     */
    readonly rebalanceTime: pulumi.Output<number | undefined>;
    /**
     * Prepaid automatic renewal mark, 0 means the default state, the initial state, 1 means automatic renewal, 2 means clear no automatic renewal (user setting).
     */
    readonly renewFlag: pulumi.Output<number>;
    /**
     * Specifications type of instance.
     */
    readonly specificationsType: pulumi.Output<string | undefined>;
    /**
     * Subnet id, it will be basic network if not set.
     */
    readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * It has been deprecated from version 1.78.5, because it do not support change.
     * @deprecated It has been deprecated from version 1.78.5, because it do not support change.
     */
    readonly tags: pulumi.Output<outputs.CkafkaInstanceTag[]>;
    /**
     * Tag set of instance.
     */
    readonly tagSet: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * POSTPAID_BY_HOUR scale-down mode - 1: stable transformation; - 2: High-speed transformer.
     */
    readonly upgradeStrategy: pulumi.Output<number | undefined>;
    readonly vip: pulumi.Output<string>;
    /**
     * Vpc id, it will be basic network if not set.
     */
    readonly vpcId: pulumi.Output<string | undefined>;
    readonly vport: pulumi.Output<string>;
    /**
     * Available zone id.
     */
    readonly zoneId: pulumi.Output<number>;
    /**
     * List of available zone id.
     */
    readonly zoneIds: pulumi.Output<number[] | undefined>;
    /**
     * Create a CkafkaInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: CkafkaInstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tagSet?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tagSet?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
