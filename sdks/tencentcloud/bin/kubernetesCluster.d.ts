import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The KubernetesCluster resource.
 */
export declare class KubernetesCluster extends pulumi.CustomResource {
    /**
     * Gets an existing KubernetesCluster resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: KubernetesClusterState, opts?: pulumi.CustomResourceOptions): KubernetesCluster;
    /**
     * Returns true if the given object is an instance of KubernetesCluster. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is KubernetesCluster;
    /**
     * If set to true, it will acquire the ClusterRole tke:admin.
     */
    readonly acquireClusterAdminRole: pulumi.Output<boolean | undefined>;
    /**
     * Specify cluster authentication configuration.
     */
    readonly authOptions: pulumi.Output<outputs.KubernetesClusterAuthOptions | undefined>;
    /**
     * Whether the cluster level auto upgraded, valid for managed cluster.
     */
    readonly autoUpgradeClusterLevel: pulumi.Output<boolean | undefined>;
    /**
     * The number of basic pods. valid when enable_customized_pod_cidr=true.
     */
    readonly basePodNum: pulumi.Output<number | undefined>;
    /**
     * CDC ID.
     */
    readonly cdcId: pulumi.Output<string | undefined>;
    readonly certificationAuthority: pulumi.Output<string>;
    /**
     * Claim expired seconds to recycle ENI.
     */
    readonly claimExpiredSeconds: pulumi.Output<number>;
    readonly clusterAsEnabled: pulumi.Output<boolean>;
    /**
     * Specify Cluster Audit config.
     */
    readonly clusterAudit: pulumi.Output<outputs.KubernetesClusterClusterAudit | undefined>;
    /**
     * A network address block of the cluster.
     */
    readonly clusterCidr: pulumi.Output<string | undefined>;
    /**
     * Deployment type of the cluster, the available values include: 'MANAGED_CLUSTER' and 'INDEPENDENT_CLUSTER'.
     */
    readonly clusterDeployType: pulumi.Output<string | undefined>;
    /**
     * Description of the cluster.
     */
    readonly clusterDesc: pulumi.Output<string | undefined>;
    readonly clusterExternalEndpoint: pulumi.Output<string>;
    /**
     * Customized parameters for master component,such as kube-apiserver, kube-controller-manager, kube-scheduler.
     */
    readonly clusterExtraArgs: pulumi.Output<outputs.KubernetesClusterClusterExtraArgs | undefined>;
    /**
     * Open internet access or not.
     */
    readonly clusterInternet: pulumi.Output<boolean>;
    /**
     * Domain name for cluster Kube-apiserver internet access.
     */
    readonly clusterInternetDomain: pulumi.Output<string>;
    /**
     * Specify security group, NOTE: This argument must not be empty if cluster internet enabled.
     */
    readonly clusterInternetSecurityGroup: pulumi.Output<string>;
    /**
     * Open intranet access or not.
     */
    readonly clusterIntranet: pulumi.Output<boolean>;
    /**
     * Domain name for cluster Kube-apiserver intranet access.
     */
    readonly clusterIntranetDomain: pulumi.Output<string>;
    /**
     * Subnet id who can access this independent cluster, this field must and can only set when `clusterIntranet` is true.
     */
    readonly clusterIntranetSubnetId: pulumi.Output<string>;
    /**
     * Indicates whether `ipvs` is enabled.
     */
    readonly clusterIpvs: pulumi.Output<boolean | undefined>;
    /**
     * Specify cluster level, valid for managed cluster, use data source `tencentcloud.Kubernetes.getClusterLevels` to query available levels.
     */
    readonly clusterLevel: pulumi.Output<string>;
    /**
     * The maximum number of Pods per node in the cluster.
     */
    readonly clusterMaxPodNum: pulumi.Output<number | undefined>;
    /**
     * The maximum number of services in the cluster.
     */
    readonly clusterMaxServiceNum: pulumi.Output<number | undefined>;
    /**
     * Name of the cluster.
     */
    readonly clusterName: pulumi.Output<string | undefined>;
    readonly clusterNodeNum: pulumi.Output<number>;
    /**
     * Cluster operating system, supports setting public images (the field passes the corresponding image Name) and custom images (the field passes the corresponding image ID).
     */
    readonly clusterOs: pulumi.Output<string | undefined>;
    /**
     * Image type of the cluster os, the available values include: 'GENERAL'.
     */
    readonly clusterOsType: pulumi.Output<string | undefined>;
    /**
     * Subnet ID of the cluster, such as: subnet-b3p7d7q5.
     */
    readonly clusterSubnetId: pulumi.Output<string | undefined>;
    /**
     * Version of the cluster.
     */
    readonly clusterVersion: pulumi.Output<string>;
    /**
     * Runtime type of the cluster, the available values include: 'docker' and 'containerd'.The Kubernetes v1.24 has removed dockershim, so please use containerd in v1.24 or higher.
     */
    readonly containerRuntime: pulumi.Output<string>;
    /**
     * Whether to enable DataPlaneV2 (replace kube-proxy with cilium).
     */
    readonly dataPlaneV2: pulumi.Output<boolean>;
    /**
     * Indicates whether cluster deletion protection is enabled.
     */
    readonly deletionProtection: pulumi.Output<boolean | undefined>;
    /**
     * To prevent the installation of a specific Addon component, enter the corresponding AddonName.
     */
    readonly disableAddons: pulumi.Output<string[] | undefined>;
    /**
     * Docker graph path.
     */
    readonly dockerGraphPath: pulumi.Output<string | undefined>;
    readonly domain: pulumi.Output<string>;
    /**
     * Whether to enable the custom mode of node podCIDR size.
     */
    readonly enableCustomizedPodCidr: pulumi.Output<boolean | undefined>;
    /**
     * Subnet Ids for cluster with VPC-CNI network mode.
     */
    readonly eniSubnetIds: pulumi.Output<string[] | undefined>;
    /**
     * Specify cluster Event Persistence config.
     */
    readonly eventPersistence: pulumi.Output<outputs.KubernetesClusterEventPersistence | undefined>;
    /**
     * Create tke cluster by existed instances.
     */
    readonly existInstances: pulumi.Output<outputs.KubernetesClusterExistInstance[] | undefined>;
    /**
     * Information of the add-on to be installed.
     */
    readonly extensionAddons: pulumi.Output<outputs.KubernetesClusterExtensionAddon[] | undefined>;
    /**
     * Custom parameter information related to the node.
     */
    readonly extraArgs: pulumi.Output<string[] | undefined>;
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it takes effect for all nodes.
     */
    readonly globeDesiredPodNum: pulumi.Output<number | undefined>;
    /**
     * Indicates whether to ignore the cluster cidr conflict error.
     */
    readonly ignoreClusterCidrConflict: pulumi.Output<boolean | undefined>;
    /**
     * Indicates whether to ignore the service cidr conflict error.
     */
    readonly ignoreServiceCidrConflict: pulumi.Output<boolean>;
    /**
     * The strategy for deleting cluster instances: terminate (destroy instances, only support pay as you go cloud host instances) retain (remove only, keep instances), Default is terminate.
     */
    readonly instanceDeleteMode: pulumi.Output<string | undefined>;
    /**
     * In the VPC-CNI mode of the cluster, the dual stack cluster status defaults to false, indicating a non dual stack cluster.
     */
    readonly isDualStack: pulumi.Output<boolean>;
    /**
     * Indicates whether non-static ip mode is enabled.
     */
    readonly isNonStaticIpMode: pulumi.Output<boolean | undefined>;
    readonly kubeConfig: pulumi.Output<string>;
    readonly kubeConfigIntranet: pulumi.Output<string>;
    /**
     * Cluster kube-proxy mode, the available values include: 'kube-proxy-bpf'.
     */
    readonly kubeProxyMode: pulumi.Output<string | undefined>;
    /**
     * Labels of tke cluster nodes.
     */
    readonly labels: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Specify cluster log agent config.
     */
    readonly logAgent: pulumi.Output<outputs.KubernetesClusterLogAgent | undefined>;
    /**
     * this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     * @deprecated this argument was deprecated, use `clusterInternetSecurityGroup` instead.
     */
    readonly managedClusterInternetSecurityPolicies: pulumi.Output<string[] | undefined>;
    /**
     * Deploy the machine configuration information of the 'MASTER_ETCD' service, and create <=7 units for common users.
     */
    readonly masterConfigs: pulumi.Output<outputs.KubernetesClusterMasterConfig[] | undefined>;
    /**
     * Mount target.
     */
    readonly mountTarget: pulumi.Output<string | undefined>;
    /**
     * Cluster network type, the available values include: 'GR' and 'VPC-CNI' and 'CiliumOverlay'.
     */
    readonly networkType: pulumi.Output<string | undefined>;
    /**
     * Node name type of Cluster, the available values include: 'lan-ip' and 'hostname', Default is 'lan-ip'.
     */
    readonly nodeNameType: pulumi.Output<string | undefined>;
    /**
     * Global config effective for all node pools.
     */
    readonly nodePoolGlobalConfigs: pulumi.Output<outputs.KubernetesClusterNodePoolGlobalConfig[]>;
    readonly password: pulumi.Output<string>;
    readonly pgwEndpoint: pulumi.Output<string>;
    /**
     * Base64-encoded user script, executed before initializing the node, currently only effective for adding existing nodes.
     */
    readonly preStartUserScript: pulumi.Output<string | undefined>;
    /**
     * Project ID, default value is 0.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * The resource deletion policy when the cluster is deleted.
     */
    readonly resourceDeleteOptions: pulumi.Output<outputs.KubernetesClusterResourceDeleteOption[] | undefined>;
    /**
     * Container Runtime version.
     */
    readonly runtimeVersion: pulumi.Output<string | undefined>;
    readonly securityPolicies: pulumi.Output<string[]>;
    /**
     * A network address block of the service.
     */
    readonly serviceCidr: pulumi.Output<string | undefined>;
    /**
     * The tags of the cluster.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Sets whether the joining node participates in the schedule.
     */
    readonly unschedulable: pulumi.Output<number | undefined>;
    /**
     * Indicates whether upgrade all instances when clusterVersion change.
     */
    readonly upgradeInstancesFollowCluster: pulumi.Output<boolean | undefined>;
    readonly userName: pulumi.Output<string>;
    /**
     * Distinguish between shared network card multi-IP mode and independent network card mode.
     */
    readonly vpcCniType: pulumi.Output<string>;
    /**
     * Vpc Id of the cluster.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Deploy the machine configuration information of the 'WORKER' service, and create <=20 units for common users.
     */
    readonly workerConfigs: pulumi.Output<outputs.KubernetesClusterWorkerConfig[] | undefined>;
    readonly workerInstancesLists: pulumi.Output<outputs.KubernetesClusterWorkerInstancesList[]>;
    /**
     * Create a KubernetesCluster resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: KubernetesClusterArgs, opts?: pulumi.CustomResourceOptions);
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
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
