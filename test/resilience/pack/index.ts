// The zonesafe pack's policies plus the two resilience stack policies (zonesafe-az-failure-simulation,
// zonesafe-event-capacity), served over the analyzer protocol so the tests see them as the Pulumi
// engine does. It lists the resilience policies itself rather than through policies/policies.ts, whose
// registration belongs to the pack's owner.
import { PolicyPack } from "@pulumi/policy";
import { policies } from "../../../policies/policies";
import { resiliencePolicies } from "../../../policies/resilience";

new PolicyPack("zonesafe-resilience", {
    policies: [...policies, ...resiliencePolicies],
    enforcementLevel: "advisory",
    description: "zonesafe with its resilience stack policies (test fixture).",
});
