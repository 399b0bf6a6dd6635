/**
 * Human names of resources for messages ("CLB instance must …").
 */
import type { ResourceName } from "./tokens";
import { at, str } from "./values";
import type { ResourceView } from "./rule";

const LABELS: Readonly<Record<ResourceName, string>> = {
    tencentcloud_as_attachment: "Auto Scaling attachment",
    tencentcloud_as_load_balancer: "Auto Scaling load balancer binding",
    tencentcloud_as_scaling_config: "Auto Scaling launch configuration",
    tencentcloud_as_scaling_group: "Auto Scaling group",
    tencentcloud_as_scaling_policy: "Auto Scaling policy",
    tencentcloud_as_schedule: "Auto Scaling schedule",
    tencentcloud_ckafka_instance: "CKafka instance",
    tencentcloud_clb_attachment: "CLB attachment",
    tencentcloud_clb_instance: "CLB instance",
    tencentcloud_clb_listener: "CLB listener",
    tencentcloud_clb_listener_rule: "CLB listener rule",
    tencentcloud_clb_target_group: "CLB target group",
    tencentcloud_clb_target_group_attachment: "CLB target group attachment",
    tencentcloud_cos_bucket: "COS bucket",
    tencentcloud_cynosdb_cluster: "TDSQL-C MySQL cluster",
    tencentcloud_eip: "EIP",
    tencentcloud_elasticsearch_instance: "Elasticsearch instance",
    tencentcloud_instance: "CVM instance",
    tencentcloud_kubernetes_cluster: "TKE cluster",
    tencentcloud_kubernetes_cluster_endpoint: "TKE cluster endpoint",
    tencentcloud_kubernetes_node_pool: "TKE node pool",
    tencentcloud_mongodb_instance: "MongoDB instance",
    tencentcloud_mongodb_sharding_instance: "MongoDB sharded instance",
    tencentcloud_monitor_alarm_notice: "alarm notice",
    tencentcloud_monitor_alarm_policy: "alarm policy",
    tencentcloud_monitor_grafana_instance: "Managed Grafana instance",
    tencentcloud_monitor_policy_binding_object: "alarm policy binding",
    tencentcloud_monitor_tmp_alert_group: "Managed Prometheus alert group",
    tencentcloud_monitor_tmp_alert_rule: "Managed Prometheus alert rule",
    tencentcloud_monitor_tmp_instance: "Managed Prometheus instance",
    tencentcloud_monitor_tmp_recording_rule: "Managed Prometheus recording rule",
    tencentcloud_monitor_tmp_tke_alert_policy: "Managed Prometheus TKE alert policy",
    tencentcloud_mysql_backup_policy: "MySQL backup policy",
    tencentcloud_mysql_instance: "MySQL instance",
    tencentcloud_mysql_readonly_instance: "MySQL read-only instance",
    tencentcloud_nat_gateway: "NAT gateway",
    tencentcloud_postgresql_instance: "PostgreSQL instance",
    tencentcloud_postgresql_readonly_instance: "PostgreSQL read-only instance",
    tencentcloud_redis_instance: "Redis instance",
    tencentcloud_security_group: "Security group",
    tencentcloud_security_group_rule: "Security group rule",
    tencentcloud_security_group_rule_set: "Security group rule set",
    tencentcloud_subnet: "Subnet",
    tencentcloud_tse_instance: "TSE instance",
    tencentcloud_vpc: "VPC",
    tencentcloud_cbs_storage: "CBS disk",
    tencentcloud_kubernetes_encryption_protection: "TKE encryption protection",
    tencentcloud_security_group_lite_rule: "Security group lite rule",
    tencentcloud_vpc_flow_log_config: "VPC flow log configuration",
    Deployment: "Deployment",
    StatefulSet: "StatefulSet",
    PodDisruptionBudget: "PodDisruptionBudget",
    HorizontalPodAutoscaler: "HorizontalPodAutoscaler",
    Service: "Service",
};

/** The human name of a resource's kind, capitalised for the start of a message. */
export function labelOf(view: Pick<ResourceView, "resource" | "type">): string {
    if (view.resource === undefined) {
        return "Resource";
    }
    const label = LABELS[view.resource];
    return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The Kubernetes name of an object (`metadata.name`), or its logical name when not known. */
export function k8sNameOf(view: Pick<ResourceView, "props" | "name">): string {
    const name = str(at(view.props, "metadata", "name"));
    return typeof name === "string" ? name : view.name;
}

/** Backticks a property path for a message. */
export function prop(path: string): string {
    return `\`${path}\``;
}

/** "1 zone" / "2 zones". */
export function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}
