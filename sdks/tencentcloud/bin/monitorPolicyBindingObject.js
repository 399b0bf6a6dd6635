"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorPolicyBindingObject = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorPolicyBindingObject resource.
 */
class MonitorPolicyBindingObject extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorPolicyBindingObject resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorPolicyBindingObject(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorPolicyBindingObject. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorPolicyBindingObject.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["dimensions"] = state?.dimensions;
            resourceInputs["policyId"] = state?.policyId;
        }
        else {
            const args = argsOrState;
            if (args?.dimensions === undefined && !opts.urn) {
                throw new Error("Missing required property 'dimensions'");
            }
            if (args?.policyId === undefined && !opts.urn) {
                throw new Error("Missing required property 'policyId'");
            }
            resourceInputs["dimensions"] = args?.dimensions;
            resourceInputs["policyId"] = args?.policyId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorPolicyBindingObject.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorPolicyBindingObject = MonitorPolicyBindingObject;
/** @internal */
MonitorPolicyBindingObject.__pulumiType = "tencentcloud:index/monitorPolicyBindingObject:MonitorPolicyBindingObject";
