/**
 * @zonesafe/drills: chaos experiments planned from a stack's own topology and AZ-failure estimates.
 * The plan types (./plan), the planner's input (./subject), the pure planner (./planner) and the
 * renderers: Chaos Mesh objects (./chaosMesh), Tencent Cloud request bodies (./cloud) and a Markdown
 * runbook (./runbook). Plain TypeScript over @zonesafe/model; no Pulumi SDK.
 */
export * from "./plan";
export * from "./subject";
export * from "./chaosMesh";
export * from "./cloud";
export * from "./planner";
export * from "./runbook";
