// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The ElasticsearchInstance resource.
 */
export class ElasticsearchInstance extends pulumi.CustomResource {
    /**
     * Gets an existing ElasticsearchInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchInstanceState, opts?: pulumi.CustomResourceOptions): ElasticsearchInstance {
        return new ElasticsearchInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/elasticsearchInstance:ElasticsearchInstance";

    /**
     * Returns true if the given object is an instance of ElasticsearchInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ElasticsearchInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === ElasticsearchInstance.__pulumiType;
    }

    /**
     * Availability zone.
     */
    declare public readonly availabilityZone: pulumi.Output<string | undefined>;
    /**
     * Whether to enable X-Pack security authentication in Basic Edition 6.8 and above.
     */
    declare public readonly basicSecurityType: pulumi.Output<number | undefined>;
    /**
     * The tenancy of the prepaid instance, and uint is month.
     */
    declare public readonly chargePeriod: pulumi.Output<number | undefined>;
    /**
     * The charge type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * COS automatic backup information.
     */
    declare public readonly cosBackup: pulumi.Output<outputs.ElasticsearchInstanceCosBackup>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Cluster deployment mode.
     */
    declare public readonly deployMode: pulumi.Output<number | undefined>;
    declare public readonly elasticsearchDomain: pulumi.Output<string>;
    declare public readonly elasticsearchPort: pulumi.Output<number>;
    declare public readonly elasticsearchVip: pulumi.Output<string>;
    /**
     * Kibana Access Control Configuration.
     */
    declare public readonly esAcl: pulumi.Output<outputs.ElasticsearchInstanceEsAcl>;
    /**
     * Public network access control list.
     */
    declare public readonly esPublicAcl: pulumi.Output<outputs.ElasticsearchInstanceEsPublicAcl>;
    declare public readonly esPublicUrl: pulumi.Output<string>;
    /**
     * Name of the instance, which can contain 1 to 50 English letters, Chinese characters, digits, dashes(-), or underscores(_).
     */
    declare public readonly instanceName: pulumi.Output<string | undefined>;
    /**
     * Kibana private network access status.
     */
    declare public readonly kibanaPrivateAccess: pulumi.Output<string>;
    declare public readonly kibanaPrivateUrl: pulumi.Output<string>;
    /**
     * Kibana public network access status.
     */
    declare public readonly kibanaPublicAccess: pulumi.Output<string>;
    declare public readonly kibanaUrl: pulumi.Output<string>;
    /**
     * License type.
     */
    declare public readonly licenseType: pulumi.Output<string | undefined>;
    /**
     * Details of AZs in multi-AZ deployment mode (which is required when deployMode is `1`).
     */
    declare public readonly multiZoneInfos: pulumi.Output<outputs.ElasticsearchInstanceMultiZoneInfo[]>;
    /**
     * Node information list, which is used to describe the specification information of various types of nodes in the cluster, such as node type, node quantity, node specification, disk type, and disk size.
     */
    declare public readonly nodeInfoLists: pulumi.Output<outputs.ElasticsearchInstanceNodeInfoList[]>;
    /**
     * Password to an instance, the password needs to be 8 to 16 characters, including at least two items ([a-z,A-Z], [0-9] and [-!@#$%&^*+=_:;,.?] special symbols.
     */
    declare public readonly password: pulumi.Output<string>;
    /**
     * Create an https cluster, default is http.
     */
    declare public readonly protocol: pulumi.Output<string>;
    /**
     * ES cluster public network access status.
     */
    declare public readonly publicAccess: pulumi.Output<string>;
    /**
     * When enabled, the instance will be renew automatically when it reach the end of the prepaid tenancy.
     */
    declare public readonly renewFlag: pulumi.Output<string | undefined>;
    /**
     * The ID of a VPC subnetwork.
     */
    declare public readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * A mapping of tags to assign to the instance.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Version of the instance.
     */
    declare public readonly version: pulumi.Output<string>;
    /**
     * The ID of a VPC network.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Visual node configuration.
     */
    declare public readonly webNodeTypeInfos: pulumi.Output<outputs.ElasticsearchInstanceWebNodeTypeInfo[]>;

