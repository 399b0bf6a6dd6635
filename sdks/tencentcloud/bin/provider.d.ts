import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
/**
 * The provider type for the tencentcloud package. By default, resources use package-wide
 * configuration settings, however an explicit `Provider` instance may be created and passed during
 * resource construction to achieve fine-grained programmatic control over provider settings.
 */
export declare class Provider extends pulumi.ProviderResource {
    /**
     * Returns true if the given object is an instance of Provider. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Provider;
    /**
     * The name of the CVM instance CAM role.
     */
    readonly camRoleName: pulumi.Output<string | undefined>;
    /**
     * The cos domain of the API request, Default is `https://cos.{region}.myqcloud.com`, Other Examples: `https://cluster-123456.cos-cdc.ap-guangzhou.myqcloud.com`.
     */
    readonly cosDomain: pulumi.Output<string | undefined>;
    /**
     * The root domain of the API request, Default is `tencentcloudapi.com`.
     */
    readonly domain: pulumi.Output<string | undefined>;
    /**
     * The profile name as set in the shared credentials.
     */
    readonly profile: pulumi.Output<string | undefined>;
    /**
     * The protocol of the API request.
     */
    readonly protocol: pulumi.Output<string | undefined>;
    /**
     * This is the TencentCloud region.
     */
    readonly region: pulumi.Output<string | undefined>;
    /**
     * This is the TencentCloud access key.
     */
    readonly secretId: pulumi.Output<string | undefined>;
    /**
     * This is the TencentCloud secret key.
     */
    readonly secretKey: pulumi.Output<string | undefined>;
    /**
     * TencentCloud Security Token of temporary access credentials.
     */
    readonly securityToken: pulumi.Output<string | undefined>;
    /**
     * The directory of the shared credentials.
     */
    readonly sharedCredentialsDir: pulumi.Output<string | undefined>;
    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions);
}
/**
 * The set of arguments for constructing a Provider resource.
 */
export interface ProviderArgs {
    /**
     * List of allowed TencentCloud account IDs to prevent you from mistakenly using the wrong one (and potentially end up destroying a live environment).
     */
    allowedAccountIds?: pulumi.Input<pulumi.Input<string>[]>;
    assumeRole?: pulumi.Input<inputs.ProviderAssumeRole>;
    assumeRoleWithSaml?: pulumi.Input<inputs.ProviderAssumeRoleWithSaml>;
    assumeRoleWithWebIdentity?: pulumi.Input<inputs.ProviderAssumeRoleWithWebIdentity>;
    /**
     * The name of the CVM instance CAM role.
     */
    camRoleName?: pulumi.Input<string>;
    /**
     * The cos domain of the API request, Default is `https://cos.{region}.myqcloud.com`, Other Examples: `https://cluster-123456.cos-cdc.ap-guangzhou.myqcloud.com`.
     */
    cosDomain?: pulumi.Input<string>;
    /**
     * The root domain of the API request, Default is `tencentcloudapi.com`.
     */
    domain?: pulumi.Input<string>;
    /**
     * Whether to enable pod oidc.
     */
    enablePodOidc?: pulumi.Input<boolean>;
    /**
     * List of forbidden TencentCloud account IDs to prevent you from mistakenly using the wrong one (and potentially end up destroying a live environment).
     */
    forbiddenAccountIds?: pulumi.Input<pulumi.Input<string>[]>;
    mfaCertification?: pulumi.Input<inputs.ProviderMfaCertification>;
    /**
     * The profile name as set in the shared credentials.
     */
    profile?: pulumi.Input<string>;
    /**
     * The protocol of the API request.
     */
    protocol?: pulumi.Input<string>;
    /**
     * This is the TencentCloud region.
     */
    region?: pulumi.Input<string>;
    /**
     * This is the TencentCloud access key.
     */
    secretId?: pulumi.Input<string>;
    /**
     * This is the TencentCloud secret key.
     */
    secretKey?: pulumi.Input<string>;
    /**
     * TencentCloud Security Token of temporary access credentials.
     */
    securityToken?: pulumi.Input<string>;
    /**
     * The directory of the shared credentials.
     */
    sharedCredentialsDir?: pulumi.Input<string>;
}
