// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The CosBucket resource.
 */
export class CosBucket extends pulumi.CustomResource {
    /**
     * Gets an existing CosBucket resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CosBucketState, opts?: pulumi.CustomResourceOptions): CosBucket {
        return new CosBucket(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/cosBucket:CosBucket";

    /**
     * Returns true if the given object is an instance of CosBucket. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is CosBucket {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === CosBucket.__pulumiType;
    }

    /**
     * Enable bucket acceleration.
     */
    declare public readonly accelerationEnable: pulumi.Output<boolean | undefined>;
    /**
     * The canned ACL to apply.
     */
    declare public readonly acl: pulumi.Output<string | undefined>;
    /**
     * ACL XML body for multiple grant info.
     */
    declare public readonly aclBody: pulumi.Output<string>;
    /**
     * The name of a bucket to be created.
     */
    declare public readonly bucket: pulumi.Output<string>;
    /**
     * CDC cluster ID.
     */
    declare public readonly cdcId: pulumi.Output<string | undefined>;
    /**
     * Indicates whether to create a bucket of metadata acceleration.
     */
    declare public readonly chdfsOfs: pulumi.Output<boolean>;
    /**
     * A rule of Cross-Origin Resource Sharing (documented below).
     */
    declare public readonly corsRules: pulumi.Output<outputs.CosBucketCorsRule[] | undefined>;
    declare public readonly cosBucketUrl: pulumi.Output<string>;
    /**
     * Enable intelligent tiering.
     */
    declare public readonly enableIntelligentTiering: pulumi.Output<boolean>;
    /**
     * The server-side encryption algorithm to use.
     */
    declare public readonly encryptionAlgorithm: pulumi.Output<string | undefined>;
    /**
     * Force cleanup all objects before delete bucket.
     */
    declare public readonly forceClean: pulumi.Output<boolean | undefined>;
    /**
     * Specifies the limit of days for standard-tier data to low-frequency data in an intelligent tiered storage configuration, with optional days of 30, 60, 90.
     */
    declare public readonly intelligentTieringDays: pulumi.Output<number>;
    /**
     * Specify the access limit for converting standard layer data into low-frequency layer data in the configuration.
     */
    declare public readonly intelligentTieringRequestFrequent: pulumi.Output<number>;
    /**
     * The KMS Master Key ID.
     */
    declare public readonly kmsId: pulumi.Output<string | undefined>;
    /**
     * A configuration of object lifecycle management (documented below).
     */
    declare public readonly lifecycleRules: pulumi.Output<outputs.CosBucketLifecycleRule[] | undefined>;
    /**
     * Indicate the access log of this bucket to be saved or not.
     */
    declare public readonly logEnable: pulumi.Output<boolean | undefined>;
    /**
     * The prefix log name which saves the access log of this bucket per 5 minutes.
     */
    declare public readonly logPrefix: pulumi.Output<string>;
    /**
     * The target bucket name which saves the access log of this bucket per 5 minutes.
     */
    declare public readonly logTargetBucket: pulumi.Output<string>;
    /**
     * Indicates whether to create a bucket of multi available zone.
     */
    declare public readonly multiAz: pulumi.Output<boolean | undefined>;
    /**
     * Bucket Origin Domain settings.
     */
    declare public readonly originDomainRules: pulumi.Output<outputs.CosBucketOriginDomainRule[] | undefined>;
    /**
     * Bucket Origin-Pull settings.
     */
    declare public readonly originPullRules: pulumi.Output<outputs.CosBucketOriginPullRule[] | undefined>;
    /**
     * Request initiator identifier, format: `qcs::cam::uin/<owneruin>:uin/<subuin>`.
     */
    declare public readonly replicaRole: pulumi.Output<string | undefined>;
    /**
     * List of replica rule.
     */
    declare public readonly replicaRules: pulumi.Output<outputs.CosBucketReplicaRule[] | undefined>;
    /**
     * The tags of a bucket.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Enable bucket versioning.
     */
    declare public readonly versioningEnable: pulumi.Output<boolean | undefined>;
    /**
     * A website object(documented below).
     */
    declare public readonly website: pulumi.Output<outputs.CosBucketWebsite | undefined>;

