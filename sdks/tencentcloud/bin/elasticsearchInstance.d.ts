import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The ElasticsearchInstance resource.
 */
export declare class ElasticsearchInstance extends pulumi.CustomResource {
    /**
     * Gets an existing ElasticsearchInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ElasticsearchInstanceState, opts?: pulumi.CustomResourceOptions): ElasticsearchInstance;
    /**
     * Returns true if the given object is an instance of ElasticsearchInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ElasticsearchInstance;
    /**
     * Availability zone.
     */
    readonly availabilityZone: pulumi.Output<string | undefined>;
    /**
     * Whether to enable X-Pack security authentication in Basic Edition 6.8 and above.
     */
    readonly basicSecurityType: pulumi.Output<number | undefined>;
    /**
     * The tenancy of the prepaid instance, and uint is month.
     */
    readonly chargePeriod: pulumi.Output<number | undefined>;
    /**
     * The charge type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * COS automatic backup information.
     */
    readonly cosBackup: pulumi.Output<outputs.ElasticsearchInstanceCosBackup>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Cluster deployment mode.
     */
    readonly deployMode: pulumi.Output<number | undefined>;
    readonly elasticsearchDomain: pulumi.Output<string>;
    readonly elasticsearchPort: pulumi.Output<number>;
    readonly elasticsearchVip: pulumi.Output<string>;
    /**
     * Kibana Access Control Configuration.
     */
    readonly esAcl: pulumi.Output<outputs.ElasticsearchInstanceEsAcl>;
    /**
     * Public network access control list.
     */
    readonly esPublicAcl: pulumi.Output<outputs.ElasticsearchInstanceEsPublicAcl>;
    readonly esPublicUrl: pulumi.Output<string>;
    /**
     * Name of the instance, which can contain 1 to 50 English letters, Chinese characters, digits, dashes(-), or underscores(_).
     */
    readonly instanceName: pulumi.Output<string | undefined>;
    /**
     * Kibana private network access status.
     */
    readonly kibanaPrivateAccess: pulumi.Output<string>;
    readonly kibanaPrivateUrl: pulumi.Output<string>;
    /**
     * Kibana public network access status.
     */
    readonly kibanaPublicAccess: pulumi.Output<string>;
    readonly kibanaUrl: pulumi.Output<string>;
    /**
     * License type.
     */
    readonly licenseType: pulumi.Output<string | undefined>;
    /**
     * Details of AZs in multi-AZ deployment mode (which is required when deployMode is `1`).
     */
    readonly multiZoneInfos: pulumi.Output<outputs.ElasticsearchInstanceMultiZoneInfo[]>;
    /**
     * Node information list, which is used to describe the specification information of various types of nodes in the cluster, such as node type, node quantity, node specification, disk type, and disk size.
     */
    readonly nodeInfoLists: pulumi.Output<outputs.ElasticsearchInstanceNodeInfoList[]>;
    /**
     * Password to an instance, the password needs to be 8 to 16 characters, including at least two items ([a-z,A-Z], [0-9] and [-!@#$%&^*+=_:;,.?] special symbols.
     */
    readonly password: pulumi.Output<string>;
    /**
     * Create an https cluster, default is http.
     */
    readonly protocol: pulumi.Output<string>;
    /**
     * ES cluster public network access status.
     */
    readonly publicAccess: pulumi.Output<string>;
    /**
     * When enabled, the instance will be renew automatically when it reach the end of the prepaid tenancy.
     */
    readonly renewFlag: pulumi.Output<string | undefined>;
    /**
     * The ID of a VPC subnetwork.
     */
    readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * A mapping of tags to assign to the instance.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * Version of the instance.
     */
    readonly version: pulumi.Output<string>;
    /**
     * The ID of a VPC network.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Visual node configuration.
     */
    readonly webNodeTypeInfos: pulumi.Output<outputs.ElasticsearchInstanceWebNodeTypeInfo[]>;
    /**
     * Create a ElasticsearchInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: ElasticsearchInstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
