import * as pulumi from "@pulumi/pulumi";
/**
 * The Eip resource.
 */
export declare class Eip extends pulumi.CustomResource {
    /**
     * Gets an existing Eip resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: EipState, opts?: pulumi.CustomResourceOptions): Eip;
    /**
     * Returns true if the given object is an instance of Eip. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Eip;
    /**
     * ID of anti DDos package, it must set when `type` is `AntiDDoSEIP`.
     */
    readonly antiDdosPackageId: pulumi.Output<string>;
    /**
     * The zone of anycast.
     */
    readonly anycastZone: pulumi.Output<string | undefined>;
    /**
     * It has been deprecated from version 1.27.0.
     * @deprecated It has been deprecated from version 1.27.0.
     */
    readonly applicableForClb: pulumi.Output<boolean | undefined>;
    /**
     * Auto renew flag. 0 - default state (manual renew); 1 - automatic renew; 2 - explicit no automatic renew.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * ID of bandwidth package, it will set when `internetChargeType` is `BANDWIDTH_PACKAGE`.
     */
    readonly bandwidthPackageId: pulumi.Output<string>;
    /**
     * CDC Unique ID.
     */
    readonly cdcId: pulumi.Output<string | undefined>;
    /**
     * Network egress.
     */
    readonly egress: pulumi.Output<string>;
    /**
     * The charge type of eip.
     */
    readonly internetChargeType: pulumi.Output<string>;
    /**
     * The bandwidth limit of EIP, unit is Mbps.
     */
    readonly internetMaxBandwidthOut: pulumi.Output<number>;
    /**
     * Internet service provider of eip.
     */
    readonly internetServiceProvider: pulumi.Output<string | undefined>;
    /**
     * The name of eip.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Period of instance.
     */
    readonly prepaidPeriod: pulumi.Output<number | undefined>;
    readonly publicIp: pulumi.Output<string>;
    readonly status: pulumi.Output<string>;
    /**
     * The tags of eip.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * The type of eip.
     */
    readonly type: pulumi.Output<string | undefined>;
    /**
     * Create a Eip resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: EipArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Eip resources.
 */
export interface EipState {
    /**
     * ID of anti DDos package, it must set when `type` is `AntiDDoSEIP`.
     */
    antiDdosPackageId?: pulumi.Input<string>;
    /**
     * The zone of anycast.
     */
    anycastZone?: pulumi.Input<string>;
    /**
     * It has been deprecated from version 1.27.0.
     * @deprecated It has been deprecated from version 1.27.0.
     */
    applicableForClb?: pulumi.Input<boolean>;
    /**
     * Auto renew flag. 0 - default state (manual renew); 1 - automatic renew; 2 - explicit no automatic renew.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * ID of bandwidth package, it will set when `internetChargeType` is `BANDWIDTH_PACKAGE`.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CDC Unique ID.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * Network egress.
     */
    egress?: pulumi.Input<string>;
    /**
     * The charge type of eip.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * The bandwidth limit of EIP, unit is Mbps.
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * Internet service provider of eip.
     */
    internetServiceProvider?: pulumi.Input<string>;
    /**
     * The name of eip.
     */
    name?: pulumi.Input<string>;
    /**
     * Period of instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    publicIp?: pulumi.Input<string>;
    status?: pulumi.Input<string>;
    /**
     * The tags of eip.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * The type of eip.
     */
    type?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a Eip resource.
 */
export interface EipArgs {
    /**
     * ID of anti DDos package, it must set when `type` is `AntiDDoSEIP`.
     */
    antiDdosPackageId?: pulumi.Input<string>;
    /**
     * The zone of anycast.
     */
    anycastZone?: pulumi.Input<string>;
    /**
     * It has been deprecated from version 1.27.0.
     * @deprecated It has been deprecated from version 1.27.0.
     */
    applicableForClb?: pulumi.Input<boolean>;
    /**
     * Auto renew flag. 0 - default state (manual renew); 1 - automatic renew; 2 - explicit no automatic renew.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * ID of bandwidth package, it will set when `internetChargeType` is `BANDWIDTH_PACKAGE`.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CDC Unique ID.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * Network egress.
     */
    egress?: pulumi.Input<string>;
    /**
     * The charge type of eip.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * The bandwidth limit of EIP, unit is Mbps.
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * Internet service provider of eip.
     */
    internetServiceProvider?: pulumi.Input<string>;
    /**
     * The name of eip.
     */
    name?: pulumi.Input<string>;
    /**
     * Period of instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * The tags of eip.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * The type of eip.
     */
    type?: pulumi.Input<string>;
}
