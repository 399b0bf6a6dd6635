"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorAlarmPolicy = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorAlarmPolicy resource.
 */
class MonitorAlarmPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorAlarmPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorAlarmPolicy(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorAlarmPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorAlarmPolicy.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["conditions"] = state?.conditions;
            resourceInputs["conditonTemplateId"] = state?.conditonTemplateId;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["enable"] = state?.enable;
            resourceInputs["eventConditions"] = state?.eventConditions;
            resourceInputs["filter"] = state?.filter;
            resourceInputs["groupBies"] = state?.groupBies;
            resourceInputs["monitorType"] = state?.monitorType;
            resourceInputs["namespace"] = state?.namespace;
            resourceInputs["noticeIds"] = state?.noticeIds;
            resourceInputs["policyName"] = state?.policyName;
            resourceInputs["policyTags"] = state?.policyTags;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["remark"] = state?.remark;
            resourceInputs["triggerTasks"] = state?.triggerTasks;
            resourceInputs["updateTime"] = state?.updateTime;
        }
        else {
            const args = argsOrState;
            if (args?.monitorType === undefined && !opts.urn) {
                throw new Error("Missing required property 'monitorType'");
            }
            if (args?.namespace === undefined && !opts.urn) {
                throw new Error("Missing required property 'namespace'");
            }
            if (args?.policyName === undefined && !opts.urn) {
                throw new Error("Missing required property 'policyName'");
            }
            resourceInputs["conditions"] = args?.conditions;
            resourceInputs["conditonTemplateId"] = args?.conditonTemplateId;
            resourceInputs["enable"] = args?.enable;
            resourceInputs["eventConditions"] = args?.eventConditions;
            resourceInputs["filter"] = args?.filter;
            resourceInputs["groupBies"] = args?.groupBies;
            resourceInputs["monitorType"] = args?.monitorType;
            resourceInputs["namespace"] = args?.namespace;
            resourceInputs["noticeIds"] = args?.noticeIds;
            resourceInputs["policyName"] = args?.policyName;
            resourceInputs["policyTags"] = args?.policyTags;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["remark"] = args?.remark;
            resourceInputs["triggerTasks"] = args?.triggerTasks;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["updateTime"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorAlarmPolicy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorAlarmPolicy = MonitorAlarmPolicy;
/** @internal */
MonitorAlarmPolicy.__pulumiType = "tencentcloud:index/monitorAlarmPolicy:MonitorAlarmPolicy";
