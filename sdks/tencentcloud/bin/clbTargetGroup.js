"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClbTargetGroup = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The ClbTargetGroup resource.
 */
class ClbTargetGroup extends pulumi.CustomResource {
    /**
     * Gets an existing ClbTargetGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new ClbTargetGroup(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of ClbTargetGroup. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbTargetGroup.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["port"] = state?.port;
            resourceInputs["targetGroupInstances"] = state?.targetGroupInstances;
            resourceInputs["targetGroupName"] = state?.targetGroupName;
            resourceInputs["vpcId"] = state?.vpcId;
        }
        else {
            const args = argsOrState;
            resourceInputs["port"] = args?.port;
            resourceInputs["targetGroupInstances"] = args?.targetGroupInstances;
            resourceInputs["targetGroupName"] = args?.targetGroupName;
            resourceInputs["vpcId"] = args?.vpcId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbTargetGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.ClbTargetGroup = ClbTargetGroup;
/** @internal */
ClbTargetGroup.__pulumiType = "tencentcloud:index/clbTargetGroup:ClbTargetGroup";
