import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The PostgresqlInstance resource.
 */
export declare class PostgresqlInstance extends pulumi.CustomResource {
    /**
     * Gets an existing PostgresqlInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PostgresqlInstanceState, opts?: pulumi.CustomResourceOptions): PostgresqlInstance;
    /**
     * Returns true if the given object is an instance of PostgresqlInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is PostgresqlInstance;
    /**
     * Auto renew flag, `1` for enabled.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * Whether to use voucher, `1` for enabled.
     */
    readonly autoVoucher: pulumi.Output<number | undefined>;
    /**
     * Availability zone.
     */
    readonly availabilityZone: pulumi.Output<string>;
    /**
     * Specify DB backup plan.
     */
    readonly backupPlan: pulumi.Output<outputs.PostgresqlInstanceBackupPlan>;
    /**
     * Pay type of the postgresql instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Charset of the root account.
     */
    readonly charset: pulumi.Output<string | undefined>;
    /**
     * Number of CPU cores.
     */
    readonly cpu: pulumi.Output<number>;
    readonly createTime: pulumi.Output<string>;
    /**
     * PostgreSQL kernel version number.
     */
    readonly dbKernelVersion: pulumi.Output<string>;
    /**
     * PostgreSQL major version number.
     */
    readonly dbMajorVersion: pulumi.Output<string>;
    /**
     * `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     * @deprecated `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     */
    readonly dbMajorVesion: pulumi.Output<string>;
    /**
     * Specify instance node info for disaster migration.
     */
    readonly dbNodeSets: pulumi.Output<outputs.PostgresqlInstanceDbNodeSet[] | undefined>;
    /**
     * Whether to enable instance deletion protection.
     */
    readonly deleteProtection: pulumi.Output<boolean | undefined>;
    /**
     * Version of the postgresql database engine.
     */
    readonly engineVersion: pulumi.Output<string>;
    /**
     * Specify the cluster served by KMS.
     */
    readonly kmsClusterId: pulumi.Output<string>;
    /**
     * KeyId of the custom key.
     */
    readonly kmsKeyId: pulumi.Output<string>;
    /**
     * Region of the custom key.
     */
    readonly kmsRegion: pulumi.Output<string>;
    /**
     * max_standby_archive_delay applies when WAL data is being read from WAL archive (and is therefore not current).
     */
    readonly maxStandbyArchiveDelay: pulumi.Output<number>;
    /**
     * max_standby_streaming_delay applies when WAL data is being received via streaming replication.
     */
    readonly maxStandbyStreamingDelay: pulumi.Output<number>;
    /**
     * Memory size(in GB).
     */
    readonly memory: pulumi.Output<number>;
    /**
     * Name of the postgresql instance.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Whether to support data transparent encryption, 1: yes, 0: no (default).
     */
    readonly needSupportTde: pulumi.Output<number>;
    /**
     * Specify Prepaid period in month.
     */
    readonly period: pulumi.Output<number | undefined>;
    readonly privateAccessIp: pulumi.Output<string>;
    readonly privateAccessPort: pulumi.Output<number>;
    /**
     * Project id, default value is `0`.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    readonly publicAccessHost: pulumi.Output<string>;
    readonly publicAccessPort: pulumi.Output<number>;
    /**
     * Indicates whether to enable the access to an instance from public network or not.
     */
    readonly publicAccessSwitch: pulumi.Output<boolean | undefined>;
    /**
     * Password of root account.
     */
    readonly rootPassword: pulumi.Output<string>;
    /**
     * Instance root account name.
     */
    readonly rootUser: pulumi.Output<string | undefined>;
    /**
     * ID of security group.
     */
    readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Volume size(in GB).
     */
    readonly storage: pulumi.Output<number>;
    /**
     * ID of subnet.
     */
    readonly subnetId: pulumi.Output<string>;
    /**
     * The available tags within this postgresql.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    readonly uid: pulumi.Output<number>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    readonly voucherIds: pulumi.Output<string[] | undefined>;
    /**
     * ID of VPC.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    readonly waitSwitch: pulumi.Output<number | undefined>;
    /**
     * Create a PostgresqlInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: PostgresqlInstanceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering PostgresqlInstance resources.
 */
export interface PostgresqlInstanceState {
    /**
     * Auto renew flag, `1` for enabled.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Whether to use voucher, `1` for enabled.
     */
    autoVoucher?: pulumi.Input<number>;
    /**
     * Availability zone.
     */
    availabilityZone?: pulumi.Input<string>;
    /**
     * Specify DB backup plan.
     */
    backupPlan?: pulumi.Input<inputs.PostgresqlInstanceBackupPlan>;
    /**
     * Pay type of the postgresql instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Charset of the root account.
     */
    charset?: pulumi.Input<string>;
    /**
     * Number of CPU cores.
     */
    cpu?: pulumi.Input<number>;
    createTime?: pulumi.Input<string>;
    /**
     * PostgreSQL kernel version number.
     */
    dbKernelVersion?: pulumi.Input<string>;
    /**
     * PostgreSQL major version number.
     */
    dbMajorVersion?: pulumi.Input<string>;
    /**
     * `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     * @deprecated `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     */
    dbMajorVesion?: pulumi.Input<string>;
    /**
     * Specify instance node info for disaster migration.
     */
    dbNodeSets?: pulumi.Input<pulumi.Input<inputs.PostgresqlInstanceDbNodeSet>[]>;
    /**
     * Whether to enable instance deletion protection.
     */
    deleteProtection?: pulumi.Input<boolean>;
    /**
     * Version of the postgresql database engine.
     */
    engineVersion?: pulumi.Input<string>;
    /**
     * Specify the cluster served by KMS.
     */
    kmsClusterId?: pulumi.Input<string>;
    /**
     * KeyId of the custom key.
     */
    kmsKeyId?: pulumi.Input<string>;
    /**
     * Region of the custom key.
     */
    kmsRegion?: pulumi.Input<string>;
    /**
     * max_standby_archive_delay applies when WAL data is being read from WAL archive (and is therefore not current).
     */
    maxStandbyArchiveDelay?: pulumi.Input<number>;
    /**
     * max_standby_streaming_delay applies when WAL data is being received via streaming replication.
     */
    maxStandbyStreamingDelay?: pulumi.Input<number>;
    /**
     * Memory size(in GB).
     */
    memory?: pulumi.Input<number>;
    /**
     * Name of the postgresql instance.
     */
    name?: pulumi.Input<string>;
    /**
     * Whether to support data transparent encryption, 1: yes, 0: no (default).
     */
    needSupportTde?: pulumi.Input<number>;
    /**
     * Specify Prepaid period in month.
     */
    period?: pulumi.Input<number>;
    privateAccessIp?: pulumi.Input<string>;
    privateAccessPort?: pulumi.Input<number>;
    /**
     * Project id, default value is `0`.
     */
    projectId?: pulumi.Input<number>;
    publicAccessHost?: pulumi.Input<string>;
    publicAccessPort?: pulumi.Input<number>;
    /**
     * Indicates whether to enable the access to an instance from public network or not.
     */
    publicAccessSwitch?: pulumi.Input<boolean>;
    /**
     * Password of root account.
     */
    rootPassword?: pulumi.Input<string>;
    /**
     * Instance root account name.
     */
    rootUser?: pulumi.Input<string>;
    /**
     * ID of security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Volume size(in GB).
     */
    storage?: pulumi.Input<number>;
    /**
     * ID of subnet.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The available tags within this postgresql.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    uid?: pulumi.Input<number>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    voucherIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID of VPC.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    waitSwitch?: pulumi.Input<number>;
}
/**
 * The set of arguments for constructing a PostgresqlInstance resource.
 */
export interface PostgresqlInstanceArgs {
    /**
     * Auto renew flag, `1` for enabled.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Whether to use voucher, `1` for enabled.
     */
    autoVoucher?: pulumi.Input<number>;
    /**
     * Availability zone.
     */
    availabilityZone: pulumi.Input<string>;
    /**
     * Specify DB backup plan.
     */
    backupPlan?: pulumi.Input<inputs.PostgresqlInstanceBackupPlan>;
    /**
     * Pay type of the postgresql instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Charset of the root account.
     */
    charset?: pulumi.Input<string>;
    /**
     * Number of CPU cores.
     */
    cpu?: pulumi.Input<number>;
    /**
     * PostgreSQL kernel version number.
     */
    dbKernelVersion?: pulumi.Input<string>;
    /**
     * PostgreSQL major version number.
     */
    dbMajorVersion?: pulumi.Input<string>;
    /**
     * `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     * @deprecated `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     */
    dbMajorVesion?: pulumi.Input<string>;
    /**
     * Specify instance node info for disaster migration.
     */
    dbNodeSets?: pulumi.Input<pulumi.Input<inputs.PostgresqlInstanceDbNodeSet>[]>;
    /**
     * Whether to enable instance deletion protection.
     */
    deleteProtection?: pulumi.Input<boolean>;
    /**
     * Version of the postgresql database engine.
     */
    engineVersion?: pulumi.Input<string>;
    /**
     * Specify the cluster served by KMS.
     */
    kmsClusterId?: pulumi.Input<string>;
    /**
     * KeyId of the custom key.
     */
    kmsKeyId?: pulumi.Input<string>;
    /**
     * Region of the custom key.
     */
    kmsRegion?: pulumi.Input<string>;
    /**
     * max_standby_archive_delay applies when WAL data is being read from WAL archive (and is therefore not current).
     */
    maxStandbyArchiveDelay?: pulumi.Input<number>;
    /**
     * max_standby_streaming_delay applies when WAL data is being received via streaming replication.
     */
    maxStandbyStreamingDelay?: pulumi.Input<number>;
    /**
     * Memory size(in GB).
     */
    memory: pulumi.Input<number>;
    /**
     * Name of the postgresql instance.
     */
    name?: pulumi.Input<string>;
    /**
     * Whether to support data transparent encryption, 1: yes, 0: no (default).
     */
    needSupportTde?: pulumi.Input<number>;
    /**
     * Specify Prepaid period in month.
     */
    period?: pulumi.Input<number>;
    /**
     * Project id, default value is `0`.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Indicates whether to enable the access to an instance from public network or not.
     */
    publicAccessSwitch?: pulumi.Input<boolean>;
    /**
     * Password of root account.
     */
    rootPassword: pulumi.Input<string>;
    /**
     * Instance root account name.
     */
    rootUser?: pulumi.Input<string>;
    /**
     * ID of security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Volume size(in GB).
     */
    storage: pulumi.Input<number>;
    /**
     * ID of subnet.
     */
    subnetId: pulumi.Input<string>;
    /**
     * The available tags within this postgresql.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    voucherIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID of VPC.
     */
    vpcId: pulumi.Input<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    waitSwitch?: pulumi.Input<number>;
}
