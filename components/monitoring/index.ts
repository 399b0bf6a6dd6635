export {
    AlarmOperator,
    BusinessMetricAlarm,
    CVM_METRICS,
    FaultItem,
    NodeAlarms,
    NodeAlarmsArgs,
    NodeAlarmsPlan,
    planNodeAlarms,
} from "./nodeAlarms";
