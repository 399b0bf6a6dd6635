/**
 * The one table that names every Tencent Cloud resource the pack checks, in both naming routes.
 *
 * - The official route (`pulumi package add terraform-provider tencentcloudstack/tencentcloud`)
 *   generates tokens `tencentcloud:index/<camel>:<Pascal>`.
 * - The statically bridged package `@tencentcloud_iac/pulumi` uses `tencentcloud:<Module>/<camel>:<Pascal>`.
 *
 * Property names are the same in both routes, so a rule written against the Terraform name checks
 * resources from either SDK alike. The table is derived from the provider schema's `x-terraform` and
 * `x-static-token` fields; a test keeps it in step with that schema.
 */

/** Official-route and static-route tokens of one Terraform resource. */
export interface TokenPair {
    readonly official: string;
    readonly static: string;
}

/** Terraform resource name → its Pulumi tokens in both naming routes. */
export const TENCENTCLOUD_TOKENS = {
    tencentcloud_as_attachment: { official: "tencentcloud:index/asAttachment:AsAttachment", static: "tencentcloud:As/attachment:Attachment" },
    tencentcloud_as_load_balancer: { official: "tencentcloud:index/asLoadBalancer:AsLoadBalancer", static: "tencentcloud:As/loadBalancer:LoadBalancer" },
    tencentcloud_as_scaling_config: { official: "tencentcloud:index/asScalingConfig:AsScalingConfig", static: "tencentcloud:As/scalingConfig:ScalingConfig" },
    tencentcloud_as_scaling_group: { official: "tencentcloud:index/asScalingGroup:AsScalingGroup", static: "tencentcloud:As/scalingGroup:ScalingGroup" },
    tencentcloud_as_scaling_policy: { official: "tencentcloud:index/asScalingPolicy:AsScalingPolicy", static: "tencentcloud:As/scalingPolicy:ScalingPolicy" },
    tencentcloud_as_schedule: { official: "tencentcloud:index/asSchedule:AsSchedule", static: "tencentcloud:As/schedule:Schedule" },
    tencentcloud_ckafka_instance: { official: "tencentcloud:index/ckafkaInstance:CkafkaInstance", static: "tencentcloud:Ckafka/instance:Instance" },
    tencentcloud_clb_attachment: { official: "tencentcloud:index/clbAttachment:ClbAttachment", static: "tencentcloud:Clb/attachment:Attachment" },
    tencentcloud_clb_instance: { official: "tencentcloud:index/clbInstance:ClbInstance", static: "tencentcloud:Clb/instance:Instance" },
    tencentcloud_clb_listener: { official: "tencentcloud:index/clbListener:ClbListener", static: "tencentcloud:Clb/listener:Listener" },
    tencentcloud_clb_listener_rule: { official: "tencentcloud:index/clbListenerRule:ClbListenerRule", static: "tencentcloud:Clb/listenerRule:ListenerRule" },
    tencentcloud_clb_target_group: { official: "tencentcloud:index/clbTargetGroup:ClbTargetGroup", static: "tencentcloud:Clb/targetGroup:TargetGroup" },
    tencentcloud_clb_target_group_attachment: { official: "tencentcloud:index/clbTargetGroupAttachment:ClbTargetGroupAttachment", static: "tencentcloud:Clb/targetGroupAttachment:TargetGroupAttachment" },
    tencentcloud_cos_bucket: { official: "tencentcloud:index/cosBucket:CosBucket", static: "tencentcloud:Cos/bucket:Bucket" },
    tencentcloud_cynosdb_cluster: { official: "tencentcloud:index/cynosdbCluster:CynosdbCluster", static: "tencentcloud:Cynosdb/cluster:Cluster" },
    tencentcloud_eip: { official: "tencentcloud:index/eip:Eip", static: "tencentcloud:Eip/instance:Instance" },
    tencentcloud_elasticsearch_instance: { official: "tencentcloud:index/elasticsearchInstance:ElasticsearchInstance", static: "tencentcloud:Elasticsearch/instance:Instance" },
    tencentcloud_instance: { official: "tencentcloud:index/instance:Instance", static: "tencentcloud:Instance/instance:Instance" },
    tencentcloud_kubernetes_cluster: { official: "tencentcloud:index/kubernetesCluster:KubernetesCluster", static: "tencentcloud:Kubernetes/cluster:Cluster" },
    tencentcloud_kubernetes_cluster_endpoint: { official: "tencentcloud:index/kubernetesClusterEndpoint:KubernetesClusterEndpoint", static: "tencentcloud:Kubernetes/clusterEndpoint:ClusterEndpoint" },
    tencentcloud_kubernetes_node_pool: { official: "tencentcloud:index/kubernetesNodePool:KubernetesNodePool", static: "tencentcloud:Kubernetes/nodePool:NodePool" },
    tencentcloud_mongodb_instance: { official: "tencentcloud:index/mongodbInstance:MongodbInstance", static: "tencentcloud:Mongodb/instance:Instance" },
    tencentcloud_mongodb_sharding_instance: { official: "tencentcloud:index/mongodbShardingInstance:MongodbShardingInstance", static: "tencentcloud:Mongodb/shardingInstance:ShardingInstance" },
    tencentcloud_monitor_alarm_notice: { official: "tencentcloud:index/monitorAlarmNotice:MonitorAlarmNotice", static: "tencentcloud:Monitor/alarmNotice:AlarmNotice" },
    tencentcloud_monitor_alarm_policy: { official: "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy", static: "tencentcloud:Monitor/alarmPolicy:AlarmPolicy" },
    tencentcloud_monitor_grafana_instance: { official: "tencentcloud:index/monitorGrafanaInstance:MonitorGrafanaInstance", static: "tencentcloud:Monitor/grafanaInstance:GrafanaInstance" },
    tencentcloud_monitor_policy_binding_object: { official: "tencentcloud:index/monitorPolicyBindingObject:MonitorPolicyBindingObject", static: "tencentcloud:Monitor/policyBindingObject:PolicyBindingObject" },
    tencentcloud_monitor_tmp_alert_group: { official: "tencentcloud:index/monitorTmpAlertGroup:MonitorTmpAlertGroup", static: "tencentcloud:Monitor/tmpAlertGroup:TmpAlertGroup" },
    tencentcloud_monitor_tmp_alert_rule: { official: "tencentcloud:index/monitorTmpAlertRule:MonitorTmpAlertRule", static: "tencentcloud:Monitor/tmpAlertRule:TmpAlertRule" },
    tencentcloud_monitor_tmp_instance: { official: "tencentcloud:index/monitorTmpInstance:MonitorTmpInstance", static: "tencentcloud:Monitor/tmpInstance:TmpInstance" },
    tencentcloud_monitor_tmp_recording_rule: { official: "tencentcloud:index/monitorTmpRecordingRule:MonitorTmpRecordingRule", static: "tencentcloud:Monitor/tmpRecordingRule:TmpRecordingRule" },
    tencentcloud_monitor_tmp_tke_alert_policy: { official: "tencentcloud:index/monitorTmpTkeAlertPolicy:MonitorTmpTkeAlertPolicy", static: "tencentcloud:Monitor/tmpTkeAlertPolicy:TmpTkeAlertPolicy" },
    tencentcloud_mysql_backup_policy: { official: "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy", static: "tencentcloud:Mysql/backupPolicy:BackupPolicy" },
    tencentcloud_mysql_instance: { official: "tencentcloud:index/mysqlInstance:MysqlInstance", static: "tencentcloud:Mysql/instance:Instance" },
    tencentcloud_mysql_readonly_instance: { official: "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance", static: "tencentcloud:Mysql/readonlyInstance:ReadonlyInstance" },
    tencentcloud_nat_gateway: { official: "tencentcloud:index/natGateway:NatGateway", static: "tencentcloud:Nat/gateway:Gateway" },
    tencentcloud_postgresql_instance: { official: "tencentcloud:index/postgresqlInstance:PostgresqlInstance", static: "tencentcloud:Postgresql/instance:Instance" },
    tencentcloud_postgresql_readonly_instance: { official: "tencentcloud:index/postgresqlReadonlyInstance:PostgresqlReadonlyInstance", static: "tencentcloud:Postgresql/readonlyInstance:ReadonlyInstance" },
    tencentcloud_redis_instance: { official: "tencentcloud:index/redisInstance:RedisInstance", static: "tencentcloud:Redis/instance:Instance" },
    tencentcloud_security_group: { official: "tencentcloud:index/securityGroup:SecurityGroup", static: "tencentcloud:Security/group:Group" },
    tencentcloud_security_group_rule: { official: "tencentcloud:index/securityGroupRule:SecurityGroupRule", static: "tencentcloud:Security/groupRule:GroupRule" },
    tencentcloud_security_group_rule_set: { official: "tencentcloud:index/securityGroupRuleSet:SecurityGroupRuleSet", static: "tencentcloud:Security/groupRuleSet:GroupRuleSet" },
    tencentcloud_subnet: { official: "tencentcloud:index/subnet:Subnet", static: "tencentcloud:Subnet/instance:Instance" },
    tencentcloud_tse_instance: { official: "tencentcloud:index/tseInstance:TseInstance", static: "tencentcloud:Tse/instance:Instance" },
    tencentcloud_vpc: { official: "tencentcloud:index/vpc:Vpc", static: "tencentcloud:Vpc/instance:Instance" },
} as const satisfies Record<string, TokenPair>;

