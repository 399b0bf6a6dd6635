// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The TseInstance resource.
 */
export class TseInstance extends pulumi.CustomResource {
    /**
     * Gets an existing TseInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: TseInstanceState, opts?: pulumi.CustomResourceOptions): TseInstance {
        return new TseInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/tseInstance:TseInstance";

    /**
     * Returns true if the given object is an instance of TseInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is TseInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === TseInstance.__pulumiType;
    }

    /**
     * Client public network access, `true`: on, `false`: off, default: false.
     */
    declare public readonly enableClientInternetAccess: pulumi.Output<boolean | undefined>;
    /**
     * engien name.
     */
    declare public readonly engineName: pulumi.Output<string>;
    /**
     * engine node num. see EngineProductVersion.
     */
    declare public readonly engineNodeNum: pulumi.Output<number | undefined>;
    /**
     * Engine product version.
     */
    declare public readonly engineProductVersion: pulumi.Output<string>;
    /**
     * engine deploy region.
     */
    declare public readonly engineRegion: pulumi.Output<string>;
    /**
     * Details about the regional configuration of the engine in cross-region deployment, only zookeeper professional requires the use of the EngineRegionInfos parameter.
     */
    declare public readonly engineRegionInfos: pulumi.Output<outputs.TseInstanceEngineRegionInfo[] | undefined>;
    /**
     * engine spec ID. see EngineProductVersion.
     */
    declare public readonly engineResourceSpec: pulumi.Output<string | undefined>;
    /**
     * engine type.
     */
    declare public readonly engineType: pulumi.Output<string>;
    /**
     * An open source version of the engine.
     */
    declare public readonly engineVersion: pulumi.Output<string>;
    /**
     * Prepaid time, in monthly units.
     */
    declare public readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Automatic renewal mark, prepaid only.
     */
    declare public readonly prepaidRenewFlag: pulumi.Output<number | undefined>;
    /**
     * subnet ID.
     */
    declare public readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * Tag description list.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * trade type.
     */
    declare public readonly tradeType: pulumi.Output<number>;
    /**
     * VPC ID.
     */
    declare public readonly vpcId: pulumi.Output<string | undefined>;

    /**
     * Create a TseInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: TseInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: TseInstanceArgs | TseInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as TseInstanceState | undefined;
            resourceInputs["enableClientInternetAccess"] = state?.enableClientInternetAccess;
            resourceInputs["engineName"] = state?.engineName;
            resourceInputs["engineNodeNum"] = state?.engineNodeNum;
            resourceInputs["engineProductVersion"] = state?.engineProductVersion;
            resourceInputs["engineRegion"] = state?.engineRegion;
            resourceInputs["engineRegionInfos"] = state?.engineRegionInfos;
            resourceInputs["engineResourceSpec"] = state?.engineResourceSpec;
            resourceInputs["engineType"] = state?.engineType;
            resourceInputs["engineVersion"] = state?.engineVersion;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["prepaidRenewFlag"] = state?.prepaidRenewFlag;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["tradeType"] = state?.tradeType;
            resourceInputs["vpcId"] = state?.vpcId;
        } else {
            const args = argsOrState as TseInstanceArgs | undefined;
            if (args?.engineName === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineName'");
            }
            if (args?.engineProductVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineProductVersion'");
            }
            if (args?.engineRegion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineRegion'");
            }
            if (args?.engineType === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineType'");
            }
            if (args?.engineVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineVersion'");
            }
            if (args?.tradeType === undefined && !opts.urn) {
                throw new Error("Missing required property 'tradeType'");
            }
            resourceInputs["enableClientInternetAccess"] = args?.enableClientInternetAccess;
            resourceInputs["engineName"] = args?.engineName;
            resourceInputs["engineNodeNum"] = args?.engineNodeNum;
            resourceInputs["engineProductVersion"] = args?.engineProductVersion;
            resourceInputs["engineRegion"] = args?.engineRegion;
            resourceInputs["engineRegionInfos"] = args?.engineRegionInfos;
            resourceInputs["engineResourceSpec"] = args?.engineResourceSpec;
            resourceInputs["engineType"] = args?.engineType;
            resourceInputs["engineVersion"] = args?.engineVersion;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["prepaidRenewFlag"] = args?.prepaidRenewFlag;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["tradeType"] = args?.tradeType;
            resourceInputs["vpcId"] = args?.vpcId;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(TseInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering TseInstance resources.
 */
export interface TseInstanceState {
    /**
     * Client public network access, `true`: on, `false`: off, default: false.
     */
    enableClientInternetAccess?: pulumi.Input<boolean>;
    /**
     * engien name.
     */
    engineName?: pulumi.Input<string>;
    /**
     * engine node num. see EngineProductVersion.
     */
    engineNodeNum?: pulumi.Input<number>;
    /**
     * Engine product version.
     */
    engineProductVersion?: pulumi.Input<string>;
    /**
     * engine deploy region.
     */
    engineRegion?: pulumi.Input<string>;
    /**
     * Details about the regional configuration of the engine in cross-region deployment, only zookeeper professional requires the use of the EngineRegionInfos parameter.
     */
    engineRegionInfos?: pulumi.Input<pulumi.Input<inputs.TseInstanceEngineRegionInfo>[]>;
    /**
     * engine spec ID. see EngineProductVersion.
     */
    engineResourceSpec?: pulumi.Input<string>;
    /**
     * engine type.
     */
    engineType?: pulumi.Input<string>;
    /**
     * An open source version of the engine.
     */
    engineVersion?: pulumi.Input<string>;
    /**
     * Prepaid time, in monthly units.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * Automatic renewal mark, prepaid only.
     */
    prepaidRenewFlag?: pulumi.Input<number>;
    /**
     * subnet ID.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Tag description list.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * trade type.
     */
    tradeType?: pulumi.Input<number>;
    /**
     * VPC ID.
     */
    vpcId?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a TseInstance resource.
 */
export interface TseInstanceArgs {
    /**
     * Client public network access, `true`: on, `false`: off, default: false.
     */
    enableClientInternetAccess?: pulumi.Input<boolean>;
    /**
     * engien name.
     */
    engineName: pulumi.Input<string>;
    /**
     * engine node num. see EngineProductVersion.
     */
    engineNodeNum?: pulumi.Input<number>;
    /**
     * Engine product version.
     */
    engineProductVersion: pulumi.Input<string>;
    /**
     * engine deploy region.
     */
    engineRegion: pulumi.Input<string>;
    /**
     * Details about the regional configuration of the engine in cross-region deployment, only zookeeper professional requires the use of the EngineRegionInfos parameter.
     */
    engineRegionInfos?: pulumi.Input<pulumi.Input<inputs.TseInstanceEngineRegionInfo>[]>;
    /**
     * engine spec ID. see EngineProductVersion.
     */
    engineResourceSpec?: pulumi.Input<string>;
    /**
     * engine type.
     */
    engineType: pulumi.Input<string>;
    /**
     * An open source version of the engine.
     */
    engineVersion: pulumi.Input<string>;
    /**
     * Prepaid time, in monthly units.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * Automatic renewal mark, prepaid only.
     */
    prepaidRenewFlag?: pulumi.Input<number>;
    /**
     * subnet ID.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Tag description list.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * trade type.
     */
    tradeType: pulumi.Input<number>;
    /**
     * VPC ID.
     */
    vpcId?: pulumi.Input<string>;
}
