"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.AsAttachment = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The AsAttachment resource.
 */
class AsAttachment extends pulumi.CustomResource {
    /**
     * Gets an existing AsAttachment resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new AsAttachment(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of AsAttachment. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsAttachment.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["instanceIds"] = state?.instanceIds;
            resourceInputs["scalingGroupId"] = state?.scalingGroupId;
        }
        else {
            const args = argsOrState;
            if (args?.instanceIds === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceIds'");
            }
            if (args?.scalingGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'scalingGroupId'");
            }
            resourceInputs["instanceIds"] = args?.instanceIds;
            resourceInputs["scalingGroupId"] = args?.scalingGroupId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsAttachment.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.AsAttachment = AsAttachment;
/** @internal */
AsAttachment.__pulumiType = "tencentcloud:index/asAttachment:AsAttachment";
