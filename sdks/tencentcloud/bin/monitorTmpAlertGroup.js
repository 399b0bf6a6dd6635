"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorTmpAlertGroup = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorTmpAlertGroup resource.
 */
class MonitorTmpAlertGroup extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpAlertGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorTmpAlertGroup(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorTmpAlertGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpAlertGroup.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["ampReceivers"] = state?.ampReceivers;
            resourceInputs["customReceiver"] = state?.customReceiver;
            resourceInputs["groupId"] = state?.groupId;
            resourceInputs["groupName"] = state?.groupName;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["repeatInterval"] = state?.repeatInterval;
            resourceInputs["rules"] = state?.rules;
        }
        else {
            const args = argsOrState;
            resourceInputs["ampReceivers"] = args?.ampReceivers;
            resourceInputs["customReceiver"] = args?.customReceiver;
            resourceInputs["groupName"] = args?.groupName;
            resourceInputs["instanceId"] = args?.instanceId;
            resourceInputs["repeatInterval"] = args?.repeatInterval;
            resourceInputs["rules"] = args?.rules;
            resourceInputs["groupId"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpAlertGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorTmpAlertGroup = MonitorTmpAlertGroup;
/** @internal */
MonitorTmpAlertGroup.__pulumiType = "tencentcloud:index/monitorTmpAlertGroup:MonitorTmpAlertGroup";
