/**
 * What the guard needs from a backend (CLB, TSE, Polaris, TKE): list the nodes in service, take a
 * node's targets out of service, put them back, restart its machine.
 */
import type { SavedTarget } from "./store";

/** One target of the backend: a node (its private IP) on one port. */
export interface NodeTarget extends SavedTarget {
    node: string;
    instanceName?: string;
}

/** A backend the guard acts on. */
export interface Backend {
    /** The targets now in service. */
    discover(): Promise<NodeTarget[]>;
    /** Takes a node's targets out of service. */
    remove(node: string, targets: SavedTarget[]): Promise<void>;
    /** Puts a node's targets back in service. */
    register(node: string, targets: SavedTarget[]): Promise<void>;
    /** Restarts a node's machine. */
    restart(node: string, targets: SavedTarget[]): Promise<void>;
}
