// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as utilities from "./utilities";

/**
 * The provider type for the tencentcloud package. By default, resources use package-wide
 * configuration settings, however an explicit `Provider` instance may be created and passed during
 * resource construction to achieve fine-grained programmatic control over provider settings.
 */
export class Provider extends pulumi.ProviderResource {
    /** @internal */
    public static readonly __pulumiType = "tencentcloud";

    /**
     * Returns true if the given object is an instance of Provider. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Provider {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === "pulumi:providers:" + Provider.__pulumiType;
    }

    /**
     * The name of the CVM instance CAM role.
     */
    declare public readonly camRoleName: pulumi.Output<string | undefined>;
    /**
     * The cos domain of the API request, Default is `https://cos.{region}.myqcloud.com`, Other Examples: `https://cluster-123456.cos-cdc.ap-guangzhou.myqcloud.com`.
     */
    declare public readonly cosDomain: pulumi.Output<string | undefined>;
    /**
     * The root domain of the API request, Default is `tencentcloudapi.com`.
     */
    declare public readonly domain: pulumi.Output<string | undefined>;
    /**
     * The profile name as set in the shared credentials.
     */
    declare public readonly profile: pulumi.Output<string | undefined>;
    /**
     * The protocol of the API request.
     */
    declare public readonly protocol: pulumi.Output<string | undefined>;
    /**
     * This is the TencentCloud region.
     */
    declare public readonly region: pulumi.Output<string | undefined>;
    /**
     * This is the TencentCloud access key.
     */
    declare public readonly secretId: pulumi.Output<string | undefined>;
    /**
     * This is the TencentCloud secret key.
     */
    declare public readonly secretKey: pulumi.Output<string | undefined>;
    /**
     * TencentCloud Security Token of temporary access credentials.
     */
    declare public readonly securityToken: pulumi.Output<string | undefined>;
    /**
     * The directory of the shared credentials.
     */
    declare public readonly sharedCredentialsDir: pulumi.Output<string | undefined>;

    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        {
            resourceInputs["allowedAccountIds"] = pulumi.output(args?.allowedAccountIds).apply(JSON.stringify);
            resourceInputs["assumeRole"] = pulumi.output(args?.assumeRole).apply(JSON.stringify);
            resourceInputs["assumeRoleWithSaml"] = pulumi.output(args?.assumeRoleWithSaml).apply(JSON.stringify);
            resourceInputs["assumeRoleWithWebIdentity"] = pulumi.output(args?.assumeRoleWithWebIdentity).apply(JSON.stringify);
            resourceInputs["camRoleName"] = args?.camRoleName;
            resourceInputs["cosDomain"] = args?.cosDomain;
            resourceInputs["domain"] = args?.domain;
            resourceInputs["enablePodOidc"] = args?.enablePodOidc;
            resourceInputs["forbiddenAccountIds"] = pulumi.output(args?.forbiddenAccountIds).apply(JSON.stringify);
            resourceInputs["mfaCertification"] = pulumi.output(args?.mfaCertification).apply(JSON.stringify);
            resourceInputs["profile"] = args?.profile;
            resourceInputs["protocol"] = args?.protocol;
            resourceInputs["region"] = args?.region;
            resourceInputs["secretId"] = args?.secretId;
            resourceInputs["secretKey"] = args?.secretKey ? pulumi.secret(args?.secretKey) : undefined;
            resourceInputs["securityToken"] = args?.securityToken ? pulumi.secret(args?.securityToken) : undefined;
            resourceInputs["sharedCredentialsDir"] = args?.sharedCredentialsDir;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["secretKey", "securityToken"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(Provider.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
