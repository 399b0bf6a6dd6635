"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorTmpInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorTmpInstance resource.
 */
class MonitorTmpInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorTmpInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorTmpInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorTmpInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorTmpInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["apiRootPath"] = state?.apiRootPath;
            resourceInputs["dataRetentionTime"] = state?.dataRetentionTime;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["ipv4Address"] = state?.ipv4Address;
            resourceInputs["proxyAddress"] = state?.proxyAddress;
            resourceInputs["remoteWrite"] = state?.remoteWrite;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["zone"] = state?.zone;
        }
        else {
            const args = argsOrState;
            if (args?.dataRetentionTime === undefined && !opts.urn) {
                throw new Error("Missing required property 'dataRetentionTime'");
            }
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.subnetId === undefined && !opts.urn) {
                throw new Error("Missing required property 'subnetId'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            if (args?.zone === undefined && !opts.urn) {
                throw new Error("Missing required property 'zone'");
            }
            resourceInputs["dataRetentionTime"] = args?.dataRetentionTime;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["zone"] = args?.zone;
            resourceInputs["apiRootPath"] = undefined /*out*/;
            resourceInputs["ipv4Address"] = undefined /*out*/;
            resourceInputs["proxyAddress"] = undefined /*out*/;
            resourceInputs["remoteWrite"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorTmpInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorTmpInstance = MonitorTmpInstance;
/** @internal */
MonitorTmpInstance.__pulumiType = "tencentcloud:index/monitorTmpInstance:MonitorTmpInstance";
