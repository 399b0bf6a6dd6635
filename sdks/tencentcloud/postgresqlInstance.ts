// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The PostgresqlInstance resource.
 */
export class PostgresqlInstance extends pulumi.CustomResource {
    /**
     * Gets an existing PostgresqlInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PostgresqlInstanceState, opts?: pulumi.CustomResourceOptions): PostgresqlInstance {
        return new PostgresqlInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/postgresqlInstance:PostgresqlInstance";

    /**
     * Returns true if the given object is an instance of PostgresqlInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is PostgresqlInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === PostgresqlInstance.__pulumiType;
    }

    /**
     * Auto renew flag, `1` for enabled.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * Whether to use voucher, `1` for enabled.
     */
    declare public readonly autoVoucher: pulumi.Output<number | undefined>;
    /**
     * Availability zone.
     */
    declare public readonly availabilityZone: pulumi.Output<string>;
    /**
     * Specify DB backup plan.
     */
    declare public readonly backupPlan: pulumi.Output<outputs.PostgresqlInstanceBackupPlan>;
    /**
     * Pay type of the postgresql instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    /**
     * Charset of the root account.
     */
    declare public readonly charset: pulumi.Output<string | undefined>;
    /**
     * Number of CPU cores.
     */
    declare public readonly cpu: pulumi.Output<number>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * PostgreSQL kernel version number.
     */
    declare public readonly dbKernelVersion: pulumi.Output<string>;
    /**
     * PostgreSQL major version number.
     */
    declare public readonly dbMajorVersion: pulumi.Output<string>;
    /**
     * `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     * @deprecated `dbMajorVesion` will be deprecated, use `dbMajorVersion` instead.
     */
    declare public readonly dbMajorVesion: pulumi.Output<string>;
    /**
     * Specify instance node info for disaster migration.
     */
    declare public readonly dbNodeSets: pulumi.Output<outputs.PostgresqlInstanceDbNodeSet[] | undefined>;
    /**
     * Whether to enable instance deletion protection.
     */
    declare public readonly deleteProtection: pulumi.Output<boolean | undefined>;
    /**
     * Version of the postgresql database engine.
     */
    declare public readonly engineVersion: pulumi.Output<string>;
    /**
     * Specify the cluster served by KMS.
     */
    declare public readonly kmsClusterId: pulumi.Output<string>;
    /**
     * KeyId of the custom key.
     */
    declare public readonly kmsKeyId: pulumi.Output<string>;
    /**
     * Region of the custom key.
     */
    declare public readonly kmsRegion: pulumi.Output<string>;
    /**
     * max_standby_archive_delay applies when WAL data is being read from WAL archive (and is therefore not current).
     */
    declare public readonly maxStandbyArchiveDelay: pulumi.Output<number>;
    /**
     * max_standby_streaming_delay applies when WAL data is being received via streaming replication.
     */
    declare public readonly maxStandbyStreamingDelay: pulumi.Output<number>;
    /**
     * Memory size(in GB).
     */
    declare public readonly memory: pulumi.Output<number>;
    /**
     * Name of the postgresql instance.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Whether to support data transparent encryption, 1: yes, 0: no (default).
     */
    declare public readonly needSupportTde: pulumi.Output<number>;
    /**
     * Specify Prepaid period in month.
     */
    declare public readonly period: pulumi.Output<number | undefined>;
    declare public readonly privateAccessIp: pulumi.Output<string>;
    declare public readonly privateAccessPort: pulumi.Output<number>;
    /**
     * Project id, default value is `0`.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    declare public readonly publicAccessHost: pulumi.Output<string>;
    declare public readonly publicAccessPort: pulumi.Output<number>;
    /**
     * Indicates whether to enable the access to an instance from public network or not.
     */
    declare public readonly publicAccessSwitch: pulumi.Output<boolean | undefined>;
    /**
     * Password of root account.
     */
    declare public readonly rootPassword: pulumi.Output<string>;
    /**
     * Instance root account name.
     */
    declare public readonly rootUser: pulumi.Output<string | undefined>;
    /**
     * ID of security group.
     */
    declare public readonly securityGroups: pulumi.Output<string[] | undefined>;
    /**
     * Volume size(in GB).
     */
    declare public readonly storage: pulumi.Output<number>;
    /**
     * ID of subnet.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * The available tags within this postgresql.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    declare public readonly uid: pulumi.Output<number>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    declare public readonly voucherIds: pulumi.Output<string[] | undefined>;
    /**
     * ID of VPC.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    declare public readonly waitSwitch: pulumi.Output<number | undefined>;

    /**
     * Create a PostgresqlInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: PostgresqlInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: PostgresqlInstanceArgs | PostgresqlInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as PostgresqlInstanceState | undefined;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["autoVoucher"] = state?.autoVoucher;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["backupPlan"] = state?.backupPlan;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["charset"] = state?.charset;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["dbKernelVersion"] = state?.dbKernelVersion;
            resourceInputs["dbMajorVersion"] = state?.dbMajorVersion;
            resourceInputs["dbMajorVesion"] = state?.dbMajorVesion;
            resourceInputs["dbNodeSets"] = state?.dbNodeSets;
            resourceInputs["deleteProtection"] = state?.deleteProtection;
            resourceInputs["engineVersion"] = state?.engineVersion;
            resourceInputs["kmsClusterId"] = state?.kmsClusterId;
            resourceInputs["kmsKeyId"] = state?.kmsKeyId;
            resourceInputs["kmsRegion"] = state?.kmsRegion;
            resourceInputs["maxStandbyArchiveDelay"] = state?.maxStandbyArchiveDelay;
            resourceInputs["maxStandbyStreamingDelay"] = state?.maxStandbyStreamingDelay;
            resourceInputs["memory"] = state?.memory;
            resourceInputs["name"] = state?.name;
            resourceInputs["needSupportTde"] = state?.needSupportTde;
            resourceInputs["period"] = state?.period;
            resourceInputs["privateAccessIp"] = state?.privateAccessIp;
            resourceInputs["privateAccessPort"] = state?.privateAccessPort;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["publicAccessHost"] = state?.publicAccessHost;
            resourceInputs["publicAccessPort"] = state?.publicAccessPort;
            resourceInputs["publicAccessSwitch"] = state?.publicAccessSwitch;
            resourceInputs["rootPassword"] = state?.rootPassword;
            resourceInputs["rootUser"] = state?.rootUser;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["storage"] = state?.storage;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["uid"] = state?.uid;
            resourceInputs["voucherIds"] = state?.voucherIds;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitSwitch"] = state?.waitSwitch;
        } else {
            const args = argsOrState as PostgresqlInstanceArgs | undefined;
            if (args?.availabilityZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availabilityZone'");
            }
            if (args?.memory === undefined && !opts.urn) {
                throw new Error("Missing required property 'memory'");
            }
            if (args?.rootPassword === undefined && !opts.urn) {
                throw new Error("Missing required property 'rootPassword'");
            }
            if (args?.storage === undefined && !opts.urn) {
                throw new Error("Missing required property 'storage'");
            }
            if (args?.subnetId === undefined && !opts.urn) {
                throw new Error("Missing required property 'subnetId'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["autoVoucher"] = args?.autoVoucher;
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["backupPlan"] = args?.backupPlan;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["charset"] = args?.charset;
            resourceInputs["cpu"] = args?.cpu;
            resourceInputs["dbKernelVersion"] = args?.dbKernelVersion;
            resourceInputs["dbMajorVersion"] = args?.dbMajorVersion;
            resourceInputs["dbMajorVesion"] = args?.dbMajorVesion;
            resourceInputs["dbNodeSets"] = args?.dbNodeSets;
            resourceInputs["deleteProtection"] = args?.deleteProtection;
            resourceInputs["engineVersion"] = args?.engineVersion;
            resourceInputs["kmsClusterId"] = args?.kmsClusterId;
            resourceInputs["kmsKeyId"] = args?.kmsKeyId;
            resourceInputs["kmsRegion"] = args?.kmsRegion;
            resourceInputs["maxStandbyArchiveDelay"] = args?.maxStandbyArchiveDelay;
            resourceInputs["maxStandbyStreamingDelay"] = args?.maxStandbyStreamingDelay;
            resourceInputs["memory"] = args?.memory;
            resourceInputs["name"] = args?.name;
            resourceInputs["needSupportTde"] = args?.needSupportTde;
            resourceInputs["period"] = args?.period;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["publicAccessSwitch"] = args?.publicAccessSwitch;
            resourceInputs["rootPassword"] = args?.rootPassword ? pulumi.secret(args.rootPassword) : undefined;
            resourceInputs["rootUser"] = args?.rootUser;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["storage"] = args?.storage;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["voucherIds"] = args?.voucherIds;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitSwitch"] = args?.waitSwitch;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["privateAccessIp"] = undefined /*out*/;
            resourceInputs["privateAccessPort"] = undefined /*out*/;
            resourceInputs["publicAccessHost"] = undefined /*out*/;
            resourceInputs["publicAccessPort"] = undefined /*out*/;
            resourceInputs["uid"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["rootPassword"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(PostgresqlInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
