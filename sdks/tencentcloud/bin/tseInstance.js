"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.TseInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The TseInstance resource.
 */
class TseInstance extends pulumi.CustomResource {
    /**
     * Gets an existing TseInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new TseInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of TseInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === TseInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["enableClientInternetAccess"] = state?.enableClientInternetAccess;
            resourceInputs["engineName"] = state?.engineName;
            resourceInputs["engineNodeNum"] = state?.engineNodeNum;
            resourceInputs["engineProductVersion"] = state?.engineProductVersion;
            resourceInputs["engineRegion"] = state?.engineRegion;
            resourceInputs["engineRegionInfos"] = state?.engineRegionInfos;
            resourceInputs["engineResourceSpec"] = state?.engineResourceSpec;
            resourceInputs["engineType"] = state?.engineType;
            resourceInputs["engineVersion"] = state?.engineVersion;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["prepaidRenewFlag"] = state?.prepaidRenewFlag;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["tradeType"] = state?.tradeType;
            resourceInputs["vpcId"] = state?.vpcId;
        }
        else {
            const args = argsOrState;
            if (args?.engineName === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineName'");
            }
            if (args?.engineProductVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineProductVersion'");
            }
            if (args?.engineRegion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineRegion'");
            }
            if (args?.engineType === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineType'");
            }
            if (args?.engineVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineVersion'");
            }
            if (args?.tradeType === undefined && !opts.urn) {
                throw new Error("Missing required property 'tradeType'");
            }
            resourceInputs["enableClientInternetAccess"] = args?.enableClientInternetAccess;
            resourceInputs["engineName"] = args?.engineName;
            resourceInputs["engineNodeNum"] = args?.engineNodeNum;
            resourceInputs["engineProductVersion"] = args?.engineProductVersion;
            resourceInputs["engineRegion"] = args?.engineRegion;
            resourceInputs["engineRegionInfos"] = args?.engineRegionInfos;
            resourceInputs["engineResourceSpec"] = args?.engineResourceSpec;
            resourceInputs["engineType"] = args?.engineType;
            resourceInputs["engineVersion"] = args?.engineVersion;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["prepaidRenewFlag"] = args?.prepaidRenewFlag;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["tradeType"] = args?.tradeType;
            resourceInputs["vpcId"] = args?.vpcId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(TseInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.TseInstance = TseInstance;
/** @internal */
TseInstance.__pulumiType = "tencentcloud:index/tseInstance:TseInstance";
