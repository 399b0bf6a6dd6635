import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The ClbListener resource.
 */
export declare class ClbListener extends pulumi.CustomResource {
    /**
     * Gets an existing ClbListener resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbListenerState, opts?: pulumi.CustomResourceOptions): ClbListener;
    /**
     * Returns true if the given object is an instance of ClbListener. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ClbListener;
    /**
     * ID of the client certificate.
     */
    readonly certificateCaId: pulumi.Output<string | undefined>;
    /**
     * ID of the server certificate.
     */
    readonly certificateId: pulumi.Output<string | undefined>;
    /**
     * Type of certificate.
     */
    readonly certificateSslMode: pulumi.Output<string | undefined>;
    /**
     * ID of the CLB.
     */
    readonly clbId: pulumi.Output<string>;
    /**
     * Whether to send the TCP RST packet to the client when unbinding a real server.
     */
    readonly deregisterTargetRst: pulumi.Output<boolean>;
    /**
     * This parameter is used to specify the end port and is required when creating a port range listener.
     */
    readonly endPort: pulumi.Output<number>;
    /**
     * Enable H2C switch for intranet HTTP listener.
     */
    readonly h2cSwitch: pulumi.Output<boolean>;
    /**
     * Health check protocol.
     */
    readonly healthCheckContextType: pulumi.Output<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    readonly healthCheckHealthNum: pulumi.Output<number>;
    /**
     * HTTP health check code of TCP listener, Valid value ranges: [1~31].
     */
    readonly healthCheckHttpCode: pulumi.Output<number | undefined>;
    /**
     * HTTP health check domain of TCP listener.
     */
    readonly healthCheckHttpDomain: pulumi.Output<string | undefined>;
    /**
     * HTTP health check method of TCP listener.
     */
    readonly healthCheckHttpMethod: pulumi.Output<string>;
    /**
     * HTTP health check path of TCP listener.
     */
    readonly healthCheckHttpPath: pulumi.Output<string | undefined>;
    /**
     * The HTTP version of the backend service.
     */
    readonly healthCheckHttpVersion: pulumi.Output<string | undefined>;
    /**
     * Interval time of health check.
     */
    readonly healthCheckIntervalTime: pulumi.Output<number>;
    /**
     * The health check port is the port of the backend service by default.
     */
    readonly healthCheckPort: pulumi.Output<number | undefined>;
    /**
     * It represents the result returned by the health check.
     */
    readonly healthCheckRecvContext: pulumi.Output<string | undefined>;
    /**
     * It represents the content of the request sent by the health check.
     */
    readonly healthCheckSendContext: pulumi.Output<string | undefined>;
    /**
     * Indicates whether health check is enabled.
     */
    readonly healthCheckSwitch: pulumi.Output<boolean>;
    /**
     * Response timeout of health check.
     */
    readonly healthCheckTimeOut: pulumi.Output<number>;
    /**
     * Protocol used for health check.
     */
    readonly healthCheckType: pulumi.Output<string>;
    /**
     * Unhealthy threshold of health check, and the default is `3`.
     */
    readonly healthCheckUnhealthNum: pulumi.Output<number>;
    /**
     * Specifies the type of health check source IP.
     */
    readonly healthSourceIpType: pulumi.Output<number>;
    /**
     * Connection idle timeout period (in seconds).
     */
    readonly idleConnectTimeout: pulumi.Output<number>;
    /**
     * Whether to enable a persistent connection.
     */
    readonly keepaliveEnable: pulumi.Output<number>;
    readonly listenerId: pulumi.Output<string>;
    /**
     * Name of the CLB listener, and available values can only be Chinese characters, English letters, numbers, underscore and hyphen '-'.
     */
    readonly listenerName: pulumi.Output<string>;
    /**
     * Certificate information.
     */
    readonly multiCertInfo: pulumi.Output<outputs.ClbListenerMultiCertInfo | undefined>;
    /**
     * Port of the CLB listener.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * Type of protocol within the listener.
     */
    readonly protocol: pulumi.Output<string>;
    /**
     * Scheduling method of the CLB listener, and available values are 'WRR' and 'LEAST_CONN'.
     */
    readonly scheduler: pulumi.Output<string | undefined>;
    /**
     * Time of session persistence within the CLB listener.
     */
    readonly sessionExpireTime: pulumi.Output<number | undefined>;
    /**
     * Session persistence type.
     */
    readonly sessionType: pulumi.Output<string>;
    /**
     * Whether to enable SNAT.
     */
    readonly snatEnable: pulumi.Output<boolean>;
    /**
     * Indicates whether SNI is enabled, and only supported with protocol `HTTPS`.
     */
    readonly sniSwitch: pulumi.Output<boolean | undefined>;
    /**
     * Backend target type.
     */
    readonly targetType: pulumi.Output<string>;
    /**
     * Create a ClbListener resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbListenerArgs, opts?: pulumi.CustomResourceOptions);
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
