/**
 * The zonesafe policy pack. Run it with `pulumi preview --policy-pack policies` (optionally with
 * `--policy-pack-config <file>`), or publish it with `pulumi policy publish`.
 *
 * This file only constructs the pack; the policies live in modules that tests import without
 * starting a server. The initial configuration sets every policy's default level from the stack the
 * engine runs the pack for (see levels.ts); a configuration file overrides it.
 */
import { PolicyPack } from "@pulumi/policy";
import { environment } from "./adapters";
import { initialConfigFor, isProductionStack } from "./levels";
import { PACK_NAME, POLICY_METADATA } from "./metadata";
import { policies } from "./policies";

new PolicyPack(
    PACK_NAME,
    {
        policies,
        enforcementLevel: "advisory",
        displayName: "zonesafe",
        description: "Availability and security hazards of Tencent Cloud and Kubernetes stacks, with a health score.",
        provider: "tencentcloud",
        tags: ["tencentcloud", "kubernetes", "availability", "reliability", "security"],
    },
    initialConfigFor(Object.values(POLICY_METADATA), isProductionStack(environment.identity())),
);
