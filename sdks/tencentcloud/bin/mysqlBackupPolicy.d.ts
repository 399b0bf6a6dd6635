import * as pulumi from "@pulumi/pulumi";
/**
 * The MysqlBackupPolicy resource.
 */
export declare class MysqlBackupPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlBackupPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MysqlBackupPolicyState, opts?: pulumi.CustomResourceOptions): MysqlBackupPolicy;
    /**
     * Returns true if the given object is an instance of MysqlBackupPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MysqlBackupPolicy;
    /**
     * Backup method.
     */
    readonly backupModel: pulumi.Output<string | undefined>;
    /**
     * Instance backup time, in the format of 'HH:mm-HH:mm'.
     */
    readonly backupTime: pulumi.Output<string | undefined>;
    /**
     * Binlog retention time, in days.
     */
    readonly binlogPeriod: pulumi.Output<number>;
    /**
     * The standard starting number of days for log backup storage.
     */
    readonly binlogStandbyDays: pulumi.Output<number>;
    /**
     * Whether to enable the log backup standard storage policy, `off` - close, `on` - open, the default is off.
     */
    readonly enableBinlogStandby: pulumi.Output<string | undefined>;
    /**
     * Instance ID to which policies will be applied.
     */
    readonly mysqlId: pulumi.Output<string>;
    /**
     * The retention time of backup files, in days.
     */
    readonly retentionPeriod: pulumi.Output<number | undefined>;
    /**
     * Create a MysqlBackupPolicy resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MysqlBackupPolicyArgs, opts?: pulumi.CustomResourceOptions);
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
