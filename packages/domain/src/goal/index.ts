export * from "./cascade.js";
export * from "./goal.js";
export * from "./level.js";
export * from "./progress-status.js";
export * from "./progress.js";
export * from "./status.js";
export * from "./tree.js";
export * from "./goal-progress.js";
