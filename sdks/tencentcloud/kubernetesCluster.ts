// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The KubernetesCluster resource.
 */
export class KubernetesCluster extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesCluster resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KubernetesClusterState, opts?: pulumi.CustomResourceOptions): KubernetesCluster {
        return new KubernetesCluster(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/kubernetesCluster:KubernetesCluster";

    /**
     * Returns true if the given object is an instance of KubernetesCluster. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is KubernetesCluster {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === KubernetesCluster.__pulumiType;
    }

    /**
     * If set to true, it will acquire the ClusterRole tke:admin.
     */
    declare public readonly acquireClusterAdminRole: pulumi.Output<boolean | undefined>;
    /**
     * Specify cluster authentication configuration.
     */
    declare public readonly authOptions: pulumi.Output<outputs.KubernetesClusterAuthOptions | undefined>;
    /**
     * Whether the cluster level auto upgraded, valid for managed cluster.
     */
    declare public readonly autoUpgradeClusterLevel: pulumi.Output<boolean | undefined>;
    /**
     * The number of basic pods. valid when enable_customized_pod_cidr=true.
     */
    declare public readonly basePodNum: pulumi.Output<number | undefined>;
    /**
     * CDC ID.
     */
    declare public readonly cdcId: pulumi.Output<string | undefined>;
    declare public readonly certificationAuthority: pulumi.Output<string>;
    /**
     * Claim expired seconds to recycle ENI.
     */
    declare public readonly claimExpiredSeconds: pulumi.Output<number>;
    declare public readonly clusterAsEnabled: pulumi.Output<boolean>;
    /**
     * Specify Cluster Audit config.
     */
    declare public readonly clusterAudit: pulumi.Output<outputs.KubernetesClusterClusterAudit | undefined>;
    /**
     * A network address block of the cluster.
     */
    declare public readonly clusterCidr: pulumi.Output<string | undefined>;
    /**
     * Deployment type of the cluster, the available values include: 'MANAGED_CLUSTER' and 'INDEPENDENT_CLUSTER'.
     */
    declare public readonly clusterDeployType: pulumi.Output<string | undefined>;
    /**
     * Description of the cluster.
     */
    declare public readonly clusterDesc: pulumi.Output<string | undefined>;
    declare public readonly clusterExternalEndpoint: pulumi.Output<string>;
    /**
     * Customized parameters for master component,such as kube-apiserver, kube-controller-manager, kube-scheduler.
     */
    declare public readonly clusterExtraArgs: pulumi.Output<outputs.KubernetesClusterClusterExtraArgs | undefined>;
    /**
     * Open internet access or not.
     */
    declare public readonly clusterInternet: pulumi.Output<boolean>;
    /**
     * Domain name for cluster Kube-apiserver internet access.
     */
    declare public readonly clusterInternetDomain: pulumi.Output<string>;
    /**
     * Specify security group, NOTE: This argument must not be empty if cluster internet enabled.
     */
    declare public readonly clusterInternetSecurityGroup: pulumi.Output<string>;
    /**
     * Open intranet access or not.
     */
    declare public readonly clusterIntranet: pulumi.Output<boolean>;
    /**
     * Domain name for cluster Kube-apiserver intranet access.
     */
    declare public readonly clusterIntranetDomain: pulumi.Output<string>;
    /**
     * Subnet id who can access this independent cluster, this field must and can only set when `clusterIntranet` is true.
     */
    declare public readonly clusterIntranetSubnetId: pulumi.Output<string>;
    /**
     * Indicates whether `ipvs` is enabled.
     */
    declare public readonly clusterIpvs: pulumi.Output<boolean | undefined>;
    /**
     * Specify cluster level, valid for managed cluster, use data source `tencentcloud.Kubernetes.getClusterLevels` to query available levels.
     */
    declare public readonly clusterLevel: pulumi.Output<string>;
    /**
     * The maximum number of Pods per node in the cluster.
     */
    declare public readonly clusterMaxPodNum: pulumi.Output<number | undefined>;
    /**
     * The maximum number of services in the cluster.
     */
    declare public readonly clusterMaxServiceNum: pulumi.Output<number | undefined>;
    /**
     * Name of the cluster.
     */
    declare public readonly clusterName: pulumi.Output<string | undefined>;
    declare public readonly clusterNodeNum: pulumi.Output<number>;
    /**
     * Cluster operating system, supports setting public images (the field passes the corresponding image Name) and custom images (the field passes the corresponding image ID).
     */
    declare public readonly clusterOs: pulumi.Output<string | undefined>;
    /**
     * Image type of the cluster os, the available values include: 'GENERAL'.
     */
    declare public readonly clusterOsType: pulumi.Output<string | undefined>;
    /**
     * Subnet ID of the cluster, such as: subnet-b3p7d7q5.
     */
    declare public readonly clusterSubnetId: pulumi.Output<string | undefined>;
    /**
     * Version of the cluster.
     */
    declare public readonly clusterVersion: pulumi.Output<string>;
    /**
     * Runtime type of the cluster, the available values include: 'docker' and 'containerd'.The Kubernetes v1.24 has removed dockershim, so please use containerd in v1.24 or higher.
     */
    declare public readonly containerRuntime: pulumi.Output<string>;
    /**
     * Whether to enable DataPlaneV2 (replace kube-proxy with cilium).
     */
    declare public readonly dataPlaneV2: pulumi.Output<boolean>;
    /**
     * Indicates whether cluster deletion protection is enabled.
     */
    declare public readonly deletionProtection: pulumi.Output<boolean | undefined>;
    /**
     * To prevent the installation of a specific Addon component, enter the corresponding AddonName.
     */
    declare public readonly disableAddons: pulumi.Output<string[] | undefined>;
    /**
     * Docker graph path.
     */
    declare public readonly dockerGraphPath: pulumi.Output<string | undefined>;
    declare public readonly domain: pulumi.Output<string>;
    /**
     * Whether to enable the custom mode of node podCIDR size.
     */
    declare public readonly enableCustomizedPodCidr: pulumi.Output<boolean | undefined>;
    /**
     * Subnet Ids for cluster with VPC-CNI network mode.
     */
    declare public readonly eniSubnetIds: pulumi.Output<string[] | undefined>;
    /**
     * Specify cluster Event Persistence config.
     */
    declare public readonly eventPersistence: pulumi.Output<outputs.KubernetesClusterEventPersistence | undefined>;
    /**
     * Create tke cluster by existed instances.
     */
    declare public readonly existInstances: pulumi.Output<outputs.KubernetesClusterExistInstance[] | undefined>;
    /**
     * Information of the add-on to be installed.
     */
    declare public readonly extensionAddons: pulumi.Output<outputs.KubernetesClusterExtensionAddon[] | undefined>;
    /**
     * Custom parameter information related to the node.
     */
    declare public readonly extraArgs: pulumi.Output<string[] | undefined>;
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it takes effect for all nodes.
     */
    declare public readonly globeDesiredPodNum: pulumi.Output<number | undefined>;
    /**
     * Indicates whether to ignore the cluster cidr conflict error.
     */
    declare public readonly ignoreClusterCidrConflict: pulumi.Output<boolean | undefined>;
    /**
     * Indicates whether to ignore the service cidr conflict error.
     */
    declare public readonly ignoreServiceCidrConflict: pulumi.Output<boolean>;
    /**
     * The strategy for deleting cluster instances: terminate (destroy instances, only support pay as you go cloud host instances) retain (remove only, keep instances), Default is terminate.
     */
    declare public readonly instanceDeleteMode: pulumi.Output<string | undefined>;
    /**
     * In the VPC-CNI mode of the cluster, the dual stack cluster status defaults to false, indicating a non dual stack cluster.
     */
    declare public readonly isDualStack: pulumi.Output<boolean>;
    /**
     * Indicates whether non-static ip mode is enabled.
     */
    declare public readonly isNonStaticIpMode: pulumi.Output<boolean | undefined>;
    declare public readonly kubeConfig: pulumi.Output<string>;
    declare public readonly kubeConfigIntranet: pulumi.Output<string>;
    /**
     * Cluster kube-proxy mode, the available values include: 'kube-proxy-bpf'.
     */
    declare public readonly kubeProxyMode: pulumi.Output<string | undefined>;
    /**
     * Labels of tke cluster nodes.
     */
    declare public readonly labels: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Specify cluster log agent config.
     */
    declare public readonly logAgent: pulumi.Output<outputs.KubernetesClusterLogAgent | undefined>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    declare public readonly managedClusterInternetSecurityPolicies: pulumi.Output<string[] | undefined>;
    /**
     * Deploy the machine configuration information of the 'MASTER_ETCD' service, and create <=7 units for common users.
     */
    declare public readonly masterConfigs: pulumi.Output<outputs.KubernetesClusterMasterConfig[] | undefined>;
    /**
     * Mount target.
     */
    declare public readonly mountTarget: pulumi.Output<string | undefined>;
    /**
     * Cluster network type, the available values include: 'GR' and 'VPC-CNI' and 'CiliumOverlay'.
     */
    declare public readonly networkType: pulumi.Output<string | undefined>;
    /**
     * Node name type of Cluster, the available values include: 'lan-ip' and 'hostname', Default is 'lan-ip'.
     */
    declare public readonly nodeNameType: pulumi.Output<string | undefined>;
    /**
     * Global config effective for all node pools.
     */
    declare public readonly nodePoolGlobalConfigs: pulumi.Output<outputs.KubernetesClusterNodePoolGlobalConfig[]>;
    declare public readonly password: pulumi.Output<string>;
    declare public readonly pgwEndpoint: pulumi.Output<string>;
    /**
     * Base64-encoded user script, executed before initializing the node, currently only effective for adding existing nodes.
     */
    declare public readonly preStartUserScript: pulumi.Output<string | undefined>;
    /**
     * Project ID, default value is 0.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * The resource deletion policy when the cluster is deleted.
     */
    declare public readonly resourceDeleteOptions: pulumi.Output<outputs.KubernetesClusterResourceDeleteOption[] | undefined>;
    /**
     * Container Runtime version.
     */
    declare public readonly runtimeVersion: pulumi.Output<string | undefined>;
    declare public readonly securityPolicies: pulumi.Output<string[]>;
    /**
     * A network address block of the service.
     */
    declare public readonly serviceCidr: pulumi.Output<string | undefined>;
    /**
     * The tags of the cluster.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    declare public readonly unschedulable: pulumi.Output<number | undefined>;
    /**
     * Indicates whether upgrade all instances when clusterVersion change.
     */
    declare public readonly upgradeInstancesFollowCluster: pulumi.Output<boolean | undefined>;
    declare public readonly userName: pulumi.Output<string>;
    /**
     * Distinguish between shared network card multi-IP mode and independent network card mode.
     */
    declare public readonly vpcCniType: pulumi.Output<string>;
    /**
     * Vpc Id of the cluster.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Deploy the machine configuration information of the 'WORKER' service, and create <=20 units for common users.
     */
    declare public readonly workerConfigs: pulumi.Output<outputs.KubernetesClusterWorkerConfig[] | undefined>;
    declare public readonly workerInstancesLists: pulumi.Output<outputs.KubernetesClusterWorkerInstancesList[]>;

    /**
     * Create a KubernetesCluster resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: KubernetesClusterArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: KubernetesClusterArgs | KubernetesClusterState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as KubernetesClusterState | undefined;
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
        } else {
            const args = argsOrState as KubernetesClusterArgs | undefined;
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

/**
 * Input properties used for looking up and filtering KubernetesCluster resources.
 */
export interface KubernetesClusterState {
    /**
     * If set to true, it will acquire the ClusterRole tke:admin.
     */
    acquireClusterAdminRole?: pulumi.Input<boolean>;
    /**
     * Specify cluster authentication configuration.
     */
    authOptions?: pulumi.Input<inputs.KubernetesClusterAuthOptions>;
    /**
     * Whether the cluster level auto upgraded, valid for managed cluster.
     */
    autoUpgradeClusterLevel?: pulumi.Input<boolean>;
    /**
     * The number of basic pods. valid when enable_customized_pod_cidr=true.
     */
    basePodNum?: pulumi.Input<number>;
    /**
     * CDC ID.
     */
    cdcId?: pulumi.Input<string>;
    certificationAuthority?: pulumi.Input<string>;
    /**
     * Claim expired seconds to recycle ENI.
     */
    claimExpiredSeconds?: pulumi.Input<number>;
    clusterAsEnabled?: pulumi.Input<boolean>;
    /**
     * Specify Cluster Audit config.
     */
    clusterAudit?: pulumi.Input<inputs.KubernetesClusterClusterAudit>;
    /**
     * A network address block of the cluster.
     */
    clusterCidr?: pulumi.Input<string>;
    /**
     * Deployment type of the cluster, the available values include: 'MANAGED_CLUSTER' and 'INDEPENDENT_CLUSTER'.
     */
    clusterDeployType?: pulumi.Input<string>;
    /**
     * Description of the cluster.
     */
    clusterDesc?: pulumi.Input<string>;
    clusterExternalEndpoint?: pulumi.Input<string>;
    /**
     * Customized parameters for master component,such as kube-apiserver, kube-controller-manager, kube-scheduler.
     */
    clusterExtraArgs?: pulumi.Input<inputs.KubernetesClusterClusterExtraArgs>;
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
     * Indicates whether `ipvs` is enabled.
     */
    clusterIpvs?: pulumi.Input<boolean>;
    /**
     * Specify cluster level, valid for managed cluster, use data source `tencentcloud.Kubernetes.getClusterLevels` to query available levels.
     */
    clusterLevel?: pulumi.Input<string>;
    /**
     * The maximum number of Pods per node in the cluster.
     */
    clusterMaxPodNum?: pulumi.Input<number>;
    /**
     * The maximum number of services in the cluster.
     */
    clusterMaxServiceNum?: pulumi.Input<number>;
    /**
     * Name of the cluster.
     */
    clusterName?: pulumi.Input<string>;
    clusterNodeNum?: pulumi.Input<number>;
    /**
     * Cluster operating system, supports setting public images (the field passes the corresponding image Name) and custom images (the field passes the corresponding image ID).
     */
    clusterOs?: pulumi.Input<string>;
    /**
     * Image type of the cluster os, the available values include: 'GENERAL'.
     */
    clusterOsType?: pulumi.Input<string>;
    /**
     * Subnet ID of the cluster, such as: subnet-b3p7d7q5.
     */
    clusterSubnetId?: pulumi.Input<string>;
    /**
     * Version of the cluster.
     */
    clusterVersion?: pulumi.Input<string>;
    /**
     * Runtime type of the cluster, the available values include: 'docker' and 'containerd'.The Kubernetes v1.24 has removed dockershim, so please use containerd in v1.24 or higher.
     */
    containerRuntime?: pulumi.Input<string>;
    /**
     * Whether to enable DataPlaneV2 (replace kube-proxy with cilium).
     */
    dataPlaneV2?: pulumi.Input<boolean>;
    /**
     * Indicates whether cluster deletion protection is enabled.
     */
    deletionProtection?: pulumi.Input<boolean>;
    /**
     * To prevent the installation of a specific Addon component, enter the corresponding AddonName.
     */
    disableAddons?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Docker graph path.
     */
    dockerGraphPath?: pulumi.Input<string>;
    domain?: pulumi.Input<string>;
    /**
     * Whether to enable the custom mode of node podCIDR size.
     */
    enableCustomizedPodCidr?: pulumi.Input<boolean>;
    /**
     * Subnet Ids for cluster with VPC-CNI network mode.
     */
    eniSubnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specify cluster Event Persistence config.
     */
    eventPersistence?: pulumi.Input<inputs.KubernetesClusterEventPersistence>;
    /**
     * Create tke cluster by existed instances.
     */
    existInstances?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterExistInstance>[]>;
    /**
     * Information of the add-on to be installed.
     */
    extensionAddons?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterExtensionAddon>[]>;
    /**
     * Custom parameter information related to the node.
     */
    extraArgs?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it takes effect for all nodes.
     */
    globeDesiredPodNum?: pulumi.Input<number>;
    /**
     * Indicates whether to ignore the cluster cidr conflict error.
     */
    ignoreClusterCidrConflict?: pulumi.Input<boolean>;
    /**
     * Indicates whether to ignore the service cidr conflict error.
     */
    ignoreServiceCidrConflict?: pulumi.Input<boolean>;
    /**
     * The strategy for deleting cluster instances: terminate (destroy instances, only support pay as you go cloud host instances) retain (remove only, keep instances), Default is terminate.
     */
    instanceDeleteMode?: pulumi.Input<string>;
    /**
     * In the VPC-CNI mode of the cluster, the dual stack cluster status defaults to false, indicating a non dual stack cluster.
     */
    isDualStack?: pulumi.Input<boolean>;
    /**
     * Indicates whether non-static ip mode is enabled.
     */
    isNonStaticIpMode?: pulumi.Input<boolean>;
    kubeConfig?: pulumi.Input<string>;
    kubeConfigIntranet?: pulumi.Input<string>;
    /**
     * Cluster kube-proxy mode, the available values include: 'kube-proxy-bpf'.
     */
    kubeProxyMode?: pulumi.Input<string>;
    /**
     * Labels of tke cluster nodes.
     */
    labels?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Specify cluster log agent config.
     */
    logAgent?: pulumi.Input<inputs.KubernetesClusterLogAgent>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    managedClusterInternetSecurityPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Deploy the machine configuration information of the 'MASTER_ETCD' service, and create <=7 units for common users.
     */
    masterConfigs?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterMasterConfig>[]>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
    /**
     * Cluster network type, the available values include: 'GR' and 'VPC-CNI' and 'CiliumOverlay'.
     */
    networkType?: pulumi.Input<string>;
    /**
     * Node name type of Cluster, the available values include: 'lan-ip' and 'hostname', Default is 'lan-ip'.
     */
    nodeNameType?: pulumi.Input<string>;
    /**
     * Global config effective for all node pools.
     */
    nodePoolGlobalConfigs?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterNodePoolGlobalConfig>[]>;
    password?: pulumi.Input<string>;
    pgwEndpoint?: pulumi.Input<string>;
    /**
     * Base64-encoded user script, executed before initializing the node, currently only effective for adding existing nodes.
     */
    preStartUserScript?: pulumi.Input<string>;
    /**
     * Project ID, default value is 0.
     */
    projectId?: pulumi.Input<number>;
    /**
     * The resource deletion policy when the cluster is deleted.
     */
    resourceDeleteOptions?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterResourceDeleteOption>[]>;
    /**
     * Container Runtime version.
     */
    runtimeVersion?: pulumi.Input<string>;
    securityPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * A network address block of the service.
     */
    serviceCidr?: pulumi.Input<string>;
    /**
     * The tags of the cluster.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    unschedulable?: pulumi.Input<number>;
    /**
     * Indicates whether upgrade all instances when clusterVersion change.
     */
    upgradeInstancesFollowCluster?: pulumi.Input<boolean>;
    userName?: pulumi.Input<string>;
    /**
     * Distinguish between shared network card multi-IP mode and independent network card mode.
     */
    vpcCniType?: pulumi.Input<string>;
    /**
     * Vpc Id of the cluster.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Deploy the machine configuration information of the 'WORKER' service, and create <=20 units for common users.
     */
    workerConfigs?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterWorkerConfig>[]>;
    workerInstancesLists?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterWorkerInstancesList>[]>;
}

/**
 * The set of arguments for constructing a KubernetesCluster resource.
 */
export interface KubernetesClusterArgs {
    /**
     * If set to true, it will acquire the ClusterRole tke:admin.
     */
    acquireClusterAdminRole?: pulumi.Input<boolean>;
    /**
     * Specify cluster authentication configuration.
     */
    authOptions?: pulumi.Input<inputs.KubernetesClusterAuthOptions>;
    /**
     * Whether the cluster level auto upgraded, valid for managed cluster.
     */
    autoUpgradeClusterLevel?: pulumi.Input<boolean>;
    /**
     * The number of basic pods. valid when enable_customized_pod_cidr=true.
     */
    basePodNum?: pulumi.Input<number>;
    /**
     * CDC ID.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * Claim expired seconds to recycle ENI.
     */
    claimExpiredSeconds?: pulumi.Input<number>;
    /**
     * Specify Cluster Audit config.
     */
    clusterAudit?: pulumi.Input<inputs.KubernetesClusterClusterAudit>;
    /**
     * A network address block of the cluster.
     */
    clusterCidr?: pulumi.Input<string>;
    /**
     * Deployment type of the cluster, the available values include: 'MANAGED_CLUSTER' and 'INDEPENDENT_CLUSTER'.
     */
    clusterDeployType?: pulumi.Input<string>;
    /**
     * Description of the cluster.
     */
    clusterDesc?: pulumi.Input<string>;
    /**
     * Customized parameters for master component,such as kube-apiserver, kube-controller-manager, kube-scheduler.
     */
    clusterExtraArgs?: pulumi.Input<inputs.KubernetesClusterClusterExtraArgs>;
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
     * Indicates whether `ipvs` is enabled.
     */
    clusterIpvs?: pulumi.Input<boolean>;
    /**
     * Specify cluster level, valid for managed cluster, use data source `tencentcloud.Kubernetes.getClusterLevels` to query available levels.
     */
    clusterLevel?: pulumi.Input<string>;
    /**
     * The maximum number of Pods per node in the cluster.
     */
    clusterMaxPodNum?: pulumi.Input<number>;
    /**
     * The maximum number of services in the cluster.
     */
    clusterMaxServiceNum?: pulumi.Input<number>;
    /**
     * Name of the cluster.
     */
    clusterName?: pulumi.Input<string>;
    /**
     * Cluster operating system, supports setting public images (the field passes the corresponding image Name) and custom images (the field passes the corresponding image ID).
     */
    clusterOs?: pulumi.Input<string>;
    /**
     * Image type of the cluster os, the available values include: 'GENERAL'.
     */
    clusterOsType?: pulumi.Input<string>;
    /**
     * Subnet ID of the cluster, such as: subnet-b3p7d7q5.
     */
    clusterSubnetId?: pulumi.Input<string>;
    /**
     * Version of the cluster.
     */
    clusterVersion?: pulumi.Input<string>;
    /**
     * Runtime type of the cluster, the available values include: 'docker' and 'containerd'.The Kubernetes v1.24 has removed dockershim, so please use containerd in v1.24 or higher.
     */
    containerRuntime?: pulumi.Input<string>;
    /**
     * Whether to enable DataPlaneV2 (replace kube-proxy with cilium).
     */
    dataPlaneV2?: pulumi.Input<boolean>;
    /**
     * Indicates whether cluster deletion protection is enabled.
     */
    deletionProtection?: pulumi.Input<boolean>;
    /**
     * To prevent the installation of a specific Addon component, enter the corresponding AddonName.
     */
    disableAddons?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Docker graph path.
     */
    dockerGraphPath?: pulumi.Input<string>;
    /**
     * Whether to enable the custom mode of node podCIDR size.
     */
    enableCustomizedPodCidr?: pulumi.Input<boolean>;
    /**
     * Subnet Ids for cluster with VPC-CNI network mode.
     */
    eniSubnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specify cluster Event Persistence config.
     */
    eventPersistence?: pulumi.Input<inputs.KubernetesClusterEventPersistence>;
    /**
     * Create tke cluster by existed instances.
     */
    existInstances?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterExistInstance>[]>;
    /**
     * Information of the add-on to be installed.
     */
    extensionAddons?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterExtensionAddon>[]>;
    /**
     * Custom parameter information related to the node.
     */
    extraArgs?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it takes effect for all nodes.
     */
    globeDesiredPodNum?: pulumi.Input<number>;
    /**
     * Indicates whether to ignore the cluster cidr conflict error.
     */
    ignoreClusterCidrConflict?: pulumi.Input<boolean>;
    /**
     * Indicates whether to ignore the service cidr conflict error.
     */
    ignoreServiceCidrConflict?: pulumi.Input<boolean>;
    /**
     * The strategy for deleting cluster instances: terminate (destroy instances, only support pay as you go cloud host instances) retain (remove only, keep instances), Default is terminate.
     */
    instanceDeleteMode?: pulumi.Input<string>;
    /**
     * In the VPC-CNI mode of the cluster, the dual stack cluster status defaults to false, indicating a non dual stack cluster.
     */
    isDualStack?: pulumi.Input<boolean>;
    /**
     * Indicates whether non-static ip mode is enabled.
     */
    isNonStaticIpMode?: pulumi.Input<boolean>;
    /**
     * Cluster kube-proxy mode, the available values include: 'kube-proxy-bpf'.
     */
    kubeProxyMode?: pulumi.Input<string>;
    /**
     * Labels of tke cluster nodes.
     */
    labels?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Specify cluster log agent config.
     */
    logAgent?: pulumi.Input<inputs.KubernetesClusterLogAgent>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    managedClusterInternetSecurityPolicies?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Deploy the machine configuration information of the 'MASTER_ETCD' service, and create <=7 units for common users.
     */
    masterConfigs?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterMasterConfig>[]>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
    /**
     * Cluster network type, the available values include: 'GR' and 'VPC-CNI' and 'CiliumOverlay'.
     */
    networkType?: pulumi.Input<string>;
    /**
     * Node name type of Cluster, the available values include: 'lan-ip' and 'hostname', Default is 'lan-ip'.
     */
    nodeNameType?: pulumi.Input<string>;
    /**
     * Global config effective for all node pools.
     */
    nodePoolGlobalConfigs?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterNodePoolGlobalConfig>[]>;
    /**
     * Base64-encoded user script, executed before initializing the node, currently only effective for adding existing nodes.
     */
    preStartUserScript?: pulumi.Input<string>;
    /**
     * Project ID, default value is 0.
     */
    projectId?: pulumi.Input<number>;
    /**
     * The resource deletion policy when the cluster is deleted.
     */
    resourceDeleteOptions?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterResourceDeleteOption>[]>;
    /**
     * Container Runtime version.
     */
    runtimeVersion?: pulumi.Input<string>;
    /**
     * A network address block of the service.
     */
    serviceCidr?: pulumi.Input<string>;
    /**
     * The tags of the cluster.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    unschedulable?: pulumi.Input<number>;
    /**
     * Indicates whether upgrade all instances when clusterVersion change.
     */
    upgradeInstancesFollowCluster?: pulumi.Input<boolean>;
    /**
     * Distinguish between shared network card multi-IP mode and independent network card mode.
     */
    vpcCniType?: pulumi.Input<string>;
    /**
     * Vpc Id of the cluster.
     */
    vpcId: pulumi.Input<string>;
    /**
     * Deploy the machine configuration information of the 'WORKER' service, and create <=20 units for common users.
     */
    workerConfigs?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterWorkerConfig>[]>;
}
