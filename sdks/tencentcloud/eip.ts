// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The Eip resource.
 */
export class Eip extends pulumi.CustomResource {
    /**
     * Gets an existing Eip resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: EipState, opts?: pulumi.CustomResourceOptions): Eip {
        return new Eip(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/eip:Eip";

    /**
     * Returns true if the given object is an instance of Eip. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Eip {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Eip.__pulumiType;
    }

    /**
     * ID of anti DDos package, it must set when `type` is `AntiDDoSEIP`.
     */
    declare public readonly antiDdosPackageId: pulumi.Output<string>;
    /**
     * The zone of anycast.
     */
    declare public readonly anycastZone: pulumi.Output<string | undefined>;
    /**
     * It has been deprecated from version 1.27.0.
     * @deprecated It has been deprecated from version 1.27.0.
     */
    declare public readonly applicableForClb: pulumi.Output<boolean | undefined>;
    /**
     * Auto renew flag. 0 - default state (manual renew); 1 - automatic renew; 2 - explicit no automatic renew.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * ID of bandwidth package, it will set when `internetChargeType` is `BANDWIDTH_PACKAGE`.
     */
    declare public readonly bandwidthPackageId: pulumi.Output<string>;
    /**
     * CDC Unique ID.
     */
    declare public readonly cdcId: pulumi.Output<string | undefined>;
    /**
     * Network egress.
     */
    declare public readonly egress: pulumi.Output<string>;
    /**
     * The charge type of eip.
     */
    declare public readonly internetChargeType: pulumi.Output<string>;
    /**
     * The bandwidth limit of EIP, unit is Mbps.
     */
    declare public readonly internetMaxBandwidthOut: pulumi.Output<number>;
    /**
     * Internet service provider of eip.
     */
    declare public readonly internetServiceProvider: pulumi.Output<string | undefined>;
    /**
     * The name of eip.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Period of instance.
     */
    declare public readonly prepaidPeriod: pulumi.Output<number | undefined>;
    declare public readonly publicIp: pulumi.Output<string>;
    declare public readonly status: pulumi.Output<string>;
    /**
     * The tags of eip.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * The type of eip.
     */
    declare public readonly type: pulumi.Output<string | undefined>;

    /**
     * Create a Eip resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: EipArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: EipArgs | EipState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as EipState | undefined;
            resourceInputs["antiDdosPackageId"] = state?.antiDdosPackageId;
            resourceInputs["anycastZone"] = state?.anycastZone;
            resourceInputs["applicableForClb"] = state?.applicableForClb;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["cdcId"] = state?.cdcId;
            resourceInputs["egress"] = state?.egress;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = state?.internetMaxBandwidthOut;
            resourceInputs["internetServiceProvider"] = state?.internetServiceProvider;
            resourceInputs["name"] = state?.name;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["publicIp"] = state?.publicIp;
            resourceInputs["status"] = state?.status;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["type"] = state?.type;
        } else {
            const args = argsOrState as EipArgs | undefined;

            resourceInputs["antiDdosPackageId"] = args?.antiDdosPackageId;
            resourceInputs["anycastZone"] = args?.anycastZone;
            resourceInputs["applicableForClb"] = args?.applicableForClb;
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["cdcId"] = args?.cdcId;
            resourceInputs["egress"] = args?.egress;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = args?.internetMaxBandwidthOut;
            resourceInputs["internetServiceProvider"] = args?.internetServiceProvider;
            resourceInputs["name"] = args?.name;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["type"] = args?.type;
            resourceInputs["publicIp"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Eip.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * The type of eip.
     */
    type?: pulumi.Input<string>;
}
