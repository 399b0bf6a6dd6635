import * as pulumi from "@pulumi/pulumi";
/**
 * The PostgresqlReadonlyInstance resource.
 */
export declare class PostgresqlReadonlyInstance extends pulumi.CustomResource {
    /**
     * Gets an existing PostgresqlReadonlyInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PostgresqlReadonlyInstanceState, opts?: pulumi.CustomResourceOptions): PostgresqlReadonlyInstance;
    /**
     * Returns true if the given object is an instance of PostgresqlReadonlyInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is PostgresqlReadonlyInstance;
    /**
     * Auto renew flag, `1` for enabled.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * Whether to use voucher, `1` for enabled.
     */
    readonly autoVoucher: pulumi.Output<number | undefined>;
    /**
     * Number of CPU cores.
     */
    readonly cpu: pulumi.Output<number>;
    readonly createTime: pulumi.Output<string>;
    /**
     * PostgreSQL kernel version, which must be the same as that of the primary instance.
     */
    readonly dbVersion: pulumi.Output<string>;
    /**
     * Dedicated cluster ID.
     */
    readonly dedicatedClusterId: pulumi.Output<string | undefined>;
    /**
     * instance billing mode.
     */
    readonly instanceChargeType: pulumi.Output<string | undefined>;
    readonly instanceId: pulumi.Output<string>;
    /**
     * ID of the primary instance to which the read-only replica belongs.
     */
    readonly masterDbInstanceId: pulumi.Output<string>;
    /**
     * Memory size(in GB).
     */
    readonly memory: pulumi.Output<number>;
    /**
     * Instance name.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Whether to support IPv6 address access.
     */
    readonly needSupportIpv6: pulumi.Output<number | undefined>;
    /**
     * Specify Prepaid period in month.
     */
    readonly period: pulumi.Output<number | undefined>;
    readonly privateAccessIp: pulumi.Output<string>;
    readonly privateAccessPort: pulumi.Output<number>;
    /**
     * Project ID.
     */
    readonly projectId: pulumi.Output<number>;
    /**
     * RO group ID.
     */
    readonly readOnlyGroupId: pulumi.Output<string | undefined>;
    /**
     * ID of security group.
     */
    readonly securityGroupsIds: pulumi.Output<string[]>;
    /**
     * Instance storage capacity in GB.
     */
    readonly storage: pulumi.Output<number>;
    /**
     * VPC subnet ID.
     */
    readonly subnetId: pulumi.Output<string>;
    /**
     * Tags.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    readonly voucherIds: pulumi.Output<string[] | undefined>;
    /**
     * VPC ID.
     */
    readonly vpcId: pulumi.Output<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    readonly waitSwitch: pulumi.Output<number | undefined>;
    /**
     * Availability zone ID, which can be obtained through the Zone field in the returned value of the DescribeZones API.
     */
    readonly zone: pulumi.Output<string>;
    /**
     * Create a PostgresqlReadonlyInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: PostgresqlReadonlyInstanceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering PostgresqlReadonlyInstance resources.
 */
export interface PostgresqlReadonlyInstanceState {
    /**
     * Auto renew flag, `1` for enabled.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Whether to use voucher, `1` for enabled.
     */
    autoVoucher?: pulumi.Input<number>;
    /**
     * Number of CPU cores.
     */
    cpu?: pulumi.Input<number>;
    createTime?: pulumi.Input<string>;
    /**
     * PostgreSQL kernel version, which must be the same as that of the primary instance.
     */
    dbVersion?: pulumi.Input<string>;
    /**
     * Dedicated cluster ID.
     */
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * instance billing mode.
     */
    instanceChargeType?: pulumi.Input<string>;
    instanceId?: pulumi.Input<string>;
    /**
     * ID of the primary instance to which the read-only replica belongs.
     */
    masterDbInstanceId?: pulumi.Input<string>;
    /**
     * Memory size(in GB).
     */
    memory?: pulumi.Input<number>;
    /**
     * Instance name.
     */
    name?: pulumi.Input<string>;
    /**
     * Whether to support IPv6 address access.
     */
    needSupportIpv6?: pulumi.Input<number>;
    /**
     * Specify Prepaid period in month.
     */
    period?: pulumi.Input<number>;
    privateAccessIp?: pulumi.Input<string>;
    privateAccessPort?: pulumi.Input<number>;
    /**
     * Project ID.
     */
    projectId?: pulumi.Input<number>;
    /**
     * RO group ID.
     */
    readOnlyGroupId?: pulumi.Input<string>;
    /**
     * ID of security group.
     */
    securityGroupsIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Instance storage capacity in GB.
     */
    storage?: pulumi.Input<number>;
    /**
     * VPC subnet ID.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * Tags.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    voucherIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * VPC ID.
     */
    vpcId?: pulumi.Input<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    waitSwitch?: pulumi.Input<number>;
    /**
     * Availability zone ID, which can be obtained through the Zone field in the returned value of the DescribeZones API.
     */
    zone?: pulumi.Input<string>;
}
/**
 * The set of arguments for constructing a PostgresqlReadonlyInstance resource.
 */
export interface PostgresqlReadonlyInstanceArgs {
    /**
     * Auto renew flag, `1` for enabled.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * Whether to use voucher, `1` for enabled.
     */
    autoVoucher?: pulumi.Input<number>;
    /**
     * Number of CPU cores.
     */
    cpu?: pulumi.Input<number>;
    /**
     * PostgreSQL kernel version, which must be the same as that of the primary instance.
     */
    dbVersion: pulumi.Input<string>;
    /**
     * Dedicated cluster ID.
     */
    dedicatedClusterId?: pulumi.Input<string>;
    /**
     * instance billing mode.
     */
    instanceChargeType?: pulumi.Input<string>;
    /**
     * ID of the primary instance to which the read-only replica belongs.
     */
    masterDbInstanceId: pulumi.Input<string>;
    /**
     * Memory size(in GB).
     */
    memory: pulumi.Input<number>;
    /**
     * Instance name.
     */
    name?: pulumi.Input<string>;
    /**
     * Whether to support IPv6 address access.
     */
    needSupportIpv6?: pulumi.Input<number>;
    /**
     * Specify Prepaid period in month.
     */
    period?: pulumi.Input<number>;
    /**
     * Project ID.
     */
    projectId: pulumi.Input<number>;
    /**
     * RO group ID.
     */
    readOnlyGroupId?: pulumi.Input<string>;
    /**
     * ID of security group.
     */
    securityGroupsIds: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Instance storage capacity in GB.
     */
    storage: pulumi.Input<number>;
    /**
     * VPC subnet ID.
     */
    subnetId: pulumi.Input<string>;
    /**
     * Tags.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    voucherIds?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * VPC ID.
     */
    vpcId: pulumi.Input<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    waitSwitch?: pulumi.Input<number>;
    /**
     * Availability zone ID, which can be obtained through the Zone field in the returned value of the DescribeZones API.
     */
    zone: pulumi.Input<string>;
}
