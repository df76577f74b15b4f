export * from "./life-phase.js";
export * from "./transition.js";
export * from "./defaults.js";
export * from "./age.js";
export * from "./validate.js";
export * from "./next-transition.js";
