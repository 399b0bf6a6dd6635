/**
 * VPC: flow logs stay enabled.
 *
 * `tencentcloud_vpc_flow_log_config` switches an existing flow log on or off (provider source at
 * v1.82.42: tencentcloud/services/fl/resource_tc_vpc_flow_log_config.go, `flow_log_id` and `enable`,
 * both required).
 */
import { NO_CONFIG } from "../config";
import { prop } from "../describe";
import { resourceRule } from "../rule";
import { at, bool } from "../values";

/** A flow log configuration does not switch its flow log off. */
export const vpcFlowLogEnabled = resourceRule({
    kind: "resource",
    name: "vpc-flow-log-enabled",
    description: "Checks whether a VPC flow log configuration keeps its flow log enabled (`enable` not false), so traffic records exist for incident analysis.",
    severity: "low",
    pillar: "security",
    service: "vpc",
    fix: "Set `enable: true` on the flow log configuration (or remove the configuration, which leaves the flow log as created); flow logs are what shows who reached a database port after an incident.",
    resources: ["tencentcloud_vpc_flow_log_config"],
    config: NO_CONFIG,
    check(r) {
        return bool(at(r.props, "enable")) === false ? [`VPC flow log configuration must keep the flow log enabled; ${prop("enable")} is false.`] : [];
    },
});

/** The VPC rules. */
export const vpcRules = [vpcFlowLogEnabled];
