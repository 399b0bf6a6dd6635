// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The ClbListener resource.
 */
export class ClbListener extends pulumi.CustomResource {
    /**
     * Gets an existing ClbListener resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbListenerState, opts?: pulumi.CustomResourceOptions): ClbListener {
        return new ClbListener(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/clbListener:ClbListener";

    /**
     * Returns true if the given object is an instance of ClbListener. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ClbListener {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbListener.__pulumiType;
    }

    /**
     * ID of the client certificate.
     */
    declare public readonly certificateCaId: pulumi.Output<string | undefined>;
    /**
     * ID of the server certificate.
     */
    declare public readonly certificateId: pulumi.Output<string | undefined>;
    /**
     * Type of certificate.
     */
    declare public readonly certificateSslMode: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB.
     */
    declare public readonly clbId: pulumi.Output<string>;
    /**
     * Whether to send the TCP RST packet to the client when unbinding a real server.
     */
    declare public readonly deregisterTargetRst: pulumi.Output<boolean>;
    /**
     * This parameter is used to specify the end port and is required when creating a port range listener.
     */
    declare public readonly endPort: pulumi.Output<number>;
    /**
     * Enable H2C switch for intranet HTTP listener.
     */
    declare public readonly h2cSwitch: pulumi.Output<boolean>;
    /**
     * Health check protocol.
     */
    declare public readonly healthCheckContextType: pulumi.Output<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    declare public readonly healthCheckHealthNum: pulumi.Output<number>;
    /**
     * HTTP health check code of TCP listener, Valid value ranges: [1~31].
     */
    declare public readonly healthCheckHttpCode: pulumi.Output<number | undefined>;
    /**
     * HTTP health check domain of TCP listener.
     */
    declare public readonly healthCheckHttpDomain: pulumi.Output<string | undefined>;
    /**
     * HTTP health check method of TCP listener.
     */
    declare public readonly healthCheckHttpMethod: pulumi.Output<string>;
    /**
     * HTTP health check path of TCP listener.
     */
    declare public readonly healthCheckHttpPath: pulumi.Output<string | undefined>;
    /**
     * The HTTP version of the backend service.
     */
    declare public readonly healthCheckHttpVersion: pulumi.Output<string | undefined>;
    /**
     * Interval time of health check.
     */
    declare public readonly healthCheckIntervalTime: pulumi.Output<number>;
    /**
     * The health check port is the port of the backend service by default.
     */
    declare public readonly healthCheckPort: pulumi.Output<number | undefined>;
    /**
     * It represents the result returned by the health check.
     */
    declare public readonly healthCheckRecvContext: pulumi.Output<string | undefined>;
    /**
     * It represents the content of the request sent by the health check.
     */
    declare public readonly healthCheckSendContext: pulumi.Output<string | undefined>;
    /**
     * Indicates whether health check is enabled.
     */
    declare public readonly healthCheckSwitch: pulumi.Output<boolean>;
    /**
     * Response timeout of health check.
     */
    declare public readonly healthCheckTimeOut: pulumi.Output<number>;
    /**
     * Protocol used for health check.
     */
    declare public readonly healthCheckType: pulumi.Output<string>;
    /**
     * Unhealthy threshold of health check, and the default is `3`.
     */
    declare public readonly healthCheckUnhealthNum: pulumi.Output<number>;
    /**
     * Specifies the type of health check source IP.
     */
    declare public readonly healthSourceIpType: pulumi.Output<number>;
    /**
     * Connection idle timeout period (in seconds).
     */
    declare public readonly idleConnectTimeout: pulumi.Output<number>;
    /**
     * Whether to enable a persistent connection.
     */
    declare public readonly keepaliveEnable: pulumi.Output<number>;
    declare public readonly listenerId: pulumi.Output<string>;
    /**
     * Name of the CLB listener, and available values can only be Chinese characters, English letters, numbers, underscore and hyphen '-'.
     */
    declare public readonly listenerName: pulumi.Output<string>;
    /**
     * Certificate information.
     */
    declare public readonly multiCertInfo: pulumi.Output<outputs.ClbListenerMultiCertInfo | undefined>;
    /**
     * Port of the CLB listener.
     */
    declare public readonly port: pulumi.Output<number | undefined>;
    /**
     * Type of protocol within the listener.
     */
    declare public readonly protocol: pulumi.Output<string>;
    /**
     * Scheduling method of the CLB listener, and available values are 'WRR' and 'LEAST_CONN'.
     */
    declare public readonly scheduler: pulumi.Output<string | undefined>;
    /**
     * Time of session persistence within the CLB listener.
     */
    declare public readonly sessionExpireTime: pulumi.Output<number | undefined>;
    /**
     * Session persistence type.
     */
    declare public readonly sessionType: pulumi.Output<string>;
    /**
     * Whether to enable SNAT.
     */
    declare public readonly snatEnable: pulumi.Output<boolean>;
    /**
     * Indicates whether SNI is enabled, and only supported with protocol `HTTPS`.
     */
    declare public readonly sniSwitch: pulumi.Output<boolean | undefined>;
    /**
     * Backend target type.
     */
    declare public readonly targetType: pulumi.Output<string>;

