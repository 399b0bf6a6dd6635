"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.CosBucket = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The CosBucket resource.
 */
class CosBucket extends pulumi.CustomResource {
    /**
     * Gets an existing CosBucket resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new CosBucket(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of CosBucket. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === CosBucket.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["accelerationEnable"] = state?.accelerationEnable;
            resourceInputs["acl"] = state?.acl;
            resourceInputs["aclBody"] = state?.aclBody;
            resourceInputs["bucket"] = state?.bucket;
            resourceInputs["cdcId"] = state?.cdcId;
            resourceInputs["chdfsOfs"] = state?.chdfsOfs;
            resourceInputs["corsRules"] = state?.corsRules;
            resourceInputs["cosBucketUrl"] = state?.cosBucketUrl;
            resourceInputs["enableIntelligentTiering"] = state?.enableIntelligentTiering;
            resourceInputs["encryptionAlgorithm"] = state?.encryptionAlgorithm;
            resourceInputs["forceClean"] = state?.forceClean;
            resourceInputs["intelligentTieringDays"] = state?.intelligentTieringDays;
            resourceInputs["intelligentTieringRequestFrequent"] = state?.intelligentTieringRequestFrequent;
            resourceInputs["kmsId"] = state?.kmsId;
            resourceInputs["lifecycleRules"] = state?.lifecycleRules;
            resourceInputs["logEnable"] = state?.logEnable;
            resourceInputs["logPrefix"] = state?.logPrefix;
            resourceInputs["logTargetBucket"] = state?.logTargetBucket;
            resourceInputs["multiAz"] = state?.multiAz;
            resourceInputs["originDomainRules"] = state?.originDomainRules;
            resourceInputs["originPullRules"] = state?.originPullRules;
            resourceInputs["replicaRole"] = state?.replicaRole;
            resourceInputs["replicaRules"] = state?.replicaRules;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["versioningEnable"] = state?.versioningEnable;
            resourceInputs["website"] = state?.website;
        }
        else {
            const args = argsOrState;
            if (args?.bucket === undefined && !opts.urn) {
                throw new Error("Missing required property 'bucket'");
            }
            resourceInputs["accelerationEnable"] = args?.accelerationEnable;
            resourceInputs["acl"] = args?.acl;
            resourceInputs["aclBody"] = args?.aclBody;
            resourceInputs["bucket"] = args?.bucket;
            resourceInputs["cdcId"] = args?.cdcId;
            resourceInputs["chdfsOfs"] = args?.chdfsOfs;
            resourceInputs["corsRules"] = args?.corsRules;
            resourceInputs["enableIntelligentTiering"] = args?.enableIntelligentTiering;
            resourceInputs["encryptionAlgorithm"] = args?.encryptionAlgorithm;
            resourceInputs["forceClean"] = args?.forceClean;
            resourceInputs["intelligentTieringDays"] = args?.intelligentTieringDays;
            resourceInputs["intelligentTieringRequestFrequent"] = args?.intelligentTieringRequestFrequent;
            resourceInputs["kmsId"] = args?.kmsId;
            resourceInputs["lifecycleRules"] = args?.lifecycleRules;
            resourceInputs["logEnable"] = args?.logEnable;
            resourceInputs["logPrefix"] = args?.logPrefix;
            resourceInputs["logTargetBucket"] = args?.logTargetBucket;
            resourceInputs["multiAz"] = args?.multiAz;
            resourceInputs["originDomainRules"] = args?.originDomainRules;
            resourceInputs["originPullRules"] = args?.originPullRules;
            resourceInputs["replicaRole"] = args?.replicaRole;
            resourceInputs["replicaRules"] = args?.replicaRules;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["versioningEnable"] = args?.versioningEnable;
            resourceInputs["website"] = args?.website;
            resourceInputs["cosBucketUrl"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(CosBucket.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.CosBucket = CosBucket;
/** @internal */
CosBucket.__pulumiType = "tencentcloud:index/cosBucket:CosBucket";
