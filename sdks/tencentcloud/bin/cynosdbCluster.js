"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.CynosdbCluster = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The CynosdbCluster resource.
 */
class CynosdbCluster extends pulumi.CustomResource {
    /**
     * Gets an existing CynosdbCluster resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new CynosdbCluster(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of CynosdbCluster. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === CynosdbCluster.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["autoPause"] = state?.autoPause;
            resourceInputs["autoPauseDelay"] = state?.autoPauseDelay;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["availableZone"] = state?.availableZone;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["charset"] = state?.charset;
            resourceInputs["clusterName"] = state?.clusterName;
            resourceInputs["clusterStatus"] = state?.clusterStatus;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["cynosVersion"] = state?.cynosVersion;
            resourceInputs["dbMode"] = state?.dbMode;
            resourceInputs["dbType"] = state?.dbType;
            resourceInputs["dbVersion"] = state?.dbVersion;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["instanceCount"] = state?.instanceCount;
            resourceInputs["instanceCpuCore"] = state?.instanceCpuCore;
            resourceInputs["instanceId"] = state?.instanceId;
            resourceInputs["instanceInitInfos"] = state?.instanceInitInfos;
            resourceInputs["instanceMaintainDuration"] = state?.instanceMaintainDuration;
            resourceInputs["instanceMaintainStartTime"] = state?.instanceMaintainStartTime;
            resourceInputs["instanceMaintainWeekdays"] = state?.instanceMaintainWeekdays;
            resourceInputs["instanceMemorySize"] = state?.instanceMemorySize;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["instanceStatus"] = state?.instanceStatus;
            resourceInputs["instanceStorageSize"] = state?.instanceStorageSize;
            resourceInputs["maxCpu"] = state?.maxCpu;
            resourceInputs["minCpu"] = state?.minCpu;
            resourceInputs["oldIpReserveHours"] = state?.oldIpReserveHours;
            resourceInputs["paramItems"] = state?.paramItems;
            resourceInputs["paramTemplateId"] = state?.paramTemplateId;
            resourceInputs["password"] = state?.password;
            resourceInputs["port"] = state?.port;
            resourceInputs["prarmTemplateId"] = state?.prarmTemplateId;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["roGroupAddrs"] = state?.roGroupAddrs;
            resourceInputs["roGroupId"] = state?.roGroupId;
            resourceInputs["roGroupInstances"] = state?.roGroupInstances;
            resourceInputs["roGroupSgs"] = state?.roGroupSgs;
            resourceInputs["rwGroupAddrs"] = state?.rwGroupAddrs;
            resourceInputs["rwGroupId"] = state?.rwGroupId;
            resourceInputs["rwGroupInstances"] = state?.rwGroupInstances;
            resourceInputs["rwGroupSgs"] = state?.rwGroupSgs;
            resourceInputs["serverlessStatus"] = state?.serverlessStatus;
            resourceInputs["serverlessStatusFlag"] = state?.serverlessStatusFlag;
            resourceInputs["slaveZone"] = state?.slaveZone;
            resourceInputs["storageLimit"] = state?.storageLimit;
            resourceInputs["storagePayMode"] = state?.storagePayMode;
            resourceInputs["storageUsed"] = state?.storageUsed;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vpcId"] = state?.vpcId;
        }
        else {
            const args = argsOrState;
            if (args?.availableZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availableZone'");
            }
            if (args?.clusterName === undefined && !opts.urn) {
                throw new Error("Missing required property 'clusterName'");
            }
            if (args?.dbType === undefined && !opts.urn) {
                throw new Error("Missing required property 'dbType'");
            }
            if (args?.dbVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'dbVersion'");
            }
            if (args?.password === undefined && !opts.urn) {
                throw new Error("Missing required property 'password'");
            }
            if (args?.subnetId === undefined && !opts.urn) {
                throw new Error("Missing required property 'subnetId'");
            }
            if (args?.vpcId === undefined && !opts.urn) {
                throw new Error("Missing required property 'vpcId'");
            }
            resourceInputs["autoPause"] = args?.autoPause;
            resourceInputs["autoPauseDelay"] = args?.autoPauseDelay;
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["availableZone"] = args?.availableZone;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["clusterName"] = args?.clusterName;
            resourceInputs["cynosVersion"] = args?.cynosVersion;
            resourceInputs["dbMode"] = args?.dbMode;
            resourceInputs["dbType"] = args?.dbType;
            resourceInputs["dbVersion"] = args?.dbVersion;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["instanceCount"] = args?.instanceCount;
            resourceInputs["instanceCpuCore"] = args?.instanceCpuCore;
            resourceInputs["instanceInitInfos"] = args?.instanceInitInfos;
            resourceInputs["instanceMaintainDuration"] = args?.instanceMaintainDuration;
            resourceInputs["instanceMaintainStartTime"] = args?.instanceMaintainStartTime;
            resourceInputs["instanceMaintainWeekdays"] = args?.instanceMaintainWeekdays;
            resourceInputs["instanceMemorySize"] = args?.instanceMemorySize;
            resourceInputs["maxCpu"] = args?.maxCpu;
            resourceInputs["minCpu"] = args?.minCpu;
            resourceInputs["oldIpReserveHours"] = args?.oldIpReserveHours;
            resourceInputs["paramItems"] = args?.paramItems;
            resourceInputs["paramTemplateId"] = args?.paramTemplateId;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["port"] = args?.port;
            resourceInputs["prarmTemplateId"] = args?.prarmTemplateId;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["roGroupSgs"] = args?.roGroupSgs;
            resourceInputs["rwGroupSgs"] = args?.rwGroupSgs;
            resourceInputs["serverlessStatusFlag"] = args?.serverlessStatusFlag;
            resourceInputs["slaveZone"] = args?.slaveZone;
            resourceInputs["storageLimit"] = args?.storageLimit;
            resourceInputs["storagePayMode"] = args?.storagePayMode;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["charset"] = undefined /*out*/;
            resourceInputs["clusterStatus"] = undefined /*out*/;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["instanceId"] = undefined /*out*/;
            resourceInputs["instanceName"] = undefined /*out*/;
            resourceInputs["instanceStatus"] = undefined /*out*/;
            resourceInputs["instanceStorageSize"] = undefined /*out*/;
            resourceInputs["roGroupAddrs"] = undefined /*out*/;
            resourceInputs["roGroupId"] = undefined /*out*/;
            resourceInputs["roGroupInstances"] = undefined /*out*/;
            resourceInputs["rwGroupAddrs"] = undefined /*out*/;
            resourceInputs["rwGroupId"] = undefined /*out*/;
            resourceInputs["rwGroupInstances"] = undefined /*out*/;
            resourceInputs["serverlessStatus"] = undefined /*out*/;
            resourceInputs["storageUsed"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(CynosdbCluster.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.CynosdbCluster = CynosdbCluster;
/** @internal */
CynosdbCluster.__pulumiType = "tencentcloud:index/cynosdbCluster:CynosdbCluster";