    /**
     * Create a ElasticsearchInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ElasticsearchInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: ElasticsearchInstanceArgs | ElasticsearchInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ElasticsearchInstanceState | undefined;
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
        } else {
            const args = argsOrState as ElasticsearchInstanceArgs | undefined;
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

/**
 * Input properties used for looking up and filtering ElasticsearchInstance resources.
 */
export interface ElasticsearchInstanceState {
    /**
     * Availability zone.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * Whether to enable X-Pack security authentication in Basic Edition 6.8 and above.
     */
    basicSecurityType?: pulumi.Input<number>;
    /**
     * The tenancy of the prepaid instance, and uint is month.
     */
    chargePeriod?: pulumi.Input<number>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * COS automatic backup information.
     */
    cosBackup?: pulumi.Input<inputs.ElasticsearchInstanceCosBackup>;
    createTime?: pulumi.Input<string>;
    /**
     * Cluster deployment mode.
     */
    deployMode?: pulumi.Input<number>;
    elasticsearchDomain?: pulumi.Input<string>;
    elasticsearchPort?: pulumi.Input<number>;
    elasticsearchVip?: pulumi.Input<string>;
    /**
     * Kibana Access Control Configuration.
     */
    esAcl?: pulumi.Input<inputs.ElasticsearchInstanceEsAcl>;
    /**
     * Public network access control list.
     */
    esPublicAcl?: pulumi.Input<inputs.ElasticsearchInstanceEsPublicAcl>;
    esPublicUrl?: pulumi.Input<string>;
    /**
     * Name of the instance, which can contain 1 to 50 English letters, Chinese characters, digits, dashes(-), or underscores(_).
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Kibana private network access status.
     */
    kibanaPrivateAccess?: pulumi.Input<string>;
    kibanaPrivateUrl?: pulumi.Input<string>;
    /**
     * Kibana public network access status.
     */
    kibanaPublicAccess?: pulumi.Input<string>;
    kibanaUrl?: pulumi.Input<string>;
    /**
     * License type.
     */
    licenseType?: pulumi.Input<string>;
    /**
     * Details of AZs in multi-AZ deployment mode (which is required when deployMode is `1`).
     */
    multiZoneInfos?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInstanceMultiZoneInfo>[]>;
    /**
     * Node information list, which is used to describe the specification information of various types of nodes in the cluster, such as node type, node quantity, node specification, disk type, and disk size.
     */
    nodeInfoLists?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInstanceNodeInfoList>[]>;
    /**
     * Password to an instance, the password needs to be 8 to 16 characters, including at least two items ([a-z,A-Z], [0-9] and [-!@#$%&^*+=_:;,.?] special symbols.
     */
    password?: pulumi.Input<string>;
    /**
     * Create an https cluster, default is http.
     */
    protocol?: pulumi.Input<string>;
    /**
     * ES cluster public network access status.
     */
    publicAccess?: pulumi.Input<string>;
    /**
     * When enabled, the instance will be renew automatically when it reach the end of the prepaid tenancy.
     */
    renewFlag?: pulumi.Input<string>;
    /**
     * The ID of a VPC subnetwork.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * A mapping of tags to assign to the instance.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Version of the instance.
     */
    version?: pulumi.Input<string>;
    /**
     * The ID of a VPC network.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Visual node configuration.
     */
    webNodeTypeInfos?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInstanceWebNodeTypeInfo>[]>;
}

/**
 * The set of arguments for constructing a ElasticsearchInstance resource.
 */
export interface ElasticsearchInstanceArgs {
    /**
     * Availability zone.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * Whether to enable X-Pack security authentication in Basic Edition 6.8 and above.
     */
    basicSecurityType?: pulumi.Input<number>;
    /**
     * The tenancy of the prepaid instance, and uint is month.
     */
    chargePeriod?: pulumi.Input<number>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * COS automatic backup information.
     */
    cosBackup?: pulumi.Input<inputs.ElasticsearchInstanceCosBackup>;
    /**
     * Cluster deployment mode.
     */
    deployMode?: pulumi.Input<number>;
    /**
     * Kibana Access Control Configuration.
     */
    esAcl?: pulumi.Input<inputs.ElasticsearchInstanceEsAcl>;
    /**
     * Public network access control list.
     */
    esPublicAcl?: pulumi.Input<inputs.ElasticsearchInstanceEsPublicAcl>;
    /**
     * Name of the instance, which can contain 1 to 50 English letters, Chinese characters, digits, dashes(-), or underscores(_).
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Kibana private network access status.
     */
    kibanaPrivateAccess?: pulumi.Input<string>;
    /**
     * Kibana public network access status.
     */
    kibanaPublicAccess?: pulumi.Input<string>;
    /**
     * License type.
     */
    licenseType?: pulumi.Input<string>;
    /**
     * Details of AZs in multi-AZ deployment mode (which is required when deployMode is `1`).
     */
    multiZoneInfos?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInstanceMultiZoneInfo>[]>;
    /**
     * Node information list, which is used to describe the specification information of various types of nodes in the cluster, such as node type, node quantity, node specification, disk type, and disk size.
     */
    nodeInfoLists?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInstanceNodeInfoList>[]>;
    /**
     * Password to an instance, the password needs to be 8 to 16 characters, including at least two items ([a-z,A-Z], [0-9] and [-!@#$%&^*+=_:;,.?] special symbols.
     */
    password: pulumi.Input<string>;
    /**
     * Create an https cluster, default is http.
     */
    protocol?: pulumi.Input<string>;
    /**
     * ES cluster public network access status.
     */
    publicAccess?: pulumi.Input<string>;
    /**
     * When enabled, the instance will be renew automatically when it reach the end of the prepaid tenancy.
     */
    renewFlag?: pulumi.Input<string>;
    /**
     * The ID of a VPC subnetwork.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * A mapping of tags to assign to the instance.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Version of the instance.
     */
    version: pulumi.Input<string>;
    /**
     * The ID of a VPC network.
     */
    vpcId: pulumi.Input<string>;
    /**
     * Visual node configuration.
     */
    webNodeTypeInfos?: pulumi.Input<pulumi.Input<inputs.ElasticsearchInstanceWebNodeTypeInfo>[]>;
}
