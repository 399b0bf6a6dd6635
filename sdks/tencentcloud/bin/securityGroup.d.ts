import * as pulumi from "@pulumi/pulumi";
/**
 * The SecurityGroup resource.
 */
export declare class SecurityGroup extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SecurityGroupState, opts?: pulumi.CustomResourceOptions): SecurityGroup;
    /**
     * Returns true if the given object is an instance of SecurityGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is SecurityGroup;
    /**
     * Description of the security group.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Name of the security group to be queried.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Project ID of the security group.
     */
    readonly projectId: pulumi.Output<number>;
    /**
     * Tags of the security group.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Create a SecurityGroup resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: SecurityGroupArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering SecurityGroup resources.
 */
export interface SecurityGroupState {
    /**
     * Description of the security group.
     */
    description?: pulumi.Input<string>;
    /**
     * Name of the security group to be queried.
     */
    name?: pulumi.Input<string>;
    /**
     * Project ID of the security group.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Tags of the security group.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
}
/**
 * The set of arguments for constructing a SecurityGroup resource.
 */
export interface SecurityGroupArgs {
    /**
     * Description of the security group.
     */
    description?: pulumi.Input<string>;
    /**
     * Name of the security group to be queried.
     */
    name?: pulumi.Input<string>;
    /**
     * Project ID of the security group.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Tags of the security group.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
}
