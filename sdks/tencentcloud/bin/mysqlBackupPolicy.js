"use strict";
// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.MysqlBackupPolicy = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * The MysqlBackupPolicy resource.
 */
class MysqlBackupPolicy extends pulumi.CustomResource {
    /**
     * Gets an existing MysqlBackupPolicy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name, id, state, opts) {
        return new MysqlBackupPolicy(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of MysqlBackupPolicy. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MysqlBackupPolicy.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        const resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["backupModel"] = state?.backupModel;
            resourceInputs["backupTime"] = state?.backupTime;
            resourceInputs["binlogPeriod"] = state?.binlogPeriod;
            resourceInputs["binlogStandbyDays"] = state?.binlogStandbyDays;
            resourceInputs["enableBinlogStandby"] = state?.enableBinlogStandby;
            resourceInputs["mysqlId"] = state?.mysqlId;
            resourceInputs["retentionPeriod"] = state?.retentionPeriod;
        }
        else {
            const args = argsOrState;
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
exports.MysqlBackupPolicy = MysqlBackupPolicy;
/** @internal */
MysqlBackupPolicy.__pulumiType = "tencentcloud:index/mysqlBackupPolicy:MysqlBackupPolicy";
