"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MonitorGrafanaInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MonitorGrafanaInstance resource.
 */
class MonitorGrafanaInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MonitorGrafanaInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MonitorGrafanaInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MonitorGrafanaInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MonitorGrafanaInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["autoVoucher"] = state?.autoVoucher;
            resourceInputs["enableInternet"] = state?.enableInternet;
            resourceInputs["grafanaInitPassword"] = state?.grafanaInitPassword;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceStatus"] = state?.instanceStatus;
            resourceInputs["internalUrl"] = state?.internalUrl;
            resourceInputs["internetUrl"] = state?.internetUrl;
            resourceInputs["isDestroy"] = state?.isDestroy;
            resourceInputs["isDistroy"] = state?.isDistroy;
            resourceInputs["rootUrl"] = state?.rootUrl;
            resourceInputs["subnetIds"] = state?.subnetIds;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
        }
        else {
            const args = argsOrState;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            resourceInputs["autoVoucher"] = args?.autoVoucher;
            resourceInputs["enableInternet"] = args?.enableInternet;
            resourceInputs["grafanaInitPassword"] = args?.grafanaInitPassword;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["isDestroy"] = args?.isDestroy;
            resourceInputs["isDistroy"] = args?.isDistroy;
            resourceInputs["subnetIds"] = args?.subnetIds;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["instanceId"] = undefined /*out*/;
            resourceInputs["instanceStatus"] = undefined /*out*/;
            resourceInputs["internalUrl"] = undefined /*out*/;
            resourceInputs["internetUrl"] = undefined /*out*/;
            resourceInputs["rootUrl"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MonitorGrafanaInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MonitorGrafanaInstance = MonitorGrafanaInstance;
/** @internal */
MonitorGrafanaInstance.__pulumiType = "tencentcloud:index/monitorGrafanaInstance:MonitorGrafanaInstance";
