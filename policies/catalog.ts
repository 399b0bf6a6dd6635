/**
 * Every zonesafe rule, in the order the pack registers them.
 */
import type { Rule } from "./rule";
import { autoscalingRules } from "./rules/autoscaling";
import { cbsRules } from "./rules/cbs";
import { ckafkaRules } from "./rules/ckafka";
import { clbRules } from "./rules/clb";
import { cvmRules } from "./rules/cvm";
import { kubernetesRules } from "./rules/kubernetes";
import { loggingRules } from "./rules/logging";
import { mongodbRules } from "./rules/mongodb";
import { mysqlRules } from "./rules/mysql";
import { redisRules } from "./rules/redis";
import { securityGroupRules } from "./rules/securityGroup";
import { tkeRules } from "./rules/tke";
import { vpcRules } from "./rules/vpc";
import { cynosdbRules } from "./rules/cynosdb";
import { elasticsearchRules } from "./rules/elasticsearch";
import { natRules } from "./rules/nat";
import { postgresqlRules } from "./rules/postgresql";
import { tseRules } from "./rules/tse";
import { dataSafetyStatefulProtection } from "./stack/dataSafety";
import { monitoringAlarmPolicyCoverage } from "./stack/monitoring";
import { nodeAlarmsNotifyGuard, nodeGuardLimit } from "./stack/nodeGuard";

/** Every rule: resource rules and stack rules of each service, then the cross-service stack rules. */
export const RULES: readonly Rule[] = [
    ...clbRules,
    ...tkeRules,
    ...kubernetesRules,
    ...mysqlRules,
    ...redisRules,
    ...mongodbRules,
    ...ckafkaRules,
    ...autoscalingRules,
    ...cvmRules,
    ...securityGroupRules,
    ...cbsRules,
    ...vpcRules,
    ...loggingRules,
    ...postgresqlRules,
    ...cynosdbRules,
    ...elasticsearchRules,
    ...tseRules,
    ...natRules,
    monitoringAlarmPolicyCoverage,
    nodeAlarmsNotifyGuard,
    nodeGuardLimit,
    dataSafetyStatefulProtection,
];

/** A rule by name. */
export const RULES_BY_NAME: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.name, r]));
