/**
 * Access logs of the traffic entry: a CLB instance ships its access logs to CLS (`logSetId` and
 * `logTopicId`, both needed: the topic lives in the log set).
 *
 * Kept apart from the CLB's availability rules (clb.ts); the pack differs on purpose from the peers'
 * listener-protocol checks, which forbid TCP and UDP listeners: a layer-4 gateway is right to use them,
 * and `clb-listener-protocol` only flags plain HTTP by default.
 */
import { NO_CONFIG } from "../config";
import { prop } from "../describe";
import { resourceRule } from "../rule";
import { at, str, UNKNOWN } from "../values";

/** A CLB instance writes access logs to a CLS log set and topic. */
export const clbInstanceAccessLogs = resourceRule({
    kind: "resource",
    name: "clb-instance-access-logs",
    description: "Checks whether a CLB instance ships its access logs to CLS (`logSetId` and `logTopicId` both set).",
    severity: "medium",
    pillar: "security",
    service: "clb",
    fix: "Create a CLS log set and topic for the region's CLB logs and set `logSetId` and `logTopicId` on the CLB instance (the MultiAzClb component takes them as `accessLog`); access logs are the record of who called what through the entry point.",
    resources: ["tencentcloud_clb_instance"],
    config: NO_CONFIG,
    check(r) {
        const missing: string[] = [];
        for (const key of ["logSetId", "logTopicId"]) {
            const value = str(at(r.props, key));
            if (value === UNKNOWN) {
                return [];
            }
            if (value === undefined || value.trim() === "") {
                missing.push(prop(key));
            }
        }
        return missing.length === 0 ? [] : [`CLB instance must ship access logs to CLS; ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set.`];
    },
});

/** The logging rules. */
export const loggingRules = [clbInstanceAccessLogs];
