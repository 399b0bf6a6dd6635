import * as outputs from "../types/output";
export interface AsLoadBalancerForwardLoadBalancer {
    /**
     * Application load balancer listener ID.
     */
    listenerId: string;
    /**
     * Application load balancer instance ID.
     */
    loadBalancerId: string;
    /**
     * Application load balancer location ID.
     */
    locationId?: string;
    /**
     * Load balancer instance region.
     */
    region?: string;
    /**
     * List of TargetAttribute.
     */
    targetAttributes: outputs.AsLoadBalancerForwardLoadBalancerTargetAttribute[];
}
export interface AsLoadBalancerForwardLoadBalancerTargetAttribute {
    /**
     * Target port.
     */
    port: number;
    /**
     * Target weight.
     */
    weight: number;
}
export interface AsScalingConfigDataDisk {
    /**
     * Indicates whether the disk remove after instance terminated.
     */
    deleteWithInstance?: boolean;
    /**
     * Volume of disk in GB.
     */
    diskSize?: number;
    /**
     * Types of disk.
     */
    diskType?: string;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: string;
}
export interface AsScalingConfigHostNameSettings {
    /**
     * The host name of the cloud server; dots (.) and dashes (-) cannot be used as the first and last characters of HostName, and cannot be used consecutively; Windows instances are not supported; other types (Linux, etc.) instances: the character length is [2, 40], it is allowed to support multiple dots, and there is a paragraph between the dots, and each paragraph is allowed to consist of letters (no uppercase and lowercase restrictions), numbers and dashes (-).
     */
    hostName: string;
    /**
     * The style of the host name of the cloud server, the value range includes `ORIGINAL` and `UNIQUE`, the default is `ORIGINAL`; `ORIGINAL`, the AS directly passes the HostName filled in the input parameter to the CVM, and the CVM may append a sequence to the HostName number, the HostName of the instance in the scaling group will conflict; `UNIQUE`, the HostName filled in as a parameter is equivalent to the host name prefix, AS and CVM will expand it, and the HostName of the instance in the scaling group can be guaranteed to be unique.
     */
    hostNameStyle?: string;
}
export interface AsScalingConfigInstanceNameSettings {
    /**
     * CVM instance name.
     */
    instanceName: string;
    /**
     * Type of CVM instance name.
     */
    instanceNameStyle?: string;
}
export interface AsScalingGroupForwardBalancerId {
    /**
     * Listener ID for application load balancers.
     */
    listenerId: string;
    /**
     * ID of available load balancers.
     */
    loadBalancerId: string;
    /**
     * ID of forwarding rules.
     */
    ruleId?: string;
    /**
     * Attribute list of target rules.
     */
    targetAttributes: outputs.AsScalingGroupForwardBalancerIdTargetAttribute[];
}
export interface AsScalingGroupForwardBalancerIdTargetAttribute {
    /**
     * Port number.
     */
    port: number;
    /**
     * Weight.
     */
    weight: number;
}
export interface CkafkaInstanceConfig {
    /**
     * Automatic creation. true: enabled, false: not enabled.
     */
    autoCreateTopicEnable: boolean;
    /**
     * If auto.create.topic.enable is set to true and this value is not set, 3 will be used by default.
     */
    defaultNumPartitions: number;
    /**
     * If auto.create.topic.enable is set to true but this value is not set, 2 will be used by default.
     */
    defaultReplicationFactor: number;
}
export interface CkafkaInstanceDynamicRetentionConfig {
    /**
     * Minimum retention time, in minutes.
     */
    bottomRetention?: number;
    /**
     * Disk quota threshold (in percentage) for triggering the message retention time change event.
     */
    diskQuotaPercentage?: number;
    /**
     * Whether the dynamic message retention time configuration is enabled. 0: disabled; 1: enabled.
     */
    enable?: number;
    /**
     * Percentage by which the message retention time is shortened each time.
     */
    stepForwardPercentage?: number;
}
export interface CkafkaInstanceTag {
    /**
     * Tag key.
     */
    key: string;
    /**
     * Tag value.
     */
    value: string;
}
export interface ClbAttachmentTarget {
    /**
     * Eni IP address of the backend server, conflict with `instanceId` but must specify one of them.
     */
    eniIp?: string;
    /**
     * CVM Instance Id of the backend server, conflict with `eniIp` but must specify one of them.
     */
    instanceId?: string;
    /**
     * Port of the backend server.
     */
    port: number;
    /**
     * Forwarding weight of the backend service.
     */
    weight?: number;
}
export interface ClbInstanceSnatIp {
    /**
     * Snat IP address, If set to empty will auto allocated.
     */
    ip?: string;
    /**
     * Snat subnet ID.
     */
    subnetId: string;
}
export interface ClbListenerMultiCertInfo {
    /**
     * List of server certificate ID.
     */
    certIdLists: string[];
    /**
     * Authentication type.
     */
    sslMode: string;
}
export interface ClbListenerRuleMultiCertInfo {
    /**
     * List of server certificate ID.
     */
    certIdLists: string[];
    /**
     * Authentication type.
     */
    sslMode: string;
}
export interface ClbListenerRuleOauth {
    /**
     * Enable or disable authentication.
     */
    oauthEnable?: boolean;
    /**
     * After all IAPs fail, the request is rejected or released.
     */
    oauthFailureStatus?: string;
}
export interface ClbTargetGroupTargetGroupInstance {
    /**
     * The internal ip of target group instance.
     */
    bindIp: string;
    /**
     * The new port of target group instance.
     */
    newPort?: number;
    /**
     * The port of target group instance.
     */
    port: number;
    /**
     * The weight of target group instance.
     */
    weight?: number;
}
export interface CosBucketCorsRule {
    /**
     * Specifies which headers are allowed.
     */
    allowedHeaders: string[];
    /**
     * Specifies which methods are allowed.
     */
    allowedMethods: string[];
    /**
     * Specifies which origins are allowed.
     */
    allowedOrigins: string[];
    /**
     * Specifies expose header in the response.
     */
    exposeHeaders?: string[];
    /**
     * Specifies time in seconds that browser can cache the response for a preflight request.
     */
    maxAgeSeconds?: number;
}
export interface CosBucketLifecycleRule {
    /**
     * Set the maximum time a multipart upload is allowed to remain running.
     */
    abortIncompleteMultipartUpload?: outputs.CosBucketLifecycleRuleAbortIncompleteMultipartUpload;
    /**
     * Specifies a period in the object's expire (documented below).
     */
    expiration?: outputs.CosBucketLifecycleRuleExpiration;
    /**
     * Object key prefix identifying one or more objects to which the rule applies.
     */
    filterPrefix?: string;
    /**
     * A unique identifier for the rule.
     */
    id?: string;
    /**
     * Specifies when non current object versions shall expire.
     */
    nonCurrentExpiration?: outputs.CosBucketLifecycleRuleNonCurrentExpiration;
    /**
     * Specifies a period in the non current object's transitions.
     */
    nonCurrentTransitions?: outputs.CosBucketLifecycleRuleNonCurrentTransition[];
    /**
     * Specifies a period in the object's transitions (documented below).
     */
    transitions?: outputs.CosBucketLifecycleRuleTransition[];
}
export interface CosBucketLifecycleRuleAbortIncompleteMultipartUpload {
    /**
     * Specifies the number of days after the multipart upload starts that the upload must be completed.
     */
    daysAfterInitiation: number;
}
export interface CosBucketLifecycleRuleExpiration {
    /**
     * Specifies the date after which you want the corresponding action to take effect.
     */
    date?: string;
    /**
     * Specifies the number of days after object creation when the specific rule action takes effect.
     */
    days?: number;
    /**
     * Indicates whether the delete marker of an expired object will be removed.
     */
    deleteMarker?: boolean;
}
export interface CosBucketLifecycleRuleNonCurrentExpiration {
    /**
     * Number of days after non current object creation when the specific rule action takes effect.
     */
    nonCurrentDays?: number;
}
export interface CosBucketLifecycleRuleNonCurrentTransition {
    /**
     * Number of days after non current object creation when the specific rule action takes effect.
     */
    nonCurrentDays?: number;
    /**
     * Specifies the storage class to which you want the non current object to transition.
     */
    storageClass: string;
}
export interface CosBucketLifecycleRuleTransition {
    /**
     * Specifies the date after which you want the corresponding action to take effect.
     */
    date?: string;
    /**
     * Specifies the number of days after object creation when the specific rule action takes effect.
     */
    days?: number;
    /**
     * Specifies the storage class to which you want the object to transition.
     */
    storageClass: string;
}
export interface CosBucketOriginDomainRule {
    /**
     * Specify domain host.
     */
    domain: string;
    /**
     * Domain status, default: `ENABLED`.
     */
    status?: string;
    /**
     * Specify origin domain type, available values: `REST`, `WEBSITE`, `ACCELERATE`, default: `REST`.
     */
    type?: string;
}
export interface CosBucketOriginPullRule {
    /**
     * Back to source mode.
     */
    backToSourceMode?: string;
    /**
     * Specifies the custom headers that you can add for COS to access your origin server.
     */
    customHttpHeaders?: {
        [key: string]: string;
    };
    /**
     * Specifies the pass through headers when accessing the origin server.
     */
    followHttpHeaders?: string[];
    /**
     * Specifies whether to pass through COS request query string when accessing the origin server.
     */
    followQueryString?: boolean;
    /**
     * Specifies whether to follow 3XX redirect to another origin server to pull data from.
     */
    followRedirection?: boolean;
    /**
     * Allows only a domain name or IP address.
     */
    host: string;
    /**
     * Redirect code.
     */
    httpRedirectCode?: string;
    /**
     * Triggers the origin-pull rule when the requested file name matches this prefix.
     */
    prefix?: string;
    /**
     * Priority of origin-pull rules, do not set the same value for multiple rules.
     */
    priority: number;
    /**
     * the protocol used for COS to access the specified origin server.
     */
    protocol?: string;
    /**
     * It has been deprecated from version 1.81.196.
     * @deprecated It has been deprecated from version 1.81.196.
     */
    syncBackToSource?: boolean;
}
export interface CosBucketReplicaRule {
    /**
     * Destination bucket identifier, format: `qcs::cos:<region>::<bucketname-appid>`.
     */
    destinationBucket: string;
    /**
     * Storage class of destination, available values: `STANDARD`, `INTELLIGENT_TIERING`, `STANDARD_IA`. default is following current class of destination.
     */
    destinationStorageClass?: string;
    /**
     * Name of a specific rule.
     */
    id?: string;
    /**
     * Prefix matching policy.
     */
    prefix?: string;
    /**
     * Status identifier, available values: `Enabled`, `Disabled`.
     */
    status: string;
}
export interface CosBucketWebsite {
    /**
     * `Endpoint` of the static website.
     */
    endpoint?: string;
    /**
     * An absolute path to the document to return in case of a 4XX error.
     */
    errorDocument?: string;
    /**
     * COS returns this index document when requests are made to the root domain or any of the subfolders.
     */
    indexDocument?: string;
    /**
     * Redirects all request configurations.
     */
    redirectAllRequestsTo?: string;
    /**
     * Routing rule configuration.
     */
    routingRules?: outputs.CosBucketWebsiteRoutingRules;
}
export interface CosBucketWebsiteRoutingRules {
    /**
     * Routing rule list.
     */
    rules: outputs.CosBucketWebsiteRoutingRulesRule[];
}
export interface CosBucketWebsiteRoutingRulesRule {
    /**
     * Specifies the error code as the match condition for the routing rule.
     */
    conditionErrorCode?: string;
    /**
     * Specifies the object key prefix as the match condition for the routing rule.
     */
    conditionPrefix?: string;
    /**
     * Specifies the target protocol for the routing rule.
     */
    redirectProtocol?: string;
    /**
     * Specifies the target object key to replace the original object key in the request.
     */
    redirectReplaceKey?: string;
    /**
     * Specifies the object key prefix to replace the original prefix in the request.
     */
    redirectReplaceKeyPrefix?: string;
}
export interface CynosdbClusterInstanceInitInfo {
    /**
     * CPU of instance.
     */
    cpu: number;
    /**
     * Instance machine type.
     */
    deviceType?: string;
    /**
     * Instance count.
     */
    instanceCount: number;
    /**
     * Instance type.
     */
    instanceType: string;
    /**
     * Maximum number of Serverless instances.
     */
    maxRoCount?: number;
    /**
     * Maximum Serverless Instance Specifications.
     */
    maxRoCpu?: number;
    /**
     * Memory of instance.
     */
    memory: number;
    /**
     * Minimum number of Serverless instances.
     */
    minRoCount?: number;
    /**
     * Minimum Serverless Instance Specifications.
     */
    minRoCpu?: number;
}
export interface CynosdbClusterParamItem {
    /**
     * Param expected value to set.
     */
    currentValue: string;
    /**
     * Name of param, e.g. `characterSetServer`.
     */
    name: string;
    /**
     * Param old value, indicates the value which already set, this value is required when modifying current_value.
     */
    oldValue?: string;
}
export interface CynosdbClusterRoGroupAddr {
    /**
     * IP address for read-write connection.
     */
    ip: string;
    /**
     * Port of CynosDB cluster.
     */
    port: number;
}
export interface CynosdbClusterRoGroupInstance {
    /**
     * ID of instance.
     */
    instanceId: string;
    /**
     * Name of instance.
     */
    instanceName: string;
}
export interface CynosdbClusterRwGroupAddr {
    /**
     * IP address for read-write connection.
     */
    ip: string;
    /**
     * Port of CynosDB cluster.
     */
    port: number;
}
export interface CynosdbClusterRwGroupInstance {
    /**
     * ID of instance.
     */
    instanceId: string;
    /**
     * Name of instance.
     */
    instanceName: string;
}
export interface ElasticsearchInstanceCosBackup {
    /**
     * Automatic backup execution time (accurate to the hour), e.g. `22:00`.
     */
    backupTime: string;
    /**
     * Whether to enable automatic backup of cos.
     */
    isAutoBackup: boolean;
}
export interface ElasticsearchInstanceEsAcl {
    /**
     * Blacklist of kibana access.
     */
    blackLists?: string[];
    /**
     * Whitelist of kibana access.
     */
    whiteLists?: string[];
}
export interface ElasticsearchInstanceEsPublicAcl {
    /**
     * Access Whitelist.
     */
    whiteIpLists?: string[];
}
export interface ElasticsearchInstanceMultiZoneInfo {
    /**
     * Availability zone.
     */
    availabilityZone: string;
    /**
     * The ID of a VPC subnetwork.
     */
    subnetId: string;
}
export interface ElasticsearchInstanceNodeInfoList {
    /**
     * Node disk size.
     */
    diskSize?: number;
    /**
     * Node disk type.
     */
    diskType?: string;
    /**
     * Decides to encrypt this disk or not.
     */
    encrypt?: boolean;
    /**
     * Number of nodes.
     */
    nodeNum: number;
    /**
     * Node specification, and valid values refer to [document of tencentcloud](https://intl.cloud.tencent.com/document/product/845/18376).
     */
    nodeType: string;
    /**
     * Node type.
     */
    type?: string;
}
export interface ElasticsearchInstanceWebNodeTypeInfo {
    /**
     * Visual node number.
     */
    nodeNum: number;
    /**
     * Visual node specifications.
     */
    nodeType: string;
}
export interface InstanceDataDisk {
    /**
     * Data disk ID used to initialize the data disk.
     */
    dataDiskId?: string;
    /**
     * Name of data disk.
     */
    dataDiskName?: string;
    /**
     * Size of the data disk, and unit is GB.
     */
    dataDiskSize: number;
    /**
     * Snapshot ID of the data disk.
     */
    dataDiskSnapshotId?: string;
    /**
     * Data disk type.
     */
    dataDiskType: string;
    /**
     * Decides whether the disk is deleted with instance(only applied to `CLOUD_BASIC`, `CLOUD_SSD` and `CLOUD_PREMIUM` disk with `POSTPAID_BY_HOUR` instance), default is true.
     */
    deleteWithInstance?: boolean;
    /**
     * Decides whether the disk is deleted with instance(only applied to `CLOUD_BASIC`, `CLOUD_SSD` and `CLOUD_PREMIUM` disk with `PREPAID` instance), default is false.
     */
    deleteWithInstancePrepaid?: boolean;
    /**
     * Decides whether the disk is encrypted.
     */
    encrypt?: boolean;
    /**
     * Optional parameters.
     */
    kmsKeyId?: string;
    /**
     * Add extra performance to the data disk.
     */
    throughputPerformance?: number;
}
export interface KubernetesClusterAuthOptions {
    /**
     * If set to `true`, the rbac rule will be created automatically which allow anonymous user to access '/.well-known/openid-configuration' and '/openid/v1/jwks'.
     */
    autoCreateDiscoveryAnonymousAuth?: boolean;
    /**
     * Specify service-account-issuer.
     */
    issuer?: string;
    /**
     * Specify service-account-jwks-uri.
     */
    jwksUri?: string;
    /**
     * If set to `true`, the issuer and jwksUri will be generated automatically by tke, please do not set issuer and jwks_uri, and they will be ignored.
     */
    useTkeDefault?: boolean;
}
export interface KubernetesClusterClusterAudit {
    /**
     * when you want to close the cluster audit log or delete the cluster, you can use this parameter to determine whether the audit log set and topic created by default will be deleted.
     */
    deleteAuditLogAndTopic?: boolean;
    /**
     * Specify weather the Cluster Audit enabled.
     */
    enabled: boolean;
    /**
     * Specify id of existing CLS log set, or auto create a new set by leave it empty.
     */
    logSetId?: string;
    /**
     * Specify id of existing CLS log topic, or auto create a new topic by leave it empty.
     */
    topicId?: string;
}
export interface KubernetesClusterClusterExtraArgs {
    /**
     * The customized parameters for kube-apiserver.
     */
    kubeApiservers?: string[];
    /**
     * The customized parameters for kube-controller-manager.
     */
    kubeControllerManagers?: string[];
    /**
     * The customized parameters for kube-scheduler.
     */
    kubeSchedulers?: string[];
}
export interface KubernetesClusterEventPersistence {
    /**
     * when you want to close the cluster event persistence or delete the cluster, you can use this parameter to determine whether the event persistence log set and topic created by default will be deleted.
     */
    deleteEventLogAndTopic?: boolean;
    /**
     * Specify weather the Event Persistence enabled.
     */
    enabled: boolean;
    /**
     * Specify id of existing CLS log set, or auto create a new set by leave it empty.
     */
    logSetId?: string;
    /**
     * Specify id of existing CLS log topic, or auto create a new topic by leave it empty.
     */
    topicId?: string;
}
export interface KubernetesClusterExistInstance {
    /**
     * Custom mode cluster, you can specify the number of pods for each node. corresponding to the existed_instances_para.instance_ids parameter.
     */
    desiredPodNumbers?: number[];
    /**
     * Reinstallation parameters of an existing instance.
     */
    instancesPara?: outputs.KubernetesClusterExistInstanceInstancesPara;
    /**
     * Role of existed node.
     */
    nodeRole?: string;
}
export interface KubernetesClusterExistInstanceInstancesPara {
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: boolean;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: boolean;
    /**
     * Cluster IDs.
     */
    instanceIds: string[];
    /**
     * ID list of keys, should be set if `password` not set.
     */
    keyIds?: string[];
    /**
     * Advanced Node Settings. commonly used to attach existing instances.
     */
    masterConfig?: outputs.KubernetesClusterExistInstanceInstancesParaMasterConfig;
    /**
     * Password to access, should be set if `keyIds` not set.
     */
    password?: string;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: string[];
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfig {
    /**
     * Configurations of data disk.
     */
    dataDisk?: outputs.KubernetesClusterExistInstanceInstancesParaMasterConfigDataDisk;
    /**
     * Indicate to set desired pod number in node. valid when the cluster is podCIDR.
     */
    desiredPodNumber?: number;
    /**
     * Docker graph path.
     */
    dockerGraphPath?: string;
    /**
     * Custom parameter information related to the node.
     */
    extraArgs?: outputs.KubernetesClusterExistInstanceInstancesParaMasterConfigExtraArgs;
    /**
     * GPU driver parameters.
     */
    gpuArgs?: outputs.KubernetesClusterExistInstanceInstancesParaMasterConfigGpuArgs;
    /**
     * Node label list.
     */
    labels?: outputs.KubernetesClusterExistInstanceInstancesParaMasterConfigLabel[];
    /**
     * Mount target.
     */
    mountTarget?: string;
    /**
     * Node taint.
     */
    taints?: outputs.KubernetesClusterExistInstanceInstancesParaMasterConfigTaint[];
    /**
     * Set whether the joined nodes participate in scheduling, with a default value of 0, indicating participation in scheduling; Non 0 means not participating in scheduling.
     */
    unschedulable?: number;
    /**
     * User script encoded in base64, which will be executed after the k8s component runs.
     */
    userScript?: string;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: boolean;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: string;
    /**
     * Volume of disk in GB.
     */
    diskSize?: number;
    /**
     * Types of disk, available values: `CLOUD_PREMIUM` and `CLOUD_SSD` and `CLOUD_HSSD` and `CLOUD_TSSD`.
     */
    diskType?: string;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: string;
    /**
     * Mount target.
     */
    mountTarget?: string;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigExtraArgs {
    /**
     * Kubelet custom parameter.
     */
    kubelets?: string[];
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigGpuArgs {
    /**
     * CUDA version.
     */
    cuda?: {
        [key: string]: string;
    };
    /**
     * cuDNN version.
     */
    cudnn?: {
        [key: string]: string;
    };
    /**
     * Custom GPU driver.
     */
    customDriver?: {
        [key: string]: string;
    };
    /**
     * GPU driver version.
     */
    driver?: {
        [key: string]: string;
    };
    /**
     * Whether to enable MIG.
     */
    migEnable?: boolean;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigLabel {
    /**
     * Name of map.
     */
    name: string;
    /**
     * Value of map.
     */
    value: string;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigTaint {
    /**
     * Effect of the taint.
     */
    effect?: string;
    /**
     * Key of the taint.
     */
    key?: string;
    /**
     * Value of the taint.
     */
    value?: string;
}
export interface KubernetesClusterExtensionAddon {
    /**
     * Add-on name.
     */
    name: string;
    /**
     * Parameter of the add-on resource object in JSON string format, please check the example at the top of page for reference.
     */
    param: string;
}
export interface KubernetesClusterLogAgent {
    /**
     * Whether the log agent enabled.
     */
    enabled: boolean;
    /**
     * Kubelet root directory as the literal.
     */
    kubeletRootDir?: string;
}
export interface KubernetesClusterMasterConfig {
    /**
     * Indicates which availability zone will be used.
     */
    availabilityZone?: string;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: string;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: string;
    /**
     * Number of cvm.
     */
    count?: number;
    /**
     * Configurations of data disk.
     */
    dataDisks?: outputs.KubernetesClusterMasterConfigDataDisk[];
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it override `[globe_]desired_pod_num` for current node.
     */
    desiredPodNum?: number;
    /**
     * Disaster recover groups to which a CVM instance belongs.
     */
    disasterRecoverGroupIds?: string[];
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: boolean;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: boolean;
    /**
     * The host name of the attached instance.
     */
    hostname?: string;
    /**
     * Id of cvm hpc cluster.
     */
    hpcClusterId?: string;
    /**
     * The valid image id, format of img-xxx.
     */
    imgId?: string;
    /**
     * The charge type of instance.
     */
    instanceChargeType?: string;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    instanceChargeTypePrepaidPeriod?: number;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: string;
    /**
     * Name of the CVMs.
     */
    instanceName?: string;
    /**
     * Specified types of CVM instance.
     */
    instanceType: string;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: string;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: number;
    /**
     * ID list of keys, should be set if `password` not set.
     */
    keyIds?: string[];
    /**
     * Password to access, should be set if `keyIds` not set.
     */
    password?: string;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: boolean;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: string[];
    /**
     * Private network ID.
     */
    subnetId: string;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: number;
    /**
     * System disk type.
     */
    systemDiskType?: string;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    userData?: string;
}
export interface KubernetesClusterMasterConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: boolean;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: string;
    /**
     * Volume of disk in GB.
     */
    diskSize?: number;
    /**
     * Types of disk, available values: `CLOUD_PREMIUM` and `CLOUD_SSD` and `CLOUD_HSSD` and `CLOUD_TSSD`.
     */
    diskType?: string;
    /**
     * Indicates whether to encrypt data disk, default `false`.
     */
    encrypt?: boolean;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: string;
    /**
     * ID of the custom CMK in the format of UUID or `kms-abcd1234`.
     */
    kmsKeyId?: string;
    /**
     * Mount target.
     */
    mountTarget?: string;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: string;
}
export interface KubernetesClusterNodePoolGlobalConfig {
    /**
     * Indicates which scale-out method will be used when there are multiple scaling groups.
     */
    expander?: string;
    /**
     * Whether to ignore DaemonSet pods by default when calculating resource usage.
     */
    ignoreDaemonSetsUtilization?: boolean;
    /**
     * Indicates whether to enable scale-in.
     */
    isScaleInEnabled?: boolean;
    /**
     * Max concurrent scale-in volume.
     */
    maxConcurrentScaleIn?: number;
    /**
     * Number of minutes after cluster scale-out when the system starts judging whether to perform scale-in.
     */
    scaleInDelay?: number;
    /**
     * Number of consecutive minutes of idleness after which the node is subject to scale-in.
     */
    scaleInUnneededTime?: number;
    /**
     * Percentage of node resource usage below which the node is considered to be idle.
     */
    scaleInUtilizationThreshold?: number;
    /**
     * During scale-in, ignore nodes with local storage pods.
     */
    skipNodesWithLocalStorage?: boolean;
    /**
     * During scale-in, ignore nodes with pods in the kube-system namespace that are not managed by DaemonSet.
     */
    skipNodesWithSystemPods?: boolean;
}
export interface KubernetesClusterResourceDeleteOption {
    /**
     * The deletion mode of CBS resources when the cluster is deleted, `terminate` (destroy), `retain` (retain).
     */
    deleteMode: string;
    /**
     * Resource type, valid values are `CBS`, `CLB`, and `CVM`.
     */
    resourceType: string;
    /**
     * Whether to skip resources with deletion protection enabled, the default is false.
     */
    skipDeletionProtection?: boolean;
}
export interface KubernetesClusterWorkerConfig {
    /**
     * Indicates which availability zone will be used.
     */
    availabilityZone?: string;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: string;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: string;
    /**
     * Number of cvm.
     */
    count?: number;
    /**
     * Configurations of data disk.
     */
    dataDisks?: outputs.KubernetesClusterWorkerConfigDataDisk[];
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it override `[globe_]desired_pod_num` for current node.
     */
    desiredPodNum?: number;
    /**
     * Disaster recover groups to which a CVM instance belongs.
     */
    disasterRecoverGroupIds?: string[];
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: boolean;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: boolean;
    /**
     * The host name of the attached instance.
     */
    hostname?: string;
    /**
     * Id of cvm hpc cluster.
     */
    hpcClusterId?: string;
    /**
     * The valid image id, format of img-xxx.
     */
    imgId?: string;
    /**
     * The charge type of instance.
     */
    instanceChargeType?: string;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    instanceChargeTypePrepaidPeriod?: number;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: string;
    /**
     * Name of the CVMs.
     */
    instanceName?: string;
    /**
     * Specified types of CVM instance.
     */
    instanceType: string;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: string;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: number;
    /**
     * ID list of keys, should be set if `password` not set.
     */
    keyIds?: string[];
    /**
     * Password to access, should be set if `keyIds` not set.
     */
    password?: string;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: boolean;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: string[];
    /**
     * Private network ID.
     */
    subnetId: string;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: number;
    /**
     * System disk type.
     */
    systemDiskType?: string;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    userData?: string;
}
export interface KubernetesClusterWorkerConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: boolean;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: string;
    /**
     * Volume of disk in GB.
     */
    diskSize?: number;
    /**
     * Types of disk, available values: `CLOUD_PREMIUM` and `CLOUD_SSD` and `CLOUD_HSSD` and `CLOUD_TSSD`.
     */
    diskType?: string;
    /**
     * Indicates whether to encrypt data disk, default `false`.
     */
    encrypt?: boolean;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: string;
    /**
     * ID of the custom CMK in the format of UUID or `kms-abcd1234`.
     */
    kmsKeyId?: string;
    /**
     * Mount target.
     */
    mountTarget?: string;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: string;
}
export interface KubernetesClusterWorkerInstancesList {
    /**
     * Information of the cvm when it is failed.
     */
    failedReason: string;
    /**
     * ID of the cvm.
     */
    instanceId: string;
    /**
     * Role of the cvm.
     */
    instanceRole: string;
    /**
     * State of the cvm.
     */
    instanceState: string;
    /**
     * LAN IP of the cvm.
     */
    lanIp: string;
}
export interface KubernetesNodePoolAnnotation {
    /**
     * Name in the map table.
     */
    name: string;
    /**
     * Value in the map table.
     */
    value: string;
}
export interface KubernetesNodePoolAutoScalingConfig {
    /**
     * Backup CVM instance types if specified instance type sold out or mismatch.
     */
    backupInstanceTypes?: string[];
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: string;
    /**
     * Name of cam role.
     */
    camRoleName?: string;
    /**
     * CDC ID.
     */
    cdcId?: string;
    /**
     * Configurations of data disk.
     */
    dataDisks?: outputs.KubernetesNodePoolAutoScalingConfigDataDisk[];
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: boolean;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: boolean;
    /**
     * The hostname of the cloud server, dot (.) and dash (-) cannot be used as the first and last characters of HostName and cannot be used consecutively.
     */
    hostName?: string;
    /**
     * The style of the host name of the cloud server, the value range includes ORIGINAL and UNIQUE, and the default is ORIGINAL.
     */
    hostNameStyle?: string;
    /**
     * Charge type of instance.
     */
    instanceChargeType?: string;
    /**
     * The tenancy (in month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    instanceChargeTypePrepaidPeriod?: number;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: string;
    /**
     * Instance name, no more than 60 characters.
     */
    instanceName?: string;
    /**
     * Type of CVM instance name.
     */
    instanceNameStyle?: string;
    /**
     * Specified types of CVM instance.
     */
    instanceType: string;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: string;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: number;
    /**
     * Type of public IP address.
     */
    ipv4AddressType?: string;
    /**
     * ID list of keys.
     */
    keyIds?: string[];
    /**
     * Ordered security groups to which a CVM instance belongs.
     */
    orderlySecurityGroupIds?: string[];
    /**
     * Password to access.
     */
    password?: string;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: boolean;
    /**
     * The order of elements in this field cannot be guaranteed.
     * @deprecated The order of elements in this field cannot be guaranteed.
     */
    securityGroupIds?: string[];
    /**
     * Type of spot instance, only support `one-time` now.
     */
    spotInstanceType?: string;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    spotMaxPrice?: string;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: number;
    /**
     * Type of a CVM disk.
     */
    systemDiskType?: string;
}
export interface KubernetesNodePoolAutoScalingConfigDataDisk {
    /**
     * Indicates whether the disk remove after instance terminated.
     */
    deleteWithInstance?: boolean;
    /**
     * Volume of disk in GB.
     */
    diskSize?: number;
    /**
     * Types of disk.
     */
    diskType?: string;
    /**
     * Specify whether to encrypt data disk, default: false.
     */
    encrypt?: boolean;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: string;
    /**
     * Add extra performance to the data disk.
     */
    throughputPerformance?: number;
}
export interface KubernetesNodePoolNodeConfig {
    /**
     * Configurations of data disk.
     */
    dataDisks?: outputs.KubernetesNodePoolNodeConfigDataDisk[];
    /**
     * Indicate to set desired pod number in node. valid when the cluster is podCIDR.
     */
    desiredPodNum?: number;
    /**
     * Docker graph path.
     */
    dockerGraphPath?: string;
    /**
     * Custom parameter information related to the node.
     */
    extraArgs?: string[];
    /**
     * GPU driver parameters.
     */
    gpuArgs?: outputs.KubernetesNodePoolNodeConfigGpuArgs;
    /**
     * Indicate to schedule the adding node or not.
     */
    isSchedule?: boolean;
    /**
     * Mount target.
     */
    mountTarget?: string;
    /**
     * Base64-encoded user script, executed before initializing the node, currently only effective for adding existing nodes.
     */
    preStartUserScript?: string;
    /**
     * Base64-encoded User Data text, the length limit is 16KB.
     */
    userData?: string;
}
export interface KubernetesNodePoolNodeConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: boolean;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: string;
    /**
     * Volume of disk in GB.
     */
    diskSize?: number;
    /**
     * Types of disk.
     */
    diskType?: string;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: string;
    /**
     * Mount target.
     */
    mountTarget?: string;
}
export interface KubernetesNodePoolNodeConfigGpuArgs {
    /**
     * CUDA version.
     */
    cuda?: {
        [key: string]: string;
    };
    /**
     * cuDNN version.
     */
    cudnn?: {
        [key: string]: string;
    };
    /**
     * Custom GPU driver.
     */
    customDriver?: {
        [key: string]: string;
    };
    /**
     * GPU driver version.
     */
    driver?: {
        [key: string]: string;
    };
    /**
     * Whether to enable MIG.
     */
    migEnable?: boolean;
}
export interface KubernetesNodePoolTaint {
    /**
     * Effect of the taint.
     */
    effect: string;
    /**
     * Key of the taint.
     */
    key: string;
    /**
     * Value of the taint.
     */
    value: string;
}
export interface MongodbInstanceAddNodeList {
    /**
     * The node role that needs to be added. - SECONDARY: Mongod node; - READONLY: read-only node; - MONGOS: Mongos node.
     */
    role: string;
    /**
     * The availability zone corresponding to the node. - single availability zone, where all nodes are in the same availability zone; - multiple availability zones: the current standard specification is the distribution of three availability zones, and the master and slave nodes are not in the same availability zone.
     */
    zone: string;
}
export interface MongodbInstanceRemoveNodeList {
    /**
     * The node ID to delete.
     */
    nodeName: string;
    /**
     * The node role that needs to be deleted. - SECONDARY: Mongod node; - READONLY: read-only node; - MONGOS: Mongos node.
     */
    role: string;
    /**
     * The availability zone corresponding to the node. - single availability zone, where all nodes are in the same availability zone; - multiple availability zones: the current standard specification is the distribution of three availability zones, and the master and slave nodes are not in the same availability zone.
     */
    zone: string;
}
export interface MongodbInstanceStandbyInstanceList {
    /**
     * Indicates the ID of standby instance.
     */
    standbyInstanceId: string;
    /**
     * Indicates the region of standby instance.
     */
    standbyInstanceRegion: string;
}
export interface MonitorAlarmNoticeClsNotice {
    /**
     * Start-stop status, can not be transmitted, default enabled. 0= Disabled, 1= enabled.
     */
    enable?: number;
    /**
     * Log collection Id.
     */
    logSetId: string;
    /**
     * Regional.
     */
    region: string;
    /**
     * Theme Id.
     */
    topicId: string;
}
export interface MonitorAlarmNoticeUrlNotice {
    /**
     * Notification End Time Seconds at the start of a day.
     */
    endTime?: number;
    /**
     * If passed verification `0` is no, `1` is yes.
     */
    isValid?: number;
    /**
     * Notification Start Time Number of seconds at the start of a day.
     */
    startTime?: number;
    /**
     * Callback URL (limited to 256 characters).
     */
    url: string;
    /**
     * Verification code.
     */
    validationCode?: string;
    /**
     * Notification period 1-7 indicates Monday to Sunday.
     */
    weekdays?: number[];
}
export interface MonitorAlarmNoticeUserNotice {
    /**
     * The number of seconds since the notification end time 00:00:00 (value range 0-86399).
     */
    endTime: number;
    /**
     * User group ID list.
     */
    groupIds?: number[];
    /**
     * Contact notification required 0= No 1= Yes.
     */
    needPhoneArriveNotice?: number;
    /**
     * Notification Channel List EMAIL=Mail SMS=SMS CALL=Telephone WECHAT=WeChat RTX=Enterprise WeChat.
     */
    noticeWays: string[];
    /**
     * Call type SYNC= Simultaneous call CIRCLE= Round call If this parameter is not specified, the default value is round call.
     */
    phoneCallType?: string;
    /**
     * Number of seconds between polls (value range: 60-900).
     */
    phoneCircleInterval?: number;
    /**
     * Number of telephone polls (value range: 1-5).
     */
    phoneCircleTimes?: number;
    /**
     * Number of seconds between calls in a polling session (value range: 60-900).
     */
    phoneInnerInterval?: number;
    /**
     * Telephone polling list.
     */
    phoneOrders?: number[];
    /**
     * Recipient Type USER=User GROUP=User Group.
     */
    receiverType: string;
    /**
     * The number of seconds since the notification start time 00:00:00 (value range 0-86399).
     */
    startTime: number;
    /**
     * User UID List.
     */
    userIds?: number[];
    /**
     * Notification period 1-7 indicates Monday to Sunday.
     */
    weekdays?: number[];
}
export interface MonitorAlarmPolicyConditions {
    /**
     * The and or relation of indicator alarm rule.
     */
    isUnionRule?: number;
    /**
     * A list of metric trigger condition.
     */
    rules?: outputs.MonitorAlarmPolicyConditionsRule[];
}
export interface MonitorAlarmPolicyConditionsRule {
    /**
     * Number of periods.
     */
    continuePeriod?: number;
    /**
     * Metric display name, which is used in the output parameter.
     */
    description?: string;
    /**
     * Filter condition for one single trigger rule.
     */
    filter?: outputs.MonitorAlarmPolicyConditionsRuleFilter;
    /**
     * Whether the alarm frequency increases exponentially.
     */
    isPowerNotice?: number;
    /**
     * Metric name or event name.
     */
    metricName?: string;
    /**
     * Alarm interval in seconds.
     */
    noticeFrequency?: number;
    /**
     * Operator.
     */
    operator?: string;
    /**
     * Statistical period in seconds.
     */
    period?: number;
    /**
     * Trigger condition type.
     */
    ruleType?: string;
    /**
     * Unit, which is used in the output parameter.
     */
    unit?: string;
    /**
     * Threshold.
     */
    value?: string;
}
export interface MonitorAlarmPolicyConditionsRuleFilter {
    /**
     * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
     */
    dimensions?: string;
    /**
     * Filter condition type.
     */
    type?: string;
}
export interface MonitorAlarmPolicyEventCondition {
    /**
     * Number of periods.
     */
    continuePeriod?: number;
    /**
     * Metric display name, which is used in the output parameter.
     */
    description?: string;
    /**
     * Filter condition for one single trigger rule.
     */
    filter?: outputs.MonitorAlarmPolicyEventConditionFilter;
    /**
     * Whether the alarm frequency increases exponentially.
     */
    isPowerNotice?: number;
    /**
     * Metric name or event name.
     */
    metricName?: string;
    /**
     * Alarm interval in seconds.
     */
    noticeFrequency?: number;
    /**
     * Operator.
     */
    operator?: string;
    /**
     * Statistical period in seconds.
     */
    period?: number;
    /**
     * Trigger condition type.
     */
    ruleType?: string;
    /**
     * Unit, which is used in the output parameter.
     */
    unit?: string;
    /**
     * Threshold.
     */
    value?: string;
}
export interface MonitorAlarmPolicyEventConditionFilter {
    /**
     * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
     */
    dimensions?: string;
    /**
     * Filter condition type.
     */
    type?: string;
}
export interface MonitorAlarmPolicyFilter {
    /**
     * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
     */
    dimensions?: string;
    /**
     * Filter condition type.
     */
    type: string;
}
export interface MonitorAlarmPolicyPolicyTag {
    /**
     * Tag key.
     */
    key: string;
    /**
     * Tag value.
     */
    value: string;
}
export interface MonitorAlarmPolicyTriggerTask {
    /**
     * Configuration information in JSON format.
     */
    taskConfig: string;
    /**
     * Triggered task type.
     */
    type: string;
}
export interface MonitorPolicyBindingObjectDimension {
    /**
     * Represents a collection of dimensions of an object instance, json format.eg:'{"unInstanceId":"ins-ot3cq4bi"}'.
     */
    dimensionsJson: string;
    /**
     * Region.
     */
    region?: string;
    /**
     * Object unique ID.
     */
    uniqueId?: string;
}
export interface MonitorTmpAlertGroupCustomReceiver {
    /**
     * Time ranges which allow alert message send.
     */
    allowedTimeRanges?: outputs.MonitorTmpAlertGroupCustomReceiverAllowedTimeRange[];
    /**
     * Only effect when alertmanager in user cluster, this cluster id.
     */
    clusterId?: string;
    /**
     * Only effect when alertmanager in user cluster, this cluster type (tke|eks|tdcc).
     */
    clusterType?: string;
    /**
     * Custom receiver type, webhook|alertmanager.
     */
    type?: string;
    /**
     * Custom receiver address, can be accessed by process in prometheus instance subnet.
     */
    url?: string;
}
export interface MonitorTmpAlertGroupCustomReceiverAllowedTimeRange {
    /**
     * Time range end, seconds since 0 o'clock.
     */
    end?: string;
    /**
     * Time range start, seconds since 0 o'clock.
     */
    start?: string;
}
export interface MonitorTmpAlertGroupRule {
    /**
     * Annotation of alert rule.
     */
    annotations?: {
        [key: string]: string;
    };
    /**
     * Rule alarm duration.
     */
    duration?: string;
    /**
     * Prometheus alert expression.
     */
    expr?: string;
    /**
     * Labels of alert rule.
     */
    labels?: {
        [key: string]: string;
    };
    /**
     * Alert rule name.
     */
    ruleName?: string;
    /**
     * Rule state.
     */
    state?: number;
}
export interface MonitorTmpAlertRuleAnnotation {
    /**
     * key.
     */
    key: string;
    /**
     * value.
     */
    value: string;
}
export interface MonitorTmpAlertRuleLabel {
    /**
     * key.
     */
    key: string;
    /**
     * value.
     */
    value: string;
}
export interface MonitorTmpTkeAlertPolicyAlertRule {
    /**
     * If the alarm policy is derived from the CRD resource definition of the user cluster, the ClusterId is the cluster ID to which it belongs.
     */
    clusterId?: string;
    /**
     * Alarm policy ID.
     */
    id?: string;
    /**
     * Rule name.
     */
    name: string;
    /**
     * Alarm channels, which may be returned using null in the template.
     */
    notification?: outputs.MonitorTmpTkeAlertPolicyAlertRuleNotification;
    /**
     * A list of rules.
     */
    rules: outputs.MonitorTmpTkeAlertPolicyAlertRuleRule[];
    /**
     * If the alarm is sent from a template, the TemplateId is the template id.
     */
    templateId?: string;
    /**
     * Last modified time.
     */
    updatedAt?: string;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleNotification {
    /**
     * If Type is alertmanager, the field is required.
     */
    alertManager?: outputs.MonitorTmpTkeAlertPolicyAlertRuleNotificationAlertManager;
    /**
     * Whether it is enabled.
     */
    enabled: boolean;
    /**
     * Alarm notification method.
     */
    notifyWays?: string[];
    /**
     * Telephone alerts reach notifications.
     */
    phoneArriveNotice?: boolean;
    /**
     * Effective end timeTelephone alarm wheel interval.
     */
    phoneCircleInterval?: number;
    /**
     * PhoneCircleTimes.
     */
    phoneCircleTimes?: number;
    /**
     * Telephone alarm wheel intervals.
     */
    phoneInnerInterval?: number;
    /**
     * Telephone alarm sequence.
     */
    phoneNotifyOrders?: number[];
    /**
     * Alert Receiving Group (User Group).
     */
    receiverGroups?: string[];
    /**
     * Convergence time.
     */
    repeatInterval?: string;
    /**
     * Effective end time.
     */
    timeRangeEnd?: string;
    /**
     * The time from which it takes effect.
     */
    timeRangeStart?: string;
    /**
     * The channel type, which defaults to amp, supports the following `amp`, `webhook`, `alertmanager`.
     */
    type: string;
    /**
     * If Type is webhook, the field is required.
     */
    webHook?: string;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleNotificationAlertManager {
    /**
     * The ID of the cluster where the alertmanager is deployed.
     */
    clusterId?: string;
    /**
     * Alertmanager is deployed in the cluster type.
     */
    clusterType?: string;
    /**
     * Alertmanager url.
     */
    url: string;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleRule {
    /**
     * Refer to annotations in prometheus rule.
     */
    annotations?: outputs.MonitorTmpTkeAlertPolicyAlertRuleRuleAnnotation[];
    /**
     * A description of the rule.
     */
    describe?: string;
    /**
     * Time of duration.
     */
    for: string;
    /**
     * Extra labels.
     */
    labels: outputs.MonitorTmpTkeAlertPolicyAlertRuleRuleLabel[];
    /**
     * Rule name.
     */
    name: string;
    /**
     * Prometheus statement.
     */
    rule: string;
    /**
     * Alarm rule status.
     */
    ruleState?: number;
    /**
     * Alert sending template.
     */
    template: string;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleRuleAnnotation {
    /**
     * Name of map.
     */
    name: string;
    /**
     * Value of map.
     */
    value: string;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleRuleLabel {
    /**
     * Name of map.
     */
    name: string;
    /**
     * Value of map.
     */
    value: string;
}
export interface MysqlInstanceClusterTopology {
    /**
     * RO Node Topology.
     */
    readOnlyNodes?: outputs.MysqlInstanceClusterTopologyReadOnlyNode[];
    /**
     * RW Node Topology.
     */
    readWriteNode?: outputs.MysqlInstanceClusterTopologyReadWriteNode;
}
export interface MysqlInstanceClusterTopologyReadOnlyNode {
    /**
     * Whether to distribute in random availability zones.
     */
    isRandomZone?: boolean;
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: string;
    /**
     * Specifies the availability zone where the node is distributed.
     */
    zone?: string;
}
export interface MysqlInstanceClusterTopologyReadWriteNode {
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: string;
    /**
     * The availability zone where the RW node is located.
     */
    zone: string;
}
export interface MysqlReadonlyInstanceClusterTopology {
    /**
     * RO Node Topology.
     */
    readOnlyNodes?: outputs.MysqlReadonlyInstanceClusterTopologyReadOnlyNode[];
    /**
     * RW Node Topology.
     */
    readWriteNode?: outputs.MysqlReadonlyInstanceClusterTopologyReadWriteNode;
}
export interface MysqlReadonlyInstanceClusterTopologyReadOnlyNode {
    /**
     * Whether to distribute in random availability zones.
     */
    isRandomZone?: boolean;
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: string;
    /**
     * Specifies the availability zone where the node is distributed.
     */
    zone?: string;
}
export interface MysqlReadonlyInstanceClusterTopologyReadWriteNode {
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: string;
    /**
     * The availability zone where the RW node is located.
     */
    zone: string;
}
export interface PostgresqlInstanceBackupPlan {
    /**
     * List of backup period per week, available values: `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`, `sunday`.
     */
    backupPeriods?: string[];
    /**
     * Specify days of the retention.
     */
    baseBackupRetentionPeriod?: number;
    /**
     * Specify latest backup start time, format `hh:mm:ss`.
     */
    maxBackupStartTime?: string;
    /**
     * Specify earliest backup start time, format `hh:mm:ss`.
     */
    minBackupStartTime?: string;
    /**
     * If it is in monthly dimension, the format is numeric characters, such as ["1","2"].
     */
    monthlyBackupPeriods?: string[];
    /**
     * Specify days of the retention.
     */
    monthlyBackupRetentionPeriod?: number;
    /**
     * Monthly plan id.
     */
    monthlyPlanId?: string;
}
export interface PostgresqlInstanceDbNodeSet {
    /**
     * Dedicated cluster ID.
     */
    dedicatedClusterId?: string;
    /**
     * Indicates node type, available values:`Primary`, `Standby`.
     */
    role?: string;
    /**
     * Indicates the node available zone.
     */
    zone: string;
}
export interface ProviderAssumeRole {
    /**
     * External role ID, which can be obtained by clicking the role name in the CAM console.
     */
    externalId?: string;
    /**
     * A more restrictive policy when making the AssumeRole call.
     */
    policy?: string;
    /**
     * The ARN of the role to assume.
     */
    roleArn: string;
    /**
     * MFA serial number, the identification number of the MFA device associated with the calling CAM user.
     */
    serialNumber?: string;
    /**
     * The duration of the session when making the AssumeRole call.
     */
    sessionDuration: number;
    /**
     * The session name to use when making the AssumeRole call.
     */
    sessionName: string;
    /**
     * Caller identity uin.
     */
    sourceIdentity?: string;
    /**
     * MFA authentication code.
     */
    tokenCode?: string;
}
export interface ProviderAssumeRoleWithSaml {
    /**
     * Player Access Description Name.
     */
    principalArn: string;
    /**
     * The ARN of the role to assume.
     */
    roleArn: string;
    /**
     * SAML assertion information encoded in base64.
     */
    samlAssertion: string;
    /**
     * The duration of the session when making the AssumeRoleWithSAML call.
     */
    sessionDuration: number;
    /**
     * The session name to use when making the AssumeRole call.
     */
    sessionName: string;
}
export interface ProviderAssumeRoleWithWebIdentity {
    /**
     * Identity provider name.
     */
    providerId?: string;
    /**
     * The ARN of the role to assume.
     */
    roleArn: string;
    /**
     * The duration of the session when making the AssumeRoleWithWebIdentity call.
     */
    sessionDuration: number;
    /**
     * The session name to use when making the AssumeRole call.
     */
    sessionName: string;
    /**
     * OIDC token issued by IdP.
     */
    webIdentityToken: string;
}
export interface ProviderMfaCertification {
    /**
     * Specify the validity period of the temporary certificate.
     */
    durationSeconds?: number;
    /**
     * MFA serial number, the identification number of the MFA device associated with the calling CAM user.
     */
    serialNumber: string;
    /**
     * MFA authentication code.
     */
    tokenCode: string;
}
export interface RedisInstanceNodeInfo {
    /**
     * ID of the master or replica node.
     */
    id: number;
    /**
     * Indicates whether the node is master.
     */
    master: boolean;
    /**
     * ID of the availability zone of the master or replica node.
     */
    zoneId: number;
}
export interface SecurityGroupRuleAddressTemplate {
    /**
     * Address template group ID, conflicts with `templateId`.
     */
    groupId?: string;
    /**
     * Address template ID, conflicts with `groupId`.
     */
    templateId?: string;
}
export interface SecurityGroupRuleProtocolTemplate {
    /**
     * Address template group ID, conflicts with `templateId`.
     */
    groupId?: string;
    /**
     * Address template ID, conflicts with `groupId`.
     */
    templateId?: string;
}
export interface SecurityGroupRuleSetEgress {
    /**
     * Rule policy of security group.
     */
    action: string;
    /**
     * Specify Group ID of Address template like `ipmg-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateGroup?: string;
    /**
     * Specify Address template ID like `ipm-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateId?: string;
    /**
     * An IP address network or CIDR segment.
     */
    cidrBlock?: string;
    /**
     * Description of the security group rule.
     */
    description?: string;
    /**
     * An IPV6 address network or CIDR segment, and conflict with `sourceSecurityId` and `address_template_*`.
     */
    ipv6CidrBlock?: string;
    /**
     * The security group rule index number, whose value dynamically changes with changes in security group rules.
     */
    policyIndex?: number;
    /**
     * Range of the port.
     */
    port?: string;
    /**
     * Type of IP protocol.
     */
    protocol?: string;
    /**
     * Specify Group ID of Protocol template ID like `ppmg-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateGroup?: string;
    /**
     * Specify Protocol template ID like `ppm-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateId?: string;
    /**
     * ID of the nested security group, and conflicts with `cidrBlock` and `address_template_*`.
     */
    sourceSecurityId?: string;
}
export interface SecurityGroupRuleSetIngress {
    /**
     * Rule policy of security group.
     */
    action: string;
    /**
     * Specify Group ID of Address template like `ipmg-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateGroup?: string;
    /**
     * Specify Address template ID like `ipm-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateId?: string;
    /**
     * An IP address network or CIDR segment.
     */
    cidrBlock?: string;
    /**
     * Description of the security group rule.
     */
    description?: string;
    /**
     * An IPV6 address network or CIDR segment, and conflict with `sourceSecurityId` and `address_template_*`.
     */
    ipv6CidrBlock?: string;
    /**
     * The security group rule index number, whose value dynamically changes with changes in security group rules.
     */
    policyIndex?: number;
    /**
     * Range of the port.
     */
    port?: string;
    /**
     * Type of IP protocol.
     */
    protocol?: string;
    /**
     * Specify Group ID of Protocol template ID like `ppmg-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateGroup?: string;
    /**
     * Specify Protocol template ID like `ppm-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateId?: string;
    /**
     * ID of the nested security group, and conflicts with `cidrBlock` and `address_template_*`.
     */
    sourceSecurityId?: string;
}
export interface TseInstanceEngineRegionInfo {
    /**
     * Engine node region.
     */
    engineRegion: string;
    /**
     * The number of nodes allocated in this region.
     */
    replica: number;
    /**
     * Cluster network information.
     */
    vpcInfos: outputs.TseInstanceEngineRegionInfoVpcInfo[];
}
export interface TseInstanceEngineRegionInfoVpcInfo {
    /**
     * Intranet access addressNote: This field may return null, indicating that a valid value is not available..
     */
    intranetAddress?: string;
    /**
     * Subnet ID.
     */
    subnetId: string;
    /**
     * Vpc Id.
     */
    vpcId: string;
}
