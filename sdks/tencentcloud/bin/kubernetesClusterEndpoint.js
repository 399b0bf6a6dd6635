"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.KubernetesClusterEndpoint = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The KubernetesClusterEndpoint resource.
 */
class KubernetesClusterEndpoint extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesClusterEndpoint resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new KubernetesClusterEndpoint(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of KubernetesClusterEndpoint. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === KubernetesClusterEndpoint.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
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
        }
        else {
            const args = argsOrState;
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
exports.KubernetesClusterEndpoint = KubernetesClusterEndpoint;
/** @internal */
KubernetesClusterEndpoint.__pulumiType = "tencentcloud:index/kubernetesClusterEndpoint:KubernetesClusterEndpoint";
