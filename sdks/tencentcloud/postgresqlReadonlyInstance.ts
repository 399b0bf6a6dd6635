// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The PostgresqlReadonlyInstance resource.
 */
export class PostgresqlReadonlyInstance extends pulumi.CustomResource {
    /**
     * Gets an existing PostgresqlReadonlyInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PostgresqlReadonlyInstanceState, opts?: pulumi.CustomResourceOptions): PostgresqlReadonlyInstance {
        return new PostgresqlReadonlyInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/postgresqlReadonlyInstance:PostgresqlReadonlyInstance";

    /**
     * Returns true if the given object is an instance of PostgresqlReadonlyInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is PostgresqlReadonlyInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === PostgresqlReadonlyInstance.__pulumiType;
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
     * Number of CPU cores.
     */
    declare public readonly cpu: pulumi.Output<number>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * PostgreSQL kernel version, which must be the same as that of the primary instance.
     */
    declare public readonly dbVersion: pulumi.Output<string>;
    /**
     * Dedicated cluster ID.
     */
    declare public readonly dedicatedClusterId: pulumi.Output<string | undefined>;
    /**
     * instance billing mode.
     */
    declare public readonly instanceChargeType: pulumi.Output<string | undefined>;
    declare public readonly instanceId: pulumi.Output<string>;
    /**
     * ID of the primary instance to which the read-only replica belongs.
     */
    declare public readonly masterDbInstanceId: pulumi.Output<string>;
    /**
     * Memory size(in GB).
     */
    declare public readonly memory: pulumi.Output<number>;
    /**
     * Instance name.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Whether to support IPv6 address access.
     */
    declare public readonly needSupportIpv6: pulumi.Output<number | undefined>;
    /**
     * Specify Prepaid period in month.
     */
    declare public readonly period: pulumi.Output<number | undefined>;
    declare public readonly privateAccessIp: pulumi.Output<string>;
    declare public readonly privateAccessPort: pulumi.Output<number>;
    /**
     * Project ID.
     */
    declare public readonly projectId: pulumi.Output<number>;
    /**
     * RO group ID.
     */
    declare public readonly readOnlyGroupId: pulumi.Output<string | undefined>;
    /**
     * ID of security group.
     */
    declare public readonly securityGroupsIds: pulumi.Output<string[]>;
    /**
     * Instance storage capacity in GB.
     */
    declare public readonly storage: pulumi.Output<number>;
    /**
     * VPC subnet ID.
     */
    declare public readonly subnetId: pulumi.Output<string>;
    /**
     * Tags.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string}>;
    /**
     * Specify Voucher Ids if `autoVoucher` was `1`, only support using 1 vouchers for now.
     */
    declare public readonly voucherIds: pulumi.Output<string[] | undefined>;
    /**
     * VPC ID.
     */
    declare public readonly vpcId: pulumi.Output<string>;
    /**
     * Switch time after instance configurations are modified.
     */
    declare public readonly waitSwitch: pulumi.Output<number | undefined>;
    /**
     * Availability zone ID, which can be obtained through the Zone field in the returned value of the DescribeZones API.
     */
    declare public readonly zone: pulumi.Output<string>;

    /**
     * Create a PostgresqlReadonlyInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: PostgresqlReadonlyInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: PostgresqlReadonlyInstanceArgs | PostgresqlReadonlyInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as PostgresqlReadonlyInstanceState | undefined;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["autoVoucher"] = state?.autoVoucher;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["dbVersion"] = state?.dbVersion;
            resourceInputs["dedicatedClusterId"] = state?.dedicatedClusterId;
            resourceInputs["instanceChargeType"] = state?.instanceChargeType;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["masterDbInstanceId"] = state?.masterDbInstanceId;
            resourceInputs["memory"] = state?.memory;
            resourceInputs["name"] = state?.name;
            resourceInputs["needSupportIpv6"] = state?.needSupportIpv6;
            resourceInputs["period"] = state?.period;
            resourceInputs["privateAccessIp"] = state?.privateAccessIp;
            resourceInputs["privateAccessPort"] = state?.privateAccessPort;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["readOnlyGroupId"] = state?.readOnlyGroupId;
            resourceInputs["securityGroupsIds"] = state?.securityGroupsIds;
            resourceInputs["storage"] = state?.storage;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["voucherIds"] = state?.voucherIds;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitSwitch"] = state?.waitSwitch;
            resourceInputs["zone"] = state?.zone;
        } else {
            const args = argsOrState as PostgresqlReadonlyInstanceArgs | undefined;
            if (args?.dbVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'dbVersion'");
            }
            if (args?.masterDbInstanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'masterDbInstanceId'");
            }
            if (args?.memory === undefined && !opts.urn) {
                throw new Error("Missing required property 'memory'");
            }
            if (args?.projectId === undefined && !opts.urn) {
                throw new Error("Missing required property 'projectId'");
            }
            if (args?.securityGroupsIds === undefined && !opts.urn) {
                throw new Error("Missing required property 'securityGroupsIds'");
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
            if (args?.zone === undefined && !opts.urn) {
                throw new Error("Missing required property 'zone'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["autoVoucher"] = args?.autoVoucher;
            resourceInputs["cpu"] = args?.cpu;
            resourceInputs["dbVersion"] = args?.dbVersion;
            resourceInputs["dedicatedClusterId"] = args?.dedicatedClusterId;
            resourceInputs["instanceChargeType"] = args?.instanceChargeType;
            resourceInputs["masterDbInstanceId"] = args?.masterDbInstanceId;
            resourceInputs["memory"] = args?.memory;
            resourceInputs["name"] = args?.name;
            resourceInputs["needSupportIpv6"] = args?.needSupportIpv6;
            resourceInputs["period"] = args?.period;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["readOnlyGroupId"] = args?.readOnlyGroupId;
            resourceInputs["securityGroupsIds"] = args?.securityGroupsIds;
            resourceInputs["storage"] = args?.storage;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["voucherIds"] = args?.voucherIds;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitSwitch"] = args?.waitSwitch;
            resourceInputs["zone"] = args?.zone;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["instanceId"] = undefined /*out*/;
            resourceInputs["privateAccessIp"] = undefined /*out*/;
            resourceInputs["privateAccessPort"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(PostgresqlReadonlyInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
