"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.SecurityGroupRule = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The SecurityGroupRule resource.
 */
class SecurityGroupRule extends pulumi.CustomResource {
    /**
     * Gets an existing SecurityGroupRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new SecurityGroupRule(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of SecurityGroupRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === SecurityGroupRule.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["addressTemplate"] = state?.addressTemplate;
            resourceInputs["cidrIp"] = state?.cidrIp;
            resourceInputs["description"] = state?.description;
            resourceInputs["ipProtocol"] = state?.ipProtocol;
            resourceInputs["policy"] = state?.policy;
            resourceInputs["policyIndex"] = state?.policyIndex;
            resourceInputs["portRange"] = state?.portRange;
            resourceInputs["protocolTemplate"] = state?.protocolTemplate;
            resourceInputs["securityGroupId"] = state?.securityGroupId;
            resourceInputs["sourceSgid"] = state?.sourceSgid;
            resourceInputs["type"] = state?.type;
        }
        else {
            const args = argsOrState;
            if (args?.policy === undefined && !opts.urn) {
                throw new Error("Missing required property 'policy'");
            }
            if (args?.securityGroupId === undefined && !opts.urn) {
                throw new Error("Missing required property 'securityGroupId'");
            }
            if (args?.type === undefined && !opts.urn) {
                throw new Error("Missing required property 'type'");
            }
            resourceInputs["addressTemplate"] = args?.addressTemplate;
            resourceInputs["cidrIp"] = args?.cidrIp;
            resourceInputs["description"] = args?.description;
            resourceInputs["ipProtocol"] = args?.ipProtocol;
            resourceInputs["policy"] = args?.policy;
            resourceInputs["policyIndex"] = args?.policyIndex;
            resourceInputs["portRange"] = args?.portRange;
            resourceInputs["protocolTemplate"] = args?.protocolTemplate;
            resourceInputs["securityGroupId"] = args?.securityGroupId;
            resourceInputs["sourceSgid"] = args?.sourceSgid;
            resourceInputs["type"] = args?.type;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(SecurityGroupRule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.SecurityGroupRule = SecurityGroupRule;
/** @internal */
SecurityGroupRule.__pulumiType = "tencentcloud:index/securityGroupRule:SecurityGroupRule";
