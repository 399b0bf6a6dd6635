"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MysqlReadonlyInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MysqlReadonlyInstance resource.
 */
class MysqlReadonlyInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlReadonlyInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MysqlReadonlyInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MysqlReadonlyInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MysqlReadonlyInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["clusterTopology"] = state?.clusterTopology;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["deviceType"] = state?.deviceType;
            resourceInputs["fastUpgrade"] = state?.fastUpgrade;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["intranetIp"] = state?.intranetIp;
            resourceInputs["intranetPort"] = state?.intranetPort;
            resourceInputs["locked"] = state?.locked;
            resourceInputs["masterInstanceId"] = state?.masterInstanceId;
            resourceInputs["masterRegion"] = state?.masterRegion;
            resourceInputs["memSize"] = state?.memSize;
            resourceInputs["paramTemplateId"] = state?.paramTemplateId;
            resourceInputs["payType"] = state?.payType;
            resourceInputs["period"] = state?.period;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["roGroupId"] = state?.roGroupId;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["slaveDeployMode"] = state?.slaveDeployMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["taskStatus"] = state?.taskStatus;
            resourceInputs["volumeSize"] = state?.volumeSize;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitSwitch"] = state?.waitSwitch;
            resourceInputs["zone"] = state?.zone;
        }
        else {
            const args = argsOrState;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.masterInstanceId === undefined && !opts.urn) {
                throw new Error("Missing required property 'masterInstanceId'");
            }
            if (args?.memSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'memSize'");
            }
            if (args?.volumeSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'volumeSize'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["clusterTopology"] = args?.clusterTopology;
            resourceInputs["cpu"] = args?.cpu;
            resourceInputs["deviceType"] = args?.deviceType;
            resourceInputs["fastUpgrade"] = args?.fastUpgrade;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["intranetPort"] = args?.intranetPort;
            resourceInputs["masterInstanceId"] = args?.masterInstanceId;
            resourceInputs["masterRegion"] = args?.masterRegion;
            resourceInputs["memSize"] = args?.memSize;
            resourceInputs["paramTemplateId"] = args?.paramTemplateId;
            resourceInputs["payType"] = args?.payType;
            resourceInputs["period"] = args?.period;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["roGroupId"] = args?.roGroupId;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["slaveDeployMode"] = args?.slaveDeployMode;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["volumeSize"] = args?.volumeSize;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitSwitch"] = args?.waitSwitch;
            resourceInputs["zone"] = args?.zone;
            resourceInputs["intranetIp"] = undefined /*out*/;
            resourceInputs["locked"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
            resourceInputs["taskStatus"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(MysqlReadonlyInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MysqlReadonlyInstance = MysqlReadonlyInstance;
/** @internal */
MysqlReadonlyInstance.__pulumiType = "tencentcloud:index/mysqlReadonlyInstance:MysqlReadonlyInstance";
