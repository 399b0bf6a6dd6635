import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The ClbListenerRule resource.
 */
export declare class ClbListenerRule extends pulumi.CustomResource {
    /**
     * Gets an existing ClbListenerRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbListenerRuleState, opts?: pulumi.CustomResourceOptions): ClbListenerRule;
    /**
     * Returns true if the given object is an instance of ClbListenerRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ClbListenerRule;
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
     * ID of CLB instance.
     */
    readonly clbId: pulumi.Output<string>;
    /**
     * Domain name of the listener rule.
     */
    readonly domain: pulumi.Output<string>;
    /**
     * Domain name list of the listener rule.
     */
    readonly domains: pulumi.Output<string[]>;
    /**
     * Forwarding protocol between the CLB instance and real server.
     */
    readonly forwardType: pulumi.Output<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    readonly healthCheckHealthNum: pulumi.Output<number>;
    /**
     * HTTP Status Code.
     */
    readonly healthCheckHttpCode: pulumi.Output<number>;
    /**
     * Domain name of health check.
     */
    readonly healthCheckHttpDomain: pulumi.Output<string>;
    /**
     * Methods of health check.
     */
    readonly healthCheckHttpMethod: pulumi.Output<string>;
    /**
     * Path of health check.
     */
    readonly healthCheckHttpPath: pulumi.Output<string>;
    /**
     * Interval time of health check.
     */
    readonly healthCheckIntervalTime: pulumi.Output<number>;
    /**
     * Customize detection related parameters.
     */
    readonly healthCheckPort: pulumi.Output<number | undefined>;
    /**
     * Indicates whether health check is enabled.
     */
    readonly healthCheckSwitch: pulumi.Output<boolean>;
    /**
     * Time out of health check.
     */
    readonly healthCheckTimeOut: pulumi.Output<number>;
    /**
     * Type of health check.
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
     * Indicate to apply HTTP2.0 protocol or not.
     */
    readonly http2Switch: pulumi.Output<boolean>;
    /**
     * ID of CLB listener.
     */
    readonly listenerId: pulumi.Output<string>;
    /**
     * Certificate information.
     */
    readonly multiCertInfo: pulumi.Output<outputs.ClbListenerRuleMultiCertInfo | undefined>;
    /**
     * OAuth configuration information.
     */
    readonly oauth: pulumi.Output<outputs.ClbListenerRuleOauth>;
    /**
     * Whether to enable QUIC.
     */
    readonly quic: pulumi.Output<boolean>;
    readonly ruleId: pulumi.Output<string>;
    /**
     * Scheduling method of the CLB listener rules.
     */
    readonly scheduler: pulumi.Output<string | undefined>;
    /**
     * Time of session persistence within the CLB listener.
     */
    readonly sessionExpireTime: pulumi.Output<number | undefined>;
    /**
     * Backend target type.
     */
    readonly targetType: pulumi.Output<string | undefined>;
    /**
     * Url of the listener rule.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Create a ClbListenerRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbListenerRuleArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ClbListenerRule resources.
 */
export interface ClbListenerRuleState {
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
     * ID of CLB instance.
     */
    clbId?: pulumi.Input<string>;
    /**
     * Domain name of the listener rule.
     */
    domain?: pulumi.Input<string>;
    /**
     * Domain name list of the listener rule.
     */
    domains?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Forwarding protocol between the CLB instance and real server.
     */
    forwardType?: pulumi.Input<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    healthCheckHealthNum?: pulumi.Input<number>;
    /**
     * HTTP Status Code.
     */
    healthCheckHttpCode?: pulumi.Input<number>;
    /**
     * Domain name of health check.
     */
    healthCheckHttpDomain?: pulumi.Input<string>;
    /**
     * Methods of health check.
     */
    healthCheckHttpMethod?: pulumi.Input<string>;
    /**
     * Path of health check.
     */
    healthCheckHttpPath?: pulumi.Input<string>;
    /**
     * Interval time of health check.
     */
    healthCheckIntervalTime?: pulumi.Input<number>;
    /**
     * Customize detection related parameters.
     */
    healthCheckPort?: pulumi.Input<number>;
    /**
     * Indicates whether health check is enabled.
     */
    healthCheckSwitch?: pulumi.Input<boolean>;
    /**
     * Time out of health check.
     */
    healthCheckTimeOut?: pulumi.Input<number>;
    /**
     * Type of health check.
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
     * Indicate to apply HTTP2.0 protocol or not.
     */
    http2Switch?: pulumi.Input<boolean>;
    /**
     * ID of CLB listener.
     */
    listenerId?: pulumi.Input<string>;
    /**
     * Certificate information.
     */
    multiCertInfo?: pulumi.Input<inputs.ClbListenerRuleMultiCertInfo>;
    /**
     * OAuth configuration information.
     */
    oauth?: pulumi.Input<inputs.ClbListenerRuleOauth>;
    /**
     * Whether to enable QUIC.
     */
    quic?: pulumi.Input<boolean>;
    ruleId?: pulumi.Input<string>;
    /**
     * Scheduling method of the CLB listener rules.
     */
    scheduler?: pulumi.Input<string>;
    /**
     * Time of session persistence within the CLB listener.
     */
    sessionExpireTime?: pulumi.Input<number>;
    /**
     * Backend target type.
     */
    targetType?: pulumi.Input<string>;
    /**
     * Url of the listener rule.
     */
    url?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a ClbListenerRule resource.
 */
export interface ClbListenerRuleArgs {
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
     * ID of CLB instance.
     */
    clbId: pulumi.Input<string>;
    /**
     * Domain name of the listener rule.
     */
    domain?: pulumi.Input<string>;
    /**
     * Domain name list of the listener rule.
     */
    domains?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Forwarding protocol between the CLB instance and real server.
     */
    forwardType?: pulumi.Input<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    healthCheckHealthNum?: pulumi.Input<number>;
    /**
     * HTTP Status Code.
     */
    healthCheckHttpCode?: pulumi.Input<number>;
    /**
     * Domain name of health check.
     */
    healthCheckHttpDomain?: pulumi.Input<string>;
    /**
     * Methods of health check.
     */
    healthCheckHttpMethod?: pulumi.Input<string>;
    /**
     * Path of health check.
     */
    healthCheckHttpPath?: pulumi.Input<string>;
    /**
     * Interval time of health check.
     */
    healthCheckIntervalTime?: pulumi.Input<number>;
    /**
     * Customize detection related parameters.
     */
    healthCheckPort?: pulumi.Input<number>;
    /**
     * Indicates whether health check is enabled.
     */
    healthCheckSwitch?: pulumi.Input<boolean>;
    /**
     * Time out of health check.
     */
    healthCheckTimeOut?: pulumi.Input<number>;
    /**
     * Type of health check.
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
     * Indicate to apply HTTP2.0 protocol or not.
     */
    http2Switch?: pulumi.Input<boolean>;
    /**
     * ID of CLB listener.
     */
    listenerId: pulumi.Input<string>;
    /**
     * Certificate information.
     */
    multiCertInfo?: pulumi.Input<inputs.ClbListenerRuleMultiCertInfo>;
    /**
     * OAuth configuration information.
     */
    oauth?: pulumi.Input<inputs.ClbListenerRuleOauth>;
    /**
     * Whether to enable QUIC.
     */
    quic?: pulumi.Input<boolean>;
    /**
     * Scheduling method of the CLB listener rules.
     */
    scheduler?: pulumi.Input<string>;
    /**
     * Time of session persistence within the CLB listener.
     */
    sessionExpireTime?: pulumi.Input<number>;
    /**
     * Backend target type.
     */
    targetType?: pulumi.Input<string>;
    /**
     * Url of the listener rule.
     */
    url: pulumi.Input<string>;
}
