"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.Provider = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The provider type for the tencentcloud package. By default, resources use package-wide
 * configuration settings, however an explicit `Provider` instance may be created and passed during
 * resource construction to achieve fine-grained programmatic control over provider settings.
 */
class Provider extends pulumi.ProviderResource {
    /**
     * Returns true if the given object is an instance of Provider. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === "pulumi:providers:" + Provider.__pulumiType;
    }
    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     */
    constructor(name, args, opts) {
        const resourceInputs = {};
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
exports.Provider = Provider;
/** @internal */
Provider.__pulumiType = "tencentcloud";
