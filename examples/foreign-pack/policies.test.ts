/**
 * Unit tests of Acme's policies with `@zonesafe/engine/testing`: the validation arguments go through
 * the policy SDK's own deserializer and unknown-checking proxy, so secrets and preview unknowns
 * behave as they do when the Pulumi engine runs the pack.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UnknownValueError } from "@pulumi/policy";
import { NotApplicableError, resourceArgs, runResourcePolicy, secret, UNKNOWN } from "@zonesafe/engine/testing";
import { clbDeletionProtection, clbPublicSecurityGroup } from "./policies";

/** The type token of `ClbInstance` in `@pulumi/tencentcloud`. */
const CLB = "tencentcloud:index/clbInstance:ClbInstance";

/** A CLB instance that every policy accepts, with some properties changed (`undefined`: left out, as on the wire). */
function clb(changes: Record<string, unknown> = {}) {
    const props = { clbName: "web", networkType: "OPEN", deleteProtect: true, securityGroups: ["sg-12345678"], ...changes };
    return resourceArgs({ type: CLB, name: "web", props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) });
}

describe("acme-clb-deletion-protection", () => {
    it("accepts a CLB with deletion protection on", async () => {
        assert.deepEqual(await runResourcePolicy(clbDeletionProtection, clb()), []);
    });

    it("reports a CLB without deletion protection, naming the property", async () => {
        assert.deepEqual(await runResourcePolicy(clbDeletionProtection, clb({ deleteProtect: false })), [
            "CLB instance must have deletion protection on (deleteProtect: true); got false.",
        ]);
        assert.deepEqual(await runResourcePolicy(clbDeletionProtection, clb({ deleteProtect: undefined })), [
            "CLB instance must have deletion protection on (deleteProtect: true); got undefined.",
        ]);
    });

    it("reads a secret value as the engine hands it over (unwrapped)", async () => {
        assert.deepEqual(await runResourcePolicy(clbDeletionProtection, clb({ deleteProtect: secret(true) })), []);
    });

    it("cannot judge an unknown deleteProtect: the SDK's proxy throws, as at preview time", async () => {
        await assert.rejects(runResourcePolicy(clbDeletionProtection, clb({ deleteProtect: UNKNOWN })), UnknownValueError);
    });

    it("does not apply to resources of other types", async () => {
        const vpc = resourceArgs({ type: "tencentcloud:index/vpc:Vpc", props: { cidrBlock: "10.0.0.0/16" } });
        await assert.rejects(runResourcePolicy(clbDeletionProtection, vpc), NotApplicableError);
    });
});

describe("acme-clb-public-security-group", () => {
    it("accepts a public CLB with a security group, and an internal one without", async () => {
        assert.deepEqual(await runResourcePolicy(clbPublicSecurityGroup, clb()), []);
        assert.deepEqual(await runResourcePolicy(clbPublicSecurityGroup, clb({ networkType: "INTERNAL", securityGroups: [] })), []);
    });

    it("reports a public CLB without a security group", async () => {
        assert.deepEqual(await runResourcePolicy(clbPublicSecurityGroup, clb({ securityGroups: [] })), [
            "Public CLB instance must have at least one security group (securityGroups); got none.",
        ]);
    });

    it("stays silent when the network type or the security groups are unknown during preview", async () => {
        assert.deepEqual(await runResourcePolicy(clbPublicSecurityGroup, clb({ networkType: UNKNOWN, securityGroups: [] })), []);
        assert.deepEqual(await runResourcePolicy(clbPublicSecurityGroup, clb({ securityGroups: UNKNOWN })), []);
        assert.deepEqual(await runResourcePolicy(clbPublicSecurityGroup, clb({ securityGroups: [UNKNOWN] })), []);
    });
});
