// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The ClbListenerRule resource.
 */
export class ClbListenerRule extends pulumi.CustomResource {
    /**
     * Gets an existing ClbListenerRule resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ClbListenerRuleState, opts?: pulumi.CustomResourceOptions): ClbListenerRule {
        return new ClbListenerRule(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/clbListenerRule:ClbListenerRule";

    /**
     * Returns true if the given object is an instance of ClbListenerRule. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ClbListenerRule {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ClbListenerRule.__pulumiType;
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
     * ID of CLB instance.
     */
    declare public readonly clbId: pulumi.Output<string>;
    /**
     * Domain name of the listener rule.
     */
    declare public readonly domain: pulumi.Output<string>;
    /**
     * Domain name list of the listener rule.
     */
    declare public readonly domains: pulumi.Output<string[]>;
    /**
     * Forwarding protocol between the CLB instance and real server.
     */
    declare public readonly forwardType: pulumi.Output<string>;
    /**
     * Health threshold of health check, and the default is `3`.
     */
    declare public readonly healthCheckHealthNum: pulumi.Output<number>;
    /**
     * HTTP Status Code.
     */
    declare public readonly healthCheckHttpCode: pulumi.Output<number>;
    /**
     * Domain name of health check.
     */
    declare public readonly healthCheckHttpDomain: pulumi.Output<string>;
    /**
     * Methods of health check.
     */
    declare public readonly healthCheckHttpMethod: pulumi.Output<string>;
    /**
     * Path of health check.
     */
    declare public readonly healthCheckHttpPath: pulumi.Output<string>;
    /**
     * Interval time of health check.
     */
    declare public readonly healthCheckIntervalTime: pulumi.Output<number>;
    /**
     * Customize detection related parameters.
     */
    declare public readonly healthCheckPort: pulumi.Output<number | undefined>;
    /**
     * Indicates whether health check is enabled.
     */
    declare public readonly healthCheckSwitch: pulumi.Output<boolean>;
    /**
     * Time out of health check.
     */
    declare public readonly healthCheckTimeOut: pulumi.Output<number>;
    /**
     * Type of health check.
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
     * Indicate to apply HTTP2.0 protocol or not.
     */
    declare public readonly http2Switch: pulumi.Output<boolean>;
    /**
     * ID of CLB listener.
     */
    declare public readonly listenerId: pulumi.Output<string>;
    /**
     * Certificate information.
     */
    declare public readonly multiCertInfo: pulumi.Output<outputs.ClbListenerRuleMultiCertInfo | undefined>;
    /**
     * OAuth configuration information.
     */
    declare public readonly oauth: pulumi.Output<outputs.ClbListenerRuleOauth>;
    /**
     * Whether to enable QUIC.
     */
    declare public readonly quic: pulumi.Output<boolean>;
    declare public readonly ruleId: pulumi.Output<string>;
    /**
     * Scheduling method of the CLB listener rules.
     */
    declare public readonly scheduler: pulumi.Output<string | undefined>;
    /**
     * Time of session persistence within the CLB listener.
     */
    declare public readonly sessionExpireTime: pulumi.Output<number | undefined>;
    /**
     * Backend target type.
     */
    declare public readonly targetType: pulumi.Output<string | undefined>;
    /**
     * Url of the listener rule.
     */
    declare public readonly url: pulumi.Output<string>;

    /**
     * Create a ClbListenerRule resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ClbListenerRuleArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ClbListenerRuleArgs | ClbListenerRuleState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ClbListenerRuleState | undefined;
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
        } else {
            const args = argsOrState as ClbListenerRuleArgs | undefined;
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
