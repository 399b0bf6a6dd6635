/**
 * One resource as the pack's rules, topology and waivers see it. Apart from rule.ts so that the
 * topology, which rules read, does not import the module of the rules.
 */
import type { ResourceName } from "./tokens";
import type { PlainObject } from "./values";

/** One resource as a rule sees it: identity, plain props (a snapshot) and options. */
export interface ResourceView {
    readonly urn: string;
    readonly name: string;
    readonly type: string;
    /** The Terraform name or Kubernetes kind the type token stands for, in either naming route. */
    readonly resource: ResourceName | undefined;
    /** The props as plain data: unknowns are the unknown sentinel, secrets are plain values. */
    readonly props: PlainObject;
    /** The `protect` resource option. */
    readonly protect: boolean;
}
