"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClbListenerRule = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The ClbListenerRule resource.
 */
class ClbListenerRule extends pulumi.CustomResource {
    /**
     * Gets an existing ClbListenerRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new ClbListenerRule(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of ClbListenerRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbListenerRule.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["certificateCaId"] = state?.certificateCaId;
            resourceInputs["certificateId"] = state?.certificateId;
            resourceInputs["certificateSslMode"] = state?.certificateSslMode;
            resourceInputs["clbId"] = state?.clbId;
            resourceInputs["domain"] = state?.domain;
            resourceInputs["domains"] = state?.domains;
            resourceInputs["forwardType"] = state?.forwardType;
            resourceInputs["healthCheckHealthNum"] = state?.healthCheckHealthNum;
            resourceInputs["healthCheckHttpCode"] = state?.healthCheckHttpCode;
            resourceInputs["healthCheckHttpDomain"] = state?.healthCheckHttpDomain;
            resourceInputs["healthCheckHttpMethod"] = state?.healthCheckHttpMethod;
            resourceInputs["healthCheckHttpPath"] = state?.healthCheckHttpPath;
            resourceInputs["healthCheckIntervalTime"] = state?.healthCheckIntervalTime;
            resourceInputs["healthCheckPort"] = state?.healthCheckPort;
            resourceInputs["healthCheckSwitch"] = state?.healthCheckSwitch;
            resourceInputs["healthCheckTimeOut"] = state?.healthCheckTimeOut;
            resourceInputs["healthCheckType"] = state?.healthCheckType;
            resourceInputs["healthCheckUnhealthNum"] = state?.healthCheckUnhealthNum;
            resourceInputs["healthSourceIpType"] = state?.healthSourceIpType;
            resourceInputs["http2Switch"] = state?.http2Switch;
            resourceInputs["listenerId"] = state?.listenerId;
            resourceInputs["multiCertInfo"] = state?.multiCertInfo;
            resourceInputs["oauth"] = state?.oauth;
            resourceInputs["quic"] = state?.quic;
            resourceInputs["ruleId"] = state?.ruleId;
            resourceInputs["scheduler"] = state?.scheduler;
            resourceInputs["sessionExpireTime"] = state?.sessionExpireTime;
            resourceInputs["targetType"] = state?.targetType;
            resourceInputs["url"] = state?.url;
        }
        else {
            const args = argsOrState;
            if (args?.clbId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbId'");
            }
            if (args?.listenerId === undefined && !opts.urn) {
                throw new Error("Missing required property 'listenerId'");
            }
            if (args?.url === undefined && !opts.urn) {
                throw new Error("Missing required property 'url'");
            }
            resourceInputs["certificateCaId"] = args?.certificateCaId;
            resourceInputs["certificateId"] = args?.certificateId;
            resourceInputs["certificateSslMode"] = args?.certificateSslMode;
            resourceInputs["clbId"] = args?.clbId;
            resourceInputs["domain"] = args?.domain;
            resourceInputs["domains"] = args?.domains;
            resourceInputs["forwardType"] = args?.forwardType;
            resourceInputs["healthCheckHealthNum"] = args?.healthCheckHealthNum;
            resourceInputs["healthCheckHttpCode"] = args?.healthCheckHttpCode;
            resourceInputs["healthCheckHttpDomain"] = args?.healthCheckHttpDomain;
            resourceInputs["healthCheckHttpMethod"] = args?.healthCheckHttpMethod;
            resourceInputs["healthCheckHttpPath"] = args?.healthCheckHttpPath;
            resourceInputs["healthCheckIntervalTime"] = args?.healthCheckIntervalTime;
            resourceInputs["healthCheckPort"] = args?.healthCheckPort;
            resourceInputs["healthCheckSwitch"] = args?.healthCheckSwitch;
            resourceInputs["healthCheckTimeOut"] = args?.healthCheckTimeOut;
            resourceInputs["healthCheckType"] = args?.healthCheckType;
            resourceInputs["healthCheckUnhealthNum"] = args?.healthCheckUnhealthNum;
            resourceInputs["healthSourceIpType"] = args?.healthSourceIpType;
            resourceInputs["http2Switch"] = args?.http2Switch;
            resourceInputs["listenerId"] = args?.listenerId;
            resourceInputs["multiCertInfo"] = args?.multiCertInfo;
            resourceInputs["oauth"] = args?.oauth;
            resourceInputs["quic"] = args?.quic;
            resourceInputs["scheduler"] = args?.scheduler;
            resourceInputs["sessionExpireTime"] = args?.sessionExpireTime;
            resourceInputs["targetType"] = args?.targetType;
            resourceInputs["url"] = args?.url;
            resourceInputs["ruleId"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbListenerRule.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.ClbListenerRule = ClbListenerRule;
/** @internal */
ClbListenerRule.__pulumiType = "tencentcloud:index/clbListenerRule:ClbListenerRule";
