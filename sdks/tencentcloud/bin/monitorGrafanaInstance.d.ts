import * as pulumi from "@pulumi/pulumi";
/**
 * The MonitorGrafanaInstance resource.
 */
export declare class MonitorGrafanaInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorGrafanaInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorGrafanaInstanceState, opts?: pulumi.CustomResourceOptions): MonitorGrafanaInstance;
    /**
     * Returns true if the given object is an instance of MonitorGrafanaInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorGrafanaInstance;
    /**
     * Whether to automatically use vouchers.
     */
    readonly autoVoucher: pulumi.Output<boolean | undefined>;
    /**
     * Control whether grafana could be accessed by internet.
     */
    readonly enableInternet: pulumi.Output<boolean>;
    /**
     * Grafana server admin password.
     */
    readonly grafanaInitPassword: pulumi.Output<string>;
    readonly instanceId: pulumi.Output<string>;
    /**
     * Instance name.
     */
    readonly instanceName: pulumi.Output<string>;
    readonly instanceStatus: pulumi.Output<number>;
    readonly internalUrl: pulumi.Output<string>;
    readonly internetUrl: pulumi.Output<string>;
    /**
     * Whether to clean up completely, the default is false.
     */
    readonly isDestroy: pulumi.Output<boolean | undefined>;
    /**
     * It has been deprecated from version 1.81.16.
     * @deprecated It has been deprecated from version 1.81.16.
     */
    readonly isDistroy: pulumi.Output<boolean | undefined>;
    readonly rootUrl: pulumi.Output<string>;
    /**
     * Subnet Id array.
     */
    readonly subnetIds: pulumi.Output<string[]>;
    /**
     * Tag description list.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Vpc Id.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Create a MonitorGrafanaInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorGrafanaInstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Vpc Id.
     */
    vpcId?: pulumi.Input<string>;
}
