// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

export { AsAttachment, AsAttachmentArgs, AsAttachmentState } from "./asAttachment";
export { AsLoadBalancer, AsLoadBalancerArgs, AsLoadBalancerState } from "./asLoadBalancer";
export { AsScalingConfig, AsScalingConfigArgs, AsScalingConfigState } from "./asScalingConfig";
export { AsScalingGroup, AsScalingGroupArgs, AsScalingGroupState } from "./asScalingGroup";
export { AsScalingPolicy, AsScalingPolicyArgs, AsScalingPolicyState } from "./asScalingPolicy";
export { AsSchedule, AsScheduleArgs, AsScheduleState } from "./asSchedule";
export { CkafkaInstance, CkafkaInstanceArgs, CkafkaInstanceState } from "./ckafkaInstance";
export { ClbAttachment, ClbAttachmentArgs, ClbAttachmentState } from "./clbAttachment";
export { ClbInstance, ClbInstanceArgs, ClbInstanceState } from "./clbInstance";
export { ClbListener, ClbListenerArgs, ClbListenerState } from "./clbListener";
export { ClbListenerRule, ClbListenerRuleArgs, ClbListenerRuleState } from "./clbListenerRule";
export { ClbTargetGroup, ClbTargetGroupArgs, ClbTargetGroupState } from "./clbTargetGroup";
export { ClbTargetGroupAttachment, ClbTargetGroupAttachmentArgs, ClbTargetGroupAttachmentState } from "./clbTargetGroupAttachment";
export { CosBucket, CosBucketArgs, CosBucketState } from "./cosBucket";
export { CynosdbCluster, CynosdbClusterArgs, CynosdbClusterState } from "./cynosdbCluster";
export { Eip, EipArgs, EipState } from "./eip";
export { ElasticsearchInstance, ElasticsearchInstanceArgs, ElasticsearchInstanceState } from "./elasticsearchInstance";
export { Instance, InstanceArgs, InstanceState } from "./instance";
export { KubernetesCluster, KubernetesClusterArgs, KubernetesClusterState } from "./kubernetesCluster";
export { KubernetesClusterEndpoint, KubernetesClusterEndpointArgs, KubernetesClusterEndpointState } from "./kubernetesClusterEndpoint";
export { KubernetesNodePool, KubernetesNodePoolArgs, KubernetesNodePoolState } from "./kubernetesNodePool";
export { MongodbInstance, MongodbInstanceArgs, MongodbInstanceState } from "./mongodbInstance";
export { MongodbShardingInstance, MongodbShardingInstanceArgs, MongodbShardingInstanceState } from "./mongodbShardingInstance";
export { MonitorAlarmNotice, MonitorAlarmNoticeArgs, MonitorAlarmNoticeState } from "./monitorAlarmNotice";
export { MonitorAlarmPolicy, MonitorAlarmPolicyArgs, MonitorAlarmPolicyState } from "./monitorAlarmPolicy";
export { MonitorGrafanaInstance, MonitorGrafanaInstanceArgs, MonitorGrafanaInstanceState } from "./monitorGrafanaInstance";
export { MonitorPolicyBindingObject, MonitorPolicyBindingObjectArgs, MonitorPolicyBindingObjectState } from "./monitorPolicyBindingObject";
export { MonitorTmpAlertGroup, MonitorTmpAlertGroupArgs, MonitorTmpAlertGroupState } from "./monitorTmpAlertGroup";
export { MonitorTmpAlertRule, MonitorTmpAlertRuleArgs, MonitorTmpAlertRuleState } from "./monitorTmpAlertRule";
export { MonitorTmpInstance, MonitorTmpInstanceArgs, MonitorTmpInstanceState } from "./monitorTmpInstance";
export { MonitorTmpRecordingRule, MonitorTmpRecordingRuleArgs, MonitorTmpRecordingRuleState } from "./monitorTmpRecordingRule";
export { MonitorTmpTkeAlertPolicy, MonitorTmpTkeAlertPolicyArgs, MonitorTmpTkeAlertPolicyState } from "./monitorTmpTkeAlertPolicy";
export { MysqlBackupPolicy, MysqlBackupPolicyArgs, MysqlBackupPolicyState } from "./mysqlBackupPolicy";
export { MysqlInstance, MysqlInstanceArgs, MysqlInstanceState } from "./mysqlInstance";
export { MysqlReadonlyInstance, MysqlReadonlyInstanceArgs, MysqlReadonlyInstanceState } from "./mysqlReadonlyInstance";
export { NatGateway, NatGatewayArgs, NatGatewayState } from "./natGateway";
export { PostgresqlInstance, PostgresqlInstanceArgs, PostgresqlInstanceState } from "./postgresqlInstance";
export { PostgresqlReadonlyInstance, PostgresqlReadonlyInstanceArgs, PostgresqlReadonlyInstanceState } from "./postgresqlReadonlyInstance";
export { RedisInstance, RedisInstanceArgs, RedisInstanceState } from "./redisInstance";
export { SecurityGroup, SecurityGroupArgs, SecurityGroupState } from "./securityGroup";
export { SecurityGroupRule, SecurityGroupRuleArgs, SecurityGroupRuleState } from "./securityGroupRule";
export { SecurityGroupRuleSet, SecurityGroupRuleSetArgs, SecurityGroupRuleSetState } from "./securityGroupRuleSet";
export { Subnet, SubnetArgs, SubnetState } from "./subnet";
export { TseInstance, TseInstanceArgs, TseInstanceState } from "./tseInstance";
export { Vpc, VpcArgs, VpcState } from "./vpc";
export { Provider, ProviderArgs } from "./provider";

