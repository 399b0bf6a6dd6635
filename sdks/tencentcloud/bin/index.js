"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.types = exports.Provider = exports.Vpc = exports.TseInstance = exports.Subnet = exports.SecurityGroupRuleSet = exports.SecurityGroupRule = exports.SecurityGroup = exports.RedisInstance = exports.PostgresqlReadonlyInstance = exports.PostgresqlInstance = exports.NatGateway = exports.MysqlReadonlyInstance = exports.MysqlInstance = exports.MysqlBackupPolicy = exports.MonitorTmpTkeAlertPolicy = exports.MonitorTmpRecordingRule = exports.MonitorTmpInstance = exports.MonitorTmpAlertRule = exports.MonitorTmpAlertGroup = exports.MonitorPolicyBindingObject = exports.MonitorGrafanaInstance = exports.MonitorAlarmPolicy = exports.MonitorAlarmNotice = exports.MongodbShardingInstance = exports.MongodbInstance = exports.KubernetesNodePool = exports.KubernetesClusterEndpoint = exports.KubernetesCluster = exports.Instance = exports.ElasticsearchInstance = exports.Eip = exports.CynosdbCluster = exports.CosBucket = exports.ClbTargetGroupAttachment = exports.ClbTargetGroup = exports.ClbListenerRule = exports.ClbListener = exports.ClbInstance = exports.ClbAttachment = exports.CkafkaInstance = exports.AsSchedule = exports.AsScalingPolicy = exports.AsScalingGroup = exports.AsScalingConfig = exports.AsLoadBalancer = exports.AsAttachment = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
var asAttachment_1 = require("./asAttachment");
Object.defineProperty(exports, "AsAttachment", { enumerable: true, get: function () { return asAttachment_1.AsAttachment; } });
var asLoadBalancer_1 = require("./asLoadBalancer");
Object.defineProperty(exports, "AsLoadBalancer", { enumerable: true, get: function () { return asLoadBalancer_1.AsLoadBalancer; } });
var asScalingConfig_1 = require("./asScalingConfig");
Object.defineProperty(exports, "AsScalingConfig", { enumerable: true, get: function () { return asScalingConfig_1.AsScalingConfig; } });
var asScalingGroup_1 = require("./asScalingGroup");
Object.defineProperty(exports, "AsScalingGroup", { enumerable: true, get: function () { return asScalingGroup_1.AsScalingGroup; } });
var asScalingPolicy_1 = require("./asScalingPolicy");
Object.defineProperty(exports, "AsScalingPolicy", { enumerable: true, get: function () { return asScalingPolicy_1.AsScalingPolicy; } });
var asSchedule_1 = require("./asSchedule");
Object.defineProperty(exports, "AsSchedule", { enumerable: true, get: function () { return asSchedule_1.AsSchedule; } });
var ckafkaInstance_1 = require("./ckafkaInstance");
Object.defineProperty(exports, "CkafkaInstance", { enumerable: true, get: function () { return ckafkaInstance_1.CkafkaInstance; } });
var clbAttachment_1 = require("./clbAttachment");
Object.defineProperty(exports, "ClbAttachment", { enumerable: true, get: function () { return clbAttachment_1.ClbAttachment; } });
var clbInstance_1 = require("./clbInstance");
Object.defineProperty(exports, "ClbInstance", { enumerable: true, get: function () { return clbInstance_1.ClbInstance; } });
var clbListener_1 = require("./clbListener");
Object.defineProperty(exports, "ClbListener", { enumerable: true, get: function () { return clbListener_1.ClbListener; } });
var clbListenerRule_1 = require("./clbListenerRule");
Object.defineProperty(exports, "ClbListenerRule", { enumerable: true, get: function () { return clbListenerRule_1.ClbListenerRule; } });
var clbTargetGroup_1 = require("./clbTargetGroup");
Object.defineProperty(exports, "ClbTargetGroup", { enumerable: true, get: function () { return clbTargetGroup_1.ClbTargetGroup; } });
var clbTargetGroupAttachment_1 = require("./clbTargetGroupAttachment");
Object.defineProperty(exports, "ClbTargetGroupAttachment", { enumerable: true, get: function () { return clbTargetGroupAttachment_1.ClbTargetGroupAttachment; } });
var cosBucket_1 = require("./cosBucket");
Object.defineProperty(exports, "CosBucket", { enumerable: true, get: function () { return cosBucket_1.CosBucket; } });
var cynosdbCluster_1 = require("./cynosdbCluster");
Object.defineProperty(exports, "CynosdbCluster", { enumerable: true, get: function () { return cynosdbCluster_1.CynosdbCluster; } });
var eip_1 = require("./eip");
Object.defineProperty(exports, "Eip", { enumerable: true, get: function () { return eip_1.Eip; } });
var elasticsearchInstance_1 = require("./elasticsearchInstance");
Object.defineProperty(exports, "ElasticsearchInstance", { enumerable: true, get: function () { return elasticsearchInstance_1.ElasticsearchInstance; } });
var instance_1 = require("./instance");
Object.defineProperty(exports, "Instance", { enumerable: true, get: function () { return instance_1.Instance; } });
var kubernetesCluster_1 = require("./kubernetesCluster");
Object.defineProperty(exports, "KubernetesCluster", { enumerable: true, get: function () { return kubernetesCluster_1.KubernetesCluster; } });
var kubernetesClusterEndpoint_1 = require("./kubernetesClusterEndpoint");
Object.defineProperty(exports, "KubernetesClusterEndpoint", { enumerable: true, get: function () { return kubernetesClusterEndpoint_1.KubernetesClusterEndpoint; } });
var kubernetesNodePool_1 = require("./kubernetesNodePool");
Object.defineProperty(exports, "KubernetesNodePool", { enumerable: true, get: function () { return kubernetesNodePool_1.KubernetesNodePool; } });
var mongodbInstance_1 = require("./mongodbInstance");
Object.defineProperty(exports, "MongodbInstance", { enumerable: true, get: function () { return mongodbInstance_1.MongodbInstance; } });
var mongodbShardingInstance_1 = require("./mongodbShardingInstance");
Object.defineProperty(exports, "MongodbShardingInstance", { enumerable: true, get: function () { return mongodbShardingInstance_1.MongodbShardingInstance; } });
var monitorAlarmNotice_1 = require("./monitorAlarmNotice");
Object.defineProperty(exports, "MonitorAlarmNotice", { enumerable: true, get: function () { return monitorAlarmNotice_1.MonitorAlarmNotice; } });
var monitorAlarmPolicy_1 = require("./monitorAlarmPolicy");
Object.defineProperty(exports, "MonitorAlarmPolicy", { enumerable: true, get: function () { return monitorAlarmPolicy_1.MonitorAlarmPolicy; } });
var monitorGrafanaInstance_1 = require("./monitorGrafanaInstance");
Object.defineProperty(exports, "MonitorGrafanaInstance", { enumerable: true, get: function () { return monitorGrafanaInstance_1.MonitorGrafanaInstance; } });
var monitorPolicyBindingObject_1 = require("./monitorPolicyBindingObject");
Object.defineProperty(exports, "MonitorPolicyBindingObject", { enumerable: true, get: function () { return monitorPolicyBindingObject_1.MonitorPolicyBindingObject; } });
var monitorTmpAlertGroup_1 = require("./monitorTmpAlertGroup");
Object.defineProperty(exports, "MonitorTmpAlertGroup", { enumerable: true, get: function () { return monitorTmpAlertGroup_1.MonitorTmpAlertGroup; } });
var monitorTmpAlertRule_1 = require("./monitorTmpAlertRule");
Object.defineProperty(exports, "MonitorTmpAlertRule", { enumerable: true, get: function () { return monitorTmpAlertRule_1.MonitorTmpAlertRule; } });
var monitorTmpInstance_1 = require("./monitorTmpInstance");
Object.defineProperty(exports, "MonitorTmpInstance", { enumerable: true, get: function () { return monitorTmpInstance_1.MonitorTmpInstance; } });
var monitorTmpRecordingRule_1 = require("./monitorTmpRecordingRule");
Object.defineProperty(exports, "MonitorTmpRecordingRule", { enumerable: true, get: function () { return monitorTmpRecordingRule_1.MonitorTmpRecordingRule; } });
var monitorTmpTkeAlertPolicy_1 = require("./monitorTmpTkeAlertPolicy");
Object.defineProperty(exports, "MonitorTmpTkeAlertPolicy", { enumerable: true, get: function () { return monitorTmpTkeAlertPolicy_1.MonitorTmpTkeAlertPolicy; } });
var mysqlBackupPolicy_1 = require("./mysqlBackupPolicy");
Object.defineProperty(exports, "MysqlBackupPolicy", { enumerable: true, get: function () { return mysqlBackupPolicy_1.MysqlBackupPolicy; } });
var mysqlInstance_1 = require("./mysqlInstance");
Object.defineProperty(exports, "MysqlInstance", { enumerable: true, get: function () { return mysqlInstance_1.MysqlInstance; } });
var mysqlReadonlyInstance_1 = require("./mysqlReadonlyInstance");
Object.defineProperty(exports, "MysqlReadonlyInstance", { enumerable: true, get: function () { return mysqlReadonlyInstance_1.MysqlReadonlyInstance; } });
var natGateway_1 = require("./natGateway");
Object.defineProperty(exports, "NatGateway", { enumerable: true, get: function () { return natGateway_1.NatGateway; } });
var postgresqlInstance_1 = require("./postgresqlInstance");
Object.defineProperty(exports, "PostgresqlInstance", { enumerable: true, get: function () { return postgresqlInstance_1.PostgresqlInstance; } });
var postgresqlReadonlyInstance_1 = require("./postgresqlReadonlyInstance");
Object.defineProperty(exports, "PostgresqlReadonlyInstance", { enumerable: true, get: function () { return postgresqlReadonlyInstance_1.PostgresqlReadonlyInstance; } });
var redisInstance_1 = require("./redisInstance");
Object.defineProperty(exports, "RedisInstance", { enumerable: true, get: function () { return redisInstance_1.RedisInstance; } });
var securityGroup_1 = require("./securityGroup");
Object.defineProperty(exports, "SecurityGroup", { enumerable: true, get: function () { return securityGroup_1.SecurityGroup; } });
var securityGroupRule_1 = require("./securityGroupRule");
Object.defineProperty(exports, "SecurityGroupRule", { enumerable: true, get: function () { return securityGroupRule_1.SecurityGroupRule; } });
var securityGroupRuleSet_1 = require("./securityGroupRuleSet");
Object.defineProperty(exports, "SecurityGroupRuleSet", { enumerable: true, get: function () { return securityGroupRuleSet_1.SecurityGroupRuleSet; } });
var subnet_1 = require("./subnet");
Object.defineProperty(exports, "Subnet", { enumerable: true, get: function () { return subnet_1.Subnet; } });
var tseInstance_1 = require("./tseInstance");
Object.defineProperty(exports, "TseInstance", { enumerable: true, get: function () { return tseInstance_1.TseInstance; } });
var vpc_1 = require("./vpc");
Object.defineProperty(exports, "Vpc", { enumerable: true, get: function () { return vpc_1.Vpc; } });
var provider_1 = require("./provider");
Object.defineProperty(exports, "Provider", { enumerable: true, get: function () { return provider_1.Provider; } });
const asAttachment_2 = require("./asAttachment");
const asLoadBalancer_2 = require("./asLoadBalancer");
const asScalingConfig_2 = require("./asScalingConfig");
const asScalingGroup_2 = require("./asScalingGroup");
const asScalingPolicy_2 = require("./asScalingPolicy");
const asSchedule_2 = require("./asSchedule");
const ckafkaInstance_2 = require("./ckafkaInstance");
const clbAttachment_2 = require("./clbAttachment");
const clbInstance_2 = require("./clbInstance");
const clbListener_2 = require("./clbListener");
const clbListenerRule_2 = require("./clbListenerRule");
const clbTargetGroup_2 = require("./clbTargetGroup");
const clbTargetGroupAttachment_2 = require("./clbTargetGroupAttachment");
const cosBucket_2 = require("./cosBucket");
const cynosdbCluster_2 = require("./cynosdbCluster");
const eip_2 = require("./eip");
const elasticsearchInstance_2 = require("./elasticsearchInstance");
const instance_2 = require("./instance");
const kubernetesCluster_2 = require("./kubernetesCluster");
const kubernetesClusterEndpoint_2 = require("./kubernetesClusterEndpoint");
const kubernetesNodePool_2 = require("./kubernetesNodePool");
const mongodbInstance_2 = require("./mongodbInstance");
const mongodbShardingInstance_2 = require("./mongodbShardingInstance");
const monitorAlarmNotice_2 = require("./monitorAlarmNotice");
const monitorAlarmPolicy_2 = require("./monitorAlarmPolicy");
const monitorGrafanaInstance_2 = require("./monitorGrafanaInstance");
const monitorPolicyBindingObject_2 = require("./monitorPolicyBindingObject");
const monitorTmpAlertGroup_2 = require("./monitorTmpAlertGroup");
const monitorTmpAlertRule_2 = require("./monitorTmpAlertRule");
const monitorTmpInstance_2 = require("./monitorTmpInstance");
const monitorTmpRecordingRule_2 = require("./monitorTmpRecordingRule");
const monitorTmpTkeAlertPolicy_2 = require("./monitorTmpTkeAlertPolicy");
const mysqlBackupPolicy_2 = require("./mysqlBackupPolicy");
const mysqlInstance_2 = require("./mysqlInstance");
const mysqlReadonlyInstance_2 = require("./mysqlReadonlyInstance");
const natGateway_2 = require("./natGateway");
const postgresqlInstance_2 = require("./postgresqlInstance");
const postgresqlReadonlyInstance_2 = require("./postgresqlReadonlyInstance");
const redisInstance_2 = require("./redisInstance");
const securityGroup_2 = require("./securityGroup");
const securityGroupRule_2 = require("./securityGroupRule");
const securityGroupRuleSet_2 = require("./securityGroupRuleSet");
const subnet_2 = require("./subnet");
const tseInstance_2 = require("./tseInstance");
const vpc_2 = require("./vpc");
const provider_2 = require("./provider");
const types = require("./types");
exports.types = types;
const _module = {
    version: utilities.getVersion(),
    construct: (name, type, urn) => {
        switch (type) {
            case "tencentcloud:index/asAttachment:AsAttachment":
                return new asAttachment_2.AsAttachment(name, undefined, { urn });
            case "tencentcloud:index/asLoadBalancer:AsLoadBalancer":
                return new asLoadBalancer_2.AsLoadBalancer(name, undefined, { urn });
            case "tencentcloud:index/asScalingConfig:AsScalingConfig":
                return new asScalingConfig_2.AsScalingConfig(name, undefined, { urn });
            case "tencentcloud:index/asScalingGroup:AsScalingGroup":
                return new asScalingGroup_2.AsScalingGroup(name, undefined, { urn });
            case "tencentcloud:index/asScalingPolicy:AsScalingPolicy":
                return new asScalingPolicy_2.AsScalingPolicy(name, undefined, { urn });
            case "tencentcloud:index/asSchedule:AsSchedule":
                return new asSchedule_2.AsSchedule(name, undefined, { urn });
            case "tencentcloud:index/ckafkaInstance:CkafkaInstance":
                return new ckafkaInstance_2.CkafkaInstance(name, undefined, { urn });
            case "tencentcloud:index/clbAttachment:ClbAttachment":
                return new clbAttachment_2.ClbAttachment(name, undefined, { urn });
            case "tencentcloud:index/clbInstance:ClbInstance":
                return new clbInstance_2.ClbInstance(name, undefined, { urn });
            case "tencentcloud:index/clbListener:ClbListener":
                return new clbListener_2.ClbListener(name, undefined, { urn });
            case "tencentcloud:index/clbListenerRule:ClbListenerRule":
                return new clbListenerRule_2.ClbListenerRule(name, undefined, { urn });
            case "tencentcloud:index/clbTargetGroup:ClbTargetGroup":
                return new clbTargetGroup_2.ClbTargetGroup(name, undefined, { urn });
            case "tencentcloud:index/clbTargetGroupAttachment:ClbTargetGroupAttachment":
                return new clbTargetGroupAttachment_2.ClbTargetGroupAttachment(name, undefined, { urn });
            case "tencentcloud:index/cosBucket:CosBucket":
                return new cosBucket_2.CosBucket(name, undefined, { urn });
            case "tencentcloud:index/cynosdbCluster:CynosdbCluster":
                return new cynosdbCluster_2.CynosdbCluster(name, undefined, { urn });
            case "tencentcloud:index/eip:Eip":
                return new eip_2.Eip(name, undefined, { urn });
            case "tencentcloud:index/elasticsearchInstance:ElasticsearchInstance":
                return new elasticsearchInstance_2.ElasticsearchInstance(name, undefined, { urn });
            case "tencentcloud:index/instance:Instance":
                return new instance_2.Instance(name, undefined, { urn });
            case "tencentcloud:index/kubernetesCluster:KubernetesCluster":
                return new kubernetesCluster_2.KubernetesCluster(name, undefined, { urn });
            case "tencentcloud:index/kubernetesClusterEndpoint:KubernetesClusterEndpoint":
                return new kubernetesClusterEndpoint_2.KubernetesClusterEndpoint(name, undefined, { urn });
            case "tencentcloud:index/kubernetesNodePool:KubernetesNodePool":
                return new kubernetesNodePool_2.KubernetesNodePool(name, undefined, { urn });
            case "tencentcloud:index/mongodbInstance:MongodbInstance":
                return new mongodbInstance_2.MongodbInstance(name, undefined, { urn });
            case "tencentcloud:index/mongodbShardingInstance:MongodbShardingInstance":
                return new mongodbShardingInstance_2.MongodbShardingInstance(name, undefined, { urn });
            case "tencentcloud:index/monitorAlarmNotice:MonitorAlarmNotice":
                return new monitorAlarmNotice_2.MonitorAlarmNotice(name, undefined, { urn });
            case "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy":
                return new monitorAlarmPolicy_2.MonitorAlarmPolicy(name, undefined, { urn });
            case "tencentcloud:index/monitorGrafanaInstance:MonitorGrafanaInstance":
                return new monitorGrafanaInstance_2.MonitorGrafanaInstance(name, undefined, { urn });
            case "tencentcloud:index/monitorPolicyBindingObject:MonitorPolicyBindingObject":
                return new monitorPolicyBindingObject_2.MonitorPolicyBindingObject(name, undefined, { urn });
            case "tencentcloud:index/monitorTmpAlertGroup:MonitorTmpAlertGroup":
                return new monitorTmpAlertGroup_2.MonitorTmpAlertGroup(name, undefined, { urn });
            case "tencentcloud:index/monitorTmpAlertRule:MonitorTmpAlertRule":
                return new monitorTmpAlertRule_2.MonitorTmpAlertRule(name, undefined, { urn });
            case "tencentcloud:index/monitorTmpInstance:MonitorTmpInstance":
                return new monitorTmpInstance_2.MonitorTmpInstance(name, undefined, { urn });
            case "tencentcloud:index/monitorTmpRecordingRule:MonitorTmpRecordingRule":
                return new monitorTmpRecordingRule_2.MonitorTmpRecordingRule(name, undefined, { urn });
            case "tencentcloud:index/monitorTmpTkeAlertPolicy:MonitorTmpTkeAlertPolicy":
                return new monitorTmpTkeAlertPolicy_2.MonitorTmpTkeAlertPolicy(name, undefined, { urn });
            case "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy":
                return new mysqlBackupPolicy_2.MysqlBackupPolicy(name, undefined, { urn });
            case "tencentcloud:index/mysqlInstance:MysqlInstance":
                return new mysqlInstance_2.MysqlInstance(name, undefined, { urn });
            case "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance":
                return new mysqlReadonlyInstance_2.MysqlReadonlyInstance(name, undefined, { urn });
            case "tencentcloud:index/natGateway:NatGateway":
                return new natGateway_2.NatGateway(name, undefined, { urn });
            case "tencentcloud:index/postgresqlInstance:PostgresqlInstance":
                return new postgresqlInstance_2.PostgresqlInstance(name, undefined, { urn });
            case "tencentcloud:index/postgresqlReadonlyInstance:PostgresqlReadonlyInstance":
                return new postgresqlReadonlyInstance_2.PostgresqlReadonlyInstance(name, undefined, { urn });
            case "tencentcloud:index/redisInstance:RedisInstance":
                return new redisInstance_2.RedisInstance(name, undefined, { urn });
            case "tencentcloud:index/securityGroup:SecurityGroup":
                return new securityGroup_2.SecurityGroup(name, undefined, { urn });
            case "tencentcloud:index/securityGroupRule:SecurityGroupRule":
                return new securityGroupRule_2.SecurityGroupRule(name, undefined, { urn });
            case "tencentcloud:index/securityGroupRuleSet:SecurityGroupRuleSet":
                return new securityGroupRuleSet_2.SecurityGroupRuleSet(name, undefined, { urn });
            case "tencentcloud:index/subnet:Subnet":
                return new subnet_2.Subnet(name, undefined, { urn });
            case "tencentcloud:index/tseInstance:TseInstance":
                return new tseInstance_2.TseInstance(name, undefined, { urn });
            case "tencentcloud:index/vpc:Vpc":
                return new vpc_2.Vpc(name, undefined, { urn });
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
pulumi.runtime.registerResourceModule("tencentcloud", "index", _module);
pulumi.runtime.registerResourcePackage("tencentcloud", {
    version: utilities.getVersion(),
    constructProvider: (name, type, urn) => {
        if (type !== "pulumi:providers:tencentcloud") {
            throw new Error(`unknown provider type ${type}`);
        }
        return new provider_2.Provider(name, undefined, { urn });
    },
});
