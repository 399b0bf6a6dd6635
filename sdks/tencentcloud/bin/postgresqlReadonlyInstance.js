"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostgresqlReadonlyInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The PostgresqlReadonlyInstance resource.
 */
class PostgresqlReadonlyInstance extends pulumi.CustomResource {
    /**
     * Gets an existing PostgresqlReadonlyInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new PostgresqlReadonlyInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of PostgresqlReadonlyInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === PostgresqlReadonlyInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
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
        }
        else {
            const args = argsOrState;
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
exports.PostgresqlReadonlyInstance = PostgresqlReadonlyInstance;
/** @internal */
PostgresqlReadonlyInstance.__pulumiType = "tencentcloud:index/postgresqlReadonlyInstance:PostgresqlReadonlyInstance";
