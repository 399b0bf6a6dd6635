"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.SecurityGroupRuleSet = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The SecurityGroupRuleSet resource.
 */
class SecurityGroupRuleSet extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroupRuleSet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new SecurityGroupRuleSet(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of SecurityGroupRuleSet. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === SecurityGroupRuleSet.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["egresses"] = state?.egresses;
            resourceInputs["ingresses"] = state?.ingresses;
            resourceInputs["securityGroupId"] = state?.securityGroupId;
            resourceInputs["version"] = state?.version;
        }
        else {
            const args = argsOrState;
            if (args?.securityGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'securityGroupId'");
            }
            resourceInputs["egresses"] = args?.egresses;
            resourceInputs["ingresses"] = args?.ingresses;
            resourceInputs["securityGroupId"] = args?.securityGroupId;
            resourceInputs["version"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(SecurityGroupRuleSet.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.SecurityGroupRuleSet = SecurityGroupRuleSet;
/** @internal */
SecurityGroupRuleSet.__pulumiType = "tencentcloud:index/securityGroupRuleSet:SecurityGroupRuleSet";