/** A Terraform resource name the pack knows. */
export type TerraformName = keyof typeof TENCENTCLOUD_TOKENS;

/** The Kubernetes kinds the pack checks, with every `apiVersion` it accepts. */
export const KUBERNETES_TOKENS = {
    Deployment: ["kubernetes:apps/v1:Deployment"],
    StatefulSet: ["kubernetes:apps/v1:StatefulSet"],
    PodDisruptionBudget: ["kubernetes:policy/v1:PodDisruptionBudget", "kubernetes:policy/v1beta1:PodDisruptionBudget"],
    HorizontalPodAutoscaler: [
        "kubernetes:autoscaling/v2:HorizontalPodAutoscaler",
        "kubernetes:autoscaling/v2beta2:HorizontalPodAutoscaler",
        "kubernetes:autoscaling/v1:HorizontalPodAutoscaler",
    ],
    Service: ["kubernetes:core/v1:Service"],
} as const satisfies Record<string, readonly string[]>;

/** A Kubernetes kind the pack knows. */
export type KubernetesKind = keyof typeof KUBERNETES_TOKENS;

/** What a Pulumi type token names: a Tencent Cloud resource (by Terraform name) or a Kubernetes kind. */
export type ResourceName = TerraformName | KubernetesKind;

const BY_TOKEN: ReadonlyMap<string, ResourceName> = (() => {
    const map = new Map<string, ResourceName>();
    for (const [tf, pair] of Object.entries(TENCENTCLOUD_TOKENS) as [TerraformName, TokenPair][]) {
        map.set(pair.official, tf);
        map.set(pair.static, tf);
    }
    for (const [kind, tokens] of Object.entries(KUBERNETES_TOKENS) as [KubernetesKind, readonly string[]][]) {
        for (const token of tokens) {
            map.set(token, kind);
        }
    }
    return map;
})();

/** The Terraform name or Kubernetes kind a type token stands for, in either naming route. */
export function resourceNameOf(type: unknown): ResourceName | undefined {
    return typeof type === "string" ? BY_TOKEN.get(type) : undefined;
}

/** Every type token, in both naming routes, of the given resources. */
export function tokensOf(names: readonly ResourceName[]): string[] {
    return names.flatMap((name) =>
        name in TENCENTCLOUD_TOKENS
            ? [TENCENTCLOUD_TOKENS[name as TerraformName].official, TENCENTCLOUD_TOKENS[name as TerraformName].static]
            : [...KUBERNETES_TOKENS[name as KubernetesKind]],
    );
}
