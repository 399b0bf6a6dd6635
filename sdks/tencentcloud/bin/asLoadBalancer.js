"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.AsLoadBalancer = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The AsLoadBalancer resource.
 */
class AsLoadBalancer extends pulumi.CustomResource {
    /**
     * Gets an existing AsLoadBalancer resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new AsLoadBalancer(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of AsLoadBalancer. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === AsLoadBalancer.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["autoScalingGroupId"] = state?.autoScalingGroupId;
            resourceInputs["forwardLoadBalancers"] = state?.forwardLoadBalancers;
        }
        else {
            const args = argsOrState;
            if (args?.autoScalingGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'autoScalingGroupId'");
            }
            resourceInputs["autoScalingGroupId"] = args?.autoScalingGroupId;
            resourceInputs["forwardLoadBalancers"] = args?.forwardLoadBalancers;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AsLoadBalancer.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.AsLoadBalancer = AsLoadBalancer;
/** @internal */
AsLoadBalancer.__pulumiType = "tencentcloud:index/asLoadBalancer:AsLoadBalancer";
