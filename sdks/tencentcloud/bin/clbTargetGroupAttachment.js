"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClbTargetGroupAttachment = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The ClbTargetGroupAttachment resource.
 */
class ClbTargetGroupAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing ClbTargetGroupAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new ClbTargetGroupAttachment(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of ClbTargetGroupAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbTargetGroupAttachment.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["clbId"] = state?.clbId;
            resourceInputs["listenerId"] = state?.listenerId;
            resourceInputs["ruleId"] = state?.ruleId;
            resourceInputs["targetGroupId"] = state?.targetGroupId;
        }
        else {
            const args = argsOrState;
            if (args?.clbId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbId'");
            }
            if (args?.targetGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'targetGroupId'");
            }
            resourceInputs["clbId"] = args?.clbId;
            resourceInputs["listenerId"] = args?.listenerId;
            resourceInputs["ruleId"] = args?.ruleId;
            resourceInputs["targetGroupId"] = args?.targetGroupId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbTargetGroupAttachment.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.ClbTargetGroupAttachment = ClbTargetGroupAttachment;
/** @internal */
ClbTargetGroupAttachment.__pulumiType = "tencentcloud:index/clbTargetGroupAttachment:ClbTargetGroupAttachment";
