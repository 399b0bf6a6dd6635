import * as pulumi from "@pulumi/pulumi";
/**
 * The KubernetesClusterEndpoint resource.
 */
export declare class KubernetesClusterEndpoint extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesClusterEndpoint resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KubernetesClusterEndpointState, opts?: pulumi.CustomResourceOptions): KubernetesClusterEndpoint;
    /**
     * Returns true if the given object is an instance of KubernetesClusterEndpoint. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KubernetesClusterEndpoint;
    readonly certificationAuthority: pulumi.Output<string>;
    readonly clusterDeployType: pulumi.Output<string>;
    readonly clusterExternalEndpoint: pulumi.Output<string>;
    /**
     * Specify cluster ID.
     */
    readonly clusterId: pulumi.Output<string>;
    /**
     * Open internet access or not.
     */
    readonly clusterInternet: pulumi.Output<boolean | undefined>;
    /**
     * Domain name for cluster Kube-apiserver internet access.
     */
    readonly clusterInternetDomain: pulumi.Output<string | undefined>;
    /**
     * Specify security group, NOTE: This argument must not be empty if cluster internet enabled.
     */
    readonly clusterInternetSecurityGroup: pulumi.Output<string | undefined>;
    /**
     * Open intranet access or not.
     */
    readonly clusterIntranet: pulumi.Output<boolean | undefined>;
    /**
     * Domain name for cluster Kube-apiserver intranet access.
     */
    readonly clusterIntranetDomain: pulumi.Output<string | undefined>;
    /**
     * Subnet id who can access this independent cluster, this field must and can only set when `clusterIntranet` is true.
     */
    readonly clusterIntranetSubnetId: pulumi.Output<string | undefined>;
    readonly domain: pulumi.Output<string>;
    /**
     * The LB parameter.
     */
    readonly extensiveParameters: pulumi.Output<string | undefined>;
    readonly kubeConfig: pulumi.Output<string>;
    readonly kubeConfigIntranet: pulumi.Output<string>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    readonly managedClusterInternetSecurityPolicies: pulumi.Output<string[] | undefined>;
    readonly password: pulumi.Output<string>;
    readonly pgwEndpoint: pulumi.Output<string>;
    readonly userName: pulumi.Output<string>;
    /**
     * Create a KubernetesClusterEndpoint resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: KubernetesClusterEndpointArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering KubernetesClusterEndpoint resources.
 */
export interface KubernetesClusterEndpointState {
    certificationAuthority?: pulumi.Input<string>;
    clusterDeployType?: pulumi.Input<string>;
    clusterExternalEndpoint?: pulumi.Input<string>;
    /**
     * Specify cluster ID.
     */
    clusterId?: pulumi.Input<string>;
    /**
     * Open internet access or not.
     */
    clusterInternet?: pulumi.Input<boolean>;
    /**
     * Domain name for cluster Kube-apiserver internet access.
     */
    clusterInternetDomain?: pulumi.Input<string>;
    /**
     * Specify security group, NOTE: This argument must not be empty if cluster internet enabled.
     */
    clusterInternetSecurityGroup?: pulumi.Input<string>;
    /**
     * Open intranet access or not.
     */
    clusterIntranet?: pulumi.Input<boolean>;
    /**
     * Domain name for cluster Kube-apiserver intranet access.
     */
    clusterIntranetDomain?: pulumi.Input<string>;
    /**
     * Subnet id who can access this independent cluster, this field must and can only set when `clusterIntranet` is true.
     */
    clusterIntranetSubnetId?: pulumi.Input<string>;
    domain?: pulumi.Input<string>;
    /**
     * The LB parameter.
     */
    extensiveParameters?: pulumi.Input<string>;
    kubeConfig?: pulumi.Input<string>;
    kubeConfigIntranet?: pulumi.Input<string>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    managedClusterInternetSecurityPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    password?: pulumi.Input<string>;
    pgwEndpoint?: pulumi.Input<string>;
    userName?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a KubernetesClusterEndpoint resource.
 */
export interface KubernetesClusterEndpointArgs {
    /**
     * Specify cluster ID.
     */
    clusterId: pulumi.Input<string>;
    /**
     * Open internet access or not.
     */
    clusterInternet?: pulumi.Input<boolean>;
    /**
     * Domain name for cluster Kube-apiserver internet access.
     */
    clusterInternetDomain?: pulumi.Input<string>;
    /**
     * Specify security group, NOTE: This argument must not be empty if cluster internet enabled.
     */
    clusterInternetSecurityGroup?: pulumi.Input<string>;
    /**
     * Open intranet access or not.
     */
    clusterIntranet?: pulumi.Input<boolean>;
    /**
     * Domain name for cluster Kube-apiserver intranet access.
     */
    clusterIntranetDomain?: pulumi.Input<string>;
    /**
     * Subnet id who can access this independent cluster, this field must and can only set when `clusterIntranet` is true.
     */
    clusterIntranetSubnetId?: pulumi.Input<string>;
    /**
     * The LB parameter.
     */
    extensiveParameters?: pulumi.Input<string>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    managedClusterInternetSecurityPolicies?: pulumi.Input<pulumi.Input<string>[]>;
}
