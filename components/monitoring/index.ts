export {
    AlarmOperator,
    AlarmTargetSource,
    BusinessMetricAlarm,
    CVM_METRICS,
    FaultItem,
    NodeAlarms,
    NodeAlarmsArgs,
    NodeAlarmsPlan,
    NodeFaultThresholds,
    RemovalPlan,
    planNodeAlarms,
} from "./nodeAlarms";
export { AlertRulesArgs, AlertRulesPlan, COMMON_CAUSE_ALERT, COMMON_CAUSE_FAULT, FAULT_LABEL, NODE_LABEL, PrometheusAlertRule, PrometheusRuleGroup, PrometheusRuleResource, SINGLE_NODE_FAULT, alertRuleGroups, planAlertRules, prometheusRuleResource, prometheusRuleSpec, renderAlertRulesYaml } from "./alertRules";
export {
    AlertRulesTarget,
    GuardAlertRulesArgs,
    GuardBackendArgs,
    GuardBackendKind,
    GuardCredentials,
    GuardExposure,
    NODE_FAULT_AUTOMATION_TYPE,
    NodeFaultAutomation,
    NodeFaultAutomationArgs,
    NodeFaultAutomationPlan,
    planNodeFaultAutomation,
    renderGuardConfig,
} from "./nodeFaultAutomation";
export { BasicAuthArgs, DEFAULT_EVENT_FOLDER, EventDashboard, EventDashboardArgs, EventDashboardMemberArgs, EventMemberKind, ManagedGrafanaArgs, ManagedPrometheusArgs, TierCapacityArgs, TMP_API_PORT, TMP_RETENTION_DAYS } from "./eventDashboard";
export { DashboardEvent, DashboardMember, DashboardTierPlan, EVENT_DASHBOARD_TYPE, EventDashboardInput, EventDashboardPlan, buildEventDashboard, dashboardJson, dashboardTiers, grafanaUid, planEventDashboard } from "./eventDashboardPlan";
