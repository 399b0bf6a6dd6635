"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostgresqlInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The PostgresqlInstance resource.
 */
class PostgresqlInstance extends pulumi.CustomResource {
    /**
     * Gets an existing PostgresqlInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new PostgresqlInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of PostgresqlInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === PostgresqlInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
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
        }
        else {
            const args = argsOrState;
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
exports.PostgresqlInstance = PostgresqlInstance;
/** @internal */
PostgresqlInstance.__pulumiType = "tencentcloud:index/postgresqlInstance:PostgresqlInstance";