    /**
     * Create a ClbListener resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbListenerArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ClbListenerArgs | ClbListenerState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ClbListenerState | undefined;
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
        } else {
            const args = argsOrState as ClbListenerArgs | undefined;
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

/**
 * Input properties used for looking up and filtering ClbListener resources.
 */
export interface ClbListenerState {
    /**
     * ID of the client certificate.
     */
    certificateCaId?: pulumi.Input<string>;
    /**
     * ID of the server certificate.
     */
    certificateId?: pulumi.Input<string>;
    /**
     * Type of certificate.
     */
    certificateSslMode?: pulumi.Input<string>;
    /**
     * ID of the CLB.
     */
    clbId?: pulumi.Input<string>;
    /**
     * Whether to send the TCP RST packet to the client when unbinding a real server.
     */
    deregisterTargetRst?: pulumi.Input<boolean>;
    /**
     * This parameter is used to specify the end port and is required when creating a port range listener.
     */
    endPort?: pulumi.Input<number>;
    /**
     * Enable H2C switch for intranet HTTP listener.
     */
    h2cSwitch?: pulumi.Input<boolean>;
    /**
     * Health check protocol.
     */
    healthCheckContextType?: pulumi.Input<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    healthCheckHealthNum?: pulumi.Input<number>;
    /**
     * HTTP health check code of TCP listener, Valid value ranges: [1~31].
     */
    healthCheckHttpCode?: pulumi.Input<number>;
    /**
     * HTTP health check domain of TCP listener.
     */
    healthCheckHttpDomain?: pulumi.Input<string>;
    /**
     * HTTP health check method of TCP listener.
     */
    healthCheckHttpMethod?: pulumi.Input<string>;
    /**
     * HTTP health check path of TCP listener.
     */
    healthCheckHttpPath?: pulumi.Input<string>;
    /**
     * The HTTP version of the backend service.
     */
    healthCheckHttpVersion?: pulumi.Input<string>;
    /**
     * Interval time of health check.
     */
    healthCheckIntervalTime?: pulumi.Input<number>;
    /**
     * The health check port is the port of the backend service by default.
     */
    healthCheckPort?: pulumi.Input<number>;
    /**
     * It represents the result returned by the health check.
     */
    healthCheckRecvContext?: pulumi.Input<string>;
    /**
     * It represents the content of the request sent by the health check.
     */
    healthCheckSendContext?: pulumi.Input<string>;
    /**
     * Indicates whether health check is enabled.
     */
    healthCheckSwitch?: pulumi.Input<boolean>;
    /**
     * Response timeout of health check.
     */
    healthCheckTimeOut?: pulumi.Input<number>;
    /**
     * Protocol used for health check.
     */
    healthCheckType?: pulumi.Input<string>;
    /**
     * Unhealthy threshold of health check, and the default is `3`.
     */
    healthCheckUnhealthNum?: pulumi.Input<number>;
    /**
     * Specifies the type of health check source IP.
     */
    healthSourceIpType?: pulumi.Input<number>;
    /**
     * Connection idle timeout period (in seconds).
     */
    idleConnectTimeout?: pulumi.Input<number>;
    /**
     * Whether to enable a persistent connection.
     */
    keepaliveEnable?: pulumi.Input<number>;
    listenerId?: pulumi.Input<string>;
    /**
     * Name of the CLB listener, and available values can only be Chinese characters, English letters, numbers, underscore and hyphen '-'.
     */
    listenerName?: pulumi.Input<string>;
    /**
     * Certificate information.
     */
    multiCertInfo?: pulumi.Input<inputs.ClbListenerMultiCertInfo>;
    /**
     * Port of the CLB listener.
     */
    port?: pulumi.Input<number>;
    /**
     * Type of protocol within the listener.
     */
    protocol?: pulumi.Input<string>;
    /**
     * Scheduling method of the CLB listener, and available values are 'WRR' and 'LEAST_CONN'.
     */
    scheduler?: pulumi.Input<string>;
    /**
     * Time of session persistence within the CLB listener.
     */
    sessionExpireTime?: pulumi.Input<number>;
    /**
     * Session persistence type.
     */
    sessionType?: pulumi.Input<string>;
    /**
     * Whether to enable SNAT.
     */
    snatEnable?: pulumi.Input<boolean>;
    /**
     * Indicates whether SNI is enabled, and only supported with protocol `HTTPS`.
     */
    sniSwitch?: pulumi.Input<boolean>;
    /**
     * Backend target type.
     */
    targetType?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a ClbListener resource.
 */
export interface ClbListenerArgs {
    /**
     * ID of the client certificate.
     */
    certificateCaId?: pulumi.Input<string>;
    /**
     * ID of the server certificate.
     */
    certificateId?: pulumi.Input<string>;
    /**
     * Type of certificate.
     */
    certificateSslMode?: pulumi.Input<string>;
    /**
     * ID of the CLB.
     */
    clbId: pulumi.Input<string>;
    /**
     * Whether to send the TCP RST packet to the client when unbinding a real server.
     */
    deregisterTargetRst?: pulumi.Input<boolean>;
    /**
     * This parameter is used to specify the end port and is required when creating a port range listener.
     */
    endPort?: pulumi.Input<number>;
    /**
     * Enable H2C switch for intranet HTTP listener.
     */
    h2cSwitch?: pulumi.Input<boolean>;
    /**
     * Health check protocol.
     */
    healthCheckContextType?: pulumi.Input<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    healthCheckHealthNum?: pulumi.Input<number>;
    /**
     * HTTP health check code of TCP listener, Valid value ranges: [1~31].
     */
    healthCheckHttpCode?: pulumi.Input<number>;
    /**
     * HTTP health check domain of TCP listener.
     */
    healthCheckHttpDomain?: pulumi.Input<string>;
    /**
     * HTTP health check method of TCP listener.
     */
    healthCheckHttpMethod?: pulumi.Input<string>;
    /**
     * HTTP health check path of TCP listener.
     */
    healthCheckHttpPath?: pulumi.Input<string>;
    /**
     * The HTTP version of the backend service.
     */
    healthCheckHttpVersion?: pulumi.Input<string>;
    /**
     * Interval time of health check.
     */
    healthCheckIntervalTime?: pulumi.Input<number>;
    /**
     * The health check port is the port of the backend service by default.
     */
    healthCheckPort?: pulumi.Input<number>;
    /**
     * It represents the result returned by the health check.
     */
    healthCheckRecvContext?: pulumi.Input<string>;
    /**
     * It represents the content of the request sent by the health check.
     */
    healthCheckSendContext?: pulumi.Input<string>;
    /**
     * Indicates whether health check is enabled.
     */
    healthCheckSwitch?: pulumi.Input<boolean>;
    /**
     * Response timeout of health check.
     */
    healthCheckTimeOut?: pulumi.Input<number>;
    /**
     * Protocol used for health check.
     */
    healthCheckType?: pulumi.Input<string>;
    /**
     * Unhealthy threshold of health check, and the default is `3`.
     */
    healthCheckUnhealthNum?: pulumi.Input<number>;
    /**
     * Specifies the type of health check source IP.
     */
    healthSourceIpType?: pulumi.Input<number>;
    /**
     * Connection idle timeout period (in seconds).
     */
    idleConnectTimeout?: pulumi.Input<number>;
    /**
     * Whether to enable a persistent connection.
     */
    keepaliveEnable?: pulumi.Input<number>;
    /**
     * Name of the CLB listener, and available values can only be Chinese characters, English letters, numbers, underscore and hyphen '-'.
     */
    listenerName: pulumi.Input<string>;
    /**
     * Certificate information.
     */
    multiCertInfo?: pulumi.Input<inputs.ClbListenerMultiCertInfo>;
    /**
     * Port of the CLB listener.
     */
    port?: pulumi.Input<number>;
    /**
     * Type of protocol within the listener.
     */
    protocol: pulumi.Input<string>;
    /**
     * Scheduling method of the CLB listener, and available values are 'WRR' and 'LEAST_CONN'.
     */
    scheduler?: pulumi.Input<string>;
    /**
     * Time of session persistence within the CLB listener.
     */
    sessionExpireTime?: pulumi.Input<number>;
    /**
     * Session persistence type.
     */
    sessionType?: pulumi.Input<string>;
    /**
     * Whether to enable SNAT.
     */
    snatEnable?: pulumi.Input<boolean>;
    /**
     * Indicates whether SNI is enabled, and only supported with protocol `HTTPS`.
     */
    sniSwitch?: pulumi.Input<boolean>;
    /**
     * Backend target type.
     */
    targetType?: pulumi.Input<string>;
}
