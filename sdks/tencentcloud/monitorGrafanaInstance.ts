// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MonitorGrafanaInstance resource.
 */
export class MonitorGrafanaInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorGrafanaInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorGrafanaInstanceState, opts?: pulumi.CustomResourceOptions): MonitorGrafanaInstance {
        return new MonitorGrafanaInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/monitorGrafanaInstance:MonitorGrafanaInstance";

    /**
     * Returns true if the given object is an instance of MonitorGrafanaInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MonitorGrafanaInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorGrafanaInstance.__pulumiType;
    }

    /**
     * Whether to automatically use vouchers.
     */
    declare public readonly autoVoucher: pulumi.Output<boolean | undefined>;
    /**
     * Control whether grafana could be accessed by internet.
     */
    declare public readonly enableInternet: pulumi.Output<boolean>;
    /**
     * Grafana server admin password.
     */
    declare public readonly grafanaInitPassword: pulumi.Output<string>;
    declare public readonly instanceId: pulumi.Output<string>;
    /**
     * Instance name.
     */
    declare public readonly instanceName: pulumi.Output<string>;
    declare public readonly instanceStatus: pulumi.Output<number>;
    declare public readonly internalUrl: pulumi.Output<string>;
    declare public readonly internetUrl: pulumi.Output<string>;
    /**
     * Whether to clean up completely, the default is false.
     */
    declare public readonly isDestroy: pulumi.Output<boolean | undefined>;
    /**
     * It has been deprecated from version 1.81.16.
     * @deprecated It has been deprecated from version 1.81.16.
     */
    declare public readonly isDistroy: pulumi.Output<boolean | undefined>;
    declare public readonly rootUrl: pulumi.Output<string>;
    /**
     * Subnet Id array.
     */
    declare public readonly subnetIds: pulumi.Output<string[]>;
    /**
     * Tag description list.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Vpc Id.
     */
    declare public readonly vpcId: pulumi.Output<string>;

    /**
     * Create a MonitorGrafanaInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorGrafanaInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MonitorGrafanaInstanceArgs | MonitorGrafanaInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MonitorGrafanaInstanceState | undefined;
            resourceInputs["autoVoucher"] = state?.autoVoucher;
            resourceInputs["enableInternet"] = state?.enableInternet;
            resourceInputs["grafanaInitPassword"] = state?.grafanaInitPassword;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceStatus"] = state?.instanceStatus;
            resourceInputs["internalUrl"] = state?.internalUrl;
            resourceInputs["internetUrl"] = state?.internetUrl;
            resourceInputs["isDestroy"] = state?.isDestroy;
            resourceInputs["isDistroy"] = state?.isDistroy;
            resourceInputs["rootUrl"] = state?.rootUrl;
            resourceInputs["subnetIds"] = state?.subnetIds;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
        } else {
            const args = argsOrState as MonitorGrafanaInstanceArgs | undefined;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            resourceInputs["autoVoucher"] = args?.autoVoucher;
            resourceInputs["enableInternet"] = args?.enableInternet;
            resourceInputs["grafanaInitPassword"] = args?.grafanaInitPassword;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["isDestroy"] = args?.isDestroy;
            resourceInputs["isDistroy"] = args?.isDistroy;
            resourceInputs["subnetIds"] = args?.subnetIds;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["instanceId"] = undefined /*out*/;
            resourceInputs["instanceStatus"] = undefined /*out*/;
            resourceInputs["internalUrl"] = undefined /*out*/;
            resourceInputs["internetUrl"] = undefined /*out*/;
            resourceInputs["rootUrl"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorGrafanaInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering MonitorGrafanaInstance resources.
 */
export interface MonitorGrafanaInstanceState {
    /**
     * Whether to automatically use vouchers.
     */
    autoVoucher?: pulumi.Input<boolean>;
    /**
     * Control whether grafana could be accessed by internet.
     */
    enableInternet?: pulumi.Input<boolean>;
    /**
     * Grafana server admin password.
     */
    grafanaInitPassword?: pulumi.Input<string>;
    instanceId?: pulumi.Input<string>;
    /**
     * Instance name.
     */
    instanceName?: pulumi.Input<string>;
    instanceStatus?: pulumi.Input<number>;
    internalUrl?: pulumi.Input<string>;
    internetUrl?: pulumi.Input<string>;
    /**
     * Whether to clean up completely, the default is false.
     */
    isDestroy?: pulumi.Input<boolean>;
    /**
     * It has been deprecated from version 1.81.16.
     * @deprecated It has been deprecated from version 1.81.16.
     */
    isDistroy?: pulumi.Input<boolean>;
    rootUrl?: pulumi.Input<string>;
    /**
     * Subnet Id array.
     */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Tag description list.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Vpc Id.
     */
    vpcId?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a MonitorGrafanaInstance resource.
 */
export interface MonitorGrafanaInstanceArgs {
    /**
     * Whether to automatically use vouchers.
     */
    autoVoucher?: pulumi.Input<boolean>;
    /**
     * Control whether grafana could be accessed by internet.
     */
    enableInternet?: pulumi.Input<boolean>;
    /**
     * Grafana server admin password.
     */
    grafanaInitPassword?: pulumi.Input<string>;
    /**
     * Instance name.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Whether to clean up completely, the default is false.
     */
    isDestroy?: pulumi.Input<boolean>;
    /**
     * It has been deprecated from version 1.81.16.
     * @deprecated It has been deprecated from version 1.81.16.
     */
    isDistroy?: pulumi.Input<boolean>;
    /**
     * Subnet Id array.
     */
    subnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Tag description list.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Vpc Id.
     */
    vpcId?: pulumi.Input<string>;
}
