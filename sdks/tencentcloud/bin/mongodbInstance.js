"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MongodbInstance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MongodbInstance resource.
 */
class MongodbInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MongodbInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MongodbInstance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MongodbInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MongodbInstance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["addNodeLists"] = state?.addNodeLists;
            resourceInputs["autoRenewFlag"] = state?.autoRenewFlag;
            resourceInputs["availabilityZoneLists"] = state?.availabilityZoneLists;
            resourceInputs["availableZone"] = state?.availableZone;
            resourceInputs["chargeType"] = state?.chargeType;
            resourceInputs["createTime"] = state?.createTime;
            resourceInputs["engineVersion"] = state?.engineVersion;
            resourceInputs["hiddenZone"] = state?.hiddenZone;
            resourceInputs["inMaintenance"] = state?.inMaintenance;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["machineType"] = state?.machineType;
            resourceInputs["maintenanceEnd"] = state?.maintenanceEnd;
            resourceInputs["maintenanceStart"] = state?.maintenanceStart;
            resourceInputs["memory"] = state?.memory;
            resourceInputs["nodeNum"] = state?.nodeNum;
            resourceInputs["password"] = state?.password;
            resourceInputs["prepaidPeriod"] = state?.prepaidPeriod;
            resourceInputs["projectId"] = state?.projectId;
            resourceInputs["removeNodeLists"] = state?.removeNodeLists;
            resourceInputs["securityGroups"] = state?.securityGroups;
            resourceInputs["standbyInstanceLists"] = state?.standbyInstanceLists;
            resourceInputs["status"] = state?.status;
            resourceInputs["subnetId"] = state?.subnetId;
            resourceInputs["tags"] = state?.tags;
            resourceInputs["vip"] = state?.vip;
            resourceInputs["volume"] = state?.volume;
            resourceInputs["vpcId"] = state?.vpcId;
            resourceInputs["vport"] = state?.vport;
        }
        else {
            const args = argsOrState;
            if (args?.availableZone === undefined && !opts.urn) {
                throw new Error("Missing required property 'availableZone'");
            }
            if (args?.engineVersion === undefined && !opts.urn) {
                throw new Error("Missing required property 'engineVersion'");
            }
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.machineType === undefined && !opts.urn) {
                throw new Error("Missing required property 'machineType'");
            }
            if (args?.memory === undefined && !opts.urn) {
                throw new Error("Missing required property 'memory'");
            }
            if (args?.volume === undefined && !opts.urn) {
                throw new Error("Missing required property 'volume'");
            }
            resourceInputs["addNodeLists"] = args?.addNodeLists;
            resourceInputs["autoRenewFlag"] = args?.autoRenewFlag;
            resourceInputs["availabilityZoneLists"] = args?.availabilityZoneLists;
            resourceInputs["availableZone"] = args?.availableZone;
            resourceInputs["chargeType"] = args?.chargeType;
            resourceInputs["engineVersion"] = args?.engineVersion;
            resourceInputs["hiddenZone"] = args?.hiddenZone;
            resourceInputs["inMaintenance"] = args?.inMaintenance;
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["machineType"] = args?.machineType;
            resourceInputs["maintenanceEnd"] = args?.maintenanceEnd;
            resourceInputs["maintenanceStart"] = args?.maintenanceStart;
            resourceInputs["memory"] = args?.memory;
            resourceInputs["nodeNum"] = args?.nodeNum;
            resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;
            resourceInputs["prepaidPeriod"] = args?.prepaidPeriod;
            resourceInputs["projectId"] = args?.projectId;
            resourceInputs["removeNodeLists"] = args?.removeNodeLists;
            resourceInputs["securityGroups"] = args?.securityGroups;
            resourceInputs["subnetId"] = args?.subnetId;
            resourceInputs["tags"] = args?.tags;
            resourceInputs["volume"] = args?.volume;
            resourceInputs["vpcId"] = args?.vpcId;
            resourceInputs["createTime"] = undefined /*out*/;
            resourceInputs["standbyInstanceLists"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
            resourceInputs["vip"] = undefined /*out*/;
            resourceInputs["vport"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["password"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(MongodbInstance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.MongodbInstance = MongodbInstance;
/** @internal */
MongodbInstance.__pulumiType = "tencentcloud:index/mongodbInstance:MongodbInstance";
