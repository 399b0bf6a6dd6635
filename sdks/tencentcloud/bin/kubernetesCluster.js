"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.KubernetesCluster = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The KubernetesCluster resource.
 */
class KubernetesCluster extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesCluster resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new KubernetesCluster(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of KubernetesCluster. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === KubernetesCluster.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["acquireClusterAdminRole"] = state?.acquireClusterAdminRole;
            resourceInputs["authOptions"] = state?.authOptions;
            resourceInputs["autoUpgradeClusterLevel"] = state?.autoUpgradeClusterLevel;
            resourceInputs["basePodNum"] = state?.basePodNum;
            resourceInputs["cdcId"] = state?.cdcId;
            resourceInputs["certificationAuthority"] = state?.certificationAuthority;
            resourceInputs["claimExpiredSeconds"] = state?.claimExpiredSeconds;
            resourceInputs["clusterAsEnabled"] = state?.clusterAsEnabled;
            resourceInputs["clusterAudit"] = state?.clusterAudit;
            resourceInputs["clusterCidr"] = state?.clusterCidr;
            resourceInputs["clusterDeployType"] = state?.clusterDeployType;
            resourceInputs["clusterDesc"] = state?.clusterDesc;
            resourceInputs["clusterExternalEndpoint"] = state?.clusterExternalEndpoint;
            resourceInputs["clusterExtraArgs"] = state?.clusterExtraArgs;
            resourceInputs["clusterInternet"] = state?.clusterInternet;
            resourceInputs["clusterInternetDomain"] = state?.clusterInternetDomain;
            resourceInputs["clusterInternetSecurityGroup"] = state?.clusterInternetSecurityGroup;
            resourceInputs["clusterIntranet"] = state?.clusterIntranet;
            resourceInputs["clusterIntranetDomain"] = state?.clusterIntranetDomain;
            resourceInputs["clusterIntranetSubnetId"] = state?.clusterIntranetSubnetId;
            resourceInputs["clusterIpvs"] = state?.clusterIpvs;
            resourceInputs["clusterLevel"] = state?.clusterLevel;
            resourceInputs["clusterMaxPodNum"] = state?.clusterMaxPodNum;
            resourceInputs["clusterMaxServiceNum"] = state?.clusterMaxServiceNum;
            resourceInputs["clusterName"] = state?.clusterName;
            resourceInputs["clusterNodeNum"] = state?.clusterNodeNum;
            resourceInputs["clusterOs"] = state?.clusterOs;
            resourceInputs["clusterOsType"] = state?.clusterOsType;
            resourceInputs["clusterSubnetId"] = state?.clusterSubnetId;
            resourceInputs["clusterVersion"] = state?.clusterVersion;
            resourceInputs["containerRuntime"] = state?.containerRuntime;
            resourceInputs["dataPlaneV2"] = state?.dataPlaneV2;
            resourceInputs["deletionProtection"] = state?.deletionProtection;
            resourceInputs["disableAddons"] = state?.disableAddons;
            resourceInputs["dockerGraphPath"] = state?.dockerGraphPath;
            resourceInputs["domain"] = state?.domain;
            resourceInputs["enableCustomizedPodCidr"] = state?.enableCustomizedPodCidr;
            resourceInputs["eniSubnetIds"] = state?.eniSubnetIds;
            resourceInputs["eventPersistence"] = state?.eventPersistence;
            resourceInputs["existInstances"] = state?.existInstances;
            resourceInputs["extensionAddons"] = state?.extensionAddons;
            resourceInputs["extraArgs"] = state?.extraArgs;
            resourceInputs["globeDesiredPodNum"] = state?.globeDesiredPodNum;
            resourceInputs["ignoreClusterCidrConflict"] = state?.ignoreClusterCidrConflict;
            resourceInputs["ignoreServiceCidrConflict"] = state?.ignoreServiceCidrConflict;
            resourceInputs["instanceDeleteMode"] = state?.instanceDeleteMode;
            resourceInputs["isDualStack"] = state?.isDualStack;
            resourceInputs["isNonStaticIpMode"] = state?.isNonStaticIpMode;
            resourceInputs["kubeConfig"] = state?.kubeConfig;
            resourceInputs["kubeConfigIntranet"] = state?.kubeConfigIntranet;
            resourceInputs["kubeProxyMode"] = state?.kubeProxyMode;
            resourceInputs["labels"] = state?.labels;
            resourceInputs["logAgent"] = state?.logAgent;
            resourceInputs["managedClusterInternetSecurityPolicies"] = state?.managedClusterInternetSecurityPolicies;
            resourceInputs["masterConfigs"] = state?.masterConfigs;
            resourceInputs["mountTarget"] = state?.mountTarget;
            resourceInputs["networkType"] = state?.networkType;
            resourceInputs["nodeNameType"] = state?.nodeNameType;
            resourceInputs["nodePoolGlobalConfigs"] = state?.nodePoolGlobalConfigs;
            resourceInputs["password"] = state?.password;
            resourceInputs["pgwEndpoint"] = state?.pgwEndpoint;
            resourceInputs["preStartUserScript"] = state?.preStartUserScript;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["resourceDeleteOptions"] = state?.resourceDeleteOptions;
            resourceInputs["runtimeVersion"] = state?.runtimeVersion;
            resourceInputs["securityPolicies"] = state?.securityPolicies;
            resourceInputs["serviceCidr"] = state?.serviceCidr;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["unschedulable"] = state?.unschedulable;
            resourceInputs["upgradeInstancesFollowCluster"] = state?.upgradeInstancesFollowCluster;
            resourceInputs["userName"] = state?.userName;
            resourceInputs["vpcCniType"] = state?.vpcCniType;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["workerConfigs"] = state?.workerConfigs;
            resourceInputs["workerInstancesLists"] = state?.workerInstancesLists;
        }
        else {
            const args = argsOrState;
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["acquireClusterAdminRole"] = args?.acquireClusterAdminRole;
            resourceInputs["authOptions"] = args?.authOptions;
            resourceInputs["autoUpgradeClusterLevel"] = args?.autoUpgradeClusterLevel;
            resourceInputs["basePodNum"] = args?.basePodNum;
            resourceInputs["cdcId"] = args?.cdcId;
            resourceInputs["claimExpiredSeconds"] = args?.claimExpiredSeconds;
            resourceInputs["clusterAudit"] = args?.clusterAudit;
            resourceInputs["clusterCidr"] = args?.clusterCidr;
            resourceInputs["clusterDeployType"] = args?.clusterDeployType;
            resourceInputs["clusterDesc"] = args?.clusterDesc;
            resourceInputs["clusterExtraArgs"] = args?.clusterExtraArgs;
            resourceInputs["clusterInternet"] = args?.clusterInternet;
            resourceInputs["clusterInternetDomain"] = args?.clusterInternetDomain;
            resourceInputs["clusterInternetSecurityGroup"] = args?.clusterInternetSecurityGroup;
            resourceInputs["clusterIntranet"] = args?.clusterIntranet;
            resourceInputs["clusterIntranetDomain"] = args?.clusterIntranetDomain;
            resourceInputs["clusterIntranetSubnetId"] = args?.clusterIntranetSubnetId;
            resourceInputs["clusterIpvs"] = args?.clusterIpvs;
            resourceInputs["clusterLevel"] = args?.clusterLevel;
            resourceInputs["clusterMaxPodNum"] = args?.clusterMaxPodNum;
            resourceInputs["clusterMaxServiceNum"] = args?.clusterMaxServiceNum;
            resourceInputs["clusterName"] = args?.clusterName;
            resourceInputs["clusterOs"] = args?.clusterOs;
            resourceInputs["clusterOsType"] = args?.clusterOsType;
            resourceInputs["clusterSubnetId"] = args?.clusterSubnetId;
            resourceInputs["clusterVersion"] = args?.clusterVersion;
            resourceInputs["containerRuntime"] = args?.containerRuntime;
            resourceInputs["dataPlaneV2"] = args?.dataPlaneV2;
            resourceInputs["deletionProtection"] = args?.deletionProtection;
            resourceInputs["disableAddons"] = args?.disableAddons;
            resourceInputs["dockerGraphPath"] = args?.dockerGraphPath;
            resourceInputs["enableCustomizedPodCidr"] = args?.enableCustomizedPodCidr;
            resourceInputs["eniSubnetIds"] = args?.eniSubnetIds;
            resourceInputs["eventPersistence"] = args?.eventPersistence;
            resourceInputs["existInstances"] = args?.existInstances;
            resourceInputs["extensionAddons"] = args?.extensionAddons;
            resourceInputs["extraArgs"] = args?.extraArgs;
            resourceInputs["globeDesiredPodNum"] = args?.globeDesiredPodNum;
            resourceInputs["ignoreClusterCidrConflict"] = args?.ignoreClusterCidrConflict;
            resourceInputs["ignoreServiceCidrConflict"] = args?.ignoreServiceCidrConflict;
            resourceInputs["instanceDeleteMode"] = args?.instanceDeleteMode;
            resourceInputs["isDualStack"] = args?.isDualStack;
            resourceInputs["isNonStaticIpMode"] = args?.isNonStaticIpMode;
            resourceInputs["kubeProxyMode"] = args?.kubeProxyMode;
            resourceInputs["labels"] = args?.labels;
            resourceInputs["logAgent"] = args?.logAgent;
            resourceInputs["managedClusterInternetSecurityPolicies"] = args?.managedClusterInternetSecurityPolicies;
            resourceInputs["masterConfigs"] = args?.masterConfigs;
            resourceInputs["mountTarget"] = args?.mountTarget;
            resourceInputs["networkType"] = args?.networkType;
            resourceInputs["nodeNameType"] = args?.nodeNameType;
            resourceInputs["nodePoolGlobalConfigs"] = args?.nodePoolGlobalConfigs;
            resourceInputs["preStartUserScript"] = args?.preStartUserScript;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["resourceDeleteOptions"] = args?.resourceDeleteOptions;
            resourceInputs["runtimeVersion"] = args?.runtimeVersion;
            resourceInputs["serviceCidr"] = args?.serviceCidr;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["unschedulable"] = args?.unschedulable;
            resourceInputs["upgradeInstancesFollowCluster"] = args?.upgradeInstancesFollowCluster;
            resourceInputs["vpcCniType"] = args?.vpcCniType;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["workerConfigs"] = args?.workerConfigs;
            resourceInputs["certificationAuthority"] = undefined /*out*/;
            resourceInputs["clusterAsEnabled"] = undefined /*out*/;
            resourceInputs["clusterExternalEndpoint"] = undefined /*out*/;
            resourceInputs["clusterNodeNum"] = undefined /*out*/;
            resourceInputs["domain"] = undefined /*out*/;
            resourceInputs["kubeConfig"] = undefined /*out*/;
            resourceInputs["kubeConfigIntranet"] = undefined /*out*/;
            resourceInputs["password"] = undefined /*out*/;
            resourceInputs["pgwEndpoint"] = undefined /*out*/;
            resourceInputs["securityPolicies"] = undefined /*out*/;
            resourceInputs["userName"] = undefined /*out*/;
            resourceInputs["workerInstancesLists"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["kubeConfig", "kubeConfigIntranet"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(KubernetesCluster.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.KubernetesCluster = KubernetesCluster;
/** @internal */
KubernetesCluster.__pulumiType = "tencentcloud:index/kubernetesCluster:KubernetesCluster";
