"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.ElasticsearchInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The ElasticsearchInstance resource.
 */
class ElasticsearchInstance extends pulumi.CustomResource {
    /**
     * Gets an existing ElasticsearchInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new ElasticsearchInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of ElasticsearchInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ElasticsearchInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["basicSecurityType"] = state?.basicSecurityType;
            resourceInputs["chargePeriod"] = state?.chargePeriod;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["cosBackup"] = state?.cosBackup;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["deployMode"] = state?.deployMode;
            resourceInputs["elasticsearchDomain"] = state?.elasticsearchDomain;
            resourceInputs["elasticsearchPort"] = state?.elasticsearchPort;
            resourceInputs["elasticsearchVip"] = state?.elasticsearchVip;
            resourceInputs["esAcl"] = state?.esAcl;
            resourceInputs["esPublicAcl"] = state?.esPublicAcl;
            resourceInputs["esPublicUrl"] = state?.esPublicUrl;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["kibanaPrivateAccess"] = state?.kibanaPrivateAccess;
            resourceInputs["kibanaPrivateUrl"] = state?.kibanaPrivateUrl;
            resourceInputs["kibanaPublicAccess"] = state?.kibanaPublicAccess;
            resourceInputs["kibanaUrl"] = state?.kibanaUrl;
            resourceInputs["licenseType"] = state?.licenseType;
            resourceInputs["multiZoneInfos"] = state?.multiZoneInfos;
            resourceInputs["nodeInfoLists"] = state?.nodeInfoLists;
            resourceInputs["password"] = state?.password;
            resourceInputs["protocol"] = state?.protocol;
            resourceInputs["publicAccess"] = state?.publicAccess;
            resourceInputs["renewFlag"] = state?.renewFlag;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["version"] = state?.version;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["webNodeTypeInfos"] = state?.webNodeTypeInfos;
        }
        else {
            const args = argsOrState;
            if (args?.password === undefined && !opts.urn) {
                throw new Error("Missing required property 'password'");
            }
            if (args?.version === undefined && !opts.urn) {
                throw new Error("Missing required property 'version'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["basicSecurityType"] = args?.basicSecurityType;
            resourceInputs["chargePeriod"] = args?.chargePeriod;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["cosBackup"] = args?.cosBackup;
            resourceInputs["deployMode"] = args?.deployMode;
            resourceInputs["esAcl"] = args?.esAcl;
            resourceInputs["esPublicAcl"] = args?.esPublicAcl;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["kibanaPrivateAccess"] = args?.kibanaPrivateAccess;
            resourceInputs["kibanaPublicAccess"] = args?.kibanaPublicAccess;
            resourceInputs["licenseType"] = args?.licenseType;
            resourceInputs["multiZoneInfos"] = args?.multiZoneInfos;
            resourceInputs["nodeInfoLists"] = args?.nodeInfoLists;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["protocol"] = args?.protocol;
            resourceInputs["publicAccess"] = args?.publicAccess;
            resourceInputs["renewFlag"] = args?.renewFlag;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["version"] = args?.version;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["webNodeTypeInfos"] = args?.webNodeTypeInfos;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["elasticsearchDomain"] = undefined /*out*/;
            resourceInputs["elasticsearchPort"] = undefined /*out*/;
            resourceInputs["elasticsearchVip"] = undefined /*out*/;
            resourceInputs["esPublicUrl"] = undefined /*out*/;
            resourceInputs["kibanaPrivateUrl"] = undefined /*out*/;
            resourceInputs["kibanaUrl"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(ElasticsearchInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.ElasticsearchInstance = ElasticsearchInstance;
/** @internal */
ElasticsearchInstance.__pulumiType = "tencentcloud:index/elasticsearchInstance:ElasticsearchInstance";
