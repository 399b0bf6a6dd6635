"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.Vpc = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The Vpc resource.
 */
class Vpc extends pulumi.CustomResource {
    /**
     * Gets an existing Vpc resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new Vpc(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of Vpc. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Vpc.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["assistantCidrs"] = state?.assistantCidrs;
            resourceInputs["cidrBlock"] = state?.cidrBlock;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["defaultRouteTableId"] = state?.defaultRouteTableId;
            resourceInputs["dnsServers"] = state?.dnsServers;
            resourceInputs["dockerAssistantCidrs"] = state?.dockerAssistantCidrs;
            resourceInputs["isDefault"] = state?.isDefault;
            resourceInputs["isMulticast"] = state?.isMulticast;
            resourceInputs["name"] = state?.name;
            resourceInputs["tags"] = state?.tags;
        }
        else {
            const args = argsOrState;
            if (args?.cidrBlock === undefined && !opts.urn) {
                throw new Error("Missing required property 'cidrBlock'");
            }
            resourceInputs["assistantCidrs"] = args?.assistantCidrs;
            resourceInputs["cidrBlock"] = args?.cidrBlock;
            resourceInputs["dnsServers"] = args?.dnsServers;
            resourceInputs["isMulticast"] = args?.isMulticast;
            resourceInputs["name"] = args?.name;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["defaultRouteTableId"] = undefined /*out*/;
            resourceInputs["dockerAssistantCidrs"] = undefined /*out*/;
            resourceInputs["isDefault"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Vpc.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.Vpc = Vpc;
/** @internal */
Vpc.__pulumiType = "tencentcloud:index/vpc:Vpc";
