"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.AsSchedule = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The AsSchedule resource.
 */
class AsSchedule extends pulumi.CustomResource {
    /**
     * Gets an existing AsSchedule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new AsSchedule(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of AsSchedule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsSchedule.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["desiredCapacity"] = state?.desiredCapacity;
            resourceInputs["endTime"] = state?.endTime;
            resourceInputs["maxSize"] = state?.maxSize;
            resourceInputs["minSize"] = state?.minSize;
            resourceInputs["recurrence"] = state?.recurrence;
            resourceInputs["scalingGroupId"] = state?.scalingGroupId;
            resourceInputs["scheduleActionName"] = state?.scheduleActionName;
            resourceInputs["startTime"] = state?.startTime;
        }
        else {
            const args = argsOrState;
            if (args?.desiredCapacity === undefined && !opts.urn) {
                throw new Error("Missing required property 'desiredCapacity'");
            }
            if (args?.maxSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'maxSize'");
            }
            if (args?.minSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'minSize'");
            }
            if (args?.scalingGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'scalingGroupId'");
            }
            if (args?.scheduleActionName === undefined && !opts.urn) {
                throw new Error("Missing required property 'scheduleActionName'");
            }
            if (args?.startTime === undefined && !opts.urn) {
                throw new Error("Missing required property 'startTime'");
            }
            resourceInputs["desiredCapacity"] = args?.desiredCapacity;
            resourceInputs["endTime"] = args?.endTime;
            resourceInputs["maxSize"] = args?.maxSize;
            resourceInputs["minSize"] = args?.minSize;
            resourceInputs["recurrence"] = args?.recurrence;
            resourceInputs["scalingGroupId"] = args?.scalingGroupId;
            resourceInputs["scheduleActionName"] = args?.scheduleActionName;
            resourceInputs["startTime"] = args?.startTime;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsSchedule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.AsSchedule = AsSchedule;
/** @internal */
AsSchedule.__pulumiType = "tencentcloud:index/asSchedule:AsSchedule";
