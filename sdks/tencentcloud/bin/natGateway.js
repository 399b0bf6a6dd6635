"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.NatGateway = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The NatGateway resource.
 */
class NatGateway extends pulumi.CustomResource {
    /**
     * Gets an existing NatGateway resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new NatGateway(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of NatGateway. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === NatGateway.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["assignedEipSets"] = state?.assignedEipSets;
            resourceInputs["bandwidth"] = state?.bandwidth;
            resourceInputs["createdTime"] = state?.createdTime;
            resourceInputs["maxConcurrent"] = state?.maxConcurrent;
            resourceInputs["name"] = state?.name;
            resourceInputs["natProductVersion"] = state?.natProductVersion;
            resourceInputs["stockPublicIpAddressesBandwidthOut"] = state?.stockPublicIpAddressesBandwidthOut;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zone"] = state?.zone;
        }
        else {
            const args = argsOrState;
            if (args?.assignedEipSets === undefined && !opts.urn) {
                throw new Error("Missing required property 'assignedEipSets'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["assignedEipSets"] = args?.assignedEipSets;
            resourceInputs["bandwidth"] = args?.bandwidth;
            resourceInputs["maxConcurrent"] = args?.maxConcurrent;
            resourceInputs["name"] = args?.name;
            resourceInputs["natProductVersion"] = args?.natProductVersion;
            resourceInputs["stockPublicIpAddressesBandwidthOut"] = args?.stockPublicIpAddressesBandwidthOut;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zone"] = args?.zone;
            resourceInputs["createdTime"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(NatGateway.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.NatGateway = NatGateway;
/** @internal */
NatGateway.__pulumiType = "tencentcloud:index/natGateway:NatGateway";
