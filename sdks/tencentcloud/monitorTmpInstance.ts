// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorTmpInstance resource.
 */
export class MonitorTmpInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpInstanceState, opts?: pulumi.CustomResourceOptions): MonitorTmpInstance {
        return new MonitorTmpInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorTmpInstance:MonitorTmpInstance";

    /**
     * Returns true if the given object is an instance of MonitorTmpInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorTmpInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpInstance.__pulumiType;
    }

    declare public readonly apiRootPath: pulumi.Output<string>;
    /**
     * Data retention time(in days).
     */
    declare public readonly dataRetentionTime: pulumi.Output<number>;
    /**
     * Instance name.
     */
    declare public readonly instanceName: pulumi.Output<string>;
    declare public readonly ipv4Address: pulumi.Output<string>;
    declare public readonly proxyAddress: pulumi.Output<string>;
    declare public readonly remoteWrite: pulumi.Output<string>;
    /**
     * Subnet Id.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * Tag description list.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Vpc Id.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Available zone.
     */
    declare public readonly zone: pulumi.Output<string>;

    /**
     * Create a MonitorTmpInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorTmpInstanceArgs | MonitorTmpInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorTmpInstanceState | undefined;
            resourceInputs["apiRootPath"] = state?.apiRootPath;
            resourceInputs["dataRetentionTime"] = state?.dataRetentionTime;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["ipv4Address"] = state?.ipv4Address;
            resourceInputs["proxyAddress"] = state?.proxyAddress;
            resourceInputs["remoteWrite"] = state?.remoteWrite;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zone"] = state?.zone;
        } else {
            const args = argsOrState as MonitorTmpInstanceArgs | undefined;
            if (args?.dataRetentionTime === undefined && !opts.urn) {
                throw new Error("Missing required property 'dataRetentionTime'");
            }
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.subnetId === undefined && !opts.urn) {
                throw new Error("Missing required property 'subnetId'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            if (args?.zone === undefined && !opts.urn) {
                throw new Error("Missing required property 'zone'");
            }
            resourceInputs["dataRetentionTime"] = args?.dataRetentionTime;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zone"] = args?.zone;
            resourceInputs["apiRootPath"] = undefined /*out*/;
            resourceInputs["ipv4Address"] = undefined /*out*/;
            resourceInputs["proxyAddress"] = undefined /*out*/;
            resourceInputs["remoteWrite"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering MonitorTmpInstance resources.
 */
export interface MonitorTmpInstanceState {
    apiRootPath?: pulumi.Input<string>;
    /**
     * Data retention time(in days).
     */
    dataRetentionTime?: pulumi.Input<number>;
    /**
     * Instance name.
     */
    instanceName?: pulumi.Input<string>;
    ipv4Address?: pulumi.Input<string>;
    proxyAddress?: pulumi.Input<string>;
    remoteWrite?: pulumi.Input<string>;
    /**
     * Subnet Id.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Tag description list.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Vpc Id.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Available zone.
     */
    zone?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a MonitorTmpInstance resource.
 */
export interface MonitorTmpInstanceArgs {
    /**
     * Data retention time(in days).
     */
    dataRetentionTime: pulumi.Input<number>;
    /**
     * Instance name.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Subnet Id.
     */
    subnetId: pulumi.Input<string>;
    /**
     * Tag description list.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Vpc Id.
     */
    vpcId: pulumi.Input<string>;
    /**
     * Available zone.
     */
    zone: pulumi.Input<string>;
}
