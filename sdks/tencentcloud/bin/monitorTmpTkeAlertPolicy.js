"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorTmpTkeAlertPolicy = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorTmpTkeAlertPolicy resource.
 */
class MonitorTmpTkeAlertPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpTkeAlertPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorTmpTkeAlertPolicy(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorTmpTkeAlertPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpTkeAlertPolicy.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["alertRule"] = state?.alertRule;
            resourceInputs["instanceId"] = state?.instanceId;
        }
        else {
            const args = argsOrState;
            if (args?.alertRule === undefined && !opts.urn) {
                throw new Error("Missing required property 'alertRule'");
            }
            if (args?.instanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceId'");
            }
            resourceInputs["alertRule"] = args?.alertRule;
            resourceInputs["instanceId"] = args?.instanceId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpTkeAlertPolicy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorTmpTkeAlertPolicy = MonitorTmpTkeAlertPolicy;
/** @internal */
MonitorTmpTkeAlertPolicy.__pulumiType = "tencentcloud:index/monitorTmpTkeAlertPolicy:MonitorTmpTkeAlertPolicy";
