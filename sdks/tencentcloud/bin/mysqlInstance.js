"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MysqlInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MysqlInstance resource.
 */
class MysqlInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MysqlInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MysqlInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MysqlInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["availabilityZone"] = state?.availabilityZone;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["clusterTopology"] = state?.clusterTopology;
            resourceInputs["cpu"] = state?.cpu;
            resourceInputs["deviceType"] = state?.deviceType;
            resourceInputs["engineType"] = state?.engineType;
            resourceInputs["engineVersion"] = state?.engineVersion;
            resourceInputs["fastUpgrade"] = state?.fastUpgrade;
            resourceInputs["firstSlaveZone"] = state?.firstSlaveZone;
            resourceInputs["forceDelete"] = state?.forceDelete;
            resourceInputs["gtid"] = state?.gtid;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["internetHost"] = state?.internetHost;
            resourceInputs["internetPort"] = state?.internetPort;
            resourceInputs["internetService"] = state?.internetService;
            resourceInputs["intranetIp"] = state?.intranetIp;
            resourceInputs["intranetPort"] = state?.intranetPort;
            resourceInputs["locked"] = state?.locked;
            resourceInputs["maxDeayTime"] = state?.maxDeayTime;
            resourceInputs["memSize"] = state?.memSize;
            resourceInputs["parameters"] = state?.parameters;
            resourceInputs["paramTemplateId"] = state?.paramTemplateId;
            resourceInputs["payType"] = state?.payType;
            resourceInputs["period"] = state?.period;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["rootPassword"] = state?.rootPassword;
            resourceInputs["secondSlaveZone"] = state?.secondSlaveZone;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["slaveDeployMode"] = state?.slaveDeployMode;
            resourceInputs["slaveSyncMode"] = state?.slaveSyncMode;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["taskStatus"] = state?.taskStatus;
            resourceInputs["upgradeSubversion"] = state?.upgradeSubversion;
            resourceInputs["volumeSize"] = state?.volumeSize;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["waitSwitch"] = state?.waitSwitch;
        }
        else {
            const args = argsOrState;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.memSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'memSize'");
            }
            if (args?.volumeSize === undefined && !opts.urn) {
                throw new Error("Missing required property 'volumeSize'");
            }
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["availabilityZone"] = args?.availabilityZone;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["clusterTopology"] = args?.clusterTopology;
            resourceInputs["cpu"] = args?.cpu;
            resourceInputs["deviceType"] = args?.deviceType;
            resourceInputs["engineType"] = args?.engineType;
            resourceInputs["engineVersion"] = args?.engineVersion;
            resourceInputs["fastUpgrade"] = args?.fastUpgrade;
            resourceInputs["firstSlaveZone"] = args?.firstSlaveZone;
            resourceInputs["forceDelete"] = args?.forceDelete;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["internetService"] = args?.internetService;
            resourceInputs["intranetPort"] = args?.intranetPort;
            resourceInputs["maxDeayTime"] = args?.maxDeayTime;
            resourceInputs["memSize"] = args?.memSize;
            resourceInputs["parameters"] = args?.parameters;
            resourceInputs["paramTemplateId"] = args?.paramTemplateId;
            resourceInputs["payType"] = args?.payType;
            resourceInputs["period"] = args?.period;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["rootPassword"] = args?.rootPassword ? pulumi.secret(args.rootPassword) : undefined;
            resourceInputs["secondSlaveZone"] = args?.secondSlaveZone;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["slaveDeployMode"] = args?.slaveDeployMode;
            resourceInputs["slaveSyncMode"] = args?.slaveSyncMode;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["upgradeSubversion"] = args?.upgradeSubversion;
            resourceInputs["volumeSize"] = args?.volumeSize;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["waitSwitch"] = args?.waitSwitch;
            resourceInputs["gtid"] = undefined /*out*/;
            resourceInputs["internetHost"] = undefined /*out*/;
            resourceInputs["internetPort"] = undefined /*out*/;
            resourceInputs["intranetIp"] = undefined /*out*/;
            resourceInputs["locked"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
            resourceInputs["taskStatus"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["rootPassword"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(MysqlInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MysqlInstance = MysqlInstance;
/** @internal */
MysqlInstance.__pulumiType = "tencentcloud:index/mysqlInstance:MysqlInstance";
