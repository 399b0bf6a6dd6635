/**
 * Acme's policies for Tencent Cloud load balancers. They live apart from `index.ts`, which only
 * constructs the pack (constructing a `PolicyPack` starts a policy server), so that tests import
 * them without starting one.
 */
import { ResourceValidationPolicy, UnknownValueError, validateResourceOfType } from "@pulumi/policy";
import { ClbInstance } from "@pulumi/tencentcloud";

/** What a property read gives when the value is not known until the resource is created. */
export const NOT_KNOWN_YET = Symbol("not known until the resource is created");

/**
 * Reads a property; `NOT_KNOWN_YET` when it is unknown during preview (the policy SDK's proxy throws
 * `UnknownValueError` on reading one, and the engine would report the policy as not run).
 */
export function known<T>(read: () => T): T | typeof NOT_KNOWN_YET {
    try {
        return read();
    } catch (err) {
        if (err instanceof UnknownValueError) {
            return NOT_KNOWN_YET;
        }
        throw err;
    }
}

/** Every CLB instance has deletion protection on. */
export const clbDeletionProtection: ResourceValidationPolicy = {
    name: "acme-clb-deletion-protection",
    description: "Checks whether every CLB instance has deletion protection on (`deleteProtect: true`).",
    enforcementLevel: "mandatory",
    validateResource: validateResourceOfType(ClbInstance, (clb, _args, reportViolation) => {
        if (clb.deleteProtect !== true) {
            reportViolation(`CLB instance must have deletion protection on (deleteProtect: true); got ${String(clb.deleteProtect)}.`);
        }
    }),
};

/**
 * Every public (`OPEN`) CLB instance has a security group. A network type or security group list
 * that is only known once the resource exists (an id created in the same program) is not judged.
 */
export const clbPublicSecurityGroup: ResourceValidationPolicy = {
    name: "acme-clb-public-security-group",
    description: "Checks whether every public (OPEN) CLB instance has at least one security group.",
    enforcementLevel: "advisory",
    validateResource: validateResourceOfType(ClbInstance, (clb, _args, reportViolation) => {
        const networkType = known(() => clb.networkType);
        if (networkType !== "OPEN") {
            return;
        }
        const count = known(() => clb.securityGroups?.length ?? 0);
        if (count === 0) {
            reportViolation("Public CLB instance must have at least one security group (securityGroups); got none.");
        }
    }),
};

/** The pack's policies, in the order the pack lists them. */
export const policies: ResourceValidationPolicy[] = [clbDeletionProtection, clbPublicSecurityGroup];