    /**
     * Create a CosBucket resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: CosBucketArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: CosBucketArgs | CosBucketState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as CosBucketState | undefined;
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
        } else {
            const args = argsOrState as CosBucketArgs | undefined;
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

/**
 * Input properties used for looking up and filtering CosBucket resources.
 */
export interface CosBucketState {
    /**
     * Enable bucket acceleration.
     */
    accelerationEnable?: pulumi.Input<boolean>;
    /**
     * The canned ACL to apply.
     */
    acl?: pulumi.Input<string>;
    /**
     * ACL XML body for multiple grant info.
     */
    aclBody?: pulumi.Input<string>;
    /**
     * The name of a bucket to be created.
     */
    bucket?: pulumi.Input<string>;
    /**
     * CDC cluster ID.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * Indicates whether to create a bucket of metadata acceleration.
     */
    chdfsOfs?: pulumi.Input<boolean>;
    /**
     * A rule of Cross-Origin Resource Sharing (documented below).
     */
    corsRules?: pulumi.Input<pulumi.Input<inputs.CosBucketCorsRule>[]>;
    cosBucketUrl?: pulumi.Input<string>;
    /**
     * Enable intelligent tiering.
     */
    enableIntelligentTiering?: pulumi.Input<boolean>;
    /**
     * The server-side encryption algorithm to use.
     */
    encryptionAlgorithm?: pulumi.Input<string>;
    /**
     * Force cleanup all objects before delete bucket.
     */
    forceClean?: pulumi.Input<boolean>;
    /**
     * Specifies the limit of days for standard-tier data to low-frequency data in an intelligent tiered storage configuration, with optional days of 30, 60, 90.
     */
    intelligentTieringDays?: pulumi.Input<number>;
    /**
     * Specify the access limit for converting standard layer data into low-frequency layer data in the configuration.
     */
    intelligentTieringRequestFrequent?: pulumi.Input<number>;
    /**
     * The KMS Master Key ID.
     */
    kmsId?: pulumi.Input<string>;
    /**
     * A configuration of object lifecycle management (documented below).
     */
    lifecycleRules?: pulumi.Input<pulumi.Input<inputs.CosBucketLifecycleRule>[]>;
    /**
     * Indicate the access log of this bucket to be saved or not.
     */
    logEnable?: pulumi.Input<boolean>;
    /**
     * The prefix log name which saves the access log of this bucket per 5 minutes.
     */
    logPrefix?: pulumi.Input<string>;
    /**
     * The target bucket name which saves the access log of this bucket per 5 minutes.
     */
    logTargetBucket?: pulumi.Input<string>;
    /**
     * Indicates whether to create a bucket of multi available zone.
     */
    multiAz?: pulumi.Input<boolean>;
    /**
     * Bucket Origin Domain settings.
     */
    originDomainRules?: pulumi.Input<pulumi.Input<inputs.CosBucketOriginDomainRule>[]>;
    /**
     * Bucket Origin-Pull settings.
     */
    originPullRules?: pulumi.Input<pulumi.Input<inputs.CosBucketOriginPullRule>[]>;
    /**
     * Request initiator identifier, format: `qcs::cam::uin/<owneruin>:uin/<subuin>`.
     */
    replicaRole?: pulumi.Input<string>;
    /**
     * List of replica rule.
     */
    replicaRules?: pulumi.Input<pulumi.Input<inputs.CosBucketReplicaRule>[]>;
    /**
     * The tags of a bucket.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Enable bucket versioning.
     */
    versioningEnable?: pulumi.Input<boolean>;
    /**
     * A website object(documented below).
     */
    website?: pulumi.Input<inputs.CosBucketWebsite>;
}

/**
 * The set of arguments for constructing a CosBucket resource.
 */
export interface CosBucketArgs {
    /**
     * Enable bucket acceleration.
     */
    accelerationEnable?: pulumi.Input<boolean>;
    /**
     * The canned ACL to apply.
     */
    acl?: pulumi.Input<string>;
    /**
     * ACL XML body for multiple grant info.
     */
    aclBody?: pulumi.Input<string>;
    /**
     * The name of a bucket to be created.
     */
    bucket: pulumi.Input<string>;
    /**
     * CDC cluster ID.
     */
    cdcId?: pulumi.Input<string>;
    /**
     * Indicates whether to create a bucket of metadata acceleration.
     */
    chdfsOfs?: pulumi.Input<boolean>;
    /**
     * A rule of Cross-Origin Resource Sharing (documented below).
     */
    corsRules?: pulumi.Input<pulumi.Input<inputs.CosBucketCorsRule>[]>;
    /**
     * Enable intelligent tiering.
     */
    enableIntelligentTiering?: pulumi.Input<boolean>;
    /**
     * The server-side encryption algorithm to use.
     */
    encryptionAlgorithm?: pulumi.Input<string>;
    /**
     * Force cleanup all objects before delete bucket.
     */
    forceClean?: pulumi.Input<boolean>;
    /**
     * Specifies the limit of days for standard-tier data to low-frequency data in an intelligent tiered storage configuration, with optional days of 30, 60, 90.
     */
    intelligentTieringDays?: pulumi.Input<number>;
    /**
     * Specify the access limit for converting standard layer data into low-frequency layer data in the configuration.
     */
    intelligentTieringRequestFrequent?: pulumi.Input<number>;
    /**
     * The KMS Master Key ID.
     */
    kmsId?: pulumi.Input<string>;
    /**
     * A configuration of object lifecycle management (documented below).
     */
    lifecycleRules?: pulumi.Input<pulumi.Input<inputs.CosBucketLifecycleRule>[]>;
    /**
     * Indicate the access log of this bucket to be saved or not.
     */
    logEnable?: pulumi.Input<boolean>;
    /**
     * The prefix log name which saves the access log of this bucket per 5 minutes.
     */
    logPrefix?: pulumi.Input<string>;
    /**
     * The target bucket name which saves the access log of this bucket per 5 minutes.
     */
    logTargetBucket?: pulumi.Input<string>;
    /**
     * Indicates whether to create a bucket of multi available zone.
     */
    multiAz?: pulumi.Input<boolean>;
    /**
     * Bucket Origin Domain settings.
     */
    originDomainRules?: pulumi.Input<pulumi.Input<inputs.CosBucketOriginDomainRule>[]>;
    /**
     * Bucket Origin-Pull settings.
     */
    originPullRules?: pulumi.Input<pulumi.Input<inputs.CosBucketOriginPullRule>[]>;
    /**
     * Request initiator identifier, format: `qcs::cam::uin/<owneruin>:uin/<subuin>`.
     */
    replicaRole?: pulumi.Input<string>;
    /**
     * List of replica rule.
     */
    replicaRules?: pulumi.Input<pulumi.Input<inputs.CosBucketReplicaRule>[]>;
    /**
     * The tags of a bucket.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Enable bucket versioning.
     */
    versioningEnable?: pulumi.Input<boolean>;
    /**
     * A website object(documented below).
     */
    website?: pulumi.Input<inputs.CosBucketWebsite>;
}
