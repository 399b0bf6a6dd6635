/**
 * The zonesafe reference architectures: one Pulumi program, the blueprint and its sizes chosen by
 * the stack's configuration (`Pulumi.<stack>.yaml` in this folder). The exported function's result
 * is the stack's outputs: endpoints and the resolved zone plan.
 */
import { buildStack } from "./program";

export = buildStack;
