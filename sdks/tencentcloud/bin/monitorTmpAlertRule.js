"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorTmpAlertRule = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorTmpAlertRule resource.
 */
class MonitorTmpAlertRule extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpAlertRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorTmpAlertRule(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorTmpAlertRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpAlertRule.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["annotations"] = state?.annotations;
            resourceInputs["duration"] = state?.duration;
            resourceInputs["expr"] = state?.expr;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["labels"] = state?.labels;
            resourceInputs["receivers"] = state?.receivers;
            resourceInputs["ruleName"] = state?.ruleName;
            resourceInputs["ruleState"] = state?.ruleState;
            resourceInputs["type"] = state?.type;
        }
        else {
            const args = argsOrState;
            if (args?.expr === undefined && !opts.urn) {
                throw new Error("Missing required property 'expr'");
            }
            if (args?.instanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceId'");
            }
            if (args?.receivers === undefined && !opts.urn) {
                throw new Error("Missing required property 'receivers'");
            }
            if (args?.ruleName === undefined && !opts.urn) {
                throw new Error("Missing required property 'ruleName'");
            }
            resourceInputs["annotations"] = args?.annotations;
            resourceInputs["duration"] = args?.duration;
            resourceInputs["expr"] = args?.expr;
            resourceInputs["instanceId"] = args?.instanceId;
            resourceInputs["labels"] = args?.labels;
            resourceInputs["receivers"] = args?.receivers;
            resourceInputs["ruleName"] = args?.ruleName;
            resourceInputs["ruleState"] = args?.ruleState;
            resourceInputs["type"] = args?.type;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpAlertRule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorTmpAlertRule = MonitorTmpAlertRule;
/** @internal */
MonitorTmpAlertRule.__pulumiType = "tencentcloud:index/monitorTmpAlertRule:MonitorTmpAlertRule";
