"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorAlarmNotice = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorAlarmNotice resource.
 */
class MonitorAlarmNotice extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorAlarmNotice resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorAlarmNotice(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorAlarmNotice. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorAlarmNotice.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["ampConsumerId"] = state?.ampConsumerId;
            resourceInputs["clsNotices"] = state?.clsNotices;
            resourceInputs["isPreset"] = state?.isPreset;
            resourceInputs["name"] = state?.name;
            resourceInputs["noticeLanguage"] = state?.noticeLanguage;
            resourceInputs["noticeType"] = state?.noticeType;
            resourceInputs["policyIds"] = state?.policyIds;
            resourceInputs["updatedAt"] = state?.updatedAt;
            resourceInputs["updatedBy"] = state?.updatedBy;
            resourceInputs["urlNotices"] = state?.urlNotices;
            resourceInputs["userNotices"] = state?.userNotices;
        }
        else {
            const args = argsOrState;
            if (args?.noticeLanguage === undefined && !opts.urn) {
                throw new Error("Missing required property 'noticeLanguage'");
            }
            if (args?.noticeType === undefined && !opts.urn) {
                throw new Error("Missing required property 'noticeType'");
            }
            resourceInputs["clsNotices"] = args?.clsNotices;
            resourceInputs["name"] = args?.name;
            resourceInputs["noticeLanguage"] = args?.noticeLanguage;
            resourceInputs["noticeType"] = args?.noticeType;
            resourceInputs["urlNotices"] = args?.urlNotices;
            resourceInputs["userNotices"] = args?.userNotices;
            resourceInputs["ampConsumerId"] = undefined /*out*/;
            resourceInputs["isPreset"] = undefined /*out*/;
            resourceInputs["policyIds"] = undefined /*out*/;
            resourceInputs["updatedAt"] = undefined /*out*/;
            resourceInputs["updatedBy"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorAlarmNotice.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorAlarmNotice = MonitorAlarmNotice;
/** @internal */
MonitorAlarmNotice.__pulumiType = "tencentcloud:index/monitorAlarmNotice:MonitorAlarmNotice";
