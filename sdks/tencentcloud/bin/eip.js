"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.Eip = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The Eip resource.
 */
class Eip extends pulumi.CustomResource {
    /**
     * Gets an existing Eip resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new Eip(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of Eip. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === Eip.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["antiDdosPackageId"] = state?.antiDdosPackageId;
            resourceInputs["anycastZone"] = state?.anycastZone;
            resourceInputs["applicableForClb"] = state?.applicableForClb;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["bandwidthPackageId"] = state?.bandwidthPackageId;
            resourceInputs["cdcId"] = state?.cdcId;
            resourceInputs["egress"] = state?.egress;
            resourceInputs["internetChargeType"] = state?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = state?.internetMaxBandwidthOut;
            resourceInputs["internetServiceProvider"] = state?.internetServiceProvider;
            resourceInputs["name"] = state?.name;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["publicIp"] = state?.publicIp;
            resourceInputs["status"] = state?.status;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["type"] = state?.type;
        }
        else {
            const args = argsOrState;
            resourceInputs["antiDdosPackageId"] = args?.antiDdosPackageId;
            resourceInputs["anycastZone"] = args?.anycastZone;
            resourceInputs["applicableForClb"] = args?.applicableForClb;
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["bandwidthPackageId"] = args?.bandwidthPackageId;
            resourceInputs["cdcId"] = args?.cdcId;
            resourceInputs["egress"] = args?.egress;
            resourceInputs["internetChargeType"] = args?.internetChargeType;
            resourceInputs["internetMaxBandwidthOut"] = args?.internetMaxBandwidthOut;
            resourceInputs["internetServiceProvider"] = args?.internetServiceProvider;
            resourceInputs["name"] = args?.name;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["type"] = args?.type;
            resourceInputs["publicIp"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Eip.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.Eip = Eip;
/** @internal */
Eip.__pulumiType = "tencentcloud:index/eip:Eip";
