import * as pulumi from "@pulumi/pulumi";
import * as inputs from "../types/input";
export interface AsLoadBalancerForwardLoadBalancer {
    /**
     * Application load balancer listener ID.
     */
    listenerId: pulumi.Input<string>;
    /**
     * Application load balancer instance ID.
     */
    loadBalancerId: pulumi.Input<string>;
    /**
     * Application load balancer location ID.
     */
    locationId?: pulumi.Input<string>;
    /**
     * Load balancer instance region.
     */
    region?: pulumi.Input<string>;
    /**
     * List of TargetAttribute.
     */
    targetAttributes: pulumi.Input<pulumi.Input<inputs.AsLoadBalancerForwardLoadBalancerTargetAttribute>[]>;
}
export interface AsLoadBalancerForwardLoadBalancerTargetAttribute {
    /**
     * Target port.
     */
    port: pulumi.Input<number>;
    /**
     * Target weight.
     */
    weight: pulumi.Input<number>;
}
export interface AsScalingConfigDataDisk {
    /**
     * Indicates whether the disk remove after instance terminated.
     */
    deleteWithInstance?: pulumi.Input<boolean>;
    /**
     * Volume of disk in GB.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Types of disk.
     */
    diskType?: pulumi.Input<string>;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: pulumi.Input<string>;
}
export interface AsScalingConfigHostNameSettings {
    /**
     * The host name of the cloud server; dots (.) and dashes (-) cannot be used as the first and last characters of HostName, and cannot be used consecutively; Windows instances are not supported; other types (Linux, etc.) instances: the character length is [2, 40], it is allowed to support multiple dots, and there is a paragraph between the dots, and each paragraph is allowed to consist of letters (no uppercase and lowercase restrictions), numbers and dashes (-).
     */
    hostName: pulumi.Input<string>;
    /**
     * The style of the host name of the cloud server, the value range includes `ORIGINAL` and `UNIQUE`, the default is `ORIGINAL`; `ORIGINAL`, the AS directly passes the HostName filled in the input parameter to the CVM, and the CVM may append a sequence to the HostName number, the HostName of the instance in the scaling group will conflict; `UNIQUE`, the HostName filled in as a parameter is equivalent to the host name prefix, AS and CVM will expand it, and the HostName of the instance in the scaling group can be guaranteed to be unique.
     */
    hostNameStyle?: pulumi.Input<string>;
}
export interface AsScalingConfigInstanceNameSettings {
    /**
     * CVM instance name.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Type of CVM instance name.
     */
    instanceNameStyle?: pulumi.Input<string>;
}
export interface AsScalingGroupForwardBalancerId {
    /**
     * Listener ID for application load balancers.
     */
    listenerId: pulumi.Input<string>;
    /**
     * ID of available load balancers.
     */
    loadBalancerId: pulumi.Input<string>;
    /**
     * ID of forwarding rules.
     */
    ruleId?: pulumi.Input<string>;
    /**
     * Attribute list of target rules.
     */
    targetAttributes: pulumi.Input<pulumi.Input<inputs.AsScalingGroupForwardBalancerIdTargetAttribute>[]>;
}
export interface AsScalingGroupForwardBalancerIdTargetAttribute {
    /**
     * Port number.
     */
    port: pulumi.Input<number>;
    /**
     * Weight.
     */
    weight: pulumi.Input<number>;
}
export interface CkafkaInstanceConfig {
    /**
     * Automatic creation. true: enabled, false: not enabled.
     */
    autoCreateTopicEnable: pulumi.Input<boolean>;
    /**
     * If auto.create.topic.enable is set to true and this value is not set, 3 will be used by default.
     */
    defaultNumPartitions: pulumi.Input<number>;
    /**
     * If auto.create.topic.enable is set to true but this value is not set, 2 will be used by default.
     */
    defaultReplicationFactor: pulumi.Input<number>;
}
export interface CkafkaInstanceDynamicRetentionConfig {
    /**
     * Minimum retention time, in minutes.
     */
    bottomRetention?: pulumi.Input<number>;
    /**
     * Disk quota threshold (in percentage) for triggering the message retention time change event.
     */
    diskQuotaPercentage?: pulumi.Input<number>;
    /**
     * Whether the dynamic message retention time configuration is enabled. 0: disabled; 1: enabled.
     */
    enable?: pulumi.Input<number>;
    /**
     * Percentage by which the message retention time is shortened each time.
     */
    stepForwardPercentage?: pulumi.Input<number>;
}
export interface CkafkaInstanceTag {
    /**
     * Tag key.
     */
    key: pulumi.Input<string>;
    /**
     * Tag value.
     */
    value: pulumi.Input<string>;
}
export interface ClbAttachmentTarget {
    /**
     * Eni IP address of the backend server, conflict with `instanceId` but must specify one of them.
     */
    eniIp?: pulumi.Input<string>;
    /**
     * CVM Instance Id of the backend server, conflict with `eniIp` but must specify one of them.
     */
    instanceId?: pulumi.Input<string>;
    /**
     * Port of the backend server.
     */
    port: pulumi.Input<number>;
    /**
     * Forwarding weight of the backend service.
     */
    weight?: pulumi.Input<number>;
}
export interface ClbInstanceSnatIp {
    /**
     * Snat IP address, If set to empty will auto allocated.
     */
    ip?: pulumi.Input<string>;
    /**
     * Snat subnet ID.
     */
    subnetId: pulumi.Input<string>;
}
export interface ClbListenerMultiCertInfo {
    /**
     * List of server certificate ID.
     */
    certIdLists: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Authentication type.
     */
    sslMode: pulumi.Input<string>;
}
export interface ClbListenerRuleMultiCertInfo {
    /**
     * List of server certificate ID.
     */
    certIdLists: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Authentication type.
     */
    sslMode: pulumi.Input<string>;
}
export interface ClbListenerRuleOauth {
    /**
     * Enable or disable authentication.
     */
    oauthEnable?: pulumi.Input<boolean>;
    /**
     * After all IAPs fail, the request is rejected or released.
     */
    oauthFailureStatus?: pulumi.Input<string>;
}
export interface ClbTargetGroupTargetGroupInstance {
    /**
     * The internal ip of target group instance.
     */
    bindIp: pulumi.Input<string>;
    /**
     * The new port of target group instance.
     */
    newPort?: pulumi.Input<number>;
    /**
     * The port of target group instance.
     */
    port: pulumi.Input<number>;
    /**
     * The weight of target group instance.
     */
    weight?: pulumi.Input<number>;
}
export interface CosBucketCorsRule {
    /**
     * Specifies which headers are allowed.
     */
    allowedHeaders: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specifies which methods are allowed.
     */
    allowedMethods: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specifies which origins are allowed.
     */
    allowedOrigins: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specifies expose header in the response.
     */
    exposeHeaders?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specifies time in seconds that browser can cache the response for a preflight request.
     */
    maxAgeSeconds?: pulumi.Input<number>;
}
export interface CosBucketLifecycleRule {
    /**
     * Set the maximum time a multipart upload is allowed to remain running.
     */
    abortIncompleteMultipartUpload?: pulumi.Input<inputs.CosBucketLifecycleRuleAbortIncompleteMultipartUpload>;
    /**
     * Specifies a period in the object's expire (documented below).
     */
    expiration?: pulumi.Input<inputs.CosBucketLifecycleRuleExpiration>;
    /**
     * Object key prefix identifying one or more objects to which the rule applies.
     */
    filterPrefix?: pulumi.Input<string>;
    /**
     * A unique identifier for the rule.
     */
    id?: pulumi.Input<string>;
    /**
     * Specifies when non current object versions shall expire.
     */
    nonCurrentExpiration?: pulumi.Input<inputs.CosBucketLifecycleRuleNonCurrentExpiration>;
    /**
     * Specifies a period in the non current object's transitions.
     */
    nonCurrentTransitions?: pulumi.Input<pulumi.Input<inputs.CosBucketLifecycleRuleNonCurrentTransition>[]>;
    /**
     * Specifies a period in the object's transitions (documented below).
     */
    transitions?: pulumi.Input<pulumi.Input<inputs.CosBucketLifecycleRuleTransition>[]>;
}
export interface CosBucketLifecycleRuleAbortIncompleteMultipartUpload {
    /**
     * Specifies the number of days after the multipart upload starts that the upload must be completed.
     */
    daysAfterInitiation: pulumi.Input<number>;
}
export interface CosBucketLifecycleRuleExpiration {
    /**
     * Specifies the date after which you want the corresponding action to take effect.
     */
    date?: pulumi.Input<string>;
    /**
     * Specifies the number of days after object creation when the specific rule action takes effect.
     */
    days?: pulumi.Input<number>;
    /**
     * Indicates whether the delete marker of an expired object will be removed.
     */
    deleteMarker?: pulumi.Input<boolean>;
}
export interface CosBucketLifecycleRuleNonCurrentExpiration {
    /**
     * Number of days after non current object creation when the specific rule action takes effect.
     */
    nonCurrentDays?: pulumi.Input<number>;
}
export interface CosBucketLifecycleRuleNonCurrentTransition {
    /**
     * Number of days after non current object creation when the specific rule action takes effect.
     */
    nonCurrentDays?: pulumi.Input<number>;
    /**
     * Specifies the storage class to which you want the non current object to transition.
     */
    storageClass: pulumi.Input<string>;
}
export interface CosBucketLifecycleRuleTransition {
    /**
     * Specifies the date after which you want the corresponding action to take effect.
     */
    date?: pulumi.Input<string>;
    /**
     * Specifies the number of days after object creation when the specific rule action takes effect.
     */
    days?: pulumi.Input<number>;
    /**
     * Specifies the storage class to which you want the object to transition.
     */
    storageClass: pulumi.Input<string>;
}
export interface CosBucketOriginDomainRule {
    /**
     * Specify domain host.
     */
    domain: pulumi.Input<string>;
    /**
     * Domain status, default: `ENABLED`.
     */
    status?: pulumi.Input<string>;
    /**
     * Specify origin domain type, available values: `REST`, `WEBSITE`, `ACCELERATE`, default: `REST`.
     */
    type?: pulumi.Input<string>;
}
export interface CosBucketOriginPullRule {
    /**
     * Back to source mode.
     */
    backToSourceMode?: pulumi.Input<string>;
    /**
     * Specifies the custom headers that you can add for COS to access your origin server.
     */
    customHttpHeaders?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specifies the pass through headers when accessing the origin server.
     */
    followHttpHeaders?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specifies whether to pass through COS request query string when accessing the origin server.
     */
    followQueryString?: pulumi.Input<boolean>;
    /**
     * Specifies whether to follow 3XX redirect to another origin server to pull data from.
     */
    followRedirection?: pulumi.Input<boolean>;
    /**
     * Allows only a domain name or IP address.
     */
    host: pulumi.Input<string>;
    /**
     * Redirect code.
     */
    httpRedirectCode?: pulumi.Input<string>;
    /**
     * Triggers the origin-pull rule when the requested file name matches this prefix.
     */
    prefix?: pulumi.Input<string>;
    /**
     * Priority of origin-pull rules, do not set the same value for multiple rules.
     */
    priority: pulumi.Input<number>;
    /**
     * the protocol used for COS to access the specified origin server.
     */
    protocol?: pulumi.Input<string>;
    /**
     * It has been deprecated from version 1.81.196.
     * @deprecated It has been deprecated from version 1.81.196.
     */
    syncBackToSource?: pulumi.Input<boolean>;
}
export interface CosBucketReplicaRule {
    /**
     * Destination bucket identifier, format: `qcs::cos:<region>::<bucketname-appid>`.
     */
    destinationBucket: pulumi.Input<string>;
    /**
     * Storage class of destination, available values: `STANDARD`, `INTELLIGENT_TIERING`, `STANDARD_IA`. default is following current class of destination.
     */
    destinationStorageClass?: pulumi.Input<string>;
    /**
     * Name of a specific rule.
     */
    id?: pulumi.Input<string>;
    /**
     * Prefix matching policy.
     */
    prefix?: pulumi.Input<string>;
    /**
     * Status identifier, available values: `Enabled`, `Disabled`.
     */
    status: pulumi.Input<string>;
}
export interface CosBucketWebsite {
    /**
     * `Endpoint` of the static website.
     */
    endpoint?: pulumi.Input<string>;
    /**
     * An absolute path to the document to return in case of a 4XX error.
     */
    errorDocument?: pulumi.Input<string>;
    /**
     * COS returns this index document when requests are made to the root domain or any of the subfolders.
     */
    indexDocument?: pulumi.Input<string>;
    /**
     * Redirects all request configurations.
     */
    redirectAllRequestsTo?: pulumi.Input<string>;
    /**
     * Routing rule configuration.
     */
    routingRules?: pulumi.Input<inputs.CosBucketWebsiteRoutingRules>;
}
export interface CosBucketWebsiteRoutingRules {
    /**
     * Routing rule list.
     */
    rules: pulumi.Input<pulumi.Input<inputs.CosBucketWebsiteRoutingRulesRule>[]>;
}
export interface CosBucketWebsiteRoutingRulesRule {
    /**
     * Specifies the error code as the match condition for the routing rule.
     */
    conditionErrorCode?: pulumi.Input<string>;
    /**
     * Specifies the object key prefix as the match condition for the routing rule.
     */
    conditionPrefix?: pulumi.Input<string>;
    /**
     * Specifies the target protocol for the routing rule.
     */
    redirectProtocol?: pulumi.Input<string>;
    /**
     * Specifies the target object key to replace the original object key in the request.
     */
    redirectReplaceKey?: pulumi.Input<string>;
    /**
     * Specifies the object key prefix to replace the original prefix in the request.
     */
    redirectReplaceKeyPrefix?: pulumi.Input<string>;
}
export interface CynosdbClusterInstanceInitInfo {
    /**
     * CPU of instance.
     */
    cpu: pulumi.Input<number>;
    /**
     * Instance machine type.
     */
    deviceType?: pulumi.Input<string>;
    /**
     * Instance count.
     */
    instanceCount: pulumi.Input<number>;
    /**
     * Instance type.
     */
    instanceType: pulumi.Input<string>;
    /**
     * Maximum number of Serverless instances.
     */
    maxRoCount?: pulumi.Input<number>;
    /**
     * Maximum Serverless Instance Specifications.
     */
    maxRoCpu?: pulumi.Input<number>;
    /**
     * Memory of instance.
     */
    memory: pulumi.Input<number>;
    /**
     * Minimum number of Serverless instances.
     */
    minRoCount?: pulumi.Input<number>;
    /**
     * Minimum Serverless Instance Specifications.
     */
    minRoCpu?: pulumi.Input<number>;
}
export interface CynosdbClusterParamItem {
    /**
     * Param expected value to set.
     */
    currentValue: pulumi.Input<string>;
    /**
     * Name of param, e.g. `characterSetServer`.
     */
    name: pulumi.Input<string>;
    /**
     * Param old value, indicates the value which already set, this value is required when modifying current_value.
     */
    oldValue?: pulumi.Input<string>;
}
export interface CynosdbClusterRoGroupAddr {
    /**
     * IP address for read-write connection.
     */
    ip: pulumi.Input<string>;
    /**
     * Port of CynosDB cluster.
     */
    port: pulumi.Input<number>;
}
export interface CynosdbClusterRoGroupInstance {
    /**
     * ID of instance.
     */
    instanceId: pulumi.Input<string>;
    /**
     * Name of instance.
     */
    instanceName: pulumi.Input<string>;
}
export interface CynosdbClusterRwGroupAddr {
    /**
     * IP address for read-write connection.
     */
    ip: pulumi.Input<string>;
    /**
     * Port of CynosDB cluster.
     */
    port: pulumi.Input<number>;
}
export interface CynosdbClusterRwGroupInstance {
    /**
     * ID of instance.
     */
    instanceId: pulumi.Input<string>;
    /**
     * Name of instance.
     */
    instanceName: pulumi.Input<string>;
}
export interface ElasticsearchInstanceCosBackup {
    /**
     * Automatic backup execution time (accurate to the hour), e.g. `22:00`.
     */
    backupTime: pulumi.Input<string>;
    /**
     * Whether to enable automatic backup of cos.
     */
    isAutoBackup: pulumi.Input<boolean>;
}
export interface ElasticsearchInstanceEsAcl {
    /**
     * Blacklist of kibana access.
     */
    blackLists?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whitelist of kibana access.
     */
    whiteLists?: pulumi.Input<pulumi.Input<string>[]>;
}
export interface ElasticsearchInstanceEsPublicAcl {
    /**
     * Access Whitelist.
     */
    whiteIpLists?: pulumi.Input<pulumi.Input<string>[]>;
}
export interface ElasticsearchInstanceMultiZoneInfo {
    /**
     * Availability zone.
     */
    availabilityZone: pulumi.Input<string>;
    /**
     * The ID of a VPC subnetwork.
     */
    subnetId: pulumi.Input<string>;
}
export interface ElasticsearchInstanceNodeInfoList {
    /**
     * Node disk size.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Node disk type.
     */
    diskType?: pulumi.Input<string>;
    /**
     * Decides to encrypt this disk or not.
     */
    encrypt?: pulumi.Input<boolean>;
    /**
     * Number of nodes.
     */
    nodeNum: pulumi.Input<number>;
    /**
     * Node specification, and valid values refer to [document of tencentcloud](https://intl.cloud.tencent.com/document/product/845/18376).
     */
    nodeType: pulumi.Input<string>;
    /**
     * Node type.
     */
    type?: pulumi.Input<string>;
}
export interface ElasticsearchInstanceWebNodeTypeInfo {
    /**
     * Visual node number.
     */
    nodeNum: pulumi.Input<number>;
    /**
     * Visual node specifications.
     */
    nodeType: pulumi.Input<string>;
}
export interface InstanceDataDisk {
    /**
     * Data disk ID used to initialize the data disk.
     */
    dataDiskId?: pulumi.Input<string>;
    /**
     * Name of data disk.
     */
    dataDiskName?: pulumi.Input<string>;
    /**
     * Size of the data disk, and unit is GB.
     */
    dataDiskSize: pulumi.Input<number>;
    /**
     * Snapshot ID of the data disk.
     */
    dataDiskSnapshotId?: pulumi.Input<string>;
    /**
     * Data disk type.
     */
    dataDiskType: pulumi.Input<string>;
    /**
     * Decides whether the disk is deleted with instance(only applied to `CLOUD_BASIC`, `CLOUD_SSD` and `CLOUD_PREMIUM` disk with `POSTPAID_BY_HOUR` instance), default is true.
     */
    deleteWithInstance?: pulumi.Input<boolean>;
    /**
     * Decides whether the disk is deleted with instance(only applied to `CLOUD_BASIC`, `CLOUD_SSD` and `CLOUD_PREMIUM` disk with `PREPAID` instance), default is false.
     */
    deleteWithInstancePrepaid?: pulumi.Input<boolean>;
    /**
     * Decides whether the disk is encrypted.
     */
    encrypt?: pulumi.Input<boolean>;
    /**
     * Optional parameters.
     */
    kmsKeyId?: pulumi.Input<string>;
    /**
     * Add extra performance to the data disk.
     */
    throughputPerformance?: pulumi.Input<number>;
}
export interface KubernetesClusterAuthOptions {
    /**
     * If set to `true`, the rbac rule will be created automatically which allow anonymous user to access '/.well-known/openid-configuration' and '/openid/v1/jwks'.
     */
    autoCreateDiscoveryAnonymousAuth?: pulumi.Input<boolean>;
    /**
     * Specify service-account-issuer.
     */
    issuer?: pulumi.Input<string>;
    /**
     * Specify service-account-jwks-uri.
     */
    jwksUri?: pulumi.Input<string>;
    /**
     * If set to `true`, the issuer and jwksUri will be generated automatically by tke, please do not set issuer and jwks_uri, and they will be ignored.
     */
    useTkeDefault?: pulumi.Input<boolean>;
}
export interface KubernetesClusterClusterAudit {
    /**
     * when you want to close the cluster audit log or delete the cluster, you can use this parameter to determine whether the audit log set and topic created by default will be deleted.
     */
    deleteAuditLogAndTopic?: pulumi.Input<boolean>;
    /**
     * Specify weather the Cluster Audit enabled.
     */
    enabled: pulumi.Input<boolean>;
    /**
     * Specify id of existing CLS log set, or auto create a new set by leave it empty.
     */
    logSetId?: pulumi.Input<string>;
    /**
     * Specify id of existing CLS log topic, or auto create a new topic by leave it empty.
     */
    topicId?: pulumi.Input<string>;
}
export interface KubernetesClusterClusterExtraArgs {
    /**
     * The customized parameters for kube-apiserver.
     */
    kubeApiservers?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The customized parameters for kube-controller-manager.
     */
    kubeControllerManagers?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The customized parameters for kube-scheduler.
     */
    kubeSchedulers?: pulumi.Input<pulumi.Input<string>[]>;
}
export interface KubernetesClusterEventPersistence {
    /**
     * when you want to close the cluster event persistence or delete the cluster, you can use this parameter to determine whether the event persistence log set and topic created by default will be deleted.
     */
    deleteEventLogAndTopic?: pulumi.Input<boolean>;
    /**
     * Specify weather the Event Persistence enabled.
     */
    enabled: pulumi.Input<boolean>;
    /**
     * Specify id of existing CLS log set, or auto create a new set by leave it empty.
     */
    logSetId?: pulumi.Input<string>;
    /**
     * Specify id of existing CLS log topic, or auto create a new topic by leave it empty.
     */
    topicId?: pulumi.Input<string>;
}
export interface KubernetesClusterExistInstance {
    /**
     * Custom mode cluster, you can specify the number of pods for each node. corresponding to the existed_instances_para.instance_ids parameter.
     */
    desiredPodNumbers?: pulumi.Input<pulumi.Input<number>[]>;
    /**
     * Reinstallation parameters of an existing instance.
     */
    instancesPara?: pulumi.Input<inputs.KubernetesClusterExistInstanceInstancesPara>;
    /**
     * Role of existed node.
     */
    nodeRole?: pulumi.Input<string>;
}
export interface KubernetesClusterExistInstanceInstancesPara {
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: pulumi.Input<boolean>;
    /**
     * Cluster IDs.
     */
    instanceIds: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID list of keys, should be set if `password` not set.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Advanced Node Settings. commonly used to attach existing instances.
     */
    masterConfig?: pulumi.Input<inputs.KubernetesClusterExistInstanceInstancesParaMasterConfig>;
    /**
     * Password to access, should be set if `keyIds` not set.
     */
    password?: pulumi.Input<string>;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfig {
    /**
     * Configurations of data disk.
     */
    dataDisk?: pulumi.Input<inputs.KubernetesClusterExistInstanceInstancesParaMasterConfigDataDisk>;
    /**
     * Indicate to set desired pod number in node. valid when the cluster is podCIDR.
     */
    desiredPodNumber?: pulumi.Input<number>;
    /**
     * Docker graph path.
     */
    dockerGraphPath?: pulumi.Input<string>;
    /**
     * Custom parameter information related to the node.
     */
    extraArgs?: pulumi.Input<inputs.KubernetesClusterExistInstanceInstancesParaMasterConfigExtraArgs>;
    /**
     * GPU driver parameters.
     */
    gpuArgs?: pulumi.Input<inputs.KubernetesClusterExistInstanceInstancesParaMasterConfigGpuArgs>;
    /**
     * Node label list.
     */
    labels?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterExistInstanceInstancesParaMasterConfigLabel>[]>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
    /**
     * Node taint.
     */
    taints?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterExistInstanceInstancesParaMasterConfigTaint>[]>;
    /**
     * Set whether the joined nodes participate in scheduling, with a default value of 0, indicating participation in scheduling; Non 0 means not participating in scheduling.
     */
    unschedulable?: pulumi.Input<number>;
    /**
     * User script encoded in base64, which will be executed after the k8s component runs.
     */
    userScript?: pulumi.Input<string>;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: pulumi.Input<boolean>;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: pulumi.Input<string>;
    /**
     * Volume of disk in GB.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Types of disk, available values: `CLOUD_PREMIUM` and `CLOUD_SSD` and `CLOUD_HSSD` and `CLOUD_TSSD`.
     */
    diskType?: pulumi.Input<string>;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: pulumi.Input<string>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigExtraArgs {
    /**
     * Kubelet custom parameter.
     */
    kubelets?: pulumi.Input<pulumi.Input<string>[]>;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigGpuArgs {
    /**
     * CUDA version.
     */
    cuda?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * cuDNN version.
     */
    cudnn?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Custom GPU driver.
     */
    customDriver?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * GPU driver version.
     */
    driver?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Whether to enable MIG.
     */
    migEnable?: pulumi.Input<boolean>;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigLabel {
    /**
     * Name of map.
     */
    name: pulumi.Input<string>;
    /**
     * Value of map.
     */
    value: pulumi.Input<string>;
}
export interface KubernetesClusterExistInstanceInstancesParaMasterConfigTaint {
    /**
     * Effect of the taint.
     */
    effect?: pulumi.Input<string>;
    /**
     * Key of the taint.
     */
    key?: pulumi.Input<string>;
    /**
     * Value of the taint.
     */
    value?: pulumi.Input<string>;
}
export interface KubernetesClusterExtensionAddon {
    /**
     * Add-on name.
     */
    name: pulumi.Input<string>;
    /**
     * Parameter of the add-on resource object in JSON string format, please check the example at the top of page for reference.
     */
    param: pulumi.Input<string>;
}
export interface KubernetesClusterLogAgent {
    /**
     * Whether the log agent enabled.
     */
    enabled: pulumi.Input<boolean>;
    /**
     * Kubelet root directory as the literal.
     */
    kubeletRootDir?: pulumi.Input<string>;
}
export interface KubernetesClusterMasterConfig {
    /**
     * Indicates which availability zone will be used.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * Number of cvm.
     */
    count?: pulumi.Input<number>;
    /**
     * Configurations of data disk.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterMasterConfigDataDisk>[]>;
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it override `[globe_]desired_pod_num` for current node.
     */
    desiredPodNum?: pulumi.Input<number>;
    /**
     * Disaster recover groups to which a CVM instance belongs.
     */
    disasterRecoverGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: pulumi.Input<boolean>;
    /**
     * The host name of the attached instance.
     */
    hostname?: pulumi.Input<string>;
    /**
     * Id of cvm hpc cluster.
     */
    hpcClusterId?: pulumi.Input<string>;
    /**
     * The valid image id, format of img-xxx.
     */
    imgId?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
    /**
     * Name of the CVMs.
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Specified types of CVM instance.
     */
    instanceType: pulumi.Input<string>;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * ID list of keys, should be set if `password` not set.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Password to access, should be set if `keyIds` not set.
     */
    password?: pulumi.Input<string>;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: pulumi.Input<boolean>;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Private network ID.
     */
    subnetId: pulumi.Input<string>;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: pulumi.Input<number>;
    /**
     * System disk type.
     */
    systemDiskType?: pulumi.Input<string>;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    userData?: pulumi.Input<string>;
}
export interface KubernetesClusterMasterConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: pulumi.Input<boolean>;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: pulumi.Input<string>;
    /**
     * Volume of disk in GB.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Types of disk, available values: `CLOUD_PREMIUM` and `CLOUD_SSD` and `CLOUD_HSSD` and `CLOUD_TSSD`.
     */
    diskType?: pulumi.Input<string>;
    /**
     * Indicates whether to encrypt data disk, default `false`.
     */
    encrypt?: pulumi.Input<boolean>;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: pulumi.Input<string>;
    /**
     * ID of the custom CMK in the format of UUID or `kms-abcd1234`.
     */
    kmsKeyId?: pulumi.Input<string>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: pulumi.Input<string>;
}
export interface KubernetesClusterNodePoolGlobalConfig {
    /**
     * Indicates which scale-out method will be used when there are multiple scaling groups.
     */
    expander?: pulumi.Input<string>;
    /**
     * Whether to ignore DaemonSet pods by default when calculating resource usage.
     */
    ignoreDaemonSetsUtilization?: pulumi.Input<boolean>;
    /**
     * Indicates whether to enable scale-in.
     */
    isScaleInEnabled?: pulumi.Input<boolean>;
    /**
     * Max concurrent scale-in volume.
     */
    maxConcurrentScaleIn?: pulumi.Input<number>;
    /**
     * Number of minutes after cluster scale-out when the system starts judging whether to perform scale-in.
     */
    scaleInDelay?: pulumi.Input<number>;
    /**
     * Number of consecutive minutes of idleness after which the node is subject to scale-in.
     */
    scaleInUnneededTime?: pulumi.Input<number>;
    /**
     * Percentage of node resource usage below which the node is considered to be idle.
     */
    scaleInUtilizationThreshold?: pulumi.Input<number>;
    /**
     * During scale-in, ignore nodes with local storage pods.
     */
    skipNodesWithLocalStorage?: pulumi.Input<boolean>;
    /**
     * During scale-in, ignore nodes with pods in the kube-system namespace that are not managed by DaemonSet.
     */
    skipNodesWithSystemPods?: pulumi.Input<boolean>;
}
export interface KubernetesClusterResourceDeleteOption {
    /**
     * The deletion mode of CBS resources when the cluster is deleted, `terminate` (destroy), `retain` (retain).
     */
    deleteMode: pulumi.Input<string>;
    /**
     * Resource type, valid values are `CBS`, `CLB`, and `CVM`.
     */
    resourceType: pulumi.Input<string>;
    /**
     * Whether to skip resources with deletion protection enabled, the default is false.
     */
    skipDeletionProtection?: pulumi.Input<boolean>;
}
export interface KubernetesClusterWorkerConfig {
    /**
     * Indicates which availability zone will be used.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * CAM role name authorized to access.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * Number of cvm.
     */
    count?: pulumi.Input<number>;
    /**
     * Configurations of data disk.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.KubernetesClusterWorkerConfigDataDisk>[]>;
    /**
     * Indicate to set desired pod number in node. valid when enable_customized_pod_cidr=true, and it override `[globe_]desired_pod_num` for current node.
     */
    desiredPodNum?: pulumi.Input<number>;
    /**
     * Disaster recover groups to which a CVM instance belongs.
     */
    disasterRecoverGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: pulumi.Input<boolean>;
    /**
     * The host name of the attached instance.
     */
    hostname?: pulumi.Input<string>;
    /**
     * Id of cvm hpc cluster.
     */
    hpcClusterId?: pulumi.Input<string>;
    /**
     * The valid image id, format of img-xxx.
     */
    imgId?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
    /**
     * Name of the CVMs.
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Specified types of CVM instance.
     */
    instanceType: pulumi.Input<string>;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * ID list of keys, should be set if `password` not set.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Password to access, should be set if `keyIds` not set.
     */
    password?: pulumi.Input<string>;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: pulumi.Input<boolean>;
    /**
     * Security groups to which a CVM instance belongs.
     */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Private network ID.
     */
    subnetId: pulumi.Input<string>;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: pulumi.Input<number>;
    /**
     * System disk type.
     */
    systemDiskType?: pulumi.Input<string>;
    /**
     * ase64-encoded User Data text, the length limit is 16KB.
     */
    userData?: pulumi.Input<string>;
}
export interface KubernetesClusterWorkerConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: pulumi.Input<boolean>;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: pulumi.Input<string>;
    /**
     * Volume of disk in GB.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Types of disk, available values: `CLOUD_PREMIUM` and `CLOUD_SSD` and `CLOUD_HSSD` and `CLOUD_TSSD`.
     */
    diskType?: pulumi.Input<string>;
    /**
     * Indicates whether to encrypt data disk, default `false`.
     */
    encrypt?: pulumi.Input<boolean>;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: pulumi.Input<string>;
    /**
     * ID of the custom CMK in the format of UUID or `kms-abcd1234`.
     */
    kmsKeyId?: pulumi.Input<string>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: pulumi.Input<string>;
}
export interface KubernetesClusterWorkerInstancesList {
    /**
     * Information of the cvm when it is failed.
     */
    failedReason: pulumi.Input<string>;
    /**
     * ID of the cvm.
     */
    instanceId: pulumi.Input<string>;
    /**
     * Role of the cvm.
     */
    instanceRole: pulumi.Input<string>;
    /**
     * State of the cvm.
     */
    instanceState: pulumi.Input<string>;
    /**
     * LAN IP of the cvm.
     */
    lanIp: pulumi.Input<string>;
}
export interface KubernetesNodePoolAnnotation {
    /**
     * Name in the map table.
     */
    name: pulumi.Input<string>;
    /**
     * Value in the map table.
     */
    value: pulumi.Input<string>;
}
export interface KubernetesNodePoolAutoScalingConfig {
    /**
     * Backup CVM instance types if specified instance type sold out or mismatch.
     */
    backupInstanceTypes?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * bandwidth package id. if user is standard user, then the bandwidthPackageId is needed, or default has bandwidth_package_id.
     */
    bandwidthPackageId?: pulumi.Input<string>;
    /**
     * Name of cam role.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * CDC ID.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * Configurations of data disk.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.KubernetesNodePoolAutoScalingConfigDataDisk>[]>;
    /**
     * To specify whether to enable cloud monitor service.
     */
    enhancedMonitorService?: pulumi.Input<boolean>;
    /**
     * To specify whether to enable cloud security service.
     */
    enhancedSecurityService?: pulumi.Input<boolean>;
    /**
     * The hostname of the cloud server, dot (.) and dash (-) cannot be used as the first and last characters of HostName and cannot be used consecutively.
     */
    hostName?: pulumi.Input<string>;
    /**
     * The style of the host name of the cloud server, the value range includes ORIGINAL and UNIQUE, and the default is ORIGINAL.
     */
    hostNameStyle?: pulumi.Input<string>;
    /**
     * Charge type of instance.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * The tenancy (in month) of the prepaid instance, NOTE: it only works when instanceChargeType is set to `PREPAID`.
     */
    instanceChargeTypePrepaidPeriod?: pulumi.Input<number>;
    /**
     * Auto renewal flag.
     */
    instanceChargeTypePrepaidRenewFlag?: pulumi.Input<string>;
    /**
     * Instance name, no more than 60 characters.
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Type of CVM instance name.
     */
    instanceNameStyle?: pulumi.Input<string>;
    /**
     * Specified types of CVM instance.
     */
    instanceType: pulumi.Input<string>;
    /**
     * Charge types for network traffic.
     */
    internetChargeType?: pulumi.Input<string>;
    /**
     * Max bandwidth of Internet access in Mbps.
     */
    internetMaxBandwidthOut?: pulumi.Input<number>;
    /**
     * Type of public IP address.
     */
    ipv4AddressType?: pulumi.Input<string>;
    /**
     * ID list of keys.
     */
    keyIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Ordered security groups to which a CVM instance belongs.
     */
    orderlySecurityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Password to access.
     */
    password?: pulumi.Input<string>;
    /**
     * Specify whether to assign an Internet IP address.
     */
    publicIpAssigned?: pulumi.Input<boolean>;
    /**
     * The order of elements in this field cannot be guaranteed.
     * @deprecated The order of elements in this field cannot be guaranteed.
     */
    securityGroupIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Type of spot instance, only support `one-time` now.
     */
    spotInstanceType?: pulumi.Input<string>;
    /**
     * Max price of a spot instance, is the format of decimal string, for example "0.50".
     */
    spotMaxPrice?: pulumi.Input<string>;
    /**
     * Volume of system disk in GB.
     */
    systemDiskSize?: pulumi.Input<number>;
    /**
     * Type of a CVM disk.
     */
    systemDiskType?: pulumi.Input<string>;
}
export interface KubernetesNodePoolAutoScalingConfigDataDisk {
    /**
     * Indicates whether the disk remove after instance terminated.
     */
    deleteWithInstance?: pulumi.Input<boolean>;
    /**
     * Volume of disk in GB.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Types of disk.
     */
    diskType?: pulumi.Input<string>;
    /**
     * Specify whether to encrypt data disk, default: false.
     */
    encrypt?: pulumi.Input<boolean>;
    /**
     * Data disk snapshot ID.
     */
    snapshotId?: pulumi.Input<string>;
    /**
     * Add extra performance to the data disk.
     */
    throughputPerformance?: pulumi.Input<number>;
}
export interface KubernetesNodePoolNodeConfig {
    /**
     * Configurations of data disk.
     */
    dataDisks?: pulumi.Input<pulumi.Input<inputs.KubernetesNodePoolNodeConfigDataDisk>[]>;
    /**
     * Indicate to set desired pod number in node. valid when the cluster is podCIDR.
     */
    desiredPodNum?: pulumi.Input<number>;
    /**
     * Docker graph path.
     */
    dockerGraphPath?: pulumi.Input<string>;
    /**
     * Custom parameter information related to the node.
     */
    extraArgs?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * GPU driver parameters.
     */
    gpuArgs?: pulumi.Input<inputs.KubernetesNodePoolNodeConfigGpuArgs>;
    /**
     * Indicate to schedule the adding node or not.
     */
    isSchedule?: pulumi.Input<boolean>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
    /**
     * Base64-encoded user script, executed before initializing the node, currently only effective for adding existing nodes.
     */
    preStartUserScript?: pulumi.Input<string>;
    /**
     * Base64-encoded User Data text, the length limit is 16KB.
     */
    userData?: pulumi.Input<string>;
}
export interface KubernetesNodePoolNodeConfigDataDisk {
    /**
     * Indicate whether to auto format and mount or not.
     */
    autoFormatAndMount?: pulumi.Input<boolean>;
    /**
     * The name of the device or partition to mount.
     */
    diskPartition?: pulumi.Input<string>;
    /**
     * Volume of disk in GB.
     */
    diskSize?: pulumi.Input<number>;
    /**
     * Types of disk.
     */
    diskType?: pulumi.Input<string>;
    /**
     * File system, e.g. `ext3/ext4/xfs`.
     */
    fileSystem?: pulumi.Input<string>;
    /**
     * Mount target.
     */
    mountTarget?: pulumi.Input<string>;
}
export interface KubernetesNodePoolNodeConfigGpuArgs {
    /**
     * CUDA version.
     */
    cuda?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * cuDNN version.
     */
    cudnn?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Custom GPU driver.
     */
    customDriver?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * GPU driver version.
     */
    driver?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Whether to enable MIG.
     */
    migEnable?: pulumi.Input<boolean>;
}
export interface KubernetesNodePoolTaint {
    /**
     * Effect of the taint.
     */
    effect: pulumi.Input<string>;
    /**
     * Key of the taint.
     */
    key: pulumi.Input<string>;
    /**
     * Value of the taint.
     */
    value: pulumi.Input<string>;
}
export interface MongodbInstanceAddNodeList {
    /**
     * The node role that needs to be added. - SECONDARY: Mongod node; - READONLY: read-only node; - MONGOS: Mongos node.
     */
    role: pulumi.Input<string>;
    /**
     * The availability zone corresponding to the node. - single availability zone, where all nodes are in the same availability zone; - multiple availability zones: the current standard specification is the distribution of three availability zones, and the master and slave nodes are not in the same availability zone.
     */
    zone: pulumi.Input<string>;
}
export interface MongodbInstanceRemoveNodeList {
    /**
     * The node ID to delete.
     */
    nodeName: pulumi.Input<string>;
    /**
     * The node role that needs to be deleted. - SECONDARY: Mongod node; - READONLY: read-only node; - MONGOS: Mongos node.
     */
    role: pulumi.Input<string>;
    /**
     * The availability zone corresponding to the node. - single availability zone, where all nodes are in the same availability zone; - multiple availability zones: the current standard specification is the distribution of three availability zones, and the master and slave nodes are not in the same availability zone.
     */
    zone: pulumi.Input<string>;
}
export interface MongodbInstanceStandbyInstanceList {
    /**
     * Indicates the ID of standby instance.
     */
    standbyInstanceId: pulumi.Input<string>;
    /**
     * Indicates the region of standby instance.
     */
    standbyInstanceRegion: pulumi.Input<string>;
}
export interface MonitorAlarmNoticeClsNotice {
    /**
     * Start-stop status, can not be transmitted, default enabled. 0= Disabled, 1= enabled.
     */
    enable?: pulumi.Input<number>;
    /**
     * Log collection Id.
     */
    logSetId: pulumi.Input<string>;
    /**
     * Regional.
     */
    region: pulumi.Input<string>;
    /**
     * Theme Id.
     */
    topicId: pulumi.Input<string>;
}
export interface MonitorAlarmNoticeUrlNotice {
    /**
     * Notification End Time Seconds at the start of a day.
     */
    endTime?: pulumi.Input<number>;
    /**
     * If passed verification `0` is no, `1` is yes.
     */
    isValid?: pulumi.Input<number>;
    /**
     * Notification Start Time Number of seconds at the start of a day.
     */
    startTime?: pulumi.Input<number>;
    /**
     * Callback URL (limited to 256 characters).
     */
    url: pulumi.Input<string>;
    /**
     * Verification code.
     */
    validationCode?: pulumi.Input<string>;
    /**
     * Notification period 1-7 indicates Monday to Sunday.
     */
    weekdays?: pulumi.Input<pulumi.Input<number>[]>;
}
export interface MonitorAlarmNoticeUserNotice {
    /**
     * The number of seconds since the notification end time 00:00:00 (value range 0-86399).
     */
    endTime: pulumi.Input<number>;
    /**
     * User group ID list.
     */
    groupIds?: pulumi.Input<pulumi.Input<number>[]>;
    /**
     * Contact notification required 0= No 1= Yes.
     */
    needPhoneArriveNotice?: pulumi.Input<number>;
    /**
     * Notification Channel List EMAIL=Mail SMS=SMS CALL=Telephone WECHAT=WeChat RTX=Enterprise WeChat.
     */
    noticeWays: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Call type SYNC= Simultaneous call CIRCLE= Round call If this parameter is not specified, the default value is round call.
     */
    phoneCallType?: pulumi.Input<string>;
    /**
     * Number of seconds between polls (value range: 60-900).
     */
    phoneCircleInterval?: pulumi.Input<number>;
    /**
     * Number of telephone polls (value range: 1-5).
     */
    phoneCircleTimes?: pulumi.Input<number>;
    /**
     * Number of seconds between calls in a polling session (value range: 60-900).
     */
    phoneInnerInterval?: pulumi.Input<number>;
    /**
     * Telephone polling list.
     */
    phoneOrders?: pulumi.Input<pulumi.Input<number>[]>;
    /**
     * Recipient Type USER=User GROUP=User Group.
     */
    receiverType: pulumi.Input<string>;
    /**
     * The number of seconds since the notification start time 00:00:00 (value range 0-86399).
     */
    startTime: pulumi.Input<number>;
    /**
     * User UID List.
     */
    userIds?: pulumi.Input<pulumi.Input<number>[]>;
    /**
     * Notification period 1-7 indicates Monday to Sunday.
     */
    weekdays?: pulumi.Input<pulumi.Input<number>[]>;
}
export interface MonitorAlarmPolicyConditions {
    /**
     * The and or relation of indicator alarm rule.
     */
    isUnionRule?: pulumi.Input<number>;
    /**
     * A list of metric trigger condition.
     */
    rules?: pulumi.Input<pulumi.Input<inputs.MonitorAlarmPolicyConditionsRule>[]>;
}
export interface MonitorAlarmPolicyConditionsRule {
    /**
     * Number of periods.
     */
    continuePeriod?: pulumi.Input<number>;
    /**
     * Metric display name, which is used in the output parameter.
     */
    description?: pulumi.Input<string>;
    /**
     * Filter condition for one single trigger rule.
     */
    filter?: pulumi.Input<inputs.MonitorAlarmPolicyConditionsRuleFilter>;
    /**
     * Whether the alarm frequency increases exponentially.
     */
    isPowerNotice?: pulumi.Input<number>;
    /**
     * Metric name or event name.
     */
    metricName?: pulumi.Input<string>;
    /**
     * Alarm interval in seconds.
     */
    noticeFrequency?: pulumi.Input<number>;
    /**
     * Operator.
     */
    operator?: pulumi.Input<string>;
    /**
     * Statistical period in seconds.
     */
    period?: pulumi.Input<number>;
    /**
     * Trigger condition type.
     */
    ruleType?: pulumi.Input<string>;
    /**
     * Unit, which is used in the output parameter.
     */
    unit?: pulumi.Input<string>;
    /**
     * Threshold.
     */
    value?: pulumi.Input<string>;
}
export interface MonitorAlarmPolicyConditionsRuleFilter {
    /**
     * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
     */
    dimensions?: pulumi.Input<string>;
    /**
     * Filter condition type.
     */
    type?: pulumi.Input<string>;
}
export interface MonitorAlarmPolicyEventCondition {
    /**
     * Number of periods.
     */
    continuePeriod?: pulumi.Input<number>;
    /**
     * Metric display name, which is used in the output parameter.
     */
    description?: pulumi.Input<string>;
    /**
     * Filter condition for one single trigger rule.
     */
    filter?: pulumi.Input<inputs.MonitorAlarmPolicyEventConditionFilter>;
    /**
     * Whether the alarm frequency increases exponentially.
     */
    isPowerNotice?: pulumi.Input<number>;
    /**
     * Metric name or event name.
     */
    metricName?: pulumi.Input<string>;
    /**
     * Alarm interval in seconds.
     */
    noticeFrequency?: pulumi.Input<number>;
    /**
     * Operator.
     */
    operator?: pulumi.Input<string>;
    /**
     * Statistical period in seconds.
     */
    period?: pulumi.Input<number>;
    /**
     * Trigger condition type.
     */
    ruleType?: pulumi.Input<string>;
    /**
     * Unit, which is used in the output parameter.
     */
    unit?: pulumi.Input<string>;
    /**
     * Threshold.
     */
    value?: pulumi.Input<string>;
}
export interface MonitorAlarmPolicyEventConditionFilter {
    /**
     * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
     */
    dimensions?: pulumi.Input<string>;
    /**
     * Filter condition type.
     */
    type?: pulumi.Input<string>;
}
export interface MonitorAlarmPolicyFilter {
    /**
     * JSON string generated by serializing the AlarmPolicyDimension two-dimensional array.
     */
    dimensions?: pulumi.Input<string>;
    /**
     * Filter condition type.
     */
    type: pulumi.Input<string>;
}
export interface MonitorAlarmPolicyPolicyTag {
    /**
     * Tag key.
     */
    key: pulumi.Input<string>;
    /**
     * Tag value.
     */
    value: pulumi.Input<string>;
}
export interface MonitorAlarmPolicyTriggerTask {
    /**
     * Configuration information in JSON format.
     */
    taskConfig: pulumi.Input<string>;
    /**
     * Triggered task type.
     */
    type: pulumi.Input<string>;
}
export interface MonitorPolicyBindingObjectDimension {
    /**
     * Represents a collection of dimensions of an object instance, json format.eg:'{"unInstanceId":"ins-ot3cq4bi"}'.
     */
    dimensionsJson: pulumi.Input<string>;
    /**
     * Region.
     */
    region?: pulumi.Input<string>;
    /**
     * Object unique ID.
     */
    uniqueId?: pulumi.Input<string>;
}
export interface MonitorTmpAlertGroupCustomReceiver {
    /**
     * Time ranges which allow alert message send.
     */
    allowedTimeRanges?: pulumi.Input<pulumi.Input<inputs.MonitorTmpAlertGroupCustomReceiverAllowedTimeRange>[]>;
    /**
     * Only effect when alertmanager in user cluster, this cluster id.
     */
    clusterId?: pulumi.Input<string>;
    /**
     * Only effect when alertmanager in user cluster, this cluster type (tke|eks|tdcc).
     */
    clusterType?: pulumi.Input<string>;
    /**
     * Custom receiver type, webhook|alertmanager.
     */
    type?: pulumi.Input<string>;
    /**
     * Custom receiver address, can be accessed by process in prometheus instance subnet.
     */
    url?: pulumi.Input<string>;
}
export interface MonitorTmpAlertGroupCustomReceiverAllowedTimeRange {
    /**
     * Time range end, seconds since 0 o'clock.
     */
    end?: pulumi.Input<string>;
    /**
     * Time range start, seconds since 0 o'clock.
     */
    start?: pulumi.Input<string>;
}
export interface MonitorTmpAlertGroupRule {
    /**
     * Annotation of alert rule.
     */
    annotations?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Rule alarm duration.
     */
    duration?: pulumi.Input<string>;
    /**
     * Prometheus alert expression.
     */
    expr?: pulumi.Input<string>;
    /**
     * Labels of alert rule.
     */
    labels?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Alert rule name.
     */
    ruleName?: pulumi.Input<string>;
    /**
     * Rule state.
     */
    state?: pulumi.Input<number>;
}
export interface MonitorTmpAlertRuleAnnotation {
    /**
     * key.
     */
    key: pulumi.Input<string>;
    /**
     * value.
     */
    value: pulumi.Input<string>;
}
export interface MonitorTmpAlertRuleLabel {
    /**
     * key.
     */
    key: pulumi.Input<string>;
    /**
     * value.
     */
    value: pulumi.Input<string>;
}
export interface MonitorTmpTkeAlertPolicyAlertRule {
    /**
     * If the alarm policy is derived from the CRD resource definition of the user cluster, the ClusterId is the cluster ID to which it belongs.
     */
    clusterId?: pulumi.Input<string>;
    /**
     * Alarm policy ID.
     */
    id?: pulumi.Input<string>;
    /**
     * Rule name.
     */
    name: pulumi.Input<string>;
    /**
     * Alarm channels, which may be returned using null in the template.
     */
    notification?: pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRuleNotification>;
    /**
     * A list of rules.
     */
    rules: pulumi.Input<pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRuleRule>[]>;
    /**
     * If the alarm is sent from a template, the TemplateId is the template id.
     */
    templateId?: pulumi.Input<string>;
    /**
     * Last modified time.
     */
    updatedAt?: pulumi.Input<string>;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleNotification {
    /**
     * If Type is alertmanager, the field is required.
     */
    alertManager?: pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRuleNotificationAlertManager>;
    /**
     * Whether it is enabled.
     */
    enabled: pulumi.Input<boolean>;
    /**
     * Alarm notification method.
     */
    notifyWays?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Telephone alerts reach notifications.
     */
    phoneArriveNotice?: pulumi.Input<boolean>;
    /**
     * Effective end timeTelephone alarm wheel interval.
     */
    phoneCircleInterval?: pulumi.Input<number>;
    /**
     * PhoneCircleTimes.
     */
    phoneCircleTimes?: pulumi.Input<number>;
    /**
     * Telephone alarm wheel intervals.
     */
    phoneInnerInterval?: pulumi.Input<number>;
    /**
     * Telephone alarm sequence.
     */
    phoneNotifyOrders?: pulumi.Input<pulumi.Input<number>[]>;
    /**
     * Alert Receiving Group (User Group).
     */
    receiverGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Convergence time.
     */
    repeatInterval?: pulumi.Input<string>;
    /**
     * Effective end time.
     */
    timeRangeEnd?: pulumi.Input<string>;
    /**
     * The time from which it takes effect.
     */
    timeRangeStart?: pulumi.Input<string>;
    /**
     * The channel type, which defaults to amp, supports the following `amp`, `webhook`, `alertmanager`.
     */
    type: pulumi.Input<string>;
    /**
     * If Type is webhook, the field is required.
     */
    webHook?: pulumi.Input<string>;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleNotificationAlertManager {
    /**
     * The ID of the cluster where the alertmanager is deployed.
     */
    clusterId?: pulumi.Input<string>;
    /**
     * Alertmanager is deployed in the cluster type.
     */
    clusterType?: pulumi.Input<string>;
    /**
     * Alertmanager url.
     */
    url: pulumi.Input<string>;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleRule {
    /**
     * Refer to annotations in prometheus rule.
     */
    annotations?: pulumi.Input<pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRuleRuleAnnotation>[]>;
    /**
     * A description of the rule.
     */
    describe?: pulumi.Input<string>;
    /**
     * Time of duration.
     */
    for: pulumi.Input<string>;
    /**
     * Extra labels.
     */
    labels: pulumi.Input<pulumi.Input<inputs.MonitorTmpTkeAlertPolicyAlertRuleRuleLabel>[]>;
    /**
     * Rule name.
     */
    name: pulumi.Input<string>;
    /**
     * Prometheus statement.
     */
    rule: pulumi.Input<string>;
    /**
     * Alarm rule status.
     */
    ruleState?: pulumi.Input<number>;
    /**
     * Alert sending template.
     */
    template: pulumi.Input<string>;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleRuleAnnotation {
    /**
     * Name of map.
     */
    name: pulumi.Input<string>;
    /**
     * Value of map.
     */
    value: pulumi.Input<string>;
}
export interface MonitorTmpTkeAlertPolicyAlertRuleRuleLabel {
    /**
     * Name of map.
     */
    name: pulumi.Input<string>;
    /**
     * Value of map.
     */
    value: pulumi.Input<string>;
}
export interface MysqlInstanceClusterTopology {
    /**
     * RO Node Topology.
     */
    readOnlyNodes?: pulumi.Input<pulumi.Input<inputs.MysqlInstanceClusterTopologyReadOnlyNode>[]>;
    /**
     * RW Node Topology.
     */
    readWriteNode?: pulumi.Input<inputs.MysqlInstanceClusterTopologyReadWriteNode>;
}
export interface MysqlInstanceClusterTopologyReadOnlyNode {
    /**
     * Whether to distribute in random availability zones.
     */
    isRandomZone?: pulumi.Input<boolean>;
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: pulumi.Input<string>;
    /**
     * Specifies the availability zone where the node is distributed.
     */
    zone?: pulumi.Input<string>;
}
export interface MysqlInstanceClusterTopologyReadWriteNode {
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: pulumi.Input<string>;
    /**
     * The availability zone where the RW node is located.
     */
    zone: pulumi.Input<string>;
}
export interface MysqlReadonlyInstanceClusterTopology {
    /**
     * RO Node Topology.
     */
    readOnlyNodes?: pulumi.Input<pulumi.Input<inputs.MysqlReadonlyInstanceClusterTopologyReadOnlyNode>[]>;
    /**
     * RW Node Topology.
     */
    readWriteNode?: pulumi.Input<inputs.MysqlReadonlyInstanceClusterTopologyReadWriteNode>;
}
export interface MysqlReadonlyInstanceClusterTopologyReadOnlyNode {
    /**
     * Whether to distribute in random availability zones.
     */
    isRandomZone?: pulumi.Input<boolean>;
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: pulumi.Input<string>;
    /**
     * Specifies the availability zone where the node is distributed.
     */
    zone?: pulumi.Input<string>;
}
export interface MysqlReadonlyInstanceClusterTopologyReadWriteNode {
    /**
     * When upgrading a cluster instance, if you want to adjust the availability zone of a read-only node, you need to specify the node ID.
     */
    nodeId?: pulumi.Input<string>;
    /**
     * The availability zone where the RW node is located.
     */
    zone: pulumi.Input<string>;
}
export interface PostgresqlInstanceBackupPlan {
    /**
     * List of backup period per week, available values: `monday`, `tuesday`, `wednesday`, `thursday`, `friday`, `saturday`, `sunday`.
     */
    backupPeriods?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specify days of the retention.
     */
    baseBackupRetentionPeriod?: pulumi.Input<number>;
    /**
     * Specify latest backup start time, format `hh:mm:ss`.
     */
    maxBackupStartTime?: pulumi.Input<string>;
    /**
     * Specify earliest backup start time, format `hh:mm:ss`.
     */
    minBackupStartTime?: pulumi.Input<string>;
    /**
     * If it is in monthly dimension, the format is numeric characters, such as ["1","2"].
     */
    monthlyBackupPeriods?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Specify days of the retention.
     */
    monthlyBackupRetentionPeriod?: pulumi.Input<number>;
    /**
     * Monthly plan id.
     */
    monthlyPlanId?: pulumi.Input<string>;
}
export interface PostgresqlInstanceDbNodeSet {
    /**
     * Dedicated cluster ID.
     */
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * Indicates node type, available values:`Primary`, `Standby`.
     */
    role?: pulumi.Input<string>;
    /**
     * Indicates the node available zone.
     */
    zone: pulumi.Input<string>;
}
export interface ProviderAssumeRole {
    /**
     * External role ID, which can be obtained by clicking the role name in the CAM console.
     */
    externalId?: pulumi.Input<string>;
    /**
     * A more restrictive policy when making the AssumeRole call.
     */
    policy?: pulumi.Input<string>;
    /**
     * The ARN of the role to assume.
     */
    roleArn: pulumi.Input<string>;
    /**
     * MFA serial number, the identification number of the MFA device associated with the calling CAM user.
     */
    serialNumber?: pulumi.Input<string>;
    /**
     * The duration of the session when making the AssumeRole call.
     */
    sessionDuration: pulumi.Input<number>;
    /**
     * The session name to use when making the AssumeRole call.
     */
    sessionName: pulumi.Input<string>;
    /**
     * Caller identity uin.
     */
    sourceIdentity?: pulumi.Input<string>;
    /**
     * MFA authentication code.
     */
    tokenCode?: pulumi.Input<string>;
}
export interface ProviderAssumeRoleWithSaml {
    /**
     * Player Access Description Name.
     */
    principalArn: pulumi.Input<string>;
    /**
     * The ARN of the role to assume.
     */
    roleArn: pulumi.Input<string>;
    /**
     * SAML assertion information encoded in base64.
     */
    samlAssertion: pulumi.Input<string>;
    /**
     * The duration of the session when making the AssumeRoleWithSAML call.
     */
    sessionDuration: pulumi.Input<number>;
    /**
     * The session name to use when making the AssumeRole call.
     */
    sessionName: pulumi.Input<string>;
}
export interface ProviderAssumeRoleWithWebIdentity {
    /**
     * Identity provider name.
     */
    providerId?: pulumi.Input<string>;
    /**
     * The ARN of the role to assume.
     */
    roleArn: pulumi.Input<string>;
    /**
     * The duration of the session when making the AssumeRoleWithWebIdentity call.
     */
    sessionDuration: pulumi.Input<number>;
    /**
     * The session name to use when making the AssumeRole call.
     */
    sessionName: pulumi.Input<string>;
    /**
     * OIDC token issued by IdP.
     */
    webIdentityToken: pulumi.Input<string>;
}
export interface ProviderMfaCertification {
    /**
     * Specify the validity period of the temporary certificate.
     */
    durationSeconds?: pulumi.Input<number>;
    /**
     * MFA serial number, the identification number of the MFA device associated with the calling CAM user.
     */
    serialNumber: pulumi.Input<string>;
    /**
     * MFA authentication code.
     */
    tokenCode: pulumi.Input<string>;
}
export interface RedisInstanceNodeInfo {
    /**
     * ID of the master or replica node.
     */
    id: pulumi.Input<number>;
    /**
     * Indicates whether the node is master.
     */
    master: pulumi.Input<boolean>;
    /**
     * ID of the availability zone of the master or replica node.
     */
    zoneId: pulumi.Input<number>;
}
export interface SecurityGroupRuleAddressTemplate {
    /**
     * Address template group ID, conflicts with `templateId`.
     */
    groupId?: pulumi.Input<string>;
    /**
     * Address template ID, conflicts with `groupId`.
     */
    templateId?: pulumi.Input<string>;
}
export interface SecurityGroupRuleProtocolTemplate {
    /**
     * Address template group ID, conflicts with `templateId`.
     */
    groupId?: pulumi.Input<string>;
    /**
     * Address template ID, conflicts with `groupId`.
     */
    templateId?: pulumi.Input<string>;
}
export interface SecurityGroupRuleSetEgress {
    /**
     * Rule policy of security group.
     */
    action: pulumi.Input<string>;
    /**
     * Specify Group ID of Address template like `ipmg-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateGroup?: pulumi.Input<string>;
    /**
     * Specify Address template ID like `ipm-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateId?: pulumi.Input<string>;
    /**
     * An IP address network or CIDR segment.
     */
    cidrBlock?: pulumi.Input<string>;
    /**
     * Description of the security group rule.
     */
    description?: pulumi.Input<string>;
    /**
     * An IPV6 address network or CIDR segment, and conflict with `sourceSecurityId` and `address_template_*`.
     */
    ipv6CidrBlock?: pulumi.Input<string>;
    /**
     * The security group rule index number, whose value dynamically changes with changes in security group rules.
     */
    policyIndex?: pulumi.Input<number>;
    /**
     * Range of the port.
     */
    port?: pulumi.Input<string>;
    /**
     * Type of IP protocol.
     */
    protocol?: pulumi.Input<string>;
    /**
     * Specify Group ID of Protocol template ID like `ppmg-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateGroup?: pulumi.Input<string>;
    /**
     * Specify Protocol template ID like `ppm-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateId?: pulumi.Input<string>;
    /**
     * ID of the nested security group, and conflicts with `cidrBlock` and `address_template_*`.
     */
    sourceSecurityId?: pulumi.Input<string>;
}
export interface SecurityGroupRuleSetIngress {
    /**
     * Rule policy of security group.
     */
    action: pulumi.Input<string>;
    /**
     * Specify Group ID of Address template like `ipmg-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateGroup?: pulumi.Input<string>;
    /**
     * Specify Address template ID like `ipm-xxxxxxxx`, conflict with `sourceSecurityId` and `cidrBlock`.
     */
    addressTemplateId?: pulumi.Input<string>;
    /**
     * An IP address network or CIDR segment.
     */
    cidrBlock?: pulumi.Input<string>;
    /**
     * Description of the security group rule.
     */
    description?: pulumi.Input<string>;
    /**
     * An IPV6 address network or CIDR segment, and conflict with `sourceSecurityId` and `address_template_*`.
     */
    ipv6CidrBlock?: pulumi.Input<string>;
    /**
     * The security group rule index number, whose value dynamically changes with changes in security group rules.
     */
    policyIndex?: pulumi.Input<number>;
    /**
     * Range of the port.
     */
    port?: pulumi.Input<string>;
    /**
     * Type of IP protocol.
     */
    protocol?: pulumi.Input<string>;
    /**
     * Specify Group ID of Protocol template ID like `ppmg-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateGroup?: pulumi.Input<string>;
    /**
     * Specify Protocol template ID like `ppm-xxxxxxxx`, conflict with `protocol` and `port`.
     */
    serviceTemplateId?: pulumi.Input<string>;
    /**
     * ID of the nested security group, and conflicts with `cidrBlock` and `address_template_*`.
     */
    sourceSecurityId?: pulumi.Input<string>;
}
export interface TseInstanceEngineRegionInfo {
    /**
     * Engine node region.
     */
    engineRegion: pulumi.Input<string>;
    /**
     * The number of nodes allocated in this region.
     */
    replica: pulumi.Input<number>;
    /**
     * Cluster network information.
     */
    vpcInfos: pulumi.Input<pulumi.Input<inputs.TseInstanceEngineRegionInfoVpcInfo>[]>;
}
export interface TseInstanceEngineRegionInfoVpcInfo {
    /**
     * Intranet access addressNote: This field may return null, indicating that a valid value is not available..
     */
    intranetAddress?: pulumi.Input<string>;
    /**
     * Subnet ID.
     */
    subnetId: pulumi.Input<string>;
    /**
     * Vpc Id.
     */
    vpcId: pulumi.Input<string>;
}
