"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.types = exports.Provider = exports.Vpc = exports.Subnet = exports.SecurityGroupRuleSet = exports.SecurityGroupRule = exports.SecurityGroup = exports.RedisInstance = exports.MysqlReadonlyInstance = exports.MysqlInstance = exports.MysqlBackupPolicy = exports.MonitorPolicyBindingObject = exports.MonitorAlarmPolicy = exports.MongodbShardingInstance = exports.MongodbInstance = exports.KubernetesNodePool = exports.KubernetesCluster = exports.Instance = exports.CosBucket = exports.ClbListenerRule = exports.ClbListener = exports.ClbInstance = exports.ClbAttachment = exports.CkafkaInstance = exports.AsSchedule = exports.AsScalingPolicy = exports.AsScalingGroup = exports.AsScalingConfig = exports.AsLoadBalancer = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
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
var cosBucket_1 = require("./cosBucket");
Object.defineProperty(exports, "CosBucket", { enumerable: true, get: function () { return cosBucket_1.CosBucket; } });
var instance_1 = require("./instance");
Object.defineProperty(exports, "Instance", { enumerable: true, get: function () { return instance_1.Instance; } });
var kubernetesCluster_1 = require("./kubernetesCluster");
Object.defineProperty(exports, "KubernetesCluster", { enumerable: true, get: function () { return kubernetesCluster_1.KubernetesCluster; } });
var kubernetesNodePool_1 = require("./kubernetesNodePool");
Object.defineProperty(exports, "KubernetesNodePool", { enumerable: true, get: function () { return kubernetesNodePool_1.KubernetesNodePool; } });
var mongodbInstance_1 = require("./mongodbInstance");
Object.defineProperty(exports, "MongodbInstance", { enumerable: true, get: function () { return mongodbInstance_1.MongodbInstance; } });
var mongodbShardingInstance_1 = require("./mongodbShardingInstance");
Object.defineProperty(exports, "MongodbShardingInstance", { enumerable: true, get: function () { return mongodbShardingInstance_1.MongodbShardingInstance; } });
var monitorAlarmPolicy_1 = require("./monitorAlarmPolicy");
Object.defineProperty(exports, "MonitorAlarmPolicy", { enumerable: true, get: function () { return monitorAlarmPolicy_1.MonitorAlarmPolicy; } });
var monitorPolicyBindingObject_1 = require("./monitorPolicyBindingObject");
Object.defineProperty(exports, "MonitorPolicyBindingObject", { enumerable: true, get: function () { return monitorPolicyBindingObject_1.MonitorPolicyBindingObject; } });
var mysqlBackupPolicy_1 = require("./mysqlBackupPolicy");
Object.defineProperty(exports, "MysqlBackupPolicy", { enumerable: true, get: function () { return mysqlBackupPolicy_1.MysqlBackupPolicy; } });
var mysqlInstance_1 = require("./mysqlInstance");
Object.defineProperty(exports, "MysqlInstance", { enumerable: true, get: function () { return mysqlInstance_1.MysqlInstance; } });
var mysqlReadonlyInstance_1 = require("./mysqlReadonlyInstance");
Object.defineProperty(exports, "MysqlReadonlyInstance", { enumerable: true, get: function () { return mysqlReadonlyInstance_1.MysqlReadonlyInstance; } });
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
var vpc_1 = require("./vpc");
Object.defineProperty(exports, "Vpc", { enumerable: true, get: function () { return vpc_1.Vpc; } });
var provider_1 = require("./provider");
Object.defineProperty(exports, "Provider", { enumerable: true, get: function () { return provider_1.Provider; } });
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
const cosBucket_2 = require("./cosBucket");
const instance_2 = require("./instance");
const kubernetesCluster_2 = require("./kubernetesCluster");
const kubernetesNodePool_2 = require("./kubernetesNodePool");
const mongodbInstance_2 = require("./mongodbInstance");
const mongodbShardingInstance_2 = require("./mongodbShardingInstance");
const monitorAlarmPolicy_2 = require("./monitorAlarmPolicy");
const monitorPolicyBindingObject_2 = require("./monitorPolicyBindingObject");
const mysqlBackupPolicy_2 = require("./mysqlBackupPolicy");
const mysqlInstance_2 = require("./mysqlInstance");
const mysqlReadonlyInstance_2 = require("./mysqlReadonlyInstance");
const redisInstance_2 = require("./redisInstance");
const securityGroup_2 = require("./securityGroup");
const securityGroupRule_2 = require("./securityGroupRule");
const securityGroupRuleSet_2 = require("./securityGroupRuleSet");
const subnet_2 = require("./subnet");
const vpc_2 = require("./vpc");
const provider_2 = require("./provider");
const types = require("./types");
exports.types = types;
const _module = {
    version: utilities.getVersion(),
    construct: (name, type, urn) => {
        switch (type) {
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
            case "tencentcloud:index/cosBucket:CosBucket":
                return new cosBucket_2.CosBucket(name, undefined, { urn });
            case "tencentcloud:index/instance:Instance":
                return new instance_2.Instance(name, undefined, { urn });
            case "tencentcloud:index/kubernetesCluster:KubernetesCluster":
                return new kubernetesCluster_2.KubernetesCluster(name, undefined, { urn });
            case "tencentcloud:index/kubernetesNodePool:KubernetesNodePool":
                return new kubernetesNodePool_2.KubernetesNodePool(name, undefined, { urn });
            case "tencentcloud:index/mongodbInstance:MongodbInstance":
                return new mongodbInstance_2.MongodbInstance(name, undefined, { urn });
            case "tencentcloud:index/mongodbShardingInstance:MongodbShardingInstance":
                return new mongodbShardingInstance_2.MongodbShardingInstance(name, undefined, { urn });
            case "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy":
                return new monitorAlarmPolicy_2.MonitorAlarmPolicy(name, undefined, { urn });
            case "tencentcloud:index/monitorPolicyBindingObject:MonitorPolicyBindingObject":
                return new monitorPolicyBindingObject_2.MonitorPolicyBindingObject(name, undefined, { urn });
            case "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy":
                return new mysqlBackupPolicy_2.MysqlBackupPolicy(name, undefined, { urn });
            case "tencentcloud:index/mysqlInstance:MysqlInstance":
                return new mysqlInstance_2.MysqlInstance(name, undefined, { urn });
            case "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance":
                return new mysqlReadonlyInstance_2.MysqlReadonlyInstance(name, undefined, { urn });
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
