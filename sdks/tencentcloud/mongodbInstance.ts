// *** Generated from the provider's package schema by scripts/gen-sdk.ts. ***
// *** Do not edit by hand: change the token list or the generator and regenerate. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * The MongodbInstance resource.
 */
export class MongodbInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MongodbInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MongodbInstanceState, opts?: pulumi.CustomResourceOptions): MongodbInstance {
        return new MongodbInstance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = "tencentcloud:index/mongodbInstance:MongodbInstance";

    /**
     * Returns true if the given object is an instance of MongodbInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is MongodbInstance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj["__pulumiType"] === MongodbInstance.__pulumiType;
    }

    /**
     * Add node attribute list.
     */
    declare public readonly addNodeLists: pulumi.Output<outputs.MongodbInstanceAddNodeList[] | undefined>;
    /**
     * Auto renew flag.
     */
    declare public readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * If cloud database instances are deployed in multiple availability zones, specify a list of multiple availability zones. - To deploy an instance with multiple availability zones, the parameter Zone specifies the primary availability zone information of the instance; Availability ZoneList specifies all availability zone information, including the primary availability zone.
     */
    declare public readonly availabilityZoneLists: pulumi.Output<string[]>;
    /**
     * The available zone of the Mongodb.
     */
    declare public readonly availableZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    declare public readonly chargeType: pulumi.Output<string | undefined>;
    declare public readonly createTime: pulumi.Output<string>;
    /**
     * Refers to version information.
     */
    declare public readonly engineVersion: pulumi.Output<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    declare public readonly hiddenZone: pulumi.Output<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    declare public readonly inMaintenance: pulumi.Output<number | undefined>;
    /**
     * Name of the Mongodb instance.
     */
    declare public readonly instanceName: pulumi.Output<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    declare public readonly machineType: pulumi.Output<string>;
    /**
     * Maintenance window end time. - The value range is any full point or half point from `00:00-23:00`, and the maintenance time duration is at least 30 minutes and at most 3 hours. - The end time must be based on the start time backwards.
     */
    declare public readonly maintenanceEnd: pulumi.Output<string>;
    /**
     * Maintenance window start time.
     */
    declare public readonly maintenanceStart: pulumi.Output<string>;
    /**
     * Memory size.
     */
    declare public readonly memory: pulumi.Output<number>;
    /**
     * The number of nodes in each replica set.
     */
    declare public readonly nodeNum: pulumi.Output<number>;
    /**
     * Password of this Mongodb account.
     */
    declare public readonly password: pulumi.Output<string | undefined>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    declare public readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * ID of the project which the instance belongs.
     */
    declare public readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Add node attribute list.
     */
    declare public readonly removeNodeLists: pulumi.Output<outputs.MongodbInstanceRemoveNodeList[] | undefined>;
    /**
     * ID of the security group.
     */
    declare public readonly securityGroups: pulumi.Output<string[] | undefined>;
    declare public readonly standbyInstanceLists: pulumi.Output<outputs.MongodbInstanceStandbyInstanceList[]>;
    declare public readonly status: pulumi.Output<number>;
    /**
     * ID of the subnet within this VPC.
     */
    declare public readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * The tags of the Mongodb.
     */
    declare public readonly tags: pulumi.Output<{[key: string]: string} | undefined>;
    declare public readonly vip: pulumi.Output<string>;
    /**
     * Disk size.
     */
    declare public readonly volume: pulumi.Output<number>;
    /**
     * ID of the VPC.
     */
    declare public readonly vpcId: pulumi.Output<string | undefined>;
    declare public readonly vport: pulumi.Output<number>;