import { AsAttachment } from "./asAttachment";
import { AsLoadBalancer } from "./asLoadBalancer";
import { AsScalingConfig } from "./asScalingConfig";
import { AsScalingGroup } from "./asScalingGroup";
import { AsScalingPolicy } from "./asScalingPolicy";
import { AsSchedule } from "./asSchedule";
import { CkafkaInstance } from "./ckafkaInstance";
import { ClbAttachment } from "./clbAttachment";
import { ClbInstance } from "./clbInstance";
import { ClbListener } from "./clbListener";
import { ClbListenerRule } from "./clbListenerRule";
import { ClbTargetGroup } from "./clbTargetGroup";
import { ClbTargetGroupAttachment } from "./clbTargetGroupAttachment";
import { CosBucket } from "./cosBucket";
import { CynosdbCluster } from "./cynosdbCluster";
import { Eip } from "./eip";
import { ElasticsearchInstance } from "./elasticsearchInstance";
import { Instance } from "./instance";
import { KubernetesCluster } from "./kubernetesCluster";
import { KubernetesClusterEndpoint } from "./kubernetesClusterEndpoint";
import { KubernetesNodePool } from "./kubernetesNodePool";
import { MongodbInstance } from "./mongodbInstance";
import { MongodbShardingInstance } from "./mongodbShardingInstance";
import { MonitorAlarmNotice } from "./monitorAlarmNotice";
import { MonitorAlarmPolicy } from "./monitorAlarmPolicy";
import { MonitorGrafanaInstance } from "./monitorGrafanaInstance";
import { MonitorPolicyBindingObject } from "./monitorPolicyBindingObject";
import { MonitorTmpAlertGroup } from "./monitorTmpAlertGroup";
import { MonitorTmpAlertRule } from "./monitorTmpAlertRule";
import { MonitorTmpInstance } from "./monitorTmpInstance";
import { MonitorTmpRecordingRule } from "./monitorTmpRecordingRule";
import { MonitorTmpTkeAlertPolicy } from "./monitorTmpTkeAlertPolicy";
import { MysqlBackupPolicy } from "./mysqlBackupPolicy";
import { MysqlInstance } from "./mysqlInstance";
import { MysqlReadonlyInstance } from "./mysqlReadonlyInstance";
import { NatGateway } from "./natGateway";
import { PostgresqlInstance } from "./postgresqlInstance";
import { PostgresqlReadonlyInstance } from "./postgresqlReadonlyInstance";
import { RedisInstance } from "./redisInstance";
import { SecurityGroup } from "./securityGroup";
import { SecurityGroupRule } from "./securityGroupRule";
import { SecurityGroupRuleSet } from "./securityGroupRuleSet";
import { Subnet } from "./subnet";
import { TseInstance } from "./tseInstance";
import { Vpc } from "./vpc";
import { Provider } from "./provider";

import * as types from "./types";
export { types };

