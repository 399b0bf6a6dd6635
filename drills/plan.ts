/** The drill plan's types (filled in by the next commit). */
export const PLAN_VERSION = 1;
