// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The KubernetesClusterEndpoint resource.
 */
export class KubernetesClusterEndpoint extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesClusterEndpoint resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KubernetesClusterEndpointState, opts?: pulumi.CustomResourceOptions): KubernetesClusterEndpoint {
        return new KubernetesClusterEndpoint(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/kubernetesClusterEndpoint:KubernetesClusterEndpoint";

    /**
     * Returns true if the given object is an instance of KubernetesClusterEndpoint. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is KubernetesClusterEndpoint {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === KubernetesClusterEndpoint.__pulumiType;
    }

    declare public readonly certificationAuthority: pulumi.Output<string>;
    declare public readonly clusterDeployType: pulumi.Output<string>;
    declare public readonly clusterExternalEndpoint: pulumi.Output<string>;
    /**
     * Specify cluster ID.
     */
    declare public readonly clusterId: pulumi.Output<string>;
    /**
     * Open internet access or not.
     */
    declare public readonly clusterInternet: pulumi.Output<boolean | undefined>;
    /**
     * Domain name for cluster Kube-apiserver internet access.
     */
    declare public readonly clusterInternetDomain: pulumi.Output<string | undefined>;
    /**
     * Specify security group, NOTE: This argument must not be empty if cluster internet enabled.
     */
    declare public readonly clusterInternetSecurityGroup: pulumi.Output<string | undefined>;
    /**
     * Open intranet access or not.
     */
    declare public readonly clusterIntranet: pulumi.Output<boolean | undefined>;
    /**
     * Domain name for cluster Kube-apiserver intranet access.
     */
    declare public readonly clusterIntranetDomain: pulumi.Output<string | undefined>;
    /**
     * Subnet id who can access this independent cluster, this field must and can only set when `clusterIntranet` is true.
     */
    declare public readonly clusterIntranetSubnetId: pulumi.Output<string | undefined>;
    declare public readonly domain: pulumi.Output<string>;
    /**
     * The LB parameter.
     */
    declare public readonly extensiveParameters: pulumi.Output<string | undefined>;
    declare public readonly kubeConfig: pulumi.Output<string>;
    declare public readonly kubeConfigIntranet: pulumi.Output<string>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    declare public readonly managedClusterInternetSecurityPolicies: pulumi.Output<string[] | undefined>;
    declare public readonly password: pulumi.Output<string>;
    declare public readonly pgwEndpoint: pulumi.Output<string>;
    declare public readonly userName: pulumi.Output<string>;

    /**
     * Create a KubernetesClusterEndpoint resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: KubernetesClusterEndpointArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: KubernetesClusterEndpointArgs | KubernetesClusterEndpointState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as KubernetesClusterEndpointState | undefined;
            resourceInputs["certificationAuthority"] = state?.certificationAuthority;
            resourceInputs["clusterDeployType"] = state?.clusterDeployType;
            resourceInputs["clusterExternalEndpoint"] = state?.clusterExternalEndpoint;
            resourceInputs["clusterId"] = state?.clusterId;
            resourceInputs["clusterInternet"] = state?.clusterInternet;
            resourceInputs["clusterInternetDomain"] = state?.clusterInternetDomain;
            resourceInputs["clusterInternetSecurityGroup"] = state?.clusterInternetSecurityGroup;
            resourceInputs["clusterIntranet"] = state?.clusterIntranet;
            resourceInputs["clusterIntranetDomain"] = state?.clusterIntranetDomain;
            resourceInputs["clusterIntranetSubnetId"] = state?.clusterIntranetSubnetId;
            resourceInputs["domain"] = state?.domain;
            resourceInputs["extensiveParameters"] = state?.extensiveParameters;
            resourceInputs["kubeConfig"] = state?.kubeConfig;
            resourceInputs["kubeConfigIntranet"] = state?.kubeConfigIntranet;
            resourceInputs["managedClusterInternetSecurityPolicies"] = state?.managedClusterInternetSecurityPolicies;
            resourceInputs["password"] = state?.password;
            resourceInputs["pgwEndpoint"] = state?.pgwEndpoint;
            resourceInputs["userName"] = state?.userName;
        } else {
            const args = argsOrState as KubernetesClusterEndpointArgs | undefined;
            if (args?.clusterId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clusterId'");
            }
            resourceInputs["clusterId"] = args?.clusterId;
            resourceInputs["clusterInternet"] = args?.clusterInternet;
            resourceInputs["clusterInternetDomain"] = args?.clusterInternetDomain;
            resourceInputs["clusterInternetSecurityGroup"] = args?.clusterInternetSecurityGroup;
            resourceInputs["clusterIntranet"] = args?.clusterIntranet;
            resourceInputs["clusterIntranetDomain"] = args?.clusterIntranetDomain;
            resourceInputs["clusterIntranetSubnetId"] = args?.clusterIntranetSubnetId;
            resourceInputs["extensiveParameters"] = args?.extensiveParameters;
            resourceInputs["managedClusterInternetSecurityPolicies"] = args?.managedClusterInternetSecurityPolicies;
            resourceInputs["certificationAuthority"] = undefined /*out*/;
            resourceInputs["clusterDeployType"] = undefined /*out*/;
            resourceInputs["clusterExternalEndpoint"] = undefined /*out*/;
            resourceInputs["domain"] = undefined /*out*/;
            resourceInputs["kubeConfig"] = undefined /*out*/;
            resourceInputs["kubeConfigIntranet"] = undefined /*out*/;
            resourceInputs["password"] = undefined /*out*/;
            resourceInputs["pgwEndpoint"] = undefined /*out*/;
            resourceInputs["userName"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["kubeConfig", "kubeConfigIntranet", "password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(KubernetesClusterEndpoint.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
