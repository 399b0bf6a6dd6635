"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClbAttachment = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The ClbAttachment resource.
 */
class ClbAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing ClbAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new ClbAttachment(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of ClbAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbAttachment.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["clbId"] = state?.clbId;
            resourceInputs["domain"] = state?.domain;
            resourceInputs["listenerId"] = state?.listenerId;
            resourceInputs["protocolType"] = state?.protocolType;
            resourceInputs["ruleId"] = state?.ruleId;
            resourceInputs["targets"] = state?.targets;
            resourceInputs["url"] = state?.url;
        }
        else {
            const args = argsOrState;
            if (args?.clbId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbId'");
            }
            if (args?.listenerId === undefined && !opts.urn) {
                throw new Error("Missing required property 'listenerId'");
            }
            if (args?.targets === undefined && !opts.urn) {
                throw new Error("Missing required property 'targets'");
            }
            resourceInputs["clbId"] = args?.clbId;
            resourceInputs["domain"] = args?.domain;
            resourceInputs["listenerId"] = args?.listenerId;
            resourceInputs["ruleId"] = args?.ruleId;
            resourceInputs["targets"] = args?.targets;
            resourceInputs["url"] = args?.url;
            resourceInputs["protocolType"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbAttachment.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.ClbAttachment = ClbAttachment;
/** @internal */
ClbAttachment.__pulumiType = "tencentcloud:index/clbAttachment:ClbAttachment";
