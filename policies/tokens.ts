/**
 * The one table that names every Tencent Cloud resource the pack checks, in both naming routes.
 *
 * - The official route (`pulumi package add terraform-provider tencentcloudstack/tencentcloud`)
 *   generates tokens `tencentcloud:index/<camel>:<Pascal>`.
 * - The statically bridged package `@tencentcloud_iac/pulumi` uses `tencentcloud:<Module>/<camel>:<Pascal>`.
 *
 * Property names are the same in both routes, so a rule written against the Terraform name checks
 * resources from either SDK alike. The table of the SDK's 45 resources is derived from the provider
 * schema's `x-terraform` and `x-static-token` fields; a test keeps it in step with that schema. A second
 * table names the resources beyond the SDK that rules read ({@link TENCENTCLOUD_EXTRA_TOKENS}).
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

/** A Terraform resource name of the SDK's 45 resources. */
export type TerraformName = keyof typeof TENCENTCLOUD_TOKENS;

/**
 * A Terraform resource beyond the SDK's 45 that a rule reads, with its tokens in both naming routes
 * (the static route's `undefined` when that package has no such resource) and where its property
 * names come from.
 */
export interface ExtraTokenPair {
    readonly official: string;
    readonly static: string | undefined;
    /** The provider source (tag v1.82.42) that declares the properties the rules read. */
    readonly source: string;
}

/**
 * Tencent Cloud resources beyond the SDK's 45 that rules read: their tokens follow the routes' token
 * rules ({@link officialRouteToken}, {@link staticRouteToken}; a test checks both against the 45 and
 * against this table), and their property names come from the provider's source at v1.82.42
 * (Terraform snake_case → Pulumi camelCase; a list of more than one item gets a plural name).
 */
export const TENCENTCLOUD_EXTRA_TOKENS = {
    tencentcloud_cbs_storage: {
        official: "tencentcloud:index/cbsStorage:CbsStorage",
        static: "tencentcloud:Cbs/storage:Storage",
        source: "tencentcloud/services/cbs/resource_tc_cbs_storage.go: `encrypt` (bool, optional, ForceNew), `snapshot_id`",
    },
    tencentcloud_kubernetes_encryption_protection: {
        official: "tencentcloud:index/kubernetesEncryptionProtection:KubernetesEncryptionProtection",
        static: "tencentcloud:Kubernetes/encryptionProtection:EncryptionProtection",
        source: "tencentcloud/services/tke/resource_tc_kubernetes_encryption_protection.go: `cluster_id` (required), `kms_configuration` (one block: `key_id`, `kms_region`)",
    },
    tencentcloud_security_group_lite_rule: {
        official: "tencentcloud:index/securityGroupLiteRule:SecurityGroupLiteRule",
        // Deprecated upstream since 1.81.90: the static package skips deprecated resources.
        static: undefined,
        source: "tencentcloud/services/vpc/resource_tc_security_group_lite_rule.go: `ingress` (list of `[action]#[source]#[port]#[protocol]` strings → `ingresses`), `egress`",
    },
    tencentcloud_vpc_flow_log_config: {
        official: "tencentcloud:index/vpcFlowLogConfig:VpcFlowLogConfig",
        static: "tencentcloud:Vpc/flowLogConfig:FlowLogConfig",
        source: "tencentcloud/services/fl/resource_tc_vpc_flow_log_config.go: `flow_log_id` (required), `enable` (bool, required)",
    },
} as const satisfies Record<string, ExtraTokenPair>;

/** A Terraform resource name beyond the SDK's 45 that the pack reads. */
export type ExtraTerraformName = keyof typeof TENCENTCLOUD_EXTRA_TOKENS;

/** `cbs_storage` → `CbsStorage`. */
function pascal(snake: string): string {
    return snake
        .split("_")
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("");
}

function camel(snake: string): string {
    const p = pascal(snake);
    return p.charAt(0).toLowerCase() + p.slice(1);
}

/**
 * The official route's token of a Terraform resource: `tencentcloud:index/<camel>:<Pascal>` of the
 * name without `tencentcloud_` (the bridge's single-module token mapping).
 */
export function officialRouteToken(terraformName: string): string {
    const rest = terraformName.replace(/^tencentcloud_/, "");
    return `tencentcloud:index/${camel(rest)}:${pascal(rest)}`;
}

/**
 * The static route's token of a Terraform resource: module = the first segment after `tencentcloud_`,
 * resource = the rest (`instance` when there is no rest): `tencentcloud_cbs_storage` →
 * `tencentcloud:Cbs/storage:Storage`, `tencentcloud_vpc` → `tencentcloud:Vpc/instance:Instance`.
 */
export function staticRouteToken(terraformName: string): string {
    const [module, ...rest] = terraformName.replace(/^tencentcloud_/, "").split("_");
    const entity = rest.length === 0 ? "instance" : rest.join("_");
    return `tencentcloud:${pascal(module)}/${camel(entity)}:${pascal(entity)}`;
}

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
export type ResourceName = TerraformName | ExtraTerraformName | KubernetesKind;

const BY_TOKEN: ReadonlyMap<string, ResourceName> = (() => {
    const map = new Map<string, ResourceName>();
    for (const [tf, pair] of Object.entries(TENCENTCLOUD_TOKENS) as [TerraformName, TokenPair][]) {
        map.set(pair.official, tf);
        map.set(pair.static, tf);
    }
    for (const [tf, pair] of Object.entries(TENCENTCLOUD_EXTRA_TOKENS) as [ExtraTerraformName, ExtraTokenPair][]) {
        map.set(pair.official, tf);
        if (pair.static !== undefined) {
            map.set(pair.static, tf);
        }
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
    return names.flatMap((name) => {
        if (name in TENCENTCLOUD_TOKENS) {
            const pair = TENCENTCLOUD_TOKENS[name as TerraformName];
            return [pair.official, pair.static];
        }
        if (name in TENCENTCLOUD_EXTRA_TOKENS) {
            const pair: ExtraTokenPair = TENCENTCLOUD_EXTRA_TOKENS[name as ExtraTerraformName];
            return pair.static === undefined ? [pair.official] : [pair.official, pair.static];
        }
        return [...KUBERNETES_TOKENS[name as KubernetesKind]];
    });
}
