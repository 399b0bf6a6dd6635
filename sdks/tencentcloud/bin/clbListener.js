"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClbListener = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The ClbListener resource.
 */
class ClbListener extends pulumi.CustomResource {
    /**
     * Gets an existing ClbListener resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new ClbListener(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of ClbListener. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbListener.__pulumiType;
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
            resourceInputs["deregisterTargetRst"] = state?.deregisterTargetRst;
            resourceInputs["endPort"] = state?.endPort;
            resourceInputs["h2cSwitch"] = state?.h2cSwitch;
            resourceInputs["healthCheckContextType"] = state?.healthCheckContextType;
            resourceInputs["healthCheckHealthNum"] = state?.healthCheckHealthNum;
            resourceInputs["healthCheckHttpCode"] = state?.healthCheckHttpCode;
            resourceInputs["healthCheckHttpDomain"] = state?.healthCheckHttpDomain;
            resourceInputs["healthCheckHttpMethod"] = state?.healthCheckHttpMethod;
            resourceInputs["healthCheckHttpPath"] = state?.healthCheckHttpPath;
            resourceInputs["healthCheckHttpVersion"] = state?.healthCheckHttpVersion;
            resourceInputs["healthCheckIntervalTime"] = state?.healthCheckIntervalTime;
            resourceInputs["healthCheckPort"] = state?.healthCheckPort;
            resourceInputs["healthCheckRecvContext"] = state?.healthCheckRecvContext;
            resourceInputs["healthCheckSendContext"] = state?.healthCheckSendContext;
            resourceInputs["healthCheckSwitch"] = state?.healthCheckSwitch;
            resourceInputs["healthCheckTimeOut"] = state?.healthCheckTimeOut;
            resourceInputs["healthCheckType"] = state?.healthCheckType;
            resourceInputs["healthCheckUnhealthNum"] = state?.healthCheckUnhealthNum;
            resourceInputs["healthSourceIpType"] = state?.healthSourceIpType;
            resourceInputs["idleConnectTimeout"] = state?.idleConnectTimeout;
            resourceInputs["keepaliveEnable"] = state?.keepaliveEnable;
            resourceInputs["listenerId"] = state?.listenerId;
            resourceInputs["listenerName"] = state?.listenerName;
            resourceInputs["multiCertInfo"] = state?.multiCertInfo;
            resourceInputs["port"] = state?.port;
            resourceInputs["protocol"] = state?.protocol;
            resourceInputs["scheduler"] = state?.scheduler;
            resourceInputs["sessionExpireTime"] = state?.sessionExpireTime;
            resourceInputs["sessionType"] = state?.sessionType;
            resourceInputs["snatEnable"] = state?.snatEnable;
            resourceInputs["sniSwitch"] = state?.sniSwitch;
            resourceInputs["targetType"] = state?.targetType;
        }
        else {
            const args = argsOrState;
            if (args?.clbId === undefined && !opts.urn) {
                throw new Error("Missing required property 'clbId'");
            }
            if (args?.listenerName === undefined && !opts.urn) {
                throw new Error("Missing required property 'listenerName'");
            }
            if (args?.protocol === undefined && !opts.urn) {
                throw new Error("Missing required property 'protocol'");
            }
            resourceInputs["certificateCaId"] = args?.certificateCaId;
            resourceInputs["certificateId"] = args?.certificateId;
            resourceInputs["certificateSslMode"] = args?.certificateSslMode;
            resourceInputs["clbId"] = args?.clbId;
            resourceInputs["deregisterTargetRst"] = args?.deregisterTargetRst;
            resourceInputs["endPort"] = args?.endPort;
            resourceInputs["h2cSwitch"] = args?.h2cSwitch;
            resourceInputs["healthCheckContextType"] = args?.healthCheckContextType;
            resourceInputs["healthCheckHealthNum"] = args?.healthCheckHealthNum;
            resourceInputs["healthCheckHttpCode"] = args?.healthCheckHttpCode;
            resourceInputs["healthCheckHttpDomain"] = args?.healthCheckHttpDomain;
            resourceInputs["healthCheckHttpMethod"] = args?.healthCheckHttpMethod;
            resourceInputs["healthCheckHttpPath"] = args?.healthCheckHttpPath;
            resourceInputs["healthCheckHttpVersion"] = args?.healthCheckHttpVersion;
            resourceInputs["healthCheckIntervalTime"] = args?.healthCheckIntervalTime;
            resourceInputs["healthCheckPort"] = args?.healthCheckPort;
            resourceInputs["healthCheckRecvContext"] = args?.healthCheckRecvContext;
            resourceInputs["healthCheckSendContext"] = args?.healthCheckSendContext;
            resourceInputs["healthCheckSwitch"] = args?.healthCheckSwitch;
            resourceInputs["healthCheckTimeOut"] = args?.healthCheckTimeOut;
            resourceInputs["healthCheckType"] = args?.healthCheckType;
            resourceInputs["healthCheckUnhealthNum"] = args?.healthCheckUnhealthNum;
            resourceInputs["healthSourceIpType"] = args?.healthSourceIpType;
            resourceInputs["idleConnectTimeout"] = args?.idleConnectTimeout;
            resourceInputs["keepaliveEnable"] = args?.keepaliveEnable;
            resourceInputs["listenerName"] = args?.listenerName;
            resourceInputs["multiCertInfo"] = args?.multiCertInfo;
            resourceInputs["port"] = args?.port;
            resourceInputs["protocol"] = args?.protocol;
            resourceInputs["scheduler"] = args?.scheduler;
            resourceInputs["sessionExpireTime"] = args?.sessionExpireTime;
            resourceInputs["sessionType"] = args?.sessionType;
            resourceInputs["snatEnable"] = args?.snatEnable;
            resourceInputs["sniSwitch"] = args?.sniSwitch;
            resourceInputs["targetType"] = args?.targetType;
            resourceInputs["listenerId"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ClbListener.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.ClbListener = ClbListener;
/** @internal */
ClbListener.__pulumiType = "tencentcloud:index/clbListener:ClbListener";
