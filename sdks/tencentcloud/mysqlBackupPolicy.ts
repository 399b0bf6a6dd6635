// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MysqlBackupPolicy resource.
 */
export class MysqlBackupPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlBackupPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MysqlBackupPolicyState, opts?: pulumi.CustomResourceOptions): MysqlBackupPolicy {
        return new MysqlBackupPolicy(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy";

    /**
     * Returns true if the given object is an instance of MysqlBackupPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MysqlBackupPolicy {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MysqlBackupPolicy.__pulumiType;
    }

    /**
     * Backup method.
     */
    declare public readonly backupModel: pulumi.Output<string | undefined>;
    /**
     * Instance backup time, in the format of 'HH:mm-HH:mm'.
     */
    declare public readonly backupTime: pulumi.Output<string | undefined>;
    /**
     * Binlog retention time, in days.
     */
    declare public readonly binlogPeriod: pulumi.Output<number>;
    /**
     * The standard starting number of days for log backup storage.
     */
    declare public readonly binlogStandbyDays: pulumi.Output<number>;
    /**
     * Whether to enable the log backup standard storage policy, `off` - close, `on` - open, the default is off.
     */
    declare public readonly enableBinlogStandby: pulumi.Output<string | undefined>;
    /**
     * Instance ID to which policies will be applied.
     */
    declare public readonly mysqlId: pulumi.Output<string>;
    /**
     * The retention time of backup files, in days.
     */
    declare public readonly retentionPeriod: pulumi.Output<number | undefined>;

    /**
     * Create a MysqlBackupPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MysqlBackupPolicyArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MysqlBackupPolicyArgs | MysqlBackupPolicyState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MysqlBackupPolicyState | undefined;
            resourceInputs["backupModel"] = state?.backupModel;
            resourceInputs["backupTime"] = state?.backupTime;
            resourceInputs["binlogPeriod"] = state?.binlogPeriod;
            resourceInputs["binlogStandbyDays"] = state?.binlogStandbyDays;
            resourceInputs["enableBinlogStandby"] = state?.enableBinlogStandby;
            resourceInputs["mysqlId"] = state?.mysqlId;
            resourceInputs["retentionPeriod"] = state?.retentionPeriod;
        } else {
            const args = argsOrState as MysqlBackupPolicyArgs | undefined;
            if (args?.mysqlId === undefined && !opts.urn) {
                throw new Error("Missing required property 'mysqlId'");
            }
            resourceInputs["backupModel"] = args?.backupModel;
            resourceInputs["backupTime"] = args?.backupTime;
            resourceInputs["binlogPeriod"] = args?.binlogPeriod;
            resourceInputs["binlogStandbyDays"] = args?.binlogStandbyDays;
            resourceInputs["enableBinlogStandby"] = args?.enableBinlogStandby;
            resourceInputs["mysqlId"] = args?.mysqlId;
            resourceInputs["retentionPeriod"] = args?.retentionPeriod;

        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MysqlBackupPolicy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering MysqlBackupPolicy resources.
 */
export interface MysqlBackupPolicyState {
    /**
     * Backup method.
     */
    backupModel?: pulumi.Input<string>;
    /**
     * Instance backup time, in the format of 'HH:mm-HH:mm'.
     */
    backupTime?: pulumi.Input<string>;
    /**
     * Binlog retention time, in days.
     */
    binlogPeriod?: pulumi.Input<number>;
    /**
     * The standard starting number of days for log backup storage.
     */
    binlogStandbyDays?: pulumi.Input<number>;
    /**
     * Whether to enable the log backup standard storage policy, `off` - close, `on` - open, the default is off.
     */
    enableBinlogStandby?: pulumi.Input<string>;
    /**
     * Instance ID to which policies will be applied.
     */
    mysqlId?: pulumi.Input<string>;
    /**
     * The retention time of backup files, in days.
     */
    retentionPeriod?: pulumi.Input<number>;
}

/**
 * The set of arguments for constructing a MysqlBackupPolicy resource.
 */
export interface MysqlBackupPolicyArgs {
    /**
     * Backup method.
     */
    backupModel?: pulumi.Input<string>;
    /**
     * Instance backup time, in the format of 'HH:mm-HH:mm'.
     */
    backupTime?: pulumi.Input<string>;
    /**
     * Binlog retention time, in days.
     */
    binlogPeriod?: pulumi.Input<number>;
    /**
     * The standard starting number of days for log backup storage.
     */
    binlogStandbyDays?: pulumi.Input<number>;
    /**
     * Whether to enable the log backup standard storage policy, `off` - close, `on` - open, the default is off.
     */
    enableBinlogStandby?: pulumi.Input<string>;
    /**
     * Instance ID to which policies will be applied.
     */
    mysqlId: pulumi.Input<string>;
    /**
     * The retention time of backup files, in days.
     */
    retentionPeriod?: pulumi.Input<number>;
}
