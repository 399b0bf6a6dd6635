export {
    DEFAULT_DRILL_CHECK_INTERVAL_SECONDS,
    DEFAULT_DRILL_DAYS,
    DEFAULT_DRILL_HOUR,
    DEFAULT_DRILL_NAMESPACE,
    RenderedZoneDrills,
    ZONE_DRILL_SCHEDULE_TYPE,
    ZoneDrillPlan,
    ZoneDrillSchedule,
    ZoneDrillScheduleArgs,
    ZoneDrillSchedulePlan,
    isCron,
    planZoneDrillSchedule,
} from "./zoneDrillSchedule";
