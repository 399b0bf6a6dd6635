/**
 * @zonesafe/drills: chaos experiments planned from a stack's own topology and AZ-failure estimates.
 * The plan types (./plan), the pure planner (./planner) and the renderers (Chaos Mesh objects, Tencent
 * Cloud request bodies, a Markdown runbook). Plain TypeScript over @zonesafe/model; no Pulumi SDK.
 */
export * from "./plan";
