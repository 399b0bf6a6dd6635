"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.Subnet = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The Subnet resource.
 */
class Subnet extends pulumi.CustomResource {
    /**
     * Gets an existing Subnet resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new Subnet(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of Subnet. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Subnet.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["availableIpCount"] = state?.availableIpCount;
            resourceInputs["cdcId"] = state?.cdcId;
            resourceInputs["cidrBlock"] = state?.cidrBlock;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["isDefault"] = state?.isDefault;
            resourceInputs["isMulticast"] = state?.isMulticast;
            resourceInputs["name"] = state?.name;
            resourceInputs["routeTableId"] = state?.routeTableId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
        }
        else {
            const args = argsOrState;
            if (args?.availabilityZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availabilityZone'");
            }
            if (args?.cidrBlock === undefined && !opts.urn) {
                throw new Error("Missing required property 'cidrBlock'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["cdcId"] = args?.cdcId;
            resourceInputs["cidrBlock"] = args?.cidrBlock;
            resourceInputs["isMulticast"] = args?.isMulticast;
            resourceInputs["name"] = args?.name;
            resourceInputs["routeTableId"] = args?.routeTableId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["availableIpCount"] = undefined /*out*/;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["isDefault"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Subnet.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.Subnet = Subnet;
/** @internal */
Subnet.__pulumiType = "tencentcloud:index/subnet:Subnet";
