/** The fake CrossGuard validation arguments of `@zonesafe/engine/testing`, as the pack's tests use them. */
export * from "@zonesafe/engine/testing";
