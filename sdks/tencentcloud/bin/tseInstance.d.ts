import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The TseInstance resource.
 */
export declare class TseInstance extends pulumi.CustomResource {
    /**
     * Gets an existing TseInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: TseInstanceState, opts?: pulumi.CustomResourceOptions): TseInstance;
    /**
     * Returns true if the given object is an instance of TseInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is TseInstance;
    /**
     * Client public network access, `true`: on, `false`: off, default: false.
     */
    readonly enableClientInternetAccess: pulumi.Output<boolean | undefined>;
    /**
     * engien name.
     */
    readonly engineName: pulumi.Output<string>;
    /**
     * engine node num. see EngineProductVersion.
     */
    readonly engineNodeNum: pulumi.Output<number | undefined>;
    /**
     * Engine product version.
     */
    readonly engineProductVersion: pulumi.Output<string>;
    /**
     * engine deploy region.
     */
    readonly engineRegion: pulumi.Output<string>;
    /**
     * Details about the regional configuration of the engine in cross-region deployment, only zookeeper professional requires the use of the EngineRegionInfos parameter.
     */
    readonly engineRegionInfos: pulumi.Output<outputs.TseInstanceEngineRegionInfo[] | undefined>;
    /**
     * engine spec ID. see EngineProductVersion.
     */
    readonly engineResourceSpec: pulumi.Output<string | undefined>;
    /**
     * engine type.
     */
    readonly engineType: pulumi.Output<string>;
    /**
     * An open source version of the engine.
     */
    readonly engineVersion: pulumi.Output<string>;
    /**
     * Prepaid time, in monthly units.
     */
    readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * Automatic renewal mark, prepaid only.
     */
    readonly prepaidRenewFlag: pulumi.Output<number | undefined>;
    /**
     * subnet ID.
     */
    readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * Tag description list.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * trade type.
     */
    readonly tradeType: pulumi.Output<number>;
    /**
     * VPC ID.
     */
    readonly vpcId: pulumi.Output<string | undefined>;
    /**
     * Create a TseInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: TseInstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * trade type.
     */
    tradeType: pulumi.Input<number>;
    /**
     * VPC ID.
     */
    vpcId?: pulumi.Input<string>;
}
