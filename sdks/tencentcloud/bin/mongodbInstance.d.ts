import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * The MongodbInstance resource.
 */
export declare class MongodbInstance extends pulumi.CustomResource {
    /**
     * Gets an existing MongodbInstance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: MongodbInstanceState, opts?: pulumi.CustomResourceOptions): MongodbInstance;
    /**
     * Returns true if the given object is an instance of MongodbInstance. This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is MongodbInstance;
    /**
     * Add node attribute list.
     */
    readonly addNodeLists: pulumi.Output<outputs.MongodbInstanceAddNodeList[] | undefined>;
    /**
     * Auto renew flag.
     */
    readonly autoRenewFlag: pulumi.Output<number | undefined>;
    /**
     * If cloud database instances are deployed in multiple availability zones, specify a list of multiple availability zones. - To deploy an instance with multiple availability zones, the parameter Zone specifies the primary availability zone information of the instance; Availability ZoneList specifies all availability zone information, including the primary availability zone.
     */
    readonly availabilityZoneLists: pulumi.Output<string[]>;
    /**
     * The available zone of the Mongodb.
     */
    readonly availableZone: pulumi.Output<string>;
    /**
     * The charge type of instance.
     */
    readonly chargeType: pulumi.Output<string | undefined>;
    readonly createTime: pulumi.Output<string>;
    /**
     * Refers to version information.
     */
    readonly engineVersion: pulumi.Output<string>;
    /**
     * The availability zone to which the Hidden node belongs.
     */
    readonly hiddenZone: pulumi.Output<string>;
    /**
     * Switch time for instance configuration changes. - 0: When the adjustment is completed, perform the configuration task immediately.
     */
    readonly inMaintenance: pulumi.Output<number | undefined>;
    /**
     * Name of the Mongodb instance.
     */
    readonly instanceName: pulumi.Output<string>;
    /**
     * Type of Mongodb instance, and available values include `HIO`(or `GIO` which will be deprecated, represents high IO) and `HIO10G`(or `TGIO` which will be deprecated, represents 10-gigabit high IO).
     */
    readonly machineType: pulumi.Output<string>;
    /**
     * Maintenance window end time. - The value range is any full point or half point from `00:00-23:00`, and the maintenance time duration is at least 30 minutes and at most 3 hours. - The end time must be based on the start time backwards.
     */
    readonly maintenanceEnd: pulumi.Output<string>;
    /**
     * Maintenance window start time.
     */
    readonly maintenanceStart: pulumi.Output<string>;
    /**
     * Memory size.
     */
    readonly memory: pulumi.Output<number>;
    /**
     * The number of nodes in each replica set.
     */
    readonly nodeNum: pulumi.Output<number>;
    /**
     * Password of this Mongodb account.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * The tenancy (time unit is month) of the prepaid instance.
     */
    readonly prepaidPeriod: pulumi.Output<number | undefined>;
    /**
     * ID of the project which the instance belongs.
     */
    readonly projectId: pulumi.Output<number | undefined>;
    /**
     * Add node attribute list.
     */
    readonly removeNodeLists: pulumi.Output<outputs.MongodbInstanceRemoveNodeList[] | undefined>;
    /**
     * ID of the security group.
     */
    readonly securityGroups: pulumi.Output<string[] | undefined>;
    readonly standbyInstanceLists: pulumi.Output<outputs.MongodbInstanceStandbyInstanceList[]>;
    readonly status: pulumi.Output<number>;
    /**
     * ID of the subnet within this VPC.
     */
    readonly subnetId: pulumi.Output<string | undefined>;
    /**
     * The tags of the Mongodb.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    readonly vip: pulumi.Output<string>;
    /**
     * Disk size.
     */
    readonly volume: pulumi.Output<number>;
    /**
     * ID of the VPC.
     */
    readonly vpcId: pulumi.Output<string | undefined>;
    readonly vport: pulumi.Output<number>;
    /**
     * Create a MongodbInstance resource with the given unique name, arguments, and options.
     */
    constructor(name: string, args: MongodbInstanceArgs, opts?: pulumi.CustomResourceOptions);
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
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
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Disk size.
     */
    volume: pulumi.Input<number>;
    /**
     * ID of the VPC.
     */
    vpcId?: pulumi.Input<string>;
}
