import * as pulumi from "@pulumi/pulumi";
/**
 * The MonitorTmpInstance resource.
 */
export declare class MonitorTmpInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MonitorTmpInstanceState, opts?: pulumi.CustomResourceOptions): MonitorTmpInstance;
    /**
     * Returns true if the given object is an instance of MonitorTmpInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MonitorTmpInstance;
    readonly apiRootPath: pulumi.Output<string>;
    /**
     * Data retention time(in days).
     */
    readonly dataRetentionTime: pulumi.Output<number>;
    /**
     * Instance name.
     */
    readonly instanceName: pulumi.Output<string>;
    readonly ipv4Address: pulumi.Output<string>;
    readonly proxyAddress: pulumi.Output<string>;
    readonly remoteWrite: pulumi.Output<string>;
    /**
     * Subnet Id.
     */
    readonly subnetId: pulumi.Output<string>;
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
     * Available zone.
     */
    readonly zone: pulumi.Output<string>;
    /**
     * Create a MonitorTmpInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MonitorTmpInstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Vpc Id.
     */
    vpcId: pulumi.Input<string>;
    /**
     * Available zone.
     */
    zone: pulumi.Input<string>;
}