const _module = {
    version: utilities.getVersion(),
    construct: (name: string, type: string, urn: string): pulumi.Resource => {
        switch (type) {
            case "tencentcloud:index/asAttachment:AsAttachment":
                return new AsAttachment(name, <any>undefined, { urn });
            case "tencentcloud:index/asLoadBalancer:AsLoadBalancer":
                return new AsLoadBalancer(name, <any>undefined, { urn });
            case "tencentcloud:index/asScalingConfig:AsScalingConfig":
                return new AsScalingConfig(name, <any>undefined, { urn });
            case "tencentcloud:index/asScalingGroup:AsScalingGroup":
                return new AsScalingGroup(name, <any>undefined, { urn });
            case "tencentcloud:index/asScalingPolicy:AsScalingPolicy":
                return new AsScalingPolicy(name, <any>undefined, { urn });
            case "tencentcloud:index/asSchedule:AsSchedule":
                return new AsSchedule(name, <any>undefined, { urn });
            case "tencentcloud:index/ckafkaInstance:CkafkaInstance":
                return new CkafkaInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/clbAttachment:ClbAttachment":
                return new ClbAttachment(name, <any>undefined, { urn });
            case "tencentcloud:index/clbInstance:ClbInstance":
                return new ClbInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/clbListener:ClbListener":
                return new ClbListener(name, <any>undefined, { urn });
            case "tencentcloud:index/clbListenerRule:ClbListenerRule":
                return new ClbListenerRule(name, <any>undefined, { urn });
            case "tencentcloud:index/clbTargetGroup:ClbTargetGroup":
                return new ClbTargetGroup(name, <any>undefined, { urn });
            case "tencentcloud:index/clbTargetGroupAttachment:ClbTargetGroupAttachment":
                return new ClbTargetGroupAttachment(name, <any>undefined, { urn });
            case "tencentcloud:index/cosBucket:CosBucket":
                return new CosBucket(name, <any>undefined, { urn });
            case "tencentcloud:index/cynosdbCluster:CynosdbCluster":
                return new CynosdbCluster(name, <any>undefined, { urn });
            case "tencentcloud:index/eip:Eip":
                return new Eip(name, <any>undefined, { urn });
            case "tencentcloud:index/elasticsearchInstance:ElasticsearchInstance":
                return new ElasticsearchInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/instance:Instance":
                return new Instance(name, <any>undefined, { urn });
            case "tencentcloud:index/kubernetesCluster:KubernetesCluster":
                return new KubernetesCluster(name, <any>undefined, { urn });
            case "tencentcloud:index/kubernetesClusterEndpoint:KubernetesClusterEndpoint":
                return new KubernetesClusterEndpoint(name, <any>undefined, { urn });
            case "tencentcloud:index/kubernetesNodePool:KubernetesNodePool":
                return new KubernetesNodePool(name, <any>undefined, { urn });
            case "tencentcloud:index/mongodbInstance:MongodbInstance":
                return new MongodbInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/mongodbShardingInstance:MongodbShardingInstance":
                return new MongodbShardingInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorAlarmNotice:MonitorAlarmNotice":
                return new MonitorAlarmNotice(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy":
                return new MonitorAlarmPolicy(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorGrafanaInstance:MonitorGrafanaInstance":
                return new MonitorGrafanaInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorPolicyBindingObject:MonitorPolicyBindingObject":
                return new MonitorPolicyBindingObject(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorTmpAlertGroup:MonitorTmpAlertGroup":
                return new MonitorTmpAlertGroup(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorTmpAlertRule:MonitorTmpAlertRule":
                return new MonitorTmpAlertRule(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorTmpInstance:MonitorTmpInstance":
                return new MonitorTmpInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorTmpRecordingRule:MonitorTmpRecordingRule":
                return new MonitorTmpRecordingRule(name, <any>undefined, { urn });
            case "tencentcloud:index/monitorTmpTkeAlertPolicy:MonitorTmpTkeAlertPolicy":
                return new MonitorTmpTkeAlertPolicy(name, <any>undefined, { urn });
            case "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy":
                return new MysqlBackupPolicy(name, <any>undefined, { urn });
            case "tencentcloud:index/mysqlInstance:MysqlInstance":
                return new MysqlInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance":
                return new MysqlReadonlyInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/natGateway:NatGateway":
                return new NatGateway(name, <any>undefined, { urn });
            case "tencentcloud:index/postgresqlInstance:PostgresqlInstance":
                return new PostgresqlInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/postgresqlReadonlyInstance:PostgresqlReadonlyInstance":
                return new PostgresqlReadonlyInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/redisInstance:RedisInstance":
                return new RedisInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/securityGroup:SecurityGroup":
                return new SecurityGroup(name, <any>undefined, { urn });
            case "tencentcloud:index/securityGroupRule:SecurityGroupRule":
                return new SecurityGroupRule(name, <any>undefined, { urn });
            case "tencentcloud:index/securityGroupRuleSet:SecurityGroupRuleSet":
                return new SecurityGroupRuleSet(name, <any>undefined, { urn });
            case "tencentcloud:index/subnet:Subnet":
                return new Subnet(name, <any>undefined, { urn });
            case "tencentcloud:index/tseInstance:TseInstance":
                return new TseInstance(name, <any>undefined, { urn });
            case "tencentcloud:index/vpc:Vpc":
                return new Vpc(name, <any>undefined, { urn });
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
pulumi.runtime.registerResourceModule("tencentcloud", "index", _module);
pulumi.runtime.registerResourcePackage("tencentcloud", {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== "pulumi:providers:tencentcloud") {
            throw new Error(`unknown provider type ${type}`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
