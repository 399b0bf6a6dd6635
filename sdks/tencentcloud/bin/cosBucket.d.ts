import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The CosBucket resource.
 */
export declare class CosBucket extends pulumi.CustomResource {
    /**
     * Gets an existing CosBucket resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CosBucketState, opts?: pulumi.CustomResourceOptions): CosBucket;
    /**
     * Returns true if the given object is an instance of CosBucket. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is CosBucket;
    /**
     * Enable bucket acceleration.
     */
    readonly accelerationEnable: pulumi.Output<boolean | undefined>;
    /**
     * The canned ACL to apply.
     */
    readonly acl: pulumi.Output<string | undefined>;
    /**
     * ACL XML body for multiple grant info.
     */
    readonly aclBody: pulumi.Output<string>;
    /**
     * The name of a bucket to be created.
     */
    readonly bucket: pulumi.Output<string>;
    /**
     * CDC cluster ID.
     */
    readonly cdcId: pulumi.Output<string | undefined>;
    /**
     * Indicates whether to create a bucket of metadata acceleration.
     */
    readonly chdfsOfs: pulumi.Output<boolean>;
    /**
     * A rule of Cross-Origin Resource Sharing (documented below).
     */
    readonly corsRules: pulumi.Output<outputs.CosBucketCorsRule[] | undefined>;
    readonly cosBucketUrl: pulumi.Output<string>;
    /**
     * Enable intelligent tiering.
     */
    readonly enableIntelligentTiering: pulumi.Output<boolean>;
    /**
     * The server-side encryption algorithm to use.
     */
    readonly encryptionAlgorithm: pulumi.Output<string | undefined>;
    /**
     * Force cleanup all objects before delete bucket.
     */
    readonly forceClean: pulumi.Output<boolean | undefined>;
    /**
     * Specifies the limit of days for standard-tier data to low-frequency data in an intelligent tiered storage configuration, with optional days of 30, 60, 90.
     */
    readonly intelligentTieringDays: pulumi.Output<number>;
    /**
     * Specify the access limit for converting standard layer data into low-frequency layer data in the configuration.
     */
    readonly intelligentTieringRequestFrequent: pulumi.Output<number>;
    /**
     * The KMS Master Key ID.
     */
    readonly kmsId: pulumi.Output<string | undefined>;
    /**
     * A configuration of object lifecycle management (documented below).
     */
    readonly lifecycleRules: pulumi.Output<outputs.CosBucketLifecycleRule[] | undefined>;
    /**
     * Indicate the access log of this bucket to be saved or not.
     */
    readonly logEnable: pulumi.Output<boolean | undefined>;
    /**
     * The prefix log name which saves the access log of this bucket per 5 minutes.
     */
    readonly logPrefix: pulumi.Output<string>;
    /**
     * The target bucket name which saves the access log of this bucket per 5 minutes.
     */
    readonly logTargetBucket: pulumi.Output<string>;
    /**
     * Indicates whether to create a bucket of multi available zone.
     */
    readonly multiAz: pulumi.Output<boolean | undefined>;
    /**
     * Bucket Origin Domain settings.
     */
    readonly originDomainRules: pulumi.Output<outputs.CosBucketOriginDomainRule[] | undefined>;
    /**
     * Bucket Origin-Pull settings.
     */
    readonly originPullRules: pulumi.Output<outputs.CosBucketOriginPullRule[] | undefined>;
    /**
     * Request initiator identifier, format: `qcs::cam::uin/<owneruin>:uin/<subuin>`.
     */
    readonly replicaRole: pulumi.Output<string | undefined>;
    /**
     * List of replica rule.
     */
    readonly replicaRules: pulumi.Output<outputs.CosBucketReplicaRule[] | undefined>;
    /**
     * The tags of a bucket.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Enable bucket versioning.
     */
    readonly versioningEnable: pulumi.Output<boolean | undefined>;
    /**
     * A website object(documented below).
     */
    readonly website: pulumi.Output<outputs.CosBucketWebsite | undefined>;
    /**
     * Create a CosBucket resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: CosBucketArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Enable bucket versioning.
     */
    versioningEnable?: pulumi.Input<boolean>;
    /**
     * A website object(documented below).
     */
    website?: pulumi.Input<inputs.CosBucketWebsite>;
}