    /**
     * Create a MongodbInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MongodbInstanceArgs, opts?: pulumi.CustomResourceOptions);
    constructor(name: string, argsOrState?: MongodbInstanceArgs | MongodbInstanceState, opts?: pulumi.CustomResourceOptions) {
        const resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as MongodbInstanceState | undefined;
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
        } else {
            const args = argsOrState as MongodbInstanceArgs | undefined;
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

/**
 * Input properties used for looking up and filtering MongodbInstance resources.
 */
export interface MongodbInstanceState {
    /**
     * Add node attribute list.
     */
    addNodeLists?: pulumi.Input<pulumi.Input<inputs.MongodbInstanceAddNodeList>[]>;
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * If cloud database instances are deployed in multiple availability zones, specify a list of multiple availability zones. - To deploy an instance with multiple availability zones, the parameter Zone specifies the primary availability zone information of the instance; Availability ZoneList specifies all availability zone information, including the primary availability zone.
     */
    availabilityZoneLists?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The available zone of the Mongodb.
     */
    availableZone?: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    createTime?: pulumi.Input<string>;
    /**
     * Refers to version information.
     */
    engineVersion?: pulumi.Input<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    hiddenZone?: pulumi.Input<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    inMaintenance?: pulumi.Input<number>;
    /**
     * Name of the Mongodb instance.
     */
    instanceName?: pulumi.Input<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    machineType?: pulumi.Input<string>;
    /**
     * Maintenance window end time. - The value range is any full point or half point from `00:00-23:00`, and the maintenance time duration is at least 30 minutes and at most 3 hours. - The end time must be based on the start time backwards.
     */
    maintenanceEnd?: pulumi.Input<string>;
    /**
     * Maintenance window start time.
     */
    maintenanceStart?: pulumi.Input<string>;
    /**
     * Memory size.
     */
    memory?: pulumi.Input<number>;
    /**
     * The number of nodes in each replica set.
     */
    nodeNum?: pulumi.Input<number>;
    /**
     * Password of this Mongodb account.
     */
    password?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * ID of the project which the instance belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Add node attribute list.
     */
    removeNodeLists?: pulumi.Input<pulumi.Input<inputs.MongodbInstanceRemoveNodeList>[]>;
    /**
     * ID of the security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    standbyInstanceLists?: pulumi.Input<pulumi.Input<inputs.MongodbInstanceStandbyInstanceList>[]>;
    status?: pulumi.Input<number>;
    /**
     * ID of the subnet within this VPC.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The tags of the Mongodb.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    vip?: pulumi.Input<string>;
    /**
     * Disk size.
     */
    volume?: pulumi.Input<number>;
    /**
     * ID of the VPC.
     */
    vpcId?: pulumi.Input<string>;
    vport?: pulumi.Input<number>;
}

/**
 * The set of arguments for constructing a MongodbInstance resource.
 */
export interface MongodbInstanceArgs {
    /**
     * Add node attribute list.
     */
    addNodeLists?: pulumi.Input<pulumi.Input<inputs.MongodbInstanceAddNodeList>[]>;
    /**
     * Auto renew flag.
     */
    autoRenewFlag?: pulumi.Input<number>;
    /**
     * If cloud database instances are deployed in multiple availability zones, specify a list of multiple availability zones. - To deploy an instance with multiple availability zones, the parameter Zone specifies the primary availability zone information of the instance; Availability ZoneList specifies all availability zone information, including the primary availability zone.
     */
    availabilityZoneLists?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The available zone of the Mongodb.
     */
    availableZone: pulumi.Input<string>;
    /**
     * The charge type of instance.
     */
    chargeType?: pulumi.Input<string>;
    /**
     * Refers to version information.
     */
    engineVersion: pulumi.Input<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    hiddenZone?: pulumi.Input<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    inMaintenance?: pulumi.Input<number>;
    /**
     * Name of the Mongodb instance.
     */
    instanceName: pulumi.Input<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    machineType: pulumi.Input<string>;
    /**
     * Maintenance window end time. - The value range is any full point or half point from `00:00-23:00`, and the maintenance time duration is at least 30 minutes and at most 3 hours. - The end time must be based on the start time backwards.
     */
    maintenanceEnd?: pulumi.Input<string>;
    /**
     * Maintenance window start time.
     */
    maintenanceStart?: pulumi.Input<string>;
    /**
     * Memory size.
     */
    memory: pulumi.Input<number>;
    /**
     * The number of nodes in each replica set.
     */
    nodeNum?: pulumi.Input<number>;
    /**
     * Password of this Mongodb account.
     */
    password?: pulumi.Input<string>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    prepaidPeriod?: pulumi.Input<number>;
    /**
     * ID of the project which the instance belongs.
     */
    projectId?: pulumi.Input<number>;
    /**
     * Add node attribute list.
     */
    removeNodeLists?: pulumi.Input<pulumi.Input<inputs.MongodbInstanceRemoveNodeList>[]>;
    /**
     * ID of the security group.
     */
    securityGroups?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * ID of the subnet within this VPC.
     */
    subnetId?: pulumi.Input<string>;
    /**
     * The tags of the Mongodb.
     */
    tags?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Disk size.
     */
    volume: pulumi.Input<number>;
    /**
     * ID of the VPC.
     */
    vpcId?: pulumi.Input<string>;
}
